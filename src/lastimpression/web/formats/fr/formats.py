"""French formats (see ``lastimpression.web.formats``); Django's ``fr`` supplies the rest."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y à H:i"
TIME_FORMAT = "H:i"
SHORT_DATETIME_FORMAT = "D j N H:i"
