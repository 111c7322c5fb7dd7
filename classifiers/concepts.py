"""Shared concepts across languages: phrases that mean "I rent out a flat", "we are looking for a flat",
"I write for a newspaper / a study / an association", "send the deposit abroad" in each language the team
receives. They become language-independent tokens, so what the model learns from the many German examples
carries over to Farsi or Turkish mail with few examples of their own."""

from __future__ import annotations

import re

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "offer": (
        r"vermiete|zu vermieten|vermieten (möchte|will|würde)|wohnung (ist )?frei ab|kaltmiete|warmmiete|"
        r"nebenkosten|exposé|expose|nachmieter|mieter(in)? (gesucht|finden)|meine wohnung|unsere wohnung in|"
        r"leerstehend|wohnungsbaugesellschaft|genossenschaft|hausverwaltung",
        r"rent (it )?out|for rent|to let|available from|my (flat|apartment)|our (flat|apartment)|landlord|"
        r"property (manager|management)|vacant",
        r"je loue|à louer|mon appartement|propriétaire|disponible à partir",
        r"сдаю|сдам|сдать|моя квартира|арендатор|арендодател|свободна с",
        r"здаю|здам|здати|моя квартира|орендар|орендодав|вільна з",
        r"kiraya ver|kiralık|kiracı|ev sahib|dairem|boş daire",
        r"للإيجار|أؤجر|اؤجر|أأجر|شقتي|مستأجر|المؤجر|إيجار بارد",
        r"اجاره (می ?)?(دهم|بدهم)|برای اجاره|مستأجر|صاحبخانه|آپارتمانم",
    ),
    "seek": (
        r"suche|suchen|gesucht|wohnungssuche|wbs|wohnberechtigungsschein|unterkunft|heim\b|jobcenter|"
        r"mietschuldenfreiheit|schufa|kaution|ausziehen|workshop|teilnahmebescheinigung|zertifikat",
        r"looking for|searching|search for|need (a|an) (flat|apartment|home|place)|we are a family|shelter",
        r"je cherche|nous cherchons|cherche un logement|logement|foyer",
        r"ищу|ищем|нужна квартира|нужно жиль|жильё|жилье|общежит",
        r"шукаю|шукаємо|потрібна квартира|житло|гуртожит",
        r"arıyorum|arıyoruz|ev lazım|ev bul|barınma",
        r"أبحث|نبحث|ابحث|بحاجة إلى (شقة|سكن)|سكن|الكامب|مأوى",
        r"دنبال|می ?گردم|خانه پیدا|سرپناه|کمپ",
        r"raadin|guri|hooy",
        r"digerim|xanî|mal dig",
        r"کور لټو|کور غواړ",
        r"ገዛ|ኣባይቲ",
    ),
    "public": (
        r"redaktion|zeitung|artikel|interview|journalist|presse|reportage|bachelorarbeit|masterarbeit|"
        r"studie|umfrage|forschung|hochschule|universität|verein|initiative|veranstaltung|einladung|"
        r"stadtrat|fraktion|ratsmitglied|kommune|landkreis|ministerium|ehrenamt|spende",
        r"newspaper|journalist|article|thesis|research|study|survey|invitation|event|association|council|"
        r"university|volunteer|donation|conference|webinar",
        r"journaliste|journal|recherche|étude|association|invitation|conférence|bénévole",
        r"журналист|газет|исследован|ассоциац|приглаш|университет|волонт",
        r"журналіст|газет|дослідж|асоціац|запрош|університет|волонт",
        r"gazeteci|gazete|araştırma|dernek|davet|üniversite|gönüllü",
        r"صحفي|جريدة|صحيفة|دراسة|جمعية|دعوة|جامعة|متطوع",
        r"خبرنگار|روزنامه|پژوهش|انجمن|دعوت|دانشگاه|داوطلب",
    ),
    "scam": (
        r"western union|moneygram|paysafe|bitcoin|krypto|crypto|lotter|gewinn(spiel|er)|gewonnen|"
        r"schlüssel per (post|dhl)|keys? by (post|dhl|courier)|send (the )?deposit|kaution (vorab |ins ausland)|"
        r"hier klicken|click here|konto (gesperrt|verifizieren)|verify your account|postfach (ist )?voll|"
        r"mailbox (is )?full|seo|backlinks?|investment opportunity|inheritance|erbschaft",
    ),
}
# Matched against lower-cased text: much faster than IGNORECASE on long alternations.
_COMPILED = {name: re.compile("|".join(f"(?:{p})" for p in patterns)) for name, patterns in _CONCEPTS.items()}


def concept_tokens(text: str) -> list[str]:
    """One token per concept the text expresses, e.g. ["concept_offer"]."""
    lowered = text.lower()
    return [f"concept_{name}" for name, pattern in _COMPILED.items() if pattern.search(lowered)]
