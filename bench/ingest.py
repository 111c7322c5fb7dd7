"""Ingest benchmark: our `triage poll --once` against a raw imapclient fetch of the same mailbox, same run.

    .venv/bin/python bench/ingest.py [--mails 5000] [--database sqlite|postgresql]

Fills a throwaway Dovecot with generated mail (2-6 KB of text, every 50th with a 300 KB attachment), then
times (a) fetching every mail with plain imapclient, in batches of 100, and (b) `triage poll --once` storing
all of them in a fresh database. Prints both rates, their ratio and the peak memory of the poller.
Goals: ratio >= 0.25, peak RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from tests.support.dovecot import Dovecot  # noqa: E402
from tests.support.mails import make_mail  # noqa: E402

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def fill(server: Dovecot, count: int) -> int:
    mails = []
    for i in range(count):
        size = random.Random(i).randrange(2000, 6000)
        mails.append(make_mail(i, body_bytes=size, attachment_bytes=300_000 if i % 50 == 49 else 0))
    server.append(mails)
    return sum(len(m) for m in mails)


def raw_fetch(server: Dovecot, batch: int = 100) -> tuple[float, int]:
    started = time.perf_counter()
    total = 0
    with server.client() as c:
        c.select_folder("INBOX", readonly=True)
        uids = c.search(["ALL"])
        for i in range(0, len(uids), batch):
            for item in c.fetch(uids[i : i + batch], ["BODY.PEEK[]"]).values():
                total += len(item[b"BODY[]"])
    return time.perf_counter() - started, total


def database(kind: str, workdir: Path) -> tuple[str, callable]:
    if kind == "sqlite":
        return f"sqlite:///{workdir}/bench.db", lambda: None
    name = "triage_bench_" + uuid.uuid4().hex[:8]
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name, drop


def triage(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run a triage command; return its wall time and peak RSS in bytes."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "triage", *args], env=env, stdout=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"triage {' '.join(args)} failed")
    print("   ", proc.stdout.read().decode().strip())
    return elapsed, usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=5000)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args()

    server = Dovecot().start()
    workdir = Path(tempfile.mkdtemp(prefix="triage-bench-"))
    url, drop = database(args.database, workdir)
    try:
        print(f"filling Dovecot with {args.mails} mails ...")
        volume = fill(server, args.mails)
        print(f"    {volume / 1e6:.1f} MB in the mailbox")
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
        env.update(server.env(TRIAGE_DATABASE_URL=url, TRIAGE_LOG_LEVEL="WARNING"))
        triage(["init"], env)

        raw_time, raw_bytes = raw_fetch(server)
        ingest_time, peak = triage(["poll", "--once"], env)
        _, idle_peak = triage(["poll", "--once"], env)

        raw_rate, ingest_rate = args.mails / raw_time, args.mails / ingest_time
        print(
            f"raw imapclient fetch : {raw_time:7.2f} s  {raw_rate:8.0f} mails/s  {raw_bytes / raw_time / 1e6:6.1f} MB/s"
        )
        print(f"triage poll --once   : {ingest_time:7.2f} s  {ingest_rate:8.0f} mails/s  (process start included)")
        print(f"ratio ingest/raw     : {ingest_rate / raw_rate:7.2f}   (goal >= 0.25)")
        print(
            f"peak RSS of the poll : {peak / 2**20:7.1f} MB (goal < 300 MB; an idle poll: {idle_peak / 2**20:.1f} MB)"
        )
        print(f"database             : {args.database}")
    finally:
        server.cleanup()
        drop()


if __name__ == "__main__":
    main()
