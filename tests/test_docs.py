"""Every command is documented, and every command's help carries an example."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from lastimpression.cli import main

ROOT = Path(__file__).resolve().parents[1]


def commands(
    group: click.Group = main, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None
        path = (*prefix, name)
        yield path, command
        if isinstance(command, click.Group):
            yield from commands(command, path)


def documentation() -> str:
    texts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(texts)


ALL = sorted(commands())


@pytest.mark.parametrize(("path", "command"), ALL, ids=[" ".join(path) for path, _ in ALL])
def test_the_command_is_documented_in_the_readme_or_docs(path: tuple[str, ...], command: click.Command) -> None:
    assert f"lastimpression {' '.join(path)}" in documentation()


@pytest.mark.parametrize(("path", "command"), ALL, ids=[" ".join(path) for path, _ in ALL])
def test_the_help_has_an_example(path: tuple[str, ...], command: click.Command) -> None:
    assert "Example:" in (command.help or ""), f"lastimpression {' '.join(path)} has no Example: in its help"


def test_the_sample_messages_in_docs_are_what_the_composer_writes_now() -> None:
    """docs/samples/ shows the craft suite's messages (issue 15); regenerate with scripts/samples.py."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "scripts/samples.py", "--check"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_readmes_messages_are_what_the_composer_writes() -> None:
    """README "What it writes" shows messages of docs/samples/ (kept current by the test above)."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What it writes", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```text\n(.*?)\n```", section, flags=re.DOTALL)
    assert len(blocks) >= 5
    samples = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs" / "samples").glob("*.md"))
    for block in blocks:
        assert block in samples, block[:80]
