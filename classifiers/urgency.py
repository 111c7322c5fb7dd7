"""Urgency: a person faces losing their home or similar harm within days (eviction date, having to leave the
accommodation, violence, a newborn with no place). Phrases in the team's languages, plus a small model trained
on the corpus (classifiers.model) for the many ways people say it."""

from __future__ import annotations

import re

# Each pattern names a situation the guideline calls urgent; the label is shown to staff.
_PHRASES: tuple[tuple[str, str], ...] = (
    ("Räumung/Zwangsräumung", r"zwangsr[äa]umung|r[äa]umungs(klage|termin|titel)|ger[iu]chtsvollzieher"),
    ("muss ausziehen/raus", r"(muss|m[üu]ssen|soll|sollen)\b.{0,40}\b(ausziehen|raus|verlassen)\b"),
    ("obdachlos/auf der Straße", r"obdachlos|auf der stra(ß|ss)e|keine?n? (schlafplatz|unterkunft) mehr"),
    ("Gewalt/Bedrohung", r"\bgewalt\b|schl[äa]gt (mich|uns)|bedroh|frauenhaus|polizei"),
    ("Neugeborenes ohne Platz", r"neugeboren|baby.{0,40}(kein|ohne)|entbindung"),
    ("eviction", r"\bevict|\bhomeless|on the street|have to (leave|move out)|must (leave|move out)|violen(ce|t)"),
    ("expulsion", r"expuls|[àa] la rue|sans[- ]abri|doit quitter|dois quitter|violence"),
    ("выселение", r"высел|на улиц|без жиль|насили|бь[её]т|угрожа|должны? (выехать|съехать|покинуть)"),
    ("виселення", r"висел|на вулиц|без житла|насильств|б'є|погрожу|ма(ю|ємо) (виїхати|з'їхати|покинути)"),
    ("tahliye", r"tahliye|sokakta|evsiz|[şs]iddet|evden [çc][ıi]kar|[çc][ıi]kmam(ız)? gerek|[çc][ıi]kmak zorunda"),
    ("إخلاء/طرد", r"إخلاء|طرد|الشارع|بلا مأوى|عنف|يضرب|(يجب|لازم) (أن )?(نغادر|اغادر|أغادر|نطلع|نخرج)"),
    ("تخلیه/بی‌خانمان", r"تخلیه|بی.?خانمان|خیابان|خشونت|کتک|اخراج|باید.{0,40}(ترک|بیرون|خالی)"),
)
_COMPILED = tuple((label, re.compile(pattern)) for label, pattern in _PHRASES)  # matched on lower-cased text
_SOON = re.compile(
    r"\b(morgen|heute|übermorgen|diese woche|nächste woche|bis (zum )?\d{1,2}\.|tomorrow|today|this week|"
    r"next week|by (monday|tuesday|wednesday|thursday|friday|the \d)|demain|cette semaine|завтра|"
    r"на этой неделе|цього тижня|yarın|bu hafta|غدا|هذا الأسبوع|فردا|این هفته|\d+ (tage|days|jours|дн)|"
    r"bis (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|до (понедельника|понеділка|пятницы|п'ятниці)|"
    r"تا (دوشنبه|سه.?شنبه|چهارشنبه|پنجشنبه|جمعه|شنبه|یکشنبه)|(pazartesi|cuma)(ye|ya)? kadar|"
    r"قبل (الاثنين|الجمعة|يوم))",
)


def urgent_phrases(text: str) -> list[str]:
    """The urgent situations a text names, e.g. ["Räumung/Zwangsräumung"]."""
    lowered = text.lower()
    return [label for label, pattern in _COMPILED if pattern.search(lowered)]


def names_a_deadline(text: str) -> bool:
    return bool(_SOON.search(text.lower()))
