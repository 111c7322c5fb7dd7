"""r5mix batch 02: German landlord_offer (private owners, an heir, a housing company and a cooperative with
formal mails, owners with Turkish, Arabic and Russian as first language, follow-ups on viewings, contracts and
placed tenants) and four German spam mails (rental scam, phishing, fake invoice, crypto)."""
from mailwriter import L, S

DISCLAIMER_RW = """
Rheinberg Wohnbau GmbH | Sitz der Gesellschaft: Bergisch Gladbach | Registergericht Köln HRB 00000
Geschäftsführung: Dipl.-Kfm. Heiner Stratmann, Dr. Petra Kuhlendahl | Aufsichtsratsvorsitzende: Ingrid Bönninghausen

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender
und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht
gestattet. Informationen zum Datenschutz nach Art. 13 DSGVO finden Sie auf unserer Internetseite.
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""

MAILS = [
L("de", 0, "clean", "Hans-Werner Thelen <hw.thelen@example.net>", "Wohnung meiner Mutter in Bensberg",
"""Sehr geehrte Damen und Herren,

meine Mutter ist im Januar mit 94 Jahren verstorben. Sie hat über 50 Jahre in ihrer Wohnung in Bensberg gewohnt (Erdgeschoss, 3 Zimmer, Küche, Bad, 71 m², kleiner Garten). Meine Schwester und ich sind die Erben und haben beschlossen, die Wohnung nicht zu verkaufen, sondern zu vermieten.

Ich habe in der Zeitung gelesen, dass Sie Wohnungen an Geflüchtete vermitteln. Meine Mutter ist 1946 selbst als Flüchtling aus Schlesien hierhergekommen, und ich glaube, es hätte ihr gefallen, wenn eine Familie dort einzieht, die einen Neuanfang braucht.

Die Wohnung müsste noch renoviert werden (Böden, Anstrich), das würden wir bis Ende Juni erledigen. Die Miete würden wir uns bei etwa 650 Euro kalt vorstellen, wissen aber nicht, was das Jobcenter bezahlt.

Wie geht es weiter? Kommt jemand von Ihnen vorbei, um sich die Wohnung anzusehen?

Mit freundlichen Grüßen
Hans-Werner Thelen
Tel. 02204 71 03 88""", date="2026-04-03 18:20"),

L("de", 0, "html_only", "Vermietung Rheinberg Wohnbau <vermietung@rheinberg-wohnbau.example.com>", "Wohnungsangebot WE 0412 – 3-Zimmer-Wohnung Refrath, frei ab 01.06.2026",
"""Sehr geehrte Damen und Herren,

im Rahmen unserer Kooperationsvereinbarung bieten wir Ihnen folgende Wohnung zur Vermittlung an:

Objekt: WE 0412, Refrath, 2. OG ohne Aufzug
Wohnfläche: 68,40 m², 3 Zimmer, Küche, Duschbad, Balkon
Grundmiete: 542,00 EUR
Betriebskostenvorauszahlung: 168,00 EUR
Heizkostenvorauszahlung: 84,00 EUR
Kaution: 1.626,00 EUR
Bezugsfertig: 01.06.2026
Wohnberechtigungsschein: erforderlich (öffentlich gefördert, 3 Personen)

Bitte senden Sie uns bis zum 24.04.2026 bis zu drei geeignete Mietinteressenten mit Selbstauskunft, WBS und Einkommensnachweisen. Ein Besichtigungstermin wird anschließend durch unseren Kundenbetreuer vereinbart.

Mit freundlichen Grüßen

i. A. Melanie Kürten
Kundenbetreuung Vermietung
Rheinberg Wohnbau GmbH
Telefon 02202 98 44-170
""" + DISCLAIMER_RW, html="only", date="2026-04-09 09:12"),

L("de", 0, "formal", "Wohnungsgenossenschaft Strunde eG <mitgliederservice@wg-strunde.example.org>", "Neubau Am Mühlenbach: 4 geförderte Wohnungen – Vorschläge erbeten",
"""Sehr geehrte Damen und Herren,

