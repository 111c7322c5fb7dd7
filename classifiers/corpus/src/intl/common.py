"""Tiny raw-RFC5322 writer for the intl group of the triage corpus (stdlib only)."""
import base64
import datetime as dt
import email.utils
import hashlib
import html as htmlmod
import quopri
import random
from email.header import Header

TO = "integration-wohnen@stadt-gl.de"
GROUP = "intl"


def m(cat, lang, style, frm, subj, body, **kw):
    """One mail as data. kw: u (urgent), date ('2025-03-04 09:12'), tz ('+0100' or 'de'),
    fmt ('plain'|'html'|'alt'), html (explicit html), cte, charset, att [(name, mime)],
    hdr {extra headers}, reply (True -> In-Reply-To), parts (custom multipart/report spec), to, cc."""
    d = dict(cat=cat, lang=lang, style=style, frm=frm, subj=subj, body=body)
    d.update(kw)
    return d


# ---------------------------------------------------------------- helpers
def _rng(n):
    return random.Random(f"intl-{n}")


def _is_dst(d):
    # rough EU DST: last Sunday March .. last Sunday October
    def last_sunday(y, mth):
        x = dt.date(y, mth, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    return last_sunday(d.year, 3) <= d.date() < last_sunday(d.year, 10)


def _date(spec, tz, r):
    if spec:
        d = dt.datetime.strptime(spec, "%Y-%m-%d %H:%M")
        d = d.replace(second=r.randint(0, 59))
    else:
        start = dt.datetime(2025, 1, 2)
        span = (dt.datetime(2026, 11, 20) - start).total_seconds()
        d = start + dt.timedelta(seconds=r.randint(0, int(span)))
        # people mostly write during waking hours
        if d.hour < 7:
            d = d.replace(hour=d.hour + 8)
    if tz in (None, "de"):
        off = 2 if _is_dst(d) else 1
        tzinfo = dt.timezone(dt.timedelta(hours=off))
    else:
        sign = -1 if tz[0] == "-" else 1
        h, mi = int(tz[1:3]), int(tz[3:5])
        tzinfo = dt.timezone(sign * dt.timedelta(hours=h, minutes=mi))
    return email.utils.format_datetime(d.replace(tzinfo=tzinfo))


def _hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def _addr(frm):
    name, addr = email.utils.parseaddr(frm)
    if not name:
        return addr, addr
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, addr)), addr
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{addr}>", addr


def _crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, charset, cte):
    """return (bytes with CRLF, cte actually used)"""
    raw = text.replace("\r\n", "\n")
    if not raw.endswith("\n"):
        raw += "\n"
    b = raw.encode(charset)
    if cte == "7bit":
        try:
            b.decode("ascii")
        except UnicodeDecodeError:
            cte = "quoted-printable"
    if cte in ("8bit", "7bit"):
        return b.replace(b"\n", b"\r\n"), cte
    if cte == "quoted-printable":
        q = quopri.encodestring(b)
        return q.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), cte
    if cte == "base64":
        b = b.replace(b"\n", b"\r\n")
        return base64.encodebytes(b).replace(b"\n", b"\r\n"), cte
    raise ValueError(cte)


HTML_STYLES = ["outlook", "gmail", "webmail", "apple"]


def text_to_html(text, r):
    style = r.choice(HTML_STYLES)
    paras = [p for p in text.replace("\r\n", "\n").split("\n\n")]

    def esc(p):
        return "<br>\n".join(htmlmod.escape(x, quote=False) for x in p.split("\n"))
    if style == "outlook":
        inner = "\n".join(f'<p class="MsoNormal">{esc(p)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="DE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                f'{inner}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        inner = "<div><br></div>".join(f"<div>{esc(p)}</div>" for p in paras)
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "apple":
        inner = "\n".join(f"<div>{esc(p)}</div><div><br></div>" for p in paras)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{inner}</body></html>\n')
    inner = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family: Arial, sans-serif; font-size: 10pt;">\n{inner}\n</body></html>\n')


def fake_file(name, r):
    low = name.lower()
    if low.endswith(".pdf"):
        head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        tail = b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        return head + bytes(r.randint(0, 255) for _ in range(r.randint(200, 420))) + tail
    if low.endswith((".jpg", ".jpeg")):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(r.randint(0, 255) for _ in range(r.randint(250, 500))) + b"\xff\xd9"
    if low.endswith(".png"):
        return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(r.randint(0, 255) for _ in range(r.randint(250, 500)))
    if low.endswith(".docx"):
        return b"PK\x03\x04\x14\x00\x06\x00" + bytes(r.randint(0, 255) for _ in range(r.randint(250, 450)))
    return bytes(r.randint(0, 255) for _ in range(r.randint(200, 400)))


def _boundary(r, kind=""):
    styles = [
        lambda: "----=_NextPart_000_%04X_01DB%04X.%08X" % (r.randint(0, 65535), r.randint(0, 65535), r.getrandbits(32)),
        lambda: "0000000000%016x" % r.getrandbits(64),
        lambda: "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48)),
        lambda: "_%03d_%s_" % (r.randint(0, 999), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20))),
    ]
    return r.choice(styles)() + kind


