"""Server-rendered SVG charts (no script, no external request): the score of each interview."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from django.utils import formats, timezone
from django.utils.translation import gettext

WIDTH, HEIGHT, PADDING = 560, 160, 24
MAX_BAR = 36


def score_chart(scores: list[dict[str, Any]], title: str) -> str:
    """A bar per interview (oldest left), height = score 0-100; unknown scores are left out. The
    labels are in the active language, each day in its words and in the active time zone."""
    known = [item for item in scores if item["value"] is not None][-20:]
    bars = []
    if known:
        step = (WIDTH - 2 * PADDING) / len(known)
        for index, item in enumerate(known):
            height = (HEIGHT - 2 * PADDING) * item["value"] / 100
            bar = min(step * 0.7, MAX_BAR)
            x = PADDING + index * step + (step - bar) / 2
            y = HEIGHT - PADDING - height
            words = gettext("%(company)s (%(day)s): %(score)s")
            day = formats.date_format(timezone.localtime(datetime.fromisoformat(item["end"])), "DATE_FORMAT")
            label = escape(words % {"day": day, "company": item["company"], "score": item["value"]})
            bars.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" fill="#0b5cad">'
                f"<title>{label}</title></rect>"
                f'<text x="{x + bar / 2:.1f}" y="{y - 4:.1f}" font-size="11" text-anchor="middle">{item["value"]}</text>'
            )
    axis = f'<line x1="{PADDING}" y1="{HEIGHT - PADDING}" x2="{WIDTH - PADDING}" y2="{HEIGHT - PADDING}" stroke="#4a5360"/>'
    return (
        f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{axis}{"".join(bars)}</svg>'
    )
