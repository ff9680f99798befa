"""`lint --file` on a 156-word thank-you, against an enchant check process (issue 17).

Target: the median CPU time of `python -m lastimpression lint --file merci.txt --language fr`
at most 1.5x that of a Python process that loads enchant's French dictionary and checks every
word of the same file, paired runs (``paired.py``). (Asking enchant for suggestions for the
unknown words as the linter does costs the anchor about 0.3 s more: not counted.) The
command reads no table and starts no Django (the lean read path): only the profile's language.

A second pair, for information (no target): the same command against an enchant process that
also asks the corrections of the one word the linter flags ("passioné"), as the linter's
finding shows them. Hunspell's French suggestions cost 60–120 ms a word, which the first
anchor does not pay; this pair shows what the linter costs beyond the dictionary's own work.

Run alone: .venv/bin/python bench/lint_file.py [--runs 15]
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from benchlib import OUT, PYTHON, child_environment
from build_home import ensure_home
from paired import line, paired

TARGET = 1.5
# 156 words, one of them misspelt ("passioné"), as a user would paste a draft.
MESSAGE = """Objet : Merci pour notre entretien – Ingénieure data

Madame Martin,

Je vous remercie pour notre entretien de jeudi et pour le temps que vous m'avez consacré. Votre
présentation de la migration vers PostgreSQL et des tests de bout en bout m'a beaucoup intéressée :
c'est exactement le type de chantier sur lequel je souhaite m'investir. Chez mon employeur actuel,
j'ai réduit de six à deux jours la clôture mensuelle en automatisant les contrôles de qualité des
données, et je serais heureuse d'apporter cette expérience à votre équipe.

Notre échange a renforcé mon intérêt pour ce poste, je suis passioné par les questions de
fiabilité des données et par la manière dont une équipe les partage au quotidien. Je reste
disponible pour tout complément d'information, ainsi que pour un nouvel échange avec les
personnes de l'équipe si cela vous semble utile.

Sauf nouvelle de votre part d'ici là, je me permettrai de revenir vers vous le vendredi 18
décembre.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Camille Durand
"""
# The anchor: enchant alone, checking the same words.
ENCHANT_CHECK = """
import re, sys
import enchant
words = re.findall(r"[^\\W\\d_]+(?:[’'-][^\\W\\d_]+)*", open(sys.argv[1], encoding="utf-8").read())
dictionary = enchant.Dict("fr_FR")
unknown = [word for word in words if not dictionary.check(word)]
print(len(words), unknown)
"""
# The anchor of the second pair: the same, and the corrections of the words the linter flags.
ENCHANT_CHECK_AND_SUGGEST = ENCHANT_CHECK + "print([dictionary.suggest(word) for word in sys.argv[2:]])\n"
FLAGGED = ("passioné",)


def main(runs: int = 15) -> dict[str, Any]:
    home, _ = ensure_home()
    env = child_environment(home)
    OUT.mkdir(parents=True, exist_ok=True)
    text = OUT / "lint-merci.txt"
    text.write_text(MESSAGE, encoding="utf-8")
    words = len(re.findall(r"\w+(?:['’-]\w+)*", MESSAGE.partition("\n\n")[2]))
    command = [PYTHON, "-m", "lastimpression", "lint", "--file", str(text), "--language", "fr"]
    anchor = [PYTHON, "-c", ENCHANT_CHECK, str(text)]
    # A finding that is an error would be exit status 1: accepted, it is still the command's work.
    result = paired(command, anchor, env, runs, ok=(0, 1))
    suggesting = paired(command, [PYTHON, "-c", ENCHANT_CHECK_AND_SUGGEST, str(text), *FLAGGED], env, runs, ok=(0, 1))
    return {
        "words": words, **result, "target": TARGET, "pass": result["ratio"]["cpu_ms"] <= TARGET,
        "suggesting": suggesting,
    }  # fmt: skip


def report(result: dict[str, Any]) -> str:
    return "\n".join([
        f"`lint --file` on a {result['words']}-word thank-you, against an enchant check process "
        f"({result['runs']} paired runs)",
        line("lint --file", "enchant check", result, TARGET),
        line("lint --file", "enchant check + the flagged word's suggestions", result["suggesting"]),
    ])  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15)
    print(report(main(parser.parse_args().runs)))
