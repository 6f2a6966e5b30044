"""Hand-written French texts of the tuning split fresh29: pharmacies, cabinets médicaux, mutuelles, EHPAD, aide à domicile, paroisses, syndicats, partis et associations en France et en Belgique."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bonjour, c'est quelle pharmacie de garde ce dimanche sur Lorient svp ?",
    },
    {
        "kind": "support",
        "text": "Objet : Remboursement implant dentaire – dossier 25-0447-ORL\n\nMadame, Monsieur,\n\nJe vous ai transmis le 12 mai la facture du Dr ⟦PERSON|Benhamou⟧ pour la pose d'un ⟦HEALTH_DATA|implant dentaire (dent 36)⟧, d'un montant de 1 350 €. La Sécurité sociale ne rembourse rien sur l'implant, mais votre garantie Confort prévoit un forfait de 400 € par implant. Or je n'ai reçu que 107,50 €.\n\nPouvez-vous vérifier et verser le complément sur mon compte ⟦IBAN_CODE|FR97 0831 8450 8491 4325 3237 183⟧ ? Mon numéro de sécurité sociale : ⟦FR_NIR|284074486073982⟧.\n\nCordialement,\n⟦PERSON|Solenne Kervella-Haddou⟧\n⟦STREET_ADDRESS|14 rue de la Fontaine-au-Roi, 75011 Paris⟧\n⟦PHONE_NUMBER|06 48 21 93 07⟧",
    },
    {
        "kind": "support",
        "text": "Bonjour,\n\nNous accusons réception de votre demande n° 2025-118-44712 du 03/06/2025 concernant une attestation de droits. Elle est en cours de traitement ; le délai moyen est actuellement de 8 jours ouvrés.\n\nVous pouvez télécharger immédiatement votre attestation depuis votre compte ameli, rubrique « Mes démarches ». Nous vous rappelons que nos conseillers ne vous demanderont jamais vos coordonnées bancaires par SMS.\n\nCordialement,\nVotre Caisse primaire d'assurance maladie",
    },
    {
        "kind": "support",
        "text": "[14:02] ⟦PERSON|Audrey⟧ (fille de Mme ⟦PERSON|Lemarchand⟧, ch. 112) : Bonjour, maman m'a appelée trois fois ce matin en disant qu'on lui avait volé son sac. Tout va bien ?\n[14:09] EHPAD Les Tilleuls – infirmerie : Bonjour Madame, oui, votre maman va bien. Le sac était dans l'armoire. Elle est plus agitée depuis quelques jours, le médecin coordonnateur passe demain pour réévaluer son traitement pour la ⟦HEALTH_DATA|maladie d'Alzheimer⟧.\n[14:10] ⟦PERSON|Audrey⟧ : D'accord. Elle a toujours son ⟦HEALTH_DATA|Seresta⟧ le soir ?\n[14:12] EHPAD Les Tilleuls – infirmerie : Oui, 10 mg au coucher. Nous vous rappelons après la visite.",
    },
    {
        "kind": "support",
        "text": "Rappel : votre rendez-vous au Centre de santé Jean-Jaurès (service d'imagerie) est prévu le vendredi 12/09 à 10h40. Merci de vous présenter 15 minutes avant avec votre carte Vitale et votre ordonnance. Pour annuler, répondez ANNULER à ce SMS. Réf. RDV 88-1207.",
    },
    {
        "kind": "support",
        "text": "Tu peux résumer ce message vocal en anglais pour l'équipe de Maastricht ? Transcription :\n\n« Oui bonjour, ici ⟦PERSON|Thibaut Vandercammen⟧, je vous appelle de Liège, mon numéro national c'est le ⟦BE_NATIONAL_NUMBER|88.03.14-577.96⟧. J'ai été opéré chez vous d'une ⟦HEALTH_DATA|hernie inguinale⟧ le 4 juin et depuis j'ai de la fièvre et la cicatrice est rouge. Mon médecin traitant pense à une ⟦HEALTH_DATA|infection du site opératoire⟧. Vous pouvez me rappeler au ⟦PHONE_NUMBER|0476 38 19 52⟧ ? Merci. »",
    },
    {
        "kind": "support",
        "text": "Le tiers payant, comment ça marche ?\n\nAvec le tiers payant, vous n'avancez pas les frais : la pharmacie, le laboratoire ou le professionnel de santé est payé directement par l'Assurance Maladie pour la part obligatoire et par votre mutuelle pour la part complémentaire. Présentez simplement votre carte Vitale et votre carte de tiers payant à jour. Les dépassements d'honoraires non couverts par votre contrat restent à votre charge.",
    },
    {
        "kind": "support",
        "text": "Je suis ⟦HEALTH_DATA|enceinte de 5 mois⟧, je peux prendre du Doliprane pour un mal de dos ?",
    },
    {
        "kind": "support",
        "text": "Bonjour,\n\nMerci pour votre message concernant votre appareil de PPC SomnoAir S10 (n° de série 2304-77812).\n\nLe bruit de sifflement que vous décrivez vient le plus souvent d'un filtre à air encrassé ou d'un masque mal ajusté. Nous vous conseillons de remplacer le filtre (réf. FLT-S10-06, fourni dans le kit d'entretien) et de vérifier le joint du masque. Si le bruit persiste, votre prestataire de santé à domicile peut procéder à un échange standard sous 48 h.\n\nBien cordialement,\nService Clients SomnoAir France\n09 70 82 14 40 (appel non surtaxé), du lundi au vendredi de 9h à 18h",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "L'EHPAD Résidence du Parc (Angers) recrute un(e) aide-soignant(e) de nuit en CDI, temps plein (10h/nuit, 3 nuits par semaine).\nRémunération selon la CCN 51 + prime Ségur + prime de nuit. Diplôme d'État d'aide-soignant exigé. Prise de poste : 1er octobre. Candidature (CV + lettre) via le formulaire « Nous rejoindre » de notre site, réf. AS-NUIT-0925.",
    },
    {
        "kind": "hr",
        "text": "FICHE SALARIÉ – mise à jour\nNom : ⟦PERSON|Mbarga⟧\nPrénom : ⟦PERSON|Ghislaine⟧\nNé(e) le : ⟦DATE_OF_BIRTH|05/10/1993⟧\nN° de sécurité sociale : ⟦FR_NIR|293102B98138624⟧\nAdresse : ⟦STREET_ADDRESS|7 impasse des Oliviers, 20200 Bastia⟧\nPoste : secrétaire médicale, service de cardiologie\nStatut : ⟦HEALTH_DATA|RQTH⟧ valable jusqu'au 31/12/2029 – poste aménagé (siège ergonomique, pas de port de charges)\nRIB : ⟦IBAN_CODE|FR54 3890 9941 9828 2899 2208 840⟧",
    },
    {
        "kind": "hr",
        "text": "COMMUNIQUÉ INTERSYNDICAL CGT – CFDT – FO – SUD Santé\n\nLes organisations syndicales du CHU appellent l'ensemble des personnels à la grève et au rassemblement le jeudi 2 octobre à 12h devant le bâtiment de la direction. Nous demandons l'ouverture immédiate de 40 lits fermés faute de personnel, le remplacement des départs et la revalorisation des gardes. Un préavis couvrant les équipes de jour et de nuit a été déposé.",
    },
    {
        "kind": "hr",
        "text": "Compte rendu d'entretien – confidentiel\nDate : 18/06/2025\nSalarié : ⟦PERSON|Nassim Ouerghemmi⟧, brancardier, ⟦TRADE_UNION_MEMBERSHIP|délégué syndical CGT⟧\nObjet : signalement de propos déplacés\n\nM. ⟦PERSON|Ouerghemmi⟧ rapporte que, lors de la relève du 12/06, un collègue de l'équipe de nuit a fait plusieurs remarques sur ses ⟦ETHNIC_ORIGIN|origines tunisiennes⟧ devant des patients. Deux témoins sont cités. La direction des ressources humaines ouvre une enquête interne ; une mesure conservatoire (changement d'équipe) est proposée au collègue mis en cause.",
    },
    {
        "kind": "hr",
        "text": "Objet : Reprise à temps partiel thérapeutique – Mme ⟦PERSON|Carrère-Delfosse⟧\n\nBonjour ⟦PERSON|Laurence⟧,\n\nJe te fais suivre la demande d'⟦PERSON|Apolline Carrère-Delfosse⟧ (IDE, bloc opératoire), reçue ce matin. Pour mémoire, elle est en arrêt depuis novembre pour un ⟦HEALTH_DATA|cancer du sein⟧ ; elle a terminé sa ⟦HEALTH_DATA|chimiothérapie⟧ en avril et la ⟦HEALTH_DATA|radiothérapie⟧ fin mai.\n\nSon oncologue et le médecin du travail sont d'accord pour une reprise en temps partiel thérapeutique à 50 % à partir du 1er septembre, sur des journées de 7h, sans gardes ni astreintes pendant au moins trois mois. Elle souhaite rester au bloc mais accepte d'être en salle de réveil au début si c'est plus simple pour le planning.\n\nPeux-tu voir avec ⟦PERSON|Maëlys⟧ (cadre du bloc) si c'est compatible avec le planning de septembre ? Il faudrait aussi prévoir la visite de pré-reprise, je l'ai proposée pour le 22 août à 9h30.\n\nElle m'a demandé explicitement que le diagnostic ne soit pas communiqué à l'équipe. Merci de ne parler que d'une « reprise après arrêt ».\n\nBien à toi,\n⟦PERSON|Hugues Vannier⟧\nChargé des relations sociales – DRH\nPoste 5 4417\n\n-----Message d'origine-----\nDe : ⟦PERSON|Apolline Carrère-Delfosse⟧\nEnvoyé : lundi 23 juin 2025 08:12\nÀ : DRH – Gestion du personnel\nObjet : demande de reprise\n\nBonjour, suite à mon rendez-vous avec la médecine du travail, je souhaiterais reprendre en mi-temps thérapeutique en septembre. Vous trouverez ci-joint l'avis médical. Pourriez-vous me dire quelles pièces fournir à la CPAM ? Merci, ⟦PERSON|Apolline⟧",
    },
    {
        "kind": "hr",
        "text": "Note de service n° 2025-031 : les demandes de congés d'été doivent être saisies dans le logiciel de planning avant le 31 mars. Les plannings seront validés par les cadres de santé au plus tard le 30 avril. Rappel : trois semaines consécutives maximum entre le 1er juillet et le 31 août, sauf accord du cadre.",
    },
    {
        "kind": "hr",
        "text": "Extrait de la fiche candidat – Agent de service hospitalier (remplacement été)\nCandidat : ⟦PERSON|Loïc Tanguy-Saïdi⟧\nContact : ⟦EMAIL_ADDRESS|loic.tanguy.saidi@laposte.net⟧ / ⟦PHONE_NUMBER|07 81 62 04 39⟧\nBulletin n° 3 du casier judiciaire : une mention – ⟦CRIMINAL_RECORD|condamnation pour conduite en état d'ivresse (2019), suspension de permis 6 mois⟧.\nAvis du recruteur : sans lien avec le poste (pas de conduite de véhicule), candidature retenue.",
    },
    {
        "kind": "hr",
        "text": "Procès-verbal de la réunion ordinaire du CSE – 19 juin 2025\n\nÉtaient présents : la directrice d'établissement (présidente), la responsable RH, neuf élus titulaires, deux représentants syndicaux.\n\n1. Information-consultation sur le projet de réorganisation de l'accueil des urgences : avis favorable à la majorité (6 pour, 3 abstentions).\n2. Bilan des accidents du travail du 1er semestre : 14 déclarations, dont 6 liées à la manutention des patients. La commission SSCT propose l'achat de deux lève-personnes supplémentaires.\n3. Activités sociales : chèques-vacances maintenus à 220 € par salarié.\nProchaine réunion : 18 septembre 2025.",
    },
    {
        "kind": "hr",
        "text": "Teams, 09:17 – info planning : ⟦PERSON|Karim Belkacem-Roussel⟧ a posé son vendredi pour fêter l'⟦RELIGIOUS_BELIEF|Aïd⟧ en famille, c'est validé. Qui peut le remplacer en pharmacie centrale de 8h à 15h30 ?",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Vaccination grippe & Covid-19 sans rendez-vous à la Pharmacie des Halles !\nDu 14 octobre au 31 janvier, du lundi au samedi de 9h à 19h30.\nPrise en charge à 100 % pour les personnes éligibles (bon de l'Assurance Maladie).\n3 place des Halles, 56100 Lorient – 02 97 21 08 44",
    },
    {
        "kind": "marketing",
        "text": "Basilique Saint-Sernin – Dimanche 23 novembre, 16h\nRequiem de Fauré\nChœur et orchestre de la paroisse, direction musicale : la maîtrise de la cathédrale\nEntrée libre, participation aux frais",
    },
    {
        "kind": "marketing",
        "text": "« Après mon ⟦HEALTH_DATA|AVC⟧ en janvier, je pensais devoir quitter ma maison. Grâce aux auxiliaires de vie d'Avenir Domicile, qui passent matin et soir, je vis toujours chez moi, à Quimperlé, avec mon chat. » – ⟦PERSON|Marie-Josèphe Le Guellec⟧, 81 ans\n\nAide à la toilette, aux repas, aux courses : devis gratuit en 48 h. 50 % de crédit d'impôt.",
    },
    {
        "kind": "marketing",
        "text": "11 avril, Journée mondiale Parkinson : l'association organise des marches solidaires dans 30 villes. Au programme : ateliers de danse adaptée, stands d'information sur les traitements et les essais cliniques, rencontres avec des neurologues. Inscription gratuite, ouverte aux malades, aux aidants et à tous ceux qui veulent soutenir la recherche.",
    },
    {
        "kind": "marketing",
        "text": "PORTRAIT DE MILITANT\n\n⟦PERSON|Gérard Pouzolles⟧, 72 ans, ancien cheminot, est ⟦POLITICAL_OPINION|adhérent du Parti socialiste depuis 1981⟧. Chaque samedi, il tient le stand du marché de Béziers avec son thermos de café. « On gagne les élections une conversation à la fois », dit-il. Rejoignez la section !",
    },
    {
        "kind": "marketing",
        "text": "Vous avez entre 18 et 65 ans et un psoriasis modéré à sévère ?\nL'étude clinique PSO-CLEAR évalue un nouveau traitement par comprimé. Consultations, examens et traitement de l'étude sont pris en charge ; les frais de déplacement sont remboursés.\nRenseignez-vous auprès du service de dermatologie de votre CHU participant ou sur pso-clear-etude.fr. Promoteur : Laboratoires Véronde.",
    },
    {
        "kind": "marketing",
        "text": "Jeu concours « Rentrée en forme » : bravo à nos trois gagnants ! ⟦PERSON|Océane Ribeiro-Lambert⟧ (Tours), ⟦PERSON|Aurélien Fakhouri⟧ (Blois) et ⟦PERSON|Clémence Ndiaye-Perrot⟧ (Amboise) remportent chacun 6 mois d'abonnement. Merci à tous les participants !",
    },
    {
        "kind": "marketing",
        "text": "La CFDT Santé-Sociaux revendique : 300 € net de plus par mois pour tous les soignants, la reconnaissance de la pénibilité du travail de nuit et un ratio minimal de soignants par patient. Signez notre pétition en ligne et rejoignez-nous le 2 octobre !",
    },
    {
        "kind": "marketing",
        "text": "LA PrEP, PARLONS-EN – témoignages\n\n« J'ai appris que j'étais ⟦HEALTH_DATA|séropositif⟧ en 2008, à 24 ans. Aujourd'hui ma charge virale est indétectable et je ne transmets pas le virus. Si j'avais connu la PrEP à l'époque… » – ⟦PERSON|Romain Estèbe-Guillot⟧, ⟦SEX_LIFE_ORIENTATION|homme gay⟧, bénévole à l'association depuis dix ans.\n\nDépistage gratuit et anonyme tous les mardis de 17h à 20h au local de l'association, 12 rue Sainte-Catherine, Bordeaux.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Pasteur et le vaccin contre la rage\n\nLe 6 juillet 1885, Louis Pasteur administre pour la première fois son vaccin antirabique à un être humain : Joseph Meister, un garçon alsacien de neuf ans mordu par un chien enragé. Le traitement consiste en une série de treize injections de moelle épinière de lapin infecté, desséchée pendant un nombre de jours décroissant. L'enfant survit. Le succès vaut à Pasteur une renommée mondiale et conduit à la création de l'Institut Pasteur, inauguré à Paris en 1888 grâce à une souscription internationale.",
    },
]
