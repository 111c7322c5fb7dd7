"""rules.yaml is checked strictly; every problem names the file, the line and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.errors import ConfigError
from triage.rules.loader import load_rules

SHIPPED = Path(__file__).parents[2] / "rules.yaml"


def test_the_shipped_rules_are_valid() -> None:
    rules = load_rules(SHIPPED)
    assert rules.review.min_confidence == 0.6
    assert {"case-management", "landlord-network", "general", "review"} <= rules.queues.keys()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version: 1\nqueues:\n  general: {title: x, colour: red}\n", ":3: queues.general.colour: unknown key"),
        (
            "version: 1\nreview:\n  min_confidence: 2\n",
            ":3: review.min_confidence: Input should be less than or equal to 1",
        ),
        ("version: 1\nreveiw:\n  min_confidence: 0.5\n", ":2: reveiw: unknown key"),
        ("version: 1\nqueues: [a, b\n", "not valid YAML"),
        ("- just\n- a list\n", ":1: the rules file must be a mapping"),
        ("version: 1\nqueues:\n  general: {}\n", "queues.general.title: Field required"),
    ],
)
def test_every_problem_names_file_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_a_missing_rules_file_says_which_setting_to_check(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="TRIAGE_RULES"):
        load_rules(tmp_path / "nope.yaml")


ROUTING = """version: 1
queues:
  general: {title: Allgemein}
  cases: {title: Fälle}
routing:
  - name: tenants
    when: {category: tenant_request}
    then: {queue: cases}
  - name: typo
    when: {category: tenant_request}
    then: {queue: casse}
default: {queue: general}
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ROUTING, ":11: routing.1.then.queue: unknown queue 'casse'; declared are: general, cases"),
        (ROUTING.replace("name: typo", "name: tenants"), ":9: routing.1.name: the rule name 'tenants' is used twice"),
        (
            ROUTING.replace(
                "{category: tenant_request}\n    then: {queue: casse}", "{category: tennant}\n    then: {queue: cases}"
            ),
            ":10: routing.1.when.category: Value error, unknown category 'tennant'",
        ),
        (
            ROUTING.replace(
                "{category: tenant_request}\n    then: {queue: casse}",
                "{subject_matches: '(unclosed'}\n    then: {queue: cases}",
            ),
            "routing.1.when.subject_matches: Value error, pattern '(unclosed' is not a valid regular expression",
        ),
        (
            ROUTING.replace("then: {queue: casse}", "then: {queue: cases, forward: 'not an address'}"),
            "routing.1.then.forward: Value error, 'not an address' is not an e-mail address",
        ),
        (
            ROUTING.replace(
                "when: {category: tenant_request}\n    then: {queue: cases}",
                "when: {urgent: sometimes}\n    then: {queue: cases}",
            ),
            ":7: routing.0.when.urgent: Input should be a valid boolean",
        ),
    ],
)
def test_routing_problems_name_the_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    assert expected in str(caught.value)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\nqueus: {}\nreview: {min_confidence: 7}\ndefault: {queue: general, prio: high}\n")
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    message = str(caught.value)
    assert ":2: queus: unknown key" in message
    assert ":3: review.min_confidence" in message
    assert ":4: default.prio: unknown key" in message


def test_the_shipped_rules_route_accommodation_problems_to_team_501() -> None:
    rules = load_rules(SHIPPED)
    rule = next(r for r in rules.routing if r.name == "accommodation-issue")
    assert rule.then.forward and "501" in rule.then.forward
    assert {"filed", "quarantine"} <= rules.queues.keys()
    assert not rules.queues["filed"].work and not rules.queues["quarantine"].work
