"""Hand-written ``fresh4`` texts in French (see ``generate.py``); spans marked as ``⟦ENTITY_TYPE|value⟧``."""

TEXTS = [
    # -- support ----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bonjour,\nje conteste la facture n° FAC-2025-093312 : le relevé du compteur Linky indique 3 412 kWh et non "
        "5 100. Merci de me rappeler au ⟦PHONE_NUMBER|06 71 24 88 15⟧.\nCordialement,\n⟦PERSON|Hélène Marchetti⟧",
    },
    {
        "kind": "support",
        "text": "Objets trouvés RATP : j'ai oublié un sac bleu dans le RER B vers 8h10, avec mon carnet de santé et mes "
        "⟦HEALTH_DATA|stylos à insuline⟧. Adresse pour le retour : "
        "⟦STREET_ADDRESS|41 ter rue des Carmes, 69002 Lyon⟧.",
    },
    {
        "kind": "support",
        "text": "Vérification KYC – numéro de sécurité sociale : ⟦FR_NIR|2 84 06 44 696 489 95⟧, née le "
        "⟦DATE_OF_BIRTH|21/06/1984⟧. Je n'arrive pas à charger le verso de ma carte d'identité.",
    },
    {
        "kind": "support",
        "text": "Bonjour, la médiathèque propose-t-elle encore le prêt de liseuses ? Merci.",
    },
    {
        "kind": "support",
        "text": "Ticket 44871 : mon annonce (réf. VND-7781-FR) a été retirée pour « contenu interdit » alors qu'il s'agit "
        "d'une lampe vintage. Pouvez-vous vérifier ? Je vends depuis la Belgique, numéro national "
        "⟦BE_NATIONAL_NUMBER|86.09.12-674.59⟧ si besoin.",
    },
    {
        "kind": "support",
        "text": "Bonjour, pour le prélèvement mensuel voici mon IBAN : ⟦IBAN_CODE|FR47 3542 6554 2866 5198 5757 116⟧. "
        "Titulaire : ⟦PERSON|Nabil Ferhat⟧.",
    },
    {"kind": "support", "text": "Merci beaucoup, c'est réglé !"},
    {
        "kind": "support",
        "text": "Signalement profil 2203-B : cet utilisateur m'a insultée parce que je suis "
        "⟦ETHNIC_ORIGIN|d'origine maghrébine⟧. Les captures sont jointes. Mon adresse : "
        "⟦EMAIL_ADDRESS|sana.h.pro@laposte.net⟧.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "DRH – Centre hospitalier\nObjet : arrêt maladie de Mme ⟦PERSON|Claire Fontanel⟧\nArrêt prolongé jusqu'au "
        "15 décembre pour ⟦HEALTH_DATA|une dépression⟧. Merci de ne pas transmettre le motif au cadre de santé.",
    },
    {
        "kind": "hr",
        "text": "Rappel : les entretiens annuels doivent être saisis dans l'outil avant le 31 janvier.",
    },
    {
        "kind": "hr",
        "text": "Compte rendu CSE du 12/11 : ⟦PERSON|Patrick Laval⟧, délégué ⟦TRADE_UNION_MEMBERSHIP|CFDT⟧, demande "
        "la communication des heures supplémentaires du service d'interprétariat.",
    },
    {
        "kind": "hr",
        "text": "Offre : traducteur·rice anglais > français, spécialité juridique, CDI, télétravail partiel, "
        "Paris 9e. Test de traduction de 300 mots.",
    },
    {
        "kind": "hr",
        "text": "Dossier candidat – auxiliaire de puériculture\nNom : ⟦PERSON|Inès Chabrol⟧\nNé(e) le : "
        "⟦DATE_OF_BIRTH|04/03/1997⟧\nExtrait de casier judiciaire : néant\nRemarque : demande un aménagement "
        "d'horaires, ⟦HEALTH_DATA|reconnue travailleuse handicapée (RQTH)⟧.",
    },
    {
        "kind": "hr",
        "text": "Le séminaire d'équipe aura lieu à Annecy du 5 au 7 mai. Les billets de train seront envoyés par "
        "l'agence, sauf pour ⟦PERSON|Mathieu Perrin⟧ (⟦HEALTH_DATA|fauteuil roulant⟧) qui aura une place PMR.",
    },
    {
        "kind": "hr",
        "text": "Pour le repas de fin d'année : ⟦PERSON|David Azoulay⟧ mange ⟦RELIGIOUS_BELIEF|casher⟧, merci de prévoir "
        "avec le traiteur.",
    },
    {
        "kind": "hr",
        "text": "Confidentiel : M. ⟦PERSON|Olivier Rance⟧ est convoqué au ⟦CRIMINAL_RECORD|tribunal correctionnel le "
        "9 février pour conduite en état d'ivresse⟧ ; il demande une journée de congé ce jour-là.",
    },
    {
        "kind": "hr",
        "text": "Fiche de renseignements – intérimaire salon Equip'Hôtel\nNom : ⟦PERSON|Bastien Lemoine⟧\nN° de sécurité "
        "sociale : ⟦FR_NIR|171025901657266⟧\nCourriel : ⟦EMAIL_ADDRESS|bastien.lemoine71@free.fr⟧\nTéléphone : "
        "⟦PHONE_NUMBER|07 82 45 19 63⟧\nPoste : accueil, hall 7.2\nHoraires : 8h30-18h30 du 10 au 13 novembre\n"
        "Remarques : pas de station debout prolongée (⟦HEALTH_DATA|prothèse de hanche⟧).",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Offre Électricité Verte Fixe : prix du kWh bloqué 2 ans, sans frais de résiliation. "
        "Souscription en 5 minutes.",
    },
    {
        "kind": "marketing",
        "text": "Salon Maison & Objet, hall 6, stand D12 : venez découvrir notre nouvelle collection de luminaires.",
    },
    {
        "kind": "marketing",
        "text": "Témoignage : « Grâce à l'agence, ⟦PERSON|Jules⟧ et moi avons trouvé notre appartement à Nantes en "
        "trois semaines. » – ⟦PERSON|Camille Vasseur⟧",
    },
    {
        "kind": "marketing",
        "text": "Courtier en assurances : comparez gratuitement votre mutuelle santé et économisez jusqu'à 30 %.",
    },
    {
        "kind": "marketing",
        "text": "Résidence Les Tilleuls – EHPAD : accueil de jour, unité protégée pour personnes atteintes de la "
        "maladie d'Alzheimer, jardin thérapeutique. Visites sur rendez-vous auprès de "
        "⟦PERSON|Véronique Dubreuil⟧ au ⟦PHONE_NUMBER|04 78 62 19 40⟧.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter de la mairie : la carte d'identité se demande désormais en ligne. Prenez rendez-vous dans "
        "l'une des 14 mairies équipées.",
    },
    {
        "kind": "marketing",
        "text": "Bravo à ⟦PERSON|Nathalie Guérin⟧, gagnante du jeu concours ! Votre week-end sera envoyé à "
        "⟦EMAIL_ADDRESS|nat.guerin@orange.fr⟧.",
    },
    {
        "kind": "marketing",
        "text": "Mariage sur mesure : cérémonie laïque, ⟦RELIGIOUS_BELIEF|mariage religieux musulman⟧ ou les deux – "
        "« Merci pour tout » écrivent ⟦PERSON|Yasmine⟧ et ⟦PERSON|Louis⟧.",
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Le réglage fin par LoRA n'entraîne que de petites matrices ajoutées aux couches d'attention : on adapte "
        "un modèle comme Mistral 7B sur un seul GPU, et l'adaptateur ne pèse que quelques dizaines de mégaoctets.",
    },
]
