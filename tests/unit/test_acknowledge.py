"""Who gets an automatic acknowledgement: people, once; never machines, lists, bounces, spam or ourselves."""

from __future__ import annotations

from dataclasses import replace

import pytest

from triage.acknowledge import AckFacts, why_not

PERSON = AckFacts(
    category="tenant_request",
    spam_probability=0.01,
    sender="samira.haddad@example.org",
    subject="Wohnung gesucht",
    headers=(("From", "Samira <samira.haddad@example.org>"), ("Content-Type", "text/plain")),
    archived=False,
    unreadable=False,
    joins_case=False,
    own_addresses=frozenset({"integration-wohnen@stadt-gl.de"}),
    acknowledged_recently=False,
    rule_allows=True,
    enabled=True,
)


def test_a_person_writing_for_the_first_time_is_acknowledged() -> None:
    assert why_not(PERSON) is None


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Auto-Submitted", "auto-replied"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Autoreply", "yes"),
        ("X-Autorespond", "1"),
        ("Precedence", "bulk"),
        ("Precedence", "list"),
        ("Precedence", "junk"),
        ("Precedence", "auto_reply"),
        ("List-Id", "<rundbrief.example.org>"),
        ("List-Unsubscribe", "<mailto:leave@example.org>"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Auto-Response-Suppress", "DR, OOF, AutoReply"),
        ("Return-Path", "<>"),
    ],
)
def test_machine_headers_are_never_answered_whatever_the_classifier_says(header: str, value: str) -> None:
    facts = replace(PERSON, headers=(*PERSON.headers, (header, value)))
    assert why_not(facts) is not None


def test_auto_submitted_no_is_a_person() -> None:
    assert why_not(replace(PERSON, headers=(("Auto-Submitted", "no"),))) is None


@pytest.mark.parametrize(
    "sender",
    [
        "noreply@portal.example.com",
        "no-reply@portal.example.com",
        "do-not-reply@example.com",
        "donotreply@example.com",
        "MAILER-DAEMON@mx.example.net",
        "postmaster@example.net",
        "bounces+123@lists.example.org",
        "newsletter@verein.example.org",
        "integration-wohnen@stadt-gl.de",
        "not an address",
        "",
        "evil@example.org\r\nBcc: victim@example.net",
    ],
)
def test_addresses_that_must_not_be_answered(sender: str) -> None:
    assert why_not(replace(PERSON, sender=sender)) is not None


@pytest.mark.parametrize(
    "change",
    [
        {"category": "auto"},
        {"category": "spam"},
        {"spam_probability": 0.4},
        {"archived": True},
        {"unreadable": True},
        {"joins_case": True},
        {"acknowledged_recently": True},
        {"rule_allows": False},
        {"enabled": False},
        {"headers": (("Content-Type", "multipart/report; report-type=delivery-status"),)},
        {"subject": "AW: Ihre Nachricht ist angekommen – Aktenzeichen GL-2026-000017"},
        {"subject": "[Ticket#2026112510000123] Ihre Anfrage ist eingegangen"},
    ],
)
def test_no_acknowledgement_and_a_reason_staff_can_read(change: dict) -> None:
    reason = why_not(replace(PERSON, **change))
    assert reason and reason[0].isupper()
