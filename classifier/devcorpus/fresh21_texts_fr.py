"""Hand-written French texts of the ``fresh21`` split: opérateurs télécom, studios de jeux, livreurs, hébergeurs, recrutement."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Bonjour, ma ligne a été portée chez un autre opérateur sans mon accord ! Je n'ai jamais demandé de RIO. Contrat n° 2204-8819-33.",
    },
    {
        "kind": "support",
        "text": "Objet : Contestation désactivation compte livreur\n\nMadame, Monsieur,\n\nMon compte a été désactivé le 12 mars suite à une réclamation client (commande #FD-774120) que je conteste : la commande a été remise en main propre, la photo est dans l'appli. Je livre depuis trois ans sans incident.\n\nCordialement,\n⟦PERSON|Moussa Diakhaté⟧\n⟦PHONE_NUMBER|06 52 18 44 97⟧\n⟦EMAIL_ADDRESS|moussa.diakhate93@laposte.net⟧",
    },
    {
        "kind": "support",
        "text": "Résume ce fil pour le N2 en une phrase :\n\n« [10:02] Client : le serveur dédié SD-4471 ne répond plus depuis 3h\n[10:05] Support : reboot lancé via IPMI\n[10:21] Client : toujours KO\n[10:30] Support : disque 2 HS, remplacement planifié à 11h, RAID en reconstruction »",
    },
    {
        "kind": "support",
        "text": "Demande de remboursement – facture FAC-2024-03318\nTitulaire : ⟦PERSON|Gaëlle Le Bihan-Morvan⟧\nAdresse : ⟦STREET_ADDRESS|17 rue de Siam, 29200 Brest⟧\nIBAN : ⟦IBAN_CODE|FR84 4817 4987 6121 9303 6610 577⟧\nMotif : prélèvement en double du forfait mobile d'avril.",
    },
    {
        "kind": "support",
        "text": "Est-ce que la formation « Excel avancé » est éligible au CPF ? Merci",
    },
    {
        "kind": "support",
        "text": "[21:47] Joueur : pourquoi je suis ban ?? j'ai rien fait\n[21:49] Modo ⟦PERSON|Théo⟧ : Bonsoir, ton compte a été suspendu 7 jours pour propos racistes en chat vocal (signalements 3). Tu peux faire appel via le formulaire.\n[21:50] Joueur : c'était mon cousin sur mon compte\n[21:51] Modo ⟦PERSON|Théo⟧ : Dans ce cas indique-le dans l'appel, on réécoutera l'extrait.",
    },
    {
        "kind": "support",
        "text": "Bonjour,\nJe suis ⟦HEALTH_DATA|malvoyante⟧ et le nouveau lecteur vidéo de la plateforme n'est plus compatible avec NVDA. Je ne peux plus suivre mon cours de comptabilité. Pouvez-vous me fournir les transcriptions ?\n⟦PERSON|Solène Mabille⟧",
    },
    {
        "kind": "support",
        "text": "Nous vous confirmons la résiliation de votre abonnement Fibre 1 Gb/s au 30/06. Le matériel (box et répéteur) est à renvoyer avec l'étiquette prépayée sous 30 jours.",
    },
    {
        "kind": "hr",
        "text": "Fiche d'embauche – technicien support N1\nNom : ⟦PERSON|Karim Bouzidane⟧\nNé le : ⟦DATE_OF_BIRTH|30/01/1985⟧\nN° de sécurité sociale : ⟦FR_NIR|1 85 01 33 893 770 39⟧\nAdresse : ⟦STREET_ADDRESS|8 allée des Tilleuls, 69100 Villeurbanne⟧\nMutuelle : adhésion oui\nRQTH : ⟦HEALTH_DATA|oui (trouble auditif)⟧",
    },
    {
        "kind": "hr",
        "text": "Compte rendu CSE du 6 juin\n1. Astreintes week-end au datacenter de Roubaix : la direction accepte une majoration de 30 %.\n2. Télétravail : maintien de 2 jours par semaine.\n3. Mutuelle : hausse de 4 % des cotisations au 1er janvier.",
    },
    {
        "kind": "hr",
        "text": "Salut ⟦PERSON|Mélanie⟧, pour info ⟦PERSON|Nadia⟧ est en arrêt jusqu'au 21, elle est ⟦HEALTH_DATA|enceinte de 6 mois⟧ et le médecin lui a prescrit du repos. Je la retire du planning des astreintes. Bises",
    },
    {
        "kind": "hr",
        "text": "CV – ⟦PERSON|Anaïs Kerouédan⟧\n⟦EMAIL_ADDRESS|anais.kerouedan@gmail.com⟧ – ⟦PHONE_NUMBER|07 81 29 60 34⟧\nConsultante recrutement IT, cabinet Talentis (2020–2024)\nChargée de recrutement, ESN Axelsoft (2017–2020)\nMaster RH, IAE Nantes\nLangues : anglais courant, breton",
    },
    {
        "kind": "hr",
        "text": "Note confidentielle : ⟦PERSON|Julien Ferracci⟧ est délégué ⟦TRADE_UNION_MEMBERSHIP|CGT⟧ depuis mars ; toute modification de son planning d'astreinte doit passer par l'inspection du travail. Merci de ne pas le retirer de la rotation sans accord.",
    },
    {
        "kind": "hr",
        "text": "Rappel : les entretiens annuels des équipes Trust & Safety doivent être saisis dans l'outil avant le 15 juillet. Pensez à aborder la charge émotionnelle liée à la modération.",
    },
    {
        "kind": "hr",
        "text": "Traduis en anglais pour le siège : « Le candidat ⟦PERSON|Yannick Tshibanda⟧ a mentionné lors de l'entretien qu'il est ⟦RELIGIOUS_BELIEF|adventiste⟧ et ne peut pas travailler le samedi. À prendre en compte pour le planning du helpdesk. »",
    },
    {
        "kind": "hr",
        "text": "Offre de stage : assistant(e) chargé(e) de communauté, studio indépendant à Montpellier, 6 mois, gratification légale, début septembre.",
    },
    {
        "kind": "marketing",
        "text": "Hébergez vos données en France, dans nos datacenters certifiés HDS et ISO 27001. Support en français 24/7, SLA 99,99 %.",
    },
    {
        "kind": "marketing",
        "text": "« J'ai trouvé mon CDI de développeuse en trois semaines grâce à la plateforme. » – ⟦PERSON|Clémence Vauthier⟧, développeuse React à Lille",
    },
    {
        "kind": "marketing",
        "text": "Nouveau forfait Voyage : appels, SMS et 20 Go en Europe et au Maghreb, sans surcoût. Activez-le depuis l'appli en un clic.",
    },
    {
        "kind": "marketing",
        "text": "Devenez livreur partenaire à Toulouse : horaires libres, paiement chaque semaine, assurance accident incluse dès la première course.",
    },
    {
        "kind": "marketing",
        "text": "Portrait : ⟦PERSON|Sébastien Ouazzani⟧, responsable de la réponse à incident chez nous, a passé dix ans à l'ANSSI avant de nous rejoindre. Son conseil : « Testez vos sauvegardes, pas vos certitudes. »",
    },
    {
        "kind": "marketing",
        "text": "La newsletter du mois : notre MOOC « Cybersécurité pour tous » dépasse les 50 000 inscrits ! Au programme de juillet : phishing, mots de passe et double authentification.",
    },
    {
        "kind": "marketing",
        "text": "Votre helpdesk externalisé, sans jargon : un interlocuteur dédié, des tickets résolus en moins de 4 h, un rapport mensuel clair.",
    },
    {
        "kind": "marketing",
        "text": "Les joueurs en parlent : « Le support m'a rendu mes skins après le piratage, merci l'équipe ! » – ⟦PERSON|Gabin⟧, joueur depuis la bêta",
    },
    {
        "kind": "docs",
        "text": "La portabilité du numéro mobile repose sur le relevé d'identité opérateur (RIO), un code de 12 caractères obtenu en appelant le 3179. Le nouvel opérateur transmet la demande, et le portage est effectué en trois jours ouvrables au plus. Le contrat chez l'ancien opérateur est résilié automatiquement.",
    },
    {
        "kind": "support",
        "text": "Bonjour, je suis belge et je travaille comme livreur à Bruxelles, l'appli me demande mon numéro de registre national pour le contrat : ⟦BE_NATIONAL_NUMBER|02.10.19-171.79⟧. C'est bon comme ça ? ⟦PERSON|Ilyas Benhaddou⟧",
    },
    {
        "kind": "hr",
        "text": "Extrait du questionnaire d'accueil (facultatif) – ⟦PERSON|Awa Traoré⟧ : régime alimentaire ⟦RELIGIOUS_BELIEF|halal⟧ pour le séminaire d'équipe ; besoin d'aménagement : ⟦HEALTH_DATA|siège ergonomique (hernie discale)⟧.",
    },
    {
        "kind": "hr",
        "text": "Badge datacenter Roubaix – enrôlement\nSalarié : ⟦PERSON|Thibault Marchetti⟧\nMode d'accès : badge + ⟦BIOMETRIC_DATA|empreinte digitale (index droit)⟧\nDate : 3 juin, sas n° 2\nRemarque : deuxième essai nécessaire, empreinte peu lisible.",
    },
    {
        "kind": "hr",
        "text": "Synthèse vérification antécédents – modérateur de contenu\nCandidat : ⟦PERSON|Rémi Lacoustille⟧\nBulletin n° 3 : ⟦CRIMINAL_RECORD|condamnation pour escroquerie en ligne (2016)⟧\nAvis RH : incompatible avec l'accès aux outils de paiement, proposé sur la file modération uniquement.",
    },
]
