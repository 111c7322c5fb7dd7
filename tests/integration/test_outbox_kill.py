"""Acknowledgements exactly once, proven the hard way: the poller is SIGKILLed while it sends, including in the
moment after the SMTP server accepted a mail and before our commit, and then restarted."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from tests.support.dovecot import Dovecot
from tests.support.smtp import Received, SmtpServer
from triage.db.models import Outbox
from triage.jobs import Database

pytestmark = [pytest.mark.integration, pytest.mark.slow]
TEAM = "integration-wohnen@stadt-gl.de"
PEOPLE = 24
NAMES = ["Amina", "Yusuf", "Olena", "Farid", "Mariam", "Hassan", "Iryna", "Dawit", "Leyla", "Omar", "Nadia", "Karim"]


def tenant_request(n: int) -> bytes:
    name = f"{NAMES[n % len(NAMES)]} {chr(65 + n % 26)}."
    return (
        f"From: {name} <person{n}@example.org>\r\nTo: {TEAM}\r\nSubject: Wohnung gesucht ({n})\r\n"
        f"Message-ID: <tenant-{n}@example.org>\r\nDate: Wed, 25 Nov 2026 10:{n % 60:02d}:00 +0100\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hallo, ich bin {name} und wohne mit meiner Familie ({2 + n % 4} Personen) in der Unterkunft. "
        "Wir suchen eine Wohnung, das Jobcenter zahlt die Miete. Können Sie uns bitte helfen?\r\nDanke\r\n"
    ).encode()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


def poller(dovecot: Dovecot, smtp: SmtpServer, db: Database) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_") or k == "TRIAGE_MODEL"}
    env.update(dovecot.env(TRIAGE_DATABASE_URL=db.engine.url.render_as_string(hide_password=False)))
    env.update(smtp.env())
    return subprocess.Popen(
        [sys.executable, "-m", "triage", "poll", "--once"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def finish(dovecot: Dovecot, smtp: SmtpServer, db: Database) -> None:
    proc = poller(dovecot, smtp, db)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()


def by_recipient(received: list[Received]) -> dict[str, Counter[str]]:
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for r in received:
        seen[r.rcpt_tos[0]][str(r.message["Message-ID"])] += 1
    return seen


def start_with_people(dovecot: Dovecot, smtp: SmtpServer, db: Database) -> None:
    finish(dovecot, smtp, db)  # first contact with the empty mailbox
    for n in range(PEOPLE):
        dovecot.deliver(tenant_request(n))


def test_killed_after_the_server_accepted_and_before_the_commit(
    dovecot: Dovecot, smtp: SmtpServer, db: Database
) -> None:
    start_with_people(dovecot, smtp, db)
    proc = poller(dovecot, smtp, db)
    accepted: list[Received] = []

    def kill_on_third(got: Received) -> str:
        accepted.append(got)
        if len(accepted) == 3:
            os.kill(proc.pid, signal.SIGKILL)  # the server has the mail; the poller never learns it
            proc.wait()
        return "250 OK"

    smtp.on_data = kill_on_third
    proc.wait(timeout=300)
    assert proc.returncode == -signal.SIGKILL
    smtp.on_data = None
    finish(dovecot, smtp, db)

    seen = by_recipient(smtp.received)
    assert len(seen) == PEOPLE, "nobody is left without an acknowledgement"
    assert all(len(ids) == 1 for ids in seen.values()), "each person's acknowledgement has one Message-ID"
    copies = [ids for ids in seen.values() if sum(ids.values()) > 1]
    # The one window that remains: the third mail was accepted, the commit never happened. It is sent again
    # with the same Message-ID and bytes (receiving systems that deduplicate show it once).
    assert len(copies) <= 1 and all(sum(ids.values()) == 2 for ids in copies)
    with db.sessions() as session:
        states = Counter(session.scalars(select(Outbox.state)))
    assert states == {"sent": PEOPLE}


def test_sigkill_at_random_moments_loses_and_repeats_nothing_outside_that_window(
    dovecot: Dovecot, smtp: SmtpServer, db: Database
) -> None:
    start_with_people(dovecot, smtp, db)
    rng = random.Random(7)
    kills = 0
    for _ in range(6):
        proc = poller(dovecot, smtp, db)
        time.sleep(rng.uniform(0.5, 4.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=300)
    finish(dovecot, smtp, db)

    seen = by_recipient(smtp.received)
    assert len(seen) == PEOPLE
    assert all(len(ids) == 1 for ids in seen.values()), "never two different acknowledgements to one person"
    repeats = sum(sum(ids.values()) - 1 for ids in seen.values())
    assert repeats <= kills, "at most the one mail in flight at each kill is repeated"
    with db.sessions() as session:
        assert Counter(session.scalars(select(Outbox.state))) == {"sent": PEOPLE}
