"""Parse and fingerprint fetched mail, in this process or in worker processes.

Parsing is the CPU-heavy part of ingest. For a large backlog it runs in a pool of worker processes, so that
the main process can fetch the next batch and store the previous one meanwhile. Pure: bytes in, values out.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from triage.mail.fingerprint import ContentHasher
from triage.mail.message import ParsedMail
from triage.mail.parse import parse_mail

POOL_THRESHOLD = 200  # below this many mails, starting workers costs more than it saves


@dataclass(frozen=True)
class Prepared:
    parsed: ParsedMail
    fingerprint: str
    raw_sha256: str


def safe_parse(raw: bytes, total_size: int | None = None) -> ParsedMail:
    try:
        return parse_mail(raw, total_size=total_size)
    except Exception as err:
        return ParsedMail(parse_error=f"internal parser error: {type(err).__name__}: {err}", size=len(raw))


def prepare(raw: bytes) -> Prepared:
    parsed = safe_parse(raw)
    hasher = ContentHasher()
    hasher.update(raw)
    return Prepared(parsed, hasher.fingerprint(parsed.message_id), hasher.raw_sha256)


def prepare_many(items: list[tuple[str, bytes]]) -> list[tuple[str, Prepared]]:
    return [(key, prepare(raw)) for key, raw in items]


def _exit_with_parent(parent: int) -> None:
    """Workers hold both ends of their own queues, so they never see the poller die. If it is killed
    (SIGKILL, OOM killer), they notice within a second that they were orphaned and leave too."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


class PreparePool:
    """Hands out prepare jobs; `submit` returns a function that waits for and returns the results."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, items: list[tuple[str, bytes]], expected_total: int | None) -> Callable[[], dict[str, Prepared]]:
        if self.workers < 2 or (self._executor is None and (expected_total or 0) < POOL_THRESHOLD):
            done = dict(prepare_many(items))
            return lambda: done
        if self._executor is None:
            # Spawned, not forked: a fork would copy open database and IMAP connections into the workers.
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),)
            )
        share = -(-len(items) // self.workers) or 1
        futures: list[Future[list[tuple[str, Prepared]]]] = [
            self._executor.submit(prepare_many, items[i : i + share]) for i in range(0, len(items), share)
        ]
        return lambda: {key: prepared for f in futures for key, prepared in f.result()}

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
