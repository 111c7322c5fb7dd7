"""Parsing real-looking and deliberately broken mail (tests/data/eml/, see its README).

GIVEN a raw mail as it arrives, WHEN it is parsed, THEN staff see the right sender, subject and readable
text in the right script, and a mail that cannot be parsed says why instead of raising.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.mail.fingerprint import ContentHasher, fingerprint_of
from triage.mail.parse import clean_text, decode_bytes, parse_mail

EML = Path(__file__).parents[1] / "data" / "eml"

# file, sender address, words in the subject, a word the decoded text must hold, parse error expected
CASES = [
    (
        "plain_ok_german.eml",
        "yusuf.haddad@example.net",
        "Wohnungssuche für",
        "Familienzusammenführung",
        False,
    ),
    ("reply_with_quote_de.eml", "nadia.karimi@example.com", "AW: Ihre Anfrage", "Übersetzerin", False),
    (
        "bare_lf_newlines.eml",
        "petra.wagner@example.org",
        "Bescheinigung",
        "Mietschuldenfreiheitsbescheinigung",
        False,
    ),
    (
        "broken_mime_no_closing_boundary.eml",
        "amina.yusuf@example.org",
        "Unterlagen",
        "Wohnungsbesichtigung",
        False,
    ),
    (
        "broken_mime_boundary_missing.eml",
        "d.petrovic@example.net",
        "Wohnberechtigungsschein",
        "Wohnberechtigungsschein",
        False,
    ),
    ("charset_unknown_8bit.eml", "m.yilmaz@example.com", "Wohnungsworkshop", "möchte", False),
    ("charset_lying_utf8_is_latin1.eml", "vermietung@kramer.example.com", "Gronau", "Müller", False),
    ("charset_bogus_name.eml", "s.koehler@example.net", "Zimmer frei", "möbliertes", False),
    ("charset_windows1256_arabic.eml", "ahmad.hassan@example.com", "شقة", "شقة", False),
    ("charset_koi8r_russian.eml", "o.ivanova@example.org", "квартиру", "квартиру", False),
    ("charset_windows1251_ukrainian.eml", "oksana.kovalenko@example.net", "житла", "Шукаємо", False),
    ("charset_iso8859_9_turkish.eml", "ayse.demir@example.com", "Kiralık daire", "çocuğumla", False),
    ("farsi_utf8_base64.eml", "f.ahmadi@example.org", "آپارتمان", "آپارتمان", False),
    (
        "headers_8bit_raw_utf8.eml",
        "j.schaefer@example.org",
        "Refrath – 3 Zimmer, 75 m²",
        "Einbauküche",
        False,
    ),
    ("headers_8bit_raw_latin1.eml", "k.berger@example.com", "Bürgschaft für Mieter", "Mietkaution", False),
    ("missing_date_from_messageid.eml", None, "wohnung", "wohnung", False),
    ("empty_body.eml", "samir.haddad@example.net", "Wohnung", "", False),
    ("nested_rfc822_forward.eml", "gisela.brandt@example.net", "WG: Wohnungsanzeige", "geflüchtete", False),
    ("nul_bytes_in_body.eml", "t.nowak@example.org", "Termin Jobcenter", "Mietuebernahme", False),
    ("long_header_line.eml", "rahel.tesfaye@example.org", "Dringend", "Betreffzeile", False),
    ("duplicate_headers.eml", "f.rahimi@example.org", "Gronau", "Hausmeister", False),
    (
        "rfc2047_mixed_subject.eml",
        "markus.weber@example.com",
        "Mietbescheinigung für Familie Müller",
        "Bestätigung",
        False,
    ),
    ("html_only.eml", "angebote@sommer-immobilien.example.com", "2-Zimmer", "Wohnfläche", False),
    ("attachment_no_filename.eml", "h.jaber@example.com", "Schimmel", "Schimmel", False),
    ("outlook_winmail_tnef.eml", "verwaltung@lindner.example.com", "Nebenkosten", "Nachzahlung", False),
    ("deeply_nested_multipart.eml", "loop@example.net", "Verschachtelt", "", True),
    ("zero_bytes.eml", None, None, "", True),
    ("not_a_mail_binary.eml", None, None, "", True),
]


@pytest.mark.parametrize(("name", "sender", "subject", "word", "fails"), CASES, ids=[c[0] for c in CASES])
def test_fixture_parses_to_what_staff_should_read(
    name: str, sender: str | None, subject: str | None, word: str, fails: bool
) -> None:
    raw = (EML / name).read_bytes()
    mail = parse_mail(raw)
    assert (mail.sender.address if mail.sender else None) == sender
    if subject is not None:
        assert subject in (mail.subject or "")
    assert word in mail.text or word in mail.html
    assert "\ufffd" not in mail.text, "no replacement characters: the charset fallback must find the right one"
    assert "\x00" not in mail.text
    assert bool(mail.parse_error) is fails
    assert mail.size == len(raw)


def test_every_fixture_is_in_the_table() -> None:
    assert {p.name for p in EML.glob("*.eml")} == {c[0] for c in CASES}


def test_lying_charset_is_recorded_as_a_defect() -> None:
    mail = parse_mail((EML / "charset_lying_utf8_is_latin1.eml").read_bytes())
    assert "540 €" in mail.text
    assert any("declared charset" in d for d in mail.defects)


def test_unparseable_mail_explains_itself() -> None:
    assert "0 bytes" in (parse_mail(b"").parse_error or "")
    assert "do not look like an e-mail" in (parse_mail((EML / "not_a_mail_binary.eml").read_bytes()).parse_error or "")
    nested = parse_mail((EML / "deeply_nested_multipart.eml").read_bytes())
    assert "nesting" in (nested.parse_error or "").lower()
    assert nested.subject == "Verschachtelt", "headers are still read when the body cannot be"


def test_threading_headers_are_kept() -> None:
    mail = parse_mail((EML / "reply_with_quote_de.eml").read_bytes())
    assert mail.in_reply_to == "<ack-123@stadt-gl.de>"
    assert mail.references == ("<ack-123@stadt-gl.de>",)
    long = parse_mail((EML / "long_header_line.eml").read_bytes())
    assert long.in_reply_to == "<ref-0300.thread@example.org>"
    assert len(long.references) == 100 and long.references[-1] == "<ref-0300.thread@example.org>"


def test_forwarded_mail_is_an_attachment_not_body_text() -> None:
    mail = parse_mail((EML / "nested_rfc822_forward.eml").read_bytes())
    assert "Dachgeschosswohnung" not in mail.text
    assert [a.filename for a in mail.attachments] == ["Wohnungsanzeige.eml", "Grundriss.pdf"]
    assert mail.attachments[0].content_type == "message/rfc822"


def test_attachment_metadata() -> None:
    mail = parse_mail((EML / "rfc2047_mixed_subject.eml").read_bytes())
    (pdf,) = mail.attachments
    assert (pdf.filename, pdf.content_type, pdf.size) == (
        "Mietbescheinigung Müller.pdf",
        "application/pdf",
        397,
    )
    assert mail.to[0].name  # encoded display name decoded
    assert "=?" not in mail.to[0].name


def test_html_only_mail_keeps_its_html() -> None:
    mail = parse_mail((EML / "html_only.eml").read_bytes())
    assert mail.text == "" and "Wohnfläche" in mail.html


def test_date_is_utc_and_missing_date_is_none() -> None:
    mail = parse_mail(b"From: a@example.org\r\nDate: Tue, 3 Nov 2026 10:00:00 +0100\r\n\r\nx\r\n")
    assert mail.date is not None and mail.date.isoformat() == "2026-11-03T09:00:00+00:00"
    broken = parse_mail(b"From: a@example.org\r\nDate: someday soon\r\n\r\nx\r\n")
    assert broken.date is None and any("Date" in d for d in broken.defects)


def test_truncated_parse_of_an_oversized_mail_says_so() -> None:
    raw = b"From: a@example.org\r\nSubject: big\r\nMessage-ID: <big@x>\r\n\r\n" + b"x" * 1000
    mail = parse_mail(raw[:200], total_size=50 * 1024 * 1024)
    assert mail.subject == "big" and mail.size == 50 * 1024 * 1024
    assert any("parse limit" in d for d in mail.defects)


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        ("Grüße".encode(), "iso-8859-1", "Grüße"),  # declared Latin-1, really UTF-8
        ("Grüße".encode("latin-1"), "utf-8", "Grüße"),  # declared UTF-8, really Latin-1
        ("Grüße".encode("latin-1"), None, "Grüße"),
        ("Привет".encode("koi8-r"), "koi8-r", "Привет"),
        (b"plain", "x-unknown", "plain"),
    ],
)
def test_charset_fallback(data: bytes, declared: str | None, expected: str) -> None:
    assert decode_bytes(data, declared)[0] == expected


def test_clean_text_makes_any_text_storable() -> None:
    assert clean_text("a\x00b\udcff") == "ab?"


class TestFingerprint:
    raw = b"Received: from a\r\nMessage-ID: <m@x>\r\nSubject: s\r\n\r\nbody line\r\nsecond\r\n"

    def test_same_mail_with_other_trace_headers_and_line_endings_is_the_same(self) -> None:
        other = b"Received: from b\nDelivered-To: y\nMessage-ID: <m@x>\nSubject: s\n\nbody line\nsecond\n"
        assert fingerprint_of(self.raw, "<m@x>")[0] == fingerprint_of(other, "<m@x>")[0]

    def test_other_body_or_id_is_different(self) -> None:
        assert fingerprint_of(self.raw, "<m@x>")[0] != fingerprint_of(self.raw.replace(b"second", b"2nd"), "<m@x>")[0]
        assert fingerprint_of(self.raw, "<m@x>")[0] != fingerprint_of(self.raw, "<n@x>")[0]

    def test_without_message_id_every_byte_counts(self) -> None:
        assert fingerprint_of(self.raw, None)[0] != fingerprint_of(self.raw.replace(b"from a", b"from b"), None)[0]

    @pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
    def test_chunked_hash_equals_whole_hash(self, size: int) -> None:
        hasher = ContentHasher()
        for i in range(0, len(self.raw), size):
            hasher.update(self.raw[i : i + size])
        assert (hasher.fingerprint("<m@x>"), hasher.raw_sha256) == fingerprint_of(self.raw, "<m@x>")
