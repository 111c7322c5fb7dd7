"""Exactly once, proven the hard way: the poller is killed with SIGKILL at random moments and restarted, and
two pollers are started at the same time. Afterwards every mail is stored exactly once and marked.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter

import psutil
import pytest
from sqlalchemy import func, select

from tests.support.dovecot import Dovecot
from tests.support.mails import make_mail
from triage.db.migrate import migrate
from triage.db.models import Mail, Sighting
from triage.db.session import make_engine
from triage.jobs import Database

pytestmark = [pytest.mark.integration, pytest.mark.slow]
MAILS = 300
TRIALS = 20


def poller(dovecot: Dovecot, db: Database | str, **extra: str) -> subprocess.Popen[bytes]:
    url = db if isinstance(db, str) else db.engine.url.render_as_string(hide_password=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_") or k == "TRIAGE_MODEL"}
    env.update(dovecot.env(TRIAGE_DATABASE_URL=url, **extra))
    return subprocess.Popen(
        [sys.executable, "-m", "triage", "poll", "--once"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def assert_exactly_once(dovecot: Dovecot, db: Database, mails: list[bytes]) -> None:
    with db.sessions() as s:
        ids = Counter(s.scalars(select(Mail.message_id)))
        sightings = s.scalar(select(func.count()).select_from(Sighting))
    expected = {m.split(b"Message-ID: ")[1].split(b"\r\n")[0].decode() for m in mails}
    assert set(ids) == expected, "every mail is stored"
    assert max(ids.values()) == 1, "no mail is stored twice"
    assert sightings == len(mails)
    assert len(dovecot.uids(criteria=["KEYWORD", "$Triaged"])) == len(mails), "every mail is marked"
    assert len(dovecot.uids()) == len(mails), "nothing is deleted"


def stored_count(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Mail)) or 0


def test_sigkill_at_random_points_never_loses_or_duplicates_a_mail(dovecot: Dovecot, db: Database, tmp_path) -> None:
    mails = [make_mail(i, body_bytes=random.Random(i).randrange(2000, 6000)) for i in range(MAILS)]
    dovecot.append(mails)
    extra = {"TRIAGE_IMAP_BATCH_SIZE": "7"}

    # Time a full poll and an idle one on a scratch database, so that kills can be aimed anywhere in a poll:
    # start-up, fetching, storing, committing, flagging, classifying.
    probe = f"sqlite:///{tmp_path}/probe.db"
    migrate(make_engine(probe))
    started = time.monotonic()
    assert poller(dovecot, probe, **extra).wait(120) == 0
    full = time.monotonic() - started
    started = time.monotonic()
    assert poller(dovecot, probe, **extra).wait(120) == 0
    idle = time.monotonic() - started
    with dovecot.client() as c:
        c.select_folder("INBOX")
        c.remove_flags(c.search(["ALL"]), ["$Triaged"])

    rng = random.Random(20261125)
    killed = killed_before_all_stored = 0
    for trial in range(TRIALS):
        remaining = len(mails) - stored_count(db)
        if remaining < 10:
            more = [make_mail(1000 + trial * 40 + i) for i in range(40)]
            dovecot.append(more)
            mails += more
            remaining += len(more)
        before = stored_count(db)
        proc = poller(dovecot, db, **extra)
        time.sleep(rng.uniform(idle * 0.3, idle + (full - idle) * remaining / MAILS))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(60)
        killed_before_all_stored += proc.returncode == -signal.SIGKILL and stored_count(db) < len(mails)
        assert stored_count(db) >= before
    final = poller(dovecot, db, **extra)
    _out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()

    # Kills after the last commit hit the flagging, classifying and shutdown; the others start-up and storing.
    assert killed >= TRIALS * 3 // 4, f"only {killed} of {TRIALS} runs were still running when killed"
    assert killed_before_all_stored >= TRIALS // 6, f"only {killed_before_all_stored} kills hit unstored work"
    assert_exactly_once(dovecot, db, mails)
    with db.sessions() as s:
        unclassified = s.scalar(select(func.count()).select_from(Mail).where(Mail.classified_at.is_(None)))
    assert unclassified == 0, "mail stored by a killed poll is classified by the next one"
    assert_no_orphaned_workers()


def assert_no_orphaned_workers() -> None:
    """Parse workers of a killed poller must not live on."""
    mine = {p.pid for p in psutil.Process().children(recursive=True)}
    deadline = time.monotonic() + 10
    while True:
        orphans = [
            p
            for p in psutil.process_iter(["cmdline"])
            if p.pid not in mine and "multiprocessing" in " ".join(p.info["cmdline"] or [])
        ]
        if not orphans or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert orphans == [], f"{len(orphans)} worker processes outlived their killed poller"


def test_two_pollers_at_once_store_each_mail_once(dovecot: Dovecot, db: Database) -> None:
    mails = [make_mail(i) for i in range(100)]
    dovecot.append(mails)
    procs = [poller(dovecot, db, TRIAGE_IMAP_BATCH_SIZE="10") for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [r[1].decode() for r in results]
    assert_exactly_once(dovecot, db, mails)
