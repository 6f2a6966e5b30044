"""Hand-written French texts of the ``fresh12`` split: thermes, assurance auto-partage, inspection du travail, bibliothèques."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Reformule plus poliment stp : « votre dossier de cure thermale TH-26-0912 est incomplet, il manque la prescription, on ne peut rien faire »",
    },
    {
        "kind": "support",
        "text": "Résume ce constat amiable pour le gestionnaire sinistres :\n"
        "Conducteur A (abonné auto-partage) : ⟦PERSON|Yannick Bourdais-Mbarga⟧, né le ⟦DATE_OF_BIRTH|22/09/1990⟧, tél. ⟦PHONE_NUMBER|06 48 21 73 90⟧\n"
        "Adresse : ⟦STREET_ADDRESS|17 rue des Tanneurs, 59000 Lille⟧\nCirconstances : refus de priorité à droite par B, choc avant droit. "
        "A déclare ⟦HEALTH_DATA|douleurs cervicales⟧, arrêt de travail 3 jours.\nConducteur B : ⟦PERSON|Maëlle Guillemot⟧, assurée MAIF.",
    },
    {
        "kind": "support",
        "text": "Transcription de l'assistant vocal, extrais la demande :\nUTILISATEUR : euh bonjour je voudrais prolonger mes livres de la médiathèque\n"
        "ASSISTANT : Bien sûr. Avez-vous votre numéro de carte ?\nUTILISATEUR : oui c'est le 29 00 41 87\nASSISTANT : Trois documents ont été prolongés jusqu'au 15 janvier.",
    },
    {
        "kind": "support",
        "text": "De : ⟦PERSON|Anne-Sophie Dewaele⟧ <⟦EMAIL_ADDRESS|as.dewaele@skynet.be⟧>\nObjet : Re: remboursement cure Spa\n\n"
        "Bonjour,\nsuite à ma cure pour ⟦HEALTH_DATA|fibromyalgie⟧, la mutuelle demande mon numéro national : ⟦BE_NATIONAL_NUMBER|88.07.30-890.10⟧. "
        "Le remboursement peut être versé sur ⟦IBAN_CODE|BE47 1166 2984 3663⟧.\nBien à vous,\n⟦PERSON|Anne-Sophie⟧\n\n"
        "> Le 4 nov., Thermes de Spa a écrit :\n> Merci de nous transmettre vos coordonnées bancaires.\n\n"
        "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le détruire.",
    },
    {
        "kind": "support",
        "text": "Classe cette réclamation (remboursement / délai / refus / autre) : « Mon chat a été opéré le 3 octobre, dossier ASSUR-PET 77120, "
        "toujours rien reçu, j'ai envoyé la facture deux fois. »",
    },
    {
        "kind": "support",
        "text": "Télésurveillance cardiaque – rédige un SMS de rappel pour le patient : « Bonjour M. ⟦PERSON|Gérard Lhermitte-Diallo⟧, votre holter "
        "doit être renvoyé avant vendredi. Suite à votre ⟦HEALTH_DATA|infarctus⟧, le Dr vous rappellera au ⟦PHONE_NUMBER|+33 4 76 52 18 09⟧. »",
    },
    {
        "kind": "support",
        "text": "salut, le gymnase Jean-Macé est dispo le mercredi soir pour du volley ? réservation au nom de l'ASC Croix-Rousse, c'est ⟦PERSON|Kévin Lemarchand-Tiendrebeogo⟧, ⟦PHONE_NUMBER|07 81 44 29 60⟧",
    },
    {
        "kind": "support",
        "text": "Secours en montagne – fiche d'intervention à mettre au propre :\n"
        "Appel 11h20, PGHM Chamonix. Victime : ⟦PERSON|Baptiste Vanderlinden⟧, NIR ⟦FR_NIR|1 76 12 44 570 542 92⟧ (carte vitale retrouvée dans le sac). "
        "Chute en crevasse, ⟦HEALTH_DATA|hypothermie⟧ modérée, ⟦HEALTH_DATA|luxation de l'épaule⟧. Évacué vers CH Sallanches.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Planning des moniteurs de l'école de ski en tableau Markdown :\nlundi – piste verte – ⟦PERSON|Clémence Abitbol⟧\n"
        "mardi – hors-piste – ⟦PERSON|Loïc Tranchant⟧\nmercredi – ourson – ⟦PERSON|Inès Benkirane⟧ (⟦HEALTH_DATA|enceinte de cinq mois⟧, pas de hors-piste)",
    },
    {
        "kind": "hr",
        "text": "Rédige une offre d'emploi : agent d'accueil en bibliothèque municipale, 28 h/semaine, samedis travaillés, BAC+2 en médiation culturelle apprécié.",
    },
    {
        "kind": "hr",
        "text": "Compte rendu de l'inspection du travail à résumer pour le CSE :\nContrôle du 12/11 sur le domaine viticole. Constats : "
        "hébergement des saisonniers non conforme (sanitaires insuffisants), durée du travail dépassée pour 4 vendangeurs, "
        "un salarié, ⟦PERSON|Abdelkrim Ouazzani⟧, signale des propos racistes liés à son ⟦ETHNIC_ORIGIN|origine kabyle⟧. "
        "Le délégué ⟦PERSON|Fabrice Merlaud⟧ (⟦TRADE_UNION_MEMBERSHIP|CGT⟧) a assisté au contrôle.",
    },
    {
        "kind": "hr",
        "text": "Évaluation qualité centre d'appels, reformule de façon constructive :\nConseillère : ⟦PERSON|Océane Perrichon⟧, note 64/100. "
        "Bon accueil, mais n'a pas proposé la solution de rappel. A dit au client qu'elle sortait d'une ⟦HEALTH_DATA|dépression⟧ — à éviter.",
    },
    {
        "kind": "hr",
        "text": "Traduis en anglais pour l'armateur : « Relève d'équipage prévue à Marseille le 14, deux matelots à remplacer, certificats médicaux à jour. »",
    },
    {
        "kind": "hr",
        "text": "Dossier de candidature – que garder ? « ⟦PERSON|Romuald Kerguélen⟧, 41 ans, ⟦CRIMINAL_RECORD|condamné en 2018 pour violences conjugales⟧, "
        "postule comme animateur au cours de préparation au mariage. »",
    },
    {
        "kind": "hr",
        "text": "Hôpital de jour psychiatrique : planning des ateliers semaine 50, mets en forme :\nlun. 10h écriture / mar. 14h sophrologie / "
        "jeu. 10h groupe de parole / ven. 11h bilan d'équipe",
    },
    {
        "kind": "hr",
        "text": "Fiche saisonnier oliveraie :\nNom : ⟦PERSON|Joaquim Pereira-Lebrun⟧\nNIR : ⟦FR_NIR|291055965823843⟧\nIBAN : ⟦IBAN_CODE|FR65 3768 1464 1723 3463 7993 615⟧\n"
        "Régime : ⟦RELIGIOUS_BELIEF|ne mange pas de porc (musulman)⟧\nLogement : gîte n°3",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Notification push (60 caractères max) : -15 % sur les visites de caves en Bourgogne ce week-end, code VENDANGE15.",
    },
    {
        "kind": "marketing",
        "text": "Deux variantes A/B pour les Thermes :\nA : « Cure conventionnée rhumatologie : 18 jours, pris en charge à 65 % par l'Assurance Maladie. »\n"
        "B : « Votre médecin vous a prescrit une cure ? On s'occupe du reste. »\nLaquelle convertit mieux chez les 60+ ?",
    },
    {
        "kind": "marketing",
        "text": "Avis client à raccourcir pour le site : « Super école de ski, mon fils ⟦PERSON|Timéo Rakotomalala⟧ est ⟦HEALTH_DATA|autiste⟧ "
        "et le moniteur a été d'une patience incroyable. — ⟦PERSON|Hasina Rakotomalala⟧ »",
    },
    {
        "kind": "marketing",
        "text": "Écris un post LinkedIn : notre service de télésurveillance cardiaque couvre désormais toute la région Auvergne-Rhône-Alpes, 24h/24.",
    },
    {
        "kind": "marketing",
        "text": "Relis l'édito du bulletin diocésain : « Merci à ⟦PERSON|Bernadette Montalembert-Sy⟧ et à son mari, couple animateur depuis 10 ans, "
        "⟦RELIGIOUS_BELIEF|convertis au catholicisme⟧ après leur propre préparation au mariage. »",
    },
    {
        "kind": "marketing",
        "text": "Trois accroches pour l'assurance animaux : chirurgie, consultations, médicaments, remboursés jusqu'à 90 %.",
    },
    {
        "kind": "marketing",
        "text": "Texte pour la page Réserver une salle : les gymnases municipaux se réservent en ligne 30 jours à l'avance, tarif associatif 8 €/h.",
    },
    {
        "kind": "marketing",
        "text": "Corrige ce témoignage : « J'ai découvert l'oenotourisme grâce à vous. Ma compagne ⟦PERSON|Solène Garrigou⟧ et moi, "
        "⟦SEX_LIFE_ORIENTATION|couple lesbien⟧, avons été accueillies sans aucun jugement dans chaque domaine. »",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "La quantification réduit la taille d'un modèle en stockant ses poids sur 8 ou 4 bits au lieu de 16. La perte de qualité est "
        "souvent faible pour la génération de texte, mais elle se remarque davantage sur les tâches de raisonnement arithmétique. "
        "Mesurez toujours sur votre propre jeu d'évaluation avant de passer en production.",
    },
]