unsere Genossenschaft stellt im Spätsommer den Neubau Am Mühlenbach (Gronau) fertig. Von den 24 Wohnungen sind vier öffentlich gefördert und nur mit Wohnberechtigungsschein zu beziehen:

- 2 x 2-Zimmer-Wohnung, ca. 54 m², Erdgeschoss, barrierefrei
- 1 x 3-Zimmer-Wohnung, ca. 72 m², 1. OG
- 1 x 4-Zimmer-Wohnung, ca. 89 m², 2. OG

Der Vorstand hat beschlossen, Ihnen diese Wohnungen vorrangig anzubieten, bevor wir sie über unsere Warteliste vergeben. Voraussetzung für den Einzug ist die Mitgliedschaft in der Genossenschaft; die Pflichtanteile betragen je nach Wohnungsgröße zwischen 1.200 und 2.000 Euro.

Dazu zwei Fragen:
1. Ist Ihnen bekannt, ob das Jobcenter die Genossenschaftsanteile für Leistungsbeziehende übernimmt (ggf. als Darlehen)?
2. Wäre es möglich, dass Sie die Familien vor dem Einzug zu einer kurzen Informationsveranstaltung über das genossenschaftliche Wohnen begleiten?

Für ein Gespräch stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen

Thomas Ebbinghaus
Vorstand
Wohnungsgenossenschaft Strunde eG

Die Wohnungsgenossenschaft Strunde eG ist im Genossenschaftsregister des Amtsgerichts Köln eingetragen. Vorstand: Thomas Ebbinghaus, Beate Schallenberg. Aufsichtsratsvorsitzender: Wilfried Hamacher.
Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, bitten wir Sie, den Absender zu benachrichtigen und die Nachricht zu löschen.""", date="2026-04-14 14:26"),

L("de", 0, "broken", "Mehmet Kaya <mehmet.kaya.gl@example.com>", "Wohnung frei in Hand",
"""Guten Tag

ich habe Wohnung in Hand, 2 Zimmer, Küche, Bad, 55 qm, 1. Etage. Alter Mieter ist raus Ende März, jetzt ist leer. Küche ist drin, neu gemacht 2024.
Miete 520 kalt plus Nebenkosten 140.

Mein Cousin sagt Sie haben Leute die suchen Wohnung. Jobcenter zahlt direkt an mich oder an Mieter? Das ist wichtig für mich, ich hatte schon einmal Problem mit Miete.

Bitte anrufen, ich bin Handy 0172 8830 1456, nach 18 Uhr, vorher bin ich Arbeit.

Mehmet Kaya"""),

L("de", 0, "machine_translated", "Walid Barakat <walid.barakat.immo@example.net>", "Angebot einer Wohnung für eine Familie",
"""Sehr geehrte Damen und Herren,

mein Name ist Walid Barakat. Ich bin im Jahr 2015 selbst als Flüchtling aus Syrien nach Deutschland gekommen und habe damals viel Hilfe von der Stadt bekommen. Heute arbeite ich als Zahntechniker und habe mit meiner Frau ein Zweifamilienhaus in Schildgen gekauft.

Wir wohnen im Obergeschoss. Die Wohnung im Erdgeschoss (3 Zimmer, 78 m², mit Terrasse) wird ab dem 1. Juli frei. Wir würden sie gerne an eine Familie vermieten, die aus einer Unterkunft kommt, weil wir wissen, wie schwer diese Zeit ist.

Wir sprechen Arabisch, Deutsch und etwas Englisch. Wir möchten eine faire Miete, ungefähr so viel, wie das Jobcenter erlaubt. Können Sie uns bitte mitteilen, wie das Verfahren ist und welche Dokumente wir vorbereiten müssen?

Mit freundlichen Grüßen
Walid und Lina Barakat""", date="2026-04-06 20:47"),

L("de", 0, "reply", "Ursula Brenig <ursula.brenig@example.org>", "AW: Besichtigung Wohnung Kölner Straße mit Familie Rahimi",
"""Liebe Frau Wiegand,

