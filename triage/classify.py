"""The service's side of classification: turning parsed mail into classifier input, reading the corpus, and
keeping a trained model at hand (training one on first use)."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from pathlib import Path

from classifiers.train import Example
from classifiers.types import MailInput
from triage.mail.message import ParsedMail
from triage.mail.parse import parse_mail

log = logging.getLogger(__name__)

CORPUS = Path(__file__).resolve().parent.parent / "classifiers" / "corpus"


def mail_input(parsed: ParsedMail) -> MailInput:
    return MailInput(
        subject=parsed.subject or "",
        text=parsed.text,
        html=parsed.html,
        sender=parsed.sender.address if parsed.sender else "",
        sender_name=parsed.sender.name if parsed.sender else "",
        headers=parsed.headers,
        attachments=tuple((a.filename, a.content_type) for a in parsed.attachments),
    )


def labelled(directory: Path, labels: Path) -> Iterator[Example]:
    """Examples from a folder of .eml files and a CSV with file,category[,language,urgent]."""
    with labels.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            path = directory / row["file"]
            parsed = parse_mail(path.read_bytes())
            yield Example(
                key=row["file"],
                mail=mail_input(parsed),
                category=row["category"],
                language=row.get("language") or "und",
                urgent=row.get("urgent", "0").strip() in ("1", "true", "yes"),
            )


def corpus_examples(corpus: Path = CORPUS) -> list[Example]:
    examples: list[Example] = []
    for labels in sorted((corpus / "labels").glob("*.csv")):
        examples.extend(labelled(corpus, labels))
    return examples
