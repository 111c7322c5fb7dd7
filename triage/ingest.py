"""Fetch -> parse -> store -> mark, for one mailbox: every mail exactly once.

A batch of mails is stored in one transaction, each mail inside its own savepoint; the folder's progress
(last UID) is written in that same transaction. Only after the commit is mail marked on the server. So a crash
before the commit means the batch is fetched again, and after it the ledger skips it; marks that a crash cut
short are made up at the start of the next poll.
"""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from triage.db import repo
from triage.db.models import Mail, MailboxState
from triage.errors import StorageError
from triage.mail.fingerprint import ContentHasher
from triage.mail.imap import ImapFolder
from triage.mail.maildir import LocalMail
from triage.mail.message import Location, ParsedMail
from triage.mail.parse import parse_mail

log = logging.getLogger(__name__)

PREFIX_BYTES = 2 * 1024 * 1024  # how much of an over-limit mail is parsed
FETCH_BYTES = 32 * 1024 * 1024  # upper bound of whole mails fetched at once


def utcnow() -> datetime:
    return datetime.now(UTC)


class MailSource(Protocol):
    """Where mail comes from: an IMAP folder, a Maildir, an mbox file, a folder of .eml files."""

    source: str
    origin: str

    def open(self, db: sessionmaker[Session]) -> None: ...
    def batches(self, db: sessionmaker[Session]) -> Iterator[list[Location]]: ...
    def fetch(self, locations: list[Location]) -> dict[str, bytes]: ...
    def chunks(self, location: Location, size: int) -> Iterator[bytes]: ...
    def progress(self, session: Session, done: list[Location]) -> None: ...
    def mark_done(self, locations: list[Location]) -> None: ...
    def close(self) -> None: ...

    @property
    def total(self) -> int | None: ...


@dataclass
class PollReport:
    source: str
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    parse_errors: int = 0
    archived: int = 0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.source}: {self.stored} new"
        if self.archived:
            text += f" ({self.archived} imported as archive)"
        text += f", {self.duplicates} already stored, {self.failed} failed"
        if self.parse_errors:
            text += f", {self.parse_errors} unparseable (stored raw)"
        return text


def _safe_parse(raw: bytes, total_size: int | None = None) -> ParsedMail:
    try:
        return parse_mail(raw, total_size=total_size)
    except Exception as err:
        return ParsedMail(parse_error=f"internal parser error: {type(err).__name__}: {err}", size=len(raw))


def _describe(loc: Location, parsed: ParsedMail | None) -> str:
    return f"{loc.describe()} message_id={(parsed.message_id if parsed else None) or '-'}"


def ingest(
    source: MailSource,
    db: sessionmaker[Session],
    *,
    max_parse_bytes: int,
    now: Callable[[], datetime] = utcnow,
    on_progress: Callable[[int], None] | None = None,
    after_batch: Callable[[int], None] | None = None,
) -> PollReport:
    """Read every new mail of `source` into the database once. Raises MailboxError if the source goes
    away; what was committed before that stays, and the next call goes on from there."""
    report = PollReport(source.source)
    source.open(db)
    try:
        for number, batch in enumerate(source.batches(db)):
            _ingest_batch(source, db, batch, report, max_parse_bytes=max_parse_bytes, now=now)
            if on_progress:
                on_progress(len(batch))
            if after_batch:
                after_batch(number)
    finally:
        source.close()
    log.info("poll %s", report.summary())
    return report


def _ingest_batch(
    source: MailSource,
    db: sessionmaker[Session],
    batch: list[Location],
    report: PollReport,
    *,
    max_parse_bytes: int,
    now: Callable[[], datetime],
) -> None:
    small = [loc for loc in batch if loc.size <= max_parse_bytes]
    fetched: dict[str, bytes] = {}
    for group in _by_bytes(small, FETCH_BYTES):
        fetched.update(source.fetch(group))
    ready: dict[str, repo.NewMail] = {}
    for loc in small:
        raw = fetched.pop(loc.key, None)
        if raw is None:
            log.warning("%s disappeared from the server before it could be fetched", loc.describe())
            continue
        ready[loc.key] = _prepare(loc, raw)

    done: list[tuple[Location, ParsedMail, repo.Stored]] = []
    try:
        with db() as session, session.begin():
            stamp = now()
            failed_before = repo.open_failure_keys(session, source.source)
            stored = _store_all(source, session, list(ready.values()), stamp)
            for loc in batch:
                if stored is not None and loc.key in ready:
                    outcome: tuple[ParsedMail, repo.Stored] | None = (ready[loc.key].parsed, stored[loc.key])
                elif loc.key in ready or loc.size > max_parse_bytes:
                    outcome = _store_one(source, session, loc, ready.get(loc.key), stamp)
                else:
                    continue
                if outcome is None:
                    report.failed += 1
                    report.failures.append(loc.describe())
                    continue
                done.append((loc, *outcome))
                if loc.key in failed_before:
                    repo.resolve_failure(session, loc, stamp)
            source.progress(session, batch)
    except SQLAlchemyError as err:
        raise StorageError(
            f"cannot write to the database ({_error_text(err)}); nothing of this batch was stored, "
            "it is fetched again next time"
        ) from err
    for loc, parsed, result in done:
        _count(report, loc, parsed, result)
    source.mark_done([loc for loc, _, _ in done])


