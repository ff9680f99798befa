"""The interview and person commands as a user runs them: output, JSON shapes, errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import Result

from lastimpression.interviews.models import Interview, Person, Profile
from tests.conftest import Clock

Cli = Callable[..., Result]


def last_line(result: Result) -> str:
    return result.stdout.strip().splitlines()[-1]


def test_an_interview_is_recorded_with_its_people_and_shown_in_json(cli: Cli, lyon_panel: int) -> None:
    shown = json.loads(cli("interview", "show", str(lyon_panel), "--json").stdout)
    assert shown["company"] == "Lumière Analytique"
    assert shown["start"] == "2026-12-03T14:00:00+01:00"
    assert shown["end"] == "2026-12-03T15:15:00+01:00"
    assert (shown["country"], shown["subdivision"], shown["timezone"], shown["language"]) == (
        "FR",
        "",
        "Europe/Paris",
        "fr",
    )
    assert shown["decision_by"] == "2026-12-17"
    assert shown["status"] == "scheduled"
    claire, julien = shown["people"]
    assert set(claire) >= {
        "id",
        "interview_id",
        "name",
        "email",
        "title",
        "linkedin",
        "salutation",
        "register",
        "topics",
    }
    assert (claire["name"], claire["salutation"], claire["register"]) == ("Claire Martin", "madame", "vous")
    assert julien["register"] == "tu"
    assert julien["topics"] == ["la migration vers PostgreSQL", "les tests de bout en bout"]


def test_list_prints_a_json_array_and_a_french_table(cli: Cli, lyon_panel: int, montreal_call: int) -> None:
    listed = json.loads(cli("interview", "list", "--json").stdout)
    assert [item["id"] for item in listed] == [lyon_panel, montreal_call]
    assert listed[1]["start"] == "2027-06-23T16:00:00-04:00"
    assert listed[1]["timezone"] == "America/Toronto"
    table = cli("interview", "list").stdout
    assert "Entreprise" in table and "Northwind Labs" in table and "prévu" in table


def test_show_writes_the_date_in_words_in_the_users_language(cli: Cli, lyon_panel: int) -> None:
    shown = cli("interview", "show", str(lyon_panel)).stdout
    assert "jeudi 3 décembre 2026, 14:00–15:15 (Europe/Paris)" in shown
    assert "Décision d'ici  jeudi 17 décembre 2026" in shown


def test_decision_in_business_days_counts_in_the_recipients_calendar(cli: Cli, candidate: None) -> None:
    # Wednesday 24 December 2025: 26 December (a Friday) is a holiday in Moselle, not in Paris.
    args = [
        "interview",
        "add",
        "--company",
        "Acier",
        "--role",
        "R",
        "--start",
        "2025-12-24T10:00",
        "--decision-in",
        "2 jours ouvrés",
    ]
    metz = json.loads(cli("interview", "show", last_line(cli(*args, "--subdivision", "57")), "--json").stdout)
    paris = json.loads(cli("interview", "show", last_line(cli(*args)), "--json").stdout)
    assert metz["decision_by"] == "2025-12-30"
    assert paris["decision_by"] == "2025-12-29"


def test_a_start_without_offset_is_read_in_the_interviews_zone(cli: Cli, montreal_call: int) -> None:
    shown = json.loads(cli("interview", "show", str(montreal_call), "--json").stdout)
    assert shown["start"] == "2027-06-23T16:00:00-04:00"
    stored = Interview.objects.get(pk=montreal_call)
    assert stored.start.isoformat() == "2027-06-23T20:00:00+00:00"


def test_edit_changes_only_what_is_given_and_keeps_the_duration(cli: Cli, lyon_panel: int) -> None:
    result = cli("interview", "edit", str(lyon_panel), "--start", "2026-12-04T09:30", "--decision-by", "2026-12-18")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(cli("interview", "show", str(lyon_panel), "--json").stdout)
    assert (shown["start"], shown["end"]) == ("2026-12-04T09:30:00+01:00", "2026-12-04T10:45:00+01:00")
    assert shown["decision_by"] == "2026-12-18"
    assert shown["company"] == "Lumière Analytique"


def test_outcome_and_delete(cli: Cli, lyon_panel: int) -> None:
    assert (
        cli("interview", "outcome", str(lyon_panel), "--status", "next_round", "--note", "Second tour").exit_code == 0
    )
    assert Interview.objects.get(pk=lyon_panel).status == "next_round"
    result = cli("interview", "delete", str(lyon_panel))
    assert result.exit_code == 0
    assert "2 fiches" in result.stdout
    assert not Interview.objects.exists() and not Person.objects.exists()


def test_person_edit_and_remove(cli: Cli, lyon_panel: int) -> None:
    claire = Person.objects.get(name="Claire Martin")
    assert (
        cli("person", "edit", str(claire.id), "--title", "DRH", "--greeted", "--topic", "l'onboarding").exit_code == 0
    )
    claire.refresh_from_db()
    assert (claire.title, claire.greeted, claire.topics, claire.register) == ("DRH", True, ["l'onboarding"], "vous")
    assert cli("person", "remove", str(claire.id)).exit_code == 0
    assert list(Person.objects.values_list("name", flat=True)) == ["Julien Moreau"]


def test_commands_that_create_print_the_id_alone_on_the_last_line(cli: Cli, candidate: None) -> None:
    result = cli("interview", "add", "--company", "Acme", "--role", "Dev", "--start", "2026-12-03T10:00")
    assert last_line(result) == str(Interview.objects.get().id)
    person = cli("person", "add", last_line(result), "--name", "Ana Silva")
    assert last_line(person) == str(Person.objects.get().id)


def counts() -> tuple[int, int, int]:
    return Profile.objects.count(), Interview.objects.count(), Person.objects.count()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (
            [
                "interview",
                "add",
                "--company",
                "A",
                "--role",
                "R",
                "--start",
                "2026-12-03T10:00",
                "--timezone",
                "Europe/Lyon",
            ],
            "timezone",
        ),
        (
            [
                "interview",
                "add",
                "--company",
                "A",
                "--role",
                "R",
                "--start",
                "2026-12-03T10:00",
                "--end",
                "2026-12-03T09:00",
            ],
            "end",
        ),
        (
            ["interview", "add", "--company", "A", "--role", "R", "--start", "2026-12-03T10:00", "--country", "XX"],
            "country",
        ),
        (
            ["interview", "add", "--company", "A", "--role", "R", "--start", "2026-12-03T10:00", "--subdivision", "99"],
            "subdivision",
        ),
        (["interview", "add", "--company", "  ", "--role", "R", "--start", "2026-12-03T10:00"], "company"),
        (["interview", "add", "--company", "A", "--role", "R", "--start", "le 3 décembre"], "start"),
        (
            [
                "interview",
                "add",
                "--company",
                "A",
                "--role",
                "R",
                "--start",
                "2026-12-03T10:00",
                "--decision-in",
                "bientôt",
            ],
            "decision_in",
        ),
        (
            [
                "interview",
                "add",
                "--company",
                "A",
                "--role",
                "R",
                "--start",
                "2026-12-03T10:00",
                "--duration",
                "an hour",
            ],
            "duration",
        ),
        (
            ["interview", "add", "--company", "A", "--role", "R", "--start", "2026-12-03T10:00", "--country", "US"],
            "timezone",
        ),
        (["interview", "show", "999"], "interview"),
        (["interview", "edit", "999", "--role", "X"], "interview"),
        (["interview", "delete", "abc"], "interview"),
        (["person", "add", "999", "--name", "Claire Martin"], "interview"),
        (["person", "add", "{interview}", "--name", "Claire", "--email", "claire@@example.org"], "email"),
        (["person", "add", "{interview}", "--name", "x" * 10_000], "name"),
        (["person", "add", "{interview}", "--name", "Claire", "--linkedin", "https://example.org/claire"], "linkedin"),
        (["person", "edit", "999", "--name", "X"], "person"),
        (["init", "--name", "Camille", "--email", "camille"], "email"),
    ],
)
def test_bad_input_gets_one_line_naming_the_field_and_writes_nothing(
    cli: Cli, lyon_panel: int, args: list[str], field: str
) -> None:
    before = counts()
    snapshot = json.loads(cli("interview", "list", "--json").stdout)
    result = cli(*[arg.replace("{interview}", str(lyon_panel)) for arg in args])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Erreur : {field}: ")
    assert result.stdout == ""
    assert counts() == before
    assert json.loads(cli("interview", "list", "--json").stdout) == snapshot


def test_errors_speak_english_for_an_english_profile(cli: Cli) -> None:
    cli("init", "--name", "Sam Taylor", "--email", "sam@example.com", "--language", "en", "--country", "GB")
    result = cli("interview", "show", "42")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: interview: no interview with id 42"


def test_an_interview_needs_a_profile_first(cli: Cli) -> None:
    result = cli("interview", "add", "--company", "A", "--role", "R", "--start", "2026-12-03T10:00")
    assert result.exit_code == 1
    assert "lastimpression init" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["interview", "frobnicate"],
        ["interview", "add", "--company", "A"],
        ["interview", "outcome", "1", "--status", "hired"],
        [
            "interview",
            "add",
            "--company",
            "A",
            "--role",
            "R",
            "--start",
            "2026-12-03T10:00",
            "--end",
            "2026-12-03T11:00",
            "--duration",
            "60",
        ],
    ],
)
def test_syntax_errors_exit_with_status_2(cli: Cli, candidate: None, args: list[str]) -> None:
    assert cli(*args).exit_code == 2


def test_init_updates_the_existing_profile(cli: Cli, candidate: None) -> None:
    result = cli(
        "init", "--name", "Camille Durand", "--email", "camille@example.org", "--country", "CA", "--subdivision", "QC"
    )
    assert result.exit_code == 0
    profile = Profile.objects.get()
    assert (profile.email, profile.country, profile.subdivision, profile.timezone) == (
        "camille@example.org",
        "CA",
        "QC",
        "America/Toronto",
    )
    assert profile.agreement == "feminine"


def test_a_person_who_was_sent_a_message_is_not_removed_and_a_draft_goes_with_its_person(
    cli: Cli, lyon_panel: int
) -> None:
    from lastimpression.outbox.models import Message

    drafted = cli("draft", str(lyon_panel), "--json")
    assert drafted.exit_code == 0, drafted.stderr
    claire = Message.objects.get(person__name="Claire Martin", kind="thank_you")
    assert cli("message", "sent", str(claire.id)).exit_code == 0
    refused = cli("person", "remove", str(claire.person_id))
    assert refused.exit_code == 1
    assert refused.stderr.startswith("Erreur : person")
    assert "des messages à Claire Martin sont partis ou en cours d’envoi (1)" in refused.stderr
    assert Message.objects.filter(pk=claire.pk, status="sent").exists()
    assert Person.objects.filter(name="Claire Martin").exists()
    julien = Person.objects.get(name="Julien Moreau")
    assert cli("person", "remove", str(julien.id)).exit_code == 0
    assert not Message.objects.filter(person_id=julien.id).exists()


def test_a_corrected_address_reaches_the_unsent_e_mails_and_a_written_one_keeps_its_person(
    cli: Cli, lyon_panel: int
) -> None:
    from django.utils import timezone

    from lastimpression.outbox.models import Message

    assert cli("draft", str(lyon_panel)).exit_code == 0
    claire = Message.objects.get(person__name="Claire Martin", kind="thank_you")
    julien = Message.objects.get(person__name="Julien Moreau", kind="thank_you")
    edited = cli("person", "edit", str(claire.person_id), "--email", "claire.martin@lumiere.example.org")
    assert edited.exit_code == 0, edited.stderr
    assert Message.objects.get(pk=claire.pk).to == "claire.martin@lumiere.example.org"
    # Julien's thank-you was written to the outbox folder: it may have gone from the mail program.
    Message.objects.filter(pk=julien.pk).update(status="scheduled", written_at=timezone.now(), written_to="x.eml")
    old_address = Message.objects.get(pk=julien.pk).to
    assert cli("person", "edit", str(julien.person_id), "--email", "j.moreau@example.org").exit_code == 0
    assert Message.objects.get(pk=julien.pk).to == old_address != "j.moreau@example.org"
    refused = cli("person", "remove", str(julien.person_id))
    assert refused.exit_code == 1 and "(1)" in refused.stderr
    assert Message.objects.filter(pk=julien.pk).exists()


# --- wall times on the nights the clocks change (Europe/Paris in 2027: forward on 28 March at
# 02:00, back on 31 October at 03:00; Montréal/Toronto: forward on 14 March at 02:00) -----------

SPRING_NIGHT = datetime(2027, 3, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def spring(clock: Clock) -> None:
    """The program's clock stopped a week before the 2027 changes it is asked about."""
    clock.at(SPRING_NIGHT)


