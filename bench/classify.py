"""Classifier benchmark: quality on the held-out quarter of the corpus, throughput, training time, model size.

    .venv/bin/python bench/classify.py

Trains on the corpus minus its held-out part (as `triage train` does), then measures on the held-out part:
macro-F1 over the three human categories (goal >= 0.95), per language (goal >= 0.90 where a language has 20 or
more held-out mails), machine mail that would be acknowledged and human mail marked auto (goal: none of
either), classification throughput on one core with parsing excluded (goal >= 1,000 mails/s), training time
and model size. Then the same model on bench/fresh/, fresh2/ and fresh3/, mail written independently of the
corpus and never trained on: the better guess of how it does on real mail.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifiers import store  # noqa: E402
from classifiers.evaluate import format_report  # noqa: E402
from classifiers.model import DEFAULT_REVIEW_THRESHOLD, Model  # noqa: E402
from classifiers.train import is_held_out, measure, train  # noqa: E402
from classifiers.types import SPAM_SUSPICION  # noqa: E402
from triage.classify import corpus_examples, labelled  # noqa: E402

# Mail written independently of the corpus, never trained on: the better guess of how the model does on real
# mail. fresh2's authors wrote from the same brief as the corpus's fourth round; fresh3's from LABELING.md and the
# council paper alone, after the last change to the model: the cleanest of the three (docs/benchmarks.md).
FRESH_SETS = (ROOT / "bench" / "fresh", ROOT / "bench" / "fresh2", ROOT / "bench" / "fresh3")


def main() -> None:
    examples = corpus_examples()
    started = time.perf_counter()
    outcome = train(examples, review_threshold=DEFAULT_REVIEW_THRESHOLD)
    elapsed = time.perf_counter() - started
    metrics = outcome.metrics
    print(format_report(metrics))
    print()
    print(
        f"urgent (tenant requests): recall {metrics['urgent']['recall']}, precision {metrics['urgent']['precision']} "
        f"over {metrics['urgent']['urgent_mails']} urgent held-out mails"
    )
    print(
        f"language detected right: {metrics['language_accuracy']:.1%}; flagged for review: {metrics['needs_review']}; "
        f"accuracy of the rest: {metrics['accuracy_when_sure']:.1%}"
    )
    print(
        f"acknowledgements (category human and spam chance < {SPAM_SUSPICION:.0%}): "
        f"{metrics['acknowledged_machine_or_spam']} auto or spam mails would get one (goal 0); {metrics['human_not_acknowledged']} human mails would not "
        "(spam-suspected or read as auto/spam: staff answer those by hand)"
    )
    small = [
        lang for lang, m in metrics["per_language"].items() if m["mails"] >= 20 and (m["macro_f1_human"] or 0) < 0.90
    ]
    print(f"languages with >= 20 held-out mails below macro-F1 0.90: {', '.join(small) or 'none'}")

    held_out = [e.mail for e in examples if is_held_out(e.key)]
    mails = (held_out * (3000 // len(held_out) + 1))[:3000]
    outcome.model.predict(mails[:50])  # warm-up
    rates = []
    for _ in range(3):
        started = time.perf_counter()
        outcome.model.predict(mails)
        rates.append(len(mails) / (time.perf_counter() - started))
    rate = sorted(rates)[1]  # the median of three rounds
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.skops"
        store.save(outcome.model, path)
        size = path.stat().st_size
        started = time.perf_counter()
        store.load(path)
        load_time = time.perf_counter() - started
    print(f"throughput: {rate:,.0f} mails/s on one core, median of 3 rounds (parsing excluded; goal >= 1,000)")
    print(
        f"training: {elapsed:.1f} s including the held-out evaluation; "
        f"{outcome.model.info['training_mails']} training mails, {metrics['mails']} held-out"
    )
    print(f"model file: {size / 1e6:.1f} MB, loads in {load_time:.2f} s")
    for directory in FRESH_SETS:
        fresh(outcome.model, directory)


def fresh(model: Model, directory: Path) -> None:
    """The same model on a folder of mail written independently of the corpus, never trained on."""
    labels = directory / "labels.csv"
    if not labels.exists():
        return
    metrics = measure(model, list(labelled(directory, labels)))
    print()
    print(f"fresh mail (bench/{directory.name}/, written independently of the corpus, never trained on):")
    print(format_report(metrics))
    print(
        f"urgent recall {metrics['urgent']['recall']}, precision {metrics['urgent']['precision']}; "
        f"language detected right {metrics['language_accuracy']:.1%}; "
        f"auto or spam that would be acknowledged: {metrics['acknowledged_machine_or_spam']}; "
        f"human mail not acknowledged: {metrics['human_not_acknowledged']}"
    )


if __name__ == "__main__":
    main()
