# German: inquiries, machine mail, spam
from mailwriter import I, A, S, bounce_builder, mdn_builder


def H(m, src):
    m.html_source = src
    return m


MAILS = [
# ---------------------------------------------------------------- inquiries
I("de", 0, "hard_case", "Lea Brandes <l.brandes@gl-kurier.example.com>", "Presseanfrage: Wie viele Vermieter machen mit?",
"""Sehr geehrte Damen und Herren,

für einen Artikel im Bergischen Kurier über die Wohnungssituation von Geflüchteten hätte ich einige Fragen an Ihr Team:

1. Wie viele Vermieterinnen und Vermieter haben der Stadt seit Start des Programms Wohnungen angeboten?
2. Wie viele Haushalte konnten bisher aus den Unterkünften in eigene Wohnungen ziehen?
3. Was sind aus Ihrer Sicht die größten Hürden für Vermieter, an Geflüchtete zu vermieten?
4. Gibt es eine Vermieterin oder einen Vermieter, der bereit wäre, mit uns zu sprechen?

Redaktionsschluss ist Donnerstag, 12 Uhr. Gern auch telefonisch: 02202 93311-47.

Mit freundlichen Grüßen
Lea Brandes
Redaktion Lokales
"""),

I("de", 0, "hard_case", "Haus- und Grundbesitzerverein <geschaeftsstelle@hug-gl.example.org>", "Einladung: Mitgliederabend „Vermieten mit sozialer Verantwortung“",
"""Sehr geehrte Damen und Herren,

unser Verein lädt am Mittwoch, 8. Oktober, um 19 Uhr zu einem Mitgliederabend in den Saal der Gaststätte „Zur Post“ ein. Thema: Vermieten mit sozialer Verantwortung.

Viele unserer Mitglieder – private Vermieterinnen und Vermieter – haben Fragen zur Vermietung an Geflüchtete. Wir würden uns sehr freuen, wenn jemand aus Ihrem Team das Programm in ca. 20 Minuten vorstellt und anschließend Fragen beantwortet.

Bitte geben Sie uns bis Ende August Bescheid, ob eine Teilnahme möglich ist.

Mit freundlichen Grüßen
Gerd Rommerskirchen
Geschäftsführer
"""),

I("de", 0, "formal", "Fraktion im Rat – Büro <fraktionsbuero@rat-gl-gruene.example.org>", "Anfrage zur Sitzung des Sozialausschusses am 27.11.",
"""Sehr geehrte Damen und Herren,

zur Vorbereitung der Sitzung des Ausschusses für Soziales, Wohnen und Integration bittet unsere Fraktion um folgende Angaben:

- Anzahl der derzeit in städtischen Unterkünften lebenden Personen mit Anerkennung bzw. Auszugsberechtigung,
- Anzahl der 2025 durch das Auszugsmanagement vermittelten Wohnungen,
- durchschnittliche Dauer zwischen Erstgespräch und Einzug,
- Personalausstattung des Teams (Stellenanteile).

Eine Beantwortung bis zum 20.11. wäre hilfreich. Die Anfrage wurde parallel an die Verwaltungsspitze gerichtet.

Mit freundlichen Grüßen
Svenja Kirchhoff
Fraktionsgeschäftsführerin
"""),

I("de", 0, "clean", "Stadt Nordwald – Integrationsbüro <integration@stadt-nordwald.example.org>", "Erfahrungsaustausch Auszugsmanagement",
"""Liebe Kolleginnen und Kollegen,

wir bauen in Nordwald gerade ein eigenes Auszugsmanagement auf und haben gehört, dass Sie mit Vermieter-Netzwerk und Wohnungsführerschein gute Erfahrungen machen.

Hätten Sie Zeit für einen Austausch, gern per Videokonferenz, ca. eine Stunde? Uns interessieren vor allem die Zusammenarbeit mit dem Jobcenter und wie Sie Vermieter gewinnen.

Viele Grüße aus dem Nachbarkreis
Tobias Merten
Integrationsbüro Stadt Nordwald
"""),

I("de", 0, "clean", "Werner Hoppe <werner.hoppe@example.net>", "Ehrenamtliche Hilfe",
"""Guten Tag,

ich bin seit letztem Jahr im Ruhestand (vorher Bankkaufmann) und möchte mich gern ehrenamtlich engagieren. Könnte ich Ihr Team unterstützen, zum Beispiel bei Begleitungen zu Wohnungsbesichtigungen, beim Ausfüllen von Formularen oder beim Umzug?

Ich habe ein Auto und bin zeitlich flexibel.

Mit freundlichen Grüßen
Werner Hoppe
"""),

I("de", 0, "clean", "Johanna Keil <johanna.keil@uni-koeln.example.org>", "Interviewanfrage Masterarbeit: Wohnungszugang Geflüchteter",
"""Sehr geehrte Damen und Herren,

ich schreibe an der Universität meine Masterarbeit im Fach Soziologie zum Thema „Kommunale Strategien für den Wohnungszugang Geflüchteter in NRW“. Betreut wird die Arbeit von Prof. Dr. Ellen Hartmann.

Ich würde gern ein etwa 45-minütiges Experteninterview mit einer Mitarbeiterin oder einem Mitarbeiter Ihres Teams führen. Alle Angaben werden selbstverständlich anonymisiert. Das Informationsblatt zur Studie hänge ich an.

Über eine Rückmeldung würde ich mich sehr freuen.

Mit freundlichen Grüßen
Johanna Keil
""", attach=["Studieninformation_Keil_Masterarbeit.pdf"]),

I("de", 0, "formal", "Diakonie Fachtag <fachtag@diakonie-rhein-berg.example.org>", "Save the Date: Fachtag „Ankommen heißt Wohnen“ am 14. März",
"""Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem Fachtag „Ankommen heißt Wohnen – Wege aus der Gemeinschaftsunterkunft“ ein.

Termin: Freitag, 14. März, 9:30–15:30 Uhr
Ort: Evangelisches Gemeindezentrum, Bergisch Gladbach

Auf dem Programm stehen ein Impulsvortrag, Workshops zu Vermieterakquise und Mietrecht sowie ein Markt der Möglichkeiten. Gern können Sie Ihr Programm an einem Stand vorstellen.

Anmeldung bis 28. Februar per Antwort auf diese Mail.

Mit freundlichen Grüßen
Sabine Görgen
Fachbereich Migration
""", attach=["Einladung_Fachtag_Ankommen_heisst_Wohnen.pdf"]),

I("de", 0, "clean", "Umzüge Kessler <kontakt@umzuege-kessler.example.com>", "Angebot Umzugspauschalen für städtische Vermittlungen",
"""Sehr geehrte Damen und Herren,

wir sind ein kleines Umzugsunternehmen aus Bensberg und haben in den letzten Monaten mehrere Familien beim Auszug aus den Unterkünften begleitet (meist über das Jobcenter abgerechnet).

Wir würden Ihnen gerne feste Pauschalen für kleinere Umzüge innerhalb des Stadtgebiets anbieten, inklusive Montage von Küchen und Betten. Darf ich Ihnen unser Angebot zuschicken oder kurz vorbeikommen?

Freundliche Grüße
Dennis Kessler
Umzüge Kessler, Inh. D. Kessler
"""),

I("de", 0, "clean", "Monika Steinbach <monika.steinbach@example.org>", "Wie funktioniert das Programm?",
"""Hallo,

in unserer Nachbarschaft wird viel über Ihr Programm geredet, und ehrlich gesagt auch viel Unsinn. Können Sie mir erklären, wie das genau funktioniert? Bekommen Geflüchtete bevorzugt Wohnungen? Und kann man als normaler Bürger irgendwie helfen?

Danke und Gruß
Monika Steinbach
"""),

I("de", 0, "other", "Dieter Pohl <dieter.pohl@example.com>", "Hundesteuer Abmeldung",
"""Sehr geehrte Damen und Herren,

unser Hund Balu ist leider am 3. Juni verstorben. Ich möchte ihn hiermit von der Hundesteuer abmelden. Steuernummer 36.00.4471.

Die Bescheinigung der Tierarztpraxis hänge ich an.

Mit freundlichen Grüßen
Dieter Pohl
""", attach=["Bescheinigung_Tierarzt.pdf"]),

I("de", 0, "hard_case", "Ingrid Bremer <ingrid.bremer@example.net>", "Möbel abzugeben",
"""Guten Tag,

wir lösen im Oktober den Haushalt meiner Tante auf. Es gibt ein gut erhaltenes Schlafzimmer, eine Couch, einen Esstisch mit 6 Stühlen und viel Geschirr.

Könnten Familien, die gerade aus der Unterkunft in eine Wohnung ziehen, das gebrauchen? Wir würden alles verschenken, müssten es aber bis zum 20.10. los sein.

Freundliche Grüße
Ingrid Bremer
"""),

I("de", 0, "clean", "Caritas Migrationsberatung <migrationsberatung@caritas-rb.example.org>", "Frage zu Aufnahmekriterien",
"""Liebe Kolleginnen und Kollegen,

in unserer Beratung fragen immer wieder Menschen, ob sie an Ihrem Programm teilnehmen können. Wir sind uns selbst nicht ganz sicher: Gilt das Angebot nur für Personen in städtischen Unterkünften oder auch für Geflüchtete, die privat bei Verwandten wohnen? Und gibt es Voraussetzungen beim Aufenthaltsstatus?

Ein kurzes Infoblatt, das wir weitergeben können, wäre toll.

Viele Grüße
Nadine Hülsmann
Migrationsberatung für erwachsene Zuwanderer
"""),

I("de", 0, "clean", "Prof. Dr. Markus Vohwinkel <vohwinkel@th-rhein.example.org>", "Online-Befragung: Kommunale Wohnraumvermittlung",
"""Sehr geehrte Damen und Herren,

im Rahmen eines vom Land geförderten Forschungsprojekts befragen wir kommunale Stellen, die Geflüchtete bei der Wohnungssuche unterstützen. Die Befragung dauert etwa 20 Minuten:

https://umfrage.th-rhein.example.org/s/wohnraum-2025

Die Ergebnisse stellen wir allen Teilnehmenden im Frühjahr zur Verfügung.

Mit besten Grüßen
Markus Vohwinkel
Institut für Soziale Arbeit
"""),

I("de", 0, "forward", "Sandra Hölzer <s.hoelzer@stadt-gl-sozialamt.example.org>", "WG: Anfrage Zuständigkeit Obdachlosenunterbringung",
"""Hallo ihr Lieben,

die Anfrage unten ist bei uns gelandet, ich glaube, ihr könnt besser einschätzen, ob das euer Thema ist oder ob es an die Wohnungsnotfallhilfe geht. Es geht nicht um eine konkrete Person, eher um die Zuständigkeit allgemein.

LG Sandra

-----Ursprüngliche Nachricht-----
Von: Verein Brücke e.V. <info@bruecke-ev.example.net>
Gesendet: Montag, 2. Juni 2025 10:03
Betreff: Anfrage Zuständigkeit Obdachlosenunterbringung

Guten Tag, wir betreuen als Verein immer wieder Geflüchtete, deren Mietverhältnis gekündigt wurde. Wer ist bei der Stadt zuständig, wenn anerkannte Geflüchtete wieder wohnungslos werden – das Sozialamt oder das Integrationsmanagement?
"""),

I("de", 0, "machine_translated", "Nguyen Thi Lan <lan.nguyen.de@example.com>", "Frage über Ummeldung Adresse",
"""Guten Tag,

Ich bin vor zwei Wochen in eine neue Wohnung in Bergisch Gladbach umgezogen und möchte meine Adresse ummelden. Auf der Internetseite habe ich keinen freien Termin gefunden. Kann ich die Ummeldung durch diese E-Mail machen oder muss ich persönlich kommen? Welche Dokumente muss ich mitbringen?

Vielen Dank für Ihre Antwort.
Nguyen Thi Lan
"""),

# ---------------------------------------------------------------- machine mail
A("de", 0, "header_only", "Kuhlmann, Melanie <m.kuhlmann@bergische-heimstatt.example.org>", "Automatische Antwort: Vorschlag Mieterhaushalt Am Broich 12",
"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 05.01. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an vermietung@bergische-heimstatt.example.org oder 02202 4410-0.

Mit freundlichen Grüßen
Melanie Kuhlmann
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
              "X-MS-Exchange-Inbox-Rules-Loop": "m.kuhlmann@bergische-heimstatt.example.org",
              "Thread-Topic": "Vorschlag Mieterhaushalt Am Broich 12"}, date="2025-12-22 08:01"),