def _prepare(loc: Location, raw: bytes) -> repo.NewMail:
    parsed = _safe_parse(raw)
    hasher = ContentHasher()
    hasher.update(raw)
    return repo.NewMail(loc, parsed, hasher.fingerprint(parsed.message_id), hasher.raw_sha256, raw)


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
    source: MailSource, session: Session, loc: Location, item: repo.NewMail | None, stamp: datetime
) -> tuple[ParsedMail, repo.Stored] | None:
    """Store one mail inside a savepoint. On failure, record it and return None: the batch goes on."""
    parsed = item.parsed if item else None
    try:
        with session.begin_nested():
            if item is not None:
                stored = repo.add_mail(
                    session,
                    parsed=item.parsed,
                    location=loc,
                    origin=source.origin,
                    fingerprint=item.fingerprint,
                    raw_sha256=item.raw_sha256,
                    chunks=[item.raw],
                    now=stamp,
                )
            else:
                parsed, stored = _store_streamed(source, session, loc, stamp)
        return parsed, stored
    except StorageError:
        raise
    except Exception as err:
        if isinstance(err, SQLAlchemyError) and _connection_gone(err):
            raise
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

    placeholder = ParsedMail(size=loc.size)
    with session.begin_nested() as attempt:
        stored = repo.add_mail(
            session,
            parsed=placeholder,
            location=loc,
            origin=source.origin,
            fingerprint="pending-" + uuid.uuid4().hex[:56],
            raw_sha256="",
            chunks=stream(),
            now=stamp,
        )
        parsed = _safe_parse(bytes(prefix), total_size=max(hasher.size, loc.size))
        fingerprint = hasher.fingerprint(parsed.message_id)
        if repo.mail_by_fingerprint(session, fingerprint) is not None:
            attempt.rollback()
        else:
            mail = session.get(Mail, stored.mail_id)
            assert mail is not None
            fresh = repo.mail_row(parsed, loc, source.origin, fingerprint, hasher.raw_sha256, stamp)
            for column in Mail.__table__.columns:
                if column.key not in ("id", "received_at"):
                    setattr(mail, column.key, getattr(fresh, column.key))
            mail.raw_size = hasher.size
            session.flush()
            return parsed, stored
    existing = repo.mail_by_fingerprint(session, fingerprint)
    assert existing is not None
    session.add(repo.sighting(loc, existing.id, stamp, duplicate=True))
    session.flush()
    return parsed, repo.Stored(existing.id, duplicate=True)


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


