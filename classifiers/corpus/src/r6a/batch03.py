"""r6a batch 03: German. Landlord follow-ups (key handover, waiting for the Jobcenter, a withdrawn offer, a
water damage by a placed tenant), a care service with staff flats, a Bosnian-born owner and an elderly couple
with a basement flat; tenants and helpers writing about contract, guarantee, certificate and deposit;
inquiries from a Kita, an association network, a neighbour, a former client, a tutor and a bike workshop."""
from mailwriter import T, L, I

MAILS = [
L("de", 0, "reply", "Elke Brandenburg <elke.brandenburg@example.org>", "Re: Familie Rahimi",
"""Hallo zusammen,

alles klar, die Familie Rahimi kann kommen. Schlüsselübergabe am 1. um 10 Uhr, die Zählerstände lesen wir dann gemeinsam ab. Bitte sagen Sie ihnen, dass sie einen Ausweis mitbringen.

Schöne Grüße
Elke Brandenburg

> Am 19.02.2026 schrieb Integration Wohnen:
> Liebe Frau Brandenburg, die Familie hat die Zusage vom Jobcenter erhalten und freut sich sehr."""),

L("de", 0, "broken", "Senad Hodžić <senad.hodzic@example.net>", "Wohnung frei in Paffrath",
"""Sehr geehrte Damen und Herren,
ich bin 1993 selbst als Flüchtling aus Bosnien nach Bergisch Gladbach gekommen, wir haben damals 3 Jahre in Container gewohnt. Heute habe ich Firma (Fliesenleger) und ein Haus mit 3 Wohnungen.
Die Dachwohnung ist jetzt frei, 2 Zimmer, frisch renoviert. Ich will die gern über Sie vermieten. Bitte rufen Sie an, am besten nach 17 Uhr.
Senad Hodžić
0172 660 3318"""),

L("de", 0, "phone", "Birgit Schallenberg <birgit.schallenberg@example.com>", "Re: Re: Wohnung Hand",
"""hallo nochmal, hat das jobcenter jetzt die miete bestätigt? ich hab noch zwei andere interessenten die sofort unterschreiben würden. ich mag die familie wirklich aber ich brauche bis montag eine antwort
lg birgit schallenberg"""),

L("de", 0, "formal", "Ambulanter Pflegedienst Sonnenhof <verwaltung@pflege-sonnenhof.example.org>", "Personalwohnungen – Vermietung an Mitarbeitende aus Ihrem Programm",
"""Sehr geehrte Damen und Herren,

unser Pflegedienst verfügt über zwei möblierte Personalwohnungen in Bensberg (je 1 Zimmer mit Kochnische und Bad). Derzeit beschäftigen wir drei Pflegehelferinnen, die noch in städtischen Unterkünften leben.

Wir möchten die Wohnungen bevorzugt an diese Mitarbeiterinnen vermieten, die Miete würde direkt vom Gehalt einbehalten. Ist dabei etwas im Hinblick auf das Jobcenter oder die Unterkunft zu beachten? Gern stimmen wir uns mit Ihnen ab.

Mit freundlichen Grüßen
Martina Offermann
Verwaltung"""),

L("de", 0, "clean", "Helmut und Renate Dörner <doerner.moitzfeld@example.net>", "Einliegerwohnung bei uns im Haus",
"""Guten Tag,

wir sind ein älteres Ehepaar in Moitzfeld. In unserem Haus gibt es eine Einliegerwohnung im Souterrain (1 Zimmer, Duschbad, kleine Küche, eigener Eingang), in der früher unser Sohn gewohnt hat.

Wir könnten uns vorstellen, sie an eine einzelne Person oder ein Paar zu vermieten. Wir wohnen ja direkt darüber, deshalb wäre uns ein persönliches Kennenlernen wichtig. Ist das bei Ihnen möglich?

Freundliche Grüße
Renate Dörner"""),

L("de", 0, "oneliner", "Ilse Grunwald <ilse.grunwald@example.com>", "Angebot zurückgezogen",
"""Hallo Frau Kessler, ich ziehe mein Angebot für die Wohnung in der Lerbacher Str. leider zurück. Nach dem Gespräch mit meinem Mann wollen wir doch verkaufen. Entschuldigung für die Umstände. I. Grunwald"""),

L("de", 0, "formal", "Kaiser Immobilienverwaltung <service@kaiser-iv.example.org>", "Wasserschaden Whg. 3, Am Stockbrunnen 9 – Mieterin aus Ihrem Programm",
"""Sehr geehrte Damen und Herren,

in der Wohnung Nr. 3 (Mieterin Frau H., vermittelt über Ihr Auszugsmanagement) ist ein Wasserschaden an der Küchenspüle entstanden, der offenbar mehrere Wochen nicht gemeldet wurde. Die darunterliegende Wohnung ist betroffen.

Wir möchten das nicht eskalieren, bitten Sie aber, Frau H. auf ihre Meldepflicht hinzuweisen, und fragen, ob die Haftpflichtversicherung der Mieterin bekannt ist.

Mit freundlichen Grüßen
Jana Kaiser""", html="alt"),

T("de", 0, "broken", "Eyob Tesfamariam <eyob.tm@example.org>", "Vertrag prüfen bitte",
"""Hallo Frau Kessler,
Vermieter hat mir Vertrag geschickt, ist 12 Seite. Können Sie bitte kucken bevor ich unterschreibe? Ich verstehe nicht alles, besonders mit Renovierung.
Danke
Eyob""", attach=["Mietvertrag_Entwurf.pdf"]),

T("de", 0, "on_behalf", "Schulsozialarbeit IGP <schulsozialarbeit@igp-gl.example.org>", "Familie Mansour, Schülerin Klasse 7b",
"""Sehr geehrte Damen und Herren,

ich bin Schulsozialarbeiterin an der Integrierten Gesamtschule. Die Familie unserer Schülerin Lina Mansour (Eltern und vier Kinder) hat eine Wohnung in Aussicht, der Vermieter verlangt jedoch eine Bescheinigung, dass die Familie an Ihrem Mieterführerschein teilgenommen hat. Die Eltern waren nach meinem Wissen im Herbst dort.

Könnten Sie der Familie die Bescheinigung zuschicken oder mir sagen, wie sie sie bekommt? Die Eltern haben mich gebeten, für sie zu schreiben.

Freundliche Grüße
Miriam Lehnen"""),

T("de", 0, "broken", "Abdi Hassan Farah <abdi.farah@example.net>", "Herr Schmitz wartet",
"""Hallo
Herr Schmitz (der Vermieter) wartet auf Ihr Anruf wegen Mietbürgschaft. Bitte heute noch, er sagt sonst gibt er Wohnung an andere.
Gruß Abdi"""),

T("de", 0, "oneliner", "Rahel Mesfin <rahel.mesfin@example.com>", "Teilnahmebestätigung",
"""Bitte Teilnahmebestätigung vom Workshop schicken, Vermieterin will sehen. Danke Rahel Mesfin"""),

T("de", 0, "broken", "Wahid Ahmadzai <wahid.ahmadzai@example.org>", "Wohnung gefunden Herkenrath",
"""Guten Tag
ich habe Wohnung gefunden in Herkenrath, 62 qm, 780 Euro warm. Wir sind 3 Personen. Ist das ok für Jobcenter? Eigentümer will Antwort bis Freitag.
Wahid Ahmadzai"""),

T("de", 0, "machine_translated", "Farida Nazari <farida.nazari@example.net>", "Kaution Frage",
"""Guten Tag,
mein Ehemann und ich haben heute die Schlüssel bekommen, wir sind sehr glücklich. Wann wird das Geld für die Kaution vom Jobcenter an den Vermieter überwiesen? Er fragt jeden Tag danach und wir schämen uns.
Mit freundlichen Grüßen
Farida Nazari"""),

T("de", 0, "mixed_language", "Omar Kassem <omar.kassem@example.com>", "Vermieter Frage",
"""Hallo, der Vermieter fragt ob ich SCHUFA habe. Ich habe gesagt ich habe keine Schulden, aber er will Papier. Wo bekomme ich das? Kostet das Geld?
شكرا
Omar"""),

I("de", 0, "clean", "Kita Regenbogen Gronau <leitung@kita-regenbogen.example.org>", "Allgemeine Frage: Weitervermittlung von Familien",
"""Guten Tag,

in unserer Kita betreuen wir mehrere Kinder aus Familien, die in Unterkünften leben. Die Eltern fragen uns häufig nach Hilfe bei der Wohnungssuche. An wen genau dürfen wir die Familien verweisen, und gibt es Sprechzeiten, die wir weitergeben können?

Mit freundlichen Grüßen
Sandra Heuser, Kitaleitung"""),

I("de", 0, "formal", "Netzwerk Willkommen GL <koordination@willkommen-gl.example.net>", "Einladung Netzwerktreffen Wohnen am 12. Mai",
"""Liebe Kolleginnen und Kollegen,

das nächste Netzwerktreffen der Initiativen, Wohlfahrtsverbände und Beratungsstellen findet am Dienstag, 12. Mai, 16–18 Uhr im Bürgerhaus Bergischer Löwe statt. Schwerpunkt diesmal: Wohnungssuche und Zusammenarbeit mit Vermietern.

Wir würden uns freuen, wenn Ihr Team kurz über aktuelle Entwicklungen berichtet.

Viele Grüße
Claudia Rosenbaum
Koordination"""),

I("de", 0, "phone", "Gerd Lammerz <gerd.lammerz@example.org>", "Unterkunft Kempener Weg",
"""Guten Abend, ich wohne gegenüber der Unterkunft. Seit Wochen stehen die Mülltonnen offen und es liegt Sperrmüll auf dem Gehweg. Wer ist dafür zuständig? Ich hab beim Ordnungsamt angerufen, die sagen ich soll bei Ihnen fragen.
G. Lammerz"""),

I("de", 0, "broken", "Mustafa Rezai <mustafa.rezai@example.net>", "Kindergeld neue Adresse",
"""Hallo, wir wohnen jetzt in neue Wohnung seit Dezember, alles gut. Muss ich neue Adresse selber an Familienkasse schicken für Kindergeld oder macht das die Stadt automatisch?
Mustafa"""),

I("de", 0, "clean", "Johanna Scholten <johanna.scholten@example.com>", "Ehrenamtliche Deutschnachhilfe",
"""Hallo,

ich bin pensionierte Gymnasiallehrerin und würde gern ehrenamtlich helfen, zum Beispiel mit Deutsch üben für Menschen, die an Ihren Wohnungs-Workshops teilnehmen, oder beim Ausfüllen von Formularen. Ich habe dienstags und donnerstags Zeit. Gibt es dafür einen Bedarf?

Viele Grüße
Johanna Scholten"""),

I("de", 0, "clean", "Radwerkstatt Refrath e.V. <hallo@radwerkstatt-refrath.example.org>", "Fahrräder für Familien nach dem Umzug",
"""Hallo liebes Team,

wir sind eine ehrenamtliche Fahrradwerkstatt und haben gerade 15 aufbereitete Kinder- und Erwachsenenräder übrig. Gerade Familien, die aus den Unterkünften in entferntere Stadtteile ziehen, könnten die brauchen. Dürfen wir Ihnen einen Gutschein-Stapel vorbeibringen, den Sie weitergeben?

Radelnde Grüße
Tim Oberdörfer"""),
]
