"""Raw bytes -> ParsedMail. Pure: no I/O, and the only module that imports mail-parser.

Parsing never raises. Whatever goes wrong is written into `ParsedMail.parse_error` or `defects`, because the
raw bytes are stored beside the result in any case and a bad mail must not stop the mail behind it.
"""

from __future__ import annotations

import dataclasses
import email.errors
import email.header
import email.utils
import logging
import re
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesHeaderParser

import mailparser

from triage.mail.message import Address, Attachment, ParsedMail

# mail-parser warns about every part type it does not extract itself (reports, images); we extract those.
logging.getLogger("mailparser").setLevel(logging.ERROR)

MAX_HEADER_CHARS = 64 * 1024
MAX_REFERENCES = 100
MAX_ID_CHARS = 500
_MSGID = re.compile(r"<[^<>\s]+>")
_LATIN_FAMILY = {
    "us-ascii",
    "ascii",
    "iso-8859-1",
    "latin-1",
    "latin1",
    "iso-8859-15",
    "windows-1252",
    "cp1252",
}


def clean_text(text: str) -> str:
    """Make text storable in any database: no NUL characters, no lone surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode text bytes: the declared charset when it fits, else UTF-8, else Windows-1252.

    Returns the text and, when the declared charset was not used, a defect naming what happened. Mail that
    declares Latin-1 (or nothing) but is really UTF-8 is common, so valid multi-byte UTF-8 wins over a
    single-byte declaration.
    """
    charset = (declared or "").strip().strip('"').lower() or None
    has_high = any(b > 0x7F for b in data)
    if has_high and (charset is None or charset in _LATIN_FAMILY):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            note = None if charset is None else f"declared charset {charset} but the text is UTF-8"
            return text, note
    if charset:
        try:
            return data.decode(charset), None
        except LookupError:
            problem = f"unknown charset {charset!r}"
        except UnicodeDecodeError:
            problem = f"text does not match its declared charset {charset!r}"
    else:
        problem = None
    try:
        return data.decode("utf-8"), (problem and problem + "; decoded as UTF-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, (problem or "undeclared 8-bit text") + "; decoded as Windows-1252"


def _raw_header(value: str) -> str:
    """Unfold a header; restore 8-bit bytes that the stdlib kept as surrogate escapes."""
    value = re.sub(r"\r?\n[ \t]+", " ", value).strip()
    if not value.isascii() and any("\udc80" <= c <= "\udcff" for c in value):
        text, _ = decode_bytes(value.encode("ascii", "surrogateescape"))
        return text
    return value


def decode_header(value: str) -> str:
    """Decode RFC 2047 encoded words; tolerate unknown charsets and raw 8-bit text."""
    value = _raw_header(value)
    if "=?" not in value:
        return clean_text(value)
    try:
        parts = email.header.decode_header(value)
        return clean_text(str(email.header.make_header(parts)))
    except (LookupError, UnicodeError, email.errors.HeaderParseError, ValueError):
        pieces = []
        for chunk, charset in email.header.decode_header(value):
            pieces.append(chunk if isinstance(chunk, str) else decode_bytes(chunk, charset)[0])
        return clean_text(" ".join(pieces))


def _addresses(values: list[str]) -> tuple[Address, ...]:
    found = []
    for name, addr in email.utils.getaddresses([_raw_header(v) for v in values]):
        if addr or name:
            found.append(Address(address=clean_text(addr.strip()), name=decode_header(name)))
    return tuple(found)


def _ids(value: str | None) -> list[str]:
    if not value:
        return []
    value = _raw_header(value)
    found = _MSGID.findall(value)
    if not found and value.strip():
        found = [value.strip()]
    return [clean_text(i[:MAX_ID_CHARS]) for i in found]


def _date(value: str | None, defects: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(_raw_header(value))
    except (TypeError, ValueError, IndexError):
        defects.append(f"unreadable Date header: {_raw_header(value)[:80]!r}")
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _headers(msg: Message) -> tuple[tuple[str, str], ...]:
    out, total = [], 0
    for name, value in msg._headers:  # raw values: Message.items() would wrap 8-bit ones in Header objects
        decoded = decode_header(value) if isinstance(value, str) else str(value)
        total += len(name) + len(decoded)
        if total > MAX_HEADER_CHARS:
            break
        out.append((clean_text(str(name)), decoded))
    return tuple(out)


def _all(msg: Message, name: str) -> list[str]:
    lname = name.lower()
    return [v for k, v in msg._headers if k.lower() == lname and isinstance(v, str)]


def _first(msg: Message, name: str) -> str | None:
    values = _all(msg, name)
    return values[0] if values else None


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except (LookupError, ValueError, TypeError):
        return ""
    return decode_header(name) if name else ""


def _payload_size(part: Message) -> int:
    """Decoded size of a part, computed from its base64 text without decoding a large attachment."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return 0
    if part.get("Content-Transfer-Encoding", "").strip().lower() == "base64":
        data = "".join(payload.split())
        return max(0, len(data) * 3 // 4 - data[-2:].count("="))
    decoded = part.get_payload(decode=True)
    return len(decoded) if isinstance(decoded, bytes) else 0


def _walk(msg: Message, defects: list[str]) -> tuple[str, str, tuple[Attachment, ...]]:
    """Collect the readable text and HTML and the attachments' metadata of a mail. Text parts are decoded
    with a sane charset fallback; parts inside an attached message count as attachments, not as text."""
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    attached: set[int] = set()
    for part in msg.walk():
        inside = id(part) in attached
        ctype = part.get_content_type()
        name = _filename(part)
        if part.is_multipart():
            if inside or part.get_content_disposition() == "attachment" or ctype == "message/rfc822":
                attached.update(id(child) for child in part.walk() if child is not part)
            if ctype == "message/rfc822":
                inner = part.get_payload(0)
                subject = _first(inner, "Subject") if isinstance(inner, Message) else None
                label = name or (decode_header(subject) if subject else "forwarded message")
                attachments.append(Attachment(label, ctype, len(inner.as_bytes()) if inner else 0))
            continue
        if ctype.startswith("multipart/"):
            # A multipart whose boundary never appears: the stdlib leaves its body as one string.
            ctype = "text/plain"
        is_text = ctype in ("text/plain", "text/html")
        if is_text and not inside and not name and part.get_content_disposition() != "attachment":
            payload = part.get_payload(decode=True)
            if not payload:
                continue
            text, note = decode_bytes(payload, part.get_param("charset"))
            if note:
                defects.append(f"{ctype}: {note}")
            (html if ctype == "text/html" else plain).append(clean_text(text.replace("\r\n", "\n")))
        elif (part is not msg or name) and not (inside and is_text and not name):
            attachments.append(Attachment(clean_text(name), ctype, _payload_size(part)))
    return "\n\n".join(plain), "\n\n".join(html), tuple(attachments)


def _parser_defects(parsed: mailparser.MailParser) -> list[str]:
    found = []
    for entry in parsed.defects or []:
        if isinstance(entry, dict):
            for where, items in entry.items():
                for item in items if isinstance(items, list) else [items]:
                    if "CharsetDecodeDefect" in str(item):
                        continue  # we decode text ourselves; _walk records what it did instead
                    found.append(clean_text(f"{where}: {item}"))
        else:
            found.append(clean_text(str(entry)))
    return found


def _from_headers(msg: Message, size: int, defects: list[str], error: str | None) -> ParsedMail:
    senders = _addresses(_all(msg, "From")[:1])
    subject = _first(msg, "Subject")
    return ParsedMail(
        message_id=next(iter(_ids(_first(msg, "Message-ID"))), None),
        in_reply_to=next(iter(_ids(_first(msg, "In-Reply-To"))), None),
        references=tuple(_ids(_first(msg, "References"))[-MAX_REFERENCES:]),
        sender=senders[0] if senders else None,
        reply_to=_addresses(_all(msg, "Reply-To")),
        to=_addresses(_all(msg, "To")),
        cc=_addresses(_all(msg, "Cc")),
        subject=decode_header(subject) if subject is not None else None,
        date=_date(_first(msg, "Date"), defects),
        headers=_headers(msg),
        defects=tuple(defects),
        parse_error=error,
        size=size,
    )


def parse_mail(raw: bytes, *, total_size: int | None = None) -> ParsedMail:
    """Parse one mail. `total_size` is given when `raw` is only the start of a larger mail."""
    size = total_size if total_size is not None else len(raw)
    if not raw.strip():
        return ParsedMail(parse_error=f"empty message ({size} bytes): nothing to parse", size=size)

    defects: list[str] = []
    truncated = total_size is not None and total_size > len(raw)
    if truncated:
        defects.append(
            f"mail is {size / 1048576:.1f} MB, above the parse limit: only its first "
            f"{len(raw) / 1048576:.1f} MB were parsed; the raw mail is stored whole"
        )

    try:
        parsed = mailparser.parse_from_bytes(raw)
        msg: Message = parsed.message
    except Exception as err:  # any parser failure is recorded; the headers are still worth having
        error = f"cannot parse MIME structure: {type(err).__name__}: {err}"
        try:
            msg = BytesHeaderParser().parsebytes(raw)
        except Exception as header_err:
            return ParsedMail(parse_error=f"{error}; headers unreadable too: {header_err}", size=size)
        return _from_headers(msg, size, defects, clean_text(error[:2000]))

    if not msg.keys():
        return ParsedMail(
            parse_error=f"no mail headers found: the {size} bytes do not look like an e-mail",
            size=size,
        )

    defects.extend(_parser_defects(parsed))
    text, html, attachments = _walk(msg, defects)
    base = _from_headers(msg, size, defects, None)
    return dataclasses.replace(
        base, text=text, html=html, attachments=attachments, defects=tuple(dict.fromkeys(defects))
    )
