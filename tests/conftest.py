"""Shared fixtures: a database per backend (SQLite, PostgreSQL), a real Dovecot, settings pointing at them."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from classifiers.model import DEFAULT_REVIEW_THRESHOLD
from tests.support.dovecot import Dovecot
from triage.classify import load_or_train
from triage.db.migrate import migrate
from triage.db.session import make_engine
from triage.jobs import Database
from triage.settings import Settings

PG_ADMIN_URL = os.environ.get("TRIAGE_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _postgres_or_skip() -> None:
    try:
        create_engine(PG_ADMIN_URL).connect().close()
    except OperationalError as err:
        message = f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {err.orig}"
        if IN_CI:
            pytest.fail(message + " (CI must test PostgreSQL; start it before the tests)")
        pytest.skip(message)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/triage.db"
        return
    _postgres_or_skip()
    name = "triage_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    engine = make_engine(database_url)
    migrate(engine)
    engine.dispose()
    database = Database.open(Settings(database_url=database_url))
    yield database
    database.close()


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    server = Dovecot().start()
    yield server
    server.cleanup()


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One model for the whole run, trained from the corpus as `triage train` would (about 10 s)."""
    path = tmp_path_factory.mktemp("model") / "triage-model.skops"
    load_or_train(path, DEFAULT_REVIEW_THRESHOLD)
    return path


@pytest.fixture(autouse=True)
def _use_trained_model(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that poll or import classify with the shared model instead of training their own."""
    if request.node.get_closest_marker("integration") or "db" in request.fixturenames:
        monkeypatch.setenv("TRIAGE_MODEL", str(request.getfixturevalue("trained_model")))


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No TRIAGE_* variable from the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("TRIAGE_"):
            monkeypatch.delenv(name)
