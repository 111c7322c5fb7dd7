"""Tiny writer for the `de` corpus group: turns mail specs into raw RFC 5322 bytes (CRLF)."""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import quopri
import random
from email.header import Header
from email.utils import formataddr

TO = "integration-wohnen@stadt-gl.de"
TO_DISPLAY = "Integration Wohnen <integration-wohnen@stadt-gl.de>"
CRLF = "\r\n"


class Mail:
    def __init__(self, cat, lang, urgent, style, frm, subj, body, *, date=None, enc=None,
                 charset=None, html=None, attach=(), headers=None, to=None, raw=None, cc=None):
        self.cat, self.lang, self.urgent, self.style = cat, lang, int(urgent), style
        self.frm, self.subj, self.body = frm, subj, body
        self.date, self.enc, self.charset, self.html = date, enc, charset, html
        self.attach = list(attach)
        self.headers = dict(headers or {})
        self.to = to
        self.cc = cc
        self.raw = raw  # callable(mail, rng) -> (content_headers:list[str], body:str) for machine mail

    def key(self):
        return hashlib.sha1((str(self.frm) + str(self.subj) + self.body).encode("utf-8")).hexdigest()


# convenience constructors -------------------------------------------------
def T(*a, **k):
    return Mail("tenant_request", *a, **k)


def L(*a, **k):
    return Mail("landlord_offer", *a, **k)


def I(*a, **k):
    return Mail("inquiry", *a, **k)


def S(*a, **k):
    return Mail("spam", *a, **k)


def A(*a, **k):
    return Mail("auto", *a, **k)


# helpers -------------------------------------------------------------------
def berlin_offset(d):
    y = d.year

    def last_sunday(month):
        x = dt.date(y, month, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    return "+0200" if last_sunday(3) <= d.date() < last_sunday(10) else "+0100"


def make_date(spec, rng):
    tz = None
    if spec:
        parts = spec.split()
        d = dt.datetime.strptime(" ".join(parts[:2]) if len(parts) > 1 else parts[0] + " 10:00",
                                 "%Y-%m-%d %H:%M")
        if len(parts) > 2:
            tz = parts[2]
    else:
        start = dt.datetime(2025, 1, 2)
        span = (dt.datetime(2026, 11, 20) - start).total_seconds()
        d = start + dt.timedelta(seconds=rng.random() * span)
        # office-ish hours mostly, some nights
        h = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 19, 21, 22, 23, 0, 6])
        d = d.replace(hour=h, minute=rng.randrange(60), second=rng.randrange(60))
    if tz is None:
        tz = berlin_offset(d) if rng.random() < 0.9 else rng.choice(["+0000", "+0300", "+0200", "-0000", "+0100"])
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def split_addr(a):
    """Split 'Display Name <addr>' without treating (comments) or commas specially."""
    a = a.strip()
    if a.endswith(">") and "<" in a:
        i = a.rindex("<")
        return a[:i].strip().strip('"'), a[i + 1:-1].strip()
    return "", a


def enc_addr(a, charset="utf-8"):
    name, addr = split_addr(a)
    if not name:
        return addr if "<" not in a else a
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        try:
            name.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        return formataddr((name, addr), charset=charset if charset != "us-ascii" else "utf-8")


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        cs = charset
        try:
            s.encode(cs)
        except (UnicodeEncodeError, LookupError):
            cs = "utf-8"
        return Header(s, cs, maxlinelen=76, header_name="Subject").encode(linesep=CRLF)


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    if cte == "8bit" and any(len(l) > 900 for l in data.split(b"\n")):
        cte = "quoted-printable"
    if cte == "8bit":
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            pass
        out = data.decode(charset)
        return cte, out.replace("\n", CRLF), data.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        q = quopri.encodestring(data).decode("ascii")
        return cte, q.replace("\n", CRLF), None
    if cte == "base64":
        b = base64.encodebytes(data.replace(b"\n", b"\r\n")).decode("ascii")
        return cte, b.replace("\n", CRLF).rstrip(CRLF), None
    raise ValueError(cte)


def text_to_html(text, flavour, rng):
    paras = text.replace("\r\n", "\n").split("\n")
    esc = [htmlmod.escape(p) for p in paras]
    if flavour == "outlook":
        body = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (e if e.strip() else "&nbsp;") for e in esc)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>\n'
                '<body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n' + body + '</div>\n</body>\n</html>\n')
    if flavour == "gmail":
        body = "<br>\n".join(esc)
        return '<div dir="ltr">' + body + '</div>\n'
    if flavour == "apple":
        body = "".join("<div>%s</div>\n" % (e if e.strip() else "<br>") for e in esc)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">\n' + body + '</body></html>\n')
    # generic webmail
    body = "<br>\n".join(esc)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">\n'
            '<div>' + body + '</div>\n</body></html>\n')


