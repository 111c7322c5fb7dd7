"""cases, outbox and drafts; mails get their case (mail already stored becomes archive)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 00:27:01.540733
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=True),
        sa.Column("queue", sa.String(length=100), nullable=False),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=True),
        sa.Column("co_senders", sa.JSON(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("rule", sa.String(length=200), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("offer", sa.JSON(), nullable=True),
        sa.Column("linked_case_id", sa.Integer(), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ack_skipped", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["linked_case_id"], ["cases.id"], name=op.f("fk_cases_linked_case_id_cases"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("reference", name=op.f("uq_cases_reference")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_queue"), ["queue"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_sender"), ["sender"], unique=False)

    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imap_appended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_drafts_case_id_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["mail_id"], ["mails.id"], name=op.f("fk_drafts_mail_id_mails"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint("message_id", name=op.f("uq_drafts_message_id")),
    )
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_drafts_case_id"), ["case_id"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("mail_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("imap_copied_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_outbox_case_id_cases"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["mail_id"], ["mails.id"], name=op.f("fk_outbox_mail_id_mails"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbox_message_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_recipient"), ["recipient"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_state"), ["state"], unique=False)

    with op.batch_alter_table("mails", schema=None) as batch_op:
        batch_op.add_column(sa.Column("spam_score", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("routed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("filed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_mails_case_id"), ["case_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_mails_case_id_cases"), "cases", ["case_id"], ["id"], ondelete="SET NULL"
        )

    # Mail stored before routing existed is old by now: it will be filed into cases as archive and its senders
    # are never acknowledged (connecting must not flood people who wrote weeks ago).
    op.execute(sa.text("UPDATE mails SET archived = :yes").bindparams(yes=True))


def downgrade() -> None:
    with op.batch_alter_table("mails", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_mails_case_id_cases"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_mails_case_id"))
        batch_op.drop_column("filed_at")
        batch_op.drop_column("routed_at")
        batch_op.drop_column("case_id")
        batch_op.drop_column("spam_score")

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state"))
        batch_op.drop_index(batch_op.f("ix_outbox_recipient"))
        batch_op.drop_index(batch_op.f("ix_outbox_case_id"))

    op.drop_table("outbox")
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drafts_case_id"))

    op.drop_table("drafts")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_sender"))
        batch_op.drop_index(batch_op.f("ix_cases_queue"))

    op.drop_table("cases")
