"""de2 batch 01: tenant_request (broken and machine-translated German, phone style, people writing for
someone, workshop and certificate, forwarded listings; six urgent)."""
from mailwriter import T

MAILS = [
T("de", 0, "phone", "Shukria Amiri <shukria.amiri@example.com>", "vermieter",
"""hallo frau schmitt hab grad mit dem vermieter telefoniert von der wohnung in hand er sagt er braucht noch ein papier vom jobcenter das die kaution bezahlt wird sonst gibt er die wohnung jemand anders ich war heute morgen beim jobcenter aber die sagen erst mietangebot dann zusicherung was soll ich zuerst machen bitte rufen sie mich an ich hab heute frei

shukria

Von meinem Samsung Galaxy Smartphone gesendet"""),

T("de", 0, "broken", "Abdullahi Hersi <a.hersi.work@example.net>", "Wohnung Köln oder Gladbach",
"""Guten Tag

Ich heiße Abdullahi Hersi und wohne in die Unterkunft in Paffrath seit 2022. Ab 1. nächste Monat ich arbeite bei DHL Hub in Köln Eifeltor, Schicht früh 5 Uhr. Mit Bus von Paffrath ist nicht möglich so früh.

Meine Frage: Sie helfen auch wenn ich Wohnung in Köln suche? Oder nur in Bergisch Gladbach? Porz oder Kalk ist gut für mich. Mein Kollege sagt Köln ist andere Jobcenter, stimmt das?

Danke für Antwort
Abdullahi"""),

T("de", 0, "machine_translated", "Tetiana Savchuk <tetiana.savchuk@example.org>", "Frage über Wohnung mit Haustier",
"""Sehr geehrte Damen und Herren,

ich wende mich an Sie mit einer Frage, die für mich sehr wichtig ist. Ich bin aus Charkiw und lebe seit März 2022 in Deutschland, jetzt mit meiner Mutter (71 Jahre) in einer Unterkunft in Moitzfeld. Wir haben ein Haustier, einen kleinen Hund der Rasse Jack Russell Terrier, sein Name ist Bublyk. Er ist 9 Jahre alt, ruhig und geimpft, alle Dokumente sind vorhanden.

In allen Anzeigen, die ich gefunden habe, steht „keine Haustiere“. Bei zwei Besichtigungen sagte der Vermieter sofort nein, als er von dem Hund hörte. Meine Mutter sagt, wir geben ihn nicht weg, er ist das Letzte, was uns von unserem Haus geblieben ist.

Gibt es in Ihrer Liste Vermieter, die mit einem Hund einverstanden sind? Wir sind bereit, eine Haftpflichtversicherung für den Hund abzuschließen (haben wir schon) und auch eine etwas höhere Kaution zu zahlen.

Mit freundlichen Grüßen und Hoffnung auf Ihr Verständnis
Tetiana Savchuk""", charset="utf-8", enc="quoted-printable"),

T("de", 0, "on_behalf", "Jobcenter Rhein-Berg – Fallmanagement U25/Ü25 <fallmanagement.gl3@jc-rheinberg.example.org>", "Kostensenkungsaufforderung – Herr Dawood Mirzaie, BG 48213//0031177",
"""Sehr geehrte Damen und Herren,

Herr Dawood Mirzaie ist im vergangenen Jahr mit Ihrer Unterstützung aus der Unterkunft in eine Wohnung in der Stadtmitte gezogen. Nach der Trennung von seiner Ehefrau lebt er dort inzwischen allein; die Wohnung (78 m², 3 Zimmer, Bruttokaltmiete 845 €) ist für einen Ein-Personen-Haushalt nicht mehr angemessen.

Ich habe Herrn Mirzaie heute die Kostensenkungsaufforderung nach § 22 Abs. 1 SGB II ausgehändigt. Die tatsächlichen Kosten werden für die Übergangszeit von sechs Monaten weiter übernommen; danach nur noch der angemessene Betrag. Es besteht also kein akuter Handlungsdruck, aber Herr Mirzaie ist mit der Situation erkennbar überfordert und hat gefragt, ob „die Frau von der Stadt, die damals geholfen hat“ ihn wieder unterstützen kann.

Er ist mit der Weitergabe seiner Kontaktdaten einverstanden (Einwilligung liegt in der Akte): Tel. 0176 40938821.

Wären Sie bereit, ihn erneut bei der Suche nach einer kleineren Wohnung zu begleiten?

Mit freundlichen Grüßen
im Auftrag
Petra Ollig
Fallmanagerin
Jobcenter Rhein-Berg, Geschäftsstelle Bergisch Gladbach
Tel. 02202 12345-318

Bitte geben Sie bei Antworten immer die BG-Nummer an.""", enc="quoted-printable"),

T("de", 1, "on_behalf", "Schulsozialarbeit Realschule Herkenrath <schulsozialarbeit@rs-herkenrath.example.org>", "Dringend: Familie Ayoubi muss bis Freitag aus dem Hotel",
"""Sehr geehrte Damen und Herren,

entschuldigen Sie die knappe Mail, ich habe gleich wieder Unterricht.

Unsere Schülerin Nazanin Ayoubi (Klasse 6b) kam heute weinend zu mir. Die Familie (Eltern, 3 Kinder, jüngstes 2 Jahre) ist seit dem Sommer übergangsweise im Hotel an der Overather Straße untergebracht. Laut Nazanin hat der Hotelbetreiber den Eltern gestern gesagt, dass sie das Zimmer bis Freitag räumen müssen, weil „die Stadt nicht mehr bezahlt“. Einen Bescheid oder eine neue Adresse haben sie nicht bekommen.

Ich weiß nicht, ob das stimmt oder ob es ein Missverständnis ist, aber die Familie hat große Angst, am Wochenende auf der Straße zu stehen. Der Vater, Herr Jawid Ayoubi, ist unter 0157 31822904 erreichbar (Dari, etwas Deutsch). Falls Sie nicht zuständig sind, leiten Sie das bitte an die richtige Stelle weiter – ich wusste nicht, wen ich sonst anschreiben soll.

Vielen Dank!
Katrin Hüsgen
Schulsozialarbeit
Realschule Herkenrath (fiktiv)
02202 23456-771 (Di–Do)""", date="2025-11-18 09:47"),

T("de", 0, "on_behalf", "Gunter Westphal <gunter.westphal@example.net>", "Familie Nasser-Abbas: Ordner ist fertig – wie weiter?",
"""Liebe Frau Demirci,

wir hatten uns im Frühjahr beim Netzwerktreffen kurz kennengelernt – ich bin der pensionierte Lehrer, der mit dem Fahrrad kam.

Ich begleite seit Herbst die Familie Nasser-Abbas (Eltern, Sohn 14, Tochter 9), Unterkunft Kempener Straße. Sie hatten der Familie beim Erstgespräch im Juni eine Liste mitgegeben, welche Unterlagen für Bewerbungen nötig sind. Wir haben inzwischen alles zusammen und in einem Ordner sortiert:

- Selbstauskunft (zweimal: deutsch und als Vorlage)
- Bescheid Jobcenter, aktueller Stand
- Arbeitsvertrag Frau Nasser (Minijob Bäckerei, seit 7 Monaten)
- Teilnahmebestätigung Wohnworkshop (beide Eltern)
- SCHUFA-Auskunft (ohne Einträge!)
- Bescheinigung der Unterkunft über beanstandungsfreies Wohnen

Was ich nicht weiß: Wie geht es jetzt weiter? Bekommt die Familie von Ihnen Vorschläge, oder sollen wir selbst weiter suchen und uns melden, wenn wir etwas haben? Herr Abbas fragt mich das jede Woche, und ich möchte ihm nichts Falsches sagen.

Eine Schweigepflichtentbindung für mich hat die Familie unterschrieben, sie liegt Ihnen meines Wissens vor.

Mit herzlichen Grüßen
Gunter Westphal
(ehrenamtlicher Pate)"""),

T("de", 0, "on_behalf", "Schuldnerberatung Diakonie Rhein-Berg (fiktiv) <schuldnerberatung@diakonie-rb.example.org>", "Klientin Frau L. Berhane – SCHUFA-Eintrag und Wohnungssuche",
"""Guten Tag,

ich betreue in unserer Schuldnerberatung Frau Lemlem Berhane. Frau Berhane hat mir erzählt, dass sie in Ihrem Programm zur Wohnungssuche ist und bei zwei Vermietern wegen eines negativen SCHUFA-Eintrags abgelehnt wurde.

Zum Hintergrund: Der Eintrag stammt aus einem Handyvertrag von 2021 (Forderung inkl. Inkassokosten ca. 690 €). Wir haben mit dem Inkassobüro inzwischen einen Vergleich über 380 € ausgehandelt, die Zahlung erfolgt in Raten bis Februar. Nach vollständiger Zahlung wird der Eintrag als „erledigt“ markiert; gelöscht wird er allerdings erst später.

Ich kann Frau Berhane gern eine Bescheinigung über die laufende Regulierung ausstellen, die sie Vermietern vorlegen kann. Wäre so ein Schreiben für Sie bzw. die Vermieter in Ihrem Netzwerk hilfreich? Und gibt es bei Ihnen Erfahrungen, wie Vermieter auf „erledigte“ Einträge reagieren?

Eine Schweigepflichtentbindung von Frau Berhane liegt vor.

Freundliche Grüße
Jörg Heidbüchel
Schuldner- und Insolvenzberatung
Tel. 02202 23456-52""", html="alt"),

T("de", 1, "broken", "Karam Al-Hariri <karam.alhariri@example.com>", "Nachbar angriff meine Sohn – wir können nicht nach Hause",
"""Sehr geehrte Frau,

Sie haben uns geholfen für die Wohnung in Lückerath letztes Jahr, danke nochmal. Aber jetzt große Problem. Der Nachbar von oben schreit immer "Ausländer raus" und gestern Abend er hat meine Sohn (15 Jahre) im Treppenhaus geschlagen mit Flasche, Sohn war im Krankenhaus, Kopf genäht. Polizei war da und hat Anzeige gemacht, aber der Mann ist wieder zu Hause.

Meine Frau und Kinder haben große Angst. Wir schlafen jetzt seit gestern in der Moschee in Gronau, der Imam hat erlaubt aber nur paar Tage. Wir können nicht zurück in Wohnung wenn der Mann da ist.

Bitte was können wir machen? Gibt es andere Wohnung schnell? Ich kann morgen kommen.

Karam Al-Hariri
0163 22987461

Aktenzeichen Polizei: 2025-118803 (steht auf Papier)"""),

T("de", 1, "on_behalf", "Hebamme Svenja Kolb <hebamme.kolb@example.org>", "Wöchnerin ohne Wohnplatz – Entlassung morgen",
"""Sehr geehrte Damen und Herren,

ich bin freiberufliche Hebamme und betreue Frau Hewan Tsegay (24), die am Dienstag im EVK ihr erstes Kind, einen Sohn, bekommen hat. Morgen (Freitag) soll sie mit dem Baby entlassen werden.

Das Problem: Frau Tsegay hat bis zur Geburt bei ihrer Cousine in Hebborn auf dem Sofa geschlafen, weil sie in der Unterkunft mit zwei anderen Frauen ein Zimmer teilen musste. Der Vermieter der Cousine hat jetzt ausdrücklich untersagt, dass eine Frau mit Neugeborenem dort einzieht. Frau Tsegay hat damit ab morgen keinen Ort, an den sie mit dem Kind gehen kann. Das Krankenhaus weiß Bescheid, kann sie aber nicht länger behalten.

Können Sie mir sagen, wer heute noch helfen kann? Ich bin den ganzen Tag mobil erreichbar.

Mit freundlichen Grüßen
Svenja Kolb
Hebamme
0171 23409518""", date="2026-02-12 08:12"),

T("de", 1, "formal", "Mehdi Karimzadeh <mehdi.karimzadeh@example.net>", "Räumungstermin 12.11. – ich bin nur Untermieter",
"""Sehr geehrte Damen und Herren,

ich wohne seit Februar 2024 als Untermieter in einer Wohnung in der Paffrather Straße. Den Untermietvertrag habe ich mit dem Hauptmieter, Herrn T., abgeschlossen; meine Miete (420 €) habe ich jeden Monat pünktlich an ihn überwiesen, die Kontoauszüge kann ich vorlegen.

Gestern lag ein Schreiben des Gerichtsvollziehers an der Tür: Die Wohnung wird am Mittwoch, 12.11., um 8:30 Uhr geräumt. Ich habe daraufhin erfahren, dass Herr T. seit Monaten keine Miete an den Eigentümer gezahlt hat und schon im Sommer ausgezogen ist. Der Räumungstitel richtet sich gegen ihn, aber der Gerichtsvollzieher sagt, ich muss trotzdem raus.

Ich arbeite als Pflegehelfer im Schichtdienst und habe keine Möglichkeit, in fünf Tagen eine Wohnung zu finden. Eine Unterkunft der Stadt würde ich annehmen, wenn es nicht anders geht. Beim Mieterverein habe ich für Montag einen Termin.

Ich bitte Sie dringend um einen Rückruf: 0152 29833017 (ab 14 Uhr).

Mit freundlichen Grüßen
Mehdi Karimzadeh""", date="2025-11-07 10:31", attach=["Schreiben_Gerichtsvollzieher.jpg"]),

T("de", 1, "broken", "Ousmane Diakité <ousmane.diakite03@example.com>", "Wohnheim ich muss raus Sonntag",
"""Hallo

ich bin Ousmane, ich war in Ihr Workshop im April. Ich wohne in Azubi Wohnheim in Bensberg. Meine Firma (Dachdecker) ist insolvent und Ausbildung ist vorbei seit 2 Wochen. Heute Hausmeister sagt Wohnheim ist nur für Azubi, ich muss am Sonntag Zimmer leer machen und Schlüssel abgeben.

Ich suche neue Ausbildung schon, IHK hilft mir. Aber bis Sonntag ich habe nichts. Ich war früher in Heim in Refrath, kann ich zurück dahin? Oder gibt es etwas anders?

Bitte schnell antworten, ich habe nur noch 4 Tage.

Ousmane Diakité
0151 20994783""", date="2025-06-18 17:55"),

T("de", 1, "on_behalf", "Marlene Hoppe <marlene.hoppe@example.org>", "Frau Brandt ist verstorben – Familie Sahak soll bis Samstag raus",
"""Sehr geehrte Damen und Herren,

ich schreibe Ihnen als Nachbarin und Freundin der Familie Sahak (Ehepaar mit zwei Kindern, 4 und 8).

Die Familie wohnt seit fast drei Jahren bei Frau Irmgard Brandt in Schildgen, im oberen Stockwerk ihres Hauses – damals über die Aktion „Wohnraum für Geflüchtete“ vermittelt. Einen schriftlichen Mietvertrag gab es, soweit ich weiß, nie; die Miete zahlte das Jobcenter direkt an Frau Brandt.

Frau Brandt ist vor neun Tagen gestorben. Ihr Sohn aus Stuttgart war am Wochenende da und hat der Familie erklärt, das Haus werde verkauft, sie müssten bis Samstag ausgezogen sein, danach lasse er die Schlösser austauschen. Er war nicht unfreundlich, aber sehr bestimmt.

Ich weiß, dass er so nicht einfach vorgehen kann, aber die Familie ist völlig verängstigt und packt schon Kartons. Wohin, weiß niemand. Können Sie kurzfristig helfen oder der Familie zumindest sagen, welche Rechte sie hat? Herr Sahak ist unter 0176 22410953 erreichbar, ich selbst unter 02204 23456-88.

Mit freundlichen Grüßen
Marlene Hoppe""", date="2026-04-22 20:14"),

T("de", 0, "on_behalf", "Birte Lammersen – DaF-Kurs VHS <b.lammersen@kursleitung.example.net>", "Anmeldung Wohnworkshop: drei Teilnehmende aus meinem B1-Kurs",
"""Hallo liebes Team,

in meinem Integrationskurs (B1, Mo–Fr vormittags im Haus der Bildung) haben wir letzte Woche das Thema „Wohnungssuche“ gemacht, und drei Teilnehmende möchten gern an Ihrem nächsten Wohnworkshop teilnehmen. Sie haben mich gebeten, sie anzumelden:

1. Frau Roya Haidary – Tel. 0176 44102938
2. Herr Biniam Ghebreyesus – Tel. 0152 30418827
3. Herr Mahmoud Khalaf – Tel. 0157 20938411

Alle drei wohnen in städtischen Unterkünften und sind mit der Weitergabe ihrer Nummern einverstanden. Da der Kurs vormittags läuft, wäre ein Nachmittagstermin ideal.

Viele Grüße
Birte Lammersen
Kursleiterin"""),

T("de", 0, "broken", "abdikarim.warsame@example.net", "Anmeldung",
"""Guten Abend. Ich möchte mich anmelden Wohnung Kurs (workshop). Name Abdikarim Warsame, Heim Bensberg Zimmer 4, Handy 0155 61029384. Ich kann Montag Dienstag. Danke sehr"""),

T("de", 0, "clean", "Mohammad Ali Sharifi <ma.sharifi@example.com>", "Teilnahmebestätigung – Name falsch geschrieben",
"""Guten Tag,

vielen Dank für die Teilnahmebestätigung vom Wohnworkshop, die ich letzte Woche per Post bekommen habe.

Leider ist mein Name falsch geschrieben: Dort steht „Mohamad Ali Scharifi“, in meinem Reiseausweis steht aber „Mohammad Ali Sharifi“. Die Genossenschaft, bei der ich mich bewerben möchte, hat gesagt, der Name muss genau wie im Ausweis sein.

Könnten Sie mir bitte eine korrigierte Bestätigung ausstellen? Eine PDF per E-Mail reicht, wenn das für Sie einfacher ist. Ein Foto der ersten Seite meines Ausweises habe ich angehängt.

Mit freundlichen Grüßen
Mohammad Ali Sharifi""", attach=["Reiseausweis_Seite1.jpg"]),

T("de", 0, "oneliner", "Gebre <gebre.t.88@example.com>", "zertifikat",
"""kann ich zertifikat nochmal haben? alte ist kaputt nass geworden"""),

T("de", 0, "forward", "Ahmad Shah Noori <ahmadshah.noori@example.net>", "WG: Ihre Anfrage: 3 Zi Whg Bensberg 540€ warm",
"""Hallo Frau Yilmaz,

ich habe diese Wohnung im Internet gefunden. Der Vermieter hat geantwortet aber er ist in England und will erst Kaution bekommen dann schickt er Schlüssel. Meine Frau sagt das ist komisch. Ist das echt oder Betrug? Ich habe noch nichts bezahlt.

Ahmad Shah

---------- Weitergeleitete Nachricht ---------
Von: Robert Miller <robert.miller.home@example.com>
Datum: Mo., 2. Juni 2025 um 23:41
Betreff: Re: Ihre Anfrage: 3 Zi Whg Bensberg 540€ warm
An: <ahmadshah.noori@example.net>

Hallo lieber Interessent,

danke für Ihre Interesse an meine Wohnung. Die Wohnung ist noch frei. Ich arbeite jetzt in Manchester und kann leider nicht zu Besichtigung kommen. Für Sicherheit von beide Seite nutzen wir Treuhandservice: Sie überweisen Kaution 1080€, dann sende ich Schlüssel und Vertrag per Post. Wenn Sie nicht zufrieden, Geld kommt zurück.

Bitte senden Sie Kopie von Ausweis.

Mit freundlichen Grüßen
Robert Miller""", date="2025-06-03 07:52"),

T("de", 0, "mixed_language", "Zerin Hamo <zerin.hamo@example.org>", "Wohnung aus WhatsApp Gruppe",
"""Hallo,

jemand hat in unsere WhatsApp Gruppe "Wohnungen BGL & Umgebung" das hier geschickt:

„2-Zi-Whg in Refrath, 58qm, 2.OG ohne Aufzug, 610 warm, ab sofort, WBS erforderlich, Bewerbung nur über Homepage der Wohnungsgesellschaft, Objekt-Nr. 40-117-3“

Ich habe keinen WBS. Kann ich das noch schnell beantragen oder ist dann die Wohnung weg? Und wie bewirbt man sich auf Homepage, ich finde die Nummer nicht.

Sipas / Danke
Zerin"""),

T("de", 0, "mixed_language", "Chiamaka Eze <chiamaka.eze@example.com>", "Wohnungsgeberbestätigung – landlord refuses",
"""Guten Tag,

sorry, my German is B1 so I write a bit mixed.

Ich bin am 1. eingezogen in die neue Wohnung in Gronau (you helped me with the application, thank you!). Jetzt muss ich mich im Bürgerbüro anmelden, innerhalb von zwei Wochen. Aber der Vermieter gibt mir die Wohnungsgeberbestätigung nicht. He says he will send it "later" and doesn't answer the phone anymore.

Bürgerbüro says without this paper no Anmeldung, and without Anmeldung the Jobcenter cannot change my address. What can I do? Can you call him maybe? He knows you.

Thank you so much,
Chiamaka Eze"""),

T("de", 0, "reply", "Sultan Mahmoudi <sultan.mahmoudi@example.net>", "AW: Fehlende Unterlagen für Ihre Bewerbung",
"""Guten Tag Frau Krämer,

anbei die zwei Lohnabrechnungen von Oktober und November. September kann ich nicht finden, ich frage morgen im Büro von meine Firma.

Mit freundliche Grüße
Sultan Mahmoudi

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 9. Dezember 2025 11:03
An: sultan.mahmoudi@example.net
Betreff: Fehlende Unterlagen für Ihre Bewerbung

Sehr geehrter Herr Mahmoudi,

damit wir Ihre Bewerbung an die Hausverwaltung weitergeben können, fehlen uns noch die Lohnabrechnungen der letzten drei Monate. Bitte senden Sie uns diese bis Ende nächster Woche.

Mit freundlichen Grüßen
Ihr Team Integration Wohnen""", attach=["Lohnabrechnung_Okt.pdf", "Lohnabrechnung_Nov.pdf"], date="2025-12-10 21:36"),

T("de", 0, "hard_case", "Faisal Darwish <faisal.darwish@example.com>", "3000 Euro für Küche?",
"""Hallo,

ich war am Samstag bei Besichtigung in Bensberg, 3 Zimmer, sehr schön. Der Vermieter will mir die Wohnung geben, aber nur wenn ich die alte Küche von dem Vormieter kaufe für 3000 Euro, bar, ohne Quittung. Die Küche ist alt, vielleicht 15 Jahre.

Ist das normal in Deutschland? Bezahlt Jobcenter so was? Ich habe das Geld nicht. Ich will die Wohnung nicht verlieren, aber 3000 ist viel.

Bitte sagen Sie mir was ich machen soll bevor ich unterschreibe.

Faisal"""),

T("de", 0, "on_behalf", "Rayan Haddad <rayan.haddad2008@example.net>", "Für meine Eltern (Familie Haddad, Unterkunft Hand)",
"""Hallo,

ich bin Rayan, 17 Jahre alt, und ich schreibe für meine Eltern weil die nicht gut Deutsch können. Wir wohnen in der Unterkunft in Hand zu fünft in zwei Zimmern.

Mein Vater hat im Sommer einen Termin bei Ihnen gehabt und seitdem haben wir nichts mehr gehört. Er fragt ob wir noch auf der Liste sind oder ob wir etwas falsch gemacht haben. Ich mache nächstes Jahr Abi und brauche eigentlich einen ruhigen Platz zum Lernen 😅

Sie können mir antworten, ich übersetze für meine Eltern. Oder Papa anrufen: 0176 41109283.

Danke!
Rayan Haddad"""),

T("de", 0, "on_behalf", "Bewährungshilfe – Dienststelle GL <bewaehrungshilfe.gl@justiz.example.org>", "Proband Herr A. Rahmani – Wohnraum nach Haftentlassung",
"""Sehr geehrte Damen und Herren,

ich bin Bewährungshelfer von Herrn Aziz Rahmani (31). Herr Rahmani wird voraussichtlich Ende Februar nach Verbüßung von zwei Dritteln seiner Strafe aus der JVA entlassen. Vor der Inhaftierung lebte er in einer städtischen Unterkunft in Bergisch Gladbach; sein Platz dort ist nicht mehr vorhanden.

Für eine positive Sozialprognose ist eine feste Wohnadresse wesentlich. Herr Rahmani hat eine Arbeitsplatzzusage bei einem Garten- und Landschaftsbaubetrieb in Kürten. Er hat in der Haft an einem Kurs zum Thema Mietrecht und Haushaltsführung teilgenommen.

Ich möchte anfragen, ob Herr Rahmani schon vor der Entlassung in Ihr Programm aufgenommen werden kann, bzw. welche Unterlagen Sie benötigen. Eine Einwilligungserklärung lege ich bei.

Mit freundlichen Grüßen
Uwe Kemper
Bewährungshelfer
Tel. 02202 23456-410""", attach=["Einwilligung_Rahmani.pdf"], enc="base64"),

T("de", 0, "clean", "Nasratullah Hotak <n.hotak@example.com>", "Seit 8 Monaten keine Rückmeldung",
"""Sehr geehrte Damen und Herren,

im März hatte ich mein Erstgespräch bei Ihnen. Seitdem habe ich zwei Mal angerufen und drei Mails geschrieben, aber niemand hat sich zurückgemeldet. Ich habe alle Unterlagen abgegeben, die Sie wollten, und selbst über 40 Bewerbungen geschrieben.

Ich verstehe, dass Sie viel Arbeit haben. Aber ich lebe mit meiner Frau und meinem Baby in einem Zimmer mit 14 qm, und ich möchte wenigstens wissen, ob überhaupt noch jemand für mich zuständig ist. Ein Bekannter hat mir geraten, mich an die Zeitung zu wenden – das möchte ich eigentlich nicht.

Bitte geben Sie mir einen Termin oder den Namen meiner Ansprechperson.

Mit freundlichen Grüßen
Nasratullah Hotak"""),

T("de", 0, "machine_translated", "Amal Jaber <amal.jaber.gl@example.org>", "Zahlung der Nebenkosten Nachzahlung",
"""Sehr geehrter Herr oder Frau,

ich hoffe, dass es Ihnen gut geht. Ich bin seit einem Jahr in der Wohnung, die mir durch Ihre Hilfe gegeben wurde, und ich bin sehr dankbar. Heute ist ein Brief vom Vermieter angekommen, er heißt "Betriebskostenabrechnung", und darin wird verlangt, dass ich einen Betrag von 640,18 Euro nachzahle bis zum Ende des nächsten Monats.

Ich habe diesen Betrag nicht. Ich habe gelesen, dass das Jobcenter manchmal diese Beträge bezahlt, aber ich weiß nicht, ob das für mich gilt, weil ich jetzt Teilzeit arbeite und nur ein wenig Hilfe vom Jobcenter bekomme. Auch ist die Heizung in der Abrechnung sehr hoch, obwohl wir wenig geheizt haben.

Bitte können Sie mir sagen, wohin ich mit diesem Brief gehen soll, und ob ich zuerst bezahlen muss oder zuerst prüfen lassen.

Ich danke Ihnen von ganzem Herzen.
Amal Jaber""", charset="iso-8859-1", enc="8bit"),

T("de", 0, "clean", "Hadi Rostamzadeh <hadi.rostamzadeh@example.net>", "Bescheinigung für die Ausländerbehörde (Niederlassungserlaubnis)",
"""Guten Tag,

ich beantrage zurzeit eine Niederlassungserlaubnis. Die Ausländerbehörde verlangt einen Nachweis über „ausreichenden Wohnraum“. Ich wohne noch in der Unterkunft in der Jakobstraße, bin aber seit letztem Jahr in Ihrem Programm und suche aktiv eine Wohnung.

Die Sachbearbeiterin meinte, eine Bescheinigung von Ihnen, dass ich im Programm bin und mich um eine Wohnung bemühe, könnte helfen. Ist so etwas möglich? Das Aktenzeichen der Ausländerbehörde ist 3.2-R/1187.

Mit freundlichen Grüßen
Hadi Rostamzadeh"""),

T("de", 0, "oneliner", "Roshan <roshan.k.gl@example.com>", "liste",
"""Bin ich noch auf der Liste?"""),

T("de", 0, "phone", "Fr. Ahmadzada <ahmadzada.m@example.net>", "Mietvertrag Fotos",
"""Hallo hier Ahmadzada vom Anruf eben. Hier die Fotos vom Mietvertrag, Seite 3 ist bisschen dunkel sorry. Können Sie schauen ob alles ok ist bevor ich unterschreibe? Der Vermieter will bis Freitag Antwort.
Lg""", attach=["IMG_2041.jpg", "IMG_2042.jpg", "IMG_2043.jpg"]),

T("de", 0, "machine_translated", "Bassam Al-Tamimi <bassam.altamimi@example.com>", "Die Wohnung hat einen Pilz",
"""Guten Tag meine Damen und Herren,

Sie haben mir die Wohnung in der Straße in Gronau vorgeschlagen und ich war gestern mit meiner Frau zur Besichtigung. Die Wohnung ist groß und der Preis ist gut. Aber in dem Schlafzimmer hat die Wand einen schwarzen Pilz in der Ecke hinter dem Schrank, ungefähr so groß wie ein Teller. Der Vermieter sagt, das ist nur wegen dem Lüften des letzten Mieters und er macht Farbe darauf.

Meine Tochter hat Asthma. Ich habe Angst, dass der Pilz zurückkommt. Aber ich habe auch Angst, wenn ich nein sage, bekomme ich keine andere Wohnung mehr von Ihnen.

Was raten Sie mir? Muss ich ihm die Antwort bis Montag geben.

Mit Respekt und Dank
Bassam Al-Tamimi"""),

T("de", 0, "html_only", "Mahbooba Rezai <mahbooba.rezai@example.org>", "Kann ich mit meinem Bruder zusammen wohnen?",
"""Hallo,

ich bin 26 und wohne allein in der Unterkunft in Refrath. Mein Bruder (29) wohnt in einer anderen Unterkunft in Bensberg. Wir bekommen beide Geld vom Jobcenter, jeder für sich.

Wir möchten gern zusammen eine Wohnung suchen, 3 Zimmer, damit jeder ein eigenes Zimmer hat. Geht das? Zählt das Jobcenter uns dann als eine Familie oder als zwei? Und können wir beide zusammen in Ihr Programm, oder muss einer von uns sich allein anmelden?

Danke für Ihre Hilfe
Mahbooba""", html="only"),
]
