"""The ``lastimpression`` command: a thin click layer over the core and the Django apps.

Sub-commands are imported only when used (``--help`` loads no web framework, no ORM); each
command module imports Django inside its functions, through ``lastimpression.cli.runtime``.
"""

from __future__ import annotations

import gc
import importlib
from typing import Any

import click

COMMANDS = {
    "init": "lastimpression.cli.profile:init",
    "interview": "lastimpression.cli.interviews:interview",
    "person": "lastimpression.cli.people:person",
    "export": "lastimpression.cli.archive:export",
    "restore": "lastimpression.cli.archive:restore",
    "demo": "lastimpression.cli.demo:demo",
    "serve": "lastimpression.cli.serve:serve",
    "migrate": "lastimpression.cli.serve:migrate",
    "plan": "lastimpression.cli.planning:plan",
    "agenda": "lastimpression.cli.planning:agenda",
    "today": "lastimpression.cli.planning:today",
    "action": "lastimpression.cli.planning:action",
    "ics": "lastimpression.cli.calendar:ics",
    "import": "lastimpression.cli.calendar:import_",
    "debrief": "lastimpression.cli.journal:debrief",
    "journal": "lastimpression.cli.journal:journal",
    "draft": "lastimpression.cli.messages:draft",
    "card": "lastimpression.cli.journal:card",
    "stats": "lastimpression.cli.journal:stats",
    "message": "lastimpression.cli.messages:message",
    "lint": "lastimpression.cli.messages:lint",
    "send": "lastimpression.cli.sending:send",
    "dispatch": "lastimpression.cli.sending:dispatch_command",
    "replies": "lastimpression.cli.sending:replies",
    "worker": "lastimpression.cli.sending:worker",
    "config": "lastimpression.cli.sending:config",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module_name, _, attribute = self.lazy[cmd_name].partition(":")
            command = getattr(importlib.import_module(module_name), attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lastimpression")
def main() -> None:
    """Leave an excellent last impression after every job interview.

    Record the interview and the people met, then let the plan remind you of the thank-you
    e-mails, the promised follow-up and the LinkedIn note. Data lives in LASTIMPRESSION_HOME.

    Example: lastimpression init --name "Camille Durand" --email camille@example.org
    """


def run() -> None:
    """The console script and ``python -m lastimpression``.

    A command is a short-lived process: the cycle collector would only spend time (about a
    tenth of a second on a large home) freeing what exit frees anyway. Long-running commands
    (serve, worker) turn it back on. An error no command handles is one line and a log file
    (``runtime.last_resort``), never a traceback.
    """
    from lastimpression.cli.runtime import last_resort

    gc.disable()
    last_resort(main)
