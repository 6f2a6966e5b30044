"""Hand-written French texts of the ``fresh10`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Résume ce dossier d'assistance voyage : ⟦PERSON|Gaëlle Brassac-Ortiz⟧, hospitalisée à Marrakech pour une "
        "⟦HEALTH_DATA|appendicite aiguë⟧, opérée hier. Contrat VoyaSûr n° 7720-FR-118. Rapatriement souhaité vers Marseille, "
        "contact ⟦PHONE_NUMBER|06 71 38 25 90⟧.",
    },
    {
        "kind": "support",
        "text": "Réponds au client : le forfait Europe+ inclut 25 Go en roaming, au-delà 0,0025 €/Mo. Ton cordial, 3 phrases.",
    },
    {
        "kind": "support",
        "text": "transcris proprement ce message vocal euh bonjour c'est ⟦PERSON|mireille castagnol⟧ pour la réservation du "
        "spectacle de samedi mon mari est ⟦HEALTH_DATA|malvoyant⟧ il faudrait l'audiodescription voilà merci rappelez-moi",
    },
    {
        "kind": "support",
        "text": "Ticket 30418 : le locataire ⟦PERSON|Mathis Carbonnel⟧ de la résidence étudiante Les Calanques signale une fuite au 3e étage. Rédige l'accusé de réception.",
    },
    {
        "kind": "support",
        "text": "Extrait les champs en JSON (OCR, mont-de-piété) :\nCONTRAT DE PR ET SUR GAGE\nEmprunteur : ⟦PERSON|Rachid "
        "Benkhelifa⟧\nNIR : ⟦FR_NIR|187057512345672⟧\nAdresse : ⟦STREET_ADDRESS|14 rue des Fabres, 13001 Marseille⟧\nObjet : "
        "bague or 18 ct, 6,2 g\nMontant prêté : 310 €",
    },
    {
        "kind": "support",
        "text": "Le kit ADN n° RL-77812 est bloqué « en analyse » depuis 9 semaines. Propose une réponse d'attente.",
    },
    {
        "kind": "support",
        "text": "Traduis en anglais pour le service déménagement : ⟦PERSON|Thibault Verhaegen⟧ déménage de Bruxelles à Lyon le 4 mars, "
        "remboursement de l'acompte sur ⟦IBAN_CODE|BE68 5390 0754 7034⟧, numéro national ⟦BE_NATIONAL_NUMBER|88051423168⟧.",
    },
    {
        "kind": "support",
        "text": "Cimetière municipal : rédige la réponse à Mme ⟦PERSON|Odile Tessier⟧ qui demande un emplacement dans le carré "
        "⟦RELIGIOUS_BELIEF|musulman⟧ pour son père, orienté vers La Mecque.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Rédige une annonce : cuisinier(ère) pour la restauration scolaire, Aubagne, CDD 6 mois, horaires 6h30-14h30.",
    },
    {
        "kind": "hr",
        "text": "Synthèse pour le coordinateur des bénévoles de l'hospice : ⟦PERSON|Bérénice Lalanne⟧ reprend lundi après un "
        "⟦HEALTH_DATA|burn-out⟧ ; ⟦PERSON|Yannick Le Bihan-Crenn⟧ ne peut pas le dimanche (⟦RELIGIOUS_BELIEF|témoin de Jéhovah⟧).",
    },
    {
        "kind": "hr",
        "text": "Vérifie ce CV :\n⟦PERSON|Nadège Ramdani⟧ — ⟦EMAIL_ADDRESS|nadege.ramdani@laposte.net⟧\nChargée de billetterie, "
        "Théâtre du Lacydon (2020-2025)\nDéléguée ⟦TRADE_UNION_MEMBERSHIP|CGT Spectacle⟧ 2022-2024\nLangues : arabe, anglais",
    },
    {
        "kind": "hr",
        "text": "Compte rendu réunion équipe salon professionnel : montage stand jeudi, badges exposants à imprimer, budget validé.",
    },
    {
        "kind": "hr",
        "text": "Note du prestataire SPIP à reformuler : ⟦PERSON|Kévin Marchetti⟧, condamné pour ⟦CRIMINAL_RECORD|conduite en état "
        "d'ivresse⟧, suivi TIG 120 h, suivi ⟦HEALTH_DATA|addictologie⟧ au CSAPA.",
    },
    {
        "kind": "hr",
        "text": "Écris un message de bienvenue pour les nouveaux bénévoles de la ligne d'écoute LGBT+, formation le 18 janvier.",
    },
    {
        "kind": "hr",
        "text": "Bénévole ligne d'écoute ⟦PERSON|Loïc Fournel⟧, ⟦SEX_LIFE_ORIENTATION|gay⟧, souhaite être binômé avec un "
        "écoutant expérimenté. Ajoute-le à la fiche d'appariement.",
    },
    {
        "kind": "hr",
        "text": "Reformule : les fiches de paie de novembre seront disponibles dans le coffre-fort numérique le 28.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Tract de campagne, raccourcis à 60 mots : « Moi, ⟦PERSON|Solène Abitbol⟧, candidate ⟦POLITICAL_OPINION|LFI⟧ "
        "aux municipales, je me bats pour des cantines bio. »",
    },
    {
        "kind": "marketing",
        "text": "Trois accroches pour l'école du soir : cours de français langue étrangère, niveaux A1 à B2, inscriptions ouvertes.",
    },
    {
        "kind": "marketing",
        "text": "Avis client à publier : « Déménagement parfait avec Cartons&Co, merci à ⟦PERSON|Jordan⟧ et son équipe ! "
        "⟦PERSON|Élodie Fabre-Nguyen⟧ »",
    },
    {
        "kind": "marketing",
        "text": "Témoignage pour la page ADN : ⟦PERSON|Ahmed Boutaleb⟧ a découvert qu'il est ⟦ETHNIC_ORIGIN|kabyle⟧ à 63 % et a "
        "retrouvé un cousin à Tizi Ouzou. Réécris-le en 100 mots.",
    },
    {
        "kind": "marketing",
        "text": "Post Facebook pour le salon Expo-Mer Marseille : 240 exposants, entrée gratuite pour les pros.",
    },
    {
        "kind": "marketing",
        "text": "Notre théâtre propose des séances en langue des signes et des boucles magnétiques pour les malentendants. "
        "Écris un paragraphe pour la brochure.",
    },
    {
        "kind": "marketing",
        "text": "SMS : rappel de renouvellement du permis de pêche 2026, tarif découverte femme 35 €, en ligne ou chez les dépositaires.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter logement étudiant : présente la résidence Belle de Mai (212 studios, laverie, salle de sport), ton jeune.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Le prêt sur gage est un crédit de courte durée garanti par le dépôt d'un objet. À l'échéance, "
        "l'emprunteur peut rembourser, renouveler le prêt ou laisser l'objet être vendu aux enchères. Le "
        "boni éventuel de la vente lui est reversé pendant deux ans.",
    },
]
