"""Ingest from a real Dovecot into SQLite and PostgreSQL: every mail stored once, the mailbox never damaged.

GIVEN mail in the shared mailbox, WHEN triage polls it, THEN each mail is stored exactly once with its raw
bytes, marked on the server after the commit, and nothing on the server is deleted or marked as read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select, text

from tests.support.dovecot import Dovecot
from tests.support.mails import make_huge_mail, make_mail
from triage.cli import cli
from triage.db import repo
from triage.db.models import IngestFailure, Mail, MailboxState, Sighting
from triage.errors import MailboxError
from triage.jobs import Database, poll_once
from triage.settings import Settings

pytestmark = pytest.mark.integration
EML = Path(__file__).parents[1] / "data" / "eml"
KEYWORD = "$Triaged"


def settings_for(dovecot: Dovecot, db: Database, **extra: object) -> Settings:
    values = {k.removeprefix("TRIAGE_").lower(): v for k, v in dovecot.env().items()}
    values.update(database_url=db.engine.url.render_as_string(hide_password=False), **extra)
    return Settings(**values)


def count(db: Database, model: type) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def stored_message_ids(db: Database) -> list[str | None]:
    with db.sessions() as s:
        return list(s.scalars(select(Mail.message_id)))


def test_every_mail_is_stored_once_with_its_raw_bytes_and_marked_not_read(dovecot: Dovecot, db: Database) -> None:
    fixtures = {p.name: p.read_bytes() for p in sorted(EML.glob("*.eml"))}
    for raw in fixtures.values():
        dovecot.deliver(raw)  # as the delivery agent would, so even the 0-byte mail arrives
    settings = settings_for(dovecot, db, imap_batch_size=7)

    report = poll_once(settings, db)

    assert report.stored == len(fixtures) and report.failed == 0
    assert count(db, Mail) == len(fixtures)
    with dovecot.client() as c:
        c.select_folder("INBOX", readonly=True)
        assert len(c.search(["KEYWORD", KEYWORD])) == len(fixtures)
        assert c.search(["SEEN"]) == [], "staff must still see new mail as unread"
        server_raw = {m[b"BODY[]"] for m in c.fetch(c.search(["ALL"]), ["BODY.PEEK[]"]).values()}
    with db.sessions() as s:
        stored_raw = {repo.raw_bytes(s, m.id) for m in s.scalars(select(Mail))}
        assert stored_raw == server_raw, "raw bytes are kept unaltered"
        by_subject = {m.subject: m for m in s.scalars(select(Mail))}
    assert by_subject["Verschachtelt"].parse_error
    assert "Müller" in by_subject["Wohnungsangebot Gronau, 3 Zimmer"].text_body

    again = poll_once(settings, db)
    assert (again.stored, again.duplicates) == (0, 0)
    assert len(dovecot.uids()) == len(fixtures), "nothing is ever deleted"


def test_mail_already_there_on_first_connection_is_archive_and_new_mail_is_not(dovecot: Dovecot, db: Database) -> None:
    dovecot.append([make_mail(i) for i in range(3)])
    settings = settings_for(dovecot, db)
    poll_once(settings, db)
    dovecot.append([make_mail(i) for i in range(3, 5)])
    poll_once(settings, db)
    with db.sessions() as s:
        archived = dict(s.execute(select(Mail.subject, Mail.archived)).all())
    assert sorted(archived.values()) == [False, False, True, True, True]


def test_uidvalidity_change_rereads_the_folder_without_duplicates(dovecot: Dovecot, db: Database) -> None:
    folder = "Anliegen"
    mails = [make_mail(i) for i in range(20)]
    dovecot.append(mails, folder=folder)
    settings = settings_for(dovecot, db, imap_folder=folder)
    poll_once(settings, db)
    with dovecot.client() as c:  # the server renumbers the folder: same mails, new UIDVALIDITY
        old = c.select_folder(folder)[b"UIDVALIDITY"]
        c.close_folder()
        c.delete_folder(folder)
    dovecot.append([*mails, make_mail(99)], folder=folder)
    with dovecot.client() as c:
        assert c.select_folder(folder)[b"UIDVALIDITY"] != old

    report = poll_once(settings, db)

    assert (report.stored, report.duplicates) == (1, 20)
    assert count(db, Mail) == 21
    with db.sessions() as s:
        (state,) = s.scalars(select(MailboxState))
        assert state.uidvalidity != old
    assert len(dovecot.uids(folder, ["KEYWORD", KEYWORD])) == 21


def test_the_same_mail_twice_in_the_folder_is_stored_once(dovecot: Dovecot, db: Database) -> None:
    mail = make_mail(1)
    dovecot.append([mail, mail, make_mail(2)])
    report = poll_once(settings_for(dovecot, db), db)
    assert (report.stored, report.duplicates) == (2, 1)
    assert count(db, Sighting) == 3
    assert len(dovecot.uids(criteria=["KEYWORD", KEYWORD])) == 3


def test_server_restart_in_the_middle_of_a_poll_loses_and_duplicates_nothing(dovecot: Dovecot, db: Database) -> None:
    mails = [make_mail(i) for i in range(60)]
    dovecot.append(mails)
    settings = settings_for(dovecot, db, imap_batch_size=10)

    def restart_after_second_batch(number: int) -> None:
        if number == 1:
            dovecot.restart()

    with pytest.raises(MailboxError, match="connection lost|refused"):
        poll_once(settings, db, after_batch=restart_after_second_batch)
    assert count(db, Mail) == 20, "the two committed batches stay"

    report = poll_once(settings, db)

    assert report.stored == 40
    assert sorted(stored_message_ids(db)) == sorted(
        {m.split(b"Message-ID: ")[1].split(b"\r\n")[0].decode() for m in mails}
    )
    assert len(dovecot.uids(criteria=["KEYWORD", KEYWORD])) == 60


def test_a_failed_database_write_is_recorded_retried_and_blocks_nothing(dovecot: Dovecot, db: Database) -> None:
    poison = make_mail(7).replace(b"Subject: Anfrage 7", b"Subject: POISON")
    dovecot.append([make_mail(1), poison, make_mail(2)])
    settings = settings_for(dovecot, db)
    _reject_subject(db, "POISON")

    report = poll_once(settings, db)

    assert (report.stored, report.failed) == (2, 1)
    with db.sessions() as s:
        (failure,) = s.scalars(select(IngestFailure))
        assert failure.uid == 2 and failure.resolved_at is None and "POISON" not in failure.error
        assert failure.message_id and failure.message_id.startswith("<test-7.")
    assert dovecot.uids(criteria=["UNKEYWORD", KEYWORD]) == [2], "the failed mail stays unmarked"
    shown = CliRunner().invoke(cli, ["status"], env={"TRIAGE_DATABASE_URL": settings.database_url})
    assert "failure" in shown.output and "uid 2" in shown.output and "disk quota exceeded" in shown.output
    assert "retried at the next poll" in shown.output

    _allow_all(db)
    report = poll_once(settings, db)

    assert report.stored == 1
    assert count(db, Mail) == 3
    with db.sessions() as s:
        (failure,) = s.scalars(select(IngestFailure))
        assert failure.resolved_at is not None
    assert dovecot.uids(criteria=["UNKEYWORD", KEYWORD]) == []


def _reject_subject(db: Database, subject: str) -> None:
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "sqlite":
            conn.execute(
                text(
                    f"CREATE TRIGGER reject BEFORE INSERT ON mails WHEN NEW.subject LIKE '{subject}%' "
                    "BEGIN SELECT RAISE(ABORT, 'disk quota exceeded'); END"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE FUNCTION reject() RETURNS trigger AS $$ BEGIN "
                    f"IF NEW.subject LIKE '{subject}%' THEN RAISE EXCEPTION 'disk quota exceeded'; END IF; "
                    "RETURN NEW; END $$ LANGUAGE plpgsql"
                )
            )
            conn.execute(text("CREATE TRIGGER reject BEFORE INSERT ON mails FOR EACH ROW EXECUTE FUNCTION reject()"))


def _allow_all(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER reject" + (" ON mails" if db.engine.dialect.name == "postgresql" else "")))


def test_move_mode_moves_after_storing_and_deletes_nothing(dovecot: Dovecot, db: Database) -> None:
    dovecot.append([make_mail(i) for i in range(5)])
    settings = settings_for(dovecot, db, imap_move_to="Triaged")
    assert poll_once(settings, db).stored == 5
    assert dovecot.uids("INBOX") == []
    assert len(dovecot.uids("Triaged")) == 5


def test_marks_cut_short_by_a_crash_are_made_up_next_time(dovecot: Dovecot, db: Database) -> None:
    dovecot.append([make_mail(i) for i in range(4)])
    settings = settings_for(dovecot, db)
    poll_once(settings, db)
    with dovecot.client() as c:  # as if the process died between the commit and the flagging
        c.select_folder("INBOX")
        c.remove_flags(c.search(["ALL"]), [KEYWORD])
    assert poll_once(settings, db).stored == 0
    assert len(dovecot.uids(criteria=["KEYWORD", KEYWORD])) == 4


def test_a_huge_mail_is_stored_whole_in_bounded_pieces_and_does_not_block_the_next(
    dovecot: Dovecot, db: Database
) -> None:
    huge = make_huge_mail(40)
    dovecot.deliver(huge)
    dovecot.append([make_mail(1)])
    settings = settings_for(dovecot, db, max_parse_mb=25)

    report = poll_once(settings, db)

    assert report.stored == 2
    with db.sessions() as s:
        big = s.scalars(select(Mail).where(Mail.message_id == "<huge@example.org>")).one()
        assert big.raw_size == len(huge)
        assert big.subject.startswith("Scans aller Unterlagen")
        assert any("parse limit" in d for d in big.defects)
        chunks = list(repo.raw_chunks(s, big.id))
        assert max(len(c) for c in chunks) <= repo.CHUNK_BYTES
        assert b"".join(chunks) == huge


def test_the_same_oversized_mail_twice_is_stored_once(dovecot: Dovecot, db: Database) -> None:
    big = make_huge_mail(3, tag="twice")
    dovecot.deliver(big)
    dovecot.deliver(big)
    report = poll_once(settings_for(dovecot, db, max_parse_mb=1), db)
    assert (report.stored, report.duplicates) == (1, 1)
    with db.sessions() as s:
        (mail,) = s.scalars(select(Mail))
        assert repo.raw_bytes(s, mail.id) == big
        assert s.scalar(select(func.count()).select_from(Sighting)) == 2
