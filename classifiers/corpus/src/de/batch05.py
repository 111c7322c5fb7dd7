"""Batch 05: landlord_offer (private landlords, heirs, small offers)."""
from mailwriter import L

MAILS = [
L("de", 0, "clean", "Gerd Hollmann <gerd.hollmann@example.com>", "Wohnung frei in Refrath",
"""Sehr geehrte Damen und Herren,

in unserem Zweifamilienhaus in Refrath wird zum 1. August die Erdgeschosswohnung frei (3 Zimmer, Küche, Bad, 74 m², kleine Terrasse). Die Kaltmiete beträgt 690 €, Nebenkosten ca. 190 €.

Meine Frau hat in der Zeitung gelesen, dass die Stadt Vermieter sucht, die an Geflüchtete vermieten. Wir wären grundsätzlich offen dafür, am liebsten an eine Familie mit Kindern, da wir selbst oben wohnen und Enkel haben.

Wie geht es jetzt weiter? Kommen Sie vorbei, um sich die Wohnung anzusehen?

Mit freundlichen Grüßen
Gerd Hollmann
Tel. 02204 23451"""),

L("de", 0, "formal", "Vermietung | Wohnbau Rhein-Berg eG <vermietung@wohnbau-rb.example.com>", "Freie Wohnungen KW 14 – Kooperation Auszugsmanagement",
"""Sehr geehrte Damen und Herren,

im Rahmen unserer Kooperationsvereinbarung teilen wir Ihnen die aktuell frei werdenden Wohnungen mit, für die wir Vorschläge aus Ihrem Kreis gern berücksichtigen:

1. Gronau, Am Broich (fiktiv) 12, 2. OG links: 2 Zimmer, 51,4 m², 398,00 € Grundmiete, NK-VZ 160 €, WBS erforderlich, frei ab 01.05.
2. Bensberg, Kaule (fiktiv) 3a, EG: 3 Zimmer, 68,9 m², 535,00 € Grundmiete, NK-VZ 205 €, WBS erforderlich, frei ab 15.05.
3. Hand, Schlodderdicher Weg (fiktiv) 40, 1. OG: 4 Zimmer, 88,0 m², 690,00 € Grundmiete, NK-VZ 245 €, frei ab 01.06.

Bitte senden Sie uns bis zum 10.04. Ihre Vorschläge inkl. Selbstauskunft und WBS-Kopie. Genossenschaftsanteile: 3 Anteile à 300 €.

Mit freundlichen Grüßen

i. A. Svenja Roth
Vermietung
Wohnbau Rhein-Berg eG (fiktiv)
Tel. 02202 23456-30

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.""", html="alt", date="2025-03-31 10:05"),

L("de", 0, "clean", "Renate Kürten <renate.kuerten@example.net>", "Geerbte Wohnung in Paffrath",
"""Guten Tag,

meine Schwester und ich haben die Wohnung unserer verstorbenen Mutter in Paffrath geerbt (2 Zimmer, 56 m², 2. Etage, Balkon). Wir möchten sie nicht verkaufen, sondern vermieten – und gern an jemanden, der es schwer auf dem Wohnungsmarkt hat.

Wir haben aber beide keine Erfahrung als Vermieterinnen. Wie hoch darf die Miete sein, wenn das Jobcenter zahlt? Und gibt es Unterstützung beim Mietvertrag?

Die Wohnung müsste noch renoviert werden, das würden wir bis Ende des Monats erledigen.

Viele Grüße
Renate Kürten (auch im Namen von Monika Kürten-Lahr)"""),

L("de", 0, "hard_case", "Wolfgang Esser <w.esser@example.org>", "Frage zu Mietausfall",
"""Sehr geehrte Damen und Herren,

bevor ich mich entscheide, ob ich meine Einliegerwohnung in Moitzfeld über Ihr Programm vermiete, habe ich eine Frage: Wer haftet, wenn die Miete ausbleibt oder Schäden entstehen? Gibt es eine Bürgschaft der Stadt oder einen Fonds? Ich hatte vor Jahren einen Mieter, der mir 4.000 € Schaden hinterlassen hat, und möchte das nicht noch einmal erleben.

Mit freundlichen Grüßen
Wolfgang Esser"""),

L("de", 0, "oneliner", "Brigitte Lange <brigitte.lange@example.com>", "Zimmer",
"""Hätte ein möbliertes Zimmer frei in Bensberg, 350 € warm. Interesse? B. Lange, 02204 23459"""),

L("de", 0, "clean", "Kirchengemeinde St. Laurentius (fiktiv) <pfarrbuero@st-laurentius-gl.example.org>", "Leerstehende Küsterwohnung",
"""Sehr geehrte Damen und Herren,

der Kirchenvorstand unserer Gemeinde hat in seiner letzten Sitzung beschlossen, die seit einem Jahr leerstehende Küsterwohnung neben dem Pfarrheim in Herkenrath für die Unterbringung einer geflüchteten Familie zur Verfügung zu stellen.

Die Wohnung hat 4 Zimmer (ca. 95 m²), eine Einbauküche und einen kleinen Garten. Die Miete würden wir am unteren Rand der ortsüblichen Vergleichsmiete ansetzen. Es wäre schön, wenn die Familie auch Anschluss an die Gemeinde fände, eine Bedingung ist das aber selbstverständlich nicht.

Könnten wir einen Termin zur Besichtigung und zum Kennenlernen vereinbaren?

Mit freundlichen Grüßen
Pfarrbüro St. Laurentius
im Auftrag des Kirchenvorstands
Elisabeth Wirtz"""),

L("de", 0, "broken", "Hüseyin Kaya <hueseyin.kaya@example.net>", "Wohnung vermieten",
"""Guten Tag,
ich habe Haus in Gronau, oben Wohnung ist frei jetzt. 3 Zimmer 70 qm. Ich will 750 warm. Ich vermiete gern an Familie, ich war auch Ausländer früher haha. Aber Miete muss immer pünktlich kommen, Jobcenter zahlt direkt an mich ja? Rufen Sie mich an 0172 23456789.
Hüseyin Kaya""", charset="iso-8859-9", enc="8bit"),

L("de", 0, "clean", "Dr. Annette Brinkmann <a.brinkmann@example.com>", "Einliegerwohnung – Kontakt über Bekannte",
"""Liebes Team,

eine Bekannte aus dem Helferkreis hat mir Ihre Adresse gegeben. Wir haben in unserem Haus in Frankenforst eine kleine Einliegerwohnung (1 Zimmer, Kochnische, Duschbad, 32 m², separater Eingang), die wir ab Herbst vermieten möchten. Sie eignet sich eher für eine Einzelperson, gern eine Frau oder einen ruhigen jungen Mann, der z. B. in Ausbildung ist.

Miete: 380 € warm inkl. Strom.

Wie läuft das Verfahren bei Ihnen? Schlagen Sie mir Interessenten vor, oder stellen Sie die Wohnung in eine Liste?

Herzliche Grüße
Annette Brinkmann"""),

L("de", 0, "formal", "Hausverwaltung Schmitz & Partner (fiktiv) <info@hv-schmitz.example.com>", "Wohnungsangebot Bergisch Gladbach-Hand, 2 ZKB",
"""Sehr geehrte Damen und Herren,

im Auftrag der Eigentümerin bieten wir folgende Wohnung zur Vermietung an:

Objekt: Bergisch Gladbach-Hand, Mehrfamilienhaus Baujahr 1972
Lage: 3. OG (kein Aufzug)
Größe: ca. 58 m², 2 Zimmer, Küche, Bad, Balkon
Kaltmiete: 495,00 €
Betriebskosten-Vorauszahlung: 140,00 €
Heizkosten-Vorauszahlung: 75,00 €
Kaution: 3 Nettokaltmieten
Verfügbar: ab sofort

Die Eigentümerin ist ausdrücklich damit einverstanden, dass die Miete durch das Jobcenter übernommen wird. Das Exposé finden Sie im Anhang. Für Rückfragen und Besichtigungstermine stehen wir Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Markus Schmitz
Hausverwaltung Schmitz & Partner (fiktiv)
Tel. 02202 23456-0 | Fax 02202 23456-9

Geschäftsführer: M. Schmitz | Amtsgericht Köln HRB 00000 (fiktiv)""", attach=["Exposé.pdf"]),

L("en", 0, "clean", "Thomas Berger <thomas.berger@example.net>", "Apartment available – Bergisch Gladbach",
"""Hello,

I am currently working abroad (Singapore) for two years and would like to rent out my apartment in Bergisch Gladbach-Stadtmitte in the meantime. 2 rooms, 62 sqm, fully furnished, 4th floor with elevator, 720 EUR including utilities.

A friend told me the city's integration team places refugee tenants and offers some support if problems arise. Since I can't be there in person, that would be very helpful. My sister in Refrath could do the viewing and hand over the keys.

Would this work for you? I'm happy to have a call (time difference is +7h).

Best regards / Viele Grüße
Thomas Berger"""),

L("de", 0, "other", "Marlies Pohl <marlies.pohl@example.org>", "Mieter Herr Sultani – alles gut",
"""Hallo Frau Yilmaz,

ich wollte mich einfach mal melden: Herr Sultani wohnt jetzt ein halbes Jahr bei uns, und wir sind sehr zufrieden. Er ist ruhig, hilft im Winter beim Schneeschippen und die Miete kommt pünktlich.

Falls die Wohnung im Dachgeschoss nächstes Jahr frei wird (unsere jetzige Mieterin zieht wahrscheinlich zu ihrem Freund), würde ich mich wieder an Sie wenden.

Herzliche Grüße
Marlies Pohl"""),

L("de", 0, "clean", "Jürgen Steinbach <juergen.steinbach@example.com>", "Miete für Familie Rahimi ausgeblieben",
"""Sehr geehrte Damen und Herren,

die Familie Rahimi wohnt seit April in meiner Wohnung in Hebborn, vermittelt über Ihr Programm. Für Oktober ist die Miete bisher nicht eingegangen. Bisher kam sie immer pünktlich direkt vom Jobcenter.

Können Sie in Erfahrung bringen, woran es liegt? Ich möchte die Familie nicht unnötig beunruhigen, die können ja meistens nichts dafür, aber ich muss meine Kredite bedienen.

Mit freundlichen Grüßen
Jürgen Steinbach"""),

L("de", 0, "hard_case", "Heinz Decker <heinz.decker@example.net>", "Flüchtlinge als Mieter?",
"""Guten Tag,

ich habe eine 3-Zimmer-Wohnung in Schildgen, die demnächst frei wird. Ich bin, ehrlich gesagt, skeptisch, ob ich an Flüchtlinge vermieten soll. Man hört so viel. Andererseits weiß ich, dass viele Familien dringend suchen.

Können Sie mir erklären, wie Sie die Leute auswählen und was passiert, wenn es nicht funktioniert? Dann entscheide ich mich.

MfG
H. Decker"""),

L("de", 0, "machine_translated", "Krzysztof Wiśniewski <k.wisniewski@example.com>", "Angebot der Wohnung",
"""Guten Tag sehr geehrte Damen und Herren,

Ich bin der Eigentümer der Wohnung in Bergisch Gladbach, Stadtteil Lückerath, aber ich wohne jetzt in Polen. Die Wohnung ist leer seit drei Monaten, nachdem der letzte Mieter ist ausgezogen. Die Wohnung hat 2 Zimmer und 48 Quadratmeter und die Miete wäre 450 Euro plus die Kosten.

Mein Nachbar hat gesagt, dass die Stadt sucht Wohnungen für die Menschen aus der Ukraine und anderen Ländern. Ich würde gerne vermieten an solche Familie. Die Schlüssel hat der Hausmeister.

Mit freundlichen Grüßen
Krzysztof Wiśniewski"""),

L("de", 0, "oneliner", "Inge Wallraf <inge.wallraf@example.org>", "Ist die Wohnung noch gesucht?",
"""Hallo, ist noch Bedarf? Meine 2-Zimmer in Bensberg ist ab 1.3. frei. Gruß I. Wallraf"""),

L("de", 0, "formal", "Rheinische Immobilien Consulting (fiktiv) <vermietung@ric-immo.example.com>", "Provisionsfreie Vermietung – 4 Wohnungen Neubau Gronau",
"""Sehr geehrte Damen und Herren,

unser Mandant, ein regionaler Bauträger, stellt im Neubauprojekt „Gronauer Höfe" (fiktiv) vier öffentlich geförderte Wohnungen (Einkommensgruppe A, WBS erforderlich) zur Verfügung, die ab dem 01.09. bezugsfertig sind:

– 2 × 2 Zimmer, 55–58 m², 6,80 €/m² nettokalt
– 1 × 3 Zimmer, 72 m², 6,80 €/m² nettokalt
– 1 × 4 Zimmer, 91 m², 6,80 €/m² nettokalt (rollstuhlgerecht)

Die Vermietung erfolgt für Mieter provisionsfrei. Wir würden uns freuen, wenn Sie uns geeignete Haushalte benennen könnten. Grundrisse anbei.

Mit freundlichen Grüßen
Katrin Albers
Immobilienkauffrau (IHK)""", attach=["Grundriss_2Zi.png", "Grundriss_4Zi.png"]),

L("de", 0, "clean", "Elke & Rainer Fuchs <fuchs.hebborn@example.net>", "Mieterin zieht aus – Nachfolger über Sie?",
"""Liebe Frau Becker,

unsere Mieterin Frau Haile, die Sie uns vor drei Jahren vermittelt haben, hat eine größere Wohnung gefunden und zieht Ende Juni aus. Wir waren sehr zufrieden und würden die Wohnung gern wieder über Sie vermieten.

Die Wohnung (2 Zimmer, 52 m²) wird im Juli frisch gestrichen, die Miete bleibt bei 460 € kalt.

Melden Sie sich gern, wenn Sie jemanden haben.

Herzliche Grüße
Elke und Rainer Fuchs"""),

L("de", 0, "clean", "Sabine Otten <sabine.otten@example.com>", "Schaden in der Wohnung – wer zahlt?",
"""Sehr geehrte Frau Schneider,

bei der Wohnungsübergabe mit meinem bisherigen Mieter, Herrn Noori, den ich über Ihr Programm gefunden hatte, habe ich mehrere Schäden festgestellt: ein gebrochenes Waschbecken, Brandflecken im Laminat und eine beschädigte Zimmertür. Laut Kostenvoranschlag ca. 1.800 €. Die Kaution beträgt nur 1.200 €.

Im Vorgespräch hieß es damals, es gebe eine Art Absicherung für solche Fälle. Wie beantrage ich das?

Fotos und Kostenvoranschlag hänge ich an.

Mit freundlichen Grüßen
Sabine Otten""", attach=["Schaeden_Fotos.jpg", "Kostenvoranschlag.pdf"]),

L("de", 0, "reply", "Dieter Klein <dieter.klein@example.org>", "AW: Ihre Wohnung in Romaney",
"""Sehr geehrter Herr Krämer,

danke für die Vorschläge. Die Familie Omar hat mir am besten gefallen, vor allem weil die Kinder so höflich waren. Ich würde gern mit ihnen den Mietvertrag machen. Können Sie der Familie Bescheid geben? Mietbeginn wäre der 1. Mai.

Gruß
Dieter Klein

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Freitag, 28. März 2025 13:20
An: Dieter Klein <dieter.klein@example.org>
Betreff: Ihre Wohnung in Romaney

Sehr geehrter Herr Klein,
vielen Dank, dass Sie die Besichtigungen ermöglicht haben. Wie besprochen erhalten Sie anbei die Selbstauskünfte der drei Haushalte. Bitte geben Sie uns Bescheid, für wen Sie sich entscheiden.
Mit freundlichen Grüßen
Krämer""", date="2025-03-31 09:14"),

L("de", 0, "clean", "Werner Schäfer GmbH & Co. KG <personal@schaefer-metallbau.example.com>", "Werkswohnung frei – evtl. für Geflüchtete",
"""Sehr geehrte Damen und Herren,

wir sind ein mittelständischer Metallbaubetrieb in Bergisch Gladbach. In unserem Firmengebäude befindet sich eine Werkswohnung (3 Zimmer, 67 m²), die derzeit leer steht. Wir beschäftigen bereits zwei Mitarbeiter mit Fluchtgeschichte und haben gute Erfahrungen gemacht.

Gern würden wir die Wohnung an eine Familie vermieten, idealerweise mit jemandem, der bei uns eine Arbeit oder Ausbildung aufnehmen möchte – das ist aber keine Bedingung.

Mit freundlichen Grüßen
Andrea Schäfer
Personal & Verwaltung""", html="alt"),

L("de", 0, "broken", "Ivan Horvat <ivan.horvat@example.net>", "wohnung",
"""Hallo ich habe kleine Wohnung Souterrain in Heidkamp, 1 Zimmer, 35 qm, 380 euro alles. Ist nicht sehr hell aber trocken. Für eine Person ok. Wenn Sie wollen zeigen, sagen. Ivan"""),

L("de", 0, "hard_case", "Monika Rath <monika.rath@example.com>", "Bürgschaft?",
"""Guten Tag,

ich überlege, meine Wohnung an eine Familie aus Ihrem Programm zu vermieten. Mein Steuerberater hat mir geraten, vorher zu klären, ob die Stadt eine Mietbürgschaft übernimmt oder die Kaution stellt. Gibt es so etwas, und wenn ja, in welcher Höhe?

Bitte schicken Sie mir die Informationen schriftlich.

Mit freundlichen Grüßen
Monika Rath"""),

L("de", 0, "clean", "Erbengemeinschaft Lindlar (fiktiv) c/o RA Dr. Vogel <kanzlei.vogel@example.org>", "Einfamilienhaus in Hand – Vermietung an Familie",
"""Sehr geehrte Damen und Herren,

ich vertrete die Erbengemeinschaft nach der verstorbenen Frau Gertrud L. Zum Nachlass gehört ein kleines Einfamilienhaus in Bergisch Gladbach-Hand (5 Zimmer, ca. 110 m², Garten, Baujahr 1958, teilweise modernisierungsbedürftig).

Die Erben sind sich einig, dass das Haus vorerst nicht verkauft, sondern für zunächst fünf Jahre vermietet werden soll. Zwei der Erben haben angeregt, eine große geflüchtete Familie zu berücksichtigen.

Ich wäre für Informationen zu den Rahmenbedingungen (Mietobergrenzen, Vertragsgestaltung, Ansprechpartner bei Problemen) dankbar.

Mit freundlichen Grüßen
Dr. Martin Vogel
Rechtsanwalt""", enc="quoted-printable"),

L("de", 0, "clean", "Petra Holl <petra.holl@example.net>", "Mieter stellt ständig Fahrräder ins Treppenhaus",
"""Hallo Frau Becker,

ich vermiete seit letztem Sommer an Familie Aziz (über Sie vermittelt). Grundsätzlich alles in Ordnung, aber es gibt Beschwerden der anderen Mieter, weil die Fahrräder der Kinder im Treppenhaus stehen und der Müll nicht getrennt wird.

Ich habe es der Familie schon zweimal gesagt, ich glaube, sie versteht mich nicht richtig. Könnten Sie vielleicht ein Gespräch mit einer Dolmetscherin vermitteln? Ich möchte keinen Ärger, aber es muss sich etwas ändern.

Viele Grüße
Petra Holl"""),

L("de", 0, "oneliner", "Rolf <rolf.b.1957@example.com>", None,
"""Wohnung 2 Zi. Refrath frei ab sofort, bitte Rückruf 02204 23458"""),

L("de", 0, "formal", "GWG Bergisch Gladbach (fiktiv) <kundenservice@gwg-gl.example.com>", "Rückmeldung zu Ihren Bewerbervorschlägen",
"""Sehr geehrte Damen und Herren,

vielen Dank für die Bewerbervorschläge zu unserer Wohnung in der Paffrather Straße (fiktiv). Nach Prüfung der Unterlagen haben wir uns für den Haushalt Nasiri entschieden. Den übrigen Bewerbern müssen wir leider absagen; wir bitten Sie, dies den Haushalten mitzuteilen.

Für die Vertragsunterzeichnung benötigen wir noch die Zusicherung des Jobcenters sowie die Kautionsübernahmeerklärung. Der Übergabetermin ist für den 30.06. um 10:00 Uhr vorgesehen.

Freundliche Grüße

Ihr Kundenservice
GWG (fiktiv)

Bitte beachten Sie unsere geänderten Öffnungszeiten: Mo–Do 8–16 Uhr, Fr 8–12 Uhr.""", html="only"),

L("de", 0, "clean", "Claudia Reinartz <claudia.reinartz@example.org>", "Zimmer bei älterer Dame – Wohnen für Hilfe?",
"""Guten Tag,

meine Mutter (84) lebt allein in ihrem Haus in Moitzfeld. Sie hat zwei Zimmer im Obergeschoss mit eigenem kleinen Bad, die leer stehen. Sie würde gern eine junge Frau bei sich wohnen lassen, die ihr ein wenig im Alltag hilft (Einkaufen, Gesellschaft), und dafür wenig Miete nehmen.

Ist so etwas über Ihr Programm möglich? Ich weiß nicht, ob das Jobcenter so ein Modell akzeptiert.

Mit freundlichen Grüßen
Claudia Reinartz"""),

L("de", 0, "clean", "Bernd Kowalski <bernd.kowalski@example.com>", "Mietangebot für das Jobcenter – welches Formular?",
"""Hallo,

ich will eine Wohnung an Herrn Ahmadi vermieten, der über Sie zu mir gekommen ist. Er hat mir ein Formular „Mietangebot" gegeben, das ich ausfüllen soll. Darin wird nach den Heizkosten und der Art der Warmwasserbereitung gefragt. Es gibt einen Durchlauferhitzer (Strom). Muss ich das extra angeben?

Gruß
Bernd Kowalski"""),

L("de", 0, "machine_translated", "Giuseppe Romano <g.romano@example.net>", "Offerta appartamento / Wohnungsangebot",
"""Sehr geehrte Damen und Herren,

Ich bin Giuseppe Romano und ich besitze eine kleine Wohnung in Bergisch Gladbach in der Nähe von dem Bahnhof. Ich lebe jetzt wieder in Italien mit meiner Familie und ich möchte die Wohnung geben in Miete für eine lange Zeit zu einer Person oder Paar, die braucht es wirklich.

Die Wohnung ist 45 Quadratmeter, 2 Zimmer, mit Möbeln. Ich denke 500 Euro mit allen Kosten ist gerecht. Mein Cousin Marco wohnt in Köln und kann zeigen die Wohnung.

Vielen Dank und freundliche Grüße
Giuseppe Romano"""),

L("de", 0, "clean", "Ulrike Zimmermann <ulrike.zimmermann@example.org>", "Unser Mieter Herr Abdi – Kündigung wegen Eigenbedarf",
"""Sehr geehrte Frau Yilmaz,

ich muss Ihnen leider mitteilen, dass wir die Wohnung, in der Herr Abdi seit zwei Jahren wohnt, für unsere Tochter benötigen. Wir haben fristgerecht zum 31. Januar gekündigt. Herr Abdi ist ein sehr angenehmer Mieter und wir würden ihm gern helfen, etwas Neues zu finden.

Vielleicht kann er wieder in Ihre Begleitung aufgenommen werden? Wir schreiben ihm gern eine Mieterbescheinigung bzw. Referenz.

Mit freundlichen Grüßen
Ulrike Zimmermann"""),

L("de", 0, "forward", "Norbert Haas <norbert.haas@example.net>", "WG: Wohnung Bensberg",
"""Hallo Team,

mein Nachbar hat mir Ihre Adresse gegeben. Unten die Anzeige, die ich bisher online hatte – bisher nur Anrufe von Leuten, die nicht zahlen können oder nur Interesse an WG hatten. Ich würde es jetzt gern mit Ihnen versuchen.

Gruß N. Haas

---------- Forwarded message ---------
From: Norbert Haas <norbert.haas@example.net>
Date: Mon, 6 Oct 2025 at 19:02
Subject: Wohnung Bensberg
To: Anzeigen <anzeigen@kleinanzeigen-portal.example.com>

3-Zimmer-Wohnung Bensberg, 80 m², Altbau, Holzdielen, Gas-Etagenheizung, 720 € kalt + 160 € NK, ab 1.11. frei. Keine Haustiere. Nichtraucher.""", date="2025-10-14 20:10"),

L("de", 0, "clean", "Hildegard Nolden <h.nolden@example.com>", "Darf ich die Miete erhöhen?",
"""Sehr geehrte Damen und Herren,

mein Mieter, Herr Mahmoud, wohnt seit 2023 in meiner Wohnung in Katterbach; Sie hatten ihn damals vermittelt. Seit Einzug habe ich die Miete nicht erhöht. Die Nebenkosten sind aber stark gestiegen, und ich möchte die Vorauszahlung anpassen (von 150 auf 200 €).

Muss ich das beim Jobcenter beantragen oder schreibe ich Herrn Mahmoud einfach einen Brief? Ich will keinen Fehler machen, damit er nicht in Schwierigkeiten kommt.

Mit freundlichen Grüßen
Hildegard Nolden""", charset="iso-8859-1", enc="8bit"),

L("de", 0, "html_only", "Immobilien Krause (fiktiv) <kontakt@immo-krause.example.com>", "Exklusiv für Ihre Klienten: 3-Zi-Whg Paffrath",
"""Sehr geehrte Damen und Herren,

für eine 3-Zimmer-Wohnung in Paffrath (69 m², 2. OG, Balkon, 640 € kalt, 170 € NK) suchen wir im Auftrag des Eigentümers zuverlässige Mieter. Der Eigentümer hat positive Erfahrungen mit Mietern mit Fluchthintergrund gemacht und bittet ausdrücklich um Vorschläge über Ihre Stelle.

Die Maklerprovision trägt der Eigentümer (Bestellerprinzip).

Besichtigungen sind dienstags und donnerstags ab 16 Uhr möglich.

Freundliche Grüße
Jana Krause
Immobilien Krause (fiktiv)""", html="only"),

L("de", 0, "clean", "Franz-Josef Müller <fj.mueller@example.org>", "Garage und Wohnung",
"""Hallo,

ich habe über dem Ladenlokal meiner verstorbenen Frau in der Stadtmitte eine Wohnung mit 2 Zimmern, die ich nicht mehr brauche. Dazu gibt es eine Garage. Ich bin 79 und möchte mich nicht mehr groß kümmern, aber die Wohnung soll auch nicht leer stehen.

Kann jemand von Ihnen vorbeikommen und mir erklären, was ich tun muss?

Franz-Josef Müller
Telefon 02202 23451 (bitte lange klingeln lassen)"""),

L("de", 0, "broken", "Vermieter Özdemir <oezdemir.immobilien@example.net>", "Ihre Mieterin",
"""Hallo Frau Becker
Mieterin Frau Nouri in meine Wohnung Hebborn, sie hat Waschmaschine Wasser gelassen auf Boden, Nachbar unten hat Schaden Decke. Versicherung fragt ob sie Haftpflicht hat. Sie sagt weiß nicht. Können Sie fragen? Danke
Özdemir"""),

L("de", 0, "clean", "Sozialwerk der Evangelischen Kirchengemeinde (fiktiv) <verwaltung@ev-kirche-refrath.example.org>", "Gemeindewohnung im Pfarrhaus Refrath",
"""Sehr geehrte Damen und Herren,

nach dem Ruhestand unseres Pfarrers wird die Dienstwohnung im Pfarrhaus Refrath nicht mehr benötigt. Das Presbyterium hat beschlossen, die Wohnung (4 Zimmer, 102 m²) für zunächst drei Jahre an eine Familie aus einer städtischen Unterkunft zu vermieten.

Wir bitten um einen Gesprächstermin, um die Einzelheiten zu klären (Miethöhe, Übernahme durch das Jobcenter, Begleitung der Familie). Das Presbyterium tagt wieder am 15. des Monats.

Mit freundlichen Grüßen
Jutta Lehmann
Verwaltungsleitung""", enc="base64"),

L("de", 0, "clean", "Matthias Krüger <matthias.krueger@example.com>", "Rückfrage: Mieterin hat sich nicht mehr gemeldet",
"""Hallo Herr Krämer,

Frau Osman war vor zwei Wochen zur Besichtigung meiner Wohnung in Lückerath und hatte sehr großes Interesse. Ich habe ihr zugesagt, habe seitdem aber nichts mehr von ihr gehört. Ist sie noch interessiert? Ich habe noch andere Interessenten und muss mich bis Ende der Woche entscheiden.

Viele Grüße
Matthias Krüger"""),

L("de", 0, "oneliner", "Gabi S. <gabi.s.gl@example.net>", "Wohnung",
"""Suchen Sie noch Wohnungen? Habe eine in Gronau."""),

L("de", 0, "clean", "Horst & Erika Winter <winter.schildgen@example.org>", "Wir möchten helfen – kleine Wohnung im Anbau",
"""Sehr geehrte Damen und Herren,

wir haben vor Jahren unser Haus um einen Anbau erweitert, in dem früher meine Schwiegermutter gewohnt hat. Die kleine Wohnung (1,5 Zimmer, 38 m², ebenerdig) steht seit ihrem Tod leer.

Wir sind beide Rentner und würden sie gern an jemanden vermieten, der Hilfe braucht. Es wäre schön, wenn es jemand wäre, der ein wenig Deutsch spricht, damit wir uns unterhalten können. Die Miete soll nur die Kosten decken – sagen wir 300 € warm.

Freundliche Grüße
Horst und Erika Winter"""),

L("de", 0, "hard_case", "Ralf Lindner <ralf.lindner@example.net>", "Kaution und Jobcenter – wie sicher ist das?",
"""Hallo,

ein Interessent für meine Wohnung in Bensberg hat gesagt, er ist bei Ihnen im Programm. Er sagt, das Jobcenter zahlt die Kaution als Darlehen und die Miete direkt an mich. Stimmt das so? Und was passiert, wenn er einen Job findet und kein Bürgergeld mehr bekommt – zahlt dann noch jemand?

Ich will nur wissen, woran ich bin.

Gruß
Ralf Lindner"""),

L("de", 0, "clean", "Vermietungsteam Rheinland Wohnen (fiktiv) <neuvermietung@rheinland-wohnen.example.com>", "Kurzfristig frei: 2-Zimmer-Wohnung Bensberg",
"""Guten Tag,

kurzfristig wird in unserem Bestand in Bensberg eine 2-Zimmer-Wohnung frei (47 m², EG, Dusche, 415 € Grundmiete + 170 € NK inkl. Heizung). Bezug ab dem 1. des Folgemonats.

Wenn Sie einen passenden Haushalt haben, schicken Sie uns bitte bis Mittwoch die Selbstauskunft. Ein WBS ist nicht erforderlich.

Viele Grüße
Tim Heuser
Neuvermietung""", html="alt"),
]
