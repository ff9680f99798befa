"""Writing ``config.toml``: the settings page changes some keys, and everything else in the file
(other sections, other keys, the user's comments and layout) stays as it was.

Reading stays in ``lastimpression.config``; this module only writes, and checks what it is about
to write with the same rules ``config.load`` applies, so a file it writes always loads.
"""

from __future__ import annotations

import os
import stat
import tempfile
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lastimpression.config import SCHEMA, SECRET_KEYS, ConfigError, _merge
from lastimpression.phrases import tr

# The mode of a config.toml written for the first time: it names servers and accounts.
NEW_FILE_MODE = 0o600


def update(path: Path, changes: Mapping[str, Mapping[str, Any]]) -> None:
    """Set the keys of ``changes`` (section -> key -> value) in the TOML file at ``path``; a value
    of None removes the key. The file is replaced atomically (a temporary file in the same folder,
    then ``os.replace``), keeps its permissions, and is created (mode 0600) when absent.

    Raises ConfigError, leaving the file untouched, for a password key (never written), a section
    or key ``config.load`` does not know, a value it would refuse, or an existing file that is not
    valid TOML.
    """
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        original = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        original = ""
    try:
        document = tomlkit.parse(original)
    except TOMLKitError as error:
        raise ConfigError(str(path), tr("is not valid TOML (%(reason)s)", reason=str(error))) from None
    for section, values in changes.items():
        for key, value in values.items():
            setting = f"[{section}] {key}"
            if key in SECRET_KEYS:
                raise ConfigError(setting, tr("passwords are never written to %(file)s", file=path.name))
            if section not in SCHEMA or key not in SCHEMA[section]:
                raise ConfigError(setting, tr("unknown setting"))
            _set(document, section, key, value)
    text = tomlkit.dumps(document)
    # The same checks as at start-up: what is written here loads there.
    _merge(tomllib.loads(text), {}, path)
    _replace(path, text)


def _set(document: Any, section: str, key: str, value: Any) -> None:
    import tomlkit

    table = document.get(section)
    if value is None:
        if table is not None and key in table:
            del table[key]
        return
    if table is None:
        table = tomlkit.table()
        document[section] = table
    table[key] = list(value) if isinstance(value, tuple) else value


def _replace(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    descriptor, temporary = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    # The rename itself survives a crash only once the folder is on disk too.
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
