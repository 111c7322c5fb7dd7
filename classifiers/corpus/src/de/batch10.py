"""Batch 10: auto (machine mail) and spam, plus the last inquiries."""
from mailwriter import A, S, I, bounce_builder, mdn_builder

RFC3834 = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
EXCH = {"Thread-Topic": "", "X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "",
        "X-MS-Exchange-Organization-AuthAs": "Internal"}


def exch(topic):
    h = dict(EXCH)
    h["Thread-Topic"] = topic
    return h


def news(list_id, unsub):
    return {"List-Id": list_id, "List-Unsubscribe": unsub,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


MAILS = [
# ---------------- auto: out of office ----------------
A("de", 0, "header_only", "Simone Albers <simone.albers@jc-rheinberg.example.org>", "Abwesenheitsnotiz: Jour fixe Schnittstelle KdU",
"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.08. nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Teamsekretariat unter 02202 12345-200.

Mit freundlichen Grüßen
Simone Albers""", headers=RFC3834, enc="quoted-printable"),

A("de", 0, "header_only", "Svenja Roth <vermietung@wohnbau-rb.example.com>", "Automatische Antwort: Vorschläge Wohnung Kaule 3a",
"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Ich bin vom 14.04. bis 25.04. im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nach meiner Rückkehr bearbeitet. In dringenden Vermietungsangelegenheiten wenden Sie sich bitte an vermietung-zentrale@wohnbau-rb.example.com.

Mit freundlichen Grüßen
Svenja Roth""", headers=exch("Vorschläge Wohnung Kaule 3a"), enc="base64", html="alt", date="2025-04-14 09:05"),

A("en", 0, "header_only", "Martin Hesse <martin.hesse@example.net>", "Automatic reply: Your apartment in Bensberg",
"""Thank you for your email. I am travelling until 20 May with limited access to email. I will respond as soon as possible after my return.

Best regards,
Martin Hesse""", headers=exch("Your apartment in Bensberg"), date="2025-04-29 10:42"),

A("de", 0, "header_only", "Beratung Frauenhaus <beratung@frauenhaus-rb.example.org>", "Abwesend: Anfrage Wohnraum für Bewohnerin",
"""Dies ist eine automatische Antwort.

Unser Büro ist zwischen Weihnachten und Neujahr nicht besetzt. Ab dem 2. Januar sind wir wieder für Sie erreichbar. In akuten Notfällen wenden Sie sich bitte an das Hilfetelefon oder die Polizei (110).

Ihr Team vom Frauenhaus""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, date="2025-12-27 10:02"),

A("de", 0, "header_only", "Dr. Martin Vogel <kanzlei.vogel@example.org>", "Abwesenheit bis 03.11.",
"""Sehr geehrte Damen und Herren,

ich bin bis zum 03.11. abwesend. Ihre Nachricht wird nicht automatisch weitergeleitet. In Fristsachen wenden Sie sich bitte an mein Sekretariat: 02202 23456-10.

Mit freundlichen Grüßen
Dr. Martin Vogel
Rechtsanwalt""", headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),

A("de", 0, "header_only", "Ingrid Sommer <ingrid.sommer@example.net>", "Urlaub – Re: Familie Jawad",
"""Hallo, ich bin bis 15. Juli im Urlaub und lese meine Mails nur sporadisch. Liebe Grüße, Ingrid Sommer

(Diese Nachricht wurde automatisch versendet.)""", headers={"Auto-Submitted": "auto-replied"}),

A("de", 0, "header_only", "Objektbetreuung RSI <verwaltung@rsi-hv.example.com>", "Automatische Antwort: Mieter Herr Jaber – Lärmbeschwerden",
"""Vielen Dank für Ihre Nachricht. Aufgrund eines hohen Anfrageaufkommens kann es derzeit zu längeren Bearbeitungszeiten kommen. Wir bitten um Ihr Verständnis.

Für Notfälle (Wasserrohrbruch, Heizungsausfall) erreichen Sie unseren Notdienst 24/7 unter 02202 23456-99.

Ihre Hausverwaltung""", headers=exch("Mieter Herr Jaber - Lärmbeschwerden")),

# ---------------- auto: bounces ----------------
A("en", 0, "header_only", "Mail Delivery System <MAILER-DAEMON@mx01.mail.example.net>", "Undelivered Mail Returned to Sender",
"", raw=bounce_builder("ahmad.rahimi91@example.com", "Einladung Wohnworkshop", "5.1.1",
"smtp; 550 5.1.1 <ahmad.rahimi91@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
"mx01.mail.example.net",
"This is the mail system at host mx01.mail.example.net.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients. It's attached below.\r\n\r\nFor further assistance, please send mail to postmaster.\r\n\r\n                   The mail system\r\n\r\n<ahmad.rahimi91@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1\r\n    <ahmad.rahimi91@example.com>: Recipient address rejected: User unknown in\r\n    virtual mailbox table (in reply to RCPT TO command)",
orig_date="Tue, 04 Feb 2025 10:15:02 +0100"), headers={"Auto-Submitted": "auto-replied"}, date="2025-02-04 10:15"),

A("de", 0, "header_only", "Mail Delivery Subsystem <mailer-daemon@mout.example.org>", "Mail delivery failed: returning message to sender",
"", raw=bounce_builder("h.alobaidi@example.com", "Wohnung Schildgen", "5.2.2",
"smtp; 552 5.2.2 Mailbox full - user quota exceeded",
"mout.example.org",
"Dies ist eine automatisch erstellte Nachricht des Mailsystems.\r\n\r\nDie Nachricht konnte nicht zugestellt werden, da das Postfach des\r\nEmpfängers voll ist:\r\n\r\n  h.alobaidi@example.com\r\n    SMTP-Fehler: 552 5.2.2 Mailbox full\r\n\r\n--- Die Kopfzeilen der Nachricht folgen ---".replace("ü", "ue").replace("ä", "ae"),
orig_date="Mon, 07 Jul 2025 09:41:10 +0200", headers_only=False), headers={"Auto-Submitted": "auto-replied"}, date="2025-07-07 09:42"),

A("en", 0, "header_only", "postmaster@wohnbau-rb.example.com", "Undeliverable: Freie Wohnungen KW 14",
"", raw=bounce_builder("s.roth@wohnbau-rb.example.com", "Freie Wohnungen KW 14", "5.4.1",
"smtp; 550 5.4.1 Recipient address rejected: Access denied. [AM0PR01MB0000.eurprd01.prod.example.com]",
"AM0PR01MB0000.eurprd01.prod.example.com",
"Delivery has failed to these recipients or groups:\r\n\r\ns.roth@wohnbau-rb.example.com\r\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.\r\n\r\nDiagnostic information for administrators:\r\nGenerating server: AM0PR01MB0000.eurprd01.prod.example.com\r\nRemote Server returned '550 5.4.1 Recipient address rejected: Access denied'",
orig_date="Mon, 31 Mar 2025 10:20:00 +0200"), date="2025-03-31 10:20"),

A("en", 0, "header_only", "Mail Delivery System <MAILER-DAEMON@relay.example.net>", "Delivery Status Notification (Failure)",
"", raw=bounce_builder("familie.karimi@mail.example.net", "Ihr Termin am Montag", "5.1.2",
"X-Postfix; Host or domain name not found. Name service error for name=mail.example.net type=A: Host not found",
"relay.example.net",
"This is the mail system at host relay.example.net.\r\n\r\nYour message could not be delivered to one or more recipients.\r\n\r\n<familie.karimi@mail.example.net>: Host or domain name not found. Name service error\r\n    for name=mail.example.net type=A: Host not found",
orig_date="Thu, 11 Sep 2025 14:02:33 +0200"), headers={"Auto-Submitted": "auto-generated"}, date="2025-09-11 14:02"),

A("en", 0, "header_only", "MAILER-DAEMON@mx2.example.org", "Warning: message delayed 4 hours",
"", raw=bounce_builder("pfarrbuero@st-laurentius-gl.example.org", "AW: Leerstehende Küsterwohnung", "4.4.1",
"smtp; 421 4.4.1 Connection timed out",
"mx2.example.org",
"This is the mail system at host mx2.example.org.\r\n\r\n####################################################################\r\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n####################################################################\r\n\r\nYour message could not be delivered for more than 4 hour(s).\r\nIt will be retried until it is 5 day(s) old.",
orig_date="Wed, 15 Oct 2025 08:10:44 +0200"), date="2025-10-15 12:11"),

# ---------------- auto: read receipts ----------------
A("de", 0, "header_only", "Dieter Klein <dieter.klein@example.org>", "Gelesen: Ihre Wohnung in Romaney",
"", raw=mdn_builder("Ihre Nachricht\r\n\r\n  An: Dieter Klein\r\n  Betreff: Ihre Wohnung in Romaney\r\n  Gesendet: Freitag, 28. März 2025 13:20:11 (UTC+01:00)\r\n\r\nwurde am Freitag, 28. März 2025 18:02:40 (UTC+01:00) gelesen.",
"Microsoft Outlook 16.0", "dieter.klein@example.org", "<6f2a.kim.romaney@stadt-gl.de>"), date="2025-03-28 18:02"),

A("en", 0, "header_only", "Katharina Wendt <katharina.wendt@example.com>", "Return Receipt (displayed) - Flat in Refrath",
"", raw=mdn_builder("This is a Return Receipt for the mail that you sent to katharina.wendt@example.com.\r\n\r\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.",
"Mozilla Thunderbird 128.3.1; example.com", "katharina.wendt@example.com", "<a81c.kim.refrath@stadt-gl.de>",
"manual-action/MDN-sent-manually; displayed")),

A("de", 0, "header_only", "Vermietung Rheinland Wohnen <neuvermietung@rheinland-wohnen.example.com>", "Gelesen: Vorschlag Haushalt Tekle",
"", raw=mdn_builder("Ihre Nachricht wurde gelesen.\r\n\r\nBetreff: Vorschlag Haushalt Tekle\r\nGelesen am: 12.06.2025 08:47",
"Microsoft Exchange Server", "neuvermietung@rheinland-wohnen.example.com", "<c0ffee.kim.tekle@stadt-gl.de>",
"automatic-action/MDN-sent-automatically; displayed")),

# ---------------- auto: newsletters ----------------
A("de", 0, "html_only", "Flüchtlingsrat NRW (fiktiv) – Newsletter <newsletter@fluechtlingsrat.example.org>", "Newsletter 11/2025: Wohnsitzauflage, Familiennachzug, Termine",
"""Liebe Leserinnen und Leser,

in dieser Ausgabe:
– Neue Erlasslage zur Wohnsitzauflage nach § 12a AufenthG
– Familiennachzug: aktuelle Wartezeiten bei den Auslandsvertretungen
– Rückblick Fachtag „Wohnen ist ein Menschenrecht"
– Termine im Dezember

Den vollständigen Newsletter lesen Sie online: https://newsletter.fluechtlingsrat.example.org/2025-11

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. Abmelden: https://newsletter.fluechtlingsrat.example.org/unsubscribe?u=8f3a
Impressum: Flüchtlingsrat (fiktiv), Musterstraße 1, 00000 Musterstadt""",
headers=news("Fluechtlingsrat Newsletter <newsletter.fluechtlingsrat.example.org>",
"<https://newsletter.fluechtlingsrat.example.org/unsubscribe?u=8f3a>, <mailto:unsubscribe@fluechtlingsrat.example.org>"), html="only", date="2025-11-05 08:00"),

A("de", 0, "other", "Haus & Grund Rheinland (fiktiv) <info@news.hug-rheinland.example.org>", "Vermieter-Info März: Grundsteuer, Heizkosten, Mustermietvertrag 2026",
"""Vermieter-Info März

Liebe Mitglieder,

die neuen Grundsteuerbescheide sind da – was Sie jetzt prüfen sollten. Außerdem: Die Heizkostenverordnung ändert sich, und unser Mustermietvertrag 2026 steht ab sofort im Mitgliederbereich zum Download bereit.

Weiterlesen: https://www.hug-rheinland.example.org/vermieter-info/2026-03

Sie erhalten diese E-Mail als Abonnent der Vermieter-Info.
Newsletter abbestellen: https://news.hug-rheinland.example.org/u/ab12cd""",
headers=news("Vermieter-Info <vermieter-info.news.hug-rheinland.example.org>",
"<https://news.hug-rheinland.example.org/u/ab12cd>"), html="alt", date="2026-03-03 07:00"),

A("de", 0, "other", "KIM-Netzwerk NRW (Mailingliste) <kim-wohnen@lists.example.org>", "[kim-wohnen] Protokoll Arbeitsgruppe Wohnen vom 14.05.",
"""Liebe Kolleginnen und Kollegen,

anbei das Protokoll der letzten Sitzung der AG Wohnen. Die nächste Sitzung findet am 09.07. digital statt.

Viele Grüße
Koordination

_______________________________________________
kim-wohnen mailing list
kim-wohnen@lists.example.org
https://lists.example.org/mailman/listinfo/kim-wohnen""",
headers={"List-Id": "AG Wohnen KIM NRW <kim-wohnen.lists.example.org>",
"List-Unsubscribe": "<https://lists.example.org/mailman/options/kim-wohnen>, <mailto:kim-wohnen-request@lists.example.org?subject=unsubscribe>",
"List-Post": "<mailto:kim-wohnen@lists.example.org>", "Precedence": "list", "X-BeenThere": "kim-wohnen@lists.example.org",
"Sender": "\"kim-wohnen\" <kim-wohnen-bounces@lists.example.org>"}, attach=["Protokoll_AG_Wohnen.pdf"]),

A("de", 0, "html_only", "Deutscher Verein (fiktiv) – Veranstaltungen <noreply@events.dv-fiktiv.example.org>", "Jetzt anmelden: Fachveranstaltung „Kommunale Wohnraumversorgung“",
"""Fachveranstaltung „Kommunale Wohnraumversorgung – Strategien gegen Wohnungslosigkeit"
10.–11. Juni, Berlin und online

Jetzt anmelden und Frühbucherrabatt sichern: https://events.dv-fiktiv.example.org/wohnraum

Sie erhalten diese Nachricht, weil Sie unseren Veranstaltungsnewsletter abonniert haben. Abmelden: https://events.dv-fiktiv.example.org/abmelden""",
headers=news("Veranstaltungen <events.dv-fiktiv.example.org>", "<https://events.dv-fiktiv.example.org/abmelden>"), html="only"),

A("de", 0, "other", "Stadt intern – Mitarbeiternewsletter <intranet-news@stadt-gl.example.org>", "Mitarbeiterinfo KW 37: Betriebsausflug, IT-Wartung, neue Kolleginnen",
"""Mitarbeiterinfo KW 37

– Betriebsausflug: Anmeldung bis 20.09. im Intranet
– IT-Wartung am Samstag, 13.09., 6–14 Uhr: kein Zugriff auf Fachverfahren
– Wir begrüßen neue Kolleginnen und Kollegen im Fachbereich Jugend und Soziales

Diese Nachricht wurde an alle Beschäftigten versandt. Bitte nicht antworten.""",
headers={"Precedence": "bulk", "List-Id": "Mitarbeiterinfo <mitarbeiterinfo.stadt-gl.example.org>",
"List-Unsubscribe": "<mailto:intranet-news-leave@stadt-gl.example.org>", "Auto-Submitted": "auto-generated"}, date="2025-09-08 07:30"),

A("de", 0, "html_only", "Immobilienportal Newsletter <newsletter@immo-portal.example.com>", "Mietpreisspiegel Bergisch Gladbach: So haben sich die Mieten entwickelt",
"""Mietmarkt aktuell

Bergisch Gladbach: Angebotsmieten +4,8 % im Vergleich zum Vorjahr. Durchschnittliche Angebotsmiete: 11,20 €/m².

Jetzt den ganzen Report lesen.

Sie erhalten diese E-Mail, weil Sie bei Immobilienportal registriert sind. Einstellungen ändern | Abmelden""",
headers=news("Immobilienportal Marktreport <marktreport.immo-portal.example.com>",
"<https://immo-portal.example.com/nl/unsubscribe/7731>"), html="only"),

# ---------------- auto: no-reply notifications ----------------
A("de", 0, "header_only", "Terminbuchung Stadt <noreply@termine.stadt-gl.example.org>", "Neue Terminbuchung: Sprechstunde Auszugsmanagement, 14.10., 10:30",
"""Neue Terminbuchung

Dienstleistung: Sprechstunde Auszugsmanagement
Datum: Dienstag, 14.10.2025, 10:30–11:00 Uhr
Ort: Rathaus Stadtmitte, Raum 2.14
Gebucht von: M. Rahimi
Buchungsnummer: TB-2025-104477

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.""",
headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}, date="2025-10-06 21:14"),

A("de", 0, "header_only", "Webinar-Tool <no-reply@webinar.example.com>", "Registrierung bestätigt: Online-Infoabend für Vermieter",
"""Hallo Team Integration Wohnen,

Ihre Registrierung für „Online-Infoabend für Vermieter" war erfolgreich.

Datum: Do., 20. Nov. 2025, 18:00 MEZ
Beitreten: https://webinar.example.com/j/83311920044

Zum Kalender hinzufügen: Google | Outlook | iCal

Sie erhalten diese E-Mail, weil Sie sich für dieses Webinar registriert haben.""",
headers={"Auto-Submitted": "auto-generated"}, html="alt", attach=[("Einladung.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Webinar//DE\r\nBEGIN:VEVENT\r\nUID:83311920044@webinar.example.com\r\nDTSTART:20251120T170000Z\r\nDTEND:20251120T183000Z\r\nSUMMARY:Online-Infoabend für Vermieter\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")], date="2025-10-28 16:41"),

A("de", 0, "header_only", "Immobilienportal <benachrichtigung@immo-portal.example.com>", "Neue Nachricht zu Ihrem Suchauftrag",
"""Es gibt 3 neue Angebote zu Ihrem Suchauftrag „BGL 2–3 Zimmer bis 650 €":

• 2-Zimmer-Wohnung, Gronau, 54 m², 480 € kalt
• 3-Zimmer-Wohnung, Hand, 71 m², 640 € kalt
• 2,5-Zimmer-Wohnung, Refrath, 63 m², 610 € kalt

Suchauftrag verwalten: https://immo-portal.example.com/suchauftrag/4410

Diese E-Mail wurde automatisch versendet.""", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

A("de", 0, "header_only", "Helpdesk Jobcenter Rhein-Berg <noreply-ticket@jc-rheinberg.example.org>", "[Ticket#2025091110000123] Ihre Anfrage ist eingegangen",
"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer 2025091110000123 erfasst und wird schnellstmöglich bearbeitet. Bitte geben Sie bei Rückfragen die Ticketnummer im Betreff an.

Dies ist eine automatisch generierte Nachricht.""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"}, date="2025-09-11 14:03"),

A("de", 0, "header_only", "Cloud-Freigabe <no-reply@share.example.net>", "Lea Marx hat die Datei „Einverstaendnis_Tahir.pdf“ mit Ihnen geteilt",
"""Lea Marx hat eine Datei mit Ihnen geteilt.

Einverstaendnis_Tahir.pdf

Öffnen: https://share.example.net/s/Qx81LmZ

Der Link ist 7 Tage gültig.""", headers={"Auto-Submitted": "auto-generated"}, html="alt"),

A("de", 0, "header_only", "E-Akte Benachrichtigung <noreply@eakte.stadt-gl.example.org>", "Wiedervorlage fällig: Vorgang KIM-W-2025-0412",
"""Wiedervorlage fällig

Vorgang: KIM-W-2025-0412
Betreff: Mietausfallfonds – Antrag Vermieterin S. Otten
Fällig am: 17.11.2025
Zugewiesen an: Postfach Integration Wohnen

Diese Benachrichtigung wurde automatisch erstellt.""", headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}, date="2025-11-17 06:00"),

A("de", 0, "header_only", "Online-Formular Stadt <formular@noreply.stadt-gl.example.org>", "Neue Formulareinsendung: Kontakt Vermieter",
"""Neue Einsendung über das Formular „Wohnung anbieten"

Name: (leer)
E-Mail: (leer)
Nachricht: (leer)

Hinweis: Die Einsendung enthielt keine Daten und wurde als Test markiert.
Diese E-Mail wurde automatisch vom Formularserver erzeugt.""", headers={"Auto-Submitted": "auto-generated"}),

# ---------------- spam ----------------
S("de", 0, "html_only", "Postfach-Administrator <admin@mail-service-update.example.net>", "Ihr Postfach ist voll – Aktion erforderlich",
"""Sehr geehrter Benutzer,

Ihr Postfach integration-wohnen@stadt-gl.de hat das Speicherlimit von 99,8 % erreicht. Eingehende Nachrichten werden ab sofort abgelehnt.

Klicken Sie hier, um Ihren Speicher kostenlos zu erweitern: http://mail-service-update.example.net/erweitern

Wenn Sie dies nicht innerhalb von 24 Stunden tun, wird Ihr Konto deaktiviert.

IT-Helpdesk""", html="only"),

S("en", 0, "clean", "Mr. Richard Collins <richard.collins.uk@example.com>", "Apartment for refugee family – keys by post",
"""Hello,

I saw that your office is looking for apartments for refugee families. I have a beautiful 3 room apartment in Bergisch Gladbach, 85 m2, fully furnished, only 450 EUR warm. I am currently in London for work so I cannot show it personally.

The process is simple: the tenant sends the first month rent and deposit (1350 EUR) by Western Union to my name, then I post the keys and contract by DHL. If they don't like it they get the money back.

Please send me the names of interested families.

Richard Collins"""),

S("de", 0, "broken", "Frau Maria Gonzalez <maria.gonzalez.wohnung@example.org>", "Wohnung für Flüchtlingsfamilie günstig",
"""Guten Tag,

ich bin Maria, Eigentümerin einer Wohnung in Bergisch Gladbach Refrath, 3 Zimmer 90m2 nur 390 Euro warm mit Möbel. Ich wohne jetzt in Spanien wegen meine Arbeit als Ärztin und kann nicht kommen für Besichtigung.

Die Familie muss erste Miete und Kaution 1170 Euro über Airbnb Zahlungssystem überweisen, danach schickt Airbnb die Schlüssel. Sehr sicher! Bitte schnell antworten, es gibt viele Interessenten.

Gott segne Sie
Maria Gonzalez"""),

S("de", 0, "clean", "Sparkasse Kundenservice <service@sparkasse-sicherheit.example.com>", "Wichtig: Ihr Online-Banking wurde eingeschränkt",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

aufgrund neuer gesetzlicher Vorgaben (PSD3) müssen alle Kunden ihre Daten bis zum 31.05. bestätigen. Andernfalls wird Ihr Online-Banking gesperrt.

Jetzt bestätigen: https://sparkasse-sicherheit.example.com/login

Mit freundlichen Grüßen
Ihre Sparkasse""", html="alt"),

S("de", 0, "clean", "Lotto Europa Gewinnbenachrichtigung <gewinn@eurolotto-info.example.net>", "Glückwunsch! Sie haben 850.000 € gewonnen",
"""Sehr geehrter Gewinner,

Ihre E-Mail-Adresse wurde bei unserer internationalen Online-Ziehung als Gewinner der 2. Gewinnklasse ausgewählt. Gewinnsumme: 850.000,00 EUR.

Um Ihren Gewinn zu erhalten, kontaktieren Sie bitte unseren Notar Dr. Hans Meyer unter notar.meyer@eurolotto-info.example.net und überweisen Sie die Bearbeitungsgebühr von 249 €.

Referenznummer: EL/2025/DE/7781

Herzlichen Glückwunsch!"""),

S("de", 0, "clean", "SEO Experte <marketing@top-ranking-seo.example.com>", "Ihre Webseite stadt-gl.de – Platz 1 bei Google",
"""Hallo,

ich habe Ihre Webseite analysiert und 37 kritische SEO-Fehler gefunden. Ihre Konkurrenz ist Ihnen weit voraus!

Wir bringen Sie in 30 Tagen auf Platz 1 bei Google – garantiert. Sonderpreis nur diese Woche: 199 € im Monat.

Antworten Sie einfach mit „JA" für eine kostenlose Analyse.

Beste Grüße
Kevin | Digital Growth Team"""),

S("de", 0, "html_only", "Krypto Gewinne <info@bitprofit-system.example.net>", "Beamte verdienen jetzt 4.000 € extra im Monat",
"""Diese Methode hassen die Banken!

Immer mehr Beamte und Angestellte im öffentlichen Dienst verdienen mit der neuen KI-Krypto-Plattform bis zu 4.000 € im Monat nebenbei. Startkapital nur 250 €.

JETZT KOSTENLOS REGISTRIEREN

Risikohinweis: Kryptowährungen sind volatil.""", html="only"),

S("de", 0, "clean", "DHL Paketservice <zustellung@dhl-paket-info.example.org>", "Ihr Paket konnte nicht zugestellt werden",
"""Sehr geehrter Kunde,

Ihr Paket (Sendungsnummer 00340434161094042557) konnte nicht zugestellt werden, da die Zollgebühr von 2,99 € nicht bezahlt wurde.

Bitte bezahlen Sie die Gebühr innerhalb von 48 Stunden: https://dhl-paket-info.example.org/zahlung

Andernfalls wird das Paket an den Absender zurückgeschickt.

Ihr DHL-Team"""),

S("en", 0, "clean", "Mrs. Grace Williams <grace.williams.charity@example.com>", "Donation for refugees in your city",
"""Dear Beloved,

I am Mrs. Grace Williams, a widow suffering from cancer. I have decided to donate the sum of $4,500,000 USD left by my late husband to a refugee organization in Germany. Your office was recommended to me.

Kindly reply with your full name, bank details and a copy of your ID so that my lawyer can start the transfer.

God bless you,
Mrs. Grace Williams"""),

S("de", 0, "clean", "Microsoft 365 <no-reply@m365-passwort.example.net>", "Ihr Passwort läuft heute ab",
"""Das Kennwort für integration-wohnen@stadt-gl.de läuft heute ab.

Um Ihr aktuelles Kennwort beizubehalten, klicken Sie auf den folgenden Link:

Aktuelles Kennwort beibehalten → https://m365-passwort.example.net/keep

Microsoft 365 Sicherheitsteam""", html="alt"),

S("de", 0, "clean", "Rechnungsstelle <buchhaltung@rechnung-online24.example.com>", "Rechnung Nr. 2025-88412 – Zahlungserinnerung",
"""Sehr geehrte Damen und Herren,

trotz unserer Rechnung vom 02.09. konnten wir bisher keinen Zahlungseingang feststellen. Bitte begleichen Sie den offenen Betrag von 1.289,40 € umgehend. Die Rechnung finden Sie im Anhang.

Mit freundlichen Grüßen
Buchhaltung""", attach=["Rechnung_2025-88412.pdf"], date="2025-09-25 03:12"),

S("de", 0, "machine_translated", "Herr Wang Li <wang.li.trading@example.net>", "Geschäftliche Zusammenarbeit Masken und Handschuhe",
"""Liebe Herr/Frau,

Wir sind ein professioneller Hersteller von medizinischen Handschuhen, Masken und Desinfektionsmittel aus China. Bester Preis für Regierung Büro! Mindestbestellmenge nur 10.000 Stück. CE Zertifikat vorhanden.

Bitte kontaktieren Sie uns für den Katalog.

Beste Grüße
Wang Li
Vertriebsleiter"""),

S("de", 0, "clean", "Domain-Verwaltung <renewal@domain-registrierung.example.org>", "Letzte Mahnung: Ihre Domain stadt-gl.de läuft ab",
"""Sehr geehrter Domaininhaber,

Ihre Domain stadt-gl.de läuft in 3 Tagen ab. Um den Verlust Ihrer Domain und aller E-Mail-Adressen zu verhindern, verlängern Sie jetzt für nur 49,90 €/Jahr.

Jetzt verlängern: https://domain-registrierung.example.org/verlaengern?d=stadt-gl.de

Ihr Domain-Team"""),

S("de", 0, "broken", "Vermieter Herr Schmidt <schmidt.wohnung.gl@example.com>", "Wohnung frei für Ihre Klienten",
"""Hallo,

Ich habe eine Wohnung in Bergisch Gladbach Stadtmitte 2 Zimmer 65qm für 350€ warm. Ich bin Ingenieur auf einer Ölplattform in Norwegen und kann nicht zurück kommen vor Dezember. Der Mieter muss Kaution 700 € per Paysafecard oder Western Union schicken dann bekommt er Schlüssel per Post. Keine Besichtigung möglich leider aber Fotos schicke ich.

MfG Schmidt"""),

S("en", 0, "clean", "Business Data Solutions <sales@b2b-leads.example.com>", "Verified email list of 25,000 German landlords",
"""Hi,

Would you be interested in acquiring a verified email list of property owners and landlords in NRW? 25,000 contacts, GDPR compliant, 98% accuracy.

Pricing: 25,000 contacts – 1,499 EUR. Sample available on request.

Let me know if you'd like to see a sample.

Regards,
Emily"""),

S("de", 0, "clean", "Bundeszentralamt für Steuern <erstattung@bzst-rueckzahlung.example.net>", "Steuerrückerstattung: 467,50 € stehen Ihnen zu",
"""Sehr geehrte/r Steuerzahler/in,

nach der jährlichen Berechnung Ihrer steuerlichen Aktivität haben wir festgestellt, dass Sie Anspruch auf eine Steuerrückerstattung von 467,50 € haben.

Bitte füllen Sie das Formular aus und geben Sie Ihre Kreditkartendaten ein, damit wir die Erstattung anweisen können: https://bzst-rueckzahlung.example.net/formular

Bundeszentralamt für Steuern""", html="only"),

S("de", 0, "clean", "Google Bewertungen Service <info@5sterne-bewertungen.example.com>", "Mehr 5-Sterne-Bewertungen für Ihre Behörde",
"""Guten Tag,

schlechte Bewertungen bei Google schaden Ihrem Ruf. Wir liefern echte 5-Sterne-Bewertungen von deutschen Konten – schnell und diskret. Ab 9,90 € pro Bewertung, Mengenrabatt ab 50 Stück.

Bei Interesse antworten Sie einfach auf diese E-Mail.

Ihr Reputation-Team"""),

S("de", 0, "clean", "Jobangebot Heimarbeit <karriere@paket-agent-jobs.example.org>", "Nebenjob: 2.500 € für Paketannahme von zu Hause",
"""Hallo,

wir suchen zuverlässige Mitarbeiter (m/w/d) für die Annahme und Weiterleitung von Paketen von zu Hause. Verdienst: bis zu 2.500 € monatlich. Keine Vorkenntnisse nötig.

Bewerben Sie sich jetzt mit Name, Adresse, Geburtsdatum und Kopie des Personalausweises.

Mit freundlichen Grüßen
Personalabteilung"""),

S("de", 0, "html_only", "Solar Angebot <angebot@solar-jetzt-sparen.example.net>", "☀️ Staatlich gefördert: Solaranlage für 0 € Anzahlung",
"""Jetzt prüfen, ob Ihr Dach geeignet ist!

✔ 0 € Anzahlung
✔ Bis zu 80 % Stromkosten sparen
✔ Förderung 2025 sichern

Kostenlosen Dach-Check starten »

Sie möchten keine weiteren E-Mails? Hier abmelden.""", html="only"),

S("de", 0, "clean", "Amtsgericht Zahlungsstelle <mahnung@inkasso-gericht.example.com>", "Letzte Mahnung vor Pfändung – Az. 47 C 1283/25",
"""Sehr geehrte Damen und Herren,

gegen Sie liegt ein vollstreckbarer Titel in Höhe von 847,20 € vor. Sollte der Betrag nicht innerhalb von 48 Stunden beglichen werden, wird die Pfändung Ihrer Konten veranlasst.

Details und Zahlungsinformationen im Anhang (ZIP).

Zahlungsstelle""", attach=["Mahnung_47C1283.zip"]),

S("en", 0, "clean", "Pharma Discount <deals@cheap-meds-online.example.net>", "Save 80% on your prescriptions",
"""Best prices on meds – no prescription needed!

Fast discreet shipping to Germany. Order now and get free pills with every order.

Click here: http://cheap-meds-online.example.net

To unsubscribe reply STOP."""),

S("de", 0, "clean", "Wohnungsangebot Privat <privat.vermietung.2025@example.net>", "Re: Ihre Anfrage Wohnung 3 Zimmer",
"""Guten Tag,

danke für Ihre Anfrage. Die Wohnung (3 Zimmer, Bensberg, 420 € warm) ist noch frei. Da ich derzeit beruflich in Dubai bin, läuft die Schlüsselübergabe über eine Treuhandfirma. Bitte überweisen Sie die Kaution (1.260 €) auf folgendes Konto in Großbritannien: GB00 0000 0000 0000 0000 00. Nach Eingang erhalten Sie Vertrag und Schlüssel per Kurier.

Mit freundlichen Grüßen
Dr. Thomas Keller"""),

S("de", 0, "clean", "Fördermittel-Beratung <kontakt@foerdermittel-garantie.example.com>", "Fördermittel für Kommunen – 100 % Erfolgsgarantie",
"""Sehr geehrte Damen und Herren,

wir sichern Ihrer Kommune Fördermittel von Bund und Land – mit 100 % Erfolgsgarantie! Zahlen Sie nur eine kleine Vorabgebühr von 990 € für die Antragsprüfung.

Rufen Sie uns an oder antworten Sie auf diese Mail.

Ihr Fördermittel-Team"""),

S("de", 0, "clean", "Dating Portal <hallo@singles-in-deiner-naehe.example.org>", "Anna (34) hat Ihnen eine Nachricht geschickt",
"""Hallo!

Anna (34) aus Bergisch Gladbach hat Ihr Profil angesehen und Ihnen eine private Nachricht geschickt 💌

Jetzt kostenlos lesen: https://singles-in-deiner-naehe.example.org/msg/8812

Sie haben 3 weitere ungelesene Nachrichten."""),

S("de", 0, "clean", "WhatsApp Business Marketing <promo@whatsapp-massenversand.example.net>", "Erreichen Sie 10.000 Bürger per WhatsApp",
"""Hallo,

mit unserer Software versenden Sie Nachrichten an tausende WhatsApp-Nummern gleichzeitig – ideal für Behörden, Vereine und Händler! Telefonnummern-Datenbanken für Ihre Region inklusive.

Jetzt testen: 3 Tage gratis.

Beste Grüße"""),

S("de", 0, "other", "Dropbox <no-reply@dropbox-dokument-freigabe.example.com>", "Sie haben ein sicheres Dokument erhalten: Mietvertrag_unterschrieben.pdf",
"""Hallo,

Ihnen wurde ein Dokument freigegeben: Mietvertrag_unterschrieben.pdf (245 KB)

Zum Ansehen melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an:
https://dropbox-dokument-freigabe.example.com/view?id=99812

Das Dokument ist 24 Stunden verfügbar.""", html="only"),

S("de", 0, "broken", "Family Ahmad Charity <help.refugee.fund@example.org>", "Hilfe Fonds für Flüchtlinge",
"""Sehr geehrte Damen und Herren,

Internationale Hilfe Fonds hat 2.000.000 Euro reserviert für Flüchtlinge in Ihrem Stadt. Um das Geld zu bekommen, Ihre Büro muss registrieren mit Gebühr 350 Euro per Bitcoin. Danach wir überweisen sofort.

Antworten schnell, Angebot nur 3 Tage gültig."""),

S("en", 0, "clean", "Landlord Michael Brown <michael.brown.rentals@example.com>", "2 bedroom flat Bergisch Gladbach – refugees welcome",
"""Hello dear,

My name is Michael, I am a missionary doctor currently in Nigeria. I inherited a flat in Bergisch Gladbach (2 bedrooms, 70 sqm) and want to rent it to a refugee family for only 300 EUR. God has blessed me and I want to help.

I only need the first rent and deposit (900 EUR) via MoneyGram to make sure the family is serious. Then my agent will deliver the keys.

God bless,
Dr. Michael Brown"""),

S("de", 0, "clean", "Newsletter Gewinnspiel <gewinnspiel@amazon-gutschein-aktion.example.net>", "Sie wurden ausgewählt: 500 € Amazon-Gutschein",
"""Herzlichen Glückwunsch!

Sie wurden als einer von 100 Teilnehmern ausgewählt, einen Amazon-Gutschein im Wert von 500 € zu erhalten. Beantworten Sie nur drei kurze Fragen und zahlen Sie 1 € Versandgebühr.

JETZT GUTSCHEIN SICHERN

Angebot gültig bis heute 23:59 Uhr.""", html="alt"),

# ---------------- last inquiries ----------------
I("de", 0, "oneliner", "Ilse Kramer <ilse.kramer@example.com>", "Standesamt",
"""Ist das hier das Standesamt? Ich brauche eine Geburtsurkunde."""),

I("de", 0, "clean", "Oberbergischer Kreis (fiktiv) – Integration <integration@obk.example.org>", "Vorlagen für Teilnahmebestätigung Wohnworkshop",
"""Liebe Kolleginnen und Kollegen,

wir starten im Herbst mit eigenen Wohnworkshops. Dürften wir uns Ihre Vorlage für die Teilnahmebestätigung/das Zertifikat einmal ansehen? Uns interessiert vor allem, welche Inhalte Sie aufführen und ob Vermieter das Zertifikat tatsächlich anerkennen.

Herzliche Grüße
Julia Sander"""),

I("de", 0, "clean", "Bergische Wohnstätten eG – Sekretariat Vorstand <vorstand@bergische-wohnstaetten.example.com>", "Einladung Jubiläumsempfang 75 Jahre Genossenschaft",
"""Sehr geehrte Damen und Herren,

anlässlich unseres 75-jährigen Bestehens laden wir Sie herzlich zu einem Empfang am 12. September, 17 Uhr, in unsere Geschäftsstelle ein. Wir würden uns freuen, auch Vertreterinnen und Vertreter unserer Kooperationspartner begrüßen zu dürfen.

Um Rückmeldung bis 29. August wird gebeten.

Mit freundlichen Grüßen
Sekretariat des Vorstands""", html="alt"),

I("de", 0, "clean", "Timo Reichert <timo.reichert@example.net>", "Frage zu Zahlen für Blogartikel",
"""Hallo,

ich betreibe einen lokalen Blog über Bergisch Gladbach und möchte über Ihr Programm schreiben. Gibt es veröffentlichte Zahlen, wie viele Wohnungen über Vermieter vermittelt wurden? Und darf ich aus der Ratsvorlage zitieren?

Danke & Gruß
Timo"""),

I("de", 0, "clean", "Gemeinschaftsgrundschule Hand (fiktiv) – Schulleitung <schulleitung@ggs-hand.example.org>", "Elternabend: Information über Unterstützungsangebote",
"""Sehr geehrte Damen und Herren,

an unserer Schule haben viele Familien Fluchterfahrung. Wir planen im Januar einen Elternabend, bei dem verschiedene Beratungsstellen ihre Angebote kurz vorstellen (je 10 Minuten). Hätten Sie Interesse, das Auszugsmanagement und die Wohnworkshops vorzustellen?

Mit freundlichen Grüßen
Schulleitung"""),

I("de", 0, "clean", "Mara Lindemann <mara.lindemann@example.org>", "Umfrage Zufriedenheit – Rückmeldung als Ehrenamtliche",
"""Liebes Team,

ich begleite seit drei Jahren ehrenamtlich Familien bei der Wohnungssuche und wollte einfach mal Rückmeldung geben: Die Zusammenarbeit mit Ihnen hat sich sehr verbessert, seit es die feste Sprechstunde gibt. Eine Bitte hätte ich für die Zukunft: Könnte man die Workshop-Termine früher bekannt geben? Viele Ehrenamtliche planen gern voraus.

Herzliche Grüße
Mara Lindemann"""),

I("de", 0, "clean", "Karin Voss <karin.voss@example.com>", "Müllgebühren",
"""Guten Tag,

ich habe einen Bescheid über Müllgebühren bekommen, der meiner Meinung nach falsch ist (zwei Tonnen statt einer). An wen kann ich mich wenden?

Mit freundlichen Grüßen
Karin Voss"""),

# ---------------- extra auto / spam ----------------
A("de", 0, "header_only", "Teamsekretariat Jobcenter <team23.jobcenter@jc-rheinberg.example.org>", "Abwesenheitsnotiz / Out of office: Kundin Frau A. Nouri",
"""Guten Tag,

das Postfach wird derzeit nur eingeschränkt bearbeitet. Ihre Nachricht wurde gespeichert. Bitte senden Sie Unterlagen für Kundinnen und Kunden ausschließlich über jobcenter.digital (fiktiv).

Good day, this mailbox is currently monitored only to a limited extent. Your message has been saved.

Ihr Jobcenter Rhein-Berg""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-Autoreply": "yes"}, html="alt"),

A("de", 0, "other", "Mieterverein Rhein-Berg (fiktiv) <rundbrief@mieterverein-rb.example.org>", "Mieter-Rundbrief Juni: Betriebskostenabrechnung richtig prüfen",
"""Mieter-Rundbrief Juni

– Betriebskostenabrechnung: die fünf häufigsten Fehler
– Neue Sprechzeiten in Bensberg
– Mietspiegel 2025 für Bergisch Gladbach veröffentlicht

Mehr lesen: https://www.mieterverein-rb.example.org/rundbrief/2025-06

Sie erhalten diesen Rundbrief als Kooperationspartner. Abmelden: https://www.mieterverein-rb.example.org/abmelden?id=5521""",
headers=news("Mieter-Rundbrief <rundbrief.mieterverein-rb.example.org>", "<https://www.mieterverein-rb.example.org/abmelden?id=5521>")),

S("de", 0, "clean", "E-Mail Sicherheitscenter <security@webmail-verifizierung.example.com>", "Verifizierung erforderlich: Ungewöhnliche Anmeldeaktivität",
"""Sehr geehrter Kontoinhaber,

wir haben eine ungewöhnliche Anmeldung bei Ihrem Konto integration-wohnen@stadt-gl.de aus Lagos, Nigeria festgestellt. Wenn Sie das nicht waren, bestätigen Sie bitte umgehend Ihre Identität, sonst wird das Konto innerhalb von 12 Stunden gesperrt.

Identität bestätigen: https://webmail-verifizierung.example.com/verify

Sicherheitscenter"""),
]
