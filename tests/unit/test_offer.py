"""A landlord's offer, read for the details staff need; what is missing is listed for the drafted reply."""

from __future__ import annotations

from datetime import date

from triage.offer import read_offer

TODAY = date(2026, 11, 26)


def test_a_german_offer() -> None:
    offer = read_offer(
        "Wohnung frei in Refrath: 3 Zimmer, Küche, Bad, 74,5 m², Kaltmiete 690 €, warm 880 €, frei ab 01.02.2027. "
        "Adresse: Lerchenweg 12, 51427 Bergisch Gladbach. Tel. 02204 23451",
        today=TODAY,
    )
    assert offer == {
        "address": "Lerchenweg 12",
        "postal_code": "51427",
        "rooms": 3,
        "size_m2": 74.5,
        "rent_cold_eur": 690,
        "rent_warm_eur": 880,
        "available_from": "2027-02-01",
        "phone": "02204 23451",
        "missing": [],
    }


def test_an_english_offer_and_a_month_name() -> None:
    offer = read_offer(
        "2-bedroom flat, 55 sqm, 600 EUR cold, available from 1. March. Phone: +49 171 2345678", today=TODAY
    )
    assert (offer["rooms"], offer["size_m2"], offer["rent_cold_eur"]) == (2, 55, 600)
    assert offer["available_from"] == "2027-03-01"
    assert offer["phone"] == "+49 171 2345678"
    assert offer["missing"] == ["address", "postal_code"]


def test_turkish_and_russian_wording() -> None:
    assert read_offer("2 oda, 54 m², soğuk kira 540 Euro", today=TODAY)["rent_cold_eur"] == 540
    assert read_offer("3-комнатная квартира, 70 m2", today=TODAY)["rooms"] == 3


def test_a_vague_offer_asks_for_everything() -> None:
    offer = read_offer("Ich hätte eventuell eine Wohnung, wie läuft das ab?", today=TODAY)
    assert offer["missing"] == [
        "address",
        "postal_code",
        "rooms",
        "size_m2",
        "rent_cold_eur",
        "available_from",
        "phone",
    ]
