"""Every mail of the classifier corpus (1,500 real-looking mails in a dozen languages and charsets) parses to
readable text: no parse error, no replacement characters, a body to classify."""

from __future__ import annotations

from pathlib import Path

from triage.mail.parse import parse_mail

CORPUS = Path(__file__).parents[2] / "classifiers" / "corpus" / "mails"


def test_every_corpus_mail_parses_to_readable_text() -> None:
    files = sorted(CORPUS.glob("*/*.eml"))
    assert len(files) >= 1500
    problems = []
    for path in files:
        mail = parse_mail(path.read_bytes())
        if mail.parse_error or not (mail.text or mail.html) or "\ufffd" in mail.text + mail.html:
            problems.append(f"{path.name}: {mail.parse_error or 'no readable text'}")
        if not mail.message_id or mail.date is None:
            problems.append(f"{path.name}: Message-ID or Date not read")
    assert problems == []