die Besichtigung gestern war sehr nett. Die Familie hat einen guten Eindruck gemacht, die Kinder waren ganz begeistert vom Garten. Mein Mann und ich würden gerne zusagen.

Wie geht es jetzt weiter? Muss ich den Mietvertrag selbst aufsetzen oder haben Sie eine Vorlage? Und an wen schicke ich die Mietbescheinigung für das Jobcenter – an die Familie oder an Sie?

Herzliche Grüße
Ursula Brenig

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 13. April 2026 15:02
An: Ursula Brenig <ursula.brenig@example.org>
Betreff: Besichtigung Wohnung Kölner Straße mit Familie Rahimi

Sehr geehrte Frau Brenig,

wie telefonisch besprochen bestätigen wir den Besichtigungstermin am Mittwoch, 15.04.2026, um 16:30 Uhr. Es kommen Herr und Frau Rahimi mit ihren beiden Kindern; ich werde ebenfalls dabei sein.

Mit freundlichen Grüßen
Sabine Wiegand
Integration Wohnen / Auszugsmanagement""", date="2026-04-16 09:33"),

L("de", 0, "formal", "Hausverwaltung Lindlar & Partner <vermietung@hv-lindlar.example.com>", "Mietvertrag Herr Okonkwo, Objekt Gladbacher Str. – Mietbescheinigung",
"""Sehr geehrte Damen und Herren,

in vorgenannter Angelegenheit teilen wir mit, dass der Mietvertrag mit Herrn Chinedu Okonkwo am heutigen Tage unterzeichnet wurde. Mietbeginn ist der 01.05.2026.

Anbei erhalten Sie die ausgefüllte Mietbescheinigung für das Jobcenter sowie die Kautionsvereinbarung. Wir bitten um Mitteilung, ob die Kaution direkt durch das Jobcenter an uns überwiesen wird; unser Mietkautionskonto ist in der Bescheinigung angegeben.

Die Wohnungsübergabe ist für den 30.04.2026, 10:00 Uhr, vorgesehen.

Mit freundlichen Grüßen

Jens Pütz
Hausverwaltung Lindlar & Partner GmbH
Immobilienverwaltung | WEG-Verwaltung | Mietverwaltung

Diese Nachricht und etwaige Anhänge sind vertraulich und ausschließlich für den genannten Empfänger bestimmt. Sollten Sie diese Nachricht irrtümlich erhalten haben, benachrichtigen Sie uns bitte umgehend und löschen Sie die Nachricht. Jede Form der unautorisierten Weiterleitung, Vervielfältigung oder Verwendung ist untersagt. Wir weisen darauf hin, dass E-Mails ohne qualifizierte elektronische Signatur keine rechtsverbindlichen Erklärungen darstellen.""",
 attach=["Mietbescheinigung_Okonkwo.pdf", "Kautionsvereinbarung.pdf"], date="2026-04-21 15:48"),

L("de", 0, "clean", "Rüdiger Assmann <r.assmann@example.net>", "Probleme mit meinem Mieter Herrn Jafari",
"""Guten Tag,

ich habe im letzten Herbst über Ihr Programm meine Dachgeschosswohnung an Herrn Reza Jafari vermietet. Grundsätzlich bin ich zufrieden, die Miete kommt pünktlich.

Allerdings gibt es seit einigen Wochen Ärger im Haus. Die Nachbarn beschweren sich, dass Herr Jafari den Müll nicht trennt und die gelben Säcke im Treppenhaus stehen lässt. Außerdem ist wohl mehrfach abends nach 22 Uhr laut telefoniert worden. Ich habe ihn zweimal angesprochen, er nickt immer freundlich, aber ich habe den Eindruck, dass er nicht alles versteht.

Ich möchte keine Abmahnung schreiben, wenn es sich vermeiden lässt. Können Sie vielleicht mit ihm sprechen, gerne auch in seiner Sprache? In Ihrem Workshop geht es doch auch um Hausordnung, oder?

