"""Server-rendered SVG charts (no script, no external request): the score of each interview,
and the same as a list for screen readers."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from django.utils import timezone, translation
from django.utils.translation import gettext

from lastimpression.web.when import formatted

WIDTH, HEIGHT, PADDING = 560, 160, 24
MAX_BAR = 36


def _labels(scores: list[dict[str, Any]]) -> list[str]:
    """ "Company (day): score" for each item of ``scores``, in the active language, each day in
    its words and in the active time zone; "—" for an unknown score. Plain text."""
    words = gettext("%(company)s (%(day)s): %(score)s")
    language, here = translation.get_language() or "en", timezone.get_current_timezone_name()
    return [
        words % {
            "day": formatted(datetime.fromisoformat(item["end"]), here, "DATE_FORMAT", language),
            "company": item["company"],
            "score": "—" if item["value"] is None else item["value"],
        }
        for item in scores
    ]  # fmt: skip


def score_chart(scores: list[dict[str, Any]], title: str) -> str:
    """A bar per interview (oldest left), height = score 0-100; unknown scores are left out. The
    labels are in the active language, each day in its words and in the active time zone."""
    known = [item for item in scores if item["value"] is not None][-20:]
    bars = []
    if known:
        step = (WIDTH - 2 * PADDING) / len(known)
        for index, (item, label) in enumerate(zip(known, _labels(known), strict=True)):
            height = (HEIGHT - 2 * PADDING) * item["value"] / 100
            bar = min(step * 0.7, MAX_BAR)
            x = PADDING + index * step + (step - bar) / 2
            y = HEIGHT - PADDING - height
            bars.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" fill="#0b5cad">'
                f"<title>{escape(label)}</title></rect>"
                f'<text x="{x + bar / 2:.1f}" y="{y - 4:.1f}" font-size="11" text-anchor="middle">{item["value"]}</text>'
            )
    axis = f'<line x1="{PADDING}" y1="{HEIGHT - PADDING}" x2="{WIDTH - PADDING}" y2="{HEIGHT - PADDING}" stroke="#4a5360"/>'
    return (
        f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{axis}{"".join(bars)}</svg>'
    )


def score_items(scores: list[dict[str, Any]]) -> str:
    """The chart as text, for screen readers: an ``<li>`` per interview of ``scores``, unknown
    scores included (as "—"). Escaped HTML."""
    return "".join(f"<li>{escape(label)}</li>" for label in _labels(scores))
