"""When the mail server refuses us, is away, breaks off or fails TLS: one clear line that says what to check,
never the password, nothing half-stored, and the scheduled mode retries with backoff.
"""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from tests.support.dovecot import PASSWORD, Dovecot, free_port
from tests.support.mails import make_mail
from tests.support.proxy import CuttingProxy
from triage.db.models import Mail, Sighting
from triage.errors import MailboxError
from triage.jobs import Database, PollJob, poll_once
from triage.settings import Settings

from .test_imap_ingest import settings_for

pytestmark = pytest.mark.integration


def stored(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Mail)) or 0


def test_wrong_password_says_which_settings_to_check_and_never_shows_a_password(dovecot: Dovecot, db: Database) -> None:
    settings = settings_for(dovecot, db, imap_password="not-the-password")
    with pytest.raises(MailboxError) as caught:
        poll_once(settings, db)
    message = str(caught.value)
    assert "login refused" in message and "TRIAGE_IMAP_PASSWORD" in message
    assert "not-the-password" not in message and PASSWORD not in message
    assert "\n" not in message


def test_server_down_is_a_clear_error(db: Database) -> None:
    settings = Settings(
        database_url=str(db.engine.url),
        imap_host="127.0.0.1",
        imap_port=free_port(),
        imap_user="kim",
        imap_password="x",
        imap_tls="none",
    )
    with pytest.raises(MailboxError, match="connection refused: is the server running"):
        poll_once(settings, db)


def test_connection_dropped_mid_fetch_keeps_nothing_half_stored(dovecot: Dovecot, db: Database) -> None:
    dovecot.append([make_mail(i, body_bytes=20_000) for i in range(30)])
    with CuttingProxy(dovecot.port, cut_after=200_000) as proxy:
        settings = settings_for(dovecot, db, imap_port=proxy.port, imap_batch_size=5)
        with pytest.raises(MailboxError, match="connection lost"):
            poll_once(settings, db)
    partial = stored(db)
    assert 0 < partial < 30
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Sighting)) == partial

    assert poll_once(settings_for(dovecot, db), db).stored == 30 - partial
    assert stored(db) == 30


def test_scheduled_mode_backs_off_while_the_server_is_away_and_recovers(
    dovecot: Dovecot, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    dovecot.append([make_mail(i) for i in range(3)])
    job = PollJob(settings_for(dovecot, db, poll_interval=30), db)
    dovecot.stop()
    with caplog.at_level(logging.ERROR):
        delays = [job() for _ in range(4)]
    assert delays[0] < delays[1] < delays[2] < delays[3]
    assert all("connection refused" in r.getMessage() for r in caplog.records)
    assert PASSWORD not in caplog.text

    dovecot.start()
    assert job() == 30
    assert stored(db) == 3


@pytest.fixture
def tls_dovecot() -> Dovecot:
    server = Dovecot(tls=True).start()
    yield server
    server.cleanup()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
class TestTls:
    def test_ssl_with_the_servers_ca_works(self, tls_dovecot: Dovecot, db: Database) -> None:
        tls_dovecot.append([make_mail(1)])
        settings = settings_for(
            tls_dovecot, db, imap_tls="ssl", imap_port=tls_dovecot.ssl_port, imap_ca_file=tls_dovecot.cert
        )
        assert poll_once(settings, db).stored == 1

    def test_starttls_with_the_servers_ca_works(self, tls_dovecot: Dovecot, db: Database) -> None:
        tls_dovecot.append([make_mail(1)])
        settings = settings_for(tls_dovecot, db, imap_tls="starttls", imap_ca_file=tls_dovecot.cert)
        assert poll_once(settings, db).stored == 1

    def test_untrusted_certificate_is_refused(self, tls_dovecot: Dovecot, db: Database) -> None:
        settings = settings_for(tls_dovecot, db, imap_tls="ssl", imap_port=tls_dovecot.ssl_port)
        with pytest.raises(MailboxError, match="certificate is not trusted.*TRIAGE_IMAP_CA_FILE"):
            poll_once(settings, db)

    def test_ssl_against_a_plaintext_port_fails_clearly(self, dovecot: Dovecot, db: Database) -> None:
        settings = settings_for(dovecot, db, imap_tls="ssl")
        with pytest.raises(MailboxError, match="TLS failed.*TRIAGE_IMAP_TLS"):
            poll_once(settings, db)

    def test_starttls_never_falls_back_to_plaintext(self, dovecot: Dovecot, db: Database) -> None:
        settings = settings_for(dovecot, db, imap_tls="starttls")
        with pytest.raises(MailboxError, match="does not offer STARTTLS; refusing"):
            poll_once(settings, db)
        assert stored(db) == 0
