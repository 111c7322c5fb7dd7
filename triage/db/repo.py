"""Reading and writing the ingest tables. Callers own the transaction; nothing here commits."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import case, func, insert, select
from sqlalchemy.orm import Session

from classifiers.types import Prediction
from triage.db.models import Case, Correction, IngestFailure, Mail, MailboxState, Outbox, RawChunk, Sighting
from triage.mail.message import Location, ParsedMail

CHUNK_BYTES = 4 * 1024 * 1024
MAX_FAILED_ATTEMPTS = 5


@dataclass(frozen=True)
class Stored:
    mail_id: int
    duplicate: bool


def known_keys(session: Session, source: str, keys: Iterable[str]) -> set[str]:
    """Which of these keys the ledger has already seen in this source."""
    keys = list(keys)
    found: set[str] = set()
    for i in range(0, len(keys), 500):
        part = keys[i : i + 500]
        found.update(session.scalars(select(Sighting.key).where(Sighting.source == source, Sighting.key.in_(part))))
    return found


def mail_by_fingerprint(session: Session, fingerprint: str) -> Mail | None:
    return session.scalars(select(Mail).where(Mail.fingerprint == fingerprint)).one_or_none()


def prediction_values(prediction: Prediction, now: datetime) -> dict[str, Any]:
    return dict(
        category=prediction.category,
        confidence=prediction.confidence,
        language=prediction.language,
        urgent=prediction.urgent,
        needs_review=prediction.needs_review,
        spam_score=prediction.probabilities.get("spam", 0.0),
        reasons=list(prediction.reasons),
        model_trained_at=prediction.model,
        classified_at=now,
    )


def mail_values(
    parsed: ParsedMail,
    location: Location,
    origin: str,
    fingerprint: str,
    raw_sha256: str,
    now: datetime,
) -> dict[str, Any]:
    def addrs(items: tuple) -> list[dict[str, str]]:
        return [{"address": a.address[:320], "name": a.name[:500]} for a in items]

    return dict(
        fingerprint=fingerprint,
        raw_sha256=raw_sha256,
        raw_size=parsed.size,
        received_at=now,
        origin=origin,
        archived=location.archived,
        internal_date=location.internal_date,
        message_id=parsed.message_id,
        in_reply_to=parsed.in_reply_to,
        references=list(parsed.references),
        sender=parsed.sender.address[:320] if parsed.sender else None,
        sender_name=parsed.sender.name[:500] if parsed.sender else None,
        recipients={"to": addrs(parsed.to), "cc": addrs(parsed.cc), "reply_to": addrs(parsed.reply_to)},
        subject=parsed.subject,
        sent_at=parsed.date,
        text_body=parsed.text,
        html_body=parsed.html,
        attachments=[
            {"filename": a.filename, "content_type": a.content_type, "size": a.size} for a in parsed.attachments
        ],
        headers=[list(h) for h in parsed.headers],
        defects=list(parsed.defects),
        parse_error=parsed.parse_error,
    )


def sighting_values(location: Location, mail_id: int, now: datetime, duplicate: bool) -> dict[str, Any]:
    return dict(
        source=location.source,
        key=location.key,
        uidvalidity=location.uidvalidity,
        uid=location.uid,
        mail_id=mail_id,
        seen_at=now,
        duplicate=duplicate,
    )


def sighting(location: Location, mail_id: int, now: datetime, duplicate: bool) -> Sighting:
    return Sighting(**sighting_values(location, mail_id, now, duplicate))


@dataclass(frozen=True)
class NewMail:
    """A fetched, parsed mail ready to be stored in one go with others."""

    location: Location
    parsed: ParsedMail
    fingerprint: str
    raw_sha256: str
    raw: bytes


def add_mails(session: Session, items: list[NewMail], *, origin: str, now: datetime) -> dict[str, Stored]:
    """Store many mails with a handful of statements; same outcome as add_mail for each. Returns the
    outcome per location key. All or nothing: on error the caller falls back to one mail at a time."""
    ids = dict(
        session.execute(
            select(Mail.fingerprint, Mail.id).where(Mail.fingerprint.in_({i.fingerprint for i in items}))
        ).all()
    )
    fresh: dict[str, NewMail] = {}
    for item in items:
        if item.fingerprint not in ids:
            fresh.setdefault(item.fingerprint, item)
    if fresh:
        rows = [mail_values(i.parsed, i.location, origin, i.fingerprint, i.raw_sha256, now) for i in fresh.values()]
        inserted = session.execute(
            insert(Mail).returning(Mail.fingerprint, Mail.id, sort_by_parameter_order=True), rows
        )
        ids.update((fp, mail_id) for fp, mail_id in inserted)
        chunks = [
            {"mail_id": ids[fp], "seq": seq, "data": i.raw[start : start + CHUNK_BYTES]}
            for fp, i in fresh.items()
            for seq, start in enumerate(range(0, max(len(i.raw), 1), CHUNK_BYTES))
        ]
        session.execute(insert(RawChunk), chunks)
    outcome = {i.location.key: Stored(ids[i.fingerprint], duplicate=fresh.get(i.fingerprint) is not i) for i in items}
    session.execute(
        insert(Sighting),
        [
            sighting_values(i.location, outcome[i.location.key].mail_id, now, outcome[i.location.key].duplicate)
            for i in items
        ],
    )
    return outcome


def open_failure_keys(session: Session, source: str) -> set[str]:
    return set(
        session.scalars(
            select(IngestFailure.key).where(IngestFailure.source == source, IngestFailure.resolved_at.is_(None))
        )
    )


def add_streamed_mail(
    session: Session, *, location: Location, origin: str, chunks: Iterable[bytes], now: datetime
) -> int:
    """Insert a mail whose raw bytes are written from `chunks` as they arrive, with its sighting. The row
    holds a placeholder fingerprint and no parsed fields: the caller fills them in once it has read it all."""
    placeholder = "pending-" + uuid.uuid4().hex[:56]
    mail = Mail(**mail_values(ParsedMail(size=location.size), location, origin, placeholder, "", now))
    session.add(mail)
    session.flush()
    write_chunks(session, mail.id, chunks)
    session.add(sighting(location, mail.id, now, duplicate=False))
    session.flush()
    return mail.id


def write_chunks(session: Session, mail_id: int, chunks: Iterable[bytes]) -> int:
    """Write raw bytes as rows of at most CHUNK_BYTES. Each row is flushed and let go of at once, so a
    huge mail never sits in memory twice."""
    seq = 0
    for data in chunks:
        for start in range(0, len(data), CHUNK_BYTES):
            row = RawChunk(mail_id=mail_id, seq=seq, data=data[start : start + CHUNK_BYTES])
            session.add(row)
            session.flush()
            session.expunge(row)
            seq += 1
    if seq == 0:
        session.add(RawChunk(mail_id=mail_id, seq=0, data=b""))
        session.flush()
    return seq


def raw_chunks(session: Session, mail_id: int) -> Iterator[bytes]:
    """The raw bytes of a stored mail, chunk by chunk, in order."""
    seqs = session.scalars(select(RawChunk.seq).where(RawChunk.mail_id == mail_id).order_by(RawChunk.seq)).all()
    for seq in seqs:
        yield session.scalars(select(RawChunk.data).where(RawChunk.mail_id == mail_id, RawChunk.seq == seq)).one()


def raw_bytes(session: Session, mail_id: int) -> bytes:
    return b"".join(raw_chunks(session, mail_id))


def record_failure(
    session: Session, location: Location, *, message_id: str | None, error: str, detail: str, now: datetime
) -> IngestFailure:
    failure = session.scalars(
        select(IngestFailure).where(IngestFailure.source == location.source, IngestFailure.key == location.key)
    ).one_or_none()
    if failure is None:
        failure = IngestFailure(
            source=location.source,
            key=location.key,
            uidvalidity=location.uidvalidity,
            uid=location.uid,
            message_id=message_id,
            error=error,
            detail=detail,
            attempts=1,
            first_failed_at=now,
            last_failed_at=now,
        )
        session.add(failure)
    else:
        failure.attempts += 1
        failure.error, failure.detail, failure.last_failed_at = error, detail, now
        failure.resolved_at = None
    session.flush()
    return failure


def resolve_failure(session: Session, location: Location, now: datetime) -> None:
    failure = session.scalars(
        select(IngestFailure).where(
            IngestFailure.source == location.source,
            IngestFailure.key == location.key,
            IngestFailure.resolved_at.is_(None),
        )
    ).one_or_none()
    if failure is not None:
        failure.resolved_at = now


def retryable_failures(session: Session, source: str) -> list[IngestFailure]:
    return list(
        session.scalars(
            select(IngestFailure).where(
                IngestFailure.source == source,
                IngestFailure.resolved_at.is_(None),
                IngestFailure.attempts < MAX_FAILED_ATTEMPTS,
            )
        )
    )


def mailbox_state(session: Session, source: str) -> MailboxState | None:
    return session.scalars(select(MailboxState).where(MailboxState.source == source)).one_or_none()


def exhausted_failures(session: Session, source: str) -> list[IngestFailure]:
    """Failures retried MAX_FAILED_ATTEMPTS times: they wait for a person, not for the next poll."""
    return list(
        session.scalars(
            select(IngestFailure).where(
                IngestFailure.source == source,
                IngestFailure.resolved_at.is_(None),
                IngestFailure.attempts >= MAX_FAILED_ATTEMPTS,
            )
        )
    )


@dataclass(frozen=True)
class Overview:
    mails: int
    parse_errors: int
    archived: int
    unclassified: int
    needs_review: int
    last_received: datetime | None
    mailboxes: list[MailboxState]
    failures: list[IngestFailure]
    open_cases: list[tuple[str, int]]
    outbox: list[tuple[str, int]]
    unrouted: int = 0


def overview(session: Session) -> Overview:
    """What the administrator wants to know at a glance: how much is stored, how far each mailbox is read,
    and which mails wait for a person."""
    mails, parse_errors, archived, unclassified, needs_review, last = session.execute(
        select(
            func.count(Mail.id),
            func.count(Mail.parse_error),
            func.coalesce(func.sum(case((Mail.archived, 1), else_=0)), 0),
            func.coalesce(func.sum(case((Mail.classified_at.is_(None), 1), else_=0)), 0),
            func.coalesce(func.sum(case((Mail.needs_review, 1), else_=0)), 0),
            func.max(Mail.received_at),
        )
    ).one()
    return Overview(
        mails=mails,
        parse_errors=parse_errors,
        archived=archived,
        unclassified=unclassified,
        needs_review=needs_review,
        last_received=last,
        mailboxes=list(session.scalars(select(MailboxState).order_by(MailboxState.source))),
        failures=list(
            session.scalars(select(IngestFailure).where(IngestFailure.resolved_at.is_(None)).order_by(IngestFailure.id))
        ),
        open_cases=[
            (q, n)
            for q, n in session.execute(
                select(Case.queue, func.count(Case.id))
                .where(Case.status == "open")
                .group_by(Case.queue)
                .order_by(Case.queue)
            )
        ],
        outbox=[(s, n) for s, n in session.execute(select(Outbox.state, func.count(Outbox.id)).group_by(Outbox.state))],
        unrouted=session.scalar(
            select(func.count(Mail.id)).where(Mail.classified_at.is_not(None), Mail.routed_at.is_(None))
        )
        or 0,
    )


def unsent(session: Session) -> list[Outbox]:
    query = select(Outbox).where(Outbox.state.not_in(("sent", "discarded"))).order_by(Outbox.id)
    return list(session.scalars(query))


def outbox_counts(session: Session) -> list[tuple[str, str, int]]:
    query = select(Outbox.state, Outbox.kind, func.count(Outbox.id)).group_by(Outbox.state, Outbox.kind)
    return [(state, kind, count) for state, kind, count in session.execute(query.order_by(Outbox.state, Outbox.kind))]


def mail_by_message_id(session: Session, message_id: str) -> Mail | None:
    wanted = message_id.strip()
    if not wanted.startswith("<"):
        wanted = f"<{wanted}>"
    return session.scalars(select(Mail).where(Mail.message_id == wanted).order_by(Mail.id)).first()


def add_correction(session: Session, mail: Mail, *, category: str, urgent: bool | None, who: str) -> None:
    """Staff's decision wins: the mail takes the corrected category at once, and training learns from it."""
    now = datetime.now(UTC)
    session.add(Correction(mail_id=mail.id, category=category, urgent=urgent, corrected_by=who, corrected_at=now))
    mail.category, mail.needs_review = category, False
    if urgent is not None:
        mail.urgent = urgent
    mail.reasons = [*mail.reasons, f"von Hand gesetzt: {category} ({who}, {now:%Y-%m-%d})"]


def unclassified(session: Session, limit: int) -> list[Mail]:
    return list(session.scalars(select(Mail).where(Mail.classified_at.is_(None)).order_by(Mail.id).limit(limit)))
