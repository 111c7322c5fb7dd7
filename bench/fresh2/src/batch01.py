"""fresh2 batch 01: German tenant requests (own words, phone, broken, machine-translated, on behalf, replies, urgent)."""
from mailwriter import T

MAILS = [
T("de", 0, "phone", "Yasin Haddad <yasin.haddad93@example.net>", "wohnung",
"""hallo ich suche wohnung 3 zimmer wir sind 5 person wohnen in hand bitte hilfe

Gesendet von meinem iPhone"""),

T("de", 0, "on_behalf", "Gudrun Pannenbecker <g.pannenbecker@example.org>", "Familie Rahimi - Unterstützung bei der Wohnungssuche",
"""Sehr geehrte Damen und Herren,

ich begleite seit gut einem Jahr ehrenamtlich die Familie Rahimi (Eltern und drei Kinder, 4, 9 und 12 Jahre),
die in der Unterkunft in Paffrath wohnt. Herr Rahimi arbeitet inzwischen in Teilzeit bei einer Spedition,
seine Frau macht einen Integrationskurs. Die beiden Großen gehen in Paffrath zur Schule, deshalb
würde die Familie gern im Stadtteil oder in der Nähe bleiben.

Wir suchen seit dem Sommer selbst, haben aber trotz vieler Bewerbungen nur Absagen bekommen oder
gar keine Antwort. Ich habe gelesen, dass Sie Kontakt zu Vermietern haben, die bereit sind, an
geflüchtete Familien zu vermieten. Könnte die Familie in Ihr Programm aufgenommen werden? Eine
Einverständniserklärung von Herrn und Frau Rahimi, dass ich für sie schreiben darf, kann ich gern
nachreichen.

Die Familie bräuchte mindestens drei Zimmer. Das Jobcenter würde den Teil der Miete übernehmen,
den Herr Rahimi nicht selbst tragen kann.

Mit freundlichen Grüßen
Gudrun Pannenbecker
(Ehrenamtliche Patin, Flüchtlingshilfe Paffrath)"""),

T("de", 1, "broken", "Samira Ahmadi <samira.ahmadi@example.com>", "Brief bekommen muss raus aus Heim bis Freitag",
"""Guten Tag

ich habe heute brief von Sozialamt bekommen. Da steht das ich muss die Unterkunft in Refrath bis Freitag
den 13.03. verlassen weil ich jetzt Aufenthalt habe und das Jobcenter zuständig ist. Aber ich habe keine
Wohnung gefunden. Ich habe zwei Kinder 3 und 6 Jahre. Wo sollen wir gehen? Ich habe niemand hier.

Bitte helfen sie mir schnell, ich weiß nicht was machen.

Samira Ahmadi
0176 4418 2290""", date="2026-03-09 18:42"),

T("de", 0, "clean", "Milad Karimi <milad.karimi@example.org>", "Anmeldung Wohnungsführerschein",
"""Hallo,

ich möchte mich für den nächsten Wohnungsführerschein anmelden. Ein Freund hat mir erzählt, dass der
Kurs hilft, weil man danach eine Bescheinigung für Vermieter bekommt.

Name: Milad Karimi
Geburtsdatum: 02.11.1996
Wohnort: Unterkunft Moitzfeld
Telefon: 0152 7730 1184

Ich arbeite bis 16 Uhr, nachmittags wäre besser, wenn es geht.

Viele Grüße
Milad Karimi"""),

T("de", 0, "broken", "Tesfaye Berhane <tesfaye.b@example.net>", "Teilnahmebestätigung",
"""Sehr geehrte Frau,

ich war in ihre Workshop für Wohnung im Januar, alle 3 Termine. Aber ich habe die Bestätigung verloren beim
umziehen von Zimmer. Kann ich neu bekommen? Vermieter in Gronau will sehen.

Danke schön
Tesfaye"""),

T("de", 0, "forward", "Olga Petrenko <olga.petrenko@example.com>", "WG: 2-Zimmer-Wohnung in Bensberg, 58 m²",
"""Hallo Frau Schneider,

ich habe diese Wohnung im Internet gefunden. Ist das gut für mich und meine Tochter? Die Miete ist 640 warm,
ich weiß nicht ob Jobcenter das bezahlt. Können Sie bitte schauen? Ich habe schon eine Nachricht an den
Vermieter geschrieben aber noch keine Antwort.

Olga

---------- Weitergeleitete Nachricht ---------
Von: Immobilienportal <benachrichtigung@portal.example.com>
Datum: Di., 14. Okt. 2025 um 07:03
Betreff: 2-Zimmer-Wohnung in Bensberg, 58 m²
An: <olga.petrenko@example.com>

Neues Angebot zu Ihrem Suchauftrag "Bergisch Gladbach, bis 700 EUR"

Helle 2-Zimmer-Wohnung im 1. OG, Balkon, Tageslichtbad
Bensberg, nahe Fußgängerzone
Kaltmiete: 495 EUR, Nebenkosten: 145 EUR
Frei ab: 01.12.2025
Keine Haustiere.

Zum Angebot: https://portal.example.com/expose/88123401

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.""", date="2025-10-14 09:27"),

T("de", 0, "formal", "Jobcenter Rhein-Berg Team 412 <team412.gl@jobcenter.example.org>", "Kundin Frau Demir, BG-Nr. 33104//0048122 - Wohnungsangebot",
"""Sehr geehrte Kolleginnen und Kollegen,

Frau Ayse Demir (BG-Nr. 33104//0048122) hat bei uns ein Wohnungsangebot für eine 2-Zimmer-Wohnung in
Heidkamp vorgelegt (Kaltmiete 470 EUR, Nebenkosten 120 EUR, Heizung 70 EUR). Frau Demir gab an, dass sie
von Ihnen im Rahmen des Auszugsmanagements betreut wird.

Die Bruttokaltmiete liegt knapp über dem Richtwert für einen Zwei-Personen-Haushalt. Bevor wir über die
Zusicherung entscheiden, bitten wir um eine kurze Rückmeldung, ob Ihnen bereits Unterlagen zum Mietverhältnis
vorliegen und ob die Kaution über Sie oder als Darlehen über uns laufen soll.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag
T. Ludwigsen
Jobcenter Rhein-Berg, Geschäftsstelle Bergisch Gladbach
Team 412 - Leistungen

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte den Absender und löschen Sie diese E-Mail."""),

T("de", 0, "on_behalf", "Schulsozialarbeit GGS Gronau <schulsozialarbeit.gronau@schule.example.org>", "Familie eines Schülers - Wohnsituation",
"""Liebes Team,

ich wende mich als Schulsozialarbeiterin an Sie. Ein Junge aus unserer 3. Klasse lebt mit seinen Eltern und
vier Geschwistern in einem Zimmer einer Notunterkunft. Er kommt oft müde in die Schule, weil er abends
keinen ruhigen Platz hat und nachts durch die anderen Bewohner geweckt wird. Die Mutter hat mir erlaubt,
mich bei Ihnen zu melden.

Die Familie (Nachname Yousef) ist seit über einem Jahr dort. Gibt es eine Möglichkeit, dass die Familie bei
der Wohnungssuche unterstützt wird, oder zumindest einen Gesprächstermin bekommt? Die Mutter spricht
Arabisch und etwas Deutsch, ich könnte beim ersten Termin dabei sein.

Herzliche Grüße
Marion Esser
Schulsozialarbeit, Gemeinschaftsgrundschule Gronau
Tel. 02202 5550 143 (Di-Do)"""),

T("de", 0, "machine_translated", "Abdulkadir Osman <a.osman.1988@example.net>", "Anfrage für Wohnung für meine Familie",
"""Sehr geehrte Dame und Herr,

Ich schreibe Ihnen wegen der Suche nach einer Wohnung. Ich bin ein Vater von vier Kindern und wir leben in dem
Heim seit zwei Jahren und drei Monaten. Die Lage in dem Heim ist nicht gut für die Kinder zum Lernen, weil es
ist laut und die Küche ist geteilt mit vielen Familien.

Ich habe gesucht bei vielen Webseiten, aber die Vermieter antworten nicht zu mir, vielleicht wegen meinem Namen
oder weil ich habe Jobcenter. Ich bin bereit zu gehen zu jedem Teil der Stadt Bergisch Gladbach.

Ich danke Ihnen für Ihre Zeit und ich warte auf Ihre freundliche Antwort.

Mit freundlichen Grüßen
Abdulkadir Osman"""),

T("de", 0, "hard_case", "Reza Mohammadi <reza.mhd@example.com>", "Vermieter will Bescheinigung",
"""Hallo Herr Krüger,

ich war am Samstag bei der Besichtigung in Schildgen, die Vermieterin ist sehr nett und sie will mir die Wohnung
geben. Aber sie sagt sie braucht Mietschuldenfreiheitsbescheinigung von meinem alten Vermieter. Ich habe nie
alte Vermieter in Deutschland, ich wohne nur in der Unterkunft von Stadt. Was soll ich ihr geben?

Sie will bis Mittwoch Antwort haben.

Gruß
Reza"""),

T("de", 0, "reply", "Hamid Noori <hamid.noori@example.org>", "AW: Ihr Beratungstermin am 14.04.",
"""Ja ich komme. Danke

Hamid

Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Donnerstag, 9. April 2026 11:20
An: hamid.noori@example.org
Betreff: Ihr Beratungstermin am 14.04.

Guten Tag Herr Noori,

wir bestätigen Ihren Beratungstermin am Dienstag, 14.04., um 10:30 Uhr im Stadthaus, Raum 2.14.
Bitte bringen Sie Ihren Aufenthaltstitel und den aktuellen Bescheid des Jobcenters mit.

Mit freundlichen Grüßen
Ihr Team Integration Wohnen""", date="2026-04-09 17:51"),

T("de", 1, "on_behalf", "Beratungsstelle Frauen in Not <beratung@frauen-in-not.example.org>", "Dringend: Klientin mit Kindern muss Unterkunft verlassen (Gewalt)",
"""Sehr geehrte Damen und Herren,

wir betreuen seit gestern Frau L., die mit ihren zwei Kindern (2 und 7 Jahre) in der städtischen Unterkunft in
Bensberg lebt. Ihr getrennt lebender Ehemann wohnt im selben Gebäude und hat sie am Wochenende bedroht und
geschlagen; die Polizei war vor Ort, ein Annäherungsverbot ist beantragt, aber noch nicht erlassen.

Frau L. kann dort nicht bleiben. Unser Frauenhaus ist voll belegt. Wir bitten dringend um Unterstützung
bei einer anderen Unterbringung oder einer Wohnung, möglichst noch in dieser Woche. Die Familie hat eine
Aufenthaltserlaubnis, das Jobcenter ist informiert.

Bitte rufen Sie mich unter 02202 5550 917 an, gern auch heute noch.

Mit freundlichen Grüßen
Anke Brüggemann
Dipl.-Sozialpädagogin
Beratungsstelle Frauen in Not e.V.""", date="2025-11-17 09:05"),

T("de", 0, "oneliner", "Dawit Tekle <dawit.tekle@example.net>", "Frage",
"""Hallo wie ist der Stand von meine Akte? seit 3 Monate keine Antwort. Dawit Tekle, Unterkunft Hand"""),

T("de", 0, "clean", "Nasrin Hosseini <nasrin.hosseini@example.com>", "Wohnung gefunden - Mietangebot für Jobcenter",
"""Liebe Frau Schneider,

gute Nachrichten: Wir haben eine Wohnung in Herkenrath gefunden! 3 Zimmer, 74 m², 780 Euro warm. Der
Vermieter hat uns heute das Mietangebot gegeben, ich schicke es im Anhang mit.

Er möchte bis nächsten Montag wissen, ob das Jobcenter die Miete übernimmt, sonst gibt er die Wohnung einer
anderen Familie. Können Sie uns helfen, dass das Jobcenter schnell antwortet? Wir haben morgen um 9 Uhr
einen Termin dort.

Vielen Dank für alles!
Nasrin und Ali Hosseini""", attach=["Mietangebot_Herkenrath.pdf"]),

T("de", 0, "broken", "Mustafa Alizada <mustafa.alizada@example.org>", "Kaution",
"""Guten tag

Ich habe Wohnung in Hand und vertrag unterschrieben. Aber Jobcenter sagt Kaution nicht zahlen, nur Darlehen
und dann jeden Monat von mein Geld weg. Ist das richtig? Vermieter will 1350 Euro bis 1. Mai.
Bitte sagen was ich machen.

Mustafa Alizada"""),

T("de", 0, "html_only", "Karim Saleh <karim.saleh@example.com>", "Wohnung für Familie meines Bruders",
"""Sehr geehrte Damen und Herren,

mein Name ist Karim Saleh, ich wohne seit 2016 in Köln. Mein Bruder Jamal lebt mit seiner Frau und drei
Kindern in der Unterkunft in Moitzfeld. Sein Deutsch ist noch nicht so gut, deshalb schreibe ich für ihn.

Die Familie sucht eine Wohnung in Bergisch Gladbach, mindestens 3 Zimmer. Mein Bruder arbeitet als
Helfer in einem Lager, das Jobcenter stockt auf. Wie kann er bei Ihnen einen Termin bekommen? Ich kann
mitkommen und übersetzen.

Meine Telefonnummer: 0163 2281 4470

Vielen Dank und freundliche Grüße
Karim Saleh""", html="only"),

T("de", 1, "formal", "Sozialdienst St. Marien <sozialdienst@marien-kh.example.org>", "Eilt: Entlassung Mutter mit Neugeborenem - keine Unterkunft",
"""Sehr geehrte Damen und Herren,

wir melden uns vom Sozialdienst des Krankenhauses. Frau Fatuma Hassan (26) hat am Montag ihr erstes Kind
entbunden. Mutter und Kind sind gesund und sollen am Donnerstag entlassen werden.

Frau Hassan war bisher bei einer Bekannten in Refrath untergekommen, die sie nach der Geburt nicht mehr
aufnehmen kann. Sie ist anerkannt, bezieht Bürgergeld und hat keine eigene Wohnung. Uns ist gesagt
worden, dass Ihr Team bei der Wohnungssuche hilft. Wir brauchen bis Donnerstag eine Lösung, wohin sie
mit dem Säugling gehen kann.

Bitte melden Sie sich so bald wie möglich bei uns.

Mit freundlichen Grüßen
Petra Hollmann
Sozialdienst / Entlassmanagement
Tel. 02204 555 3120""", date="2025-06-24 10:48"),

T("de", 0, "reply", "Amanuel Gebre <amanuel.gebre@example.net>", "Re: Re: Unterlagen für Ihre Akte",
"""Hallo,

hier die Fotos von Aufenthalt und Jobcenter Bescheid. Lohnzettel kommt nächste Woche von Chef.

Amanuel

Am Mi., 3. Sept. 2025 um 14:02 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Guten Tag Herr Gebre,
>
> für Ihre Akte fehlen uns noch eine Kopie Ihres Aufenthaltstitels (Vorder- und Rückseite),
> der aktuelle Bewilligungsbescheid und, falls vorhanden, ein Einkommensnachweis.
>
> Mit freundlichen Grüßen
> Team Integration Wohnen""", attach=["IMG_2231.heic", "IMG_2232.heic", "Bescheid.jpg"], date="2025-09-05 20:14"),

T("de", 0, "hard_case", "Ahmad Sultani <ahmad.sultani@example.org>", "Ausbildung und WG in Köln erlaubt?",
"""Hallo Team,

ich mache ab August eine Ausbildung als Elektroniker in Köln-Mülheim. Ein Kollege hat mir ein Zimmer in seiner WG
angeboten, 390 Euro warm. Darf ich aus der Unterkunft in Gronau ausziehen, obwohl ich in Bergisch Gladbach
gemeldet bin? Und wer zahlt dann die Miete, Jobcenter oder BAB? Ich verdiene im ersten Jahr 1.050 Euro brutto.

Ich will alles richtig machen, damit ich keine Probleme bekomme.

Danke
Ahmad"""),

T("de", 0, "mixed_language", "Joseph Mensah <jmensah@example.com>", "flat search / Wohnungssuche",
"""Hello, guten Tag,

ich suche eine Wohnung for me and my wife, she is pregnant, baby comes in September. We live now in the
Unterkunft in Heidkamp, one room. Mein Deutsch ist A2, sorry. I work in a Bäckerei in Bensberg, Vollzeit,
so maybe we don't need Jobcenter for the rent.

Can I make a Termin with you? Danke!

Joseph Mensah"""),
]
