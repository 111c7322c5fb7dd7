"""Batch 06: French landlord_offer and inquiry."""
from mailwriter import L, I

MAILS = [
# ---------------- landlord_offer ----------------
L("fr", 0, "clean", "Hélène Vasseur <helene.vasseur@example.net>", "Appartement à Refrath - propriétaire vivant à Bordeaux",
"""Bonjour,

J'ai travaillé huit ans à Cologne et j'ai gardé, en rentrant en France, un petit appartement à Refrath (2 pièces, 52 m², 1er étage, cave, place de parking). Il est loué depuis 2019 mais le locataire actuel part fin mars.

Une ancienne collègue m'a parlé de votre programme. L'idée de louer à une personne réfugiée me plaît, mais je vis à Bordeaux et je ne peux pas venir souvent. La gérance (Hausverwaltung) s'occupe de l'immeuble et pourrait faire l'état des lieux.

Le loyer serait de 560 € hors charges, environ 150 € de charges. Pouvez-vous m'expliquer comment se passe la sélection du locataire et si vous restez l'interlocuteur après la signature du bail ?

Bien cordialement,
Hélène Vasseur""", charset="windows-1252"),

L("fr", 0, "formal", "Agence Expat-Liaison <contact@expat-liaison.example.com>", "Logement 3 pièces à Bensberg - libération anticipée d'un bail d'entreprise",
"""Madame, Monsieur,

Notre agence, basée à Bruxelles, accompagne la mobilité internationale des collaborateurs de plusieurs groupes industriels. Un de nos clients, affecté jusqu'ici en Rhénanie, est rappelé au siège plus tôt que prévu et libère l'appartement qu'il louait à Bensberg.

Le propriétaire, que nous représentons pour cette relocation, souhaite désormais un bail classique de longue durée et s'est déclaré ouvert à une famille accompagnée par vos services.

- 3 pièces, 81 m², 2e étage avec ascenseur
- cuisine équipée, balcon, cave
- loyer 845 € hors charges, charges env. 230 €
- disponible à partir du 15 du mois prochain

Vous trouverez le plan en pièce jointe. Nous restons à votre disposition pour organiser une visite.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Géraldine Peeters
Chargée de relocation
Expat-Liaison (exemple)""", attach=["Plan_appartement_Bensberg.pdf"]),

L("fr", 0, "formal", "Ressources humaines - Délices du Rhin GmbH <rh@delices-rhin.example.com>", "Studios disponibles au-dessus de nos bureaux à Gronau",
"""Bonjour,

Notre société, filiale allemande d'un groupe agroalimentaire français, dispose de trois studios meublés au-dessus de ses bureaux à Gronau. Ils étaient réservés à nos apprentis, mais deux d'entre eux sont vides depuis la rentrée et le resteront probablement jusqu'à l'été prochain.

Plutôt que de les laisser inoccupés, la direction propose de les louer à des personnes réfugiées, avec un bail ordinaire (loyer charges comprises : 420 €). Il n'y a aucune obligation de travailler chez nous.

Pourriez-vous nous indiquer si cela correspond à votre programme, et quelles démarches sont nécessaires de notre côté ?

Cordialement,
Sophie Lemaire
Responsable RH"""),

L("fr", 0, "hard_case", "Antoine Marchal <antoine.marchal@example.org>", "Existe-t-il un équivalent de la garantie Visale ?",
"""Bonjour,

Je suis Français, installé à Moitzfeld, et je possède un deux-pièces que je pourrais louer. Avant de me décider, j'ai une question très concrète.

En France, il existe la garantie Visale : l'État se porte garant des loyers impayés et des dégradations pour certains locataires. Y a-t-il quelque chose de comparable ici, de la part de la ville ou du Jobcenter ? Par exemple, le loyer peut-il être versé directement au propriétaire ? Et qui paie si l'appartement est abîmé au départ du locataire ?

Je ne demande pas de garantie absolue, mais sans un minimum de sécurité je préférerai vendre.

Merci de votre retour,
Antoine Marchal"""),

L("fr", 0, "hard_case", "Dominique Hoffmann-Leroy <d.hoffmann.leroy@example.net>", "Problème d'humidité chez M. Berhe - demande de visite",
"""Bonjour Madame Brenner,

Je vous contacte au sujet de M. Tesfay Berhe, qui loue mon appartement de Hand depuis le printemps grâce à votre programme. Le loyer est toujours payé et il est très poli.

Malheureusement, lors de mon dernier passage j'ai constaté de la moisissure dans la chambre et la salle de bain : le linge sèche partout dans l'appartement et les fenêtres restent fermées. J'ai essayé de lui expliquer comment aérer (Stoßlüften), mais il ne parle presque pas allemand et moi pas du tout le tigrinya.

Serait-il possible qu'une personne de votre équipe passe avec un interprète pour lui expliquer ? Je ne veux pas de conflit, mais si cela continue les dégâts seront importants.

Merci d'avance,
Dominique Hoffmann-Leroy
0172 6610093"""),

L("fr", 0, "reply", "Élise Fontaine-Bauer <elise.fontaine.bauer@example.com>", "RE: Mme Kabeya - signature du bail",
"""Bonjour Monsieur Ortmann,

Oui, le bail est signé depuis vendredi et j'ai remis les clés à Mme Kabeya samedi. Tout s'est très bien passé, elle était très émue.

En revanche, je n'ai toujours pas reçu la caution. Elle m'a dit que le Jobcenter allait la verser directement, mais je ne sais pas sous quel délai ni si je dois faire une demande moi-même. Pouvez-vous vérifier ?

Belle journée,
Élise Fontaine-Bauer

> Bonjour Madame Fontaine-Bauer,
> pouvez-vous nous confirmer que le bail avec Mme Kabeya a bien été signé ?
> Nous informerons ensuite le Jobcenter.
> Cordialement, T. Ortmann""", date="2025-09-30 12:10"),

L("fr", 0, "clean", "Gisèle Kremer <gisele.kremer@example.org>", "Une chambre contre un peu d'aide ?",
"""Bonjour,

J'ai 81 ans, je suis veuve et je vis seule dans une grande maison à Moitzfeld. Je suis née en Lorraine mais j'habite ici depuis mon mariage. Ma fille m'a parlé du principe « Wohnen für Hilfe » : une chambre à loyer très bas en échange d'un peu d'aide pour les courses, le jardin, et une présence le soir.

J'ai une chambre meublée à l'étage avec sa propre salle d'eau. Je serais heureuse de la proposer à une jeune femme réfugiée, étudiante ou en formation. Je parle français, allemand et un peu d'anglais.

Est-ce que vous faites ce genre de choses, ou pouvez-vous me diriger vers quelqu'un ?

Avec mes meilleurs sentiments,
Gisèle Kremer
Tél. 02204 81 22 07""", charset="iso-8859-15"),

L("fr", 0, "formal", "Jean-Marc Perret <jm.perret@example.com>", "Mise en location d'un appartement à Bensberg",
"""Madame, Monsieur,

Domicilié à Lausanne, je suis propriétaire d'un appartement de 3 pièces (70 m²) à Bensberg, hérité de mon oncle l'an dernier. Après rénovation de la salle de bains, il sera disponible dès le 1er juillet.

J'ai appris par un article de presse l'existence de votre réseau de bailleurs. Je serais disposé à louer ce bien à une famille que vous accompagnez, de préférence avec au moins un revenu d'activité, et je souhaiterais connaître les documents que vous pouvez me fournir sur les candidats.

Loyer envisagé : 690 EUR hors charges.

Je vous prie d'agréer, Madame, Monsieur, mes meilleures salutations.

Jean-Marc Perret"""),

L("fr", 0, "phone", "Rachid Benali <rachid.benali.gl@example.net>", "2 pieces a Hand",
"""Slt jai un 2 pieces a Hand libre le 1er juin 490 + charges
interesse pour une de vos familles ? envoyez moi un sms 0177 4410382
Rachid"""),

# ---------------- inquiry ----------------
I("fr", 0, "clean", "Camille Dewandre <c.dewandre@radio-mosane.example.org>", "Reportage radio - accompagnement vers le logement",
"""Bonjour,

Je suis journaliste pour une radio publique belge. Je prépare un reportage de 8 minutes pour une émission de société sur la manière dont les communes allemandes aident les réfugiés à quitter les centres d'hébergement pour un logement privé.

Serait-il possible d'enregistrer un entretien avec un membre de votre équipe (en français, en anglais ou avec interprète allemand) et éventuellement quelques sons d'ambiance lors d'un atelier, avec l'accord des participants ?

Je serai en Rhénanie du 3 au 7 novembre.

Bien à vous,
Camille Dewandre"""),

I("fr", 0, "formal", "Baptiste Renaud <baptiste.renaud@univ-sociologie.example.org>", "Demande d'observation d'un atelier logement (thèse de doctorat)",
"""Madame, Monsieur,

Doctorant en sociologie dans une université française, je consacre ma thèse aux dispositifs municipaux d'accès au logement pour les personnes réfugiées en France et en Allemagne.

Dans le cadre de mon terrain en Rhénanie-du-Nord-Westphalie, je souhaiterais solliciter l'autorisation d'observer une ou deux sessions de vos ateliers logement (observation non participante, sans enregistrement), et mener un entretien semi-directif avec un·e membre de l'équipe. Les données seront strictement anonymisées, conformément au RGPD et à la charte éthique de mon laboratoire.

Je joins une présentation de mon projet et une lettre de ma directrice de thèse.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Baptiste Renaud""", attach=["Presentation_these_Renaud.pdf", "Lettre_directrice.pdf"]),

I("fr", 0, "formal", "Service Relations internationales - Ville de Saint-Aubin-sur-Loire (exemple) <ri@saint-aubin.example.org>", "Projet d'échange de pratiques - jumelage et logement des réfugiés",
"""Madame, Monsieur,

Dans le cadre d'un projet européen de citoyenneté (volet « réseaux de villes »), notre commune souhaite organiser en 2026 une série de rencontres entre professionnels du logement et de l'intégration de quatre villes européennes.

Votre expérience en matière d'accompagnement des réfugiés vers le logement privé nous intéresserait tout particulièrement. Accepteriez-vous qu'un ou deux membres de votre service participent à une rencontre de deux jours en France (frais pris en charge), et éventuellement accueillent une délégation l'année suivante ?

Nous serions heureux d'en discuter lors d'une visioconférence.

Veuillez agréer, Madame, Monsieur, nos salutations les meilleures.

Claire Antoine
Chargée de mission Europe"""),

I("fr", 0, "clean", "Association Teranga Rhein-Berg <teranga.rb@example.org>", "Invitation - journée culturelle sénégalaise",
"""Bonjour à toute l'équipe,

Notre association organise le samedi 14 septembre une journée culturelle sénégalaise à la salle paroissiale de Refrath : thiéboudienne, danse, exposition photo et un coin d'information pour les nouveaux arrivants.

Beaucoup de nos membres nous posent des questions sur la recherche de logement. Est-ce que quelqu'un de votre service pourrait venir présenter vos ateliers, même une petite heure ? Nous pouvons traduire en wolof et en pulaar.

Dieuredieuf (merci) !
Ousseynou Faye, président"""),

I("fr", 0, "clean", "Laetitia Gerber <l.gerber@gesamtschule-gl.example.org>", "Comment fonctionne votre programme ?",
"""Bonjour,

Je suis professeure de français dans un collège de Bergisch Gladbach. Plusieurs parents d'élèves francophones (Guinée, RDC, Cameroun) me parlent de leurs difficultés à trouver un logement, et je ne sais jamais vers qui les orienter.

Pourriez-vous m'expliquer en quelques lignes qui peut bénéficier de votre accompagnement, s'il faut habiter dans un foyer de la ville, et comment les familles peuvent prendre contact ? Avez-vous peut-être un dépliant en français que je pourrais distribuer ?

Merci beaucoup,
Laetitia Gerber"""),

I("fr", 0, "clean", "Modul'Habitat <commercial@modulhabitat.example.com>", "Logements modulaires pour collectivités - présentation",
"""Bonjour,

Modul'Habitat conçoit et fabrique des logements modulaires en bois (studios de 20 à 45 m²) destinés aux collectivités, livrables en 12 semaines et conformes aux normes énergétiques allemandes (GEG).

Plusieurs villes de Rhénanie utilisent déjà nos modules comme logements de transition entre l'hébergement collectif et le marché locatif classique.

Nous serions heureux de vous présenter nos solutions lors d'un rendez-vous en ligne de 30 minutes. Vous trouverez notre brochure en allemand et en français sur notre site.

Cordialement,
Thomas Girard
Responsable grands comptes Allemagne"""),

I("fr", 0, "clean", "Lucie Bernard <lucie.bernard@example.net>", "Immatriculation d'une voiture française",
"""Bonjour,

Je viens de m'installer à Bergisch Gladbach pour mon travail et je voudrais immatriculer ma voiture française ici. Quels documents faut-il et faut-il prendre rendez-vous ? Je n'ai pas trouvé l'information en français sur le site.

Merci et bonne journée,
Lucie Bernard"""),

I("fr", 0, "hard_case", "Inès Haddad <ines.haddad@etu.example.org>", "Mémoire de master - les propriétaires privés et les locataires réfugiés",
"""Bonjour,

Étudiante en master d'urbanisme (en Erasmus à Cologne ce semestre), je rédige un mémoire sur la place des propriétaires privés dans l'accès au logement des personnes réfugiées : pourquoi certains propriétaires acceptent, ce qui les fait hésiter, et ce que les villes leur proposent (garanties, suivi, médiation).

Accepteriez-vous de répondre à quelques questions sur votre réseau de propriétaires ? Par exemple : combien de propriétaires en font partie, comment vous les recrutez, quelles sont leurs craintes les plus fréquentes. Si certains propriétaires accepteraient un court entretien anonyme, ce serait formidable.

Je vous remercie par avance,
Inès Haddad"""),
]
