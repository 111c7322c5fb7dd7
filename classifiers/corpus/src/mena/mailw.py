"""Tiny writer for the `mena` corpus group (Arabic, Farsi/Dari, Pashto, Kurdish).

Each batch module defines START (first file number) and MAILS (a list of dicts made with M()).
write_batch() turns every dict into a raw RFC 5322 message with CRLF line endings.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html as htmlmod
import os
import random
import re
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

GROUP = "mena"
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", ".."))
MAILDIR = os.path.join(CORPUS, "mails", GROUP)
TO = "integration-wohnen@stadt-gl.de"
POL = policy.default.clone(linesep="\r\n", max_line_length=78)

CATS = {"tenant_request", "landlord_offer", "inquiry", "auto", "spam"}
LANGS = {"ar", "fa", "ps", "ku", "de", "en"}
STYLES = {"clean", "broken", "machine_translated", "oneliner", "reply", "forward", "html_only",
          "on_behalf", "mixed_language", "formal", "phone", "hard_case", "header_only", "other"}

ARABIC_RE = re.compile(r"[\u0600-\u06FF]")


def M(**kw):
    """Declare one mail. Required: lang, cat, style, frm, body (unless kind is a report)."""
    kw.setdefault("urg", 0)
    assert kw["cat"] in CATS, kw
    assert kw["lang"] in LANGS, kw
    assert kw["style"] in STYLES, kw
    return kw


def _rng(n):
    return random.Random(hashlib.sha256(f"{GROUP}-{n}".encode()).digest())


TZ_BERLIN = ZoneInfo("Europe/Berlin")
TZS = {"berlin": TZ_BERLIN, "kabul": ZoneInfo("Asia/Kabul"), "tehran": ZoneInfo("Asia/Tehran"),
       "istanbul": ZoneInfo("Europe/Istanbul"), "baghdad": ZoneInfo("Asia/Baghdad"),
       "damascus": ZoneInfo("Asia/Damascus"), "utc": dt.timezone.utc, "london": ZoneInfo("Europe/London"),
       "lagos": ZoneInfo("Africa/Lagos"), "dubai": ZoneInfo("Asia/Dubai")}


def _date(n, spec, tz):
    r = _rng(n * 7 + 1)
    zone = TZS[tz or "berlin"]
    if spec:
        d = dt.datetime.strptime(spec, "%Y-%m-%d %H:%M").replace(second=r.randint(0, 59))
    else:
        start = dt.datetime(2025, 1, 2)
        span = (dt.datetime(2026, 11, 20) - start).total_seconds()
        d = start + dt.timedelta(seconds=r.random() * span)
        # people write mostly during the day, some at night
        hour = r.choice([7, 8, 9, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1])
        d = d.replace(hour=hour, microsecond=0)
    return format_datetime(d.replace(tzinfo=zone))


def _domain(addr):
    return addr.rsplit("@", 1)[-1].strip(">")


def text_to_html(text, flavour="gmail", charset="utf-8"):
    rtl = len(ARABIC_RE.findall(text)) > len(re.findall(r"[A-Za-z]", text)) / 2
    d = ' dir="rtl"' if rtl else ""
    paras = text.strip("\n").split("\n")
    esc = [htmlmod.escape(p) for p in paras]
    if flavour == "outlook":
        body = []
        for p in esc:
            if p.startswith("&gt;"):
                body.append(f'<p class="MsoNormal"{d} style="margin-left:36pt"><span style="color:#1F497D">{p}</span></p>')
            else:
                body.append(f'<p class="MsoNormal"{d}>{p or "&nbsp;"}<o:p></o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n'
                f'<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{d}>\n'
                '<div class="WordSection1">\n' + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
    if flavour == "simple":
        blocks, cur = [], []
        for p in esc + [""]:
            if p:
                cur.append(p)
            elif cur:
                blocks.append("<p>" + "<br>\n".join(cur) + "</p>")
                cur = []
        return (f'<html><head><meta charset="{charset}"></head><body{d} style="font-family:Tahoma,Arial">\n'
                + "\n".join(blocks) + "\n</body></html>\n")
    # gmail / webmail style
    out = []
    quote = []
    for p in esc:
        if p.startswith("&gt;"):
            quote.append(p[4:].lstrip())
            continue
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>".join(quote) + "</blockquote>")
            quote = []
        out.append(f'<div{d}>{p if p else "<br>"}</div>')
    if quote:
        out.append('<blockquote class="gmail_quote">' + "<br>".join(quote) + "</blockquote>")
    return f'<div{d}>' + "\n".join(out) + "</div>\n"


def fake_attachment(name, r):
    low = name.lower()
    junk = bytes(r.randrange(256) for _ in range(r.randint(180, 420)))
    if low.endswith(".pdf"):
        data = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\nstream\n" + junk +
                b"\nendstream\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        return data, "application", "pdf"
    if low.endswith((".jpg", ".jpeg")):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + junk + b"\xff\xd9", "image", "jpeg"
    if low.endswith(".png"):
        return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6"
                + junk + b"\x00\x00\x00\x00IEND\xaeB`\x82"), "image", "png"
    if low.endswith(".docx"):
        return b"PK\x03\x04\x14\x00\x06\x00" + junk, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"
    if low.endswith(".html") or low.endswith(".htm"):
        return b"<html><body>" + junk.hex().encode() + b"</body></html>", "text", "html"
    if low.endswith(".zip"):
        return b"PK\x03\x04\x14\x00\x00\x00" + junk, "application", "zip"
    return junk, "application", "octet-stream"


CTE = {"8bit": "8bit", "qp": "quoted-printable", "b64": "base64", "7bit": "7bit"}


def _prep(text, charset):
    if charset.lower() in ("windows-1256", "cp1256"):
        text = text.replace("\u06cc", "\u064a")  # Persian yeh -> Arabic yeh, as old Windows did
        # Arabic-Indic digits are not in windows-1256; old clients typed ASCII digits
        text = text.translate({0x660 + i: 0x30 + i for i in range(10)} | {0x6F0 + i: 0x30 + i for i in range(10)})
    try:
        text.encode(charset)
    except UnicodeEncodeError as e:
        raise SystemExit(f"cannot encode in {charset}: {e}")
    return text


def build(n, m):
    r = _rng(n)
    kind = m.get("kind", "mail")
    name, addr = m["frm"] if isinstance(m["frm"], tuple) else ("", m["frm"])
    dom = _domain(addr)
    date = _date(n, m.get("date"), m.get("tz"))
    mid = m.get("mid") or f"<{GROUP}-{n:04d}.{r.getrandbits(48):012x}@{m.get('mid_domain', dom)}>"
    if kind in ("bounce", "mdn"):
        return _report(n, m, r, name, addr, date, mid)

    charset = m.get("cs", "utf-8")
    cte = m.get("cte")
    if cte is None:
        cte = r.choices(["8bit", "qp", "b64"], [5, 3, 2])[0]
    fmt = m.get("fmt")
    if fmt is None:
        x = r.random()
        fmt = "html" if x < 0.06 else "alt" if x < 0.21 else "plain"
    body = _prep(m["body"].strip("\n") + "\n", charset)
    flavour = m.get("flavour") or r.choice(["gmail", "gmail", "outlook", "simple"])
    msg = EmailMessage(policy=POL)
    msg["From"] = f'{name} <{addr}>' if name else addr
    msg["To"] = m.get("to", TO)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if "subj" in m and m["subj"] is not None:
        msg["Subject"] = m["subj"]
    msg["Date"] = date
    msg["Message-ID"] = mid
    if m.get("irt"):
        ref = f"<{r.getrandbits(40):010x}.kim@stadt-gl.de>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in (m.get("hdr") or {}).items():
        msg[k] = v
    if "mailer" in m:
        mailer = m["mailer"]
    elif "iPhone" in m["body"]:
        mailer = "iPhone Mail (22B91)"
    elif "Galaxy" in m["body"] or "Android" in m["body"]:
        mailer = None
    elif fmt != "plain" and flavour == "outlook":
        mailer = "Microsoft Outlook 16.0"
    else:
        mailer = r.choice([None, None, None, None, "iPhone Mail (20H240)", "Microsoft Outlook 16.0",
                           "Roundcube Webmail/1.6.9", "Mozilla Thunderbird 128.5"])
    if mailer:
        msg["X-Mailer"] = mailer
    if fmt == "html":
        h = _prep(m.get("html") or text_to_html(body, flavour, charset), charset)
        msg.set_content(h, subtype="html", charset=charset, cte=CTE[cte])
    else:
        msg.set_content(body, charset=charset, cte=CTE[cte])
        if fmt == "alt":
            h = _prep(m.get("html") or text_to_html(body, flavour, charset), charset)
            msg.add_alternative(h, subtype="html", charset=charset,
                                cte=CTE["qp" if cte == "8bit" and r.random() < 0.5 else cte])
    for att in m.get("att", []):
        data, mt, st = fake_attachment(att, r)
        msg.add_attachment(data, maintype=mt, subtype=st, filename=att)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # EmailMessage adds it to sub-parts; real clients do not
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes(policy=POL)


def _report(n, m, r, name, addr, date, mid):
    """multipart/report for bounces (delivery-status) and read receipts (disposition-notification)."""
    b = f"----=_Part_{r.getrandbits(32)}_{r.getrandbits(24)}"
    from email.header import Header
    def enc(v):
        return Header(v, "utf-8").encode(linesep="\r\n") if any(ord(c) > 127 for c in v) else v
    frm = f"{enc(name)} <{addr}>" if name else addr
    L = [f"From: {frm}", f"To: {m.get('to', TO)}", f"Subject: {enc(m['subj'])}", f"Date: {date}",
         f"Message-ID: {mid}", "MIME-Version: 1.0"]
    for k, v in (m.get("hdr") or {}).items():
        L.append(f"{k}: {v}")
    orig_mid = f"<{r.getrandbits(40):010x}.kim@stadt-gl.de>"
    rcpt = m["rcpt"]
    import base64
    if m["kind"] == "bounce":
        L.append(f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"')
        L.append("Auto-Submitted: auto-replied")
        human = m["body"].strip("\n")
        part3_ct = m.get("orig_ct", "message/rfc822")
        status = m.get("status", "5.1.1")
        mta = m.get("mta", _domain(addr))
        ds = [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {date}", "",
              f"Final-Recipient: rfc822; {rcpt}", "Action: failed", f"Status: {status}",
              f"Diagnostic-Code: smtp; {m.get('diag', '550 5.1.1 User unknown')}"]
    else:
        L.append(f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{b}"')
        human = m["body"].strip("\n")
        part3_ct = "text/rfc822-headers"
        ds = [f"Reporting-UA: {m.get('ua', 'Microsoft Outlook 16.0')}", f"Final-Recipient: rfc822;{rcpt}",
              f"Original-Message-ID: {orig_mid}", "Disposition: manual-action/MDN-sent-manually; displayed"]
    L.append("")
    L.append("This is a multi-part message in MIME format.")
    L.append("")
    L.append(f"--{b}")
    L.append("Content-Type: text/plain; charset=utf-8")
    L.append("Content-Transfer-Encoding: base64")
    L.append("")
    enc = base64.encodebytes(human.replace("\n", "\r\n").encode("utf-8")).decode().strip("\n")
    L.extend(enc.split("\n"))
    L.append("")
    L.append(f"--{b}")
    L.append("Content-Type: message/delivery-status" if m["kind"] == "bounce" else "Content-Type: message/disposition-notification")
    L.append("")
    L.extend(ds)
    L.append("")
    L.append(f"--{b}")
    L.append(f"Content-Type: {part3_ct}")
    L.append("")
    osubj = m.get("orig_subj", "Ihre Anfrage bei der Stadt Bergisch Gladbach")
    from email.header import Header
    osubj_enc = Header(osubj, "utf-8").encode(linesep="\r\n") if any(ord(c) > 127 for c in osubj) else osubj
    oh = [f"From: Integration Wohnen <{TO}>", f"To: {rcpt}", f"Subject: {osubj_enc}",
          f"Date: {m.get('orig_date', date)}", f"Message-ID: {orig_mid}", "MIME-Version: 1.0"]
    L.extend(oh)
    if part3_ct == "message/rfc822" and m.get("orig_body"):
        L.append("Content-Type: text/plain; charset=utf-8")
        L.append("Content-Transfer-Encoding: base64")
        L.append("")
        enc = base64.encodebytes(m["orig_body"].strip("\n").replace("\n", "\r\n").encode()).decode().strip("\n")
        L.extend(enc.split("\n"))
    L.append("")
    L.append(f"--{b}--")
    L.append("")
    return "\r\n".join(L).encode("utf-8")


def write_batch(mails, start):
    os.makedirs(MAILDIR, exist_ok=True)
    rows = []
    for i, m in enumerate(mails):
        n = start + i
        fn = f"{GROUP}-{n:04d}.eml"
        data = build(n, m)
        assert b"\n" not in data.replace(b"\r\n", b""), fn
        with open(os.path.join(MAILDIR, fn), "wb") as f:
            f.write(data)
        style = m["style"]
        if style == "clean" and (b"Content-Type: text/html" in data.split(b"\r\n\r\n", 1)[0]):
            style = "html_only"  # the writer chose an HTML-only body for this mail
        rows.append((f"mails/{GROUP}/{fn}", m["cat"], m["lang"], int(m["urg"]), style))
    return rows
