"""Where mail comes from: an IMAP folder (by UIDVALIDITY and UID), or mail on disk (Maildir, mbox, .eml).

A source lists new mail in batches, fetches it, records how far it got inside the storing transaction, and
marks stored mail once that transaction is committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from triage.db import repo
from triage.db.models import MailboxState
from triage.mail.imap import ImapFolder
from triage.mail.maildir import LocalMail
from triage.mail.message import Location

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Batch:
    """New mail to store together. `upto` is how far the source has read once this batch is stored (the
    highest UID looked at, including UIDs skipped because the ledger knew them)."""

    locations: list[Location]
    upto: int | None = None


class MailSource(Protocol):
    source: str
    origin: str

    @property
    def total(self) -> int | None: ...
    def open(self, db: sessionmaker[Session]) -> None: ...
    def batches(self, db: sessionmaker[Session]) -> Iterator[Batch]: ...
    def fetch(self, locations: list[Location]) -> dict[str, bytes]: ...
    def chunks(self, location: Location, size: int) -> Iterator[bytes]: ...
    def progress(self, session: Session, batch: Batch) -> None: ...
    def mark_done(self, locations: list[Location]) -> None: ...
    def close(self) -> None: ...


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
                    "first connection to %s: the %d mails already there are imported as archive",
                    self.folder.where,
                    max(self.folder.uidnext - 1, 0),
                )
            elif state.uidvalidity != self.folder.uidvalidity:
                log.warning(
                    "%s: UIDVALIDITY changed from %d to %d: the server renumbered the folder. Reading it "
                    "again; mails already stored are recognised by content and not stored twice",
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

    def batches(self, db: sessionmaker[Session]) -> Iterator[Batch]:
        assert self.state is not None
        with db() as session:
            retry = sorted(
                f.uid
                for f in repo.retryable_failures(session, self.source)
                if f.uid is not None and f.uidvalidity == self.folder.uidvalidity
            )
        uids = sorted(set(retry) | set(self.folder.uids_after(self.state.last_uid)))
        self._total = len(uids)
        for start in range(0, len(uids), self.batch_size):
            part = uids[start : start + self.batch_size]
            with db() as session:
                known = repo.known_keys(session, self.source, [self._key(u) for u in part])
            sizes = self.folder.sizes([u for u in part if self._key(u) not in known])
            locations = [
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
            yield Batch(locations, upto=max(part))

    def fetch(self, locations: list[Location]) -> dict[str, bytes]:
        data = self.folder.bodies([loc.uid for loc in locations if loc.uid is not None])
        return {self._key(uid): raw for uid, raw in data.items()}

    def chunks(self, location: Location, size: int) -> Iterator[bytes]:
        assert location.uid is not None
        return self.folder.body_chunks(location.uid, location.size, size)

    def progress(self, session: Session, batch: Batch) -> None:
        assert self.state is not None and batch.upto is not None
        state = session.merge(self.state)
        state.last_uid = max(state.last_uid, batch.upto)
        state.updated_at = self.now()
        self.state = state

    def mark_done(self, locations: list[Location]) -> None:
        self.folder.mark_done([loc.uid for loc in locations if loc.uid is not None])

    def close(self) -> None:
        self.folder.close()


class LocalSource:
    """Mail on disk, read-only. The poller reads the configured Maildir; `triage import` reads any of the
    three kinds and files what it finds as archive."""

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

    def batches(self, db: sessionmaker[Session]) -> Iterator[Batch]:
        keys = self.local.keys()
        with db() as session:
            known = repo.known_keys(session, self.source, keys)
            given_up = {f.key for f in repo.exhausted_failures(session, self.source)}
        todo = [k for k in keys if k not in known and k not in given_up]
        self._total = len(todo)
        for start in range(0, len(todo), self.batch_size):
            yield Batch(
                [
                    Location(source=self.source, key=k, size=self.local.size(k), archived=self.archived)
                    for k in todo[start : start + self.batch_size]
                ]
            )

    def fetch(self, locations: list[Location]) -> dict[str, bytes]:
        return {loc.key: self.local.read(loc.key) for loc in locations}

    def chunks(self, location: Location, size: int) -> Iterator[bytes]:
        return self.local.chunks(location.key, size)

    def progress(self, session: Session, batch: Batch) -> None:
        pass

    def mark_done(self, locations: list[Location]) -> None:
        pass

    def close(self) -> None:
        pass
