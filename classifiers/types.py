"""The values the classifier takes and gives. Plain data: the service fills MailInput from its parsed mail."""

from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = ("tenant_request", "landlord_offer", "inquiry", "auto", "spam")
HUMAN = ("tenant_request", "landlord_offer", "inquiry")
# A mail the model gives this much chance of being spam gets no automatic acknowledgement even if it reads as
# human: staff still see it in its queue and answer by hand. Answering a scammer is the worse mistake, so the
# bar sits below the spam mails seen read as human (13-15 % on 2026-11-26): of 1,498 human test mails, 8 lose the
# automatic acknowledgement.
SPAM_SUSPICION = 0.10


@dataclass(frozen=True)
class MailInput:
    subject: str = ""
    text: str = ""
    html: str = ""
    sender: str = ""
    sender_name: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attachments: tuple[tuple[str, str], ...] = ()  # (filename, content type)

    def header(self, name: str) -> str | None:
        return next(iter(self.header_values(name)), None)

    def header_values(self, name: str) -> list[str]:
        """Every value of a header that may appear more than once."""
        lname = name.lower()
        return [v for k, v in self.headers if k.lower() == lname]


@dataclass(frozen=True)
class Prediction:
    category: str
    confidence: float
    language: str
    language_confidence: float
    urgent: bool
    needs_review: bool
    reasons: tuple[str, ...] = ()
    probabilities: dict[str, float] = field(default_factory=dict)
    model: str = ""  # when the model that said this was trained

    @property
    def acknowledge(self) -> bool:
        """Whether a sender of this mail may get an acknowledgement: only people, never machines or spam, and
        not when the mail might be spam."""
        return self.category in HUMAN and self.probabilities.get("spam", 0.0) < SPAM_SUSPICION
