# ruff: noqa: RUF001  (hand-written text keeps its typographic dashes and Turkish dotless i)
"""Round 10b development texts for the marketing-names topic (mkt10b), written blind by hand.

Invented people, invented contact data. Markup as in the corpus (``⟦TYPE|value⟧``, parsed with
``classifier.devcorpus.generate.parse_markup``). IBANs come from ``classifier.devcorpus.ids``.
"""

from typing import Any

M = "marketing"

TEXTS: list[dict[str, Any]] = [
    # --- en ---
    {
        "language": "en",
        "kind": M,
        "text": "Can you tighten this testimonial for the landing page? 'Best kitchen refit we ever had, on time and tidy.' — ⟦PERSON|Priya⟧, 34, Leicester",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Meet the team section, keep each bio under 40 words: Dr. ⟦PERSON|Olusegun Adeyemi-Clarke⟧ heads our data lab; ⟦PERSON|Fenella Rook⟧ runs partnerships (⟦EMAIL_ADDRESS|f.rook@brightmoor-analytics.co.uk⟧); ⟦PERSON|Tom Baker⟧ is our newest designer.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Newsletter footer: Questions about the spring catalogue? Your contact person is ⟦PERSON|Hazel Winterbottom⟧, ⟦PHONE_NUMBER|+44 161 496 0734⟧, ⟦EMAIL_ADDRESS|hazel.winterbottom@pennineoutdoor.com⟧.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Press release draft: Northfield Bakery Award 2026 goes to ⟦PERSON|Grace O'Sullivan⟧ of Cork for her sourdough range, runner-up ⟦PERSON|Mateusz Wróblewski⟧ from Swindon.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Speaker list for the Retail Futures summit: 09:30 keynote ⟦PERSON|Amara Okonkwo⟧ (CMO, Tillbury Foods); 11:00 panel with ⟦PERSON|J. P. Hargreaves⟧ and ⟦PERSON|Siobhan Nic Aodha⟧; 14:00 workshop ⟦PERSON|Rich Summers⟧.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Influencer brief for the trail shoe launch: creator ⟦PERSON|Jade Fielding⟧ (@jadeonthetrail), manager ⟦PERSON|Connor Mayhew⟧ ⟦PHONE_NUMBER|07700 900418⟧, deliverables 3 reels + 5 stories, fee agreed.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "CRM export, segment 'lapsed VIP':\nname,email,phone\n⟦PERSON|Rosalind Pike⟧,⟦EMAIL_ADDRESS|ros.pike@fastmail.com⟧,⟦PHONE_NUMBER|07911 123456⟧\n⟦PERSON|Imran Chaudhry⟧,⟦EMAIL_ADDRESS|imran.c@outlook.com⟧,⟦PHONE_NUMBER|07824 556102⟧",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Sweepstake winners to announce on Friday: 1st prize ⟦PERSON|Dawn Sparrow⟧ (Bristol), 2nd ⟦PERSON|Wei Zhang⟧ (Leeds). Prize money goes to ⟦IBAN_CODE|GB08 XFAH 7929 2398 3138 65⟧ for the first winner.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Job ad, contact block: Interested? Send your CV to ⟦PERSON|Carmen Delgado-Reyes⟧, Talent Acquisition, ⟦EMAIL_ADDRESS|careers@harbourlight.io⟧ or call ⟦PHONE_NUMBER|020 7946 0321⟧.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Customer story: when ⟦PERSON|Mark Bishop⟧ took over his dad's hardware shop in Truro, footfall was down 30%. Two years on with our POS system, he opened a second store.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Rewrite as a LinkedIn post: congratulations to ⟦PERSON|Summer Field⟧ and ⟦PERSON|Hunter Wolf⟧, our Sales Reps of the Year!",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Write 3 ad headlines for the Volvo XC60 Recharge and the Polestar 2 at our Glasgow showroom, mention the Apple CarPlay and the Harman Kardon sound system.",
        "clean": True,
    },
    {
        "language": "en",
        "kind": M,
        "text": "Product copy for the Kenwood Chef XL Titanium, compare it with the KitchenAid Artisan and the Bosch MUM5, tone friendly, UK spelling.",
        "clean": True,
    },
    {
        "language": "en",
        "kind": M,
        "text": "Social post for our Edinburgh Fringe pop-up at Princes Street Gardens: Ben & Jerry's, Tunnock's teacakes and Irn-Bru floats, Saturday from noon.",
        "clean": True,
    },
    {
        "language": "en",
        "kind": M,
        "text": "Campaign plan Q3: Google Ads for Samsung Galaxy S24 cases, Meta retargeting, TikTok Spark Ads, budget split 40/40/20, landing page on Shopify.",
        "clean": True,
    },
    # --- de ---
    {
        "language": "de",
        "kind": M,
        "text": "Bitte kürzen für den Flyer: „Endlich ein Fahrradladen, der zuhört!“ – ⟦PERSON|Jürgen⟧, 58, Bamberg",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Team-Seite: Dr. ⟦PERSON|Konstantin von Ahlefeldt⟧ leitet die Produktentwicklung, ⟦PERSON|Ayşe Demirtaş⟧ betreut unsere Großkunden, ⟦PERSON|Lena Fuchs⟧ kümmert sich um Social Media.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Newsletter-Signatur: Ihre Ansprechpartnerin ist ⟦PERSON|Friederike Meyer-Landrut⟧, Tel. ⟦PHONE_NUMBER|+49 30 2345 6789⟧, ⟦EMAIL_ADDRESS|f.meyer-landrut@gruenwerk-moebel.de⟧.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Pressemitteilung: Den Innovationspreis Handwerk 2026 erhält ⟦PERSON|Tobias Schäfer⟧ aus Freiburg, der Sonderpreis geht an ⟦PERSON|Olena Kovalenko⟧ aus Leipzig.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Gewinnspiel-Auflösung: Gewonnen haben ⟦PERSON|Sabine Koch⟧ (Kassel), ⟦PERSON|Murat Yılmaz⟧ (Duisburg) und ⟦PERSON|Heinz-Peter Wagner⟧ (Trier). Auszahlung an ⟦IBAN_CODE|DE89 9381 6662 2631 8854 92⟧.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Referentenliste Fachtagung Logistik: 10:00 Prof. Dr. ⟦PERSON|Ulrike Sommer⟧, 11:15 ⟦PERSON|Marco Winter⟧ (Kühne Logistics), 13:30 ⟦PERSON|Kai Vogel⟧.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Stellenanzeige Kontakt: Fragen beantwortet Ihnen gern Frau ⟦PERSON|Nicole Brandt⟧, ⟦PHONE_NUMBER|0221 98765-43⟧, ⟦EMAIL_ADDRESS|bewerbung@rheinstahl-service.de⟧.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "CRM-Export Segment „Stammkunden Süd“:\n⟦PERSON|Weber, Gisela⟧; ⟦EMAIL_ADDRESS|gisela.weber@web.de⟧; ⟦PHONE_NUMBER|0171 2345678⟧\n⟦PERSON|Nguyen, Thi Lan⟧; ⟦EMAIL_ADDRESS|thilan.nguyen@gmx.de⟧; ⟦PHONE_NUMBER|0152 98765432⟧",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Kundengeschichte: Als ⟦PERSON|Matthias Bauer⟧ 2019 die Bäckerei seines Onkels in Passau übernahm, lief noch alles auf Papier. Heute bestellt die Hälfte seiner Kunden per App.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Influencer-Briefing: Creatorin ⟦PERSON|Mia Sonnenschein⟧ (@mia.sonnenschein), Agentur-Kontakt ⟦PERSON|Jan Peters⟧ ⟦PHONE_NUMBER|0176 44455566⟧, 2 Reels zur neuen Trinkflasche.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Anzeigentext für den neuen VW ID.4 und den Škoda Enyaq im Autohaus Hamburg-Wandsbek, Hinweis auf Wallbox von ABB und Ökostrom der Stadtwerke.",
        "clean": True,
    },
    {
        "language": "de",
        "kind": M,
        "text": "Produkttext für die Miele Waschmaschine WWD 320 und den Siemens iQ500 Trockner, Vergleich mit Bosch Serie 6, Ton sachlich.",
        "clean": True,
    },
    {
        "language": "de",
        "kind": M,
        "text": "Instagram-Post zum Stadtfest in Münster: Stand von Haribo, Coppenrath & Wiese und Krombacher am Prinzipalmarkt, Samstag ab 11 Uhr.",
        "clean": True,
    },
    {
        "language": "de",
        "kind": M,
        "text": "Mediaplan Herbst: Google Ads für Tchibo Kaffeevollautomaten, YouTube-Bumper, Spotify Audio Ads, Budget 60/30/10.",
        "clean": True,
    },
    # --- fr ---
    {
        "language": "fr",
        "kind": M,
        "text": "Témoignage à raccourcir : « Livraison rapide et conseil au top, je recommande ! » — ⟦PERSON|Maëlle⟧, 29 ans, Quimper",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Page équipe : ⟦PERSON|Charles-Henri de La Rochefoucauld⟧ dirige la stratégie, ⟦PERSON|Fatoumata Diallo⟧ gère les partenariats, ⟦PERSON|Pierre Lebrun⟧ anime la communauté.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Signature de la newsletter : votre interlocutrice est ⟦PERSON|Anne-Sophie Marchal⟧, ⟦PHONE_NUMBER|01 42 68 53 00⟧, ⟦EMAIL_ADDRESS|as.marchal@atelier-lumiere.fr⟧.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Communiqué : le Prix de l'Artisan 2026 est attribué à ⟦PERSON|Julien Boulanger⟧ (Lyon) ; mention spéciale pour ⟦PERSON|Nguyen Van Minh⟧ (Marseille).",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Gagnants du jeu-concours : ⟦PERSON|Véronique Lefèvre⟧ (Lille) et ⟦PERSON|Karim Benali⟧ (Nantes). Virement du gain sur ⟦IBAN_CODE|FR80 6795 8108 8842 2820 3610 018⟧.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Intervenants du salon Vinexpo : Me ⟦PERSON|Hélène Castaing⟧, ⟦PERSON|Louis Rivière⟧ (Domaine des Trois Chênes), ⟦PERSON|J.-M. Petit⟧.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Offre d'emploi, contact : envoyez votre candidature à Mme ⟦PERSON|Claire Fontaine⟧, ⟦EMAIL_ADDRESS|recrutement@boisdargent-hotels.fr⟧, ⟦PHONE_NUMBER|+33 4 78 92 14 55⟧.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Export CRM segment « clients fidèles » :\n⟦PERSON|Dupont Martine⟧ ; ⟦EMAIL_ADDRESS|martine.dupont@orange.fr⟧ ; ⟦PHONE_NUMBER|06 12 34 56 78⟧\n⟦PERSON|Haddad Youssef⟧ ; ⟦EMAIL_ADDRESS|y.haddad@free.fr⟧ ; ⟦PHONE_NUMBER|07 81 22 43 90⟧",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Brief influenceuse : ⟦PERSON|Léa Moreau⟧ (@lea.moreau.voyage), agent ⟦PERSON|Thomas Blanc⟧ ⟦PHONE_NUMBER|06 45 78 12 09⟧, 4 stories pour la nouvelle valise.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Histoire client : quand ⟦PERSON|Rose Marin⟧ a repris la librairie de Dinan, elle n'avait pas de site. Aujourd'hui 40 % des ventes passent par la boutique en ligne.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Annonce pour la Peugeot e-208 et la Renault Mégane E-Tech au garage de Toulouse, mentionner Apple CarPlay et la borne Schneider.",
        "clean": True,
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Fiche produit : robot Thermomix TM6 comparé au Moulinex Companion et au Magimix Cook Expert, ton chaleureux.",
        "clean": True,
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Post pour la Fête des Lumières à Lyon : stands Bonne Maman, Michel et Augustin et Orangina place Bellecour, samedi dès 18 h.",
        "clean": True,
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Plan média : Google Ads pour les casques Sennheiser, Meta pour la JBL Flip 6, budget 50/50, landing page Shopify.",
        "clean": True,
    },
    # --- it ---
    {
        "language": "it",
        "kind": M,
        "text": "Accorcia questa recensione per il sito: «Personale gentilissimo, torneremo!» — ⟦PERSON|Giorgia⟧, 41, Bergamo",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Pagina del team: ⟦PERSON|Federico Della Valle⟧ guida le vendite, ⟦PERSON|Chiara De Santis⟧ segue il marketing, ⟦PERSON|Adebayo Okafor⟧ è il nostro nuovo grafico.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Firma newsletter: la vostra referente è ⟦PERSON|Maria Grazia Lombardi⟧, tel. ⟦PHONE_NUMBER|+39 02 8736 4521⟧, ⟦EMAIL_ADDRESS|mg.lombardi@cantinecollina.it⟧.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Comunicato: il Premio Giovani Imprenditori 2026 va a ⟦PERSON|Lorenzo Ferrari⟧ di Modena; menzione speciale a ⟦PERSON|Ioana Popescu⟧ di Torino.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Vincitori del concorso: ⟦PERSON|Salvatore Esposito⟧ (Napoli) e ⟦PERSON|Elena Bianco⟧ (Genova). Bonifico del premio su ⟦IBAN_CODE|IT19 B999 0433 1349 4383 5251 776⟧.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Relatori del convegno Food Tech: Prof.ssa ⟦PERSON|Anna Maria Conti⟧, Dott. ⟦PERSON|Paolo Rossi⟧, ⟦PERSON|Luca Sole⟧ (Barilla Lab).",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Annuncio di lavoro, contatti: inviare il CV a ⟦PERSON|Valentina Greco⟧, ⟦EMAIL_ADDRESS|hr@pastificioalba.it⟧, ⟦PHONE_NUMBER|011 4567 890⟧.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Export CRM segmento clienti premium:\n⟦PERSON|Russo Giuseppe⟧, ⟦EMAIL_ADDRESS|giuseppe.russo@libero.it⟧, ⟦PHONE_NUMBER|347 123 4567⟧\n⟦PERSON|Hu Mei⟧, ⟦EMAIL_ADDRESS|mei.hu@gmail.com⟧, ⟦PHONE_NUMBER|333 987 6543⟧",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Brief influencer: ⟦PERSON|Martina Leone⟧ (@martinaleone_style), manager ⟦PERSON|Davide Fontana⟧ ⟦PHONE_NUMBER|340 556 7788⟧, 3 reel per la nuova linea occhiali.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Storia cliente: quando ⟦PERSON|Angela Marino⟧ ha rilevato la gelateria dei nonni a Lecce, gli ordini erano solo al banco. Oggi consegna in tutta la città.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Annuncio per la Fiat 600e e l'Alfa Romeo Junior nella concessionaria di Bologna, citare Apple CarPlay e la wallbox Enel X.",
        "clean": True,
    },
    {
        "language": "it",
        "kind": M,
        "text": "Scheda prodotto: macchina da caffè De'Longhi Dedica confrontata con la Nespresso Vertuo e la Lavazza A Modo Mio.",
        "clean": True,
    },
    {
        "language": "it",
        "kind": M,
        "text": "Post per la Notte Bianca di Roma: stand Ferrero, Mulino Bianco e San Pellegrino in Piazza Navona, sabato dalle 20.",
        "clean": True,
    },
    {
        "language": "it",
        "kind": M,
        "text": "Piano media: Google Ads per le cuffie Bose QuietComfort, Meta per la Sonos Era 100, budget 60/40.",
        "clean": True,
    },
    # --- es ---
    {
        "language": "es",
        "kind": M,
        "text": "Acorta este testimonio para la web: «El mejor servicio de mudanzas que hemos tenido.» — ⟦PERSON|Lucía⟧, 37, Zaragoza",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Sección equipo: ⟦PERSON|José Manuel Fernández de Córdoba⟧ dirige operaciones, ⟦PERSON|Nadia El Amrani⟧ lleva las alianzas y ⟦PERSON|Pablo Cordero⟧ el diseño.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Pie de newsletter: su persona de contacto es ⟦PERSON|María del Carmen Ruiz⟧, ⟦PHONE_NUMBER|+34 912 345 678⟧, ⟦EMAIL_ADDRESS|mcarmen.ruiz@olivardelsur.es⟧.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Nota de prensa: el Premio Emprendedores 2026 es para ⟦PERSON|Álvaro Méndez⟧ (Valencia); mención especial para ⟦PERSON|Wang Li⟧ (Madrid).",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Ganadores del sorteo: ⟦PERSON|Rocío Navarro⟧ (Sevilla) y ⟦PERSON|Jorge Ortega⟧ (Bilbao). Transferencia del premio a ⟦IBAN_CODE|ES81 0521 9374 0106 9815 3301⟧.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Ponentes de la jornada de retail: Dña. ⟦PERSON|Pilar Soler⟧, ⟦PERSON|Íñigo Urrutia⟧ (Eroski), ⟦PERSON|Alba Prado⟧.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Oferta de empleo, contacto: envía tu CV a Sra. ⟦PERSON|Beatriz Molina⟧, ⟦EMAIL_ADDRESS|empleo@hotelesmarina.es⟧, ⟦PHONE_NUMBER|963 456 789⟧.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Exportación CRM segmento fieles:\n⟦PERSON|García López, Antonio⟧; ⟦EMAIL_ADDRESS|antonio.garcia@telefonica.net⟧; ⟦PHONE_NUMBER|612 345 678⟧\n⟦PERSON|Benítez, Sara⟧; ⟦EMAIL_ADDRESS|sarabenitez@hotmail.es⟧; ⟦PHONE_NUMBER|699 112 233⟧",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Brief influencer: ⟦PERSON|Carla Rey⟧ (@carlarey.fit), representante ⟦PERSON|Diego Salas⟧ ⟦PHONE_NUMBER|655 443 322⟧, 2 reels para las nuevas zapatillas.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Historia de cliente: cuando ⟦PERSON|Esperanza Blanco⟧ heredó la ferretería de su padre en Logroño, no vendía online. Hoy el 35 % de sus pedidos llega por la web.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Anuncio para el SEAT León y el Cupra Born en el concesionario de Málaga, mencionar Apple CarPlay y el cargador de Iberdrola.",
        "clean": True,
    },
    {
        "language": "es",
        "kind": M,
        "text": "Ficha de producto: cafetera Cecotec Power Espresso frente a la Krups Evidence y la Philips LatteGo.",
        "clean": True,
    },
    {
        "language": "es",
        "kind": M,
        "text": "Post para las Fallas de Valencia: puestos de Mahou, Cola Cao y Horchata Daniel en la Plaza del Ayuntamiento, sábado desde las 12.",
        "clean": True,
    },
    {
        "language": "es",
        "kind": M,
        "text": "Plan de medios: Google Ads para los auriculares Sony WH-1000XM5, Meta para la Xiaomi Smart Band, reparto 70/30.",
        "clean": True,
    },
    # --- nl ---
    {
        "language": "nl",
        "kind": M,
        "text": "Kun je deze review inkorten? 'Snelle levering en top service!' — ⟦PERSON|Sanne⟧, 31, Zwolle",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Teampagina: ⟦PERSON|Jan-Willem van der Berg⟧ leidt de verkoop, ⟦PERSON|Fatma Öztürk⟧ doet de partnerships, ⟦PERSON|Daan de Vries⟧ is onze nieuwe ontwerper.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Nieuwsbrief-afsluiter: je contactpersoon is ⟦PERSON|Marieke Jansen⟧, ⟦PHONE_NUMBER|+31 20 794 1234⟧, ⟦EMAIL_ADDRESS|marieke.jansen@tulpenhof-tuinen.nl⟧.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Persbericht: de Ondernemersprijs 2026 gaat naar ⟦PERSON|Bram Bakker⟧ uit Utrecht; eervolle vermelding voor ⟦PERSON|Rachid El Idrissi⟧ uit Tilburg.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Winnaars van de winactie: ⟦PERSON|Ingrid Visser⟧ (Groningen) en ⟦PERSON|Kees Smit⟧ (Breda). Prijsgeld naar ⟦IBAN_CODE|NL55 POLB 4180 2198 89⟧.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Sprekers op het Retail Congres: dr. ⟦PERSON|Esther Mulder⟧, ⟦PERSON|Pieter de Graaf⟧ (Albert Heijn), ⟦PERSON|A.J. Hendriks⟧.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Vacature, contact: stuur je cv naar mevrouw ⟦PERSON|Lotte Dekker⟧, ⟦EMAIL_ADDRESS|werken@polderfiets.nl⟧, ⟦PHONE_NUMBER|010 234 5678⟧.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "CRM-export segment trouwe klanten:\n⟦PERSON|Vermeulen, Joost⟧; ⟦EMAIL_ADDRESS|joost.vermeulen@ziggo.nl⟧; ⟦PHONE_NUMBER|06 12345678⟧\n⟦PERSON|Tran, Minh⟧; ⟦EMAIL_ADDRESS|minh.tran@kpnmail.nl⟧; ⟦PHONE_NUMBER|06 87654321⟧",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Influencerbrief: ⟦PERSON|Noa Koster⟧ (@noakoster), manager ⟦PERSON|Thijs Bos⟧ ⟦PHONE_NUMBER|06 11223344⟧, 3 reels voor de nieuwe fietstas.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Klantverhaal: toen ⟦PERSON|Willem Schipper⟧ de kaaswinkel van zijn vader in Gouda overnam, verkocht hij niets online. Nu komt een derde van de omzet via de webshop.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Advertentie voor de Kia EV6 en de Hyundai Ioniq 5 bij de dealer in Eindhoven, noem Apple CarPlay en de laadpaal van Vattenfall.",
        "clean": True,
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Producttekst: Philips Airfryer XXL vergeleken met de Tefal Easy Fry en de Ninja Foodi, toon luchtig.",
        "clean": True,
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Post voor Koningsdag in Amsterdam: kraampjes van Heineken, Tony's Chocolonely en Stroopwafels op het Museumplein, zaterdag vanaf 10 uur.",
        "clean": True,
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Mediaplan: Google Ads voor Gazelle e-bikes, Meta voor de VanMoof S5, verdeling 60/40.",
        "clean": True,
    },
    # --- pl ---
    {
        "language": "pl",
        "kind": M,
        "text": "Skróć tę opinię na stronę: „Najlepsza szkoła językowa w mieście!” — ⟦PERSON|Kasia⟧, 27, Toruń",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Strona zespołu: ⟦PERSON|Krzysztof Nowak-Jeziorański⟧ kieruje sprzedażą, ⟦PERSON|Olha Shevchenko⟧ odpowiada za partnerstwa, ⟦PERSON|Marta Wilk⟧ prowadzi social media.",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Stopka newslettera: Twoja osoba kontaktowa to ⟦PERSON|Agnieszka Zielińska⟧, tel. ⟦PHONE_NUMBER|+48 22 345 67 89⟧, ⟦EMAIL_ADDRESS|a.zielinska@mazurskiemeble.pl⟧.",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Komunikat prasowy: Nagrodę Rzemiosła 2026 otrzymuje ⟦PERSON|Tomasz Kowalczyk⟧ z Krakowa; wyróżnienie dla ⟦PERSON|Nguyen Thanh Hai⟧ z Warszawy.",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Zwycięzcy konkursu: ⟦PERSON|Barbara Lis⟧ (Gdańsk) i ⟦PERSON|Paweł Król⟧ (Lublin). Przelew nagrody na ⟦IBAN_CODE|PL43 0730 0334 6598 3447 3027 0736⟧.",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Prelegenci konferencji e-commerce: dr hab. ⟦PERSON|Ewa Kamińska⟧, ⟦PERSON|Jakub Sowa⟧ (Allegro), ⟦PERSON|Łukasz Mazur⟧.",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Ogłoszenie o pracę, kontakt: CV prosimy przesyłać do Pani ⟦PERSON|Joanny Dąbrowskiej⟧, ⟦EMAIL_ADDRESS|rekrutacja@wislatransport.pl⟧, ⟦PHONE_NUMBER|12 345 67 89⟧.",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Eksport CRM segment stali klienci:\n⟦PERSON|Wiśniewski Marek⟧; ⟦EMAIL_ADDRESS|marek.wisniewski@wp.pl⟧; ⟦PHONE_NUMBER|601 234 567⟧\n⟦PERSON|Bondarenko Iryna⟧; ⟦EMAIL_ADDRESS|iryna.b@onet.pl⟧; ⟦PHONE_NUMBER|512 987 654⟧",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Brief dla influencerki: ⟦PERSON|Zuzanna Wróbel⟧ (@zuzawrobel), menedżer ⟦PERSON|Michał Kaczmarek⟧ ⟦PHONE_NUMBER|698 765 432⟧, 2 rolki o nowym plecaku.",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Historia klienta: gdy ⟦PERSON|Grzegorz Rybak⟧ przejął piekarnię ojca w Poznaniu, nie miał sklepu internetowego. Dziś 30 % zamówień przychodzi przez aplikację.",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Reklama Toyoty C-HR i Skody Elroq w salonie w Katowicach, wspomnij o Apple CarPlay i ładowarce Orlen Charge.",
        "clean": True,
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Opis produktu: ekspres Krups Arabica porównany z Siemens EQ.6 i De'Longhi Magnifica, ton przyjazny.",
        "clean": True,
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Post na Jarmark Dominikański w Gdańsku: stoiska Wedel, Tymbark i Żywiec na Długim Targu, sobota od 10.",
        "clean": True,
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Plan mediowy: Google Ads dla słuchawek JBL Tune, Meta dla Xiaomi Redmi Note 13, podział 50/50.",
        "clean": True,
    },
]
