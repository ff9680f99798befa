"""English formats (see ``lastimpression.web.formats``); Django's ``en`` supplies the rest."""

DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "F j, Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATETIME_FORMAT = "D, M j, H:i"
