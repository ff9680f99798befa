"""Django app: debriefs after interviews and the journal of memorable meetings."""
