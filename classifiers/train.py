"""Training: fit both models on labelled mail, measure on a held-out part, and promote a new model only if it
is not worse than the one in use."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from classifiers.evaluate import report
from classifiers.model import Model, build_category_pipeline, build_urgency_classifier, features, own_chars, vectorizers
from classifiers.types import HUMAN, MailInput

HELD_OUT_PERCENT = 25


@dataclass(frozen=True)
class Example:
    key: str  # stable name: corpus file path, or "correction:<Message-ID>"
    mail: MailInput
    category: str
    language: str = "und"
    urgent: bool = False


def is_held_out(key: str) -> bool:
    """A fixed quarter of the corpus, chosen by name so it stays put as the corpus grows; never trained on."""
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 100 < HELD_OUT_PERCENT


def fit(examples: Sequence[Example], *, review_threshold: float) -> Model:
    started = time.perf_counter()
    docs = [features(e.mail) for e in examples]
    category = build_category_pipeline().fit(docs, [e.category for e in examples])
    tenants = [i for i, e in enumerate(examples) if e.category == "tenant_request"]
    union = category.named_steps["features"]
    rows = own_chars(union, union.transform([docs[i] for i in tenants] or docs))
    urgency = build_urgency_classifier(learnable=len({examples[i].urgent for i in tenants}) == 2)
    urgency.fit(rows, [examples[i].urgent for i in tenants] or [False] * rows.shape[0])
    for vectorizer in vectorizers(category):
        # Every pruned n-gram is kept in `stop_words_`: only needed for introspection, and by far the largest
        # part of a saved model.
        vectorizer.__dict__.pop("stop_words_", None)
    info = {
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "training_mails": len(examples),
        "training_seconds": round(time.perf_counter() - started, 2),
        "review_threshold": review_threshold,
        "categories": sorted({e.category for e in examples}),
    }
    return Model(category=category, urgency=urgency, info=info)


def measure(model: Model, examples: Sequence[Example]) -> dict[str, Any]:
    predictions = model.predict([e.mail for e in examples])
    result = report([e.category for e in examples], [p.category for p in predictions], [e.language for e in examples])
    tenants = [(e, p) for e, p in zip(examples, predictions, strict=True) if e.category == "tenant_request"]
    found = sum(e.urgent and p.urgent for e, p in tenants)
    flagged = sum(p.urgent for _, p in tenants)
    really = sum(e.urgent for e, _ in tenants)
    result["urgent"] = {
        "recall": round(found / really, 4) if really else None,
        "precision": round(found / flagged, 4) if flagged else None,
        "urgent_mails": really,
    }
    languages_right = sum(p.language == e.language for e, p in zip(examples, predictions, strict=True))
    result["language_accuracy"] = round(languages_right / max(len(examples), 1), 4)
    result["needs_review"] = sum(p.needs_review for p in predictions)
    pairs = list(zip(examples, predictions, strict=True))
    result["acknowledged_machine_or_spam"] = sum(e.category in ("auto", "spam") and p.acknowledge for e, p in pairs)
    result["human_not_acknowledged"] = sum(e.category in HUMAN and not p.acknowledge for e, p in pairs)
    sure = [(e, p) for e, p in zip(examples, predictions, strict=True) if not p.needs_review]
    result["accuracy_when_sure"] = (
        round(sum(e.category == p.category for e, p in sure) / len(sure), 4) if sure else None
    )
    return result


@dataclass
class Outcome:
    model: Model
    metrics: dict[str, Any]
    promoted: bool
    why: str


def train(
    corpus: Sequence[Example],
    corrections: Sequence[Example] = (),
    *,
    current: Model | None = None,
    review_threshold: float,
) -> Outcome:
    """Fit on the corpus minus its held-out part, plus staff corrections; measure on the held-out part. The
    new model replaces `current` only if its macro-F1 on the held-out part is not lower."""
    held_out = [e for e in corpus if is_held_out(e.key)]
    training = [e for e in corpus if not is_held_out(e.key)] + list(corrections)
    model = fit(training, review_threshold=review_threshold)
    metrics = measure(model, held_out)
    model.info.update(
        corpus_mails=len(corpus), corrections=len(corrections), held_out_mails=len(held_out), metrics=metrics
    )
    if current is None:
        return Outcome(model, metrics, True, "no model in use yet")
    old = measure(current, held_out)
    if metrics["macro_f1_human"] + 1e-9 < old["macro_f1_human"]:
        why = (
            f"not promoted: macro-F1 on the held-out mails would drop from {old['macro_f1_human']:.3f} "
            f"to {metrics['macro_f1_human']:.3f}"
        )
        return Outcome(model, metrics, False, why)
    return Outcome(model, metrics, True, f"macro-F1 {old['macro_f1_human']:.3f} -> {metrics['macro_f1_human']:.3f}")
