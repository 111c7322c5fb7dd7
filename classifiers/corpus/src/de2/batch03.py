"""de2 batch 03: inquiry (press, politics, other authorities asking about the process, researchers,
landlord-association events, vendors, citizens, volunteers offering general help, misdirected mail)."""
from mailwriter import I

MAILS = [
I("de", 0, "hard_case", "Lea Sternberg (Podcast) <lea.sternberg@podcast-zuhause.example.net>", "Podcastfolge: Gespräch mit einer Vermieterin aus Ihrem Netzwerk?",
"""Hallo liebes Team Integration Wohnen,

ich produziere den (nicht kommerziellen) Podcast „Zuhause gesucht“, in dem es um Wohnungsnot im Rheinland geht. Für eine Folge im Frühjahr suche ich eine Vermieterin oder einen Vermieter, die oder der über Ihr Programm an eine geflüchtete Familie vermietet hat und offen erzählen möchte: Warum haben Sie es gemacht? Was lief gut, was schwierig?

Könnten Sie meine Anfrage an zwei, drei Vermieter aus Ihrem Netzwerk weitergeben? Ich möchte natürlich keine Kontaktdaten von Ihnen, die Leute können sich einfach direkt bei mir melden. Gern würde ich auch kurz mit jemandem aus Ihrem Team sprechen, etwa 10 Minuten, zum Ablauf des Programms.

Aufnahme wäre bei den Leuten zu Hause oder per Video, ganz wie es passt.

Danke und viele Grüße
Lea Sternberg
0160 23449012"""),

I("de", 0, "formal", "Ratsmitglied Dr. Volker Heusgen (fiktiv) <v.heusgen@ratsmitglieder-gl.example.org>", "Anfrage gem. § 17 GeschO – Mietausfallfonds",
"""Sehr geehrte Damen und Herren,

im Vorfeld der Haushaltsberatungen bitte ich um Beantwortung folgender Fragen zum Mietausfall- und Schadensfonds des Auszugsmanagements:

1. Wie hoch waren die im Haushalt veranschlagten Mittel in den Jahren 2024 und 2025, und in welcher Höhe wurden sie tatsächlich in Anspruch genommen?
2. In wie vielen Fällen wurden Leistungen an Vermieterinnen und Vermieter ausgezahlt, und wie hoch war die durchschnittliche Auszahlung?
3. In wie vielen Fällen wurden Anträge abgelehnt, und aus welchen Gründen?
4. Hält die Verwaltung den Fonds für ein wirksames Instrument zur Gewinnung neuer Vermieter?

Eine schriftliche Antwort bis zur Sitzung des Ausschusses für Soziales wäre wünschenswert. Ich bedanke mich im Voraus.

Mit freundlichen Grüßen
Dr. Volker Heusgen
Mitglied des Rates der Stadt Bergisch Gladbach""", date="2025-09-22 17:40"),

I("de", 0, "clean", "Ortsverband Refrath (fiktiv) – Vorstand <vorstand@ov-refrath.example.org>", "Bürgersprechstunde „Wohnen in Refrath“ – könnte jemand aus Ihrem Team dabei sein?",
"""Liebe Kolleginnen und Kollegen der Verwaltung,

unser Ortsverband veranstaltet am Donnerstag, 26. März, um 19 Uhr im Bürgerhaus Refrath eine offene Bürgersprechstunde zum Thema Wohnen. Erfahrungsgemäß kommen etwa 40 Leute, und jedes Mal fragen einige, was die Stadt eigentlich für Geflüchtete in den Unterkünften tut und ob da „Wohnungen weggenommen“ werden.

Wir würden es sehr begrüßen, wenn jemand aus Ihrem Team 15 Minuten lang das Programm vorstellt und Fragen beantwortet. Wir wissen, dass die Verwaltung parteipolitisch neutral bleiben muss – es geht uns um Information, nicht um Wahlkampf. Gern laden wir auch die anderen Fraktionen ein.

Mit freundlichen Grüßen
Sabine Krüll
Vorsitzende"""),

I("de", 0, "hard_case", "Stadt Wipperfürth – Soziales <soziales@wipperfuerth.example.org>", "Bitte um Richtlinie Mietausfallfonds und Mustervereinbarung mit Vermietern",
"""Sehr geehrte Damen und Herren,

wir bauen in Wipperfürth derzeit ein eigenes Auszugsmanagement auf. Bei einem Fachtag in Köln hat eine Kollegin von Ihnen erwähnt, dass Sie mit privaten Vermietern eine schriftliche Kooperationsvereinbarung abschließen und Schäden über einen eigenen Fonds absichern.

Wären Sie bereit, uns die entsprechenden Unterlagen (Richtlinie zum Fonds, Mustervereinbarung mit Vermietern, ggf. den Ratsbeschluss) zur Verfügung zu stellen? Uns interessiert auch, wie Sie die Vermieter erstmals angesprochen haben – über Anzeigen, über Haus & Grund oder persönlich?

Über einen kurzen telefonischen Austausch würden wir uns ebenfalls freuen.

Mit freundlichen Grüßen
Jan Oberhausen
Sachgebietsleitung Integration
Stadt Wipperfürth (fiktiv)"""),

I("de", 0, "clean", "Kommunales Integrationszentrum Oberberg (fiktiv) <ki@obk-integration.example.org>", "Übersetzte Workshop-Materialien Dari/Tigrinya – Weitergabe möglich?",
"""Hallo zusammen,

eine Teilnehmerin Ihres Wohnworkshops ist inzwischen in unseren Kreis gezogen und hat uns Ihr Handout „Wohnungssuche Schritt für Schritt“ in Dari und Tigrinya gezeigt. Das ist genau das, was uns fehlt!

Dürften wir die Übersetzungen (mit Quellenangabe natürlich) in unseren eigenen Beratungen verwenden und unser Logo ergänzen? Falls die Texte an Ihre Stadt angepasst sind (Ansprechpersonen, Adressen), würden wir die Stellen entsprechend ändern.

Viele Grüße aus Gummersbach
Aylin Tekin
Kommunales Integrationszentrum Oberberg (fiktiv)""", html="alt"),

I("de", 0, "formal", "Jobcenter Rhein-Berg – Widerspruchsstelle <widerspruchsstelle@jc-rheinberg.example.org>", "Angemessenheitsgrenzen im Handout „Wohnungssuche“ – Abstimmung",
"""Sehr geehrte Damen und Herren,

in mehreren Widerspruchsverfahren der letzten Wochen haben sich Leistungsberechtigte zur Begründung auf ein Handout berufen, das offenbar in Ihren Wohnworkshops ausgegeben wird. Darin werden Mietobergrenzen genannt, die dem Stand vor der Fortschreibung des schlüssigen Konzepts entsprechen (z. B. 1 Person: 462 € statt aktuell 489 € Bruttokaltmiete).

Die Abweichung wirkt sich überwiegend zugunsten der Betroffenen aus, führt aber zu Missverständnissen und unnötigen Verfahren. Wir möchten anregen, die Werte im Handout zu aktualisieren oder künftig nur noch auf das jeweils aktuelle Merkblatt des Jobcenters zu verweisen.

Gern stimmen wir die Formulierung mit Ihnen ab. Einzelfälle sind von diesem Schreiben nicht betroffen; es geht ausschließlich um die allgemeine Information.

Mit freundlichen Grüßen
im Auftrag
R. Schwienbacher
Widerspruchsstelle""", enc="quoted-printable"),

I("de", 0, "clean", "Sozialamt – Leistungsstelle AsylbLG <asylblg-leistung@stadt-gl.example.org>", "Auszüge aus Unterkünften – wer informiert wen?",
"""Hallo ihr Lieben,

wir haben in den letzten Monaten mehrfach erst Wochen nach dem Auszug erfahren, dass Leistungsberechtigte eine eigene Wohnung bezogen haben. Die Folge sind Überzahlungen, die wir dann mühsam zurückfordern müssen, und Ärger bei den Betroffenen.

Wie läuft das bei euch aktuell? Gebt ihr der Unterkunftsverwaltung Bescheid, wenn ein Mietvertrag unterschrieben ist, oder erwartet ihr, dass die Leute sich selbst bei uns melden? Vielleicht könnten wir eine kleine Checkliste entwerfen („Mietvertrag unterschrieben → Meldung an X, Y, Z“), die ihr bei der Vertragsunterschrift mitgebt.

Hättet ihr nächste oder übernächste Woche 30 Minuten für einen Austausch? Gern auch per Teams.

Viele Grüße
Silke Bongartz
Leistungsstelle AsylbLG"""),

I("de", 0, "formal", "Ausländerbehörde RBK – Sachgebietsleitung <sgl.auslaenderbehoerde@kreis-rb.example.org>", "Nachweis ausreichenden Wohnraums – Verfahrensfrage",
"""Sehr geehrte Damen und Herren,

bei Anträgen auf Niederlassungserlaubnis und Familiennachzug legen uns Antragstellende zunehmend Schreiben Ihrer Stelle vor, die eine Teilnahme am Auszugsmanagement bestätigen. Die Schreiben sind unterschiedlich formuliert; teils wird nur die Teilnahme bestätigt, teils auch eine konkrete Wohnungsperspektive beschrieben.

Um eine einheitliche Bewertung durch unsere Sachbearbeitung sicherzustellen, bitten wir um Auskunft:

– Gibt es ein standardisiertes Formular für diese Bescheinigungen?
– Welche Aussage soll die Bescheinigung treffen (Teilnahme, Bemühen, Aussicht auf Wohnraum)?
– Wer ist bei Rückfragen zuständig?

Es geht ausdrücklich um das allgemeine Verfahren, nicht um Einzelfälle.

Mit freundlichen Grüßen
Im Auftrag
Dr. Sonja Reuschenbach"""),

I("de", 0, "hard_case", "Mirjam Achterberg <m.achterberg@uni-wuppertal.example.org>", "Fragebogen für Vermieterinnen und Vermieter – Weiterleitung möglich?",
"""Sehr geehrte Damen und Herren,

ich promoviere an der Bergischen Universität (fiktiv) im Fach Stadtsoziologie zum Thema „Private Kleinvermieter und kommunale Wohnraumvermittlung“. Ein Teil der Arbeit ist eine anonyme Online-Befragung von Vermieterinnen und Vermietern, die mit kommunalen Programmen zusammenarbeiten oder das erwogen haben.

Meine Bitte: Könnten Sie den Link zur Befragung (Dauer ca. 12 Minuten) an die Vermieter Ihres Netzwerks weiterleiten? Ich selbst erhalte keine Namen oder Adressen. Ein Votum der Ethikkommission liegt vor; den Anschreibentext und die Datenschutzinformation hänge ich an.

Als Dank stelle ich Ihnen die Ergebnisse für Bergisch Gladbach gesondert zur Verfügung.

Mit freundlichen Grüßen
Mirjam Achterberg, M.A.
Wissenschaftliche Mitarbeiterin""", attach=["Anschreiben_Befragung.pdf", "Datenschutzinformation.pdf"]),

I("de", 0, "clean", "Prof. Dr. Thomas Wiedenhöft <t.wiedenhoeft@fh-soziales.example.org>", "Projektseminar Sozialraumanalyse – Kooperation im Sommersemester?",
"""Sehr geehrte Damen und Herren,

im Sommersemester biete ich im Studiengang Soziale Arbeit ein Projektseminar „Sozialraumanalyse Wohnen“ an. Die Studierenden (ca. 15) sollen in Kleingruppen untersuchen, welche Faktoren den Übergang von Sammelunterkünften in eigenen Wohnraum erleichtern oder erschweren.

Wäre Ihr Team bereit, in einer Sitzung (90 Minuten, gern bei Ihnen vor Ort) das Programm vorzustellen? Darüber hinaus würden einzelne Gruppen gern Expertinneninterviews mit Mitarbeitenden führen. Direkten Kontakt zu Klientinnen und Klienten streben wir ausdrücklich nicht an.

Über eine Rückmeldung bis Ende Januar würde ich mich freuen.

Mit besten Grüßen
Thomas Wiedenhöft"""),

I("de", 0, "hard_case", "Vermieterverein Bensberg und Umgebung (fiktiv) <geschaeftsstelle@vermieterverein-bensberg.example.org>", "Vermietertag im Ratssaal Bensberg – Info-Stand für Ihr Programm?",
"""Sehr geehrte Damen und Herren,

am Samstag, 9. Mai, veranstaltet unser Verein von 10 bis 16 Uhr den 5. Bensberger Vermietertag im Ratssaal. Erwartet werden rund 300 private Vermieterinnen und Vermieter; es gibt Vorträge zu Mietrecht, Energieeffizienz und Grundsteuer sowie etwa 20 Info-Stände.

Wir möchten Ihnen einen kostenlosen Stand anbieten (Tisch, zwei Stühle, Stromanschluss). Viele unserer Mitglieder haben Fragen zu Ihrem Programm, trauen sich aber nicht, direkt anzurufen. Ein kurzer Impulsvortrag (10 Minuten) im Programmblock „Vermieten mit Zukunft“ wäre ebenfalls möglich.

Bitte teilen Sie uns bis Mitte April mit, ob Sie dabei sind.

Mit freundlichen Grüßen
Geschäftsstelle
Vermieterverein Bensberg und Umgebung (fiktiv)""", html="only"),

I("de", 0, "clean", "Kautionsschutz24 (fiktiv) – Kommunalvertrieb <kommunen@kautionsschutz24.example.com>", "Kautionsbürgschaften statt Kautionsdarlehen – Entlastung für Ihr Budget",
"""Sehr geehrte Damen und Herren,

Kommunen und Jobcenter binden jedes Jahr erhebliche Mittel in Mietkautionsdarlehen, die oft nur schleppend zurückgezahlt werden. Mit unserer Kautionsbürgschaft erhalten Vermieter statt Bargeld eine unbefristete Bürgschaftsurkunde eines deutschen Versicherers – der Mieter bzw. der Kostenträger zahlt lediglich eine Jahresprämie von 4,9 % der Kautionssumme.

Bereits mehr als 30 Kommunen in NRW arbeiten mit uns zusammen. Gern stellen wir Ihnen unser Modell in einem 30-minütigen Online-Termin vor.

Mit freundlichen Grüßen
Dennis Aufderheide
Leiter Kommunalvertrieb
Kautionsschutz24 (fiktiv)

Sie möchten keine weiteren Informationen von uns erhalten? Eine kurze Antwort genügt."""),

I("de", 0, "reply", "DolmetschLive – Öffentliche Verwaltung <verwaltung@dolmetschlive.example.com>", "Re: Video-Dolmetschen für Ihre Beratungsgespräche",
"""Sehr geehrte Damen und Herren,

ich wollte mich noch einmal kurz zu meiner Mail von letzter Woche melden. Unser Video-Dolmetschdienst ist für Behörden ohne Grundgebühr nutzbar: Sie zahlen nur die tatsächlichen Minuten (ab 1,80 €/Min.), und in über 50 Sprachen – darunter Dari, Pashto, Tigrinya und Kurmanci – ist in der Regel innerhalb von zwei Minuten eine Dolmetscherin zugeschaltet.

Gerade bei Wohnungsbesichtigungen und Mietvertragsgesprächen, bei denen kein Präsenzdolmetscher verfügbar ist, nutzen mehrere Sozialämter unseren Dienst bereits per Tablet.

Hätten Sie nächste Woche 20 Minuten Zeit für eine kurze Demo?

Beste Grüße
Carolin Seifert

-----Ursprüngliche Nachricht-----
Von: Carolin Seifert
Gesendet: Dienstag, 3. Februar 2026 09:12
An: integration-wohnen@stadt-gl.de
Betreff: Video-Dolmetschen für Ihre Beratungsgespräche

Sehr geehrte Damen und Herren,
darf ich Ihnen kurz unseren Video-Dolmetschdienst vorstellen? [...]""", date="2026-02-10 08:58"),

I("de", 0, "other", "Reinhard Schlömer <r.schloemer@example.net>", "Wer bezahlt das eigentlich?",
"""Guten Tag,

ich habe im Stadtanzeiger gelesen, dass die Stadt Flüchtlingen hilft, Wohnungen zu finden, und dass sogar Vermietern Geld gegeben wird, wenn was kaputt geht. Meine Tochter sucht seit einem Jahr eine Wohnung in Gladbach und bekommt keine Hilfe.

Ich hätte gern gewusst:
- Wie viel kostet das den Steuerzahler im Jahr?
- Bekommen Flüchtlinge die Wohnungen vor Deutschen?
- Warum gibt es so etwas nicht für alle?

Ich bin kein Ausländerfeind, ich will es nur verstehen.

R. Schlömer"""),

I("de", 0, "clean", "Christel Abendroth <christel.abendroth@example.com>", "Patenschaft speziell für die Wohnungssuche – wie läuft das bei Ihnen?",
"""Guten Tag,

ich bin seit Kurzem im Ruhestand (vorher 30 Jahre Sachbearbeiterin bei einer Wohnungsverwaltung) und möchte mich ehrenamtlich engagieren. Mir schwebt vor, Menschen aus den Unterkünften bei der Wohnungssuche zu unterstützen – Anzeigen durchgehen, Anschreiben formulieren, zu Besichtigungen mitgehen.

Bevor ich mich irgendwo melde, würde ich gern verstehen, wie Ihr Programm aufgebaut ist. Arbeiten Sie mit Ehrenamtlichen zusammen? Gibt es eine Schulung oder einen Ansprechpartner? Ich möchte nichts machen, was Ihrer Arbeit in die Quere kommt.

Ich habe keine bestimmte Familie im Blick, sondern würde dort helfen, wo Bedarf ist.

Freundliche Grüße
Christel Abendroth"""),

I("de", 0, "forward", "Zentrale Poststelle Stadtverwaltung <poststelle@stadt-gl.example.org>", "WG: Halteverbot für Umzug beantragen",
"""Zuständigkeitshalber zur weiteren Veranlassung – bitte ggf. an die Straßenverkehrsbehörde weiterleiten, falls nicht Ihr Bereich.

Poststelle

-----Ursprüngliche Nachricht-----
Von: Jens Bergfeld <jens.bergfeld@example.com>
Gesendet: Montag, 11. Mai 2026 07:45
An: info@stadt-gl.de
Betreff: Halteverbot für Umzug beantragen

Hallo,

wir ziehen am 30. Mai innerhalb von Refrath um (Dolmanstraße nach Am Rosenhügel) und brauchen vor dem alten Haus für den LKW ein Halteverbot, ca. 15 Meter. Wo kann ich das beantragen und was kostet das? Reicht das, wenn ich zwei Wochen vorher Bescheid gebe?

Gruß
Jens Bergfeld""", date="2026-05-11 10:20"),

I("de", 0, "hard_case", "Suleiman Ibrahim <suleiman.ibrahim.gl@example.com>", "Anmeldung Gewerbe Imbiss",
"""Guten Tag

ich wohne in Bergisch Gladbach und habe jetzt mit mein Cousin zusammen ein Imbiss gefunden in Gronau, alte Pizzeria, der Vermieter will uns geben. Wir wollen Falafel und Shawarma machen. Wo muss ich Gewerbe anmelden und was brauche ich für Papiere? Brauche ich Gesundheitszeugnis? Meine Freundin hat gesagt ich soll Ihnen schreiben weil Sie helfen Flüchtlinge.

Danke
Suleiman Ibrahim"""),

I("de", 0, "hard_case", "Anneliese Kortmann <anneliese.kortmann@example.net>", "Grundsteuerbescheid Eigentumswohnung – falscher Wert",
"""Sehr geehrte Damen und Herren,

ich besitze eine kleine Eigentumswohnung in Gronau, die ich seit Jahren vermietet habe. Mit dem neuen Grundsteuerbescheid soll ich jetzt fast doppelt so viel zahlen wie vorher. Meiner Meinung nach ist die Wohnfläche falsch angesetzt (74 statt 64 m²).

Bei wem kann ich das überprüfen lassen, und bis wann muss ich Widerspruch einlegen? Ihre Adresse stand unter „Wohnen“ auf der Homepage, deshalb schreibe ich Ihnen.

Mit freundlichen Grüßen
Anneliese Kortmann"""),

I("de", 0, "clean", "Wolfgang Reinermann <w.reinermann@example.org>", "Ehrenamt: Hilfe bei Selbstauskunft und Haushaltsplan",
"""Hallo,

ich bin 67, war bis vor zwei Jahren Kundenberater bei einer Bank und habe jetzt Zeit. Ich habe gehört, dass viele Menschen aus den Unterkünften Probleme mit Papierkram haben – Selbstauskunft, SCHUFA, Haushaltsplan, Daueraufträge einrichten usw.

Ich würde gern eine Art „Papier-Sprechstunde“ anbieten, zum Beispiel einmal pro Woche zwei Stunden, wo immer Sie Platz haben. Oder ich komme zu Ihren Workshops dazu und helfe beim praktischen Teil.

Sagen Sie mir einfach, ob das gebraucht wird. Führungszeugnis kann ich beantragen.

Viele Grüße
Wolfgang Reinermann
0171 23461127"""),

I("de", 0, "clean", "Anna-Lena Pütz – CSR Krämer Logistik <csr@kraemer-logistik.example.com>", "Social Day: 12 Mitarbeitende möchten anpacken",
"""Liebes Team Integration Wohnen,

bei uns steht im September wieder unser jährlicher Social Day an: Zwölf Kolleginnen und Kollegen haben einen Tag frei, um sich gemeinsam für ein soziales Projekt einzusetzen. Dieses Jahr möchten wir gern etwas zum Thema Wohnen machen.

Ideen von unserer Seite: Wohnungen für Familien streichen, die gerade ausziehen, Möbel aufbauen, Küchen montieren oder einen Transporter mit Fahrer für Umzüge stellen. Material und Verpflegung bezahlt die Firma.

Gibt es bei Ihnen Bedarf? Wir sind flexibel, was den genauen Tag angeht (Dienstag bis Donnerstag).

Viele Grüße
Anna-Lena Pütz
Corporate Social Responsibility""", html="alt"),

I("de", 0, "clean", "Heinz Wolters <heinz.wolters.hm@example.net>", "Ehemaliger Hausmeister – kann ich bei den Workshops helfen?",
"""Sehr geehrte Damen und Herren,

ich war 35 Jahre Hausmeister bei einer großen Wohnungsgesellschaft und habe in der Zeit alles gesehen: Schimmel, weil nicht gelüftet wurde, verstopfte Abflüsse, Streit wegen Mülltrennung und Treppenhausreinigung. Meistens lag es nicht an bösem Willen, sondern daran, dass niemand den Leuten erklärt hat, wie das hier läuft.

Ich würde gern bei Ihren Wohnworkshops einen praktischen Teil übernehmen: „Wohnungs-ABC“ – richtig heizen und lüften, was in welche Tonne gehört, was man bei einem Rohrbruch macht, Hausordnung. Mit Bildern, damit es auch ohne viel Deutsch verständlich ist.

Ein Honorar will ich nicht. Wenn Sie Interesse haben, rufen Sie mich gern an: 02204 23456-71.

Mit freundlichen Grüßen
Heinz Wolters"""),

I("de", 0, "clean", "Redaktion Gladbacher Wochenblatt (fiktiv) <redaktion@gl-wochenblatt.example.com>", "Foto beim Wohnworkshop für unsere Serie „Menschen in Gladbach“",
"""Hallo,

für unsere Serie „Menschen in Gladbach“ würden wir gern über Ihren Wohnworkshop berichten und dabei auch ein oder zwei Fotos machen. Uns ist klar, dass nicht alle Teilnehmenden fotografiert werden möchten – wir würden vorher fragen und notfalls nur von hinten oder die Referentin fotografieren.

Wann ist der nächste Termin, und wäre ein Besuch der Fotografin (ca. 30 Minuten) möglich? Ein kurzes Statement von Ihnen für den Text wäre toll.

Viele Grüße
Marion Lengsfeld
Lokalredaktion""", date="2025-03-04 12:31"),

I("de", 0, "clean", "Redaktion „Kommune & Soziales“ <redaktion@kommune-soziales.example.org>", "Autorenanfrage: Praxisbeitrag zum Auszugsmanagement",
"""Sehr geehrte Damen und Herren,

für das Schwerpunktheft „Wohnraum für Geflüchtete“ (erscheint im Herbst) suchen wir Praxisbeiträge aus Kommunen. Ihr Programm wurde uns von mehreren Seiten empfohlen, insbesondere die Kombination aus Wohnworkshops und Vermieternetzwerk.

Wir würden uns über einen Beitrag von ca. 12.000 Zeichen freuen: Ausgangslage, Konzept, Erfahrungen, Stolpersteine. Ein Honorar von 250 € ist möglich. Redaktionsschluss wäre der 15. Juli.

Mit freundlichen Grüßen
Dr. Bettina Rosenkranz
Redaktion „Kommune & Soziales“ (fiktiv)"""),

I("de", 0, "formal", "Tobias Wennemar via Transparenzportal (fiktiv) <anfrage-18822@transparenz-portal.example.org>", "Antrag nach dem IFG NRW: Vermieternetzwerk und Fonds [#18822]",
"""Antrag nach dem Informationsfreiheitsgesetz NRW (IFG NRW)

Sehr geehrte Damen und Herren,

bitte senden Sie mir Folgendes zu:

1. die Anzahl der Vermieterinnen und Vermieter, mit denen die Stadt im Rahmen des Auszugsmanagements seit 2023 Mietverhältnisse vermittelt hat, aufgeschlüsselt nach Jahren und nach Art der Vermietenden (privat, Genossenschaft, Wohnungsunternehmen);
2. die Richtlinie oder Dienstanweisung zum Mietausfall- bzw. Schadensfonds;
3. die Summe der aus dem Fonds ausgezahlten Beträge je Jahr.

Personenbezogene Daten von Vermietenden oder Mietenden erbitte ich ausdrücklich nicht; diese können geschwärzt werden.

Dies ist ein Antrag nach § 4 IFG NRW. Sollte die Auskunft Kosten verursachen, bitte ich vorab um Mitteilung.

Mit freundlichen Grüßen
Tobias Wennemar

Anfragenr: 18822
Antwort an: anfrage-18822@transparenz-portal.example.org
Laden Sie große Dateien zu dieser Anfrage hier hoch: https://transparenz-portal.example.org/a/18822/upload"""),

I("de", 0, "clean", "DITIB-Gemeinde Gronau (fiktiv) – Vorstand <vorstand@moschee-gronau.example.org>", "Einladung zum Iftar-Empfang der Nachbarschaft",
"""Sehr geehrte Damen und Herren,

wie jedes Jahr lädt unsere Gemeinde zum Ramadan Nachbarn, Vereine und Vertreterinnen der Stadtverwaltung zu einem gemeinsamen Fastenbrechen ein. Der Empfang findet am Samstag, 7. März, ab 17:30 Uhr in unserem Gemeindesaal statt (Sonnenuntergang ca. 18:20 Uhr).

Viele Familien aus unserer Gemeinde kennen Ihre Arbeit, und wir würden uns freuen, wenn jemand aus Ihrem Team kommt, auch ganz ohne Vortrag – einfach zum Kennenlernen und Essen.

Um eine kurze Zusage bis zum 1. März wird gebeten, damit wir planen können.

Mit freundlichen Grüßen
Erdal Koç
Vorsitzender""", date="2026-02-16 15:05"),
]
