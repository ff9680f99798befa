"""Django app: the candidate's profile, interviews and the people met."""
