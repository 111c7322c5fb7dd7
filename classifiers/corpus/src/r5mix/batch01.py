"""r5mix batch 01: German tenant_request: own cases, people acting for a named person (school, Jobcenter,
midwife, mentor, daughter), replies to the team, a forwarded listing, workshop and certificate mails; three urgent."""
from mailwriter import T

MAILS = [
T("de", 0, "phone", "Mahmoud Alali <m.alali.2019@example.com>", "wohnung",
"""hallo
ich suche wohnung 3 zimmer wir sind 5 person 3 kinder. wbs habe ich schon seit märz
wohne jetzt unterkunft paffrath
bitte anrufen 0176 4410 2293 nach 15 uhr
mahmoud""", date="2026-04-02 07:41"),

T("de", 0, "reply", "Nadia Karimi <nadia.karimi88@example.net>", "AW: Ihre Unterlagen für die Wohnungssuche",
"""Guten Tag Frau Wiegand,

anbei die Unterlagen. Eine Mietschuldenfreiheitsbescheinigung habe ich nicht, weil ich in Deutschland noch nie eine eigene Wohnung hatte, ich wohne seit 2023 in der Unterkunft. Ist das ein Problem?
Die Gehaltsabrechnung für März bekomme ich erst nächste Woche, ich schicke sie dann nach. Ich arbeite in der Pflege, 30 Stunden.

Viele Grüße
Nadia Karimi

Am Do., 9. Apr. 2026 um 11:37 Uhr schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Karimi,
>
> vielen Dank für das Gespräch am Dienstag. Damit wir Sie Vermieterinnen und Vermietern vorschlagen können, benötigen wir noch folgende Unterlagen:
> - Kopie des Aufenthaltstitels (Vorder- und Rückseite)
> - Einkommensnachweise der letzten drei Monate
> - Mietschuldenfreiheitsbescheinigung (falls vorhanden)
> - Teilnahmebestätigung Workshop
>
> Sie können uns die Unterlagen gerne per Mail schicken.
>
> Mit freundlichen Grüßen
> Sabine Wiegand
> Integration Wohnen / Auszugsmanagement
> Stadt Bergisch Gladbach""",
 attach=["Aufenthaltstitel_Karimi.pdf", "Lohnabrechnung_Jan_Feb_2026.pdf", "Teilnahmebestaetigung.jpg"], date="2026-04-13 19:22"),

T("de", 0, "on_behalf", "Schulsozialarbeit IGS Paffrath <schulsozialarbeit.igs@example.org>", "Wohnsituation Familie Haidari – Bitte um Rückruf",
"""Sehr geehrte Damen und Herren,

ich bin Schulsozialarbeiterin an einer Gesamtschule in Bergisch Gladbach und wende mich mit Einverständnis der Eltern an Sie.

Die Schülerin Mahsa Haidari (Klasse 7) lebt mit ihren Eltern und zwei jüngeren Brüdern in einem Zimmer der Unterkunft in Paffrath. Die Klassenleitung hat mich angesprochen, weil Mahsa seit Wochen übermüdet ist und kaum Hausaufgaben abgibt. Im Gespräch hat sie erzählt, dass es abends keinen Ort gibt, an dem sie in Ruhe lernen kann, und dass die Familie „schon lange auf eine Wohnung wartet“.

Die Eltern sagen, sie seien bei Ihnen gemeldet und hätten auch an einem Workshop teilgenommen. Ich würde gerne verstehen, wie der Stand ist und ob die Schule irgendetwas beitragen kann – zum Beispiel eine Stellungnahme zur Situation der Kinder, falls das bei der Vermittlung hilft.

Eine Schweigepflichtentbindung der Eltern liegt mir vor, ich kann sie Ihnen gerne schicken.

Über einen Rückruf würde ich mich freuen, am besten dienstags oder donnerstags vormittags.

Mit freundlichen Grüßen

Katrin Oberländer
Schulsozialarbeit
Tel. 02202 55 318-24"""),

T("de", 0, "formal", "Kerstin Lohmar | Jobcenter <k.lohmar@jobcenter-rb.example.org>", "Herr Dawit Tesfamariam, BG-Nr. 33801//0047512 – Zusicherung Wohnungswechsel",
"""Sehr geehrte Damen und Herren,

Herr Dawit Tesfamariam hat mir heute das Wohnungsangebot für die 1,5-Zimmer-Wohnung in Gronau (41 m², Kaltmiete 430,00 EUR, Nebenkosten 95,00 EUR, Heizkosten 60,00 EUR) vorgelegt.

Die Unterkunftskosten sind angemessen. Die Zusicherung nach § 22 Abs. 4 SGB II wurde heute erteilt, ebenso die Übernahme der Mietkaution als Darlehen. Der Bescheid geht Herrn Tesfamariam in den nächsten Tagen per Post zu; eine Kopie ist beigefügt.

Herr Tesfamariam gab an, dass die Wohnung über Ihr Programm vermittelt wurde und er Unterstützung bei der Vertragsunterzeichnung und beim Auszug aus der Unterkunft benötigt. Ich wäre Ihnen dankbar, wenn Sie mir den Mietbeginn mitteilen, sobald er feststeht, damit die Leistungen rechtzeitig umgestellt werden können.

Mit freundlichen Grüßen
Im Auftrag

Kerstin Lohmar
Integrationsfachkraft / Leistungsbereich
Jobcenter, Team 412

--
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet. Bitte beachten Sie, dass über dieses Postfach keine Anträge rechtswirksam gestellt werden können.""",
 attach=["Zusicherung_Tesfamariam.pdf"], date="2026-04-08 10:03"),

T("de", 1, "machine_translated", "Rania S. <rania.s.1990@example.com>", "Hilfe bitte dringend",
"""Sehr geehrte Damen und Herren,

ich schreibe Ihnen mit Hilfe eines Übersetzungsprogramms, bitte entschuldigen Sie die Fehler.

Ich lebe mit meinen zwei Kindern (4 und 7 Jahre) in der Unterkunft in Bensberg. Der Bruder meines ehemaligen Ehemannes wohnt seit drei Wochen im selben Gebäude. Gestern Abend hat er mich im Flur bedroht und mich geschlagen, weil ich mich scheiden lassen habe. Die Polizei ist gekommen und hat ihn mitgenommen, aber heute Mittag war er wieder da und hat an meine Tür geklopft.

Ich habe große Angst, heute Nacht hier mit meinen Kindern zu schlafen. Die Sozialarbeiterin der Unterkunft ist erst am Montag wieder im Büro und der Hausmeister sagt, er kann nichts machen.

Ich bitte Sie höflich, uns an einen anderen Ort zu verlegen oder mir zu sagen, an wen ich mich wenden kann. Ich bin bei Ihnen bereits für die Wohnungssuche angemeldet (Workshop im Januar).

Meine Telefonnummer: 0157 3092 1174

Mit freundlichen Grüßen
Rania""", date="2026-04-17 16:52"),

T("de", 1, "clean", "Drita Krasniqi <drita.krasniqi@example.org>", "Räumungstermin 28.04. – wir brauchen dringend Hilfe",
"""Sehr geehrte Damen und Herren,

Sie haben uns 2021 geholfen, aus der Unterkunft in Hand in eine Wohnung zu ziehen. Jetzt wende ich mich wieder an Sie, weil wir in einer sehr schlimmen Situation sind.

Unser Vermieter hat uns letztes Jahr wegen Eigenbedarf gekündigt. Wir haben gesucht, wirklich, über 60 Bewerbungen, aber niemand will eine Familie mit drei Kindern und Jobcenter-Aufstockung. Das Amtsgericht hat der Räumungsklage stattgegeben, und heute kam der Brief vom Gerichtsvollzieher: Räumung am Dienstag, 28. April, um 9 Uhr.

Das Ordnungsamt hat gesagt, dass wir im Notfall in eine Obdachlosenunterkunft kommen. Meine Kinder gehen in Refrath zur Schule, der Große macht dieses Jahr seinen Abschluss.

Gibt es irgendeine Möglichkeit, dass Sie uns kurzfristig helfen können, oder dass wir wenigstens wieder in das Programm aufgenommen werden? Alle Unterlagen (Gerichtsbeschluss, Räumungsmitteilung, Jobcenter-Bescheid) kann ich sofort schicken.

Mit freundlichen Grüßen
Drita Krasniqi
Mobil 0162 2874 039""", date="2026-04-22 08:15"),

T("de", 1, "on_behalf", "Miriam Koch <m.koch@hebammen-sonnenweg.example.net>", "Dringend: Wöchnerin ohne Wohnung, Entlassung Donnerstag",
"""Guten Morgen,

ich bin freiberufliche Hebamme und betreue Frau Amina Diallo (28), die am Sonntag ihre Tochter entbunden hat. Mutter und Kind sind gesund, die Entlassung aus dem Krankenhaus ist für Donnerstag geplant.

Das Problem: Frau Diallo hat bis zur Geburt bei einer Bekannten auf dem Sofa gewohnt (1-Zimmer-Apartment). Die Bekannte hat ihr jetzt gesagt, dass sie mit dem Baby nicht zurückkommen kann. Frau Diallo hat eine Aufenthaltsgestattung, war früher in der städtischen Unterkunft in Herkenrath und ist, soweit ich verstanden habe, ausgezogen, als sie zu der Bekannten ging.

Ab Donnerstag hat sie mit einem fünf Tage alten Säugling keinen Schlafplatz. Die Sozialarbeiterin im Krankenhaus hat mir Ihre Adresse gegeben. Können Sie bitte kurzfristig prüfen, ob eine Rückkehr in die Unterkunft oder eine andere Lösung möglich ist?

Frau Diallo spricht Französisch und etwas Deutsch. Ich bin heute und morgen gut erreichbar.

Viele Grüße
Miriam Koch
Hebamme
0171 6621 408""", date="2026-04-20 08:05"),

T("de", 0, "broken", "Yusuf Noori <yusuf.noori.gl@example.com>", "Anmeldung Wohnungsführerschein",
"""Guten Tag,

wir möchten anmelden für nächste Workshop Wohnungsführerschein:
1. Yusuf Noori
2. Halima Noori (meine Frau)
wir wohnen beide Unterkunft Schildgen Zimmer 9.

Wir können nur nachmittag weil vormittag haben wir Sprachkurs B1 bis 12:30.
Meine Frau braucht vielleicht Dolmetscher Dari, sie versteht nicht alles.

Danke schön
Yusuf"""),

T("de", 0, "broken", "Samir Haddad <samir.haddad95@example.net>", "Bestätigung Workshop",
"""Guten Tag

ich war im Februar bei Mieterführerschein, 3 Termin, alles gemacht. Aber ich habe keine Bestätigung bekommen. Jetzt Vermieter fragt, er will sehen.
Können Sie bitte schicken per Mail, PDF ist gut.

Samir Haddad geb. 03.07.1995
Unterkunft Bensberg

Danke"""),

T("de", 0, "machine_translated", "Abdul Wahid Stanikzai <aw.stanikzai@example.com>", "Anfrage zum Wohnberechtigungsschein",
"""Sehr geehrte Damen und Herren,

ich hoffe, es geht Ihnen gut. Ich möchte höflich nachfragen, wie ich einen Wohnberechtigungsschein beantragen kann. Mein Aufenthaltstitel ist gültig bis November 2027.

Wäre es möglich, dass Sie mir das Antragsformular zusenden? Zusätzlich möchte ich wissen, ob meine Ehefrau und meine zwei Kinder, die sich derzeit noch in Pakistan befinden und auf das Visum für den Familiennachzug warten, bereits im Antrag berücksichtigt werden können, damit wir eine Wohnung für vier Personen suchen dürfen.

Ich bedanke mich im Voraus für Ihre Freundlichkeit und Ihre Mühe.

Mit freundlichen Grüßen
Abdul Wahid Stanikzai
Gemeinschaftsunterkunft Moitzfeld"""),

T("de", 0, "clean", "Iryna Holub <iryna.holub@example.org>", "Kaution für Wohnung in Refrath – wie läuft das mit dem Jobcenter?",
"""Hallo Frau Demir,

gute Nachrichten: Ich habe eine Zusage für die 2-Zimmer-Wohnung in Refrath bekommen, die ich Ihnen letzte Woche gezeigt habe! Der Vermieter möchte den Vertrag Anfang Mai machen.

Er verlangt 2.100 Euro Kaution (drei Kaltmieten), die innerhalb von zwei Wochen nach Unterschrift gezahlt werden sollen. Das Jobcenter hat mir am Telefon gesagt, ich soll „einen Antrag auf Darlehen stellen“, aber erst, wenn ich das Mietangebot habe. Das Mietangebot habe ich jetzt.

Meine Fragen:
- Reicht das Formular vom Jobcenter oder braucht der Vermieter noch eine Bestätigung von Ihnen?
- Kann die Kaution auch in Raten gezahlt werden, falls das Jobcenter zu lange braucht?
- Muss ich die Unterkunft kündigen, und wenn ja, mit welcher Frist?

Vielen Dank für Ihre Hilfe, ohne Sie hätte ich das nicht geschafft.

Iryna Holub""", html="alt"),

T("de", 0, "phone", "Eyerusalem Haile <eyeru.haile@example.net>", "schufa??",
"""hallo
vermieter will schufa auskunft. was ist das und wo bekomm ich das, kostet das geld?? ich bin seit 2022 in deutschland hab kein kredit nix
danke
lg eyerusalem

Von meinem iPhone gesendet"""),

T("de", 0, "broken", "Khaled Mansour <khaled.mansour.83@example.com>", "Ich warte seit 8 Monat",
"""Sehr geehrte Damen und Herren,

ich bin seit August 2025 bei Ihnen registriert, habe Workshop gemacht und alle Papiere gegeben. Bis heute keine Wohnung, kein Anruf, nichts.
Mein Nachbar im Heim hat schon Wohnung bekommen nach 3 Monat. Warum ich nicht? Ich bin alleine, ich arbeite bei Lager in Vollzeit, ich zahle Gebühr für Heim 400 Euro jeden Monat. Das ist viel Geld für ein Zimmer mit 2 Person.

Bitte sagen Sie ehrlich ob ich noch auf Liste bin oder ob ich etwas falsch gemacht habe.

Mit freundlichen Grüßen
Khaled Mansour
Unterkunft Gronau""", date="2026-04-27 21:48"),

T("de", 0, "on_behalf", "Zahra Rezaei <zahra.rezaei.2009@example.com>", "Für meine Eltern (Familie Rezaei)",
"""Hallo,

ich bin Zahra, 16 Jahre, und schreibe für meine Eltern, weil sie noch nicht so gut Deutsch können.

Wir haben gestern Ihren Brief bekommen wegen dem Termin am 23.04. um 14 Uhr. Da habe ich aber Schule bis 15:10 und mein Vater hat Sprachkurs bis 13:30. Geht es vielleicht auch um 16 Uhr oder an einem anderen Tag? Dann kann ich mitkommen und übersetzen.

Mein Vater heißt Ghulam Rezaei, wir wohnen in der Unterkunft in Hand.

Liebe Grüße
Zahra""", date="2026-04-15 17:30"),

T("de", 0, "on_behalf", "Gisela Vorndamme <gisela.vorndamme@example.net>", "Patenfamilie Mengistu – ein paar Fragen",
"""Liebes Team Integration Wohnen,

ich begleite seit gut einem Jahr ehrenamtlich die Familie Mengistu (Herr Abebe Mengistu, Frau Selam Tadesse und die Kinder Ruth und Natan), die in der Unterkunft in Herkenrath wohnt. Ich bin pensionierte Grundschullehrerin und habe Zeit, deshalb übernehme ich gerne Laufarbeit.

Wir sind inzwischen ein wenig ratlos und ich hätte gerne ein paar Dinge geklärt, bevor ich der Familie etwas Falsches erzähle:

1. Die Familie hat im November am Workshop teilgenommen. Herr Mengistu hat aber nur zwei der drei Termine geschafft, weil er auf der Baustelle eingeteilt war. Gilt der Workshop trotzdem, oder muss er den letzten Termin nachholen?

2. Der WBS ist im März abgelaufen. Muss er neu beantragt werden, bevor Sie die Familie weiter vorschlagen?

3. Ich habe auf eigene Faust eine Anzeige in unserem Gemeindeblatt geschaltet. Darauf hat sich eine ältere Dame gemeldet, die vielleicht eine Wohnung in Moitzfeld vermieten würde. Soll ich ihr Ihre Kontaktdaten geben, oder ist es besser, wenn die Familie direkt mit ihr spricht?

4. Darf ich zu Terminen bei Ihnen mitkommen? Frau Tadesse fühlt sich sicherer, wenn jemand dabei ist.

Die Familie ist einverstanden, dass ich mich in ihrem Namen bei Ihnen melde. Eine kurze Vollmacht haben wir aufgesetzt, sie hängt an.

Herzliche Grüße und vielen Dank für Ihre Arbeit
Gisela Vorndamme""", attach=["Vollmacht_Mengistu.pdf"]),

T("de", 0, "forward", "Omar Sheikh Ali <omar.sheikhali@example.com>", "WG: Re: Ihre Anfrage 3-Zimmer-Wohnung Heidkamp",
"""Hallo,
ich habe diese Wohnung gefunden bei Internet. Der Mann sagt er ist in England und ich soll erst Kaution schicken dann kommt Schlüssel mit Post. Ist das normal in Deutschland? Die Wohnung ist billig 480 Euro für 3 Zimmer. Bitte sagen Sie mir ob ich machen soll.
Omar

-------- Weitergeleitete Nachricht --------
Betreff: Re: Ihre Anfrage 3-Zimmer-Wohnung Heidkamp
Datum: Sat, 11 Apr 2026 23:02:41 +0100
Von: Richard Hallmann <r.hallmann.home@example.net>
An: omar.sheikhali@example.com

Hallo Omar,

danke für Ihr Interesse an meiner Wohnung. Ich arbeite zurzeit als Ingenieur in London und kann leider nicht persönlich zur Besichtigung kommen. Damit die Wohnung für Sie reserviert bleibt, überweisen Sie bitte die Kaution (960 EUR) und die erste Monatsmiete. Nach Zahlungseingang sende ich Ihnen die Schlüssel und den Vertrag per Kurier.

Mit freundlichen Grüßen
Richard Hallmann""", date="2026-04-12 10:14"),

T("de", 0, "machine_translated", "Hevin Ali <hevin.ali.97@example.org>", "Auszug aus der Unterkunft und Möbel",
"""Sehr geehrtes Team,

ich freue mich sehr, Ihnen mitzuteilen, dass ich den Mietvertrag für eine Wohnung in Moitzfeld unterschrieben habe. Der Einzug ist am 1. Mai.

Ich möchte Sie bitte fragen:
1. Wen muss ich informieren, dass ich aus der Unterkunft ausziehe, und muss ich das schriftlich machen?
2. Darf ich die Matratze und den Schrank aus meinem Zimmer mitnehmen oder gehören diese der Stadt?
3. Wo beantrage ich die Erstausstattung für die Wohnung (Möbel, Herd)? Die Wohnung hat keine Küche.
4. Muss ich meine neue Adresse selbst beim Bürgerbüro melden?

Vielen Dank für Ihre Geduld mit mir in den letzten Monaten.

Mit freundlichen Grüßen
Hevin Ali""", date="2026-04-24 12:40"),

T("de", 0, "clean", "Emmanuel Asante <e.asante@example.com>", "Mietschuldenfreiheitsbescheinigung – alter Vermieter weigert sich",
"""Guten Tag,

ich wohne seit 2022 in einer Wohnung, die ich damals über Sie bekommen habe. Inzwischen haben wir ein zweites Kind und die Wohnung (48 m²) ist zu klein, deshalb suche ich etwas Größeres.

Für Bewerbungen brauche ich eine Mietschuldenfreiheitsbescheinigung. Mein jetziger Vermieter weigert sich, sie auszustellen. Er sagt, er habe „keine Zeit für Papierkram“. Ich habe nie Mietschulden gehabt, die Miete geht jeden Monat per Dauerauftrag raus.

Kann ich stattdessen Kontoauszüge vorlegen? Oder könnten Sie vielleicht mit dem Vermieter sprechen, da er ja über Ihr Programm an uns vermietet hat?

Viele Grüße
Emmanuel Asante"""),

T("de", 0, "oneliner", "Bashir Ahmadzai <bashir.ahmadzai@example.net>", "Termin Dienstag",
"""Hallo Frau Yilmaz ich kann Dienstag nicht kommen bin krank, Attest habe ich. Bitte neuer Termin. Bashir Ahmadzai"""),

T("de", 0, "broken", "Rojda Aslan <rojda.aslan@example.com>", "Wir brauchen größere Wohnung",
"""Hallo

Mein Name ist Rojda Aslan. Ich und mein Mann wohnen in Unterkunft Heidkamp in ein Zimmer. Wir bekommen Baby im Juli, Ärztin sagt alles gut. Aber Zimmer ist nur 14 m² und Küche teilen mit 6 Familie.

Wir haben Anerkennung seit Januar. Mein Mann sucht jeden Tag Wohnung bei Internet, aber Vermieter antwortet nicht. Können Sie uns helfen? Was müssen wir machen, muss Workshop machen?

Vielen Dank
Rojda und Baran Aslan""", html="alt"),
]
