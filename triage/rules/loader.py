"""Reading rules.yaml: every problem reported with file, line and key."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from triage.errors import ConfigError
from triage.rules.schema import Rules


def _line_of(node: yaml.Node | None, path: tuple[object, ...]) -> int | None:
    """The line (1-based) of the key at `path`, or of the nearest parent key that exists."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in path:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == str(key)), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def load_rules(path: Path) -> Rules:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read the rules file ({err.strerror}); check TRIAGE_RULES") from err
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"{where}: not valid YAML: {getattr(err, 'problem', err)}") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: the rules file must be a mapping of keys (version, queues, ...)")
    try:
        rules = Rules.model_validate(data)
        found = rules.cross_problems()
    except ValidationError as err:
        found = [(tuple(e["loc"]), "unknown key" if e["type"] == "extra_forbidden" else e["msg"]) for e in err.errors()]
    if found:
        problems = [f"{path}:{_line_of(node, loc)}: {'.'.join(map(str, loc))}: {message}" for loc, message in found]
        raise ConfigError("invalid rules file:\n  " + "\n  ".join(problems))
    return rules
