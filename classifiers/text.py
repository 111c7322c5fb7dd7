"""Turn a mail into the text a classifier should read: subject and the sender's own words first; quoted
replies, forwarded parts, signatures and phone footers split off (they are kept, but weigh less)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from classifiers.types import MailInput

_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "blockquote", "section"}
_QUOTE_START = re.compile(
    r"^\s*("
    r"On .{3,200}wrote:|Am .{3,200}schrieb.{0,200}:|Le .{3,200}a écrit ?:|"
    r"-{2,}\s*(Original Message|Ursprüngliche Nachricht|Forwarded message|Weitergeleitete Nachricht|"
    r"Message d'origine|Message transféré|Пересылаемое сообщение|Исходное сообщение|Переслане повідомлення)"
    r"\s*-{2,}|"
    r"(From|Von|De|От|Від|Kimden|Gönderen|از|من)\s*:\s*\S.*|"
    r"_{20,}"
    r")\s*$",
    re.IGNORECASE,
)
# A mail client's attribution line in any language: a date, then the quoted sender's address, then at most a few
# words and a colon ("вт, 3 мар. 2026 г. в 10:00, Анна <a@b>:", "... <a@b> пише:", "... كتب <a@b>:").
_ATTRIBUTION = re.compile(
    r"^(?=.*\d).{0,200}<?[\w.+-]+@[\w-]+(\.[\w-]+)+>?,?\s*(\S+\s*){0,3}:\s*$|"
    r"^.{0,200}(tarihinde şunu yazdı|şunu yazdı|yazdı)\s*:\s*$"
)
_FOOTER = re.compile(
    r"^\s*(Von meinem \w+ gesendet|Sent from my .{2,40}|Envoyé de mon .{2,40}|Gesendet von .{2,40}|"
    r"Отправлено (с|из) .{2,40}|Надіслано з .{2,40}|iPhone'umdan gönderildi|Get Outlook for .{2,20})\s*$",
    re.IGNORECASE,
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self._skip:
            self._skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
    except (AssertionError, ValueError):  # HTMLParser gives up on some broken markup; keep what it read
        pass
    text = "".join(extractor.parts)
    return re.sub(r"\n\s*\n+", "\n\n", re.sub(r"[ \t\xa0]+", " ", text)).strip()


def body_text(mail: MailInput) -> str:
    return mail.text.strip() or html_to_text(mail.html)


def _attribution(text: str) -> bool:
    text = text.rstrip()
    return text.endswith(":") and ("@" in text or "yazdı" in text) and bool(_ATTRIBUTION.match(text))


def _starts_quote(line: str) -> bool:
    return bool(_QUOTE_START.match(line)) or _attribution(line)


def split_own_words(text: str) -> tuple[str, str]:
    """(what the sender wrote, what they quoted or forwarded). A mail that is only a forward keeps the
    forwarded text as its own words: that is then what it says."""
    own: list[str] = []
    rest: list[str] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            rest.append(line.lstrip("> "))
            continue
        if line.strip() == "--" or _FOOTER.match(line):
            break
        following = lines[i + 1] if i + 1 < len(lines) else ""
        # Clients wrap a long attribution line: "On ... Name <" / "name@example.org> wrote:".
        if _starts_quote(line) or (following and not _starts_quote(following) and _attribution(f"{line} {following}")):
            rest.extend(lines[i:])
            break
        own.append(line)
    own_text, rest_text = "\n".join(own).strip(), "\n".join(rest).strip()
    if not own_text:
        return rest_text, ""
    return own_text, rest_text


OWN_CHARS = 1500  # what a person writes first says what they want; the rest of a long mail is mostly noise
QUOTED_CHARS = 1000


def prepare(mail: MailInput) -> tuple[str, str]:
    """The text to classify: (subject and own words, quoted part), each cut to a bounded length so that
    time and memory per mail stay bounded too."""
    own, quoted = split_own_words(body_text(mail)[:50_000])
    return f"{mail.subject[:300]}\n{own[:OWN_CHARS]}".strip(), quoted[:QUOTED_CHARS]


_URL = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def mask(text: str) -> str:
    """Links and e-mail addresses stand for their kind, not their value: which domain a link goes to says
    nothing about what the sender wants, and the model must not learn the domains of its training mail."""
    return _ADDRESS.sub(" emailaddress ", _URL.sub(" weblink ", text))