class ImapSource:
    """New mail of one IMAP folder, by UIDVALIDITY and UID."""

    origin = "imap"

    def __init__(self, folder: ImapFolder, batch_size: int, now: Callable[[], datetime] = utcnow) -> None:
        self.folder = folder
        self.batch_size = batch_size
        self.now = now
        self.source = folder.source
        self.state: MailboxState | None = None
        self._total: int | None = None

    @property
    def total(self) -> int | None:
        return self._total

    def open(self, db: sessionmaker[Session]) -> None:
        self.folder.connect()
        with db() as session, session.begin():
            state = repo.mailbox_state(session, self.source)
            if state is None:
                state = MailboxState(
                    source=self.source,
                    uidvalidity=self.folder.uidvalidity,
                    last_uid=0,
                    first_uidnext=self.folder.uidnext,
                    updated_at=self.now(),
                )
                session.add(state)
                log.info(
                    "first connection to %s: %d mails already there are imported as archive",
                    self.folder.where,
                    max(self.folder.uidnext - 1, 0),
                )
            elif state.uidvalidity != self.folder.uidvalidity:
                log.warning(
                    "%s: UIDVALIDITY changed from %d to %d: the server renumbered the folder. Reading it again; "
                    "mails already stored are recognised by content and not stored twice",
                    self.folder.where,
                    state.uidvalidity,
                    self.folder.uidvalidity,
                )
                state.uidvalidity, state.last_uid, state.first_uidnext = self.folder.uidvalidity, 0, 0
                state.updated_at = self.now()
            self.state = state
        self._repair_marks(db)

    def _key(self, uid: int) -> str:
        return f"{self.folder.uidvalidity}:{uid}"

    def _repair_marks(self, db: sessionmaker[Session]) -> None:
        assert self.state is not None
        unmarked = self.folder.unmarked_up_to(self.state.last_uid)
        if not unmarked:
            return
        with db() as session:
            known = repo.known_keys(session, self.source, [self._key(u) for u in unmarked])
        uids = [u for u in unmarked if self._key(u) in known]
        if uids:
            log.info("%s: marking %d stored mails whose marking was cut short", self.folder.where, len(uids))
            self.folder.mark_done(uids)

    def batches(self, db: sessionmaker[Session]) -> Iterator[list[Location]]:
        assert self.state is not None
        with db() as session:
            retry = sorted(
                f.uid
                for f in repo.retryable_failures(session, self.source)
                if f.uid is not None and f.uidvalidity == self.folder.uidvalidity
            )
        new = self.folder.uids_after(self.state.last_uid)
        uids = sorted(set(retry) | set(new))
        self._total = len(uids)
        for start in range(0, len(uids), self.batch_size):
            part = uids[start : start + self.batch_size]
            with db() as session:
                known = repo.known_keys(session, self.source, [self._key(u) for u in part])
            sizes = self.folder.sizes([u for u in part if self._key(u) not in known])
            batch = [
                Location(
                    source=self.source,
                    key=self._key(uid),
                    uidvalidity=self.folder.uidvalidity,
                    uid=uid,
                    size=size,
                    internal_date=date,
                    archived=uid < self.state.first_uidnext,
                )
                for uid, (size, date) in sorted(sizes.items())
            ]
            self._last_uid_of_batch = max(part)
            yield batch

    def fetch(self, locations: list[Location]) -> dict[str, bytes]:
        data = self.folder.bodies([loc.uid for loc in locations if loc.uid is not None])
        return {self._key(uid): raw for uid, raw in data.items()}

    def chunks(self, location: Location, size: int) -> Iterator[bytes]:
        assert location.uid is not None
        return self.folder.body_chunks(location.uid, location.size, size)

    def progress(self, session: Session, done: list[Location]) -> None:
        assert self.state is not None
        state = session.merge(self.state)
        state.last_uid = max(state.last_uid, self._last_uid_of_batch)
        state.updated_at = self.now()
        self.state = state

    def mark_done(self, locations: list[Location]) -> None:
        self.folder.mark_done([loc.uid for loc in locations if loc.uid is not None])

    def close(self) -> None:
        self.folder.close()


class LocalSource:
    """Mail on disk. The poller reads the configured Maildir; `triage import` reads any of the three kinds
    and files what it finds as archive."""

    def __init__(self, local: LocalMail, *, origin: str, archived: bool, batch_size: int = 100) -> None:
        self.local = local
        self.origin = origin
        self.archived = archived
        self.batch_size = batch_size
        self.source = local.source
        self._total: int | None = None

    @property
    def total(self) -> int | None:
        return self._total

    def open(self, db: sessionmaker[Session]) -> None:
        pass

    def batches(self, db: sessionmaker[Session]) -> Iterator[list[Location]]:
        keys = self.local.keys()
        with db() as session:
            known = repo.known_keys(session, self.source, keys)
            given_up = {f.key for f in repo.exhausted_failures(session, self.source)}
        todo = [k for k in keys if k not in known and k not in given_up]
        self._total = len(todo)
        for start in range(0, len(todo), self.batch_size):
            yield [
                Location(source=self.source, key=k, size=self.local.size(k), archived=self.archived)
                for k in todo[start : start + self.batch_size]
            ]

    def fetch(self, locations: list[Location]) -> dict[str, bytes]:
        return {loc.key: self.local.read(loc.key) for loc in locations}

    def chunks(self, location: Location, size: int) -> Iterator[bytes]:
        return self.local.chunks(location.key, size)

    def progress(self, session: Session, done: list[Location]) -> None:
        pass

    def mark_done(self, locations: list[Location]) -> None:
        pass

    def close(self) -> None:
        pass
