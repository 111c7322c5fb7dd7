"""A mailbox polled once: every mail in its queue as a case, every person acknowledged once in their language,
drafts waiting, machines and spam left alone, replies threaded, and no loops. Real Dovecot, real SMTP server."""

from __future__ import annotations

import csv
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import OperationalError

from tests.support.dovecot import Dovecot
from tests.support.smtp import Received, SmtpServer
from triage.compose import Templates
from triage.db.models import Case, Draft, Mail, Outbox
from triage.jobs import Database, answering, poll_once
from triage.mail.parse import parse_mail
from triage.route import Router, RouteReport, route_stored
from triage.rules.loader import load_rules
from triage.settings import SHIPPED_RULES, Settings

pytestmark = pytest.mark.integration
MIXED = Path(__file__).parents[1] / "data" / "mixed"
TEAM = "integration-wohnen@stadt-gl.de"
TEAM_501 = "fluechtlingshilfe-501@stadt-gl.de"

# file -> (queue, acknowledged in language, urgent)
EXPECTED = {
    "01_de_tenant.eml": ("case-management", "de", False),
    "02_ar_tenant.eml": ("case-management", "ar", False),
    "03_en_landlord.eml": ("landlord-network", "en", False),
    "04_de_landlord.eml": ("landlord-network", "de", False),
    "05_de_press.eml": ("general", "de", False),
    "06_uk_urgent.eml": ("case-management", "uk", True),
    "07_out_of_office.eml": ("filed", None, False),
    "08_bounce.eml": ("filed", None, False),
    "09_newsletter.eml": ("filed", None, False),
    "10_spam.eml": ("quarantine", None, False),
    "11_noreply.eml": ("filed", None, False),
    "12_de_accommodation.eml": ("case-management", "de", False),
}


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


def settings_for(database_url: str, dovecot: Dovecot, smtp: SmtpServer) -> Settings:
    env = {**dovecot.env(), **smtp.env()}
    return Settings(database_url=database_url, **{k.removeprefix("TRIAGE_").lower(): v for k, v in env.items()})


def sender_of(raw: bytes) -> str:
    return parse_mail(raw).sender.address.lower()  # type: ignore[union-attr]


def acks(smtp: SmtpServer) -> list[Received]:
    return [r for r in smtp.received if r.message["Auto-Submitted"] == "auto-replied"]


def case_of(db: Database, message_id: str) -> Case:
    with db.sessions() as session:
        mail = session.scalars(select(Mail).where(Mail.message_id == message_id)).one()
        case = session.get(Case, mail.case_id)
        assert case is not None, f"{message_id} has no case"
        session.expunge(case)
        return case


