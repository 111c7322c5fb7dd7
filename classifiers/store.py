"""Saving and loading a model: no pickle, atomically (write aside, then rename), with a format version and
what the model was trained on. An unreadable, foreign or outdated file is refused with ModelError, and the
service then trains a new one.

The file is a zip of two members: `model.skops` (the fitted scikit-learn objects, skops format, loaded with
an explicit list of trusted types) and `vocabularies.json` (each vectorizer's n-grams in index order). skops
writes large dicts very slowly and very large, so the vocabularies travel as plain JSON lists.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from typing import Any

from classifiers.model import Model, vectorizers

# 1: category pipeline (char+word TF-IDF, temperature-calibrated LinearSVC) + urgency pipeline, metadata dict;
#    vocabularies as JSON beside the skops part.
# 2: the features changed under the same pipeline shape (links and addresses masked, an opening block, more
#    concepts, concepts only at word starts); a format-1 model would read them wrongly, so it is trained anew.
FORMAT_VERSION = 2
TRUSTED = [
    "classifiers.model.pick",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._TemperatureScaling",
]


class ModelError(Exception):
    """The model file cannot be used; train a new one (`triage train`)."""


def save(model: Model, path: Path) -> None:
    import skops.io as sio

    vocabularies = []
    for vectorizer in vectorizers(model.urgency, model.category):
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        vocabularies.append(terms)
    held = [(v, v.vocabulary_) for v in vectorizers(model.urgency, model.category)]
    try:
        for vectorizer, _ in held:
            del vectorizer.vocabulary_
        info = {**model.info, "format_version": FORMAT_VERSION}
        blob = sio.dumps({"info": info, "category": model.category, "urgency": model.urgency})
    finally:
        for vectorizer, vocabulary in held:
            vectorizer.vocabulary_ = vocabulary
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("model.skops", blob)
        archive.writestr("vocabularies.json", json.dumps(vocabularies, ensure_ascii=False))
    os.replace(part, path)


def load(path: Path) -> Model:
    import skops.io as sio

    if not path.exists():
        raise ModelError(f"no model at {path}")
    try:
        with zipfile.ZipFile(path) as archive:
            blob = archive.read("model.skops")
            vocabularies = json.loads(archive.read("vocabularies.json"))
        untrusted = set(sio.get_untrusted_types(data=blob))
        unexpected = untrusted - set(TRUSTED)
        if unexpected:
            raise ModelError(f"{path} contains types this version does not trust: {sorted(unexpected)[:5]}")
        content: dict[str, Any] = sio.loads(blob, trusted=sorted(untrusted))
    except ModelError:
        raise
    except Exception as err:  # a truncated, corrupt or foreign file fails in many ways
        raise ModelError(f"{path} is not a readable model file ({type(err).__name__}: {err})") from err
    info = content.get("info", {}) if isinstance(content, dict) else {}
    if info.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{path} has model format {info.get('format_version')!r}, this version reads {FORMAT_VERSION}")
    model = Model(category=content["category"], urgency=content["urgency"], info=info)
    found = list(vectorizers(model.urgency, model.category))
    if len(found) != len(vocabularies):
        raise ModelError(f"{path} is inconsistent: {len(found)} vectorizers, {len(vocabularies)} vocabularies")
    for vectorizer, terms in zip(found, vocabularies, strict=True):
        vectorizer.vocabulary_ = {term: i for i, term in enumerate(terms)}
    return model
