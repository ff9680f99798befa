"""``init``: the candidate's profile."""

from __future__ import annotations

import click

from lastimpression.cli import runtime


@click.command()
@click.option("--name", required=True, help="Your name, as it signs your e-mails.")
@click.option("--email", required=True, help="Your e-mail address.")
@click.option("--phone", help="Your phone number, for the signature.")
@click.option("--linkedin", help="Your LinkedIn profile URL.")
@click.option("--language", type=click.Choice(["fr", "en"]), help="Your language (default fr).")
@click.option("--country", help="Your country code (default FR).")
@click.option("--subdivision", help="Your region code in the holidays package (e.g. 57, 6AE, QC).")
@click.option("--timezone", help="Your time zone (default: your country's, e.g. Europe/Paris).")
@click.option("--agreement", type=click.Choice(["feminine", "masculine", "neutral"]),
              help="Grammatical agreement in French: reçue / reçu / neutral wording.")  # fmt: skip
@click.option("--linkedin-premium", is_flag=True, default=None, help="Your LinkedIn account is Premium.")
@click.option(
    "--proof",
    "proof_points",
    multiple=True,
    help="A proof point: an achievement with its number, a project, a link (repeatable; replaces the list).",
)
@runtime.database_command
def init(**options: object) -> None:
    """Create your profile (or update it when it exists).

    Example: lastimpression init --name "Camille Durand" --email camille@example.org --agreement feminine
    """
    from lastimpression.interviews import services

    if options.get("linkedin_premium") is False:
        options["linkedin_premium"] = None
    if not options.get("proof_points"):
        options["proof_points"] = None
    profile, created = services.save_profile(options)
    runtime._language = profile.language
    if created:
        click.echo(runtime._("Profile created for %(name)s.", name=profile.name))
    else:
        click.echo(runtime._("Profile of %(name)s updated.", name=profile.name))
    click.echo(profile.id)
