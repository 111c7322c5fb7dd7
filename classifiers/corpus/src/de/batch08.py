"""Batch 08: inquiry (press, politics, authorities, initiatives, volunteers, events) plus a few extra."""
from mailwriter import I, L, T

MAILS = [
I("de", 0, "hard_case", "Julia Hartmann <j.hartmann@bergische-rundschau.example.com>", "Presseanfrage: Wie viele Vermieter machen mit?",
"""Sehr geehrte Damen und Herren,

ich schreibe für die Lokalredaktion der Bergischen Rundschau (fiktiv) einen Beitrag über die Wohnungssituation Geflüchteter in Bergisch Gladbach. Dazu hätte ich einige Fragen an das Auszugsmanagement:

1. Wie viele Vermieterinnen und Vermieter haben dem Programm seit Beginn Wohnungen angeboten?
2. Wie viele Haushalte konnten in private Wohnungen vermittelt werden?
3. Welche Vorbehalte hören Sie von Vermietern am häufigsten?
4. Gibt es einen Vermieter, der bereit wäre, mit uns zu sprechen?

Redaktionsschluss ist Donnerstag, 12 Uhr. Gern auch telefonisch: 02202 23456-310.

Mit freundlichen Grüßen
Julia Hartmann
Redakteurin Lokales""", enc="quoted-printable"),

I("de", 0, "hard_case", "Haus & Grund Bergisch Gladbach (fiktiv) <vorstand@hug-gl.example.org>", "Einladung: Mitgliederabend am 23. Oktober – Vortrag erbeten",
"""Sehr geehrte Damen und Herren,

am Donnerstag, 23. Oktober, 19 Uhr, findet unser Mitgliederabend im Bürgerhaus Bergischer Löwe statt. Viele unserer Mitglieder haben in letzter Zeit nach Möglichkeiten gefragt, an Geflüchtete zu vermieten, und nach den Erfahrungen anderer Vermieter.

Wir würden uns sehr freuen, wenn jemand aus Ihrem Team einen kurzen Impulsvortrag (ca. 20 Minuten) über das Auszugsmanagement halten und anschließend Fragen beantworten könnte. Rechnen Sie mit etwa 60 bis 80 Teilnehmenden.

Bitte geben Sie uns bis Ende September Bescheid.

Mit freundlichen Grüßen
Der Vorstand
Haus & Grund Bergisch Gladbach (fiktiv)""", html="alt", date="2025-09-04 11:30"),

I("de", 0, "formal", "Büro Ratsmitglied Claudia Brenner <claudia.brenner@fraktion-gl.example.org>", "Anfrage für den Sozialausschuss – Kennzahlen Auszugsmanagement",
"""Sehr geehrte Damen und Herren,

für die Sitzung des Ausschusses für Soziales, Wohnungswesen, Demografie und Gleichstellung bereitet unsere Fraktion eine Anfrage zum Stand des Auszugsmanagements vor. Bevor wir die Anfrage formal stellen, möchte ich fragen, ob folgende Zahlen bereits vorliegen bzw. bis Ende des Monats zusammengestellt werden könnten:

– Anzahl der begleiteten Haushalte 2024 und 2025
– Anzahl der erfolgreichen Auszüge
– durchschnittliche Dauer bis zum Auszug
– Anzahl der durchgeführten Wohnworkshops und Teilnehmende

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Claudia Brenner
Mitglied des Rates (fiktiv)""", date="2026-01-20 15:33"),

I("de", 0, "clean", "Stadt Overath (fiktiv), Fachbereich Soziales <soziales@overath.example.org>", "Erfahrungsaustausch Auszugsmanagement",
"""Liebe Kolleginnen und Kollegen,

wir planen in Overath, ein ähnliches Angebot wie Ihr Auszugsmanagement aufzubauen, und haben im Kreis-Netzwerktreffen gehört, dass Sie damit schon mehrere Jahre Erfahrung haben.

Hätten Sie Zeit für einen Austausch (gern per Video) zu folgenden Fragen: Wie haben Sie Vermieter gewonnen? Wie ist der Wohnworkshop aufgebaut? Wie viele Stellen haben Sie und wie ist die Zusammenarbeit mit dem Jobcenter geregelt?

Über eine Rückmeldung würden wir uns sehr freuen.

Viele Grüße
Marion Engel
Fachbereich Soziales, Stadt Overath (fiktiv)"""),

I("de", 0, "hard_case", "Christiane Wolf <christiane.wolf@example.net>", "Ehrenamtliche Unterstützung angeboten",
"""Hallo,

ich bin seit kurzem im Ruhestand (früher Bankkauffrau) und würde mich gern ehrenamtlich engagieren. Ich könnte mir vorstellen, Familien bei der Wohnungssuche zu helfen, Unterlagen zu sortieren oder zu Besichtigungen zu begleiten. Einen bestimmten Kontakt habe ich noch nicht.

Wie kann ich mich einbringen? Gibt es eine Schulung?

Freundliche Grüße
Christiane Wolf"""),

I("de", 0, "clean", "Lena Vogt <lena.vogt@uni-koeln.example.org>", "Interviewanfrage für Masterarbeit",
"""Sehr geehrte Damen und Herren,

ich studiere Soziale Arbeit (Master) an der Universität zu Köln (fiktive Adresse) und schreibe meine Abschlussarbeit über kommunale Strategien zur Wohnraumversorgung Geflüchteter in NRW.

Wäre jemand aus Ihrem Team bereit, mir für ein etwa einstündiges Experteninterview zur Verfügung zu stehen? Die Daten werden selbstverständlich anonymisiert. Zeitlich bin ich flexibel, gern auch per Video.

Mit freundlichen Grüßen
Lena Vogt"""),

I("de", 0, "clean", "Umzüge Bergland (fiktiv) <angebote@umzuege-bergland.example.com>", "Sonderkonditionen für Ihre Klienten",
"""Sehr geehrte Damen und Herren,

wir sind ein Umzugsunternehmen aus Bergisch Gladbach und haben bereits mehrfach Umzüge für Haushalte im Leistungsbezug durchgeführt (Abrechnung mit dem Jobcenter nach Kostenvoranschlag).

Gern bieten wir Ihren Klientinnen und Klienten Sonderkonditionen: Kleinumzug innerhalb des Stadtgebiets ab 290 €, inkl. Transporter und zwei Helfern. Unsere Preisliste finden Sie im Anhang.

Mit freundlichen Grüßen
Dennis Kaya
Umzüge Bergland (fiktiv)""", attach=["Preisliste_2025.pdf"]),

I("de", 0, "clean", "Kita-Anmeldung <mario.lehmann@example.com>", "Kitaplatz für meinen Sohn",
"""Guten Tag,

wir sind vor zwei Monaten nach Bergisch Gladbach gezogen (Refrath) und suchen ab August einen Kitaplatz für unseren Sohn (2 Jahre). Im Kita-Portal komme ich nicht weiter, weil unsere neue Adresse nicht erkannt wird. An wen muss ich mich wenden?

Viele Grüße
Mario Lehmann"""),

I("de", 0, "oneliner", "Bernd Schuster <bernd.schuster@example.net>", "Knöllchen",
"""Ich habe ein Knöllchen bekommen vor dem Rathaus Bensberg, obwohl ich nur 5 Minuten gestanden habe. Wo kann ich Einspruch einlegen?"""),

I("de", 0, "clean", "Flüchtlingshilfe Refrath e. V. (fiktiv) <kontakt@fh-refrath.example.org>", "Netzwerktreffen Wohnen – Einladung",
"""Liebe Kolleginnen und Kollegen,

herzliche Einladung zu unserem nächsten Netzwerktreffen „Wohnen für Geflüchtete" am Mittwoch, 12. März, 18 Uhr, im Gemeindesaal St. Johann Baptist (fiktiv). Themen: Erfahrungen mit Besichtigungen, Diskriminierung auf dem Wohnungsmarkt, Vorstellung der neuen Mieterberatung.

Es wäre toll, wenn jemand aus dem Auszugsmanagement dabei wäre und kurz berichten könnte, was sich im letzten Jahr getan hat.

Herzliche Grüße
für den Vorstand
Anke Schröder""", html="alt"),

I("de", 0, "formal", "Kommunales Integrationszentrum Rheinisch-Bergischer Kreis (fiktiv) <ki@rbk.example.org>", "Abfrage Sachbericht KIM Handlungsfeld Wohnen",
"""Sehr geehrte Damen und Herren,

im Rahmen der Berichtspflicht gegenüber dem Land bitten wir die kreisangehörigen Kommunen um Zulieferung der Kennzahlen für das Handlungsfeld Wohnen für den Zeitraum 01.01. bis 30.06. Die Vorlage finden Sie im Anhang.

Bitte senden Sie uns die ausgefüllte Tabelle bis zum 15.08. zurück. Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag
Dr. Philipp Sauer
Kommunales Integrationszentrum (fiktiv)""", attach=["Abfrage_Kennzahlen_Wohnen.docx"], date="2025-07-10 10:12"),

I("de", 0, "clean", "Radio Berg (fiktiv) – Redaktion <redaktion@radioberg.example.com>", "O-Ton für Beitrag Wohnungsnot",
"""Hallo,

wir machen für unsere Morgensendung einen Beitrag zum Thema „Wohnungsnot im Rheinisch-Bergischen Kreis" und würden gern einen kurzen O-Ton (1–2 Minuten) von jemandem aus dem Auszugsmanagement aufnehmen. Das ginge telefonisch oder wir kommen vorbei.

Idealerweise bis Dienstag. Geht das?

Beste Grüße
Tobias Lenz
Redaktion"""),

I("de", 0, "clean", "Klaus Peters <klaus.peters@example.org>", "Wie funktioniert Ihr Programm?",
"""Guten Tag,

ich habe in der Zeitung einen Artikel über Ihr Auszugsmanagement gelesen und finde die Idee gut. Ich bin einfach neugierig: Wie viele Leute arbeiten bei Ihnen, und wie findet man die Wohnungen? Bekommen die Vermieter Geld von der Stadt?

Ich habe selbst keine Wohnung zu vermieten, wollte es nur verstehen.

Mit freundlichen Grüßen
Klaus Peters"""),

I("de", 0, "clean", "Sportverein TuS Gronau 1910 (fiktiv) <jugend@tus-gronau.example.org>", "Angebot: Kostenlose Sportkurse für Kinder aus Unterkünften",
"""Hallo,

unser Verein möchte Kindern aus Familien, die neu in eine eigene Wohnung gezogen sind, den Einstieg im Stadtteil erleichtern. Wir bieten ein Jahr kostenlose Mitgliedschaft (Fußball, Turnen, Schwimmen) an.

Könnten Sie die Information an die Familien weitergeben, die Sie begleiten? Flyer in fünf Sprachen liegen bei.

Sportliche Grüße
Jugendabteilung TuS Gronau""", attach=["Flyer_Kinder_Sport.pdf"]),

I("de", 0, "clean", "Bewerbung Sabrina Koch <sabrina.koch.bewerbung@example.com>", "Initiativbewerbung Sozialarbeiterin",
"""Sehr geehrte Damen und Herren,

mit großem Interesse verfolge ich die Arbeit des Kommunalen Integrationsmanagements. Ich habe meinen Bachelor in Sozialer Arbeit abgeschlossen und zwei Jahre in einer Flüchtlingsunterkunft gearbeitet. Gern würde ich Ihr Team im Bereich Auszugsmanagement unterstützen.

Ist derzeit eine Stelle zu besetzen, oder an wen kann ich meine Bewerbung richten? Meine Unterlagen füge ich bei.

Mit freundlichen Grüßen
Sabrina Koch""", attach=["Lebenslauf_Koch.pdf"]),

I("de", 0, "clean", "Möbelbörse Bergisch Gladbach (fiktiv) <team@moebelboerse-gl.example.org>", "Kooperation Erstausstattung",
"""Liebes Team,

wir sind eine gemeinnützige Möbelbörse und haben derzeit sehr viele gut erhaltene Möbel (Betten, Schränke, Tische, Kühlschränke) auf Lager. Für Haushalte, die in eine erste eigene Wohnung ziehen, können wir Möbel zu symbolischen Preisen abgeben oder mit Gutscheinen des Jobcenters arbeiten.

Wollen wir eine feste Kooperation vereinbaren? Ich komme gern zu einem Gespräch vorbei.

Viele Grüße
Heike Lambertz
Möbelbörse (fiktiv)"""),

I("de", 0, "machine_translated", "Ali Demir <ali.demir.dolmetscher@example.net>", "Angebot Übersetzung",
"""Sehr geehrte Damen und Herren,

Ich bin ein beeidigter Dolmetscher für die Sprachen Türkisch, Kurdisch und Arabisch mit Erfahrung von 15 Jahren. Ich habe gesehen, dass Ihr Amt arbeitet mit vielen Menschen aus diesen Ländern. Ich möchte anbieten meine Dienste für Termine mit Vermietern oder für Übersetzung von Verträgen zu einem guten Preis.

Ich füge bei meinen Lebenslauf und die Preise.

Mit freundlichen Grüßen
Ali Demir""", attach=["Preise_Dolmetscher.pdf"]),

I("de", 0, "clean", "Gemeinde Kürten (fiktiv) – Sozialamt <sozialamt@kuerten.example.org>", "Rückfrage Vermieterakquise",
"""Hallo zusammen,

kurze Frage unter Kolleginnen: Ihr habt doch einen Flyer für Vermieter entwickelt („Vermieten mit Sicherheit" oder so ähnlich). Dürften wir den als Vorlage für unseren eigenen verwenden? Natürlich mit angepasstem Logo und Kontakt.

Danke und viele Grüße aus Kürten
Stefanie Holz"""),

I("de", 0, "clean", "Dr. Mehmet Özkan <m.oezkan@hs-bonnrheinsieg.example.org>", "Forschungsprojekt Diskriminierung am Wohnungsmarkt",
"""Sehr geehrte Damen und Herren,

an unserer Hochschule läuft ein vom Land gefördertes Forschungsprojekt zu Diskriminierung auf dem Wohnungsmarkt in NRW. Wir würden gern Fachkräfte aus kommunalen Auszugsmanagements befragen (Online-Fragebogen, ca. 20 Minuten) und ggf. vertiefende Interviews führen.

Wären Sie bereit, teilzunehmen? Die Projektbeschreibung liegt bei.

Mit freundlichen Grüßen
Dr. Mehmet Özkan
Wissenschaftlicher Mitarbeiter""", attach=["Projektbeschreibung.pdf"]),

I("de", 0, "oneliner", "Helga Sommer <helga.sommer@example.com>", "Sperrmüll",
"""Wann wird in Hebborn Sperrmüll abgeholt? Danke."""),

I("de", 0, "clean", "Andreas Hoffmann <andreas.hoffmann@example.net>", "Beschwerde",
"""Sehr geehrte Damen und Herren,

ich verstehe nicht, warum die Stadt Flüchtlingen Wohnungen besorgt, während meine Tochter mit zwei Kindern seit einem Jahr vergeblich sucht. Wer entscheidet das? Gibt es so ein Programm auch für Deutsche?

Mit freundlichen Grüßen
Andreas Hoffmann"""),

I("de", 0, "clean", "Evangelische Erwachsenenbildung (fiktiv) <programm@eeb-rb.example.org>", "Anfrage Referentin Fachtag „Ankommen und Wohnen“",
"""Sehr geehrte Damen und Herren,

am 7. November veranstalten wir in Bensberg einen Fachtag „Ankommen und Wohnen" für Ehrenamtliche in der Flüchtlingsarbeit. Wir würden uns freuen, wenn eine Mitarbeiterin oder ein Mitarbeiter des Auszugsmanagements einen Workshop (90 Min.) zum Thema „Wie begleite ich Geflüchtete bei der Wohnungssuche?" gestalten könnte. Ein Honorar können wir leider nicht zahlen, Fahrtkosten werden erstattet.

Mit freundlichen Grüßen
Pfarrerin Katrin Mauer"""),

I("de", 0, "hard_case", "Mieterverein Rhein-Berg (fiktiv) <beratung@mieterverein-rb.example.org>", "Gemeinsame Infoveranstaltung für Vermieter und Mieter?",
"""Hallo,

wir bekommen im Mieterverein zunehmend Anfragen von Vermietern, die an Geflüchtete vermieten wollen, und von Geflüchteten, die Fragen zu ihrem Mietvertrag haben. Wäre eine gemeinsame Infoveranstaltung denkbar? Wir könnten mietrechtliche Fragen beantworten, Sie die Begleitung vorstellen.

Gruß
Björn Hansen
Rechtsberatung"""),

I("de", 0, "clean", "Landtagsbüro MdL Hanna Keller (fiktiv) <buero.keller@landtag.example.org>", "Besuch der Abgeordneten im Auszugsmanagement",
"""Sehr geehrte Damen und Herren,

die Landtagsabgeordnete Hanna Keller (fiktiv) möchte sich im Rahmen ihrer Sommertour über Projekte zur Integration im Wahlkreis informieren. Sie würde gern Ihr Team besuchen und mit Ihnen über Erfahrungen und Bedarfe sprechen, ggf. auch an einem Wohnworkshop teilnehmen.

Mögliche Termine: 21., 22. oder 28. Juli, jeweils vormittags. Bitte stimmen Sie den Termin ggf. mit der Pressestelle der Stadt ab.

Mit freundlichen Grüßen
Jonas Breuer
Wahlkreisbüro"""),

I("de", 0, "clean", "Franziska Meurer <franziska.meurer@example.com>", "Sachspenden",
"""Hallo,

wir lösen den Haushalt meiner Oma auf und haben viel Geschirr, Bettwäsche, ein Sofa und einen Küchentisch. Gibt es bei Ihnen Familien, die gerade in eine Wohnung ziehen und so etwas brauchen? Oder können Sie mir sagen, wo ich das abgeben kann?

Viele Grüße
Franziska Meurer"""),

I("de", 0, "clean", "Schülerzeitung „Durchblick“ (fiktiv) <durchblick@gymnasium-gl.example.org>", "Interview für Schülerzeitung",
"""Hallo,

wir sind drei Schülerinnen der 10. Klasse und schreiben für unsere Schülerzeitung einen Artikel über Geflüchtete in Bergisch Gladbach. Eine Freundin von uns hat lange in einer Unterkunft gewohnt.

Dürften wir Ihnen ein paar Fragen stellen? Zum Beispiel: Wie lange dauert es durchschnittlich, eine Wohnung zu finden? Was ist das Schwierigste?

Vielen Dank!
Mia, Emma und Sude"""),

I("en", 0, "clean", "Dr. Sarah Collins <s.collins@research.example.org>", "Comparative study on municipal housing support for refugees",
"""Dear colleagues,

I am a researcher at a university in Manchester (UK), working on a comparative study of municipal programmes that help refugees move from shared accommodation into private rental housing. Your "Auszugsmanagement" was mentioned at a conference in Berlin as a good-practice example.

Would someone from your team be available for a 45-minute video interview in English or German? I would also be grateful for any public reports on the programme.

With best wishes,
Sarah Collins"""),

I("de", 0, "clean", "Versicherungsmakler Schneider & Co. (fiktiv) <info@vm-schneider.example.com>", "Mietausfallversicherung für Ihre Vermieter",
"""Sehr geehrte Damen und Herren,

als unabhängiger Versicherungsmakler bieten wir eine Mietausfall- und Mietnomadenversicherung an, die speziell für Vermieter interessant ist, die an Mieter im Leistungsbezug vermieten. Gerne stellen wir Ihnen das Produkt vor, damit Sie es interessierten Vermietern empfehlen können.

Darf ich Sie für einen Termin anrufen?

Mit freundlichen Grüßen
Patrick Schneider"""),

I("de", 0, "forward", "Bürgerbüro Stadtmitte <buergerbuero@stadt-gl.example.org>", "WG: Anfrage Anwohnerparkausweis",
"""Hallo Kolleginnen,

diese Mail ist bei uns im Bürgerbüro gelandet, betrifft aber wohl euch? Der Absender fragt nach „Wohnen", meint aber den Anwohnerparkausweis. Ich leite sie mal weiter, falls ich mich irre, gern zurück.

Gruß aus dem Bürgerbüro

-----Ursprüngliche Nachricht-----
Von: Rüdiger Klaas <ruediger.klaas@example.net>
Gesendet: Montag, 10. November 2025 08:12
An: Bürgerbüro
Betreff: Wohnen Stadtmitte

Guten Tag, ich wohne in der Stadtmitte und möchte einen Anwohnerparkausweis beantragen. Welche Unterlagen brauche ich?""", date="2025-11-10 09:40"),

I("de", 0, "clean", "Quartiersmanagement Gronau (fiktiv) <qm-gronau@example.org>", "Stadtteilfest – Infostand?",
"""Liebes Team,

am 14. Juni feiern wir wieder das Stadtteilfest in Gronau. Möchtet ihr einen Infostand haben, um Vermieterinnen und Vermieter aus dem Viertel anzusprechen? Wir stellen Pavillon und Tisch.

Liebe Grüße
Nadine vom Quartiersbüro"""),

I("de", 0, "clean", "Markus Lindner <markus.lindner@example.net>", "Mithilfe bei Umzügen",
"""Hallo,

ich habe einen Transporter und am Wochenende oft Zeit. Falls Familien aus den Unterkünften Hilfe beim Umzug brauchen, würde ich gern unentgeltlich helfen. Wie kann ich mich melden, wenn es Bedarf gibt?

Gruß
Markus"""),

I("de", 0, "clean", "Stadt Rösrath (fiktiv), Integration <integration@roesrath.example.org>", "Teilnahme an Ihrem Wohnworkshop – Hospitation",
"""Sehr geehrte Kolleginnen und Kollegen,

wir möchten in Rösrath ebenfalls Wohnworkshops anbieten. Wäre es möglich, dass zwei Kolleginnen bei einem Ihrer nächsten Workshops hospitieren, um das Konzept kennenzulernen?

Mit freundlichen Grüßen
Tanja Feldmann"""),

I("de", 0, "other", "IT-Service der Stadtverwaltung <it-service@stadt-gl.example.org>", "Umstellung Funktionspostfach – bitte Rückmeldung",
"""Hallo liebes Team Integration Wohnen,

im Zuge der Migration auf die neue Mailplattform wird Ihr Funktionspostfach am Wochenende umgezogen. Bitte teilen Sie uns bis Donnerstag mit, welche Kolleginnen und Kollegen künftig Zugriff haben sollen (Vor- und Nachname, Personalnummer).

Bei Fragen: Durchwahl -4711.

Viele Grüße
Jens aus der IT"""),

I("de", 0, "clean", "Wohngeld-Anfrage <petra.hinz@example.com>", "Wohngeldantrag",
"""Guten Tag,

ich bin Rentnerin und möchte Wohngeld beantragen. Auf der Internetseite der Stadt habe ich Ihre Adresse gefunden. Können Sie mir die Formulare schicken? Ich habe keinen Drucker.

Mit freundlichen Grüßen
Petra Hinz
Heidkamp"""),

I("de", 0, "clean", "Caritas Rhein-Berg (fiktiv) – Fachdienst Integration <fdi@caritas-rb.example.org>", "Neue Kollegin stellt sich vor",
"""Liebe Kolleginnen und Kollegen,

ich bin seit dem 1. Oktober neu im Fachdienst Integration der Caritas und für die Migrationsberatung in Bensberg und Refrath zuständig. Ich würde mich gern einmal kurz bei Ihnen vorstellen, um die Zusammenarbeit bei Auszügen abzustimmen.

Hätten Sie in den nächsten Wochen 30 Minuten Zeit?

Herzliche Grüße
Laura Benning"""),

# --- a few extra landlord offers and urgent tenant mails to complete the targets ---
L("de", 0, "clean", "Reinhold Thelen <reinhold.thelen@example.org>", "Wohnung für Mutter mit Kind",
"""Guten Tag,

nach dem Auszug meiner Mieterin steht meine kleine Wohnung in Katterbach (2 Zimmer, 46 m², Erdgeschoss, 440 € warm) leer. Ich würde sie am liebsten an eine alleinerziehende Mutter mit einem Kind vermieten. Haben Sie jemanden?

Mit freundlichen Grüßen
Reinhold Thelen"""),

L("de", 0, "hard_case", "Eheleute Kramer <kramer.bensberg@example.net>", "Vermieten ja – aber wer bürgt?",
"""Sehr geehrte Damen und Herren,

wir haben Ihren Flyer beim Bäcker gesehen. Bevor wir Ihnen unsere Wohnung anbieten: Stellt die Stadt eine Mietbürgschaft oder zahlt sie die Kaution direkt? Uns wäre eine schriftliche Zusage wichtig.

Mit freundlichen Grüßen
Ursula und Peter Kramer"""),

L("de", 0, "clean", "Wohnungsverwaltung Hahn (fiktiv) <verwaltung@hahn-wv.example.com>", "Mieter Herr Rahimi – Wohnungsgeberbestätigung",
"""Hallo,

Herr Rahimi ist zum 1. des Monats in die Wohnung Bensberger Straße (fiktiv) 15 eingezogen. Anbei die Wohnungsgeberbestätigung für das Bürgerbüro. Könnten Sie sie ihm weiterleiten? Per Post kommt sie offenbar nicht an, sein Name steht noch nicht am Briefkasten.

Mit freundlichen Grüßen
S. Hahn""", attach=["Wohnungsgeberbestaetigung.pdf"]),

L("de", 0, "broken", "Vasile Ionescu <vasile.ionescu@example.com>", "wohnung frei",
"""Buna ziua, guten tag. Ich habe wohnung in Gronau 2 zimmer frei von nächste monat. Miete 500 mit nebenkosten. Ich will mieter wo bleibt lange zeit. Sie haben jemand? Tel 0157 23458181"""),

L("en", 0, "clean", "Nina Hoffmann <nina.hoffmann@example.org>", "Room available in our shared house in Bensberg",
"""Hi there,

we're a German-Spanish couple with a big house in Bensberg and one spare room (16 sqm, shared bathroom and kitchen with us). We'd love to offer it to a young woman from one of the shelters – ideally someone who speaks some English or Spanish. Rent would be 320 EUR including everything.

Is this something your programme handles, or should we go somewhere else?

Thanks!
Nina & Javier"""),

L("de", 0, "reply", "Josef Wirtz <josef.wirtz@example.com>", "AW: Ihre Mieterin Frau Haddad",
"""Sehr geehrte Frau Becker,

danke für das Gespräch mit Frau Haddad. Seitdem ist es im Treppenhaus deutlich ordentlicher, die Nachbarn sind zufrieden. Damit ist die Sache für mich erledigt.

Mit freundlichen Grüßen
Josef Wirtz

> Sehr geehrter Herr Wirtz,
> wir haben mit Frau Haddad über die Hausordnung gesprochen und ihr die wichtigsten Punkte
> auf Arabisch erklärt. Bitte melden Sie sich, falls es weiterhin Probleme gibt.""", date="2026-02-18 10:12"),

L("de", 0, "clean", "Doris Kempen <doris.kempen@example.net>", "Wohnung in Moitzfeld – bitte in Ihre Liste aufnehmen",
"""Hallo,

bitte nehmen Sie meine Wohnung in Ihre Liste auf: Moitzfeld, 3 Zimmer, 79 m², 2. OG, Balkon, Kaltmiete 650 €, Nebenkosten 200 €, frei ab 1. Juni. Kinder willkommen, Haustiere nach Absprache.

Freundliche Grüße
Doris Kempen""", attach=["Grundriss_Moitzfeld.png"]),

T("de", 1, "phone", "Hakima Ouali <hakima.ouali@example.com>", "Anruf heute – Räumung Freitag",
"""Sehr geehrte Frau Schneider,

wie heute am Telefon gesagt: Räumung ist am Freitag 8 Uhr, Gerichtsvollzieher Herr Lange, Aktenzeichen DR 123/25 (fiktiv). Jobcenter sagt sie können nicht so schnell. Ich habe die Papiere fotografiert und schicke sie mit. Bitte helfen Sie mir, ich habe 3 Kinder.

Hakima Ouali
0176 23451313""", attach=["Raeumung_Seite1.jpg", "Raeumung_Seite2.jpg"], date="2025-10-21 16:05"),

T("de", 1, "machine_translated", "Ghulam Haidar Noori <gh.noori@example.net>", "Sehr dringend Hilfe",
"""Sehr geehrte Damen und Herren,

Ich schreibe Ihnen in einer Situation der großen Not. Der Besitzer von dem Haus, wo ich wohne mit meiner Familie als Untermieter, hat uns gesagt heute, dass wir müssen verlassen das Haus bis zum Sonntag, weil er verkauft das Haus. Wir haben keinen Vertrag schriftlich und keinen Ort zum Gehen. Meine Ehefrau hat geboren vor zehn Tagen.

Bitte helfen Sie uns, bevor Sonntag kommt.

Mit Respekt
Ghulam Haidar Noori
Telefon 0152 23452626"""),
]