A("de", 0, "other", "Wiesner, Dagmar <team412.jobcenter-rb@example.org>", "Abwesenheitsnotiz",
"""Guten Tag,

ich bin vom 14.07. bis 01.08. im Urlaub. Ihre Nachricht wird nicht gelesen und nicht weitergeleitet. Bitte wenden Sie sich in Leistungsangelegenheiten an das Service-Center des Jobcenters.

Mit freundlichen Grüßen
D. Wiesner
"""),

A("de", 0, "header_only", "Mail Delivery System <MAILER-DAEMON@mx01.mailhost.example.net>", "Unzustellbar: Ihr Termin im Stadthaus am 12.05.",
"", raw=bounce_builder("familie.nazari@mailhost.example.net", "Ihr Termin im Stadthaus am 12.05.", "5.1.1",
    "smtp; 550 5.1.1 <familie.nazari@mailhost.example.net>: Recipient address rejected: User unknown in virtual mailbox table",
    "mx01.mailhost.example.net",
    "Dies ist die Mail-Software auf dem Rechner mx01.mailhost.example.net.\r\n\r\n"
    "Ihre Nachricht konnte leider nicht an einen oder mehrere Empfänger zugestellt werden.\r\n"
    "Der Fehler ist permanent, ein erneuter Versuch ist nicht möglich.\r\n\r\n"
    "<familie.nazari@mailhost.example.net>: Die Empfängeradresse existiert nicht.\r\n",
    orig_date="Fri, 9 May 2025 14:02:11 +0200"), headers={"Auto-Submitted": "auto-replied (failure)"}),

