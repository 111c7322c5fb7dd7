"""`triage export --jsonl`: one JSON object per stored mail, oldest first, streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.db.models import Case, Mail, Outbox


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def mail_record(
    mail: Mail, *, case: Case | None = None, ack_state: str | None = None, bodies: bool = False
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": mail.id,
        "message_id": mail.message_id,
        "received_at": _iso(mail.received_at),
        "sender": mail.sender,
        "sender_name": mail.sender_name,
        "to": [a["address"] for a in mail.recipients.get("to", [])],
        "cc": [a["address"] for a in mail.recipients.get("cc", [])],
        "subject": mail.subject,
        "date": _iso(mail.sent_at),
        "in_reply_to": mail.in_reply_to,
        "references": mail.references,
        "origin": mail.origin,
        "archived": mail.archived,
        "size": mail.raw_size,
        "sha256": mail.raw_sha256,
        "attachments": mail.attachments,
        "defects": mail.defects,
        "parse_error": mail.parse_error,
        "category": mail.category,
        "confidence": mail.confidence,
        "language": mail.language,
        "urgent": mail.urgent,
        "needs_review": mail.needs_review,
        "reasons": mail.reasons,
        "case": case.reference if case else None,
        "queue": case.queue if case else None,
        "priority": case.priority if case else None,
        "tags": case.tags if case else [],
        "rule": case.rule if case else None,
        "acknowledged": ack_state in ("pending", "sending", "sent"),
        "acknowledgement": ack_state,
        "offer": case.offer if case and mail.category == "landlord_offer" else None,
    }
    if bodies:
        record["text"] = mail.text_body
        record["html"] = mail.html_body
    return record


def records(session: Session, *, bodies: bool = False) -> Iterator[dict[str, Any]]:
    acks = dict(session.execute(select(Outbox.mail_id, Outbox.state).where(Outbox.kind == "ack")).tuples().all())
    query = select(Mail, Case).outerjoin(Case, Mail.case_id == Case.id).order_by(Mail.id)
    for mail, case in session.execute(query.execution_options(yield_per=200)).tuples():
        yield mail_record(mail, case=case, ack_state=acks.get(mail.id), bodies=bodies)


def write_jsonl(session: Session, out: TextIO, *, bodies: bool = False) -> int:
    count = 0
    for record in records(session, bodies=bodies):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
