"""fresh2 batch 03: German inquiries, spam and machine mail; first English mails."""
from mailwriter import T, L, I, S, A, bounce_builder, mdn_builder

MAILS = [
I("de", 0, "clean", "Umzüge Bergisch Express <angebote@bergisch-express.example.com>", "Kooperationsangebot Umzüge für Ihre Klienten",
"""Sehr geehrte Damen und Herren,

wir sind ein familiengeführtes Umzugsunternehmen aus Bergisch Gladbach und haben bereits viele Umzüge im
Auftrag des Jobcenters durchgeführt. Gern würden wir Ihnen für Ihre Klientinnen und Klienten ein
Rahmenangebot machen: Kleintransporter mit zwei Trägern ab 289 EUR pauschal innerhalb des Stadtgebiets,
Kostenvoranschläge für das Jobcenter innerhalb von 24 Stunden.

Unsere Preisliste finden Sie im Anhang. Über eine Rückmeldung freuen wir uns.

Mit freundlichen Grüßen
Dragan Petrović
Bergisch Express Umzüge""", attach=["Preisliste_2026.pdf"]),

I("de", 0, "clean", "Jana Overath <jana.overath@uni.example.org>", "Interviewanfrage für Masterarbeit",
"""Sehr geehrte Damen und Herren,

ich studiere Soziale Arbeit im Master und schreibe meine Abschlussarbeit über kommunale Ansätze, geflüchteten
Menschen den Zugang zum privaten Wohnungsmarkt zu erleichtern. Ihr Auszugsmanagement ist mir mehrfach als
gutes Beispiel genannt worden.

Wäre jemand aus dem Team bereit, mir für ein etwa einstündiges Experteninterview zur Verfügung zu stehen? Die
Daten werden selbstverständlich anonymisiert. Zeitlich bin ich flexibel, gern auch per Video.

Vielen Dank und freundliche Grüße
Jana Overath"""),

I("de", 0, "formal", "Fraktion Bürgerliste GL <fraktion@buergerliste-gl.example.org>", "Anfrage für den Sozialausschuss",
"""Sehr geehrte Damen und Herren,

zur Vorbereitung der nächsten Sitzung des Ausschusses für Soziales, Wohnen und Integration bitten wir um
folgende Angaben:

- Zahl der Personen, die derzeit in städtischen Unterkünften leben und einen Anspruch auf eigenen Wohnraum haben,
- Zahl der Auszüge in private Wohnungen im Jahr 2025,
- durchschnittliche Wohndauer in den Unterkünften.

Falls die Zahlen nicht vollständig vorliegen, genügen Schätzungen. Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Heike Dünnwald
Ratsmitglied, Fraktionsvorsitzende"""),

I("de", 0, "formal", "Fachbereich Soziales Gemeinde Overath-Nord <soziales@gemeinde-overath-nord.example.org>", "Erfahrungsaustausch Auszugsmanagement",
"""Sehr geehrte Kolleginnen und Kollegen,

unsere Gemeinde plant, ein ähnliches Angebot wie Ihr Auszugsmanagement aufzubauen. Wir haben derzeit rund
240 Menschen in Gemeinschaftsunterkünften und kaum Kontakte zu privaten Vermietern.

Hätten Sie Zeit und Interesse an einem Austausch, etwa eine Stunde per Videokonferenz? Besonders interessiert
uns, wie Sie Vermieter gewinnen und wie Sie den Wohnungsführerschein organisieren.

Mit kollegialen Grüßen
Markus Eschbach
Fachbereich Soziales, Abteilung Unterbringung"""),

I("de", 0, "clean", "Peter Lauterbach <peter.lauterbach@example.net>", "Wie funktioniert das Programm?",
"""Hallo,

ich habe im Stadtanzeiger etwas über Ihr Projekt gelesen, aber nicht ganz verstanden, wie es funktioniert.
Mietet die Stadt die Wohnungen an und vermietet sie weiter, oder schließen die Geflüchteten selbst den
Mietvertrag ab? Und wer bezahlt Ihre Arbeit, die Stadt oder das Land?

Ich frage aus Interesse, wir diskutieren das gerade im Freundeskreis.

Gruß
Peter Lauterbach"""),

S("de", 0, "other", "Paketservice Zustellung <zustellung@paket-info.example.net>", "Ihre Sendung konnte nicht zugestellt werden",
"""Sehr geehrter Kunde,

Ihr Paket mit der Sendungsnummer DE48 2210 7731 konnte heute nicht zugestellt werden, da die Zollgebühr
in Höhe von 1,99 EUR noch nicht bezahlt wurde.

Bitte bestätigen Sie Ihre Lieferadresse und begleichen Sie die Gebühr innerhalb von 48 Stunden, andernfalls
wird die Sendung an den Absender zurückgeschickt:

https://paket-info.example.net/sendung/verfolgen?id=DE4822107731

Ihr Paketservice-Team""", html="alt"),

S("de", 0, "hard_case", "Robert Hoffmann <robert.hoffmann.owner@example.com>", "Wohnung für Flüchtlingsfamilie 3 Zimmer nur 390 Euro",
"""Guten Tag,

ich habe gelesen das Sie Wohnungen für Flüchtlinge suchen. Ich bin Eigentümer einer schönen 3 Zimmer Wohnung
in Bergisch Gladbach, 85 m², voll möbliert, Miete nur 390 Euro inklusive alle Nebenkosten. Ich wohne jetzt
mit meiner Familie in Spanien wegen meiner Arbeit, deshalb kann ich die Wohnung nicht selbst zeigen.

Die Übergabe läuft über eine Agentur: Die Familie überweist die erste Miete und die Kaution (zusammen 1170 Euro)
per Western Union an meine Agentur, danach werden Schlüssel und Vertrag per Kurier geschickt. Wenn die Wohnung
nicht gefällt, bekommt man das Geld zurück, garantiert.

Bitte antworten Sie schnell, es gibt viele Interessenten.

Gott segne Sie
Robert Hoffmann"""),

S("de", 0, "other", "IT-Service Postfach <admin-postfach@stadt-gl-mail.example.net>", "Ihr Postfach ist zu 98% voll - Aktion erforderlich",
"""Hallo integration-wohnen,

Ihr Postfach hat das Speicherlimit fast erreicht (4,9 GB von 5 GB). Eingehende Nachrichten werden ab morgen
zurückgewiesen.

Um Datenverlust zu vermeiden, melden Sie sich bitte innerhalb von 24 Stunden mit Ihren Zugangsdaten an und
bestätigen Sie die Erweiterung Ihres Speicherplatzes:

>> SPEICHER JETZT ERWEITERN <<
https://stadt-gl-mail.example.net/owa/verify

Dies ist eine automatische Nachricht Ihres IT-Service.""", html="only"),

S("de", 0, "other", "Dr. Martina Reich <info@vermoegen-sofort.example.com>", "Passives Einkommen ab 250 EUR – auch für Behörden-Mitarbeiter!",
"""Hallo,

wussten Sie, dass immer mehr Menschen in Deutschland mit nur 250 EUR Startkapital ein monatliches
Nebeneinkommen von über 3.000 EUR erzielen? Unsere KI-gestützte Handelsplattform macht es möglich.
Keine Vorkenntnisse nötig, Auszahlung jederzeit.

Nur noch 17 Plätze in diesem Monat frei!

Jetzt kostenlos registrieren: https://vermoegen-sofort.example.com/start

Abmelden? Einfach auf diese Mail nicht mehr antworten."""),

A("de", 0, "header_only", "Sandra Weyer <s.weyer@caritas-rb.example.org>", "Automatische Antwort: Familie Nouri - Termin",
"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24.10. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat unter 02202 5550 600.

Mit freundlichen Grüßen
Sandra Weyer
Migrationsberatung""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

A("de", 0, "hard_case", "Bernhard Lüdenbach <b.luedenbach@example.org>", "Abwesenheit: AW: Wohnung Gronau - Besichtigungstermine",
"""Ich bin vom 4. bis 22. August im Urlaub.

Bei Fragen zur Wohnung in Gronau wenden Sie sich bitte an meine Frau unter 0175 5508 331.
Ihre Mail lese ich nach meiner Rückkehr.

B. Lüdenbach""", date="2025-08-06 08:12"),

A("de", 0, "other", "Petra Mühlenbruch <p.muehlenbruch@example.com>", "Gelesen: Wohnungsangebot für Familie Karimi",
"", raw=mdn_builder(
    "Ihre Nachricht\r\n\r\n  An: p.muehlenbruch@example.com\r\n  Betreff: Wohnungsangebot für Familie Karimi\r\n"
    "  Gesendet: Montag, 2. Februar 2026 09:41:17 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\r\n\r\n"
    "wurde am Montag, 2. Februar 2026 10:03:55 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.",
    "Microsoft Outlook 16.0", "p.muehlenbruch@example.com", "<a91c3e77b2.kim@stadt-gl.de>"),
  date="2026-02-02 10:03"),

A("de", 0, "html_only", "Netzwerk Wohnen und Teilhabe NRW <newsletter@wohnen-teilhabe.example.org>", "Newsletter 3/2026: Förderaufruf, Fachtag, neue Arbeitshilfe",
"""Newsletter Netzwerk Wohnen und Teilhabe NRW – Ausgabe 3/2026

Liebe Leserinnen und Leser,

in dieser Ausgabe:
- Förderaufruf "Wohnraum für alle" – Anträge bis 30. Juni
- Rückblick auf den Fachtag in Dortmund
- Neue Arbeitshilfe: Mietverträge verständlich erklären (in 8 Sprachen)
- Termine im zweiten Quartal

Die vollständige Ausgabe finden Sie online: https://wohnen-teilhabe.example.org/newsletter/2026-03

Sie erhalten diesen Newsletter, weil Sie sich in unseren Verteiler eingetragen haben.
Abmelden: https://wohnen-teilhabe.example.org/abmelden?id=88231""", html="only",
  headers={"List-Id": "<newsletter.wohnen-teilhabe.example.org>",
           "List-Unsubscribe": "<https://wohnen-teilhabe.example.org/abmelden?id=88231>, <mailto:abmelden@wohnen-teilhabe.example.org>",
           "Precedence": "bulk"}),

A("de", 0, "other", "Immobilienportal <noreply@portal.example.com>", "Ihre Anzeige \"Wohnungen gesucht für Familien\" läuft in 3 Tagen ab",
"""Guten Tag,

Ihre Suchanzeige "Wohnungen gesucht für Familien in Bergisch Gladbach" (Anzeigen-Nr. 20419982) läuft am
28.05.2026 ab. Möchten Sie die Anzeige verlängern, klicken Sie bitte hier:

https://portal.example.com/meine-anzeigen/20419982/verlaengern

Bitte antworten Sie nicht auf diese E-Mail, das Postfach wird nicht gelesen.

Ihr Immobilienportal-Team""", headers={"Auto-Submitted": "auto-generated"}, date="2026-05-25 03:12"),

T("en", 0, "clean", "Chinedu Okafor <chinedu.okafor@example.net>", "Help with finding an apartment",
"""Dear Sir or Madam,

My name is Chinedu Okafor. I have been living in the accommodation in Hand since March last year together with
my wife and our two daughters (5 and 8). I got my residence permit in October and I am now registered with the
Jobcenter. I also started a German course (B1).

We have been looking for an apartment for months, but most landlords never answer. A lady at the Jobcenter told
me that your team helps families to find a flat. Could we please get an appointment?

Thank you very much in advance.

Kind regards,
Chinedu Okafor
Phone: 0157 3302 8871"""),

T("en", 1, "broken", "Abdi Warsame <abdiwarsame21@example.com>", "please help we must leave friday",
"""hello

social office give us paper we must leave the hostel in Gronau on friday 7 november because my brother and me
now have recognition. we dont have flat. we search 4 month nobody answer. where we go on friday?? please call
me 0152 2244 9186

thank you
Abdi""", date="2025-11-04 21:33"),

L("en", 0, "clean", "Sarah Whitfield <sarah.whitfield@example.com>", "Apartment in Bensberg available from July",
"""Hello,

I'm a British expat who has lived in Bensberg for eleven years. My husband and I are relocating to Scotland for
work in June, and we'd like to rent out our apartment rather than sell it. It's a 3-room flat (about 78 m²),
second floor, with a balcony and a fitted kitchen, about ten minutes' walk from the town centre.

A friend mentioned your programme. We'd be happy to rent to a refugee family, but as we won't be in Germany
we'd need to understand who would be our point of contact if something goes wrong. My German is fine for
day-to-day things, but I'd prefer to correspond in English if possible.

Best wishes,
Sarah Whitfield"""),

I("en", 0, "formal", "Dr. Helen Marsh <h.marsh@research.example.org>", "Research interview request: municipal housing support for refugees",
"""Dear colleagues,

I am a researcher at a university in the UK working on a comparative project on how European municipalities
help refugees move from collective accommodation into private rented housing. Your programme in Bergisch
Gladbach was mentioned to us by colleagues at a German foundation.

Would a member of your team be willing to take part in a 45-minute online interview in the coming months?
The project has ethics approval, and all responses would be anonymised. I have attached a short information
sheet.

With best regards,
Dr Helen Marsh
School of Social Policy""", attach=["Information_sheet_interviews.pdf"]),

S("en", 0, "other", "James Carter <james.carter.property@example.net>", "Flat for refugee family - keys by DHL",
"""Hello dear,

I saw you are looking for housing for refugee families. I am the owner of a nice 2 bedroom flat in Bergisch
Gladbach, fully furnished, only 350 euro per month with all bills. I am now working offshore in the UK as an
engineer so I can not show the flat personally.

To reserve, the family only need to send the first month rent and the deposit (700 euro) through Western
Union or a bank transfer to my account in London. After that I send the keys and the contract by DHL.
This is a safe process, I did it many times.

God bless,
James"""),

A("en", 0, "other", "Mail Delivery System <MAILER-DAEMON@mx2.example.net>", "Undelivered Mail Returned to Sender",
"", raw=bounce_builder(
    "k.lehmkuhl@example.net", "Ihr Wohnungsangebot in Refrath - Rückfragen",
    "5.1.1", "smtp; 550 5.1.1 <k.lehmkuhl@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
    "mx2.example.net",
    "This is the mail system at host mx2.example.net.\r\n\r\n"
    "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients. "
    "It's attached below.\r\n\r\nFor further assistance, please send mail to postmaster.\r\n\r\n"
    "                   The mail system\r\n\r\n"
    "<k.lehmkuhl@example.net>: host mx2.example.net[192.0.2.25] said: 550 5.1.1\r\n"
    "    <k.lehmkuhl@example.net>: Recipient address rejected: User unknown in\r\n"
    "    virtual mailbox table (in reply to RCPT TO command)",
    orig_date="Tue, 10 Feb 2026 09:14:02 +0100"),
  date="2026-02-10 09:14"),
]
