"""Issue 15 from the command line: proof points, 'what I can bring', the company's French
article and the panel's main contact, through the JSON contract, drafting, export and restore."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import Result

from lastimpression.interviews.models import Interview, Person, Profile

Cli = Callable[..., Result]
BRING = "Je peux mettre en place la supervision des pipelines que j’ai conçue chez Datalyse."


def show(cli: Cli, interview_id: int) -> dict[str, Any]:
    result = cli("interview", "show", str(interview_id), "--json")
    assert result.exit_code == 0, result.stderr
    shown: dict[str, Any] = json.loads(result.stdout)
    return shown


def test_proof_points_are_kept_until_given_again(cli: Cli, candidate: None) -> None:
    assert len(Profile.objects.get().proof_points) == 2
    assert cli("init", "--name", "Camille Durand", "--email", "camille.durand@example.org").exit_code == 0
    assert len(Profile.objects.get().proof_points) == 2, "an init without --proof keeps them"
    assert cli("init", "--name", "Camille Durand", "--email", "c@example.org", "--proof", "One result.").exit_code == 0
    assert Profile.objects.get().proof_points == ["One result."]
    refused = cli("init", "--name", "Camille Durand", "--email", "c@example.org", "--proof", "x" * 600)
    assert refused.exit_code == 1 and "proof" in refused.stderr and "Traceback" not in refused.stderr
    assert Profile.objects.get().proof_points == ["One result."], "nothing half-written"


def test_what_i_can_bring_and_the_company_article_are_in_the_json(cli: Cli, lyon_panel: int) -> None:
    edited = cli("interview", "edit", str(lyon_panel), "--bring", BRING, "--company-article", "la")
    assert edited.exit_code == 0, edited.stderr
    shown = show(cli, lyon_panel)
    assert shown["contribution"] == BRING and shown["company_article"] == "la"
    assert cli("interview", "edit", str(lyon_panel), "--company-article", "auto").exit_code == 0
    assert show(cli, lyon_panel)["company_article"] == ""
    assert cli("interview", "edit", str(lyon_panel), "--company-article", "des").exit_code == 2
    too_long = cli("interview", "edit", str(lyon_panel), "--bring", "x" * 600)
    assert too_long.exit_code == 1 and "bring" in too_long.stderr
    assert Interview.objects.get().contribution == BRING


def test_the_main_contact_is_guessed_then_chosen_and_only_one(cli: Cli, lyon_panel: int) -> None:
    claire, julien = Person.objects.order_by("id")
    assert show(cli, lyon_panel)["main_contact_id"] == claire.id  # no title says HR: the first reachable
    hr = cli("person", "add", str(lyon_panel), "--name", "Inès Haddad", "--email", "i.haddad@example.org",
             "--title", "Chargée de recrutement")  # fmt: skip
    assert hr.exit_code == 0
    ines = Person.objects.get(name="Inès Haddad")
    assert show(cli, lyon_panel)["main_contact_id"] == ines.id  # recruiting owns the process
    assert cli("person", "edit", str(julien.id), "--main-contact").exit_code == 0
    shown = show(cli, lyon_panel)
    assert shown["main_contact_id"] == julien.id
    assert [person["main_contact"] for person in shown["people"]] == [False, True, False]
    assert cli("person", "edit", str(claire.id), "--main-contact").exit_code == 0
    assert list(Person.objects.filter(main_contact=True)) == [claire], "one main contact at a time"


def test_one_follow_up_per_panel_and_draft_asks_for_a_missing_detail(cli: Cli, lyon_panel: int) -> None:
    thank_yous = cli("draft", str(lyon_panel))
    assert thank_yous.exit_code == 0
    # Claire has no topic recorded: named, with the command that adds one.
    assert "Claire Martin : rien n'est noté de votre échange" in thank_yous.stderr
    assert "Julien Moreau : rien" not in thank_yous.stderr
    follow_ups = cli("draft", str(lyon_panel), "--kind", "follow-up", "--json")
    assert follow_ups.exit_code == 0
    drafted = json.loads(follow_ups.stdout)
    assert [message["to"] for message in drafted] == ["claire.martin@example.org"]


def test_export_and_restore_keep_proofs_contribution_and_main_contact(
    cli: Cli, lyon_panel: int, tmp_path: Path
) -> None:
    julien = Person.objects.get(name="Julien Moreau")
    assert cli("person", "edit", str(julien.id), "--main-contact").exit_code == 0
    assert cli("interview", "edit", str(lyon_panel), "--bring", BRING, "--company-article", "la").exit_code == 0
    path = tmp_path / "backup.json"
    assert cli("export", "--out", str(path)).exit_code == 0
    restored = cli("restore", str(path), "--replace")
    assert restored.exit_code == 0, restored.stderr
    assert len(Profile.objects.get().proof_points) == 2
    assert Interview.objects.get().contribution == BRING and Interview.objects.get().company_article == "la"
    assert Person.objects.get(name="Julien Moreau").main_contact


def test_a_thank_you_that_promised_nothing_pins_no_follow_up_date(cli: Cli, lyon_panel: int) -> None:
    """Julien is not the main contact: his thank-you names no date, so sending it commits to none
    (a later decision date must still move the follow-up); Claire's names one, and pins it."""
    from lastimpression.outbox.models import Message
    from lastimpression.planning.models import Action

    assert cli("draft", str(lyon_panel)).exit_code == 0
    julien = Message.objects.get(person__name="Julien Moreau", kind="thank_you")
    assert "recontacter" not in julien.body
    assert cli("message", "sent", str(julien.id)).exit_code == 0
    assert Action.objects.get(kind="follow_up").promised is None
    moved = cli("interview", "edit", str(lyon_panel), "--decision-by", "2027-01-08")
    assert moved.exit_code == 0 and "promis" not in moved.stderr
    claire = Message.objects.get(person__name="Claire Martin", kind="thank_you")
    assert "le mardi 12 janvier" in claire.body  # rewritten for the new date, after the decision
    assert cli("message", "sent", str(claire.id)).exit_code == 0
    assert str(Action.objects.get(kind="follow_up").promised) == "2027-01-12"


