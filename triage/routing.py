"""Which queue a mail goes to: the first rule of rules.yaml whose conditions all hold. Pure: no I/O."""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from functools import lru_cache

from classifiers.types import Prediction
from triage.mail.message import ParsedMail
from triage.rules.schema import Rules, Then, When


@dataclass(frozen=True)
class Facts:
    """What routing may look at: the classifier's verdict and the mail's own fields."""

    category: str
    confidence: float
    language: str
    urgent: bool
    needs_review: bool
    sender: str
    subject: str
    body: str
    attachments: tuple[str, ...] = ()


def facts(parsed: ParsedMail, prediction: Prediction) -> Facts:
    """Facts of a parsed mail as the classifier saw it (for `triage classify`, which stores nothing)."""
    return Facts(
        category=prediction.category,
        confidence=prediction.confidence,
        language=prediction.language,
        urgent=prediction.urgent,
        needs_review=prediction.needs_review,
        sender=(parsed.sender.address if parsed.sender else "").lower(),
        subject=parsed.subject or "",
        body=parsed.text,
        attachments=tuple(a.filename or "" for a in parsed.attachments),
    )


@dataclass(frozen=True)
class Decision:
    rule: str
    then: Then
    reasons: tuple[str, ...] = field(default=())

    @property
    def queue(self) -> str:
        return self.then.queue


@lru_cache(maxsize=512)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE | re.DOTALL)


def _domain_matches(sender: str, domains: list[str]) -> bool:
    domain = sender.rpartition("@")[2].lower()
    return any(domain == d.lower() or domain.endswith("." + d.lower()) for d in domains)


def unmet(when: When, facts: Facts) -> str | None:
    """The first condition that does not hold, or None when the rule matches."""
    checks: list[tuple[bool, str]] = [
        (when.category is None or facts.category in when.category, "category"),
        (when.language is None or facts.language in when.language, "language"),
        (when.urgent is None or facts.urgent == when.urgent, "urgent"),
        (when.needs_review is None or facts.needs_review == when.needs_review, "needs_review"),
        (when.min_confidence is None or facts.confidence >= when.min_confidence, "min_confidence"),
        (when.max_confidence is None or facts.confidence <= when.max_confidence, "max_confidence"),
        (
            when.sender is None or any(fnmatch.fnmatch(facts.sender.lower(), s.lower()) for s in when.sender),
            "sender",
        ),
        (when.sender_domain is None or _domain_matches(facts.sender, when.sender_domain), "sender_domain"),
        (
            when.subject_matches is None or any(_pattern(p).search(facts.subject) for p in when.subject_matches),
            "subject_matches",
        ),
        (when.body_matches is None or any(_pattern(p).search(facts.body) for p in when.body_matches), "body_matches"),
        (when.has_attachment is None or bool(facts.attachments) == when.has_attachment, "has_attachment"),
        (
            when.attachment_matches is None
            or any(_pattern(p).search(name) for p in when.attachment_matches for name in facts.attachments),
            "attachment_matches",
        ),
    ]
    return next((name for ok, name in checks if not ok), None)


def _describe(when: When) -> str:
    given = when.model_dump(exclude_none=True)
    return ", ".join(f"{k}={v if not isinstance(v, list) else '/'.join(map(str, v))}" for k, v in given.items())


def decide(facts: Facts, rules: Rules) -> Decision:
    review_ruled = any(rule.when.needs_review is not None for rule in rules.routing)
    if facts.needs_review and not review_ruled:
        reason = f"Klassifikation unsicher (unter {rules.review.min_confidence:.0%}): zur Prüfung"
        return Decision("review", Then(queue=rules.review.queue), (reason,))
    for rule in rules.routing:
        if unmet(rule.when, facts) is None:
            return Decision(rule.name, rule.then, (f"Regel „{rule.name}“ trifft zu ({_describe(rule.when)})",))
    return Decision("default", rules.default, ("keine Regel trifft zu: Standard-Warteschlange",))
