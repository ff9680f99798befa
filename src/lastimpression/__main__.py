"""``python -m lastimpression``."""

from lastimpression.cli import main

main()
