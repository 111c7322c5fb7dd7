"""The classifier's rules and guards: machine mail is recognised from headers before any model looks at the
words, languages are told apart on short texts, a worse model is never promoted, and a broken or outdated
model file is refused so that a new one is trained."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from classifiers import store
from classifiers.concepts import concept_tokens
from classifiers.language import detect
from classifiers.machine import machine_verdict
from classifiers.model import Model
from classifiers.text import html_to_text, split_own_words
from classifiers.train import Example, is_held_out, train
from classifiers.types import MailInput
from classifiers.urgency import names_a_deadline, urgent_phrases


def mail(**kw: object) -> MailInput:
    return MailInput(**{"subject": "Wohnung", "text": "Ich suche eine Wohnung.", "sender": "a@example.org", **kw})


@pytest.mark.parametrize(
    ("headers", "sender", "subject", "reason"),
    [
        ((("Auto-Submitted", "auto-replied"),), "k@example.org", "Re: Wohnung", "Auto-Submitted"),
        ((("X-Autoreply", "yes"),), "k@example.org", "Wohnung", "X-Autoreply"),
        ((("Precedence", "bulk"),), "news@example.org", "Rundbrief", "Precedence"),
        ((("List-Id", "<verein.example.org>"),), "info@example.org", "Fachtag", "List-Id"),
        ((("Content-Type", "multipart/report; report-type=delivery-status"),), "x@example.net", "Fehler", "report"),
        ((("Return-Path", "<>"),), "x@example.net", "Nachricht", "Return-Path"),
        ((), "MAILER-DAEMON@example.net", "Returned mail", "Maschinenadresse"),
        ((), "no-reply@portal.example.com", "Ihr Termin", "Maschinenadresse"),
        ((), "m.weber@example.com", "Automatische Antwort: Wohnung in Refrath", "automatische Nachricht"),
        ((), "m.weber@example.com", "Automatic reply: flat", "automatische Nachricht"),
        ((), "m.weber@example.com", "Абwesenheitsnotiz: x".replace("Аб", "Ab"), "automatische Nachricht"),
        ((), "m.weber@example.com", "Undeliverable: Ihre Nachricht", "automatische Nachricht"),
        ((), "m.weber@example.com", "Gelesen: Wohnungsangebot", "automatische Nachricht"),
    ],
)
def test_machine_mail_is_recognised_from_headers_and_structure(
    headers: tuple, sender: str, subject: str, reason: str
) -> None:
    verdict = machine_verdict(mail(headers=headers, sender=sender, subject=subject))
    assert verdict.is_machine
    assert any(reason in r for r in verdict.reasons)


@pytest.mark.parametrize(
    ("headers", "sender", "subject"),
    [
        ((("Auto-Submitted", "no"),), "k@example.org", "Wohnung"),
        ((), "k.weber@example.org", "AW: Ihre Nachricht an das Auszugsmanagement"),
        ((), "readme@example.org", "Read the listing please"),
        ((("X-Auto-Response-Suppress", "All"),), "k@example.org", "Wohnungsangebot Bensberg"),
    ],
)
def test_people_are_not_machines(headers: tuple, sender: str, subject: str) -> None:
    assert not machine_verdict(mail(headers=headers, sender=sender, subject=subject)).is_machine


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hallo ich suche wohnung 4 person", "de"),
        ("Hello, I need a flat for my family", "en"),
        ("مرحبا أبحث عن شقة", "ar"),
        ("سلام من دنبال خانه هستم", "fa"),
        ("Шукаємо квартиру для сім'ї", "uk"),
        ("Ищем квартиру, помогите", "ru"),
        ("Merhaba, ev arıyorum", "tr"),
        ("Bonjour je cherche un logement", "fr"),
        ("Silav, ez li xaniyekî digerim", "ku"),
        ("سلام زه کور لټوم", "ps"),
        ("ሰላም ገዛ እደሊ ኣለኹ", "ti"),
        ("Waxaan raadinayaa guri, fadlan i caawi", "so"),
    ],
)
def test_language_of_short_texts(text: str, language: str) -> None:
    assert detect(text)[0] == language


def test_too_little_text_is_undetermined_not_guessed() -> None:
    assert detect("ok")[0] == "und"
    assert detect("")[0] == "und"


def test_quoted_reply_and_phone_footer_are_split_off() -> None:
    own, _ = split_own_words(
        "Danke, ich komme am Montag.\nVon meinem iPhone gesendet\n\nAm 3.11. schrieb Team <x@y>:\n> Termin am Montag"
    )
    assert own == "Danke, ich komme am Montag." and "Termin" not in own
    own, _ = split_own_words("---------- Forwarded message ---------\nVon: Vermieter\nWohnung frei")
    assert "Wohnung frei" in own, "a bare forward keeps what it forwards"


def test_html_only_mail_becomes_text() -> None:
    assert html_to_text("<html><style>p{}</style><p>2 Zimmer</p><p>540&nbsp;€</p></html>") == "2 Zimmer\n\n540 €"


def test_urgent_phrases_in_several_languages() -> None:
    assert urgent_phrases("Wir haben einen Räumungstermin am Freitag") == ["Räumung/Zwangsräumung"]
    assert urgent_phrases("Нас выселяют из квартиры") == ["выселение"]
    assert urgent_phrases("يجب أن نغادر السكن") == ["إخلاء/طرد"]
    assert names_a_deadline("bis Montag") and not names_a_deadline("im Frühling")
    assert urgent_phrases("Ich möchte mich für den Workshop anmelden") == []


def test_held_out_part_is_a_fixed_quarter() -> None:
    keys = [f"mails/x/x-{i:04d}.eml" for i in range(2000)]
    share = sum(map(is_held_out, keys)) / len(keys)
    assert 0.2 < share < 0.3
    assert [is_held_out(k) for k in keys] == [is_held_out(k) for k in keys]


def _examples() -> list[Example]:
    texts = {
        "tenant_request": [
            "Ich suche eine Wohnung für meine Familie",
            "Wir suchen dringend eine Wohnung",
            "Suche Wohnung, WBS vorhanden",
            "Brauche Hilfe bei der Wohnungssuche",
        ],
        "landlord_offer": [
            "Ich vermiete eine 3-Zimmer-Wohnung in Refrath",
            "Wohnung frei ab Mai, Kaltmiete 600",
            "Wir vermieten zwei Wohnungen",
            "Vermiete Zimmer an Geflüchtete",
        ],
        "inquiry": [
            "Ich schreibe für die Zeitung über Ihr Projekt",
            "Einladung zu unserer Veranstaltung",
            "Frage für meine Bachelorarbeit",
            "Presseanfrage zum Wohnprojekt",
        ],
        "spam": [
            "Sie haben im Lotto gewonnen, klicken Sie hier",
            "Bitcoin Investment mit Gewinngarantie",
            "Ihr Postfach ist voll, hier klicken",
            "Kaution per Western Union senden",
        ],
        "auto": [
            "Ich bin bis Montag nicht im Büro",
            "Abwesend bis 3. Mai",
            "Ich bin im Urlaub",
            "Nicht im Haus bis Freitag",
        ],
    }
    return [
        Example(key=f"{c}-{i}-{n}", mail=MailInput(subject="", text=t), category=c, language="de")
        for c, ts in texts.items()
        for i, t in enumerate(ts)
        for n in range(6)
    ]


def test_a_worse_model_is_not_promoted() -> None:
    examples = _examples()
    first = train(examples, review_threshold=0.5)
    assert first.promoted
    poisoned = [
        Example(key=f"correction:{i}", mail=MailInput(text=e.mail.text), category="spam")
        for i, e in enumerate(examples)
        if e.category == "tenant_request" and not is_held_out(e.key)
    ] * 5
    second = train(examples, poisoned, current=first.model, review_threshold=0.5)
    assert not second.promoted
    assert "not promoted" in second.why


def test_model_round_trips_through_its_file(tmp_path: Path) -> None:
    model = train(_examples(), review_threshold=0.5).model
    path = tmp_path / "model.skops"
    store.save(model, path)
    again = store.load(path)
    probe = [MailInput(text="Ich vermiete eine Wohnung in Bensberg")]
    assert again.predict(probe)[0].category == model.predict(probe)[0].category == "landlord_offer"
    assert again.info["format_version"] == store.FORMAT_VERSION and again.info["training_mails"] > 0
    assert not list(tmp_path.glob("*.part")), "saved atomically, nothing left aside"


def test_corrupt_foreign_and_outdated_model_files_are_refused(tmp_path: Path) -> None:
    model = train(_examples(), review_threshold=0.5).model
    path = tmp_path / "model.skops"
    store.save(model, path)
    truncated = tmp_path / "truncated.skops"
    truncated.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(store.ModelError, match="not a readable model file"):
        store.load(truncated)
    garbage = tmp_path / "garbage.skops"
    garbage.write_bytes(b"\x80\x04 this is a pickle, not a model")
    with pytest.raises(store.ModelError):
        store.load(garbage)
    with pytest.raises(store.ModelError, match="no model"):
        store.load(tmp_path / "missing.skops")
    model.info["trained_at"] = "old"
    old = Model(model.category, model.urgency, {**model.info})
    store.save(old, path)
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    import skops.io as sio

    content = sio.loads(members["model.skops"], trusted=store.TRUSTED)
    content["info"]["format_version"] = 0
    members["model.skops"] = sio.dumps(content)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(store.ModelError, match="format 0"):
        store.load(path)


def test_suspected_spam_is_not_acknowledged_even_when_it_reads_as_human() -> None:
    from classifiers.types import Prediction

    def prediction(category: str, spam: float) -> Prediction:
        return Prediction(category, 0.7, "de", 1.0, False, False, probabilities={"spam": spam})

    assert prediction("landlord_offer", 0.05).acknowledge
    assert not prediction("landlord_offer", 0.3).acknowledge
    assert not prediction("spam", 0.9).acknowledge
    assert not prediction("auto", 0.0).acknowledge


def test_a_machine_looking_sender_alone_does_not_hide_phishing() -> None:
    """Phishing forges "notification@" senders: with nothing else machine-like about the mail, the words decide
    between auto and spam. Real machine headers always make it auto. Neither is ever acknowledged."""
    model = train(_examples(), review_threshold=0.5).model
    phishing = MailInput(
        subject="Postfach", text="Ihr Postfach ist voll, hier klicken", sender="notification@post.example.com"
    )
    headers = (("Auto-Submitted", "auto-generated"),)
    listed = MailInput(subject="Postfach", text=phishing.text, sender=phishing.sender, headers=headers)
    notice = MailInput(subject="Abwesend", text="Ich bin im Urlaub", sender="noreply@example.org")
    spam, auto, out_of_office = model.predict([phishing, listed, notice])
    assert machine_verdict(phishing).sender_only
    assert (spam.category, auto.category, out_of_office.category) == ("spam", "auto", "auto")
    assert "Maschinenadresse" in " ".join(spam.reasons)
    assert not (spam.acknowledge or auto.acknowledge or out_of_office.acknowledge)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Ich möchte mich für den Wohnungsführerschein anmelden", "concept_workshop"),
        ("Хочу записаться на курс по жилью", "concept_workshop"),
        ("أريد التسجيل في الدورة التدريبية للسكن", "concept_workshop"),
        ("Wohnungsführerschein kursuna katıldım, sertifikamı almadım", "concept_workshop"),
        ("Ich schreibe für meine Mutter, sie spricht kein Deutsch", "concept_on_behalf"),
        ("أكتب نيابة عن والدي", "concept_on_behalf"),
        ("Die Familie, die Sie mir geschickt haben, war zur Besichtigung da", "concept_placed"),
        ("wir haben ein freies Zimmer mit eigenem Eingang", "concept_have_flat"),
        ("selam benim bir evim var refrath 3 oda", "concept_have_flat"),
        ("Ich habe eine Wohnung in Refrath gefunden!", "concept_found_flat"),
        ("صباح الخير، لقيت الإعلان ده على Kleinanzeigen", "concept_found_flat"),
        ("Wir sind ein Umzugsunternehmen und machen Ihnen gern einen Kostenvoranschlag", "concept_business"),
        ("Gern veröffentlichen wir einen Gastartikel mit dofollow-Link", "concept_scam"),
        ("Would you consider adding a link to our guide?", "concept_scam"),
        ("ви переказуєте завдаток 900 € на рахунок агентства, ключі кур'єром", "concept_scam"),
        ("أرسل التأمين عبر ويسترن يونيون ونرسل المفاتيح بالبريد", "concept_scam"),
        ("wo mache ich die Anmeldung für die neue Wohnung", "concept_other_office"),
        ("Я живу навпроти Unterkunft, щоночі шум", "concept_neighbour"),
        ("Komeleya me we vedixwîne", "concept_public"),
        ("zdravstvuite sdayu kvartiru 2 komnaty", "concept_offer"),
        ("مرحبا، عندي سؤال عن Wohnungsführerschein", "concept_workshop"),
        ("Здравствуйте, у нас Kaution и WBS", "concept_seek"),
    ],
)
def test_concepts_are_recognised_across_languages(text: str, concept: str) -> None:
    assert concept in concept_tokens(text)


def test_concepts_start_at_the_start_of_a_word() -> None:
    assert "concept_workshop" not in concept_tokens("Ich mache gerade den Integrationskurs")
    assert "concept_other_office" in concept_tokens("Ich mache gerade den Integrationskurs")
    assert "concept_seek" not in concept_tokens("Das ist geheim")
    assert "concept_other_office" not in concept_tokens("Anmeldung zum Workshop am Samstag")
    assert "concept_have_flat" not in concept_tokens("Ich habe eine Wohnung in Refrath gefunden!")


@pytest.mark.parametrize(
    "attribution",
    [
        "Am Di., 3. März 2026 um 10:00 Uhr schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:",
        "On Tue, Mar 3, 2026 at 10:00 AM Integration Wohnen <\nintegration-wohnen@stadt-gl.de> wrote:",
        "вт, 3 мар. 2026 г. в 10:00, Integration Wohnen <integration-wohnen@stadt-gl.de>:",
        "вт, 3 бер. 2026 р. о 10:00 Integration Wohnen <integration-wohnen@stadt-gl.de> пише:",
        "في الثلاثاء، 3 مارس 2026 في 10:00 ص، كتب Integration Wohnen <integration-wohnen@stadt-gl.de>:",
        "Integration Wohnen <integration-wohnen@stadt-gl.de>, 3 Mar 2026 Sal, 10:00 tarihinde şunu yazdı:",
        "در تاریخ سه‌شنبه ۳ مارس ۲۰۲۶ Integration Wohnen <integration-wohnen@stadt-gl.de> نوشت:",
    ],
)
def test_quoted_replies_are_split_off_in_every_client_language(attribution: str) -> None:
    """Replies to our acknowledgement quote it: its words must not count as the sender's."""
    own, quoted = split_own_words(f"Danke, wir kommen am Montag.\n\n{attribution}\n> Ihre Anfrage GL-2026-000012")
    assert own == "Danke, wir kommen am Montag."
    assert "GL-2026-000012" in quoted


def test_an_address_in_the_senders_own_words_is_not_a_quote() -> None:
    own, _ = split_own_words("Sie erreichen mich unter a.b@example.org\nIch suche eine Wohnung für 4 Personen.")
    assert "4 Personen" in own


def test_the_line_before_an_attribution_stays_the_senders() -> None:
    own, _ = split_own_words("Wir sind 3 Personen.\nAm 3.3.2026 um 10:00 schrieb Team <team@example.org>:\n> Hallo")
    assert own == "Wir sind 3 Personen."


def test_every_concept_is_explained_in_words_staff_can_read() -> None:
    from classifiers.concepts import _CONCEPTS
    from classifiers.model import _readable

    for name in _CONCEPTS:
        assert not _readable(f"meta__concept_{name}").startswith("Merkmal"), name
