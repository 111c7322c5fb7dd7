"""The `triage` command. Each subcommand calls the same functions the scheduled service uses."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from classifiers import store
from classifiers.evaluate import format_report
from classifiers.train import measure
from classifiers.train import train as train_model
from classifiers.types import CATEGORIES
from triage.classify import corpus_examples, correction_examples, labelled, load_or_train, mail_files, mail_input
from triage.compose import TEMPLATES, Templates
from triage.db import repo
from triage.db.migrate import migrate
from triage.db.session import describe_url, make_engine
from triage.errors import PollerBusyError, TriageError
from triage.export import write_jsonl
from triage.jobs import Database, classification, import_path, poll_once, run_service
from triage.logs import setup_logging
from triage.mail.message import ParsedMail
from triage.mail.parse import parse_mail
from triage.offer import read_offer
from triage.outbox import release_held, retry_failed_rows
from triage.routing import decide, facts
from triage.rules.loader import load_rules
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
    load_rules(settings.rules_path)  # refuse to start on an invalid rules file, before anything is fetched
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
    click.echo(f"classes    {view.needs_review} flagged for review, {view.unclassified} not classified yet")
    click.echo(f"model      {_model_status(settings)}")
    if view.unrouted:
        click.echo(f"routing    {view.unrouted} classified mail(s) not routed yet (see the log; retried every poll)")
    for box in view.mailboxes:
        click.echo(
            f"mailbox    {box.source}: UIDVALIDITY {box.uidvalidity}, read up to UID {box.last_uid}, "
            f"last poll {box.updated_at:%Y-%m-%d %H:%M} UTC"
        )
    for queue, count in view.open_cases:
        click.echo(f"queue      {queue}: {count} open case(s)")
    outbox_line = ", ".join(f"{count} {state}" for state, count in view.outbox) or "empty"
    click.echo(f"outbox     {outbox_line}")
    if any(state == "held" for state, _ in view.outbox):
        click.echo("           acknowledgements are PAUSED (circuit breaker): see `triage outbox`")
    if not view.failures:
        click.echo("failures   none")
    for f in view.failures:
        where = f"uid {f.uid}" if f.uid is not None else f.key
        retry = "retried at the next poll" if f.attempts < repo.MAX_FAILED_ATTEMPTS else "NOT retried any more"
        click.echo(
            f"failure    {f.source} {where} {f.message_id or '(no Message-ID)'}: {f.error} "
            f"({f.attempts} attempts, last {f.last_failed_at:%Y-%m-%d %H:%M} UTC; {retry})"
        )


def _model_status(settings: Settings) -> str:
    try:
        model = store.load(settings.model)
    except store.ModelError as err:
        return f"none in use ({err}); the next poll trains one"
    info = model.info
    f1 = (info.get("metrics") or {}).get("macro_f1_human")
    quality = f", macro-F1 {f1:.3f} on {info.get('held_out_mails')} held-out mails" if f1 is not None else ""
    return (
        f"{settings.model}: trained {info.get('trained_at', '?')} on {info.get('training_mails', '?')} mails "
        f"({info.get('corrections', 0)} staff corrections){quality}"
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per mail.")
@click.pass_context
def classify(ctx: click.Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Classify .eml files, folders of them, Maildirs or mbox files; stores nothing."""
    settings = _settings(ctx)
    rules = load_rules(settings.rules_path)
    threshold = classification(settings, rules).review_threshold
    model = load_or_train(settings.model, threshold)
    batch: list[tuple[str, ParsedMail]] = []

    def flush() -> None:
        predictions = model.predict([mail_input(p) for _, p in batch], review_threshold=threshold)
        for (name, parsed), prediction in zip(batch, predictions, strict=True):
            decision = decide(facts(parsed, prediction), rules)
            record = {
                "path": name,
                "message_id": parsed.message_id,
                "category": prediction.category,
                "confidence": prediction.confidence,
                "language": prediction.language,
                "urgent": prediction.urgent,
                "acknowledge": prediction.acknowledge and decision.then.acknowledge,
                "needs_review": prediction.needs_review,
                "queue": decision.queue,
                "rule": decision.rule,
                "reasons": list(prediction.reasons),
            }
            if prediction.category == "landlord_offer":
                record["offer"] = read_offer(f"{parsed.subject}\n{parsed.text}")
            if as_json:
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                flags = " DRINGEND" if prediction.urgent else ""
                flags += " (prüfen)" if prediction.needs_review else ""
                click.echo(
                    f"{name}: {prediction.category} {prediction.confidence:.0%} [{prediction.language}]{flags}"
                    f" -> {decision.queue}"
                )
                click.echo(f"    {'; '.join(prediction.reasons)}")
        batch.clear()

    for name, raw in mail_files(paths):
        batch.append((name, parse_mail(raw)))
        if len(batch) == 200:
            flush()
    flush()