def test_a_mixed_mailbox_polled_once_is_sorted_acknowledged_and_drafted(
    db: Database, dovecot: Dovecot, smtp: SmtpServer
) -> None:
    settings = settings_for(db.engine.url.render_as_string(hide_password=False), dovecot, smtp)
    poll_once(settings, db)  # first contact with the (empty) mailbox: what arrives from now on is new mail
    mails = {path.name: path.read_bytes() for path in sorted(MIXED.glob("*.eml"))}
    for raw in mails.values():
        dovecot.deliver(raw)

    report = poll_once(settings, db)

    assert report.stored == len(mails) and report.routing.opened == len(mails)
    people = {name for name, (_, lang, _) in EXPECTED.items() if lang}
    assert report.routing.acknowledgements == len(people)
    for name, (queue, language, urgent) in EXPECTED.items():
        raw = mails[name]
        message_id = re.search(rb"^Message-ID: (<[^>]+>)", raw, re.MULTILINE).group(1).decode()  # type: ignore[union-attr]
        case = case_of(db, message_id)
        assert (case.queue, case.urgent) == (queue, urgent), f"{name}: {case.queue} {case.urgent} {case.reasons}"
        assert re.fullmatch(r"GL-20\d\d-\d{6}", case.reference or "")
        got = smtp.to(sender_of(raw))
        if language is None:
            assert got == [], f"{name} is machine mail or spam and must not be answered"
            assert case.ack_skipped
            continue
        assert len(got) == 1, f"{name}: exactly one acknowledgement"
        ack = got[0]
        message = ack.message
        assert ack.mail_from == "<>", "automatic replies go out with an empty return path (RFC 3834)"
        assert message["Auto-Submitted"] == "auto-replied"
        assert message["In-Reply-To"] == message_id and message_id in message["References"]
        assert case.reference in message["Subject"] and case.reference in ack.text()
        assert message["Content-Language"] == language
        assert ack.html() and case.reference in ack.html()
        if language in ("ar", "fa"):
            assert 'dir="rtl"' in ack.html()
        policy = load_rules(SHIPPED_RULES).acknowledge
        from_template_alone = Templates().ack(
            language, reference=case.reference, category=case.category, urgent=case.urgent,
            team_phone=policy.team_phone, office_hours=policy.office_hours,
        )  # fmt: skip
        assert ack.text().replace("\r\n", "\n") == from_template_alone.text, "never an echo of the sender's words"

    with db.sessions() as session:
        drafts = {d.recipient: d for d in session.scalars(select(Draft))}
        offers = {c.sender: c.offer for c in session.scalars(select(Case).where(Case.category == "landlord_offer"))}
    assert set(drafts) == {sender_of(mails[n]) for n in people}
    english_offer = offers["r.hale@example.com"]
    assert english_offer["rooms"] == 3 and english_offer["size_m2"] == 78 and english_offer["rent_cold_eur"] == 720
    assert english_offer["postal_code"] == "51465" and english_offer["available_from"] == "2027-02-01"
    assert "phone" in offers["b.sommer@example.org"]["missing"]
    assert "Telefonnummer" in drafts["b.sommer@example.org"].body, "the draft asks for exactly what is missing"
    assert "Kaltmiete" not in drafts["b.sommer@example.org"].body
    assert "Redaktionsschluss" in drafts["j.reuter@rheinberg-zeitung.example.com"].body, "the press get a press draft"
    assert (
        "Workshop" in drafts["samira.haddad@example.org"].body
        and "Wohnberechtigungsschein" in drafts["samira.haddad@example.org"].body
    )

    forwards = smtp.to(TEAM_501)
    assert len(forwards) == 1, "accommodation problems are forwarded to the refugee-support team"
    attached = [p for p in forwards[0].message.iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert attached and "<a12-accommodation@example.com>" in attached[0].as_string()

    # Nothing more goes out on the next poll: no loop, no second acknowledgement.
    before = len(smtp.received)
    again = poll_once(settings, db)
    assert again.stored == 0 and len(smtp.received) == before


def test_replies_join_their_case_and_strangers_do_not(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    settings = settings_for(db.engine.url.render_as_string(hide_password=False), dovecot, smtp)
    poll_once(settings, db)
    dovecot.deliver((MIXED / "01_de_tenant.eml").read_bytes())
    poll_once(settings, db)
    (ack,) = acks(smtp)
    case = case_of(db, "<a1-de-tenant@mail.example.org>")

    reply = (
        f"From: Samira Haddad <samira.haddad@example.org>\r\nTo: {TEAM}\r\n"
        f"Subject: AW: {ack.message['Subject']}\r\nMessage-ID: {make_msgid(domain='mail.example.org')}\r\n"
        f"In-Reply-To: {ack.message['Message-ID']}\r\nReferences: {ack.message['Message-ID']}\r\n"
        "Date: Wed, 25 Nov 2026 08:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Danke! Ich habe jetzt auch den Bescheid vom Jobcenter, soll ich ihn schicken?\r\n"
    ).encode()
    by_reference = (
        f"From: Samira Haddad <samira.haddad@example.org>\r\nTo: {TEAM}\r\n"
        f"Subject: Wg: Unterlagen {case.reference}\r\nMessage-ID: {make_msgid(domain='mail.example.org')}\r\n"
        "Date: Wed, 25 Nov 2026 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hier ist meine Mietschuldenfreiheitsbescheinigung.\r\n"
    ).encode()
    stranger = (
        f"From: Someone Else <someone.else@example.net>\r\nTo: {TEAM}\r\n"
        f"Subject: Re: {case.reference} Wohnung\r\nMessage-ID: <stranger-1@example.net>\r\n"
        "Date: Wed, 25 Nov 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hallo, ich suche auch eine Wohnung für meine Familie, bitte helfen Sie mir.\r\n"
    ).encode()
    urgent_reply = (
        f"From: Samira Haddad <samira.haddad@example.org>\r\nTo: {TEAM}\r\n"
        f"Subject: AW: {case.reference}\r\nMessage-ID: {make_msgid(domain='mail.example.org')}\r\n"
        "Date: Wed, 25 Nov 2026 11:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hallo, heute kam ein Brief: wir müssen bis Freitag aus der Unterkunft raus, die Räumung ist am Freitag. "
        "Wir wissen nicht wohin mit den Kindern. Bitte helfen Sie schnell!\r\n"
    ).encode()
    for raw in (reply, by_reference, stranger, urgent_reply):
        dovecot.deliver(raw)
    report = poll_once(settings, db)

    assert report.routing.joined == 3 and report.routing.opened == 1
    escalated = case_of(db, "<a1-de-tenant@mail.example.org>")
    assert escalated.urgent and escalated.priority == "high", "an urgent reply makes its case urgent"
    with db.sessions() as session:
        joined = session.scalars(select(Mail).where(Mail.case_id == case.id)).all()
        assert len(joined) == 4
        other = session.scalars(select(Case).where(Case.sender == "someone.else@example.net")).one()
        assert other.linked_case_id == case.id and other.id != case.id
        assert any("nennt Fall" in r for r in other.reasons)
    assert len(acks(smtp)) == 1, "a reply gets no second acknowledgement, a stranger quoting a reference none"


def test_two_hundred_auto_replies_get_no_acknowledgement(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    settings = settings_for(db.engine.url.render_as_string(hide_password=False), dovecot, smtp)
    poll_once(settings, db)
    kinds = [
        ("Auto-Submitted: auto-replied\r\n", "Abwesenheitsnotiz: Ihre Anfrage", "Ich bin bis zum 3.12. nicht im Haus."),
        ("X-Autoreply: yes\r\n", "Out of Office: Wohnung", "I am out of the office until Monday, 7 December."),
        ("Precedence: auto_reply\r\n", "Automatische Antwort: Termin", "Ich bin im Urlaub und lese keine Mails."),
        (
            "Auto-Submitted: auto-generated\r\n",
            "[Ticket#20261125{n:05d}] Ihre Anfrage ist eingegangen",
            "Vielen Dank, Ihre Anfrage wurde unter der Ticketnummer erfasst. Bitte nicht antworten.",
        ),
        ("X-Auto-Response-Suppress: All\r\n", "Automatic reply: Re: flat", "Thank you for your e-mail. I am away."),
        (
            "",
            "Automatische Antwort: Ihre Nachricht",
            "Ich bin bis 30.11. abwesend. Ihre Mail wird nicht weitergeleitet.",
        ),
        ("", "Out of Office Re: Ihre Nachricht ist angekommen", "I'm currently out of the office with limited access."),
        ("", "[#{n}] Ticket Received - Ihre Nachricht", "Your request has been received and a ticket was created."),
    ]
    for n in range(200):
        headers, subject, body = kinds[n % len(kinds)]
        dovecot.deliver(
            (
                f"From: Person {n} <person{n}@example.org>\r\nTo: {TEAM}\r\nSubject: {subject.format(n=n)}\r\n"
                f"Message-ID: <auto-{n}@example.org>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0100\r\n{headers}"
                f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
            ).encode()
        )
    report = poll_once(settings, db)
    assert report.stored == 200
    assert report.routing.acknowledgements == 0 and smtp.received == []
    with db.sessions() as session:
        assert session.scalars(select(Outbox)).all() == []


def test_acknowledgements_wait_while_the_smtp_server_is_away(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    settings = settings_for(db.engine.url.render_as_string(hide_password=False), dovecot, smtp)
    poll_once(settings, db)
    smtp.stop()
    for name in ("01_de_tenant.eml", "03_en_landlord.eml"):
        dovecot.deliver((MIXED / name).read_bytes())
    away = poll_once(settings, db)
    assert away.routing.acknowledgements == 2 and away.delivery.sent == 0 and away.delivery.waiting == 2
    assert away.delivery.error and "cannot be reached" in away.delivery.error

    smtp.start()
    back = poll_once(settings, db)
    assert back.delivery.sent == 2 and back.delivery.waiting == 0
    assert sorted(r.rcpt_tos[0] for r in smtp.received) == ["r.hale@example.com", "samira.haddad@example.org"]
    poll_once(settings, db)
    assert len(smtp.received) == 2


def test_a_broken_template_leaves_mail_stored_and_routes_it_once_repaired(
    db: Database, dovecot: Dovecot, smtp: SmtpServer, tmp_path: Path
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(Path(__file__).parents[2] / "templates", templates)
    good = (templates / "ack" / "de.txt.j2").read_text(encoding="utf-8")
    (templates / "ack" / "de.txt.j2").write_text(
        good.replace("{{ reference }}", "{{ reference.nope }}"), encoding="utf-8"
    )
    settings = settings_for(db.engine.url.render_as_string(hide_password=False), dovecot, smtp)
    settings = settings.model_copy(update={"templates": templates})
    poll_once(settings, db)
    dovecot.deliver((MIXED / "01_de_tenant.eml").read_bytes())
    dovecot.deliver((MIXED / "03_en_landlord.eml").read_bytes())

    broken = poll_once(settings, db)
    assert broken.stored == 2 and broken.routing.routed == 1, "the English mail is routed, the German one waits"
    assert [r.rcpt_tos for r in smtp.received] == [("r.hale@example.com",)]

    (templates / "ack" / "de.txt.j2").write_text(good, encoding="utf-8")
    repaired = poll_once(settings, db)
    assert repaired.routing.routed == 1 and repaired.delivery.sent == 1
    assert sorted(r.rcpt_tos[0] for r in smtp.received) == ["r.hale@example.com", "samira.haddad@example.org"]


def test_a_full_realistic_mailbox_keeps_every_promise(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    """bench/fresh: 240 mails in twelve languages, written independently of the corpus and never trained on."""
    fresh = Path(__file__).parents[2] / "bench" / "fresh"
    labels = {row["file"]: row for row in csv.DictReader((fresh / "labels.csv").open(encoding="utf-8"))}
    settings = settings_for(db.engine.url.render_as_string(hide_password=False), dovecot, smtp)
    poll_once(settings, db)
    for name in labels:
        dovecot.deliver((fresh / name).read_bytes())

    report = poll_once(settings, db)

    assert report.stored == len(labels) and report.routing.opened + report.routing.joined == len(labels)
    with db.sessions() as session:
        assert session.scalar(select(func.count(Mail.id)).where(Mail.case_id.is_(None))) == 0
    per_recipient = Counter(r.rcpt_tos[0] for r in acks(smtp))
    assert per_recipient and max(per_recipient.values()) == 1, "nobody is answered twice"
    answered = {str(a.message["In-Reply-To"]) for a in acks(smtp)}
    for category in ("auto", "spam"):
        ids = {
            parse_mail((fresh / n).read_bytes()).message_id for n, row in labels.items() if row["category"] == category
        }
        assert not ids & answered, f"no {category} mail is answered"
    for ack in acks(smtp):
        message = ack.message
        assert ack.mail_from == "<>" and message["In-Reply-To"] and re.search(r"GL-20\d\d-\d{6}", message["Subject"])
    assert poll_once(settings, db).routing.acknowledgements == 0, "and nothing more on the next poll"


def test_mail_that_cannot_be_read_goes_to_review_unanswered(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    settings = settings_for(db.engine.url.render_as_string(hide_password=False), dovecot, smtp)
    poll_once(settings, db)
    eml = Path(__file__).parents[1] / "data" / "eml"
    for name in ("deeply_nested_multipart.eml", "not_a_mail_binary.eml", "zero_bytes.eml"):
        dovecot.deliver((eml / name).read_bytes())
    report = poll_once(settings, db)
    assert report.stored == 3 and report.routing.opened == 3
    assert smtp.received == []
    with db.sessions() as session:
        cases = session.scalars(select(Case)).all()
        assert {c.queue for c in cases} == {"review"}
        assert all(c.ack_skipped for c in cases)


def test_two_routers_at_once_open_one_case(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    """`triage import` running beside `triage run` routes from the same table: a mail is claimed once."""
    settings = settings_for(db.engine.url.render_as_string(hide_password=False), dovecot, smtp)
    poll_once(settings, db)
    dovecot.deliver((MIXED / "01_de_tenant.eml").read_bytes())
    poll_once(settings, db)
    with db.sessions() as session, session.begin():  # back to "classified, not routed"
        session.execute(delete(Outbox))
        session.execute(delete(Draft))
        session.execute(update(Mail).values(routed_at=None, case_id=None))
        session.execute(delete(Case))

    answers = answering(settings, load_rules(SHIPPED_RULES))
    late = db.sessions()
    late.begin()
    stale = late.scalars(select(Mail)).one()  # the second router has read the mail as unrouted ...
    assert route_stored(db.sessions, answers).routed == 1  # ... when the first one routes it
    try:
        routed_again = Router(answers, stale.received_at).route(late, stale, RouteReport())
    except OperationalError:  # SQLite: the stale snapshot may not write at all
        routed_again = False
    finally:
        late.rollback()
        late.close()
    assert routed_again is False
    with db.sessions() as session:
        assert session.scalar(select(func.count(Case.id))) == 1
        assert session.scalar(select(func.count(Outbox.id))) == 1


def test_a_bounced_acknowledgement_is_shown_on_its_case(db: Database, dovecot: Dovecot, smtp: SmtpServer) -> None:
    settings = settings_for(db.engine.url.render_as_string(hide_password=False), dovecot, smtp)
    poll_once(settings, db)
    dovecot.deliver((MIXED / "01_de_tenant.eml").read_bytes())
    poll_once(settings, db)
    (ack,) = acks(smtp)
    bounce = (
        (MIXED / "08_bounce.eml")
        .read_bytes()
        .replace(
            b"Subject: Ihre Nachricht ist angekommen\n",
            f"Subject: Ihre Nachricht ist angekommen\nMessage-ID: {ack.message['Message-ID']}\n".encode(),
        )
    )
    bounce = bounce.replace(b"<a8-bounce@mx.example.net>", b"<a8-bounce-2@mx.example.net>")
    dovecot.deliver(bounce)
    report = poll_once(settings, db)

    assert report.routing.joined == 1 and report.routing.opened == 0
    case = case_of(db, "<a1-de-tenant@mail.example.org>")
    assert any("unzustellbar" in r for r in case.reasons)
    with db.sessions() as session:
        row = session.scalars(select(Outbox)).one()
        assert row.last_error and "unzustellbar" in row.last_error
    assert len(smtp.received) == 1
