"""rules.yaml, validated strictly: unknown keys are errors. (Routing rules arrive with the routing step.)"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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


class Review(Strict):
    min_confidence: float = Field(0.6, ge=0, le=1, description="below this, a mail goes to review")


class Rules(Strict):
    version: int = Field(1, ge=1, le=1)
    mailbox: Mailbox = Mailbox()
    queues: dict[str, Queue] = Field(default_factory=dict)
    review: Review = Review()
