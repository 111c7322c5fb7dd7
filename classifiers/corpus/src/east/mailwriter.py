"""Tiny raw-mail writer for the `east` group (uk / ru / tr).

Every mail is described as a dict (see M()) and rendered to a raw RFC 5322
message with CRLF line endings. Randomness is seeded by the mail number, so a
rebuild produces identical files.
"""
import base64
import datetime as dt
import email.utils
import html as htmlmod
import os
import quopri
import random
from email.header import Header

GROUP = "east"
TO = "integration-wohnen@stadt-gl.de"
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.abspath(os.path.join(HERE, "..", ".."))
MAILDIR = os.path.join(CORPUS, "mails", GROUP)
LABELS = os.path.join(CORPUS, "labels", GROUP + ".csv")

LEGACY = {"ru": ["koi8-r", "windows-1251"], "uk": ["koi8-u", "windows-1251"], "tr": ["iso-8859-9", "windows-1254"]}

MAILERS = [None, None, None, "Microsoft Outlook 16.0", "Apple Mail (2.3774.300.61.1.2)",
           "iPhone Mail (21F90)", "Mozilla Thunderbird", "Yandex.Mail", "Mail.Ru Mailer 1.0",
           "Roundcube Webmail/1.6.5", "Open-Xchange Mailer v7.10.6", None]


DEVICE = {
    "iphone": {"uk": ["Надіслано з iPhone", "Відправлено з iPhone"], "ru": ["Отправлено с iPhone"],
               "tr": ["iPhone'umdan gönderildi"], "de": ["Von meinem iPhone gesendet"]},
    "galaxy": {"uk": ["Надіслано з мого Galaxy"], "ru": ["Отправлено с устройства Galaxy", "Отправлено с Samsung Galaxy"],
               "tr": ["Samsung Galaxy akıllı telefonumdan gönderildi"], "de": ["Sent from my Galaxy"]},
    "mailru": {"ru": ["--\nОтправлено из мобильной Почты Mail.ru"], "uk": ["--\nНадіслано з мобільної пошти"]},
    "yandex": {"ru": ["--\nОтправлено из мобильной Яндекс Почты"], "uk": ["--\nНадіслано з мобільної Яндекс Пошти"]},
}
QUOTE_MARKERS = ("\n>", "\n-----", "\n---------- Forwarded", "\n-------- Weitergeleitete", "\nAm ", "\n-----Original")


def _insert_footer(body, footer):
    cut = len(body)
    for mk in QUOTE_MARKERS:
        i = body.find(mk)
        if i != -1 and i < cut:
            cut = i
    head, tail = body[:cut].rstrip("\n"), body[cut:]
    return head + "\n\n" + footer.strip("\n") + ("\n" + tail if tail else "")


def M(cat, lang, urgent, style, frm, subject, body, **kw):
    """Describe one mail. frm = 'Display Name <addr>' or plain addr.
    kw: fmt ('text'|'alt'|'html'), charset, cte, attach=[(name, kind)], headers=[(k, v)],
        date='2025-03-04 10:22 +0100', html=<explicit html>, raw=<callable returning (headers, body_bytes)>"""
    d = dict(cat=cat, lang=lang, urgent=int(urgent), style=style, frm=frm, subject=subject, body=body)
    d.update(kw)
    return d


# ---------------------------------------------------------------- helpers

def _tz_for(rng, lang, when):
    summer = 4 <= when.month <= 10
    de = 2 if summer else 1
    pool = [de] * 7
    if lang in ("uk", "ru"):
        pool += [3 if summer else 2] * 2  # Kyiv
    if lang == "tr":
        pool += [3] * 2  # Turkey
    pool += [0]
    return rng.choice(pool)


def _date(rng, lang, spec=None):
    if spec and spec[:4].isdigit():
        # "YYYY-MM-DD HH:MM[:SS] [+HHMM]" -> RFC 5322 with correct weekday
        parts = spec.split()
        t = parts[1] if len(parts) > 1 else "%02d:%02d" % (rng.randint(8, 21), rng.randint(0, 59))
        if t.count(":") == 1:
            t += ":%02d" % rng.randint(0, 59)
        when = dt.datetime.strptime(parts[0] + " " + t, "%Y-%m-%d %H:%M:%S")
        if len(parts) > 2:
            z = parts[2]
            off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * (1 if z[0] == "+" else -1)
        else:
            off = dt.timedelta(hours=2 if 4 <= when.month <= 10 else 1)
        return email.utils.format_datetime(when.replace(tzinfo=dt.timezone(off)))
    if spec:
        return spec
    start = dt.datetime(2025, 1, 2)
    end = dt.datetime(2026, 11, 20)
    secs = rng.randint(0, int((end - start).total_seconds()))
    when = start + dt.timedelta(seconds=secs)
    # people write mostly in daytime, sometimes at night
    if rng.random() < 0.85:
        when = when.replace(hour=rng.randint(7, 22))
    off = _tz_for(rng, lang, when)
    when = when.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
    return email.utils.format_datetime(when)


