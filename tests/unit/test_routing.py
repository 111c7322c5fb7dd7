"""Routing: the first rule whose conditions all hold decides the queue; the reasons say which and why."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from triage.routing import Facts, decide
from triage.rules.loader import load_rules
from triage.rules.schema import Rules

SHIPPED = load_rules(Path(__file__).parents[2] / "rules.yaml")
TENANT = Facts(
    category="tenant_request",
    confidence=0.9,
    language="ar",
    urgent=False,
    needs_review=False,
    sender="abu.yousef@example.net",
    subject="Wohnung",
    body="Wir suchen eine Wohnung.",
)


def test_the_shipped_rules_send_each_category_to_its_team() -> None:
    assert decide(TENANT, SHIPPED).queue == "case-management"
    assert decide(replace(TENANT, category="landlord_offer"), SHIPPED).queue == "landlord-network"
    assert decide(replace(TENANT, category="inquiry"), SHIPPED).queue == "general"
    assert decide(replace(TENANT, category="auto"), SHIPPED).queue == "filed"
    assert decide(replace(TENANT, category="spam"), SHIPPED).queue == "quarantine"


def test_unsure_mail_goes_to_review_and_urgent_mail_stands_out() -> None:
    assert decide(replace(TENANT, needs_review=True), SHIPPED).queue == "review"
    urgent = decide(replace(TENANT, urgent=True), SHIPPED)
    assert (urgent.queue, urgent.then.priority, urgent.rule) == ("case-management", "high", "urgent-tenant")


def test_accommodation_problems_are_forwarded_and_the_reason_names_the_rule() -> None:
    body = "In der Unterkunft ist seit Wochen Schimmel im Zimmer und die Heizung kaputt."
    decision = decide(replace(TENANT, body=body), SHIPPED)
    assert decision.rule == "accommodation-issue" and decision.then.forward
    assert "accommodation-issue" in decision.reasons[0]


def test_first_match_wins_and_every_condition_must_hold() -> None:
    rules = Rules.model_validate(
        {
            "queues": {"a": {"title": "A"}, "b": {"title": "B"}, "c": {"title": "C"}},
            "routing": [
                {
                    "name": "domain",
                    "when": {"sender_domain": "wohnbau.example.com", "has_attachment": True},
                    "then": {"queue": "a", "tags": "firma"},
                },
                {
                    "name": "arabic-sure",
                    "when": {"language": ["ar", "fa"], "min_confidence": 0.8},
                    "then": {"queue": "b"},
                },
            ],
            "default": {"queue": "c"},
        }
    )
    company = replace(TENANT, sender="info@vermietung.wohnbau.example.com", attachments=("Expose.pdf",))
    assert decide(company, rules).queue == "a" and decide(company, rules).then.tags == ["firma"]
    assert decide(replace(company, attachments=()), rules).queue == "b", "a subdomain matches, but no attachment"
    assert decide(replace(TENANT, confidence=0.7), rules).queue == "c"
    assert decide(replace(TENANT, language="uk"), rules).rule == "default"


def test_without_a_review_rule_unsure_mail_still_goes_to_the_review_queue() -> None:
    rules = Rules.model_validate({"queues": {"general": {"title": "G"}, "review": {"title": "R"}}})
    assert decide(replace(TENANT, needs_review=True), rules).queue == "review"
