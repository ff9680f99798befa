"""``python -m lastimpression``."""

from lastimpression.cli import run

run()
