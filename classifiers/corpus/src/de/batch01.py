"""Batch 01: tenant_request (people seeking flats, in German of all kinds)."""
from mailwriter import T

MAILS = [
T("de", 0, "oneliner", "Ahmad Rahimi <ahmad.rahimi91@example.com>", "wohnung",
"""hallo ich suche wohnung 4 person bitte helfen

Ahmad"""),

T("de", 0, "clean", "Samira Haddad <samira.haddad@example.net>", "Anfrage Unterstützung Wohnungssuche",
"""Sehr geehrte Damen und Herren,

mein Name ist Samira Haddad, ich wohne seit zwei Jahren mit meinem Mann und unseren zwei Kindern (6 und 9 Jahre) in der städtischen Unterkunft in der Lerbacher Straße in Bensberg. Unsere Aufenthaltserlaubnis wurde im Februar für drei Jahre verlängert, und mein Mann arbeitet seit Oktober in Vollzeit bei einer Logistikfirma in Köln-Porz.

Wir suchen schon lange eine Wohnung, aber auf unsere Bewerbungen bekommen wir meistens keine Antwort. Eine Bekannte hat mir erzählt, dass Sie Familien bei der Wohnungssuche begleiten. Könnten wir einen Termin bekommen?

Wir brauchen mindestens 3 Zimmer, gerne in der Nähe der Grundschule Bensberg, weil die Kinder dort schon zur Schule gehen.

Mit freundlichen Grüßen
Samira Haddad
Tel. 0151 23456712"""),

T("de", 0, "broken", "Mohammad Nazari <m.nazari.2019@example.com>", "Wohnung suchen",
"""Hallo sehr geehrte Frau,

ich bin Mohammad ich wohne in Heim Refrath seit 3 Jahr. Ich habe jetzt Arbeit bei Rewe, 30 stunde. Ich suche klein Wohnung 1 Zimmer oder 2 Zimmer für mich allein. Ich war bei viel Besichtigung aber Vermieter sagen immer nein wenn hören Jobcenter. Aber ich habe jetzt Arbeit nur bisschen Jobcenter noch.

Können sie mir helfen bitte? Ich kann jede Tag nach 15 Uhr kommen.

Danke schön
Mohammad Nazari
0176 23451188"""),

T("de", 1, "clean", "Olena Kravets <olena.kravets@example.org>", "DRINGEND: Räumungstermin 14.03.",
"""Sehr geehrte Damen und Herren,

ich wende mich in einer sehr dringenden Angelegenheit an Sie. Ich wohne mit meiner Tochter (4 Jahre) seit 2023 zur Untermiete bei einer Familie in Gronau. Der Hauptmieter hat uns wegen Eigenbedarf gekündigt, und gestern kam ein Schreiben vom Gerichtsvollzieher: Die Räumung ist für Freitag, den 14.03., um 9 Uhr angesetzt.

Ich habe keine andere Unterkunft und weiß nicht, wohin wir gehen sollen. Beim Sozialamt wurde mir gesagt, ich solle mich bei Ihnen melden.

Bitte rufen Sie mich so schnell wie möglich zurück: 0157 23457790.

Mit freundlichen Grüßen
Olena Kravets""", date="2025-03-10 08:04"),

T("de", 0, "machine_translated", "Abdulrahman Al-Khatib <abdulrahman.alkhatib@example.net>", "Bitte für Hilfe in der Wohnung",
"""Sehr geehrte Damen und Herren

Frieden sei auf Ihnen. Ich schreibe Ihnen diese Nachricht, um von Ihnen zu bitten die Hilfe in dem Thema der Wohnung. Ich bin ein Vater von fünf Kindern und wir leben in einem Zimmer von der Unterkunft, welches ist sehr eng für uns. Die Kinder können nicht machen die Hausaufgaben weil es ist kein Platz.

Ich habe gesucht auf dem Internet viele Male aber die Antwort kommt nicht. Ich hoffe von Ihrer Güte, dass Sie mir eine Wohnung finden mit vier Zimmern oder was ist möglich.

Ich danke Ihnen im Voraus für Ihre Zusammenarbeit und Gott möge Sie belohnen.

Abdulrahman Al-Khatib
Unterkunft Paffrather Straße, Zimmer 12"""),

T("de", 0, "on_behalf", "Birgit Schönauer <b.schoenauer@ehrenamt-bg.example.org>", "Wohnungssuche Familie Yousef – Bitte um Termin",
"""Liebe Kolleginnen und Kollegen vom Auszugsmanagement,

ich begleite seit einem Jahr ehrenamtlich die Familie Yousef (Eltern und drei Kinder, 2, 7 und 11 Jahre), die in der Unterkunft in Herkenrath lebt. Herr Yousef hat inzwischen einen unbefristeten Arbeitsvertrag als Lagerhelfer, Frau Yousef macht einen B1-Kurs.

Die Familie sucht dringend größeren Wohnraum, hat aber bisher nur Absagen bekommen. Ich würde die beiden gern zu einem Erstgespräch bei Ihnen begleiten. Eine Schweigepflichtentbindung liegt vor und kann ich mitbringen.

Passen Ihnen vielleicht Dienstag oder Donnerstag vormittags?

Herzliche Grüße
Birgit Schönauer
Flüchtlingshilfe Herkenrath (ehrenamtlich)
0172 23459041""", html="alt"),

T("de", 0, "broken", "Huda <huda.m.1988@example.com>", "Workshop",
"""Guten tag
Ich möchte an Wohnworkshop teilnehmen. Meine Freundin hat gemacht und sie sagt gut. Wann ist nächste? Ich habe Kinder in Kita bis 14 uhr nur vormittag möglich.
Huda Mahmoud
Unterkunft Hand"""),

T("de", 0, "clean", "Dawit Tesfay <dawit.tesfay@example.org>", "Zertifikat Wohnworkshop",
"""Guten Tag,

ich habe im November an allen drei Terminen des Wohnworkshops in der Stadtmitte teilgenommen. Leider habe ich meine Teilnahmebestätigung noch nicht bekommen. Ich brauche sie für eine Bewerbung bei einer Wohnungsgenossenschaft.

Könnten Sie mir das Zertifikat per E-Mail schicken?

Vielen Dank und freundliche Grüße
Dawit Tesfay"""),

T("de", 0, "forward", "Reza Mohammadi <reza.mohammadi@example.net>", "WG: Schöne 2-Zimmer-Wohnung in Refrath",
"""Hallo,
ich habe diese wohnung gefunden auf internet. Ist das gut für mich? Ich habe schon geschrieben aber keine antwort. Können Sie mit Vermieter sprechen? Miete ist ok für Jobcenter glaube ich.

Reza

-----Ursprüngliche Nachricht-----
Von: Immobilienportal <benachrichtigung@immo-portal.example.com>
Gesendet: Montag, 12. Mai 2025 07:31
An: reza.mohammadi@example.net
Betreff: Schöne 2-Zimmer-Wohnung in Refrath

Neue Wohnung passend zu Ihrem Suchauftrag "Bergisch Gladbach bis 550 €":

2-Zimmer-Wohnung, 54 m², 1. OG, Refrath
Kaltmiete: 470 €, Nebenkosten: 120 €, Kaution: 3 Kaltmieten
Frei ab 1.7.
Ruhige Lage, Balkon, Kellerabteil. Haustiere nach Absprache.

Anbieter: privat
Zum Angebot: https://immo-portal.example.com/expose/8813342""", date="2025-05-12 18:22"),

T("de", 0, "oneliner", "Yasin Karim <yasinkarim2000@example.com>", None,
"""Hallo brauche Termin für Wohnung. Danke"""),

T("de", 0, "on_behalf", "Jobcenter Rhein-Berg, Team 23 <team23.jobcenter@jc-rheinberg.example.org>", "Kundin Frau A. Nouri – Umzug aus Unterkunft / KdU",
"""Sehr geehrte Damen und Herren,

unsere gemeinsame Kundin, Frau Aziza Nouri (BG-Nr. 12345//0067890), hat mir mitgeteilt, dass sie von Ihnen bei der Wohnungssuche begleitet wird. Frau Nouri hat eine Wohnung in Hebborn in Aussicht (2 Zimmer, 58 m², Bruttokaltmiete 560 €).

Die Miete liegt innerhalb der Angemessenheitsgrenzen für einen Ein-Personen-Haushalt nicht ganz; für eine Alleinerziehende mit Kind (so ist die Bedarfsgemeinschaft zusammengesetzt) ist sie angemessen. Eine Zusicherung nach § 22 Abs. 4 SGB II kann erteilt werden, sobald uns das Mietangebot im Original vorliegt.

Bitte unterstützen Sie Frau Nouri dabei, das Wohnungsangebot vollständig ausgefüllt beim Vermieter zu besorgen.

Mit freundlichen Grüßen
im Auftrag

K. Lindemann
Integrationsfachkraft
Jobcenter Rhein-Berg
Telefon: 02202 12345-230

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""", enc="quoted-printable"),

T("de", 1, "broken", "Zainab Hosseini <zainab.hosseini@example.com>", "hilfe bitte",
"""hallo frau Becker
mein mann hat mich wieder geschlagen gestern abend. ich bin jetzt bei freundin in schildgen mit kindern aber nur 2 tage kann bleiben. ich kann nicht zurück in wohnung. bitte hilfe ich weiß nicht wo gehen. polizei war da.
zainab
0152 23454471"""),

T("de", 0, "clean", "Tarek Mansour <tarek.mansour@example.org>", "Wohnberechtigungsschein",
"""Hallo,

beim letzten Gespräch haben Sie mir gesagt, dass ich einen Wohnberechtigungsschein beantragen soll. Ich habe den Antrag jetzt ausgefüllt, aber ich bin nicht sicher bei Seite 3 (Einkommen). Muss ich das Gehalt brutto oder netto eintragen? Und muss ich die Lohnabrechnungen der letzten 12 Monate beilegen oder reichen 3?

Den Antrag habe ich als PDF angehängt.

Viele Grüße
Tarek Mansour""", attach=["WBS_Antrag.pdf"]),

T("de", 0, "reply", "Ali Haidari <ali.haidari@example.net>", "AW: Ihr Termin am Montag",
"""Ok danke, ich komme Montag 10 uhr. Ich bringe Pass und Jobcenter Papier mit.

Ali

Am 03.09.2025 um 14:12 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Haidari,
>
> wie telefonisch besprochen bestätigen wir Ihnen den Termin am Montag, 08.09., um 10:00 Uhr
> im Rathaus Stadtmitte, Raum 2.14. Bitte bringen Sie Ihren Aufenthaltstitel und den
> aktuellen Bescheid des Jobcenters mit.
>
> Mit freundlichen Grüßen
> Ihr Team Auszugsmanagement""", date="2025-09-03 19:40"),

T("de", 0, "clean", "Nadia Sultani <nadia.sultani@example.com>", "Mietschuldenfreiheitsbescheinigung",
"""Guten Tag,

ein Vermieter in Paffrath möchte von mir eine Mietschuldenfreiheitsbescheinigung haben. Ich wohne aber in einer städtischen Unterkunft und habe nie Miete an einen privaten Vermieter bezahlt. Wer kann mir so etwas ausstellen? Geht das bei Ihnen oder bei der Stadtkasse?

Der Besichtigungstermin war gestern und der Vermieter möchte bis Ende der Woche eine Antwort.

Mit freundlichen Grüßen
Nadia Sultani"""),

T("de", 0, "mixed_language", "Hassan Jaber <hassan.jaber@example.org>", "Wohnung Frage",
"""Hallo,
ich habe eine Wohnung gefunden in Lückerath, 3 Zimmer 72 qm, 690 warm. Vermieter will SCHUFA Auskunft. Ana ma ba3ref shu hay SCHUFA, wo bekomme ich das? Ist kostenlos?
Shukran kteer
Hassan"""),

T("de", 0, "phone", "Eleni <eleni.g@example.com>", "Re: Rückruf",
"""Danke für Ihren Anruf heute. Wie besprochen schicke ich Ihnen die Nummer vom Vermieter: Herr Böttcher, 02202 23456. Er ist nur abends erreichbar.

Gesendet von meinem iPhone"""),

T("de", 0, "machine_translated", "Fatemeh Rezaei <f.rezaei.86@example.net>", "Anfrage über Umzug",
"""Hallo, guten Tag.

Ich bin Fatemeh Rezaei. Vor einem Jahr ich bin gekommen nach Deutschland mit meiner Tochter. Jetzt wir haben die Anerkennung bekommen und der Jobcenter hat gesagt, dass wir dürfen ausziehen von dem Heim. Aber ich weiß nicht, wie man findet eine Wohnung in diesem Land, weil alles ist im Internet und ich verstehe nicht gut.

Bitte Sie mich führen, was ist der erste Schritt. Ich habe Angst zu machen einen Fehler.

Mit Respekt
Fatemeh""", charset="iso-8859-1", enc="8bit"),

T("de", 0, "clean", "Marwan Saleh <marwan.saleh@example.com>", "Kaution Darlehen",
"""Sehr geehrte Frau Yilmaz,

vielen Dank nochmal für die Hilfe bei der Wohnung in der Odenthaler Straße. Der Mietvertrag ist unterschrieben, Einzug ist am 1. Oktober. Der Vermieter will die Kaution (1.350 €) bis zum 15.9. haben. Beim Jobcenter habe ich den Antrag auf Kautionsdarlehen abgegeben, aber noch keine Antwort.

Könnten Sie beim Jobcenter nachfragen oder mir sagen, was ich tun kann, falls das Geld nicht rechtzeitig kommt?

Mit freundlichen Grüßen
Marwan Saleh""", date="2025-09-02 11:17"),

T("de", 0, "on_behalf", "Sozialdienst Grundschule Gronau <sozialarbeit.gs-gronau@schulen-gl.example.org>", "Schüler aus Unterkunft – Wohnsituation",
"""Sehr geehrte Damen und Herren,

ich bin Schulsozialarbeiterin an einer Grundschule in Gronau. Die Mutter eines unserer Schüler (Familie Demir, 4 Kinder) hat mich gebeten, mich an Sie zu wenden, da sie selbst nur wenig Deutsch spricht.

Die Familie lebt seit über zwei Jahren in einem Raum der Unterkunft. Der Junge kommt oft übermüdet in die Schule, weil er keinen ruhigen Platz zum Schlafen und Lernen hat. Die Familie wäre bereit, auch in einen anderen Stadtteil zu ziehen.

Frau Demir ist unter 0159 23456620 erreichbar (Türkisch, etwas Deutsch); gern bin ich bei einem ersten Termin dabei.

Freundliche Grüße
Anja Wiegand
Schulsozialarbeit""", html="alt"),

T("de", 0, "oneliner", "Sami <sami.k@example.net>", "Wohnung",
"""Gibt es neue Wohnung für mich? Ich warte schon 6 Monate.

Sent from my Galaxy"""),

T("de", 1, "clean", "Rahel Gebremedhin <rahel.gebremedhin@example.org>", "Baby ist da – wir haben kein Zimmer mehr",
"""Hallo Frau Schneider,

mein Sohn ist am Samstag im Marienkrankenhaus geboren. Wir werden übermorgen entlassen. Die Unterkunft hat mir heute am Telefon gesagt, dass mein Zimmer in der Zwischenzeit an eine andere Familie gegeben wurde, weil ich "nicht mehr da" war.

Ich habe jetzt mit dem Baby keinen Platz. Mein Mann ist noch in Italien. Bitte helfen Sie mir, ich weiß nicht wohin.

Rahel
0160 23450032"""),

T("de", 0, "broken", "Ibrahim Diallo <ibrahimdiallo@example.com>", "Besichtigung",
"""Sehr geehrte Damen und Herren,

ich war heute bei Besichtigung in Moitzfeld die Wohnung die Sie mir geschickt. Wohnung ist sehr gut. Vermieter Frau ist auch nett. Sie hat gesagt sie ruft Sie an. Ich will die Wohnung nehmen!! Was muss ich jetzt machen mit Jobcenter?

Mit freundlichen grüße
Ibrahim Diallo"""),

T("de", 0, "clean", "Kateryna Melnyk <kateryna.melnyk@example.net>", "Wohnungssuche – Lebenslauf und Unterlagen",
"""Sehr geehrtes Team,

wie beim Workshop empfohlen, habe ich eine Bewerbungsmappe für Vermieter vorbereitet: kurze Selbstauskunft, Arbeitsvertrag (Pflegehelferin, 30 Std.), Bescheinigung der Unterkunft und Teilnahmebestätigung vom Wohnworkshop.

Könnten Sie bitte einmal darüber schauen, ob etwas fehlt oder ob ich etwas besser formulieren soll? Ich suche eine 2-Zimmer-Wohnung für mich und meinen Sohn (15).

Vielen Dank im Voraus!
Kateryna Melnyk""", attach=["Selbstauskunft_Melnyk.pdf", "Arbeitsvertrag.pdf"]),

T("de", 0, "hard_case", "Waleed Amin <waleed.amin@example.com>", "Vermieter sagt Nein",
"""Hallo,

der Vermieter von der Wohnung in der Kölner Straße hat heute abgesagt. Er sagt, er vermietet nicht an Leute vom Jobcenter und nicht an Flüchtlinge, er hatte schlechte Erfahrung. Ist das erlaubt? Ich bin sehr traurig, das war schon die 14. Absage.

Gibt es andere Vermieter die mit Ihnen zusammenarbeiten?

Waleed"""),

T("de", 0, "clean", "Fam. Osmani <osmani.familie@example.net>", "Anmeldung Wohnworkshop März",
"""Guten Tag,

hiermit möchten wir uns (Besnik und Drita Osmani) für den Wohnworkshop im März anmelden. Wir wohnen in der Unterkunft in Katterbach. Können wir unsere kleine Tochter (1 Jahr) mitbringen?

Viele Grüße
Familie Osmani"""),

T("de", 0, "broken", "Jamal <jamal_h_77@example.org>", "FRAGE",
"""HALLO ICH HABE BRIEF BEKOMMEN VON STADT ICH MUSS UMZIEHEN IN ANDERE UNTERKUNFT IN 2 MONATE. ICH WILL LIEBER EIGENE WOHNUNG. KANN ICH TERMIN HABEN BEI IHNEN? ICH SPRECHE ARABISCH BISSCHEN DEUTSCH.
JAMAL HASSOUN"""),

T("de", 0, "on_behalf", "Caritas Migrationsberatung <migrationsberatung@caritas-rb.example.org>", "Anfrage Auszugsbegleitung Herr Noorzai",
"""Guten Tag,

ich berate Herrn Farid Noorzai (geb. 1994, afghanisch, Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG) in unserer Migrationsberatung. Herr Noorzai wohnt in der Unterkunft in Schildgen und absolviert eine Ausbildung zum Elektroniker (2. Lehrjahr). Er möchte gern in eine eigene kleine Wohnung ziehen, möglichst mit guter Anbindung nach Leverkusen, wo sein Ausbildungsbetrieb ist.

Über seine Ausbildungsvergütung und ergänzende Leistungen (BAB) wäre die Miete gesichert. Kann er in Ihr Programm aufgenommen werden bzw. wie ist der Ablauf?

Mit freundlichen Grüßen

Miriam Hoffmann
Migrationsberatung für erwachsene Zuwanderer
Caritasverband (fiktiv) Rhein-Berg
Tel. 02202 23456-14""", enc="base64"),

T("de", 0, "oneliner", "Nour <nour.aldeen@example.com>", "Zertifikat",
"""Wo ist mein Zertifikat? Danke"""),

T("de", 0, "clean", "Pedro Almeida <pedro.almeida@example.org>", "Wohnung gefunden – nächste Schritte?",
"""Hallo Herr Krämer,

gute Nachrichten: Ich habe eine Zusage für eine Wohnung in Heidkamp bekommen! 2 Zimmer, 49 m², 520 € warm. Die Vermieterin ist eine ältere Dame, die über die Nachbarin von meiner Kollegin von mir gehört hat.

Was muss ich jetzt machen? Muss ich die Unterkunft offiziell kündigen und wenn ja, bei wem? Und wann bekomme ich das Geld für die Erstausstattung?

Danke für alles!
Pedro"""),

T("de", 0, "machine_translated", "Serhii Bondarenko <s.bondarenko@example.net>", "Über die Wohnung für meine Familie",
"""Guten Tag, sehr geehrte Damen und Herren!

Mein Name ist Serhii, ich bin aus der Stadt Charkiw. Unsere Familie besteht aus 3 Personen: ich, meine Frau und unsere Mutter, welche ist 78 Jahre alt und kann nicht gehen die Treppen. Wir leben in dem Wohnheim in der dritten Etage ohne Aufzug und es ist für sie sehr schwer.

Wir möchten fragen, ob es eine Möglichkeit gibt, eine Wohnung im Erdgeschoss oder mit einem Aufzug zu finden. Wir haben den Paragraphen 24 und bekommen das Geld vom Jobcenter. Meine Frau arbeitet auf einem Minijob.

Im Voraus danke ich Ihnen für Ihre Antwort und wünsche Ihnen einen guten Tag.

Mit freundlichen Grüßen,
Serhii Bondarenko""", charset="koi8-r", enc="8bit"),

T("de", 0, "clean", "Leyla Aydın <leyla.aydin@example.com>", "Termin verschieben",
"""Hallo,

leider kann ich den Termin am Mittwoch um 11 Uhr nicht wahrnehmen, weil mein Sohn krank ist. Können wir einen neuen Termin machen? Am besten nächste Woche Dienstag oder Donnerstag.

Liebe Grüße
Leyla Aydın"""),

T("de", 1, "on_behalf", "Thomas Reuter <t.reuter@diakonie-wohnungsnot.example.org>", "Eilt: Familie Karimi – Zwangsräumung Donnerstag",
"""Sehr geehrte Damen und Herren,

die Fachstelle Wohnungsnotfallhilfe betreut derzeit die Familie Karimi (Ehepaar, drei Kinder, 3 bis 12 Jahre), die im Frühjahr aus der städtischen Unterkunft in eine private Wohnung in Hand gezogen ist. Wegen Mietrückständen, die durch eine verspätete Leistungsbewilligung entstanden sind, ist die Zwangsräumung für diesen Donnerstag, 8:30 Uhr, terminiert.

Wir versuchen parallel die Übernahme der Rückstände nach § 22 Abs. 8 SGB II zu erreichen, das Jobcenter hat aber bislang nicht entschieden. Falls die Räumung nicht abgewendet werden kann, braucht die Familie ab Donnerstag eine Unterbringung.

Können wir heute noch telefonieren? Ich bin bis 17 Uhr unter 02202 23456-71 erreichbar.

Mit freundlichen Grüßen
Thomas Reuter
Fachstelle Wohnungsnotfallhilfe""", html="alt"),

T("de", 0, "broken", "Aisha Bakr <aisha.bakr@example.org>", "wohnung ist zu klein",
"""guten morgen,
wir sind jetzt 6 person in 2 zimmer wohnung in Frankenforst. die wohnung haben wir gefunden mit ihre hilfe letzte jahr danke. aber jetzt baby kommt im august und meine schwiegermutter ist auch gekommen aus syrien. vermieter sagt zu viel leute. haben sie große wohnung?
aisha"""),

T("de", 0, "reply", "Omid Jafari <omid.jafari@example.com>", "Re: Unterlagen für Ihre Akte",
"""Hallo, anbei die Kopie von meinem Pass und die Gehaltsabrechnung August. Die von Juli schicke ich morgen, ich finde sie gerade nicht.

Mit freundlichen Grüßen
Omid Jafari

> Am Di., 16. Sept. 2025 um 09:03 Uhr schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Lieber Herr Jafari,
> für Ihre Akte fehlen uns noch eine Kopie Ihres Passes und die letzten zwei Gehaltsabrechnungen.
> Viele Grüße""", attach=["Pass_Kopie.jpg", "Gehaltsabrechnung_08.pdf"], date="2025-09-16 20:51"),

T("de", 0, "clean", "Elif Korkmaz <elif.korkmaz@example.net>", "Frage zur Wohnungsgröße",
"""Guten Tag,

wie viele Quadratmeter darf eine Wohnung für 3 Personen haben, damit das Jobcenter sie bezahlt? Ich habe eine Wohnung mit 81 m² gefunden, die Miete ist aber relativ günstig (640 € kalt). Lohnt es sich, mich zu bewerben?

Danke und viele Grüße
Elif Korkmaz"""),

T("de", 0, "mixed_language", "Mustafa Yıldız <mustafa.yildiz@example.com>", "Wohnung Hilfe",
"""Merhaba, guten Tag,
ich suche Wohnung für mich und meine Frau. Ben Bergisch Gladbach'da çalışıyorum, Paketdienst. Wir wohnen in Unterkunft Heidkamp. Bütçemiz max 600 euro warm. Bitte Termin geben.
Teşekkürler
Mustafa""", charset="iso-8859-9", enc="8bit"),

T("de", 0, "oneliner", "abdul.wahab@example.net", "",
"""ich suche 2 zimmer wohnung bergisch gladbach"""),

T("de", 0, "clean", "Grace Okafor <grace.okafor@example.org>", "Ablehnung wegen fehlendem Einkommensnachweis",
"""Sehr geehrte Damen und Herren,

ich bin im Programm Auszugsmanagement und war letzte Woche bei einer Besichtigung in Romaney. Die Hausverwaltung hat mich abgelehnt, weil ich „keinen ausreichenden Einkommensnachweis" habe. Ich bekomme aber Leistungen vom Jobcenter und das Jobcenter zahlt die Miete direkt.

Gibt es ein Schreiben von Ihnen oder vom Jobcenter, das ich dem Vermieter zeigen kann, damit er versteht, dass die Miete sicher ist?

Mit freundlichen Grüßen
Grace Okafor""", charset="windows-1252", enc="quoted-printable"),

T("de", 0, "on_behalf", "Peter Lorenz <peter.lorenz@example.com>", "für meinen Nachbarn Herrn Eskandari",
"""Guten Abend,

ich schreibe für meinen Nachbarn aus dem Fußballverein, Herrn Hamid Eskandari. Er lebt in der Unterkunft in Bensberg und sucht schon lange eine Wohnung. Er hat mich gebeten zu fragen, ob er bei Ihnen noch auf der Liste steht – er hat seit dem Sommer nichts mehr von Ihnen gehört und die alte Telefonnummer seiner Ansprechpartnerin funktioniert nicht mehr.

Seine Handynummer: 0163 23459987.

Danke und Gruß
Peter Lorenz"""),

T("de", 0, "html_only", "Rania Ghanem <rania.ghanem@example.net>", "Wohnungsangebot Papier",
"""Hallo Frau Schneider,

der Vermieter hat mir das Wohnungsangebot für das Jobcenter ausgefüllt. Ich habe es fotografiert, ist im Anhang. Können Sie bitte kontrollieren bevor ich es zum Jobcenter bringe?

Danke
Rania""", html="only", attach=["IMG_20250611_WA0013.jpg"]),

T("de", 0, "broken", "Kofi Mensah <kofi.mensah@example.com>", "Bitte um Hilfe Wohnungssuche",
"""Hello Sir/Madam i write in german i try.
Ich bin Kofi, ich wohne Unterkunft Lückerath, ich habe Job in Küche Restaurant Stadtmitte. Ich suche Zimmer oder kleine Wohnung, egal WG auch ok. Mein Deutsch nicht so gut aber ich lerne. Wann kann ich kommen zu Büro?
Thank you
Kofi"""),

T("de", 1, "clean", "Amina Warsame <amina.warsame@example.org>", "Ich muss morgen raus",
"""Hallo,

der Hausmeister der Unterkunft hat mir heute gesagt, dass ich morgen früh mein Zimmer verlassen muss, weil ich angeblich keinen Anspruch mehr habe (mein Asylverfahren ist abgeschlossen, ich habe jetzt die Aufenthaltserlaubnis). Ich habe aber noch keine Wohnung und kein Geld für ein Hotel.

Stimmt das? Wo soll ich morgen schlafen? Ich bin schwanger im 7. Monat.

Bitte antworten Sie schnell.
Amina Warsame
0176 23458812"""),

T("de", 0, "machine_translated", "Hamid Popal <hamid.popal@example.net>", "Bitte Termin",
"""Sehr geehrte Behörde,

ich bin Hamid, ich bin ein Bewohner der Unterkunft von Moitzfeld seit dem Jahr 2022. Ich möchte Ihnen mitteilen, dass mein Bruder hat für mich gefunden eine Arbeit in einem Restaurant und jetzt ich verdiene eigenes Geld. Darum ich möchte nicht mehr wohnen mit acht Personen in einem Container und möchte haben ein eigenes Haus.

Bitte machen Sie für mich einen Termin wann es passt für Sie, ich bin frei am Morgen.

Mit Dank und Hochachtung
Hamid Popal"""),

T("de", 0, "clean", "Lina Haddad <lina.haddad@example.com>", "Rückfrage Besichtigung Samstag",
"""Hallo Herr Krämer,

Sie hatten mir die Adresse der Wohnung in Schildgen geschickt. Die Besichtigung ist am Samstag um 11 Uhr. Können Sie mir sagen, ob ich den Ausdruck vom Workshop-Zertifikat mitbringen soll oder ob der Vermieter das schon von Ihnen bekommen hat?

Danke!
Lina"""),

T("de", 0, "phone", "Familie Rostami <rostami.fam@example.org>", "Telefonnummer geändert",
"""Guten Tag, meine neue Handynummer ist 0157 23451234. Die alte geht nicht mehr. Bitte für Wohnungssuche benutzen.
Mit freundlichen Grüßen
Mahmoud Rostami"""),

T("de", 0, "on_behalf", "Gesine Brandt <gesine.brandt@example.net>", "Wohnung für Familie Hussaini – habe eine Wohnung gefunden",
"""Liebes Team,

ich bin die Patin der Familie Hussaini (Unterkunft Hebborn). Über meine Kirchengemeinde haben wir einen Vermieter gefunden, der eine 3-Zimmer-Wohnung in Paffrath an die Familie vermieten würde (78 m², 720 € kalt + 180 € NK). Er ist grundsätzlich einverstanden, möchte aber vorher mit jemandem von der Stadt sprechen, wie das mit dem Jobcenter läuft.

Könnten Sie ihn anrufen? Er heißt Herr Weiland, Tel. 02204 23456. Die Familie ist bei Ihnen bereits in der Begleitung (Ansprechpartnerin Frau Yilmaz).

Herzlichen Dank!
Gesine Brandt"""),
]
