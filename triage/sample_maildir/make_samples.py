#!/usr/bin/env python3
"""Write the sample Maildir that ships with triage.

The service reads this Maildir on its embedded defaults, so every byte here is
part of the product. The messages are assembled by hand rather than with
``email.message.EmailMessage`` so that charsets, transfer encodings, header
folding and CRLF line endings are exactly what the mail says they are, the way
real clients produce them (Thunderbird, Outlook, Gmail, iPhone, Postfix, a
newsletter tool, a spammer's PHP script).

All persons, companies and addresses are fictional. Senders use only the
reserved domains example.org, example.com and example.net (RFC 2606); IP
addresses come from the documentation ranges (RFC 5737); telephone numbers
come from the Bundesnetzagentur's "drama numbers" (Köln 0221 4710 xxx and the
mobile number 0152 28817386), which are never assigned to anyone.

Run it from anywhere:

    python triage/sample_maildir/make_samples.py          # write, then check
    python triage/sample_maildir/make_samples.py --check  # only check

Writing is deterministic: the same script always produces the same bytes.
Only files named ``*.sample`` in ``new/`` are replaced; nothing else is touched.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email
import email.policy
import email.utils
import mailbox
import sys
from dataclasses import dataclass
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEAM = "integration-wohnen@stadt-gl.de"
CET = dt.timezone(dt.timedelta(hours=1), "CET")
CRLF = "\r\n"


# ---------------------------------------------------------------------------
# Small helpers that produce wire format
# ---------------------------------------------------------------------------


def at(day: int, hour: int, minute: int, second: int = 0) -> dt.datetime:
    """A moment in November 2026; CET (+0100) is in force all month."""
    return dt.datetime(2026, 11, day, hour, minute, second, tzinfo=CET)


def rfc_date(moment: dt.datetime) -> str:
    return email.utils.format_datetime(moment)


def header(name: str, value: str, charset: str = "utf-8") -> str:
    """One header field, RFC 2047-encoded if needed and folded with CRLF."""
    try:
        value.encode("ascii")
        charset = "us-ascii"
    except UnicodeEncodeError:
        pass
    encoded = Header(value, charset, header_name=name).encode(linesep=CRLF)
    return f"{name}: {encoded}"


def address(name: str, addr: str, charset: str = "utf-8") -> str:
    return email.utils.formataddr((name, addr), charset)


def qp(text: str, charset: str) -> bytes:
    """Quoted-printable body with CRLF hard line breaks and '=' soft breaks."""
    raw = binascii.b2a_qp(text.encode(charset), istext=True)
    return raw.replace(b"\n", b"\r\n")


def b64(data: bytes) -> bytes:
    """Base64 in 76-character lines with CRLF."""
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def b64_text(text: str, charset: str) -> bytes:
    # Text is put into canonical form (CRLF) before base64, as RFC 2045 asks.
    return b64(text.replace("\n", CRLF).encode(charset))


def eightbit(text: str, charset: str) -> bytes:
    return text.replace("\n", CRLF).encode(charset)


def encode_body(text: str, charset: str, cte: str) -> bytes:
    if not text.endswith("\n"):
        text += "\n"
    return {
        "quoted-printable": qp,
        "base64": b64_text,
        "8bit": eightbit,
        "7bit": eightbit,
    }[cte](text, charset)


@dataclass(frozen=True)
class Part:
    """A MIME entity: its header lines (already wire format) and body bytes."""

    headers: tuple[str, ...]
    body: bytes

    def to_bytes(self) -> bytes:
        head = CRLF.join(self.headers).encode("ascii")
        return head + b"\r\n\r\n" + self.body


def text_part(text: str, subtype: str, charset: str, cte: str, *extra: str) -> Part:
    return Part(
        (
            f'Content-Type: text/{subtype}; charset="{charset}"',
            f"Content-Transfer-Encoding: {cte}",
            *extra,
        ),
        encode_body(text, charset, cte),
    )


def multipart(subtype: str, boundary: str, parts: list[Part],
              params: str = "") -> tuple[str, bytes]:
    """Return (Content-Type value, body bytes) for a multipart entity.

    The body starts with the first delimiter; a caller that wants a preamble
    puts it in front.
    """
    chunks = []
    for part in parts:
        chunks.append(f"\r\n--{boundary}\r\n".encode("ascii") + part.to_bytes())
    chunks.append(f"\r\n--{boundary}--\r\n".encode("ascii"))
    body = b"".join(chunks)
    if body.startswith(b"\r\n"):
        body = body[2:]
    ctype = f'multipart/{subtype};{params}\r\n\tboundary="{boundary}"'
    return ctype, body


def tiny_pdf() -> bytes:
    """A small but valid one-page PDF (Helvetica, WinAnsi), offsets computed."""
    lines = [
        (18, "Wohnungsbaugesellschaft Strundetal mbH"),
        (14, "Exposé – Am Eichenhang 8, 51429 Bergisch Gladbach-Moitzfeld"),
        (11, "Öffentlich geförderter Wohnungsbau, Wohnberechtigungsschein erforderlich"),
        (11, "WE 12-03: 3 Zimmer, Küche, Bad, Balkon – 68,4 m² – 1. OG – frei ab 01.01.2027"),
        (11, "WE 12-07: 2 Zimmer, Küche, Duschbad – 51,2 m² – DG – frei ab 01.01.2027"),
        (11, "Bushaltestelle und Grundschule fußläufig, Kita im Quartier"),
        (9, "Alle Angaben ohne Gewähr. Stand: 13.11.2026"),
    ]

    def pdf_string(s: str) -> bytes:
        raw = s.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    ops = [b"BT", b"56 780 Td"]
    first = True
    for size, line in lines:
        if not first:
            ops.append(b"0 -%d Td" % (size + 12))
        ops.append(b"/F1 %d Tf" % size)
        ops.append(pdf_string(line) + b" Tj")
        first = False
    ops.append(b"ET")
    stream = b"\n".join(ops) + b"\n"

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title (Expos\\351 Moitzfeld) /Producer (Strundetal Vermietung) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@dataclass(frozen=True)
class Sample:
    number: int
    received: dt.datetime           # delivery time; names the Maildir file
    subject: str                    # decoded Subject, checked after writing
    headers: tuple[str, ...]        # every header line, wire format
    body: bytes

    @property
    def filename(self) -> str:
        return f"{int(self.received.timestamp())}.M{self.number}P1000Q{self.number}.sample"

    def to_bytes(self) -> bytes:
        return Part(self.headers, self.body).to_bytes()


def received(from_host: str, ip: str, smtp_id: str, moment: dt.datetime) -> str:
    return (
        f"Received: from {from_host} ({from_host} [{ip}])\r\n"
        f"\tby mx.stadt-gl.de (Postfix) with ESMTPS id {smtp_id}\r\n"
        f"\tfor <{TEAM}>; {rfc_date(moment)} (CET)"
    )


def envelope(number: int, *, sent: dt.datetime, delay_s: int, return_path: str,
             from_host: str, ip: str, smtp_id: str) -> tuple[dt.datetime, tuple[str, ...]]:
    moment = sent + dt.timedelta(seconds=delay_s)
    return moment, (f"Return-Path: {return_path}",
                    received(from_host, ip, smtp_id, moment))


# ---------------------------------------------------------------------------
# The sixteen messages
# ---------------------------------------------------------------------------

SAMPLES: list[Sample] = []


def add(number: int, *, sent: dt.datetime, delay_s: int, return_path: str, from_host: str,
        ip: str, smtp_id: str, subject: str, headers: list[str], body: bytes,
        subject_charset: str = "utf-8") -> None:
    moment, trace = envelope(number, sent=sent, delay_s=delay_s, return_path=return_path,
                             from_host=from_host, ip=ip, smtp_id=smtp_id)
    # The Subject goes where the first "{subject}" placeholder stands.
    lines = [header("Subject", subject, subject_charset) if h == "{subject}" else h
             for h in headers]
    SAMPLES.append(Sample(number, moment, subject, (*trace, *lines), body))


# 1 -- German tenant request, well written: family of four, Jobcenter, WBS.
sent = at(2, 8, 47, 12)
text = """\
Sehr geehrte Damen und Herren,