Mit freundlichen Grüßen
Rüdiger Assmann""", date="2026-04-23 11:05"),

L("de", 0, "clean", "Claudia Fuchs-Wendler <c.fuchswendler@example.com>", "Frage vorab: Absicherung bei Mietausfall?",
"""Hallo,

ich überlege, meine Einliegerwohnung (1 Zimmer, 34 m²) über Sie zu vermieten, bin mir aber noch unsicher. Bei meinem letzten Mieter bin ich auf 4 Monatsmieten und einer verwüsteten Küche sitzen geblieben, das möchte ich nicht noch einmal erleben.

Bevor ich mich entscheide: Gibt es bei Ihnen eine Mietausfallgarantie oder eine Absicherung für Schäden? Und zahlt das Jobcenter die Miete direkt an mich, wenn ich das möchte?

Danke für eine kurze Info.
C. Fuchs-Wendler"""),

L("de", 0, "formal", "Immobilien Pohlmann <info@pohlmann-immobilien.example.com>", "Zwei provisionsfreie Mietwohnungen in Bensberg",
"""Sehr geehrte Damen und Herren,

im Auftrag eines Eigentümers vermarkten wir derzeit zwei Mietwohnungen in einem gepflegten Mehrfamilienhaus in Bensberg:

- 2 Zimmer, 49 m², EG, Kaltmiete 495 EUR, frei ab sofort
- 3 Zimmer, 66 m², 1. OG, Kaltmiete 640 EUR, frei ab 01.07.2026

Für Mieter entsteht keine Provision. Der Eigentümer ist ausdrücklich offen für Mieter, deren Miete vom Jobcenter oder Sozialamt übernommen wird, wünscht aber eine Begleitung durch eine Stelle wie Ihre.

Gerne stellen wir Ihnen die Exposés zur Verfügung. Für Besichtigungen bitten wir um vorherige Terminabsprache.

Mit freundlichen Grüßen

Daniela Pohlmann
Immobilienkauffrau (IHK)
Pohlmann Immobilien e.K.

Pflichtangaben nach § 16a EnEV/GEG werden im Exposé gemacht. Diese E-Mail ist nur für den Empfänger bestimmt.""", attach=["Expose_Bensberg_2Zi.pdf", "Expose_Bensberg_3Zi.pdf"]),

L("de", 0, "formal", "Pfarrbüro St. Josef <pfarrbuero.st-josef@example.org>", "Freie Wohnung im Pfarrhaus Moitzfeld",
"""Sehr geehrte Damen und Herren,

der Kirchenvorstand unserer Pfarrgemeinde hat in seiner Sitzung am 13. April beschlossen, die seit dem Ruhestand unseres Küsters leerstehende Wohnung im Pfarrhaus Moitzfeld für eine geflüchtete Familie zur Verfügung zu stellen.

Die Wohnung hat vier Zimmer auf rund 85 m² im Obergeschoss, Zentralheizung, ein Badezimmer und einen eigenen Eingang. Die Miete soll sich an den Angemessenheitsgrenzen des Jobcenters orientieren. Aus unserer Gemeinde haben sich bereits einige Ehrenamtliche bereit erklärt, die Familie beim Ankommen zu unterstützen.

Bitte teilen Sie uns mit, wer bei Ihnen für die Vermittlung zuständig ist, damit ein Besichtigungstermin vereinbart werden kann.

Mit freundlichen Grüßen
im Auftrag des Kirchenvorstandes

Monika Herweg
Pfarrsekretärin""", date="2026-04-16 10:48"),

L("de", 0, "clean", "Bäckerei Steinbüchel <info@baeckerei-steinbuechel.example.com>", "Wohnung über der Backstube – für einen Mitarbeiter",
"""Hallo zusammen,

wir sind eine Familienbäckerei in Herkenrath und haben seit einem Jahr einen jungen Mann aus Eritrea in der Ausbildung, Herrn Filmon Tekle. Er wohnt noch in der Unterkunft und muss morgens um 3 Uhr mit dem Fahrrad kommen, das ist auf Dauer nicht gut.

