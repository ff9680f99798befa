"""``import FILE --dry-run`` without Django (``interviews.calendar_dry_run``) prints what the
import rolled back prints (the Django path), byte for byte, exit status included.

One home, with interviews imported from a calendar, in a French and an English profile; the
files compared: the calendar again (unchanged), with an interview moved, cancelled, given a new
attendee or a new place, or cancelled twice (the lean path hands these to the import rolled
back), new events, events that are not interviews, every notice the import gives, an interview
twice in one file, hostile names, broken and missing files, a generated Outlook calendar and
every calendar of the shared corpus. Each path runs all of them in one process of its own
(``_DRIVER``, as ``test_lean_reads.py``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "ics-wild"
NOW = "2026-12-03T15:40:00+00:00"
OWN = "camille.durand@example.org"

# Runs `import FILE --dry-run` for each file of argv[2] (a JSON list) in this one process;
# argv[1] "lean" or "django".
_DRIVER = """
import json, sys
from click.testing import CliRunner
from lastimpression.cli import main, runtime
runtime.LEAN = sys.argv[1] == "lean"
done = []
for path in json.loads(sys.argv[2]):
    result = CliRunner().invoke(main, ["import", path, "--dry-run"], catch_exceptions=False)
    done.append([path, result.exit_code, result.stdout, result.stderr])
