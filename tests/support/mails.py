"""Generated test mail: plausible German and multilingual messages with unique Message-IDs."""

from __future__ import annotations

import base64
import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

SENTENCES = [
    "ich suche eine Wohnung für meine Familie, wir sind vier Personen.",
    "Wir wohnen seit zwei Jahren in der Unterkunft und möchten gern ausziehen.",
    "Der Jobcenter hat die Kosten der Unterkunft schon bestätigt.",
    "Ich habe eine 3-Zimmer-Wohnung in Refrath frei, 78 m², 690 € kalt.",
    "Können Sie mir sagen, welche Unterlagen ich für den Mietvertrag brauche?",
    "Ich möchte mich für den nächsten Wohnungsworkshop anmelden.",
    "نحن عائلة من خمسة أشخاص ونبحث عن شقة في برغيش غلادباخ.",
    "Ми шукаємо квартиру для мами з двома дітьми.",
    "Мы ищем двухкомнатную квартиру недалеко от школы.",
    "ما به دنبال یک آپارتمان کوچک هستیم.",
    "Bensberg'de iki odalı bir daire kiraya vermek istiyorum.",
    "Could you tell me how the programme works for landlords?",
]


def make_mail(i: int, *, body_bytes: int = 3000, attachment_bytes: int = 0, seed: int | None = None) -> bytes:
    rng = random.Random(i if seed is None else seed)
    msg = EmailMessage()
    msg["From"] = f"Person {i} <person{i}@example.org>"
    msg["To"] = "integration-wohnen@stadt-gl.de"
    msg["Subject"] = f"Anfrage {i}: {rng.choice(['Wohnung', 'Workshop', 'Wohnungsangebot', 'Frage'])}"
    msg["Date"] = format_datetime(datetime(2026, 11, 1, tzinfo=UTC) + timedelta(minutes=i))
    msg["Message-ID"] = f"<test-{i}.{rng.randrange(10**9)}@example.org>"
    lines = ["Sehr geehrte Damen und Herren,", ""]
    while sum(len(x.encode()) for x in lines) < body_bytes:
        lines.append(rng.choice(SENTENCES))
    lines += ["", "Mit freundlichen Grüßen", f"Person {i}"]
    msg.set_content("\n".join(lines))
    if attachment_bytes:
        data = rng.randbytes(attachment_bytes)
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=f"Unterlagen_{i}.pdf")
    return msg.as_bytes().replace(b"\n", b"\r\n").replace(b"\r\r\n", b"\r\n")


def make_huge_mail(megabytes: int, tag: str = "huge") -> bytes:
    """A mail with one attachment of `megabytes` MB, built without holding several copies at once."""
    header = (
        "From: Amal Haddad <amal@example.org>\r\nTo: integration-wohnen@stadt-gl.de\r\n"
        f"Subject: Scans aller Unterlagen ({tag})\r\nMessage-ID: <{tag}@example.org>\r\n"
        "Date: Tue, 03 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAnbei alle Unterlagen als Scan.\r\n"
        '--b1\r\nContent-Type: application/pdf; name="scans.pdf"\r\nContent-Transfer-Encoding: base64\r\n'
        'Content-Disposition: attachment; filename="scans.pdf"\r\n\r\n'
    ).encode()
    line = base64.b64encode(bytes(range(57)))  # 76 characters
    body = (line + b"\r\n") * (megabytes * 1024 * 1024 // 57)
    return header + body + b"--b1--\r\n"
