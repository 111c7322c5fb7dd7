"""What a stored mail looks like once parsed: plain frozen values, no library objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Address:
    address: str
    name: str = ""

    def __str__(self) -> str:
        return f"{self.name} <{self.address}>" if self.name else self.address


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class ParsedMail:
    """The parsed fields of one mail. `parse_error` is set when parsing failed or was cut short;
    whatever could still be read is filled in, and the raw bytes are always kept beside it."""

    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    sender: Address | None = None
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    subject: str | None = None
    date: datetime | None = None
    text: str = ""
    html: str = ""
    attachments: tuple[Attachment, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    defects: tuple[str, ...] = ()
    parse_error: str | None = None
    size: int = 0

    def header(self, name: str) -> str | None:
        """The first header of that name (case-insensitive), decoded, or None."""
        lname = name.lower()
        return next((v for k, v in self.headers if k.lower() == lname), None)


@dataclass(frozen=True)
class Location:
    """Where a mail was found: the ledger key that makes ingest idempotent.

    For IMAP, `key` is "<uidvalidity>:<uid>"; for a Maildir its key; for an imported file its path and
    position. `source` names the mailbox (account and folder, or the directory)."""

    source: str
    key: str
    uidvalidity: int | None = None
    uid: int | None = None
    size: int = 0
    internal_date: datetime | None = None
    archived: bool = False
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def describe(self) -> str:
        if self.uid is not None:
            return f"{self.source} uid={self.uid} uidvalidity={self.uidvalidity}"
        return f"{self.source} key={self.key}"
