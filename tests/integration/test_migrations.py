"""Schema changes go through Alembic: every migration runs down and up again, and the models never drift
from the migrations."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from triage.db.migrate import alembic_config, head_revision, migrate
from triage.db.models import Base
from triage.db.session import SCHEMA_REVISION, current_revision, make_engine

pytestmark = pytest.mark.integration


def test_migrations_run_down_and_up_and_match_the_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        head = migrate(engine)
        command.downgrade(alembic_config(engine), "base")
        assert current_revision(engine) is None
        assert migrate(engine) == head
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == [], f"models and migrations differ; add a migration: {diff}"
    finally:
        engine.dispose()


def test_the_poller_checks_for_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_REVISION, "update SCHEMA_REVISION in triage/db/session.py"
