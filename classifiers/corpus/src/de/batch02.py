"""Batch 02: tenant_request, second set (more urgent cases, officials, replies)."""
from mailwriter import T

MAILS = [
T("de", 0, "reply", "Zahra Ahmadi <zahra.ahmadi@example.com>", "AW: Einladung Wohnworkshop",
"""Vielen Dank! Ich komme.

Zahra

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 4. Februar 2025 10:15
An: zahra.ahmadi@example.com
Betreff: Einladung Wohnworkshop

Liebe Frau Ahmadi,

hiermit laden wir Sie zum nächsten Wohnworkshop ein. Termine: 18.02., 25.02. und 04.03.2025, jeweils 9:30 bis 12:00 Uhr, Bürgerhaus Bensberg. Bitte geben Sie uns kurz Bescheid, ob Sie teilnehmen.

Mit freundlichen Grüßen
Ihr Team Auszugsmanagement
Kommunales Integrationsmanagement Bergisch Gladbach""", date="2025-02-04 16:48"),

T("de", 1, "clean", "Yusuf Abdi <yusuf.abdi@example.net>", "Wasserschaden – Wohnung unbewohnbar",
"""Sehr geehrte Frau Yilmaz,

in der Nacht ist bei uns im Haus in Refrath ein Rohr gebrochen. Die ganze Wohnung steht unter Wasser, der Strom ist abgestellt. Der Vermieter sagt, wir müssen bis Mittwoch raus, weil die Sanierung mehrere Wochen dauert, und er hat keine Ersatzwohnung für uns.

Wir sind 5 Personen, die Kinder schlafen im Moment bei einer Nachbarin. Sie hatten uns letztes Jahr bei dem Umzug in die Wohnung geholfen. Können Sie uns helfen, eine Übergangslösung zu finden?

Yusuf Abdi
0152 23457345"""),

T("de", 0, "hard_case", "Mariam Safi <mariam.safi@example.org>", "dringend bitte um Rückruf",
"""Hallo,

dringend bitte um Rückruf wegen Workshop-Anmeldung! Ich habe mich für den Workshop im April angemeldet, aber in der Bestätigung steht ein falscher Name (Maryam Saifi). Für das Zertifikat muss der Name richtig sein, sonst glaubt der Vermieter mir nicht.

Mariam Safi
0170 23451122"""),

T("de", 0, "on_behalf", "Frauenhaus Rhein-Berg <beratung@frauenhaus-rb.example.org>", "Anfrage Wohnraum für Bewohnerin (anonymisiert)",
"""Sehr geehrte Damen und Herren,

wir betreuen im Frauenhaus eine Bewohnerin (32 Jahre, zwei Kinder im Alter von 5 und 8 Jahren), die bis zu ihrer Aufnahme bei uns in einer städtischen Unterkunft in Bergisch Gladbach gemeldet war. Die Frau hat eine Aufenthaltserlaubnis nach § 31 AufenthG und bezieht Leistungen nach dem SGB II.

Nach der Stabilisierungsphase suchen wir für sie eine Wohnung, aus Sicherheitsgründen möglichst nicht in Bensberg. Wäre eine Aufnahme in Ihre Begleitung möglich? Die Kontaktaufnahme müsste über uns laufen; bitte keine Informationen an die Unterkunft weitergeben.

Mit freundlichen Grüßen
Das Team vom Frauenhaus
Tel. 02202 23456-00 (Mo–Fr 9–15 Uhr)

Vertraulichkeitshinweis: Diese Nachricht enthält vertrauliche Informationen. Bitte leiten Sie sie nicht weiter.""", enc="quoted-printable"),

T("de", 0, "broken", "Shirin <shirin.jan@example.com>", "bitte",
"""sehr geehrte damen und herren

ich habe termin am montag bei ihnen aber ich weiß nicht wo ist raum. rathaus bensberg oder stadtmitte? ich war nie dort.
danke
shirin"""),

T("de", 0, "clean", "Viktor Shevchenko <viktor.shevchenko@example.net>", "Genossenschaftsanteile",
"""Guten Tag,

die Wohnungsgenossenschaft hat mir eine Wohnung in Gronau angeboten – vielen Dank für die Vermittlung! Ich muss aber Genossenschaftsanteile in Höhe von 1.200 € zahlen, bevor ich den Vertrag unterschreiben kann. Übernimmt das Jobcenter solche Anteile wie eine Kaution? Oder gibt es eine andere Möglichkeit?

Mit freundlichen Grüßen
Viktor Shevchenko"""),

T("de", 0, "on_behalf", "Dr. Ursula Hahn <u.hahn@betreuungsverein.example.org>", "Rechtliche Betreuung Herr M. Tesfamariam – Wohnungssuche",
"""Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellte Betreuerin für Herrn Merhawi Tesfamariam (Aufgabenkreise u. a. Wohnungsangelegenheiten und Vertretung gegenüber Behörden). Herr Tesfamariam lebt seit 2021 in der Unterkunft in Hand; aufgrund seiner psychischen Erkrankung ist die Gemeinschaftsunterbringung für ihn sehr belastend, die behandelnde Ärztin befürwortet ausdrücklich eine eigene Wohnung.

Ich würde gern mit Ihnen besprechen, ob Herr Tesfamariam in die Auszugsbegleitung aufgenommen werden kann und welche Unterlagen Sie von mir benötigen. Den Betreuerausweis füge ich bei.

Mit freundlichen Grüßen
Dr. Ursula Hahn
Betreuungsverein (fiktiv) Bergisch Gladbach e. V.""", attach=["Betreuerausweis.pdf"]),

T("de", 0, "oneliner", "Rahim <rahim.sadat@example.net>", "Re: Wohnung",
"""Ja ich will die Wohnung!!! 👍"""),

T("de", 0, "machine_translated", "Bashir Noori <bashir.noori@example.com>", "Antrag für die Wohnung",
"""Sehr geehrte Damen und Herren,

Ich hoffe, dass es Ihnen gut geht. Ich möchte Ihnen schreiben über mein Problem, dass ich habe seit langer Zeit. Ich lebe in der Unterkunft mit einem Mann, der jede Nacht raucht und macht laute Musik, und ich kann nicht schlafen, weil ich muss um 5 Uhr aufstehen für die Arbeit in der Bäckerei.

Ich bitte Sie mir eine Wohnung zu geben oder wenigstens ein anderes Zimmer. Ich kann bezahlen die Miete von meinem Lohn, ungefähr 450 Euro.

Mit besten Grüßen und Respekt
Bashir Noori"""),

T("de", 0, "clean", "Ana Popescu <ana.popescu@example.org>", "Keine Antwort seit 3 Wochen",
"""Hallo,

ich habe Ihnen am 2. Juni geschrieben und auch zweimal angerufen, aber leider keine Antwort bekommen. Ich wollte nur wissen, ob meine Unterlagen für die Wohnungssuche vollständig sind und ob Sie schon etwas Passendes für uns (2 Erwachsene, 1 Kind) haben.

Ich weiß, dass Sie viel zu tun haben, aber ich wäre für eine kurze Rückmeldung dankbar.

Viele Grüße
Ana Popescu"""),

T("de", 1, "broken", "Ahmed Farouk <ahmed.farouk@example.com>", "Vermieter hat Schloss gewechselt",
"""Hallo Frau Schneider,
bitte schnell hilfe. Vermieter hat heute Schloss gewechselt ich komme nicht in Wohnung. Meine Sachen alle drin, meine Frau und Baby (3 Wochen) sind bei Cousin in Köln nur heute Nacht. Vermieter sagt wir haben Miete nicht bezahlt aber Jobcenter hat bezahlt ich habe Kontoauszug. Was soll ich machen?
Ahmed
0176 23450987"""),

T("de", 0, "clean", "Hevin Ali <hevin.ali@example.net>", "Umzugskosten",
"""Guten Tag,

wir ziehen am 1. Dezember in unsere neue Wohnung in Katterbach. Wir haben keine Möbel außer den Betten aus der Unterkunft (dürfen wir die mitnehmen?). Wo beantragen wir die Erstausstattung und die Umzugskosten? Beim Jobcenter oder bei der Stadt?

Vielen Dank
Hevin Ali"""),

T("de", 0, "on_behalf", "Sprachschule Lingua GL <kurs.b1@lingua-gl.example.com>", "Teilnehmerin sucht Wohnung – können Sie helfen?",
"""Hallo zusammen,

ich unterrichte den Integrationskurs B1 am Vormittag. Eine meiner Teilnehmerinnen, Frau Tigist Haile, hat mich nach dem Unterricht angesprochen: Sie lebt mit ihrer kleinen Tochter in der Unterkunft und hat von Ihrem Programm gehört, weiß aber nicht, wie sie sich anmelden kann. Sie ist sehr schüchtern und traut sich nicht anzurufen.

Darf ich ihr Ihre E-Mail-Adresse geben, oder kann sie einfach in Ihre Sprechstunde kommen? Wann ist die?

Danke und liebe Grüße
Jana Köhler
Kursleitung Integrationskurs"""),

T("de", 0, "mixed_language", "Dmitrij Volkov <d.volkov@example.org>", "kvartira / Wohnung",
"""Zdravstvujte, guten Tag!
Ich bin Dmitrij, ich war bei Wohnworkshop im Mai. Ja nashel kvartiru v Bensberg, 1 komnata, 38 m2, 410 evro. Vermieter sagt ok aber braucht Bescheinigung von Ihnen dass ich bin im Programm. Mozhno poluchit? 
Spasibo bolshoe
Dmitrij"""),

T("de", 0, "forward", "Mahsa Karimi <mahsa.karimi@example.com>", "Fwd: Ihre Anfrage zur Wohnung Nr. 4471",
"""Hallo Frau Yilmaz,
die Wohnungsbaugesellschaft hat mir geantwortet. Ich verstehe nicht alles, muss ich noch etwas schicken? Bitte helfen.
Mahsa

---------- Forwarded message ---------
Von: Vermietung <vermietung@wohnbau-rb.example.com>
Date: Do., 20. März 2025 um 11:02 Uhr
Subject: Ihre Anfrage zur Wohnung Nr. 4471
To: <mahsa.karimi@example.com>

Sehr geehrte Frau Karimi,

vielen Dank für Ihr Interesse an unserer Wohnung in der Dolmanstraße. Um Ihre Bewerbung berücksichtigen zu können, benötigen wir noch folgende Unterlagen:
- gültiger Wohnberechtigungsschein (WBS) für 3 Personen
- Kopie des Aufenthaltstitels aller Haushaltsmitglieder
- Nachweis über die Übernahme der Miete (Mietbescheinigung/Zusicherung des Jobcenters)

Bitte reichen Sie die Unterlagen bis zum 31.03.2025 ein.

Mit freundlichen Grüßen
Ihr Vermietungsteam""", date="2025-03-20 15:33"),

T("de", 0, "oneliner", "Gul Agha <gulagha.1990@example.net>", "Termin",
"""Ich brauche Termin bitte. Gul Agha, Unterkunft Romaney Zimmer 4"""),

T("de", 0, "clean", "Natalia Ivanova <natalia.ivanova@example.com>", "Abmeldung aus dem Programm",
"""Sehr geehrte Frau Becker,

ich möchte mich herzlich für Ihre Unterstützung bedanken. Ich habe über meinen Arbeitgeber eine Wohnung in Overath gefunden und ziehe zum 1. des nächsten Monats um. Daher brauche ich keine weitere Begleitung bei der Wohnungssuche.

Muss ich noch etwas unterschreiben oder zurückgeben (z. B. den Schlüssel der Unterkunft bei Ihnen oder beim Hausmeister)?

Mit herzlichen Grüßen
Natalia Ivanova"""),

T("de", 0, "html_only", "Abdullah Rasuli <abdullah.rasuli@example.org>", "Frage über Strom",
"""Guten Tag
ich habe neue Wohnung seit 1 Woche. Jetzt Brief von Stromfirma, ich muss anmelden und Abschlag bezahlen 85 Euro. Muss ich das selber bezahlen oder Jobcenter? Und Internet auch?
Danke für Hilfe
Abdullah""", html="only"),

T("de", 0, "broken", "Fatima Zahra Benali <fz.benali@example.net>", "Wohnung Suche für mich und Sohn",
"""Bonjour, Guten Tag,
ich heiße Fatima Zahra, komme aus Marokko, mein Sohn ist 10. Wir wohnen in Unterkunft Paffrath. Ich arbeite Reinigung Teilzeit. Ich suche 2 Zimmer bis 550 euro. Ich spreche französisch besser, deutsch ich lerne A2. Ist möglich Termin mit Übersetzer?
Merci, danke
Fatima Zahra"""),

T("de", 1, "on_behalf", "Sarah Engel <sarah.engel@example.com>", "Nachbarin wird morgen auf die Straße gesetzt",
"""Guten Abend,

ich weiß nicht, ob ich bei Ihnen richtig bin, aber ich versuche es. Meine Nachbarin, Frau Adaeze Nwosu (Nigeria, 2 kleine Kinder), wohnt bei einem Bekannten zur Untermiete in Heidkamp. Der Bekannte hat sie heute nach einem Streit rausgeworfen und gesagt, wenn sie morgen bis 12 Uhr nicht weg ist, wirft er ihre Sachen auf die Straße. Sie ist heute Nacht bei mir, aber ich habe selbst nur zwei Zimmer.

Sie war früher in einer städtischen Unterkunft und ist im Programm bei Ihnen. Bitte melden Sie sich, Frau Nwosu hat kein Guthaben auf dem Handy. Sie erreichen uns über mich: 0173 23456400.

Viele Grüße
Sarah Engel""", date="2025-11-06 22:47"),

T("de", 0, "clean", "Khaled Othman <khaled.othman@example.org>", "Mietvertrag prüfen",
"""Hallo Herr Krämer,

der Vermieter in Bensberg hat mir den Mietvertrag geschickt. Bevor ich unterschreibe, wollte ich Sie fragen, ob Sie ihn kurz ansehen können. Mir ist aufgefallen, dass dort eine Staffelmiete steht (jedes Jahr +30 €) und dass ich Schönheitsreparaturen übernehmen soll. Ist das normal? Und ist das für das Jobcenter ein Problem?

Der Vertrag ist angehängt.

Viele Grüße
Khaled Othman""", attach=["Mietvertrag_Entwurf.pdf"]),

T("de", 0, "phone", "Jelena Marković <jelena.markovic@example.net>", "Rückrufbitte",
"""Bitte rufen Sie mich zurück wegen meiner Wohnungssuche, 0151 23458870, ab 16 Uhr. Danke, Jelena Marković"""),

T("de", 0, "machine_translated", "Wahid Stanikzai <wahid.stanikzai@example.com>", "Wohnungsangelegenheit",
"""Sehr geehrte Frau Dame oder Herr,

mit dem Gruß und der Respekt. Ich bin ein Flüchtling aus Afghanistan und ich habe das Bleiben für drei Jahre erhalten. Jetzt das Jobcenter hat mir ein Brief geschrieben, dass ich muss verlassen die Unterkunft und mich suchen eine eigene Wohnung bis zum Ende des Jahres. Ich habe Sorge, weil ich kenne keine Person, die hat ein Haus zum Vermieten.

Ich wäre sehr dankbar, wenn Sie nehmen meinen Namen in Ihrer Liste.

Mit freundlichem Gruß
Wahid Stanikzai
Unterkunft Lückerath""", enc="base64"),

T("de", 0, "clean", "Mehmet Arslan <mehmet.arslan@example.com>", "Wohnungsangebot von Frau Berger – Termin",
"""Hallo Frau Becker,

Frau Berger (die Vermieterin aus Moitzfeld) hat mich angerufen und möchte mich am Freitag um 17 Uhr kennenlernen. Können Sie vielleicht mitkommen? Mein Deutsch ist ok, aber bei Verträgen bin ich unsicher.

Danke
Mehmet Arslan"""),

T("de", 0, "on_behalf", "Ausländerbehörde RBK, Sachgebiet 3 <sg3.auslaenderbehoerde@kreis-rb.example.org>", "Wohnsitznachweis Herr Abdi Farah – Bitte um Mitteilung",
"""Sehr geehrte Damen und Herren,

Herr Abdi Farah (geb. 12.04.1996) hat bei uns die Verlängerung seiner Aufenthaltserlaubnis beantragt und angegeben, demnächst aus der städtischen Unterkunft in eine Privatwohnung umzuziehen; die Begleitung erfolge durch Ihr Team.

Für die Bearbeitung wäre es hilfreich zu wissen, ob bereits ein Umzugstermin feststeht. Sofern eine Einwilligung des Betroffenen vorliegt, bitten wir um kurze Mitteilung. Andernfalls bitten wir, Herrn Farah zu bitten, die neue Anschrift nach dem Umzug unverzüglich mitzuteilen.

Mit freundlichen Grüßen
Im Auftrag
Sachbearbeitung Aufenthalt
Rheinisch-Bergischer Kreis (fiktive Adresse)""", enc="quoted-printable"),

T("de", 0, "broken", "Amir <amir.h.2001@example.com>", "WG zimmer",
"""hi
ich bin amir 24 jahre, ich mache ausbildung als koch. ist auch möglich WG zimmer mit andere leute? ich brauche nicht große wohnung. Meine freund hat zimmer gesehen in Gronau 390 warm. Ist Jobcenter ok für WG?
lg amir"""),

T("de", 0, "clean", "Souad Khalil <souad.khalil@example.org>", "Wohnungsbesichtigung abgesagt",
"""Guten Tag Frau Schneider,

ich muss die Besichtigung am Donnerstag in Hebborn leider absagen. Die Wohnung ist im 4. Stock ohne Aufzug, und mit dem Kinderwagen und meinem kranken Knie schaffe ich das nicht. Bitte sagen Sie dem Vermieter Danke.

Falls es etwas im Erdgeschoss oder mit Aufzug gibt, bin ich weiter sehr interessiert.

Freundliche Grüße
Souad Khalil"""),

T("de", 0, "reply", "Hussein Al-Obaidi <h.alobaidi@example.com>", "AW: Wohnung Schildgen",
"""Sehr geehrter Herr Krämer,
Entschuldigung für späte Antwort, mein Handy war kaputt. Ist die Wohnung noch frei? Wir möchten sehr gern.
Hussein

Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 7. Juli 2025 09:41
An: h.alobaidi@example.com
Betreff: Wohnung Schildgen

Sehr geehrter Herr Al-Obaidi,
ein Vermieter aus Schildgen bietet eine 3-Zimmer-Wohnung an, die zu Ihrer Familie passen könnte. Bitte melden Sie sich bis Mittwoch, ob Sie Interesse an einer Besichtigung haben.
Mit freundlichen Grüßen
Krämer""", date="2025-07-11 08:02"),

T("de", 0, "clean", "Lukas Weber <lukas.weber@example.net>", "Mentor für Herrn Sediqi – Frage zur SCHUFA",
"""Hallo,

ich bin ehrenamtlicher Mentor von Herrn Sediqi, der bei Ihnen im Auszugsmanagement ist. Wir haben heute zusammen die kostenlose Datenkopie nach Art. 15 DSGVO bei der SCHUFA beantragt. Reicht die für Vermieter aus, oder brauchen wir die kostenpflichtige BonitätsAuskunft? Manche Vermieter bestehen darauf.

Beste Grüße
Lukas Weber"""),

T("de", 1, "clean", "Noor Jahan Rahimi <noorjahan.rahimi@example.com>", "Unterkunft schließt – wir sollen morgen nach Leverkusen?",
"""Sehr geehrte Damen und Herren,

heute kam die Mitteilung, dass die Unterkunft in Hand geschlossen wird und wir morgen früh mit einem Bus in eine Einrichtung verlegt werden. Meine Kinder gehen hier zur Schule, mein Mann hat seine Arbeit in Bergisch Gladbach. Wir haben nächste Woche eine Wohnungsbesichtigung in Gronau, die Sie für uns organisiert haben.

Können Sie bitte etwas tun, damit wir bleiben können, bis wir die Wohnung haben? Wir müssen bis morgen 8 Uhr gepackt haben.

Noor Jahan Rahimi
0162 23459911"""),

T("de", 0, "oneliner", "Farhad <farhad.m@example.org>", "Zertifikat bitte",
"""Hallo, ich war beim Workshop im September, bitte Zertifikat schicken. Farhad Mirzaei"""),

T("de", 0, "html_only", "Nasrin Hosseini <nasrin.hosseini@example.net>", "Wohnung in Bensberg gesehen",
"""Sehr geehrte Frau Becker,

ich habe im Schaufenster von einem Makler in Bensberg eine Wohnung gesehen (3 Zimmer, 75 m², 780 € kalt). Ist das zu teuer für uns? Wir sind 4 Personen. Ich möchte nicht umsonst anrufen.

Mit freundlichen Grüßen
Nasrin Hosseini""", html="only"),

T("de", 0, "broken", "Sayed Hashimi <sayed.hashimi@example.com>", "kaution",
"""sehr geehrte frau yilmaz
vermieter will kaution 3 miete 1500 euro bar geld. ich habe nicht. jobcenter sagt antrag dauert 4 woche. vermieter will nächste woche. was machen??
sayed"""),

T("de", 0, "clean", "Ruth Tesfaye <ruth.tesfaye@example.org>", "Wohnung gefunden, aber Vermieter will Bürgschaft",
"""Hallo Frau Schneider,

die Vermieterin von der Wohnung in Frankenforst möchte, dass jemand für mich bürgt, weil ich noch in der Probezeit bin. Gibt es so etwas bei der Stadt? Oder kann vielleicht der Mietausfallfonds, von dem im Workshop gesprochen wurde, helfen?

Viele Grüße
Ruth"""),

T("de", 0, "on_behalf", "Jobcenter Rhein-Berg, Leistungsabteilung <leistung.team12@jc-rheinberg.example.org>", "Rückfrage Mietangebot Familie Qasemi, Dolmanstr.",
"""Sehr geehrte Damen und Herren,

uns liegt ein Mietangebot für die Familie Qasemi (BG 12345//0098765) vor. Die vom Vermieter angegebenen Heizkosten (210 € mtl. für 74 m²) erscheinen uns unplausibel hoch; eine Betriebskostenabrechnung des Vorjahres fehlt.

Da die Familie von Ihnen begleitet wird, bitten wir um Unterstützung bei der Beschaffung der letzten Heizkostenabrechnung. Ohne diese kann die Zusicherung nicht erteilt werden.

Freundliche Grüße
Im Auftrag
R. Schulte
Leistungssachbearbeitung""", html="alt"),

T("de", 0, "mixed_language", "Parisa Moradi <parisa.moradi@example.com>", "Salam / Hallo",
"""Salam khanoom Yilmaz,
man Parisa hastam. Ich wollte fragen ob Termin am Donnerstag noch gilt. Man bacheha ro ba khodam biyaram? Meine Kinder haben Ferien. 
Merci
Parisa"""),

T("de", 0, "clean", "Familie Haidari <haidari.familie@example.net>", "Danke!",
"""Liebes Team vom Auszugsmanagement,

wir wohnen jetzt seit drei Monaten in unserer Wohnung in Paffrath und sind sehr glücklich. Die Kinder haben endlich ein eigenes Zimmer. Wir wollten nur Danke sagen für alles, besonders Frau Yilmaz.

Eine Frage noch: Die Nebenkostenabrechnung ist gekommen, wir sollen 240 € nachzahlen. Müssen wir das dem Jobcenter schicken?

Herzliche Grüße
Ali, Sakina und Kinder"""),

T("de", 0, "on_behalf", "Matthias Kuhn <matthias.kuhn@example.com>", "Wohnung für meinen Mitarbeiter",
"""Sehr geehrte Damen und Herren,

ich führe einen kleinen Malerbetrieb in Herkenrath. Einer meiner Gesellen, Herr Eyob Gebre, wohnt noch in einer städtischen Unterkunft und sucht seit Monaten eine Wohnung. Er ist zuverlässig und hat einen unbefristeten Vertrag (Bruttolohn ca. 2.600 €).

Gerne bestätige ich das schriftlich gegenüber Vermietern. Können Sie ihn bei der Suche unterstützen? Er wäre auch mit einer kleinen Wohnung in Herkenrath oder Moitzfeld zufrieden.

Mit freundlichen Grüßen
Matthias Kuhn
Malermeister
Tel. 02204 23456"""),

T("de", 0, "oneliner", "Anonymous <user83512@example.net>", None,
"""wann ist sprechstunde?"""),

T("de", 0, "broken", "Roza Hamo <roza.hamo@example.org>", "Wohnung Termin",
"""Hallo ich bin Roza ich habe Termin mit Frau Becker am 12. ich kann nicht kommen mein Kind hat Fieber. Neue Termin bitte. Ez spas dikim. Danke
Roza"""),

T("de", 1, "clean", "Dariusz Nowak <dariusz.nowak@example.com>", "Kündigung zum Wochenende – ich stehe auf der Straße",
"""Sehr geehrte Damen und Herren,

ich wohne seit 8 Monaten in einem möblierten Zimmer in der Stadtmitte, das ich mit Ihrer Hilfe gefunden habe. Der Vermieter hat das Haus verkauft, und der neue Eigentümer sagt, dass alle Zimmer bis Sonntag leer sein müssen. Einen schriftlichen Mietvertrag habe ich, aber er sagt, das interessiert ihn nicht, und am Montag kommen die Handwerker.

Ich habe keine Familie hier. Wohin kann ich gehen? Gibt es eine Notunterkunft?

Dariusz Nowak
0155 23452233"""),

T("de", 0, "machine_translated", "Ahmad Zia Faizi <ahmadzia.faizi@example.net>", "Bitte um das Zertifikat des Workshops",
"""Sehr geehrte Damen und Herren des Büros,

ich sende Ihnen meine besten Grüße. Ich habe teilgenommen in der Werkstatt des Wohnens im Monat Oktober in allen Tagen. Jedoch ich habe nicht empfangen das Papier des Zertifikats, weil am letzten Tag ich musste gehen früher zum Arzt.

Ist es möglich, dass Sie senden das Zertifikat zu meiner Adresse oder per E-Mail?

Mit Dankbarkeit
Ahmad Zia Faizi"""),

T("de", 0, "hard_case", "Klaus-Dieter Brückner <kd.brueckner@example.org>", "Wohnung für Familie Haile – Vermieter ist mein Bruder",
"""Guten Tag,

ich begleite als Pate die Familie Haile aus der Unterkunft in Katterbach. Mein Bruder vermietet in Refrath eine Dreizimmerwohnung, die ab Februar frei wird, und wäre bereit, sie der Familie Haile zu geben.

Mir geht es darum, dass die Familie schnell umziehen kann: Was brauchen die Haile's von Ihnen bzw. vom Jobcenter, und wie lange dauert das erfahrungsgemäß? Mein Bruder meldet sich wegen des Vertrags selbst.

Viele Grüße
Klaus-Dieter Brückner"""),

T("de", 0, "clean", "Sara Tekle <sara.tekle@example.com>", "Wohnung Hausordnung Frage",
"""Hallo,

im Workshop haben wir über Mülltrennung und Ruhezeiten gesprochen. In unserem neuen Haus gibt es jetzt Streit mit einer Nachbarin wegen dem Kinderwagen im Treppenhaus. Die Vermieterin sagt, das ist nicht erlaubt. Stimmt das? Wir haben keinen Keller.

Danke
Sara Tekle"""),
]
