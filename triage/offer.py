"""The details of a landlord's offer, read from the text: pure functions, German and English wording."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_NUM = r"(\d{1,4}(?:[.,]\d{1,2})?)"
_EUR = r"\s*(?:€|eur\b|euro\b|,-)"

ROOMS = re.compile(
    r"(\d(?:[.,]5)?|ein|zwei|drei|vier|fünf|one|two|three|four|five)\s*(?:-\s*)?"
    r"(?:zimmer|zi\b|zi\.|zkb|raum|räume|rooms?\b|bedrooms?|pièces?|oda\b|комнат\w*|кімнат\w*|غرف)",
    re.IGNORECASE,
)
SIZE = re.compile(r"(?<![\d.,])(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:m²|m2\b|qm\b|quadratmeter|sqm|square met)", re.IGNORECASE)
COLD = re.compile(
    rf"(?:kaltmiete|grundmiete|nettokaltmiete|miete kalt|kalt|cold rent|net rent|base rent|loyer hors charges|"
    rf"soğuk kira|холодн\w* (?:аренд|оренд)\w*)\D{{0,25}}?{_NUM}{_EUR}"
    rf"|{_NUM}{_EUR}\s*(?:kalt|kaltmiete|grundmiete|cold)",
    re.IGNORECASE,
)
WARM = re.compile(
    rf"(?:warmmiete|miete warm|gesamtmiete|warm|inkl\.? (?:nk|nebenkosten)|total rent|incl\.? utilities|"
    rf"charges comprises|sıcak kira)"
    rf"\D{{0,25}}?{_NUM}{_EUR}|{_NUM}{_EUR}\s*(?:warm|warmmiete|inkl\.? (?:nk|nebenkosten)|all in)",
    re.IGNORECASE,
)
AVAILABLE = re.compile(
    r"(?:frei ab|ab dem|bezugsfrei ab|bezugsfertig ab|verfügbar ab|zum|ab|available from|from)\s+"
    r"(sofort|immediately|(\d{1,2})\.\s?(\d{1,2}|[a-zä]{3,9})\.?\s?(\d{4}|\d{2}(?!\d))?)",
    re.IGNORECASE,
)
POSTAL = re.compile(r"\b(5\d{4})\b(?=\s+[A-ZÄÖÜ])")
STREET = re.compile(
    r"\b([A-ZÄÖÜ][\wäöüß.-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|berg|feld|hof|pfad|höhe|"
    r"kamp|garten|siefen|kaule)(?:\s\([a-z]+\))?)\s+(\d{1,4}\s?[a-z]?)\b"
)
PHONE = re.compile(r"(?:tel\.?|telefon|mobil|handy|phone|fon|mob\.?)\s*[:.]?\s*(\+?\d[\d /()-]{5,}\d)", re.IGNORECASE)
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan",),
            ("feb",),
            ("mär", "mae", "mar"),
            ("apr",),
            ("mai", "may"),
            ("jun",),
            ("jul",),
            ("aug",),
            ("sep",),
            ("okt", "oct"),
            ("nov",),
            ("dez", "dec"),
        ),
        start=1,
    )
    for name in names
}
WORDS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

FIELDS = ("address", "postal_code", "rooms", "size_m2", "rent_cold_eur", "rent_warm_eur", "available_from", "phone")


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", ".") if re.search(r"\.\d{3}\b", text) else text.replace(",", "."))


def _plain(value: float) -> float | int:
    return int(value) if value == int(value) else value


def _available(match: re.Match[str], today: date) -> str:
    if match.group(2) is None:
        return "sofort"
    day, month_text, year = int(match.group(2)), match.group(3).lower(), match.group(4)
    if month_text.isdigit():
        month = int(month_text)
    elif month_text[:3] in MONTHS:
        month = MONTHS[month_text[:3]]
    else:
        return match.group(1)
    try:
        when = date(int(year) + 2000 if year and len(year) == 2 else int(year or today.year), month, day)
    except ValueError:
        return match.group(1)
    if not year and when < today:
        when = when.replace(year=when.year + 1)
    return when.isoformat()


def read_offer(text: str, *, today: date | None = None) -> dict[str, Any]:
    """Whatever of FIELDS the text states, plus `missing`: the fields it does not."""
    today = today or date.today()
    offer: dict[str, Any] = {}
    if m := STREET.search(text):
        offer["address"] = f"{m.group(1)} {m.group(2)}"
    if m := POSTAL.search(text):
        offer["postal_code"] = m.group(1)
    if m := ROOMS.search(text):
        word = m.group(1).lower()
        offer["rooms"] = _plain(WORDS.get(word) or _number(word))
    if m := SIZE.search(text):
        offer["size_m2"] = _plain(_number(m.group(1)))
    if m := COLD.search(text):
        offer["rent_cold_eur"] = _plain(_number(m.group(1) or m.group(2)))
    if m := WARM.search(text):
        offer["rent_warm_eur"] = _plain(_number(m.group(1) or m.group(2)))
    if m := AVAILABLE.search(text):
        offer["available_from"] = _available(m, today)
    if m := PHONE.search(text):
        offer["phone"] = re.sub(r"\s+", " ", m.group(1)).strip()
    # the warm rent is not asked for: the cold rent plus service charges is what the Jobcenter needs
    offer["missing"] = [f for f in FIELDS if f not in offer and f != "rent_warm_eur"]
    return offer