Über der Backstube ist eine kleine Wohnung frei geworden (1,5 Zimmer, 38 m²). Wir würden sie ihm gerne vermieten und hätten auch nichts dagegen, wenn sie später an einen anderen Azubi weitergeht.

Was müssen wir beachten, wenn er Ausbildungsvergütung und vielleicht ergänzende Leistungen bekommt? Können Sie uns bei den Formalitäten helfen?

Viele Grüße aus der Backstube
Stefan Steinbüchel"""),

L("de", 0, "oneliner", "Karl Brandt <karl.brandt1955@example.net>", "Herr Okafor?",
"""Hat sich Herr Okafor noch entschieden? Sonst gebe ich die Wohnung am Montag an jemand anderen. Gruß K. Brandt

Von meinem Samsung Galaxy Smartphone gesendet"""),

L("de", 0, "phone", "Ralf Wiemer <ralf.wiemer@example.org>", "einliegerwohnung",
"""hallo hab ne einliegerwohnung frei 1 zi küche bad 38qm, ab 1.6., 390 warm. souterrain aber hell. nur 1 person, nichtraucher. interesse? meldet euch einfach 0151 2207 6613 gruß ralf"""),

L("de", 0, "broken", "Viktor Schreiber <viktor.schreiber.gl@example.com>", "Wohnung 2 Zimmer Paffrath",
"""Sehr geehrte Dame und Herr,

ich bin Viktor Schreiber, ich bin 1996 aus Kasachstan gekommen, ich weiß wie ist wenn man neu in Deutschland. Ich habe Wohnung in Paffrath 2 Zimmer, 52 qm, Erdgeschoss, Mieterin ist ausgezogen zu Tochter.

Ich möchte gerne vermieten an Familie oder Frau mit Kind, aber bitte ruhige Leute, im Haus wohnen alte Leute. Miete 480 kalt, Nebenkosten 150.

Ich kann Russisch und Deutsch sprechen, vielleicht gut für Familie aus Ukraine?

Mit freundlichen Grüßen
Viktor Schreiber""", charset="iso-8859-1"),

L("de", 0, "reply", "Sabine Kreuzberger <s.kreuzberger@hv-kreuzberger.example.org>", "AW: Auszug Familie Yousef – Wohnungsabnahme",
"""Sehr geehrte Frau Demir,

vielen Dank für Ihre Vermittlung. Bei der Vorabnahme am Freitag haben wir folgende Mängel festgestellt: Bohrlöcher in den Fliesen im Bad (ca. 12 Stück), ein gesprungenes Waschbecken und eine beschädigte Innentür im Kinderzimmer. Fotos hängen an.

Wir würden die Kosten (Kostenvoranschlag 780 EUR) gerne mit der Kaution verrechnen und den Rest an Familie Yousef auszahlen. Wäre es möglich, dass Sie der Familie das erklären? Bei unserem Telefonat gab es leider Verständigungsschwierigkeiten, und wir möchten nicht, dass ein falscher Eindruck entsteht.

Für zukünftige Vermietungen an Ihre Teilnehmer sind wir weiterhin offen.

Mit freundlichen Grüßen
Sabine Kreuzberger
Hausverwaltung Kreuzberger

> Am 20.04.2026 um 12:15 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
>
> Sehr geehrte Frau Kreuzberger,
>
> Familie Yousef hat uns mitgeteilt, dass sie zum 30.04. in eine größere Wohnung zieht. Gerne unterstützen wir bei der Wohnungsabnahme; bitte teilen Sie uns mit, ob es Mängel gibt.
>
> Mit freundlichen Grüßen
> Aylin Demir
> Integration Wohnen""", attach=["Abnahme_Foto1.jpg", "Abnahme_Foto2.jpg"], date="2026-04-27 13:12"),

S("de", 0, "machine_translated", "Hendrik Vossberg <hendrik.vossberg.1961@example.net>", "Wohnung in Refrath - Schlüssel per Post",
"""Guten Tag,

