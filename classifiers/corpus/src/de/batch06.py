"""Batch 06: landlord_offer, second set (follow-ups, companies, guarantees, English)."""
from mailwriter import L

MAILS = [
L("de", 0, "clean", "Andreas Pütz <andreas.puetz@example.net>", "Wohnung in Herkenrath – Fotos anbei",
"""Guten Tag,

wie heute Vormittag mit Ihrer Kollegin am Telefon besprochen, schicke ich Ihnen Fotos und den Grundriss unserer Wohnung in Herkenrath. Eckdaten: 3 Zimmer, 76 m², 1. OG, Balkon, Stellplatz, 650 € kalt, 180 € Nebenkosten, Heizung über Gas (ca. 90 €).

Die Wohnung ist ab 1. September frei. Besichtigungen gern am Wochenende.

Beste Grüße
Andreas Pütz

Von meinem iPhone gesendet""", attach=["Grundriss.png", "Wohnzimmer.jpg"]),

L("en", 0, "clean", "Katharina Wendt <katharina.wendt@example.com>", "Flat in Refrath for a refugee family",
"""Dear integration team,

my husband is British, so I'm writing in English so he can follow along – hope that's OK!

We own a 3-bedroom flat in Refrath (84 sqm, ground floor, small garden) that becomes vacant on 1 March. We would like to rent it to a refugee family through your programme. Rent would be 750 EUR cold plus approx. 220 EUR service charges; we're flexible if the Jobcenter limit is lower.

Could you tell us about the next steps and whether you do the tenant selection or we do?

Kind regards,
Katharina & Daniel Wendt"""),

L("de", 0, "hard_case", "Georg Baumann <georg.baumann@example.org>", "Nur eine Frage vorab",
"""Hallo,

ich habe nur eine Frage vorab, bevor ich überhaupt über eine Vermietung nachdenke: Wenn ein Mieter, den Sie vermitteln, die Wohnung beschädigt oder Mietschulden macht – steht die Stadt dafür ein, ja oder nein?

Danke für eine kurze Antwort.
G. Baumann"""),

L("de", 0, "reply", "Sigrid Lammers <sigrid.lammers@example.net>", "Re: Vermittlung Frau Tesfay – erste Erfahrungen",
"""Liebe Frau Schneider,

danke für Ihre Nachfrage. Ja, Frau Tesfay hat sich gut eingelebt. Nur die Heizung dreht sie sehr hoch und lüftet wenig, ich habe etwas Sorge wegen Schimmel im Bad. Vielleicht können Sie ihr das bei Gelegenheit noch einmal erklären, bei mir nickt sie immer nur freundlich.

Ansonsten alles bestens.

Herzliche Grüße
Sigrid Lammers

Am 02.12.2025 um 10:15 schrieb Integration Wohnen:
> Liebe Frau Lammers,
> Frau Tesfay wohnt nun seit drei Monaten bei Ihnen. Wir würden uns freuen, von Ihren
> Erfahrungen zu hören. Gibt es Fragen oder Anliegen?
> Mit freundlichen Grüßen
> Schneider""", date="2025-12-03 09:47"),

L("de", 0, "formal", "Bergische Wohnstätten eG (fiktiv) <mitgliederservice@bergische-wohnstaetten.example.com>", "Kooperationsanfrage: Belegung von Wohnungen",
"""Sehr geehrte Damen und Herren,

unsere Genossenschaft verfügt über rund 1.100 Wohnungen in Bergisch Gladbach, Overath und Rösrath. Der Vorstand hat beschlossen, jährlich ein Kontingent von bis zu 10 frei werdenden Wohnungen für Haushalte aus städtischen Unterkünften zur Verfügung zu stellen, sofern eine soziale Begleitung in den ersten zwölf Monaten gewährleistet ist.

Wir würden gern mit Ihnen eine Kooperationsvereinbarung abschließen und schlagen ein Gespräch im kommenden Monat vor. Bitte nennen Sie uns mögliche Termine.

Mit freundlichen Grüßen

Dipl.-Kfm. Frank Oberhausen
Vorstand
Bergische Wohnstätten eG (fiktiv)
Registergericht: Amtsgericht Köln, GnR 0000 (fiktiv)""", enc="quoted-printable"),

L("de", 0, "oneliner", "Heike Brandenburg <heike.brandenburg@example.com>", "Wohnung frei",
"""Wohnung frei, Moitzfeld, 2 Zimmer, 55 qm. Wer ist Ansprechpartner bei Ihnen? Gruß Heike B."""),

L("de", 0, "clean", "Bernhard Kaul <bernhard.kaul@example.org>", "Mietzahlung seit 2 Monaten unvollständig",
"""Sehr geehrte Damen und Herren,

seit August erhalte ich von meinen Mietern, der Familie Hamidi (von Ihnen vermittelt), statt 820 € nur noch 690 € Miete. Herr Hamidi sagt, das Jobcenter zahle nur noch diesen Betrag, weil er jetzt mehr verdient. Den Rest müsse er selbst überweisen, vergesse es aber offenbar.

Ich möchte die Sache gütlich klären, bevor ich mahne. Könnten Sie bitte mit Herrn Hamidi sprechen und ihm helfen, einen Dauerauftrag für die Differenz einzurichten?

Mit freundlichen Grüßen
Bernhard Kaul"""),

L("de", 0, "broken", "Nikolaos Papadopoulos <n.papadopoulos@example.net>", "Zimmer frei",
"""Hallo,
ich habe Restaurant in Bensberg und oben über Restaurant zwei Zimmer mit Dusche. Früher wohnte mein Koch dort, jetzt frei. Vielleicht für zwei junge Männer? Miete 300 pro Person alles inkl. Wenn einer will arbeiten in Küche auch gut!
Nikos"""),

L("de", 0, "clean", "Beate Sander <beate.sander@example.com>", "Bitte um Rückruf – Wohnung in Gronau",
"""Guten Tag,

ich habe Ihren Aufruf im Stadtanzeiger gelesen. Wir haben eine 2-Zimmer-Wohnung in Gronau, die wir gern zur Verfügung stellen würden. Bevor ich alle Details aufschreibe, hätte ich lieber ein kurzes Telefonat, um zu verstehen, wie das funktioniert.

Sie erreichen mich unter 02202 23459 (vormittags).

Mit freundlichen Grüßen
Beate Sander"""),

L("de", 0, "machine_translated", "Ahmet Yılmaz <ahmet.yilmaz.immo@example.com>", "Über die Vermietung meiner Wohnung",
"""Sehr geehrte Damen und Herren,

Ich habe gekauft eine Wohnung in Bergisch Gladbach im vergangenen Jahr als Investition, aber ich lebe in Istanbul. Mein Verwalter hat mir gesagt, dass die Stadt hat ein Programm, wo sie finden Mieter und helfen bei Problemen.

Die Wohnung ist 3 Zimmer und 71 Quadratmeter in Stadtteil Hand. Ich möchte gerne sie vermieten an eine Familie für eine lange Zeit, weil ich nicht möchte jedes Jahr wechseln die Mieter.

Bitte kontaktieren Sie meinen Verwalter Herrn Keller, Telefon 02202 23450.

Mit freundlichen Grüßen
Ahmet Yılmaz"""),

L("de", 0, "clean", "Hausverwaltung Rhein-Sieg Immo (fiktiv) <verwaltung@rsi-hv.example.com>", "Mieter Herr Jaber – Lärmbeschwerden",
"""Sehr geehrte Damen und Herren,

wir verwalten das Objekt in der Odenthaler Straße (fiktiv), in dem Herr Hassan Jaber seit diesem Frühjahr wohnt. Nach unseren Unterlagen wurde der Mietvertrag über Ihr Auszugsmanagement vermittelt.

In den letzten Wochen sind mehrere Beschwerden wegen nächtlicher Ruhestörung (laute Telefonate, Besuch nach 22 Uhr) eingegangen. Bevor wir eine Abmahnung aussprechen, möchten wir Ihnen die Gelegenheit geben, mit Herrn Jaber zu sprechen, da er uns gegenüber angab, die Hausordnung nicht vollständig zu verstehen.

Mit freundlichen Grüßen
Objektbetreuung""", html="alt"),

L("de", 0, "clean", "Thea Mertens <thea.mertens@example.net>", "Wir haben ein Tiny House…",
"""Hallo liebes Team,

vielleicht eine ungewöhnliche Anfrage: Wir haben auf unserem Grundstück in Romaney ein Tiny House (24 m², Küche, Bad, Holzofen + Elektroheizung) gebaut, das eigentlich als Gästehaus gedacht war. Es steht die meiste Zeit leer.

Käme so etwas für eine Einzelperson aus einer Unterkunft infrage? Und würde das Jobcenter so eine Miete anerkennen?

Liebe Grüße
Thea Mertens"""),

L("de", 0, "formal", "Immobilienmakler Breuer & Söhne (fiktiv) <office@breuer-immo.example.com>", "Angebot: 5-Zimmer-Haushälfte für Großfamilie",
"""Sehr geehrte Damen und Herren,

wir vermitteln im Auftrag einer Eigentümerin eine Doppelhaushälfte in Bergisch Gladbach-Katterbach: 5 Zimmer, 118 m² Wohnfläche, Garten, Keller, Baujahr 1965, Gasheizung (erneuert 2019). Kaltmiete 1.150 €, Nebenkosten ca. 300 €.

Die Eigentümerin hat uns gebeten, gezielt Großfamilien zu berücksichtigen, da diese es auf dem Markt besonders schwer haben. Uns ist bewusst, dass die Miete die üblichen Angemessenheitsgrenzen übersteigen könnte; die Eigentümerin ist gesprächsbereit.

Anbei das Exposé. Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Lukas Breuer
Geprüfter Immobilienmakler (IHK)""", attach=["Exposé_Katterbach.pdf"]),

L("de", 0, "oneliner", "Peter Janssen <peter.janssen@example.com>", "Re: Wohnung Schildgen",
"""Ja, Besichtigung Samstag 11 Uhr passt. Gruß Janssen"""),

L("de", 0, "clean", "Christa Borgmann <christa.borgmann@example.org>", "Mietvertrag – Muster?",
"""Guten Tag Frau Becker,

ich habe mich entschieden, meine Wohnung an Frau Hosseini zu vermieten. Haben Sie einen Mustermietvertrag, den Sie empfehlen? Beim letzten Mal hatte ich einen vom Haus- und Grundbesitzerverein, aber der ist sicher veraltet.

Und muss ich für das Jobcenter etwas Besonderes in den Vertrag schreiben?

Viele Grüße
Christa Borgmann"""),

L("de", 0, "hard_case", "Detlef Krause <detlef.krause@example.net>", "Ihre Flüchtlinge",
"""Sehr geehrte Damen und Herren,

mein Nachbar vermietet seit einem Jahr an eine syrische Familie über Ihr Programm und ist sehr zufrieden. Ich habe selbst eine Wohnung, die ich aus Angst vor Mietnomaden seit zwei Jahren leer stehen lasse.

Wenn Sie mir garantieren können, dass ich bei Problemen schnell einen Ansprechpartner habe, würde ich es versuchen. Schicken Sie mir bitte Informationen.

Detlef Krause"""),

L("de", 0, "clean", "Ingeborg Schulte <ingeborg.schulte@example.com>", "Mieterin verstorben? – Bitte um Hilfe",
"""Sehr geehrte Frau Yilmaz,

ich habe eine traurige Nachricht gehört: Der Ehemann meiner Mieterin Frau Karimi soll letzte Woche gestorben sein. Ich möchte der Familie gern helfen und frage mich, ob die Miete weiterhin vom Jobcenter übernommen wird und ob ich etwas tun kann. Ich will die Familie in dieser Situation nicht selbst mit Fragen belästigen.

Mit freundlichen Grüßen
Ingeborg Schulte"""),

L("de", 0, "broken", "Mirela Popović <mirela.popovic@example.net>", "Wohnung vermieten Lückerath",
"""Guten Tag, mein Mann und ich haben Wohnung in Lückerath gekauft für Rente. Jetzt wir wollen vermieten. 2 Zimmer, 60 m2, Miete 550 und Nebenkosten 150. Wir haben gehört Stadt hat Leute die suchen. Wir möchten gute Familie, ruhig, keine Raucher bitte. Was müssen wir machen?
Mirela"""),

L("de", 0, "forward", "Karl-Heinz Brandt <kh.brandt@example.org>", "Fwd: Ihre Anfrage beim Haus & Grund",
"""Sehr geehrte Damen und Herren,

Haus & Grund hat mich an Sie verwiesen (siehe unten). Ich habe eine Zweizimmerwohnung in Gronau zu vermieten und würde das gern mit Ihrer Begleitung tun. Wann können wir sprechen?

Mit freundlichen Grüßen
Karl-Heinz Brandt

-------- Weitergeleitete Nachricht --------
Betreff: Ihre Anfrage
Datum: Tue, 17 Jun 2025 11:20:03 +0200
Von: Beratung Haus & Grund (fiktiv) <beratung@hug-rb.example.org>
An: kh.brandt@example.org

Sehr geehrter Herr Brandt,
zu Ihrer Frage nach der Vermietung an Geflüchtete empfehlen wir Ihnen, sich direkt an das Auszugsmanagement der Stadt Bergisch Gladbach zu wenden (integration-wohnen@stadt-gl.de). Dort erhalten Sie Informationen zu Mietübernahme und Begleitung.
Mit freundlichen Grüßen""", date="2025-06-18 08:33"),

L("de", 0, "clean", "Sozialraum Wohnen GmbH (fiktiv) <vermietung@sozialraum-wohnen.example.com>", "Neubau mit Belegungsbindung: Vorschläge erwünscht",
"""Guten Tag,

in unserem Neubau in Heidkamp werden im Frühjahr 12 Wohnungen mit Belegungsbindung fertig. Davon möchten wir 3 Wohnungen (2 × 2 Zi., 1 × 4 Zi.) gezielt an Haushalte aus Ihrem Auszugsmanagement vergeben.

Die Übergabe ist für den 1. April geplant. Können Sie uns bis Ende Januar geeignete Haushalte nennen? Die Anforderungen (WBS, Einkommensgrenzen) finden Sie im angehängten Merkblatt.

Freundliche Grüße
Nina Walter
Vermietung & Sozialmanagement""", attach=["Merkblatt_Belegung.pdf"]),

L("de", 0, "other", "Elfriede Hagen <elfriede.hagen@example.net>", "Dankeschön und Weihnachtsgrüße",
"""Liebe Frau Schneider,

ich wollte Ihnen zu Weihnachten einmal danken. Seit letztem Jahr wohnt Familie Nazari in meiner Wohnung, und es ist für mich wie eine zweite Familie geworden. Die Kinder bringen mir die Zeitung hoch und Frau Nazari hat mir neulich Suppe gebracht, als ich krank war.

Wenn meine Nachbarin im Frühjahr ins Heim zieht, wird ihre Wohnung frei. Ich habe ihrem Sohn schon von Ihnen erzählt!

Frohe Weihnachten
Elfriede Hagen""", date="2025-12-20 15:22"),

L("de", 0, "clean", "Michael Scholz <michael.scholz@example.com>", "Wie funktioniert die Direktzahlung?",
"""Hallo,

ich habe Herrn Mirzaei als Mieter ausgewählt (Besichtigung war über Sie). Er sagt, das Jobcenter überweist die Miete direkt an mich. Muss ich dafür etwas unterschreiben oder meine Bankverbindung irgendwo angeben? Im Mietvertrag steht mein Konto DE00 0000 0000 0000 0000 00 (natürlich richtig ausgefüllt).

Gruß
Michael Scholz"""),

L("en", 0, "reply", "Martin Hesse <martin.hesse@example.net>", "Re: Your apartment in Bensberg",
"""Hi,

thanks for getting back to me. Yes, the apartment is still available. The Jobcenter cap you mentioned (approx. 590 EUR gross cold rent for two people) works for me – I can reduce the rent to 580.

I'll be in Germany from 12 to 20 May, so viewings would have to happen then. Please send me the profiles of the households you have in mind.

Cheers,
Martin

On Tue, 29 Apr 2025 at 10:41, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Dear Mr Hesse,
> thank you for offering your apartment. For a two-person household the Jobcenter
> usually accepts a gross cold rent of up to approx. 590 EUR. Would that be possible for you?
> Kind regards""", date="2025-04-29 21:15"),

L("de", 0, "clean", "Annegret Lohmar <annegret.lohmar@example.org>", "Einzimmerwohnung Stadtmitte",
"""Guten Tag,

unsere Einzimmerwohnung in der Stadtmitte (29 m², Kochnische, Duschbad, 5. Etage mit Aufzug) wird zum 1. Oktober frei. Warmmiete 430 €. Sie ist ideal für einen Studenten oder Berufstätigen.

Wir haben gehört, dass Sie jungen Geflüchteten bei der Wohnungssuche helfen. Wenn Sie jemanden haben, schicken Sie uns gern einen Vorschlag.

Mit freundlichen Grüßen
Annegret und Hubert Lohmar"""),

L("de", 0, "html_only", "Stefanie Roos <stefanie.roos@example.com>", "Vermietung an Familie – Fragen",
"""Hallo,

wir haben eine 4-Zimmer-Wohnung in Paffrath und sind bereit, an eine geflüchtete Familie zu vermieten. Drei Fragen:
1. Wie viele Personen dürfen auf 90 m² wohnen?
2. Zahlt das Jobcenter auch eine Staffelmiete?
3. Gibt es eine Ansprechperson, falls es Verständigungsprobleme gibt?

Danke und viele Grüße
Stefanie Roos""", html="only"),

L("de", 0, "clean", "Paul Weinberg <paul.weinberg@example.net>", "Rückmeldung zu Herrn Abdullahi",
"""Hallo Herr Krämer,

kurzes Feedback: Herr Abdullahi ist seit 1. Juni mein Mieter. Er hat mir gestern gesagt, dass er eine Arbeit in München gefunden hat und Ende des Jahres ausziehen möchte. Schade, aber so ist das.

Ich würde die Wohnung gerne wieder über Sie vermieten. Können wir das schon jetzt planen?

Grüße
Paul Weinberg"""),

L("de", 0, "oneliner", "Wilma Kreuer <wilma.kreuer@example.com>", None,
"""Guten Tag, wir hätten eine Wohnung abzugeben. Wen kann ich anrufen? W. Kreuer"""),

L("de", 0, "clean", "Helmut Brenner <helmut.brenner@example.org>", "Sicherheit bei Mietausfall – Mietausfallfonds?",
"""Sehr geehrte Damen und Herren,

bei der Infoveranstaltung des Haus- und Grundbesitzervereins wurde ein Mietausfallfonds der Stadt erwähnt. Ich würde gern wissen, ob es diesen Fonds tatsächlich gibt, welche Schäden er abdeckt (Mietausfall, Renovierung, Rechtsanwaltskosten?) und wie lange die Absicherung gilt.

Von der Antwort hängt ab, ob ich meine zwei Wohnungen in Hebborn über Ihr Programm vermiete.

Mit freundlichen Grüßen
Helmut Brenner""", charset="windows-1252", enc="8bit"),

L("de", 0, "broken", "Rafael Santos <rafael.santos@example.com>", "Zimmer in meine Haus",
"""Olá, Guten Tag,
ich bin Rafael, ich wohne in Refrath mit meine Frau. Wir haben Zimmer frei mit eigene Bad, für Frau oder Mutter mit Kind. 350 Euro. Wir sprechen Portugiesisch, Englisch, bisschen Deutsch. Vielleicht gibt es Frau aus Angola oder Brasil die sucht? 
Obrigado
Rafael"""),

L("de", 0, "formal", "Kreissparkasse Immobilien (fiktiv) <immobilien.vermietung@ksk-immo.example.com>", "Vermietung aus Bestandsverwaltung",
"""Sehr geehrte Damen und Herren,

im Rahmen unserer Bestandsverwaltung betreuen wir im Stadtgebiet Bergisch Gladbach mehrere Wohneinheiten von Privateigentümern. Aktuell stehen zwei Wohnungen (Bensberg, 2 Zi./54 m²; Stadtmitte, 3 Zi./71 m²) zur Neuvermietung an, deren Eigentümer einer Vermietung an Haushalte im Leistungsbezug offen gegenüberstehen.

Wir würden gern über Sie geeignete Mietinteressenten kennenlernen. Die Unterlagen zu den Objekten übersenden wir nach Rückmeldung.

Mit freundlichen Grüßen
Immobilienvermietung
(Diese E-Mail wurde automatisch auf Viren geprüft.)""", enc="base64"),

L("de", 0, "clean", "Lisa Wagner <lisa.wagner@example.net>", "Unser Mieter möchte seine Frau nachholen",
"""Hallo Frau Becker,

Herr Amanuel, der seit einem Jahr in unserer kleinen Wohnung wohnt, hat erzählt, dass seine Frau und sein Kind bald nachkommen dürfen. Die Wohnung hat nur 35 m². Wir haben im selben Haus eine 3-Zimmer-Wohnung, die im Herbst frei wird. Könnte die Familie dorthin umziehen? Wie läuft das dann mit dem Jobcenter?

Liebe Grüße
Lisa Wagner"""),

L("de", 0, "clean", "Gerhard Offermann <gerhard.offermann@example.com>", "Wohnung wieder frei – Herr Nouri ausgezogen",
"""Sehr geehrte Damen und Herren,

Herr Nouri ist gestern ausgezogen, die Übergabe verlief ohne Probleme. Er hat die Wohnung besenrein und in gutem Zustand hinterlassen. Die Kaution habe ich auf sein Konto zurücküberwiesen – oder muss sie an das Jobcenter gehen, weil es ein Darlehen war?

Die Wohnung ist ab sofort wieder frei. Gern wieder über Sie.

Mit freundlichen Grüßen
Gerhard Offermann"""),

L("de", 0, "machine_translated", "Svitlana Moroz <svitlana.moroz@example.org>", "Vermieten eines Zimmers",
"""Guten Tag,

Ich bin aus der Ukraine und wohne schon zwei Jahre in Bergisch Gladbach. Jetzt ich habe gekauft mit meinem Mann ein kleines Haus in Schildgen und wir haben ein freies Zimmer mit eigenem Eingang. Wir möchten helfen einer Frau aus der Ukraine oder anderem Land, die lebt in der Unterkunft, weil wir wissen, wie schwer es ist.

Der Preis ist 280 Euro mit allen Kosten. Bitte schreiben Sie mir, was ich muss tun.

Mit freundlichen Grüßen
Svitlana Moroz"""),

L("de", 0, "clean", "Jan-Philipp Dreher <jp.dreher@example.net>", "Renovierte Wohnung – Kooperation",
"""Hallo,

ich renoviere Bestandsimmobilien und vermiete sie anschließend. Zwei Wohnungen in Gronau werden Ende März fertig (je 2 Zimmer, ca. 50 m², neue Bäder, Laminat, Einbauküche). Ich habe kein Problem mit Mietern, deren Miete das Jobcenter zahlt, solange es einen verlässlichen Ansprechpartner gibt.

Können wir telefonieren? 0170 23456543.

Beste Grüße
Jan-Philipp Dreher"""),

L("de", 0, "hard_case", "Angelika Roth <angelika.roth@example.org>", "Ich habe gehört, Sie suchen Vermieter",
"""Guten Tag,

meine Tochter engagiert sich in der Flüchtlingshilfe und hat mir von Ihnen erzählt. Ich besitze eine kleine Wohnung in Bensberg, die im Moment meine Enkelin bewohnt, die aber im Sommer zum Studium nach Aachen zieht.

Ich weiß noch nicht, ob ich die Wohnung danach verkaufe oder vermiete. Könnten Sie mir Informationen schicken, damit ich mich entscheiden kann? Mir geht es vor allem darum, was passiert, wenn der Mieter die Miete nicht zahlt.

Freundliche Grüße
Angelika Roth"""),

L("de", 0, "clean", "Oliver Brückmann <oliver.brueckmann@example.com>", "Besichtigung mit Familie Sadat – Termin bestätigt",
"""Hallo Frau Schneider,

hiermit bestätige ich den Besichtigungstermin mit Familie Sadat am Donnerstag, 17 Uhr, in der Wohnung in Frankenforst (Klingel: Brückmann/Leerstand). Ich bringe das Formular Mietangebot für das Jobcenter schon ausgefüllt mit, falls es passt.

Viele Grüße
Oliver Brückmann"""),

L("de", 0, "clean", "Dorothea Funke <dorothea.funke@example.net>", "Erfahrungen – und eine Bitte",
"""Sehr geehrte Damen und Herren,

seit eineinhalb Jahren vermiete ich eine Wohnung an Familie Hosseini, vermittelt durch Sie. Die Zusammenarbeit war anfangs schwierig (Mülltrennung, Lüften), inzwischen klappt alles gut.

Meine Bitte: Im Juni steht die Nebenkostenabrechnung an, und es wird eine Nachzahlung von ca. 400 € geben. Ich weiß, dass die Familie das nicht auf einmal zahlen kann. Übernimmt das Jobcenter so etwas? Soll ich die Abrechnung direkt dorthin schicken?

Mit freundlichen Grüßen
Dorothea Funke"""),

L("de", 0, "oneliner", "Sven <sven.k.gl@example.com>", "1-Zimmer-Apartment",
"""1-Zi-Apartment in Gronau ab 1.4. frei, 360 warm, nur an Einzelperson. Interesse?

Gesendet von Outlook für Android"""),

L("de", 0, "clean", "Caritas-Stiftung Wohnen (fiktiv) <stiftung-wohnen@example.org>", "Stiftungswohnungen für Alleinerziehende",
"""Sehr geehrte Damen und Herren,

unsere Stiftung besitzt in Bergisch Gladbach sechs Wohnungen, die satzungsgemäß an Alleinerziehende mit geringem Einkommen vermietet werden. Zwei dieser Wohnungen (Hebborn, je 3 Zimmer) werden in diesem Jahr frei.

Wir möchten gern Mütter oder Väter aus Ihren Unterkünften berücksichtigen. Die Mieten liegen unter den Angemessenheitsgrenzen. Bitte lassen Sie uns wissen, wie wir zusammenarbeiten können.

Mit freundlichen Grüßen
Stiftungsvorstand""", html="alt"),

L("de", 0, "clean", "Ute Gierlich <ute.gierlich@example.com>", "Wohnung noch frei? Nein – schon vermietet",
"""Hallo,

ich hatte Ihnen im Februar meine Wohnung in Refrath angeboten. Nur zur Info: Ich habe sie jetzt privat an eine Kollegin meines Sohnes vermietet. Bitte streichen Sie mich von Ihrer Liste für diese Wohnung.

Ich habe aber noch eine Garage-Dachwohnung in Planung und melde mich, wenn sie fertig ist.

Gruß
Ute Gierlich"""),

L("en", 0, "clean", "Robert Ackermann <r.ackermann@example.net>", "Question about guarantees before renting",
"""Hello,

I'm a landlord in Bergisch Gladbach (German, but living in the Netherlands, so excuse the English). Before I decide whether to rent my 2-room flat in Gronau through your programme, I would like to understand:

- Does the city provide any guarantee (Mietbürgschaft) for rent arrears?
- Is the deposit paid by the Jobcenter, and is it transferred directly to me?
- Who do I contact if there are problems with the tenant?

Thanks in advance,
Robert Ackermann"""),
]
