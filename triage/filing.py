"""Putting the results back on the mail server, for staff who work in Outlook or Thunderbird: drafted replies
into the Drafts folder, a copy of what we sent into the Sent folder, and each mail copied into its queue's
folder when rules.yaml names one.

Both are checked by Message-ID in the target folder first, so a crash between the server's answer and our
commit never files anything twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from triage.compose import draft_message
from triage.db.models import Case, Draft, Mail, Outbox, Sighting
from triage.errors import MailboxError
from triage.mail.imap import ImapFolder
from triage.rules.schema import Rules
from triage.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class FilingReport:
    drafts: int = 0
    copied: int = 0
    sent_copies: int = 0
    error: str | None = None


def _drafts(session: Session) -> list[Draft]:
    return list(session.scalars(select(Draft).where(Draft.imap_appended_at.is_(None)).order_by(Draft.id)))


def _sent(session: Session) -> list[int]:
    query = select(Outbox.id).where(Outbox.state == "sent", Outbox.imap_copied_at.is_(None)).order_by(Outbox.id)
    return list(session.scalars(query))


def _to_file(session: Session, rules: Rules, source: str) -> dict[str, list[tuple[int, int]]]:
    """Per queue folder: (mail id, uid in the polled folder) of mail not yet copied there."""
    folders = {name: q.folder for name, q in rules.queues.items() if q.folder}
    if not folders:
        return {}
    query = (
        select(Mail.id, Case.queue, Sighting.uid)
        .join(Case, Mail.case_id == Case.id)
        .join(Sighting, Sighting.mail_id == Mail.id)
        .where(Mail.filed_at.is_(None), Case.queue.in_(folders), Sighting.source == source, Sighting.uid.is_not(None))
        .order_by(Mail.id)
    )
    found: dict[str, list[tuple[int, int]]] = {}
    for mail_id, queue, uid in session.execute(query):
        found.setdefault(folders[queue], []).append((mail_id, int(uid)))
    return found


def file_on_server(sessions: sessionmaker[Session], settings: Settings, rules: Rules) -> FilingReport:
    report = FilingReport()
    if not settings.uses_imap:
        return report
    folder = ImapFolder(settings)
    with sessions() as session:
        drafts = _drafts(session) if settings.imap_drafts_folder else []
        queued = {} if settings.imap_move_to else _to_file(session, rules, folder.source)
        sent = _sent(session) if settings.imap_sent_folder else []
        if not drafts and not queued and not sent:
            return report
    try:
        folder.connect()
        for draft in drafts:
            with sessions() as session, session.begin():
                row = session.get(Draft, draft.id)
                if row is None or row.imap_appended_at is not None:
                    continue
                target = settings.imap_drafts_folder or "Drafts"
                if not folder.holds(target, row.message_id):
                    mail = session.get(Mail, row.mail_id)
                    message = draft_message(
                        sender=settings.from_address,
                        to=row.recipient,
                        subject=row.subject,
                        text=row.body,
                        message_id=row.message_id,
                        in_reply_to=mail.message_id if mail else None,
                        references=list(mail.references or []) if mail else [],
                        now=row.created_at,
                    )
                    folder.append(target, message.as_bytes(), flags=("\\Draft",))
                row.imap_appended_at = datetime.now(UTC)
                report.drafts += 1
        for target, items in queued.items():
            with sessions() as session, session.begin():
                mails = [session.get(Mail, mail_id) for mail_id, _ in items]
                todo = [
                    uid
                    for (_, uid), m in zip(items, mails, strict=True)
                    if m and not (m.message_id and folder.holds(target, m.message_id))
                ]
                folder.copy_to(todo, target)
                for m in mails:
                    if m is not None:
                        m.filed_at = datetime.now(UTC)
                report.copied += len(todo)
        for row_id in sent:
            with sessions() as session, session.begin():
                row = session.get(Outbox, row_id)
                if row is None or row.imap_copied_at is not None:
                    continue
                target = settings.imap_sent_folder or "Sent"
                if not folder.holds(target, row.message_id):
                    folder.append(target, row.raw, flags=("\\Seen",))
                row.imap_copied_at = datetime.now(UTC)
                report.sent_copies += 1
    except MailboxError as err:
        report.error = str(err)
        log.error("drafts and queue folders not updated on the server this time: %s", err)
    finally:
        folder.close()
    return report
