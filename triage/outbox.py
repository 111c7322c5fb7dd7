"""Delivering the outbox: each row is handed to the SMTP server and marked sent, or retried later.

A row is marked `sending` (committed) before it is handed over and `sent` (committed) right after the server
accepted it. If the process dies between the server's acceptance and that commit (a few milliseconds), the row
is still `sending` at the next start and is sent again, with the same Message-ID and bytes, so the receiving
side can recognise the copy. That is the one window left; a crash anywhere else neither loses nor repeats mail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from triage.db.models import Outbox
from triage.errors import SendError
from triage.mail.smtp import SmtpSender
from triage.settings import Settings

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 20
DUE = ("pending", "sending")


def retry_delay(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 60 * 2 ** max(0, attempts - 1)))


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    waiting: int = 0
    error: str | None = None


def envelope_sender(kind: str, from_address: str) -> str:
    """RFC 3834: automatic replies go out with an empty return path, so a bounce cannot start a loop."""
    return "" if kind == "ack" else from_address


def waiting(session: Session) -> int:
    return session.scalar(select(func.count(Outbox.id)).where(Outbox.state.in_(DUE))) or 0


def _due(session: Session, now: datetime) -> list[tuple[int, int]]:
    """(id, attempts) of the rows to send now."""
    query = select(Outbox.id, Outbox.attempts).where(Outbox.state.in_(DUE), Outbox.next_attempt_at <= now)
    return [(row_id, attempts) for row_id, attempts in session.execute(query.order_by(Outbox.id))]


def _claim(session: Session, row_id: int, seen_attempts: int) -> Outbox | None:
    """Mark the row `sending`, unless another process got to it since we looked (then None)."""
    claim = (
        update(Outbox)
        .where(Outbox.id == row_id, Outbox.state.in_(DUE), Outbox.attempts == seen_attempts)
        .values(state="sending", attempts=seen_attempts + 1)
        .execution_options(synchronize_session=False)
    )
    if session.execute(claim).rowcount != 1:  # type: ignore[attr-defined]
        return None
    return session.get(Outbox, row_id)


def deliver(
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> DeliveryReport:
    """Send what is due. Stops at the first connection problem: the rest waits for the next poll."""
    report = DeliveryReport()
    with sessions() as session:
        due = _due(session, now())
        report.waiting = waiting(session)
    if not due:
        return report
    if not settings.smtp_host:
        log.warning("%d mail(s) wait in the outbox: no SMTP server set (TRIAGE_SMTP_HOST)", report.waiting)
        return report
    try:
        with SmtpSender(settings) as smtp:
            for row_id, seen_attempts in due:
                with sessions() as session, session.begin():
                    row = _claim(session, row_id, seen_attempts)
                    if row is None:
                        continue
                    kind, recipient, raw, attempts = row.kind, row.recipient, row.raw, row.attempts
                try:
                    smtp.send(envelope_sender(kind, settings.from_address), recipient, raw)
                except SendError as err:
                    _failed(sessions, row_id, err, attempts, now(), report)
                    if not err.permanent:
                        raise
                    continue
                with sessions() as session, session.begin():
                    row = session.get(Outbox, row_id)
                    if row is not None:
                        row.state, row.sent_at, row.last_error = "sent", now(), None
                report.sent += 1
    except SendError as err:
        report.error = str(err)
        log.error("%s", err)
    with sessions() as session:
        report.waiting = waiting(session)
    return report


def _failed(
    sessions: sessionmaker[Session], row_id: int, err: SendError, attempts: int, now: datetime, report: DeliveryReport
) -> None:
    give_up = err.permanent or attempts >= MAX_ATTEMPTS
    with sessions() as session, session.begin():
        row = session.get(Outbox, row_id)
        if row is None:
            return
        row.last_error = str(err)
        if give_up:
            row.state = "failed"
            report.failed += 1
            log.error("outbox #%d to %s given up after %d attempt(s): %s", row_id, row.recipient, attempts, err)
        else:
            row.state, row.next_attempt_at = "pending", now + retry_delay(attempts)
            report.retrying += 1


def release_held(session: Session, *, discard: bool = False) -> int:
    """After the circuit breaker tripped: send (or drop) the acknowledgements it held back."""
    rows = list(session.scalars(select(Outbox).where(Outbox.state == "held")))
    for row in rows:
        row.state = "discarded" if discard else "pending"
    return len(rows)


def retry_failed_rows(session: Session) -> int:
    """Queue mail the server refused for good once more (after the admin fixed the cause)."""
    rows = list(session.scalars(select(Outbox).where(Outbox.state == "failed")))
    for row in rows:
        row.state, row.attempts, row.next_attempt_at = "pending", 0, datetime.now(UTC)
    return len(rows)
