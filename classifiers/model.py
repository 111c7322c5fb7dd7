"""The multilingual category model and the urgency model (scikit-learn), and predicting with them.

Character n-grams carry the model across scripts, broken spelling and languages with little training data;
word n-grams add precision where there is more. The sender's own words count fully, quoted and forwarded text
at a third. Header and attachment facts are tokens of their own. A linear SVM, calibrated (Platt scaling over
5 folds), gives probabilities that mean something, so that "unsure" can send a mail to review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.svm import LinearSVC

from classifiers.concepts import concept_tokens
from classifiers.language import detect
from classifiers.machine import machine_verdict
from classifiers.text import mask, prepare
from classifiers.types import HUMAN, MailInput, Prediction
from classifiers.urgency import names_a_deadline, urgent_phrases

DEFAULT_REVIEW_THRESHOLD = 0.6
# Missing an eviction costs more than one extra "dringend" mark: urgency leans towards recall.
URGENT_THRESHOLD = 0.4
# A machine-looking sender alone ("notification@...") is overruled only by words that clearly say spam: a real
# portal notification reads much like phishing and belongs in the filed mail, not in quarantine.
SURE_SPAM = 0.8


def pick(docs: Sequence[dict[str, str]], name: str) -> list[str]:
    return [d[name] for d in docs]


def _field(name: str) -> FunctionTransformer:
    return FunctionTransformer(pick, kw_args={"name": name})


def meta_tokens(mail: MailInput) -> str:
    """Facts from headers, structure and attachments, as tokens ("att_pdf html_only ...")."""
    tokens = []
    if not mail.text.strip() and mail.html.strip():
        tokens.append("html_only")
    if not mail.subject.strip():
        tokens.append("no_subject")
    prefix = re.match(r"^\s*(re|aw|wg|fwd?|sv|vs|odp|ответ|رد)\s*:", mail.subject, re.IGNORECASE)
    if prefix:
        tokens.append("subject_reply_or_forward")
    for filename, ctype in mail.attachments:
        ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ctype.split("/")[-1]
        tokens.append(f"att_{re.sub(r'[^a-z0-9]', '', ext)[:10]}")
    if mail.attachments:
        tokens.append("has_attachment")
    domain = mail.sender.rsplit("@", 1)[-1].lower() if "@" in mail.sender else ""
    if domain:
        tokens.append("tld_" + domain.rsplit(".", 1)[-1])
    for name in ("List-Id", "List-Unsubscribe", "Auto-Submitted", "X-Autoreply", "Precedence", "Reply-To"):
        if mail.header(name) is not None:
            tokens.append("hdr_" + name.lower().replace("-", "_"))
    ctype = (mail.header("Content-Type") or "text/plain").split(";")[0].strip().lower()
    tokens.append("ctype_" + re.sub(r"[^a-z]", "_", ctype))
    return " ".join(tokens)


def features(mail: MailInput) -> dict[str, str]:
    own, quoted = prepare(mail)
    concepts = " ".join(concept_tokens(own))
    # The constant "quoted:" keeps the quoted-text vocabulary from being empty when no mail quotes anything.
    return {
        "own": own,
        "own_masked": mask(own),
        "opening": mask(own[:300]),
        "quoted": f"quoted: {mask(quoted)}",
        "meta": f"{meta_tokens(mail)} {concepts}".strip(),
    }


def vectorizers(*estimators: Any) -> Iterator[CountVectorizer]:
    """Every vectorizer inside these estimators (pipelines, unions), in a fixed order."""
    stack: list[Any] = list(estimators)
    while stack:
        item = stack.pop()
        if isinstance(item, CountVectorizer):  # TfidfVectorizer is one too
            yield item
        for attr in ("transformer_list", "steps"):
            stack.extend(step for _, step in reversed(getattr(item, attr, [])))


def _tfidf(field: str, **options: Any) -> Pipeline:
    return Pipeline([("pick", _field(field)), ("tfidf", TfidfVectorizer(sublinear_tf=True, **options))])


def build_category_pipeline() -> Pipeline:
    union = FeatureUnion(
        [
            ("own_chars", _tfidf("own_masked", analyzer="char_wb", ngram_range=(3, 4), min_df=2, max_features=60_000)),
            ("own_words", _tfidf("own_masked", token_pattern=r"(?u)\b\w\w+\b", max_features=30_000)),
            ("opening", _tfidf("opening", token_pattern=r"(?u)\b\w\w+\b", ngram_range=(1, 2), min_df=2)),
            ("quoted", _tfidf("quoted", analyzer="char_wb", ngram_range=(3, 5), min_df=2, max_features=10_000)),
            (
                "meta",
                Pipeline([("pick", _field("meta")), ("count", CountVectorizer(binary=True, token_pattern=r"\S+"))]),
            ),
        ],
        transformer_weights={"own_chars": 1.0, "own_words": 1.0, "opening": 0.5, "quoted": 0.3, "meta": 1.0},
    )
    # Temperature scaling calibrates all classes with one parameter, so it leaves the SVM's ranking alone
    # (per-class sigmoids shifted decisions towards the largest class here).
    svm = LinearSVC(C=3.0, class_weight="balanced", max_iter=5000)
    # ensemble=False: one SVM fitted on all data, calibrated on out-of-fold scores: a fifth of the model size.
    calibrated = CalibratedClassifierCV(svm, method="temperature", cv=5, ensemble=False)
    return Pipeline([("features", union), ("clf", calibrated)])


def build_urgency_classifier(learnable: bool = True) -> LogisticRegression | DummyClassifier:
    """Urgency is read from the same character n-grams of the sender's own words as the category. Without
    urgent and non-urgent examples to learn from, only the phrase list decides."""
    if not learnable:
        return DummyClassifier(strategy="constant", constant=False)
    return LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)


def own_chars(union: FeatureUnion, x: Any) -> Any:
    """The columns of the sender's own words' character n-grams (the union's first block)."""
    width = len(union.transformer_list[0][1].named_steps["tfidf"].vocabulary_)
    return x[:, :width]


_FEATURE_LABELS = {
    "html_only": "nur HTML, kein Text",
    "no_subject": "kein Betreff",
    "subject_reply_or_forward": "Antwort oder Weiterleitung (Betreff)",
    "has_attachment": "hat Anhänge",
    "hdr_list_id": "Verteiler-Kopfzeile List-Id",
    "hdr_list_unsubscribe": "Abmeldelink (List-Unsubscribe)",
    "hdr_reply_to": "eigene Antwortadresse (Reply-To)",
    "concept_offer": "bietet Wohnraum an (in jeder Sprache erkannt)",
    "concept_seek": "sucht Wohnung oder Hilfe beim Wohnen (in jeder Sprache erkannt)",
    "concept_public": "Presse, Forschung, Verein oder Behörde (in jeder Sprache erkannt)",
    "concept_scam": "typische Betrugs- oder Werbeformulierung",
    "concept_my_tenant": "schreibt über eigene Mieter (Vermieter)",
    "concept_other_office": "Thema eines anderen Amtes (Kita, Parken, Hundesteuer ...)",
    "concept_workshop": "Wohn-Workshop, Kurs oder Teilnahmebestätigung (in jeder Sprache erkannt)",
    "concept_on_behalf": "schreibt für eine andere Person (Eltern, Nachbarn, Klienten)",
    "concept_placed": "schreibt über vermittelte Interessenten, Besichtigung oder Mietvertrag (Vermieter)",
    "concept_business": "Firma, Dienstleistung oder Sachspende",
    "concept_have_flat": "hat eine Wohnung oder ein Zimmer zu vermieten",
    "concept_found_flat": "hat eine Wohnung oder Anzeige gefunden oder war zur Besichtigung",
    "concept_neighbour": "wohnt neben einer Unterkunft (Nachbar)",
}
_NOT_SHOWN = ("meta__ctype_", "meta__tld_")
_MASKED = {"weblink": "enthält einen Link", "emailaddress": "nennt eine E-Mail-Adresse"}
_CATEGORY_DE = {
    "tenant_request": "Anliegen Wohnungssuchender",
    "landlord_offer": "Vermieterangebot",
    "inquiry": "allgemeine Anfrage",
    "auto": "automatische Mail",
    "spam": "Spam",
}


def _part_of_a_mask(feature: str) -> bool:
    """Character n-grams of the stand-ins for links and addresses ("eblin") mean nothing to staff."""
    group, _, value = feature.partition("__")
    return group in ("own_chars", "quoted") and any(value.strip() in f" {m} " for m in _MASKED if value.strip())


def _readable(feature: str) -> str:
    group, _, value = feature.partition("__")
    if group == "meta":
        if value.startswith("att_"):
            return f"Anhang vom Typ {value[4:].upper()}"
        return _FEATURE_LABELS.get(value, f"Merkmal {value}")
    if group == "own_words":
        return _MASKED.get(value, f"Wort »{value}«")
    if group == "quoted":
        return f"im zitierten Text »{value.strip()}«"
    return f"Wortteil »{value.strip()}«"


def _row(x: Any, i: int) -> tuple[np.ndarray, np.ndarray]:
    """Column indices and values of row i of a CSR matrix, without building a one-row matrix (which costs more
    than classifying the mail)."""
    start, end = x.indptr[i], x.indptr[i + 1]
    return x.indices[start:end], x.data[start:end]


@dataclass
class Model:
    """A trained category model and urgency model, with what is known about them."""

    category: Pipeline
    urgency: LogisticRegression | DummyClassifier
    info: dict[str, Any]

    @property
    def review_threshold(self) -> float:
        return float(self.info.get("review_threshold", DEFAULT_REVIEW_THRESHOLD))

    def _feature_names(self) -> list[str]:
        if "_names" not in self.__dict__:
            union = self.category.named_steps["features"]
            self.__dict__["_names"] = [
                f"{name}__{feature}"
                for name, pipeline in union.transformer_list
                for feature in pipeline.steps[-1][1].get_feature_names_out()
            ]
        return self.__dict__["_names"]

    def _coefficients(self) -> np.ndarray:
        calibrated = self.category.named_steps["clf"].calibrated_classifiers_
        return np.mean([c.estimator.coef_ for c in calibrated], axis=0)

    def predict(self, mails: Sequence[MailInput], review_threshold: float | None = None) -> list[Prediction]:
        threshold = self.review_threshold if review_threshold is None else review_threshold
        docs = [features(m) for m in mails]
        pipeline = self.category
        x = pipeline.named_steps["features"].transform(docs)
        probabilities = pipeline.named_steps["clf"].predict_proba(x)
        classes = [str(c) for c in pipeline.named_steps["clf"].classes_]
        urgent_p = np.zeros(len(docs))
        tenants = [i for i, p in enumerate(probabilities) if classes[int(np.argmax(p))] == "tenant_request"]
        if tenants and True in list(self.urgency.classes_):
            column = list(self.urgency.classes_).index(True)
            rows = own_chars(pipeline.named_steps["features"], x[tenants])
            urgent_p[tenants] = self.urgency.predict_proba(rows)[:, column]
        coef = self._coefficients()
        names = self._feature_names()
        x = x.tocsr()
        results = []
        for i, mail in enumerate(mails):
            results.append(
                self._one(
                    mail, docs[i], _row(x, i), probabilities[i], classes, float(urgent_p[i]), coef, names, threshold
                )
            )
        return results

    def _one(
        self,
        mail: MailInput,
        doc: dict[str, str],
        row: tuple[np.ndarray, np.ndarray],
        probs: np.ndarray,
        classes: list[str],
        urgent_p: float,
        coef: np.ndarray,
        names: list[str],
        threshold: float,
    ) -> Prediction:
        language, language_confidence = detect(doc["own"])
        by_class = {c: round(float(p), 4) for c, p in zip(classes, probs, strict=True)}
        machine = machine_verdict(mail)
        best = int(np.argmax(probs))
        if machine.is_machine and not (machine.sender_only and by_class.get("spam", 0) >= SURE_SPAM):
            return Prediction(
                category="auto",
                confidence=1.0,
                language=language,
                language_confidence=language_confidence,
                urgent=False,
                needs_review=False,
                reasons=machine.reasons,
                probabilities=by_class,
                model=str(self.info.get("trained_at", "")),
            )
        category, confidence = classes[best], float(probs[best])
        reasons = [f"{_CATEGORY_DE[category]} zu {confidence:.0%}", *machine.reasons]
        indices, data = row
        contributions = data * coef[best, indices]
        shown = 0
        for j in np.argsort(contributions)[::-1]:
            name = names[indices[j]]
            if contributions[j] <= 0 or shown == 3:
                break
            if not name.startswith(_NOT_SHOWN) and not _part_of_a_mask(name):
                reasons.append(_readable(name))
                shown += 1
        urgent = False
        if category == "tenant_request":
            phrases = urgent_phrases(doc["own"])
            urgent = urgent_p >= URGENT_THRESHOLD or bool(phrases and names_a_deadline(doc["own"]))
            if urgent:
                said = ", ".join(phrases) if phrases else "wie dringende Anliegen im Training"
                reasons.append(f"dringend: {said}")
        needs_review = confidence < threshold
        if needs_review:
            reasons.append(f"unsicher (unter {threshold:.0%}): bitte prüfen")
        if category in HUMAN and by_class.get("spam", 0) > 0.2:
            reasons.append(f"Spam-Verdacht {by_class['spam']:.0%}")
        return Prediction(
            category=category,
            confidence=round(confidence, 4),
            language=language,
            language_confidence=round(language_confidence, 4),
            urgent=urgent,
            needs_review=needs_review,
            reasons=tuple(reasons),
            probabilities=by_class,
            model=str(self.info.get("trained_at", "")),
        )
