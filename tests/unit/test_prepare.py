"""Parsing in worker processes gives exactly what parsing in-process gives."""

from __future__ import annotations

from pathlib import Path

from triage.mail.prepare import POOL_THRESHOLD, PreparePool, prepare_many

EML = Path(__file__).parents[1] / "data" / "eml"


def test_worker_pool_and_in_process_agree() -> None:
    items = [(p.name, p.read_bytes()) for p in sorted(EML.glob("*.eml"))]
    pool = PreparePool(workers=2)
    try:
        result = pool.submit(items, expected_total=POOL_THRESHOLD)()
        assert pool._executor is not None, "a large backlog is parsed in workers"
    finally:
        pool.close()
    assert result == dict(prepare_many(items))


def test_small_jobs_stay_in_process() -> None:
    pool = PreparePool(workers=4)
    pool.submit([("a", b"Subject: x\r\n\r\nhi\r\n")], expected_total=1)()
    assert pool._executor is None