mein Name ist Samer Al-Khatib. Ich wohne mit meiner Frau und unseren beiden Kindern (7 und 11 Jahre) seit März 2024 in der städtischen Unterkunft in Refrath. Wir haben eine Aufenthaltserlaubnis für drei Jahre und möchten jetzt gerne in eine eigene Wohnung ziehen.

Wir suchen eine 3-Zimmer-Wohnung in Bergisch Gladbach, am liebsten in Refrath oder Bensberg, damit unsere Tochter nicht die Grundschule wechseln muss. Wir beziehen ergänzend Bürgergeld; das Jobcenter Rhein-Berg hat uns schriftlich bestätigt, dass es die Kosten der Unterkunft übernimmt, solange die Miete angemessen ist. Einen Wohnberechtigungsschein (WBS) für vier Personen haben wir am 12. Oktober beantragt, der Bescheid ist aber noch nicht da.

Seit dem Sommer habe ich auf über 40 Anzeigen geschrieben, meistens bekomme ich keine Antwort. Deshalb möchte ich fragen:

- Können Sie uns bei der Wohnungssuche unterstützen, zum Beispiel mit Kontakten zu Vermietern?
- Gibt es einen Termin für ein Beratungsgespräch? Vormittags kann ich immer, nachmittags besuche ich einen B2-Sprachkurs.
- Wir haben von dem Wohnungs-Workshop gehört. Können meine Frau und ich daran teilnehmen?

Die Kopien von Aufenthaltstitel, Jobcenter-Bescheid und WBS-Antrag kann ich gerne mitbringen oder per E-Mail schicken.

Vielen Dank im Voraus für Ihre Hilfe.

Mit freundlichen Grüßen
Samer Al-Khatib
"""
add(1, sent=sent, delay_s=3, return_path="<samer.alkhatib@example.org>",
    from_host="smtp.example.org", ip="192.0.2.41", smtp_id="4V2kQx0Lm7z9sRt",
    subject="Suche 3-Zimmer-Wohnung für unsere Familie (4 Personen)",
    headers=[
        "Message-ID: <5e1c2f7a-93b4-4d2e-8c61-0f3a9b7d2e41@example.org>",
        f"Date: {rfc_date(sent)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: de-DE",
        f"From: {address('Samer Al-Khatib', 'samer.alkhatib@example.org')}",
        f"To: {TEAM}",
        "{subject}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
    ],
    body=encode_body(text, "utf-8", "quoted-printable"))


# 2 -- Broken German one-liner from a phone.
sent = at(2, 22, 13, 40)
text = """\
hallo ich suche wohnung 4 person bitte hilfe jobcenter zahlt, wir wohnen jetzt übergangsheim bensberg

Von meinem iPhone gesendet
"""
add(2, sent=sent, delay_s=6, return_path="<ahmad.n1991@example.com>",
    from_host="mail.example.com", ip="198.51.100.7", smtp_id="4V2w1R3pYbz3kLq",
    subject="Wohnung",
    headers=[
        f"From: {address('Ahmad', 'ahmad.n1991@example.com')}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "Mime-Version: 1.0 (1.0)",
        "{subject}",
        f"Date: {rfc_date(sent)}",
        "Message-Id: <4F0C8E2A-7B1D-4C3E-9A55-2D6B1E0F9C31@example.com>",
        f"To: {TEAM}",
        "X-Mailer: iPhone Mail (23B85)",
    ],
    body=encode_body(text, "utf-8", "8bit"))


# 3 -- Arabic: the housing workshop and its certificate.
sent = at(3, 10, 21, 5)
text = """\
السلام عليكم ورحمة الله،

اسمي محمود العلي، وأسكن مع زوجتي وابني في مركز الإيواء التابع للبلدية في بنسبرغ منذ سنة ونصف.

سمعت من أحد الجيران أنكم تنظمون ورشة عمل عن السكن، يتعلم فيها الناس كيف يبحثون عن شقة، وكيف يكتبون رسالة إلى المؤجر، وما هي الحقوق والواجبات في عقد الإيجار. أنا مهتم جداً بالمشاركة.

عندي بعض الأسئلة:
١. متى تبدأ الورشة القادمة، وهل يجب التسجيل مسبقاً؟ وكيف أسجل؟
٢. هل الورشة باللغة الألمانية فقط، أم يوجد مترجم للعربية؟ مستواي في الألمانية A2.
٣. هل نحصل في النهاية على شهادة مشاركة؟ قال لي صديقي إن هذه الشهادة تساعد كثيراً عند التقديم على شقة، لأن المؤجر يرى أننا نعرف القواعد.
٤. هل يمكن أن تشارك زوجتي معي في نفس الموعد؟

شكراً جزيلاً على مساعدتكم، وأتمنى لكم يوماً سعيداً.

مع التحية،
محمود العلي
"""
add(3, sent=sent, delay_s=2, return_path="<m.alali@example.net>",
    from_host="outbound.example.net", ip="203.0.113.88", smtp_id="4V3MfT1qKcz4nXw",
    subject="استفسار عن ورشة السكن وشهادة المشاركة",
    headers=[
        f"From: {address('محمود العلي', 'm.alali@example.net')}",
        f"To: {TEAM}",
        "{subject}",
        f"Date: {rfc_date(sent)}",
        "Message-ID: <DB9PR07MB8842A1C3F5E20B7D4E9C6A1FB2@example.net>",
        "Accept-Language: ar-SA, de-DE",
        "Content-Language: ar-SA",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
    ],
    body=encode_body(text, "utf-8", "base64"))


# 4 -- Ukrainian: mother with two children asks which documents she needs.
sent = at(5, 19, 2, 33)
text = """\
Доброго дня!

Мене звати Олена Коваленко. Я з Харкова, і з квітня 2023 року живу з двома дітьми (9 і 14 років) у комунальному гуртожитку в Бергіш-Гладбаху. Зараз я працюю на пів ставки в пекарні, а Jobcenter доплачує нам решту.

Я дуже хочу знайти для нас невелику квартиру (2–3 кімнати), щоб діти мали спокійне місце для навчання. Але кожен орендодавець просить різні документи, і я вже заплуталася. Підкажіть, будь ласка:

1. Мене просять «Mietschuldenfreiheitsbescheinigung». Але я ще ніколи не орендувала квартиру в Німеччині – хто мені її видасть? Чи підійде довідка від гуртожитку?
2. Чи потрібна мені довідка SCHUFA, і де її можна отримати безкоштовно?
3. Чи потрібен WBS (Wohnberechtigungsschein), і де його оформлюють?
4. Що ще зазвичай треба: довідка про доходи, копія паспорта, Aufenthaltstitel?