def add(cli: Cli, *options: str) -> Result:
    return cli("interview", "add", "--company", "Horloge SA", "--role", "Data engineer", *options)


@pytest.mark.usefixtures("spring")
@pytest.mark.parametrize(
    ("options", "said"),
    [
        (
            ["--start", "2027-03-28T02:30"],
            "Erreur : start: 2027-03-28T02:30 n’existe pas à Europe/Paris "
            "(les horloges passent de 02:00 à 03:00 cette nuit-là)",
        ),
        (
            ["--start", "2027-03-28T01:30", "--end", "2027-03-28T02:15"],
            "Erreur : end: 2027-03-28T02:15 n’existe pas à Europe/Paris "
            "(les horloges passent de 02:00 à 03:00 cette nuit-là)",
        ),
        (
            ["--start", "2027-03-14 02:30", "--country", "CA", "--subdivision", "QC"],
            "Erreur : start: 2027-03-14T02:30 n’existe pas à America/Toronto "
            "(les horloges passent de 02:00 à 03:00 cette nuit-là)",
        ),
    ],
)
def test_a_wall_time_skipped_by_the_spring_change_is_refused_naming_the_field(
    cli: Cli, candidate: None, options: list[str], said: str
) -> None:
    before = counts()
    result = add(cli, *options)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [said]
    assert result.stdout == "" and counts() == before


