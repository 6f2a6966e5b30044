"""Hand-written French texts of the ``fresh6`` split: back-office traffic of a shared-services company's clients."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Réponds au chauffeur VTC : le virement de la semaine 47 part jeudi, délai bancaire 48 h. "
        "Ticket VTC-88210.",
    },
    {
        "kind": "support",
        "text": "Résume la demande de ce locataire pour le gardien :\n\n« Bonjour, ici ⟦PERSON|Nadège Lefèvre-Camus⟧, "
        "⟦STREET_ADDRESS|12 allée des Tilleuls, 69200 Vénissieux⟧, bât. C. L'ascenseur est en panne depuis lundi "
        "et je suis sous ⟦HEALTH_DATA|oxygène⟧ à domicile, je ne peux pas descendre à pied. Merci de me rappeler "
        "au ⟦PHONE_NUMBER|06 72 19 48 30⟧. »",
    },
    {
        "kind": "support",
        "text": "Classe ce message de la pharmacie en ligne (livraison / ordonnance / remboursement) :\n"
        "« Commande 4410-877 reçue mais il manque la ⟦HEALTH_DATA|Lévothyrox 75⟧, et mon ordonnance a été scannée. "
        "⟦PERSON|Gisèle Marchetti⟧ »",
    },
    {
        "kind": "support",
        "text": "Pompes funèbres – rédige le devis à partir des notes :\nDéfunt : ⟦PERSON|Raymond Delcourt⟧, né le "
        "⟦DATE_OF_BIRTH|11/02/1941⟧, décédé le 24/11 au CHU de Lille\nFamille : ⟦PERSON|Sylvie Delcourt⟧, "
        "⟦EMAIL_ADDRESS|sylvie.delcourt@orange-mel.fr⟧\nCérémonie : inhumation, office à la "
        "synagogue de la rue Angellier, toilette rituelle selon la tradition "
        "⟦RELIGIOUS_BELIEF|juive⟧, pas de soins de conservation.",
    },
    {
        "kind": "support",
        "text": "Quels sont les horaires d'ouverture habituels d'une clinique vétérinaire de garde le dimanche ? "
        "Propose un message d'accueil pour le répondeur.",
    },
    {
        "kind": "support",
        "text": "Traduis en anglais pour l'équipe de Rotterdam :\n\nBonjour, je suis ⟦PERSON|Laurent Vasseur⟧. "
        "Mon prélèvement pour le cours d'anglais a été fait deux fois sur ⟦IBAN_CODE|FR57 9704 3216 4387 8454 2749 560⟧. "
        "Merci de rembourser le doublon (facture ECL-2026-1187).",
    },
    {
        "kind": "support",
        "text": "Office de l'habitat – demande de logement, vérifie que le dossier est complet :\n"
        "Demandeur : ⟦PERSON|Karim Benaïssa⟧\nN° de sécurité sociale : ⟦FR_NIR|1 91 03 75 056 118 58⟧\n"
        "Situation : ⟦HEALTH_DATA|reconnaissance MDPH⟧, taux 80 %, besoin d'un logement adapté PMR\n"
        "Numéro unique départemental : 069-0212-00431\nPièces manquantes : avis d'imposition 2025",
    },
    {
        "kind": "support",
        "text": "Le colis Colissimo 6A20139874512 est marqué « livré » mais le client dit ne rien avoir reçu. "
        "Rédige une réponse qui ouvre une enquête transporteur.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Médecine du travail – reformule l'avis pour le manager sans détail médical superflu :\n"
        "Salariée : ⟦PERSON|Audrey Fontanel⟧. Visite de reprise après arrêt de 3 mois pour "
        "⟦HEALTH_DATA|cancer du sein⟧, en cours d'⟦HEALTH_DATA|hormonothérapie⟧. Apte avec aménagement : "
        "mi-temps thérapeutique 3 mois, pas de port de charges > 5 kg.",
    },
    {
        "kind": "hr",
        "text": "Vérifie ce bulletin de paie : salaire de base 2 150,00 €, heures sup. 12 h à 25 %, "
        "mutuelle 38,20 €, net avant impôt 1 742,55 €. Convention collective : aide à domicile.",
    },
    {
        "kind": "hr",
        "text": "Fiche d'embauche (paie) – saisis dans le tableau :\nNom : ⟦PERSON|Mathilde Quéré⟧\n"
        "NIR : ⟦FR_NIR|2 84 07 69 123 045 95⟧\nNée le : ⟦DATE_OF_BIRTH|12/07/1984⟧\nRIB : "
        "⟦IBAN_CODE|FR94 3000 4028 3798 7654 3210 943⟧\nAdresse : ⟦STREET_ADDRESS|5 rue Paul-Bert, 69003 Lyon⟧",
    },
    {
        "kind": "hr",
        "text": "Rédige une offre d'emploi pour une auxiliaire de puériculture en crèche privée à Bruxelles, CDI, "
        "temps plein, entrée en mars.",
    },
    {
        "kind": "hr",
        "text": "Compte rendu du CSE à mettre au propre :\nPrésents : ⟦PERSON|Frédéric Gauthier-Roux⟧ (élu "
        "⟦TRADE_UNION_MEMBERSHIP|CGT⟧), ⟦PERSON|Amina Traoré⟧ (élue ⟦TRADE_UNION_MEMBERSHIP|CFDT⟧), la direction.\n"
        "Point 3 : plainte d'une salariée, ⟦PERSON|Coralie⟧, qui dit avoir été mise à l'écart depuis qu'elle a "
        "dit être ⟦SEX_LIFE_ORIENTATION|lesbienne⟧, son chef la traitant de « la gouine ». Enquête interne ouverte.",
    },
    {
        "kind": "hr",
        "text": "Association de réinsertion – note pour l'employeur partenaire :\n⟦PERSON|Yannick Le Goff⟧, sorti en "
        "juin, suivi par le SPIP, condamné pour ⟦CRIMINAL_RECORD|vol avec violence⟧ en 2021. Bracelet "
        "électronique jusqu'en mars, horaires 7 h–19 h. Motivé, CACES R489 obtenu en détention.",
    },
    {
        "kind": "hr",
        "text": "Candidat belge pour l'agence d'aides-soignants, prépare la fiche :\n⟦PERSON|Jérôme Wautier⟧, "
        "numéro national ⟦BE_NATIONAL_NUMBER|91.04.26-877.88⟧, ⟦PHONE_NUMBER|+32 478 61 20 94⟧, diplôme "
        "d'aide-soignant 2014, disponible nuits et week-ends.",
    },
    {
        "kind": "hr",
        "text": "Quelle est la durée légale de la période d'essai pour un CDI d'employé en France ? "
        "Réponse courte avec la référence du Code du travail.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Raccourcis la lettre d'info de la paroisse :\n« Chers paroissiens, la messe de Noël sera "
        "célébrée à 18 h et à minuit. Quête au profit du Secours catholique. Les inscriptions au "
        "catéchisme restent ouvertes. »",
    },
    {
        "kind": "marketing",
        "text": "Témoignage donateur à mettre en forme pour la newsletter :\n« Je m'appelle ⟦PERSON|Bernadette Rouquier⟧, "
        "j'ai 68 ans. Mon petit-fils est né avec une ⟦GENETIC_DATA|trisomie 21⟧ et l'association nous a "
        "accompagnés dès la naissance. Aujourd'hui je donne chaque mois. »",
    },
    {
        "kind": "marketing",
        "text": "Inscriptions au gala du club de rugby (export) – compte les menus :\nnom;email;menu\n"
        "⟦PERSON|Thibault Arrighi⟧;⟦EMAIL_ADDRESS|t.arrighi@laposte-mel.fr⟧;standard\n"
        "⟦PERSON|Sofiane Haddad⟧;⟦EMAIL_ADDRESS|sofiane.haddad@free-mel.fr⟧;sans porc (⟦RELIGIOUS_BELIEF|musulman⟧)\n"
        "⟦PERSON|Élodie Barthès⟧;⟦EMAIL_ADDRESS|elodie.barthes@laposte-mel.fr⟧;sans gluten (⟦HEALTH_DATA|maladie cœliaque⟧)",
    },
    {
        "kind": "marketing",
        "text": "Écris trois accroches pour l'auto-école : « Code en ligne + 20 h de conduite, 1 190 € ». "
        "Ton dynamique, pas d'emojis.",
    },
    {
        "kind": "marketing",
        "text": "Mail de campagne ⟦TRADE_UNION_MEMBERSHIP|Force Ouvrière⟧ aux adhérents, corrige le style :\n"
        "« Cher ⟦PERSON|Patrice⟧, en tant qu'⟦TRADE_UNION_MEMBERSHIP|adhérent FO⟧ tu es invité à l'assemblée "
        "générale du 15 janvier. »",
    },
    {
        "kind": "marketing",
        "text": "Invitation à la réunion publique – rends le texte plus court :\nLa section ⟦POLITICAL_OPINION|La France "
        "insoumise⟧ du 8e arrondissement reçoit ⟦PERSON|Samia Djebbar⟧, militante, et ⟦PERSON|Hugo Perrault⟧, "
        "animateur du groupe d'action. Thème : loyers et logement social.",
    },
    {
        "kind": "marketing",
        "text": "Corrige cette affiche de la pharmacie : « Journée dépistage du diabète samedi, glycémie gratuite, "
        "sans rendez-vous. »",
    },
    {
        "kind": "marketing",
        "text": "Avis client pour le site de l'école de langues, à traduire en anglais :\n« Arrivée du "
        "Cameroun il y a un an, j'ai obtenu mon DELF B2 grâce à Mme ⟦PERSON|Poulain⟧. » – "
        "⟦PERSON|Christelle Mbarga⟧",
    },
    {
        "kind": "marketing",
        "text": "Réécris cette page « Nos cours » du site de l'école de langues pour qu'elle soit plus claire et plus "
        "courte, en gardant toutes les informations pratiques :\n\n"
        "Nos cours d'anglais et d'allemand pour adultes\n\nDepuis 2004, notre école accueille chaque année plus "
        "de 1 200 apprenants à Lyon, Villeurbanne et en ligne. Les cours sont organisés par niveau, du A1 au C1 "
        "du Cadre européen commun de référence, avec un test de positionnement gratuit de 30 minutes avant "
        "l'inscription. Les groupes comptent entre 6 et 10 personnes.\n\nFormules :\n- Cours du soir : deux "
        "séances de 1 h 30 par semaine, 12 semaines, 390 € ;\n- Intensif : 20 heures par semaine pendant deux "
        "semaines, 640 € ;\n- Cours particuliers : 52 € l'heure, carnet de 10 heures à 480 € ;\n- Préparation "
        "aux certifications (TOEIC, Goethe-Zertifikat B1 et B2) : 8 semaines, 450 €, frais d'examen non compris.\n\n"
        "Nos formations sont éligibles au CPF (référence RS5412) et peuvent être prises en charge par votre OPCO. "
        "Les salles sont accessibles aux personnes à mobilité réduite et nous adaptons les supports pour les "
        "apprenants dyslexiques sur simple demande. Annulation gratuite jusqu'à 7 jours avant le début du "
        "cours ; au-delà, 30 % du prix reste dû. Les cours manqués ne sont pas remboursés mais peuvent être "
        "rattrapés dans un autre groupe du même niveau, dans la limite des places disponibles.\n\n"
        "Inscriptions : en ligne ou à l'accueil, du lundi au vendredi de 9 h à 19 h.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Évaluer un modèle de langage\n\nUn jeu d'évaluation doit rester séparé des données utilisées pour "
        "ajuster le système, sinon les scores sont surestimés. On mesure en général la précision et le rappel "
        "par catégorie, puis on examine les erreurs à la main. Les jeux rédigés par des auteurs indépendants "
        "donnent une image plus fidèle du trafic réel que les textes générés à partir de gabarits.",
    },
]