Якщо можна, надішліть мені список документів українською або простою німецькою мовою. Я також можу прийти на консультацію, але тільки після 15:00, коли діти вже зі школи.

Щиро дякую за вашу допомогу!

З повагою,
Олена Коваленко
"""
add(4, sent=sent, delay_s=4, return_path="<olena.kovalenko.gl@example.com>",
    from_host="mail.example.com", ip="198.51.100.23", smtp_id="4V4tZr6hWqz1mPd",
    subject="Які документи потрібні, щоб винайняти квартиру?",
    headers=[
        "MIME-Version: 1.0",
        f"Date: {rfc_date(sent)}",
        "Message-ID: <CAJx5rT2mWq8Lp0vN3c+Hs7Yk1eD9fGb4uZ_aQ6oR2tX8iE0wSg@example.com>",
        "{subject}",
        f"From: {address('Олена Коваленко', 'olena.kovalenko.gl@example.com')}",
        f"To: {TEAM}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
    ],
    body=encode_body(text, "utf-8", "quoted-printable"))


# 5 -- Russian: a volunteer mentor asks about the case of a named family.
sent = at(9, 11, 36, 0)
text = """\
Здравствуйте!

Меня зовут Ирина Соколова. С 2022 года я волонтёр-ментор (Patin) в Бергиш-Гладбахе и сопровождаю семью Бондаренко из Запорожья: Сергея и Наталью и их троих детей (4, 8 и 12 лет). Семья живёт в городском общежитии в Херкенрате и уже больше года ищет квартиру.

В конце сентября мы вместе были у вас на консультации. Мы сдали копии всех документов: Aufenthaltstitel, решение Jobcenter о покрытии расходов на жильё (KdU), WBS на пять человек и доверенность (Vollmacht), по которой я могу вести переписку от имени семьи. Ваша коллега сказала, что семью включат в список для сети арендодателей и что с нами свяжутся.

С тех пор мы ничего не слышали. Подскажите, пожалуйста:
- какой сейчас статус дела семьи Бондаренко?
- нужно ли ещё что-то донести (например, новую справку о доходах – Сергей с октября работает на складе)?
- есть ли смысл искать и в соседних городах (Overath, Rösrath, Kürten)? Семья на это согласна.

Если удобнее, я могу позвонить или прийти в приёмные часы вместе с Натальей.

Спасибо заранее и хорошего дня!

С уважением,
Ирина Соколова
волонтёр, инициатива «Nachbarn helfen»
"""
add(5, sent=sent, delay_s=1, return_path="<i.sokolova@example.net>",
    from_host="smtp.example.net", ip="203.0.113.12", smtp_id="4V6Bc2nJxSz7vHk",
    subject="Семья Бондаренко – какой статус их дела?",
    headers=[
        f"From: {address('Ирина Соколова', 'i.sokolova@example.net')}",
        f"To: {TEAM}",
        "{subject}",
        "MIME-Version: 1.0",
        "X-Mailer: Mail Client Web 3.4",
        f"Date: {rfc_date(sent)}",
        "Reply-To: i.sokolova@example.net",
        "Message-ID: <1762684560.482915731@example.net>",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
    ],
    body=encode_body(text, "utf-8", "base64"))


# 6 -- Farsi/Dari, urgent: must leave the accommodation by Monday next week.
sent = at(10, 7, 58, 21)
text = """\
سلام علیکم،

من فرید احمدی هستم، از افغانستان. حدود یک و نیم سال است که در کمپ (اقامتگاه شهری) در بنسبرگ زندگی می‌کنم.

دیروز یک نامه از اداره گرفتم. در نامه نوشته است که من باید تا روز دوشنبه ۱۶ نوامبر اتاقم را خالی کنم و از کمپ بروم. من هنوز هیچ خانه‌ای پیدا نکرده‌ام و هیچ جایی برای رفتن ندارم. خیلی پریشان هستم و شب‌ها خواب ندارم.

من در یک رستوران کار می‌کنم و جاب‌سنتر (Jobcenter) هم کمی کمک می‌کند. از چند ماه به این طرف دنبال خانه می‌گردم و به ده‌ها صاحب‌خانه نامه نوشتم، ولی کسی جواب نمی‌دهد.

لطفاً هرچه زودتر کمکم کنید. آیا فردا صبح می‌توانم به دفتر شما بیایم؟ اگر لازم باشد، عکس نامه را هم برایتان می‌فرستم.

با تشکر و احترام
فرید احمدی
"""
add(6, sent=sent, delay_s=5, return_path="<farid.ahmadi.af@example.com>",
    from_host="mail.example.com", ip="198.51.100.61", smtp_id="4V6hQ9tWmRz2bLc",
    subject="فوری / DRINGEND – باید تا دوشنبه ۱۶ نوامبر از کمپ بروم",
    headers=[
        "MIME-Version: 1.0",
        f"From: {address('Farid Ahmadi', 'farid.ahmadi.af@example.com')}",
        f"Date: {rfc_date(sent)}",
        "Message-ID: <CAN8sXq1Zb3fE7hR0yK2pL5vT9mW4cU6dJ0aG8nB3oQ1iS7eF2x@example.com>",
        "{subject}",
        f"To: {TEAM}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: 8bit",
    ],
    body=encode_body(text, "utf-8", "8bit"))


# 7 -- Turkish landlord offers a 2-room flat in Gronau (ISO-8859-9, QP).
sent = at(11, 14, 15, 48)
text = """\
Merhaba,

Adım Mehmet Yıldız. Bergisch Gladbach-Gronau'da küçük bir apartmanım var. Cami derneğindeki bir arkadaşımdan, mülteci ailelere ev bulmalarında yardım ettiğinizi duydum. Benim de şu anda boş bir dairem var, belki birinin işine yarar.

Daire hakkında bilgiler:
- 2 oda, mutfak, banyo (küvetli), küçük balkon
- 54 m², binanın 1. katı (asansör yok)
- Soğuk kira 540 Euro, yan giderler (Nebenkosten) 170 Euro, ısınma dahil
- Depozito: 2 aylık soğuk kira
- 1 Ocak 2027'den itibaren boş
- Otobüs durağı ve market 3 dakika yürüme mesafesinde

Sigara içmeyen bir çift ya da küçük bir aile olursa iyi olur. Kirayı Jobcenter ödeyebilir, benim için sorun değil, yeter ki düzenli ödensin.

Almancam çok iyi değil, o yüzden Türkçe yazıyorum. İsterseniz oğlum Emre Almanca olarak da yardımcı olabilir, telefon için bana yazmanız yeterli.

Daireyi görmek isterseniz her hafta sonu gösterebilirim.

Saygılarımla,
Mehmet Yıldız
"""
add(7, sent=sent, delay_s=2, return_path="<m.yildiz@example.net>",
    from_host="smtp.example.net", ip="203.0.113.140", smtp_id="4V7Kp1dNvTz5cWr",
    subject="Gronau'da kiralık 2 odalı daire (54 m²)", subject_charset="iso-8859-9",
    headers=[
        f"From: {address('Mehmet Yıldız', 'm.yildiz@example.net', 'iso-8859-9')}",
        f"To: <{TEAM}>",
        "{subject}",
        f"Date: {rfc_date(sent)}",
        "Message-ID: <000a01db3c7e$5f21b2c0$1d6518a0$@example.net>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain;\r\n\tcharset="iso-8859-9"',
        "Content-Transfer-Encoding: quoted-printable",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: tr",
    ],
    body=encode_body(text, "iso-8859-9", "quoted-printable"))


# 8 -- German heir offers her late mother's flat; HTML + text alternative.
sent = at(12, 20, 40, 9)
plain = """\
Sehr geehrte Damen und Herren,

