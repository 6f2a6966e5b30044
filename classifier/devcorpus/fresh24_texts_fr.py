"""Split ``fresh24``, French: centres d'essais, CPP, biobanque, génétique, aéronautique et pharma belge, écrit à la main (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "c'est quoi le délai pour répondre à une notification de l'INPI sur une demande de brevet ?",
    },
    {
        "kind": "support",
        "text": """Bonjour,

Je dois décaler ma visite du 12 (visite S8) car ⟦HEALTH_DATA|ma cure de chimio⟧ a été avancée au même jour à l'hôpital de jour. Est-ce que le 14 ou le 15 au matin serait possible ? Je suis joignable au ⟦PHONE_NUMBER|06 71 38 24 59⟧ toute la journée.

Merci beaucoup à toute l'équipe,
⟦PERSON|Gwenaëlle Kerhervé⟧""",
    },
    {
        "kind": "support",
        "text": """Translate this into English for the sponsor's safety desk, keep the medical terms precise:

"Bonjour, je vous signale un EIG pour le patient 014-003 (centre de Nantes). Le patient a été ⟦HEALTH_DATA|hospitalisé le 3/11 pour une pneumopathie infectieuse⟧, ⟦HEALTH_DATA|traitée par amoxicilline-acide clavulanique⟧, sortie le 8/11. Le traitement à l'étude a été suspendu du 3 au 10/11. Lien de causalité jugé improbable par l'investigateur. Le formulaire SAE signé suit par fax. Cordialement, ⟦PERSON|Anne-Sophie Pelletier-Diallo⟧, ARC investigateur\"""",
    },
    {
        "kind": "support",
        "text": """Objet : résultat du dépistage et prise en charge

Madame, Monsieur,
Suite à mon prélèvement du 4 mars, le Dr ⟦PERSON|Quéméneur⟧ m'a appris par téléphone que je suis ⟦GENETIC_DATA|porteuse saine de l'amyotrophie spinale (délétion SMN1)⟧. Mon conjoint doit maintenant faire le test. Pour le remboursement, voici mes informations :
Nom : ⟦PERSON|Solène Marchetti-Bouvier⟧
N° de sécurité sociale : ⟦FR_NIR|2 89 05 59 546 201 46⟧
Adresse : ⟦STREET_ADDRESS|27 rue des Tanneurs, 59800 Lille⟧
Pouvez-vous me dire si le test du conjoint est aussi pris en charge ?
Cordialement""",
    },
    {
        "kind": "support",
        "text": "Combien de temps une biobanque hospitalière conserve-t-elle les échantillons de sérum après la fin d'une étude, et qui décide de leur destruction ?",
    },
    {
        "kind": "support",
        "text": """[22:41] Opérateur PC sécurité : PC sécurité bonjour
[22:41] Appelant : oui bonjour, bâtiment C, 2e étage, il y a une fuite sur le réservoir d'azote liquide de la salle de cryoconservation, ça fume au niveau du raccord
[22:42] Opérateur PC sécurité : Quelqu'un dans la salle ?
[22:42] Appelant : non on est sortis, la porte est fermée, l'alarme O2 a sonné à 19,5 %
[22:43] Opérateur PC sécurité : Très bien, ne rentrez pas. Je déclenche l'astreinte technique et je coupe l'accès badge au couloir C2. Restez à l'accueil du bâtiment.
[23:05] Opérateur PC sécurité : Astreinte sur place, vanne fermée, ventilation forcée en cours. Réouverture après mesure O2.""",
    },
    {
        "kind": "support",
        "text": """Bonjour,

Nous intervenons la semaine 47 sur votre ligne d'assemblage des volets (site de Colomiers) pour le rétrofit des visseuses. Merci de prévoir les badges d'accès pour deux techniciens et de nous envoyer le plan de prévention signé.

Bien à vous,
⟦PERSON|Thibault Escande-Rouvière⟧
Chef de projet - Outillage & Serrage
Tél. : ⟦PHONE_NUMBER|+33 5 61 72 48 03⟧
⟦EMAIL_ADDRESS|t.escande-rouviere@serrage-occitanie.fr⟧""",
    },
    {
        "kind": "support",
        "text": """Bonjour, je suis ⟦PERSON|Idrissa Lemarchand⟧, cycliste sur piste en équipe de France espoirs. J'ai ⟦HEALTH_DATA|un diabète de type 1⟧ et ⟦HEALTH_DATA|je suis sous pompe à insuline⟧ depuis 2021. Mon AUT arrive à échéance en juin : faut-il tout refaire ou un simple renouvellement suffit ? Mon diabétologue peut envoyer le dossier directement.""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Fiche d'entrée - nouvel opérateur de production (site de Wavre, conditionnement)
Nom : ⟦PERSON|Delvaux⟧
Prénom : ⟦PERSON|Amandine⟧
Date de naissance : ⟦DATE_OF_BIRTH|27/02/1985⟧
Numéro de registre national : ⟦BE_NATIONAL_NUMBER|85.02.27-446.58⟧
Adresse : ⟦STREET_ADDRESS|Rue du Try-au-Chêne 14, 1300 Wavre⟧
Compte bancaire : ⟦IBAN_CODE|BE23 3435 7292 7350⟧
Régime : équipes 3x8, CDI
Formation BPF initiale : prévue le 6/01""",
    },
    {
        "kind": "hr",
        "text": """Compte rendu - réunion CSE extraordinaire (établissement de Saint-Priest, chimie fine)
Présents pour la direction : M. ⟦PERSON|Lacombe-Aubry⟧ (directeur de site), Mme ⟦PERSON|Ferrand⟧ (RRH). Pour les élus : ⟦PERSON|Nadia Bensaïd⟧ (⟦TRADE_UNION_MEMBERSHIP|élue CGT⟧, secrétaire), ⟦PERSON|Cyril Pontarlier⟧ (⟦TRADE_UNION_MEMBERSHIP|CFDT⟧), ⟦PERSON|Jérémie Vasseur⟧.
1. Projet de passage de l'atelier de synthèse en 5x8 : la direction présente le calendrier. Les élus demandent une expertise sur les risques psychosociaux.
2. Incident du 14/05 sur le réacteur R-204 : aucun blessé, l'enquête CHSCT/CSSCT sera restituée en juin.
3. Questions diverses : renouvellement des chaussures de sécurité.""",
    },
    {
        "kind": "hr",
        "text": "Est-ce que la prime de panier de nuit est maintenue pour l'équipe de week-end en conditionnement ?",
    },
    {
        "kind": "hr",
        "text": """Bonjour Madame ⟦PERSON|Girault⟧,

Suite à mon ⟦HEALTH_DATA|accident du travail du 2 avril (fracture du poignet droit)⟧, mon arrêt se termine le 20 mai. Pouvez-vous organiser la visite de reprise avec le médecin du travail ? Le chirurgien recommande ⟦HEALTH_DATA|pas de port de charges de plus de 5 kg pendant un mois⟧, je ne pourrai donc pas reprendre tout de suite au chargement des autoclaves.

Cordialement,
⟦PERSON|Mathéo Rigaud-Nkemelu⟧, opérateur stérilisation""",
    },
    {
        "kind": "hr",
        "text": """⟦PERSON|Clémence Aït-Ouali⟧
Doctorante en biologie cellulaire - 3e année
⟦EMAIL_ADDRESS|clemence.aitouali@etu-sciences.fr⟧ · ⟦PHONE_NUMBER|07 82 19 44 60⟧

Formation : Master 2 Biologie des cellules souches (mention TB) ; Licence Sciences de la vie.
Compétences : culture d'organoïdes, CRISPR-Cas9, microscopie confocale, cytométrie en flux, R (Seurat), encadrement de stagiaires.
Langues : français, anglais (C1), kabyle.
Publications : 2 articles en co-auteure, 1 en premier auteur (en révision).""",
    },
    {
        "kind": "hr",
        "text": """Note de service - Habilitations ATEX
À compter du 1er septembre, toute intervention en zone ATEX 1 ou 21 (ateliers de séchage et de broyage) nécessite l'habilitation ATEX niveau 1 en cours de validité et un permis de feu pour les travaux par point chaud. Les sessions de formation sont ouvertes dans le catalogue interne. Les sous-traitants doivent présenter leur attestation à l'accueil sécurité.""",
    },
    {
        "kind": "hr",
        "text": """Formulaire d'enrôlement - accès salle blanche ISO 5 (fab, niveau 0)
Salarié : ⟦PERSON|Erwan Le Bihan-Quéré⟧, technicien photolithographie
Matricule : 118-442
Modalité retenue : ⟦BIOMETRIC_DATA|empreinte digitale (index droit et majeur droit)⟧
Consentement à l'usage de la biométrie signé : oui, le 12/09
Alternative badge + code proposée : oui, refusée par le salarié""",
    },
    {
        "kind": "hr",
        "text": """Bonjour,

Je souhaiterais poser un jour de congé le jeudi 2 octobre pour Yom Kippour ; ⟦RELIGIOUS_BELIEF|je suis de confession juive⟧ et c'est le seul jour de l'année que je ne peux vraiment pas travailler. Je peux rattraper en venant le samedi précédent pour le lancement des cultures.

Merci,
⟦PERSON|Ruben Azoulay-Castagné⟧""",
    },
    {
        "kind": "hr",
        "text": "Offre d'alternance : ajusteur-monteur de structures aéronefs (H/F), bac pro ou CAP en 2 ans, rythme 2 semaines entreprise / 1 semaine CFA. Rivetage, ajustage, lecture de plans, contrôle dimensionnel. Poste basé à Méaulte. Rémunération selon la grille de l'apprentissage.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Notre réseau de centres d'investigation accompagne les promoteurs de la faisabilité à la clôture : recrutement des patients, coordination des visites, gestion des indemnisations et du transport, saisie dans l'eCRF sous 48 h. Plus de 40 études de phase II et III en cours en oncologie, rhumatologie et maladies rares.",
    },
    {
        "kind": "marketing",
        "text": """« Quand on m'a annoncé ⟦HEALTH_DATA|mon cancer du sein triple négatif⟧, j'ai d'abord refusé l'idée d'un essai. L'infirmière de recherche a pris le temps de tout m'expliquer, et aujourd'hui je suis contente d'avoir dit oui. » - ⟦PERSON|Marie-Laure Fontbonne⟧, 47 ans, participante à une étude à Bordeaux""",
    },
    {
        "kind": "marketing",
        "text": "Rendez-vous au Salon international de l'aéronautique et de l'espace, hall 2A, stand C134 : découvrez nos pièces en titane issues de fabrication additive, nos capacités de contrôle par tomographie et notre nouvelle ligne de traitement de surface sans chrome hexavalent.",
    },
    {
        "kind": "marketing",
        "text": """Portrait : ⟦PERSON|Héloïse Brunetière⟧, responsable assurance qualité fournisseurs
Depuis six ans, ⟦PERSON|Héloïse⟧ audite nos 120 fournisseurs de pièces usinées, du Portugal à la Pologne. Le soir, elle troque la check-list pour l'écharpe : elle est ⟦POLITICAL_OPINION|conseillère municipale écologiste⟧ à Blagnac depuis 2020.""",
    },
    {
        "kind": "marketing",
        "text": "Lettre de la biobanque - Merci ! Grâce à vous, plus de 18 000 échantillons de plasma sont aujourd'hui disponibles pour la recherche sur les maladies cardiovasculaires. Trois projets ont été sélectionnés par le comité scientifique cette année, dont une étude sur les marqueurs précoces de l'insuffisance cardiaque.",
    },
    {
        "kind": "marketing",
        "text": "Volontaires sains recherchés (18-45 ans, non-fumeurs) pour une étude de pharmacocinétique de 3 séjours de 48 h dans notre unité de phase I. Indemnisation selon la réglementation en vigueur, inscription au fichier national des volontaires obligatoire.",
    },
    {
        "kind": "marketing",
        "text": """L'apprentissage, ça change tout ! « En deux ans, je suis passé du lycée à la mise en service de robots de peinture sur la ligne des nacelles. » - ⟦PERSON|Kylian Mbarga-Trouvé⟧, apprenti électrotechnicien. Nos 35 offres pour la rentrée sont en ligne.""",
    },
    {
        "kind": "marketing",
        "text": "Laboratoire de génétique médicale : dépistage de la mucoviscidose et de l'amyotrophie spinale pour les couples, diagnostic des maladies rares par séquençage d'exome, consultation de conseil génétique. Résultats sous 3 semaines, prise en charge sur prescription.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Qu'est-ce qu'un comité de protection des personnes ?

En France, toute recherche impliquant la personne humaine doit recevoir l'avis favorable d'un comité de protection des personnes (CPP) avant de commencer. Le comité est tiré au sort au niveau national. Il examine la pertinence de la recherche, l'information donnée aux participants, les modalités de recueil du consentement, le montant des indemnités éventuelles et les garanties d'assurance. Ses membres sont bénévoles et représentent le domaine médical, les sciences humaines et les associations de patients. Les modifications substantielles du protocole doivent aussi lui être soumises.""",
    },
]
