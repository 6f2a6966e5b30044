"""Hand-written French texts of the held-out split fresh27: leisure and personal life."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "bonjour, est-ce que le cours d'essai de yoga est vraiment gratuit ?"},
    {
        "kind": "support",
        "text": "Objet : Annulation séance cryolipolyse\n\nBonjour,\nJe dois annuler mon rendez-vous du 14 car mon médecin a découvert ⟦HEALTH_DATA|une thrombose veineuse⟧ et m'a mise sous ⟦HEALTH_DATA|anticoagulants⟧. Merci de me rembourser l'acompte.\n\n⟦PERSON|Clémence Aubertin-Diallo⟧\n⟦PHONE_NUMBER|06 48 27 93 15⟧",
    },
    {
        "kind": "support",
        "text": "[21:40] membre : on m'a signalé pour \"faux profil\" alors que c'est moi sur la photo !!\n[21:42] modération (⟦PERSON|Yannick⟧) : nous pouvons vérifier par selfie vidéo. Le modèle compare ⟦BIOMETRIC_DATA|la géométrie de votre visage⟧ avec vos photos, puis supprime la vidéo.\n[21:43] membre : ok go",
    },
    {
        "kind": "support",
        "text": "Peux-tu traduire en anglais ce message d'un client de la boutique de seconde main ? « Le manteau reçu est taché et la doublure est déchirée, je souhaite un retour. Commande n° VX-55120. »",
    },
    {
        "kind": "support",
        "text": "Pompes funèbres Saint-Aubin - fiche de prise en charge\nDéfunt : ⟦PERSON|Marcel Quéré⟧\nNé le : ⟦DATE_OF_BIRTH|9 août 1941⟧\nN° de sécurité sociale : ⟦FR_NIR|1 79 11 31 677 335 90⟧\nCérémonie : ⟦RELIGIOUS_BELIEF|protestante⟧, temple de Lourmarin\nContact famille : ⟦PERSON|Odile Quéré⟧, ⟦STREET_ADDRESS|7 chemin des Micocouliers, 84160 Cucuron⟧",
    },
    {"kind": "support", "text": "Le planning des cours de danse classique pour septembre est-il déjà en ligne ?"},
    {
        "kind": "support",
        "text": "Bonjour, j'ai réservé un pet-sitter pour mon chat du 2 au 9 mai mais je n'ai reçu aucune confirmation. Réservation PS-3381. Merci !",
    },
    {
        "kind": "support",
        "text": "Classe ce signalement (harcèlement / arnaque / faux profil / autre) :\n« ⟦PERSON|Gaspard Moreau-Lheureux⟧ me demande de l'argent depuis deux semaines, il dit être militaire en mission. Il m'a envoyé un RIB : ⟦IBAN_CODE|FR96 7383 2528 0718 4044 9164 858⟧. » - signalé par ⟦EMAIL_ADDRESS|b.ferrandiere@orange.fr⟧",
    },
    {
        "kind": "hr",
        "text": "Dossier salariée - Agence Douce Maison (garde d'enfants)\nNom : ⟦PERSON|Maïwenn Kerbrat⟧\nNIR : ⟦FR_NIR|2 90 07 44 984 862 19⟧\nNée le : ⟦DATE_OF_BIRTH|22/07/1990⟧\nObservations : reconnaissance de ⟦HEALTH_DATA|travailleuse handicapée (surdité partielle)⟧, aménagement : téléphone avec amplificateur.",
    },
    {
        "kind": "hr",
        "text": "Compte rendu CSE - Salles de sport FormeUp, 6 mars\n1. Prime d'assiduité : accord de principe.\n2. Mme ⟦PERSON|Nadège Ribeiro⟧, déléguée ⟦TRADE_UNION_MEMBERSHIP|CFDT⟧, demande un local syndical.\n3. Planning des coachs du dimanche : rotation mensuelle.",
    },
    {
        "kind": "hr",
        "text": "Réécris cette offre d'emploi de façon plus dynamique : « Colonie de vacances en Ardèche recherche animateurs BAFA pour juillet-août. Logé, nourri. »",
    },
    {
        "kind": "hr",
        "text": "Bonjour RH, ⟦PERSON|Rachid Benslimane⟧ (esthéticien, site de Lyon) m'a confié qu'il fait le ⟦RELIGIOUS_BELIEF|ramadan⟧ et voudrait décaler sa pause. Il m'a aussi dit qu'il est ⟦SEX_LIFE_ORIENTATION|homosexuel⟧ et qu'un collègue fait des blagues - je pense qu'il faut traiter ça rapidement. ⟦PERSON|Anaïs⟧",
    },
    {
        "kind": "hr",
        "text": "Combien de jours de formation par an doit-on proposer à une coach sportive en CDI ?",
    },
    {
        "kind": "hr",
        "text": "Portrait : ⟦PERSON|Solène Abergel⟧, professeure de piano depuis 15 ans à l'École de musique des Pentes, prépare chaque année ses élèves au concours régional. Sa devise : « on joue d'abord pour soi ».",
    },
    {
        "kind": "hr",
        "text": "CV - ⟦PERSON|Thibault N'Guessan⟧ · ⟦EMAIL_ADDRESS|thibault.nguessan@laposte.net⟧\nPhotographe de mariage indépendant depuis 2016\nFormation : BTS photographie, Lycée Auguste-Renoir\nCompétences : Lightroom, drone (télépilote certifié), retouche\nPermis B",
    },
    {
        "kind": "hr",
        "text": "Note interne : la candidature de l'agent d'entretien a été écartée après vérification du bulletin n° 3 ; il y figurait ⟦CRIMINAL_RECORD|une condamnation pour vol aggravé⟧. Candidat : ⟦PERSON|Loïc Vandenbussche⟧.",
    },
    {
        "kind": "marketing",
        "text": "Offrez-vous une parenthèse : soin visage éclat + massage du cuir chevelu, 75 minutes, 89 €. Valable tout le mois d'avril à l'Institut Lumière de Rose.",
    },
    {
        "kind": "marketing",
        "text": "Témoignage : « Ma coach ⟦PERSON|Élodie⟧ m'a aidée à reprendre le sport après ⟦HEALTH_DATA|mon accouchement par césarienne⟧. » - ⟦PERSON|Camille Vautrin⟧, Nantes",
    },
    {
        "kind": "marketing",
        "text": "Vos ancêtres étaient-ils bretons, italiens ou polonais ? Avec Racines & Co, explorez les registres paroissiaux numérisés de 40 départements.",
    },
    {
        "kind": "marketing",
        "text": "La newsletter des Mariages d'Élise : 5 tendances pour 2025 - fleurs séchées, menus végétaux, photobooth rétro, faire-part recyclés et cérémonies laïques en plein air.",
    },
    {
        "kind": "marketing",
        "text": "Colonie Les Pins Bleus : surf, voile et veillées sous les étoiles pour les 8-14 ans. Infirmière présente sur place 24 h/24. Inscriptions ouvertes !",
    },
    {
        "kind": "marketing",
        "text": "Rencontres sérieuses pour les plus de 50 ans : SecondSouffle vérifie chaque profil à la main. Inscription gratuite, messagerie illimitée dès 14,90 €/mois.",
    },
    {
        "kind": "marketing",
        "text": "Notre équipe : ⟦PERSON|Bastien Lefloch⟧, ostéopathe du spa, a rejoint Les Thermes du Lac en 2023 après dix ans auprès du club de rugby de Vannes.",
    },
    {
        "kind": "marketing",
        "text": "Semaine bien-être : atelier respiration, tirage de tarot et initiation à l'astrologie karmique. Animé par ⟦PERSON|Maëlys Garnier⟧. Places limitées, réservez au comptoir.",
    },
    {
        "kind": "docs",
        "text": "Documentation - export CRM des clientes\nL'export CSV contient : identifiant, date de création, nombre de visites, dernier soin. Les notes médicales (contre-indications) ne sont jamais exportées. Format : UTF-8, séparateur point-virgule.",
    },
    {
        "kind": "docs",
        "text": "FAQ marketplace : Comment fixer un prix ? Consultez les annonces similaires, indiquez l'état réel de l'objet et ajoutez au moins quatre photos. Les frais de port sont calculés automatiquement selon le poids.",
    },
]
