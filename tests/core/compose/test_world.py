"""Every message of the shared world table meets the bar a recruiter would hold it to."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from difflib import SequenceMatcher
from itertools import combinations

import pytest

from lastimpression.core.compose import compose, linkedin_length, word_count
from lastimpression.core.compose.conventions import date_in_words
from lastimpression.core.compose.details import choose_proofs, language_of, owned, place_of
from lastimpression.core.grammar import role_in_sentence
from lastimpression.core.lint import lint
from lastimpression.core.messages import KINDS, Candidate, Draft, LintContext, Occasion, Recipient
from lastimpression.core.perks import details, is_schedule
from tests.core.compose.world import WORLD, planned, with_main_contact

CASES = [
    pytest.param(candidate, person, people, occasion, id=f"{index}-{occasion.language}-{occasion.country}-{person.id}")
    for index, (candidate, people, occasion) in enumerate(WORLD, 1)
    for person in people
]
# PRODUCT.md §6 LI008 for thank-yous; the linter's ranges for follow-ups (CRAFT R06, R27).
WORD_RANGES = {
    "fr": {"thank_you": (70, 160), "follow_up": (40, 120), "follow_up_2": (25, 90)},
    "en": {"thank_you": (90, 200), "follow_up": (50, 120), "follow_up_2": (30, 100)},
}
NEVER = re.compile(r"Suite à|suite à|revenir vers|reviendrai vers|\bCdt\b|\bBAV\b|!!|ASAP|salaire|salary|\(e\)|·e\b")
NEVER_IN_FRENCH = re.compile(r"\bMr\b|\be-?mail\b|\bMerci d’avance\b|\bprocess\b|\bfeedback\b")
PLACEHOLDER = re.compile(r"\{\{|\{%|\[[A-Za-zÀ-ÿ ]+\]|\bXXX?\b|\bTODO\b|<[a-z]+>")


def drafts(candidate: Candidate, person: Recipient, people: list[Recipient], occasion: Occasion) -> dict[str, Draft]:
    return {kind: compose(kind, candidate, person, occasion, panel=people) for kind in KINDS}


def test_the_world_covers_what_the_issue_asks_for() -> None:
    assert len(WORLD) >= 20
    occasions = [occasion for _, _, occasion in WORLD]
    people = [person for _, group, _ in WORLD for person in group]
    assert {occasion.language for occasion in occasions} == {"fr", "en"}
    assert {"FR", "CA", "BE", "CH"} <= {occasion.country for occasion in occasions if occasion.language == "fr"}
    assert {candidate.agreement for candidate, _, _ in WORLD} == {"feminine", "masculine", "neutral"}
    assert {person.register for person in people} == {"vous", "tu"}
    assert any(person.topics for person in people) and any(not person.topics for person in people)
    assert any(len(group) == 3 for _, group, _ in WORLD)
    assert any(len(occasion.company) > 60 for occasion in occasions)


@pytest.mark.parametrize(("candidate", "person", "people", "occasion"), CASES)
def test_every_message_is_clean(
    candidate: Candidate, person: Recipient, people: list[Recipient], occasion: Occasion
) -> None:
    for kind, draft in drafts(candidate, person, people, occasion).items():
        assert not PLACEHOLDER.search(draft.body), (kind, draft.body)
        assert not NEVER.search(draft.body), (kind, draft.body)
        assert "  " not in draft.body and " \n" not in draft.body and "\n\n\n" not in draft.body, (kind, draft.body)
        assert "\n" not in draft.subject and len(draft.subject) <= 78
        assert draft.body.startswith(
            ("Bonjour ", "Madame,", "Monsieur,", "Chère ", "Cher ", "Madame ", "Monsieur ", "Dear ", "Hi ")
        )
        if occasion.language == "fr":
            assert not NEVER_IN_FRENCH.search(draft.body), (kind, draft.body)
            if occasion.country in ("FR", "CA"):
                assert "Bien à vous" not in draft.body
            if occasion.country == "CA":
                assert "entretien" not in draft.body
            prose = draft.body.replace(person.name, "").replace(candidate.name, "")
            assert "'" not in prose, (kind, draft.body)
        else:
            assert "\u202f" not in draft.body and "\u00a0" not in draft.body


def has_detail(candidate: Candidate, person: Recipient, occasion: Occasion, body: str = "") -> bool:
    """Whether the input gives the message anything of its own: a topic, or a proof point it
    shows (a proof a colleague's thank-you shows is never repeated: the note is then shorter)."""
    proof, _ = choose_proofs(candidate.proof_points, occasion.contribution, person.topics, occasion.language)
    if body:
        return bool(person.topics) or any(point[4:24] in body for point in candidate.proof_points)
    return bool(person.topics or proof.sentence)


@pytest.mark.parametrize(("candidate", "person", "people", "occasion"), CASES)
@pytest.mark.parametrize("formal", [False, True], ids=["cordial", "formal"])
def test_lengths_are_in_range(
    candidate: Candidate, person: Recipient, people: list[Recipient], occasion: Occasion, formal: bool
) -> None:
    for kind, (low, high) in WORD_RANGES[occasion.language].items():
        draft = compose(kind, candidate, person, occasion, panel=people, formal_closing=formal)
        if kind == "thank_you" and not has_detail(candidate, person, occasion, draft.body):
            # Nothing of the person's and no proof point: an honest, shorter note (issue 15),
            # never under CRAFT R06's floor of 40 words.
            low = 40
        draft = compose(kind, candidate, person, occasion, panel=people, formal_closing=formal)
        assert low <= word_count(draft.body) <= high, (kind, word_count(draft.body), draft.body)
    assert linkedin_length(compose("linkedin", candidate, person, occasion, panel=people).body) <= 200


_PROMISE_WORDS = re.compile(r"recontacter|follow up on|plan to follow up")
_RELATIVE = {
    "fr": ("ce matin", "cet après-midi", "aujourd’hui", "hier"),
    "en": ("this morning", "this afternoon", "today", "yesterday"),
}


@pytest.mark.parametrize(("candidate", "person", "people", "occasion"), CASES)
def test_only_the_main_contact_is_promised_a_follow_up_and_dates_are_right(
    candidate: Candidate, person: Recipient, people: list[Recipient], occasion: Occasion
) -> None:
    assert occasion.promise_date is not None
    assert sum(member.main_contact for member in people) == 1
    messages = drafts(candidate, person, people, occasion)
    promise = date_in_words(occasion.promise_date, occasion.language, occasion.country)
    interview = date_in_words(occasion.interview_date, occasion.language, occasion.country)
    thank_you = messages["thank_you"].body
    if person.main_contact:
        assert promise in thank_you
        if occasion.decision_by is not None:
            assert date_in_words(occasion.decision_by, occasion.language, occasion.country) in thank_you
    else:
        assert promise not in thank_you and not _PROMISE_WORDS.search(thank_you), thank_you
    if occasion.sent_on is not None and (occasion.sent_on - occasion.interview_date).days in (0, 1):
        # Sent the same day or the next: "ce matin", "hier" (CRAFT R24), never the day's own date.
        assert any(word in thank_you for word in _RELATIVE[occasion.language]), thank_you
        assert interview not in thank_you
    else:
        assert interview in thank_you
    assert interview in messages["follow_up"].body
    assert interview in messages["follow_up_2"].body


@pytest.mark.parametrize(("candidate", "person", "people", "occasion"), CASES)
def test_every_message_is_specific_to_the_person_or_the_interview(
    candidate: Candidate, person: Recipient, people: list[Recipient], occasion: Occasion
) -> None:
    role = role_in_sentence(occasion.role, occasion.language).replace("'", "’")
    for kind, draft in drafts(candidate, person, people, occasion).items():
        assert role in draft.body.replace("'", "’") or occasion.company in draft.body, kind
    topics = details(person.topics)  # perks and the hiring process are never recalled (CRAFT R08, R02)
    if topics:
        # One of the person's topics: of two, the one the proof answers (round 24).
        thank_you = compose("thank_you", candidate, person, occasion, panel=people).body
        said = [[word for word in re.split(r"[\s'’]+", topic) if len(word) > 3][:2] for topic in topics]
        assert any(all(word in thank_you for word in words) for words in said), thank_you


@pytest.mark.parametrize(
    ("candidate", "people", "occasion"),
    [
        pytest.param(candidate, people, occasion, id=str(index))
        for index, (candidate, people, occasion) in enumerate(WORLD, 1)
        if len(people) > 1
    ],
)
def test_panel_messages_are_not_near_duplicates(
    candidate: Candidate, people: list[Recipient], occasion: Occasion
) -> None:
    for kind in KINDS:
        # Follow-ups go to the main contact only: one per panel, nothing to compare.
        recipients = [person for person in people if person.main_contact or kind in ("thank_you", "linkedin")]
        bodies = [compose(kind, candidate, person, occasion, panel=people).body for person in recipients]
        for first, second in combinations(bodies, 2):
            assert SequenceMatcher(None, first, second).ratio() < 0.85, (kind, first, second)


# -- the craft suite (issue 15): every message a recruiter would grade A -----------------------

# Findings a message may carry and why: a candidate with no proof point gets LI021 (the page and
# ``draft`` ask for one; nothing is invented in its place).
ALLOWED_WITHOUT_PROOF = {"LI021"}


def lint_context(
    kind: str, candidate: Candidate, person: Recipient, people: list[Recipient], occasion: Occasion
) -> LintContext:
    """The context ``outbox.drafting.lint_context`` builds for a stored message of this panel."""
    panel = [other for other in people if other.id != person.id and kind in ("thank_you", "linkedin")]
    known = [topic for member in people for topic in member.topics] + [occasion.contribution]
    return LintContext(
        kind=kind, language=occasion.language, recipient=person, candidate=candidate, occasion=occasion,
        other_names=tuple(other.name for other in people if other.id != person.id),
        siblings=tuple(compose(kind, candidate, other, occasion, panel=people) for other in panel),
        known_details=tuple(detail for detail in known if detail), proof_points=candidate.proof_points,
    )  # fmt: skip


@pytest.mark.parametrize(("candidate", "person", "people", "occasion"), CASES)
def test_every_message_lints_clean_spelling_included(
    candidate: Candidate, person: Recipient, people: list[Recipient], occasion: Occasion
) -> None:
    for kind in KINDS:
        if kind in ("follow_up", "follow_up_2") and not person.main_contact:
            continue  # one follow-up per panel: the main contact's
        draft = compose(kind, candidate, person, occasion, panel=people)
        findings = [
            f for f in lint(draft, lint_context(kind, candidate, person, people, occasion)) if f.severity != "info"
        ]
        allowed = ALLOWED_WITHOUT_PROOF if not candidate.proof_points else set()
        assert {f.code for f in findings} <= allowed, (kind, [(f.code, f.message) for f in findings], draft.body)


def test_the_craft_suite_covers_what_issue_15_asks_for() -> None:
    assert len(CASES) >= 40
    sizes = {len(people) for _, people, _ in WORLD}
    assert {1, 2, 3, 4, 5, 6} <= sizes
    occasions = [occasion for _, _, occasion in WORLD]
    places = {(occasion.country, occasion.subdivision) for occasion in occasions}
    assert {("FR", "57"), ("FR", "6AE"), ("FR", "974"), ("FR", "971")} <= places
    assert {"BE", "CH", "CA", "GB", "US"} <= {occasion.country for occasion in occasions}
    gaps = {(occasion.sent_on - occasion.interview_date).days for occasion in occasions if occasion.sent_on}
    assert {0, 1} <= gaps
    assert any(occasion.decision_by for occasion in occasions) and any(not o.decision_by for o in occasions)
    assert any(not candidate.proof_points for candidate, _, _ in WORLD)


# -- the sixth blind review's shapes (issue 15) --------------------------------------------------


def _case(company: str) -> tuple[Candidate, list[Recipient], Occasion]:
    return next(case for case in reversed(WORLD) if case[2].company == company)


def test_what_i_can_bring_is_a_plain_wish_in_the_thank_you_and_an_offer_in_the_follow_up() -> None:
    # Round 7 (R03, R07, R26): "I would like to bring a faster…" read as a plan that implies the
    # company's process is slow; the thank-you says the interest plainly, the follow-up offers
    # a few thoughts on it, without the comparative.
    candidate, people, occasion = _case("Chewy")
    thank_you = compose("thank_you", candidate, people[0], occasion, panel=people).body
    assert "I would very much like to join Chewy and put my experience to work there." in thank_you
    assert "faster" not in thank_you and "A/B testing program" in thank_you
    follow_up = compose("follow_up", candidate, people[0], occasion, panel=people).body
    # Round 9 (faithful "what I can bring"): the candidate's words are kept, qualifier included.
    assert "a short outline of a faster experiment review process." in follow_up


def test_a_role_with_an_inclusive_ending_is_lowered_mid_sentence() -> None:
    candidate, people, occasion = _case("Réseau GDS")
    body = compose("thank_you", candidate, people[0], occasion, panel=people).body
    assert "poste de technicien·ne méthodes" in body and "Technicien·ne méthodes" not in body


def test_the_follow_up_names_a_topic_once_and_never_pastes_the_thank_you_proof_again() -> None:
    for company in ("Réseau GDS", "Emmi", "Chewy", "HubSpot"):
        candidate, people, occasion = _case(company)
        main = next(person for person in people if person.main_contact)
        thank_you = compose("thank_you", candidate, main, occasion, panel=people).body
        follow_up = compose("follow_up", candidate, main, occasion, panel=people).body
        topics = [topic for person in people for topic in person.topics]
        for topic in topics:
            echoed = sum(point.count(topic) for point in candidate.proof_points)
            assert follow_up.count(topic) <= 1 + echoed, follow_up
        shown = [as_shown for point in candidate.proof_points if (as_shown := point.rstrip(".")[4:]) in thank_you]
        # Round 17 (R03): the reader's own proof is said again only when nothing else is left to
        # show (no other proof, nothing the candidate can bring).
        if len(candidate.proof_points) > len(shown) or occasion.contribution:
            assert not any(point in follow_up for point in shown), (thank_you, follow_up)


def test_every_panel_thank_you_shows_a_proof_or_points_back_to_it() -> None:
    # Round 9 (issue 15): never the bare "mon expérience chez Proximus." or "the results it
    # brought". Round 11: a proof a colleague's thank-you shows in full is pointed back to in a
    # few words ("notamment chez Emmi", "the redesign I ran at Spotify"), its figure not repeated.
    figure = re.compile(r"\d|moitié|half|double")
    pointer = re.compile(r"notamment (?:chez|à|au|aux) |notably (?:at|in|through) |, où j’|, where I | I [a-z]+ed\b")
    for company in ("Réseau GDS", "Emmi", "HubSpot"):
        candidate, people, occasion = _case(company)
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            detail = body.split("\n\n", 2)[2]
            assert figure.search(detail) or pointer.search(detail), body
            bare = r"mon expérience (?:chez|à|au) [^,.]+(?:\.|,(?! où))|my work at [^,.]+(?:\.|,(?! where))"
            assert not re.search(bare, body), body


def test_every_thank_you_says_plainly_that_the_candidate_wants_the_role() -> None:
    wish = re.compile(
        r"rejoindre|au service|apporter|contribuer|intérêt pour ce poste|m’intéresse vivement|"
        r"join|bring|contribute|interest in the role|put that experience to work|mettre cette expérience à profit|"
        # Rounds 136-137: what the candidate can do, they would like to do there.
        r"le faire au sein d|do so at|put that to good use at"
    )
    for candidate, people, occasion in WORLD:
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            assert wish.search(body), body
            assert not re.search(r"ainsi que sur [^,.]+ m’a", body), body


# -- the seventh blind review's shapes (issue 15, round 8) ----------------------------------------


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def _runs(body: str, size: int) -> set[tuple[str, ...]]:
    """The runs of ``size`` words of the message's paragraphs (greeting, closing and signature
    left out: they are the same for everyone on purpose)."""
    paragraphs = body.split("\n\n")[1:-1]
    words = [word for paragraph in paragraphs for word in _words(paragraph)]
    return {tuple(words[index : index + size]) for index in range(len(words) - size + 1)}


def _verb_phrase(point: str, language: str) -> str:
    """A proof point's words after its place ("At Monzo I reduced…" → "I reduced…")."""
    match = re.match(r"^(?:chez|à|au|aux|at|in) [^,]{1,60}?,? (.+)$", point, re.IGNORECASE)
    return match.group(1) if match and place_of(point, language) else point


@pytest.mark.parametrize(
    ("candidate", "people", "occasion"),
    [
        pytest.param(candidate, people, occasion, id=str(index))
        for index, (candidate, people, occasion) in enumerate(WORLD, 1)
        if len(people) > 1
    ],
)
def test_panel_thank_yous_share_no_sentence_and_no_proof_clause(
    candidate: Candidate, people: list[Recipient], occasion: Occasion
) -> None:
    # CRAFT R05 as the seventh review read it: two members comparing notes must not find the same
    # proof clause ("j’ai réduit de 30 % les ruptures de stock de 40 magasins") or the same
    # motivation sentence in both messages, even in a different frame.
    bodies = {person.name: compose("thank_you", candidate, person, occasion, panel=people).body for person in people}
    # The opening names the role and the company in every message: runs holding them are alike on purpose.
    named = set(_words(f"{role_in_sentence(occasion.role, occasion.language)} {occasion.role} {occasion.company}"))
    # Not yet: a panel with more people than proof points shares one; a proof that names its
    # place is then named by it only ("mon expérience chez Leroy Merlin"), but one that names no
    # place ("J’ai ramené la clôture…") is still shown to two people in different frames.
    # Since round 9, a shared proof is the same fact reworded (place moved, figure kept): its
    # verb phrase may come twice, never its sentence; it is masked here.
    hidden = [" ".join(_words(_verb_phrase(point, occasion.language))) for point in candidate.proof_points]
    # Since round 12, someone with nothing recorded is told the interview's topics, credited to
    # their owners: a topic is a fact every message may name; the words around it may not repeat.
    topics = sorted({" ".join(_words(topic)) for person in people for topic in person.topics}, key=len, reverse=True)

    def without_hidden(body: str) -> str:
        flat = " ".join(_words(body))
        for point in hidden:
            flat = flat.replace(point[point.find(" ") + 1 :], " shownelsewhere ")  # its first word may be lowered
        for topic in topics:
            flat = flat.replace(topic, " shownelsewhere ")
        return flat

    bodies = {name: "\n\n".join([body.split("\n\n")[0], *map(without_hidden, body.split("\n\n")[1:-1]), ""])
              for name, body in bodies.items()}  # fmt: skip

    for (first, one), (second, other) in combinations(bodies.items(), 2):
        shared = {
            run for run in _runs(one, 9) & _runs(other, 9) if not named & set(run) and "shownelsewhere" not in run
        }
        assert not shared, (first, second, sorted(" ".join(run) for run in shared)[:3], one, other)


def _unperked(people: list[Recipient]) -> list[Recipient]:
    """The panel as the composer reads it: a perk topic is as if nothing were recorded (R08)."""
    return [replace(person, topics=tuple(details(person.topics))) for person in people]


def _colleagues_topic_words(person: Recipient, people: list[Recipient]) -> set[str]:
    words = {word for other in people if other.id != person.id for topic in other.topics for word in _words(topic)}
    own = {word for topic in person.topics for word in _words(topic)}
    return {word for word in words - own if len(word) > 4}


def test_nobody_is_credited_with_a_colleagues_topic() -> None:
    # CRAFT R22★ (seven of the eight C's of round 7): a person with nothing recorded is never told
    # "notre échange sur…" / "our conversation about…" a colleague's topic. Their LinkedIn note
    # names no topic at all; an e-mail that cites one names the colleague it belongs to.
    for candidate, people, occasion in WORLD:
        people = _unperked(people)
        for person in people:
            known = " ".join([occasion.role, occasion.company, *candidate.proof_points])
            foreign = _colleagues_topic_words(person, people) - set(_words(known))
            note = compose("linkedin", candidate, person, occasion, panel=people).body
            # A note to someone with nothing recorded hooks on a colleague's topic, unnamed
            # (round 12, R29: ``test_a_note_to_someone_with_nothing_recorded_names_a_topic``).
            assert not person.topics or not foreign & set(_words(note)), note
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            for other in people:
                if other.id == person.id or not other.topics:
                    continue
                said = [word for word in _words(other.topics[0]) if len(word) > 4 and word in foreign]
                if said and all(word in _words(body) for word in said):
                    first_name, surname = other.name.split()[0], other.name.split()[-1]
                    assert surname in body or first_name in body, (person.name, other.name, body)


def test_nobody_is_told_they_lead_a_team() -> None:
    # CRAFT R22★: "rejoindre ton équipe" to a chef de rayon says the role sits in their team.
    for candidate, people, occasion in WORLD:
        for person in people:
            for kind in ("thank_you", "linkedin"):
                body = compose(kind, candidate, person, occasion, panel=people).body
                assert not re.search(r"\b(?:ton|ta|votre|vos|tes) équipes?\b|\byour team\b", body), body


def test_what_i_can_bring_with_a_comparative_is_never_a_plan_or_a_criticism() -> None:
    candidate, people, occasion = _case("The Home Depot")
    thank_you = compose("thank_you", candidate, people[0], occasion, panel=people).body
    assert "clearer" not in thank_you and "speaking with me by phone" in thank_you
    assert "I would very much like to join The Home Depot" in thank_you
    follow_up = compose("follow_up", candidate, people[0], occasion, panel=people).body
    assert "a short outline of a clearer refund policy for online orders." in follow_up
    assert "refund flow" not in follow_up  # the thank-you's proof is pointed back to, not pasted


def test_linkedin_notes_put_no_role_in_brackets() -> None:
    # Round 19 (verdicts §3): "(poste de responsable amélioration continue)" gives a French note's
    # context in few characters; nothing else goes in brackets (round 7: a title, a company).
    for candidate, people, occasion in WORLD:
        for person in people:
            note = compose("linkedin", candidate, person, occasion, panel=people).body
            assert "(" not in re.sub(r"\((?:poste|position) [^()]+\)", "", note), note


def test_follow_ups_attach_the_new_proof_to_its_topic() -> None:
    # "J’ajoute que…" / "I would add that…" read as pasted (round 7).
    for candidate, people, occasion in WORLD:
        main = next(person for person in people if person.main_contact)
        body = compose("follow_up", candidate, main, occasion, panel=people).body
        assert "J’ajoute que" not in body and "I would add that" not in body, body


# -- the eighth blind review's shapes (issue 15, round 9) -----------------------------------------

PANELS = [
    pytest.param(candidate, people, occasion, id=str(index))
    for index, (candidate, people, occasion) in enumerate(WORLD, 1)
    if len(people) > 1
]


def _named(occasion: Occasion) -> set[str]:
    """Words a panel's messages share on purpose: the role, the company, the interview's date."""
    day = date_in_words(occasion.interview_date, occasion.language, occasion.country, weekday=False)
    return set(_words(f"{role_in_sentence(occasion.role, occasion.language)} {occasion.role} {occasion.company} {day}"))


@pytest.mark.parametrize(("candidate", "people", "occasion"), PANELS)
def test_the_follow_up_repeats_no_sentence_of_another_members_thank_you(
    candidate: Candidate, people: list[Recipient], occasion: Occasion
) -> None:
    # Round 8: the main contact's follow-up re-pasted the proof clause of a colleague's
    # thank-you ("j’ai conduit 18 audits fournisseurs…"): panel members compare notes.
    main = next(person for person in people if person.main_contact)
    follow_up = compose("follow_up", candidate, main, occasion, panel=people).body
    named = _named(occasion)
    # Not yet: when every proof point is shown in a colleague's thank-you and names no place to
    # point back to ("J’ai ramené la clôture…"), the follow-up still says it again (else it
    # would assert its interest with nothing shown, LI021).
    usable = [point for point in candidate.proof_points if language_of(point) in ("", occasion.language)]
    if all(not place_of(point, occasion.language) for point in usable) and len(usable) < len(people):
        return
    # Round 17 (R03): the follow-up restates one proof point with its figure, even one a
    # colleague's thank-you showed; nothing else of that thank-you is said again.
    # A run that is the proof with one word of the sentence before it ("…was particularly useful.
    # I cut the average…", "…may be useful: I cut the average…") repeats the proof, not a sentence.
    points = {
        tuple(words[index : index + 8])
        for point in candidate.proof_points
        for words in [_words(owned(point, occasion.language))]
        for index in range(len(words) - 7)
    }
    # Round 19: a colleague's topic, credited, is a fact any message may name (the thank-you of
    # someone with nothing recorded and the main contact's follow-up may both recall it).
    topics = [topic for other in people for topic in other.topics]

    def untopical(body: str) -> str:
        for topic in topics:
            body = body.replace(topic, " shownelsewhere ")
        return body

    for person in people:
        if person.id == main.id:
            continue
        thank_you = compose("thank_you", candidate, person, occasion, panel=people).body
        shared = {
            run
            for run in _runs(untopical(follow_up), 9) & _runs(untopical(thank_you), 9)
            if not named & set(run) and "shownelsewhere" not in run and run[1:] not in points and run[:-1] not in points
        }
        assert not shared, (person.name, sorted(" ".join(run) for run in shared)[:3], follow_up, thank_you)


@pytest.mark.parametrize(("candidate", "people", "occasion"), PANELS)
def test_panel_linkedin_notes_share_no_phrase(
    candidate: Candidate, people: list[Recipient], occasion: Occasion
) -> None:
    # Round 8: "I was glad to meet your colleagues" / "It was good to meet your colleagues as well".
    people = _unperked(people)
    named = _named(occasion)

    def runs(note: str) -> set[tuple[str, ...]]:
        # The greeting and the closing sentence (a short formula) left out; a run says something
        # when three of its four words do ("good to meet your", not "au sujet du poste").
        text = note.split("\n", 1)[1]
        text = re.sub(r"[^.]+\.\s*$", "", text.strip()) or text
        words = _words(text)
        found = (tuple(words[index : index + 4]) for index in range(len(words) - 3))
        return {run for run in found if sum(len(word) > 3 for word in run if word not in _FORMULA) >= 3}

    notes = {person.name: compose("linkedin", candidate, person, occasion, panel=people).body for person in people}
    silent = {person.name for person in people if not person.topics}
    # A note to someone with nothing recorded names a colleague's topic: when there are more such
    # people than topics, two notes may name the same one (never in the same words around it).
    topics = {word for person in people for topic in person.topics for word in _words(topic)}
    for (first, one), (second, other) in combinations(notes.items(), 2):
        shared = {run for run in runs(one) & runs(other) if not named & set(run)}
        if {first, second} & silent:
            # The credited topic itself ("… with Hannah Wright about the checkout redesign").
            shared = {run for run in shared if not set(run) <= topics | {"about", "sur", "of"}}
        assert not shared, (first, second, sorted(" ".join(run) for run in shared), one, other)


# The words every note's opening formula uses ("Merci pour notre échange du…").
_FORMULA = frozenset(["merci", "pour", "notre", "échange", "entretien", "thank", "your", "with"])

ASSERTED_FIT = re.compile(
    r"rejoint directement|builds directly on|would be relevant|directement utiles|"
    r"d’autant plus que|I would welcome the chance|au service d",
    re.IGNORECASE,
)


def test_no_message_claims_fit_instead_of_showing_it() -> None:
    # CRAFT R03 (round 8): a proof named by its place is what the candidate would bring, never
    # "ce poste rejoint directement mon expérience chez…" or "builds directly on my work at…".
    for candidate, people, occasion in WORLD:
        for person in people:
            for kind in ("thank_you", "follow_up"):
                body = compose(kind, candidate, person, occasion, panel=people).body
                assert not ASSERTED_FIT.search(body), (kind, body)


def test_the_decision_date_is_never_put_in_the_contacts_mouth() -> None:
    # The input gives "the recruiter's decision date", never who said it (round 8).
    for candidate, people, occasion in WORLD:
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            assert not re.search(r"m’avez indiqué|m’as indiqué|You mentioned|you told me", body), body


def test_what_i_can_bring_keeps_the_candidates_words() -> None:
    # "une meilleure planification des tournées" lost "meilleure" in round 8's follow-up.
    for candidate, people, occasion in WORLD:
        contribution = occasion.contribution.strip().rstrip(".")
        if not contribution or contribution.split()[0].lower() in ("je", "j’ai", "i"):
            continue
        main = next(person for person in people if person.main_contact)
        body = " ".join(compose("follow_up", candidate, main, occasion, panel=people).body.split())
        tail = contribution.split(" ", 1)[1] if " " in contribution else contribution
        assert tail in body, (contribution, body)


# -- the tenth blind review's shapes (issue 15) --------------------------------------------------


def test_a_linkedin_note_names_the_topic_recorded_with_that_person() -> None:
    # Round 10 (R29): a note too long with the hook in every wording dropped it ("Ravie d’avoir
    # échangé avec vous… chez Décathlon"); the plainest frame keeps it.
    for candidate, people, occasion in WORLD:
        for person in people:
            topics = details(person.topics)  # perks and the hiring process are never recalled (CRAFT R08, R02)
            # Working time beside another subject stays in the notes (round 131).
            topics = [topic for topic in topics if not is_schedule(topic)] or topics
            if not topics:
                continue
            note = compose("linkedin", candidate, person, occasion, panel=people).body
            said = [word for word in _words(topics[0]) if len(word) > 3]
            assert not said or said[0] in _words(note), (topics[0], note)


def test_no_title_line_gives_a_non_sequitur_for_a_reason() -> None:
    # Round 10: "Ton regard … sur le poste m’a été précieux, car c’est un volet que je connais bien".
    for candidate, people, occasion in WORLD:
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            assert "un volet que je connais" not in body and "and it is an area I know well" not in body, body


def test_a_follow_up_offers_what_the_candidate_can_bring_as_what_it_is() -> None:
    # Round 10 (R26): "mes idées pour une méthode… testée sur le terrain", "a few thoughts on an
    # accessibility checklist"; and never the vague "anything else you need".
    for candidate, people, occasion in WORLD:
        main = next(person for person in people if person.main_contact)
        body = compose("follow_up", candidate, main, occasion, panel=people).body
        assert not re.search(r"mes idées pour (?:un|une|des|le|la|les|l’)\b", body), body
        assert not re.search(r"a few thoughts on (?:a|an|the|some|my)\b", body), body
        assert "anything else you need" not in body, body


# -- the eleventh blind review's shapes (issue 15) ------------------------------------------------

_SHARED_PROOF_PANELS = [
    # One proof point for a panel of three: each colleague's message after the first points back to it.
    (
        Candidate("Amelia Hughes", "a.h@example.co.uk", "+44 7700 900654", "", "feminine",
                  ("At Tesco I cut food waste in 80 stores by 15% with a markdown pricing pilot.",)),
        [Recipient(1, "James Wright", "j.w@example.co.uk", "Head of Sustainability", "monsieur", "vous", ("food waste",)),
         Recipient(2, "Owen Price", "o.p@example.co.uk", "Category Manager", "monsieur", "vous", ("supplier terms",)),
         Recipient(3, "Priya Desai", "p.d@example.co.uk", "Talent Partner", "madame", "vous", ())],
        Occasion("Waitrose", "Sustainability Manager", "en", "GB", date(2027, 7, 13), subdivision="ENG"),
    ),
    (
        Candidate("Pieter Claes", "p.c@example.be", "+32 478 12 98 76", "", "masculine",
                  ("Chez Colruyt, j’ai déployé les caisses libre-service dans 25 magasins en huit mois.",)),
        [Recipient(4, "Sofie Maes", "s.m@example.be", "Directrice des opérations", "madame", "vous",
                   ("les caisses libre-service",)),
         Recipient(5, "Luc Peeters", "l.p@example.be", "Responsable magasin", "monsieur", "tu", ("les horaires d’ouverture",)),
         Recipient(6, "An Wouters", "a.w@example.be", "Chargée de recrutement", "madame", "vous", ())],
        Occasion("Delhaize", "Chef de projet retail", "fr", "BE", date(2027, 9, 28), decision_by=date(2027, 10, 8)),
    ),
    (
        Candidate("Chris Taylor", "c.t@example.com", "+1 646 555 0155", "", "neutral",
                  ("At Spotify I ran the onboarding redesign that raised 30-day retention by 6 points.",
                   "I wrote the team's research playbook, now used by 40 designers.")),
        [Recipient(10, "Morgan Lee", "m.l@example.com", "Head of Design", "none", "vous", ("onboarding",)),
         Recipient(11, "Ethan Brooks", "e.b@example.com", "Product Manager", "monsieur", "tu", ("research practice",)),
         Recipient(12, "Nina Patel", "n.p@example.com", "Recruiting Coordinator", "madame", "vous", ())],
        Occasion("Duolingo", "Senior Product Designer", "en", "US", date(2027, 3, 9), subdivision="NY",
                 decision_by=date(2027, 3, 19)),
    ),
]  # fmt: skip


def _shared_panel(index: int) -> tuple[Candidate, list[Recipient], Occasion]:
    candidate, people, occasion = _SHARED_PROOF_PANELS[index]
    return candidate, with_main_contact(people), planned(occasion)


def _proof_words(point: str) -> set[str]:
    return {word for word in _words(point) if len(word) > 2 or word.isdigit()}


@pytest.mark.parametrize("index", range(len(_SHARED_PROOF_PANELS)))
def test_a_proof_shown_to_a_colleague_is_pointed_back_to_not_pasted(index: int) -> None:
    # Round 11 (R05): Priya's and Nina's thank-yous pasted the proof sentence James's and Morgan's
    # showed ("I cut food waste in 80 stores by 15% with a markdown pricing pilot at Tesco"),
    # reordered. The second use is a short reference: never the whole proof again, and it
    # shares under 60 % of the proof's words (its topic's words aside). Round 19 (CRAFT R03): the
    # first reference keeps its figure ("…utilisée par 150 000 clients"); the figures of a proof
    # are all given again by one reference at most.
    candidate, people, occasion = _shared_panel(index)
    bodies = [compose("thank_you", candidate, person, occasion, panel=people).body for person in people]
    for point in candidate.proof_points:
        figures = re.findall(r"\d+", point)
        showing = [body for body in bodies if all(figure in body for figure in figures)]
        assert len(showing) <= 2, (point, showing)
        pasted = [
            body
            for body in bodies
            if " ".join(_words(_verb_phrase(point, occasion.language))) in " ".join(_words(body))
        ]
        assert len(pasted) <= 2, (point, pasted)
        if len(showing) == 2:
            continue  # the one reference with its figure may say most of the proof's words
        words = _proof_words(point)
        for body, person in zip(bodies, people, strict=True):
            if body in showing:
                continue
            detail = set(_words(body.split("\n\n")[2]))
            topical = {word for other in people for topic in other.topics for word in _words(topic)}
            if not words & detail - topical:
                continue  # not this proof
            share = len(words & detail - topical) / len(words - topical)
            assert share < 0.6, (person.name, point, round(share, 2), body)


def test_a_proof_about_the_team_is_the_candidates_team() -> None:
    # Round 11: "I wrote the team's research playbook" read as Duolingo's team.
    candidate, people, occasion = _shared_panel(2)
    for person in people:
        for kind in ("thank_you", "follow_up", "linkedin"):
            body = compose(kind, candidate, person, occasion, panel=people).body
            assert "the team's" not in body and "the team’s" not in body, body
    ethan = compose("thank_you", candidate, people[1], occasion, panel=people).body
    assert "my team's research playbook" in ethan, ethan


_CONNECTORS = re.compile(
    r"one of these subjects is close|a subject close to my own work:|c’est un domaine que je connais|"
    r"grâce aux échanges avec|thanks to the conversations? with"
)


def _main_contact_panels() -> list[tuple[Candidate, list[Recipient], Occasion]]:
    shared = [_shared_panel(index) for index in range(len(_SHARED_PROOF_PANELS))]
    return [
        (candidate, people, occasion)
        for candidate, people, occasion in [*WORLD, *shared]
        if any(person.main_contact and not person.topics for person in people)
        and sum(bool(person.topics) for person in people) >= 2
    ]


def test_the_main_contact_with_nothing_recorded_credits_each_topic_then_ties_the_proof_to_one() -> None:
    # Round 11 (R19, R22): Nina Patel's and Nadia Rochat's thank-yous strung the colleagues' topics
    # and the proof in one long sentence ("one of these subjects is close to my own work: …",
    # "c’est un domaine que je connais bien" pointing to the wrong topic) and thanked Ms Patel
    # "for telling me more about the position" when nothing was recorded about her.
    panels = _main_contact_panels()
    assert len(panels) >= 4
    for candidate, people, occasion in panels:
        main = next(person for person in people if person.main_contact)
        body = compose("thank_you", candidate, main, occasion, panel=people).body
        assert not _CONNECTORS.search(body), body
        assert "telling me more" not in body, body
        detail = re.sub(r"\b(M|Mr|Ms|Mrs|Dr)\. ", r"\1~", body.split("\n\n")[2])  # not a sentence end
        sentences = [sentence for sentence in re.split(r"(?<=[.!?])\s+", detail) if sentence]
        assert all(len(_words(sentence)) <= 40 for sentence in sentences), body
        # After the sentence crediting each colleague, the proof names at most one of their topics.
        topics = [other.topics[0] for other in people if other.topics]
        for sentence in sentences[1:]:
            named = [topic for topic in topics if {w for w in _words(topic) if len(w) > 3} <= set(_words(sentence))]
            assert len(named) <= 1, (named, body)


def _credits(text: str, colleague: Recipient) -> bool:
    """Whether a note names ``colleague`` with what they discussed ("avec M. Muller sur…",
    "with Alison Reid about…", "… with Duncan Ross")."""
    names = "|".join(re.escape(part) for part in colleague.name.split())
    return bool(re.search(rf"(?:avec|with) (?:\S+ )?(?:{names})\b", text))


def test_a_linkedin_note_hooks_on_its_reader_never_on_a_colleague() -> None:
    # Round 11 (R29): "Ravie d’avoir rencontré M. Perrin." was the only hook of a note to Mme Faure.
    # A note to someone with nothing recorded hooks on the interview itself (the role, the
    # company, the exchange with them), never on another person of the panel.
    shared = [_shared_panel(index) for index in range(len(_SHARED_PROOF_PANELS))]
    checked = 0
    for candidate, people, occasion in [*WORLD, *shared]:
        if len(people) < 2:
            continue
        people = _unperked(people)
        for person in people:
            note = compose("linkedin", candidate, person, occasion, panel=people).body
            text = note.split("\n", 1)[1]
            for other in people:
                if other.id != person.id and other.name.split()[-1] in text:
                    # Lead obs 18 item 5: a colleague is named only with the topic they discussed
                    # ("l’échange avec M. Hoarau sur la ponctualité des vols"), never as the hook.
                    assert not person.topics and _credits(text, other), (person.name, note)
            assert not re.search(r"\b(?:vos|tes) collègues\b|\byour colleagues\b", text), note
            checked += not person.topics
    assert checked >= 10


_MONTHS = frozenset(
    [
        "janvier",
        "février",
        "avril",
        "juillet",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "january",
        "february",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def test_no_sentence_or_note_says_a_word_twice() -> None:
    # Round 11 (polish): "caisses libre-service" twice in one sentence, "le poste… Le poste",
    # "I would be glad" twice in one follow-up, "si besoin" (telegraphic).
    for candidate, people, occasion in WORLD:
        fixed = set(_words(f"{occasion.role} {occasion.company}")) | {w for p in people for w in _words(p.name)}
        for person in people:
            for kind in ("thank_you", "follow_up", "linkedin"):
                if kind == "follow_up" and not person.main_contact:
                    continue
                body = compose(kind, candidate, person, occasion, panel=people).body
                assert "si besoin" not in body and "dès le départ" not in body, body
                assert body.count("I would be glad") <= 1 and body.count("Le poste") <= 1, body
                text = body.split("\n", 1)[1] if kind == "linkedin" else " ".join(body.split("\n\n")[1:-1])
                text = re.sub(r"\b(M|Mr|Ms|Mrs|Dr|Mme)\. ", r"\1~", text)
                units = [text] if kind == "linkedin" else re.split(r"(?<=[.!?])\s+", text)
                for unit in units:
                    words = [w for w in _words(unit) if len(w) > 5 and w not in fixed and w not in _MONTHS]
                    # A word the candidate's own proof point says twice is theirs to keep.
                    theirs = {
                        w for point in candidate.proof_points for w in _words(point) if _words(point).count(w) > 1
                    }
                    twice = {w for w in words if words.count(w) > 1} - theirs
                    assert not twice, (kind, person.name, twice, unit)


# -- the twelfth blind review's shapes (issue 15, round 12) ---------------------------------------


def test_a_note_to_someone_with_nothing_recorded_names_a_topic_of_the_interview() -> None:
    # Round 12 (R29, 8 notes graded B): "Merci encore pour notre échange du 24 mars, à propos du
    # poste…", "Following our … interview on May 25, I would like to stay connected." had no hook.
    # A note to someone with nothing recorded names one of the interview's topics, never the
    # colleague it was discussed with; two such people of a panel never share a wording.
    # Lead obs 18 items 1 and 5: the topic is credited to the colleague who discussed it ("la
    # discussion avec M. Muller sur…"), one silent person per topic; past that, or when the
    # credited note would not fit, the note thanks the person for the interview, with the role.
    checked = 0
    for candidate, people, occasion in WORLD:
        people = _unperked(people)
        pool = [topic for person in people for topic in person.topics]
        silent = [person for person in people if not person.topics]
        if not pool or not silent:
            continue
        notes = []
        for person in silent:
            note = compose("linkedin", candidate, person, occasion, panel=people).body
            text = note.split("\n", 1)[1]
            role_words = set(_words(occasion.role))
            said = [
                topic for topic in pool
                if next((w for w in _words(topic) if len(w) > 3 and w not in role_words), "-") in _words(text)
            ]  # fmt: skip
            owners = [other for other in people if set(other.topics) & set(said)]
            assert not said or any(_credits(text, owner) for owner in owners), note
            assert said or _words(occasion.role)[0] in _words(text), note
            notes.append(text)
            checked += 1
        for one_note, other_note in combinations(notes, 2):
            assert one_note.split(" ")[:4] != other_note.split(" ")[:4], (one_note, other_note)
    assert checked >= 10


_ASSERTED_FIT_12 = re.compile(
    r"utile rapidement|me servirait directement|matches what I do well|close to what I have already achieved|"
    r"useful in the role quickly|one of these|l’un de ces sujets|c’est des |\bthe claims triage\b(?! model)"
)


def test_a_proof_answers_a_topic_or_is_stated_plainly_never_claimed_as_a_fit() -> None:
    # Round 12 (R03, 7 thank-yous graded B): "Je pense pouvoir être utile rapidement à ce poste,
    # puisque <an unrelated result>", "The role matches what I do well, since…", "as I have
    # worked on one of these myself", "c’est des sujets", "our conversation about the claims
    # triage" (a topic typed without an article).
    for candidate, people, occasion in WORLD:
        for person in people:
            for kind in ("thank_you", "follow_up", "linkedin"):
                body = compose(kind, candidate, person, occasion, panel=people).body
                assert not _ASSERTED_FIT_12.search(body), (kind, body)


def test_a_panel_member_with_nothing_recorded_is_told_a_topic_credited_to_its_owner() -> None:
    # Round 12 (R02, R05): "Votre regard de directrice financière sur le poste m’a été précieux"
    # word for word across a panel, the title swapped. When a colleague has a topic, the
    # thank-you of someone with nothing recorded names one, with who it was discussed with.
    checked = 0
    for candidate, people, occasion in WORLD:
        if not any(person.topics for person in people):
            continue
        for person in people:
            if person.topics or len(people) < 2:
                continue
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            assert "Votre regard" not in body and "Ton regard" not in body and "perspective as" not in body, body
            owners = [other for other in people if other.topics and other.id != person.id]
            assert any(other.name.split()[0] in body or other.name.split()[-1] in body for other in owners), body
            checked += 1
    assert checked >= 10


def test_a_role_typed_in_sentence_case_in_english_is_lower_case_in_french() -> None:
    # Round 12 (lead_notes 2): "le poste de Lead data analyst" → "lead data analyst".
    candidate, people, occasion = next(case for case in WORLD if case[2].company == "Getaround")
    for person in people:
        for kind in ("thank_you", "linkedin"):
            body = compose(kind, candidate, person, occasion, panel=people).body
            assert "Lead data analyst" not in body and "lead data analyst" in body, body


def test_i_know_this_job_from_the_inside_only_when_a_proof_names_the_job() -> None:
    # Round 12 (lead_notes 6): "Ton regard de data engineer…, d’autant que je connais ce métier de
    # l’intérieur : j’ai recruté et encadré une équipe de cinq data analysts".
    for candidate, people, occasion in WORLD:
        for person in people:
            body = compose("thank_you", candidate, person, occasion, panel=people).body
            if "de l’intérieur" in body or "from the inside" in body:
                title = person.title.casefold().split(",")[0]
                assert any(title in point.casefold() for point in candidate.proof_points), body


@pytest.mark.parametrize(
    ("contribution", "language", "said"),
    [
        ("the plan to move the rules engine to streaming features", "en",
         "a short outline of the plan to move the rules engine to streaming features"),
        ("better tests for the pricing service", "en",
         "a short outline of what I have in mind: better tests for the pricing service"),
        ("Une feuille de route de migration en trois vagues", "fr",
         "présenter en quelques lignes une feuille de route de migration en trois vagues"),
        ("plus de rigueur dans les revues de code", "fr",
         "ce que j’envisage : plus de rigueur dans les revues de code"),
    ],
)  # fmt: skip
def test_what_i_can_bring_follows_a_colon_whatever_its_shape(contribution: str, language: str, said: str) -> None:
    # Round 12 (R19): "the plan to move the rules engine to streaming features I could bring"
    # hung the clause on "features". Round 14: a noun phrase with its determiner is offered
    # directly ("présenter en quelques lignes un plan…"), anything else after a colon.
    candidate, people, occasion = WORLD[0]
    occasion = replace(occasion, language=language, contribution=contribution)
    # A short proof, so that the follow-up has room for the offer within its 120 words (CRAFT
    # R27: past them, the offer is the first thing it leaves out).
    candidate = replace(
        candidate, proof_points=("J’ai migré 40 bases vers PostgreSQL.", "I moved 40 databases to PostgreSQL.")
    )
    main = next(person for person in people if person.main_contact)
    body = " ".join(compose("follow_up", candidate, main, occasion, panel=people).body.split())
    assert said in body.replace("\u00a0", " "), body
    assert "I could bring." not in body and "que je pourrais apporter." not in body, body


@pytest.mark.parametrize(
    ("proof", "language", "said"),
    [
        ("I wrote the team's research playbook.", "en", "I wrote my team's research playbook."),
        ("I joined the team in 2020 and led its migration.", "en", "I joined the team in 2020 and led its migration."),
        ("Our team shipped the app in six weeks.", "en", "Our team shipped the app in six weeks."),
        ("J’ai rejoint l’équipe data en 2021.", "fr", "J’ai rejoint l’équipe data en 2021."),
        ("J’ai rédigé le guide de l’équipe, repris par 40 personnes.", "fr",
         "J’ai rédigé le guide de mon équipe, repris par 40 personnes."),
        ("J’ai animé l’équipe de nuit.", "fr", "J’ai animé l’équipe de nuit."),
    ],
)  # fmt: skip
def test_only_a_possessive_team_becomes_the_candidates(proof: str, language: str, said: str) -> None:
    # Round 12 (item 7): "J’ai rejoint l’équipe data" became "J’ai rejoint mon équipe data".
    assert owned(proof, language) == said


def test_no_paragraph_says_poste_three_times_nor_poste_twice_in_a_short_follow_up() -> None:
    # Round 12 (lead_notes 7): "Votre regard de CEO sur le poste m’a été précieux. Dans ce poste,
    # je m’appuierais…", "au sujet du poste … Mon intérêt pour ce poste reste intact".
    for candidate, people, occasion in WORLD:
        if occasion.language != "fr":
            continue
        for person in people:
            for kind in ("thank_you", "follow_up", "follow_up_2"):
                if kind != "thank_you" and not person.main_contact:
                    continue
                body = compose(kind, candidate, person, occasion, panel=people).body
                for paragraph in body.split("\n\n"):
                    count = len(re.findall(r"\bpostes?\b", paragraph))
                    assert count <= (1 if kind == "follow_up_2" else 2), (kind, paragraph)
