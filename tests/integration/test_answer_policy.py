"""When we answer and when we hold back: TLS and login to the SMTP server, the circuit breaker, the window for a
second acknowledgement, and mail that was already in the mailbox before triage was connected."""

from __future__ import annotations

from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from tests.support.dovecot import Dovecot, make_certificate
from tests.support.smtp import SmtpServer
from triage.db.models import Case, Draft, Mail, Outbox
from triage.errors import MailboxError
from triage.jobs import Database, poll_once
from triage.outbox import release_held, retry_failed_rows
from triage.settings import SHIPPED_RULES, Settings

pytestmark = pytest.mark.integration
TEAM = "integration-wohnen@stadt-gl.de"


def tenant_request(n: int, sender: str | None = None) -> bytes:
    return (
        f"From: Person {n} <{sender or f'person{n}@example.org'}>\r\nTo: {TEAM}\r\nSubject: Wohnung ({n})\r\n"
        f"Message-ID: <policy-{n}@example.org>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0100\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hallo, wir wohnen in der Unterkunft und suchen eine Wohnung für unsere Familie. Das Jobcenter zahlt. "
        "Können Sie uns helfen?\r\n"
    ).encode()


def settings_for(db: Database, dovecot: Dovecot, smtp: SmtpServer, **extra: object) -> Settings:
    env = {k.removeprefix("TRIAGE_").lower(): v for k, v in {**dovecot.env(), **smtp.env()}.items()}
    return Settings(database_url=db.engine.url.render_as_string(hide_password=False), **{**env, **extra})


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


def rules_with(tmp_path: Path, **acknowledge: object) -> Path:
    data = yaml.safe_load(SHIPPED_RULES.read_text(encoding="utf-8"))
    data["acknowledge"].update(acknowledge)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # aiosmtpd on an implicit-TLS port
@pytest.mark.parametrize("implicit_tls", [False, True], ids=["starttls", "ssl"])
def test_sending_with_tls_and_login(db: Database, dovecot: Dovecot, tmp_path: Path, implicit_tls: bool) -> None:
    server = SmtpServer(certificate=make_certificate(tmp_path), login=("triage", "s3cret"), implicit_tls=implicit_tls)
    server.start()
    try:
        settings = settings_for(db, dovecot, server)
        poll_once(settings, db)
        dovecot.deliver(tenant_request(1))
        report = poll_once(settings, db)
        assert report.delivery.sent == 1 and [r.rcpt_tos for r in server.received] == [("person1@example.org",)]
    finally:
        server.stop()


def test_a_wrong_smtp_password_keeps_mail_waiting_and_says_what_to_check(
    db: Database, dovecot: Dovecot, tmp_path: Path
) -> None:
    server = SmtpServer(certificate=make_certificate(tmp_path), login=("triage", "s3cret")).start()
    try:
        settings = settings_for(db, dovecot, server, smtp_password="wrong")
        poll_once(settings, db)
        dovecot.deliver(tenant_request(1))
        report = poll_once(settings, db)
        assert report.delivery.sent == 0 and report.delivery.waiting == 1
        assert report.delivery.error and "TRIAGE_SMTP_USER/PASSWORD" in report.delivery.error
        assert "wrong" not in report.delivery.error
        right = settings.model_copy(update={"smtp_password": settings_for(db, dovecot, server).smtp_password})
        assert poll_once(right, db).delivery.sent == 1
    finally:
        server.stop()


