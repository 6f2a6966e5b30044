# ruff: noqa: RUF001  (hand-written text keeps its typographic dashes and quotes)
"""Round 12 development texts for precision on names and clean text (precision12), written blind by hand.

Written before looking at any corpus failure of this round, in our own settings and wording. Two halves: texts
that name people in shapes the engine tends to miss (double-barrelled and hyphenated surnames; Irish, African,
Turkish and rare French given names and surnames; signatures of the form '— Name, Job title, Town'; people
addressed through a Polish job title in the dative beside a real name), and PII-free look-alikes that must stay at
most INTERNAL: depot, yard, plant and site names, tariff and wage-agreement names, job titles with their office or
department, community and group names, German, Italian and Spanish HR and marketing copy. Invented people and
invented contact data. Markup as in the corpus (``⟦TYPE|value⟧``, parsed with
``classifier.devcorpus.generate.parse_markup``).
"""

from typing import Any

M = "marketing"
H = "hr"
OPS = "ops"

TEXTS: list[dict[str, Any]] = [
    # --- names: hyphenated and double-barrelled surnames ---
    {
        "language": "en",
        "kind": H,
        "text": "Welcome aboard! ⟦PERSON|Harriet Fforde-Walsingham⟧ joins the payroll team on Monday and will sit next to ⟦PERSON|Tobias Mercer⟧ on the second floor.",
    },
    {
        "language": "en",
        "kind": OPS,
        "text": "The van was signed out by ⟦PERSON|Callum Ashby-Pryce⟧ at 06:40 and returned with a cracked mirror; please ask him to fill in the damage form.",
    },
    {
        "language": "de",
        "kind": H,
        "text": "Ab dem 1. März übernimmt ⟦PERSON|Frauke Oltmanns-Brügge⟧ die Vertretung in der Lohnbuchhaltung. Rückfragen bitte an sie oder an ⟦PERSON|Henning Dierks⟧.",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "Nous accueillons ⟦PERSON|Jean-Baptiste Ndiaye-Fall⟧ au service logistique de Nantes ; il sera encadré par ⟦PERSON|Maëlys Guérineau⟧ pendant sa période d'essai.",
    },
    {
        "language": "es",
        "kind": H,
        "text": "La nómina de marzo de ⟦PERSON|Ana Belén Carrasco-Ibarrola⟧ salió con un error en las horas extra; lo revisa ⟦PERSON|Iñaki Goikoetxea⟧ esta tarde.",
    },
    {
        "language": "it",
        "kind": H,
        "text": "Il contratto di ⟦PERSON|Ludovica Sanseverino-Orsini⟧ scade a giugno: ⟦PERSON|Gianmarco Pellizzari⟧ prepara la proposta di rinnovo.",
    },
    {
        "language": "nl",
        "kind": H,
        "text": "Vanaf volgende week werkt ⟦PERSON|Femke van Dijk-Oosterhuis⟧ drie dagen vanuit het kantoor in Zwolle, samen met ⟦PERSON|Sjoerd Hoekstra⟧.",
    },
    {
        "language": "pl",
        "kind": H,
        "text": "Od poniedziałku ⟦PERSON|Agnieszka Wróblewska-Kaczmarek⟧ przejmuje rozliczenia delegacji po ⟦PERSON|Tomaszu Zielińskim⟧.",
    },
    # --- names: Irish ---
    {
        "language": "en",
        "kind": H,
        "text": "Holiday cover for the Galway office: ⟦PERSON|Siobhán Ní Bhriain⟧ is off until the 14th, so ⟦PERSON|Pádraig Ó Súilleabháin⟧ will approve timesheets.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Meet the team: ⟦PERSON|Caoimhe Mac Giolla Phádraig⟧ has run our Cork showroom for six years and still answers every review herself.",
    },
    {
        "language": "en",
        "kind": OPS,
        "text": "Shift swap approved: ⟦PERSON|Oisín Breathnach⟧ takes the Saturday late, ⟦PERSON|Aoife Keohane⟧ the Sunday early.",
    },
    {
        "language": "de",
        "kind": H,
        "text": "Unser neuer Kollege ⟦PERSON|Ciarán Mhic Aoidh⟧ kommt aus Dublin und verstärkt ab April das Support-Team in Leipzig.",
    },
    # --- names: African ---
    {
        "language": "en",
        "kind": H,
        "text": "Interview panel for Thursday: ⟦PERSON|Chiamaka Okonkwo⟧ (chair), ⟦PERSON|Kwabena Asante⟧ and ⟦PERSON|Thandiwe Dlamini⟧.",
    },
    {
        "language": "en",
        "kind": OPS,
        "text": "Courier booked for the Nairobi samples; contact on site is ⟦PERSON|Wanjiru Kamau⟧, ⟦PHONE_NUMBER|+254 712 345 678⟧.",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "La formation sécurité sera animée par ⟦PERSON|Moussa Traoré⟧ et ⟦PERSON|Awa Diabaté⟧ le jeudi 12 dans la salle du rez-de-chaussée.",
    },
    {
        "language": "fr",
        "kind": OPS,
        "text": "Relance envoyée à ⟦PERSON|Kouassi N'Guessan⟧ pour la facture du transitaire ; copie à ⟦EMAIL_ADDRESS|k.nguessan@transit-abidjan.ci⟧.",
    },
    {
        "language": "nl",
        "kind": H,
        "text": "De stage van ⟦PERSON|Oluwaseun Adebayo-Cole⟧ loopt tot eind juni; ⟦PERSON|Nnamdi Eze⟧ is zijn begeleider.",
    },
    {
        "language": "de",
        "kind": OPS,
        "text": "Die Lieferung für Kumasi nimmt ⟦PERSON|Yaw Boateng⟧ entgegen, die Zollpapiere hat ⟦PERSON|Abena Mensah⟧ schon geschickt.",
    },
    # --- names: Turkish ---
    {
        "language": "de",
        "kind": H,
        "text": "Krankheitsvertretung im Lager: ⟦PERSON|Gökhan Yıldırım⟧ übernimmt die Frühschicht, ⟦PERSON|Büşra Kaya⟧ die Inventur am Samstag.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Im Kundenporträt erzählt ⟦PERSON|Emine Çelikkaya⟧, wie sie ihre Schneiderei in Duisburg-Marxloh digitalisiert hat.",
    },
    {
        "language": "en",
        "kind": H,
        "text": "Please add ⟦PERSON|Mert Özdemir⟧ and ⟦PERSON|Elif Şahin⟧ to the fire-warden rota for the Istanbul office.",
    },
    {
        "language": "nl",
        "kind": OPS,
        "text": "Sleutel van bus 14 ligt bij ⟦PERSON|Cengiz Aydoğan⟧; hij rijdt morgen de route Rotterdam-Zuid.",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "⟦PERSON|Hatice Karataş⟧ rejoint l'équipe comptable de Strasbourg ; merci de lui créer un accès au logiciel de paie.",
    },
    # --- names: rare French given names and Breton surnames ---
    {
        "language": "fr",
        "kind": M,
        "text": "Portrait du mois : ⟦PERSON|Gwenaëlle Le Goff⟧, fromagère à Quimper, nous parle de ses tommes au lait cru.",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "Le pot de départ d'⟦PERSON|Enguerrand de Kerhervé⟧ aura lieu vendredi à 17 h ; ⟦PERSON|Solenn Quéméner⟧ collecte pour le cadeau.",
    },
    {
        "language": "fr",
        "kind": OPS,
        "text": "Astreinte du week-end : ⟦PERSON|Tugdual Le Bihan⟧ samedi, ⟦PERSON|Anaïs Kerjean⟧ dimanche.",
    },
    {
        "language": "en",
        "kind": M,
        "text": "Our Lyon partner ⟦PERSON|Ysaline Bourgoin⟧ hosts the tasting evening on the 9th.",
    },
    # --- names: '— Name, Job title, Town' signatures ---
    {
        "language": "en",
        "kind": M,
        "text": "“Setup took an afternoon and the rota has never been cleaner.”\n— ⟦PERSON|Declan Fitzmaurice⟧, Operations Lead, Limerick",
    },
    {
        "language": "en",
        "kind": M,
        "text": "“Our drivers finally stopped phoning the office for their routes.”\n— ⟦PERSON|Adaeze Nwosu⟧, Fleet Manager, Manchester",
    },
    {
        "language": "de",
        "kind": M,
        "text": "„Seit der Umstellung sparen wir jede Woche zwei Stunden bei der Dienstplanung.“\n— ⟦PERSON|Wiebke Harms⟧, Pflegedienstleitung, Oldenburg",
    },
    {
        "language": "fr",
        "kind": M,
        "text": "« L'outil a simplifié nos inventaires du tout au tout. »\n— ⟦PERSON|Rozenn Le Bras⟧, Responsable d'entrepôt, Lorient",
    },
    {
        "language": "it",
        "kind": M,
        "text": "«Finalmente un gestionale che capiscono anche i nostri stagionali.»\n— ⟦PERSON|Ottavio Brambilla⟧, Direttore di sala, Bergamo",
    },
    {
        "language": "es",
        "kind": M,
        "text": "«Ahora cerramos la caja en diez minutos.»\n— ⟦PERSON|Maite Urquiza⟧, Encargada de tienda, Pamplona",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "“Eindelijk zien de planners en de chauffeurs hetzelfde scherm.”\n— ⟦PERSON|Joost Verbruggen⟧, Hoofd planning, Tilburg",
    },
    {
        "language": "pl",
        "kind": M,
        "text": "„Wdrożenie zajęło tydzień, a magazyn wreszcie wie, co ma na półkach.”\n— ⟦PERSON|Bożena Kwiatkowska⟧, Kierowniczka magazynu, Łódź",
    },
    # --- names: Polish dative job titles beside the real name ---
    {
        "language": "pl",
        "kind": H,
        "text": "Dziękujemy Panu Dyrektorowi Handlowemu, ⟦PERSON|Jackowi Malinowskiemu⟧, za przygotowanie planu sprzedaży na trzeci kwartał.",
    },
    {
        "language": "pl",
        "kind": H,
        "text": "Wniosek urlopowy przekazano Kierownikowi Zmiany, panu ⟦PERSON|Grzegorzowi Dudzie⟧, do akceptacji.",
    },
    {
        "language": "pl",
        "kind": OPS,
        "text": "Raport z inwentaryzacji wysłano Pani Prezes ⟦PERSON|Magdalenie Sobczak⟧ oraz Głównej Księgowej.",
    },
    # --- names in mixed shapes ---
    {
        "language": "it",
        "kind": H,
        "text": "Per le ferie di agosto coordinano ⟦PERSON|Chukwuemeka Obi⟧ e ⟦PERSON|Serena Dell'Acqua-Ferri⟧; le richieste vanno inviate entro il 30 giugno.",
    },
    {
        "language": "es",
        "kind": OPS,
        "text": "El pedido de Lagos lo firma ⟦PERSON|Folake Adeyemi⟧; la mercancía sale del puerto con ⟦PERSON|Xabier Etxeberria-Lasa⟧ como responsable.",
    },
    {
        "language": "en",
        "kind": OPS,
        "text": "Keys for the Leith yard were handed to ⟦PERSON|Ruairí Mac Lochlainn⟧ and ⟦PERSON|Zeynep Arslan⟧ at the start of the night shift.",
    },
    {
        "language": "de",
        "kind": H,
        "text": "Zur Betriebsversammlung sprechen ⟦PERSON|Marie-Theres Hollweg-Strasser⟧ vom Betriebsrat und ⟦PERSON|Ngozi Achebe⟧ aus dem Personalwesen.",
    },
    {
        "language": "nl",
        "kind": M,
        "text": "In onze nieuwsbrief: hoe ⟦PERSON|Gráinne Ní Mhaoláin⟧ de vestiging in Eindhoven opbouwde.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Intervista: ⟦PERSON|Kaan Yılmaz⟧, sommelier a Torino, racconta la sua carta dei vini.",
    },
    # --- clean look-alikes: depots, yards, plants, sites ---
    {
        "language": "en",
        "kind": OPS,
        "text": "Trailers for the weekend go to Kingsbury Yard; overflow parks at Hams Hall Depot. Daventry Hub closes at 22:00 on Sundays.",
    },
    {
        "language": "de",
        "kind": OPS,
        "text": "Umlagerung: Paletten von Werk Zuffenhausen nach Lager Bietigheim, Leergut zurück an Depot Kornwestheim. Abholung Dienstag ab 6 Uhr.",
    },
    {
        "language": "it",
        "kind": OPS,
        "text": "Il ritiro dei resi si sposta dal Deposito Lambrate al Magazzino Pioltello. Lo Stabilimento Melfi resta chiuso per la manutenzione estiva.",
    },
    {
        "language": "es",
        "kind": OPS,
        "text": "Las devoluciones se recogen en el Almacén Coslada; la Nave Getafe recibe el material de obra y la Planta Martorell envía los motores.",
    },
    {
        "language": "pl",
        "kind": OPS,
        "text": "Towar z Magazynu Stryków jedzie do Zakładu Mielec, a puste palety wracają do Bazy Gliwice.",
    },
    {
        "language": "nl",
        "kind": OPS,
        "text": "Vanaf maandag laden we op Depot Waalhaven; Overslag Moerdijk blijft het reserveterrein en Vestiging Venlo neemt de koelwagens.",
    },
    {
        "language": "fr",
        "kind": OPS,
        "text": "Les colis du week-end partent de la plateforme Saint-Quentin-Fallavier ; l'Entrepôt Chanteloup reçoit les retours et le Site Gennevilliers ferme à 20 h.",
    },
    # --- clean look-alikes: tariff and wage agreements ---
    {
        "language": "de",
        "kind": H,
        "text": "Die Eingruppierung erfolgt nach Entgeltgruppe 9 TVöD; für den Standort Kassel gilt weiter der Manteltarifvertrag Metall und Elektro Hessen.",
    },
    {
        "language": "it",
        "kind": H,
        "text": "Il rapporto è regolato dal CCNL Commercio Terziario Confcommercio, livello quarto; per i cantieri si applica il CCNL Edilizia Industria.",
    },
    {
        "language": "es",
        "kind": H,
        "text": "Las tablas salariales siguen el Convenio Colectivo de Hostelería de Cantabria; el personal de cocina se encuadra en el Grupo Profesional III.",
    },
    {
        "language": "nl",
        "kind": H,
        "text": "Salarissen volgen de Cao Metalektro en voor het magazijn de Cao Beroepsgoederenvervoer; de indexering gaat in per 1 juli.",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "Le salaire relève de la Convention Collective Syntec, coefficient 275 ; les primes d'astreinte suivent l'Accord d'Entreprise de 2024.",
    },
    # --- clean look-alikes: job titles with office or department ---
    {
        "language": "en",
        "kind": H,
        "text": "Vacancy: Head of Procurement, Leeds Office. Reports to the Director of Operations, Northern Region. Closing date 30 April.",
    },
    {
        "language": "de",
        "kind": H,
        "text": "Stellenausschreibung: Leitung Controlling Standort Ulm (m/w/d), berichtet an die Kaufmännische Geschäftsführung. Bewerbungen über das Karriereportal.",
    },
    {
        "language": "it",
        "kind": H,
        "text": "Cerchiamo un Responsabile Ufficio Acquisti per la sede di Brescia, a riporto della Direzione Amministrativa. Inviare il curriculum tramite il portale.",
    },
    {
        "language": "es",
        "kind": H,
        "text": "Oferta: Jefa de Recursos Humanos para la Delegación Levante, con dependencia de la Dirección General. Incorporación en septiembre.",
    },
    {
        "language": "pl",
        "kind": H,
        "text": "Ogłoszenie: Kierownik Działu Kadr w Oddziale Poznań, podlega Dyrektorowi Operacyjnemu. Oferty przez formularz na stronie.",
    },
    # --- clean look-alikes: community and group names, other capitalised runs ---
    {
        "language": "en",
        "kind": M,
        "text": "This year's volunteering day supports the Somali Community Association and the Polish Saturday School in Ealing.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Spendenaktion im Dezember: Wir unterstützen den Türkischen Elternverein Gelsenkirchen und die Tafel Bochum-Wattenscheid.",
    },
    {
        "language": "it",
        "kind": M,
        "text": "Grazie alla Comunità Senegalese di Brescia e alla Pro Loco Valtrompia per l'aiuto alla Festa d'Estate aziendale.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "La jornada solidaria de este año colabora con la Asociación Cultural Rumana de Castellón y el Banco de Alimentos de Valencia.",
    },
    {
        "language": "de",
        "kind": M,
        "text": "Neu im Sortiment: Hausmarke Landliebe Gold, Bergbauern Heumilch und die Grillsoße Feuerteufel. Aktionspreise gelten bis Sonntag.",
    },
    {
        "language": "it",
        "kind": H,
        "text": "Benvenuti nel Gruppo! Il percorso di inserimento prevede una giornata in Sede Centrale, la visita allo Stabilimento Nord e il corso Sicurezza Base.",
    },
    {
        "language": "es",
        "kind": M,
        "text": "Vuelve la Semana Verde: descuentos en la Línea Esencial, catas en la Bodega Central y talleres en el Espacio Joven de cada tienda.",
    },
    {
        "language": "fr",
        "kind": H,
        "text": "Le Comité Social et Économique organise la Journée Bien-Être le 14 ; inscription auprès du Service Qualité de Vie au Travail.",
    },
]
