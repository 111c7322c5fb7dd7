# German: people looking for a flat, and people writing for them
from mailwriter import T

MAILS = [
T("de", 0, "phone", "Mohamad Alkhatib <m.alkhatib.1991@example.com>", "wohnung",
"""hallo ich suche wohnung 3 zimmer für 5 person bitte hilfe

mohamad
"""),

T("de", 0, "clean", "Yasin Haj Omar <yasin.hajomar@mail.example.org>", "Bitte um Unterstützung bei der Wohnungssuche",
"""Sehr geehrte Damen und Herren,

mein Name ist Yasin Haj Omar. Ich wohne seit Februar 2023 mit meiner Frau und unseren vier Kindern (3, 7, 10 und 13 Jahre) in der Unterkunft am Lerbacher Weg, Zimmer 14 und 15.

Wir suchen seit über einem Jahr eine eigene Wohnung, aber auf unsere Bewerbungen bekommen wir fast nie eine Antwort. Meine Frau macht gerade den B1-Kurs, ich arbeite seit September als Helfer in einer Lagerfirma in Overath (Teilzeit, 25 Stunden). Ergänzend bekommen wir Leistungen vom Jobcenter.

Eine Sozialarbeiterin in der Unterkunft hat mir gesagt, dass Sie Familien bei der Wohnungssuche begleiten. Könnten Sie uns bitte in Ihr Programm aufnehmen? Wir brauchen mindestens 4 Zimmer, wegen der Schule der Kinder am liebsten in Gronau oder Hand.

Ich kann gern zu einem Termin kommen. Montags und mittwochs habe ich ab 15 Uhr Zeit.

Mit freundlichen Grüßen
Yasin Haj Omar
Tel. 0152 41837720
"""),

T("de", 0, "broken", "Sara Tesfamariam <saratesfa@example.net>", "Frage Mietschuldenfreiheit",
"""Sehr geehrte Dame und Herr,

ich habe wohnung gefunden in Refrath 2 zimmer 58 qm. Vermieter ist nett und will mich nehmen aber er will Mietschuldenfreiheitsbescheinigung. Was ist das? Ich wohne in Heim ich habe nie Miete bezahlt selber. Wo bekomme ich das Papier und wie schnell? Er sagt bis nächste woche sonst nimmt er andere Person.

Bitte helfen Sie mir

Sara Tesfamariam
Unterkunft Saaler Mühle, Haus B
"""),

T("de", 0, "machine_translated", "Fatima Sadat <fatima.sadat88@example.com>", "Anfrage bezüglich der Wohnung für meine Familie",
"""Hallo, sehr geehrte Respekt,

Ich möchte Ihnen mitteilen, dass meine Familie und ich seit zwei Jahren im Heim leben. Das Zimmer ist sehr klein und die Kinder können nicht lernen, weil der Lärm in der Nacht ist groß. Mein Mann ist krank im Rücken und kann die Treppe nicht gut steigen.

Ich habe gehört, dass Ihre Behörde hilft, ein Haus zu finden. Ich bitte Sie von ganzem Herzen, unsere Situation zu berücksichtigen. Wir sind fünf Personen. Wir zahlen die Miete durch das Jobcenter.

Ich danke Ihnen im Voraus für Ihre Freundlichkeit und Ihre Zeit.

Mit freundlichen Grüßen
Fatima Sadat
"""),

T("de", 0, "on_behalf", "Brigitte Lohmar <b.lohmar@web.example.net>", "Anmeldung Wohnungsführerschein - Herr Haidari",
"""Guten Tag,

ich bin ehrenamtliche Patin von Familie Haidari (Unterkunft Kradepohlsmühle). Herr Nasir Haidari möchte gerne am nächsten Wohnungsführerschein-Kurs teilnehmen. Er spricht ganz gut Deutsch (A2/B1), bei schwierigen Themen kann ich ihn begleiten, falls das erlaubt ist.

Wann ist der nächste Kurs und wie meldet man sich an? Vormittags geht bei ihm nicht, da er seinen Integrationskurs hat.

Herzliche Grüße
Brigitte Lohmar

--
Brigitte Lohmar
Ehrenamt Willkommen in Herkenrath
"""),

T("de", 0, "on_behalf", "Jana Petersen <j.petersen@gesamtschule-gl.example.org>", "Familie Rasuli – Wohnsituation (Schüler Klasse 7b)",
"""Sehr geehrte Damen und Herren,

ich bin Schulsozialarbeiterin an der Gesamtschule und wende mich mit Einverständnis der Eltern an Sie.

Unser Schüler Amir Rasuli (Klasse 7b) lebt mit seinen Eltern und drei Geschwistern in einem einzigen Zimmer in der Gemeinschaftsunterkunft. Er hat keinen Platz zum Lernen, ist morgens oft übermüdet und seine Leistungen sind deutlich abgefallen. Die Familie hat sich nach meinen Informationen bereits im letzten Frühjahr bei Ihnen gemeldet, hat aber seitdem nichts mehr gehört.

Könnten Sie mir (oder direkt Herrn Rasuli, Tel. 0176 55310248) sagen, wie der Stand ist und ob die Familie noch etwas nachreichen muss? Eine Schweigepflichtentbindung liegt bei uns vor und kann ich Ihnen gern zusenden.

Mit freundlichen Grüßen
Jana Petersen
Schulsozialarbeit
Gesamtschule (Sek. I)

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""", html="alt"),

T("de", 0, "on_behalf", "Jobcenter Rhein-Berg Team 412 <team412.jobcenter-rb@example.org>", "Kundin Yousef, BG 31207//0044518 - Mietangebot Kürtener Str.",
"""Sehr geehrte Kolleginnen und Kollegen,

Frau Manar Yousef (BG-Nr. 31207//0044518) hat bei uns ein Mietangebot für eine 3-Zimmer-Wohnung in der Kürtener Straße vorgelegt (67 m², Grundmiete 598,00 EUR, NK-Vorauszahlung 190,00 EUR, Heizkosten 95,00 EUR).

Die Unterkunftskosten liegen für einen 3-Personen-Haushalt geringfügig über der Angemessenheitsgrenze. Frau Yousef gab an, dass sie von Ihnen im Rahmen des Auszugsmanagements begleitet wird. Können Sie bestätigen, dass der Umzug aus der Unterkunft erforderlich ist, und ggf. eine kurze Stellungnahme schicken? Dann kann die Zusicherung nach § 22 Abs. 4 SGB II kurzfristig erteilt werden.

Das Mietangebot füge ich bei.

Mit freundlichen Grüßen
im Auftrag
D. Wiesner
Jobcenter Rhein-Berg
Integrationsfachkraft / Leistung, Team 412
""", attach=["Mietangebot_Yousef_Kuertener_Str.pdf"]),

T("de", 1, "broken", "Hassan Mahmoud <hassan.mah@example.net>", "DRINGEND Gerichtsvollzieher Freitag",
"""hallo frau Berger

wir haben heute brief bekommen von gericht. Gerichtsvollzieher kommt am freitag 8 uhr und wir müssen wohnung leer machen. Das ist wegen die Miete von sommer, jobcenter hat nicht bezahlt 3 monat weil papiere falsch. Jetzt jobcenter bezahlt wieder aber vermieter will uns nicht mehr.

Wir sind 4 person und kleine baby 5 monat. wohin sollen wir gehen? Bitte rufen sie mich an heute 0157 30219966

Hassan Mahmoud
""", attach=["IMG_20251118_143022.jpg", "IMG_20251118_143047.jpg"]),

T("de", 1, "formal", "Frauenberatungsstelle Rhein-Berg <beratung@frauenberatung-rb.example.org>", "Eilige Bitte um Umverlegung – Frau A. und zwei Kinder",
"""Sehr geehrte Damen und Herren,

wir betreuen seit gestern Frau A. (Name und Geburtsdatum teile ich Ihnen gern telefonisch mit), die mit ihren zwei Kindern (4 und 9 Jahre) in einer städtischen Unterkunft lebt. Frau A. ist dort in der vergangenen Nacht von ihrem getrennt lebenden Ehemann, der im selben Gebäude untergebracht ist, massiv bedroht und verletzt worden. Die Polizei war vor Ort, eine Wegweisung gilt jedoch nur für zehn Tage.

Im Frauenhaus ist derzeit kein Platz frei. Frau A. kann und will nicht in die Unterkunft zurück. Wir bitten dringend um Prüfung, ob sie kurzfristig eine andere Wohnmöglichkeit erhalten kann, und ob sie im Auszugsmanagement vorrangig berücksichtigt werden kann.

Ich bin heute bis 18 Uhr unter 02202 9864410 erreichbar.

Mit freundlichen Grüßen
Katrin Opitz
Dipl.-Sozialpädagogin
Frauenberatungsstelle Rhein-Berg e.V.
"""),

T("de", 1, "phone", "Abdullah Noori <abdullah.noori@example.com>", "Baby keine platz",
"""Guten tag
meine frau hat gestern baby bekommen im krankenhaus, sie kommt montag raus. in unterkunft sagen sie das zimmer ist für 1 person und kein platz für frau und baby. wir wissen nicht wo schlafen. bitte helfen

Abdullah Noori
017622841903

Von meinem iPhone gesendet
"""),

T("de", 0, "reply", "Ahmad Karimi <ahmad.karimi.gl@example.org>", "AW: Ihre Anfrage – GL-2025-000318 – fehlende Unterlagen",
"""Hallo Frau Kowalski,

anbei die Lohnabrechnung von Oktober und die Schufa. Die Bescheinigung vom Heim hole ich am Montag.

Danke
Ahmad Karimi

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 4. November 2025 11:20
An: ahmad.karimi.gl@example.org
Betreff: Ihre Anfrage – GL-2025-000318 – fehlende Unterlagen

Sehr geehrter Herr Karimi,

für Ihre Bewerbung um die Wohnung in der Hauptstraße fehlen noch:
- Einkommensnachweis der letzten drei Monate
- SCHUFA-Auskunft (kostenlose Datenkopie nach Art. 15 DSGVO genügt)
- Bescheinigung der Unterkunftsverwaltung

Mit freundlichen Grüßen
A. Kowalski
Integration Wohnen / Auszugsmanagement
Stadt Bergisch Gladbach
""", date="2025-11-06 19:42", attach=["Lohnabrechnung_10_2025.pdf", "SCHUFA_Datenkopie_Karimi.pdf"],
headers={"In-Reply-To": "<a1f3c2.20251104112011@stadt-gl.de>", "References": "<a1f3c2.20251104112011@stadt-gl.de>", "Thread-Topic": "Ihre Anfrage – GL-2025-000318 – fehlende Unterlagen"}),

T("de", 0, "forward", "Lina Haddad <lina.haddad@example.net>", "WG: Ihre Anfrage zu: Helle 3-Zimmer-Wohnung mit Balkon in Bensberg",
"""Hallo,

ich habe diese Wohnung im Internet gefunden. Der Vermieter hat geantwortet, Besichtigung ist am Dienstag 17 Uhr. Können Sie mir helfen was ich mitbringen soll? Und zahlt Jobcenter die Kaution?

Lina

---------- Forwarded message ---------
Von: Vermietung Schmitz <vermietung.schmitz@example.com>
Date: Do., 12. Juni 2025 um 08:14 Uhr
Subject: Ihre Anfrage zu: Helle 3-Zimmer-Wohnung mit Balkon in Bensberg
To: <lina.haddad@example.net>

Sehr geehrte Frau Haddad,

vielen Dank für Ihr Interesse an unserer Wohnung (3 Zimmer, 71 m², 2. OG, Balkon, Kaltmiete 690 EUR zzgl. NK 210 EUR, Kaution drei Kaltmieten).

Gerne lade ich Sie zur Besichtigung am Dienstag, 17.06., um 17:00 Uhr ein. Bitte bringen Sie eine Selbstauskunft, Einkommensnachweise und eine Mietschuldenfreiheitsbescheinigung mit.

Mit freundlichen Grüßen
R. Schmitz
"""),

T("de", 0, "html_only", "Mariam Ghulami <mariam.ghulami@example.org>", "Zertifikat Wohnungsführerschein",
"""Guten Tag,

ich habe im März den Kurs Wohnungsführerschein gemacht (alle 4 Termine, im Stadthaus). Ich habe aber kein Zertifikat bekommen. Die anderen Teilnehmer haben es schon. Ein Vermieter möchte das jetzt sehen.

Können Sie mir das Zertifikat per E-Mail schicken?

Vielen Dank
Mariam Ghulami
geb. 14.02.1996
""", html="only"),

T("de", 0, "clean", "Tesfay Gebremedhin <t.gebremedhin@example.com>", "Kaution 3 Monatsmieten - zahlt das Jobcenter?",
"""Hallo Team Integration Wohnen,

ich habe endlich eine Zusage für eine 1-Zimmer-Wohnung in Schildgen bekommen. Der Vermieter verlangt eine Kaution von 3 Monatsmieten, also 1.260 Euro. Das Jobcenter sagt, es gibt nur ein Darlehen und ich muss es jeden Monat zurückzahlen. Stimmt das? Gibt es eine andere Möglichkeit, z. B. eine Bürgschaft der Stadt?

Der Mietvertrag soll am 1. Februar beginnen, ich muss bis Freitag Bescheid geben.

Viele Grüße
Tesfay Gebremedhin
"""),

T("de", 0, "broken", "Kamal Rezai <kamalrezai@example.net>", "WBS",
"""Guten Tag

ich will fragen wie bekomme ich Wohnberechtigungsschein. Ich habe Aufenthaltserlaubnis bis 2027. Mein Freund sagt ohne WBS keine Wohnung von Gesellschaft. Welche papiere brauche ich und muss ich zu Ihnen kommen oder zu Rathaus?

Dankeschön
Kamal
"""),

T("de", 0, "hard_case", "Oksana Melnyk <oksana.melnyk@example.org>", "Wohnung angeboten bekommen – wie weiter?",
"""Guten Tag Frau Schäfer,

ich habe eine Wohnung angeboten bekommen! Der Vermieter, Herr Schulz, hat mich nach der Besichtigung angerufen. Es sind 2 Zimmer, 52 m², 480 Euro warm, ab 1. Dezember frei, Erdgeschoss mit kleinem Garten, gut für meinen Sohn.

Herr Schulz möchte den Mietvertrag nächste Woche unterschreiben. Muss ich zuerst zum Jobcenter oder zuerst unterschreiben? Und brauche ich von Ihnen eine Abmeldung aus der Unterkunft?

Vielen Dank für alles!
Oksana Melnyk
"""),

T("de", 0, "header_only", "Rahimi Family <rahimi.family2019@example.com>", "Termin Beratung Wohnung bitte Familie Rahimi Tel 0157 82240119",
"""

Von meinem Samsung Galaxy Smartphone gesendet.
""", enc="8bit"),

T("de", 0, "clean", "Bashir Osmani <bashir.osmani@example.org>", "Stand meiner Anmeldung?",
"""Guten Tag,

ich habe mich im Juli bei Ihnen angemeldet (Gespräch mit Herrn Demir im Stadthaus). Seitdem habe ich nichts mehr gehört. Ich habe alle Unterlagen abgegeben und rufe jede Woche an, aber niemand geht ans Telefon.

Ist meine Akte noch aktiv? Gibt es etwas, das ich tun muss? Ich bin alleinstehend und suche eine kleine Wohnung oder ein WG-Zimmer, ich arbeite Vollzeit im Krankenhaus.

Mit freundlichen Grüßen
Bashir Osmani
"""),

T("de", 1, "on_behalf", "Walid Al-Hassan <walid.alhassan@example.net>", "Meine Schwester muss bis Freitag aus der Unterkunft",
"""Sehr geehrte Damen und Herren,

ich schreibe für meine Schwester Rana Al-Hassan, die mit ihren drei Kindern in der Unterkunft in der Bensberger Straße wohnt. Sie spricht noch wenig Deutsch.

Gestern hat sie ein Schreiben bekommen, dass sie die Unterkunft bis Freitag, den 21.03., verlassen muss, weil ihr Platz an eine andere Familie vergeben wird. Sie hat keine Wohnung und kann auch nicht zu mir, ich wohne mit meiner Familie in Köln in 2 Zimmern.

Bitte sagen Sie uns, was sie jetzt tun kann. Sie können mich jederzeit anrufen: 0163 7740215.

Vielen Dank
Walid Al-Hassan
""", date="2025-03-18 21:07"),

T("de", 0, "clean", "Emmanuel Ofori <e.ofori@example.com>", "WG-Zimmer für Azubi gesucht",
"""Hallo,

ich mache seit 1. September eine Ausbildung zum Pflegefachmann im Marien-Krankenhaus und wohne noch in der Unterkunft in Refrath. Die Schichtarbeit ist dort schwer, weil es nachts sehr laut ist.

Ich suche ein WG-Zimmer oder ein kleines Apartment in der Nähe. Ich verdiene im 1. Ausbildungsjahr 1.340 Euro brutto und kann BAB beantragen. Die Bestätigung vom Arbeitgeber schicke ich mit.

Können Sie mich bei der Suche unterstützen?

Viele Grüße
Emmanuel Ofori
""", attach=["Ausbildungsvertrag_Ofori.pdf"]),
]
