"""The plain data the composer writes from and the linter checks against (pure, no Django).

The composer (``core/compose``) turns a Candidate, a Recipient and an Occasion into a Draft;
the linter (``core/lint``) checks any Draft, generated or hand-written, in a LintContext.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

KINDS = ("thank_you", "follow_up", "follow_up_2", "linkedin")
EMAIL_KINDS = ("thank_you", "follow_up", "follow_up_2")


@dataclass(frozen=True)
class Candidate:
    """The person writing: signs the messages; French agreement follows ``agreement``."""

    name: str
    email: str
    phone: str = ""
    linkedin: str = ""
    agreement: str = "neutral"  # "feminine" | "masculine" | "neutral"
    # Short sentences that show what the candidate did ("At Acme I cut the month-end close from
    # six days to two."): the composer ties one to what the person cares about (CRAFT R03).
    proof_points: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recipient:
    """A person met at the interview."""

    id: int
    name: str
    email: str = ""
    title: str = ""
    salutation: str = "none"  # "madame" | "monsieur" | "none"
    register: str = "vous"  # "vous" | "tu"
    topics: tuple[str, ...] = ()
    # The person who owns the process (core.panel): the one promised a follow-up, and the one
    # followed up with. A panel's other members are thanked without a personal promise.
    main_contact: bool = True


@dataclass(frozen=True)
class Occasion:
    """The interview a message is about, and the plan's dates.

    ``promise_date`` is the plan's follow-up date (the date the thank-you promises);
    ``country`` decides the French typography (FR, BE, CH: narrow no-break space before
    ``; ! ?``; CA: none).
    """

    company: str
    role: str
    language: str  # "fr" | "en"
    country: str
    interview_date: date
    subdivision: str = ""
    decision_by: date | None = None
    promise_date: date | None = None
    mode: str = "onsite"  # "onsite" | "video" | "phone"
    # "What I can bring" to this company, in the user's words ("" when not given).
    contribution: str = ""
    # How the company is said in a French sentence: "" = guessed (core.grammar), or the user's
    # "le", "la", "les", "l'", "none".
    company_article: str = ""
    # When the interview started, local time, and the day the message leaves (recipient's
    # calendar): a thank-you sent the same day says "ce matin", the next day "hier" (CRAFT R24).
    start_time: time | None = None
    sent_on: date | None = None


@dataclass(frozen=True)
class Draft:
    """A message: a subject (empty for LinkedIn notes) and a plain-text body."""

    kind: str
    language: str
    subject: str
    body: str


# A LinkedIn invitation note: 200 characters on a free account, 300 with Premium (PRODUCT.md §4).
LINKEDIN_FREE_LIMIT = 200
LINKEDIN_PREMIUM_LIMIT = 300


def linkedin_limit(premium: bool) -> int:
    """The longest invitation note the user's LinkedIn account takes."""
    return LINKEDIN_PREMIUM_LIMIT if premium else LINKEDIN_FREE_LIMIT


@dataclass(frozen=True)
class LintContext:
    """What the linter may compare a message with. Every field is optional: a message given
    with ``lint --file`` has only its kind and language."""

    kind: str
    language: str
    recipient: Recipient | None = None
    candidate: Candidate | None = None
    occasion: Occasion | None = None
    # Names of the other people of the interview (to catch a copy-paste from their message).
    other_names: tuple[str, ...] = ()
    # Other messages of the same kind to the same company (this round and previous ones).
    siblings: tuple[Draft, ...] = ()
    linkedin_limit: int = LINKEDIN_FREE_LIMIT
    user_words: frozenset[str] = field(default_factory=frozenset)
    # What the user recorded about this interview, beyond the recipient's own topics: the other
    # people's topics, the interview's notes and debrief, what the candidate can bring, the
    # candidate's proof points (LI018: a claimed memory must share a word with one of these).
    known_details: tuple[str, ...] = ()
    # The candidate's proof points: an achievement with its number, a project, a link (LI021,
    # LI006); the linter also reads ``candidate.proof_points``.
    proof_points: tuple[str, ...] = ()
    # How many OTHER people of the same interview also have a follow-up planned or sent (LI022).
    panel_follow_ups: int = 0