A("de", 0, "header_only", "Amir Rasuli <rasuli.amir.family@example.com>", "Gelesen: Einladung zum Gespräch am 03.06.",
"", raw=mdn_builder(
    "Ihre Nachricht\r\n\r\n  An: rasuli.amir.family@example.com\r\n  Betreff: Einladung zum Gespräch am 03.06.\r\n"
    "  Gesendet: Dienstag, 27. Mai 2025 10:14:22 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\r\n\r\n"
    "wurde am Dienstag, 27. Mai 2025 18:40:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.\r\n",
    "rasuli-pc; Microsoft Outlook 16.0", "rasuli.amir.family@example.com", "<c4e7d1.20250527101422@stadt-gl.de>")),

H(A("de", 0, "other", "Netzwerk Wohnen Rhein-Berg <newsletter@netzwerk-wohnen-rb.example.org>", "Newsletter 4/2025: Neue Mietobergrenzen, Fachtag, Vermieter-Stammtisch",
"""Newsletter 4/2025

Liebe Netzwerkpartnerinnen und -partner,

1. Neue Angemessenheitsgrenzen ab 1. Juli: Das Jobcenter hat die Richtwerte für die Kosten der Unterkunft angepasst.
2. Rückblick Fachtag „Ankommen heißt Wohnen“: Präsentationen stehen zum Download bereit.
3. Vermieter-Stammtisch am 18. September in Bensberg.

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://netzwerk-wohnen-rb.example.org/newsletter/abmelden?u=8f2a91
""", html="alt", headers={"List-Unsubscribe": "<https://netzwerk-wohnen-rb.example.org/newsletter/abmelden?u=8f2a91>, <mailto:unsubscribe@netzwerk-wohnen-rb.example.org?subject=unsubscribe>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk", "X-Mailer": "CleverReach", "List-Id": "Newsletter <newsletter.netzwerk-wohnen-rb.example.org>"}),
"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:Georgia,serif}h2{color:#2b5d34}</style></head><body>
<table width="100%" style="background:#f3f3f3"><tr><td align="center">
<table width="620" style="background:#fff;padding:20px">
<tr><td><h1 style="color:#2b5d34">Netzwerk Wohnen Rhein-Berg</h1><p>Newsletter 4/2025</p>
<p>Liebe Netzwerkpartnerinnen und -partner,</p>
<h2>1. Neue Angemessenheitsgrenzen ab 1. Juli</h2><p>Das Jobcenter hat die Richtwerte f&uuml;r die Kosten der Unterkunft angepasst. <a href="https://netzwerk-wohnen-rb.example.org/kdu-2025">Zur &Uuml;bersicht</a></p>
<h2>2. R&uuml;ckblick Fachtag</h2><p>Die Pr&auml;sentationen stehen <a href="https://netzwerk-wohnen-rb.example.org/fachtag">zum Download</a> bereit.</p>
<h2>3. Vermieter-Stammtisch</h2><p>18. September, 18 Uhr, Bensberg.</p>
<hr><p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie sich daf&uuml;r angemeldet haben. <a href="https://netzwerk-wohnen-rb.example.org/newsletter/abmelden?u=8f2a91">Abmelden</a></p>
<img src="https://track.netzwerk-wohnen-rb.example.org/o/8f2a91.gif" width="1" height="1" alt="">
</td></tr></table></td></tr></table></body></html>
"""),

A("de", 0, "other", "wohnen-nrw-request@lists.example.org", "wohnen-nrw Digest, Bd 45, Eintrag 3",
"""Senden Sie Beiträge für die wohnen-nrw-Mailingliste an
	wohnen-nrw@lists.example.org

Um sich über das Web von der Liste ab- oder anzumelden, besuchen Sie
	https://lists.example.org/mailman/listinfo/wohnen-nrw

Meistens sind die Themen:

   1. Re: Mietschuldenfreiheitsbescheinigung bei Erstbezug (Ulrike M.)
   2. Vermieterbürgschaft - Erfahrungen anderer Kommunen? (Kreis Wesel)
   3. Stellenausschreibung Sozialarbeit Wohnraumakquise (Stadt Hilden)

----------------------------------------------------------------------

Nachricht: 1
Datum: Tue, 8 Apr 2025 09:12:40 +0200
Von: Ulrike M. <ulrike.m@example.org>
Betreff: Re: [wohnen-nrw] Mietschuldenfreiheitsbescheinigung bei Erstbezug

Bei uns stellt die Unterkunftsverwaltung eine formlose Bescheinigung aus, dass keine Nutzungsgebühren offen sind. Das akzeptieren die meisten Vermieter.

------------------------------

Nachricht: 2
Datum: Tue, 8 Apr 2025 11:31:02 +0200
Von: Kreis Wesel, Integrationsagentur <integration@kreis.example.org>
Betreff: [wohnen-nrw] Vermieterbürgschaft - Erfahrungen anderer Kommunen?

Hat jemand eine Mietausfallbürgschaft eingeführt und kann Zahlen zur Inanspruchnahme nennen?

------------------------------

Ende wohnen-nrw Digest, Bd 45, Eintrag 3
*****************************************
""", headers={"List-Id": "Austausch kommunales Wohnen NRW <wohnen-nrw.lists.example.org>", "Precedence": "list",
              "Sender": "wohnen-nrw-bounces@lists.example.org", "Errors-To": "wohnen-nrw-bounces@lists.example.org",
              "List-Post": "<mailto:wohnen-nrw@lists.example.org>", "X-BeenThere": "wohnen-nrw@lists.example.org",
              "X-Mailman-Version": "2.1.39"}, enc="8bit"),

A("de", 0, "other", "Wohnungsbörse Rheinland <noreply@wohnungsboerse-rheinland.example.com>", "3 neue Angebote für Ihren Suchauftrag „GL 3 Zimmer bis 750 €“",
"""Hallo Integration Wohnen,

für Ihren Suchauftrag „GL 3 Zimmer bis 750 €“ gibt es 3 neue Angebote:

• 3-Zimmer-Wohnung, 69 m², Bergisch Gladbach-Gronau, 720 € warm
• Gepflegte 3-Zi.-Whg. mit Balkon, 74 m², Refrath, 745 € kalt
• Renovierte Altbauwohnung, 3 Zimmer, 81 m², Bensberg, 690 € kalt

Alle Angebote ansehen: https://www.wohnungsboerse-rheinland.example.com/suchauftrag/119283

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Suchauftrag bearbeiten oder löschen: https://www.wohnungsboerse-rheinland.example.com/konto/suchauftraege
""", headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply", "Precedence": "bulk",
              "List-Unsubscribe": "<https://www.wohnungsboerse-rheinland.example.com/unsub/119283>"}),

A("de", 0, "other", "Nextcloud Stadt <cloud-noreply@cloud.stadt-gl-intern.example.org>", "Melanie Kuhlmann hat »Belegungsliste_Q1.xlsx« mit Ihnen geteilt",
"""Hallo,

Melanie Kuhlmann hat »Belegungsliste_Q1.xlsx« mit Ihnen geteilt.

Belegungsliste_Q1.xlsx öffnen: https://cloud.stadt-gl-intern.example.org/s/Gx7LqP2mNa

--
Nextcloud – ein sicheres Zuhause für all Ihre Daten
Dies ist eine automatisch erstellte E-Mail, bitte nicht antworten.
""", headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Nextcloud"}),

A("de", 0, "hard_case", "Wohnungsamt Kreis Rhein-Berg <wohnungsamt@kreis-rb.example.org>", "Abwesenheit: Wohnungsangebot und Vermieteranfrage",
"""Sehr geehrte Damen und Herren,

das Postfach des Wohnungsamtes ist vom 23.12. bis 02.01. nicht besetzt. Anträge auf Wohnberechtigungsschein, Anfragen von Vermietern und Wohnungsangebote werden ab dem 05.01. bearbeitet.

In Notfällen (drohende Wohnungslosigkeit) wenden Sie sich bitte an die Notrufnummer der Ordnungsbehörde.

Dies ist eine automatisch erzeugte Nachricht.
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}, date="2025-12-27 11:15"),