def test_draft_asks_for_a_detail_when_only_pay_or_perks_are_recorded(cli: Cli, lyon_panel: int) -> None:
    """A perk is never a message's detail (CRAFT R08): Julien's thank-you stays general, so the
    draft names him as it names Claire, with what was recorded and why it is not used."""
    julien = Person.objects.get(name="Julien Moreau")
    julien.topics = ["le télétravail", "  ", "la date de prise de poste"]
    julien.save()
    drafted = cli("draft", str(lyon_panel))
    assert drafted.exit_code == 0, drafted.stderr
    said = drafted.stderr.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Julien Moreau : seuls la rémunération ou des avantages sont notés de votre échange" in said
    assert "(le télétravail, la date de prise de poste)" in said
    assert f"person edit {julien.id} --topic" in said
    assert "Claire Martin : rien n" in said  # nothing recorded at all: the first wording
    body = json.loads(cli("message", "list", "--interview", str(lyon_panel), "--json").stdout)
    assert not any("télétravail" in message.get("body", "") for message in body)


def test_draft_asks_for_a_subject_when_only_questions_or_remarks_are_recorded(cli: Cli, lyon_panel: int) -> None:
    """Rounds 120-121: "asked how I would…" and "small team" are never a message's detail."""
    julien = Person.objects.get(name="Julien Moreau")
    julien.topics = ["m'a demandé comment je gérerais un conflit"]
    julien.save()
    drafted = cli("draft", str(lyon_panel))
    assert drafted.exit_code == 0, drafted.stderr
    said = drafted.stderr.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Julien Moreau : seule une question qu'on vous a posée ou une remarque est notée" in said
    assert "seuls la rémunération" not in said
    body = json.loads(cli("message", "list", "--interview", str(lyon_panel), "--json").stdout)
    assert not any("demandé comment" in message.get("body", "") for message in body)


def test_draft_says_when_there_is_nothing_of_the_candidate_to_show(cli: Cli, lyon_panel: int) -> None:
    """No proof point and no "what I can bring": the e-mails can only assert interest (CRAFT R03),
    so draft says so and how to add one; either of the two is enough to show something."""
    profile = Profile.objects.get()
    profile.proof_points = []
    profile.save()
    drafted = cli("draft", str(lyon_panel))
    assert drafted.exit_code == 0, drafted.stderr
    said = drafted.stderr.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Rien à montrer de votre parcours : votre profil ne contient aucune preuve" in said
    assert f"interview edit {lyon_panel} --bring" in said
    assert cli("interview", "edit", str(lyon_panel), "--bring", BRING).exit_code == 0
    assert "Rien à montrer" not in cli("draft", str(lyon_panel)).stderr
    notes = cli("draft", str(lyon_panel), "--kind", "linkedin", "--profile-polished")
    assert notes.exit_code == 0 and "Rien à montrer" not in notes.stderr  # a note shows no proof anyway


def test_draft_is_silent_about_proofs_when_the_profile_has_some(cli: Cli, lyon_panel: int) -> None:
    assert Profile.objects.get().proof_points
    assert "Rien à montrer" not in cli("draft", str(lyon_panel)).stderr


def test_draft_asks_for_more_when_a_topic_only_says_the_role_again(cli: Cli, lyon_panel: int) -> None:
    julien = Person.objects.get(name="Julien Moreau")
    julien.topics = ["la data"]  # the role is "Ingénieure data"
    julien.save()
    said = cli("draft", str(lyon_panel)).stderr.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Julien Moreau : ce qui est noté de votre échange (la data) ne fait que reprendre les mots du poste" in said
    julien.topics = ["la data", "la migration vers PostgreSQL"]
    julien.save()
    assert "reprendre les mots du poste" not in cli("draft", str(lyon_panel)).stderr


def test_draft_asks_for_more_when_only_the_hiring_process_is_recorded(cli: Cli, lyon_panel: int) -> None:
    """Blind review 23: "les étapes du processus" recalled to the recruiter (B: any candidate could
    write it). The message treats it as nothing recorded, and draft says why and how to add more."""
    julien = Person.objects.get(name="Julien Moreau")
    julien.topics = ["les étapes du processus"]
    julien.save()
    drafted = cli("draft", str(lyon_panel))
    assert drafted.exit_code == 0, drafted.stderr
    said = drafted.stderr.replace("\u00a0", " ").replace("\u202f", " ")
    assert (
        "Julien Moreau : seul le processus de recrutement est noté de votre échange (les étapes du processus)" in said
    )
    assert f"person edit {julien.id} --topic" in said
    listed = json.loads(cli("message", "list", "--interview", str(lyon_panel), "--json").stdout)
    assert not any("processus" in message.get("body", "") for message in listed)
