"""An invitation e-mail pasted as text (core/invitationmail.py): subject, people, day, time,
end of the range, place or video link, in French and in English; what it does not say stays
empty, and any text is read without error."""

from __future__ import annotations

import time as clock
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lastimpression.core.invitationmail import MailInvitation, read_invitation_mail

TODAY = date(2026, 12, 3)
OUTLOOK_FR = """De : Claire Martin <claire.martin@acier-lorrain.fr>
Envoyé : lundi 30 novembre 2026 09:12
À : Camille Durand <camille.durand@example.org>
Cc : Moreau, Julien <julien.moreau@acier-lorrain.fr>; rh@acier-lorrain.fr
Objet : RE: Entretien – Data engineer – Acier Lorrain

Bonjour Camille,

Je vous confirme notre entretien le jeudi 10 décembre 2026 de 14h à 15h30 dans nos locaux.
Lieu : 12 rue Serpenoise, 57000 Metz
"""
GMAIL_EN = """From: Sarah Thompson <sarah.thompson@northwind.example.com>
Date: Mon, Nov 30, 2026 at 9:12 AM
To: sam.taylor@example.com
Subject: Interview - Data Engineer - Northwind Labs

Hi Sam, shall we say Thursday, December 10 at 2:00 - 3:00 PM?
Join: https://meet.google.com/abc-defg-hij
"""


def test_a_french_outlook_e_mail_gives_everything_but_the_users_own_address() -> None:
    read = read_invitation_mail(OUTLOOK_FR, TODAY, frozenset({"camille.durand@example.org"}))
    assert read == MailInvitation(
        subject="Entretien – Data engineer – Acier Lorrain", day=date(2026, 12, 10), start=time(14, 0),
        end=time(15, 30), location="12 rue Serpenoise, 57000 Metz",
        people=(("Claire Martin", "claire.martin@acier-lorrain.fr"), ("Julien Moreau", "julien.moreau@acier-lorrain.fr"),
                ("", "rh@acier-lorrain.fr")),
    )  # fmt: skip
    assert read.minutes == 90


def test_an_english_e_mail_gives_the_afternoon_range_and_the_video_link_not_the_sending_date() -> None:
    read = read_invitation_mail(GMAIL_EN, TODAY, frozenset({"sam.taylor@example.com"}))
    assert (read.day, read.start, read.end, read.minutes) == (date(2026, 12, 10), time(14), time(15), 60)
    assert read.video_url == "https://meet.google.com/abc-defg-hij" and read.location == ""
    assert read.people == (("Sarah Thompson", "sarah.thompson@northwind.example.com"),)


@pytest.mark.parametrize(
    ("written", "day", "start"),
    [
        ("le 10/12/2026 à 9h", date(2026, 12, 10), time(9)), ("2026-12-10 10:30", date(2026, 12, 10), time(10, 30)),
        ("mardi 5 janvier à 10 h 30", date(2027, 1, 5), time(10, 30)),
        ("on 12/18/2026 at 11am", date(2026, 12, 18), time(11)), ("10 December, 2 p.m.", date(2026, 12, 10), time(14)),
        ("le 1er février 2027 à 8h45", date(2027, 2, 1), time(8, 45)),
        ("Quand : jeudi 10 décembre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Paris", date(2026, 12, 10), time(14)),
    ],
)  # fmt: skip
def test_days_and_times_as_people_write_them(written: str, day: date, start: time) -> None:
    read = read_invitation_mail(written, TODAY)
    assert (read.day, read.start) == (day, start)


def test_what_is_not_said_stays_empty() -> None:
    assert read_invitation_mail("", TODAY) == MailInvitation()
    assert not read_invitation_mail("Bonjour, à bientôt !", TODAY).found
    nothing = read_invitation_mail("Appelez-moi au 06 12 34 56 78, 31/02/2026, 25h61", TODAY)
    assert (nothing.day, nothing.start) == (None, None)


@given(st.text(max_size=2000))
def test_any_text_is_read_without_error(text: str) -> None:
    read = read_invitation_mail(text, TODAY)
    assert all("@" in address for _, address in read.people)
    assert read.minutes is None or read.minutes > 0


@pytest.mark.parametrize(
    "hostile",
    ["To: " + "a" * 100_000, "To: " + "<" * 100_000, "To: " + "a@" * 50_000, "1" * 200_000, "14h" * 50_000,
     "Cc: " + "x <y@z>, " * 20_000, "le 10 " * 40_000, "\n" * 200_000],
)  # fmt: skip
def test_a_hostile_text_is_read_quickly(hostile: str) -> None:
    began = clock.perf_counter()
    read_invitation_mail(hostile, TODAY)
    assert clock.perf_counter() - began < 2.0