# ---------------------------------------------------------------- spam
S("de", 0, "other", "IT-Service Postfach <admin@mail-stadt-gl-support.example.net>", "Ihr Postfach integration-wohnen@stadt-gl.de ist zu 98% voll",
"""Sehr geehrte(r) Benutzer(in),

Ihr Postfach integration-wohnen@stadt-gl.de hat das Speicherlimit fast erreicht (4,91 GB von 5 GB). Eingehende Nachrichten werden ab heute 23:59 Uhr abgelehnt.

Um Datenverlust zu vermeiden, bestätigen Sie bitte umgehend Ihr Konto und erhöhen Sie Ihren Speicher kostenlos:

https://stadt-gl-webmail-login.example.net/owa/verify?id=integration-wohnen

Vielen Dank
Ihr IT-Service
""", headers={"X-Mailer": "PHPMailer 6.1.4 (https://github.com/PHPMailer/PHPMailer)", "Reply-To": "noreply@verify-mailbox.example.com"}),

S("de", 0, "hard_case", "Dr. Thomas Becker <dr.thomas.becker.1962@example.com>", "Meine Wohnung in Bergisch Gladbach – Vermietung an Flüchtlingsfamilie",
"""Guten Tag,

ich habe gelesen, dass Sie Wohnungen für Flüchtlingsfamilien suchen. Ich besitze eine schöne 3-Zimmer-Wohnung in Bergisch Gladbach (85 m², komplett möbliert, 450 € warm inkl. allem).

Leider arbeite ich zurzeit als Arzt in Madrid und kann nicht persönlich kommen. Die Schlüssel und den Mietvertrag versende ich über einen sicheren Treuhandservice (Airbnb Payments). Die Familie muss nur die Kaution von 900 € über Western Union auf den Namen meiner Agentin in Spanien überweisen, danach werden die Schlüssel innerhalb von 48 Stunden zugestellt.

Bitte geben Sie diese Information an interessierte Familien weiter, es gibt viele Anfragen.

Mit freundlichen Grüßen
Dr. Thomas Becker
""", headers={"Reply-To": "thomas.becker.madrid@example.net"}),

