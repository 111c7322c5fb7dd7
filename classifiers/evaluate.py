"""Measuring a model: per-category precision, recall and F1, macro-F1, confusion matrix, accuracy and
macro-F1 per language."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from classifiers.types import CATEGORIES, HUMAN


def report(gold: Sequence[str], predicted: Sequence[str], languages: Sequence[str]) -> dict[str, Any]:
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, predicted, labels=list(CATEGORIES), zero_division=0
    )
    per_language: dict[str, dict[str, Any]] = {}
    grouped: dict[str, list[int]] = defaultdict(list)
    for i, language in enumerate(languages):
        grouped[language].append(i)
    for language, idx in sorted(grouped.items(), key=lambda kv: -len(kv[1])):
        g = [gold[i] for i in idx]
        p = [predicted[i] for i in idx]
        present = [c for c in HUMAN if c in g]
        per_language[language] = {
            "mails": len(idx),
            "accuracy": round(sum(a == b for a, b in zip(g, p, strict=True)) / len(idx), 4),
            "macro_f1_human": round(float(f1_score(g, p, labels=present, average="macro", zero_division=0)), 4)
            if present
            else None,
        }
    return {
        "mails": len(gold),
        "per_category": {
            c: {
                "precision": round(float(precision[i]), 4),
                "recall": round(float(recall[i]), 4),
                "f1": round(float(f1[i]), 4),
                "support": int(support[i]),
            }
            for i, c in enumerate(CATEGORIES)
        },
        "macro_f1_human": round(
            float(f1_score(gold, predicted, labels=list(HUMAN), average="macro", zero_division=0)), 4
        ),
        "macro_f1_all": round(
            float(f1_score(gold, predicted, labels=list(CATEGORIES), average="macro", zero_division=0)), 4
        ),
        "accuracy": round(sum(a == b for a, b in zip(gold, predicted, strict=True)) / max(len(gold), 1), 4),
        "confusion": {
            "labels": list(CATEGORIES),
            "matrix": confusion_matrix(gold, predicted, labels=list(CATEGORIES)).tolist(),
        },
        "per_language": per_language,
        "machine_acknowledged": sum(g in ("auto", "spam") and p in HUMAN for g, p in zip(gold, predicted, strict=True)),
        "human_marked_auto": sum(g in HUMAN and p == "auto" for g, p in zip(gold, predicted, strict=True)),
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"{result['mails']} mails; accuracy {result['accuracy']:.3f}; macro-F1 (three human categories) "
        f"{result['macro_f1_human']:.3f}; macro-F1 (all five) {result['macro_f1_all']:.3f}",
        "",
    ]
    lines.append(f"{'category':16} {'precision':>9} {'recall':>7} {'F1':>6} {'mails':>6}")
    for c, m in result["per_category"].items():
        lines.append(f"{c:16} {m['precision']:9.3f} {m['recall']:7.3f} {m['f1']:6.3f} {m['support']:6d}")
    lines += ["", "confusion (rows: true, columns: predicted)", " " * 16 + "".join(f"{c[:8]:>9}" for c in CATEGORIES)]
    for c, row in zip(CATEGORIES, result["confusion"]["matrix"], strict=True):
        lines.append(f"{c:16}" + "".join(f"{n:9d}" for n in row))
    lines += ["", f"{'language':10} {'mails':>6} {'accuracy':>9} {'macro-F1':>9}"]
    for language, m in result["per_language"].items():
        f1 = "-" if m["macro_f1_human"] is None else f"{m['macro_f1_human']:.3f}"
        lines.append(f"{language:10} {m['mails']:6d} {m['accuracy']:9.3f} {f1:>9}")
    lines += [
        "",
        f"auto or spam mail read as human: {result['machine_acknowledged']}",
        f"human mail marked auto: {result['human_marked_auto']}",
    ]
    return "\n".join(lines)
