"""Saving and loading a model: skops (no pickle), atomically (write aside, then rename), with a format version
and what the model was trained on. An unreadable, foreign or outdated file is refused with ModelError, and the
service then trains a new one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from classifiers.model import Model

# 1: category pipeline (char+word TF-IDF, calibrated LinearSVC) + urgency pipeline, metadata dict.
FORMAT_VERSION = 1
TRUSTED = ["classifiers.model.pick"]


class ModelError(Exception):
    """The model file cannot be used; train a new one (`triage train`)."""


def save(model: Model, path: Path) -> None:
    import skops.io as sio

    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    info = {**model.info, "format_version": FORMAT_VERSION}
    sio.dump({"info": info, "category": model.category, "urgency": model.urgency}, part)
    os.replace(part, path)


def load(path: Path) -> Model:
    import skops.io as sio

    if not path.exists():
        raise ModelError(f"no model at {path}")
    try:
        untrusted = set(sio.get_untrusted_types(file=path))
        unexpected = untrusted - set(TRUSTED)
        if unexpected:
            raise ModelError(f"{path} contains types this version does not trust: {sorted(unexpected)[:5]}")
        content: dict[str, Any] = sio.load(path, trusted=sorted(untrusted))
    except ModelError:
        raise
    except Exception as err:  # a truncated, corrupt or foreign file fails in many ways inside skops
        raise ModelError(f"{path} is not a readable model file ({type(err).__name__}: {err})") from err
    info = content.get("info", {}) if isinstance(content, dict) else {}
    if info.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{path} has model format {info.get('format_version')!r}, this version reads {FORMAT_VERSION}")
    return Model(category=content["category"], urgency=content["urgency"], info=info)
