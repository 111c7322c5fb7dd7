"""Reply subjects in the languages of our senders, our references, and other systems' ticket numbers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from triage.threads import base_subject, looks_like_other_helpdesk, message_ids, reference_for, references_in


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Wohnung",
        "RE: RE: Wohnung",
        "AW: Wohnung",
        "Aw: WG: Wohnung",
        "WG: Wohnung",
        "Fwd: Wohnung",
        "FW: Wohnung",
        "SV: Wohnung",
        "VS: Wohnung",
        "Odp: Wohnung",
        "Ответ: Wohnung",
        "Відповідь: Wohnung",
        "رد: Wohnung",
        "Yanıt: Wohnung",
        "YNT: Wohnung",
        "پاسخ: Wohnung",
        "TR : Wohnung",
        "Re[2]: Wohnung",
        "AW(3): Wohnung",
        "Re：Wohnung",
        "[EXTERN] AW: Wohnung",
    ],
)
def test_reply_and_forward_prefixes_in_many_languages_are_removed(subject: str) -> None:
    assert base_subject(subject) == "Wohnung"


def test_a_subject_that_only_starts_like_a_prefix_is_kept() -> None:
    assert base_subject("Rechnung März") == "Rechnung März"
    assert base_subject("Awo Beratung") == "Awo Beratung"


def test_references_are_stable_and_found_in_subjects() -> None:
    reference = reference_for(123, datetime(2026, 11, 25, tzinfo=UTC))
    assert reference == "GL-2026-000123"
    assert references_in(f"AW: Ihre Nachricht ist angekommen – Aktenzeichen {reference}") == [reference]
    assert references_in("Ticket 2026-000123") == []


@pytest.mark.parametrize(
    "subject",
    [
        "[Ticket#2026112510000123] Ihre Anfrage ist eingegangen",
        "[#117904] Ticket Received - Wohnung",
        "Re: [Ticket#123456] Re: Ihre Nachricht",
        "Eingangsbestätigung Ihrer E-Mail (Vorgang 48211)",
        "Automatische Antwort: Wohnung",
        "Automatic reply: flat",
        "We have received your request (case #88231)",
    ],
)
def test_other_helpdesks_and_auto_replies_are_recognised(subject: str) -> None:
    assert looks_like_other_helpdesk(subject)


@pytest.mark.parametrize("subject", ["Wohnung in Refrath, 3 Zimmer", "Frage zum Workshop am 12.3.", "AW: Termin"])
def test_ordinary_subjects_are_not_taken_for_other_helpdesks(subject: str) -> None:
    assert not looks_like_other_helpdesk(subject)


def test_message_ids_nearest_first() -> None:
    assert message_ids("<c@x>", ["<a@x>", "<b@x>", "<c@x>"]) == ["<c@x>", "<b@x>", "<a@x>"]
    assert message_ids(None, []) == []