@pytest.mark.usefixtures("spring")
def test_the_skipped_hour_is_refused_in_english_for_an_english_profile(cli: Cli) -> None:
    cli("init", "--name", "Sam Taylor", "--email", "sam@example.com", "--language", "en", "--country", "GB")
    result = add(cli, "--start", "2027-03-28T01:30")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: start: 2027-03-28T01:30 does not exist in Europe/London (clocks go from 01:00 to 02:00 that night)"
    )


@pytest.mark.usefixtures("spring")
def test_a_start_with_its_offset_is_an_instant_and_never_refused(cli: Cli, candidate: None) -> None:
    result = add(cli, "--start", "2027-03-28T02:30+01:00", "--duration", "30")
    assert result.exit_code == 0 and result.stderr == ""
    shown = json.loads(cli("interview", "show", last_line(result), "--json").stdout)
    assert (shown["start"], shown["end"]) == ("2027-03-28T03:30:00+02:00", "2027-03-28T04:00:00+02:00")


@pytest.mark.usefixtures("spring")
def test_a_start_that_happens_twice_is_the_first_one_said_on_stderr_and_lasts_real_minutes(
    cli: Cli, candidate: None
) -> None:
    result = add(cli, "--start", "2027-10-31T02:30", "--duration", "30")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().splitlines() == [
        "Attention : start: 2027-10-31T02:30 arrive deux fois à Europe/Paris (les horloges reculent de 03:00 à "
        "02:00 cette nuit-là)\u00a0: la première est retenue (UTC+02:00)\u202f; écrivez 2027-10-31T02:30+01:00 pour la seconde"
    ]
    shown = json.loads(cli("interview", "show", last_line(result), "--json").stdout)
    assert (shown["start"], shown["end"]) == ("2027-10-31T02:30:00+02:00", "2027-10-31T02:00:00+01:00")
    stored = Interview.objects.get(pk=int(last_line(result)))
    assert stored.end - stored.start == timedelta(minutes=30)


