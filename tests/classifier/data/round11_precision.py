# ruff: noqa: RUF001  (hand-written text keeps its typographic dashes and quotes)
"""Round 11 development texts for precision on clean text and names (precision), written blind by hand.

Two halves: PII-free business copy full of capitalised look-alikes (brands, products, places, venues, events,
teams, dishes, wines, job titles, headings, form labels, line-initial words), German and French first; and
marketing copy that names real-looking people (testimonial signatures, staff portraits, "by X", first names with
a context). Invented people, invented contact data. Markup as in the corpus (``⟦TYPE|value⟧``, parsed with
``classifier.devcorpus.generate.parse_markup``).
"""

from typing import Any

M = "marketing"
H = "hr"
OPS = "ops"

TEXTS: list[dict[str, Any]] = [
    # --- de, clean ---
    {
        "language": "de",
        "kind": M,
        "text": "Weinkarte Herbst 2026\nRiesling Kabinett Wehlener Sonnenuhr, Mosel – 7,50 €\nGrauburgunder Kaiserstuhl trocken – 6,90 €\nSpätburgunder Ahr, Weingut im Tal – 8,20 €\nDazu empfehlen wir Flammkuchen Elsässer Art.",
    },
    {
        "language": "de",
        "kind": H,
        "text": "Stellenanzeige\nWir suchen ab sofort eine Teamleitung Buchhaltung (m/w/d) für unseren Standort Bielefeld.\nIhre Aufgaben: Monatsabschluss, Betreuung der Kreditoren, Zusammenarbeit mit Controlling und Einkauf.\nIhr Profil: Bilanzbuchhalter IHK oder vergleichbare Ausbildung.",
    },
    {
        "language": "de",
        "kind": OPS,
        "text": "Formular Reisekostenabrechnung\nName:\nAbteilung:\nKostenstelle:\nReiseziel:\nBeginn der Reise:\nUnterschrift Vorgesetzte/r:\nBitte bis zum Monatsende bei der Personalabteilung einreichen.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Unser Sommerfest findet dieses Jahr im Biergarten am Seehaus im Englischen Garten statt. Es spielt die Band Blechschaden, danach gibt es Weißwurst, Brezn und Obatzda. Anmeldung über das Intranet bis Freitag.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Produktneuheiten im Frühjahr: der Akkuschrauber Kraftwerk Pro 18, die Gartenschere Grünschnitt Plus und der Rasenmäher Wiesenkönig 42. Alle Modelle sind ab März im Fachhandel und im Onlineshop erhältlich.",
    },
    {
        "language": "de",
        "kind": H,
        "text": "Organigramm Vertrieb\nGeschäftsführung\nVertriebsleitung Nord\nVertriebsleitung Süd\nKey Account Management\nInnendienst\nDie Stellen der Gebietsleiter werden zum 1. Juli neu zugeschnitten.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Bundesliga-Abend in der Kantine: Borussia Dortmund gegen Werder Bremen auf der Großleinwand, Anpfiff 20:30 Uhr. Freigetränke gibt es von Paulaner, Snacks vom Caterer Brotzeit & Co.",
    },
    {
        "language": "de",
        "kind": OPS,
        "text": "Protokoll der Abteilungsrunde\nTOP 1 Budgetplanung: Freigabe durch Finanzen steht aus.\nTOP 2 Umzug nach Haus Lindenhof: Termin bleibt Ende Mai.\nTOP 3 Verschiedenes: Die Kaffeemaschine im dritten Stock wird getauscht.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Messekalender: Anuga in Köln, Ambiente in Frankfurt, Internorga in Hamburg und die Grüne Woche in Berlin. Für jede Messe brauchen wir bis Juni ein Standkonzept und einen Ansprechpartner aus dem Marketing.",
    },
    {
        "language": "de",
        "kind": H,
        "text": "Richtlinie Homeoffice\nGeltungsbereich: alle Beschäftigten der Zentrale.\nAnspruch: bis zu drei Tage pro Woche nach Absprache mit der Führungskraft.\nAusstattung: Laptop, Headset und Monitor stellt die IT.",
    },
    # --- de, names ---
    {
        "language": "de",
        "kind": M,
        "text": "Kundenstimme für die Website: „Der Umbau unserer Küche lief reibungslos, wir würden jederzeit wieder buchen.“\n– ⟦PERSON|Sabine Krämer⟧, Münster",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Team-Porträt für den Newsletter: ⟦PERSON|Jonas Hartmann⟧ leitet seit 2019 unsere Werkstatt in Kassel. Wenn er nicht an Fahrrädern schraubt, ist er mit seinem Hund in der Rhön unterwegs.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Neu im Blog: „Fünf Tipps für den Balkongarten“ von ⟦PERSON|Lena Vogt⟧. Fragen zum Artikel bitte an ⟦EMAIL_ADDRESS|l.vogt@gruenzeug-magazin.de⟧.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Gewinnerin unseres Adventsgewinnspiels ist ⟦PERSON|Ute⟧ aus Rostock – herzlichen Glückwunsch! Der Gutschein geht diese Woche per Post raus.",
    },
    # --- fr, clean ---
    {
        "language": "fr",
        "kind": M,
        "text": "Carte du midi\nEntrée : velouté de potimarron\nPlat : blanquette de veau à l'ancienne ou gratin dauphinois\nDessert : tarte Tatin, crème Chantilly\nVins : Côtes du Rhône Villages, Chablis Premier Cru, Saint-Émilion Grand Cru",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "Offre d'emploi – Responsable Paie (H/F)\nRattaché(e) au Directeur Administratif et Financier, vous pilotez la paie de 350 salariés.\nProfil : Bac+3 en gestion des ressources humaines, maîtrise de Sage et d'Excel.\nPoste basé à Villeurbanne.",
    },
    {
        "language": "fr",
        "kind": OPS,
        "text": "Formulaire d'inscription\nNom :\nPrénom :\nSociété :\nFonction :\nAdresse e-mail :\nMerci de retourner ce formulaire avant le 15 mars au service Événements.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Le Salon de l'Agriculture ouvre ses portes Porte de Versailles. Retrouvez notre stand dans le Hall 4, à côté de l'espace Régions de France, avec dégustation de Comté, de Roquefort et de cidre de Normandie.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Séminaire annuel à l'Hôtel Mercure Annecy Centre : accueil au Salon Mont-Blanc, déjeuner au restaurant Le Belvédère, puis croisière sur le lac. Navette depuis la gare Part-Dieu à 8 h.",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "Organisation de la Direction Commerciale\nDirectrice Commerciale France\nResponsable Grands Comptes\nChargée de Clientèle Senior\nAssistante Administration des Ventes\nLes fiches de poste seront mises à jour en septembre.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Partenariat 2026 : nous sponsorisons le Stade Rochelais et l'Olympique Lyonnais Féminin. Le logo figurera sur les maillots et sur les panneaux du stade Marcel-Deflandre.",
    },
    {
        "language": "fr",
        "kind": OPS,
        "text": "Compte rendu du comité de pilotage\nPoint 1 – Migration vers Salesforce : recette terminée.\nPoint 2 – Déménagement à la Tour Europe : prévu en juin.\nPoint 3 – Questions diverses : la Fête de la Musique sera célébrée au restaurant d'entreprise.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Nouvelle gamme printemps : le parfum Fleur de Grasse, la bougie Jardin d'Hiver et le savon Douceur Provençale. Disponibles dès avril chez Sephora, Nocibé et Marionnaud.",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "Charte du télétravail\nBénéficiaires : tous les collaborateurs en CDI après la période d'essai.\nRythme : deux jours par semaine, validés par le Manager.\nÉquipement : ordinateur portable et écran fournis par la DSI.",
    },
    # --- fr, names ---
    {
        "language": "fr",
        "kind": M,
        "text": "Avis client pour la page d'accueil : « Livraison rapide et service après-vente au top, je recommande ! »\n⟦PERSON|Nathalie Girard⟧, Nantes",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Portrait du mois : ⟦PERSON|Karim Benali⟧, chef pâtissier de notre boutique de Lille, prépare chaque matin plus de 400 viennoiseries. Son secret ? Du beurre AOP Charentes-Poitou.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "À lire sur notre blog : « Réussir son potager en ville », par ⟦PERSON|Claire Dubois⟧, paysagiste. Pour toute question : ⟦EMAIL_ADDRESS|claire.dubois@jardins-urbains.fr⟧.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Merci à ⟦PERSON|Amélie⟧ de Bordeaux pour sa photo du mois ! Envoyez-nous les vôtres avec le hashtag de la marque.",
    },
    # --- en, clean ---
    {
        "language": "en",
        "kind": M,
        "text": "Spring menu\nStarters: Caesar Salad, Scotch Egg, Welsh Rarebit\nMains: Beef Wellington, Shepherd's Pie, Eggs Benedict\nWines: Malbec Mendoza, Sauvignon Blanc Marlborough, Pinot Grigio delle Venezie",
    },
    {
        "language": "en",
        "kind": H,
        "text": "Job title: Head of Customer Success\nReports to: Chief Operating Officer\nLocation: Manchester (hybrid)\nWe are looking for someone to lead our Account Managers and Support Leads across EMEA.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Our stand at Web Summit Lisbon is next to Hall Two. On Thursday we host a breakfast at Time Out Market, then the Champions League final screening at the Irish pub on Rua Nova do Carvalho.",
    },
    {
        "language": "en",
        "kind": OPS,
        "text": "Visitor sign-in sheet\nFull name:\nCompany:\nHost:\nTime in:\nTime out:\nPlease wear your badge at all times while in the building.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Product line-up for Q3: Aurora Desk Lamp, Nimbus Air Purifier, Atlas Standing Desk and the Willow ergonomic chair. Launch event at the Design Museum, Kensington, with tastings from Brewdog.",
    },
    # --- en, names ---
    {
        "language": "en",
        "kind": M,
        "text": 'Case study quote: "Switching to the new scheduling tool saved our clinic twelve hours a week."\n— ⟦PERSON|Megan Thorpe⟧, Practice Manager, Harrogate',
    },
    {
        "language": "en",
        "kind": M,
        "text": "New on the blog: How to brief a freelance designer, by ⟦PERSON|Daniel Okafor⟧. ⟦PERSON|Daniel⟧ has run our studio since 2021.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Staff pick of the month: ⟦PERSON|Ellie⟧ from our Norwich shop recommends the oak-smoked cheddar with a glass of port.",
    },
    # --- es, clean ---
    {
        "language": "es",
        "kind": M,
        "text": "Carta de vinos\nRibera del Duero Crianza – 24 €\nAlbariño Rías Baixas – 21 €\nRioja Reserva Marqués de Cáceres – 29 €\nPara compartir: jamón ibérico, pimientos de Padrón y croquetas caseras.",
    },
    {
        "language": "es",
        "kind": H,
        "text": "Oferta de empleo: Jefe de Almacén (h/m)\nDependerá del Director de Operaciones y coordinará a los Responsables de Turno.\nUbicación: Polígono Industrial de Getafe.\nSe valorará experiencia con SAP.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Este año patrocinamos la Vuelta a España y el Mobile World Congress de Barcelona. El evento de clientes será en el Palacio de Cibeles, con cóctel en la terraza y actuación del grupo Flamenco Sur.",
    },
    # --- es, names ---
    {
        "language": "es",
        "kind": M,
        "text": "Testimonio para el folleto: «El curso me ayudó a encontrar trabajo en tres meses.»\n⟦PERSON|Lucía Fernández Ortega⟧, Valencia",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Conoce a nuestro equipo: ⟦PERSON|Javier Molina⟧ es el responsable de nuestra tienda de Zaragoza desde 2018 y experto en bicicletas de montaña.",
    },
    # --- it, clean ---
    {
        "language": "it",
        "kind": M,
        "text": "Menù degustazione\nAntipasto: vitello tonnato\nPrimo: risotto alla Milanese\nSecondo: ossobuco con gremolata\nVini: Barolo DOCG, Franciacorta Brut, Vermentino di Gallura",
    },
    {
        "language": "it",
        "kind": H,
        "text": "Posizione aperta: Responsabile Amministrativo\nRiporta al Direttore Generale e coordina l'Ufficio Contabilità.\nSede di lavoro: Bergamo.\nRequisiti: laurea in Economia, esperienza in Zucchetti.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Saremo presenti al Salone del Mobile di Milano e a Vinitaly a Verona. Cena aziendale alla Trattoria del Ponte, con degustazione di Amarone della Valpolicella e Parmigiano Reggiano.",
    },
    # --- it, names ---
    {
        "language": "it",
        "kind": M,
        "text": "Dicono di noi: «Personale gentilissimo e camere pulite, torneremo sicuramente.»\n– ⟦PERSON|Giulia Marchetti⟧, Torino",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Nuovo articolo sul blog: «Come scegliere la bici da città», di ⟦PERSON|Matteo Ferraro⟧. Per domande: ⟦EMAIL_ADDRESS|matteo.ferraro@ciclofficina-verde.it⟧.",
    },
    # --- nl, clean ---
    {
        "language": "nl",
        "kind": M,
        "text": "Lunchkaart\nUitsmijter Ham Kaas\nKroket van de Slager\nTosti Hawaii\nErwtensoep met Roggebrood\nBier van de tap: Brand Pilsener, La Chouffe, Hertog Jan Weizener",
    },
    {
        "language": "nl",
        "kind": H,
        "text": "Vacature: Teamleider Klantenservice\nJe rapporteert aan de Manager Operations en stuurt twaalf medewerkers aan.\nStandplaats: Utrecht.\nWij bieden: dertiende maand, NS Business Card en een goed pensioen.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Bedrijfsuitje op vrijdag: rondvaart door de Amsterdamse grachten, borrel in Café de Jaren en daarna de wedstrijd Ajax tegen Feyenoord in de Johan Cruijff ArenA.",
    },
    # --- nl, names ---
    {
        "language": "nl",
        "kind": M,
        "text": "Klantverhaal voor de website: “Eindelijk een boekhoudpakket dat ik zelf snap.”\n– ⟦PERSON|Marloes de Wit⟧, eigenaar van een bloemenzaak in Zwolle",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "Even voorstellen: ⟦PERSON|Sanne Bakker⟧ is onze nieuwe vestigingsmanager in Eindhoven. Je bereikt haar op ⟦PHONE_NUMBER|040 123 4567⟧.",
    },
    # --- pl, clean ---
    {
        "language": "pl",
        "kind": M,
        "text": "Menu lunchowe\nŻurek po staropolsku\nPierogi ruskie\nKotlet schabowy z ziemniakami\nSernik krakowski\nDo picia: Żywiec, Tyskie, kompot domowy",
    },
    {
        "language": "pl",
        "kind": H,
        "text": "Ogłoszenie o pracę: Kierownik Działu Kadr\nPodlega bezpośrednio Dyrektorowi Finansowemu.\nMiejsce pracy: Poznań.\nWymagania: znajomość programu Płatnik i prawa pracy.",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Wyjazd integracyjny do Zakopanego: kolacja w Karczmie Góralskiej, kulig na Gubałówce i mecz Legia Warszawa – Lech Poznań na dużym ekranie.",
    },
    # --- pl, names ---
    {
        "language": "pl",
        "kind": M,
        "text": "Opinia klienta na stronę: „Szybka dostawa i świetny kontakt z obsługą.”\n– ⟦PERSON|Agnieszka Wróbel⟧, Gdańsk",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "Poznajcie nasz zespół: ⟦PERSON|Tomasz Kaczmarek⟧ od pięciu lat prowadzi nasz sklep w Łodzi i doradza klientom przy wyborze rowerów.",
    },
    # --- more de/fr clean (line starts, headings, labels) ---
    {
        "language": "de",
        "kind": M,
        "text": "Pressemitteilung\nHamburg, 3. März 2026\nNeue Filiale in der Europa Passage eröffnet\nMit Kaffeebar, Leseecke und Reparaturservice setzt die Buchhandlung Seitenwind auf Aufenthaltsqualität.",
    },
    {
        "language": "de",
        "kind": OPS,
        "text": "Checkliste Onboarding\nZugang Active Directory beantragen\nLaptop bei der IT abholen\nSicherheitsunterweisung durch die Fachkraft für Arbeitssicherheit\nEinführung durch den Betriebsrat\nRundgang mit der Teamassistenz",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Communiqué de presse\nLyon, le 12 mai 2026\nOuverture d'une nouvelle boutique rue de la République\nLa marque Savonnerie du Rhône mise sur le vrac et les produits locaux.",
    },
    {
        "language": "fr",
        "kind": OPS,
        "text": "Procédure d'accueil\nRemise du badge par l'Accueil\nOuverture des accès par la DSI\nVisite médicale planifiée par les Ressources Humaines\nPrésentation au Comité Social et Économique",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Ein Genuss: Unser Küchenchef empfiehlt Zander auf Rahmsauerkraut, dazu einen Silvaner vom Würzburger Stein. Zum Nachtisch Kaiserschmarrn mit Apfelmus.",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "Notre Chef vous propose ce soir un filet de Saint-Pierre, beurre blanc, puis un Paris-Brest maison. Accord mets-vins : Sancerre blanc ou Pouilly-Fumé.",
    },
    {
        "language": "de",
        "kind": H,
        "text": "Zeugnisvorlage für Auszubildende\nAusbildungsberuf: Kaufmann/Kauffrau für Büromanagement\nAusbildungsbetrieb: Stadtwerke Heidelberg\nBeurteilung: Leistung, Verhalten, Lernbereitschaft\nUnterschrift Ausbildungsleitung",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "Entretien annuel d'évaluation – trame\nObjectifs de l'année écoulée\nCompétences clés\nSouhaits de mobilité\nBesoins de formation\nSignature du Responsable hiérarchique et du Collaborateur",
    },
]
