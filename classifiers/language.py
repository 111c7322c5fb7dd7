"""Language detection with py3langid, whose model ships inside the package (no download). Restricted to the
languages the team receives; Tigrinya (Ethiopic script) and Somali, which the model does not know, are
recognised by script and by their most frequent words."""

from __future__ import annotations

import re
from functools import lru_cache

MIN_CONFIDENCE = 0.3  # below this, say "undetermined" rather than guess (short replies like "ok")
LANGID_LANGUAGES = ("de", "en", "ar", "fa", "uk", "ru", "tr", "fr", "ku", "ps")
_ETHIOPIC = re.compile(r"[\u1200-\u137f]")
_LETTER = re.compile(r"\w", re.UNICODE)
_SOMALI_WORDS = frozenset(
    [
        "waxaan",
        "waa",
        "iyo",
        "ayaa",
        "aan",
        "oo",
        "ku",
        "ka",
        "ma",
        "haddii",
        "sidee",
        "waxay",
        "kale",
        "hooyo",
        "caruur",
        "carruurta",
        "guri",
        "guriga",
        "magaalada",
        "fadlan",
        "mahadsanid",
        "waxa",
        "xaafadda",
        "caawimaad",
        "caawin",
        "qoyska",
        "lacag",
        "kirada",
    ]
)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGID_LANGUAGES))
    return identifier


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1). Empty or letterless text is "und" (undetermined)."""
    sample = text[:400]
    letters = _LETTER.findall(sample)
    if len(letters) < 2:
        return "und", 0.0
    ethiopic = len(_ETHIOPIC.findall(sample))
    if ethiopic > len(letters) * 0.3:
        return "ti", min(1.0, ethiopic / len(letters) + 0.3)
    words = re.findall(r"[a-z']+", sample.lower())
    somali = sum(1 for w in words if w in _SOMALI_WORDS)
    if words and somali >= 2 and somali / len(words) > 0.12:
        return "so", min(1.0, 0.5 + somali / len(words))
    code, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return "und", float(confidence)
    return code, float(confidence)
