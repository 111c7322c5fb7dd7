"""rules.yaml, validated strictly: unknown keys, unknown queues and broken patterns are errors."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from classifiers.types import CATEGORIES

Priority = Literal["low", "normal", "high"]
ADDRESS = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[A-Za-z0-9-]+$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


def _check_address(value: str | None) -> str | None:
    if value is not None and not ADDRESS.match(value):
        raise ValueError(f"{value!r} is not an e-mail address")
    return value


class Done(Strict):
    add_keyword: str | None = Field(None, description="IMAP keyword set on stored mail")
    move_to: str | None = Field(None, description="IMAP folder stored mail is moved to")


class Mailbox(Strict):
    folder: str = "INBOX"
    done: Done = Done(add_keyword="$Triaged")


class Queue(Strict):
    title: str = Field(description="what staff see")
    folder: str | None = Field(None, description="IMAP folder to file the queue's mail in")
    forward: str | None = Field(None, description="address to forward the queue's mail to")
    work: bool = Field(True, description="false: mail is filed here, not waiting for staff (auto, spam)")

    _address = field_validator("forward")(_check_address)


class Review(Strict):
    min_confidence: float = Field(0.6, ge=0, le=1, description="below this, a mail goes to review")
    queue: str = Field("review", description="where mail the classifier is unsure about goes")


class When(Strict):
    """Conditions of a routing rule; all given ones must hold (lists: any of the values)."""

    category: list[str] | None = None
    language: list[str] | None = None
    urgent: bool | None = None
    needs_review: bool | None = None
    min_confidence: float | None = Field(None, ge=0, le=1)
    max_confidence: float | None = Field(None, ge=0, le=1)
    sender: list[str] | None = Field(None, description="addresses, * and ? allowed")
    sender_domain: list[str] | None = Field(None, description="domains; a domain also matches its subdomains")
    subject_matches: list[str] | None = Field(None, description="regular expressions, case-insensitive")
    body_matches: list[str] | None = Field(None, description="regular expressions, case-insensitive")
    has_attachment: bool | None = None
    attachment_matches: list[str] | None = Field(None, description="regular expressions on file names")

    _lists = field_validator(
        "category",
        "language",
        "sender",
        "sender_domain",
        "subject_matches",
        "body_matches",
        "attachment_matches",
        mode="before",
    )(_as_list)

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: list[str] | None) -> list[str] | None:
        for item in value or []:
            if item not in CATEGORIES:
                raise ValueError(f"unknown category {item!r}; use one of {', '.join(CATEGORIES)}")
        return value

    @field_validator("subject_matches", "body_matches", "attachment_matches")
    @classmethod
    def _compiles(cls, value: list[str] | None) -> list[str] | None:
        for pattern in value or []:
            try:
                re.compile(pattern)
            except re.error as err:
                raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {err}") from None
        return value


class Then(Strict):
    queue: str
    priority: Priority = "normal"
    tags: list[str] = Field(default_factory=list)
    forward: str | None = Field(None, description="also forward the mail to this address")
    draft: str | None = Field(
        None, description="draft template (templates/drafts/<name>.de.txt.j2); default by category"
    )
    acknowledge: bool = Field(True, description="false: never acknowledge mail routed by this rule")

    _address = field_validator("forward")(_check_address)
    _tags = field_validator("tags", mode="before")(_as_list)


class Rule(Strict):
    name: str = Field(pattern=r"^[\w.-]+$")
    when: When = When()
    then: Then


class Acknowledge(Strict):
    enabled: bool = True
    window_days: float = Field(14, ge=0, description="no second acknowledgement to a sender within this time")
    per_recipient_per_day: int = Field(3, ge=1)
    per_hour: int = Field(60, ge=1, description="more than this in an hour trips the circuit breaker")
    admin: str | None = Field(None, description="who is told when the circuit breaker trips")
    team_phone: str = "02202 14-0"
    office_hours: str = ""

    _address = field_validator("admin")(_check_address)


class Rules(Strict):
    version: int = Field(1, ge=1, le=1)
    mailbox: Mailbox = Mailbox()
    queues: dict[str, Queue] = Field(default_factory=dict)
    review: Review = Review()
    routing: list[Rule] = Field(default_factory=list)
    default: Then = Then(queue="general")
    acknowledge: Acknowledge = Acknowledge()

    def cross_problems(self) -> list[tuple[tuple[str | int, ...], str]]:
        """Problems between sections: (location, message). Queues named anywhere must be declared."""
        problems: list[tuple[tuple[str | int, ...], str]] = []
        if self.queues:
            named: list[tuple[tuple[str | int, ...], str]] = [
                (("review", "queue"), self.review.queue),
                (("default", "queue"), self.default.queue),
            ]
            named += [(("routing", i, "then", "queue"), r.then.queue) for i, r in enumerate(self.routing)]
            for where, queue in named:
                if queue not in self.queues:
                    problems.append((where, f"unknown queue {queue!r}; declared are: {', '.join(self.queues)}"))
        seen: set[str] = set()
        for i, rule in enumerate(self.routing):
            if rule.name in seen:
                problems.append((("routing", i, "name"), f"the rule name {rule.name!r} is used twice"))
            seen.add(rule.name)
        return problems
