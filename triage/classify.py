"""The service's side of classification: turning parsed mail into classifier input, reading the corpus, and
keeping a trained model at hand (training one on first use)."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from classifiers import store
from classifiers.model import Model
from classifiers.train import Example, train
from classifiers.types import CATEGORIES, MailInput
from triage.db import repo
from triage.db.models import Correction, Mail
from triage.errors import ConfigError
from triage.mail.maildir import LocalMail
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
    with labels.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"file", "category"} - set(reader.fieldnames or [])
        if missing:
            raise ConfigError(
                f"{labels}:1: the header needs the columns file and category (missing: {', '.join(sorted(missing))})"
            )
        for line, row in enumerate(reader, start=2):
            if row["category"] not in CATEGORIES:
                raise ConfigError(
                    f"{labels}:{line}: unknown category {row['category']!r}; use one of {', '.join(CATEGORIES)}"
                )
            path = directory / (row["file"] or "")
            try:
                raw = path.read_bytes()
            except OSError as err:
                raise ConfigError(f"{labels}:{line}: cannot read {path} ({err.strerror})") from err
            yield Example(
                key=row["file"],
                mail=mail_input(parse_mail(raw)),
                category=row["category"],
                language=row.get("language") or "und",
                urgent=(row.get("urgent") or "0").strip() in ("1", "true", "yes"),
            )


def corpus_examples(corpus: Path = CORPUS) -> list[Example]:
    examples: list[Example] = []
    for labels in sorted((corpus / "labels").glob("*.csv")):
        examples.extend(labelled(corpus, labels))
    return examples


def load_or_train(model_path: Path, review_threshold: float, corpus: Path = CORPUS) -> Model:
    """The model in use; if there is none, or it cannot be read, train one from the corpus and save it."""
    try:
        return store.load(model_path)
    except store.ModelError as err:
        if not (corpus / "labels").is_dir():
            raise ConfigError(f"{err}, and there is no corpus at {corpus} to train one from") from err
        log.warning("%s: training a new model from the corpus (a few seconds)", err)
    outcome = train(corpus_examples(corpus), review_threshold=review_threshold)
    store.save(outcome.model, model_path)
    log.info("new model saved to %s: %s", model_path, summary(outcome.metrics))
    return outcome.model


def summary(metrics: dict) -> str:
    return (
        f"macro-F1 {metrics['macro_f1_human']:.3f} on {metrics['mails']} held-out mails, "
        f"accuracy {metrics['accuracy']:.3f}"
    )


def stored_mail_input(mail: Mail) -> MailInput:
    return MailInput(
        subject=mail.subject or "",
        text=mail.text_body,
        html=mail.html_body,
        sender=mail.sender or "",
        sender_name=mail.sender_name or "",
        headers=tuple((str(k), str(v)) for k, v in mail.headers),
        attachments=tuple((a.get("filename", ""), a.get("content_type", "")) for a in mail.attachments),
    )


def correction_examples(session: Session) -> list[Example]:
    """Staff corrections as training examples: the newest correction of each mail."""
    newest: dict[int, Correction] = {}
    for correction in session.scalars(select(Correction).order_by(Correction.corrected_at, Correction.id)):
        newest[correction.mail_id] = correction
    examples = []
    for mail_id, correction in newest.items():
        mail = session.get(Mail, mail_id)
        if mail is None:
            continue
        urgent = correction.urgent if correction.urgent is not None else mail.urgent
        examples.append(
            Example(
                key=f"correction:{mail_id}",
                mail=stored_mail_input(mail),
                category=correction.category,
                language=mail.language or "und",
                urgent=bool(urgent),
            )
        )
    return examples


def mail_files(paths: Sequence[Path]) -> Iterator[tuple[str, bytes]]:
    """(name, raw bytes) of every mail in .eml files, folders of them, Maildirs and mbox files."""
    for path in paths:
        if path.is_file() and path.suffix.lower() == ".eml":
            yield str(path), path.read_bytes()
            continue
        local = LocalMail(path)
        for key in local.keys():  # noqa: SIM118 - LocalMail is not a dict
            name = str(path / key) if local.kind != "mbox" else f"{path}#{key}"
            yield name, local.read(key)


@dataclass(frozen=True)
class Classify:
    """Which model to classify with, and below which confidence a mail goes to review."""

    model_path: Path
    review_threshold: float


def classify_stored(sessions: sessionmaker[Session], how: Classify, *, batch: int = 100) -> int:
    """Classify every stored mail that has no category yet, a batch per transaction. A mail stored by a poll
    that was killed before this step is classified by the next one."""
    model = load_or_train(how.model_path, how.review_threshold)
    done = 0
    while True:
        with sessions() as session, session.begin():
            mails = repo.unclassified(session, batch)
            if not mails:
                return done
            predictions = model.predict([stored_mail_input(m) for m in mails], review_threshold=how.review_threshold)
            now = datetime.now(UTC)
            for mail, prediction in zip(mails, predictions, strict=True):
                for column, value in repo.prediction_values(prediction, now).items():
                    setattr(mail, column, value)
                log.debug(
                    "mail #%d message_id=%s: %s %.2f",
                    mail.id,
                    mail.message_id,
                    prediction.category,
                    prediction.confidence,
                )
            done += len(mails)
