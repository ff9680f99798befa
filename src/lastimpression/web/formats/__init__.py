"""Date and time formats of the web UI per language (Django's FORMAT_MODULE_PATH), on top of
Django's own: the templates name a format (``|date:"DATE_FORMAT"``), the language picks it.

DATE_FORMAT       a day in words: "3 décembre 2026", "December 3, 2026"
DATETIME_FORMAT   an instant in words: "3 décembre 2026 à 14:00", "December 3, 2026, 14:00"
TIME_FORMAT       a time, 24-hour in both languages, as the CLI and the messages write it
SHORT_DATETIME_FORMAT
                  an agenda line, no year (the agenda looks a week ahead): "jeu 3 déc. 16:15",
                  "Thu, Dec 3, 16:15"; French months abbreviated as French writes them ("juin",
                  "juil."), not Django's three letters, which make June and July both "jui"
"""
