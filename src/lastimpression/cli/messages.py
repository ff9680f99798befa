"""``draft``, ``message list|show|edit|cancel|sent`` and ``lint``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from lastimpression import phrases
from lastimpression.cli import runtime

KINDS = ["thank-you", "follow-up", "follow-up-2", "linkedin"]
# The largest file ``lint --file`` reads: ten times the longest message body (20,000
# characters), and linting stays well under a second (10 MB took 45 s).
LINT_FILE_MAX = 200_000


def _summary(findings: list[Any]) -> str:
    errors = sum(1 for finding in findings if finding.severity == "error")
    warnings = sum(1 for finding in findings if finding.severity == "warning")
    # Each count agrees with its noun ("0 erreur, 2 avertissements", "1 error, 2 warnings").
    return ", ".join(
        (
            runtime.n_("%(count)d error", "%(count)d errors", errors),
            runtime.n_("%(count)d warning", "%(count)d warnings", warnings),
        )
    )


def _print_findings(findings: list[Any]) -> None:
    language = runtime.language()
    for finding in findings:
        click.echo(f"  {finding.code} {finding.severity}: {finding.text(language)}")


def _linkedin_profile_check(polished: bool | None) -> None:
    from lastimpression.interviews.services import require_profile

    profile = require_profile()
    if polished is not None:
        profile.linkedin_polished = polished
        profile.save(update_fields=["linkedin_polished"])
    elif profile.linkedin_polished is None and sys.stdin.isatty():
        profile.linkedin_polished = click.confirm(
            runtime._("Before your first invitation: is your LinkedIn profile polished (photo, headline, current experience)?"),
            default=True,
        )  # fmt: skip
        profile.save(update_fields=["linkedin_polished"])
    if profile.linkedin_polished is False:
        click.echo(runtime._("Polish your profile (photo, headline, current experience) before sending invitations."), err=True)  # fmt: skip


@click.command()
@click.argument("interview_id")
@click.option("--kind", type=click.Choice(KINDS), default="thank-you", show_default=True, help="What to draft.")
@click.option("--person", "person_id", help="Only for this person (id); default: everyone concerned.")
@click.option("--profile-polished/--profile-not-polished", "polished", default=None,
              help="Answer once whether your LinkedIn profile is polished (LinkedIn notes).")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the drafted messages as a JSON array.")
@runtime.database_command
def draft(interview_id: str, kind: str, person_id: str | None, polished: bool | None, as_json: bool) -> None:
    """Draft a message per person: thank-you (default), follow-up, second follow-up, LinkedIn note.

    A thank-you goes to every person with an e-mail, a LinkedIn note to every person, a
    follow-up to the panel's main contact only. Drafting again replaces an unsent draft, never
    a scheduled or sent message. Each draft is linted; whoever has no topic recorded is named,
    so that you can add one detail.

    Example: lastimpression draft 3 --kind thank-you
    """
    from lastimpression import clock
    from lastimpression.core.perks import listed
    from lastimpression.outbox.drafting import CLI_KINDS, lint_message
    from lastimpression.outbox.drafting import draft as compose_drafts
    from lastimpression.outbox.shapes import message_json

    internal = CLI_KINDS[kind]
    if internal == "linkedin":
        _linkedin_profile_check(polished)
    outcome = compose_drafts(interview_id, internal, person_id, clock.now())
    if as_json:
        runtime.print_json([message_json(message) for message in outcome.drafted])
        return
    for person, status in outcome.skipped:
        if status == "no_email":
            click.echo(runtime._(
                "%(name)s: no e-mail address, so no message. Add one (lastimpression person edit %(id)s "
                "--email …), or thank them on LinkedIn or by hand and mark the step done (lastimpression action done).",
                name=person.name, id=person.id,
            ), err=True)  # fmt: skip
            continue
        click.echo(runtime._("%(name)s: a %(status)s message exists, left as it is.", name=person.name, status=status),
                   err=True)  # fmt: skip
    for person in outcome.missing_detail:
        perks = listed(person.topics)  # recorded, yet not one a message may recall
        if perks:
            click.echo(runtime._(
                "%(name)s: only pay or perks are recorded of your conversation (%(topics)s), and a message never "
                "recalls them, so it stays general. Add one other detail (lastimpression person edit %(id)s "
                "--topic \"…\") and draft again for a warmer message.",
                name=person.name, topics=perks, id=person.id,
            ), err=True)  # fmt: skip
            continue
        click.echo(runtime._(
            "%(name)s: nothing recorded about your conversation, so the message stays general. Add one detail "
            "(lastimpression person edit %(id)s --topic \"…\") and draft again for a warmer message.",
            name=person.name, id=person.id,
        ), err=True)  # fmt: skip
    for person in outcome.notes_only:
        click.echo(runtime._(
            "%(name)s: only a question you were asked or a remark is recorded of your conversation "
            "(%(topics)s), and a message never recalls it, so it stays general. Add a subject you talked about "
            "(lastimpression person edit %(id)s --topic \"…\") and draft again for a warmer message.",
            name=person.name, topics=listed(person.topics), id=person.id,
        ), err=True)  # fmt: skip
    for person in outcome.role_echo:
        click.echo(runtime._(
            "%(name)s: what is recorded of your conversation (%(topics)s) only says the role's words again, so any "
            "candidate could write it. Add what was said of it (lastimpression person edit %(id)s --topic \"…\") "
            "and draft again.",
            name=person.name, topics=listed(person.topics), id=person.id,
        ), err=True)  # fmt: skip
    for person in outcome.process_only:
        click.echo(runtime._(
            "%(name)s: only the hiring process is recorded of your conversation (%(topics)s), which any candidate "
            "could recall, so the message stays general. Add what else you discussed (lastimpression person edit "
            "%(id)s --topic \"…\") and draft again.",
            name=person.name, topics=listed(person.topics), id=person.id,
        ), err=True)  # fmt: skip
    if "no_proof" in outcome.notices:
        click.echo(runtime._(
            "Nothing to show of your own work: your profile has no proof point and this interview no \"what I can bring\", "
            "so the e-mails can only say you are interested. Add an achievement with its number (lastimpression "
            "init … --proof \"…\") or what you can bring (lastimpression interview edit %(id)s --bring \"…\") "
            "and draft again.",
            id=interview_id,
        ), err=True)  # fmt: skip
    if "linkedin_quota" in outcome.notices:
        click.echo(runtime._("LinkedIn: this month's quota of personalised notes is used up; invite without a note."),
                   err=True)  # fmt: skip
    if "linkedin_profile" in outcome.notices:
        click.echo(runtime._("LinkedIn: is your profile polished? Answer once with --profile-polished or --profile-not-polished."),
                   err=True)  # fmt: skip
    for message in outcome.drafted:
        findings = lint_message(message)
        click.echo(f"{message.id}  {kind}  {message.person.name}  {_summary(findings)}")
        _print_findings([finding for finding in findings if finding.severity != "info"])
    if len(outcome.drafted) == 1:
        click.echo(outcome.drafted[0].id)


@click.group()
def message() -> None:
    """See, edit, cancel the drafted messages, or confirm one sent by hand.

    Example: lastimpression message show 5 --eml
    """


@message.command("list")
@click.option("--interview", "interview_id", help="Only the messages of this interview.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@runtime.read_command
def message_list(interview_id: str | None, as_json: bool, lean: runtime.Lean | None) -> None:
    """List the messages.

    Example: lastimpression message list --interview 3 --json
    """
    if lean is not None:
        from lastimpression.outbox.reading import messages_json

        found = messages_json(lean.home, interview_id)
    else:
        from lastimpression.interviews.services import get_interview
        from lastimpression.outbox.models import Message
        from lastimpression.outbox.shapes import message_json

        messages = Message.objects.select_related("interview", "person").order_by("id")
        if interview_id is not None:
            messages = messages.filter(interview=get_interview(interview_id))
        found = [message_json(item) for item in messages]
    if as_json:
        runtime.print_json(found)
        return
    from lastimpression.reading import label

    language = runtime.language()
    rows = [
        [str(item["id"]), label("kind", item["kind"], language), item["person"], item["company"],
         _status_words(item), item["subject"] or "-"]
        for item in found
    ]  # fmt: skip
    if not rows:
        click.echo(runtime._("No messages yet: lastimpression draft ID"))
        return
    # Translators: the headers of a table's columns, separated by "|".
    runtime.print_table(runtime._("ID|Kind|To|Company|Status|Subject").split("|"), rows)


def _status_words(message: dict[str, Any]) -> str:
    """The status in the user's words (``message`` in the shape of ``outbox.shapes.message_json``);
    a message only written to the outbox folder says it was NOT sent (it stays "scheduled" until
    the user confirms it)."""
    from lastimpression.reading import label

    if message["awaiting_confirmation"]:
        return runtime.said(phrases.tr("NOT SENT: written to the outbox folder, awaiting your confirmation"))
    return label("message_status", message["status"], runtime.language())


@message.command("show")
@click.argument("message_id")
@click.option("--eml", is_flag=True, help="Print the exact e-mail that would be sent (RFC 5322).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@runtime.read_command_if(lambda options: options["as_json"] and not options["eml"])
def message_show(message_id: str, eml: bool, as_json: bool, lean: runtime.Lean | None) -> None:
    """Show a message with its lint findings, or as the .eml that would be sent.

    Example: lastimpression message show 5 --eml > thank-you.eml
    """
    if lean is not None:  # --json: the lint findings and the .eml need the Django path
        from lastimpression.outbox.reading import one_message_json

        runtime.print_json(one_message_json(lean.home, message_id))
        return
    from lastimpression import clock
    from lastimpression.interviews.services import require_profile
    from lastimpression.outbox.drafting import lint_message
    from lastimpression.outbox.manual import get_message
    from lastimpression.outbox.mime import eml_bytes
    from lastimpression.outbox.shapes import awaiting_confirmation, message_json

    found = get_message(message_id)
    if eml:
        sys.stdout.buffer.write(
            eml_bytes(found, require_profile(), date=found.sent_at or found.scheduled_at or clock.now())
        )
        sys.stdout.flush()
        return
    if as_json:
        runtime.print_json(message_json(found))
        return
    recipient = f"{found.person.name} <{found.to}>" if found.to else f"{found.person.name} (LinkedIn)"
    click.echo(runtime._("To: %(recipient)s", recipient=recipient))
    if found.subject:
        click.echo(runtime._("Subject: %(subject)s", subject=found.subject))
    click.echo(runtime._("Status: %(status)s", status=_status_words(message_json(found))))
    if awaiting_confirmation(found):
        line = phrases.tr(
            "Written to %(path)s: send it from your mail program, then confirm: lastimpression message sent %(id)s",
            path=found.written_to, id=found.id,
        )  # fmt: skip
        click.echo("  " + runtime.said(line))
    click.echo()
    click.echo(found.body or runtime._("(invitation without a note)"))
    findings = lint_message(found)
    click.echo()
    click.echo(_summary(findings))
    _print_findings(findings)


def _split_file(text: str) -> tuple[str, str]:
    """ "Subject: ..." on the first line, a blank line, then the body; or only a body."""
    first, _, rest = text.partition("\n")
    for prefix in ("Subject:", "Objet :", "Objet:"):
        if first.startswith(prefix):
            return first[len(prefix) :].strip(), rest.lstrip("\n")
    return "", text


@message.command("edit")
@click.argument("message_id")
@runtime.database_command
def message_edit(message_id: str) -> None:
    """Edit a message in $EDITOR (subject on the first line), then lint it again.

    Example: EDITOR=nano lastimpression message edit 5
    """
    from lastimpression.core.followthrough import allows
    from lastimpression.outbox.drafting import lint_message
    from lastimpression.outbox.manual import cannot_edit, edit_text, get_message

    found = get_message(message_id)
    if not allows(found.status, "edit"):
        raise cannot_edit(found)
    with_subject = found.kind != "linkedin"
    current = (
        f"{runtime._('Subject: %(subject)s', subject=found.subject)}\n\n{found.body}" if with_subject else found.body
    )
    edited = click.edit(current, extension=".txt", require_save=True)
    if edited is None:
        click.echo(runtime._("No change."))
        return
    subject, body = _split_file(edited) if with_subject else ("", edited)
    # Saved only if nothing changed it while the editor was open (a pass that sent it wins).
    found = edit_text(found, subject, body)
    findings = lint_message(found)
    click.echo(runtime._("Message %(id)s saved: %(summary)s", id=found.id, summary=_summary(findings)))
    _print_findings(findings)


@message.command("cancel")
@click.argument("message_id")
@runtime.database_command
def message_cancel(message_id: str) -> None:
    """Cancel a message that has not been sent.

    Example: lastimpression message cancel 5
    """
    from lastimpression.outbox.manual import cancel

    cancelled = cancel(message_id)
    click.echo(runtime._("Message %(id)s cancelled.", id=cancelled.id))


@message.command("sent")
@click.argument("message_id")
@runtime.database_command
def message_sent(message_id: str) -> None:
    """Confirm you sent a message by hand (from the .eml, the mailto: link, or on LinkedIn).

    Example: lastimpression message sent 5
    """
    from lastimpression import clock
    from lastimpression.outbox.manual import mark_sent

    done = mark_sent(message_id, clock.now())
    click.echo(runtime._("Message %(id)s recorded as sent.", id=done.id))


@message.command("unsent")
@click.argument("message_id")
@runtime.database_command
def message_unsent(message_id: str) -> None:
    """Take back `message sent`: you had not sent it after all (until the follow-up's day).

    The message is a draft again and its plan step to do again.

    Example: lastimpression message unsent 5
    """
    from lastimpression import clock
    from lastimpression.outbox.manual import undo_sent

    done = undo_sent(message_id, clock.now())
    click.echo(runtime.said(phrases.tr("Message %(id)s is a draft again: it was not sent.", id=done.id)))


@click.command()
@click.argument("message_id", required=False)
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path), help="Lint a text file instead.")
@click.option("--language", type=click.Choice(["fr", "en"]), help="Its language (default: detected).")
@click.option("--kind", type=click.Choice(KINDS), default="thank-you", show_default=True, help="What it is.")
@click.option("--json", "as_json", is_flag=True, help='Print {"findings": [...]}.')
@runtime.read_command_if(lambda options: options["path"] is not None, tables=False)
def lint(
    message_id: str | None, path: Path | None, language: str | None, kind: str, as_json: bool,
    lean: runtime.Lean | None,
) -> None:  # fmt: skip
    """Check a message, drafted or hand-written; exit status 1 when a finding is an error.

    A file may start with "Subject: ..." and a blank line.

    Example: lastimpression lint --file merci.txt --language fr --json
    """
    if (message_id is None) == (path is None):
        raise click.UsageError("give a MESSAGE_ID or --file PATH (one of them)")
    if path is not None:
        findings = _lint_file(path, language, kind, lean)
    else:
        from lastimpression.outbox.drafting import lint_message
        from lastimpression.outbox.manual import get_message

        assert message_id is not None
        findings = lint_message(get_message(message_id))
    if as_json:
        runtime.print_json({"findings": [finding.as_json() for finding in findings]})
    else:
        click.echo(_summary(findings))
        _print_findings(findings)
    if any(finding.severity == "error" for finding in findings):
        sys.exit(1)


def _lint_file(path: Path, language: str | None, kind: str, lean: runtime.Lean | None) -> list[Any]:
    """The findings on a text file: no database, no Django on the lean path (only the
    profile's language was read, for the words of the findings)."""
    from lastimpression.core.lint import detect_language
    from lastimpression.core.lint import lint as check
    from lastimpression.core.messages import Draft, LintContext
    from lastimpression.core.validation import InvalidValue
    from lastimpression.phrases import tr

    internal = kind.replace("-", "_")  # ``outbox.drafting.CLI_KINDS``, which would start the ORM
    try:
        with path.open("rb") as file:  # read no further than the limit (a device never ends)
            data = file.read(LINT_FILE_MAX + 1)
        if len(data) > LINT_FILE_MAX:
            raise InvalidValue(
                "--file",
                tr(
                    "%(path)s is over %(size)d KB: too long to be a message", path=str(path), size=LINT_FILE_MAX // 1000
                ),
            )
        content = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidValue(
            "--file", tr("cannot read %(path)s as UTF-8 text (%(reason)s)", path=str(path), reason=str(error))
        ) from None
    subject, body = _split_file(content)
    chosen = language or detect_language(body) or "fr"
    words = _user_words(lean.folder) if lean is not None else _django_user_words()
    return list(check(Draft(internal, chosen, subject, body), LintContext(internal, chosen, user_words=words)))


def _django_user_words() -> frozenset[str]:
    from lastimpression.outbox.drafting import user_words

    return user_words()


def _user_words(folder: Path) -> frozenset[str]:
    """``outbox.drafting.user_words`` without Django: the home's ``dictionary.txt``."""
    try:
        text = (folder / "dictionary.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())