def _part(ctype, payload_bytes, cte, extra=()):
    h = [_crlf(x) for x in [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)]
    return ("\r\n".join(h) + "\r\n\r\n").encode("ascii") + payload_bytes


def _text_part(text, subtype, charset, cte):
    b, used = encode_body(text, charset, cte)
    return _part(f'text/{subtype}; charset="{charset}"', b, used)


def _multipart(subtype, parts, r, params=""):
    bd = _boundary(r)
    out = b"This is a multi-part message in MIME format.\r\n\r\n" if r.random() < 0.5 else b""
    for p in parts:
        out += f"--{bd}\r\n".encode() + p + b"\r\n"
    out += f"--{bd}--\r\n".encode()
    return f'multipart/{subtype}; boundary="{bd}"{params}', out


MAILERS = [
    "Microsoft Outlook 16.0", "Microsoft Outlook 15.0", None, None, None,
    "iPhone Mail (21F90)", "Mozilla Thunderbird", "Roundcube Webmail/1.6.5", None,
]


def render(n, d):
    r = _rng(n)
    mid_dom = d.get("midhost") or email.utils.parseaddr(d["frm"])[1].split("@")[-1] or "example.org"
    from_hdr, from_addr = _addr(d["frm"])
    charset = d.get("charset", "utf-8")
    r2 = random.Random(f"intl-fmt-{n}")
    if "charset" not in d and d.get("parts") is None and d["lang"] in ("fr", "de") and r2.random() < 0.25:
        for cs in ("iso-8859-1", "windows-1252", "iso-8859-15"):
            try:
                d["body"].encode(cs)
                charset = cs
                break
            except UnicodeEncodeError:
                pass
    if "fmt" not in d and d.get("parts") is None and d["cat"] != "auto" and r2.random() < 0.17:
        d = dict(d, fmt="alt")
    cte = d.get("cte") or r.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
    headers = []
    headers.append(f"From: {from_hdr}")
    to = d.get("to", TO)
    headers.append(f"To: {to}")
    if d.get("cc"):
        headers.append(f"Cc: {d['cc']}")
    if d["subj"] is not None:
        headers.append(f"Subject: {_hdr_text(d['subj'], 'utf-8')}".rstrip() if d["subj"] else "Subject: ")
    headers.append(f"Date: {_date(d.get('date'), d.get('tz'), r)}")
    token = hashlib.sha1(f"{n}-{d['subj']}-{r.random()}".encode()).hexdigest()[:16]
    headers.append(f"Message-ID: <{GROUP}-{n:04d}.{token}@{mid_dom}>")
    if d.get("reply"):
        ref = "<%s.%08x@stadt-gl.de>" % (hashlib.md5(f"ref{n}".encode()).hexdigest()[:12], r.getrandbits(32))
        headers.append(f"In-Reply-To: {ref}")
        headers.append(f"References: {ref}")
    headers.append("MIME-Version: 1.0")
    for k, v in (d.get("hdr") or {}).items():
        headers.append(f"{k}: {_hdr_text(v)}")
    if "hdr" not in d or not any(k.lower() in ("x-mailer", "user-agent") for k in d["hdr"]):
        mailer = r.choice(MAILERS)
        if mailer and d["cat"] not in ("auto",):
            headers.append(("User-Agent: " if "Thunderbird" in mailer or "Roundcube" in mailer else "X-Mailer: ") + mailer)

    headers = [_crlf(h) for h in headers]
    fmt = d.get("fmt", "plain")
    if d.get("parts") is not None:
        # custom report structure: list of (ctype, text, cte)
        parts = []
        for ctype, txt, pcte in d["parts"]:
            if isinstance(txt, bytes):
                parts.append(_part(ctype, txt, pcte))
            elif ctype.startswith("text/"):
                cs = ctype.split("charset=")[1].strip('"; ') if "charset=" in ctype else "us-ascii"
                b, used = encode_body(txt, cs, pcte)
                parts.append(_part(ctype, b, used))
            else:
                parts.append(_part(ctype, _crlf(txt.rstrip("\n") + "\n").encode("utf-8"), pcte))
        ctype, body = _multipart("report", parts, r, params=f"; report-type={d['report']}")
    else:
        html = d.get("html")
        if fmt in ("html", "alt") and html is None:
            html = text_to_html(d["body"], r)
            if charset != "utf-8":
                html = html.replace('charset="utf-8"', f'charset="{charset}"').replace("charset=utf-8", f"charset={charset}")
        if fmt == "plain":
            main = None
            ctype_main = f'text/plain; charset="{charset}"'
            if r.random() < 0.3:
                ctype_main = f"text/plain; charset={charset}; format=flowed" if r.random() < 0.5 else f"text/plain; charset={charset}"
            mb, used = encode_body(d["body"], charset, cte)
        elif fmt == "html":
            ctype_main = f'text/html; charset="{charset}"'
            mb, used = encode_body(html, charset, cte)
        else:
            ctype_main, mb = _multipart("alternative", [
                _text_part(d["body"], "plain", charset, cte),
                _text_part(html, "html", charset, "quoted-printable" if cte != "base64" else "base64"),
            ], r)
            used = None
        att = d.get("att") or []
        if att:
            first = _part(ctype_main, mb, used) if used else (f"Content-Type: {ctype_main}\r\n\r\n".encode() + mb)
            parts = [first]
            for name, mime in att:
                data = fake_file(name, r)
                enc = base64.encodebytes(data).replace(b"\n", b"\r\n")
                try:
                    name.encode("ascii")
                    disp = f'attachment; filename="{name}"'
                    ct = f'{mime}; name="{name}"'
                except UnicodeEncodeError:
                    from urllib.parse import quote
                    disp = f"attachment; filename*=utf-8''{quote(name)}"
                    ct = f'{mime}; name="{Header(name, "utf-8").encode()}"'
                parts.append(_part(ct, enc, "base64", [f"Content-Disposition: {disp}"]))
            ctype, body = _multipart("mixed", parts, r)
            used = None
        else:
            ctype, body = ctype_main, mb
        if used:
            headers.append(f"Content-Type: {ctype}")
            headers.append(f"Content-Transfer-Encoding: {used}")
            return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body
    headers.append(f"Content-Type: {ctype}")
    headers.append("Content-Transfer-Encoding: " + ("7bit" if body.isascii() else "8bit"))
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body


