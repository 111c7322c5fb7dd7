"""Tables. Every schema change goes through an Alembic migration in db/migrations/versions/."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no time zone, so it stores naive UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; pass an aware one")
        value = value.astimezone(UTC)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


class Mail(Base):
    """One stored mail, once, however often and wherever it was seen (see Sighting)."""

    __tablename__ = "mails"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    raw_sha256: Mapped[str] = mapped_column(String(64))
    raw_size: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[datetime]
    origin: Mapped[str] = mapped_column(String(16))  # imap | maildir | import
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    internal_date: Mapped[datetime | None]

    message_id: Mapped[str | None] = mapped_column(Text, index=True)
    in_reply_to: Mapped[str | None] = mapped_column(Text)
    references: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sender: Mapped[str | None] = mapped_column(Text, index=True)
    sender_name: Mapped[str | None] = mapped_column(Text)
    recipients: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    subject: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    text_body: Mapped[str] = mapped_column(Text, default="")
    html_body: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    headers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    defects: Mapped[list[Any]] = mapped_column(JSON, default=list)
    parse_error: Mapped[str | None] = mapped_column(Text)

    # What the classifier said (classifiers/); None where the mail was stored before classification existed.
    category: Mapped[str | None] = mapped_column(String(20), index=True)
    confidence: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str | None] = mapped_column(String(8))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    model_trained_at: Mapped[str | None] = mapped_column(String(40))
    classified_at: Mapped[datetime | None]

    spam_score: Mapped[float | None] = mapped_column(Float)  # the model's spam probability

    # Routing (triage/route.py): the case the mail belongs to, set in the same transaction as the case.
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    routed_at: Mapped[datetime | None]
    filed_at: Mapped[datetime | None]  # copied into its queue's IMAP folder

    chunks: Mapped[list[RawChunk]] = relationship(
        back_populates="mail", order_by="RawChunk.seq", cascade="all, delete-orphan", lazy="raise"
    )


class RawChunk(Base):
    """The raw bytes of a mail, unaltered, in pieces of at most CHUNK_BYTES so that no single row or
    fetch has to hold a huge mail at once."""

    __tablename__ = "raw_chunks"

    mail_id: Mapped[int] = mapped_column(ForeignKey("mails.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)

    mail: Mapped[Mail] = relationship(back_populates="chunks")


class Sighting(Base):
    """The ledger: each place a mail was found. (source, key) is seen once, ever."""

    __tablename__ = "sightings"
    __table_args__ = (UniqueConstraint("source", "key", name="uq_sightings_source_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mails.id", ondelete="CASCADE"), index=True)
    seen_at: Mapped[datetime]
    duplicate: Mapped[bool] = mapped_column(Boolean, default=False)


class MailboxState(Base):
    """How far we have read one IMAP folder."""

    __tablename__ = "mailbox_states"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(500), unique=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    # UIDNEXT at the very first connection: mail below it was already there and is imported as archive.
    first_uidnext: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime]


class IngestFailure(Base):
    """A mail that could not be stored. It stays on the server unmarked and is retried on later polls."""

    __tablename__ = "ingest_failures"
    __table_args__ = (UniqueConstraint("source", "key", name="uq_ingest_failures_source_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    first_failed_at: Mapped[datetime]
    last_failed_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]


class Correction(Base):
    """A category (and urgency) set by staff. Retraining learns from these; the newest per mail counts."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mails.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    urgent: Mapped[bool | None] = mapped_column(Boolean)
    corrected_by: Mapped[str] = mapped_column(String(200))
    corrected_at: Mapped[datetime]


class Case(Base):
    """A matter staff work on: the first mail opens it, replies join it. `reference` is what senders quote."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(20), unique=True)
    queue: Mapped[str] = mapped_column(String(100), index=True)
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | filed | closed
    category: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(8))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    sender: Mapped[str | None] = mapped_column(Text, index=True)
    co_senders: Mapped[list[Any]] = mapped_column(JSON, default=list)
    subject: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(String(200))
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    offer: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    linked_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    acknowledged_at: Mapped[datetime | None]
    ack_skipped: Mapped[str | None] = mapped_column(Text)  # why no acknowledgement went out
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Outbox(Base):
    """A mail to send, written in the same transaction as the case it belongs to; the sender step delivers
    it and marks it sent. `message_id` is fixed when the row is written, so a resend is recognisable."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # ack | forward | reply | alert
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("mails.id", ondelete="SET NULL"))
    recipient: Mapped[str] = mapped_column(Text, index=True)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    subject: Mapped[str] = mapped_column(Text)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(10), index=True)  # pending | sending | sent | held | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    imap_copied_at: Mapped[datetime | None]  # copy appended to the IMAP Sent folder


class Draft(Base):
    """A reply drafted for staff; they edit and send it themselves."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    mail_id: Mapped[int] = mapped_column(ForeignKey("mails.id", ondelete="CASCADE"))
    template: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(8))
    recipient: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    created_at: Mapped[datetime]
    imap_appended_at: Mapped[datetime | None]