im Frühjahr ist meine Mutter verstorben, und ich habe ihre Eigentumswohnung in Bergisch Gladbach-Hand geerbt. Es ist eine helle 3-Zimmer-Wohnung mit rund 72 m² im 2. Obergeschoss eines gepflegten Mehrfamilienhauses (Baujahr 1974, neue Fenster 2019), mit Einbauküche und Kellerraum. Ich selbst lebe in Hamburg und möchte die Wohnung nicht verkaufen, sondern vermieten – gerne an eine Familie, die wirklich dringend eine Wohnung braucht. Eine Bekannte hat mich auf Ihr Programm aufmerksam gemacht.

Bevor ich mich entscheide, hätte ich einige Fragen:

1. Gibt es vonseiten der Stadt eine Absicherung für Vermieter, etwa bei Mietausfällen oder Schäden an der Wohnung? Ich habe gelesen, dass manche Städte eine Art Garantie übernehmen.
2. Zahlt das Jobcenter die Miete direkt an mich als Vermieterin, oder geht das Geld an die Mieter?
3. An wen kann ich mich wenden, wenn es nach dem Einzug Schwierigkeiten gibt, etwa mit der Hausordnung oder mit Nachbarn? Ich bin ja nicht vor Ort.

Die Wohnung wird zurzeit renoviert und könnte ab dem 1. Februar 2027 bezogen werden. Bei der Miete würde ich mich an der ortsüblichen Vergleichsmiete orientieren; das Hausgeld liegt bei etwa 230 € im Monat.

Über eine Rückmeldung würde ich mich freuen. Telefonisch bin ich am besten abends erreichbar.

Mit freundlichen Grüßen
Katharina Lenz
"""
html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div>Sehr geehrte Damen und Herren,</div><div><br></div><div>im Frühjahr ist meine Mutter verstorben, und ich habe ihre Eigentumswohnung in Bergisch Gladbach-Hand geerbt. Es ist eine helle 3-Zimmer-Wohnung mit rund 72&nbsp;m² im 2.&nbsp;Obergeschoss eines gepflegten Mehrfamilienhauses (Baujahr 1974, neue Fenster 2019), mit Einbauküche und Kellerraum. Ich selbst lebe in Hamburg und möchte die Wohnung nicht verkaufen, sondern vermieten – gerne an eine Familie, die wirklich dringend eine Wohnung braucht. Eine Bekannte hat mich auf Ihr Programm aufmerksam gemacht.</div><div><br></div><div>Bevor ich mich entscheide, hätte ich einige Fragen:</div><div><ol><li>Gibt es vonseiten der Stadt eine Absicherung für Vermieter, etwa bei Mietausfällen oder Schäden an der Wohnung? Ich habe gelesen, dass manche Städte eine Art Garantie übernehmen.</li><li>Zahlt das Jobcenter die Miete <b>direkt an mich</b> als Vermieterin, oder geht das Geld an die Mieter?</li><li>An wen kann ich mich wenden, wenn es nach dem Einzug Schwierigkeiten gibt, etwa mit der Hausordnung oder mit Nachbarn? Ich bin ja nicht vor Ort.</li></ol></div><div>Die Wohnung wird zurzeit renoviert und könnte ab dem 1.&nbsp;Februar&nbsp;2027 bezogen werden. Bei der Miete würde ich mich an der ortsüblichen Vergleichsmiete orientieren; das Hausgeld liegt bei etwa 230&nbsp;€ im Monat.</div><div><br></div><div>Über eine Rückmeldung würde ich mich freuen. Telefonisch bin ich am besten abends erreichbar.</div><div><br></div><div>Mit freundlichen Grüßen</div><div>Katharina Lenz</div></body></html>
"""
ctype, body = multipart(
    "alternative", "Apple-Mail=_3B7E0C1A-5D2F-4A86-9E14-C08F6B2D7A53",
    [text_part(plain, "plain", "utf-8", "quoted-printable"),
     text_part(html, "html", "utf-8", "quoted-printable")])
add(8, sent=sent, delay_s=3, return_path="<k.lenz@example.org>",
    from_host="mx.example.org", ip="192.0.2.150", smtp_id="4V7xY3fGhPz8qTn",
    subject="Wohnung meiner verstorbenen Mutter – Vermietung über Ihr Programm?",
    headers=[
        f"From: {address('Katharina Lenz', 'k.lenz@example.org')}",
        f"Content-Type: {ctype}",
        "Content-Transfer-Encoding: 7bit",
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
        "{subject}",
        "Message-Id: <8A3D1F6C-2E5B-4F90-B7C4-61E2D09A3F58@example.org>",
        f"Date: {rfc_date(sent)}",
        f"To: {TEAM}",
        "X-Mailer: Apple Mail (2.3826.400.131.1.6)",
    ],
    body=body)


