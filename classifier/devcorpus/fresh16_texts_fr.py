"""Hand-written French texts of the ``fresh16`` split: régies, mairies, chantiers, transport et usines."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Reformule pour l'appli : « Coupure d'électricité programmée rue des Tanneurs le 9/12 de 8h à 12h. »",
    },
    {
        "kind": "support",
        "text": "Résume cet échange pour le dossier du médiateur de l'énergie :\n\n"
        "De : ⟦EMAIL_ADDRESS|marcelline.dubreuil@laposte.net⟧\n"
        "> Bonjour, je suis ⟦HEALTH_DATA|sous assistance respiratoire la nuit⟧ et vous m'avez coupé le compteur le 4 novembre "
        "alors que le certificat médical vous avait été envoyé. Mon fils ⟦PERSON|Anthony Dubreuil⟧ a appelé trois fois.\n"
        "Réponse agent ⟦PERSON|Sabrina Lefrançois⟧ : remise en service le 5/11, client ajouté au fichier des clients "
        "à haut risque vital. PDL 14285503772910.",
    },
    {
        "kind": "support",
        "text": "Rédige une réponse à M. ⟦PERSON|Gaëtan Rouvière⟧ : sa demande de permis de construire PC 069 123 26 00041 "
        "est complète, l'instruction prend deux mois.",
    },
    {
        "kind": "support",
        "text": "Classe ce signalement : « nid-de-poule énorme avenue Jean-Jaurès devant le n° 112, deux scooters sont tombés ». "
        "Catégories : voirie / éclairage / propreté.",
    },
    {
        "kind": "support",
        "text": "Fiche de prélèvement SEPA reçue par la régie des eaux, vérifie que rien ne manque :\n"
        "Titulaire : ⟦PERSON|Jean-Baptiste Kerhervé⟧\nAdresse : ⟦STREET_ADDRESS|7 impasse des Goélands, 29200 Brest⟧\n"
        "IBAN : ⟦IBAN_CODE|FR47 7073 9939 6404 7279 0255 757⟧\nTél. : ⟦PHONE_NUMBER|06 71 48 20 93⟧\nContrat n° EAU-55801",
    },
    {
        "kind": "support",
        "text": "Traduis en néerlandais pour nos chauffeurs belges : « Le quai 3 de la plateforme de Garonor est fermé "
        "jeudi, livraisons au quai 5. »",
    },
    {
        "kind": "support",
        "text": "Chat du service transport scolaire, fais-en une note :\n[07:31] parent : bonjour ma fille ⟦PERSON|Inès⟧ "
        "n'a pas été prise au car ce matin\n[07:32] agent : désolé, quel arrêt ?\n[07:33] parent : arrêt Les Vignes, "
        "elle est ⟦HEALTH_DATA|en fauteuil⟧ et le car n'avait pas la rampe\n[07:35] agent : un taxi adapté passe à 8h05",
    },
    {
        "kind": "support",
        "text": "Peux-tu simplifier ce courrier de la préfecture sur le renouvellement du permis poids lourd ? "
        "Il faut un avis médical d'un médecin agréé tous les 5 ans après 60 ans.",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Fiche d'aptitude, médecine du travail, site chimique de Roussillon, à résumer pour le chef d'équipe "
        "sans le détail médical :\nSalarié : ⟦PERSON|Thierry Maunoury⟧\nNIR : ⟦FR_NIR|2 79 04 75 314 212 53⟧\n"
        "Constat : ⟦HEALTH_DATA|asthme professionnel aux isocyanates⟧, traitement ⟦HEALTH_DATA|Symbicort⟧\n"
        "Conclusion : apte avec réserve, pas d'intervention en atelier polyuréthane.",
    },
    {
        "kind": "hr",
        "text": "Offre d'emploi à rendre plus attractive : conducteur d'engins (H/F), chantier du contournement de "
        "Saint-Lô, CACES R482 obligatoire, panier et grand déplacement.",
    },
    {
        "kind": "hr",
        "text": "Compte rendu CSE, dépôt de bus de Villeurbanne, 19 novembre\nPrésents : ⟦PERSON|Nadia Belkacem⟧ "
        "(⟦TRADE_UNION_MEMBERSHIP|déléguée syndicale CGT⟧), ⟦PERSON|Olivier Tessandier⟧ (direction)\n"
        "1. Roulements de janvier validés.\n2. Un conducteur demande ses congés pour ⟦RELIGIOUS_BELIEF|Yom Kippour⟧ ; "
        "accordé.\n3. Mme ⟦PERSON|Belkacem⟧ signale qu'un collègue reçoit des insultes sur son "
        "⟦ETHNIC_ORIGIN|origine kabyle⟧ ; enquête ouverte.",
    },
    {
        "kind": "hr",
        "text": "Extrait de CV, mets-le en forme :\n2012-2018 Technicienne de maintenance, usine Michelin Clermont\n"
        "2018- Responsable GMAO, papeterie de Golbey\nLangues : anglais B2, allemand A2",
    },
    {
        "kind": "hr",
        "text": "Arrêt de travail reçu pour ⟦PERSON|Cédric Vanhoutte⟧, agent de la voirie, du 24/11 au 12/12, "
        "motif indiqué : ⟦HEALTH_DATA|fracture du poignet droit⟧. Prépare le message au planning.",
    },
    {
        "kind": "hr",
        "text": "Écris un mot de bienvenue signé ⟦PERSON|Hélène Quéméner⟧ pour les nouveaux agents de la déchetterie intercommunale, démarrage lundi 7h.",
    },
    {
        "kind": "hr",
        "text": "Dossier d'habilitation pour la centrale nucléaire, relis et signale ce qui ne devrait pas y figurer :\n"
        "Nom : ⟦PERSON|Ludovic Abadie-Serre⟧ ; né le ⟦DATE_OF_BIRTH|11 février 1988⟧\nEnquête administrative : "
        "⟦CRIMINAL_RECORD|condamnation pour conduite sous stupéfiants en 2019⟧\nRemarque du recruteur : "
        "« ⟦POLITICAL_OPINION|militant La France insoumise⟧ » (à supprimer ?)",
    },
    {
        "kind": "hr",
        "text": "Synthèse d'entretien annuel de ⟦PERSON|Arnaud Pélissier⟧ : objectifs atteints sur le plan de maintenance des écluses, formation "
        "habilitation électrique à prévoir en mars.",
    },
    # -- marketing --------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Trois accroches pour la nouvelle ligne de tram T9 : 18 stations, un passage toutes les 6 minutes.",
    },
    {
        "kind": "marketing",
        "text": "Améliore ce témoignage pour la plaquette de la régie :\n« Depuis la pose du compteur communicant, "
        "⟦PERSON|Josiane Perrichon⟧ suit sa consommation et gère mieux sa ⟦HEALTH_DATA|pompe à insuline⟧ qui se recharge la nuit. » "
        "– propos recueillis par ⟦PERSON|Romain Estève⟧",
    },
    {
        "kind": "marketing",
        "text": "Post LinkedIn : notre aciérie de Fos réduit ses émissions de 20 % grâce au four électrique.",
    },
    {
        "kind": "marketing",
        "text": "Portrait pour le journal interne, ton chaleureux :\n⟦PERSON|Yannick Le Scouarnec⟧, grutier au port de Lorient depuis "
        "22 ans, ⟦TRADE_UNION_MEMBERSHIP|syndiqué FO⟧, vit avec son ⟦SEX_LIFE_ORIENTATION|compagnon⟧ ⟦PERSON|Mathis⟧ à Hennebont "
        "et prépare le marathon de Vannes.",
    },
    {
        "kind": "marketing",
        "text": "Invitation aux riverains : réunion publique sur le chantier du pont de la Mulatière, mardi 18h30, salle des fêtes.",
    },
    {
        "kind": "marketing",
        "text": "Slogan pour la campagne « Je trie, je gagne » de la métropole, cible : étudiants.",
    },
    {
        "kind": "marketing",
        "text": "Relis le mot du maire ⟦PERSON|Bernard Castagnède⟧ pour le bulletin municipal sur la rénovation de l'éclairage "
        "public en LED.",
    },
    {
        "kind": "marketing",
        "text": "Texte court pour un panneau de chantier : « Ici, la ville construit 40 logements sociaux. Livraison été 2028. »",
    },
    {
        "kind": "hr",
        "text": "Note du service sécurité du port autonome, à reformuler : le docker ⟦PERSON|Mickaël Fontanaud⟧ a été enrôlé sur le "
        "contrôle d'accès par ⟦BIOMETRIC_DATA|empreinte de la paume⟧ ; il signale un ⟦HEALTH_DATA|psoriasis⟧ qui gêne la lecture.",
    },
    {
        "kind": "support",
        "text": "Réponds à Mme ⟦PERSON|Fabienne Trouvé⟧ (⟦PHONE_NUMBER|02 98 44 71 36⟧) : sa demande de tarif social de l'eau est acceptée, "
        "le justificatif d'⟦HEALTH_DATA|allocation adulte handicapé⟧ suffit.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Les collectivités qui confient la rédaction de réponses types à un modèle de langage doivent définir "
        "en amont quelles données peuvent quitter leur système d'information. Une pseudonymisation systématique "
        "des courriers, un journal des requêtes et une relecture humaine avant envoi constituent un socle minimal.",
    },
]