S("de", 0, "other", "Google Ranking Experten <info@seo-topplatz.example.com>", "Ihre Webseite auf Platz 1 bei Google – garantiert!",
"""Sehr geehrte Damen und Herren,

bei der Analyse Ihrer Webseite ist uns aufgefallen, dass Sie für wichtige Suchbegriffe nicht auf der ersten Seite von Google erscheinen. Dadurch verlieren Sie täglich potenzielle Kunden!

Wir bieten:
✔ Platz 1 bei Google in 30 Tagen – GARANTIERT
✔ 500 hochwertige Backlinks
✔ Kostenlose Analyse im Wert von 499 €

Antworten Sie einfach mit „JA“ und wir senden Ihnen die kostenlose Analyse.

Beste Grüße
Kevin Schneider
Senior SEO Consultant

Wenn Sie keine weiteren E-Mails erhalten möchten, antworten Sie mit „STOP“.
"""),

S("de", 0, "hard_case", "Katharina Wolff <katharina.wolff84@example.org>", "Hallo, erinnern Sie sich?",
"""Hallo,

wir haben uns letzte Woche kurz auf der Veranstaltung gesehen, Sie erinnern sich vielleicht nicht mehr an mich. Ich wollte Ihnen noch die Fotos schicken, die ich versprochen hatte.

Sie sind hier, weil die Datei zu groß für den Anhang war:
https://fotos-teilen-cloud.example.net/album/k-wolff?ref=8812

Würde mich über eine Antwort freuen!
Katharina
"""),

