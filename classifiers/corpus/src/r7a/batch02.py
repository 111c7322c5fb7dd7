"""r7a batch 02: German landlord_offer (short replies to the team's proposals, viewing logistics, contract and
Kaution questions, placed tenants' problems, phone-number-only offers, heirs, a parish, an employer, a cooperative;
several by non-native writers)."""
from mailwriter import L

MAILS = [
L("de", 0, "reply", "Ursula Dahmen <ursula.dahmen@example.org>", "AW: Vorschlag Familie Haidari",
"""Hallo Frau Brenner,

wir haben die Familie am Samstag kennengelernt und fanden sie sehr sympathisch. Die Kinder haben gleich gefragt, ob sie im Garten spielen dürfen :-)

Wie geht es jetzt weiter? Schicken Sie uns etwas, oder sollen wir den Mietvertrag schon aufsetzen?

Viele Grüße
Ursula und Rainer Dahmen

Am 07.03.2026 um 11:15 schrieb Integration Wohnen:
> Sehr geehrte Frau Dahmen,
> wie telefonisch besprochen, schlagen wir Ihnen Familie Haidari (Eltern, zwei
> Kinder, 6 und 8 Jahre) für Ihre Wohnung im Erdgeschoss vor. Herr Haidari
> arbeitet seit einem Jahr in einer Spedition in Köln...""", date="2026-03-09 20:31"),

L("de", 0, "reply", "Dr. Konrad Wipperfürth <k.wipperfuerth@example.com>", "AW: Vorschlag Herr Tekle für die Wohnung Lerbacher Weg",
"""Sehr geehrter Herr Yilmaz,

danke für die Vermittlung. Herr Tekle war pünktlich und hat einen guten Eindruck gemacht. Wir haben uns dennoch für eine Mieterin entschieden, die bereits in der Nachbarschaft wohnt und die wir seit Jahren kennen – das hatte nichts mit ihm zu tun.

Bitte grüßen Sie ihn. Wenn im Herbst die Dachgeschosswohnung frei wird, melde ich mich wieder bei Ihnen.

Mit freundlichen Grüßen
K. Wipperfürth"""),

L("de", 0, "formal", "Hausverwaltung Kemper & Roth <vermietung@kemper-roth-hv.example.com>", "Besichtigung Objekt Gladbacher Str. 41, WE 07 – Terminvorschläge",
"""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Nachricht vom 18.02. bieten wir für die Wohneinheit 07 (2,5 Zimmer, 64 m², 1. OG) folgende Besichtigungstermine für die von Ihnen vorgeschlagenen Interessenten an:

– Dienstag, 25.02., 16:00–16:30 Uhr
– Donnerstag, 27.02., 10:00–10:30 Uhr

Die Besichtigung erfolgt durch unseren Hausmeister, Herrn Pütz. Treffpunkt vor dem Hauseingang. Bitte teilen Sie uns bis Montag mit, welcher Termin wahrgenommen wird und wie viele Personen erscheinen. Eine Begleitung durch Ihre Mitarbeitenden ist ausdrücklich erwünscht.

Unterlagen (Selbstauskunft, Einkommensnachweis bzw. Leistungsbescheid, Personalausweis/Aufenthaltstitel) können direkt beim Termin abgegeben werden.

Mit freundlichen Grüßen
i. A. Sabine Kohlhaas
Kemper & Roth Hausverwaltung GmbH
Vermietung | Tel. 02202 8860-14

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""),

L("de", 0, "broken", "Dragan Petrović <dragan.petrovic@example.net>", "Kaution über Jobcenter – wie läuft das?",
"""Guten Tag,

ich vermiete bald meine Wohnung in Refrath an Herr Qasemi, was Sie mir vorgestellt haben. Mietvertrag ist fast fertig.

Frage wegen Kaution: Herr Qasemi sagt Jobcenter bezahlt Kaution. Kommt das Geld direkt zu mir? Und wann, vor Einzug oder paar Wochen später? Ich gebe nicht gerne Schlüssel bevor Kaution da ist, aber ich will auch nicht dass es deswegen kaputt geht, er ist ordentliche Mann.

Normal ich mache Kaution auf Sparbuch. Geht das auch mit Geld von Jobcenter?

Grüße
Dragan Petrović"""),

L("de", 0, "phone", "Ayşe Demir <ayse.demir.gl@example.com>", "Mietvertrag – wer unterschreibt?",
"""Hallo Frau Brenner
kurze frage vor termin am freitag. unterschreibt nur herr und frau nazari oder auch jemand vom jobcenter? und kann ich in vertrag schreiben dass miete direkt von jobcenter zu mir geht, meine schwester hatte das so mit irgendein formular
danke
Ayşe Demir"""),

L("de", 0, "broken", "Nikos Papadakis <nikos.papadakis@example.com>", "Problem mit Mieter Wohnung Bensberg",
"""Guten Tag Herr Yilmaz,

Sie haben mir letzte Jahr die Familie Osmani gebracht für meine Wohnung in Bensberg. Grundsätzlich alles gut, Miete kommt pünktlich, das ist nicht Problem.

Aber jetzt Nachbarn beschweren sich. Müll wird nicht richtig getrennt, gelbe Sack steht im Treppenhaus, und die Kinder spielen Fußball im Flur bis spät. Ich habe mit Herr Osmani gesprochen aber ich glaube er versteht nicht alles, er sagt immer "ja ja".

Können Sie bitte einmal mit ihm reden, vielleicht mit Dolmetscher? Ich will keinen Streit und keine Kündigung, aber die andere Mieter sind sauer.

Gruß
Nikos Papadakis"""),

L("de", 0, "formal", "Helga Brücker <helga.bruecker@example.net>", "Mietrückstand Herr A. – Wohnung Am Broich",
"""Sehr geehrte Damen und Herren,

über Ihre Vermittlung habe ich im Juli 2025 meine Wohnung Am Broich an Herrn Amanuel A. vermietet. Bis Dezember lief alles reibungslos, die Miete kam direkt vom Jobcenter.

Seit Januar ist keine Miete mehr eingegangen, inzwischen fehlen 1.340 € (zwei Monatsmieten). Herr A. sagt, er habe jetzt eine Arbeit und das Jobcenter zahle nicht mehr, er überweise "bald" selbst. Passiert ist bisher nichts.

Ich möchte das Mietverhältnis nicht gefährden, aber ich bin auf die Mieteinnahme angewiesen. Können Sie mir sagen, an wen ich mich wenden kann oder ob Sie mit Herrn A. sprechen können? Gibt es aus Ihrem Programm eine Absicherung für solche Fälle?

Mit freundlichen Grüßen
Helga Brücker"""),

L("de", 0, "oneliner", "Gerd <gerd.k1958@example.com>", "Wohnung",
"""2 Zi Whg Gronau ab sofort frei 52qm. Tel 0171 5557 319 ab 18 Uhr"""),

L("de", 0, "clean", "Andrea Lüdenbach <andrea.luedenbach@example.org>", "Haus unserer Mutter in Herkenrath – vermieten an Familie?",
"""Guten Tag,

meine beiden Brüder und ich haben im letzten Jahr das Haus unserer verstorbenen Mutter in Herkenrath geerbt. Es ist ein älteres Einfamilienhaus, ca. 110 m², 5 Zimmer, Garten, Ölheizung (läuft), Bad von 1994. Verkaufen wollen wir vorerst nicht.

In der Zeitung haben wir von Ihrem Programm gelesen. Wir könnten uns vorstellen, an eine größere Familie zu vermieten, haben aber einige Bedenken, ehrlich gesagt vor allem wegen des Zustands: Wir würden nicht groß renovieren wollen. Ist das ein Problem? Und wer ist unser Ansprechpartner, wenn später etwas mit dem Haus ist – wir wohnen alle drei nicht mehr in der Gegend (Hamburg, München, Aachen).

Wir sind eine Erbengemeinschaft, Entscheidungen müssen wir zu dritt treffen. Ich bin die Kontaktperson.

Mit freundlichen Grüßen
Andrea Lüdenbach"""),

L("de", 0, "formal", "Kath. Kirchengemeinde St. Joseph – Pfarrbüro <pfarrbuero@stjoseph-gl.example.org>", "Ehemalige Küsterwohnung Moitzfeld",
"""Sehr geehrte Damen und Herren,

der Kirchenvorstand unserer Gemeinde hat in seiner letzten Sitzung beschlossen, die seit dem Ruhestand unseres Küsters leerstehende Wohnung neben dem Gemeindehaus in Moitzfeld zu vermieten, vorzugsweise an eine geflüchtete Familie.

Die Wohnung hat drei Zimmer, Küche, Bad, ca. 78 m², und liegt im Obergeschoss. Die Miete soll sich an den Sätzen des Jobcenters orientieren. Vor Bezug lassen wir die Wohnung noch streichen; das dauert voraussichtlich bis Ende April.

Bevor wir einen Vertrag aufsetzen, müssten wir noch das Einverständnis des Generalvikariats einholen. Könnten Sie uns vorab mitteilen, wie die Zusammenarbeit mit Ihnen abläuft und ob Sie eine Familie vorschlagen würden?

Mit freundlichen Grüßen
Elisabeth Kronenberg
Verwaltungsleitung
Pfarrbüro St. Joseph"""),

L("de", 0, "clean", "Gärtnerei Heimbach <info@gaertnerei-heimbach.example.com>", "Wohnung über dem Betrieb + evtl. Arbeitsstelle",
"""Hallo zusammen,

wir sind ein Gartenbaubetrieb in Paffrath und haben über unserem Verkaufsraum eine kleine Wohnung (2 Zimmer, ca. 45 m²), in der bisher unser Vorarbeiter gewohnt hat. Der ist jetzt in Rente.

Gleichzeitig suchen wir dringend Leute. Unsere Idee: Wir vermieten die Wohnung an jemanden aus Ihrem Programm, der bei uns als Helfer anfangen könnte (Vollzeit, Mindestlohn+, Führerschein wäre super, ist aber kein Muss). Die Miete würden wir fair ansetzen, ca. 450 € warm.

Geht so etwas, oder müssen Wohnung und Arbeit getrennt laufen? Wir wollen natürlich niemanden abhängig machen – wenn die Arbeit nicht passt, kann die Person trotzdem wohnen bleiben.

Beste Grüße
Jörg Heimbach
Gärtnerei Heimbach GbR"""),

L("de", 0, "broken", "Mehmet Kaya <mehmet.kaya.gl@example.net>", "3 Zimmer Bensberg vermieten",
"""Merhaba, guten Tag,

ich habe Wohnung 3 Zimmer in Bensberg, 74 qm, Balkon, 2. Etage. Letzte Mieter ist ausgezogen im Februar. Ich will vermieten an Familie mit Kinder, kein Problem mit Ausländer, ich bin selber gekommen 1989.

Aber ich will sicher sein mit Miete. Ich hatte einmal Mieter, 8 Monate nix bezahlt, Anwalt hat viel Geld gekostet. Wenn Jobcenter direkt bezahlt, dann ist gut für mich.

Wie geht das bei Ihnen? Kann jemand anrufen: 0176 5550 8814

Mehmet Kaya"""),

L("de", 0, "broken", "Krzysztof Nowak <k.nowak.hausmeister@example.com>", "Wohnung frei in Hand – Eigentümer wohnt in Spanien",
"""Guten Tag,

ich bin Hausmeister in Haus in Hand, Dünnwalder Str. Eigentümerin ist Frau Berger, sie wohnt jetzt in Spanien (Alicante) und kommt nicht mehr nach Deutschland. Sie hat mich gefragt, ob ich jemand finde für die Wohnung im Dachgeschoss, 2 Zimmer, 48 qm, Küche drin.

Sie hat gehört dass Stadt hilft Flüchtlinge mit Wohnung. Sie will aber nicht selber viel machen, ich mache Besichtigung und Schlüssel. Vertrag macht sie per Post.

Ist das möglich so? Ich gebe Ihnen die Email von Frau Berger wenn Sie wollen.

Mit freundliche Grüße
Krzysztof Nowak"""),

L("de", 0, "machine_translated", "Viktor Reimer <viktor.reimer@example.org>", "Frage zur Absicherung vor Entscheidung",
"""Sehr geehrte Damen und Herren,

ich besitze eine Eigentumswohnung in Schildgen (2 Zimmer, 55 qm), die ab dem 1. August frei wird. Ich überlege, ob ich an eine Person aus Ihrem Programm vermieten soll, aber vorher möchte ich einige Fragen klären.

1. Gibt es seitens der Stadt eine Garantie für Mietausfall, falls die Person nicht zahlt?
2. Wer übernimmt die Kosten, wenn bei Auszug Schäden vorhanden sind, die über die Kaution hinausgehen?
3. Wie lange dauert es normalerweise, bis das Jobcenter die Miete genehmigt?

Ich bitte um Verständnis, ich bin kein Gegner, aber ich habe die Wohnung mit Kredit gekauft und kann mir keine Ausfälle leisten. Wenn die Antworten gut sind, entscheide ich mich schnell.

Hochachtungsvoll
Viktor Reimer"""),

L("de", 0, "formal", "Wohnungsgenossenschaft Bergisch Land eG <vermietung@wg-bergischland.example.org>", "Zwei freie Wohnungen – Voraussetzungen",
"""Sehr geehrte Damen und Herren,

zum 1. Mai werden in unserem Bestand in Heidkamp zwei öffentlich geförderte Wohnungen frei:

• 2 Zimmer, 56 m², EG, Kaltmiete 6,20 €/m²
• 3 Zimmer, 74 m², 2. OG, Kaltmiete 6,20 €/m²

Für beide Wohnungen ist ein gültiger Wohnberechtigungsschein (WBS) mit passender Personenzahl erforderlich. Zudem ist der Erwerb von Genossenschaftsanteilen (3 Anteile à 500 €) Voraussetzung für die Mitgliedschaft.

Gerne berücksichtigen wir Vorschläge aus Ihrem Programm. Bitte senden Sie uns bis zum 20. März die Unterlagen der Interessenten (Kopie WBS, Selbstauskunft, Nachweis über die Finanzierung der Anteile). Besichtigungen organisieren wir anschließend gebündelt.

Mit freundlichen Grüßen
Thomas Ley
Vermietung / Mitgliederbetreuung""", attach=["Selbstauskunft_WGBL.pdf"]),

L("de", 0, "clean", "Immobilien Siebert <kontakt@immobilien-siebert.example.net>", "Wohnung in Refrath – provisionsfrei für Mieter",
"""Guten Tag Frau Brenner,

wir betreuen im Auftrag eines Eigentümers eine 3-Zimmer-Wohnung in Refrath (81 m², 940 € kalt, Baujahr 1978, renoviert). Der Eigentümer hat ausdrücklich gesagt, er sei offen für Mieter mit Jobcenter-Bezug, wenn die Unterlagen vollständig sind.

Zur Klarstellung: Die Provision trägt der Eigentümer, für Mieter entstehen keine Maklerkosten. Ich weiß, dass das bei Ihren Leuten manchmal falsch ankommt.

Ich könnte Ihnen Exposé und Grundriss schicken. Haben Sie aktuell eine Familie, für die das passt? Die Miete ist vermutlich für vier Personen noch angemessen, das müssten Sie besser wissen als ich.

Mit freundlichen Grüßen
Daniel Siebert
Immobilien Siebert"""),

L("de", 0, "other", "Irmgard Hüsgen <irmgard.huesgen@example.com>", "Einliegerwohnung",
"""Sehr geehrte Damen und Herren,

meine Tochter hat mir Ihre Adresse herausgesucht. Ich bin 81 Jahre alt und lebe allein in meinem Haus in Bensberg. Seit mein Mann vor zwei Jahren gestorben ist, steht die Einliegerwohnung im Souterrain leer. Sie hat ein Zimmer, eine kleine Küche und ein Duschbad, einen eigenen Eingang zum Garten.

Ich würde sie gern an eine Frau vermieten, gerne auch mit einem Kind. Es sollte eine ruhige Person sein, die nicht raucht. Ich bräuchte nicht viel Miete, aber vielleicht könnte sie mir ab und zu beim Einkaufen helfen oder den Schnee schippen, ich komme nicht mehr so gut die Treppe hinunter.

Ich weiß nicht, ob so etwas bei Ihnen möglich ist. Ich habe keinen Computer, meine Tochter schreibt diese Mail für mich. Sie können mich gern anrufen: 02204 5557 12, am besten vormittags.

Mit freundlichen Grüßen
Irmgard Hüsgen"""),

L("de", 0, "reply", "Stefan Lommertzheim <s.lommertzheim@example.org>", "AW: Besichtigung Donnerstag",
"""passt, 16 Uhr. Klingel "Lommertzheim/Müller", 1. Stock links. Parken am besten im Hof.

Gesendet von meinem iPhone

> Am 15.04.2026 um 10:02 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
>
> Sehr geehrter Herr Lommertzheim,
> passt Ihnen Donnerstag, 16 Uhr, für die Besichtigung mit Familie Yusufi?
> Frau Brenner würde die Familie begleiten.""", date="2026-04-15 12:47"),

L("de", 0, "clean", "Claudia Berghaus <c.berghaus@example.net>", "Mieter ohne Kündigung ausgezogen – Kaution?",
"""Hallo Herr Yilmaz,

ich wollte Sie informieren, dass Herr Tahir, den Sie 2024 an mich vermittelt hatten, offenbar ausgezogen ist. Der Nachbar sagt, er sei vor ca. drei Wochen mit einem Transporter weggefahren. Die Schlüssel lagen im Briefkasten, eine Kündigung habe ich nie bekommen. Die Wohnung ist leer, aber ziemlich verdreckt, eine Tür ist beschädigt.

Zwei Fragen:
– Die Kaution kam damals vom Jobcenter als Darlehen. Muss ich sie jetzt an das Jobcenter zurückzahlen oder an ihn, und darf ich die Kosten für Reinigung und Tür abziehen?
– Wissen Sie, wo Herr Tahir jetzt wohnt? Ich bräuchte eine Adresse für die Abrechnung.

Und: Ich würde die Wohnung trotzdem wieder über Sie vermieten. Es war nicht alles schlecht :)

Viele Grüße
Claudia Berghaus"""),

L("de", 0, "clean", "Harald Quadt <harald.quadt@example.com>", "Familie Mahmoud – Teilnahmebestätigung Workshop?",
"""Guten Morgen,

die Familie Mahmoud, die mir letzte Woche die Wohnung in der Hauptstraße angeschaut hat, kommt für mich in Frage. Herr Mahmoud hat erzählt, dass er Ihren "Mieterführerschein" gemacht hat. Können Sie mir eine Kopie der Bescheinigung schicken oder mir bestätigen, dass er teilgenommen hat? Das ist für mich ein wichtiges Kriterium.

Sobald ich das habe, würde ich gern einen Vertragstermin machen.

Gruß
Harald Quadt"""),

L("de", 0, "machine_translated", "Giuseppe Ferraro <g.ferraro@example.org>", "Kleine Wohnung zu vermieten",
"""Guten Tag,

ich bin Besitzer von einem Apartment in Heidkamp, 1 Zimmer mit Küche und Bad, 32 Quadratmeter, möbliert (Bett, Schrank, Tisch). Es ist geeignet für eine Person allein, am besten ein Mann der arbeitet oder Student.

Miete ich denke 390 Euro alles inklusive, Strom auch. Ich lese in Internet dass Sie Menschen helfen die eine Wohnung suchen. Wenn Sie haben jemand, bitte kontaktieren Sie mich. Ich spreche Deutsch nicht perfekt, auch Italienisch und Englisch ist möglich.

Cordiali saluti
Giuseppe Ferraro
Tel. 0163 5554 270"""),

L("de", 0, "formal", "Rheinberg Wohnbau GmbH <mietvertrag@rheinberg-wohnbau.example.com>", "Vertragstermin WE 3.12 – Mietübernahmebescheinigung fehlt",
"""Sehr geehrte Frau Brenner,

für die von Ihnen vorgeschlagene Mieterin, Frau Saba Hagos, ist der Mietvertrag über die Wohnung 3.12 (Gronauer Str.) vorbereitet. Als Termin zur Unterzeichnung schlagen wir Mittwoch, den 11.06., 14 Uhr in unserer Geschäftsstelle vor.

Vor Unterzeichnung benötigen wir noch die Mietübernahmebescheinigung bzw. Zusicherung des Jobcenters zu den Kosten der Unterkunft. Laut Frau Hagos ist der Antrag gestellt. Sollte die Bescheinigung bis zum 06.06. nicht vorliegen, müssten wir den Termin verschieben; die Wohnung halten wir bis Ende Juni für sie frei.

Mit freundlichen Grüßen

Jasmin Ortmann
Kundenbetreuung Vermietung
Rheinberg Wohnbau GmbH""", html="alt"),
]
