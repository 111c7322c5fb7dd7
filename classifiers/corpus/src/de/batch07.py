"""Batch 07: landlord_offer, third set."""
from mailwriter import L

MAILS = [
L("de", 0, "clean", "Hannelore Becker-Wirth <hb.wirth@example.net>", "WOHNUNG ZU VERMIETEN",
"""SEHR GEEHRTE DAMEN UND HERREN,

ICH HABE EINE WOHNUNG IN BENSBERG, 2 ZIMMER, KÜCHE, BAD, 60 QM, 2. ETAGE. MEIN MIETER IST NACH 22 JAHREN AUSGEZOGEN. ICH BIN 81 JAHRE ALT UND MÖCHTE KEINE ANZEIGEN IM INTERNET MACHEN. MEIN ENKEL SAGT, SIE KÖNNEN MIR HELFEN.

BITTE RUFEN SIE MICH AN: 02204 23457.

MIT FREUNDLICHEN GRÜSSEN
HANNELORE BECKER-WIRTH""", charset="iso-8859-1", enc="quoted-printable"),

L("de", 0, "reply", "Vermietung | Wohnbau Rhein-Berg eG <vermietung@wohnbau-rb.example.com>", "AW: Vorschläge Wohnung Kaule 3a",
"""Sehr geehrte Frau Becker,

vielen Dank für die Vorschläge. Wir möchten die Familie Ahmadzai gern zu einer Besichtigung einladen: Montag, 12.05., 15:30 Uhr, vor Ort. Bitte teilen Sie uns mit, ob der Termin passt und ob ein Dolmetscher benötigt wird.

Freundliche Grüße
i. A. Svenja Roth

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 6. Mai 2025 14:02
An: Vermietung <vermietung@wohnbau-rb.example.com>
Betreff: Vorschläge Wohnung Kaule 3a

Sehr geehrte Frau Roth,
anbei erhalten Sie zwei Vorschläge für die 3-Zimmer-Wohnung in Bensberg (Familie Ahmadzai, 4 Pers.; Familie Tekle, 3 Pers.).
Mit freundlichen Grüßen
Becker""", date="2025-05-07 10:22"),

L("de", 0, "clean", "Manfred Esch <manfred.esch@example.com>", "Mieter lüftet nicht – Schimmel",
"""Sehr geehrte Damen und Herren,

in der Wohnung, die ich an Familie Qasemi vermietet habe (über Ihr Programm), hat sich im Schlafzimmer und Bad Schimmel gebildet. Ich war gestern dort: Die Fenster sind ständig geschlossen, Wäsche wird in der Wohnung getrocknet. Die Familie sagt, draußen sei es zu kalt.

Ich lasse den Schimmel auf meine Kosten entfernen, bitte Sie aber, der Familie noch einmal das richtige Lüften und Heizen zu erklären – am besten in ihrer Sprache. Sonst haben wir das Problem im nächsten Winter wieder.

Mit freundlichen Grüßen
Manfred Esch""", attach=["Schimmel_Bad.jpg"]),

L("de", 0, "oneliner", "Agnes Nettekoven <agnes.nettekoven@example.org>", "Mietangebot ausgefüllt",
"""Anbei das ausgefüllte Mietangebot für Herrn Rahimi. Gruß A. Nettekoven""", attach=["Mietangebot.pdf"]),

L("de", 0, "clean", "Hotel Zur Post (fiktiv) <info@hotel-zurpost-gl.example.com>", "Personalzimmer frei – Vermietung möglich",
"""Sehr geehrte Damen und Herren,

unser Hotel in Bensberg verfügt über vier Personalzimmer im Nebengebäude (je ca. 18 m², eigenes Bad, Gemeinschaftsküche), von denen derzeit drei leer stehen. Wir würden sie gern dauerhaft an Einzelpersonen vermieten, gern auch an Menschen, die Interesse an einer Arbeit in Gastronomie oder Housekeeping haben.

Miete pro Zimmer: 390 € inklusive aller Nebenkosten und WLAN.

Mit freundlichen Grüßen
Familie Lenzen
Hotel Zur Post (fiktiv)""", html="alt"),

L("de", 0, "clean", "Karin Mohr <karin.mohr@example.net>", "Mietrückstand – bitte um Vermittlung",
"""Sehr geehrte Frau Yilmaz,

leider muss ich mich mit einem Problem an Sie wenden. Mein Mieter, Herr Omar Farah, den Sie mir im letzten Jahr vermittelt haben, ist mit drei Monatsmieten im Rückstand (insgesamt 1.860 €). Er reagiert nicht auf meine Briefe und öffnet nicht, wenn ich klingle.

Ich möchte eigentlich keine Kündigung aussprechen, sehe aber bald keinen anderen Weg. Könnten Sie Kontakt zu ihm aufnehmen und herausfinden, was los ist?

Mit freundlichen Grüßen
Karin Mohr"""),

L("de", 0, "broken", "Bujar Krasniqi <bujar.krasniqi@example.com>", "Haus",
"""Guten Tag, ich habe zweites Haus in Herkenrath, alt aber gut. 4 Zimmer, Garten. Ich will vermieten an große Familie, 1000 euro warm. Ich repariere selbst alles. Meine Frau kann Kinder Hausaufgaben helfen, sie ist Lehrerin in Kosovo gewesen. Anrufen 0176 23459090"""),

L("de", 0, "formal", "Objektverwaltung Nord-West (fiktiv) <objektverwaltung@nordwest-immo.example.com>", "Bestätigung Mietvertragsabschluss Familie Tekle",
"""Sehr geehrte Damen und Herren,

hiermit bestätigen wir den Abschluss des Mietvertrags mit Familie Tekle für die Wohnung Hauptstraße (fiktiv) 88, 1. OG rechts, Mietbeginn 01.07.2025. Die Wohnungsübergabe erfolgt am 30.06.2025 um 14:00 Uhr.

Wir bitten um Übersendung der Kautionsübernahmeerklärung des Jobcenters bis spätestens 25.06.2025. Für Rückfragen steht Ihnen unsere Mitarbeiterin Frau Engels zur Verfügung.

Mit freundlichen Grüßen
Objektverwaltung Nord-West (fiktiv)

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.""", date="2025-06-16 09:30"),

L("de", 0, "clean", "Sebastian Kraus <sebastian.kraus@example.org>", "Wohnung meines Vaters (Pflegeheim)",
"""Hallo,

mein Vater ist ins Pflegeheim gezogen, seine Mietwohnung ist aber sein Eigentum (2 Zimmer, Lückerath, 58 m²). Die Familie hat entschieden, sie zu vermieten, damit die Heimkosten gedeckt werden. Da ich in Hamburg wohne, wäre es mir wichtig, einen Mieter zu haben, bei dem es eine Begleitung gibt.

Ich könnte Ende des Monats für zwei Tage nach Bergisch Gladbach kommen. Könnten wir uns dann treffen und gleich Besichtigungen machen?

Viele Grüße
Sebastian Kraus"""),

L("de", 0, "hard_case", "Ewald Pesch <ewald.pesch@example.com>", "Frage: Zahlt die Stadt auch Leerstand?",
"""Guten Tag,

wenn ich meine Wohnung für Ihr Programm reserviere, bis Sie einen passenden Mieter gefunden haben, bekomme ich für die Zeit des Leerstands eine Entschädigung? Und wer übernimmt Renovierungskosten beim Auszug? Erst wenn das geklärt ist, kann ich zusagen.

Ewald Pesch"""),

L("de", 0, "clean", "Tanja Breidenbach <tanja.breidenbach@example.net>", "Mein Mieter hat geheiratet",
"""Hallo Frau Becker,

Herr Yousefi hat letzten Monat geheiratet, und seine Frau ist bei ihm eingezogen. Grundsätzlich habe ich nichts dagegen, aber muss das im Mietvertrag ergänzt werden? Und ändert sich etwas bei der Mietzahlung durch das Jobcenter?

Danke und viele Grüße
Tanja Breidenbach"""),

L("en", 0, "clean", "Charlotte Meier <charlotte.meier@example.com>", "Furnished studio available in Bensberg",
"""Hello,

I'm a German landlord but my partner handles our emails, so this one is in English. We have a furnished studio (26 sqm) in Bensberg available from 1 June, 410 EUR all-inclusive. It would suit a young person in training or a student.

We heard about your programme from a neighbour. Could you let us know if you have someone suitable? We'd also like to know who to call if something comes up.

Best,
Charlotte Meier"""),

L("de", 0, "clean", "Gemeinnützige Baugenossenschaft Refrath (fiktiv) <info@bg-refrath.example.org>", "Mitgliedschaft für Ihre Mieter – Anteile",
"""Sehr geehrte Damen und Herren,

für die Wohnung in der Siebenmorgen (fiktiv), die wir Familie Hamdan angeboten haben, ist die Zeichnung von zwei Geschäftsanteilen (je 520 €) erforderlich. Die Familie hat uns mitgeteilt, dass sie dieses Geld nicht aufbringen kann.

Wir wissen aus anderen Fällen, dass Jobcenter die Anteile teilweise als Darlehen übernehmen. Könnten Sie das für die Familie klären? Wir halten die Wohnung bis zum 20. des Monats frei.

Mit freundlichen Grüßen
Vermietungsabteilung"""),

L("de", 0, "machine_translated", "Mohammed Al-Rashid <m.alrashid.invest@example.net>", "Angebot von Wohnungen",
"""Sehr geehrte Damen und Herren,

Ich bin ein Geschäftsmann aus Dubai, und ich habe in Deutschland gekauft ein Gebäude mit sechs Wohnungen in der Stadt Bergisch Gladbach. Ich habe gehört, dass es gibt viele Familien von Syrien und Irak, die suchen Wohnung. Ich möchte diese Wohnungen geben zu diesen Familien mit einem fairen Preis, weil es ist eine gute Tat.

Mein Anwalt in Köln wird Ihnen senden alle Dokumente. Bitte teilen Sie mir mit, wie viele Familien Sie haben.

Mit den besten Grüßen
Mohammed Al-Rashid"""),

L("de", 0, "oneliner", "Marion <marion.ke@example.com>", "Besichtigung",
"""Ich bin morgen erst ab 17 Uhr da, bitte Besichtigung verschieben. Marion Kessler (Wohnung Hebborn)"""),

L("de", 0, "clean", "Günther Hamacher <guenther.hamacher@example.org>", "Noch einmal zu meiner Wohnung in Schildgen",
"""Sehr geehrter Herr Krämer,

Sie waren im März bei mir und haben sich die Wohnung angesehen. Seitdem habe ich nichts mehr gehört. Ich halte die Wohnung jetzt seit sechs Wochen frei und habe Ausgaben. Haben Sie noch Interessenten? Wenn ich bis Ende April nichts höre, vermiete ich anderweitig.

Mit freundlichen Grüßen
Günther Hamacher"""),

L("de", 0, "clean", "Christine Wolter <christine.wolter@example.net>", "Übergabeprotokoll auf Arabisch?",
"""Hallo,

nächste Woche ist die Wohnungsübergabe an Familie Saleh. Gibt es das Übergabeprotokoll und die Hausordnung vielleicht auch auf Arabisch? Ich möchte sicher sein, dass die Familie alles versteht, was sie unterschreibt.

Freundliche Grüße
Christine Wolter"""),

L("de", 0, "html_only", "Lorenz Immobilien (fiktiv) <lorenz@lorenz-immobilien.example.com>", "Neue Objekte im Angebot",
"""Sehr geehrte Damen und Herren,

wie telefonisch besprochen, sende ich Ihnen unsere aktuellen Mietobjekte, bei denen die Eigentümer mit einer Vermietung über Ihr Programm einverstanden sind:

• Gronau, 2 Zi., 49 m², 445 € kalt, frei ab 01.02.
• Paffrath, 3 Zi., 73 m², 610 € kalt, frei ab 15.02.
• Refrath, 1 Zi., 31 m², 330 € kalt, frei ab sofort

Für alle Objekte gilt: keine Provision für Mieter.

Mit freundlichen Grüßen
Stefan Lorenz""", html="only"),

L("de", 0, "clean", "Margret Jansen <margret.jansen@example.com>", "Zweite Wohnung – wir machen weiter",
"""Liebe Frau Schneider,

nach den guten Erfahrungen mit Familie Osman möchten wir Ihnen auch unsere zweite Wohnung im Haus anbieten, die zum Sommer frei wird (Dachgeschoss, 2 Zimmer, 48 m², 420 € kalt). Vielleicht gibt es eine Familie, die sich mit den Osmans versteht – das wäre für alle schön.

Herzliche Grüße
Margret und Wilhelm Jansen"""),

L("de", 0, "hard_case", "Burkhard Vogel <burkhard.vogel@example.org>", "Sind Ihre Mieter versichert?",
"""Sehr geehrte Damen und Herren,

ich ziehe in Erwägung, meine Wohnung an einen Haushalt aus Ihrem Programm zu vermieten. Meine Bedingung wäre, dass der Mieter eine Haftpflicht- und Hausratversicherung hat. Übernimmt das Jobcenter diese Beiträge? Und gibt es von der Stadt eine Zusatzversicherung für Vermieter?

Mit freundlichen Grüßen
Burkhard Vogel"""),

L("de", 0, "clean", "Pfarrei St. Marien (fiktiv) – Verwaltungsleitung <vwl@st-marien-bensberg.example.org>", "Ehemaliges Schwesternhaus – Teilvermietung",
"""Sehr geehrte Damen und Herren,

im ehemaligen Schwesternhaus unserer Pfarrei in Bensberg stehen nach dem Auszug der Ordensgemeinschaft drei abgeschlossene Wohneinheiten leer (2 × 2 Zimmer, 1 × 3 Zimmer). Der Kirchenvorstand möchte diese zunächst befristet auf fünf Jahre an geflüchtete Menschen vermieten.

Wir würden gern mit Ihnen klären, wie die Auswahl der Mieterinnen und Mieter erfolgt und ob eine Begleitung durch Ihr Team möglich ist.

Mit freundlichen Grüßen
Thomas Heinen
Verwaltungsleitung""", enc="quoted-printable"),

L("de", 0, "clean", "Ralf Herweg <ralf.herweg@example.com>", "Mieter Herr Haidari – Kündigung von seiner Seite?",
"""Hallo Frau Yilmaz,

Herr Haidari hat mir einen Zettel in den Briefkasten geworfen, auf dem steht, dass er „zum nächsten Monat weg" ist. Eine schriftliche Kündigung mit Unterschrift habe ich nicht. Wissen Sie, was da los ist? Die Kündigungsfrist beträgt drei Monate.

Gruß
Ralf Herweg"""),

L("de", 0, "broken", "Wohnung Vermietung Nguyen <nguyen.vermietung@example.net>", "Angebot",
"""Xin chào, guten tag. Ich bin Frau Nguyen. Ich habe Wohnung über mein Geschäft (Nagelstudio) in Stadtmitte. 2 Zimmer, 50 qm, 480 warm. Ich vermiete gern an Frau allein oder Paar. Kein Hund. Danke schön"""),

L("de", 0, "formal", "Rechtsanwältin Dr. Sabine Krüger (fiktiv) <kanzlei.krueger@example.org>", "Nachlass Herbert K. – Vermietung zweier Wohnungen",
"""Sehr geehrte Damen und Herren,

als Testamentsvollstreckerin im Nachlass des verstorbenen Herrn Herbert K. verwalte ich unter anderem zwei Eigentumswohnungen in Bergisch Gladbach-Refrath (2 Zi., 57 m²; 3 Zi., 79 m²). Der Erblasser hat testamentarisch verfügt, dass beide Wohnungen „vorrangig an Menschen in Not" vermietet werden sollen.

Ich möchte diesem Wunsch entsprechen und bitte um Kontaktaufnahme, um das weitere Vorgehen abzustimmen.

Mit freundlichen Grüßen
Dr. Sabine Krüger
Rechtsanwältin""", attach=["Objektdaten_Refrath.pdf"]),

L("de", 0, "clean", "Frank Rosenbaum <frank.rosenbaum@example.net>", "Kaution ist nicht angekommen",
"""Guten Tag,

Familie Sharifi wohnt seit 1. März in meiner Wohnung. Laut Mietvertrag sollte die Kaution (1.440 €) bis zum Mietbeginn gezahlt werden. Die Familie sagt, das Jobcenter habe das Darlehen bewilligt, auf meinem Konto ist aber noch nichts. Wo kann ich nachfragen?

Mit freundlichen Grüßen
Frank Rosenbaum"""),

L("de", 0, "oneliner", "Jutta F. <jutta.f@example.org>", "Whg. Paffrath",
"""Ist die Wohnung Paffrath schon vergeben? Sonst bitte Vorschlag schicken."""),

L("de", 0, "clean", "Thorsten Albrecht <thorsten.albrecht@example.com>", "Renovierungsbedürftige Wohnung gegen Eigenleistung",
"""Hallo,

ich habe eine Wohnung in Heidkamp, die renoviert werden muss (Tapeten, Böden, Anstrich). Ich könnte sie für zwei Jahre sehr günstig vermieten (350 € kalt für 65 m²), wenn der Mieter die Malerarbeiten selbst übernimmt; das Material zahle ich.

Wäre das für jemanden aus Ihrem Programm interessant? Vielleicht gibt es handwerklich begabte Leute.

Grüße
Thorsten Albrecht"""),

L("de", 0, "clean", "Wohnungsgenossenschaft Gladbach-Süd (fiktiv) <vermietung@wg-gladbach-sued.example.org>", "Wohnungsangebot Familie Rezaei – Frist",
"""Sehr geehrte Damen und Herren,

wir haben der von Ihnen vorgeschlagenen Familie Rezaei am 3. des Monats eine 4-Zimmer-Wohnung in Frankenforst angeboten. Leider haben wir bis heute keine Rückmeldung erhalten. Da wir die Wohnung nicht unbegrenzt freihalten können, bitten wir um eine Entscheidung bis kommenden Montag.

Mit freundlichen Grüßen
Vermietung""", html="alt"),

L("de", 0, "machine_translated", "Chen Wei <chen.wei.gl@example.com>", "Wohnung zu vermieten",
"""Sehr geehrte Damen und Herren,

Ich besitze eine Wohnung in Bergisch Gladbach Refrath. Ich habe gesehen auf der Website der Stadt, dass Sie brauchen Wohnungen für Flüchtlinge. Meine Wohnung ist 2 Zimmer, 52 Quadratmeter, mit Balkon und Aufzug. Die Miete ist 520 Euro warm.

Ich arbeite in Frankfurt und habe nicht viel Zeit. Können Sie machen die Auswahl von Mieter für mich? Ich vertraue Ihnen.

Vielen Dank
Chen Wei"""),

L("de", 0, "clean", "Brigitte Schumacher <brigitte.schumacher@example.net>", "Mieterin Frau Ali ist schwanger – größere Wohnung im Haus",
"""Liebe Frau Becker,

meine Mieterin, Frau Ali, erwartet ihr zweites Kind. Die jetzige Wohnung (2 Zimmer) wird dann eng. Im Erdgeschoss wird zum Herbst eine 3-Zimmer-Wohnung frei, die ich ihr gern anbieten würde. Die Miete wäre 120 € höher.

Könnten Sie mit ihr besprechen, ob das für sie passt und ob das Jobcenter das mitträgt?

Herzliche Grüße
Brigitte Schumacher"""),

L("de", 0, "reply", "Hubert Klasen <hubert.klasen@example.com>", "AW: Ihre Fragen zur Absicherung",
"""Sehr geehrte Frau Schneider,

vielen Dank für die ausführliche Antwort zum Mietausfallfonds. Damit bin ich beruhigt. Ich stelle Ihnen meine Wohnung in Moitzfeld zur Verfügung; bitte schicken Sie mir Vorschläge. Die Wohnung ist ab 1. Juli frei.

Mit freundlichen Grüßen
Hubert Klasen

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 2. Juni 2025 11:47
An: Hubert Klasen
Betreff: Ihre Fragen zur Absicherung

Sehr geehrter Herr Klasen,
gern beantworte ich Ihre Fragen: ...""", date="2025-06-03 08:55"),

L("de", 0, "clean", "Doris Lemke <doris.lemke@example.org>", "Eigentümerversammlung hat Bedenken",
"""Guten Tag,

ich möchte meine Eigentumswohnung in Hand an eine Familie aus Ihrem Programm vermieten. Bei der Eigentümerversammlung haben zwei Miteigentümer Bedenken geäußert („zu viele Leute, Lärm"). Rechtlich können sie es mir nicht verbieten, aber ich möchte Frieden im Haus.

Gibt es von Ihrer Seite Informationsmaterial oder könnte jemand bei der nächsten Versammlung kurz erklären, wie die Begleitung funktioniert?

Freundliche Grüße
Doris Lemke"""),

L("de", 0, "clean", "Wilfried Engels <wilfried.engels@example.net>", "Wohnung wird zum Jahresende frei",
"""Sehr geehrte Damen und Herren,

zum 31.12. wird meine Wohnung in Romaney frei (3 Zimmer, 68 m², Gasheizung, Balkon, Keller). Miete 590 € kalt, NK 170 €, Heizkosten ca. 80 €. Ich würde gern wieder an eine Familie vermieten, die Sie begleiten – das letzte Mal hat das gut geklappt (Familie Mohammadi, die jetzt in ein Haus gezogen sind).

Mit freundlichen Grüßen
Wilfried Engels"""),

L("de", 0, "broken", "Serkan Aydın <serkan.aydin@example.com>", "Mieter Problem",
"""Hallo,
mein Mieter Herr Nazari hat Untermieter reingenommen ohne Frage. Jetzt wohnen 5 Leute in 2 Zimmer. Nachbarn beschweren. Das geht nicht so. Bitte sprechen mit ihm, sonst ich muss kündigen. Ich will nicht Streit.
Serkan Aydın"""),

L("de", 0, "clean", "Sparkassen-Immobilienvermittlung (fiktiv) <vermietung@spk-immo.example.com>", "Mietinteressenten für 2 Wohnungen in Paffrath gesucht",
"""Sehr geehrte Damen und Herren,

im Auftrag einer Eigentümergemeinschaft vermitteln wir zwei baugleiche Wohnungen in Paffrath (je 2 Zimmer, 53 m², 1. und 2. OG, Balkon, Baujahr 1994). Kaltmiete jeweils 470 €, Nebenkosten 150 €, Heizkosten 70 €. Die Eigentümer sind offen für Mieter im Leistungsbezug.

Besichtigungen koordinieren wir gern mit Ihnen.

Mit freundlichen Grüßen
Ihr Vermietungsteam""", attach=["Exposé_Paffrath.pdf"]),

L("de", 0, "phone", "Elisabeth Roggendorf <e.roggendorf@example.org>", "Telefonat von heute",
"""Hallo Frau Yilmaz,

wie telefonisch besprochen hier meine Daten: Wohnung in Herkenrath, 2 Zimmer, 50 m², 460 € warm, frei ab 1.5. Schlüssel bei mir, Besichtigung nach Absprache (02204 23453).

Viele Grüße
Elisabeth Roggendorf"""),

L("de", 0, "clean", "Ralph Dietz <ralph.dietz@example.com>", "Mietvertrag läuft aus – Verlängerung?",
"""Hallo Herr Krämer,

der befristete Mietvertrag mit Familie Jafari endet am 31. August. Ich würde ihn gern in einen unbefristeten umwandeln, da alles gut läuft. Muss die Familie dafür erneut eine Zusicherung vom Jobcenter einholen, oder reicht es, den neuen Vertrag vorzulegen?

Gruß
Ralph Dietz"""),

L("de", 0, "clean", "Gudrun Wagner <gudrun.wagner@example.net>", "Haben Sie Mieter für eine kleine Wohnung mit Garten?",
"""Hallo,

unsere Souterrainwohnung in Lückerath (2 Zimmer, 45 m², eigener Gartenanteil) ist ab nächstem Monat frei. Wir hätten gern eine ruhige Person oder ein Paar. Miete 420 € warm. Haustiere (Katze) wären in Ordnung.

Viele Grüße
Gudrun Wagner"""),

L("de", 0, "hard_case", "Klaus Wehner <klaus.wehner@example.org>", "Vermieten an Geflüchtete – was muss ich wissen?",
"""Guten Tag,

ich lese oft, dass Vermieter gesucht werden, die an Geflüchtete vermieten. Bevor ich mich für meine Wohnung in Gronau entscheide, würde ich gern wissen: Wie lange dürfen Ihre Mieter in Deutschland bleiben? Was passiert mit dem Mietvertrag, wenn jemand abgeschoben wird? Und haftet dann jemand für die Miete?

Ich frage nicht aus Vorurteil, sondern weil ich kalkulieren muss.

Mit freundlichen Grüßen
Klaus Wehner"""),

L("de", 0, "clean", "Heimatverein Moitzfeld (fiktiv) – Hausverwaltung <hausverwaltung@heimatverein-moitzfeld.example.org>", "Wohnung im Vereinshaus",
"""Sehr geehrte Damen und Herren,

im Obergeschoss unseres Vereinshauses befindet sich eine kleine Hausmeisterwohnung (2 Zimmer, 44 m²), die seit dem Auszug unseres langjährigen Hausmeisters leer steht. Der Vorstand würde sie gern an eine Person oder ein Paar vermieten, die im Gegenzug kleinere Hausmeistertätigkeiten übernehmen (Rasen mähen, Mülltonnen rausstellen) – gegen eine entsprechende Mietminderung.

Ist so etwas über Sie möglich?

Mit freundlichen Grüßen
Der Vorstand"""),

L("de", 0, "clean", "Yvonne Bergmann <yvonne.bergmann@example.com>", "Rückfrage: Dolmetscher für Mietvertragsgespräch",
"""Hallo Frau Schneider,

ich möchte am Freitag den Mietvertrag mit Familie Tesfay unterschreiben. Gibt es die Möglichkeit, dass ein Dolmetscher für Tigrinya dabei ist? Ich möchte, dass die Familie wirklich versteht, was drin steht, insbesondere die Regelung zu Schönheitsreparaturen.

Viele Grüße
Yvonne Bergmann"""),
]
