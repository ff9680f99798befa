"""Django app: the local web UI (urls, views, templates, static files, the token middleware)."""