def _hdr(value, charset):
    """Encode a header value (RFC 2047) if needed."""
    if value is None:
        return None
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        try:
            value.encode(charset)
            cs = charset
        except (UnicodeEncodeError, LookupError):
            cs = "utf-8"
        return Header(value, cs).encode(linesep="\r\n")


def _addr(frm, charset):
    name, addr = email.utils.parseaddr(frm)
    if not name:
        return addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (_hdr(name, charset), addr)


def _crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "8bit" and max((len(x) for x in raw.split(b"\n")), default=0) > 900:
        cte = "quoted-printable"
    if cte == "8bit":
        try:
            raw.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            pass
        out = raw
    elif cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not out.endswith(b"\n"):
        out += b"\n"
    return cte, _crlf(out)


def _html_lines(text):
    """Escape lines; turn runs of '> ' quoted lines into one blockquote item."""
    out, quote = [], []
    for line in text.replace("\r\n", "\n").split("\n") + [None]:
        if line is not None and line.startswith(">"):
            quote.append(line[1:].lstrip(" ") if not line.startswith(">>") else line[1:])
            continue
        if quote:
            inner = "<br>\r\n".join(htmlmod.escape(q) for q in quote)
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
            quote = []
        if line is not None:
            out.append(htmlmod.escape(line))
    return out


def text_to_html(text, flavour):
    esc = _html_lines(text)
    if flavour == "outlook":
        inner = "\r\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (p if p else "&nbsp;") for p in esc)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<head>\r\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\r\n'
                '</head>\r\n<body lang="DE" link="#0563C1" vlink="#954F72">\r\n<div class="WordSection1">\r\n'
                + inner + '\r\n</div>\r\n</body>\r\n</html>\r\n')
    if flavour == "gmail":
        inner = "".join("<div>%s</div>" % (p if p else "<br>") for p in esc)
        return '<div dir="ltr">' + inner + '</div>\r\n'
    if flavour == "webmail":
        inner = "<br>\r\n".join(esc)
        return ('<html><head></head><body><div style="font-family: Arial, sans-serif; font-size: 14px;">'
                + inner + '</div></body></html>\r\n')
    # apple / simple
    inner = "\r\n".join("<div>%s</div>" % (p if p else "<br>") for p in esc)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">\r\n' + inner + '\r\n</body></html>\r\n')


def fake_attachment(name, rng):
    low = name.lower()
    if low.endswith(".pdf"):
        body = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
        body += bytes(rng.randrange(256) for _ in range(rng.randint(120, 380)))
        body += b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        return "application/pdf", body
    if low.endswith((".jpg", ".jpeg")):
        body = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        body += bytes(rng.randrange(256) for _ in range(rng.randint(200, 500))) + b"\xff\xd9"
        return "image/jpeg", body
    if low.endswith(".png"):
        body = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(rng.randint(200, 450)))
        return "image/png", body
    if low.endswith(".docx"):
        body = b"PK\x03\x04\x14\x00\x06\x00" + bytes(rng.randrange(256) for _ in range(rng.randint(200, 400)))
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document", body
    if low.endswith(".ics"):
        return "text/calendar", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    body = bytes(rng.randrange(256) for _ in range(rng.randint(150, 300)))
    return "application/octet-stream", body


def _attach_part(name, rng, boundary_lines):
    ctype, data = fake_attachment(name, rng)
    try:
        name.encode("ascii")
        fn = 'filename="%s"' % name
        nm = 'name="%s"' % name
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn = "filename*=utf-8''%s" % quote(name)
        nm = 'name="%s"' % Header(name, "utf-8").encode()
    lines = ["Content-Type: %s; %s" % (ctype, nm),
             "Content-Disposition: attachment; %s" % fn,
             "Content-Transfer-Encoding: base64", ""]
    return ("\r\n".join(lines) + "\r\n").encode() + _crlf(base64.encodebytes(data))