ich habe gesehen, dass Sie Wohnungen für Menschen suchen. Ich bin Eigentümer einer schönen 3-Zimmer-Wohnung in Bergisch Gladbach-Refrath, 82 m², möbliert, nur 450 Euro warm inklusive Internet.

Leider wohne ich jetzt mit meiner Familie in Spanien aus beruflichen Gründen und kann die Wohnung nicht persönlich zeigen. Deshalb arbeite ich mit einer internationalen Vermittlungsagentur zusammen. Der Mieter überweist die Kaution von zwei Monatsmieten (900 Euro) an die Agentur, dann sendet die Agentur den Schlüssel und den Vertrag per DHL. Wenn die Wohnung nicht gefällt, bekommen Sie das Geld in 48 Stunden zurück.

Bitte antworten Sie schnell, es gibt viele Interessenten. Bitte schreiben Sie nur per E-Mail, ich habe kein deutsches Telefon.

Gott segne Sie
Hendrik Vossberg"""),

S("de", 0, "html_only", "IT-Service Postfachverwaltung <postfach-admin@stadtgl-webmail.example.com>", "Ihr Postfach integration-wohnen@stadt-gl.de ist zu 98% voll",
"""Sehr geehrter Nutzer,

Ihr Postfach integration-wohnen@stadt-gl.de hat das Speicherlimit fast erreicht (4,9 GB von 5 GB).
Eingehende Nachrichten werden ab dem 25.04.2026 zurückgewiesen.

Um Datenverlust zu vermeiden, bestätigen Sie bitte innerhalb von 24 Stunden Ihr Konto, damit wir den Speicher kostenlos erweitern können:

>> Jetzt Speicher erweitern: https://stadtgl-webmail.example.com/verify?u=integration-wohnen

Melden Sie sich mit Ihrem gewohnten Benutzernamen und Passwort an.

Mit freundlichen Grüßen
Ihr IT-Service
© 2026 Microsoft Outlook Web Access""", html="only", date="2026-04-23 03:14"),

S("de", 0, "formal", "Deutsches Behörden-Register <rechnung@behoerden-register.example.net>", "Rechnung Nr. 2026-44719 – Eintrag Verwaltungsverzeichnis",
"""Sehr geehrte Damen und Herren,

für den Eintrag Ihrer Dienststelle „Integration Wohnen, Stadt Bergisch Gladbach“ im Deutschen Behörden- und Verwaltungsregister (Online-Ausgabe 2026/2027) berechnen wir Ihnen:

Grundeintrag inkl. Logo und Verlinkung          798,00 EUR
zzgl. 19 % MwSt.                                151,62 EUR
Gesamtbetrag                                    949,62 EUR

Bitte überweisen Sie den Betrag innerhalb von 7 Tagen auf das in der beigefügten Rechnung angegebene Konto. Bei Zahlungsverzug behalten wir uns die Übergabe an ein Inkassounternehmen vor.

Der Eintrag erfolgte auf Grundlage Ihres Angebotsformulars. Es gelten unsere AGB (Laufzeit 24 Monate, Kündigung 3 Monate vor Ablauf).

Mit freundlichen Grüßen
Buchhaltung
Deutsches Behörden-Register""", attach=["Rechnung_2026-44719.pdf"]),

S("de", 0, "clean", "Sandra aus Köln <sandra.koeln.invest@example.com>", "Ich verdiene jetzt 3.400 € im Monat nebenbei",
"""Hallo,

ich wollte dir das kurz erzählen, weil es mein Leben verändert hat. Vor drei Monaten war ich alleinerziehend und pleite. Dann hat mir eine Freundin die KI-Handelsplattform BitProfit Pro gezeigt. Man zahlt einmal 250 € ein und die Software handelt automatisch mit Bitcoin.

Letzten Monat habe ich 3.400 € verdient, ohne etwas zu tun!

Die Plätze für Deutschland sind begrenzt, nur noch 12 frei. Hier kannst du dich anmelden: https://bitprofit-pro.example.com/de/start

Liebe Grüße
Sandra

Abmelden: Antworte mit STOP"""),
]