@pytest.mark.usefixtures("spring")
def test_the_second_occurrence_is_reached_with_its_offset_and_the_default_hour_is_real(
    cli: Cli, candidate: None
) -> None:
    result = add(cli, "--start", "2027-10-31T02:30+01:00")
    assert result.exit_code == 0 and result.stderr == ""
    stored = Interview.objects.get(pk=int(last_line(result)))
    assert stored.start == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    assert stored.end - stored.start == timedelta(hours=1)


@pytest.mark.usefixtures("spring")
def test_an_end_that_happens_twice_is_the_first_one_and_said(cli: Cli) -> None:
    cli("init", "--name", "Sam Taylor", "--email", "sam@example.com", "--language", "en", "--country", "GB")
    result = add(cli, "--start", "2027-10-31T00:30", "--end", "2027-10-31T01:15")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().splitlines() == [
        "Warning: end: 2027-10-31T01:15 happens twice in Europe/London (clocks go back from 02:00 to 01:00 that "
        "night): the first one is taken (UTC+01:00); write 2027-10-31T01:15+00:00 for the second one"
    ]
    stored = Interview.objects.get(pk=int(last_line(result)))
    assert stored.end - stored.start == timedelta(minutes=45)


@pytest.mark.usefixtures("spring")
def test_edit_refuses_a_skipped_start_and_keeps_the_real_duration_across_the_autumn_change(
    cli: Cli, candidate: None
) -> None:
    created = last_line(add(cli, "--start", "2027-10-30T10:00", "--duration", "45"))
    refused = cli("interview", "edit", created, "--start", "2027-03-28T02:00")
    assert refused.exit_code == 1 and refused.stderr.strip().startswith("Erreur : start: 2027-03-28T02:00 n’existe")
    moved = cli("interview", "edit", created, "--start", "2027-10-31T02:45")
    assert moved.exit_code == 0
    assert moved.stderr.strip().startswith("Attention : start: 2027-10-31T02:45 arrive deux fois")
    stored = Interview.objects.get(pk=int(created))
    assert stored.start == datetime(2027, 10, 31, 0, 45, tzinfo=UTC)
    assert stored.end - stored.start == timedelta(minutes=45)
    assert cli("interview", "edit", created, "--role", "Lead").stderr == "", "the start not given is not read again"
