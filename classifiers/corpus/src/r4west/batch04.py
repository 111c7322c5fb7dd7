"""r4west batch 04: tenants who talk about their (future) landlord, a viewing, the contract, Kaution, SCHUFA,
the Jobcenter (tenant_request), against landlords asking about guarantees, Jobcenter rent and damages before
deciding (landlord_offer). Both sides use the same vocabulary."""
from mailwriter import T, L

MAILS = [
T("de", 0, "broken", "Walid Mansour <walid.mansour@example.com>", "Kaution Problem",
"""Hallo Frau Kretschmer

der Vermieter von Wohnung in Hand sagt ich muss Kaution 1350 Euro bar bezahlen bevor ich Schlüssel bekomme. Jobcenter sagt Darlehen dauert 2-3 Wochen, erst Antrag dann Bescheid. Vermieter will nicht warten, er sagt andere Leute wollen auch.

Was kann ich machen? Kann Stadt vielleicht Brief schreiben zu Vermieter dass Geld kommt?

Walid Mansour
0176 31190274"""),

T("de", 0, "machine_translated", "Tetiana Kravets <tetiana.kravets@example.org>", "Frage zur Bürgschaft für die Vermieterin",
"""Guten Tag,

die Vermieterin der Wohnung in Bensberg, die ich letzte Woche besichtigt habe, ist bereit, mir die Wohnung zu vermieten, aber nur unter der Bedingung, dass jemand eine Bürgschaft übernimmt, weil ich noch keine feste Arbeit habe (ich bin in einer Maßnahme des Jobcenters bis Dezember).

Ich kenne in Deutschland niemanden, der so etwas unterschreiben kann. Gibt es die Möglichkeit, dass die Stadt oder Ihr Projekt eine solche Garantie gibt? Oder was kann ich der Vermieterin stattdessen anbieten?

Mit freundlichen Grüßen und Hoffnung auf Antwort
Tetiana Kravets"""),

T("de", 0, "phone", "Omid Faizi <omid.faizi@example.net>", "besichtigung donnerstag",
"""hallo ich hab besichtigung donnerstag 16 uhr in moitzfeld, vermieter spricht nur deutsch schnell. kann jemand von ihnen mitkommen oder dolmetscher? bitte antwort omid"""),

T("de", 0, "machine_translated", "Elena Popescu <elena.popescu@example.com>", "Jobcenter sagt Wohnung zu teuer",
"""Hallo,

ich habe ein Angebot für eine Wohnung von 2 Zimmern in Paffrath empfangen, der Vermieter ist bereit, an mich und meinen Sohn zu vermieten. Die Miete ist 515 € kalt plus 150 € Nebenkosten. Das Jobcenter sagt mir, dass es 38 € zu viel ist und sie das nicht übernehmen werden.

Der Vermieter hat gesagt, er kann vielleicht bis 490 heruntergehen, wenn die Sache schnell passiert. Wäre das dann passend? Und ist es möglich, dass ich die Differenz selbst bezahle, weil ich einen Minijob habe?

Danke und viele Grüße
Elena Popescu"""),

T("de", 0, "broken", "Kamal Abdelaziz <kamal.abdelaziz@example.org>", "Schufa negativ Vermieter nein",
"""Guten Tag,

ich hatte Besichtigung in Refrath, Vermieter war sehr freundlich und sagt ja, aber dann er hat Schufa gesehen und sagt nein. In Schufa steht Handyvertrag von 2021, 280 Euro, ich wusste das nicht, habe Brief nie bekommen weil ich habe oft umgezogen Heim.

Ich habe jetzt bezahlt alles. Wie lange bleibt das in Schufa? Und können Sie mit Vermieter sprechen, vielleicht er nimmt mich doch?

Kamal"""),

T("de", 0, "forward", "Sima Taheri <sima.taheri@example.net>", "WG: Ihre Anfrage Wohnung Gronau – Vertragsbedingungen",
"""Hallo, der Vermieter hat mir das geschickt. Was ist Staffelmiete? Ist das gut oder schlecht für mich mit Jobcenter? Ich will nicht was falsch unterschreiben.
Sima

---------- Forwarded message ---------
Von: Wolfgang Hebborn <w.hebborn@example.com>
Date: Mi., 11. März 2026 um 17:02
Subject: Ihre Anfrage Wohnung Gronau – Vertragsbedingungen
To: Sima Taheri <sima.taheri@example.net>

Sehr geehrte Frau Taheri,

wie besprochen die Bedingungen:
- Staffelmiete: 1. Jahr 480 €, ab 2. Jahr 500 €, ab 3. Jahr 520 € (kalt)
- Nebenkostenvorauszahlung 145 €
- Kaution 2 Monatsmieten
- Mietbeginn 01.05.

Wenn Sie einverstanden sind, schicke ich Ihnen den Vertrag.

MfG
W. Hebborn"""),

T("en", 0, "clean", "Samuel Boateng <samuel.boateng@example.com>", "Landlord is asking for a guarantor",
"""Hello,

I viewed a one-bedroom flat in Schildgen yesterday and the landlord liked me, but he says that because I am on probation at my new job he needs a "Bürge" – someone who guarantees the rent.

I don't have family in Germany. Is there any programme or organisation that can act as guarantor? Or could a letter from your office help to convince him?

Thanks,
Samuel Boateng"""),

T("en", 0, "clean", "Nour Al-Khatib <nour.alkhatib@example.net>", "Question about my new rental contract",
"""Dear team,

my future landlord sent me the contract for the flat in Heidkamp. Most of it is clear, but there is a clause about "Schönheitsreparaturen" saying I have to paint all rooms when I move out, and another one about a "Kleinreparaturklausel" up to 120 euro per repair.

Is this normal? Should I sign, or ask him to change it? I have to return it by Friday.

Kind regards,
Nour Al-Khatib""", attach=["Mietvertrag_Entwurf.pdf"]),

T("fr", 0, "clean", "Fatoumata Camara <fatoumata.camara@example.org>", "Caution demandée par le propriétaire",
"""Bonjour,

J'ai trouvé un appartement à Bensberg et le propriétaire est d'accord pour me le louer. Mais il demande une caution de trois mois de loyer froid, soit 1 440 €, à payer avant la remise des clés.

Le Jobcenter peut-il avancer cette somme ? J'ai entendu parler d'un prêt (Darlehen). Quels papiers dois-je préparer, et est-ce que vous pouvez m'aider à faire la demande ?

Merci beaucoup,
Fatoumata Camara"""),

T("ti", 0, "clean", "Tsega Haile <tsega.haile@example.com>", "ዋና ገዛ ወረቐት ካብ ጆብሰንተር ይደሊ",
"""ሰላም፣

ትማሊ ኣብ ረፍራት ገዛ ርእየ (Besichtigung)። ዋና ገዛ ሕራይ ኢሉ፣ ግን ቅድሚ ውዕል ምፍራም ወረቐት ካብ ጆብሰንተር (Mietübernahme) ይደሊ። ኣነ ከመይ ገይረ ክረኽቦ እኽእል? ብቕልጡፍ ክኸውን ኣለዎ ምኽንያቱ ካልኦት ሰባት እውን ይደልዩ እዮም።

የቐንየልኩም
ጸጋ ሃይለ
0152 90337461"""),

L("de", 0, "formal", "Dr. Cornelia Stüttgen <c.stuettgen@example.org>", "Vermietung an Geflüchtete – Fragen vor einer Entscheidung",
"""Sehr geehrte Damen und Herren,

ich besitze eine 3-Zimmer-Wohnung in Bensberg, die im Frühjahr frei wird, und überlege, sie über Ihr Programm zu vermieten. Bevor ich mich entscheide, hätte ich einige Fragen:

1. Zahlt das Jobcenter die Miete direkt an den Vermieter, und was passiert, wenn der Leistungsbezug endet?
2. Gibt es eine Mietausfall- oder Schadensgarantie der Stadt?
3. Bleiben Sie nach dem Einzug Ansprechpartner, falls es Probleme gibt?

Für eine kurze Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen
Dr. Cornelia Stüttgen"""),

L("de", 0, "phone", "Achim Paffenholz <achim.paffenholz@example.net>", "frage",
"""hallo kurze frage bevor ich meine wohnung anbiete: wer zahlt wenn was kaputt geht? hatte schlechte erfahrung. gruß paffenholz"""),

L("de", 0, "clean", "Martina Esser-Klein <m.esserklein@example.com>", "Wohnung meiner verstorbenen Tante – Sicherheiten?",
"""Guten Tag,

meine Geschwister und ich haben die Wohnung unserer verstorbenen Tante in Refrath geerbt (2,5 Zimmer, 64 m²). Wir wollen sie nicht verkaufen, sondern vermieten, und eine Bekannte hat uns auf Sie hingewiesen.

Da wir zu dritt entscheiden müssen und meine Brüder skeptisch sind: Welche Sicherheiten gibt es für uns als Vermieter? Und übernimmt das Jobcenter auch die Kaution?

Viele Grüße
Martina Esser-Klein"""),

L("en", 0, "clean", "Richard Thompson <richard.thompson@example.com>", "Guarantees for landlords?",
"""Hello,

I own a two-bedroom flat in Paffrath that I currently rent out through an agency. The lease ends in summer and I'm considering renting to a refugee family through your programme instead.

Before I decide, could you explain what guarantees the city provides – for instance if the rent stops or if there is damage beyond normal wear? Is there a contact person after the tenants move in?

Regards,
Richard Thompson"""),

L("fr", 0, "clean", "Gérard Martin <gerard.martin@example.net>", "Garanties pour le propriétaire",
"""Bonjour,

Je possède un appartement de trois pièces à Gronau qui se libère à la fin de l'année. J'envisage de le louer à une famille réfugiée par votre intermédiaire, mais j'aimerais d'abord savoir :

– le loyer est-il versé directement par le Jobcenter ?
– existe-t-il une garantie en cas de dégâts ou d'impayés ?

Je vous remercie de votre réponse.
Gérard Martin"""),

L("de", 0, "broken", "Hüseyin Çelik <hueseyin.celik@example.com>", "Jobcenter zahlt pünktlich?",
"""Merhaba guten Tag

ich habe Haus in Hand, oben Wohnung 3 Zimmer wird frei. Meine Frau sagt vermieten an Flüchtling Familie ist gut, wir waren auch früher fremd hier. Aber ich will wissen, Jobcenter zahlt pünktlich jeden Monat? Und wenn Familie Arbeit findet und Jobcenter hört auf, was dann?

Gruß Hüseyin Çelik"""),

L("de", 0, "machine_translated", "Viktor Schäfer <viktor.schaefer@example.org>", "Kaution durch das Jobcenter",
"""Guten Tag,

ich bin Eigentümer einer Wohnung in Schildgen und möchte sie möglicherweise einer Familie aus Ihrem Programm vermieten. Mir wurde gesagt, dass das Jobcenter die Kaution nicht bar zahlt, sondern nur eine Bürgschaftserklärung gibt. Ist das richtig? In diesem Fall, wie funktioniert es, wenn am Ende ein Schaden ist?

Bitte erklären Sie mir das, danach werde ich entscheiden.

Mit Respekt
Viktor Schäfer"""),

L("ti", 0, "clean", "Berhane Tekle <berhane.tekle@example.net>", "ሕቶ ብዛዕባ ምክራይ ገዛ",
"""ሰላም፣

ኣነ በርሃነ ተኽለ እየ፣ ካብ 2008 ኣብ ጀርመን እነብር። ኣብ ሄርከንራት ክልተ ክፍሊ ዘለዎ ገዛ ገዚአ ኣለኹ። ንሓንቲ ስድራ ስደተኛታት ክህቦ እሓስብ ኣለኹ።

ቅድሚ ምውሳነይ ክፈልጥ ዝደሊ: ጆብሰንተር ነቲ ክራይ ብቐጥታ ናባይ ድዩ ዝኸፍል? ጉድኣት እንተበጺሑ መን እዩ ዝኸፍል?

የቐንየልኩም
በርሃነ ተኽለ"""),

L("so", 0, "clean", "Xaliimo Cismaan <xaliimo.cismaan@example.com>", "Su'aal ku saabsan kirada",
"""Asc,

Waxaan leeyahay guri laba qol ah oo ku yaal Bensberg, wuxuuna banaanaan doonaa bisha soo socota. Waxaan ka fikirayaa inaan u kireeyo qoys ka mid ah barnaamijkiinna.

Intaan go'aan gaarin, waxaan rabaa inaan ogaado: Jobcenter-ka ma si toos ah ayuu kirada iigu soo diraa? Haddii guriga wax ku dhacaan, yaa bixinaya?

Mahadsanid
Xaliimo Cismaan"""),

L("de", 0, "hard_case", "Norbert Klein <norbert.klein@example.net>", "Ich suche zuverlässige Mieter",
"""Hallo,

ich suche zuverlässige Mieter für meine Einliegerwohnung in Herkenrath (1 Zimmer, Kochnische, Duschbad, separater Eingang, 31 m²). Bisher habe ich über Anzeigen nur Absagen oder Leute erlebt, die nicht zur Besichtigung kamen.

Ein Freund meinte, Sie hätten Bewerber, die schon lange suchen und vorbereitet sind. Miete 360 € warm. Geht das, und was muss ich tun?

Norbert Klein"""),

L("en", 0, "formal", "Meridian Property Services (fictional) <lettings@meridian-ps.example.com>", "Can the city co-sign leases?",
"""Dear Sir or Madam,

we manage around 40 residential units in Bergisch Gladbach on behalf of private owners. Two owners have asked us whether they could rent vacant units to refugee households through your programme.

Our standard process requires either proof of income of three times the rent or a guarantor. Could you let us know whether the city can act as co-signatory or provide a comparable guarantee, and whether rent payments by the Jobcenter can be made directly to our trust account?

Kind regards,
Olivia Brandt
Lettings Manager"""),
]
