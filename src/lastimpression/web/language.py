"""Activates the user's language and time zone for each request: the catalogue's words, Django's
own, the date formats (``lastimpression.web.formats``) and the times shown follow them."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation

from lastimpression.web.common import language_of, profile_language_and_zone, zone_of


class LanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        owner = profile_language_and_zone()  # read once for both
        chosen = language_of(request, owner)
        with translation.override(chosen), timezone.override(zone_of(owner)):
            request.LANGUAGE_CODE = chosen
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", chosen)
        return response