def test_no_plaintext_fallback_when_starttls_is_not_offered(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    settings = settings_for(db, dovecot, smtp, smtp_tls="starttls")
    poll_once(settings, db)
    dovecot.deliver(tenant_request(1))
    report = poll_once(settings, db)
    assert report.delivery.sent == 0 and smtp.received == []
    assert report.delivery.error and "does not offer STARTTLS" in report.delivery.error


def test_the_circuit_breaker_holds_acknowledgements_and_tells_the_admin(
    db: Database, dovecot: Dovecot, smtp: SmtpServer, tmp_path: Path
) -> None:
    rules = rules_with(tmp_path, per_hour=3, admin="it-admin@stadt-gl.de")
    settings = settings_for(db, dovecot, smtp, rules=str(rules))
    poll_once(settings, db)
    for n in range(6):
        dovecot.deliver(tenant_request(n))
    report = poll_once(settings, db)

    assert report.routing.acknowledgements == 3 and report.routing.held == 3
    alerts = smtp.to("it-admin@stadt-gl.de")
    assert len(alerts) == 1 and "angehalten" in str(alerts[0].message["Subject"])
    assert "triage outbox --release" in alerts[0].text()
    assert len([r for r in smtp.received if r.rcpt_tos[0].startswith("person")]) == 3

    with db.sessions() as session, session.begin():
        assert release_held(session) == 3
    poll_once(settings, db)
    assert len([r for r in smtp.received if r.rcpt_tos[0].startswith("person")]) == 6
    assert len(smtp.to("it-admin@stadt-gl.de")) == 1


def test_a_sender_acknowledged_recently_gets_no_second_acknowledgement(
    db: Database, dovecot: Dovecot, smtp: SmtpServer
) -> None:
    settings = settings_for(db, dovecot, smtp)
    poll_once(settings, db)
    dovecot.deliver(tenant_request(1, "amina@example.org"))
    poll_once(settings, db)
    dovecot.deliver(tenant_request(2, "amina@example.org"))  # a new mail, not a reply: a new case
    report = poll_once(settings, db)
    assert report.routing.opened == 1 and report.routing.acknowledgements == 0
    assert len(smtp.to("amina@example.org")) == 1
    with db.sessions() as session:
        second = session.scalars(select(Case).order_by(Case.id.desc())).first()
        assert second is not None and "vor Kurzem" in (second.ack_skipped or "")


def test_mail_already_in_the_mailbox_at_first_contact_is_filed_but_not_acknowledged(
    db: Database, dovecot: Dovecot, smtp: SmtpServer
) -> None:
    dovecot.append([tenant_request(n) for n in range(5)])
    settings = settings_for(db, dovecot, smtp)
    report = poll_once(settings, db)
    assert report.archived == 5 and report.routing.opened == 5
    assert report.routing.acknowledgements == 0 and smtp.received == []
    with db.sessions() as session:
        assert session.scalars(select(Outbox)).all() == []
        assert {c.queue for c in session.scalars(select(Case))} == {"case-management"}
        assert all("Archiv" in (c.ack_skipped or "") for c in session.scalars(select(Case)))


def test_drafts_sent_mail_and_queue_folders_appear_on_the_server_once(
    db: Database, dovecot: Dovecot, smtp: SmtpServer, tmp_path: Path
) -> None:
    data = yaml.safe_load(SHIPPED_RULES.read_text(encoding="utf-8"))
    data["queues"]["case-management"]["folder"] = "Fallberatung"
    rules = tmp_path / "rules.yaml"
    rules.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    settings = settings_for(db, dovecot, smtp, rules=str(rules), imap_drafts_folder="Drafts", imap_sent_folder="Sent")
    poll_once(settings, db)
    dovecot.deliver(tenant_request(1))
    report = poll_once(settings, db)
    assert (report.filing.drafts, report.filing.copied, report.filing.sent_copies) == (1, 1, 1)

    with db.sessions() as session, session.begin():  # as if killed after the server took them, before our commit
        for draft in session.scalars(select(Draft)):
            draft.imap_appended_at = None
        for mail in session.scalars(select(Mail)):
            mail.filed_at = None
        for row in session.scalars(select(Outbox)):
            row.imap_copied_at = None
    poll_once(settings, db)
    poll_once(settings, db)

    with dovecot.client() as c:
        c.select_folder("Drafts", readonly=True)
        (uid,) = c.search(["ALL"])
        item = c.fetch([uid], ["FLAGS", "BODY.PEEK[]"])[uid]
        assert b"\\Draft" in item[b"FLAGS"]
        draft = message_from_bytes(item[b"BODY[]"], policy=policy.default)
        assert draft["To"] == "person1@example.org" and draft["In-Reply-To"] == "<policy-1@example.org>"
        assert "GL-" in draft["Subject"] and "Unterlagen" in draft.get_content()
        c.select_folder("Fallberatung", readonly=True)
        assert len(c.search(["ALL"])) == 1
        c.select_folder("Sent", readonly=True)
        (sent,) = c.search(["ALL"])
        copy = message_from_bytes(c.fetch([sent], ["BODY.PEEK[]"])[sent][b"BODY[]"], policy=policy.default)
        assert copy["Auto-Submitted"] == "auto-replied" and copy["To"] == "person1@example.org"
    assert len(dovecot.uids()) == 1, "the original stays in the inbox"


def test_the_outbox_is_sent_while_the_mail_server_is_away(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    settings = settings_for(db, dovecot, smtp)
    poll_once(settings, db)
    smtp.stop()
    dovecot.deliver(tenant_request(1))
    assert poll_once(settings, db).delivery.waiting == 1
    dovecot.stop()
    smtp.start()
    with pytest.raises(MailboxError):
        poll_once(settings, db)
    assert [r.rcpt_tos for r in smtp.received] == [("person1@example.org",)]


def test_a_refused_mail_is_marked_failed_and_can_be_retried(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    settings = settings_for(db, dovecot, smtp)
    poll_once(settings, db)
    smtp.on_data = lambda _got: "550 5.7.1 message refused"
    dovecot.deliver(tenant_request(1))
    report = poll_once(settings, db)
    assert report.delivery.sent == 0 and report.delivery.failed == 1
    with db.sessions() as session:
        (row,) = session.scalars(select(Outbox)).all()
        assert row.state == "failed" and row.last_error and "550" in row.last_error
    assert poll_once(settings, db).delivery.sent == 0, "a refused mail is not retried on its own"

    smtp.on_data = None
    with db.sessions() as session, session.begin():
        assert retry_failed_rows(session) == 1
    assert poll_once(settings, db).delivery.sent == 1