# ---------------------------------------------------------------- machine mail builders
def _h(s):
    return "%09d" % (int(hashlib.md5(s.encode()).hexdigest(), 16) % 10**9)

def dsn(lang, style, rcpt, status, diag, orig_subj, orig_date="Mon, 10 Mar 2025 10:02:11 +0100",
        mta="mx1.example.net", frm="Mail Delivery System <MAILER-DAEMON@mx1.example.net>",
        human=None, subj="Undelivered Mail Returned to Sender", action="failed", **kw):
    human = human or (
        f"This is the mail system at host {mta}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: {diag}\n")
    ds = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {orig_date}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
          f"Action: {action}\nStatus: {status}\nDiagnostic-Code: smtp; {diag}\n")
    orig = (f"From: Integration Wohnen <integration-wohnen@stadt-gl.de>\nTo: <{rcpt}>\n"
            f"Subject: {_hdr_text(orig_subj)}\nDate: {orig_date}\nMessage-ID: <{_h(orig_subj)}.kim@stadt-gl.de>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")
    hdr = {"Auto-Submitted": "auto-replied"}
    hdr.update(kw.pop("hdr", {}))
    return m("auto", lang, style, frm, subj, human, report="delivery-status", hdr=hdr,
             parts=[(("text/plain; charset=us-ascii", human, "7bit") if human.isascii()
                     else ("text/plain; charset=utf-8", human, "quoted-printable")),
                    ("message/delivery-status", ds, "7bit"),
                    ("text/rfc822-headers", orig, "7bit")], **kw)


def mdn(lang, style, frm, orig_subj, human, ua="Microsoft Outlook 16.0",
        disposition="manual-action/MDN-sent-manually; displayed", subj=None, **kw):
    addr = email.utils.parseaddr(frm)[1]
    notif = (f"Reporting-UA: {ua}\nFinal-Recipient: rfc822;{addr}\n"
             f"Original-Message-ID: <{_h(orig_subj)}.kim@stadt-gl.de>\n"
             f"Disposition: {disposition}\n")
    return m("auto", lang, style, frm, subj if subj is not None else f"Read: {orig_subj}", human,
             report="disposition-notification",
             parts=[("text/plain; charset=utf-8", human, "quoted-printable"),
                    ("message/disposition-notification", notif, "7bit")], **kw)


def set_dates(mails, by_subject):
    """Attach fixed dates to mails identified by their (unique) subject."""
    for subj, date in by_subject.items():
        hits = [d for d in mails if d["subj"] == subj]
        assert len(hits) == 1, (subj, len(hits))
        hits[0]["date"] = date


def tweak(mails, subj, **kw):
    """Change fields of the mail with this (unique) subject, e.g. tweak(MAILS, "...", fmt="html")."""
    hits = [d for d in mails if d["subj"] == subj]
    assert len(hits) == 1, (subj, len(hits))
    hits[0].update(kw)
