"""The one catalogue read without Django (lastimpression.phrases): the same words as Django's
gettext gives the web UI, for the core's and the CLI's phrases."""

from __future__ import annotations

import subprocess
import sys

from django.utils import translation

from lastimpression.phrases import N_, Phrase, ntr, ptr, say, tr


def test_a_phrase_is_said_in_the_language_asked_from_the_catalogue() -> None:
    late = tr("late")
    assert late.say("en") == "late"
    assert late.say("fr") == "en retard"
    assert str(late) == "late"


def test_a_counted_phrase_takes_the_form_of_its_count_and_fills_its_values() -> None:
    one = ntr(
        "Restored: %(count)s record from %(name)s.", "Restored: %(count)s records from %(name)s.", 1, name="x.json"
    )
    many = ntr(
        "Restored: %(count)s record from %(name)s.", "Restored: %(count)s records from %(name)s.", 3, name="x.json"
    )
    assert one.say("fr") == "Restauré\u00a0: 1 enregistrement depuis x.json."
    assert many.say("fr") == "Restauré\u00a0: 3 enregistrements depuis x.json."
    assert many.say("en") == "Restored: 3 records from x.json."


def test_a_context_chooses_between_two_french_words_and_agrees_with_django() -> None:
    done = ptr("button: mark a planned action done", "Done")
    assert done.say("fr") == "Fait"
    with translation.override("fr"):
        assert translation.pgettext("button: mark a planned action done", "Done") == done.say("fr")


def test_a_value_that_is_a_phrase_is_said_in_the_same_language_and_plain_text_is_left_alone() -> None:
    outer = Phrase("%(what)s", (("what", tr("late")),))
    assert outer.say("fr") == "en retard"
    assert say("Claire Martin", "fr") == "Claire Martin"
    assert say(tr("late"), "fr") == "en retard"
    assert N_("late") == "late"


def test_a_phrase_without_values_keeps_a_literal_percent_and_an_unknown_language_gets_english() -> None:
    assert tr("50 % done").say("fr") == "50 % done"
    assert tr("late").say("de") == "late"


def test_importing_the_phrases_loads_neither_django_nor_babel() -> None:
    code = "import sys, lastimpression.phrases as p; p.tr('late').say('fr'); print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'babel')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