print(json.dumps({"done": done, "django": "django" in sys.modules}))
"""


def _environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LASTIMPRESSION_")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return {**env, "LASTIMPRESSION_HOME": str(home), "LASTIMPRESSION_NOW": NOW}


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lastimpression", *args], env=_environment(home), cwd=ROOT,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def calendar(*events: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + "".join(events) + "END:VCALENDAR\r\n").encode()


def event(
    uid: str,
    summary: str = "Entretien – Ingénieure data – Lumière Analytique",
    start: str = "DTSTART;TZID=Europe/Paris:20261210T140000",
    end: str = "DTEND;TZID=Europe/Paris:20261210T151500",
    extra: str = "",
    attendees: tuple[str, ...] = ('CN="Martin, Claire":mailto:claire.martin@lumiere-analytique.fr',),
) -> str:
    people = "".join(f"ATTENDEE;{attendee}\r\n" for attendee in attendees)
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\n{start}\r\n{end}\r\n"
        f"ATTENDEE;CN=Camille Durand:mailto:{OWN}\r\n{people}{extra}END:VEVENT\r\n"
    )


BASE = [
    event("a"),
    event("b", "Interview – Data Engineer – Northwind Labs", "DTSTART;TZID=America/Toronto:20261211T103000",
          "DTEND;TZID=America/Toronto:20261211T113000", "LOCATION:https://meet.example.com/abc\r\n",
          ('CN=Sarah Thompson:mailto:sarah@northwind.example',)),
    event("c", "Visio avec Acier SA", "DTSTART:20261214T090000Z", "DTEND:20261214T100000Z"),
    event("d", "Entretien RH chez Brasserie du Nord", "DTSTART;TZID=Europe/Brussels:20261215T110000",
          "DTEND;TZID=Europe/Brussels:20261215T120000"),
    event("weekly", "Point hebdo", attendees=()),
]  # fmt: skip
# The calendar as it stands after the home's imports: "d" was cancelled there.
KEPT = [*BASE[:3], BASE[4]]


def _files(folder: Path) -> list[Path]:
    """The calendars to compare, written to ``folder``."""
    moved = BASE[0].replace("20261210T140000", "20261210T160000").replace("20261210T151500", "20261210T171500")
    cancelled_b = BASE[1].replace("END:VEVENT", "STATUS:CANCELLED\r\nEND:VEVENT")
    cancelled_d = BASE[3].replace("END:VEVENT", "STATUS:CANCELLED\r\nEND:VEVENT")
    new_attendee = event("c", "Visio avec Acier SA", "DTSTART:20261214T090000Z", "DTEND:20261214T100000Z",
                         attendees=('CN=Marc Roy:mailto:marc.roy@acier.example',
                                    'CN="Martin, Claire":mailto:Claire.Martin@lumiere-analytique.fr'))  # fmt: skip
    same_people = event("c", "Visio avec Acier SA", "DTSTART:20261214T090000Z", "DTEND:20261214T100000Z",
                        attendees=('CN="Martin, Claire":mailto:CLAIRE.MARTIN@lumiere-analytique.fr',))  # fmt: skip
    new_place = BASE[0].replace("END:VEVENT", "LOCATION:12 rue de la République\\, Lyon\r\nEND:VEVENT")
    new = [
        event("n1", "Entretien – Cheffe de projet – Banque Rhône-Alpes", "DTSTART;TZID=Europe/Paris:20261217T093000",
              "DTEND;TZID=Europe/Paris:20261217T103000",
              attendees=("CN=Sophie Lambert:mailto:sophie.lambert@banque.example", "RSVP=TRUE:mailto:jean-paul.roux@banque.example",
                         "CN=Sans Adresse:mailto:", "CN=Mauvaise:mailto:pas une adresse", "CN=Ann Local:mailto:ann@localhost", f"CN=Moi:mailto:{OWN.upper()}",
                         "CN=Sophie Lambert:mailto:sophie.lambert@banque.example")),
        event("n2", "Entretien", "DTSTART:20261218T130000Z", "DTEND:20261218T140000Z", attendees=()),
        event("n3", "Phone screen – Datapoint", "DTSTART;TZID=Romance Standard Time:20261221T150000",
              "DTEND;TZID=Romance Standard Time:20261221T153000", "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.example/x\r\n"),
        event("n4", "Échange avec Hexagone Logiciels", "DTSTART:20261222T100000", "DTEND:20261222T110000"),
    ]  # fmt: skip
    notices = [
        event("x1", "Entretien annulé chez Acme", extra="STATUS:CANCELLED\r\n"),
        event("x2", "Entretien journée Acme", "DTSTART;VALUE=DATE:20261216", "DTEND;VALUE=DATE:20261217"),
        event("x3", "Entretien long chez Acme", "DTSTART:20261216T090000Z", "DTEND:20261217T100000Z"),
        event("x4", "Entretien éclair chez Acme", "DTSTART:20261216T090000Z", "DTEND:20261216T090000Z"),
        event("x5", "Entretien de 1960 chez Acme", "DTSTART:19600116T090000Z", "DTEND:19600116T100000Z"),
        event("x6", "Entretien – Data – Acme", "DTSTART:20261216T090000Z", "DURATION:P5000W"),
        "BEGIN:VTODO\r\nUID:t\r\nSUMMARY:Relancer\r\nEND:VTODO\r\n",
    ]  # fmt: skip
    bell = event("h1", "Entretien chez Acme", attendees=('CN="Ding\x07Dong":mailto:ding@acme.example',))
    long_name = event("h2", "Entretien chez Acme", attendees=(f"CN={'A' * 300}:mailto:a@acme.example",))
    series = event("s", "Entretien hebdo chez Acme", extra="RRULE:FREQ=WEEKLY;COUNT=3\r\n")
    calendars: dict[str, bytes] = {
        "same": calendar(*KEPT),
        "same-reversed": calendar(*reversed(KEPT)),
        "rescheduled": calendar(*BASE),
        "moved": calendar(moved, *KEPT[1:]),
        "cancelled": calendar(KEPT[0], cancelled_b, *KEPT[2:]),
        "cancelled-twice": calendar(*KEPT, cancelled_d),
        "new-attendee": calendar(*KEPT[:2], new_attendee, KEPT[3]),
        "same-people-other-case": calendar(*KEPT[:2], same_people, KEPT[3]),
        "new-place": calendar(new_place, *KEPT[1:]),
        "new": calendar(*new, *KEPT),
        "notices": calendar(*notices, *BASE[:2]),
        "twice-new": calendar(new[0], new[0].replace("T093000", "T113000").replace("T103000", "T123000")),
        "twice-same": calendar(BASE[0], BASE[0]),
        "series": calendar(series),
        "control-character": calendar(bell),
        "long-name": calendar(long_name),
        "broken": calendar(BASE[0]).replace(b"END:VEVENT\r\n", b""),
        "not-a-calendar": b"Bonjour",
        "empty": b"",
    }
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from outlook_calendar import calendar_bytes  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    calendars["outlook"] = calendar_bytes(300, 30)
    paths = []
    for name, data in calendars.items():
        path = folder / f"{name}.ics"
        path.write_bytes(data)
        paths.append(path)
    paths.append(folder / "missing.ics")
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.ics"))
    return paths


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A French home with the BASE calendar imported (interview "d" then cancelled in the
    calendar), an English copy, and a home with a database but no profile yet."""
    base = tmp_path_factory.mktemp("dry-run")
    french = base / "fr"
    made = _cli(french, "init", "--name", "Camille Durand", "--email", OWN, "--agreement", "feminine")
    assert made.returncode == 0, made.stderr
    (base / "base.ics").write_bytes(calendar(*BASE))
    cancelled = BASE[3].replace("END:VEVENT", "STATUS:CANCELLED\r\nEND:VEVENT")
    (base / "cancel-d.ics").write_bytes(calendar(cancelled))
    for name in ("base.ics", "cancel-d.ics"):
        imported = _cli(french, "import", str(base / name))
        assert imported.returncode == 0, imported.stderr
    english = base / "en"
    shutil.copytree(french, english)
    with closing(sqlite3.connect(english / "lastimpression.sqlite3")) as database, database:
        database.execute("UPDATE interviews_profile SET language = 'en'")
    configured = base / "configured"
    shutil.copytree(french, configured)
    # Other words mark an interview, and the sender's address is the user's own: never a person met.
    (configured / "config.toml").write_text(
        '[import]\nkeywords = ["point", "interview"]\n\n[smtp]\nfrom = "Camille <sarah@northwind.example>"\n',
        encoding="utf-8",
    )
    empty = base / "empty"
    migrated = _cli(empty, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    return {"fr": french, "en": english, "configured": configured, "empty": empty}


def _drive(path: str, home: Path, files: list[Path]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, path, json.dumps([str(file) for file in files])], env=_environment(home),
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("language", ["fr", "en", "configured", "empty"])
def test_the_dry_run_without_django_prints_what_the_import_rolled_back_prints(
    homes: dict[str, Path], language: str, tmp_path: Path
) -> None:
    files = _files(tmp_path)
    lean = _drive("lean", homes[language], files)
    django = _drive("django", homes[language], files)
    assert django["django"], "the other run took the lean path"
    differing = [
        (Path(path).name, printed, expected)
        for (path, *printed), (_, *expected) in zip(lean["done"], django["done"], strict=True)
        if printed != expected
    ]
    assert differing == []
    by_path = {Path(path): (code, out, err) for path, code, out, err in lean["done"]}
    outputs = {path.stem: by_path[path] for path in files if path.parent == tmp_path}
    if language == "empty":
        assert outputs["same"][0] == 1 and "profile: " in outputs["same"][2]
        return
    if language == "configured":  # "Point hebdo" is an interview; Sarah is not met, she sends
        assert "+ nouveau  2026-12-10 14:00 Europe/Paris  hebdo — (poste à préciser)  (-)" in outputs["same"][1]
        assert "1 inchangés, 2 autres" in outputs["same"][1] and "Sarah" not in outputs["new"][1]
        return
    # What was compared is what a user sees, in the home's language.
    new, updated, cancelled, unchanged = ("nouveaux", "modifiés", "annulés", "inchangés") if language == "fr" else (
        "new", "updated", "cancelled", "unchanged")  # fmt: skip
    assert f"0 {new}, 0 {updated}, 0 {cancelled}, 3 {unchanged}, 1 " in outputs["same"][1]
    assert f"0 {new}, 0 {updated}, 0 {cancelled}, 3 {unchanged}, 1 " in outputs["same-reversed"][1]
    assert f"0 {new}, 1 {updated}, 0 {cancelled}, 3 {unchanged}" in outputs["rescheduled"][1]
    assert f"0 {new}, 1 {updated}, 0 {cancelled}, 2 {unchanged}" in outputs["moved"][1]
    assert f"0 {new}, 0 {updated}, 1 {cancelled}, 2 {unchanged}" in outputs["cancelled"][1]
    assert f"0 {new}, 0 {updated}, 0 {cancelled}, 3 {unchanged}" in outputs["cancelled-twice"][1]
    assert f"0 {new}, 1 {updated}" in outputs["new-attendee"][1]
    assert f"0 {new}, 0 {updated}, 0 {cancelled}, 3 {unchanged}" in outputs["same-people-other-case"][1]
    assert f"0 {new}, 1 {updated}" in outputs["new-place"][1]
    assert f"4 {new}, 0 {updated}, 0 {cancelled}, 3 {unchanged}" in outputs["new"][1]
    assert "(Sophie Lambert, Jean Paul Roux, Ann Local)" in outputs["new"][1]
    assert "2026-12-14 10:00 Europe/Paris" not in outputs["new"][1]  # c is already imported
    # One UID twice in a file: the reader keeps one event.
    assert f"1 {new}, 0 {updated}" in outputs["twice-new"][1] and "11:30" in outputs["twice-new"][1]
    assert f"0 {new}, 0 {updated}, 0 {cancelled}, 1 {unchanged}" in outputs["twice-same"][1]
    assert outputs["series"][1].count("+ ") == 3
    assert len(outputs["notices"][2].splitlines()) >= 7
    for refused in ("broken", "not-a-calendar", "empty", "missing"):
        _clock, error = outputs[refused][2].strip().splitlines()  # LASTIMPRESSION_NOW's line, then the error
        assert outputs[refused][0] == 1 and error.startswith(("Erreur : FILE: ", "Error: FILE: ")), refused
    assert "30 " in outputs["outlook"][1].splitlines()[-1]


def test_a_plain_dry_run_loads_no_django_and_writes_nothing(homes: dict[str, Path], tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(homes["fr"], home)
    database = home / "lastimpression.sqlite3"
    before = database.read_bytes()
    (tmp_path / "new.ics").write_bytes(calendar(event("z", "Entretien – Analyste – Globex"), *KEPT))
    runner = "import sys; from lastimpression.cli import main; main(sys.argv[1:])"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", runner, "import", str(tmp_path / "new.ics"), "--dry-run"],
        env=_environment(home), cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "+ nouveau  2026-12-10 14:00 Europe/Paris  Globex — Analyste  (Claire Martin)" in done.stdout
    loaded = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    assert "lastimpression" in loaded and "django" not in loaded
    assert database.read_bytes() == before


def test_the_import_holds_an_interview_to_the_length_interview_add_allows() -> None:
    from lastimpression.interviews import calendar_sorting, services

    assert calendar_sorting.LONGEST_INTERVIEW == services.LONGEST_INTERVIEW


def test_the_dry_run_takes_the_import_rolled_back_where_the_lean_path_would_not_read_the_same(
    homes: dict[str, Path], tmp_path: Path
) -> None:
    """A schema behind the code's migrations (Django migrates it first) and a home with no
    database yet: the Django path runs, and prints what it always printed."""
    behind = tmp_path / "behind"
    shutil.copytree(homes["fr"], behind)
    with closing(sqlite3.connect(behind / "lastimpression.sqlite3")) as database, database:
        database.execute("DELETE FROM django_migrations WHERE id = (SELECT max(id) FROM django_migrations)")
    (tmp_path / "new.ics").write_bytes(calendar(event("z", "Entretien – Analyste – Globex"), *KEPT))
    files = [tmp_path / "new.ics"]
    migrated = _drive("lean", behind, files)
    assert migrated["django"] and migrated["done"][0][1] == 0
    assert "+ nouveau  2026-12-10 14:00 Europe/Paris  Globex — Analyste" in migrated["done"][0][2]
    assert _drive("lean", behind, files)["done"] == _drive("django", behind, files)["done"]
    nothing = _drive("lean", tmp_path / "no-home-yet", files)
    assert nothing["django"] and nothing["done"][0][1] == 1 and "profile: " in nothing["done"][0][3]
