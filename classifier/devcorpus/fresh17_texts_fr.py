"""Hand-written French texts of the ``fresh17`` split: retail, hospitality, media, food and insurance traffic."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Résume ce dossier de sinistre pour l'expert :\n"
        "Assurée : ⟦PERSON|Clémence Vaudrey-Lacombe⟧, contrat MRH 77-120-443. Dégât des eaux dans la cuisine, "
        "⟦STREET_ADDRESS|8 rue des Tanneurs, 67000 Strasbourg⟧. Elle signale que son fils est ⟦HEALTH_DATA|asthmatique⟧ "
        "et que les moisissures aggravent ses crises. RIB : ⟦IBAN_CODE|FR89 6077 0028 1838 3613 3667 862⟧.",
    },
    {
        "kind": "support",
        "text": "Réponds au client : la commande CMD-40981 (lot de 6 bocaux de confiture) est partie ce matin en Colissimo. Cliente : ⟦PERSON|Solène Ferrandou⟧, ⟦PHONE_NUMBER|07 82 19 44 60⟧.",
    },
    {
        "kind": "support",
        "text": "Mail reçu à la réception du gîte, propose une réponse :\n"
        "« Bonjour, nous arrivons samedi. Mon mari ⟦PERSON|Anselme Rouquette⟧ est ⟦HEALTH_DATA|en fauteuil roulant⟧, "
        "la chambre est-elle de plain-pied ? Nous mangeons ⟦RELIGIOUS_BELIEF|casher⟧, pouvez-vous éviter le petit-déjeuner charcuterie ? »",
    },
    {
        "kind": "support",
        "text": "Classe ce ticket : « abonnement numérique au quotidien régional résilié mais toujours prélevé, n° abonné 0044718 ».",
    },
    {
        "kind": "support",
        "text": "Déclaration de sinistre prévoyance, remets au propre :\nNom : ⟦PERSON|Gaëtan Pelletier-Masson⟧\n"
        "NIR : ⟦FR_NIR|1 79 11 44 265 887 04⟧\nMotif arrêt : ⟦HEALTH_DATA|fracture du poignet droit⟧\n"
        "Arrêt de travail du 4 au 30 novembre. Tél. ⟦PHONE_NUMBER|06 71 42 88 19⟧",
    },
    {
        "kind": "support",
        "text": "Traduire en allemand pour le stand au marché de Noël : « Paiement par carte à partir de 5 € ».",
    },
    {
        "kind": "support",
        "text": "Le client dit que le vin reçu (carton Domaine des Aubiers 2021) est bouchonné, 2 bouteilles sur 6. Rédige une réponse avec échange.",
    },
    {
        "kind": "support",
        "text": "Conversation chat (banque en ligne), résume en 2 lignes :\n"
        "[14:02] client : c'est ⟦PERSON|Yannig Kerdraon⟧, ma carte ⟦CREDIT_CARD|5298 8947 6178 0556⟧ a été refusée à l'hôtel\n"
        "[14:03] conseiller : vous êtes à l'étranger ?\n[14:03] client : à Lisbonne, oui",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Extrait de CV à reformuler pour le poste de chef de rang :\n"
        "⟦PERSON|Maëlys Bourdonnay⟧, 6 ans en brasserie lyonnaise, sommellerie niveau 2, anglais courant. "
        "⟦EMAIL_ADDRESS|maelys.bourdonnay@laposte.net⟧",
    },
    {
        "kind": "hr",
        "text": "Compte rendu d'entretien, rends-le neutre :\n"
        "Le vendeur ⟦PERSON|Hippolyte Ravenel⟧ demande un aménagement de poste : il est ⟦HEALTH_DATA|épileptique⟧ "
        "et ne doit plus travailler seul en réserve. Il est aussi délégué ⟦TRADE_UNION_MEMBERSHIP|CFDT⟧ du magasin.",
    },
    {
        "kind": "hr",
        "text": "Planning des vendanges : 14 saisonniers, début lundi 8 h, repas midi fourni, hébergement au domaine.",
    },
    {
        "kind": "hr",
        "text": "Dossier d'embauche journaliste, vérifie :\nNom : ⟦PERSON|Séverine Abdelkader⟧\n"
        "NIR : ⟦FR_NIR|291077525993948⟧\nExtrait de casier : ⟦CRIMINAL_RECORD|condamnation pour diffamation 2019, amende⟧\n"
        "Carte de presse en cours.",
    },
    {
        "kind": "hr",
        "text": "Aide-moi à écrire la note interne : nouvelle mutuelle au 1er janvier, réunion d'information jeudi 11 h salle Vercors.",
    },
    {
        "kind": "hr",
        "text": "Message de la responsable RH à reformuler :\n« ⟦PERSON|Bérénice Aubertin⟧ sera absente trois semaines, "
        "congé pour ⟦HEALTH_DATA|fausse couche⟧. Merci de ne pas en parler en équipe. Son compagnon ⟦PERSON|Loïc Terrasson⟧ "
        "récupère ses affaires vendredi. »",
    },
    {
        "kind": "hr",
        "text": "Entretien annuel caviste : objectifs atteints à 105 %, souhaite une formation WSET 3. Salarié : ⟦PERSON|Anatole Brisebois⟧.",
    },
    {
        "kind": "hr",
        "text": "Note de la DRH, à résumer :\nCandidat réceptionniste ⟦PERSON|Ousmane Diabaté-Roux⟧, d'origine "
        "⟦ETHNIC_ORIGIN|malienne⟧ selon son dossier de titre de séjour, pratique le ⟦RELIGIOUS_BELIEF|islam⟧ et demande une pause le vendredi midi.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Écris un post pour la coopérative laitière : le comté 18 mois est de retour en boutique dès samedi.",
    },
    {
        "kind": "marketing",
        "text": "Pour ⟦PERSON|Capucine Delahaye⟧ (agence) : trois accroches pour l'assurance habitation étudiante, ton léger, sans promesse chiffrée.",
    },
    {
        "kind": "marketing",
        "text": "Témoignage client à raccourcir : « Grâce à l'application, je gère enfin mon ⟦HEALTH_DATA|diabète de type 1⟧ "
        "pendant mes voyages. » – ⟦PERSON|Aurore Castagnet⟧, Nantes",
    },
    {
        "kind": "marketing",
        "text": "Newsletter de la librairie : rentrée littéraire, 3 coups de cœur, séance de dédicaces le 21 septembre.",
    },
    {
        "kind": "marketing",
        "text": "Brève pour le magazine : ⟦PERSON|Gaspard Lemercier⟧, candidat ⟦POLITICAL_OPINION|La France insoumise⟧ "
        "aux municipales, inaugure la halle fermière de Montbrison samedi.",
    },
    {
        "kind": "marketing",
        "text": "Slogan pour un camping 4 étoiles en Ardèche, piscine chauffée, canoë, animaux acceptés.",
    },
    {
        "kind": "marketing",
        "text": "Fiche produit : huile d'olive AOP Nyons, 50 cl, récolte 2025, première pression à froid.",
    },
    {
        "kind": "marketing",
        "text": "Reformule l'invitation au salon du tourisme de Colmar, stand B12, dégustation de crémant à 17 h.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Le réglage fin consiste à poursuivre l'entraînement d'un modèle préentraîné sur un jeu de données plus petit et "
        "spécialisé. Les méthodes à faible rang comme LoRA n'ajustent qu'une petite partie des poids, ce qui réduit la mémoire nécessaire.",
    },
]