@cli.command(name="check-rules")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def check_rules(ctx: click.Context, file: Path | None) -> None:
    """Check rules.yaml (default: the one the service uses) and the mail templates; list every problem."""
    settings = _settings(ctx)
    path = file or settings.rules_path
    rules = load_rules(path)
    templates = Templates(settings.templates or TEMPLATES)
    problems = templates.problems()
    for i, rule in enumerate(rules.routing):
        if rule.then.draft and not templates.has(f"drafts/{rule.then.draft}.de.txt.j2"):
            problems.append(f"{path}: routing.{i}.then.draft: no template drafts/{rule.then.draft}.de.txt.j2")
    if problems:
        raise TriageError("problems found:\n  " + "\n  ".join(problems))
    forwards = sorted(
        {a for a in [*(r.then.forward for r in rules.routing), *(q.forward for q in rules.queues.values())] if a}
    )
    click.echo(
        f"{path}: OK: {len(rules.queues)} queues, {len(rules.routing)} routing rules, default {rules.default.queue}"
    )
    click.echo(f"acknowledgements in: {', '.join(templates.ack_languages)} (others: German and English together)")
    if forwards:
        click.echo(f"mail is forwarded to: {', '.join(forwards)}")


@cli.command()
@click.option("--release", is_flag=True, help="Send the acknowledgements the circuit breaker held back.")
@click.option("--discard", is_flag=True, help="Drop them instead.")
@click.option("--retry-failed", is_flag=True, help="Try mail the server refused for good once more.")
@click.option("--list", "listing", is_flag=True, help="Show every mail not sent yet, with its last error.")
@click.pass_context
def outbox(ctx: click.Context, release: bool, discard: bool, retry_failed: bool, listing: bool) -> None:
    """What waits to be sent; release or discard what the circuit breaker held back."""
    if release and discard:
        raise click.UsageError("--release and --discard exclude each other")
    db = Database.open(_settings(ctx))
    try:
        with db.sessions() as session, session.begin():
            if release or discard:
                count = release_held(session, discard=discard)
                click.echo(f"{count} held mail(s) {'discarded' if discard else 'released: sent at the next poll'}")
            if retry_failed:
                click.echo(f"{retry_failed_rows(session)} failed mail(s) queued again")
            for state, kind, count in repo.outbox_counts(session):
                click.echo(f"{state:10} {kind:8} {count}")
            if listing:
                for row in repo.unsent(session):
                    error = f": {row.last_error}" if row.last_error else ""
                    click.echo(
                        f"#{row.id} {row.state} {row.kind} to {row.recipient}, {row.attempts} attempt(s), "
                        f"written {row.created_at:%Y-%m-%d %H:%M} UTC{error}"
                    )
    finally:
        db.close()


@cli.command()
@click.pass_context
def train(ctx: click.Context) -> None:
    """Train a model from the corpus and staff corrections; it replaces the current one only if it is not
    worse on the held-out mails."""
    settings = _settings(ctx)
    threshold = classification(settings).review_threshold
    corrections = []
    try:
        db = Database.open(settings)
    except TriageError as err:
        log.warning("training without staff corrections: %s", err)
    else:
        try:
            with db.sessions() as session:
                corrections = correction_examples(session)
        finally:
            db.close()
    try:
        current = store.load(settings.model)
    except store.ModelError:
        current = None
    outcome = train_model(corpus_examples(), corrections, current=current, review_threshold=threshold)
    click.echo(
        f"trained on {outcome.model.info['training_mails']} mails ({len(corrections)} staff corrections) "
        f"in {outcome.model.info['training_seconds']:.1f} s"
    )
    click.echo(format_report(outcome.metrics))
    if outcome.promoted:
        store.save(outcome.model, settings.model)
        click.echo(f"saved to {settings.model}: {outcome.why}")
    else:
        click.echo(f"kept the model in use: {outcome.why}")


@cli.command(name="eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--labels",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="CSV with file,category[,language,urgent]; file relative to DIRECTORY.",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def evaluate(ctx: click.Context, directory: Path, labels: Path, as_json: bool) -> None:
    """Measure the model on labelled mail: precision, recall, F1, confusion matrix, accuracy per language."""
    settings = _settings(ctx)
    threshold = classification(settings).review_threshold
    model = load_or_train(settings.model, threshold)
    metrics = measure(model, list(labelled(directory, labels)))
    click.echo(json.dumps(metrics, ensure_ascii=False, indent=1) if as_json else format_report(metrics))


@cli.command()
@click.argument("message_id")
@click.argument("category", type=click.Choice(CATEGORIES))
@click.option("--urgent/--not-urgent", default=None, help="Also correct the urgency.")
@click.option("--by", "who", default="staff", show_default=True, help="Who corrects (for the record).")
@click.pass_context
def correct(ctx: click.Context, message_id: str, category: str, urgent: bool | None, who: str) -> None:
    """Set a stored mail's category by hand; `triage train` learns from it."""
    db = Database.open(_settings(ctx))
    try:
        with db.sessions() as session, session.begin():
            mail = repo.mail_by_message_id(session, message_id)
            if mail is None:
                raise TriageError(f"no stored mail with Message-ID {message_id}; see `triage export`")
            repo.add_correction(session, mail, category=category, urgent=urgent, who=who)
            click.echo(f"mail #{mail.id} is now {category}{' (urgent)' if mail.urgent else ''}")
    finally:
        db.close()


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
