"""How much work an `.ics` file may ask of the import, whoever sends it (the CLI, the web page).

A calendar from the wild is small: the 116 files of the test corpus are all under 15 KB, with
at most a few hundred events and lines under 400 characters. A hostile one can be small too
and still cost without end (a recurrence that never matches, components nested thousands
deep). Each bound below refuses the file with an ``IcsError`` naming the line, or, for
recurrences, imports a series at its first date with a notice (``icsfile``); none is reached
by a real calendar.
"""

from __future__ import annotations

# The whole file, in bytes (the web page refuses a larger upload before reading it).
MAX_FILE_BYTES = 5 * 1024 * 1024
# One content line once unfolded, in bytes: a long DESCRIPTION is a few kilobytes.
MAX_LINE_BYTES = 256 * 1024
# Components inside one another: VCALENDAR > VTIMEZONE > STANDARD is 3.
MAX_DEPTH = 16
# Events in one file, the occurrences of its series included: a few years of a busy calendar.
MAX_EVENTS = 5_000
# Instances dateutil may walk for all the recurring events of one file together (one series
# is bounded by ``icsrepeat.MAX_INSTANCES``).
MAX_FILE_INSTANCES = 20_000
