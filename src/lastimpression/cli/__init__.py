"""The ``lastimpression`` command: a thin click layer over the core and the Django apps.

Sub-commands are imported only when used (``--help`` loads no web framework, no ORM); each
command module imports Django inside its functions, through ``lastimpression.cli.runtime``.
"""

from __future__ import annotations

import gc
import importlib
import re
from typing import IO, Any

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


# "-1" where an id is expected: click would read it as an unknown short option (exit status 2).
_NEGATIVE_NUMBER = re.compile(r"-[0-9]+")


def _numbers_as_values(command: click.Command, args: list[str]) -> list[str]:
    """``command``'s ``args`` with each lone negative number read as a value, never an option.

    Given to an option that takes a value (``--duration -5``), it stays its value, as click
    reads it; anywhere else it is a positional argument (``interview show -1``), so it reaches
    the id lookup and is refused as any unknown id is. For that, the options come first, then
    "--" and the positional arguments in their order. Unchanged when there is no such number
    or the user wrote "--" already."""
    if "--" in args or not any(_NEGATIVE_NUMBER.fullmatch(arg) for arg in args):
        return args
    value_counts = {
        name: param.nargs
        for param in command.params
        if isinstance(param, click.Option) and not param.is_flag and not param.count
        for name in param.opts
    }
    options: list[str] = []
    positionals: list[str] = []
    pending = 0
    for arg in args:
        if pending:
            options.append(arg)
            pending -= 1
        elif arg == "-" or not arg.startswith("-") or _NEGATIVE_NUMBER.fullmatch(arg):
            positionals.append(arg)
        else:
            options.append(arg)
            pending = value_counts.get(arg, 0)
    return [*options, "--", *positionals]


class ValueRefused(click.ClickException):
    """A value click refused that is not a matter of syntax (PRODUCT.md §5: a folder given as
    a file): exit status 1 and one line naming the parameter, like every invalid value."""

    exit_code = 1

    def show(self, file: IO[Any] | None = None) -> None:
        from lastimpression.cli import runtime

        click.echo(runtime._("Error: %(message)s", message=self.message), err=True)


def _is_syntax(error: click.BadParameter) -> bool:
    """Whether click's refusal is one the contract answers with exit status 2: a missing
    argument, or a value outside an option's fixed list of choices."""
    return isinstance(error, click.MissingParameter) or isinstance(getattr(error.param, "type", None), click.Choice)


def _named(param: click.Parameter | None) -> str:
    """How the user wrote ``param``: ``--out`` for an option, ``FILE`` for an argument."""
    if isinstance(param, click.Option):
        return max(param.opts, key=len)
    return param.human_readable_name if param is not None else "value"


class LazyGroup(click.Group):
    """A group whose commands are imported on first use; it holds every command to the
    contract of PRODUCT.md §5 (exit status 2 only for syntax): a negative number is a value
    (``_numbers_as_values``), and a value click's own types refuse is exit status 1."""

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

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if any(_NEGATIVE_NUMBER.fullmatch(arg) for arg in args):
            args = self._leaf_numbers_as_values(ctx, args)
        return super().parse_args(ctx, args)

    def _leaf_numbers_as_values(self, ctx: click.Context, args: list[str]) -> list[str]:
        """``args`` with the command they end in (``interview show``) found by name and its
        own arguments passed through ``_numbers_as_values``."""
        command: click.Command = self
        depth = 0
        while isinstance(command, click.Group) and depth < len(args):
            found = command.get_command(ctx, args[depth])
            if found is None:
                return args
            command, depth = found, depth + 1
        if isinstance(command, click.Group):
            return args
        return [*args[:depth], *_numbers_as_values(command, args[depth:])]

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.BadParameter as error:
            if _is_syntax(error):
                raise
            raise ValueRefused(f"{_named(error.param)}: {error.message}") from None


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

    The cycle collector stays on: with it off, a command that reads a large home in a loop (the
    ``.ics`` export, once) grew to gigabytes. What is loaded at start-up is frozen out of its
    sight (``gc.freeze``), so that its passes do not walk the modules again and again. An error
    no command handles is one line and a log file (``runtime.last_resort``), never a traceback.
    """
    from lastimpression.cli.runtime import last_resort

    gc.freeze()
    last_resort(main)
