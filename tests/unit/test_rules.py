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
