"""Django app: the stored follow-up plan (actions), kept in step with ``core.plan``."""