def _boundary(rng, mailer="?"):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if mailer is None:
        return "000000000000" + h[:16]
    if "Outlook" in mailer:
        return "_000_" + h.upper() + "_"
    if "Apple" in mailer or "iPhone" in mailer:
        return "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper()
    if mailer != "?":
        return "----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))
    return rng.choice(["----=_Part_%d_%d.%s" % (rng.randint(1000, 99999), rng.randint(10**8, 10**9), h[:8]),
                       "000000000000" + h[:16], "_000_" + h.upper() + "_", "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper()])


def _textpart(text, charset, cte, subtype="plain", flowed=False):
    cte2, data = encode_body(text, charset, cte)
    ct = "Content-Type: text/%s; charset=%s" % (subtype, charset if charset != "utf-8" or subtype == "html" else '"utf-8"')
    if flowed and subtype == "plain":
        ct += "; format=flowed"
    return ct, cte2, data


LEGACY_FIX = {"\u2013": "-", "\u2014": "-", "\u00ab": '"', "\u00bb": '"', "\u201e": '"', "\u201c": '"',
              "\u201d": '"', "\u2019": "'", "\u20ac": "EUR", "\u00b2": "2", "\u2026": "...", "\u00a0": " "}


def _legacy(text, charset):
    if text is None:
        return None
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(LEGACY_FIX.get(ch, "?"))
    return "".join(out)


def render(n, d):
    rng = random.Random("east-%d" % n)
    lang = d["lang"]
    charset = d.get("charset")
    if charset and charset != "utf-8":
        d = dict(d, body=_legacy(d["body"], charset), subject=_legacy(d.get("subject"), charset),
                 frm=_legacy(d["frm"], charset), footer=_legacy(d.get("footer"), charset))
    if charset is None:
        charset = "utf-8"
        if rng.random() < 0.13 and lang in LEGACY:
            cand = rng.choice(LEGACY[lang])
            try:
                (d["body"] + (d.get("subject") or "") + d["frm"]).encode(cand)
                charset = cand
            except UnicodeEncodeError:
                pass
    cte = d.get("cte") or rng.choices(["8bit", "quoted-printable", "base64"], [45, 30, 25])[0]
    fmt = d.get("fmt")
    if fmt is None:
        r = rng.random()
        fmt = "text" if r < 0.76 else ("alt" if r < 0.92 else "html")
        if d["cat"] in ("auto",) and "headers" in d and fmt == "html":
            fmt = "text"
    mailer = d.get("mailer", rng.choice(MAILERS))
    if d["cat"] == "auto":
        mailer = None
    if lang == "tr" and mailer and ("Yandex" in mailer or "Mail.Ru" in mailer) and "mailer" not in d:
        mailer = "Roundcube Webmail/1.6.5"
    if d.get("flavour"):
        flavour = d["flavour"]
    elif mailer is None:
        flavour = "gmail"
    elif "Outlook" in mailer:
        flavour = "outlook"
    elif "Apple" in mailer or "iPhone" in mailer:
        flavour = "apple"
    else:
        flavour = "webmail"

    mid_dom = email.utils.parseaddr(d["frm"])[1].split("@")[-1] or "example.org"
    msgid = "<%s-%04d.%s@%s>" % (GROUP, n, "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), mid_dom)
    H = []
    H.append(("From", _addr(d["frm"], charset)))
    H.append(("To", d.get("to", TO)))
    if d.get("cc"):
        H.append(("Cc", d["cc"]))
    if d.get("subject") is not None:
        H.append(("Subject", _hdr(d["subject"], charset)))
    H.append(("Date", _date(rng, lang, d.get("date"))))
    H.append(("Message-ID", msgid))
    if d.get("in_reply_to"):
        H.append(("In-Reply-To", d["in_reply_to"]))
    if mailer:
        H.append(("X-Mailer" if rng.random() < 0.7 else "User-Agent", mailer))
    for k, v in d.get("headers", []):
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))

    body_text = d["body"].strip("\n") + "\n"
    if d.get("footer"):
        body_text = _insert_footer(body_text, d["footer"]) 
    if d["cat"] in ("tenant_request", "landlord_offer", "inquiry") and not d.get("nodevice"):
        low = body_text.lower()
        already = any(w in low for w in ("iphone", "galaxy", "надіслано з", "отправлено с", "gönderildi"))
        dev = None
        if mailer and "iPhone" in mailer and rng.random() < 0.6:
            dev = "iphone"
        elif mailer and "Mail.Ru" in mailer and rng.random() < 0.6:
            dev = "mailru"
        elif mailer and "Yandex" in mailer and rng.random() < 0.5:
            dev = "yandex"
        elif mailer is None and rng.random() < 0.1:
            dev = "galaxy"
        if dev and not already:
            opts = DEVICE[dev].get(lang) or DEVICE[dev].get("ru")
            body_text = _insert_footer(body_text, rng.choice(opts))
    atts = d.get("attach", [])

    if charset != "utf-8":
        body_text = _legacy(body_text, charset)

    if d.get("report"):
        ctype_line, payload = _report(rng, d, charset, msgid)  # noqa
        H.append(("Content-Type", ctype_line))
        return _assemble(H, payload)

    # build the main (non-attachment) entity
    if fmt == "text":
        ct, c2, data = _textpart(body_text, charset, cte, flowed=rng.random() < 0.1)
        main = (ct, c2, data)
    elif fmt == "html":
        hb = d.get("html") or text_to_html(body_text, flavour)
        hb = hb.replace("charset=utf-8", "charset=" + charset)
        ct, c2, data = _textpart(hb, charset, cte if cte != "8bit" else "quoted-printable", "html")
        main = (ct, c2, data)
    else:  # alt
        b = _boundary(rng, mailer)
        hb = d.get("html") or text_to_html(body_text, flavour)
        hb = hb.replace("charset=utf-8", "charset=" + charset)
        ct1, c21, d1 = _textpart(body_text, charset, cte)
        ct2, c22, d2 = _textpart(hb, charset, "quoted-printable" if rng.random() < 0.7 else "base64", "html")
        data = ("--%s\r\n%s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (b, ct1, c21)).encode() + d1
        data += ("\r\n--%s\r\n%s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (b, ct2, c22)).encode() + d2
        data += ("\r\n--%s--\r\n" % b).encode()
        main = ('Content-Type: multipart/alternative; boundary="%s"' % b, None, data)

    if not atts:
        ct, c2, data = main
        H.append(("Content-Type", ct.split(": ", 1)[1]))
        if c2:
            H.append(("Content-Transfer-Encoding", c2))
        return _assemble(H, data)

    b = _boundary(rng, mailer)
    ct, c2, data = main
    payload = b"This is a multi-part message in MIME format.\r\n\r\n" if rng.random() < 0.5 else b""
    payload += ("--%s\r\n%s\r\n" % (b, ct)).encode()
    if c2:
        payload += ("Content-Transfer-Encoding: %s\r\n" % c2).encode()
    payload += b"\r\n" + data
    for name in atts:
        payload += ("\r\n--%s\r\n" % b).encode() + _attach_part(name, rng, None)
    payload += ("\r\n--%s--\r\n" % b).encode()
    H.append(("Content-Type", 'multipart/mixed; boundary="%s"' % b))
    return _assemble(H, payload)


def _assemble(H, payload):
    out = []
    for k, v in H:
        out.append("%s: %s" % (k, v) if v != "" else "%s: " % k)
    head = "\r\n".join(out).encode("ascii") + b"\r\n\r\n"
    return head + payload


def _report(rng, d, charset, msgid):
    r = d["report"]
    b = "%08X.%d/%s" % (rng.randrange(16**8), rng.randint(10**9, 2 * 10**9), r.get("mta", "mx.example.net")) if r["type"] == "delivery-status" else _boundary(rng)
    ct, c2, data = _textpart(d["body"].strip("\n") + "\n", charset, d.get("cte") or "8bit")
    payload = ("--%s\r\n%s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (b, ct, c2)).encode() + data
    if r["type"] == "delivery-status":
        ds = ("Reporting-MTA: dns; %s\r\nArrival-Date: %s\r\n\r\nFinal-Recipient: rfc822; %s\r\n"
              "Action: failed\r\nStatus: %s\r\nDiagnostic-Code: smtp; %s\r\n") % (
            r["mta"], r.get("arrival", "Mon, 3 Mar 2025 10:00:00 +0100"), r["rcpt"], r["status"], r["diag"])
        payload += ("\r\n--%s\r\nContent-Type: message/delivery-status\r\n\r\n" % b).encode() + ds.encode()
    else:
        dn = ("Reporting-UA: %s\r\nOriginal-Recipient: rfc822;%s\r\nFinal-Recipient: rfc822;%s\r\n"
              "Original-Message-ID: %s\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n") % (
            r["ua"], r["rcpt"], r["rcpt"], r.get("orig_id", "<x@stadt-gl.de>"))
        payload += ("\r\n--%s\r\nContent-Type: message/disposition-notification\r\n\r\n" % b).encode() + dn.encode()
    orig = r["orig_headers"].strip("\n").replace("\n", "\r\n") + "\r\n"
    payload += ("\r\n--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n" % b).encode() + orig.encode("utf-8")
    payload += ("\r\n--%s--\r\n" % b).encode()
    return 'multipart/report; report-type=%s; boundary="%s"' % (r["type"], b), payload


def write_all(mails):
    os.makedirs(MAILDIR, exist_ok=True)
    os.makedirs(os.path.dirname(LABELS), exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    rows = ["file,category,language,urgent,style"]
    for i, d in enumerate(mails, 1):
        raw = render(i, d)
        name = "%s-%04d.eml" % (GROUP, i)
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(raw)
        rows.append("mails/%s/%s,%s,%s,%d,%s" % (GROUP, name, d["cat"], d["lang"], d["urgent"], d["style"]))
    with open(LABELS, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(rows) + "\n")
    return len(mails)
