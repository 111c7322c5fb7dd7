"""The `triage` command. Each subcommand calls the same functions the scheduled service uses."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from triage.db import repo
from triage.db.migrate import migrate
from triage.db.session import describe_url, make_engine
from triage.errors import PollerBusyError, TriageError
from triage.export import write_jsonl
from triage.jobs import Database, import_path, poll_once, run_service
from triage.logs import setup_logging
from triage.settings import Settings, load_settings
from triage.sources import MailSource

log = logging.getLogger("triage")


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log every mail, not just the summary.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """triage: sorts the shared mailbox integration-wohnen@ (settings: TRIAGE_* variables, see README)."""
    settings = load_settings()
    setup_logging("DEBUG" if verbose else settings.log_level, settings.secrets())
    ctx.obj = {"settings": settings}


@cli.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Create the database, or bring it to the newest schema."""
    settings = _settings(ctx)
    engine = make_engine(settings.database_url)
    try:
        revision = migrate(engine)
    finally:
        engine.dispose()
    click.echo(f"database {describe_url(settings.database_url)} is ready (schema {revision})")


@cli.command()
@click.option("--once", is_flag=True, help="Run one full cycle, then exit.")
@click.pass_context
def poll(ctx: click.Context, once: bool) -> None:
    """Fetch and store new mail: once, or on a schedule until stopped."""
    settings = _settings(ctx)
    db = Database.open(settings)
    try:
        if not once:
            run_service(settings, db)
            return
        try:
            report = poll_once(settings, db)
        except PollerBusyError as err:
            click.echo(f"skipped: {err}", err=True)
            return
        click.echo(report.summary())
        if report.failed:
            click.echo(
                f"{report.failed} mail(s) could not be stored; they stay unmarked on the server and are "
                "retried on the next poll. Details: triage status",
                err=True,
            )
    finally:
        db.close()


@cli.command()
@click.pass_context
def run(ctx: click.Context) -> None:
    """Run the service: poll on a schedule (TRIAGE_POLL_INTERVAL) until stopped."""
    ctx.invoke(poll, once=False)


@cli.command(name="import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.pass_context
def import_(ctx: click.Context, path: Path) -> None:
    """Backfill from an mbox file, a Maildir or a folder of .eml files (filed as archive, never answered)."""
    settings = _settings(ctx)
    db = Database.open(settings)
    bars: list[Any] = []

    def on_start(source: MailSource) -> Callable[[int], None]:
        def advance(n: int) -> None:
            if not bars:
                bars.append(click.progressbar(length=source.total or 0, label="importing", file=sys.stderr))
                bars[0].__enter__()
            bars[0].update(n)

        return advance

    try:
        report = import_path(settings, db, path, on_start)
    finally:
        if bars:
            bars[0].__exit__(None, None, None)
        db.close()
    click.echo(report.summary())


@cli.command()
@click.option("--jsonl", "fmt", flag_value="jsonl", default=True, help="One JSON object per line (default).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File; - for stdout.")
@click.option("--bodies", is_flag=True, help="Include the text and HTML bodies.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Any, bodies: bool) -> None:
    """Export every stored mail, oldest first."""
    db = Database.open(_settings(ctx))
    try:
        with db.sessions() as session:
            count = write_jsonl(session, output, bodies=bodies)
    finally:
        db.close()
    log.info("exported %d mails", count)


@cli.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """What is stored, how far each mailbox is read, and which mails could not be stored."""
    settings = _settings(ctx)
    db = Database.open(settings)
    try:
        with db.sessions() as session:
            view = repo.overview(session)
    finally:
        db.close()
    click.echo(f"database   {describe_url(settings.database_url)}")
    last = f"; newest stored {view.last_received:%Y-%m-%d %H:%M} UTC" if view.last_received else ""
    click.echo(f"mails      {view.mails} stored ({view.archived} archive, {view.parse_errors} with parse errors){last}")
    for box in view.mailboxes:
        click.echo(
            f"mailbox    {box.source}: UIDVALIDITY {box.uidvalidity}, read up to UID {box.last_uid}, "
            f"last poll {box.updated_at:%Y-%m-%d %H:%M} UTC"
        )
    if not view.failures:
        click.echo("failures   none")
    for f in view.failures:
        where = f"uid {f.uid}" if f.uid is not None else f.key
        retry = "retried at the next poll" if f.attempts < repo.MAX_FAILED_ATTEMPTS else "NOT retried any more"
        click.echo(
            f"failure    {f.source} {where} {f.message_id or '(no Message-ID)'}: {f.error} "
            f"({f.attempts} attempts, last {f.last_failed_at:%Y-%m-%d %H:%M} UTC; {retry})"
        )


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except TriageError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
