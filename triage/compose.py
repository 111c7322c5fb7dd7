"""The mail triage writes: acknowledgements, drafts, forwards and alerts, rendered from templates/.

Templates run in Jinja2's sandbox with undefined variables as errors; the HTML layout is autoescaped. Nothing a
sender wrote reaches an acknowledgement: it is rendered from the reference, the category and the team's
settings only.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

from triage.errors import ConfigError

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
RTL = frozenset({"ar", "fa", "ps", "ur", "he", "ckb"})
FALLBACK = ("de", "en")
TEAM_NAME = "Integration Wohnen – Stadt Bergisch Gladbach"
# What the route step needs whatever rules.yaml says: the fallback acknowledgement, its HTML layout, a forward's
# cover text, the admin alert and a draft per human category.
REQUIRED = (
    *(f"ack/{lang}.txt.j2" for lang in FALLBACK),
    "ack/layout.html.j2",
    "forward.de.txt.j2",
    "alert.de.txt.j2",
    *(f"drafts/{category}.de.txt.j2" for category in ("tenant_request", "landlord_offer", "inquiry")),
)
SEPARATOR = "\n\n———————————————\n\n"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    language: str


def _paragraphs(text: str) -> list[list[str]]:
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return [[line.rstrip() for line in block.strip().splitlines()] for block in blocks]


class Templates:
    """The templates folder: acknowledgements per language, drafts per category, forward and alert texts."""

    def __init__(self, directory: Path = TEMPLATES) -> None:
        self.directory = directory
        self.env = SandboxedEnvironment(
            loader=FileSystemLoader(directory),
            undefined=StrictUndefined,
            autoescape=select_autoescape(enabled_extensions=("html.j2", "html"), default_for_string=False),
        )
        # drafts, forwards and alerts are laid out line by line: block tags take their line with them
        self.text_env = self.env.overlay(trim_blocks=True, lstrip_blocks=True)

    @property
    def ack_languages(self) -> tuple[str, ...]:
        return tuple(sorted(p.name.split(".")[0] for p in (self.directory / "ack").glob("*.txt.j2")))

    def _module(self, name: str, context: dict[str, Any]) -> tuple[str, str]:
        env = self.env if name.startswith("ack/") else self.text_env
        try:
            module = env.get_template(name).make_module(context)
        except TemplateError as err:
            where = getattr(err, "lineno", None)
            raise ConfigError(f"{self.directory / name}{f':{where}' if where else ''}: {err}") from err
        body = re.sub(r"\n{3,}", "\n\n", str(module).strip()) + "\n"
        return str(getattr(module, "subject", "")).strip(), body

    def _html(self, subject: str, text: str, language: str) -> str:
        direction = "rtl" if language in RTL else "ltr"
        layout = self.env.get_template("ack/layout.html.j2")
        return layout.render(paragraphs=_paragraphs(text), lang=language, dir=direction, subject=subject)

    def ack(self, language: str, **context: Any) -> Rendered:
        """The acknowledgement in `language`, or in German and English together when there is no template."""
        if language in self.ack_languages:
            subject, text = self._module(f"ack/{language}.txt.j2", context)
            return Rendered(subject, text, self._html(subject, text, language), language)
        parts = [self._module(f"ack/{lang}.txt.j2", context) for lang in FALLBACK]
        subject = " / ".join(s for s, _ in parts)
        text = SEPARATOR.join(t.strip() for _, t in parts) + "\n"
        return Rendered(subject, text, self._html(subject, text, "de"), "+".join(FALLBACK))

    def text(self, template: str, **context: Any) -> tuple[str, str]:
        """(subject, body) of a plain-text template such as drafts/landlord_offer.de.txt.j2."""
        return self._module(template, context)

    def has(self, name: str) -> bool:
        return (self.directory / name).is_file()

    def problems(self) -> list[str]:
        """Templates that are missing or do not compile, with file and line (for `triage check-rules`)."""
        found = [
            f"{self.directory / name}: missing (check TRIAGE_TEMPLATES)" for name in REQUIRED if not self.has(name)
        ]
        for path in sorted(self.directory.rglob("*.j2")):
            name = path.relative_to(self.directory).as_posix()
            try:
                self.env.get_template(name)
            except TemplateError as err:
                found.append(f"{path}:{getattr(err, 'lineno', '?')}: {err}")
        return found


def new_message_id(from_address: str) -> str:
    return make_msgid(idstring="triage", domain=from_address.rpartition("@")[2] or "localhost")


def _base(
    sender: str,
    to: str | None,
    subject: str,
    message_id: str,
    now: datetime,
    *,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = formataddr((TEAM_NAME, sender))
    if to:
        msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now.astimezone(UTC))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = " ".join([*references[-10:], in_reply_to])
    return msg


def ack_message(
    rendered: Rendered,
    *,
    sender: str,
    to: str,
    message_id: str,
    in_reply_to: str | None,
    references: list[str],
    now: datetime,
) -> EmailMessage:
    msg = _base(sender, to, rendered.subject, message_id, now, in_reply_to=in_reply_to, references=references)
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(rendered.text, cte="quoted-printable")
    msg.add_alternative(rendered.html, subtype="html", cte="quoted-printable")
    msg["Content-Language"] = rendered.language.replace("+", ", ")  # after set_content, which clears Content-*
    return msg


def forward_message(
    *, sender: str, to: str, subject: str, text: str, original: bytes, message_id: str, now: datetime
) -> EmailMessage:
    """A forward with the original mail attached unaltered as message/rfc822."""
    msg = _base(sender, to, subject, message_id, now)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text, cte="quoted-printable")
    part = MIMEPart(policy=email.policy.SMTP)
    part.set_content(email.message_from_bytes(original, policy=email.policy.SMTP))
    part["Content-Disposition"] = "attachment"
    msg.make_mixed()
    msg.attach(part)
    return msg


def draft_message(
    *,
    sender: str,
    to: str | None,
    subject: str,
    text: str,
    message_id: str,
    in_reply_to: str | None,
    references: Sequence[str],
    now: datetime,
) -> EmailMessage:
    """A reply drafted for staff, threaded under the mail it answers (for the IMAP Drafts folder)."""
    msg = _base(sender, to, subject, message_id, now, in_reply_to=in_reply_to, references=references)
    msg.set_content(text)
    return msg


def plain_message(*, sender: str, to: str, subject: str, text: str, message_id: str, now: datetime) -> EmailMessage:
    msg = _base(sender, to, subject, message_id, now)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text, cte="quoted-printable")
    return msg
