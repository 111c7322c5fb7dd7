"""de2 batch 02: landlord_offer (housing companies, agents, heirs, parish and employer flats, guarantees,
Jobcenter payment, follow-ups and complaints about placed tenants, rooms, details only in an attachment)."""
from mailwriter import L

MAILS = [
L("de", 0, "formal", "Vermietung – WG Am Bockenberg eG <vermietung@wg-bockenberg.example.org>", "Leerstandsmeldung 1. Quartal",
"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere aktuelle Leerstandsmeldung für das 1. Quartal mit den Wohnungen, die wir für Vorschläge aus Ihrem Programm vorgesehen haben (Spalte „Kooperation“).

Vorschläge bitte wie gewohnt mit Haushaltsgröße und Einkommensnachweis an diese Adresse.

Mit freundlichen Grüßen
i. A. Sandra Wirtz
Vermietung
Wohnungsgenossenschaft Am Bockenberg eG (fiktiv)
Telefon 02202 23456-30
Sitz: Bergisch Gladbach · Registergericht Köln GnR 000 · Vorstand: A. Muster, B. Beispiel""", attach=["Leerstandsliste_Q1.xlsx"], date="2026-01-08 11:20"),

L("de", 0, "clean", "Bergisch Wohnen GmbH (fiktiv) – Kundencenter <kundencenter@bergisch-wohnen.example.com>", "Freie Wohnungen mit Belegungsbindung – Stand Dezember",
"""Guten Tag Frau Demirci,

wie vereinbart hier die Wohnungen mit Belegungsbindung, die im Januar und Februar frei werden. Für alle ist ein gültiger WBS erforderlich.

Whg-Nr.      Lage                              Zi.  m²     Kaltmiete  NK-VZ   frei ab
12-044-07    Bensberg, Am Stockbrunnen 3, 1.OG  2    51,3   412,00 €   165 €   01.01.
12-044-11    Bensberg, Am Stockbrunnen 3, 3.OG  3    68,9   553,00 €   210 €   01.02.
31-102-02    Gronau, Weidenweg 14, EG           2    47,0   378,00 €   150 €   15.01.
31-108-05    Gronau, Weidenweg 22, 2.OG         4    86,4   694,00 €   255 €   01.02.

Die 4-Zimmer-Wohnung im Weidenweg 22 hat keinen Aufzug, das Bad wurde 2023 saniert. Im Stockbrunnen 3 gibt es einen Aufzug, die 2-Zimmer-Wohnung wäre also auch für ältere Menschen geeignet.

Besichtigungen koordiniert wie immer Herr Kleinjohann (02202 23456-62). Bitte senden Sie uns Ihre Vorschläge nach Möglichkeit bis zum 19.12., danach geben wir die Wohnungen in die allgemeine Vergabe.

Viele Grüße aus dem Kundencenter
Melanie Bodenstein""", date="2025-12-04 14:02"),

L("de", 0, "formal", "Karina Schwarzkopf – Immobilien <k.schwarzkopf@schwarzkopf-immobilien.example.com>", "Vermietungsauftrag 3-Zi.-Whg. Refrath – provisionsfrei für Mieter",
"""Sehr geehrte Damen und Herren,

ich wurde von einer Eigentümerin mit der Vermietung ihrer 3-Zimmer-Wohnung in Refrath (74 m², 2. OG, Balkon, Kaltmiete 790 €, Nebenkosten 230 €) beauftragt. Die Eigentümerin hat mich ausdrücklich gebeten, auch bei Ihnen nachzufragen, da sie gern einer Familie mit Fluchtgeschichte eine Chance geben möchte.

Die Provision trägt nach dem Bestellerprinzip die Eigentümerin; für die Mieter entstehen keine Kosten.

Wenn Sie passende Haushalte haben, würde ich mich über zwei bis drei Kurzprofile (Haushaltsgröße, Einkommenssituation, ggf. Zusicherung des Jobcenters) freuen. Ich stelle diese der Eigentümerin vor und organisiere dann gemeinsame Besichtigungen. Das Exposé finden Sie im Anhang.

Mit freundlichen Grüßen

Karina Schwarzkopf
Immobilienkauffrau (IHK)
Immobilien Schwarzkopf (fiktiv)
Schloßstraße 00 · 51429 Bergisch Gladbach
Tel. 02204 23456-0""", attach=["Expose_Refrath_3Zi.pdf"], html="alt"),

L("de", 0, "clean", "Stephan Wirges <stephan.wirges@example.net>", "Möblierte Wohnung meiner verstorbenen Mutter in Bensberg",
"""Guten Tag,

meine Mutter ist im Sommer verstorben, und ihre Wohnung in Bensberg (2 Zimmer, 61 m², Erdgeschoss mit kleiner Terrasse) steht seitdem leer. Ich lebe in München und kann mich nicht um einen Verkauf kümmern, außerdem sind meine Geschwister und ich uns noch nicht einig, was langfristig mit der Wohnung passieren soll.

Meine Idee: Wir vermieten die Wohnung für etwa zwei Jahre, und zwar möbliert, so wie sie ist. Die Möbel sind alt, aber gut erhalten (Schlafzimmer, Wohnzimmerschrank, Einbauküche, Waschmaschine). Es wäre schade, alles zu entsorgen, und für jemanden, der gerade aus einer Unterkunft kommt, vielleicht sogar praktisch.

Dazu zwei Fragen:
1. Geht ein befristeter Mietvertrag überhaupt bei Ihren Mietern, bzw. akzeptiert das Jobcenter so etwas?
2. Zahlt das Jobcenter einen Möblierungszuschlag, oder muss die Miete dann so niedrig sein wie bei einer leeren Wohnung?

Ich komme Anfang nächsten Monats für ein paar Tage nach Bergisch Gladbach und könnte die Wohnung dann zeigen.

Viele Grüße
Stephan Wirges"""),

L("de", 0, "clean", "FeG Gladbach – Gemeindeleitung <gemeindeleitung@feg-gladbach.example.org>", "Wohnung über dem Gemeindesaal",
"""Liebe Mitarbeitende des Integrationsteams,

unsere Gemeinde besitzt eine Wohnung im Obergeschoss unseres Gemeindehauses in der Stadtmitte (3 Zimmer, Küche, Bad, ca. 70 m²). Bisher wohnte dort unser Hausmeisterehepaar, das nun in den Ruhestand gegangen und zu den Kindern gezogen ist. Die Gemeindeversammlung hat beschlossen, die Wohnung an eine geflüchtete Familie zu vermieten.

Damit keine falschen Erwartungen entstehen, ein paar offene Worte:
– Sonntags ab 9:30 Uhr ist Gottesdienst, donnerstagabends probt der Chor. Man hört das in der Wohnung deutlich.
– Die Religion der Familie spielt für uns keine Rolle. Niemand muss zu unseren Veranstaltungen kommen.
– Kleine Hausmeistertätigkeiten (Mülltonnen rausstellen, Schnee räumen) wären schön, sind aber keine Bedingung.

Die Miete würden wir am Mietspiegel orientieren, eher am unteren Ende. Wie gehen wir jetzt vor?

Herzliche Grüße
für die Gemeindeleitung
Tobias Engelbrecht"""),

L("de", 0, "clean", "Hof Steinbüchel (fiktiv) <hofladen@hof-steinbuechel.example.net>", "Wohnung auf unserem Hof in Herkenrath",
"""Hallo zusammen,

wir bewirtschaften einen Milchviehbetrieb mit Hofladen in Herkenrath. Auf dem Hof gibt es eine separate Wohnung (früher für Erntehelfer, 2 Zimmer, 48 qm, neu gestrichen, Ölheizung), die seit dem Frühjahr leer steht.

Wir würden sie gern an jemanden vermieten, der ländliches Wohnen mag. Ehrlich gesagt: Es ist wirklich ländlich. Zum Bus sind es 15 Minuten zu Fuß, sonntags fährt fast nichts. Es gibt einen Hofhund (lieb, aber laut), Hühner und ab 5 Uhr morgens Betrieb im Stall.

Wenn jemand Lust hätte, auch mal im Hofladen oder bei der Ernte mitzuhelfen, könnten wir über einen Minijob reden – muss aber nicht sein. Ein Führerschein wäre ein großer Vorteil.

Miete stellen wir uns um 400 € warm vor.

Viele Grüße vom Hof
Anne Steinbüchel
0171 23445091"""),

L("de", 0, "hard_case", "Dr. Harald Fröhlingsdorf <h.froehlingsdorf@example.com>", "Schriftliche Zusicherung der Stadt?",
"""Sehr geehrte Damen und Herren,

ich besitze eine vermietete Wohnung in Paffrath, die zum 31. März frei wird, und habe in der Zeitung von Ihrem Programm gelesen. Bevor ich mich entscheide, ob ich die Wohnung darüber vermiete, möchte ich ein paar Punkte geklärt haben. Mein Steuerberater rät mir eher ab, deshalb ganz direkt:

1. Gibt es eine schriftliche Vereinbarung zwischen der Stadt und dem Vermieter, oder nur mündliche Zusagen?
2. Bis zu welcher Höhe werden Schäden übernommen, die über die Kaution hinausgehen? Gibt es eine Obergrenze, eine Frist, einen Selbstbehalt?
3. Wer entscheidet im Streitfall, ob ein Schaden „übliche Abnutzung“ ist?
4. Gilt eine solche Absicherung für die gesamte Mietdauer oder nur für die ersten Jahre?

Ich bitte um eine schriftliche Antwort, gern auch mit den entsprechenden Unterlagen (Satzung, Richtlinie o. Ä.). Einen Mieter suche ich erst, wenn diese Fragen beantwortet sind.

Mit freundlichen Grüßen
Dr. Harald Fröhlingsdorf"""),

L("de", 0, "hard_case", "Edith Schallenberg <edith.schallenberg@example.org>", "Miete vom Jobcenter – was, wenn der Mieter Arbeit findet?",
"""Guten Tag,

eine Bekannte hat über Sie eine Mieterin gefunden und ist sehr zufrieden. Ich überlege, meine kleine Wohnung im Dachgeschoss (1,5 Zimmer) ebenfalls auf diesem Weg zu vermieten, habe aber eine Frage, die mir niemand richtig beantworten kann:

Wenn das Jobcenter die Miete direkt an mich überweist und der Mieter dann eine Arbeit findet – hört das Jobcenter dann einfach auf zu zahlen? Wer sagt mir das? Ich möchte nicht erst nach zwei Monaten merken, dass keine Miete mehr kommt, und dann hinter meinem Geld herlaufen.

Und falls der Mieter nur wenig verdient: Zahlt dann ein Teil das Jobcenter und ein Teil der Mieter? Das stelle ich mir kompliziert vor.

Für eine kurze Erklärung wäre ich dankbar, gern auch telefonisch: 02202 23456-15 (vormittags).

Freundliche Grüße
Edith Schallenberg"""),

L("de", 0, "clean", "Rüdiger Pohlmann <ruediger.pohlmann@example.net>", "Nachfrage: Familie Wardak – Unterlagen?",
"""Hallo Frau Krämer,

kurze Nachfrage zur Familie Wardak, die sich vor zwei Wochen meine Wohnung in der Dechant-Müller-Straße angesehen hat. Die Familie hat mir sehr gut gefallen, und ich würde gern an sie vermieten.

Allerdings fehlt mir immer noch die Bestätigung vom Jobcenter, dass die Miete übernommen wird. Ich habe noch zwei weitere Interessenten, die ich nicht ewig hinhalten kann. Wenn bis Monatsende nichts kommt, muss ich mich anders entscheiden – das würde ich bedauern.

Können Sie da nachhaken?

Gruß
Rüdiger Pohlmann"""),

L("de", 0, "reply", "Claudia Hoffstadt <claudia.hoffstadt@example.com>", "AW: Mietinteressent Herr Yemane – Besichtigung am Donnerstag",
"""Hallo Herr Krämer,

danke für die Vermittlung. Herr Yemane war pünktlich, höflich und hat sich gut vorbereitet – die Mappe mit den Unterlagen war vorbildlich.

Ich habe mich trotzdem für eine andere Bewerberin entschieden, eine Krankenschwester aus dem Haus gegenüber, die ich schon lange kenne. Das hat nichts mit Herrn Yemane zu tun. Bitte richten Sie ihm das so aus.

Ich habe im Frühjahr voraussichtlich noch eine zweite Wohnung im selben Haus frei. Dann melde ich mich gern wieder bei Ihnen.

Viele Grüße
Claudia Hoffstadt

> Am 14.10.2025 um 16:20 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
>
> Sehr geehrte Frau Hoffstadt,
>
> wie besprochen kommt Herr Yemane am Donnerstag um 17 Uhr zur Besichtigung.
> Er bringt seine Unterlagen mit. Über eine kurze Rückmeldung nach dem Termin
> würden wir uns freuen.
>
> Mit freundlichen Grüßen
> Jens Krämer
> Integration Wohnen""", date="2025-10-20 19:05"),

L("de", 0, "clean", "Waltraud Engels-Mühlenberg <w.engels-muehlenberg@example.org>", "Familie Qaderi – wohnen da inzwischen mehr Leute?",
"""Sehr geehrte Damen und Herren,

Sie haben mir vor einem Jahr die Familie Qaderi als Mieter vermittelt (Ehepaar, zwei Kinder). Bis vor kurzem gab es keinerlei Probleme, die Miete kommt pünktlich.

Seit etwa sechs Wochen sehe ich aber regelmäßig mehrere junge Männer ein- und ausgehen, abends stehen Schuhe für mindestens acht Personen vor der Tür. Die Nachbarin unter der Familie beschwert sich über Lärm bis in die Nacht. Herr Qaderi sagt, das seien Verwandte „zu Besuch“.

Ich möchte die Familie nicht vor den Kopf stoßen und schon gar nicht gleich abmahnen. Aber eine Untervermietung oder Überbelegung kann ich nicht zulassen, das steht auch so im Mietvertrag.

Könnte jemand von Ihnen mit der Familie sprechen? Vielleicht gibt es ja eine Erklärung, die ich nicht kenne.

Mit freundlichen Grüßen
Waltraud Engels-Mühlenberg""", charset="iso-8859-15", enc="quoted-printable"),

L("de", 0, "other", "Heribert Kluth <heribert.kluth@example.net>", "SCHÜSSEL AN DER FASSADE",
"""Guten Tag

ich muss mich jetzt doch mal beschweren. Ihr Mieter in meinem Haus Hauptstraße, Herr Osmanov, hat ohne zu fragen eine Satellitenschüssel an die Fassade gedübelt!! Vier Löcher in die frisch gedämmte Fassade. Außerdem wird auf dem Balkon mit Holzkohle gegrillt, der ganze Qualm zieht zu den Nachbarn.

Ich habe ihm das gesagt, er nickt und lächelt und es passiert nichts. Ich weiß nicht ob er mich nicht versteht oder nicht verstehen will.

Ich erwarte, dass die Schüssel bis Ende des Monats wieder ab ist und die Löcher fachgerecht verschlossen werden, auf seine Kosten. Sonst geht das an meinen Anwalt. Bitte sagen Sie ihm das in seiner Sprache.

H. Kluth"""),

L("de", 0, "clean", "Ingrid Lückerath-Bosbach <ingrid.bosbach@example.com>", "Schlüssel verloren – Schließanlage 1.850 €",
"""Guten Tag Herr Krämer,

leider habe ich eine unangenehme Nachricht: Ihre Vermittlung, Frau Mussa, hat ihren Haustürschlüssel verloren. Da wir eine zentrale Schließanlage für 12 Parteien haben, muss laut Hausverwaltung aus Sicherheitsgründen die komplette Anlage getauscht werden. Der Kostenvoranschlag liegt bei 1.850 €.

Frau Mussa hat keine Haftpflichtversicherung, das hat sie mir selbst gesagt. Sie hat angeboten, in Raten zu zahlen, aber bei 20 € im Monat dauert das acht Jahre.

Damals wurde mir gesagt, dass es für Schäden einen Fonds gibt. Greift der in so einem Fall? Und was muss ich dafür einreichen?

Mit freundlichen Grüßen
Ingrid Lückerath-Bosbach""", attach=["KVA_Schliessanlage.pdf"]),

L("de", 0, "clean", "Familie Overbeck <overbeck.moitzfeld@example.net>", "Zimmer mit eigenem Bad bei uns im Haus",
"""Liebes Team,

wir (Ehepaar, drei Kinder zwischen 6 und 13) wohnen in einem großen Haus in Moitzfeld. Seit unsere Älteste zum Studium ausgezogen ist, steht ihr Dachzimmer leer: 18 m², eigenes kleines Duschbad, Dachfenster, möbliert mit Bett, Schrank und Schreibtisch. Küche und Waschmaschine würden wir teilen.

Wir könnten uns gut vorstellen, eine junge Frau aufzunehmen, die in Ausbildung oder im Studium ist und gern in einer Familie leben möchte. Ein Mann wäre für uns ehrlich gesagt schwierig, weil das Zimmer nur über den Flur der Kinder erreichbar ist.

Miete: Wir haben an 300 € inklusive allem gedacht, sind aber offen.

Geht so etwas bei Ihnen, oder vermitteln Sie nur ganze Wohnungen?

Herzliche Grüße
Julia & Marco Overbeck""", date="2025-08-27 21:48"),

L("de", 0, "html_only", "Bernd Schiffbauer <bernd.schiffbauer@example.com>", "Einliegerwohnung im Souterrain – wer zahlt den Strom?",
"""Hallo,

meine Frau und ich haben im Souterrain unseres Hauses in Schildgen eine Einliegerwohnung (38 qm, 1 Zimmer mit Kochnische, Duschbad, eigener Eingang über den Garten). Bisher wohnte dort unser Sohn, der jetzt nach Aachen gezogen ist.

Wir würden gern an eine Einzelperson vermieten. Technisch gibt es ein Problem: Die Wohnung hat keinen eigenen Stromzähler, Strom und Heizung laufen über unseren Hausanschluss. Bisher haben wir das mit unserem Sohn einfach pauschal geregelt.

Geht eine Pauschalmiete (alles inklusive) mit dem Jobcenter, oder brauchen wir einen Zwischenzähler? Die Elektrikerin meint, der kostet etwa 400 €.

Viele Grüße
Bernd Schiffbauer""", html="only"),

L("de", 0, "other", "Agnieszka Bruckmann <a.bruckmann@example.org>", "Wie besprochen",
"""Anbei die Unterlagen zur Wohnung. Besichtigung nach Absprache.

Gruß A. Bruckmann""", attach=["Expose_Gronau_3ZKB.pdf", "Grundriss_OG.jpg"]),

L("de", 0, "forward", "Manfred Oidtmann <manfred.oidtmann@example.net>", "WG: Ihre Anzeige ist jetzt online – 2-Zimmer-Wohnung in Hand",
"""Hallo,

ich habe meine Wohnung gerade bei einem Portal eingestellt, siehe unten. Vielleicht ist das ja was für Ihre Leute – ich hätte nichts dagegen, wenn jemand über Sie kommt, dann habe ich wenigstens einen Ansprechpartner, falls es hakt. Die Anfragen über das Portal sind bisher eher merkwürdig.

Gruß
Manfred Oidtmann

-------- Weitergeleitete Nachricht --------
Betreff: Ihre Anzeige ist jetzt online – 2-Zimmer-Wohnung in Hand
Datum: Fri, 16 Jan 2026 08:12:40 +0100
Von: Immobilienportal <anzeigen@immo-portal.example.com>
An: manfred.oidtmann@example.net

Hallo Herr Oidtmann,

Ihre Anzeige „Helle 2-Zimmer-Wohnung in ruhiger Lage, Hand“ ist ab sofort online.

Anzeigen-ID: 88231044
Kaltmiete: 520 € · Nebenkosten: 150 € · Wohnfläche: 56 m² · Etage: 1. OG
Verfügbar ab: 01.03.2026

Viel Erfolg bei der Vermietung!
Ihr Immobilienportal-Team""", date="2026-01-16 09:30"),

L("de", 0, "broken", "Viktor Schellenberg <v.schellenberg@example.com>", "Wohnung von meine Mama in Schildgen",
"""Guten Tag,

ich bin Viktor Schellenberg, wir sind Spätaussiedler aus Kasachstan seit 1996 hier in Gladbach. Meine Mama ist jetzt in Pflegeheim und ihre Wohnung in Schildgen ist frei, 2 Zimmer 52 m2, Küche ist drin, Balkon. Die Wohnung gehört uns.

Wir waren auch mal fremd hier und andere Leute haben uns geholfen damals. Deswegen wir wollen vermieten an Familie oder Person aus Ukraine oder Syrien egal. Nur bitte keine Raucher, Mama hat Asthma und kommt vielleicht manchmal zu Besuch in Keller wegen ihre Sachen.

Miete 450 und Nebenkosten, wie viel genau weiß meine Frau.

Sie können anrufen 0177 23490018, am besten nach 18 Uhr, ich arbeite Montage.

Mit freundlichen Grüße
Viktor Schellenberg"""),

L("de", 0, "hard_case", "Gisela Marx-Höhner <gisela.marxhoehner@example.net>", "Nur an ukrainische Frau mit Kind?",
"""Guten Tag,

ich habe eine kleine 2-Zimmer-Wohnung in der Stadtmitte, die ab Mai frei wird. Ich würde sie gern an eine ukrainische Frau mit Kind vermieten, weil meine Nachbarin sehr gute Erfahrungen gemacht hat und ich selbst allein im Haus wohne.

Darf ich das so einschränken, oder ist das diskriminierend? Ich möchte niemanden ausschließen, aber ich möchte mich auch wohl fühlen. Eine Familie mit mehreren Männern im Haushalt möchte ich eher nicht.

Wenn Sie sagen, das geht bei Ihnen nicht, verstehe ich das.

Mit freundlichen Grüßen
Gisela Marx-Höhner"""),

L("de", 0, "phone", "W. Brück <w.brueck.gl@example.com>", "Whg Kalkstraße",
"""Wie tel. besprochen:

Kalkstr. 2, EG links, 2 ZKB, ca. 55 qm
480 kalt + 140 NK, Kaution 2 KM
frei ab 1.3.
Schlüssel bei Nachbarin Fr. Oberdörfer (OG rechts), Besichtigung jederzeit nach Anruf

Gruß W. Brück

Von meinem iPad gesendet"""),

L("de", 0, "oneliner", "Hanne Feldhoff <hanne.feldhoff@example.org>", "2-Zi frei",
"""Hätte ab März eine 2-Zi frei. Interesse?"""),

L("de", 0, "formal", "Domus Rhein Immobilien – Geschäftsführung <gf@domus-rhein.example.com>", "Zusammenarbeit – Provisionsregelung",
"""Sehr geehrte Damen und Herren,

unser Unternehmen verwaltet und vermittelt rund 140 Mietwohnungen im Rheinisch-Bergischen Kreis. Wir haben in den letzten Monaten mehrfach Bewerbungen von Haushalten erhalten, die von Ihnen begleitet werden, und sind grundsätzlich an einer Zusammenarbeit interessiert.

Derzeit hätten wir zwei Wohnungen, die wir Ihnen bevorzugt anbieten würden (2 Zimmer in Gronau, 3 Zimmer in Lückerath; Details nach Rückmeldung).

Da für diese Objekte kein Vermittlungsauftrag der Eigentümer vorliegt, bitten wir um Klärung, ob die Stadt Bergisch Gladbach bereit wäre, eine Vermittlungsprovision in Höhe von einer Nettokaltmiete zzgl. MwSt. pro erfolgreich vermitteltem Haushalt zu übernehmen. Einen Entwurf einer Rahmenvereinbarung senden wir Ihnen gern zu.

Mit freundlichen Grüßen

Oliver Brandscheid
Geschäftsführer
Domus Rhein Immobilien GmbH (fiktiv)
HRB 00000 · AG Köln""", enc="base64"),

L("de", 0, "formal", "WEG-Verwaltung Rösner (fiktiv) <verwaltung@weg-roesner.example.net>", "Anfrage im Auftrag eines Eigentümers – WEG Am Mühlenberg 7",
"""Sehr geehrte Damen und Herren,

wir verwalten die Wohnungseigentümergemeinschaft Am Mühlenberg 7 in Bensberg. Einer unserer Eigentümer, Herr K. (Wohnung Nr. 5, 3 Zimmer, 72 m²), möchte seine Wohnung künftig über Ihr Programm vermieten und hat uns gebeten, die Formalitäten mit Ihnen zu klären, da er selbst im Ausland lebt.

Wir bitten um Zusendung:
– der Unterlagen für Vermieter (Ablauf, Ansprechpersonen, ggf. Kooperationsvereinbarung),
– Informationen zum Mietausfall- bzw. Schadensfonds,
– des Formulars „Mietangebot“ für das Jobcenter.

Die Wohnung ist derzeit noch bis zum 30.06. vermietet; der Mieter hat fristgerecht gekündigt.

Mit freundlichen Grüßen
i. A. Nadine Rösner
WEG-Verwaltung Rösner (fiktiv)""", attach=["Vollmacht_Eigentuemer.pdf"]),

L("de", 0, "machine_translated", "Kemal Doğan <kemal.dogan.gl@example.com>", "Renovierung vor der Vermietung Unterstützung",
"""Sehr geehrte Damen und Herren,

ich besitze eine Wohnung mit drei Zimmern in Bergisch Gladbach Hand, die ich an eine Familie aus Ihrem Programm vermieten möchte. Die Wohnung ist leer seit acht Monaten, weil der alte Mieter sie in einem schlechten Zustand verlassen hat. Die Wände müssen gestrichen werden, der Boden im Wohnzimmer ist beschädigt und in der Küche fehlt der Herd.

Ich habe nicht genug Geld, um alles auf einmal zu machen. Meine Frage ist: Gibt es von der Stadt oder von Ihrem Programm eine Unterstützung für die Renovierung, wenn ich danach an eine geflüchtete Familie vermiete? Oder kann die Familie selbst die Wände streichen und dafür weniger Miete zahlen in den ersten Monaten?

Ich danke Ihnen für Ihre Antwort.

Mit freundlichen Grüßen
Kemal Doğan""", charset="windows-1254", enc="8bit"),

L("de", 0, "formal", "Rheinberg Wohnbau AG (fiktiv) – Erstvermietung <erstvermietung@rheinberg-wohnbau.example.com>", "Neubau „Quartier Zanders-Areal“ – Vormerkung für Bezug Herbst 2027",
"""Sehr geehrte Damen und Herren,

im Neubauvorhaben „Quartier Zanders-Areal, Baufeld 3“ entstehen 64 Mietwohnungen, davon 22 öffentlich gefördert (Einkommensgruppe A). Der Bezug ist nach derzeitigem Bauzeitenplan für Herbst 2027 vorgesehen.

Gemäß der Vereinbarung mit der Stadt sollen sechs der geförderten Wohnungen an Haushalte aus dem Auszugsmanagement vergeben werden:

– 2 × 2 Zimmer (ca. 52 m²)
– 3 × 3 Zimmer (ca. 71 m²)
– 1 × 5 Zimmer (ca. 104 m², barrierearm)

Die Erstvermietung beginnt mit einer Vormerkungsphase etwa zwölf Monate vor Bezug. Wir möchten Sie bitten, uns bis zum Frühjahr 2026 mitzuteilen, ob und für welche Wohnungen Sie Haushalte vorschlagen möchten, damit wir die Wohnungszuschnitte ggf. noch berücksichtigen können. Eine Vormerkung ist für die Haushalte unverbindlich.

Mit freundlichen Grüßen
Rheinberg Wohnbau AG (fiktiv)
Abteilung Erstvermietung
Dr. Lena Hagedorn""", html="alt", date="2025-10-02 10:15"),
]
