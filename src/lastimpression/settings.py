"""Django settings: the composition root. Every value comes from ``lastimpression.config``."""

from __future__ import annotations

from pathlib import Path

from lastimpression import config
from lastimpression.core.icslimits import MAX_FILE_BYTES

CONFIG = config.load()
HOME = config.ensure_home(CONFIG.home)

SECRET_KEY = config.secret_key(HOME)
DEBUG = False
# The web UI is local: `serve` adds the host it listens on (see lastimpression.web.server).
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]

INSTALLED_APPS = [
    "django.contrib.staticfiles",
    "csp",
    "lastimpression.interviews",
    "lastimpression.planning",
    "lastimpression.journal",
    "lastimpression.outbox",
    "lastimpression.web",
]

# The headers that protect a page come first, so that every response carries them: the 403 and
# the redirect of the token middleware, and the 400 of a host not allowed, too.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "lastimpression.web.token.TokenMiddleware",
    "lastimpression.web.language.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

# What a form did, said on the page it redirects to (e.g. drafting): kept in a signed cookie,
# as there are no sessions.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# No inline script, nothing loaded from elsewhere: every request stays on this host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

ROOT_URLCONF = "lastimpression.web.urls"
WSGI_APPLICATION = "lastimpression.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": ["django.template.context_processors.request"],
            "builtins": ["lastimpression.web.templatetags.lookup"],
        },
    }
]

DATABASES = {"default": config.database_settings(CONFIG.database_url)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

USE_TZ = True
TIME_ZONE = "UTC"
USE_I18N = True
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
# The one catalogue: English msgids, French in locale/fr/LC_MESSAGES/django.po, compiled to .mo by
# `python -m lastimpression.i18n compile` (make does it); see docs/translating.md.
LOCALE_PATHS = [str(Path(__file__).resolve().parent / "locale")]
FORMAT_MODULE_PATH = ["lastimpression.web.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = str(Path(__file__).resolve().parent / "web" / "static")

# A form's text fields may carry a pasted invitation up to the import's own bound (core.icslimits),
# which then refuses a larger one beside its field in the page's language; Django's default
# (2.5 MB) answered a bare "Bad Request" first. Percent-encoding may triple the bytes.
DATA_UPLOAD_MAX_MEMORY_SIZE = 3 * MAX_FILE_BYTES + 1024 * 1024

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
CSRF_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stderr"], "level": "WARNING"},
}