# 9 -- Housing company: three vacant flats in a table, PDF exposé attached.
sent = at(13, 9, 30, 17)
plain = """\
Sehr geehrte Damen und Herren,

wie mit Ihrer Kollegin telefonisch besprochen, möchten wir Ihnen im Rahmen Ihres Auszugsmanagements drei Wohnungen aus unserem Bestand anbieten, die zeitnah frei werden. Wir würden uns freuen, wenn Sie uns geeignete Haushalte aus Ihrem Programm vorschlagen.

Objekt    | Lage                                | Zimmer | Wohnfläche | Kaltmiete | NK-Vorauszahlung | WBS  | frei ab
----------+-------------------------------------+--------+------------+-----------+------------------+------+-----------
WE 12-03  | Moitzfeld, Am Eichenhang 8, 1. OG   | 3      | 68,4 m²    | 495,90 €  | 185,00 €         | ja   | 01.01.2027
WE 12-07  | Moitzfeld, Am Eichenhang 8, DG      | 2      | 51,2 m²    | 371,20 €  | 140,00 €         | ja   | 01.01.2027
WE 31-01  | Paffrath, Kirschbaumweg 21, EG      | 4      | 89,0 m²    | 667,50 €  | 240,00 €         | nein | 15.02.2027

Die Wohnungen am Eichenhang sind öffentlich gefördert; die Mieter benötigen einen gültigen Wohnberechtigungsschein für die jeweilige Haushaltsgröße. Die Wohnung im Kirschbaumweg ist frei finanziert und barrierearm (ebenerdiger Zugang, bodengleiche Dusche). Die Kaution beträgt jeweils drei Nettokaltmieten; eine Übernahme durch das Jobcenter bzw. eine Abtretung ist nach Absprache möglich.

Das Exposé für die beiden Wohnungen in Moitzfeld finden Sie im Anhang. Für die Wohnung in Paffrath reichen wir es nach Abschluss der Renovierungsarbeiten nach.

Für Besichtigungen schlagen wir Donnerstag, den 26.11.2026, zwischen 14:00 und 17:00 Uhr vor. Bitte teilen Sie uns bis zum 20.11.2026 mit, welche Haushalte Sie vorschlagen möchten, damit wir die Selbstauskünfte vorab zusenden können.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

i. A. Thomas Berger
Kundenbetreuung Vermietung

Wohnungsbaugesellschaft Strundetal mbH
Telefon: 0221 4710-312
E-Mail: t.berger@example.com
Geschäftsführer: Jens Albers
"""
rows = [
    ("WE 12-03", "Moitzfeld, Am Eichenhang 8, 1. OG", "3", "68,4 m²", "495,90 €", "185,00 €", "ja", "01.01.2027"),
    ("WE 12-07", "Moitzfeld, Am Eichenhang 8, DG", "2", "51,2 m²", "371,20 €", "140,00 €", "ja", "01.01.2027"),
    ("WE 31-01", "Paffrath, Kirschbaumweg 21, EG", "4", "89,0 m²", "667,50 €", "240,00 €", "nein", "15.02.2027"),
]
heads = ("Objekt", "Lage", "Zimmer", "Wohnfläche", "Kaltmiete", "NK-Vorauszahlung", "WBS", "frei ab")
td = 'style="border:1px solid #999;padding:3pt 6pt;font-family:Calibri,sans-serif;font-size:11pt"'
table = (
    '<table style="border-collapse:collapse" cellpadding="0" cellspacing="0">\n<tr>'
    + "".join(f'<th {td}>{h}</th>' for h in heads) + "</tr>\n"
    + "".join("<tr>" + "".join(f"<td {td}>{c.replace(' m²', '&nbsp;m²').replace(' €', '&nbsp;€')}</td>"
                               for c in row) + "</tr>\n" for row in rows)
    + "</table>"
)
p = '<p class="MsoNormal">'
html = f"""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}</style></head>
<body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
{p}Sehr geehrte Damen und Herren,</p>
{p}&nbsp;</p>
{p}wie mit Ihrer Kollegin telefonisch besprochen, möchten wir Ihnen im Rahmen Ihres Auszugsmanagements drei Wohnungen aus unserem Bestand anbieten, die zeitnah frei werden. Wir würden uns freuen, wenn Sie uns geeignete Haushalte aus Ihrem Programm vorschlagen.</p>
{p}&nbsp;</p>
{table}
{p}&nbsp;</p>
{p}Die Wohnungen am Eichenhang sind öffentlich gefördert; die Mieter benötigen einen gültigen Wohnberechtigungsschein für die jeweilige Haushaltsgröße. Die Wohnung im Kirschbaumweg ist frei finanziert und barrierearm (ebenerdiger Zugang, bodengleiche Dusche). Die Kaution beträgt jeweils drei Nettokaltmieten; eine Übernahme durch das Jobcenter bzw. eine Abtretung ist nach Absprache möglich.</p>
{p}&nbsp;</p>
{p}Das Exposé für die beiden Wohnungen in Moitzfeld finden Sie im Anhang. Für die Wohnung in Paffrath reichen wir es nach Abschluss der Renovierungsarbeiten nach.</p>
{p}&nbsp;</p>
{p}Für Besichtigungen schlagen wir Donnerstag, den 26.11.2026, zwischen 14:00 und 17:00 Uhr vor. Bitte teilen Sie uns bis zum 20.11.2026 mit, welche Haushalte Sie vorschlagen möchten, damit wir die Selbstauskünfte vorab zusenden können.</p>
{p}&nbsp;</p>
{p}Für Rückfragen stehe ich Ihnen gerne zur Verfügung.</p>
{p}&nbsp;</p>
{p}Mit freundlichen Grüßen</p>
{p}&nbsp;</p>
{p}i.&nbsp;A. Thomas Berger<br>Kundenbetreuung Vermietung</p>
{p}&nbsp;</p>
{p}<b>Wohnungsbaugesellschaft Strundetal mbH</b><br>Telefon: 0221 4710-312<br>E-Mail: <a href="mailto:t.berger@example.com">t.berger@example.com</a><br>Geschäftsführer: Jens Albers</p>
</div></body></html>
"""
_, alternative = multipart(
    "alternative", "_000_FR2P281MB1745C3B09E8D4F21A6B7C90DE4FR2P281MB1745DEUP_",
    [text_part(plain, "plain", "utf-8", "quoted-printable"),
     text_part(html, "html", "utf-8", "quoted-printable")])
pdf_name = "Expos%C3%A9_Moitzfeld.pdf"      # RFC 2231: "Exposé_Moitzfeld.pdf"
pdf = tiny_pdf()
ctype, body = multipart(
    "mixed", "_004_FR2P281MB1745C3B09E8D4F21A6B7C90DE4FR2P281MB1745DEUP_",
    [Part(('Content-Type: multipart/alternative;\r\n\tboundary='
           '"_000_FR2P281MB1745C3B09E8D4F21A6B7C90DE4FR2P281MB1745DEUP_"',), alternative),
     Part((f"Content-Type: application/pdf; name*=UTF-8''{pdf_name}",
           header("Content-Description", "Exposé_Moitzfeld.pdf"),
           f"Content-Disposition: attachment; filename*=UTF-8''{pdf_name};\r\n"
           f"\tsize={len(pdf)}; creation-date=\"{rfc_date(sent)}\";\r\n"
           f"\tmodification-date=\"{rfc_date(sent)}\"",
           "Content-Transfer-Encoding: base64"), b64(pdf))],
)
add(9, sent=sent, delay_s=4, return_path="<t.berger@example.com>",
    from_host="mail-fr2deu01.outbound.example.com", ip="198.51.100.201", smtp_id="4V8Dk7sLpQz6xNy",
    subject="Freie Wohnungen in Moitzfeld und Paffrath – Bitte um Vorschläge geeigneter Haushalte",
    headers=[
        f"From: {address('Berger, Thomas', 't.berger@example.com')}",
        f"To: {address('Auszugsmanagement Stadt Bergisch Gladbach', TEAM)}",
        "{subject}",
        "Thread-Topic: Freie Wohnungen in Moitzfeld und Paffrath",
        "Thread-Index: AdtVt3kQm1c0Y2hNTe2K9b0x8P3aQg==",
        f"Date: {rfc_date(sent)}",
        "Message-ID: <FR2P281MB1745C3B09E8D4F21A6B7C90DE4@example.com>",
        "Accept-Language: de-DE, en-US",
        "Content-Language: de-DE",
        "X-MS-Has-Attach: yes",
        f"Content-Type: {ctype}",
        "Content-Transfer-Encoding: 7bit",
        "MIME-Version: 1.0",
    ],
    body=b"This is a multi-part message in MIME format.\r\n\r\n" + body)


