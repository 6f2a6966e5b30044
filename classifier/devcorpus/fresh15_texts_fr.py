"""Hand-written French texts of the ``fresh15`` split: traversées, vendanges, orchestres, zoos et autres guichets."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Objet : traversée Quiberon – Le Palais du 19 juillet, réservation BI-662094\n\n"
        "Bonjour,\n\nJe voyage avec ma tante, ⟦PERSON|Gisèle Le Bihan-Morvan⟧, qui est ⟦HEALTH_DATA|malvoyante⟧ et "
        "accompagnée de son chien guide, Ulysse. Pouvez-vous me confirmer que le chien voyage gratuitement et qu'une "
        "place près de la sortie peut lui être réservée ? Elle a aussi du mal avec les passerelles quand la mer est forte.\n\n"
        "Vous pouvez me joindre au ⟦PHONE_NUMBER|06 42 81 37 95⟧.\n\nCordialement,\n⟦PERSON|Anne-Laure Morvan⟧",
    },
    {
        "kind": "support",
        "text": "Bonjour, le bateau de 8h pour l'île d'Yeu est maintenu malgré la houle ? résa YE-30917",
    },
    {
        "kind": "support",
        "text": "Ticket ACC-4471 – badge presse non imprimé\n"
        "Demande reçue le 12/05 à 09:14 via le portail, catégorie Presse écrite, quota média n° 118.\n"
        "Statut : photo refusée (fond non uniforme) → nouvelle photo reçue 12/05 11:02 → validée.\n"
        "Le badge est en file d'impression au guichet 3 du Palais ; retrait possible à partir de 14h avec la "
        "pièce d'identité utilisée à l'inscription. Clôturer le ticket après retrait.",
    },
    {
        "kind": "support",
        "text": "Salut, petite question avant mon rdv de jeudi pour la pièce sur l'omoplate : je suis sous "
        "⟦HEALTH_DATA|Préviscan⟧ depuis ma ⟦HEALTH_DATA|phlébite⟧ de mars. Est-ce que c'est compatible ou il faut "
        "un mot de mon médecin ? Merci ! ⟦PERSON|Maëlys Courtecuisse⟧ – ⟦EMAIL_ADDRESS|maelys.courtecuisse@laposte.net⟧",
    },
    {
        "kind": "support",
        "text": "Pouvez-vous rédiger une réponse aimable à ce client belge ?\n\n"
        "« Madame, Monsieur, nous avons pris un abonnement annuel famille le 3 avril (n° AB-2207781) mais nous "
        "déménageons à l'étranger en septembre. Nous souhaitons la résiliation et le remboursement au prorata sur le "
        "compte ⟦IBAN_CODE|BE71 8447 3350 0906⟧ au nom de ⟦PERSON|Thibaut Vanderhaegen⟧, "
        "⟦STREET_ADDRESS|rue des Bouvreuils 27, 7500 Tournai⟧. D'avance merci. »",
    },
    {
        "kind": "support",
        "text": 'Appel de la sanction – compte "Kryzal", match 8816-2041-EU\n'
        'Le joueur conteste le ban de 14 jours pour "logiciel tiers détecté". Logs client : overlay du logiciel '
        "de streaming signalé à 21:42:07, hash du module 4be1f0c9. Proposition : lever la sanction si le module "
        "correspond à la version officielle 30.1.2, sinon maintenir.",
    },
    {
        "kind": "support",
        "text": "Stage poney du 7 au 11 juillet – inscription de ma fille ⟦PERSON|Capucine⟧ (9 ans)\n\n"
        "Elle a un ⟦HEALTH_DATA|diabète de type 1⟧ et porte une ⟦HEALTH_DATA|pompe à insuline⟧. Elle sait gérer "
        "ses resucrages mais il faudrait qu'un moniteur garde son kit (glucagon) au club-house. Je joins le PAI signé "
        "par le diabétologue. Mon numéro : ⟦PHONE_NUMBER|07 68 22 50 14⟧. ⟦PERSON|Hortense Lavergne-Pujol⟧",
    },
    {
        "kind": "support",
        "text": 'Commande CAV-50213 : 2 coffrets "Découverte des climats" (6 bouteilles) à livrer avant Noël. '
        'Le suivi indique "colis endommagé". Vous pouvez renvoyer ou rembourser ?',
    },
    {
        "kind": "support",
        "text": "Objet : RE: RE: Demande de remboursement – traversée Marseille–Bastia, dossier CB-2290417\n"
        "\n"
        "Bonjour,\n"
        "\n"
        "Je reviens vers vous car je n'ai toujours rien reçu. Pour rappel, mon mari, ⟦PERSON|Jean-Baptiste "
        "Orsoni⟧, a été hospitalisé à la Timone la veille du départ pour une ⟦HEALTH_DATA|pancréatite aiguë⟧ "
        "; le bulletin d'hospitalisation vous a été envoyé le 4 juin. Votre conseillère m'avait parlé d'un "
        "avoir, mais nous avions pris l'assurance annulation (option Sérénité, 24 €) et je demande donc un "
        "remboursement.\n"
        "\n"
        "Coordonnées bancaires : ⟦IBAN_CODE|LU61 0503 7097 3165 3569⟧ (compte joint, nous travaillons au "
        "Luxembourg).\n"
        "\n"
        "Cordialement,\n"
        "⟦PERSON|Paula Orsoni-Schmit⟧\n"
        "⟦PHONE_NUMBER|+352 621 408 335⟧\n"
        "\n"
        "> Le 12 juin, Service clients a écrit :\n"
        "> Madame, nous accusons réception de votre demande. Votre dossier est transmis au service "
        "assurance, qui reviendra vers vous sous 15 jours ouvrés. Merci de ne pas renvoyer de pièces "
        "justificatives.\n"
        ">\n"
        ">> Le 4 juin, ⟦PERSON|Paula Orsoni-Schmit⟧ a écrit :\n"
        ">> Bonjour, nous n'avons pas pu embarquer le 29 mai, mon mari était hospitalisé. Je joins le "
        "bulletin. Pouvez-vous rembourser les deux passagers et le véhicule (Clio, cabine 4 places) ?",
    },
    {
        "kind": "support",
        "text": "Bonjour, je voudrais passer le niveau 1 en Bretagne cet été. Sur le questionnaire médical je dois "
        "signaler que je suis porteur d'une ⟦GENETIC_DATA|mutation C282Y homozygote⟧ "
        "(⟦HEALTH_DATA|hémochromatose⟧) et que je fais une saignée tous les deux mois. Est-ce compatible "
        "avec la plongée, et faut-il un certificat d'un médecin fédéral ? ⟦PERSON|Yannick Le Goff-Quéré⟧",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Fiche d'aptitude – postes de sécurité (maintenance des voies)\n\n"
        "Agent : ⟦PERSON|Ludovic Arnaudet⟧\nN° de sécurité sociale : ⟦FR_NIR|1 83 11 2B 810 379 91⟧\n"
        "Poste : annonceur / agent de protection, chantiers de nuit secteur Bastia–Ajaccio\n"
        "Conclusions du médecin du travail : apte avec réserves – ⟦HEALTH_DATA|apnée du sommeil⟧ appareillée par "
        "⟦HEALTH_DATA|PPC⟧, observance à contrôler (relevé machine à fournir tous les 6 mois).\n"
        "Pas de conduite d'engins de nuit jusqu'au prochain contrôle.",
    },
    {
        "kind": "hr",
        "text": "Fiche d'embauche – vendanges 2026, Domaine des Combes Rousses (Côte de Beaune)\n\n"
        "Nom : ⟦PERSON|Oumar Traoré-Bellanger⟧\nNé le : ⟦DATE_OF_BIRTH|04/06/1990⟧\n"
        "N° SS : ⟦FR_NIR|290066908242652⟧ (à vérifier, semble être celui de son épouse)\n"
        "Adresse : ⟦STREET_ADDRESS|12 impasse des Tonneliers, 21200 Beaune⟧\n"
        "RIB : ⟦IBAN_CODE|FR11 5639 9001 9296 2950 5094 299⟧\n"
        "Poste : porteur, contrat vendanges du 8 au 26 septembre\nHébergement : non, logé en famille",
    },
    {
        "kind": "hr",
        "text": "Compte rendu de la réunion du CSE – Orchestre de chambre, 4 février\n\n"
        "Présents : ⟦PERSON|Solène Guillemard⟧ (secrétaire), ⟦PERSON|Étienne Roussel-Dufour⟧, élu "
        "⟦TRADE_UNION_MEMBERSHIP|SNAM-CGT⟧, ⟦PERSON|Aurore Tessier⟧\n"
        "1. Tournée au Japon : les musiciens demandent deux jours de repos après le vol retour ; la direction accepte un jour.\n"
        "2. Santé au travail : M. ⟦PERSON|Roussel-Dufour⟧ signale une hausse des ⟦HEALTH_DATA|tendinites⟧ chez les cordes et "
        "demande une intervention d'un kinésithérapeute pendant les répétitions.\n"
        "3. Questions diverses : renouvellement des protections auditives pour les cuivres, commande en cours.",
    },
    {
        "kind": "hr",
        "text": "Notre boulangerie franchisée de Villeurbanne recrute un(e) boulanger(ère) en CDI, 35 h, "
        "horaires de nuit (2h–9h). CAP boulanger exigé, expérience en pâte fermentée appréciée. Prime de nuit, "
        "mutuelle, deux week-ends libres par mois. Candidature avec la référence BLG-VIL-12.",
    },
    {
        "kind": "hr",
        "text": "Note de service – soigneurs animaliers\n"
        "À compter du 1er mars, la pesée des girafes a lieu le mardi à 8h30 et non plus le lundi. "
        "Le nourrissage public des otaries passe à 11h et 16h. Les demandes de congés d'été sont à saisir avant le 15 avril "
        "dans l'outil de planning ; au-delà, priorité aux collègues qui n'ont pas eu août l'an dernier.",
    },
    {
        "kind": "hr",
        "text": "Résume cette note pour le dossier du joueur, en trois phrases :\n\n"
        "Entretien avec ⟦PERSON|Nassim El Ouafi⟧ (numéro national ⟦BE_NATIONAL_NUMBER|88.08.17-061.72⟧), "
        "joueur de notre équipe League of Legends à Bruxelles. Il est ⟦RELIGIOUS_BELIEF|musulman pratiquant⟧ et "
        "demande que les bootcamps de mars ne tombent pas pendant le ramadan, ou qu'on adapte les horaires des repas. "
        "Le coach est d'accord pour décaler les scrims après la rupture du jeûne. Pas d'autre point.",
    },
    {
        "kind": "hr",
        "text": "Extrait de casier judiciaire (bulletin n° 3) – encadrant bénévole, séjours équestres mineurs\n\n"
        "Bénévole : ⟦PERSON|Grégoire Lemaistre⟧\nMention : ⟦CRIMINAL_RECORD|condamnation pour violences volontaires "
        "ayant entraîné une ITT de 5 jours, 6 mois avec sursis (tribunal correctionnel de Tours, 2019)⟧\n"
        "Décision du bureau : candidature refusée pour l'encadrement des mineurs.",
    },
    {
        "kind": "hr",
        "text": "Planning équipes de nuit – semaine 14\n"
        "Lun–Mar : remplacement traverses, PK 12+300 à 12+900, équipe A\n"
        "Mer : meulage rails, équipe B\nJeu : pas d'intervention (circulation fret)\n"
        "Ven : contrôle ultrasons, équipe A + prestataire\nPrise de service 21h45 au dépôt de Casamozza.",
    },
    {
        "kind": "hr",
        "text": "Note pour le dossier – vendanges, équipe 2\n"
        "\n"
        "⟦PERSON|Anthony Desmarest⟧, saisonnier, a signalé des insultes répétées de la part de deux porteurs "
        "pendant la pause de midi. Il est ⟦SEX_LIFE_ORIENTATION|homosexuel⟧ et ne souhaite pas que le sujet "
        "soit abordé devant toute l'équipe. Le chef de culture a changé les deux porteurs de rang ; "
        "entretien individuel prévu lundi avec eux.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Parrainez un lémurien ! Pour 40 € par an, recevez un certificat, des nouvelles de votre protégé "
        "et une entrée gratuite pour la journée des parrains en juin.",
    },
    {
        "kind": "marketing",
        "text": "Portes ouvertes au domaine les 29 et 30 novembre : dégustation du millésime 2025 en primeur, "
        "visite des caves voûtées, accords mets-vins avec le fromager du village. Entrée libre, verre gravé offert.",
    },
    {
        "kind": "marketing",
        "text": 'Témoignage pour la page "Tatouage réparateur" :\n'
        "« Après mon ⟦HEALTH_DATA|cancer du sein⟧ et une ⟦HEALTH_DATA|mastectomie⟧ en 2023, je ne me reconnaissais "
        "plus. Le tatouage de l'aréole m'a rendu quelque chose que je croyais perdu. » – ⟦PERSON|Véronique Sabatier⟧, 52 ans",
    },
    {
        "kind": "marketing",
        "text": "Rends cette annonce plus punchy pour Instagram :\n"
        'Bienvenue à ⟦PERSON|Timéo "Vortek" Delacroix-Aubry⟧, notre nouveau support sur Rocket League, '
        "champion de France espoirs 2025. Premier match officiel samedi 20h sur notre chaîne.",
    },
    {
        "kind": "marketing",
        "text": "Offre d'automne : -25 % sur les traversées voiture vers les îles du Ponant du 1er au 30 novembre. "
        "Réservation sur l'appli, code ESCALE25.",
    },
    {
        "kind": "marketing",
        "text": "Portrait pour le catalogue du festival :\n\n"
        "Née à Marseille de parents ⟦ETHNIC_ORIGIN|kabyles⟧, ⟦PERSON|Lina Amrouche-Vial⟧ présente cette année son "
        "deuxième long métrage, tourné entre Tizi Ouzou et la Belle de Mai, sur trois générations de femmes.",
    },
    {
        "kind": "marketing",
        "text": "La Gazette des jardins partagés – automne\n\n"
        "Merci à ⟦PERSON|Mireille Bastide⟧, conseillère municipale ⟦POLITICAL_OPINION|EELV⟧, pour l'installation "
        "des récupérateurs d'eau. Troc de graines le 18 octobre sous le préau, venez avec vos bocaux !",
    },
    {
        "kind": "marketing",
        "text": "Nouvelle carte des soins : coloration végétale, balayage, soin kératine. Pensez au test "
        "d'allergie 48 h avant toute coloration, il est offert en salon.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Quantification des modèles de langage\n\n"
        "Quantifier un modèle consiste à stocker ses poids sur moins de bits, par exemple 4 ou 8 au lieu de 16. "
        "La mémoire nécessaire diminue d'autant, ce qui permet de servir un modèle de 70 milliards de paramètres sur "
        "une seule carte graphique. La perte de qualité dépend de la méthode : les approches qui calibrent les poids "
        "sur un petit jeu de données conservent mieux les performances que l'arrondi naïf, surtout en dessous de 4 bits.",
    },
]
