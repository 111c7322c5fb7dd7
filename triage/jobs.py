"""What the service does, as plain functions: the CLI and the scheduler call the same ones."""

from __future__ import annotations

import contextlib
import logging
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from classifiers.store import ModelError
from triage.classify import Classify, classify_stored
from triage.compose import TEMPLATES, Templates
from triage.db.lock import poller_lock
from triage.db.session import check_schema, make_engine, session_factory
from triage.errors import MailboxError, PollerBusyError, StorageError, TriageError
from triage.filing import file_on_server
from triage.ingest import PollReport, ingest
from triage.mail.imap import ImapFolder
from triage.mail.maildir import LocalMail
from triage.outbox import deliver
from triage.route import Answering, route_stored
from triage.rules.loader import load_rules
from triage.rules.schema import Rules
from triage.settings import Settings
from triage.sources import ImapSource, LocalSource, MailSource

log = logging.getLogger(__name__)


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def open(cls, settings: Settings, *, check: bool = True) -> Database:
        engine = make_engine(settings.database_url)
        if check:
            check_schema(engine)
        return cls(engine, session_factory(engine))

    def close(self) -> None:
        self.engine.dispose()


def classification(settings: Settings, rules: Rules | None = None) -> Classify:
    """Which model to use and the review threshold from rules.yaml (a broken rules file stops here)."""
    rules = rules or load_rules(settings.rules_path)
    return Classify(settings.model, rules.review.min_confidence)


def answering(settings: Settings, rules: Rules) -> Answering:
    own = {settings.from_address.lower()}
    if settings.imap_user and "@" in settings.imap_user:
        own.add(settings.imap_user.lower())
    return Answering(rules, Templates(settings.templates or TEMPLATES), settings.from_address, frozenset(own))


def route_new(how: Answering, db: Database, report: PollReport) -> None:
    """Open or join cases for classified mail and fill the outbox. A failure leaves mail stored and classified;
    the next poll routes it."""
    try:
        routed = route_stored(db.sessions, how)
    except (TriageError, OSError) as err:
        report.route_error = str(err)
        log.error("mail is stored but not routed: %s", err)
        return
    report.routing = routed


def classify_new(how: Classify, db: Database, report: PollReport) -> None:
    """Classify what was stored. If the classifier cannot work, the mail stays stored and unclassified (the
    next poll tries again): a classifier problem must never stop mail from being stored."""
    started = time.perf_counter()
    try:
        report.classified = classify_stored(db.sessions, how)
    except (TriageError, ModelError, OSError) as err:
        report.classify_error = str(err)
        log.error("mail is stored but not classified: %s", err)
    report.classify_seconds = time.perf_counter() - started


def mail_source(settings: Settings) -> MailSource:
    if settings.uses_imap:
        return ImapSource(ImapFolder(settings), batch_size=settings.imap_batch_size)
    return LocalSource(LocalMail(settings.maildir), origin="maildir", archived=False)


def poll_once(
    settings: Settings,
    db: Database,
    *,
    after_batch: Callable[[int], None] | None = None,
) -> PollReport:
    """One full cycle: fetch, store, classify and route every new mail of the configured mailbox, then send
    what the outbox holds and file drafts and copies on the server."""
    source = mail_source(settings)
    if not settings.uses_imap:
        log.info("no IMAP server set (TRIAGE_IMAP_HOST): reading the local Maildir %s", settings.maildir)
    return _cycle(settings, db, source, after_batch=after_batch)


def import_path(
    settings: Settings, db: Database, path: Path, on_start: Callable[[MailSource], Callable[[int], None]]
) -> PollReport:
    """Backfill from an mbox file, a Maildir or a folder of .eml files. Imported mail is archive: filed,
    never answered."""
    source = LocalSource(LocalMail(path), origin="import", archived=True)
    return _cycle(settings, db, source, on_progress=on_start(source), deliver_outbox=False)


def _cycle(
    settings: Settings,
    db: Database,
    source: MailSource,
    *,
    after_batch: Callable[[int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    deliver_outbox: bool = True,
) -> PollReport:
    rules = load_rules(settings.rules_path)  # before anything is fetched: refuse to start on a broken rules file
    how, answers = classification(settings, rules), answering(settings, rules)
    with poller_lock(db.engine, source.source):
        mailbox_down: MailboxError | None = None
        try:
            report = ingest(
                source,
                db.sessions,
                max_parse_bytes=settings.max_parse_bytes,
                workers=settings.parse_workers,
                after_batch=after_batch,
                on_progress=on_progress,
            )
        except MailboxError as err:
            # What is already stored is still classified, routed and answered while the mail server is away.
            mailbox_down, report = err, PollReport(source=source.source)
        classify_new(how, db, report)
        route_new(answers, db, report)
        if deliver_outbox:
            report.delivery = deliver(db.sessions, settings)
            if mailbox_down is None:
                report.filing = file_on_server(db.sessions, settings, rules)
        if mailbox_down is not None:
            raise mailbox_down
        log.info("poll %s", report.summary())
        return report


class Backoff:
    """Delays after consecutive failures: interval, then doubling, capped, with jitter."""

    def __init__(self, interval: float, cap: float = 900.0) -> None:
        self.interval, self.cap, self.failures = interval, cap, 0

    def success(self) -> float:
        self.failures = 0
        return self.interval

    def failure(self) -> float:
        self.failures += 1
        delay = min(self.cap, self.interval * 2 ** (self.failures - 1))
        return delay * random.uniform(0.8, 1.2)


class PollJob:
    """One scheduled poll. Returns the delay until the next one: the interval after success, a growing
    backoff while the server or database is away. It never raises: the service keeps running."""

    def __init__(self, settings: Settings, db: Database) -> None:
        self.settings, self.db = settings, db
        self.backoff = Backoff(settings.poll_interval)

    def __call__(self) -> float:
        try:
            poll_once(self.settings, self.db)
            return self.backoff.success()
        except PollerBusyError as err:
            log.warning("%s", err)
            return self.backoff.success()
        except (MailboxError, StorageError) as err:
            delay = self.backoff.failure()
            log.error("%s (failed %d time(s) in a row; next try in %.0f s)", err, self.backoff.failures, delay)
            return delay
        except Exception:
            delay = self.backoff.failure()
            log.exception("poll failed unexpectedly; next try in %.0f s", delay)
            return delay


def run_service(settings: Settings, db: Database) -> None:
    """Poll on a schedule until stopped (SIGTERM or Ctrl-C)."""
    from apscheduler.schedulers.blocking import BlockingScheduler

    scheduler = BlockingScheduler(timezone=UTC)
    job = PollJob(settings, db)

    def poll_and_reschedule() -> None:
        delay = job()
        scheduler.add_job(
            poll_and_reschedule,
            "date",
            run_date=datetime.now(UTC) + timedelta(seconds=delay),
            id="poll",
            replace_existing=True,
            misfire_grace_time=None,
        )

    scheduler.add_job(poll_and_reschedule, "date", run_date=datetime.now(UTC), id="poll", misfire_grace_time=None)

    def stop(signum: int, _frame: object) -> None:
        log.info("stopping (signal %d)", signum)
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    log.info("triage is running: polling every %.0f s; stop with Ctrl-C", settings.poll_interval)
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        scheduler.start()
