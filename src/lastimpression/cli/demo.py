"""``demo``: fill an empty home with a realistic example."""

from __future__ import annotations

import click

from lastimpression.cli import runtime


@click.command()
@runtime.database_command
def demo() -> None:
    """Fill an empty home with a realistic example (a French panel in Lyon, a video call in Montréal).

    Example: LASTIMPRESSION_HOME=/tmp/li-demo lastimpression demo
    """
    from lastimpression import clock
    from lastimpression.interviews.demo import fill

    created = fill(clock.now())
    runtime._language = "fr"
    for interview in created:
        click.echo(runtime._("Created interview %(id)s: %(interview)s.", id=interview.id, interview=interview))
