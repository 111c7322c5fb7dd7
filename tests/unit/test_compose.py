"""What we send: templates in the sandbox, the sender's language, right-to-left where it belongs, no echo."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from triage.compose import Templates, ack_message, forward_message
from triage.errors import ConfigError

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
CONTEXT = {"reference": "GL-2026-000042", "category": "tenant_request", "urgent": False, "team_phone": "02202 14-0",
           "office_hours": "Mo-Do"}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en", "ar", "uk", "ru", "fa", "tr", "fr"])
def test_an_acknowledgement_in_each_language_names_the_reference(language: str) -> None:
    for category in ("tenant_request", "landlord_offer", "inquiry"):
        for urgent in (False, True):
            rendered = Templates().ack(language, **{**CONTEXT, "category": category, "urgent": urgent})
            assert "GL-2026-000042" in rendered.subject and "GL-2026-000042" in rendered.text
            assert ("110" in rendered.text) == urgent
            direction = 'dir="rtl"' if language in ("ar", "fa") else 'dir="ltr"'
            assert direction in rendered.html and f'lang="{language}"' in rendered.html


def test_a_language_without_template_gets_german_and_english() -> None:
    rendered = Templates().ack("ti", **CONTEXT)
    assert "Guten Tag" in rendered.text and "Hello" in rendered.text and rendered.language == "de+en"


def test_headers_of_an_acknowledgement() -> None:
    rendered = Templates().ack("ar", **CONTEXT)
    raw = ack_message(
        rendered, sender="integration-wohnen@stadt-gl.de", to="abu.yousef@example.net", message_id="<ack-1@stadt-gl.de>",
        in_reply_to="<orig@example.net>", references=["<older@example.net>"], now=NOW,
    ).as_bytes()  # fmt: skip
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["In-Reply-To"] == "<orig@example.net>"
    assert msg["References"] == "<older@example.net> <orig@example.net>"
    assert msg["Message-ID"] == "<ack-1@stadt-gl.de>" and msg["Content-Language"] == "ar"
    assert "GL-2026-000042" in msg["Subject"]
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]


def test_a_recipient_cannot_smuggle_in_a_header() -> None:
    rendered = Templates().ack("de", **CONTEXT)
    with pytest.raises(ValueError):
        ack_message(
            rendered, sender="integration-wohnen@stadt-gl.de", to="x@example.org\r\nBcc: victim@example.net",
            message_id="<a@b>", in_reply_to=None, references=[], now=NOW,
        ).as_bytes()  # fmt: skip


def test_templates_run_in_a_sandbox_and_html_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "ack").mkdir()
    (tmp_path / "ack" / "de.txt.j2").write_text("{% set subject = 'S ' ~ reference %}{{ reference.__class__.__mro__ }}")
    (tmp_path / "ack" / "layout.html.j2").write_text("{% for p in paragraphs %}{{ p[0] }}{% endfor %}")
    with pytest.raises(ConfigError, match="de.txt.j2"):
        Templates(tmp_path).ack("de", **CONTEXT)
    (tmp_path / "ack" / "de.txt.j2").write_text("{% set subject = 'S' %}{{ reference }}")
    rendered = Templates(tmp_path).ack("de", **{**CONTEXT, "reference": "<script>alert(1)</script>"})
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html


def test_a_broken_template_is_reported_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "inquiry.de.txt.j2").write_text("Hallo\n{% if x %}\nno end\n")
    (problem,) = [p for p in Templates(tmp_path).problems() if "missing" not in p]  # the others are absent
    assert "inquiry.de.txt.j2:" in problem


def test_a_forward_carries_the_original_unaltered() -> None:
    original = (
        b"From: a@example.org\r\nTo: b@example.org\r\nSubject: Schimmel\r\nMessage-ID: <o@example.org>\r\n\r\nText\r\n"
    )
    raw = forward_message(
        sender="integration-wohnen@stadt-gl.de", to="team501@stadt-gl.de", subject="Weiterleitung", text="Bitte prüfen",
        original=original, message_id="<f@stadt-gl.de>", now=NOW,
    ).as_bytes()  # fmt: skip
    msg = message_from_bytes(raw, policy=policy.default)
    (attached,) = [p for p in msg.iter_attachments() if p.get_content_type() == "message/rfc822"]
    inner = attached.get_content()
    assert inner["Message-ID"] == "<o@example.org>" and inner["Subject"] == "Schimmel"


def test_a_templates_folder_without_the_needed_templates_is_reported(tmp_path: Path) -> None:
    problems = Templates(tmp_path / "nowhere").problems()
    assert any("ack/de.txt.j2: missing (check TRIAGE_TEMPLATES)" in p for p in problems)
    assert any("drafts/inquiry.de.txt.j2: missing" in p for p in problems)
    assert Templates().problems() == []
