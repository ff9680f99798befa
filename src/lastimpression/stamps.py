"""Creation and update stamps written from the program's one clock (``clock.now``).

Django's ``auto_now``/``auto_now_add`` read the machine's clock, which ``LASTIMPRESSION_NOW``
(demos, tests, scripts) does not move: with both, a message drafted "on 3 December" carried
the real date, and every rule comparing the two (the IMAP search's first day) broke on the
day the real date passed. These fields behave like Django's (set on save, not editable, kept
as given by a raw save such as ``restore``) but ask ``clock.now()``.

Concurrent-change checks never compare these stamps: two writes in the same instant (a fixed
clock) would look like none. Rows that are edited concurrently carry an integer ``version``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import models

from lastimpression import clock


class _Stamp(models.DateTimeField):  # type: ignore[type-arg]
    """A stamp the program writes, never a form (as ``auto_now`` fields are)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("editable", False)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)


class CreatedAt(_Stamp):
    """When the row was first saved, by the program's clock."""

    def pre_save(self, model_instance: models.Model, add: bool) -> datetime:
        value: datetime | None = getattr(model_instance, self.attname)
        if add and value is None:
            value = clock.now()
            setattr(model_instance, self.attname, value)
        assert value is not None
        return value


class UpdatedAt(_Stamp):
    """When the row was last saved, by the program's clock."""

    def pre_save(self, model_instance: models.Model, add: bool) -> datetime:
        value = clock.now()
        setattr(model_instance, self.attname, value)
        return value
