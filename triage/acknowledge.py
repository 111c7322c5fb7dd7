"""Whether a sender gets an automatic acknowledgement. Pure: the route step gathers the facts.

The rules here are not configurable: no setting can make us answer a machine, a list, a bounce, ourselves,
another helpdesk or a sender we answered recently (RFC 3834 section 2 and the lessons of other helpdesks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from classifiers.machine import machine_verdict
from classifiers.types import HUMAN, SPAM_SUSPICION, MailInput
from triage.threads import looks_like_other_helpdesk, references_in

NO_REPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]daemon|postmaster|bounces?|"
    r"notifications?|newsletter|listserv|majordomo|auto[-_.]?(?:reply|responder)|system|daemon)(?:[-+._].*)?@",
    re.IGNORECASE,
)
ADDRESS_OK = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$"
)


@dataclass(frozen=True)
class AckFacts:
    category: str
    spam_probability: float
    sender: str
    subject: str
    headers: Sequence[tuple[str, str]]  # Content-Type among them: a multipart/report is a machine's
    archived: bool
    unreadable: bool
    joins_case: bool
    own_addresses: frozenset[str]
    acknowledged_recently: bool  # this sender already got one within the configured window
    rule_allows: bool
    enabled: bool


# Beyond what makes a mail `auto` for the classifier (classifiers.machine): headers that do not make a mail a
# machine's but ask not to be answered automatically, or mark bulk senders.
_NO_AUTO_ANSWER = ("X-Auto-Reply", "X-Autoresponder", "List-Post", "Feedback-ID")
_SUPPRESS = ("all", "autoreply", "oof")


def machine_reason(subject: str, sender: str, headers: Sequence[tuple[str, str]]) -> str | None:
    """Why this mail must not get an automatic answer because of who or what sent it, or None."""
    mail = MailInput(subject=subject, sender=sender, headers=tuple((str(k), str(v)) for k, v in headers))
    verdict = machine_verdict(mail)
    if verdict.is_machine:
        return verdict.reasons[0]
    for name in _NO_AUTO_ANSWER:
        if mail.header(name) is not None:
            return f"Kopfzeile {name}"
    suppress = ",".join(mail.header_values("X-Auto-Response-Suppress")).lower()
    if any(token in suppress for token in _SUPPRESS):
        return "Absender bittet um keine automatischen Antworten (X-Auto-Response-Suppress)"
    return None


def why_not(facts: AckFacts) -> str | None:
    """The reason (in German, shown to staff) why no acknowledgement goes out, or None to send one."""
    sender = facts.sender.strip().lower()
    machine = machine_reason(facts.subject, sender, facts.headers)
    checks: list[tuple[bool, str]] = [
        (not facts.enabled, "Automatische Eingangsbestätigungen sind abgeschaltet (rules.yaml)"),
        (facts.archived, "Archiv-Mail (war schon vor dem Anschluss im Postfach oder importiert)"),
        (facts.unreadable, "Mail konnte nicht vollständig gelesen werden: Antwort von Hand"),
        (facts.joins_case, "Antwort in einem bestehenden Fall: keine zweite Bestätigung"),
        (facts.category not in HUMAN, f"Kategorie {facts.category}: Maschinen und Spam bekommen keine Antwort"),
        (
            facts.spam_probability >= SPAM_SUSPICION,
            f"Spam-Verdacht ({facts.spam_probability:.0%}): Antwort nur von Hand",
        ),
        (not ADDRESS_OK.match(sender), "Keine gültige Absenderadresse"),
        (machine is not None, f"Automatisch versandte Mail: {machine}"),
        (bool(NO_REPLY.match(sender)), f"Absender {sender} nimmt keine Antworten an"),
        (sender in facts.own_addresses, "Mail von unserer eigenen Adresse"),
        (bool(references_in(facts.subject)), "Betreff nennt schon ein Aktenzeichen von uns"),
        (looks_like_other_helpdesk(facts.subject), "Betreff sieht nach einem anderen Ticketsystem aus"),
        (facts.acknowledged_recently, "Absender hat vor Kurzem schon eine Bestätigung bekommen"),
        (not facts.rule_allows, "Die Routing-Regel sieht keine Bestätigung vor"),
    ]
    return next((reason for failed, reason in checks if failed), None)
