"""r7a batch 05: French tenant_request (suspicious listing, viewing, SCHUFA, contract, reply to a proposal, signed
lease, newborn without a place (urgent), workshop, mentor on behalf, large family, keys), French landlord_offer
(heir in France, short reply to a proposal, guarantees, placed tenant and utility bill, viewing logistics) and
French inquiry (diaspora radio, researcher, association, mail for the Ausländerbehörde, twin-town social services)."""
from mailwriter import T, L, I

MAILS = [
T("fr", 0, "forward", "Mamadou Saliou Diallo <ms.diallo@example.net>", "TR: Appartement 2 pièces Bensberg",
"""Bonjour Madame Brenner,

J'ai trouvé cette annonce sur Kleinanzeigen. Le propriétaire dit qu'il habite en Angleterre et qu'il faut d'abord envoyer la caution par Western Union, après il envoie les clés par la poste. Le prix est très bas (380 euros pour 2 pièces à Bensberg). Mon ami dit que c'est une arnaque. Qu'est-ce que vous en pensez ? Je n'ai rien envoyé.

Merci beaucoup
Mamadou Saliou Diallo

-------- Message transféré --------
Objet : Re: 2-Zimmer Wohnung Bensberg
Date : 09/02/2026 23:14

Hello Mamadou, thank you for your interest. The flat is still available. I am in London for work, so I cannot show it. Please send the deposit of 760 EUR via Western Union and I will send you the keys and contract by DHL. Regards, Mr. Peter Collins"""),

T("fr", 0, "clean", "Nadège Mbarga <nadege.mbarga@example.com>", "Visite de l'appartement à Gronau",
"""Bonsoir Monsieur Yilmaz,

Je voulais vous dire comment s'est passée la visite de cet après-midi à Gronau. J'y suis allée avec mes trois enfants car je n'avais personne pour les garder. Le propriétaire était un monsieur âgé, très correct. Il a regardé les enfants et m'a demandé s'ils étaient "calmes" ; je lui ai dit la vérité, que le petit de 4 ans court beaucoup.

Il m'a dit qu'il a encore deux autres familles à voir et qu'il décidera la semaine prochaine. J'ai laissé le dossier complet avec l'attestation du Jobcenter.

Est-ce que vous pourriez l'appeler pour lui dire que je suis une personne sérieuse ? Je pense que cela pourrait aider.

Bien cordialement,
Nadège Mbarga""", charset="iso-8859-1"),

T("fr", 0, "phone", "Ibrahima Coulibaly <ibra.coulibaly@example.net>", "schufa c quoi",
"""bjr le proprio demande la schufa c quoi exactement et ou je peux l avoir? jai jamais eu de credit en allemagne est ce que c est un probleme? merci"""),

T("fr", 0, "clean", "Aïcha Benali <aicha.benali@example.org>", "Contrat de bail à vérifier avant signature",
"""Bonjour,

Je vous envoie en pièce jointe le contrat de location (Mietvertrag) que la gérance m'a remis pour le studio à Refrath. Je dois le signer vendredi.

Je lis l'allemand, mais le vocabulaire juridique est compliqué pour moi. Deux choses m'inquiètent : il est écrit que je dois payer moi-même le nettoyage des escaliers en plus des charges, et que le contrat est "befristet" jusqu'en 2028. Est-ce que le Jobcenter accepte un contrat à durée limitée ?

Je peux passer à la permanence jeudi matin si c'est plus simple.

Merci d'avance,
Aïcha Benali""", attach=["Mietvertrag_Benali.pdf"]),

T("fr", 0, "reply", "Jean-Pierre Kabongo <jp.kabongo@example.com>", "RE: Proposition de logement – 3 pièces à Heidkamp",
"""Bonjour Madame Brenner,

Oui, nous sommes très intéressés ! Merci beaucoup d'avoir pensé à nous. Est-ce qu'on peut visiter l'appartement avant ? Ma femme travaille le matin, donc l'après-midi serait mieux, ou le samedi.

Une question : vous avez écrit 3e étage, est-ce qu'il y a un ascenseur ? Ce n'est pas grave s'il n'y en a pas, c'est juste pour la poussette.

Cordialement,
Jean-Pierre Kabongo

De : Integration Wohnen <integration-wohnen@stadt-gl.de>
Envoyé : lundi 16 mars 2026 10:32
À : jp.kabongo@example.com
Objet : Proposition de logement – 3 pièces à Heidkamp

Bonjour Monsieur Kabongo,
un propriétaire de notre réseau propose un appartement de 3 pièces à Heidkamp (3e étage, 68 m²)...""", date="2026-03-16 17:05"),

T("fr", 0, "mixed_language", "Fatoumata Traoré <fatoumata.traore@example.net>", "On a signé le Mietvertrag !",
"""Bonjour à toute l'équipe,

Ça y est, nous avons signé le Mietvertrag ce matin pour l'appartement à Hand !! Einzug le 1er mai. Je suis tellement contente.

Maintenant le Vermieter veut la Kaution avant la Schlüsselübergabe, le 28 avril. Le Jobcenter a dit que le Bescheid arrive "dans deux ou trois semaines". Est-ce que ça va être à temps ? Qu'est-ce que je dois dire au propriétaire ?

Merci encore pour tout, vraiment.
Fatoumata"""),

T("fr", 1, "clean", "Bintou Sawadogo <bintou.sawadogo@example.com>", "URGENT – je sors de la maternité jeudi et je n'ai nulle part où aller",
"""Madame, Monsieur,

J'ai accouché dimanche d'une petite fille à l'hôpital de Bensberg. Je dois sortir jeudi matin. Avant l'accouchement, j'étais hébergée chez une amie à Refrath, mais son propriétaire a dit qu'elle ne pouvait plus me garder, encore moins avec un bébé. Je suis inscrite chez vous depuis décembre.

Je n'ai pas de famille en Allemagne. L'assistante sociale de l'hôpital m'a donné votre adresse et m'a dit de vous écrire tout de suite.

S'il vous plaît, où est-ce que je peux aller jeudi avec ma fille ? Vous pouvez m'appeler au 0157 5552 0461 ou venir à la maternité, chambre 214.

Bintou Sawadogo""", date="2026-01-13 08:22"),

T("fr", 0, "oneliner", "Ousmane Keïta <ousmane.keita@example.org>", "Inscription atelier logement",
"""Bonjour, je voudrais m'inscrire au prochain atelier "Wohnungsführerschein". Je suis disponible tous les jours sauf le mercredi. Merci. Ousmane Keïta, foyer de Bensberg."""),

T("fr", 0, "on_behalf", "Thérèse Ngalula <therese.ngalula@example.net>", "Pour la famille Lukusa – recherche de logement",
"""Bonjour,

Je suis bénévole dans une association congolaise à Cologne et j'accompagne la famille Lukusa (les parents et quatre enfants) qui vit au foyer de Bensberg depuis bientôt deux ans. Les parents parlent surtout lingala et un peu français, c'est pourquoi j'écris pour eux, avec leur accord.

Ils ont participé à vos ateliers l'année dernière et ont reçu l'attestation. Depuis, ils ont envoyé plus de soixante candidatures sans réponse positive. Ils voulaient savoir s'il y a du nouveau dans leur dossier, et s'ils doivent refaire certains documents (l'attestation du Jobcenter date de septembre).

Ils seraient aussi d'accord pour un logement en dehors de Bergisch Gladbach, si c'est possible.

Avec mes remerciements,
Thérèse Ngalula""", cc="Famille Lukusa <lukusa.famille@example.com>"),

T("fr", 0, "clean", "Abakar Mahamat <abakar.mahamat@example.com>", "Logement pour une famille de 8 personnes",
"""Bonjour,

Nous sommes une famille de 8 personnes (mon épouse, moi et nos six enfants). Nous habitons dans deux chambres au foyer depuis 2024.

Je cherche tous les jours mais je ne trouve aucun appartement de 5 pièces dans le prix du Jobcenter. Les annonces de maisons sont trop chères. Quand j'appelle, on me dit souvent que c'est déjà loué.

Est-ce que vous avez parfois des propriétaires qui proposent de grandes maisons ? Je peux faire des travaux moi-même, j'étais maçon au Tchad. Nous sommes aussi prêts à accepter un logement un peu loin, si les enfants peuvent aller à l'école en bus.

Merci pour votre aide,
Abakar Mahamat"""),

T("fr", 0, "oneliner", "Serge Ekambi <serge.ekambi@example.org>", "clés",
"""J'ai reçu les clés ce matin. Merci Madame Brenner, merci à toute l'équipe !! Serge"""),

L("fr", 0, "clean", "Catherine Moreau <catherine.moreau@example.com>", "Appartement hérité à Bergisch Gladbach",
"""Madame, Monsieur,

J'habite à Lyon et j'ai hérité l'an dernier de l'appartement de ma tante à Bergisch Gladbach (quartier de Refrath, 2 pièces, environ 55 m², rez-de-chaussée avec un petit jardin). Je parle assez mal l'allemand, c'est pourquoi je vous écris en français ; j'espère que ce n'est pas un problème.

Une amie allemande m'a parlé de votre programme pour les familles réfugiées. Je serais très heureuse que l'appartement serve à quelqu'un qui en a besoin, mais je ne peux pas venir souvent en Allemagne. Est-ce que vous pourriez m'expliquer comment cela fonctionne, et s'il est possible de faire la visite et la remise des clés sans moi (une voisine a une clé) ?

Je vous remercie par avance.
Bien cordialement,
Catherine Moreau"""),

L("fr", 0, "reply", "Philippe Delvaux <p.delvaux@gerance-delvaux.example.net>", "RE: Proposition – famille Camara",
"""Bonjour Madame Brenner,

Nous avons rencontré la famille Camara mardi. Très bonne impression, le propriétaire est d'accord. Quelle est la suite ? Nous pouvons préparer le contrat pour le 1er juin.

Bien à vous,
Philippe Delvaux
Gérance Delvaux – Bruxelles / Cologne

-----Message d'origine-----
De : Integration Wohnen
Envoyé : vendredi 8 mai 2026 11:20
Objet : Proposition – famille Camara

Monsieur Delvaux,
suite à notre échange téléphonique, nous vous proposons la famille Camara (3 personnes)..."""),

L("fr", 0, "clean", "Gérard Lemaire <gerard.lemaire@example.net>", "Garanties avant de louer",
"""Bonjour,

Je suis un retraité français installé à Bergisch Gladbach depuis trente ans. Je possède un petit appartement à Schildgen (1 pièce, cuisine, salle de douche) qui se libère le mois prochain.

J'aimerais bien le louer à une personne de votre programme, mais avant de me décider, j'ai quelques questions :
- Est-ce que le loyer est versé directement par le Jobcenter au propriétaire ?
- Si le locataire abîme l'appartement, existe-t-il une garantie de la ville ?
- Que se passe-t-il si la personne trouve du travail et ne touche plus d'aides ?

Je préfère écrire en français, mais vous pouvez me répondre en allemand sans problème.

Cordialement,
Gérard Lemaire""", charset="iso-8859-1"),

L("fr", 0, "clean", "Moussa Ndiaye <moussa.ndiaye.immo@example.com>", "Locataire M. Bah – décompte des charges",
"""Bonjour Monsieur Yilmaz,

Je suis le propriétaire de l'appartement de Paffrath que vous avez aidé à louer à M. Alpha Bah en 2024. Je vous écris en français parce que M. Bah et moi parlons tous les deux français, mais j'ai besoin de votre aide quand même.

J'ai envoyé en mars le décompte des charges (Nebenkostenabrechnung) pour 2025 : il y a un rappel de 412 euros, surtout à cause du chauffage. M. Bah pense que c'est une erreur et ne veut pas payer. Je lui ai expliqué, mais il dit que le Jobcenter doit payer.

Est-ce que c'est le cas ? Qu'est-ce qu'il doit faire, et dans quel délai ? Je ne veux pas de conflit, c'est un bon locataire.

Merci d'avance,
Moussa Ndiaye""", attach=["Nebenkostenabrechnung_2025_Bah.pdf"]),

L("fr", 0, "oneliner", "Claire Vandenbroucke <claire.vandenbroucke@example.org>", "Re: Visite samedi",
"""Samedi 10h c'est parfait. Je serai sur place avec les clés, sonnette "Vandenbroucke". À samedi ! Claire"""),

I("fr", 0, "clean", "Radio Kalimba Diaspora <redaction@radio-kalimba.example.org>", "Demande d'interview – émission \"Vivre en Allemagne\"",
"""Bonjour,

Radio Kalimba est une radio associative en langue française qui s'adresse aux communautés africaines en Rhénanie et diffuse aussi en ligne. Dans notre émission hebdomadaire "Vivre en Allemagne", nous consacrons le prochain numéro au logement : comment trouver un appartement quand on sort d'un foyer.

Nous aimerions interviewer quelqu'un de votre service, en français si possible, sinon en allemand avec traduction. L'entretien durerait environ 15 minutes, par téléphone ou dans nos locaux à Cologne. Beaucoup de nos auditeurs ne savent pas que ce type d'accompagnement existe.

Dans l'attente de votre réponse,
Bien cordialement,
Aminata Sow
Rédaction – Radio Kalimba"""),

I("fr", 0, "formal", "Julien Marchetti <julien.marchetti@univ-recherche.example.org>", "Projet de recherche sur l'accès au logement des réfugiés",
"""Madame, Monsieur,

Je suis doctorant en sociologie urbaine et je travaille sur une thèse comparant les dispositifs municipaux d'accès au logement des personnes réfugiées en France et en Allemagne.

Votre service m'a été signalé comme un exemple intéressant, notamment pour les ateliers destinés aux futurs locataires. Serait-il possible de réaliser un entretien avec un ou une membre de l'équipe, et éventuellement d'assister à une séance d'atelier en tant qu'observateur ? Je parle allemand (niveau B2) et je me conformerai bien entendu à toutes vos règles de confidentialité.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Julien Marchetti"""),

I("fr", 0, "clean", "Association Solidarité Afrique Rhénanie <contact@sar-ev.example.org>", "Invitation – Journée d'information sur le logement",
"""Bonjour,

Notre association organise le samedi 18 octobre une journée d'information pour les familles africaines de la région (Cologne, Leverkusen, Bergisch Gladbach). Au programme : droits des locataires, recherche de logement, démarches avec le Jobcenter.

Nous serions très honorés si une personne de votre équipe pouvait présenter votre service pendant 20 à 30 minutes. Nous prévoyons une traduction en français et en anglais.

La journée se tiendra dans une salle paroissiale à Cologne-Kalk, de 10h à 16h.

Merci de nous dire si cela est possible.
Fraternellement,
Didier Nkurunziza
Secrétaire"""),

I("fr", 0, "phone", "Karim Bouzid <karim.bouzid@example.net>", "titre de sejour",
"""bonjour mon titre de sejour expire le mois prochain et je nai pas de rdv a l auslanderbehorde. c est vous qui donnez les rdv? sinon a qui je dois ecrire? merci karim"""),

I("fr", 0, "formal", "CCAS – Service logement <logement.ccas@ville-jumelee.example.org>", "Échange de pratiques entre villes jumelées",
"""Madame, Monsieur,

Dans le cadre du jumelage entre nos deux villes, le Centre communal d'action sociale souhaite développer des échanges entre services sociaux. Nous avons appris par le comité de jumelage que votre équipe accompagne les personnes réfugiées vers le logement privé.

Nous serions intéressés par une visioconférence, puis éventuellement par une visite d'une petite délégation au printemps, afin de découvrir votre méthode de travail avec les propriétaires.

Nous restons à votre disposition pour convenir d'une date.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Hélène Garnier
Responsable du service logement"""),
]
