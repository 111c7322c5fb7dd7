"""Whether a sender gets an automatic acknowledgement. Pure: the route step gathers the facts.

The rules here are not configurable: no setting can make us answer a machine, a list, a bounce, ourselves,
another helpdesk or a sender we answered recently (RFC 3834 section 2 and the lessons of other helpdesks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from classifiers.types import HUMAN, SPAM_SUSPICION
from triage.threads import looks_like_other_helpdesk, references_in

NO_REPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]daemon|postmaster|bounces?|"
    r"notifications?|newsletter|listserv|majordomo|auto[-_.]?(?:reply|responder)|system|daemon)(?:[-+._].*)?@",
    re.IGNORECASE,
)
ADDRESS_OK = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$"
)
MACHINE_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}


@dataclass(frozen=True)
class AckFacts:
    category: str
    spam_probability: float
    sender: str
    subject: str
    headers: Sequence[tuple[str, str]]
    content_type: str
    archived: bool
    unreadable: bool
    joins_case: bool
    own_addresses: frozenset[str]
    acknowledged_recently: bool  # this sender already got one within the configured window
    rule_allows: bool
    enabled: bool


def _header(headers: Sequence[tuple[str, str]], name: str) -> list[str]:
    lname = name.lower()
    return [str(v).strip() for k, v in headers if str(k).lower() == lname]


def machine_headers(headers: Sequence[tuple[str, str]], content_type: str) -> str | None:
    """Why the headers say a machine sent this (RFC 3834, list and bounce headers), or None."""
    auto = [v.lower() for v in _header(headers, "Auto-Submitted")]
    if any(v and not v.startswith("no") for v in auto):
        return f"Auto-Submitted: {auto[0]}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply", "X-Autoresponder"):
        if _header(headers, name):
            return f"{name} gesetzt"
    suppress = ",".join(_header(headers, "X-Auto-Response-Suppress")).lower()
    if any(token in suppress for token in ("all", "autoreply", "oof")):
        return "Absender bittet um keine automatischen Antworten (X-Auto-Response-Suppress)"
    precedence = {v.lower() for v in _header(headers, "Precedence")}
    if precedence & MACHINE_PRECEDENCE:
        return f"Precedence: {sorted(precedence & MACHINE_PRECEDENCE)[0]}"
    for name in ("List-Id", "List-Unsubscribe", "List-Post", "Feedback-ID"):
        if _header(headers, name):
            return f"Verteiler ({name})"
    if any(v.strip() == "<>" for v in _header(headers, "Return-Path")):
        return "leerer Return-Path (Unzustellbarkeitsmeldung)"
    if content_type.lower().startswith("multipart/report"):
        return "Zustell- oder Lesebestätigung (multipart/report)"
    return None


def why_not(facts: AckFacts) -> str | None:
    """The reason (in German, shown to staff) why no acknowledgement goes out, or None to send one."""
    sender = facts.sender.strip().lower()
    machine = machine_headers(facts.headers, facts.content_type)
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