# 10 -- English: a journalist asks how many landlords joined the network.
sent = at(16, 12, 5, 44)
text = """\
Dear Auszugsmanagement team,

My name is Daniel Whitmore and I’m a reporter with the Rhine-Berg Weekly, an English-language regional paper for the international community in Cologne and the Bergisches Land. I’m working on a piece about how towns in the region help refugees move out of shared municipal accommodation into flats of their own, and Bergisch Gladbach’s landlord network came up in several of my conversations.

Could you help me with a few figures?

  • How many private landlords, housing companies and cooperatives have joined the network since it started, and how many of them joined in 2026?
  • How many households have moved from municipal accommodation into a private tenancy through the programme this year?
  • Roughly how many people are still living in municipal accommodation and waiting for a flat?

I’d also be grateful for a short phone or video interview (20–30 minutes) with someone from the team – and, if anyone is willing, the contact of a landlord who has rented a flat through the programme. Quotes can of course be checked before publication.

My deadline is Friday, 27 November. If this should go to the city’s press office instead, I’d appreciate it if you could forward it or let me know whom to contact.

Many thanks and best wishes,
Daniel Whitmore
Reporter, Rhine-Berg Weekly
Mobile: +49 152 28817386
"""
add(10, sent=sent, delay_s=2, return_path="<daniel.whitmore@example.net>",
    from_host="mail-sor-f41.example.net", ip="203.0.113.41", smtp_id="4VBQn5rTkWz9yDf",
    subject="Press enquiry: landlord network for refugee housing in Bergisch Gladbach",
    headers=[
        "MIME-Version: 1.0",
        f"From: {address('Daniel Whitmore', 'daniel.whitmore@example.net')}",
        f"Date: {rfc_date(sent)}",
        "Message-ID: <CAMq2Lw9hYv0K3eR8tN5sB1xF6gZ4jP7uD2cA0oW3mE9iH5kQ8y@example.net>",
        "{subject}",
        f"To: {TEAM}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: 8bit",
    ],
    body=encode_body(text, "utf-8", "8bit"))


# 11 -- German: a student asks for an interview for her bachelor thesis
#       (ISO-8859-1, 8bit, wrapped at 72 like Thunderbird does).
sent = at(17, 16, 48, 2)
text = """\
Sehr geehrte Damen und Herren,

mein Name ist Lea Brückner, ich studiere Soziale Arbeit im siebten
Semester und schreibe derzeit meine Bachelorarbeit zum Thema "Vom
Wohnheim in die eigene Wohnung: Kommunale Unterstützung beim Übergang
Geflüchteter in privaten Wohnraum".

Bei meiner Recherche bin ich auf das Auszugsmanagement der Stadt
Bergisch Gladbach gestoßen, das Einzelfallberatung, Wohn-Workshops und
ein Vermieternetzwerk miteinander verbindet. Gerade diese Verbindung von
Case- und Care-Management ist für meine Arbeit sehr interessant.

Deshalb möchte ich Sie fragen, ob eine Mitarbeiterin oder ein
Mitarbeiter Ihres Teams zu einem leitfadengestützten Experteninterview
(etwa 45 bis 60 Minuten) bereit wäre. Es soll um Ihre Erfahrungen gehen:
Welche Hürden erleben Ihre Klientinnen und Klienten bei der
Wohnungssuche, was überzeugt Vermieterinnen und Vermieter, und was hat
sich seit dem Start des Programms verändert?

Das Gespräch kann gerne bei Ihnen vor Ort oder per Videokonferenz
stattfinden, am besten zwischen dem 7. Dezember und dem 22. Januar.
Selbstverständlich werden alle Angaben anonymisiert; personenbezogene
Daten von Klientinnen und Klienten benötige ich nicht. Meinen
Interviewleitfaden und die Einwilligungserklärung schicke ich Ihnen
vorab gerne zu.

Über eine positive Rückmeldung würde ich mich sehr freuen.

Mit freundlichen Grüßen

Lea Brückner
B.A. Soziale Arbeit, 7. Semester
Betreuung der Arbeit: Prof. Dr. Annette Vogt
"""
add(11, sent=sent, delay_s=7, return_path="<lea.brueckner@example.org>",
    from_host="smtp-out.example.org", ip="192.0.2.77", smtp_id="4VC2tH8jNbz1rMs",
    subject="Anfrage: Experteninterview für meine Bachelorarbeit (Soziale Arbeit)",
    subject_charset="iso-8859-1",
    headers=[
        "Message-ID: <b7e4c1a2-0f39-4d85-a6e2-93c1f5d8b0a7@example.org>",
        f"Date: {rfc_date(sent)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: de-DE",
        f"To: {TEAM}",
        f"From: {address('Lea Brückner', 'lea.brueckner@example.org', 'iso-8859-1')}",
        "{subject}",
        "Content-Type: text/plain; charset=ISO-8859-1",
        "Content-Transfer-Encoding: 8bit",
    ],
    body=encode_body(text, "iso-8859-1", "8bit"))


# 12 -- Out-of-office auto reply (German/English), RFC 3834 headers.
sent = at(19, 9, 3, 11)
text = """\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 4. Dezember 2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht automatisch weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Vermietungsteam unter vermietung@example.com oder telefonisch unter 0221 4710-300.

Mit freundlichen Grüßen
Thomas Berger
Wohnungsbaugesellschaft Strundetal mbH

---

Thank you for your message. I am out of the office until Friday, 4 December 2026, and have no access to e-mail. Your message will not be forwarded automatically.

For urgent matters, please contact our letting team at vermietung@example.com or call +49 221 4710-300.

Kind regards
Thomas Berger
"""
add(12, sent=sent, delay_s=1, return_path="<>",
    from_host="mail-fr2deu01.outbound.example.com", ip="198.51.100.201", smtp_id="4VDgW0mKcRz3tPb",
    subject="Abwesenheitsnotiz: Besichtigung Am Eichenhang 8 – unsere Vorschläge",
    headers=[
        f"From: {address('Berger, Thomas', 't.berger@example.com')}",
        f"To: {address('Auszugsmanagement Stadt Bergisch Gladbach', TEAM)}",
        "{subject}",
        header("Thread-Topic", "Besichtigung Am Eichenhang 8 – unsere Vorschläge"),
        f"Date: {rfc_date(sent)}",
        "Message-ID: <FR2P281MB1745D8E21A0C4B93F7E6A21CB9@example.com>",
        "Auto-Submitted: auto-replied",
        "X-Autoreply: yes",
        "X-Auto-Response-Suppress: All",
        "Content-Language: de-DE",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "MIME-Version: 1.0",
    ],
    body=encode_body(text, "utf-8", "quoted-printable"))


# 13 -- Delivery status notification from MAILER-DAEMON (RFC 3464).
sent = at(20, 11, 17, 22)
notification = """\
This is the mail system at host mx.example.net.

Your message could not be delivered to one or more of its recipients.
The returned headers are attached below.

If you need help, write to postmaster@example.net and include this
report. You may remove your own text from the returned message.

                   The mail system

<hamid.noori@example.net>: host mbox.example.net[198.51.100.25] said: 550
    5.1.1 <hamid.noori@example.net>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
status = """\
Reporting-MTA: dns; mx.example.net
X-Postfix-Queue-ID: 6C1F2A0B3D
X-Postfix-Sender: rfc822; integration-wohnen@stadt-gl.de
Arrival-Date: Fri, 20 Nov 2026 11:17:19 +0100 (CET)

