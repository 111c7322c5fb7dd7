"""Engine and session setup, and bringing the schema to the newest migration."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from triage.errors import StorageError

# The newest migration; a test keeps it equal to Alembic's head. Checking against a constant keeps Alembic
# out of every start of the poller.
SCHEMA_REVISION = "0003"


def describe_url(url: str) -> str:
    """The database URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unreadable TRIAGE_DATABASE_URL>"


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise StorageError(
            "TRIAGE_DATABASE_URL is not a valid database URL; expected e.g. sqlite:///triage.db "
            "or postgresql+psycopg://user@host/dbname"
        ) from err
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 30}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a committed mail survives a power cut, not just a kill
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_schema(engine: Engine) -> None:
    """Refuse to work on a database that `triage init` has not brought up to date."""
    try:
        current = current_revision(engine)
    except SQLAlchemyError as err:
        raise StorageError(f"cannot reach the database {engine.url!r}: {_reason(err)}") from err
    if current != SCHEMA_REVISION:
        state = "is empty" if current is None else f"is at schema {current}, not {SCHEMA_REVISION}"
        raise StorageError(f"the database {engine.url!r} {state}: run `triage init` first")


def _reason(err: SQLAlchemyError) -> str:
    return str(getattr(err, "orig", None) or err).splitlines()[0]
