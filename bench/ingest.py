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
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from tests.support.dovecot import Dovecot  # noqa: E402
from tests.support.mails import make_mail  # noqa: E402

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def fill(server: Dovecot, count: int) -> int:
    total = 0
    for start in range(0, count, 500):
        mails = [
            make_mail(i, body_bytes=random.Random(i).randrange(2000, 6000), attachment_bytes=300_000 * (i % 50 == 49))
            for i in range(start, min(start + 500, count))
        ]
        server.append(mails)
        total += sum(len(m) for m in mails)
    return total


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


class PeakMemory(threading.Thread):
    """Samples the resident memory of a process and of all its children (the parse workers) together."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.main = self.tree = 0
        self.running = True
        self.summary = ""

    def run(self) -> None:
        while self.running:
            try:
                main = self.process.memory_info().rss
                children = sum(c.memory_info().rss for c in self.process.children(recursive=True))
            except psutil.Error:
                break
            self.main, self.tree = max(self.main, main), max(self.tree, main + children)
            time.sleep(0.05)


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


def triage(args: list[str], env: dict[str, str]) -> tuple[float, PeakMemory]:
    """Run a triage command; return its wall time and its peak memory (sampled every 50 ms)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "triage", *args], env=env, stdout=subprocess.PIPE)
    memory = PeakMemory(proc.pid)
    memory.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - started
    memory.running = False
    memory.join()
    if proc.returncode != 0:
        raise SystemExit(f"triage {' '.join(args)} failed")
    print("   ", out.decode().strip())
    memory.summary = out.decode()
    return elapsed, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=5000)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--workers", type=int, help="TRIAGE_PARSE_WORKERS for the poll (default: triage's)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the median ratio is reported")
    args = parser.parse_args()

    server = Dovecot().start()
    try:
        print(f"filling Dovecot with {args.mails} mails ...")
        volume = fill(server, args.mails)
        print(f"    {volume / 1e6:.1f} MB in the mailbox")
        rounds = []
        for number in range(args.repeat):
            workdir = Path(tempfile.mkdtemp(prefix="triage-bench-"))
            url, drop = database(args.database, workdir)
            try:
                env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
                env.update(server.env(TRIAGE_DATABASE_URL=url, TRIAGE_LOG_LEVEL="WARNING"))
                if args.workers is not None:
                    env["TRIAGE_PARSE_WORKERS"] = str(args.workers)
                triage(["init"], env)
                raw_time, _ = raw_fetch(server)
                ingest_time, peak = triage(["poll", "--once"], env)
            finally:
                drop()
            storing = float(re.search(r"storing ([0-9.]+) s", peak.summary).group(1))
            ratio = raw_time / ingest_time
            rounds.append((ratio, raw_time, ingest_time, peak, storing))
            print(
                f"round {number + 1}: raw {raw_time:.2f} s, poll {ingest_time:.2f} s (storing {storing:.2f} s), "
                f"ratio {ratio:.2f}"
            )

        ratio, raw_time, ingest_time, peak, storing = sorted(rounds, key=lambda r: r[0])[len(rounds) // 2]
        worst = max(r[3].tree for r in rounds)
        raw_rate, ingest_rate = args.mails / raw_time, args.mails / ingest_time
        print(f"median of {args.repeat} rounds, {args.mails} mails, {volume / 1e6:.1f} MB, database {args.database}:")
        print(f"raw imapclient fetch : {raw_time:7.2f} s  {raw_rate:8.0f} mails/s  {volume / raw_time / 1e6:6.1f} MB/s")
        print(f"triage poll --once   : {ingest_time:7.2f} s  {ingest_rate:8.0f} mails/s  (process start included)")
        print(f"ratio ingest/raw     : {ratio:7.2f}   (goal >= 0.25; the poll includes classifying every mail)")
        print(
            f"storing stage alone  : {storing:7.2f} s  {args.mails / storing:8.0f} mails/s  "
            f"ratio {raw_time / storing:.2f} (fetch, parse, store, mark; no process start, no classification)"
        )
        print(
            f"peak RSS of the poll : {peak.main / 2**20:7.1f} MB main process, {peak.tree / 2**20:.1f} MB with its "
            f"parse workers; worst round {worst / 2**20:.1f} MB (goal < 300 MB)"
        )
        print(f"parse workers        : {args.workers if args.workers is not None else 'default (CPU count, max 2)'}")
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
