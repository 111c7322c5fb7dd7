#!/usr/bin/env python3
"""Generate the hand-made, deliberately problematic .eml fixtures in tests/data/eml/.

Usage:
    python3 tests/data/make_eml_fixtures.py            # (re)write all fixtures + README.md
    python3 tests/data/make_eml_fixtures.py --verify   # only check the existing files

Why a script: many fixtures need exact bytes (8-bit headers, wrong charsets, NUL
bytes, a 3,000-level MIME recursion bomb) that an editor or a git setting could
silently "repair".  Every file is built here from bytes literals or from text
that is explicitly encoded with the charset named next to it.  The output is
deterministic: running the script twice gives byte-identical files.

Conventions:
  * Messages are assembled with LF ("\n") and converted to CRLF on write,
    unless the fixture is meant to have bare LF (see ``nl=`` in ``write``).
    The conversion is safe because none of the charsets used here (ASCII,
    UTF-8, ISO-8859-1/-9, cp1252, cp1251, cp1256, KOI8-R) uses byte 0x0A for
    anything but LF, and binary payloads are always base64.
  * All people are fictional; only reserved domains are used (example.org,
    example.com, example.net, subdomains of them) plus the team mailbox
    integration-wohnen@stadt-gl.de as recipient.
  * FIXTURES (at the bottom) is the manifest: for each file the expected
    sender, subject, true charset and one word that must appear correctly
    decoded in the body.  README.md is generated from it and ``--verify``
    checks it against the bytes.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "eml"
TEAM = "integration-wohnen@stadt-gl.de"
MAX_SIZE = 200 * 1024  # every fixture must stay below this


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def to_crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def write(name: str, data: bytes, nl: str = "crlf") -> None:
    """Write fixture ``name``; ``nl`` is "crlf" (convert LF->CRLF) or "raw" (as is)."""
    if nl == "crlf":
        data = to_crlf(data)
    elif nl != "raw":
        raise ValueError(nl)
    assert len(data) < MAX_SIZE, (name, len(data))
    (OUT / name).write_bytes(data)


def b64_lines(data: bytes, width: int = 76) -> bytes:
    """Base64 body, folded at ``width`` characters, LF-terminated lines."""
    enc = base64.b64encode(data)
    return b"".join(enc[i:i + width] + b"\n" for i in range(0, len(enc), width))


def text_b64(text: str, charset: str) -> bytes:
    """Base64 of a text body in canonical form (CRLF line ends), as MUAs do."""
    return b64_lines(text.replace("\n", "\r\n").encode(charset))


def text_qp(text: str, charset: str) -> bytes:
    """Quoted-printable of a text body (LF line ends; converted to CRLF on write)."""
    return quopri.encodestring(text.encode(charset))


def ew_b(text: str, charset: str) -> str:
    """RFC 2047 'B' encoded word."""
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode("ascii"))


def ew_q(text: str, charset: str) -> str:
    """RFC 2047 'Q' encoded word."""
    out = []
    for byte in text.encode(charset):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def hdrs(*lines: str) -> bytes:
    """ASCII header block (without the separating blank line)."""
    return "".join(line + "\n" for line in lines).encode("ascii")


# A few hundred bytes that look like a PDF (not a valid one, nobody renders it).
FAKE_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
    b"4 0 obj\n<< /Length 58 >>\nstream\nBT /F1 12 Tf 72 770 Td (Grundriss DG links, 54 qm) Tj ET\nendstream\nendobj\n"
    b"xref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n312\n%%EOF\n"
)

# A tiny byte string that starts/ends like a JPEG (SOI, APP0/JFIF, ..., EOI).
FAKE_JPEG = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65)) +
    b"\xff\xc0\x00\x0b\x08\x00\x10\x00\x10\x01\x01\x11\x00"
    b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00\xd2\xcf\x20\xa2\x8a\x28\x00"
    b"\xff\xd9"
)

# Fake TNEF (winmail.dat): real signature 0x223E9F78 (little endian), a legacy
# key, then some attribute-looking bytes.  Not parseable as real TNEF.
FAKE_TNEF = (
    b"\x78\x9f\x3e\x22" + b"\x4c\x01" +
    b"\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00"
    b"\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00"
    b"\x01\x08\x80\x07\x00\x18\x00\x00\x00IPM.Microsoft Mail.Note\x00\x31\x08"
    b"\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01"
    b"\x01\x03\x90\x06\x00\x54\x00\x00\x00" + bytes(range(0, 84)) + b"\x1a\x2b"
)


# --------------------------------------------------------------------------
# fixtures
# --------------------------------------------------------------------------

def f01_broken_mime_no_closing_boundary() -> None:
    text = (
        "Guten Tag,\n"
        "\n"
        "anbei schicke ich die Unterlagen für die Wohnungsbesichtigung am Donnerstag\n"
        "in der Hauptstraße. Die Gehaltsabrechnung von meinem Mann kommt später,\n"
        "das Jobcenter hat den Bescheid noch nicht geschickt.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Amina Yusuf\n"
    )
    data = hdrs(
        "Return-Path: <amina.yusuf@example.org>",
        "From: Amina Yusuf <amina.yusuf@example.org>",
        "To: " + TEAM,
        "Subject: Unterlagen fuer die Wohnungsbesichtigung",
        "Date: Tue, 05 Mar 2024 09:14:22 +0100",
        "Message-ID: <20240305091422.4711@mail.example.org>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="----=_Part_4711_0815"',
    ) + b"\nThis is a multi-part message in MIME format.\n\n"
    data += b"------=_Part_4711_0815\n"
    data += hdrs("Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit")
    data += b"\n" + text.encode("utf-8") + b"\n"
    data += b"------=_Part_4711_0815\n"
    # Garbled part header: missing colon, unterminated quote, truncated parameter.
    data += b'Content-Type application/pdf; name="Gehaltsabrechnung.pdf\n'
    data += b"Content-Transfer-Encoding: base64\n"
    data += b"Content-Disposition: attachment; filen\n"
    data += b"\n"
    # Truncated base64 and *no* closing "------=_Part_4711_0815--".
    data += b64_lines(FAKE_PDF)[:230]
    data += b"\n"
    write("broken_mime_no_closing_boundary.eml", data)


def f02_broken_mime_boundary_missing() -> None:
    body = (
        "Guten Tag,\n"
        "\n"
        "ich habe eine Frage zum Wohnberechtigungsschein. Das Jobcenter sagt, ich\n"
        "brauche ihn fuer die Wohnung in Hand, aber das Formular verstehe ich nicht.\n"
        "Kann mir jemand beim Ausfuellen helfen? Ich kann dienstags und donnerstags.\n"
        "\n"
        "Vielen Dank\n"
        "Dragan Petrovic\n"
    )
    data = hdrs(
        "From: Dragan Petrovic <d.petrovic@example.net>",
        "To: " + TEAM,
        "Subject: Frage zum Wohnberechtigungsschein",
        "Date: Wed, 06 Mar 2024 17:40:03 +0100",
        "Message-ID: <a1b2c3d4-0001@example.net>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="abc"',
    ) + b"\n" + body.encode("ascii")
    assert b"--abc" not in data
    write("broken_mime_boundary_missing.eml", data)


def f03_charset_unknown_8bit() -> None:
    body = (
        "Sehr geehrte Damen und Herren,\n"
        "\n"
        "ich möchte mich für den Wohnungsworkshop am 14. März anmelden. Ich wohne\n"
        "zur Zeit in der Unterkunft an der Paffrather Straße und suche eine Wohnung\n"
        "für mich und meine Frau.\n"
        "\n"
        "Können Sie mir bitte sagen, ob ich Unterlagen vom Jobcenter mitbringen muss?\n"
        "\n"
        "Viele Grüße\n"
        "Mehmet Yilmaz\n"
    )
    raw = body.encode("latin-1")  # only chars that are identical in latin-1 and cp1252
    assert not any(0x80 <= b <= 0x9F for b in raw)
    data = hdrs(
        "From: Mehmet Yilmaz <m.yilmaz@example.com>",
        "To: " + TEAM,
        "Subject: Anmeldung Wohnungsworkshop",
        "Date: Thu, 07 Mar 2024 08:02:51 +0100",
        "Message-ID: <5f3e2a10.c0ffee@example.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=unknown-8bit",
        "Content-Transfer-Encoding: 8bit",
        "X-Mailer: Foxmail 6, 15, 201, 23 [cn]",
    ) + b"\n" + raw
    write("charset_unknown_8bit.eml", data)


def f04_charset_lying_utf8_is_latin1() -> None:
    body = (
        "Sehr geehrte Frau Schneider,\n"
        "\n"
        "wie telefonisch besprochen: Wohnung für Familie Müller, Größe 68 m²,\n"
        "Miete 540 € kalt, Nebenkosten ca. 160 €. 3 Zimmer, Küche, Bad,\n"
        "Gäste-WC, 1. OG in Gronau. Bezugsfertig ab 1. Mai.\n"
        "\n"
        "Die Kaution (3 Kaltmieten) kann in Raten gezahlt werden.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Hausverwaltung Kramer\n"
    )
    # Declared utf-8, but bytes are ISO-8859-1 -- strictly speaking cp1252,
    # because "€" does not exist in latin-1: it is written as cp1252 byte 0x80
    # (what Windows mailers really send).  True charset: cp1252.
    raw = body.encode("cp1252")
    assert b"\x80" in raw and b"\xb2" in raw
    data = hdrs(
        "From: Hausverwaltung Kramer <vermietung@kramer.example.com>",
        "To: " + TEAM,
        "Cc: Claudia Schneider <c.schneider@example.org>",
        "Subject: Wohnungsangebot Gronau, 3 Zimmer",
        "Date: Fri, 08 Mar 2024 11:25:00 +0100",
        "Message-ID: <000301da7145$1a2b3c4d$4e5f6070@kramer.example.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ) + b"\n" + raw
    write("charset_lying_utf8_is_latin1.eml", data)


def f05_charset_bogus_name() -> None:
    body = (
        "Hallo zusammen,\n"
        "\n"
        "bei uns im Haus in Paffrath wird zum 1. April ein möbliertes Zimmer frei\n"
        "(16 m², Mitbenutzung von Küche und Bad, Waschmaschine im Keller).\n"
        "Warmmiete 380 €. Gerne an eine junge Frau oder einen Studenten aus der\n"
        "Ukraine oder aus Syrien – wir sprechen ein bisschen Englisch.\n"
        "\n"
        "Herzliche Grüße\n"
        "Sabine Köhler\n"
    )
    data = hdrs(
        "From: Sabine Koehler <s.koehler@example.net>",
        "To: " + TEAM,
        "Subject: Zimmer frei ab April",
        "Date: Sat, 09 Mar 2024 20:11:37 +0100",
        "Message-ID: <CAB+0x9Zq7k@mail.example.net>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="x-does-not-exist"; format=flowed',
        "Content-Transfer-Encoding: 8bit",
    ) + b"\n" + body.encode("utf-8")
    write("charset_bogus_name.eml", data)


def f06_charset_windows1256_arabic() -> None:
    subject = "طلب مساعدة في إيجاد شقة"
    body = (
        "السلام عليكم،\n"
        "\n"
        "أنا أبحث عن شقة لعائلتي. نحن عائلة من خمسة أفراد: أنا وزوجتي وثلاثة أطفال.\n"
        "نسكن حالياً في مأوى اللاجئين في برغيش غلادباخ منذ سنة.\n"
        "\n"
        "هل يمكنكم مساعدتنا في إيجاد شقة مناسبة؟ لدينا موافقة من مركز العمل\n"
        "(Jobcenter) على دفع الإيجار.\n"
        "\n"
        "مع الشكر الجزيل،\n"
        "أحمد الحسن\n"
    )
    data = hdrs(
        "From: Ahmad Al-Hassan <ahmad.hassan@example.com>",
        "To: " + TEAM,
        "Subject: " + ew_b(subject, "windows-1256"),
        "Date: Mon, 11 Mar 2024 10:03:44 +0100",
        "Message-ID: <7d1e0c9b.3f2a@example.com>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="windows-1256"',
        "Content-Transfer-Encoding: quoted-printable",
    ) + b"\n" + text_qp(body, "cp1256")
    write("charset_windows1256_arabic.eml", data)


def f07_charset_koi8r_russian() -> None:
    subject = "Ищем квартиру"
    body = (
        "Здравствуйте!\n"
        "\n"
        "Меня зовут Ольга, я с двумя детьми живу в общежитии на Паффратер штрассе.\n"
        "Мы ищем квартиру в Бергиш-Гладбахе, две или три комнаты. Джобцентр готов\n"
        "оплатить аренду до 600 евро.\n"
        "\n"
        "Можно ли записаться на семинар по поиску жилья?\n"
        "\n"
        "С уважением,\n"
        "Ольга Иванова\n"
    )
    data = hdrs(
        "From: Olga Ivanova <o.ivanova@example.org>",
        "To: " + TEAM,
        "Subject: " + ew_b(subject, "koi8-r"),
        "Date: Tue, 12 Mar 2024 21:45:10 +0300",
        "Message-ID: <1710269110.283746@example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=koi8-r",
        "Content-Transfer-Encoding: 8bit",
    ) + b"\n" + body.encode("koi8-r")
    write("charset_koi8r_russian.eml", data)


def f08_charset_windows1251_ukrainian() -> None:
    subject = "Допомога з пошуком житла"
    body = (
        "Добрий день!\n"
        "\n"
        "Ми — родина з Харкова, нас четверо. Шукаємо житло в Бергіш-Гладбаху або\n"
        "поруч. Чи можете ви допомогти з документами для Jobcenter? Ми маємо\n"
        "довідку про реєстрацію та посвідку на проживання.\n"
        "\n"
        "Дякую за вашу допомогу!\n"
        "Оксана Коваленко\n"
    )
    data = hdrs(
        "From: Oksana Kovalenko <oksana.kovalenko@example.net>",
        "To: " + TEAM,
        "Subject: " + ew_b(subject, "windows-1251"),
        "Date: Wed, 13 Mar 2024 07:58:19 +0100",
        "Message-ID: <e4b1c0de-77aa-4c3b-9d10-000000000008@example.net>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=windows-1251",
        "Content-Transfer-Encoding: base64",
    ) + b"\n" + text_b64(body, "cp1251")
    write("charset_windows1251_ukrainian.eml", data)


def f09_charset_iso8859_9_turkish() -> None:
    subject = "Kiralık daire arıyorum"
    body = (
        "Merhaba,\n"
        "\n"
        "Ben İzmir'den geldim ve şu anda Bergisch Gladbach'taki yurtta kalıyorum.\n"
        "Eşim ve iki çocuğumla birlikte kiralık bir daire arıyorum. Jobcenter\n"
        "kirayı ödeyeceğini söyledi, ama ev sahipleri belgeleri görmek istiyor.\n"
        "\n"
        "Konut atölyesine katılmak istiyorum. Bir sonraki tarih ne zaman?\n"
        "\n"
        "Teşekkürler,\n"
        "Ayşe Demir\n"
    )
    data = hdrs(
        "From: Ayse Demir <ayse.demir@example.com>",
        "To: " + TEAM,
        "Subject: " + ew_q(subject, "iso-8859-9"),
        "Date: Thu, 14 Mar 2024 13:30:00 +0100",
        "Message-ID: <20240314123000.GA2211@example.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=iso-8859-9",
        "Content-Transfer-Encoding: quoted-printable",
    ) + b"\n" + text_qp(body, "iso-8859-9")
    write("charset_iso8859_9_turkish.eml", data)


def f10_farsi_utf8_base64() -> None:
    subject = "درخواست کمک برای پیدا کردن آپارتمان"
    # Note: contains ZERO WIDTH NON-JOINER (U+200C) as real Persian text does.
    body = (
        "سلام،\n"
        "\n"
        "من و خانواده\u200cام (چهار نفر) از افغانستان آمده\u200cایم و در حال حاضر در\n"
        "خوابگاه پناهجویان زندگی می\u200cکنیم. ما به دنبال یک آپارتمان دو خوابه در\n"
        "برگیش گلادباخ هستیم.\n"
        "\n"
        "آیا می\u200cتوانم در کارگاه مسکن شرکت کنم؟\n"
        "\n"
        "با تشکر،\n"
        "فرشته احمدی\n"
    )
    data = hdrs(
        "From: Fereshteh Ahmadi <f.ahmadi@example.org>",
        "To: " + TEAM,
        "Subject: " + ew_b(subject, "UTF-8"),
        "Date: Fri, 15 Mar 2024 16:20:05 +0330",
        "Message-ID: <CAFa1rsi+Bz9Yq=w3@mail.example.org>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: base64",
    ) + b"\n" + text_b64(body, "utf-8")
    write("farsi_utf8_base64.eml", data)


def f11_headers_8bit_raw_utf8() -> None:
    body = (
        "Sehr geehrte Damen und Herren,\n"
        "\n"
        "ich vermiete ab 1. Juni eine 3-Zimmer-Wohnung in Refrath (75 m², 2. OG,\n"
        "Balkon, Einbauküche). Kaltmiete 690 €, Nebenkosten ca. 210 €. Die Wohnung\n"
        "liegt ruhig, Bus und S-Bahn sind in der Nähe. Gerne auch an eine Familie\n"
        "mit Kindern.\n"
        "\n"
        "Besichtigung nach Absprache.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Jürgen Schäfer\n"
    )
    data = (
        "From: Jürgen Schäfer <j.schaefer@example.org>\n"
        "To: " + TEAM + "\n"
        "Subject: Wohnungsangebot in Refrath – 3 Zimmer, 75 m²\n"
        "Date: Sat, 16 Mar 2024 09:09:09 +0100\n"
        "Message-ID: <raw8bit-utf8-0011@example.org>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
    ).encode("utf-8") + body.encode("utf-8")  # raw UTF-8 in From/Subject, no RFC 2047
    write("headers_8bit_raw_utf8.eml", data)


def f12_headers_8bit_raw_latin1() -> None:
    body = (
        "Guten Tag,\n"
        "\n"
        "ich bin Vermieter in Bensberg und habe eine Frage: Uebernimmt die Stadt eine\n"
        "Buergschaft fuer die Mietkaution, wenn der Mieter Leistungen vom Jobcenter\n"
        "bekommt? Die Wohnung (2 Zimmer) waere ab sofort frei.\n"
        "\n"
        "Gruss\n"
        "Klaus Berger\n"
    )
    data = hdrs(
        "From: Klaus Berger <k.berger@example.com>",
        "To: " + TEAM,
    ) + "Subject: Anfrage wegen Bürgschaft für Mieter\n".encode("latin-1") + hdrs(
        "Date: Mon, 18 Mar 2024 14:47:31 +0100",
        "Message-ID: <raw8bit-latin1-0012@example.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
    ) + b"\n" + body.encode("ascii")
    write("headers_8bit_raw_latin1.eml", data)


def f13_missing_date_from_messageid() -> None:
    data = hdrs(
        "Subject: wohnung",
        "To: " + TEAM,
    ) + b"\nhallo ich suche wohnung 4 person bitte helfen\n"
    write("missing_date_from_messageid.eml", data)


def f14_empty_body() -> None:
    data = hdrs(
        "From: Samir Haddad <samir.haddad@example.net>",
        "To: " + TEAM,
        "Subject: Wohnung",
        "Date: Tue, 19 Mar 2024 06:12:00 +0100",
        "Message-ID: <empty-body-0014@example.net>",
    ) + b"\n"
    write("empty_body.eml", data)


def f15_nested_rfc822_forward() -> None:
    inner_text = (
        "Liebe Frau Brandt,\n"
        "\n"
        "wie besprochen hier die Angaben zur Wohnung:\n"
        "\n"
        "Dachgeschosswohnung in Bensberg, 2 Zimmer, 54 m², Küche, Bad mit Dusche.\n"
        "Warmmiete 620 €, frei ab 1. April. Haustiere nach Absprache.\n"
        "Den Grundriss habe ich angehängt.\n"
        "\n"
        "Viele Grüße\n"
        "Renate Hoffmann\n"
    )
    inner_html = (
        "<html><body>\n"
        "<p>Liebe Frau Brandt,</p>\n"
        "<p>wie besprochen hier die Angaben zur Wohnung:</p>\n"
        "<p><b>Dachgeschosswohnung</b> in Bensberg, 2 Zimmer, 54&nbsp;m², Küche,\n"
        "Bad mit Dusche.<br>Warmmiete 620&nbsp;€, frei ab 1. April. Haustiere nach\n"
        "Absprache.<br>Den Grundriss habe ich angehängt.</p>\n"
        "<p>Viele Grüße<br>Renate Hoffmann</p>\n"
        "</body></html>\n"
    )
    inner = hdrs(
        "From: Renate Hoffmann <r.hoffmann@example.com>",
        "To: Gisela Brandt <gisela.brandt@example.net>",
        "Subject: Wohnungsanzeige Dachgeschoss Bensberg",
        "Date: Wed, 20 Mar 2024 18:31:02 +0100",
        "Message-ID: <inner-landlord-0015@example.com>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="=_inner_mixed_7f3a"',
    ) + b"\n"
    inner += b"--=_inner_mixed_7f3a\n"
    inner += hdrs('Content-Type: multipart/alternative; boundary="=_inner_alt_19c2"') + b"\n"
    inner += b"--=_inner_alt_19c2\n"
    inner += hdrs("Content-Type: text/plain; charset=utf-8",
                  "Content-Transfer-Encoding: quoted-printable") + b"\n"
    inner += text_qp(inner_text, "utf-8") + b"\n"
    inner += b"--=_inner_alt_19c2\n"
    inner += hdrs("Content-Type: text/html; charset=utf-8",
                  "Content-Transfer-Encoding: quoted-printable") + b"\n"
    inner += text_qp(inner_html, "utf-8") + b"\n"
    inner += b"--=_inner_alt_19c2--\n\n"
    inner += b"--=_inner_mixed_7f3a\n"
    inner += hdrs('Content-Type: application/pdf; name="Grundriss.pdf"',
                  "Content-Transfer-Encoding: base64",
                  'Content-Disposition: attachment; filename="Grundriss.pdf"') + b"\n"
    inner += b64_lines(FAKE_PDF)
    inner += b"--=_inner_mixed_7f3a--\n"

    outer_text = (
        "Hallo liebes Team,\n"
        "\n"
        "ich leite euch die Anzeige von Frau Hoffmann weiter. Die Vermieterin ist\n"
        "offen für geflüchtete Familien und würde auch direkt mit dem Jobcenter\n"
        "abrechnen. Die Original-Mail hängt an.\n"
        "\n"
        "Liebe Grüße\n"
        "Gisela (Ehrenamt, Willkommenscafé Refrath)\n"
    )
    data = hdrs(
        "From: Gisela Brandt <gisela.brandt@example.net>",
        "To: " + TEAM,
        "Subject: WG: Wohnungsanzeige",
        "Date: Thu, 21 Mar 2024 08:15:40 +0100",
        "Message-ID: <fwd-volunteer-0015@example.net>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="=_outer_5e21"',
    ) + b"\n"
    data += b"--=_outer_5e21\n"
    data += hdrs("Content-Type: text/plain; charset=utf-8",
                 "Content-Transfer-Encoding: quoted-printable") + b"\n"
    data += text_qp(outer_text, "utf-8") + b"\n"
    data += b"--=_outer_5e21\n"
    data += hdrs('Content-Type: message/rfc822; name="Wohnungsanzeige.eml"',
                 'Content-Disposition: attachment; filename="Wohnungsanzeige.eml"') + b"\n"
    data += inner + b"\n"
    data += b"--=_outer_5e21--\n"
    write("nested_rfc822_forward.eml", data)


def f16_zero_bytes() -> None:
    write("zero_bytes.eml", b"", nl="raw")


def f17_not_a_mail_binary() -> None:
    # 2,048 deterministic pseudo-random bytes (SHA-256 in counter mode, so they
    # do not depend on the Python version), with a fixed prefix that
    # guarantees NUL, 0xFF and a UTF-16 BOM right at the start.
    stream = b"".join(hashlib.sha256(b"triage-not-a-mail-%d" % i).digest() for i in range(64))
    data = b"\x00\x00\xff\xfe\x00\x01\xff\xff" + stream[: 2048 - 8]
    assert len(data) == 2048
    write("not_a_mail_binary.eml", data, nl="raw")


def f18_nul_bytes_in_body() -> None:
    body = (
        b"Hallo,\n"
        b"\n"
        b"ich habe am Montag einen Termin beim Jobcenter wegen der Mietuebernahme.\x00\x00\n"
        b"Kann jemand von Ihnen mitkommen? Ich spreche noch nicht so gut Deutsch.\x00\n"
        b"\n"
        b"Danke\xff\n"
        b"Tomasz Nowak\x00\n"
    )
    data = hdrs(
        "From: Tomasz Nowak <t.nowak@example.org>",
        "To: " + TEAM,
        "Subject: Termin Jobcenter",
        "Date: Fri, 22 Mar 2024 22:04:13 +0100",
        "Message-ID: <nul-bytes-0018@example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
    ) + b"\n" + body
    write("nul_bytes_in_body.eml", data)


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


DEEP_LEVELS = 3000


def f19_deeply_nested_multipart() -> None:
    # 3,000 multipart/mixed containers (the top-level message is level 1),
    # each with its own boundary "b<base36 index>", and one text/plain leaf.
    # Boundaries are kept short so the file stays < 200 KB.
    bounds = ["b" + _b36(i) for i in range(DEEP_LEVELS)]
    assert len(set(bounds)) == DEEP_LEVELS
    parts = [hdrs(
        "From: Kettenbrief <loop@example.net>",
        "To: " + TEAM,
        "Subject: Verschachtelt",
        "Date: Sat, 23 Mar 2024 03:33:33 +0100",
        "Message-ID: <deep-nesting-0019@example.net>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=" + bounds[0],
    ), b"\n"]
    for i in range(1, DEEP_LEVELS):
        parts.append(b"--%s\nContent-Type: multipart/mixed; boundary=%s\n\n"
                     % (bounds[i - 1].encode(), bounds[i].encode()))
    parts.append(b"--%s\nContent-Type: text/plain; charset=utf-8\n\n"
                 b"Der Wohngeld-Antrag liegt ganz unten.\n" % bounds[-1].encode())
    for b in reversed(bounds):
        parts.append(b"--%s--\n" % b.encode())
    write("deeply_nested_multipart.eml", b"".join(parts))


def f20_html_only() -> None:
    html = (
        "<!DOCTYPE html>\n"
        "<html lang=\"de\"><head><meta charset=\"utf-8\"><title>Wohnungsangebot</title></head>\n"
        "<body style=\"font-family:Arial,sans-serif\">\n"
        "<p>Sehr geehrte Damen und Herren,</p>\n"
        "<p>wir bieten ab dem 1. Mai eine helle 2-Zimmer-Wohnung in Bensberg an und\n"
        "würden uns über Mieterinnen und Mieter aus Ihrem Programm freuen.</p>\n"
        "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
        "<tr><th>Lage</th><td>Bensberg, Nähe Rathaus, 3. OG mit Aufzug</td></tr>\n"
        "<tr><th>Zimmer</th><td>2</td></tr>\n"
        "<tr><th>Wohnfläche</th><td>52&nbsp;m²</td></tr>\n"
        "<tr><th>Kaltmiete</th><td>480,00&nbsp;&euro;</td></tr>\n"
        "<tr><th>Nebenkosten</th><td>140,00&nbsp;€</td></tr>\n"
        "<tr><th>Kaution</th><td>2 Kaltmieten</td></tr>\n"
        "<tr><th>Frei ab</th><td>01.05.2024</td></tr>\n"
        "</table>\n"
        "<p>Für eine Besichtigung melden Sie sich bitte unter\n"
        "<a href=\"mailto:angebote@sommer-immobilien.example.com\">angebote@sommer-immobilien.example.com</a>.</p>\n"
        "<p>Mit freundlichen Grüßen<br>Ihr Team von Sommer Immobilien</p>\n"
        "</body></html>\n"
    )
    data = hdrs(
        "From: Sommer Immobilien <angebote@sommer-immobilien.example.com>",
        "To: " + TEAM,
        "Subject: 2-Zimmer-Wohnung in Bensberg frei",
        "Date: Mon, 25 Mar 2024 12:00:00 +0100",
        "Message-ID: <newsletter.20240325.0020@sommer-immobilien.example.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
    ) + b"\n" + text_qp(html, "utf-8")
    write("html_only.eml", data)


LONG_SUBJECT_UNIT = "Dringend: Wohnung gesucht fuer Familie mit 3 Kindern - "
LONG_SUBJECT = (LONG_SUBJECT_UNIT * (5000 // len(LONG_SUBJECT_UNIT) + 1))[:5000]
REFERENCES = ["<ref-%04d.thread@example.org>" % i for i in range(1, 301)]


def f21_long_header_line() -> None:
    assert len(LONG_SUBJECT) == 5000
    body = (
        "Entschuldigung für die lange Betreffzeile, mein Handy hat den Text immer\n"
        "wieder eingefügt. Wir suchen weiterhin eine Wohnung, bitte melden Sie sich.\n"
        "\n"
        "Rahel Tesfaye\n"
    )
    data = hdrs(
        "From: Rahel Tesfaye <rahel.tesfaye@example.org>",
        "To: " + TEAM,
        "Subject: " + LONG_SUBJECT,  # 5,000 characters, deliberately NOT folded
        "Date: Tue, 26 Mar 2024 23:59:01 +0100",
        "Message-ID: <long-header-0021@example.org>",
        "In-Reply-To: " + REFERENCES[-1],
        # References is folded normally (one id per continuation line)
        "References: " + "\n ".join(REFERENCES),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ) + b"\n" + body.encode("utf-8")
    write("long_header_line.eml", data)


def f22_duplicate_headers() -> None:
    body = (
        "Hallo,\n"
        "\n"
        "die Wohnung in Gronau kann am Samstag um 11 Uhr besichtigt werden. Der\n"
        "Hausmeister, Herr Yildiz, ist vor Ort und hat den Schluessel.\n"
        "\n"
        "Gruss\n"
        "Fatima Rahimi\n"
    )
    data = hdrs(
        "From: Fatima Rahimi <f.rahimi@example.org>",
        "To: " + TEAM,
        "Subject: Wohnung in Gronau",
        "Message-ID: <dup-first-0022@example.org>",
        "Date: Wed, 27 Mar 2024 15:15:15 +0100",
        "From: Wohnungsboerse Rhein-Berg <noreply@boerse.example.net>",
        "Subject: Besichtigung Samstag",
        "Message-ID: <dup-second-0022@boerse.example.net>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=us-ascii",
    ) + b"\n" + body.encode("ascii")
    write("duplicate_headers.eml", data)


RFC2047_SUBJECT = "Mietbescheinigung für Familie Müller – dringend, bitte bis Freitag"


def f23_rfc2047_mixed_subject() -> None:
    # "Mietbescheinigung für Familie" as iso-8859-1 Q, " Müller – dringend," as
    # utf-8 B (the en dash is not in latin-1), then plain ASCII text.  The
    # space between the two words is encoded *inside* the second word,
    # because whitespace between adjacent encoded words is ignored.
    subject = (ew_q("Mietbescheinigung für Familie", "iso-8859-1") + "\n "
               + ew_b(" Müller – dringend,", "utf-8") + " bitte bis Freitag")
    body = (
        "Guten Tag Frau Lehmann,\n"
        "\n"
        "anbei die Mietbescheinigung für Familie Müller, unterschrieben vom\n"
        "Vermieter. Die Bestätigung der Kaution reiche ich nach. Bitte leiten Sie\n"
        "alles an das Jobcenter weiter.\n"
        "\n"
        "Vielen Dank\n"
        "Markus Weber\n"
        "(Ehrenamtlicher Pate)\n"
    )
    data = hdrs(
        "From: Markus Weber <markus.weber@example.com>",
        "To: " + ew_q("Integrationsbüro Wohnen", "utf-8") + " <" + TEAM + ">",
        "Subject: " + subject,
        "Date: Thu, 28 Mar 2024 10:41:27 +0100",
        "Message-ID: <rfc2047-mixed-0023@example.com>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="--rfc2231-9f8e7d"',
    ) + b"\n"
    data += b"----rfc2231-9f8e7d\n"
    data += hdrs("Content-Type: text/plain; charset=utf-8",
                 "Content-Transfer-Encoding: quoted-printable") + b"\n"
    data += text_qp(body, "utf-8") + b"\n"
    data += b"----rfc2231-9f8e7d\n"
    data += hdrs("Content-Type: application/pdf; name*=utf-8''Mietbescheinigung%20M%C3%BCller.pdf",
                 "Content-Transfer-Encoding: base64",
                 "Content-Disposition: attachment;",
                 " filename*=utf-8''Mietbescheinigung%20M%C3%BCller.pdf") + b"\n"
    data += b64_lines(FAKE_PDF)
    data += b"----rfc2231-9f8e7d--\n"
    write("rfc2047_mixed_subject.eml", data)


def f24_reply_with_quote_de() -> None:
    body = (
        "Sehr geehrte Frau Lehmann,\n"
        "\n"
        "vielen Dank für Ihre schnelle Antwort. Ja, ich kann am Dienstag um 10 Uhr\n"
        "zum Gespräch kommen. Meine Schwester kommt als Übersetzerin mit.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Nadia Karimi\n"
        "\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Integration Wohnen <integration-wohnen@stadt-gl.de>\n"
        "Gesendet: Montag, 8. April 2024 14:02\n"
        "An: Nadia Karimi <nadia.karimi@example.com>\n"
        "Betreff: Ihre Anfrage\n"
        "\n"
        "> Sehr geehrte Frau Karimi,\n"
        ">\n"
        "> vielen Dank für Ihre Nachricht. Wir laden Sie zu einem Beratungsgespräch\n"
        "> am Dienstag, 16. April, um 10:00 Uhr ins Rathaus Bensberg ein. Bitte\n"
        "> bringen Sie Ihren Bewilligungsbescheid vom Jobcenter mit.\n"
        ">\n"
        "> Mit freundlichen Grüßen\n"
        "> Team Integration Wohnen\n"
    )
    data = hdrs(
        "From: Nadia Karimi <nadia.karimi@example.com>",
        "To: Integration Wohnen <" + TEAM + ">",
        "Subject: AW: Ihre Anfrage",
        "Date: Tue, 09 Apr 2024 09:12:44 +0200",
        "Message-ID: <reply-0024.nk@example.com>",
        "In-Reply-To: <ack-123@stadt-gl.de>",
        "References: <ack-123@stadt-gl.de>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Language: de-DE",
    ) + b"\n" + text_qp(body, "utf-8")
    write("reply_with_quote_de.eml", data)


def f25_plain_ok_german() -> None:
    body = (
        "Sehr geehrte Damen und Herren,\n"
        "\n"
        "ich heiße Yusuf Haddad und wohne seit acht Monaten in der\n"
        "Gemeinschaftsunterkunft in Bergisch Gladbach. Meine Frau und unsere zwei\n"
        "Kinder sind im Rahmen der Familienzusammenführung nach Deutschland\n"
        "gekommen. Wir suchen deshalb eine Wohnung mit drei Zimmern.\n"
        "\n"
        "Ich habe einen Wohnberechtigungsschein, und das Jobcenter übernimmt die\n"
        "Miete bis 725 € warm. Gerne nehme ich auch am nächsten Wohnungsworkshop teil.\n"
        "\n"
        "Können Sie uns helfen?\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Yusuf Haddad\n"
    )
    data = hdrs(
        "From: Yusuf Haddad <yusuf.haddad@example.net>",
        "To: " + TEAM,
        "Subject: " + ew_q("Wohnungssuche für meine Familie", "utf-8"),
        "Date: Wed, 10 Apr 2024 11:05:00 +0200",
        "Message-ID: <plain-ok-0025.yh@example.net>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "User-Agent: Mozilla Thunderbird",
    ) + b"\n" + body.encode("utf-8")
    write("plain_ok_german.eml", data)


def f26_bare_lf_newlines() -> None:
    body = (
        "Guten Abend,\n"
        "\n"
        "die neue Vermieterin von Familie Osei möchte eine\n"
        "Mietschuldenfreiheitsbescheinigung vom Vormieter. Die Familie hat aber\n"
        "vorher in der städtischen Unterkunft gewohnt. Können Sie so eine\n"
        "Bescheinigung ausstellen, oder gibt es eine Alternative?\n"
        "\n"
        "Schöne Grüße\n"
        "Petra Wagner\n"
    )
    data = hdrs(
        "From: Petra Wagner <petra.wagner@example.org>",
        "To: " + TEAM,
        "Subject: Frage zur Bescheinigung vom Vormieter",
        "Date: Thu, 11 Apr 2024 19:48:26 +0200",
        "Message-ID: <bare-lf-0026@example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ) + b"\n" + body.encode("utf-8")
    assert b"\r" not in data
    write("bare_lf_newlines.eml", data, nl="raw")


def f27_attachment_no_filename() -> None:
    text = (
        "Guten Tag,\n"
        "\n"
        "in unserer Wohnung ist seit Wochen Schimmel im Badezimmer, siehe Foto.\n"
        "Der Vermieter reagiert nicht auf unsere Nachrichten. Was können wir tun?\n"
        "\n"
        "Hussein Jaber\n"
        "\n"
        "Von meinem iPhone gesendet\n"
    )
    data = hdrs(
        "From: Hussein Jaber <h.jaber@example.com>",
        "To: " + TEAM,
        "Subject: Schimmel Bad",
        "Date: Fri, 12 Apr 2024 07:31:58 +0200",
        "Message-ID: <A1B2C3D4-E5F6-4711-8899-0027@example.com>",
        "MIME-Version: 1.0 (1.0)",
        'Content-Type: multipart/mixed; boundary="Apple-Mail-0027-XYZ"',
        "X-Mailer: iPhone Mail (21E236)",
    ) + b"\n"
    data += b"--Apple-Mail-0027-XYZ\n"
    data += hdrs("Content-Type: text/plain; charset=utf-8",
                 "Content-Transfer-Encoding: quoted-printable") + b"\n"
    data += text_qp(text, "utf-8") + b"\n"
    data += b"--Apple-Mail-0027-XYZ\n"
    # no name= and no filename=
    data += hdrs("Content-Type: image/jpeg",
                 "Content-Transfer-Encoding: base64",
                 "Content-Disposition: inline") + b"\n"
    data += b64_lines(FAKE_JPEG)
    data += b"--Apple-Mail-0027-XYZ--\n"
    write("attachment_no_filename.eml", data)


def f28_outlook_winmail_tnef() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n"
        "\n"
        "anbei erhalten Sie die Nebenkostenabrechnung 2023 für die Wohnung von\n"
        "Familie Osei, Kölner Straße 12a (fiktiv), 2. OG rechts. Es ergibt sich eine\n"
        "Nachzahlung von 312,40 €, fällig zum 31.05.2024. Wir bitten um Weiterleitung\n"
        "an das Jobcenter zur Übernahme.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "\n"
        "i. A. Monika Lindner\n"
        "Hausverwaltung Lindner\n"
    )
    data = hdrs(
        "From: Hausverwaltung Lindner <verwaltung@lindner.example.com>",
        "To: " + TEAM,
        "Subject: Nebenkostenabrechnung 2023",
        "Date: Mon, 15 Apr 2024 08:00:12 +0200",
        "Message-ID: <AM0PR07MB0028ABCD@AM0PR07MB.eurprd07.prod.example.com>",
        "MIME-Version: 1.0",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator: <AM0PR07MB0028ABCD@AM0PR07MB.eurprd07.prod.example.com>",
        "X-Mailer: Microsoft Outlook 16.0",
        'Content-Type: multipart/mixed; boundary="_000_AM0PR07MB0028_"',
    ) + b"\n"
    data += b"--_000_AM0PR07MB0028_\n"
    data += hdrs('Content-Type: text/plain; charset="windows-1252"',
                 "Content-Transfer-Encoding: quoted-printable") + b"\n"
    data += text_qp(text, "cp1252") + b"\n"
    data += b"--_000_AM0PR07MB0028_\n"
    data += hdrs('Content-Type: application/ms-tnef; name="winmail.dat"',
                 "Content-Transfer-Encoding: base64",
                 'Content-Disposition: attachment; filename="winmail.dat"') + b"\n"
    data += b64_lines(FAKE_TNEF)
    data += b"--_000_AM0PR07MB0028_--\n"
    write("outlook_winmail_tnef.eml", data)


# --------------------------------------------------------------------------
# manifest (drives README.md and --verify)
# --------------------------------------------------------------------------
# sender:  address a parser should recover, or None
# subject: decoded subject a parser should recover, or None
# hdr_cs:  charset of raw 8-bit bytes in headers (only for raw-8bit files)
# charset: TRUE charset of the body text (may differ from the declared one)
# word:    distinctive word that must appear, correctly decoded, in the body text

FIXTURES = [
    dict(name="broken_mime_no_closing_boundary.eml", gen=f01_broken_mime_no_closing_boundary,
         problem="multipart/mixed without closing boundary; 2nd part header garbled "
                 "(`Content-Type` without colon, unterminated quote, truncated `filen` param); "
                 "base64 of the PDF truncated",
         sender="amina.yusuf@example.org", subject="Unterlagen fuer die Wohnungsbesichtigung",
         lang="German, utf-8 8bit (first part)", charset="utf-8", word="Wohnungsbesichtigung",
         expect="text of first part; broken second part may be dropped or kept as junk, no crash"),
    dict(name="broken_mime_boundary_missing.eml", gen=f02_broken_mime_boundary_missing,
         problem='declares multipart/alternative; boundary="abc", but `--abc` never occurs',
         sender="d.petrovic@example.net", subject="Frage zum Wohnberechtigungsschein",
         lang="German, ASCII only (no part headers, so no charset)", charset="ascii",
         word="Wohnberechtigungsschein",
         expect="whole body treated as text (it is all preamble); no crash"),
    dict(name="charset_unknown_8bit.eml", gen=f03_charset_unknown_8bit,
         problem="`charset=unknown-8bit`, 8bit CTE, body bytes are ISO-8859-1",
         sender="m.yilmaz@example.com", subject="Anmeldung Wohnungsworkshop",
         lang="German, true charset latin-1 (= cp1252 here, no 0x80-0x9F bytes)",
         charset="latin-1", word="möchte",
         expect="fallback to latin-1/cp1252 gives correct umlauts (ä ö ü ß)"),
    dict(name="charset_lying_utf8_is_latin1.eml", gen=f04_charset_lying_utf8_is_latin1,
         problem="declares charset=utf-8 but bytes are cp1252 (latin-1 + € as 0x80); "
                 "strict utf-8 decoding fails",
         sender="vermietung@kramer.example.com", subject="Wohnungsangebot Gronau, 3 Zimmer",
         lang="German, true charset cp1252", charset="cp1252", word="Müller",
         expect="detect invalid utf-8, fall back to cp1252: 'Müller', 'Größe 68 m²', '540 €'"),
    dict(name="charset_bogus_name.eml", gen=f05_charset_bogus_name,
         problem='`charset="x-does-not-exist"` (LookupError), body is valid UTF-8',
         sender="s.koehler@example.net", subject="Zimmer frei ab April",
         lang="German, true charset utf-8", charset="utf-8", word="möbliertes",
         expect="unknown codec -> try utf-8 (succeeds), no LookupError escapes"),
    dict(name="charset_windows1256_arabic.eml", gen=f06_charset_windows1256_arabic,
         problem="Arabic, charset=windows-1256, quoted-printable; Subject is "
                 "RFC 2047 windows-1256 B",
         sender="ahmad.hassan@example.com", subject="طلب مساعدة في إيجاد شقة",
         lang="Arabic, windows-1256", charset="cp1256", word="شقة",
         expect="correct Arabic text (family of five looking for a flat)"),
    dict(name="charset_koi8r_russian.eml", gen=f07_charset_koi8r_russian,
         problem="Russian, charset=koi8-r, 8bit CTE; Subject RFC 2047 koi8-r B",
         sender="o.ivanova@example.org", subject="Ищем квартиру",
         lang="Russian, koi8-r", charset="koi8-r", word="квартиру",
         expect="correct Cyrillic text"),
    dict(name="charset_windows1251_ukrainian.eml", gen=f08_charset_windows1251_ukrainian,
         problem="Ukrainian (і, є, —), charset=windows-1251, base64; Subject RFC 2047 windows-1251 B",
         sender="oksana.kovalenko@example.net", subject="Допомога з пошуком житла",
         lang="Ukrainian, windows-1251", charset="cp1251", word="Шукаємо",
         expect="correct Ukrainian text"),
    dict(name="charset_iso8859_9_turkish.eml", gen=f09_charset_iso8859_9_turkish,
         problem="Turkish (ğ ş ı İ), iso-8859-9, quoted-printable; Subject RFC 2047 "
                 "iso-8859-9 Q. Decoding as latin-1 does not fail but silently gives "
                 "wrong letters (ð ý þ Ý instead of ğ ı ş İ)",
         sender="ayse.demir@example.com", subject="Kiralık daire arıyorum",
         lang="Turkish, iso-8859-9", charset="iso-8859-9", word="çocuğumla",
         expect="correct Turkish letters (not ð/ý/þ/Ý as latin-1 would give)"),
    dict(name="farsi_utf8_base64.eml", gen=f10_farsi_utf8_base64,
         problem="Farsi, utf-8, base64 body; Subject RFC 2047 UTF-8 B; body contains "
                 "ZERO WIDTH NON-JOINER (U+200C)",
         sender="f.ahmadi@example.org", subject="درخواست کمک برای پیدا کردن آپارتمان",
         lang="Persian, utf-8", charset="utf-8", word="آپارتمان",
         expect="correct Persian text; ZWNJ preserved (do not strip as 'junk')"),
    dict(name="headers_8bit_raw_utf8.eml", gen=f11_headers_8bit_raw_utf8,
         problem="raw UTF-8 bytes in Subject and From display name (no RFC 2047)",
         sender="j.schaefer@example.org",
         subject="Wohnungsangebot in Refrath – 3 Zimmer, 75 m²", hdr_cs="utf-8",
         sender_name="Jürgen Schäfer",
         lang="German, utf-8 (headers raw utf-8, body declared utf-8 8bit)",
         charset="utf-8", word="Einbauküche",
         expect="subject and display name decoded as utf-8 (not mojibake, not U+FFFD)"),
    dict(name="headers_8bit_raw_latin1.eml", gen=f12_headers_8bit_raw_latin1,
         problem="raw ISO-8859-1 bytes in Subject (invalid utf-8); body plain ASCII",
         sender="k.berger@example.com", subject="Anfrage wegen Bürgschaft für Mieter",
         hdr_cs="latin-1",
         lang="German; subject latin-1, body us-ascii", charset="ascii", word="Mietkaution",
         expect="subject recovered via latin-1/cp1252 fallback"),
    dict(name="missing_date_from_messageid.eml", gen=f13_missing_date_from_messageid,
         problem="no Date, no From, no Message-ID, no MIME headers; only Subject and To",
         sender=None, subject="wohnung",
         lang="German (broken), ASCII", charset="ascii", word="wohnung",
         expect="sender None, date None (or receive time), synthesized/None message id; "
                "two identical files must still be deduplicated sensibly"),
    dict(name="empty_body.eml", gen=f14_empty_body,
         problem="headers + blank line, body is empty (0 bytes)",
         sender="samir.haddad@example.net", subject="Wohnung",
         lang="-", charset=None, word=None,
         expect="empty text body ('' or None), no crash"),
    dict(name="nested_rfc822_forward.eml", gen=f15_nested_rfc822_forward,
         problem="forward with message/rfc822 attachment; inner mail is multipart/mixed "
                 "[multipart/alternative(text, html), application/pdf Grundriss.pdf]",
         sender="gisela.brandt@example.net", subject="WG: Wohnungsanzeige",
         lang="German, utf-8 QP (outer and inner)", charset="utf-8", word="geflüchtete",
         expect="outer text contains 'geflüchtete'; inner text (if extracted) contains "
                "'Dachgeschosswohnung'; inner sender r.hoffmann@example.com; 1 PDF (inner)"),
    dict(name="zero_bytes.eml", gen=f16_zero_bytes,
         problem="file of exactly 0 bytes",
         sender=None, subject=None, lang="-", charset=None, word=None,
         expect="rejected / recorded as unparseable, no crash"),
    dict(name="not_a_mail_binary.eml", gen=f17_not_a_mail_binary,
         problem="2,048 bytes of deterministic pseudo-random binary (starts with "
                 "00 00 FF FE 00 01 FF FF)",
         sender=None, subject=None, lang="-", charset=None, word=None,
         expect="rejected / recorded as unparseable, no crash (the stdlib parser will "
                "happily return a Message with garbage headers/body)"),
    dict(name="nul_bytes_in_body.eml", gen=f18_nul_bytes_in_body,
         problem="text/plain charset=us-ascii body with 4 NUL bytes and a lone 0xFF",
         sender="t.nowak@example.org", subject="Termin Jobcenter",
         lang="German (ASCII transliteration), declared us-ascii", charset="ascii",
         strict=False, word="Mietuebernahme",
         expect="text stored without NULs (PostgreSQL text rejects \\x00); 0xFF replaced"),
    dict(name="deeply_nested_multipart.eml", gen=f19_deeply_nested_multipart,
         problem="recursion bomb: 3,000 nested multipart/mixed levels, each with its own "
                 "boundary b0..b2bb (base36), a single text/plain leaf at the bottom",
         sender="loop@example.net", subject="Verschachtelt",
         lang="German, utf-8 (leaf)", charset="utf-8", word="Wohngeld",
         expect="no RecursionError / stack overflow escapes; either depth-limited "
                "(text may be lost) or the leaf text found iteratively"),
    dict(name="html_only.eml", gen=f20_html_only,
         problem="single text/html part (no text/plain), utf-8 quoted-printable, "
                 "details in an HTML table, &nbsp; and &euro; entities",
         sender="angebote@sommer-immobilien.example.com",
         subject="2-Zimmer-Wohnung in Bensberg frei",
         lang="German, utf-8", charset="utf-8", word="Wohnfläche",
         expect="text derived from HTML contains 'Wohnfläche' (table cells not glued "
                "together, e.g. not 'Wohnfläche52')"),
    dict(name="long_header_line.eml", gen=f21_long_header_line,
         problem="Subject is one unfolded line of 5,000 characters; References folded, "
                 "300 message ids",
         sender="rahel.tesfaye@example.org",
         subject="5,000 chars: 'Dringend: Wohnung gesucht fuer Familie mit 3 Kindern - ' "
                 "repeated, cut at 5,000",
         lang="German, utf-8 8bit", charset="utf-8", word="Betreffzeile",
         expect="subject (possibly truncated by the app) starts with 'Dringend: Wohnung'; "
                "300 references; In-Reply-To <ref-0300.thread@example.org>"),
    dict(name="duplicate_headers.eml", gen=f22_duplicate_headers,
         problem="two From, two Subject, two Message-ID headers (different values)",
         sender="f.rahimi@example.org", subject="Wohnung in Gronau",
         lang="German, us-ascii", charset="ascii", word="Hausmeister",
         expect="first occurrence wins (stdlib msg['X'] returns the first); second "
                "values: noreply@boerse.example.net / 'Besichtigung Samstag' / "
                "<dup-second-0022@boerse.example.net>; first Message-ID "
                "<dup-first-0022@example.org>"),
    dict(name="rfc2047_mixed_subject.eml", gen=f23_rfc2047_mixed_subject,
         problem="Subject = iso-8859-1 Q word + utf-8 B word (folded) + plain text; To has a "
                 "Q-encoded display name; PDF attachment with RFC 2231 filename*",
         sender="markus.weber@example.com", subject=RFC2047_SUBJECT,
         lang="German, utf-8 QP body", charset="utf-8", word="Bestätigung",
         expect="subject exactly as given; To display name 'Integrationsbüro Wohnen'; "
                "attachment filename 'Mietbescheinigung Müller.pdf'"),
    dict(name="reply_with_quote_de.eml", gen=f24_reply_with_quote_de,
         problem="none (control): well-formed reply, In-Reply-To/References "
                 "<ack-123@stadt-gl.de>, Outlook-style quote with '>' lines",
         sender="nadia.karimi@example.com", subject="AW: Ihre Anfrage",
         lang="German, utf-8 quoted-printable", charset="utf-8", word="Übersetzerin",
         expect="threaded to <ack-123@stadt-gl.de>; body incl. quote"),
    dict(name="plain_ok_german.eml", gen=f25_plain_ok_german,
         problem="none (control): well-formed tenant request, utf-8 8bit, Subject "
                 "RFC 2047 utf-8 Q, no In-Reply-To/References",
         sender="yusuf.haddad@example.net", subject="Wohnungssuche für meine Familie",
         lang="German, utf-8", charset="utf-8", word="Familienzusammenführung",
         expect="everything parsed; not threaded"),
    dict(name="bare_lf_newlines.eml", gen=f26_bare_lf_newlines,
         problem="bare LF line endings throughout (no CR at all)",
         sender="petra.wagner@example.org", subject="Frage zur Bescheinigung vom Vormieter",
         lang="German, utf-8 8bit", charset="utf-8", word="Mietschuldenfreiheitsbescheinigung",
         expect="parsed like a CRLF mail"),
    dict(name="attachment_no_filename.eml", gen=f27_attachment_no_filename,
         problem="image/jpeg part (fake JPEG, base64) with neither name= nor filename=, "
                 "Content-Disposition: inline",
         sender="h.jaber@example.com", subject="Schimmel Bad",
         lang="German, utf-8 QP", charset="utf-8", word="Schimmel",
         expect="text part found; attachment kept with a generated/None filename, "
                "content type image/jpeg, 121 bytes"),
    dict(name="outlook_winmail_tnef.eml", gen=f28_outlook_winmail_tnef,
         problem="text/plain windows-1252 QP + application/ms-tnef attachment winmail.dat "
                 "(fake TNEF bytes with the real signature 78 9F 3E 22)",
         sender="verwaltung@lindner.example.com", subject="Nebenkostenabrechnung 2023",
         lang="German, windows-1252 QP", charset="cp1252", word="Nachzahlung",
         expect="text part parsed ('312,40 €'); winmail.dat kept as opaque attachment"),
]


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------

def md(s) -> str:
    if s is None:
        return "none"
    return str(s).replace("|", "\\|").replace("\n", " ")


def write_readme() -> None:
    lines = [
        "# Hand-made problematic .eml fixtures",
        "",
        "Generated by `tests/data/make_eml_fixtures.py` (do not edit the .eml files by hand;",
        "edit the script and re-run `python3 tests/data/make_eml_fixtures.py`; this README is",
        "generated from the manifest in the script too). `python3 tests/data/make_eml_fixtures.py "
        "--verify` checks the",
        "files against this table using the stdlib `email` package (`policy=compat32`).",
        "",
        "All people are fictional; only reserved domains (example.org/.com/.net) plus the",
        "team mailbox integration-wohnen@stadt-gl.de are used. Files are CRLF unless noted",
        "(`bare_lf_newlines.eml` is LF only; `zero_bytes.eml` and `not_a_mail_binary.eml` are",
        "not mails). The 40 MB case is generated by the tests themselves, not stored here.",
        "`.gitattributes` here marks `*.eml` as `-text` so git never rewrites line endings.",
        "",
        "Columns: *sender* = address a parser should recover; *subject* = decoded subject;",
        "*true charset* = the charset the body text really is in (may differ from the declared",
        "one); *word* = must appear, correctly decoded, in the parsed text body.",
        "",
        "| # | file | what is wrong / special | sender | subject | language / true charset "
        "| word in body | parser should |",
        "|---|------|-------------------------|--------|---------|------------------------"
        "|--------------|---------------|",
    ]
    for i, f in enumerate(FIXTURES, 1):
        size = (OUT / f["name"]).stat().st_size
        lines.append("| %d | `%s` (%s B) | %s | %s | %s | %s | %s | %s |" % (
            i, f["name"], format(size, ","), md(f["problem"]), md(f["sender"]),
            md(f["subject"]), md(f["lang"] + (" → `%s`" % f["charset"] if f["charset"] else "")),
            "**%s**" % f["word"] if f["word"] else "none", md(f["expect"])))
    lines += [
        "",
        "Notes:",
        "",
        "* `charset_lying_utf8_is_latin1.eml`: the euro sign is byte 0x80 (cp1252); pure",
        "  ISO-8859-1 has no euro sign, so the true charset is cp1252.",
        "* `headers_8bit_raw_utf8.eml`: From display name is `Jürgen Schäfer` (raw UTF-8).",
        "* `nul_bytes_in_body.eml`: word check done with NULs/0xFF ignored (decode with",
        "  `errors='replace'`); the word itself is contiguous ASCII.",
        "* `deeply_nested_multipart.eml`: the stdlib parser (`email.message_from_bytes`,",
        "  Python 3.11) raises `RecursionError` on this file with the default recursion limit;",
        "  `--verify` therefore checks the leaf word in the raw bytes. mail-parser 4.8.0",
        "  raises `MailParserRecursionError` on it.",
        "* `broken_mime_no_closing_boundary.eml`: the stdlib sees the garbled part as having no",
        "  headers at all (`MissingHeaderBodySeparatorDefect`) and returns it as a text/plain",
        "  part whose body starts with the garbled header lines and the truncated base64.",
        "* `broken_mime_boundary_missing.eml`: with `policy=default`, `get_body()` returns None",
        "  (the message stays multipart/alternative with a str payload); the text must be taken",
        "  from the raw payload.",
        "* Stdlib `policy=default` `get_content()` raises `LookupError` for",
        "  `charset_unknown_8bit.eml` and `charset_bogus_name.eml`, and silently returns U+FFFD",
        "  for `charset_lying_utf8_is_latin1.eml` and for the Subject of",
        "  `headers_8bit_raw_latin1.eml`.",
        "* `nested_rfc822_forward.eml`: inner word `Dachgeschosswohnung` (inner text/plain",
        "  and text/html), inner PDF `Grundriss.pdf`.",
        "",
    ]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------
# verification
# --------------------------------------------------------------------------

def raw_header_values(data: bytes, name: str) -> list[bytes]:
    """Unfolded raw values of header ``name`` (independent of the email package)."""
    head = data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    out: list[bytes] = []
    cur = None
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and cur is not None:
            out[-1] += line
            continue
        key, sep, val = line.partition(b":")
        cur = key.strip().lower() == name.lower().encode() if sep else None
        if cur:
            out.append(val.strip())
        else:
            cur = None
    return out


def decode_hdr(raw: bytes, cs: str | None) -> str:
    from email.header import decode_header, make_header
    text = raw.decode(cs or "ascii")
    return str(make_header(decode_header(text)))


def verify() -> int:
    import email
    import email.policy
    from email.utils import parseaddr

    errors = 0

    def fail(name, msg):
        nonlocal errors
        errors += 1
        print("FAIL %-40s %s" % (name, msg))

    names = {f["name"] for f in FIXTURES}
    on_disk = {p.name for p in OUT.glob("*.eml")}
    if names != on_disk:
        fail("-", "files on disk differ from manifest: %s" % sorted(names ^ on_disk))

    for f in FIXTURES:
        name = f["name"]
        path = OUT / name
        data = path.read_bytes()
        if len(data) >= MAX_SIZE:
            fail(name, "too big: %d" % len(data))
        if name in ("zero_bytes.eml", "not_a_mail_binary.eml"):
            print("ok   %-40s %6d bytes (not a mail)" % (name, len(data)))
            continue

        # --- sender / subject from the raw header bytes
        froms = raw_header_values(data, "From")
        if f["sender"] is None:
            if froms:
                fail(name, "unexpected From")
        else:
            addr = parseaddr(decode_hdr(froms[0], f.get("hdr_cs")))[1] if froms else None
            if addr != f["sender"]:
                fail(name, "sender %r != %r" % (addr, f["sender"]))
            if "sender_name" in f:
                disp = parseaddr(decode_hdr(froms[0], f.get("hdr_cs")))[0]
                if disp != f["sender_name"]:
                    fail(name, "display name %r" % disp)
        subs = raw_header_values(data, "Subject")
        subj = decode_hdr(subs[0], f.get("hdr_cs")) if subs else None
        expected_subj = LONG_SUBJECT if name == "long_header_line.eml" else f["subject"]
        if subj != expected_subj:
            fail(name, "subject %r != %r" % (subj, expected_subj))

        # --- body word, decoded with the TRUE charset
        word = f["word"]
        try:
            msg = email.message_from_bytes(data, policy=email.policy.compat32)
        except RecursionError:
            if word.encode(f["charset"]) in data:
                print("ok   %-40s %6d bytes  RecursionError in stdlib parser; "
                      "word %r found in raw bytes" % (name, len(data), word))
            else:
                fail(name, "RecursionError and word not in raw bytes")
            continue
        if word is None:
            payload = msg.get_payload(decode=True)
            if payload not in (b"", None):
                fail(name, "expected empty body, got %r" % payload)
            print("ok   %-40s %6d bytes  empty body" % (name, len(data)))
            continue
        found = None
        for part in msg.walk():
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            if not part.get_content_type().startswith("text/") and part is not msg:
                continue
            try:
                text = payload.decode(f["charset"], "strict" if f.get("strict", True) else "replace")
            except UnicodeDecodeError as exc:
                fail(name, "strict decode with %s failed: %s" % (f["charset"], exc))
                continue
            if word in text:
                found = part.get_content_type()
                break
        if found:
            print("ok   %-40s %6d bytes  %r in %s (%s)" % (name, len(data), word, found, f["charset"]))
        else:
            fail(name, "word %r not found" % word)

    print("%d fixtures, %d errors" % (len(FIXTURES), errors))
    return 1 if errors else 0


def main(argv: list[str]) -> int:
    if "--verify" not in argv:
        OUT.mkdir(parents=True, exist_ok=True)
        for f in FIXTURES:
            f["gen"]()
        write_readme()
        # keep git (core.autocrlf, eol normalisation) from touching the exact bytes
        (OUT / ".gitattributes").write_text("*.eml -text\n", encoding="ascii")
        print("wrote %d fixtures + README.md to %s" % (len(FIXTURES), OUT))
    return verify()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
