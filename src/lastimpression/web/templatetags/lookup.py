"""``{{ mapping|get_item:key }}``: a dictionary look-up with a variable key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django import template

register = template.Library()


@register.filter
def get_item(mapping: Mapping[str, Any], key: str) -> Any:
    return mapping.get(key, key) if isinstance(mapping, Mapping) else key
