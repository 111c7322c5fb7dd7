"""fresh2 batch 02: German landlord offers (private, heir, company, cooperative, agent, employer, parish, follow-ups) and inquiries."""
from mailwriter import L, I

MAILS = [
L("de", 0, "clean", "Hans-Werner Kürten <hw.kuerten@mail.example.org>", "Wohnung in Refrath frei ab 1. Juni",
"""Guten Tag,

in der Zeitung stand, dass die Stadt Vermieter sucht, die an Geflüchtete vermieten. Ich habe in Refrath
(fünf Minuten zur S-Bahn) eine 2-Zimmer-Wohnung im Erdgeschoss, 61 m², mit kleiner Terrasse. Die
bisherige Mieterin zieht Ende Mai ins Altenheim. Kaltmiete 540 Euro plus ca. 160 Euro Nebenkosten.

Das Exposé mit Grundriss hänge ich an. Am liebsten wäre mir ein ruhiges Paar oder eine kleine Familie,
da im Haus überwiegend ältere Leute wohnen. Wie läuft das bei Ihnen ab?

Mit freundlichen Grüßen
Hans-Werner Kürten""", attach=["Expose_Refrath_EG.pdf"]),

L("de", 0, "clean", "Claudia Berghaus <claudia.berghaus@example.com>", "Haus meiner Mutter in Herkenrath",
"""Hallo zusammen,

meine Mutter ist im Winter verstorben und meine Schwester und ich haben ihr Haus in Herkenrath geerbt.
Verkaufen möchten wir (noch) nicht. Es ist ein älteres Einfamilienhaus, 5 Zimmer, Garten, Ölheizung,
nicht renoviert, aber bewohnbar.

Wir überlegen, ob wir es an eine größere Familie vermieten. Ehrlich gesagt haben wir keine Erfahrung
als Vermieterinnen und wohnen beide nicht in der Nähe. Gibt es bei Ihnen jemanden, der uns berät?
Was müssten wir vorher machen, und würden Sie bei der Auswahl der Familie helfen?

Viele Grüße
Claudia Berghaus"""),

L("de", 0, "hard_case", "Dieter Schallenberg <d.schallenberg@example.net>", "Frage zu Absicherung",
"""Sehr geehrte Damen und Herren,

bevor ich mich entscheide: Ich besitze eine vermietete Eigentumswohnung, die demnächst frei wird. Ich hatte
vor Jahren einen Mieter, der nach zwei Jahren ohne Zahlung verschwunden ist und eine verwüstete Wohnung
hinterlassen hat. So etwas möchte ich nicht noch einmal erleben.

Gibt es bei Ihnen eine Bürgschaft oder einen Fonds, der bei Mietausfall oder Schäden einspringt? Und zahlt
das Jobcenter die Miete direkt an den Vermieter, wenn man das möchte?

Mit freundlichen Grüßen
D. Schallenberg"""),

L("de", 0, "reply", "Renate Odenthal <renate.odenthal@example.org>", "AW: Besichtigung Gronau am Dienstag",
"""Familie Haidari war da, sehr nette Leute. Von mir aus können sie zum 1. einziehen, den Vertrag schicke ich Ihnen morgen.

Gruß R. Odenthal

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Freitag, 16. Januar 2026 10:11
An: renate.odenthal@example.org
Betreff: Besichtigung Gronau am Dienstag

Sehr geehrte Frau Odenthal,

wie besprochen kommt Familie Haidari am Dienstag um 16 Uhr zur Besichtigung. Frau Yilmaz aus unserem
Team begleitet die Familie.""", date="2026-01-20 19:03"),

L("de", 0, "hard_case", "Bernd Schmitz <bernd.schmitz.gl@example.com>", "Probleme mit Mieter Wohnung Paffrath",
"""Hallo Herr Krüger,

Sie haben mir im letzten Jahr Herrn O. als Mieter für die Wohnung in Paffrath vermittelt. Grundsätzlich bin ich
zufrieden, die Miete kommt pünktlich. Aber seit einigen Wochen gibt es Beschwerden von den Nachbarn: Der Müll
wird nicht getrennt, im Treppenhaus stehen Schuhe und Kinderwagen, und abends ist es oft laut, weil Besuch da ist.

Ich möchte das nicht gleich mit einer Abmahnung lösen. Könnten Sie oder jemand aus Ihrem Team mal mit ihm
sprechen? Vielleicht versteht er die Hausordnung nicht richtig.

Viele Grüße
Bernd Schmitz"""),

L("de", 0, "formal", "Vermietung RheinBerg Wohnen <vermietung@rheinberg-wohnen.example.com>", "Neubau Bensberg - geförderte Wohnungen",
"""Sehr geehrte Damen und Herren,

im Rahmen unserer Kooperation möchten wir Sie informieren, dass im Neubauvorhaben Bensberg-Süd (Bauabschnitt 2)
zum 01.09.2026 insgesamt sieben öffentlich geförderte Wohnungen bezugsfertig werden. Für drei dieser
Wohnungen (2x 3 Zimmer, 1x 4 Zimmer) können wir Ihnen ein Vorschlagsrecht einräumen.

Voraussetzung ist ein gültiger Wohnberechtigungsschein mit entsprechender Haushaltsgröße. Die Mieten
liegen bei 7,25 EUR/m² kalt. Bitte senden Sie uns Ihre Vorschläge bis zum 15.05.2026 mit der Haushaltsgröße
und einer Kopie des WBS.

Mit freundlichen Grüßen

i. A. Sabine Hoverath
Vermietung / Kundenbetreuung
RheinBerg Wohnen GmbH
Geschäftsführer: Dr. M. Tillmann | Amtsgericht Köln HRB 00000""", html="alt", date="2026-04-02 11:30"),

L("de", 0, "formal", "Wohnungsgenossenschaft Strunde eG <mitglieder@wg-strunde.example.org>", "Anfrage Genossenschaftsanteile / Jobcenter",
"""Sehr geehrte Damen und Herren,

wir haben in Heidkamp kurzfristig eine 3-Zimmer-Wohnung (68 m²) frei und wären grundsätzlich bereit, diese
über Ihr Programm an eine Familie zu vergeben.

Bei uns ist vor Einzug der Erwerb von Genossenschaftsanteilen in Höhe von 1.200 EUR erforderlich. Können
Sie uns sagen, ob das Jobcenter solche Anteile erfahrungsgemäß übernimmt (z. B. als Darlehen wie bei einer
Kaution)? Davon hängt ab, ob wir die Wohnung über Sie anbieten.

Mit freundlichen Grüßen
Vorstand Wohnungsgenossenschaft Strunde eG
i. V. Jürgen Bützler"""),

L("de", 0, "formal", "Immobilien Lindlar & Partner <info@lindlar-immo.example.com>", "4-Zimmer-Wohnung Schildgen im Auftrag des Eigentümers",
"""Sehr geehrte Damen und Herren,

im Auftrag unseres Mandanten bieten wir eine 4-Zimmer-Wohnung in Schildgen an (92 m², 2. OG, Balkon,
Kaltmiete 890 EUR, Nebenkosten 240 EUR). Der Eigentümer hat uns ausdrücklich gebeten, auch Ihr Programm
zu berücksichtigen, da er eine langfristige Vermietung an eine Familie wünscht.

Eine Maklerprovision fällt für Mieter nicht an (Bestellerprinzip). Besichtigungen wären ab nächster Woche
dienstags und donnerstags möglich. Bitte teilen Sie uns mit, ob Sie passende Haushalte haben.

Mit freundlichen Grüßen
Lindlar & Partner Immobilien
Frank Lindlar"""),

L("de", 0, "clean", "Bäckerei Wiebach <info@baeckerei-wiebach.example.net>", "Wohnung über der Backstube",
"""Hallo,

wir sind eine Bäckerei in Bensberg und haben über der Backstube eine kleine Wohnung (2 Zimmer, ca. 45 m²), die
seit dem Auszug unseres Gesellen leer steht. Gleichzeitig suchen wir dringend Personal für die Backstube oder
den Verkauf.

Wir könnten uns vorstellen, die Wohnung an jemanden aus Ihrem Programm zu vermieten, gern auch an jemanden,
der bei uns arbeiten möchte (das ist aber keine Bedingung). Miete würden wir günstig halten. Was meinen Sie?

Viele Grüße aus der Backstube
Markus Wiebach"""),

L("de", 0, "formal", "Kath. Kirchengemeinde St. Laurentius <pfarrbuero@st-laurentius.example.org>", "Leerstehende Wohnung im Pfarrhaus",
"""Sehr geehrte Damen und Herren,

der Kirchenvorstand unserer Gemeinde hat in seiner letzten Sitzung beschlossen, die seit längerem leer stehende
Wohnung im Obergeschoss des alten Pfarrhauses zu vermieten, vorrangig an eine geflüchtete Familie. Die
Wohnung hat 3 Zimmer, Küche, Bad (ca. 80 m²) und wird derzeit renoviert; bezugsfertig voraussichtlich ab Herbst.

Wir würden gern mit Ihnen besprechen, wie eine Vermittlung ablaufen kann und wie die Mietzahlung geregelt wird.
Ansprechpartner im Kirchenvorstand ist Herr Dr. Hubert Kremer.

Mit freundlichen Grüßen
Pfarrbüro St. Laurentius
im Auftrag Elisabeth Rüttgers"""),

L("de", 0, "phone", "Ömer Kaya <oemer.kaya77@example.com>", "whg",
"""hab ne 1 zi whg in hand frei ab sofort 420 warm, für einzelperson. interesse? ruf an 0171 55302 88"""),

L("de", 0, "broken", "Ilse Hammelrath <ilse.hammelrath@example.net>", "Frage Miete",
"""Guten Tag

ich bin 81 Jahre und habe eine Einliegerwohnung im Haus wo früher mein Sohn gewohnt hat, Moitzfeld. Meine
Nachbarin hat gesagt ich soll bei der Stadt fragen. Ich kenne mich mit Computer nicht so aus, meine Enkelin
hilft.

Zahlt das Amt die Miete jeden Monat an mich oder an die Leute? Und wer kommt wenn was kaputt geht.
Ich würde gerne an eine Frau mit Kind vermieten.

Mit freundlichen Grüssen
Ilse Hammelrath"""),

L("de", 0, "oneliner", "Thomas Pütz <t.puetz@example.org>", "Familie Besichtigung letzte Woche",
"""Hallo, wie geht es weiter mit der Familie, die letzte Woche die Wohnung in Moitzfeld angeschaut hat? Ich habe noch zwei andere Interessenten und muss mich bis Freitag entscheiden.
Gruß Thomas Pütz"""),

L("de", 0, "formal", "Hausverwaltung Steinbüchel <verwaltung@hv-steinbuechel.example.com>", "Mietrückstand Objekt Hauptstr., Whg. 3 links - Ihr Klient",
"""Sehr geehrte Damen und Herren,

für die von Ihnen im Oktober vermittelte Mietpartei (Herr und Frau Nazari, Objekt Hauptstraße, Whg. 3 links)
sind die Mietzahlungen für Februar und März bislang nicht eingegangen. Laut Mieter sollte die Miete direkt vom
Jobcenter überwiesen werden.

Wir bitten Sie, die Angelegenheit mit dem Jobcenter zu klären. Einen Kontoauszug mit den offenen Posten
fügen wir bei. Sollte bis zum 10.04. keine Zahlung erfolgen, müssen wir das übliche Mahnverfahren einleiten.

Mit freundlichen Grüßen
Hausverwaltung Steinbüchel GmbH
i. A. N. Wirtz""", attach=["Offene_Posten_Nazari.pdf"], html="alt", date="2026-03-25 14:37"),

I("de", 0, "hard_case", "Eigentümerverein Bergisch Gladbach e.V. <vorstand@eigentuemer-gl.example.org>", "Einladung Mitgliederabend 18. November",
"""Sehr geehrte Damen und Herren,

unser Verein vertritt rund 900 Haus- und Wohnungseigentümer in Bergisch Gladbach. Viele unserer Mitglieder
haben Fragen zur Vermietung an Geflüchtete: Wer zahlt die Miete? Wie läuft es mit der Kaution? Welche
Unterstützung gibt es bei Problemen?

Wir würden uns sehr freuen, wenn jemand aus Ihrem Team an unserem Mitgliederabend am Dienstag, 18. November,
19 Uhr, im Saal der Gaststätte Zur Post für etwa 20 Minuten das Programm vorstellt und Fragen beantwortet.
Eine kleine Aufwandsentschädigung ist selbstverständlich.

Mit freundlichen Grüßen
Wolfgang Hebborn
1. Vorsitzender""", date="2025-09-30 16:02"),

I("de", 0, "hard_case", "Lena Vossberg <l.vossberg@redaktion.example.com>", "Presseanfrage: Vermieter im Programm",
"""Guten Tag,

ich schreibe für die Lokalredaktion und bereite einen Artikel über die Wohnungssituation von Geflüchteten in
Bergisch Gladbach vor. Dazu hätte ich einige Fragen:

1. Wie viele Vermieterinnen und Vermieter haben seit Beginn des Programms Wohnungen angeboten?
2. Wie viele Haushalte konnten aus den Unterkünften in private Wohnungen ziehen?
3. Gibt es einen Vermieter, der bereit wäre, mit uns über seine Erfahrungen zu sprechen?

Redaktionsschluss ist Donnerstag, 12 Uhr. Ein kurzes Telefonat wäre auch möglich.

Beste Grüße
Lena Vossberg
Redakteurin, Lokalteil Rhein-Berg"""),

I("de", 0, "hard_case", "Ursula Flosbach <ursula.flosbach@example.net>", "Ich möchte helfen",
"""Liebes Team,

ich bin seit letztem Jahr in Rente (vorher Verwaltungsangestellte bei einer Versicherung) und habe Zeit. Ich
könnte mir gut vorstellen, Familien bei der Wohnungssuche zu begleiten, Formulare auszufüllen oder zu
Besichtigungen mitzugehen. Auto habe ich auch.

Wie kann ich mich bei Ihnen einbringen? Gibt es so etwas wie eine Schulung für Ehrenamtliche?

Herzliche Grüße
Ursula Flosbach, Refrath"""),

I("de", 0, "clean", "Gerd Maubach <gerd.maubach@example.com>", "Zustände an der Unterkunft in Frankenforst",
"""Sehr geehrte Damen und Herren,

ich wohne direkt neben der Unterkunft und muss mich jetzt doch einmal beschweren. Seit Wochen stehen die
Müllcontainer offen, der Sperrmüll liegt auf dem Gehweg, und nachts ist es bis 1 Uhr laut, weil Jugendliche
vor dem Haus Musik hören. Ich habe nichts gegen die Menschen dort, aber so kann es nicht weitergehen.

Wer ist dafür zuständig? Ich bitte um eine Antwort und darum, dass sich jemand kümmert.

Gerd Maubach"""),

I("de", 0, "oneliner", "Yvonne Krämer <yvonne.kraemer@example.org>", "Termin Ummeldung",
"""Hallo, ich bin umgezogen innerhalb von Bergisch Gladbach und brauche einen Termin zur Ummeldung. Online finde ich keinen freien. Können Sie mir einen geben? Danke, Y. Krämer"""),

I("de", 0, "clean", "Familie Odendahl <odendahl.familie@example.net>", "Möbel abzugeben",
"""Guten Tag,

wir lösen die Wohnung meines Schwiegervaters in Schildgen auf. Abzugeben wären: ein Kleiderschrank (3-türig),
zwei Einzelbetten mit Matratzen (fast neu), ein Esstisch mit sechs Stühlen, eine Waschmaschine (5 Jahre alt)
und diverses Geschirr.

Vielleicht kann jemand, der gerade in eine eigene Wohnung zieht, die Sachen gebrauchen. Abholung müsste bis
Ende des Monats erfolgen, tragen helfen wir gern.

Viele Grüße
Andrea Odendahl"""),
]
