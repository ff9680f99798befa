"""Blind review 23's findings (issue 15): a recruiter with nothing recorded whose proof answered
neither topic the thank-you credited; "It was a pleasure to speak with you." in all four
thank-yous of a panel and "plaisir" twice in one French thank-you; follow-ups that pasted a bare
proof after "has stayed with me." and never restated interest."""

from __future__ import annotations

import re
from datetime import date, time

from lastimpression.core.compose import compose
from lastimpression.core.messages import Candidate, Occasion, Recipient

TYLER = Candidate(
    "Tyler Johnson", "tyler.johnson@example.com", "+1 206 555 0133", "", "masculine",
    ("At Amazon I cut delivery exceptions by 25% across 60 stations.", "I hired and trained 45 area managers.",
     "I rolled out a route-planning tool to 1,200 drivers."),
)  # fmt: skip
COSTCO = Occasion(
    "Costco", "Senior Logistics Manager", "en", "US", date(2027, 5, 25), subdivision="WA", mode="video",
    decision_by=date(2027, 6, 4), promise_date=date(2027, 6, 8), start_time=time(9, 0), sent_on=date(2027, 5, 25),
)  # fmt: skip
PANEL = (
    Recipient(15, "Ashley Nguyen", "a@example.com", "Director of Last Mile", "madame", "vous", ("delivery exceptions",)),
    Recipient(16, "Brian Walker", "b@example.com", "Regional Ops Manager", "monsieur", "vous", ("hiring for peak",)),
    Recipient(17, "Megan Price", "m@example.com", "Recruiter", "madame", "vous", (), main_contact=True),
    Recipient(18, "Carlos Diaz", "c@example.com", "Fleet Manager", "monsieur", "vous", ("route planning",)),
)  # fmt: skip
CAMILLE = Candidate(
    "Camille Lefèvre", "c.lefevre@example.org", "+33 6 10 20 30 40", "", "neutral",
    ("Chez Doctolib, j’ai conduit des entretiens avec 80 médecins pour repenser la prise de rendez-vous.",
     "J’ai conçu un parcours d’inscription qui a fait passer le taux de conversion de 18 % à 31 %."),
)  # fmt: skip
QARE = Occasion(
    "Qare", "Product Designer", "fr", "FR", date(2027, 1, 12), decision_by=date(2027, 1, 22),
    promise_date=date(2027, 1, 26), start_time=time(11, 0), sent_on=date(2027, 1, 12),
)  # fmt: skip
QARE_PANEL = (
    Recipient(1, "Claire Dubois", "c@example.org", "Head of Product", "madame", "vous", ("la prise de rendez-vous en ligne",)),
    Recipient(2, "Romain Petit", "r@example.org", "Lead designer", "monsieur", "vous", ("le parcours d’inscription",)),
    Recipient(3, "Inès Martin", "i@example.org", "Talent Acquisition Manager", "madame", "vous", (), main_contact=True),
)  # fmt: skip


def test_the_recruiter_s_proof_answers_a_topic_the_thank_you_credits() -> None:
    """Every proof is shown by the thank-you of the colleague whose topic it answers: the
    recruiter's thank-you credits two colleagues, and its proof answers the second (it cited
    Carlos Diaz and Brian Walker, then the delivery-exceptions result: R03, graded B)."""
    body = " ".join(compose("thank_you", TYLER, PANEL[2], COSTCO, panel=PANEL).body.split())
    credited = re.search(r"conversations with (.+?) about (.+?) and with (.+?) about (.+?)\.", body)
    assert credited, body
    topics = {credited.group(2), credited.group(4)}
    answered = {"delivery exceptions": "delivery exceptions", "hiring for peak": "45 area managers",
                "route planning": "route-planning tool"}  # fmt: skip
    assert any(answered[topic] in body for topic in topics), body


def test_no_two_thank_yous_of_a_panel_end_on_the_same_pleasure() -> None:
    for candidate, panel, occasion in ((TYLER, PANEL, COSTCO), (CAMILLE, QARE_PANEL, QARE)):
        lines = []
        for person in panel:
            body = compose("thank_you", candidate, person, occasion, panel=panel).body
            lines += re.findall(
                r"It was a pleasure to \w+ \w+ you\.|Ce fut un plaisir d[e’] ?\w+ (?:avec )?vous\.", body
            )
            assert body.count("plaisir") <= 1, body
        assert len(lines) == len(set(lines)), lines


def test_a_follow_up_bridges_its_topic_and_its_proof_and_says_it_is_still_interested() -> None:
    body = " ".join(compose("follow_up", TYLER, PANEL[2], COSTCO, panel=PANEL).body.split())
    assert re.search(r"interest|interested", body), body
    assert not re.search(r"has stayed with me\. I ", body), body
    body = " ".join(compose("follow_up", CAMILLE, QARE_PANEL[2], QARE, panel=QARE_PANEL).body.split())
    assert "m’intéresse" in body or "intérêt pour ce poste" in body, body
    assert not re.search(r"m’est restée? en tête\. J’", body), body
