"""r7a batch 01: German tenant_request (listings forwarded, viewings, owner demands, contract, keys, replies to
the team's proposals, large family; two urgent) and two German spam mails."""
from mailwriter import T, S

MAILS = [
T("de", 0, "forward", "Moaz Alkhatib <moaz.alkhatib@example.net>", "WG: 3-Zimmer Wohnung Refrath - Kleinanzeigen",
"""Hallo Frau Brenner,

ich habe diese Anzeige gefunden bei Kleinanzeigen. Der Mann will dass ich erst 300 Euro schicke für "Reservierung", dann bekomme ich Besichtigung. Ist das normal in Deutschland? Ich habe noch nicht bezahlt.
Miete ist 690 warm, für uns 4 Person das ist unter Grenze von Jobcenter glaube ich.

Danke
Moaz

-------- Weitergeleitete Nachricht --------
Betreff: Nachricht zu deiner Anfrage: 3-Zimmer Wohnung Refrath ruhige Lage
Von: Kleinanzeigen <noreply@mail.kleinanzeigen-portal.example.com>

Hallo Moaz,
du hast eine neue Nachricht zu "3-Zimmer Wohnung Refrath ruhige Lage" erhalten:

"Guten Tag, die Wohnung ist noch frei. Weil sehr viele Anfragen kommen, mache ich Besichtigung nur nach Reservierungsgebühr 300 EUR, die wird mit der Kaution verrechnet. Bitte per Überweisung an das Konto unten. Gruß, R. Hoffmeister"

Antworte direkt in der App."""),

T("de", 0, "on_behalf", "Gisela Overath <g.overath@example.org>", "ImmoScout-Angebot für Familie Rahimi – passt das zum Jobcenter?",
"""Liebe Frau Brenner,

ich begleite ja seit letztem Herbst ehrenamtlich die Familie Rahimi (Eltern + 3 Kinder, derzeit noch in der Unterkunft an der Paffrather Straße). Gestern Abend hat Herr Rahimi mir ganz aufgeregt ein Angebot von ImmoScout gezeigt:

Paffrath, 4 Zimmer, 92 m², Kaltmiete 880 €, Nebenkosten 210 €, Heizung Gas separat (Abschlag laut Anzeige ca. 95 €). Frei ab 1. Juli.

Ich bin unsicher, ob das für fünf Personen noch als "angemessen" gilt. Die Tabelle, die Sie uns im Workshop gegeben haben, habe ich leider verlegt. Können Sie mir kurz sagen, ob wir uns bewerben sollen oder ob das Jobcenter das ohnehin ablehnt? Den Link schicke ich lieber nicht, die Anzeige ist unter der Nummer 15XX2290 zu finden.

Herzliche Grüße
Gisela Overath
(Patin, Flüchtlingshilfe Paffrath)"""),

T("de", 0, "broken", "Tesfalem Gebru <tesfalem.g@example.com>", "Besichtigung gestern",
"""Guten Tag

gestern ich war bei Besichtigung in Heidkamp, die Wohnung von Herr Kurz. Es war sehr viele Leute, vielleicht 20 oder mehr. Ich habe die Mappe gegeben mit alle Papier wie Sie gesagt, auch Teilnahmebestätigung von Workshop. Der Herr hat gesagt er ruft an bis Ende Woche.

Soll ich noch einmal schreiben zu ihm oder warten? Ich will nicht nerven aber ich will die Wohnung sehr.

Mit freundlichen Grüßen
Tesfalem Gebru
Zimmer 8, Unterkunft Bensberg"""),

T("de", 0, "broken", "Zainab Kareem <zainab.kareem@example.net>", "Vermieter sagt wir müssen renovieren",
"""Sehr geehrte Damen und Herren,

wir haben eine Wohnung gefunden in Hand, 3 Zimmer. Vermieterin ist sehr nett aber sie sagt die Wohnung wird "wie gesehen" vermietet. Die Wände sind gelb von Rauch, im Kinderzimmer ist kein Boden nur Beton, und das Bad hat keine Lampe. Sie sagt wir müssen alles selber machen, streichen, Boden legen, und wenn wir ausziehen wieder weiß streichen.

Mein Mann kann streichen, das ist kein Problem. Aber Boden kostet Geld. Bezahlt das Jobcenter sowas? Und ist das erlaubt dass wir bei Auszug nochmal streichen müssen wenn wir es bei Einzug auch gemacht haben?

Wir wollen nicht die Wohnung verlieren, es gibt so wenig.

Viele Grüße
Zainab Kareem und Haidar Kareem"""),

T("de", 0, "clean", "Lina Haddad <lina.haddad.gl@example.com>", "Genossenschaftsanteile 1.950 Euro",
"""Guten Tag Herr Yilmaz,

gute Nachricht zuerst: Die Wohnungsgenossenschaft hat uns die Wohnung in Gronau zugesagt! 2 Zimmer, 58 m², genau das, was wir gesucht haben.

Jetzt das Problem: Bevor wir den Nutzungsvertrag bekommen, müssen wir Mitglied werden und Genossenschaftsanteile zeichnen, insgesamt 1.950 Euro. Das haben wir nicht. Die Dame von der Genossenschaft meinte, "das Jobcenter macht das manchmal als Darlehen".

Stimmt das? Welches Formular brauche ich dafür, und muss ich es vor oder nach der Unterschrift beantragen? Die Genossenschaft gibt uns zwei Wochen Zeit.

Vielen Dank und viele Grüße
Lina Haddad"""),

T("de", 0, "phone", "Ahmad Shah Noori <noori.ahmadshah@example.com>", "schufa",
"""hallo vermieter will schufa bis freitag wo bekomme ich das ohne geld? im internet wollen alle 29,95 euro
danke noori"""),

T("de", 0, "machine_translated", "Olha Kravets <olha.kravets@example.org>", "Bürge für Mietvertrag",
"""Sehr geehrte Frau Brenner,

ich wende mich an Sie mit einer Frage bezüglich der Wohnung in Moitzfeld, über die ich Ihnen letzte Woche geschrieben habe. Der Eigentümer ist bereit, mit mir und meiner Tochter einen Vertrag abzuschließen, aber nur unter der Bedingung, dass ein Bürge den Vertrag mitunterschreibt, der in Deutschland eine feste Arbeit hat.

Ich kenne in Deutschland leider niemanden außer meiner Kollegin im Sprachkurs, die selbst Leistungen erhält. Gibt es eine Möglichkeit, dass die Stadt oder eine Organisation als Bürge auftritt? Oder kann man dem Eigentümer eine andere Sicherheit anbieten?

Ich wäre Ihnen sehr dankbar für eine Antwort, weil der Eigentümer bis Mittwoch eine Entscheidung möchte.

Mit freundlichen Grüßen
Olha Kravets"""),

T("de", 0, "broken", "Yonas Habte <yonas.habte@example.net>", "Makler will 2 Miete",
"""Hallo,

Ich habe Wohnung in Schildgen über Makler. Makler sagt ich muss zahlen Provision 2 Monatsmiete plus MwSt, das ist fast 1400 Euro. Er sagt das ist normal.
Mein Freund sagt in Deutschland Vermieter muss Makler zahlen nicht Mieter. Wer hat recht?
Ich habe noch nichts unterschrieben.

Yonas"""),

T("de", 0, "clean", "Mykyta Bondar <m.bondar@example.com>", "Mietvertrag zur Prüfung – Staffelmiete?",
"""Guten Tag,

im Anhang schicke ich den Mietvertrag für die Wohnung in der Kölner Straße in Bensberg, den mir die Hausverwaltung gestern gegeben hat. Ich soll ihn bis Montag unterschrieben zurückgeben.

Mir sind drei Punkte unklar:
1. § 3: "Die Miete erhöht sich jährlich zum 1.1. um 25 €" – ist das eine Staffelmiete, und muss das Jobcenter das dann jedes Jahr neu genehmigen?
2. § 9: Kleinreparaturen bis 150 € pro Fall trage ich. Ist das nicht sehr viel?
3. § 14: Ich darf keine Gäste länger als eine Woche haben. Meine Mutter möchte mich im Sommer einen Monat besuchen.

Könnte jemand aus Ihrem Team kurz drüberschauen? Ich kann auch gern in die Sprechstunde am Donnerstag kommen.

Danke und viele Grüße
Mykyta Bondar""", attach=["Mietvertrag_Bondar_Entwurf.pdf"]),

T("de", 0, "clean", "Familie Sadiqi <sadiqi.familie@example.org>", "Wir haben unterschrieben!!!",
"""Liebe Frau Brenner, lieber Herr Yilmaz,

heute morgen um 10 Uhr haben wir den Mietvertrag unterschrieben!! Einzug ist am 1. Juni. Wir können es noch gar nicht glauben, nach 3 Jahren im Heim.

Was müssen wir jetzt machen? Müssen wir der Heimleitung selbst Bescheid sagen oder machen Sie das? Und wann bekommen wir das Geld für die Kaution vom Jobcenter, der Vermieter möchte sie bis zur Schlüsselübergabe haben.

Tausend Dank für alles!
Farid, Marzia, Sana und Omid Sadiqi"""),

T("de", 0, "oneliner", "Abdirahman Warsame <a.warsame@example.net>", "Schlüssel",
"""Heute Schlüssel bekommen. Danke an Frau Brenner für alles. Abdirahman"""),

T("de", 0, "broken", "Rasha Mansour <rasha.mansour@example.com>", "Vermieter will mit Ihnen sprechen",
"""Hallo Herr Yilmaz,

der Vermieter von die Wohnung in Herkenrath, Herr Schmitz, sagt er will mit Ihnen telefonieren bevor er unterschreibt. Er hat Fragen über Jobcenter zahlt direkt an ihn und was passiert wenn etwas kaputt geht. Er ist gut Mann aber er ist vorsichtig, sagt er hat schlechte Erfahrung früher.

Seine Nummer: 0171 5550 2381, er ist am besten nach 17 Uhr zu erreichen.

Bitte rufen Sie ihn an, diese Wohnung ist sehr gut für uns, Schule für die Kinder ist nah.

Danke
Rasha Mansour"""),

T("de", 0, "clean", "Khalil Ibrahim Hassan <khalil.i.hassan@example.net>", "Wohnung für 9 Personen",
"""Sehr geehrte Damen und Herren,

wir sind eine Familie mit 9 Personen: meine Frau und ich, unsere sieben Kinder zwischen 2 und 19 Jahren. Seit 26 Monaten wohnen wir in der Unterkunft, in zwei Zimmern nebeneinander.

Ich schaue jeden Tag bei ImmoScout, Kleinanzeigen und in der Zeitung. Es gibt fast keine Wohnungen mit 5 oder 6 Zimmern, und wenn es eine gibt, ist sie zu teuer für das Jobcenter oder der Vermieter sagt sofort "zu viele Personen".

Ich wollte fragen, ob es erlaubt ist, dass wir zwei Wohnungen nehmen, zum Beispiel im gleichen Haus oder nebeneinander, und mein ältester Sohn (19) und seine Schwester (17) wohnen in der kleinen. Zahlt das Jobcenter so etwas? Oder kennen Sie ein Haus, das man mieten kann?

Ich habe den Workshop gemacht und habe alle Unterlagen fertig.

Mit freundlichen Grüßen
Khalil Ibrahim Hassan"""),

T("de", 0, "reply", "Samira Jaber <samira.jaber@example.com>", "AW: Wohnungsvorschlag – 3 Zimmer in Hand",
"""Guten Tag Frau Brenner,

ja, wir wollen die Wohnung sehr gerne!! Können wir sie vorher sehen? Mein Mann arbeitet bis 15 Uhr, danach geht jeden Tag. Samstag geht auch.

Vielen Dank
Samira Jaber

Am 12.03.2026 um 09:41 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Jaber,
>
> ein Vermieter aus unserem Netzwerk bietet eine 3-Zimmer-Wohnung in Hand an
> (71 m², 2. OG, Balkon, Kaltmiete 640 €). Die Wohnung wäre ab 1. Mai frei.
> Wir denken, dass sie gut zu Ihrer Familie passen könnte.
>
> Bitte teilen Sie uns bis Freitag mit, ob Sie Interesse haben.
>
> Mit freundlichen Grüßen
> Katrin Brenner
> Integration Wohnen – Auszugsmanagement""", date="2026-03-12 18:22"),

T("de", 0, "reply", "Nasrin Akbari <nasrin.akbari@example.org>", "AW: Vorschlag Wohnung Bensberg 4. OG",
"""Hallo Herr Yilmaz,

danke für das Angebot, wirklich. Aber es ist 4. Stock ohne Aufzug und meine Mutter sitzt im Rollstuhl seit der Operation. Wir können sie nicht jeden Tag tragen. Bitte nicht böse sein dass wir nein sagen.

Haben Sie vielleicht etwas im Erdgeschoss oder mit Aufzug? Auch kleiner ist ok.

Nasrin

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 2. Februar 2026 14:07
Betreff: Vorschlag Wohnung Bensberg 4. OG

Liebe Frau Akbari,
wir hätten eine 3-Zimmer-Wohnung in Bensberg (4. OG) für Ihre Familie..."""),

T("de", 1, "phone", "Hamid Sarwari <hamid.sarwari85@example.com>", "Gerichtsvollzieher kommt Dienstag",
"""bitte hilfe
heute brief vom gerichtsvollzieher räumung am dienstag 9 uhr
ich wohne seit 2024 in wohnung in gronau die ich selbst gefunden hab. vermieter hat gekündigt wegen eigenbedarf ich hab nicht verstanden was ich machen muss und hab keine neue wohnung
wir sind 3 meine frau ist schwanger 8 monat
wohin sollen wir gehen am dienstag???
hamid 0157 3340 9921""", date="2025-11-27 22:54"),

T("de", 1, "on_behalf", "Frauenberatungsstelle Rhein-Berg <beratung@frauenberatung-rb.example.org>", "Dringend: Frau D. und Kinder – kann nicht zurück in die Unterkunft",
"""Sehr geehrte Kolleginnen und Kollegen,

heute Vormittag war Frau Dilan D. (bei Ihnen bekannt, derzeit Unterkunft Bensberg) mit ihren beiden Kindern (5 und 9 Jahre) bei uns. Sie wurde gestern Abend in der Unterkunft von ihrem Schwager bedroht und geschlagen, die Polizei war vor Ort. Der Schwager wohnt im gleichen Gebäude.

Frau D. möchte und sollte nicht in die Unterkunft zurückkehren. Das Frauenhaus im Kreis ist derzeit voll, wir haben eine Notlösung bis morgen früh.

Wir bitten dringend um Rückruf, ob eine Verlegung in eine andere Unterkunft oder eine andere kurzfristige Unterbringung möglich ist, und ob ihr Auszugsverfahren beschleunigt werden kann. Eine Einverständniserklärung von Frau D. zur Weitergabe dieser Informationen liegt vor.

Erreichbar heute bis 18 Uhr unter 02202 55 61 40.

Mit freundlichen Grüßen
Miriam Lenzen
Dipl.-Sozialpädagogin
Frauenberatungsstelle Rhein-Berg""", date="2026-01-20 13:05"),

T("de", 0, "formal", "Jobcenter Rhein-Berg, Team 32 <team32.gl@jobcenter-rb.example.org>", "Kd.-Nr. 42xx – Herr Mulugeta, Mietangebot Schildgen",
"""Sehr geehrte Damen und Herren,

unser gemeinsamer Kunde Herr Berhane Mulugeta hat bei uns ein Mietangebot für eine 1-Zimmer-Wohnung in Schildgen (38 m², 420 € kalt, 95 € NK, Heizung Strom ca. 60 €) eingereicht. Die Kosten der Unterkunft liegen im Rahmen, einer Zusicherung steht grundsätzlich nichts im Weg.

Herr Mulugeta gab an, dass Ihre Stelle ihn bei der Wohnungssuche begleitet und die Vermieterin die Kaution gerne direkt über Sie abstimmen würde. Damit nichts doppelt läuft: Haben Sie bereits Kontakt zur Vermieterin? Wir würden den Bescheid zur Übernahme der Kaution (Darlehen) zeitnah erstellen, sobald der unterschriebene Mietvertrag vorliegt.

Mit freundlichen Grüßen
im Auftrag
S. Wirtz
Arbeitsvermittlung / Leistungsgewährung"""),

T("de", 0, "broken", "Mohammed Al-Obaidi <m.alobaidi@example.net>", "Teilnahmebestätigung bitte",
"""Salam Frau Brenner,
ich habe Workshop gemacht im Oktober alle 3 Termine. Jetzt Vermieter in Refrath will Papier sehen dass ich Wohnungsführerschein habe. Ich habe das Papier verloren bei Umzug von Zimmer. Können Sie noch einmal schicken per Email? Als PDF ist gut.
Danke viel mal
Mohammed Al-Obaidi
geb. 14.02.1991"""),

T("de", 0, "mixed_language", "Hevin Ali <hevin.ali@example.com>", "Besichtigung morgen Paffrath",
"""Hallo,

morgen 17 Uhr ich habe Besichtigung in Paffrath, Am Kuhlerbusch (ich glaube so schreibt man). Mein Deutsch ist nicht so gut für Gespräch mit Vermieter, er spricht sehr schnell. Kann jemand von Ihnen mitkommen? Wenn nicht, ist es okay wenn meine Nachbarin übersetzt? Sie spricht Kurdî und Deutsch.

Und noch eine Frage: Vermieter hat am Telefon gesagt Kaution 3 Monat bar bei Schlüssel. Bar?? Ist das normal?

Spas / Danke
Hevin"""),

S("de", 0, "other", "Jana <jana.freitag.1994@example.com>", "hey, erinnerst du dich noch an mich?",
"""Hallo!!

ich hoffe, die Mail kommt bei der richtigen Person an :) Wir haben uns beim Sommerfest im Park kurz unterhalten, du hattest den Stand mit den Infos neben der Hüpfburg. Ich habe ganz viele Fotos gemacht und auf ein paar bist du auch drauf!!

Hier sind alle Bilder, einfach mit deiner E-Mail-Adresse und deinem Passwort anmelden, dann kannst du sie runterladen:
http://fotos-sommerfest-2025.example.net/album/login?ref=gl

Die Seite löscht die Bilder nach 48 Stunden, also schnell sein ;)

Liebe Grüße
Jana"""),

S("de", 0, "other", "Buchhaltung Kanzlei Merten <rechnung@kanzlei-merten-inkasso.example.com>", "Offene Rechnung Nr. RE-2026-04471 – letzte Mahnung vor Inkasso",
"""Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 03.02.2026 konnten wir bis heute keinen Zahlungseingang für die Rechnung RE-2026-04471 über 1.284,60 EUR feststellen.

Wir fordern Sie hiermit letztmalig auf, den Betrag innerhalb von 48 Stunden zu begleichen. Die detaillierte Rechnung sowie die Leistungsübersicht finden Sie im beigefügten Archiv (Passwort: 4471).

Andernfalls werden wir die Forderung ohne weitere Ankündigung an unser Inkassobüro übergeben. Hierdurch entstehen Ihnen weitere Kosten.

Mit freundlichen Grüßen
Buchhaltung""", attach=["RE-2026-04471.zip"]),
]
