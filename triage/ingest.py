"""Fetch -> parse -> store -> mark, for one mailbox: every mail exactly once.

A batch of mails is stored in one transaction together with the source's progress (the last UID), and only
after the commit is mail marked on the server. A crash before the commit means the batch is fetched again;
after it, the ledger skips it; marks that a crash cut short are made up at the start of the next poll.

While one batch is stored, the next is already fetched and parsed (in worker processes for a large backlog).
Batches are still committed strictly in order.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from triage.db import repo
from triage.db.models import Mail
from triage.errors import MailboxError, StorageError
from triage.filing import FilingReport
from triage.mail.fingerprint import ContentHasher
from triage.mail.message import Location, ParsedMail
from triage.mail.prepare import Prepared, PreparePool, safe_parse
from triage.outbox import DeliveryReport
from triage.route import RouteReport
from triage.sources import Batch, MailSource, utcnow

log = logging.getLogger(__name__)

PREFIX_BYTES = 2 * 1024 * 1024  # how much of an over-limit mail is parsed
FETCH_BYTES = 16 * 1024 * 1024  # upper bound of whole mails fetched at once


@dataclass
class PollReport:
    source: str
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    parse_errors: int = 0
    archived: int = 0
    failures: list[str] = field(default_factory=list)
    classified: int = 0
    classify_error: str | None = None
    ingest_seconds: float = 0.0
    classify_seconds: float = 0.0
    routing: RouteReport = field(default_factory=RouteReport)
    route_error: str | None = None
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    filing: FilingReport = field(default_factory=FilingReport)

    def summary(self) -> str:
        text = f"{self.source}: {self.stored} new"
        if self.archived:
            text += f" ({self.archived} imported as archive)"
        text += f", {self.duplicates} already stored, {self.failed} failed"
        if self.parse_errors:
            text += f", {self.parse_errors} unparseable (stored raw)"
        text += f"; {self.classified} classified"
        if self.classify_error:
            text += " (classifier not working, see the log)"
        text += f" (storing {self.ingest_seconds:.1f} s, classifying {self.classify_seconds:.1f} s)"
        routing, delivery = self.routing, self.delivery
        text += f"; {routing.opened} new case(s), {routing.joined} joined a case, "
        text += f"{routing.acknowledgements} acknowledgement(s)"
        if routing.held:
            text += f", {routing.held} held back (circuit breaker)"
        if self.route_error:
            text += " (routing failed, see the log)"
        text += f"; {delivery.sent} sent"
        if delivery.waiting:
            text += f", {delivery.waiting} waiting in the outbox"
        return text


@dataclass
class _Fetched:
    batch: Batch
    raw: dict[str, bytes]
    prepared: Callable[[], dict[str, Prepared]]


def _describe(loc: Location, parsed: ParsedMail | None) -> str:
    return f"{loc.describe()} message_id={(parsed.message_id if parsed else None) or '-'}"


def ingest(
    source: MailSource,
    db: sessionmaker[Session],
    *,
    max_parse_bytes: int,
    workers: int = 0,
    now: Callable[[], datetime] = utcnow,
    on_progress: Callable[[int], None] | None = None,
    after_batch: Callable[[int], None] | None = None,
) -> PollReport:
    """Read every new mail of `source` into the database once. Raises MailboxError if the source goes
    away; what was committed before that stays, and the next call goes on from there."""
    report = PollReport(source.source)
    started = time.perf_counter()
    pool = PreparePool(workers)
    source.open(db)
    try:
        pending: _Fetched | None = None
        number = 0
        for batch in source.batches(db):
            try:
                fetched = _fetch(source, batch, pool, max_parse_bytes)
            except MailboxError:
                if pending is not None:  # fetched whole before the server went away: keep it
                    _store_batch(source, db, pending, report, max_parse_bytes=max_parse_bytes, now=now, mark=False)
                raise
            if pending is not None:
                _store_batch(source, db, pending, report, max_parse_bytes=max_parse_bytes, now=now)
                number = _after(pending, number, on_progress, after_batch)
            pending = fetched
        if pending is not None:
            _store_batch(source, db, pending, report, max_parse_bytes=max_parse_bytes, now=now)
            _after(pending, number, on_progress, after_batch)
    finally:
        pool.close()
        source.close()
    report.ingest_seconds = time.perf_counter() - started
    return report


def _after(
    done: _Fetched,
    number: int,
    on_progress: Callable[[int], None] | None,
    after_batch: Callable[[int], None] | None,
) -> int:
    if on_progress:
        on_progress(len(done.batch.locations))
    if after_batch:
        after_batch(number)
    return number + 1


def _fetch(source: MailSource, batch: Batch, pool: PreparePool, max_parse_bytes: int) -> _Fetched:
    small = [loc for loc in batch.locations if loc.size <= max_parse_bytes]
    raw: dict[str, bytes] = {}
    for group in _by_bytes(small, FETCH_BYTES):
        raw.update(source.fetch(group))
    return _Fetched(batch, raw, pool.submit(list(raw.items()), source.total))


def _store_batch(
    source: MailSource,
    db: sessionmaker[Session],
    fetched: _Fetched,
    report: PollReport,
    *,
    max_parse_bytes: int,
    now: Callable[[], datetime],
    mark: bool = True,
) -> None:
    """Store one fetched batch in one transaction, then mark it on the server (unless `mark` is False:
    then the next poll's repair step marks it)."""
    prepared = fetched.prepared()
    ready: dict[str, repo.NewMail] = {}
    for loc in fetched.batch.locations:
        if loc.key in prepared:
            p = prepared[loc.key]
            ready[loc.key] = repo.NewMail(loc, p.parsed, p.fingerprint, p.raw_sha256, fetched.raw[loc.key])
    done: list[tuple[Location, ParsedMail, repo.Stored]] = []
    try:
        with db() as session, session.begin():
            stamp = now()
            failed_before = repo.open_failure_keys(session, source.source)
            stored = _store_all(source, session, list(ready.values()), stamp)
            for loc in fetched.batch.locations:
                if stored is not None and loc.key in ready:
                    outcome: tuple[ParsedMail, repo.Stored] | None = (ready[loc.key].parsed, stored[loc.key])
                elif loc.key in ready or loc.size > max_parse_bytes:
                    outcome = _store_one(source, session, loc, ready.get(loc.key), stamp)
                else:
                    log.warning("%s disappeared from the server before it could be fetched", loc.describe())
                    continue
                if outcome is None:
                    report.failed += 1
                    report.failures.append(loc.describe())
                    continue
                done.append((loc, *outcome))
                if loc.key in failed_before:
                    repo.resolve_failure(session, loc, stamp)
            source.progress(session, fetched.batch)
    except SQLAlchemyError as err:
        raise StorageError(
            f"cannot write to the database ({_error_text(err)}); nothing of this batch was stored, "
            "it is fetched again next time"
        ) from err
    for loc, parsed, result in done:
        _count(report, loc, parsed, result)
    if mark:
        source.mark_done([loc for loc, _, _ in done])


def _count(report: PollReport, loc: Location, parsed: ParsedMail, stored: repo.Stored) -> None:
    if stored.duplicate:
        report.duplicates += 1
        log.debug("%s already stored as mail #%d", _describe(loc, parsed), stored.mail_id)
        return
    report.stored += 1
    report.archived += loc.archived
    log.debug("%s stored as mail #%d", _describe(loc, parsed), stored.mail_id)
    if parsed.parse_error:
        report.parse_errors += 1
        log.warning("%s stored raw; parse error: %s", _describe(loc, parsed), parsed.parse_error)


def _store_all(
    source: MailSource, session: Session, items: list[repo.NewMail], stamp: datetime
) -> dict[str, repo.Stored] | None:
    """The fast path: the whole batch in a few statements. None if anything in it fails, so that the caller
    stores mail by mail and finds the culprit."""
    if not items:
        return {}
    try:
        with session.begin_nested():
            return repo.add_mails(session, items, origin=source.origin, now=stamp)
    except SQLAlchemyError as err:
        if _connection_gone(err):
            raise
        log.info("storing the batch at once failed (%s); storing mail by mail", _error_text(err))
        return None


def _store_one(
    source: MailSource,
    session: Session,
    loc: Location,
    item: repo.NewMail | None,
    stamp: datetime,
) -> tuple[ParsedMail, repo.Stored] | None:
    """Store one mail inside a savepoint. On failure, record it and return None: the batch goes on."""
    parsed = item.parsed if item else None
    try:
        with session.begin_nested():
            if item is not None:
                stored = repo.add_mails(session, [item], origin=source.origin, now=stamp)[loc.key]
            else:
                parsed, stored = _store_streamed(source, session, loc, stamp)
        return parsed, stored
    except Exception as err:
        if isinstance(err, SQLAlchemyError) and _connection_gone(err):
            raise
        if isinstance(err, MailboxError):
            raise  # the server went away while streaming a large mail: not this mail's fault
        message = _error_text(err)
        log.error("%s could not be stored, will retry: %s", _describe(loc, parsed), message)
        repo.record_failure(
            session,
            loc,
            message_id=parsed.message_id if parsed else None,
            error=message,
            detail=traceback.format_exc(limit=20),
            now=stamp,
        )
        return None


def _error_text(err: BaseException) -> str:
    """A one-line description of an error without the SQL parameters, which would carry mail content
    (personal data) into logs."""
    orig = getattr(err, "orig", None)
    if isinstance(err, SQLAlchemyError) and orig is not None:
        err = orig
    return f"{type(err).__name__}: {err}".splitlines()[0][:1000]


def _connection_gone(err: SQLAlchemyError) -> bool:
    return bool(getattr(err, "connection_invalidated", False))


def _store_streamed(
    source: MailSource, session: Session, loc: Location, stamp: datetime
) -> tuple[ParsedMail, repo.Stored]:
    """Store an over-limit mail chunk by chunk; parse only its start. Memory stays bounded by the chunk."""
    hasher = ContentHasher()
    prefix = bytearray()

    def stream() -> Iterator[bytes]:
        for piece in source.chunks(loc, repo.CHUNK_BYTES):
            hasher.update(piece)
            if len(prefix) < PREFIX_BYTES:
                prefix.extend(piece[: PREFIX_BYTES - len(prefix)])
            yield piece

    with session.begin_nested() as attempt:
        mail_id = repo.add_streamed_mail(session, location=loc, origin=source.origin, chunks=stream(), now=stamp)
        parsed = safe_parse(bytes(prefix), total_size=max(hasher.size, loc.size))
        fingerprint = hasher.fingerprint(parsed.message_id)
        existing = repo.mail_by_fingerprint(session, fingerprint)
        if existing is None:
            values = repo.mail_values(parsed, loc, source.origin, fingerprint, hasher.raw_sha256, stamp)
            values["raw_size"] = hasher.size
            session.execute(update(Mail).where(Mail.id == mail_id).values(**values))
            return parsed, repo.Stored(mail_id, duplicate=False)
        existing_id = existing.id
        attempt.rollback()  # the same mail is stored already: drop this copy's bytes, keep only a sighting
    session.add(repo.sighting(loc, existing_id, stamp, duplicate=True))
    session.flush()
    return parsed, repo.Stored(existing_id, duplicate=True)


def _by_bytes(locations: list[Location], limit: int) -> Iterator[list[Location]]:
    group: list[Location] = []
    total = 0
    for loc in locations:
        if group and total + loc.size > limit:
            yield group
            group, total = [], 0
        group.append(loc)
        total += loc.size
    if group:
        yield group
