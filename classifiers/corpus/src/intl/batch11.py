# Final round: a few more mixed-language mails and one Somali tenant
from common import m

MAILS = [
m("tenant_request", "so", "forward", "Sagal Xuseen <sagal.xuseen@example.com>", "Fwd: Absage Wohnung",
"""Salaan Marwo Yilmaz,

Mar kale ayaa la i diiday. Tani waa tii lixaad. Ma dukumiintiyadayda ayaa khalad ah? Fadlan eeg.

Sagal

---------- Forwarded message ---------
From: Vermietung <vermietung@wohnen-rb.example.com>
Date: Mon, 19 Jan 2026 at 10:02
Subject: Absage Wohnung

Sehr geehrte Frau Xuseen,
vielen Dank für Ihr Interesse. Leider haben wir uns für einen anderen Interessenten entschieden.
Mit freundlichen Grüßen
Ihr Vermietungsteam"""),

m("tenant_request", "de", "mixed_language", "Mohammad Jafari <mohammad.jafari@example.net>", "Kaution Darlehen – Frage",
"""Hallo Herr Schulz,

der Vermieter in Paffrath will die Kaution bis Freitag. Jobcenter sagt Antrag dauert 2 Wochen. Kann ich dem Vermieter sagen, er bekommt die Kaution später? Ich habe Angst, dass er sonst die Wohnung an jemand anderen gibt.

خیلی ممنون
Mohammad Jafari"""),

m("inquiry", "en", "mixed_language", "Tobias & Leyla (Nachbarschaftshilfe Hand) <kontakt@nachbarschaft-hand.example.org>", "Helping hands for moves / Umzugshilfe",
"""Hello / Hallo,

we're a neighbourhood group in Hand (German, Turkish, English speakers). We have a van and about 10 people who can help with moves on weekends, free of charge. Wir sind an keine bestimmte Familie gebunden – whoever needs help.

How can we let your clients know? Should we send you a flyer?

Cheers / Viele Grüße
Tobias & Leyla"""),

m("inquiry", "fr", "mixed_language", "Dr. Luc Peeters <luc.peeters@kenniscentrum.example.org>", "Enquête / Umfrage : accompagnement au logement",
"""Bonjour / Guten Tag,

je suis chercheur au centre d'expertise sur l'intégration à Gand (Belgique). Dans le cadre d'une enquête européenne, nous interrogeons des villes qui accompagnent les réfugiés vers le logement privé. Le questionnaire est disponible en français, en anglais et en allemand (Fragebogen auf Deutsch ebenfalls disponible).

Accepteriez-vous d'y répondre ? Cela prend environ 20 minutes.

Met vriendelijke groeten / Cordialement
Luc Peeters""", tz="+0100"),

m("auto", "fr", "mixed_language", "Jean Muller <jean.muller@example.net>", "Re: Wohnung Moitzfeld",
"""Je suis en vacances jusqu'au 3 mars, sans accès à mes e-mails.
Ich bin bis zum 3. März im Urlaub.

Jean Muller""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"}, date="2026-02-19 09:26"),

m("spam", "en", "mixed_language", "Paket Service <info@paket-zustellung.example.com>", "Zustellung fehlgeschlagen / Delivery failed",
"""Ihre Sendung konnte nicht zugestellt werden. Your parcel could not be delivered because the address is incomplete.

Please confirm your address and pay the redelivery fee (1,99 EUR): http://paket-zustellung.example.com/track

Paket Service""", fmt="html"),
]

from common import set_dates  # noqa: E402
set_dates(MAILS, {
    "Fwd: Absage Wohnung": "2026-01-19 15:40",
})

if __name__ == "__main__":
    import build
    build.main()
