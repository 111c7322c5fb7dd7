"""The route step: every classified mail joins its case or opens one, and what goes out because of it
(acknowledgement, forward, alert) is written to the outbox in the same transaction as the case."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from triage.acknowledge import AckFacts, why_not
from triage.compose import Templates, ack_message, forward_message, new_message_id, plain_message
from triage.db import repo
from triage.db.models import Case, Draft, Mail, Outbox
from triage.offer import read_offer
from triage.routing import Facts, decide
from triage.rules.schema import Rules
from triage.threads import base_subject, message_ids, reference_for, references_in

log = logging.getLogger(__name__)

FORWARD_ATTACH_LIMIT = 25 * 1024 * 1024


@dataclass(frozen=True)
class Answering:
    """What the route step needs besides the mail: the rules, the templates and who we are."""

    rules: Rules
    templates: Templates
    from_address: str
    own_addresses: frozenset[str]


@dataclass
class RouteReport:
    routed: int = 0
    opened: int = 0
    joined: int = 0
    acknowledgements: int = 0
    held: int = 0
    forwards: int = 0
    drafts: int = 0


def _facts(mail: Mail) -> Facts:
    return Facts(
        category=mail.category or "inquiry",
        confidence=mail.confidence or 0.0,
        language=mail.language or "und",
        urgent=mail.urgent,
        needs_review=mail.needs_review or mail.parse_error is not None,  # staff look at what we could not read
        sender=(mail.sender or "").lower(),
        subject=mail.subject or "",
        body=mail.text_body or "",
        attachments=tuple(a.get("filename") or "" for a in mail.attachments),
    )


def _copied(mail: Mail, own: frozenset[str]) -> list[str]:
    people = [a.get("address", "").lower() for key in ("cc", "to") for a in mail.recipients.get(key, [])]
    return sorted({p for p in people if p and p not in own and p != (mail.sender or "").lower()})


def _content_type(mail: Mail) -> str:
    return next((str(v) for k, v in mail.headers if str(k).lower() == "content-type"), "text/plain")


def find_case(session: Session, mail: Mail) -> tuple[Case | None, str]:
    """The case this mail answers, and how it was found: by the Message-IDs it replies to (ours or the case's
    mails), else by one of our references in its subject."""
    ids = message_ids(mail.in_reply_to, mail.references or [])
    if ids:
        case_id = session.scalar(select(Outbox.case_id).where(Outbox.message_id.in_(ids), Outbox.case_id.is_not(None)))
        if case_id is None:
            case_id = session.scalar(
                select(Mail.case_id).where(Mail.message_id.in_(ids), Mail.case_id.is_not(None), Mail.id != mail.id)
            )
        if case_id is not None:
            return session.get(Case, case_id), "Antwort auf eine Mail des Falls (In-Reply-To/References)"
    for reference in references_in(mail.subject or ""):
        case = session.scalar(select(Case).where(Case.reference == reference))
        if case is not None:
            return case, f"Aktenzeichen {reference} im Betreff"
    return None, ""


_MESSAGE_ID = re.compile(rb"<[^<>\s@]{1,200}@[^<>\s]{1,200}>")


def bounced_outbox(session: Session, mail: Mail) -> Outbox | None:
    """For a delivery report (bounce): the mail of ours it reports on, found by the Message-ID it quotes."""
    if not _content_type(mail).lower().startswith("multipart/report") or mail.raw_size > 1_000_000:
        return None
    found = {m.decode("ascii", "replace") for m in _MESSAGE_ID.findall(repo.raw_bytes(session, mail.id))}
    found.discard(mail.message_id or "")
    if not found:
        return None
    return session.scalar(select(Outbox).where(Outbox.message_id.in_(found)).order_by(Outbox.id))


def _known(case: Case, sender: str) -> bool:
    return sender == (case.sender or "") or sender in (case.co_senders or [])


def _recent_acks(session: Session, since: datetime, recipient: str | None = None) -> int:
    query = select(func.count(Outbox.id)).where(Outbox.kind == "ack", Outbox.created_at >= since)
    if recipient is not None:
        query = query.where(Outbox.recipient == recipient)
    return session.scalar(query) or 0


def _breaker_tripped(session: Session) -> bool:
    return (session.scalar(select(func.count(Outbox.id)).where(Outbox.kind == "ack", Outbox.state == "held")) or 0) > 0


def _outbox(
    session: Session,
    *,
    kind: str,
    case: Case | None,
    mail: Mail | None,
    to: str,
    message: EmailMessage,
    state: str,
    now: datetime,
) -> Outbox:
    row = Outbox(
        kind=kind,
        case_id=case.id if case else None,
        mail_id=mail.id if mail else None,
        recipient=to,
        message_id=str(message["Message-ID"]),
        subject=str(message["Subject"]),
        raw=message.as_bytes(),
        state=state,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    return row


class Router:
    def __init__(self, answering: Answering, now: datetime) -> None:
        self.a, self.now = answering, now

    def route(self, session: Session, mail: Mail, report: RouteReport) -> bool:
        """Open or join the mail's case; False if another process routed it first."""
        claim = update(Mail).where(Mail.id == mail.id, Mail.routed_at.is_(None)).values(routed_at=self.now)
        if session.execute(claim.execution_options(synchronize_session=False)).rowcount != 1:  # type: ignore[attr-defined]
            return False
        sender = (mail.sender or "").lower()
        bounced = bounced_outbox(session, mail) if mail.category == "auto" else None
        if bounced is not None and bounced.case_id is not None and (case := session.get(Case, bounced.case_id)):
            bounced.last_error = f"unzustellbar: Rückmeldung in Mail #{mail.id}"
            case.reasons = [*case.reasons, f"{bounced.kind} an {bounced.recipient} kam als unzustellbar zurück"]
            self._join(mail, case, "Unzustellbarkeitsmeldung zu unserer Mail", report)
            return True
        case, how = find_case(session, mail)
        if case is not None and _known(case, sender):
            self._join(mail, case, how, report)
            return True
        linked = case
        decision = decide(_facts(mail), self.a.rules)
        queue = self.a.rules.queues.get(decision.queue)
        reasons = list(decision.reasons)
        if linked is not None:
            reasons.append(
                f"nennt Fall {linked.reference} ({how}), schreibt aber nicht als dessen Absender: neuer Fall"
            )
        case = Case(
            queue=decision.queue,
            priority=decision.then.priority,
            tags=list(decision.then.tags) + (["verknüpft"] if linked else []),
            status="open" if queue is None or queue.work else "filed",
            category=mail.category,
            language=mail.language,
            urgent=mail.urgent,
            sender=sender or None,
            co_senders=_copied(mail, self.a.own_addresses),
            subject=base_subject(mail.subject),
            rule=decision.rule,
            reasons=[*reasons, *mail.reasons],
            offer=read_offer(f"{mail.subject or ''}\n{mail.text_body}") if mail.category == "landlord_offer" else None,
            linked_case_id=linked.id if linked else None,
            created_at=self.now,
            updated_at=self.now,
        )
        session.add(case)
        session.flush()
        case.reference = reference_for(case.id, self.now)
        mail.case_id, mail.routed_at = case.id, self.now
        report.opened += 1
        self._acknowledge(session, mail, case, decision.then.acknowledge, report)
        forward = decision.then.forward or (queue.forward if queue else None)
        if forward and not mail.archived:
            self._forward(session, mail, case, forward, queue.title if queue else case.queue, report)
        if mail.category in ("tenant_request", "landlord_offer", "inquiry") and not mail.archived:
            self._draft(session, mail, case, decision.then.draft, report)
        return True

    def _join(self, mail: Mail, case: Case, how: str, report: RouteReport) -> None:
        mail.case_id, mail.routed_at = case.id, self.now
        case.updated_at = self.now
        case.co_senders = sorted({*(case.co_senders or []), *_copied(mail, self.a.own_addresses)})
        case.reasons = [*case.reasons, f"weitere Mail #{mail.id} zugeordnet: {how}"]
        if mail.urgent and not case.urgent and case.category == "tenant_request":
            case.urgent, case.priority = True, "high"
            case.reasons = [*case.reasons, f"dringend seit Mail #{mail.id}"]
        if case.status == "closed":
            case.status = "open"
        report.joined += 1

    def _acknowledge(self, session: Session, mail: Mail, case: Case, rule_allows: bool, report: RouteReport) -> None:
        policy = self.a.rules.acknowledge
        sender = case.sender or ""
        facts = AckFacts(
            category=mail.category or "",
            spam_probability=mail.spam_score or 0.0,
            sender=sender,
            subject=mail.subject or "",
            headers=[(str(k), str(v)) for k, v in mail.headers],
            archived=mail.archived,
            unreadable=mail.parse_error is not None,
            joins_case=False,
            own_addresses=self.a.own_addresses,
            acknowledged_recently=False,
            rule_allows=rule_allows,
            enabled=policy.enabled,
        )
        reason = why_not(facts)  # the cheap checks first; the database only for a sender who may get one
        if reason is None and _recent_acks(session, self.now - timedelta(days=policy.window_days), sender):
            reason = why_not(replace(facts, acknowledged_recently=True))
        if (
            reason is None
            and _recent_acks(session, self.now - timedelta(days=1), sender) >= policy.per_recipient_per_day
        ):
            reason = f"schon {policy.per_recipient_per_day} Bestätigungen an diese Adresse heute"
        if reason is not None:
            case.ack_skipped = reason
            return
        rendered = self.a.templates.ack(
            mail.language or "und",
            reference=case.reference,
            # unsure of the category: the neutral wording, never "thank you for your flat" to someone seeking one
            category="inquiry" if mail.needs_review else mail.category,
            urgent=mail.urgent,
            team_phone=policy.team_phone,
            office_hours=policy.office_hours,
        )
        message = ack_message(
            rendered,
            sender=self.a.from_address,
            to=sender,
            message_id=new_message_id(self.a.from_address),
            in_reply_to=mail.message_id,
            references=list(mail.references or []),
            now=self.now,
        )
        state = "pending"
        tripped = _breaker_tripped(session)
        if tripped or _recent_acks(session, self.now - timedelta(hours=1)) >= policy.per_hour:
            state = "held"
            if not tripped:  # once tripped, the admin has been told
                self._alert(session, f"mehr als {policy.per_hour} Eingangsbestätigungen in einer Stunde")
            report.held += 1
        else:
            report.acknowledgements += 1
        _outbox(session, kind="ack", case=case, mail=mail, to=sender, message=message, state=state, now=self.now)
        case.acknowledged_at = self.now

    def _alert(self, session: Session, reason: str) -> None:
        admin = self.a.rules.acknowledge.admin
        log.error("acknowledgements paused: %s; release them with `triage outbox --release`", reason)
        if not admin:
            return
        subject, text = self.a.templates.text(
            "alert.de.txt.j2", reason=reason, held=1, since=f"{self.now:%Y-%m-%d %H:%M} UTC"
        )
        message = plain_message(
            sender=self.a.from_address,
            to=admin,
            subject=subject,
            text=text,
            message_id=new_message_id(self.a.from_address),
            now=self.now,
        )
        _outbox(session, kind="alert", case=None, mail=None, to=admin, message=message, state="pending", now=self.now)

    def _forward(self, session: Session, mail: Mail, case: Case, to: str, title: str, report: RouteReport) -> None:
        subject, text = self.a.templates.text(
            "forward.de.txt.j2",
            reference=case.reference,
            queue_title=title,
            rule=case.rule,
            category=mail.category,
            reasons=case.reasons,
        )
        if mail.raw_size > FORWARD_ATTACH_LIMIT:
            text += f"\n(Die Originalmail ist mit {mail.raw_size // 1_000_000} MB zu groß zum Anhängen; sie liegt im Postfach.)\n"
            original = b""
        else:
            original = repo.raw_bytes(session, mail.id)
        message_id = new_message_id(self.a.from_address)
        if original:
            message = forward_message(
                sender=self.a.from_address,
                to=to,
                subject=subject,
                text=text,
                original=original,
                message_id=message_id,
                now=self.now,
            )
        else:
            message = plain_message(
                sender=self.a.from_address, to=to, subject=subject, text=text, message_id=message_id, now=self.now
            )
        _outbox(session, kind="forward", case=case, mail=mail, to=to, message=message, state="pending", now=self.now)
        case.reasons = [*case.reasons, f"weitergeleitet an {to}"]
        report.forwards += 1

    def _draft(self, session: Session, mail: Mail, case: Case, name: str | None, report: RouteReport) -> None:
        template = name or mail.category or "inquiry"
        language = "en" if mail.language == "en" and self.a.templates.has(f"drafts/{template}.en.txt.j2") else "de"
        path = f"drafts/{template}.{language}.txt.j2"
        if not self.a.templates.has(path):
            return
        subject, body = self.a.templates.text(
            path,
            reference=case.reference,
            name=mail.sender_name or "",
            offer=case.offer or {"missing": []},
            urgent=mail.urgent,
            language=mail.language or "und",
            tags=list(case.tags),
        )
        session.add(
            Draft(
                case_id=case.id,
                mail_id=mail.id,
                template=template,
                language=language,
                recipient=case.sender,
                subject=subject,
                body=body,
                message_id=new_message_id(self.a.from_address),
                created_at=self.now,
            )
        )
        report.drafts += 1


def unrouted(session: Session, limit: int) -> Sequence[Mail]:
    query = select(Mail).where(Mail.routed_at.is_(None), Mail.classified_at.is_not(None)).order_by(Mail.id)
    return session.scalars(query.limit(limit)).all()


def route_stored(
    sessions: sessionmaker[Session], answering: Answering, *, now: datetime | None = None, batch: int = 100
) -> RouteReport:
    """Route every classified mail that has no case yet. Case, mail, drafts and outbox rows of one mail are
    committed together or not at all (a savepoint per mail, a transaction per batch); a mail that fails is
    logged, stays stored and is tried again at the next poll."""
    report = RouteReport()
    failed: set[int] = set()
    while True:
        with sessions() as session, session.begin():
            mails = [m for m in unrouted(session, batch + len(failed)) if m.id not in failed][:batch]
            if not mails:
                return report
            router = Router(answering, now or datetime.now(UTC))
            for mail in mails:
                try:
                    with session.begin_nested():
                        routed = router.route(session, mail, report)
                    report.routed += routed
                except Exception:
                    failed.add(mail.id)
                    log.exception("mail #%d could not be routed; it stays stored and is tried again next poll", mail.id)
