"""Hand-written French texts of the ``fresh19`` split: artisans, garages, syndics, notaires et cabinets comptables."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bon d'intervention BI-77420 – Plomberie Castagnet\n"
        "Client : Mme ⟦PERSON|Ghislaine Rouquette⟧\nAdresse : ⟦STREET_ADDRESS|14 rue des Tanneurs, 31000 Toulouse⟧\n"
        "Tél. : ⟦PHONE_NUMBER|06 48 21 73 90⟧\n"
        "Fuite sous évier, remplacement siphon + flexibles. La cliente est ⟦HEALTH_DATA|malvoyante⟧ : lui lire le devis "
        "à voix haute avant signature.",
    },
    {
        "kind": "support",
        "text": "Relance devis D-2024-118 : ravalement façade, échafaudage 3 semaines, 18 450 € TTC. Le syndic attend le vote de l'AG du 12 juin. Contact côté syndic : ⟦PERSON|Perrine Vasseur⟧.",
    },
    {
        "kind": "support",
        "text": "Réponds poliment à ce copropriétaire, sans promettre de date :\n\n"
        "De : ⟦EMAIL_ADDRESS|bertrand.lefebvre-arnaud@orange.fr⟧\nObjet : Ascenseur bât. B en panne depuis 9 jours\n\n"
        "Madame, Monsieur, l'ascenseur est toujours à l'arrêt. Ma mère, 87 ans, vit au 6e et souffre d'une "
        "⟦HEALTH_DATA|insuffisance cardiaque⟧ : elle ne peut pas monter les escaliers et n'a pas pu aller à sa consultation de cardiologie. Qu'attend le syndic ?\n⟦PERSON|Bertrand Lefebvre-Arnaud⟧, lot 214",
    },
    {
        "kind": "support",
        "text": "Garage Pelletier, fiche atelier OR-5512 : Peugeot 3008 GT, 92 400 km, voyant moteur + perte de puissance. Diagnostic valise : vanne EGR encrassée. Devis 640 € pièces et MO. Véhicule de prêt Clio dispo mardi.",
    },
    {
        "kind": "support",
        "text": "Résume cet échange pour le notaire :\n"
        "[10:14] Maître ⟦PERSON|Anne-Sophie Delacroix-Vidal⟧ : bonjour, il me manque le numéro de sécurité sociale de l'acquéreur pour l'acte\n"
        "[10:31] agence : c'est ⟦FR_NIR|1 84 09 2A 127 446 36⟧, M. ⟦PERSON|Laurent Ciccolini⟧, né le ⟦DATE_OF_BIRTH|12/09/1984⟧ à Ajaccio\n"
        "[10:32] agence : signature toujours prévue le 28 à 14h30 ?\n"
        "[10:40] Maître ⟦PERSON|Anne-Sophie Delacroix-Vidal⟧ : oui, salle 2",
    },
    {
        "kind": "support",
        "text": "Peux-tu corriger ce rapport d'incident (société de gardiennage) ?\n"
        "Nuit du 03 au 04/11, site logistique de Meaux. Intrusion constatée à 2h40, grillage découpé côté quai 7. Agent "
        "de ronde ⟦PERSON|Mamadou Keïta⟧ a donné l'alerte, police arrivée à 3h05. Rien de volé d'après le chef de quai. "
        "L'agent s'est ⟦HEALTH_DATA|foulé la cheville⟧ en courant, arrêt de travail de 5 jours.",
    },
    {
        "kind": "support",
        "text": "merci de rembourser la caution du déménagement (dossier DM-0921) sur ⟦IBAN_CODE|FR61 8423 0093 6919 4514 0370 739⟧, le client a rendu les cartons",
    },
    {
        "kind": "support",
        "text": "Le locataire du 3e demande si le ramonage annuel est à sa charge ou à celle du propriétaire. Bail signé en 2021, chaudière gaz individuelle. Que lui répondre ?",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Fiche d'embauche – agence d'intérim Sud-Ouest Emploi\n"
        "Nom : ⟦PERSON|Aurélie Marchetti⟧\nN° SS : ⟦FR_NIR|291027504589134⟧\nNée le : ⟦DATE_OF_BIRTH|25/02/1991⟧\n"
        "RIB : ⟦IBAN_CODE|FR76 6223 3912 0953 1805 3331 676⟧\nMission : aide-comptable, Cabinet Fabre & Roussel, Pau, 3 mois\n"
        "Aménagement de poste : ⟦HEALTH_DATA|sclérose en plaques⟧, écran réglable et télétravail le vendredi.",
    },
    {
        "kind": "hr",
        "text": "Rappel : les relevés d'heures de chantier (semaine 41) doivent être visés par le chef d'équipe avant jeudi. Les paniers repas passent à 10,90 € au 1er janvier.",
    },
    {
        "kind": "hr",
        "text": "Compte rendu CSE – entreprise de nettoyage Propreté Atlantique, 18 mars\n"
        "Présents : direction, élus ⟦TRADE_UNION_MEMBERSHIP|CGT⟧ (⟦PERSON|Fatoumata Kanouté⟧, ⟦PERSON|Jean-Marc Loiseau⟧) et ⟦TRADE_UNION_MEMBERSHIP|FO⟧.\n"
        "1. Horaires décalés sur le site de la mairie : accord de principe.\n"
        "2. Pointeuse à ⟦BIOMETRIC_DATA|reconnaissance de la main⟧ : la CNIL a été consultée, projet suspendu.\n"
        "3. Questions diverses : aucune.",
    },
    {
        "kind": "hr",
        "text": "Reformule cet avis d'aptitude pour le dossier, sans jargon :\n"
        "Salarié ⟦PERSON|Rachid Benali⟧, couvreur. Apte avec restrictions : ⟦HEALTH_DATA|épilepsie⟧ stabilisée sous "
        "⟦HEALTH_DATA|lévétiracétam⟧, pas de travail en hauteur ni de conduite d'engins pendant 12 mois. Revoir en médecine du travail en juin.",
    },
    {
        "kind": "hr",
        "text": "Offre d'emploi : Agent immobilier H/F, agence Immo Lumière Lyon 6e, carte T, fichier clients fourni, rémunération fixe + 30 % de commission, véhicule de service.",
    },
    {
        "kind": "hr",
        "text": "Fiche salarié (antenne Bruxelles)\nNom : ⟦PERSON|Wouter Vanhoutte⟧\n"
        "N° national : ⟦BE_NATIONAL_NUMBER|88.03.21-277.89⟧\nCompte : ⟦IBAN_CODE|BE27 7499 3287 4266⟧\n"
        "Poste : électricien industriel\nRemarque : absent les jours de ⟦RELIGIOUS_BELIEF|Yom Kippour⟧ et de Roch Hachana, "
        "congés posés d'avance.",
    },
    {
        "kind": "hr",
        "text": "Note au dossier : le casier judiciaire (bulletin n° 3) de ⟦PERSON|Kévin Dumoulin⟧, candidat convoyeur de fonds, "
        "mentionne ⟦CRIMINAL_RECORD|une condamnation pour conduite en état d'ivresse en 2021⟧. Candidature non retenue.",
    },
    {
        "kind": "hr",
        "text": "Planning des congés d'été du cabinet comptable : fermeture du 5 au 18 août, permanence TVA assurée par deux collaborateurs. Merci de saisir vos souhaits dans Silae avant le 30 avril.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Ma Prime Rénov' 2025 : isolation des combles perdus à partir de 1 € le m² selon vos revenus. Artisan RGE Qualibat, devis gratuit sous 48 h.",
    },
    {
        "kind": "marketing",
        "text": "Témoignage pour la page « Adaptation du logement » :\n"
        "« Depuis mon ⟦HEALTH_DATA|AVC⟧, je ne pouvais plus entrer dans ma baignoire. L'équipe de Bâti Confort a installé une douche "
        "à l'italienne avec siège en cinq jours. » – ⟦PERSON|Josiane Bertholet⟧, Angers",
    },
    {
        "kind": "marketing",
        "text": "Rédige un post Facebook pour le garage : promo pneus été Michelin Primacy 4, montage + équilibrage offerts jusqu'au 31 mai.",
    },
    {
        "kind": "marketing",
        "text": "Portrait pour la lettre interne de l'agence de sécurité :\n"
        "⟦PERSON|Abdoulaye Sissoko⟧, chef de poste au centre commercial Grand Var depuis 2016, ancien footballeur amateur, "
        "⟦RELIGIOUS_BELIEF|musulman pratiquant⟧, il organise chaque année la collecte de jouets pour le Secours populaire.",
    },
    {
        "kind": "marketing",
        "text": "Annonce : Appartement T3 lumineux, 68 m², balcon, parking en sous-sol, quartier Saint-Michel à Bordeaux. DPE C. Honoraires charge acquéreur 4,5 %.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter du cabinet d'expertise comptable : les nouveautés de la facture électronique 2026, le calendrier fiscal de septembre et notre webinaire sur la TVA intracommunautaire.",
    },
    {
        "kind": "marketing",
        "text": "Mets en valeur ce parcours dans notre brochure recrutement :\n"
        "⟦PERSON|Noémie Carrasco⟧, 34 ans, plaquiste, première femme chef de chantier chez nous, ⟦SEX_LIFE_ORIENTATION|bisexuelle⟧ et "
        "marraine de l'association des femmes du BTP.",
    },
    {
        "kind": "marketing",
        "text": "Campagne SMS déménagement : « Déménagez sans stress : cartons offerts pour tout devis signé avant le 15/06. Répondez STOP pour vous désinscrire. »",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "La garantie décennale couvre pendant dix ans les dommages qui compromettent la solidité de l'ouvrage "
        "ou le rendent impropre à sa destination. Elle est obligatoire pour les constructeurs, y compris les "
        "artisans du bâtiment. Le délai court à partir de la réception des travaux, avec ou sans réserves. "
        "La garantie de parfait achèvement, d'une durée d'un an, et la garantie biennale sur les équipements la complètent.",
    },
]