Final-Recipient: rfc822; hamid.noori@example.net
Original-Recipient: rfc822;hamid.noori@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox.example.net
Diagnostic-Code: smtp; 550 5.1.1 <hamid.noori@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
returned = """\
Return-Path: <integration-wohnen@stadt-gl.de>
Received: from mx.stadt-gl.de (mx.stadt-gl.de [192.0.2.10])
\tby mx.example.net (Postfix) with ESMTPS id 6C1F2A0B3D
\tfor <hamid.noori@example.net>; Fri, 20 Nov 2026 11:17:19 +0100 (CET)
From: Auszugsmanagement Stadt Bergisch Gladbach <integration-wohnen@stadt-gl.de>
To: hamid.noori@example.net
Subject: Ihre Nachricht an das Auszugsmanagement [GL-2026-000057]
Date: Fri, 20 Nov 2026 11:17:18 +0100
Message-ID: <ack-GL-2026-000057@stadt-gl.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
boundary = "6C1F2A0B3D.1795169842/mx.example.net"
ctype, body = multipart(
    "report", boundary,
    [Part(("Content-Description: Notification",
           "Content-Type: text/plain; charset=us-ascii"),
          encode_body(notification, "ascii", "7bit")),
     Part(("Content-Description: Delivery report",
           "Content-Type: message/delivery-status"),
          encode_body(status, "ascii", "7bit")),
     Part(("Content-Description: Undelivered Message Headers",
           "Content-Type: text/rfc822-headers"),
          encode_body(returned, "ascii", "7bit"))],
    params=" report-type=delivery-status;")
add(13, sent=sent, delay_s=0, return_path="<>",
    from_host="mx.example.net", ip="203.0.113.5", smtp_id="4VF0b6xRnLz5wKd",
    subject="Undelivered Mail Returned to Sender",
    headers=[
        "Date: " + rfc_date(sent) + " (CET)",
        f"From: {address('Mail Delivery System', 'MAILER-DAEMON@example.net')}",
        "{subject}",
        f"To: {TEAM}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f"Content-Type: {ctype}",
        "Content-Transfer-Encoding: 8bit",
        "Message-Id: <20261120101722.6C1F2A0B3D@example.net>",
    ],
    body=b"This is a MIME-encapsulated message.\r\n\r\n" + body)


# 14 -- Newsletter of a fictional association, HTML only, bulk.
sent = at(24, 6, 0, 3)
html = """\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Rundbrief November 2026</title></head>
<body style="margin:0;padding:0;background:#f2f2ee;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2ee;"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222;">
<tr><td style="padding:8px 24px;font-size:12px;color:#777;">Wird dieser Rundbrief nicht richtig angezeigt? <a href="https://forum-wohnen.example.org/rundbrief/2026-11" style="color:#777;">Im Browser ansehen</a></td></tr>
<tr><td style="padding:24px;background:#2d6a4f;color:#ffffff;"><h1 style="margin:0;font-size:24px;">Forum Wohnen &amp; Ankommen Rhein-Berg e.&nbsp;V.</h1><p style="margin:4px 0 0;">Rundbrief November 2026</p></td></tr>
<tr><td style="padding:24px;">
<p>Liebe Mitglieder, liebe Partnerinnen und Partner,</p>
<p>der Winter kommt, und mit ihm die Sorge vieler Familien, die seit Monaten in Gemeinschaftsunterkünften auf eine eigene Wohnung warten. Umso mehr freuen wir uns über alles, was im Kreis in Bewegung ist. Hier das Wichtigste aus dem Forum:</p>
<h2 style="font-size:18px;color:#2d6a4f;">Fachtag „Wohnen ist kein Luxus“ am 3. Dezember</h2>
<p>Verwaltung, Wohnungswirtschaft, Initiativen und Menschen mit eigener Fluchterfahrung diskutieren, wie mehr Wohnraum für Haushalte mit geringem Einkommen entstehen kann. Mit Workshops zu Mietschulden, Kautionsdarlehen und Patenschaften für Vermieter. Die Teilnahme ist kostenlos, die Plätze sind begrenzt.</p>
<p><a href="https://forum-wohnen.example.org/fachtag-2026?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=2026-11" style="display:inline-block;padding:10px 18px;background:#2d6a4f;color:#ffffff;text-decoration:none;border-radius:4px;">Jetzt anmelden</a></p>
<h2 style="font-size:18px;color:#2d6a4f;">Neue Broschüre: „Meine erste Wohnung“</h2>
<p>Unsere Broschüre erklärt Mietvertrag, Nebenkosten, Mülltrennung und Lüften in einfacher Sprache – jetzt auch auf Arabisch, Ukrainisch, Farsi, Türkisch, Tigrinya und Englisch. Gedruckte Exemplare können Beratungsstellen kostenlos bestellen.</p>
<h2 style="font-size:18px;color:#2d6a4f;">Termine</h2>
<ul>
<li><b>Jeden 1. Dienstag, 16–18 Uhr:</b> offene Mietrechts-Sprechstunde (mit Dolmetschenden nach Voranmeldung)</li>
<li><b>10. Dezember:</b> Online-Austausch der Ehrenamtlichen in der Wohnungspatenschaft</li>
<li><b>14. Januar 2027:</b> Mitgliederversammlung mit Wahl des Vorstands</li>
</ul>
<p>Herzliche Grüße<br>Ihr Vorstand des Forum Wohnen &amp; Ankommen Rhein-Berg</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#eeeeea;font-size:12px;line-height:17px;color:#666;">Sie erhalten diesen Rundbrief, weil Sie sich auf forum-wohnen.example.org dafür angemeldet haben oder Mitglied im Verein sind.<br><a href="https://forum-wohnen.example.org/abmelden?u=7f3a9c2e41b8" style="color:#666;">Rundbrief abbestellen</a> · <a href="https://forum-wohnen.example.org/impressum" style="color:#666;">Impressum</a> · <a href="https://forum-wohnen.example.org/datenschutz" style="color:#666;">Datenschutz</a></td></tr>
</table></td></tr></table>
<img src="https://news.example.org/o/7f3a9c2e41b8/2026-11.gif" width="1" height="1" alt="" style="display:block;border:0;">
</body></html>
"""
add(14, sent=sent, delay_s=9, return_path="<bounce-7f3a9c2e41b8@news.example.org>",
    from_host="out3.news.example.org", ip="192.0.2.203", smtp_id="4VHBr1cWdTz8mQv",
    subject="Rundbrief November 2026: Fachtag „Wohnen ist kein Luxus“, neue Broschüre, Termine",
    headers=[
        f"From: {address('Forum Wohnen & Ankommen Rhein-Berg e. V.', 'rundbrief@example.org')}",
        f"Reply-To: {address('Forum Wohnen & Ankommen Rhein-Berg e. V.', 'info@example.org')}",
        f"To: {TEAM}",
        "{subject}",
        f"Date: {rfc_date(sent)}",
        "Message-ID: <rundbrief-2026-11.7f3a9c2e41b8@example.org>",
        'List-Id: "Rundbrief Forum Wohnen & Ankommen" <rundbrief.forum-wohnen.example.org>',
        "List-Unsubscribe: <https://forum-wohnen.example.org/abmelden?u=7f3a9c2e41b8>,\r\n"
        " <mailto:abmelden@example.org?subject=unsubscribe-7f3a9c2e41b8>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        "X-Mailer: Rundbrief-Versand 4.2",
        "MIME-Version: 1.0",
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
    ],
    body=encode_body(html, "utf-8", "quoted-printable"))


# 15 -- Spam: rental scam, keys by post after a deposit transfer abroad.
sent = at(25, 3, 41, 57)
text = """\
Guten Tag,

Ich bin Dr. Michael Brandt und ich bin Besitzer von eine sehr schöne Wohnung in Bergisch Gladbach, 65 m2, 2 Zimmer, Küche komplett möbliert, Balkon, Miete 420 Euro warm alles inklusive (Internet, Strom auch).

Ich habe gesehen das Sie suchen Wohnung für Menschen. Die Wohnung ist sofort frei und ich will nur ehrliche Mieter, kein Profit.