def fake_attachment(name, rng):
    low = name.lower()
    n = rng.randrange(220, 620)
    junk = bytes(rng.randrange(256) for _ in range(n))
    if low.endswith(".pdf"):
        data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + junk + b"\n%%EOF\n"
        ct = "application/pdf"
    elif low.endswith((".jpg", ".jpeg")):
        data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + junk + b"\xff\xd9"
        ct = "image/jpeg"
    elif low.endswith(".png"):
        data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + junk
        ct = "image/png"
    elif low.endswith(".docx"):
        data = b"PK\x03\x04\x14\x00\x06\x00" + junk
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    elif low.endswith(".heic"):
        data = b"\x00\x00\x00\x18ftypheic" + junk
        ct = "image/heic"
    elif low.endswith(".ics"):
        data = None
        ct = "text/calendar"
    else:
        data = junk
        ct = "application/octet-stream"
    return ct, data


def attachment_part(name, rng, payload=None):
    ct, data = fake_attachment(name, rng)
    if payload is not None:
        data = payload.encode("utf-8")
    if ct.startswith("text/"):
        ct += '; charset="utf-8"'
    try:
        name.encode("ascii")
        disp = 'attachment; filename="%s"' % name
        ctn = '%s; name="%s"' % (ct, name)
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "attachment; filename*=utf-8''%s" % quote(name)
        ctn = '%s; name="%s"' % (ct, Header(name, "utf-8").encode())
    b = base64.encodebytes(data).decode("ascii").replace("\n", CRLF).rstrip(CRLF)
    return ["Content-Type: " + ctn, "Content-Disposition: " + disp,
            "Content-Transfer-Encoding: base64"], b


def boundary(rng, style):
    h = "%032x" % rng.getrandbits(128)
    if style == "outlook":
        return "_000_%s_" % h[:40].upper()
    if style == "gmail":
        return "000000000000%s" % h[:16]
    if style == "apple":
        return "Apple-Mail-%s" % h[:8].upper()
    return "----=_Part_%d_%d.%d" % (rng.randrange(10**6), rng.randrange(10**9), rng.randrange(10**12))


def part_lines(headers, body):
    return CRLF.join(headers) + CRLF + CRLF + body


def render(m, number, group="de"):
    """Return raw bytes of message m numbered `number`."""
    rng = random.Random(m.key())
    cs = m.charset or "utf-8"
    if m.raw is None and m.charset is None and m.lang == "de" and rng.random() < 0.12:
        cs = rng.choice(["iso-8859-1", "windows-1252", "windows-1252", "iso-8859-15"])
    if m.raw is None and m.html is None and not m.attach:
        r = rng.random()
        if r < 0.13:
            m.html = "alt"
        elif r < 0.19:
            m.html = "only"
    try:
        m.body.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    cte = m.enc
    if cte is None:
        r = rng.random()
        cte = "8bit" if r < 0.42 else ("quoted-printable" if r < 0.82 else "base64")
    flavour = rng.choice(["outlook", "gmail", "apple", "web"])
    frm_domain = split_addr(m.frm)[1].split("@")[-1] or "example.org"
    msgid = "<%s-%04d.%s@%s>" % (group, number, m.key()[:12], frm_domain)
    hdr = []
    hdr.append("From: " + enc_addr(m.frm, cs))
    hdr.append("To: " + (m.to or (TO_DISPLAY if rng.random() < 0.5 else TO)))
    if m.cc:
        hdr.append("Cc: " + m.cc)
    if m.subj is not None:
        hdr.append("Subject: " + enc_header(m.subj, cs) if m.subj else "Subject: ")
    hdr.append("Date: " + make_date(m.date, rng))
    hdr.append("Message-ID: " + msgid)
    for k, v in m.headers.items():
        hdr.append("%s: %s" % (k, enc_header(v, cs) if v else v))
    hdr.append("MIME-Version: 1.0")

    if m.raw is not None:
        ctype_lines, body = m.raw(m, rng)
        raw = CRLF.join(hdr + ctype_lines) + CRLF + CRLF + body
        if not raw.endswith(CRLF):
            raw += CRLF
        return raw.encode("utf-8")

    def textpart(text, subtype, charset, cte_):
        c, encoded, _ = encode_body(text, charset, cte_)
        extra = "; format=flowed" if (subtype == "plain" and flavour == "apple" and rng.random() < 0.5) else ""
        return ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra) if rng.random() < 0.5
                else "Content-Type: text/%s; charset=%s%s" % (subtype, charset, extra),
                "Content-Transfer-Encoding: " + c], encoded

    html_text = None
    if m.html in ("only", "alt"):
        html_text = m.html_source if hasattr(m, "html_source") else text_to_html(m.body, flavour, rng)
        if cs != "utf-8":
            html_text = html_text.replace("charset=utf-8", "charset=" + cs).replace('charset="utf-8"', 'charset="%s"' % cs)
    if m.html == "only":
        main_h, main_b = textpart(html_text, "html", cs if cs != "us-ascii" else "utf-8",
                                  cte if cte != "8bit" else "quoted-printable")
    elif m.html == "alt":
        b = boundary(rng, flavour)
        th, tb = textpart(m.body, "plain", cs, cte)
        hh, hb = textpart(html_text, "html", cs, "quoted-printable" if rng.random() < 0.7 else "base64")
        main_h = ['Content-Type: multipart/alternative; boundary="%s"' % b]
        main_b = ("--" + b + CRLF + part_lines(th, tb) + CRLF + "--" + b + CRLF +
                  part_lines(hh, hb) + CRLF + "--" + b + "--")
    else:
        main_h, main_b = textpart(m.body, "plain", cs, cte)

    if m.attach:
        b = boundary(rng, flavour) + "mx"
        parts = [part_lines(main_h, main_b)]
        for a in m.attach:
            if isinstance(a, tuple):
                ah, ab = attachment_part(a[0], rng, a[1])
            else:
                ah, ab = attachment_part(a, rng)
            parts.append(part_lines(ah, ab))
        body = ""
        for p in parts:
            body += "--" + b + CRLF + p + CRLF
        body += "--" + b + "--" + CRLF
        top = ['Content-Type: multipart/mixed; boundary="%s"' % b]
        raw = CRLF.join(hdr + top) + CRLF + CRLF + "This is a multi-part message in MIME format." + CRLF + CRLF + body
    else:
        raw = CRLF.join(hdr + main_h) + CRLF + CRLF + main_b
        if not raw.endswith(CRLF):
            raw += CRLF
    return raw.encode(cs if cs != "us-ascii" else "utf-8") if cte == "8bit" and m.html != "only" else raw.encode("utf-8")


