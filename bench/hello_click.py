"""A one-command click program: the baseline `lastimpression --help` is compared with.

Run: .venv/bin/python bench/hello_click.py --help
"""

from __future__ import annotations

import click


@click.command()
@click.option("--name", default="world", help="Who to greet.")
def hello(name: str) -> None:
    """Say hello.

    Example: python bench/hello_click.py --name Camille
    """
    click.echo(f"Hello, {name}!")


if __name__ == "__main__":
    hello()