S("de", 0, "other", "Buchhaltung Lieferservice <buchhaltung@rechnung-service24.example.com>", "2. Mahnung Rechnung Nr. 2025-8812 – Zahlung überfällig",
"""Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung ist die Rechnung Nr. 2025-8812 über 1.487,33 EUR weiterhin offen. Bitte begleichen Sie den Betrag innerhalb von 48 Stunden, um Inkassokosten zu vermeiden.

Die Rechnung und die Zahlungsdetails finden Sie im Anhang (gepackt, Passwort: 8812).

Mit freundlichen Grüßen
Buchhaltung
""", attach=["Rechnung_2025-8812.zip"]),

H(S("de", 0, "html_only", "Bitcoin Erfolg <news@krypto-gewinn-jetzt.example.net>", "Deutsche Rentnerin verdient 7.400 € pro Woche – Banken sind wütend",
"""Deutsche Rentnerin verdient 7.400 € pro Woche von zu Hause. Die Banken wollen nicht, dass Sie das erfahren. Jetzt mit nur 250 € starten.
""", html="only"),
"""<html><body style="margin:0;background:#eee">
<center><table width="560" style="background:#fff;font-family:Arial">
<tr><td><img src="https://cdn.krypto-gewinn-jetzt.example.net/img/banner_tv.jpg" width="560" alt="EXKLUSIV"></td></tr>
<tr><td style="padding:16px"><h2 style="color:#c00">Deutsche Rentnerin verdient 7.400 &euro; pro Woche von zu Hause</h2>
<p>Die Banken sind w&uuml;tend: Eine 67-j&auml;hrige aus K&ouml;ln hat herausgefunden, wie man mit einer neuen Krypto-Plattform passives Einkommen erzielt. <b>Jetzt mit nur 250 &euro; starten!</b></p>
<p style="text-align:center"><a href="https://krypto-gewinn-jetzt.example.net/lp/de?cid=9931" style="background:#0a0;color:#fff;padding:12px 30px;text-decoration:none;font-size:18px">JETZT KOSTENLOS REGISTRIEREN</a></p>
<p style="font-size:9px;color:#aaa">Sie erhalten diese Nachricht aufgrund Ihrer Registrierung bei einem unserer Partner. Abmelden</p>
</td></tr></table></center></body></html>
"""),
]