Leider wohne ich jetzt in London wegen mein Arbeit bei eine Ölfirma und kann nicht kommen für Besichtigung. Darum ich sende Schlüssel und Mietvertrag per Post mit DHL direkt zu Ihnen. Vorher Sie müssen bezahlen die Kaution 1260 Euro (3 Monatsmiete) per Überweisung auf mein Konto in England, dann DHL bringt Schlüssel in 2 Tage. Wenn Wohnung nicht gefällt, Sie bekommen Geld zurück 100% GARANTIERT !!!

Bitte schnell antworten, es gibt viele Interessenten!!! Senden Sie mir Ihre Name, Adresse und Kopie von Personalausweis, dann ich schicke Bankdaten.

Gott segne Sie
Dr. Michael Brandt
"""
add(15, sent=sent, delay_s=14, return_path="<nobody-48213@vps7731.example.net>",
    from_host="vps7731.example.net", ip="203.0.113.219", smtp_id="4VJ7f2pXqNz2hRc",
    subject="Wohnung in Bergisch Gladbach sofort frei !!! 2 Zimmer 420 € warm",
    headers=[
        f"Date: {rfc_date(sent)}",
        f"To: {TEAM}",
        f"From: {address('Dr. Michael Brandt', 'dr.m.brandt1958@example.com')}",
        f"Reply-To: {address('Michael Brandt', 'brandt.wohnung.london@example.net')}",
        "{subject}",
        "Message-ID: <b1946ac92492d2347c6235b4d2611184@example.com>",
        "X-Mailer: PHPMailer 5.2.9",
        "X-Priority: 1 (Highest)",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
    ],
    body=encode_body(text, "utf-8", "base64"))


# 16 -- A reply in broken German to the service's own acknowledgement.
sent = at(26, 18, 22, 36)
text = """\
Hallo

danke fur antwort. Ich habe jetzt WBS bekommen gestern, 2 zimmer fur mich und meine frau. ich schicke foto von WBS morgen wenn ich zuhause bin.
Jobcenter sagt erst Mietangebot bringen dann sie sagen ja oder nein. Aber kein vermieter antwortet mir. Konnen sie helfen?
Wann ich kann kommen fur termin? Ich arbeite bis 14 uhr, danach immer ok.

Danke und schone abend
Yonas Tesfay

Am Mi., 4. Nov. 2026 um 09:12 Uhr schrieb Auszugsmanagement Stadt Bergisch Gladbach <integration-wohnen@stadt-gl.de>:

> Guten Tag,
>
> vielen Dank für Ihre Nachricht an das Auszugsmanagement der Stadt Bergisch
> Gladbach. Wir haben sie erhalten und unter der Nummer GL-2026-000042
> gespeichert. Bitte lassen Sie diese Nummer im Betreff stehen, wenn Sie uns
> wieder schreiben.
>
> Eine Mitarbeiterin oder ein Mitarbeiter meldet sich bei Ihnen. Wenn Sie
> Ihre Unterkunft in den nächsten Tagen verlassen müssen, schreiben Sie das
> bitte deutlich in Ihre Nachricht.
>
> Thank you for your message. We have registered it under the number
> GL-2026-000042 and will get back to you.
>
> Diese Nachricht wurde automatisch erstellt.
>
> Mit freundlichen Grüßen
> Auszugsmanagement – Kommunales Integrationsmanagement
> Stadt Bergisch Gladbach
>
"""
add(16, sent=sent, delay_s=3, return_path="<yonas.tesfay@example.com>",
    from_host="mail-yw1-f169.example.com", ip="198.51.100.169", smtp_id="4VJrM8kTbWz6nLp",
    subject="AW: Ihre Nachricht an das Auszugsmanagement [GL-2026-000042]",
    headers=[
        "MIME-Version: 1.0",
        "References: <CAOq7p1N4vB2a9kXzR5tq0F8mWc3JhL6yE1dG7sU0oP2iT9bA4x@example.com>\r\n"
        " <ack-GL-2026-000042@stadt-gl.de>",
        "In-Reply-To: <ack-GL-2026-000042@stadt-gl.de>",
        f"From: {address('Yonas Tesfay', 'yonas.tesfay@example.com')}",
        f"Date: {rfc_date(sent)}",
        "Message-ID: <CAOq7p1PkR3s8Tz0vY5wN2hJ6cX9bL4mE1fA7gD0uQ3iK8eS5rW@example.com>",
        "{subject}",
        f"To: {address('Auszugsmanagement Stadt Bergisch Gladbach', TEAM)}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
    ],
    body=encode_body(text, "utf-8", "quoted-printable"))


# ---------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------


def write() -> None:
    for sub in ("new", "cur", "tmp"):
        (HERE / sub).mkdir(exist_ok=True)
    for sub in ("cur", "tmp"):
        (HERE / sub / ".keep").touch()
    wanted = {s.filename for s in SAMPLES}
    for stale in (HERE / "new").glob("*.sample"):
        if stale.name not in wanted:
            stale.unlink()
    for sample in SAMPLES:
        (HERE / "new" / sample.filename).write_bytes(sample.to_bytes())


def check() -> None:
    names = [s.filename for s in SAMPLES]
    assert len(SAMPLES) == 16 and len(set(names)) == 16, "16 unique files"
    assert names == sorted(names), "file names increase with the number"
    box = mailbox.Maildir(str(HERE), create=False)
    # Python < 3.13 lists dot-files in cur/ and new/ as messages (gh-65559);
    # the Maildir convention is that readers skip them, and so do we.
    # keys() is needed: iterating a mailbox.Mailbox yields messages, not keys.
    keys = sorted(k for k in box.keys() if not k.startswith("."))  # noqa: SIM118
    assert keys == sorted(n for n in names), keys
    msg_ids = set()
    for sample in SAMPLES:
        key = sample.filename
        raw = box.get_bytes(key)   # mailbox normalises line endings on read
        on_disk = (HERE / "new" / key).read_bytes()
        assert on_disk == sample.to_bytes()
        assert b"\n" not in on_disk.replace(b"\r\n", b""), f"{key}: bare LF"
        assert all(len(line) <= 998 for line in on_disk.split(b"\r\n")), f"{key}: long line"
        msg = email.message_from_bytes(on_disk, policy=email.policy.default)
        assert not msg.defects, (key, msg.defects)
        assert str(msg["Subject"]) == sample.subject, (key, str(msg["Subject"]), sample.subject)
        assert str(msg["To"]).endswith("integration-wohnen@stadt-gl.de") or \
            "integration-wohnen@stadt-gl.de" in str(msg["To"]), key
        assert email.utils.parsedate_to_datetime(msg["Date"]).month == 11
        msg_id = msg["Message-ID"]
        assert msg_id and msg_id.rstrip(">").rsplit("@", 1)[1] in {
            "example.org", "example.com", "example.net"}, (key, msg_id)
        msg_ids.add(msg_id)
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() in (
                    "message/delivery-status", "text/rfc822-headers"):
                continue
            assert not part.defects, (key, part.defects)
            part.get_content()          # decodes charset and transfer encoding
        assert box.get_message(key)["Message-ID"] == msg_id and raw
        print(f"ok  {key:40} {sample.subject}")
    assert len(msg_ids) == 16, "Message-IDs are unique"


if __name__ == "__main__":
    if "--check" not in sys.argv[1:]:
        write()
    check()
