"""r6c batch 06: twenty French mails, mostly from West and Central African writers: a volunteer interpreter, questions
for other offices (Kindergeld, family reunification, Anmeldung), a student, an African women's group, a neighbour
about parking, an association asking how the programme works; owners offering a flat, a room, a flat while moving
away, a care service's staff flat, guarantees before deciding, a placed tenant's service charges; tenant requests
(one urgent: eviction on Tuesday); a rental scam."""
from mailwriter import T, L, I, S

MAILS = [
I("fr", 0, "clean", "Grâce Nzuzi <grace.nzuzi@example.org>", "Proposition de bénévolat – interprète français / lingala / allemand",
"""Bonjour,

Je m'appelle Grâce Nzuzi, j'ai 34 ans et je vis à Bergisch Gladbach depuis 2014. Je suis originaire de Kinshasa et je travaille aujourd'hui comme éducatrice (Erzieherin) dans une Kita à Refrath.

Je parle français, lingala, un peu de kikongo, et l'allemand couramment. J'aimerais proposer mon aide bénévole à votre service : accompagner des personnes à des rendez-vous, traduire lors des ateliers, ou simplement expliquer des courriers. Je suis disponible le mercredi après-midi et le samedi.

Faut-il remplir un formulaire ou passer vous voir ?

Avec mes salutations les plus cordiales,
Grâce Nzuzi"""),

I("fr", 0, "phone", "Aminata Camara <aminata.camara@example.net>", "kindergeld pour mon bébé",
"""bonjour je voulais savoir pour le kindergeld de mon bébé né en janvier
la familienkasse me demande la Steuer-ID du bébé mais j'ai rien reçu
c'est vous qui gérez ça? ou il faut aller à l'Anmeldung?
merci
aminata"""),

I("fr", 0, "formal", "Jean-Pierre Mukendi <jp.mukendi@example.com>", "Demande de renseignements – regroupement familial (Familiennachzug)",
"""Madame, Monsieur,

Je viens par la présente solliciter votre bienveillance au sujet d'une démarche de regroupement familial.

Titulaire d'un titre de séjour (Aufenthaltserlaubnis) depuis mars 2025, je souhaite faire venir mon épouse ainsi que nos deux enfants mineurs, qui résident actuellement à Kinshasa. L'ambassade d'Allemagne leur a fixé un rendez-vous pour le mois prochain.

Je souhaiterais savoir :
- quels documents l'Ausländerbehörde exige de ma part ;
- si les actes d'état civil congolais doivent être légalisés ou traduits par un traducteur assermenté en Allemagne ;
- quel service est compétent pour mon dossier (ville ou Kreis).

Si votre service n'est pas compétent, je vous saurais gré de bien vouloir transmettre ma demande au service concerné ou de m'en indiquer les coordonnées.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Jean-Pierre Mukendi""", charset="windows-1252"),

I("fr", 0, "broken", "Kouadio Yao <kouadio.yao@example.net>", "Anmeldung nouvelle adresse",
"""Bonjour,
j'ai déménagé le 1er dans mon nouvel appartement à Bensberg. pour faire l'Anmeldung il faut prendre rendez vous ? sur le site il y a rien avant 5 semaines
est ce que je peux venir sans rendez vous au Bürgerbüro ? et mon fils de 16 ans il doit venir aussi ?
merci d'avance
Yao"""),

I("fr", 0, "formal", "Awa Koné <awa.kone@uni-koeln.example.org>", "Demande d'entretien – mémoire de Master (Universität zu Köln)",
"""Madame, Monsieur,

Je suis étudiante en Master « Interkulturelle Kommunikation und Bildung » à l'Université de Cologne. Mon mémoire porte sur l'accès au logement des personnes originaires d'Afrique de l'Ouest dans la région de Cologne, et notamment sur les discriminations rencontrées lors de la recherche d'un appartement.

Votre programme m'a été recommandé par ma directrice de mémoire. Accepteriez-vous un entretien de 30 à 40 minutes avec une personne de votre équipe ? L'entretien peut se dérouler en allemand ou en français, en présentiel ou par visioconférence. Si cela était possible, j'aimerais aussi assister à une séance du Wohnungsführerschein en tant qu'observatrice.

Gern stelle ich Ihnen mein Exposé und die Einverständniserklärung vorab zu.

Je vous remercie par avance de l'attention portée à ma demande.

Bien cordialement,
Awa Koné
Universität zu Köln"""),

I("fr", 0, "mixed_language", "Nadège Tshibanda <nadege.tshibanda@example.net>", "Femmes d'Afrique BGL – Einladung zum Frauencafé",
"""Bonjour / Guten Tag,

je suis Nadège, je coordonne le groupe « Femmes d'Afrique Bergisch Gladbach ». Wir treffen uns jeden ersten Samstag im Monat im Stadtteiltreff in Hand, 14–17 Uhr, avec environ 25 femmes du Congo, du Cameroun, de Guinée et du Togo.

Beaucoup de nos membres cherchent un logement depuis longtemps, certaines vivent encore en Heim avec leurs enfants. Elles ont plein de questions sur la Schufa, le Jobcenter, le Mietvertrag… Est-ce qu'une collègue de votre équipe pourrait venir une fois pour présenter le programme ? Kinderbetreuung ist organisiert.

Et si vous cherchez une salle pour un atelier réservé aux femmes, notre salle est libre le mardi matin, gratuitement.

Merci beaucoup, vielen Dank !
Nadège Tshibanda
0157 61144902""", date="2026-04-08 20:44"),

I("fr", 0, "clean", "Cheikh Ndiaye <cheikh.ndiaye@example.org>", "Problème de stationnement devant l'Unterkunft – Moitzfeld",
"""Bonjour,

J'habite à Moitzfeld, juste en face de l'Unterkunft de la ville. Je précise tout de suite : je n'ai aucun problème avec les résidents, je suis moi-même arrivé du Sénégal il y a 20 ans.

Mais depuis quelques semaines, des camionnettes (livraisons, entreprise de nettoyage ?) se garent tous les matins devant mon entrée de garage. Deux fois, je n'ai pas pu sortir pour aller au travail et je suis arrivé en retard.

À qui dois-je m'adresser ? À l'Ordnungsamt, à la direction du foyer, ou à vous ? Je préfère régler ça calmement.

Merci et bonne journée,
Cheikh Ndiaye"""),

I("fr", 0, "clean", "Serge Mabiala <serge.mabiala@maison-afrique-lev.example.net>", "Comment fonctionne votre programme ?",
"""Bonjour,

Je suis travailleur social (bénévole) à la Maison de l'Afrique de Leverkusen, une association qui accompagne les familles francophones. Plusieurs personnes nous ont parlé de votre programme d'accompagnement vers le logement et du « permis logement » (Wohnungsführerschein).

Pourriez-vous m'expliquer brièvement comment il fonctionne ?
- Qui peut y participer ? Uniquement les personnes hébergées à Bergisch Gladbach ?
- Combien de séances dure l'atelier, et en quelle langue ?
- Avez-vous des supports en français que nous pourrions partager ?

Nous réfléchissons à proposer quelque chose de similaire à Leverkusen.

Bien à vous,
Serge Mabiala
Maison de l'Afrique Leverkusen e.V."""),

L("fr", 0, "formal", "Jean-Claude Lukusa <jc.lukusa@example.com>", "Offre de location – appartement 3 pièces à Gronau",
"""Madame, Monsieur,

Propriétaire d'un appartement de trois pièces (74 m², 2e étage, balcon, cave) situé à Bergisch Gladbach-Gronau, je souhaite le mettre en location à partir du 1er novembre.

Loyer : 720 € hors charges (kalt) + 190 € de charges (Nebenkosten), chauffage au gaz.

Je le proposerais volontiers à une famille avec enfants suivie par votre programme. Ayant moi-même connu la vie en foyer à mon arrivée en Allemagne en 1998, je sais combien il est difficile d'obtenir une première chance.

Vous trouverez ci-joint quelques photos. Je reste à votre disposition pour organiser une visite, de préférence le samedi.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Claude Lukusa
Tél. 0171 2259063""", attach=["Photos_Gronau_3pieces.pdf"], date="2025-09-19 10:31"),

L("fr", 0, "phone", "Mariam Ouattara <mariam.ouattara@example.net>", "chambre libre chez moi",
"""bonjour j'ai une chambre libre dans mon appartement à Heidkamp 12 m2 meublée
pour une femme seule ou une étudiante. 320 € tout compris
le jobcenter accepte la colocation (WG) ? je peux faire un Untermietvertrag
appelez moi le soir 0159 03318847
mariam"""),

L("fr", 0, "hard_case", "Hervé Tchatchoua <herve.tchatchoua@example.com>", "Questions avant de me décider – garanties",
"""Bonjour,

Je possède un deux-pièces à Schildgen (51 m²). Mon dernier locataire est parti en laissant trois mois de loyers impayés et des dégâts (porte, cuisine). J'ai mis presque un an à récupérer une partie de l'argent.

Un ami m'a conseillé de passer par votre programme, mais je n'ai pas encore pris de décision. Avant cela, j'aimerais comprendre :
1. Existe-t-il une garantie de la ville en cas d'impayés (Mietausfallbürgschaft) ?
2. Le Jobcenter peut-il verser le loyer directement sur mon compte ?
3. Que se passe-t-il si le locataire perd ses droits au Jobcenter ?
4. En cas de conflit, votre service fait-il de la médiation ?

Je ne veux pas être méfiant sans raison, mais je ne peux pas revivre la même situation.

Cordialement,
Hervé Tchatchoua"""),

L("fr", 0, "reply", "Fatoumata Traoré <fatoumata.traore@example.org>", "RE: Votre locataire M. Keita – Nebenkosten",
"""Bonjour Madame Hoffmann,

Merci pour votre réponse rapide. Comme convenu, voici les nouvelles avances sur charges : à partir de janvier, elles passent de 160 € à 195 € à cause du chauffage. M. Keita me dit que le Jobcenter doit être informé. Est-ce à moi d'envoyer le courrier, ou à lui ?

Par ailleurs, tout se passe très bien, il est respectueux et l'appartement est bien tenu.

Bien à vous,
Fatoumata Traoré

-----Message d'origine-----
De : Integration Wohnen <integration-wohnen@stadt-gl.de>
Envoyé : mardi 2 décembre 2025 11:06
À : Fatoumata Traoré <fatoumata.traore@example.org>
Objet : AW: Votre locataire M. Keita – Nebenkosten

Sehr geehrte Frau Traoré,
danke für Ihre Nachricht. Bitte schicken Sie uns die neue Vorauszahlung schriftlich, dann besprechen wir mit Herrn Keita den Antrag beim Jobcenter.
Mit freundlichen Grüßen
K. Hoffmann""", date="2025-12-03 08:52", attach=["Anpassung_Vorauszahlung_2026.pdf"]),

L("fr", 0, "clean", "Brice Nkoulou <brice.nkoulou@example.net>", "Notre appartement à Bensberg – mise en location",
"""Bonjour,

Ma femme Laure et moi partons à Francfort en décembre pour raisons professionnelles. Nous ne voulons pas vendre notre appartement de Bensberg (2,5 pièces, 63 m², rez-de-chaussée avec petit jardin) et préférons le louer.

Un ami camerounais nous a dit que vous aidiez des familles à sortir des foyers. Est-ce que vous pourriez nous proposer un locataire ? Nous demandons 640 € hors charges, charges environ 170 €. Comme nous serons loin, nous aimerions avoir un interlocuteur chez vous en cas de souci.

Nous pouvons organiser des visites les week-ends de novembre.

Merci d'avance,
Brice et Laure Nkoulou""", charset="windows-1252", date="2025-10-20 21:03"),

L("fr", 0, "formal", "Ousmane Diop <o.diop@pflegedienst-teranga.example.com>", "Logement de fonction disponible – Pflegedienst Teranga",
"""Madame, Monsieur,

Je dirige le service de soins à domicile « Pflegedienst Teranga » à Bergisch Gladbach. Nous disposons d'un petit appartement meublé (1 pièce, 30 m², Bensberg) que nous mettons habituellement à disposition de nos employés. La collaboratrice qui l'occupait est repartie dans sa région, et il est libre dès maintenant.

Nous pourrions le louer pour une durée de 12 mois (renouvelable) à une personne suivie par votre programme. Un intérêt pour le métier de soignant serait un plus, mais ce n'est pas une condition. Loyer : 420 € charges comprises.

Je vous remercie de me faire savoir si une personne pourrait être intéressée.

Veuillez agréer mes salutations distinguées.

Ousmane Diop
Geschäftsführer, Pflegedienst Teranga GmbH
Tél. 02202 9640017""", html="alt"),

T("fr", 1, "clean", "Clarisse Mavoungou <clarisse.mavoungou@example.net>", "Expulsion mardi 9 décembre – besoin d'aide",
"""Bonjour,

Je m'appelle Clarisse Mavoungou, je vis avec mes deux enfants (7 et 3 ans) dans un appartement à Paffrath. J'ai reçu un courrier du Gerichtsvollzieher : l'expulsion (Räumung) est fixée au mardi 9 décembre à 9h.

Tout a commencé l'an dernier : le Jobcenter a arrêté de payer le loyer pendant quatre mois parce que ma demande de renouvellement (Weiterbewilligungsantrag) s'était perdue. J'ai remboursé une partie, mais le propriétaire a quand même porté plainte. Le rendez-vous à la Schuldnerberatung n'est qu'en janvier.

Je ne sais pas où aller avec les enfants. Est-ce que vous pouvez m'aider, ou me dire à qui m'adresser tout de suite ?

Merci de votre aide,
Clarisse Mavoungou
0176 88140256""", date="2025-12-05 07:38", attach=["Raeumungstermin.pdf"]),

T("fr", 0, "on_behalf", "Yannick Mbuyi <yannick.mbuyi@example.com>", "Pour mon père, M. Albert Mbuyi – recherche de logement",
"""Bonjour,

Je vous écris pour mon père, M. Albert Mbuyi, 66 ans, qui vit depuis un an et demi dans l'Unterkunft de Herkenrath. Il a obtenu son Aufenthaltserlaubnis en septembre. Il est diabétique et a du mal avec les escaliers et les sanitaires partagés.

J'habite à Bonn, je ne peux pas être là tous les jours. Pouvez-vous me dire :
- s'il est déjà inscrit chez vous pour la recherche d'un logement ;
- s'il doit participer à l'atelier (il parle français, très peu allemand) ;
- si l'on peut chercher en priorité un rez-de-chaussée ?

Je joins une procuration signée par mon père.

Cordialement,
Yannick Mbuyi
0163 5520914""", attach=["Procuration_Vollmacht_A_Mbuyi.pdf"]),

T("fr", 0, "mixed_language", "Fanta Sylla <fanta.sylla@example.org>", "Teilnahmebestätigung Workshop – bitte / s'il vous plaît",
"""Guten Tag,

ich habe im Februar am Workshop teilgenommen. Je n'ai pas pu venir au dernier jour parce que mon fils était malade (ich habe ein Attest vom Kinderarzt).

Est-ce que je peux quand même avoir la Teilnahmebestätigung, ou je dois refaire le dernier module ? Ein Vermieter in Gronau will das Papier sehen, la visite est jeudi.

Merci, danke
Fanta Sylla"""),

T("fr", 0, "phone", "Moussa Konaté <moussa.konate87@example.net>", "mon dossier",
"""bjr c moussa konaté du heim refrath chambre 7
je suis inscrit chez vous depuis septembre pas de nouvelles
mon contrat de travail est maintenant unbefristet je peux vous envoyer? ça change quelque chose?
merci"""),

T("fr", 0, "forward", "Diane Ngo Bassa <diane.ngobassa@example.com>", "TR: Ihre Bewerbung – Wohnung Schildgen",
"""Bonjour,

je vous transfère le mail du propriétaire. Il accepte ma candidature !! Mais il veut la caution (1 650 €) avant la remise des clés le 1er. Le Jobcenter m'a dit de faire une demande de Darlehen, mais ça prend du temps. Est-ce que vous pouvez m'aider ? Est-ce que le propriétaire peut accepter une Bürgschaft du Jobcenter à la place ?

Merci beaucoup,
Diane

-------- Message transféré --------
Sujet : Ihre Bewerbung – Wohnung Schildgen
Date : Mon, 9 Mar 2026 17:22:10 +0100
De : Rolf Wegener <r.wegener@example.net>
Pour : Diane Ngo Bassa <diane.ngobassa@example.com>

Sehr geehrte Frau Ngo Bassa,

ich freue mich, Ihnen die Wohnung ab dem 1. April vermieten zu können. Den Mietvertrag schicke ich Ihnen diese Woche zu. Die Kaution in Höhe von 1.650 € (drei Nettokaltmieten) bitte ich vor der Schlüsselübergabe auf mein Konto zu überweisen.

Mit freundlichen Grüßen
Rolf Wegener""", date="2026-03-10 12:15"),

S("fr", 0, "other", "Dr. Philippe Garnier <philippe.garnier.location@example.com>", "Appartement 3 pièces Bergisch Gladbach – disponible de suite",
"""Bonjour,

Je suis le Dr Philippe Garnier, médecin, actuellement en mission humanitaire à Abidjan pour deux ans. Je loue mon appartement de Bergisch Gladbach : 3 pièces, 75 m², entièrement meublé, 450 € charges comprises. Le Jobcenter n'est pas nécessaire.

Comme je ne suis pas en Allemagne, la remise des clés se fait par une société de transport. Pour réserver, il suffit de verser la caution de 900 € par Western Union au nom de mon notaire, Me Olivier Brunet, puis de m'envoyer le reçu et une copie de votre pièce d'identité. Si l'appartement ne vous plaît pas, tout vous est remboursé sous 48 h.

Beaucoup de demandes, répondez vite.

Cordialement,
Dr Philippe Garnier"""),
]
