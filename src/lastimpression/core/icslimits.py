"""How much work an `.ics` file may ask of the import, whoever sends it (the CLI, the web page).

A calendar from the wild is small: the 116 files of the test corpus are all under 15 KB, with
at most a few hundred events and lines under 400 characters. A hostile one can be small too
and still cost without end (a recurrence that never matches, components nested thousands
deep). Each bound below refuses the file with an ``IcsError`` naming the line, or, for
recurrences, imports a series at its first date with a notice (``icsfile``); none is reached
by a real calendar.

The bounds agree with one another: MAX_EVENTS events of a real Outlook export (about 1.2 KB
and 27 content lines an event, ``bench/outlook_calendar.py``: 5.9 MB and 133,000 lines for
5,000) fit within MAX_FILE_BYTES and MAX_LINES with room to spare (2.7x and 2.3x), for longer
descriptions and larger meetings. Reading costs about 20-30 microseconds and 700 bytes of memory
a content line, so MAX_LINES, not the size, bounds the worst file: 300,000 one-property lines
read in 8.5 s of CPU with a peak of 218 MB, a 16 MB file of 240,000 attendee lines in 9.7 s
and 312 MB (a loaded machine). Before MAX_LINES, the 5 MB bound let 750,000 such lines through:
14 s and 507 MB; 16 MB of them took 48 s and 1.5 GB.
"""

from __future__ import annotations

from lastimpression.phrases import Phrase, tr

# The whole file, in bytes (the web page refuses a larger upload before reading it).
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_FILE_MEGABYTES = MAX_FILE_BYTES // (1024 * 1024)
# Content lines once unfolded (what reading costs): 60 an event for MAX_EVENTS events.
MAX_LINES = 300_000
# One content line once unfolded, in bytes: a long DESCRIPTION is a few kilobytes.
MAX_LINE_BYTES = 256 * 1024
# Components inside one another: VCALENDAR > VTIMEZONE > STANDARD is 3.
MAX_DEPTH = 16
# Events in one file, the occurrences of its series included: a few years of a busy calendar.
MAX_EVENTS = 5_000
# Instances dateutil may walk for all the recurring events of one file together (one series
# is bounded by ``icsrepeat.MAX_INSTANCES``).
MAX_FILE_INSTANCES = 20_000


def too_large() -> Phrase:
    """What is wrong with a file or a paste over MAX_FILE_BYTES, said beside its field."""
    return tr("is larger than %(size)d MB", size=MAX_FILE_MEGABYTES)
