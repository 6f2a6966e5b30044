"""Hand-written French texts of the ``fresh9`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

_RAW: list[tuple[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    (
        "support",
        "Résume pour le régulateur : transport assis de Mme ⟦PERSON|Odile Vandercruyssen⟧, ⟦HEALTH_DATA|chimiothérapie⟧ au CHU de Lille, "
        "départ ⟦STREET_ADDRESS|17 rue des Postes, 59000 Lille⟧, tél. ⟦PHONE_NUMBER|06 71 28 44 90⟧.",
    ),
    (
        "support",
        "Le joueur conteste le bannissement de son compte (ID 55-HK-201), il dit qu'il n'a jamais utilisé de triche. Rédige une réponse neutre.",
    ),
    (
        "support",
        "Traduis en anglais : « Bonjour, ma montre Pulso n'enregistre plus mon sommeil depuis mardi, version 4.2.1. » Ticket FR-20931.",
    ),
    (
        "support",
        "Dossier impayés prêt immobilier n° 33019-B : M. ⟦PERSON|Gaëtan Lherbier⟧, NIR ⟦FR_NIR|2 84 06 75 027 972 27⟧... "
        "pardon, c'est le NIR de sa conjointe ⟦PERSON|Amandine Lherbier⟧. Prélèvement sur ⟦IBAN_CODE|FR84 4439 8658 1277 9659 3965 384⟧ rejeté.",
    ),
    (
        "support",
        "Courrier des lecteurs, à raccourcir : ⟦PERSON|Bernard Quéméneur⟧, ⟦POLITICAL_OPINION|militant insoumis⟧, dénonce la fermeture de la piscine municipale.",
    ),
    (
        "support",
        "Classe ce message : « Bonjour, je voudrais adopter le chat Pistache vu sur votre site, annonce 4471. Je suis disponible samedi. »",
    ),
    (
        "support",
        "Croisière, cabine 5120 : Mme ⟦PERSON|Rachida Benslimane⟧ demande des repas ⟦RELIGIOUS_BELIEF|halal⟧ et un fauteuil roulant à l'embarquement pour son mari, ⟦HEALTH_DATA|hémiplégique⟧.",
    ),
    (
        "support",
        "Réponds à M. ⟦PERSON|Thibault Ravanel⟧ : le remboursement de la commande 88120 sera effectué sous 5 jours ouvrés.",
    ),
    # -- hr --------------------------------------------------------------------------------------------------------
    (
        "hr",
        "Arrêt de travail reçu pour ⟦PERSON|Ludivine Carpentier⟧, aide à domicile, du 3 au 14 novembre, ⟦HEALTH_DATA|tendinite de l'épaule⟧. Vérifie les IJSS.",
    ),
    (
        "hr",
        "Extrais en JSON : Nom ⟦PERSON|Kévin Delattre⟧, né le ⟦DATE_OF_BIRTH|19/07/1993⟧, coursier à vélo, contrat CDD 6 mois, ⟦EMAIL_ADDRESS|kevin.delattre93@laposte.net⟧.",
    ),
    (
        "hr",
        "Compte rendu CSE : présents ⟦PERSON|Sylvie Marchetti⟧ (⟦TRADE_UNION_MEMBERSHIP|déléguée CGT⟧), ⟦PERSON|Arnaud Deschamps⟧ (DRH). Point 1 : primes de nuit.",
    ),
    ("hr", "Rédige une offre d'emploi : secrétaire médicale pour hôpital de jour psychiatrique, temps plein, Roubaix."),
    (
        "hr",
        "Demande d'aménagement : ⟦PERSON|Samuel Abitbol⟧ souhaite quitter tôt le vendredi pour ⟦RELIGIOUS_BELIEF|shabbat⟧ en hiver. Prépare la réponse.",
    ),
    ("hr", "Note RH : ⟦PERSON|Jordan Lefebvre⟧ est ⟦HEALTH_DATA|RQTH⟧, prévoir un poste adapté à l'entrepôt."),
    ("hr", "Question paie : pourquoi la mutuelle apparaît deux fois sur le bulletin d'octobre ? Matricule 20418."),
    (
        "hr",
        "Fiche salarié belge : ⟦PERSON|Wim Vanhoutte⟧, numéro national ⟦BE_NATIONAL_NUMBER|75.08.30-020.32⟧, ⟦IBAN_CODE|BE63 1567 3761 6096⟧.",
    ),
    # -- marketing ---------------------------------------------------------------------------------------------------
    ("marketing", "Trois accroches pour notre croisière Méditerranée, départ Marseille, 7 nuits, pension complète."),
    (
        "marketing",
        "Post Facebook : journée adoption au refuge de Villeneuve-d'Ascq, chiens et chats stérilisés, pucés.",
    ),
    (
        "marketing",
        "Témoignage à raccourcir : « Grâce à Pulso j'ai découvert ma ⟦HEALTH_DATA|fibrillation auriculaire⟧ » — ⟦PERSON|Josiane Mabillon⟧, Arras.",
    ),
    ("marketing", "Slogan pour un photographe de mariage à Lille, style reportage, sans poses forcées."),
    (
        "marketing",
        "Newsletter : notre centre communautaire de la mosquée propose des cours d'arabe et une aide aux devoirs le mercredi.",
    ),
    (
        "marketing",
        "Rédige un texte pour l'hôpital de jour : nous accueillons des adultes souffrant de troubles anxieux et dépressifs, sur orientation du médecin.",
    ),
    ("marketing", "Traduis en français : Translation memory cleanup service, 0,02 € per segment, 48 h turnaround."),
    (
        "marketing",
        "Interview pour la newsletter : ⟦PERSON|Abdelkader Haddouche⟧, ancien ⟦ETHNIC_ORIGIN|harki⟧, raconte son arrivée à Lille en 1962.",
    ),
    # -- docs --------------------------------------------------------------------------------------------------------
    (
        "docs",
        "La régulation des transports sanitaires repose sur la prescription médicale de transport. Le régulateur choisit le mode "
        "(ambulance, VSL, taxi conventionné) selon l'autonomie du patient et organise les retours en fonction des horaires de sortie.",
    ),
]

TEXTS: list[dict[str, str]] = [{"kind": kind, "text": text} for kind, text in _RAW]
