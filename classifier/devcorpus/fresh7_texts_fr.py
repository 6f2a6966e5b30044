"""Hand-written French texts of the ``fresh7`` split: chat prompts, forms and pasted material from services."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "bonjour, je peux décaler mon rdv de contrôle des gouttières du 12/12 17h30 ? dossier ORT-5512. merci",
    },
    {
        "kind": "support",
        "text": """Remplis la fiche voyageur JSON (nom, naissance, passeport, mobilite, regime, traitement) à partir de ce formulaire scanné :

CIRCUIT SICILE BAROQUE - 8 jours - Réf. SIC-0419
Nom : ⟦PERSON|Lagarrigue⟧   Prénom : ⟦PERSON|Josiane⟧
Date de naissance : ⟦DATE_OF_BIRTH|11/02/1951⟧
N° passeport : 19AV44021
Téléphone : ⟦PHONE_NUMBER|06 74 21 58 93⟧
Mobilité réduite : oui - ⟦HEALTH_DATA|fauteuil roulant pliable⟧, prévoir assistance aéroport
Régime alimentaire : ⟦RELIGIOUS_BELIEF|halal⟧, pas d'alcool dans les sauces
Traitement : ⟦HEALTH_DATA|insuline⟧ (stylos à garder au frais)
Chambre : individuelle""",
    },
    {
        "kind": "support",
        "text": """Resume en español esta carta para el gestor de cobros y dime si encaja en nuestro protocolo de vulnerabilidad:

Objet : Votre dossier REC-BE-2025-06631 - créance Energia Plus

Madame, Monsieur,

Je fais suite à votre courrier du 4 novembre. Je reconnais devoir la somme de 1 214,55 euros mais je ne peux pas payer en une fois. Depuis avril je suis en incapacité de travail pour une ⟦HEALTH_DATA|dépression sévère⟧ et je suis suivi par un psychiatre à Charleroi. Mes indemnités de mutuelle ne couvrent que le loyer et les courses.

Je vous propose de payer 30 euros par mois par domiciliation sur le compte ⟦IBAN_CODE|BE48 5734 3530 1203⟧ à partir de janvier. Pour l'identification, mon numéro de registre national est le ⟦BE_NATIONAL_NUMBER|85.01.05-041.49⟧.

J'ajoute que votre collaboratrice Mme ⟦PERSON|Vandenhove⟧ m'a appelé trois fois sur mon lieu de travail, ce qui m'a mis dans une situation très gênante.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

⟦PERSON|Quentin Delvigne⟧
⟦STREET_ADDRESS|Rue des Trois Rois 58, 6000 Charleroi⟧
⟦EMAIL_ADDRESS|q.delvigne@skynet.be⟧""",
    },
    {
        "kind": "support",
        "text": "Le client conteste 850 € de franchise (contrat LOC-77120, rayure portière arrière gauche, photos au retour à Lyon Part-Dieu). Rédige une réponse ferme mais polie.",
    },
    {
        "kind": "support",
        "text": "Bonjour, ma commande de ⟦HEALTH_DATA|Lévothyrox 100 µg⟧ est bloquée « ordonnance illisible », je l'ai renvoyée hier en PDF. Commande CMD-558201.",
    },
    {
        "kind": "support",
        "text": """Rédige la synthèse de l'appel pour le dossier fraude FRD-2025-11-4471 :