# machine-mail raw builders ------------------------------------------------
def bounce_builder(orig_to, orig_subj, status, diag, mta, human, orig_date="Mon, 3 Mar 2025 10:12:44 +0100",
                   headers_only=True):
    def build(m, rng):
        b = "%032x" % rng.getrandbits(128)
        b = b[:24] + "/" + mta
        h = ['Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % b]
        parts = []
        parts.append(part_lines(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], human))
        ds = ("Reporting-MTA: dns; %s%s" % (mta, CRLF) +
              "X-Postfix-Queue-ID: %X%s" % (rng.getrandbits(40), CRLF) +
              "Arrival-Date: %s%s%s" % (orig_date, CRLF, CRLF) +
              "Final-Recipient: rfc822; %s%s" % (orig_to, CRLF) +
              "Original-Recipient: rfc822;%s%s" % (orig_to, CRLF) +
              "Action: failed%sStatus: %s%s" % (CRLF, status, CRLF) +
              "Diagnostic-Code: %s" % diag)
        parts.append(part_lines(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds))
        oh = ("From: Integration Wohnen <integration-wohnen@stadt-gl.de>%sTo: %s%sSubject: %s%sDate: %s%s"
              "Message-ID: <%x.kim@stadt-gl.de>%sMIME-Version: 1.0%sContent-Type: text/plain; charset=utf-8" %
              (CRLF, orig_to, CRLF, enc_header(orig_subj), CRLF, orig_date, CRLF, rng.getrandbits(48), CRLF, CRLF))
        if headers_only:
            parts.append(part_lines(["Content-Description: Undelivered Message Headers",
                                     "Content-Type: text/rfc822-headers"], oh))
        else:
            parts.append(part_lines(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
                                    oh + CRLF + "Content-Transfer-Encoding: 8bit" + CRLF + CRLF +
                                    "Sehr geehrte Damen und Herren," + CRLF + CRLF + "anbei die Unterlagen." + CRLF))
        body = "This is a MIME-encapsulated message." + CRLF + CRLF
        for p in parts:
            body += "--" + b + CRLF + p + CRLF + CRLF
        body += "--" + b + "--" + CRLF
        return h, body
    return build


def mdn_builder(human, reporting_ua, final_rcpt, orig_msgid, disposition="manual-action/MDN-sent-manually; displayed"):
    def build(m, rng):
        b = "----=_NextPart_%X" % rng.getrandbits(64)
        h = ['Content-Type: multipart/report; report-type=disposition-notification; boundary="%s"' % b]
        hp = part_lines(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"], human)
        dn = ("Reporting-UA: %s%sFinal-Recipient: rfc822;%s%sOriginal-Message-ID: %s%sDisposition: %s" %
              (reporting_ua, CRLF, final_rcpt, CRLF, orig_msgid, CRLF, disposition))
        dp = part_lines(["Content-Type: message/disposition-notification"], dn)
        body = "--%s%s%s%s--%s%s%s%s--%s--%s" % (b, CRLF, hp, CRLF, b, CRLF, dp, CRLF, b, CRLF)
        return h, body
    return build
