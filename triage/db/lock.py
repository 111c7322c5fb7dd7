"""One poller per mailbox: a lock that the operating system or the database frees when its holder dies.

PostgreSQL: a session advisory lock, released when the connection closes (also on SIGKILL).
SQLite: an flock on a file beside the database, released by the kernel when the process ends.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

from triage.errors import PollerBusyError


def _lock_id(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


@contextmanager
def poller_lock(engine: Engine, name: str) -> Iterator[None]:
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _lock_id(name)}).scalar()
            conn.commit()
            if not got:
                raise PollerBusyError(f"another triage poller is already reading {name}; not starting a second")
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _lock_id(name)})
                conn.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    path = Path(database).with_name(Path(database).name + ".poll-lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
            raise PollerBusyError(
                f"another triage poller (pid {holder}) is already using {database}; not starting a second"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)