Conseiller ⟦PERSON|Yanis⟧ : Service lutte contre la fraude, bonjour. Je vais vérifier votre identité. Votre numéro de sécurité sociale, s'il vous plaît ?
Cliente : ⟦FR_NIR|2 91 04 69 123 045 92⟧.
Conseiller ⟦PERSON|Yanis⟧ : Merci. La vérification par ⟦BIOMETRIC_DATA|empreinte vocale⟧ a échoué ce matin à 08h14 sur votre ligne, quelqu'un a essayé de commander une eSIM en se faisant passer pour vous.
Cliente : Ce n'était pas moi ! Je suis ⟦PERSON|Clémence Aubertin⟧, j'habite Villeurbanne, je n'ai rien demandé.
Conseiller ⟦PERSON|Yanis⟧ : J'ai bloqué la commande et activé un code de sécurité. Vous recevrez un SMS au ⟦PHONE_NUMBER|07 81 46 02 37⟧ pour le confirmer.""",
    },
    {
        "kind": "support",
        "text": "Notre client voit 0 kWh injecté sur l'appli depuis la mise en service (chantier PV-69-2210, onduleur hybride 6 kW). Liste les vérifications à faire avant de déplacer un technicien.",
    },
    {
        "kind": "support",
        "text": """Vérifie si le dossier de préparation au mariage est complet :

Paroisse Saint-Irénée - Dossier de mariage
Fiancé : ⟦PERSON|Baptiste Mercadier⟧, né le ⟦DATE_OF_BIRTH|02/08/1993⟧ à Rodez - Confession : ⟦RELIGIOUS_BELIEF|catholique⟧ (baptisé, confirmé)
Fiancée : ⟦PERSON|Anouk Lefebvre-Siméon⟧, née le ⟦DATE_OF_BIRTH|27/01/1995⟧ à Nantes - Confession : ⟦RELIGIOUS_BELIEF|protestante (Église réformée)⟧
Adresse commune : ⟦STREET_ADDRESS|14 rue Juiverie, 69005 Lyon⟧
Date souhaitée : 20 juin 2026
Pièces reçues : extrait d'acte de baptême (fiancé), lettre d'intention (les deux)""",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Transforme cette fiche d'appel en note pour la juriste, en gardant les faits et les dates :

Permanence juridique - appel du 25/11 - 10h05
Adhérente : ⟦PERSON|Sandrine Bouvet-Lacaze⟧, ⟦TRADE_UNION_MEMBERSHIP|syndiquée CGT⟧ depuis 2014, élue CSE suppléante
Employeur : plateforme logistique, Saint-Quentin-Fallavier, préparatrice de commandes
Situation : arrêt maladie de 3 mois pour ⟦HEALTH_DATA|burn-out⟧ (jusqu'au 15/10). Au retour, visite de reprise avec le médecin du travail : apte avec aménagement (pas de port de charges > 10 kg à cause d'une ⟦HEALTH_DATA|hernie discale⟧). L'employeur ne respecte pas l'aménagement et lui a dit devant l'équipe : « si tu ne peux pas porter, tu ne sers à rien ici ».
Depuis le 18/11 elle a reçu deux avertissements pour « lenteur ». Elle pense que c'est lié à son mandat CSE.
Conseils donnés : écrire au médecin du travail, conserver les plannings, contester les avertissements par LRAR, demander les attestations de deux collègues.
Rappel : par la juriste Maître ⟦PERSON|Ophélie Garnier⟧ avant vendredi au ⟦PHONE_NUMBER|06 12 93 57 40⟧.""",
    },
    {
        "kind": "hr",
        "text": """Mets ce profil au format de notre annuaire d'interprètes (nom ; langues ; contact ; juridictions) :

⟦PERSON|Mohamed Lamine Traoré⟧ - interprète-traducteur expert près la cour d'appel de Lyon
Langues : bambara, soninké, français
Courriel : ⟦EMAIL_ADDRESS|ml.traore.interprete@orange.fr⟧ - Tél. ⟦PHONE_NUMBER|06 59 08 31 76⟧
N° de sécurité sociale (pour la facturation URSSAF) : ⟦FR_NIR|1 78 02 13 055 212 58⟧
Interventions : gardes à vue, audiences correctionnelles, OFPRA""",
    },
    {
        "kind": "hr",
        "text": "Rédige une annonce : assistant(e) notarial(e) H/F, CDI, office de Villefranche-sur-Saône, rédaction d'actes de vente, maîtrise de Genapi souhaitée, 35 h.",
    },
    {
        "kind": "hr",
        "text": "reformule pour le planning : ⟦PERSON|Mathilde⟧ en arrêt jusqu'au 8/12, ⟦HEALTH_DATA|entorse de la cheville⟧, il faut la remplacer sur le comptoir du café mardi et jeudi",
    },
    {
        "kind": "hr",
        "text": """Fais un tableau des bénévoles pour le porte-à-porte de samedi :

⟦PERSON|Rémi Castagnet⟧ - ⟦POLITICAL_OPINION|adhérent du PS⟧ depuis 2012, quartier Croix-Rousse, dispo 10h-13h
⟦PERSON|Lina Haddouche⟧ - sympathisante, pas encore adhérente, dispo toute la journée
⟦PERSON|Gilles Moreau-Vidal⟧ - ancien ⟦POLITICAL_OPINION|militant EELV⟧, vient avec son vélo-cargo pour les tracts""",
    },
    {
        "kind": "hr",
        "text": """Résume ce compte rendu en 4 puces :

Réunion des responsables de sites - Café Comptoir & Bureaux - 24/11
- Ouverture du site de Grenoble repoussée au 15 janvier (travaux électriques)
- Nouveau forfait « nomade » 10 jours à 119 € validé
- Machine à café site Bellecour : contrat de maintenance à renégocier
- Rappel : fermeture des salles de réunion à 19h30""",
    },
    {
        "kind": "hr",
        "text": """Aide-moi à répondre à cette demande de réactivation de compte livreur. Règle interne : pas de réactivation en cas de condamnation routière de moins de 3 ans.

Livreur : ⟦PERSON|Kévin Boumediene⟧, ID L-20917
Extrait B3 fourni le 19/11 : ⟦CRIMINAL_RECORD|condamnation du 14/03/2023 pour conduite sous l'empire d'un état alcoolique⟧, suspension de permis 6 mois
Message : « Je livre à vélo maintenant, pas en scooter, ça ne devrait pas compter. »""",
    },
    {
        "kind": "hr",
        "text": "Écris un mail court aux coordinatrices du centre d'AMP pour rappeler la formation RGPD de jeudi 14h, salle 3, présence obligatoire.",
    },
    {
        "kind": "hr",
        "text": """Résume ce fil pour le clerc chargé de la succession (héritiers, pièces manquantes, prochaines étapes) :

De : ⟦EMAIL_ADDRESS|sylvie.marchetti-roux@laposte.net⟧
À : succession@office-notarial-saone.example
Objet : RE: Succession de M. ⟦PERSON|Armand Roux⟧ - dossier 2025/0871

Maître,

Je vous transmets les éléments demandés. Mon père est décédé le 2 octobre à Mâcon. Nous sommes trois enfants :
- moi-même, ⟦PERSON|Sylvie Marchetti-Roux⟧, née le ⟦DATE_OF_BIRTH|14/03/1966⟧, domiciliée ⟦STREET_ADDRESS|22 rue de la Barre, 71000 Mâcon⟧ ;
- mon frère ⟦PERSON|Laurent Roux⟧, qui vit au Luxembourg ; ses coordonnées bancaires pour le versement : ⟦IBAN_CODE|LU94 0754 3034 0824 7014⟧ ;
- ma sœur ⟦PERSON|Véronique Roux⟧, qui est sous curatelle renforcée en raison d'un ⟦HEALTH_DATA|handicap psychique⟧ ; sa curatrice est Mme ⟦PERSON|Pélissier⟧ de l'UDAF.

Mon père avait fait une donation en 2009 à mon frère (acte chez Maître ⟦PERSON|Dufresnoy⟧, Tournus). Je joins la copie. L'assurance-vie est chez Previa, contrat n° AV-118274, je ne sais pas qui en est bénéficiaire.

Pour le numéro de sécurité sociale de papa que vous demandiez : ⟦FR_NIR|1 41 07 71 270 033 31⟧ — c'est celui de sa carte Vitale, j'espère que c'est le bon.

Je suis joignable au ⟦PHONE_NUMBER|06 33 80 14 72⟧ le matin.

Bien cordialement,
⟦PERSON|Sylvie⟧

> Le 20/11/2025, l'Office notarial a écrit :
> Madame, afin d'établir l'acte de notoriété, merci de nous faire parvenir le livret de famille,
> l'acte de décès, la liste des comptes connus et les éventuelles donations antérieures.""",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Trois accroches Instagram pour notre soirée rencontres LGBTQIA+ « Cœurs Pirates » à Marseille, le 13/12, 30-45 ans, bar Le Phare, 18 €.",
    },
    {
        "kind": "marketing",
        "text": """Raccourcis ce témoignage pour la page « Nos histoires » (la patiente a signé l'autorisation) :

« Après deux ans d'attente et un diagnostic d'⟦HEALTH_DATA|insuffisance ovarienne prématurée⟧, on nous avait presque découragées. En tant que couple ⟦SEX_LIFE_ORIENTATION|lesbien⟧, on ne savait même pas si on y avait droit en France. L'équipe nous a accompagnées pour le ⟦HEALTH_DATA|don d'ovocytes⟧ et ⟦PERSON|Léa⟧ est née en septembre. » - ⟦PERSON|Camille Rostand⟧, Toulouse""",
    },
    {
        "kind": "marketing",
        "text": "Intro de newsletter pour notre pharmacie en ligne : campagne de vaccination contre la grippe, retrait en officine partenaire, conseils pour les personnes âgées et les femmes enceintes.",
    },
    {
        "kind": "marketing",
        "text": "Slogan pour l'ouverture de notre café-coworking à la Guillotière : wifi fibre, 8 €/demi-journée, cabines téléphoniques, brunch le dimanche.",
    },
    {
        "kind": "marketing",
        "text": "Post Facebook pour le cabinet d'orthodontie avec la photo avant/après (accord des parents signé) : ⟦PERSON|Inès⟧, 14 ans, 20 mois de traitement, sourire retrouvé. Ton joyeux, pas de promesse médicale.",
    },
    {
        "kind": "marketing",
        "text": "Texte de présentation pour notre pèlerinage à Lourdes en avril : car depuis Clermont-Ferrand, hôtel à 300 m des sanctuaires, accompagnement par un prêtre, accessible aux personnes à mobilité réduite.",
    },
    {
        "kind": "marketing",
        "text": """Rédige une étude de cas de 120 mots à partir de ces notes (le client accepte d'être cité) :

Client : ⟦PERSON|Hervé Pontacq⟧, ⟦STREET_ADDRESS|9 chemin des Vignes, 33360 Latresne⟧
Installation : 14 panneaux, 6 kWc, batterie 10 kWh, mars 2025
Résultat : facture passée de 140 € à 38 €/mois en été
Citation : « Équipe ponctuelle, chantier propre, et l'appli est claire. »""",
    },
    {
        "kind": "marketing",
        "text": "Personnalise ce message de bienvenue pour ⟦PERSON|Gaëlle Rousselot-Diallo⟧, nouvelle membre de l'espace Bellecour : badge à récupérer à l'accueil, casier n° 42, café offert la première semaine.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Évaluer un modèle sur ses propres données

Les classements publics disent peu de chose sur la qualité d'un modèle pour une tâche précise. Avant de choisir un fournisseur, constituez un petit jeu d'évaluation à partir de cas réels anonymisés : une centaine d'exemples suffit souvent pour voir les écarts. Définissez à l'avance ce qu'est une bonne réponse, faites noter les sorties par deux personnes sans qu'elles sachent quel modèle a répondu, et mesurez aussi le coût et la latence. Refaites l'évaluation à chaque changement de version du modèle : un comportement peut changer sans que l'interface ne change.""",
    },
]
