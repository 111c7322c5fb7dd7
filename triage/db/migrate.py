"""Creating and upgrading the schema with Alembic (`triage init`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from triage.db.session import current_revision
from triage.errors import StorageError

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def migrate(engine: Engine) -> str:
    """Create or upgrade the schema to the newest revision; returns that revision."""
    try:
        command.upgrade(alembic_config(engine), "head")
    except OperationalError as err:
        raise StorageError(f"cannot reach the database {engine.url!r}: {err.orig}") from err
    return current_revision(engine) or ""
