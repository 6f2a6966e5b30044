"""Round 12 (health12): hand-written development texts for health and genetic data in seven languages.

Written blind for this round (before the classifier was run on them) by the health12 engineer: sick-leave mails,
occupational-health and welfare notes, disability and benefit paperwork (German GdB and Merkzeichen, French RQTH and
MDPH, Spanish grado de discapacidad, Italian legge 104, Polish orzeczenie, Dutch WIA), medical aids and devices
(nebuliser, CPAP, hearing aid, wheelchair, insulin pump), treatments (dialysis, physiotherapy, chemotherapy), label and
value forms, and genetic tests, variants and carrier status; invented people and settings. About a third are clean
look-alikes that must stay at most INTERNAL: work restrictions that name no condition, a pet's injury, product and
catalogue copy about medical aids, benefit rules in general, lab and research business text. Spans use the corpus
markup ``⟦TYPE|value⟧`` (``classifier.devcorpus.generate.parse_markup``). Not copied or paraphrased from any corpus
split.
"""

TEXTS = [
    # --- English -----------------------------------------------------------------------------------------------
    {
        "language": "en",
        "kind": "hr",
        "text": "Return-to-work plan for ⟦PERSON|Dominic Farrow⟧: he now uses a ⟦HEALTH_DATA|CPAP machine⟧ at night for ⟦HEALTH_DATA|sleep apnoea⟧, so no early starts before 8am for the first month.",
    },
    {
        "language": "en",
        "kind": "chat",
        "text": "hey, can someone cover my Thursday shift? I've got ⟦HEALTH_DATA|dialysis⟧ moved to Thursday mornings from next week. cheers, ⟦PERSON|Priya⟧",
    },
    {
        "language": "en",
        "kind": "form",
        "text": "Employee: ⟦PERSON|Hannah Okafor⟧\nMedical condition: ⟦HEALTH_DATA|coeliac disease⟧\nAdjustments: gluten-free option at team lunches",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Note for payroll: ⟦PERSON|Ruth Adler⟧ will be off every third Wednesday for ⟦HEALTH_DATA|chemotherapy⟧ until June; please code those days as medical appointments.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "My son ⟦PERSON|Alfie⟧ uses a ⟦HEALTH_DATA|nebuliser⟧ twice a day, can we bring it into the soft play area or does it need to stay at reception?",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Marcus Bell⟧ tested positive for the ⟦GENETIC_DATA|BRCA2 mutation⟧ and is considering preventive surgery next year; he asked that only HR knows.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Accident report: ⟦PERSON|Leon Strachan⟧ ⟦HEALTH_DATA|fractured his ankle⟧ on the loading bay ramp and will need ⟦HEALTH_DATA|physiotherapy sessions⟧ twice a week.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Workplace restriction for the packing line: no lifting over 10 kg and no ladder work until further notice. Supervisors to rotate tasks accordingly.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Our dog Biscuit tore a ligament in his back leg chasing the ball; the vet says crate rest for six weeks, so I'll be working from home on Mondays.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "New in the shop: lightweight folding wheelchairs, travel CPAP machines and rechargeable hearing aids, all with free next-day delivery.",
    },
    # --- German ------------------------------------------------------------------------------------------------
    {
        "language": "de",
        "kind": "hr",
        "text": "Frau ⟦PERSON|Sabine Kettler⟧ hat einen ⟦HEALTH_DATA|GdB von 60⟧ und das ⟦HEALTH_DATA|Merkzeichen G⟧; bitte den Zusatzurlaub nach SGB IX im Urlaubskonto hinterlegen.",
    },
    {
        "language": "de",
        "kind": "form",
        "text": "Name: ⟦PERSON|Jürgen Pohlmann⟧\nSchwerbehinderung: ⟦HEALTH_DATA|GdB 50, Merkzeichen aG⟧\nDiagnose: ⟦HEALTH_DATA|Multiple Sklerose⟧",
    },
    {
        "language": "de",
        "kind": "chat",
        "text": "Hi Team, ich bin die nächsten drei Wochen in der ⟦HEALTH_DATA|Reha⟧ nach meiner ⟦HEALTH_DATA|Hüft-OP⟧, Vertretung macht ⟦PERSON|Katrin⟧. LG ⟦PERSON|Uwe⟧",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Betriebsärztliche Stellungnahme: Herr ⟦PERSON|Demir⟧ trägt seit Kurzem ein ⟦HEALTH_DATA|Hörgerät⟧ und soll in der Lackiererei einen Gehörschutz mit Kommunikationsfunktion bekommen.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "⟦PERSON|Mareike Vogt⟧ ist ⟦GENETIC_DATA|Anlageträgerin für Mukoviszidose⟧, wie ein Gentest in der Schwangerschaft ergab.",
    },
    {
        "language": "de",
        "kind": "chat",
        "text": "Ich schaffe es heute nicht, ich hab ⟦HEALTH_DATA|Dialyse⟧ und danach bin ich immer völlig platt. Gruß ⟦PERSON|Helmut⟧",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Herr ⟦PERSON|Ansgar Wolff⟧ sitzt seit dem Unfall im ⟦HEALTH_DATA|Rollstuhl⟧; der Umbau des Büros im Erdgeschoss ist beauftragt.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Arbeitsplatzbeschränkung Lager: keine Nachtschicht, keine Tätigkeiten auf Leitern bis auf Weiteres. Die Schichtleitung plant entsprechend.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Unsere Katze hat sich beim Sprung vom Schrank das Bein gebrochen, deshalb bin ich morgen erst ab 11 Uhr im Büro.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Schwerbehindertenausweis beantragen: Unser Ratgeber erklärt, wie der GdB festgestellt wird und welche Merkzeichen es gibt.",
    },
    # --- French ------------------------------------------------------------------------------------------------
    {
        "language": "fr",
        "kind": "hr",
        "text": "Mme ⟦PERSON|Élodie Marchand⟧ nous a transmis sa ⟦HEALTH_DATA|RQTH⟧, valable jusqu'en 2029 ; le poste sera aménagé avec un siège ergonomique.",
    },
    {
        "language": "fr",
        "kind": "form",
        "text": "Nom : ⟦PERSON|Karim Belkacem⟧\nMotif de l'arrêt : ⟦HEALTH_DATA|lombalgie aiguë⟧\nDurée : 10 jours",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "Coucou, je ne serai pas là jeudi, j'ai une séance de ⟦HEALTH_DATA|kiné⟧ pour mon ⟦HEALTH_DATA|entorse⟧ au genou. Bises, ⟦PERSON|Manon⟧",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Visite de reprise : M. ⟦PERSON|Gilles Perrot⟧ est ⟦HEALTH_DATA|appareillé des deux oreilles⟧ et doit éviter les zones de bruit supérieur à 85 dB.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Nadia Ferhat⟧ est ⟦GENETIC_DATA|porteuse saine de la drépanocytose⟧ ; elle souhaite que cette information reste dans son dossier médical.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Ma fille ⟦PERSON|Inès⟧ est sous ⟦HEALTH_DATA|pompe à insuline⟧ : peut-elle garder son téléphone pendant l'examen pour surveiller sa glycémie ?",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Restriction médicale pour l'atelier : pas de port de charges lourdes ni de travail en hauteur jusqu'à nouvel ordre. Merci aux chefs d'équipe d'adapter le planning.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Notre chien s'est fait une entorse à la patte en courant au parc ; le vétérinaire a prescrit du repos, je travaillerai donc à distance demain.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Vous êtes une entreprise de plus de 20 salariés ? Découvrez comment l'AGEFIPH accompagne le recrutement de travailleurs handicapés.",
    },
    # --- Italian -----------------------------------------------------------------------------------------------
    {
        "language": "it",
        "kind": "hr",
        "text": "Il dipendente ⟦PERSON|Fabio Ranieri⟧ usufruisce dei permessi della ⟦HEALTH_DATA|legge 104⟧ per assistere la madre, che ha l'⟦HEALTH_DATA|Alzheimer⟧.",
    },
    {
        "language": "it",
        "kind": "form",
        "text": "Nome: ⟦PERSON|Chiara Lombardi⟧\nPatologia: ⟦HEALTH_DATA|artrite reumatoide⟧\nInvalidità civile: ⟦HEALTH_DATA|67%⟧",
    },
    {
        "language": "it",
        "kind": "chat",
        "text": "Ragazzi domani non ci sono, faccio la ⟦HEALTH_DATA|chemio⟧ e poi sto a casa un paio di giorni. ⟦PERSON|Giulia⟧",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "Nota del medico competente: la signora ⟦PERSON|Teresa Gallo⟧ soffre di ⟦HEALTH_DATA|ernia del disco⟧ e non deve sollevare pesi oltre i 5 kg.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "⟦PERSON|Davide Conti⟧ è ⟦GENETIC_DATA|portatore sano di talassemia⟧, risultato emerso dal test genetico prematrimoniale.",
    },
    {
        "language": "it",
        "kind": "support",
        "text": "Buongiorno, mio padre ⟦PERSON|Renzo⟧ usa l'⟦HEALTH_DATA|ossigeno⟧ a casa: possiamo avere una camera al piano terra vicino all'ascensore?",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "Limitazioni operative per il magazzino: niente turni notturni e nessun lavoro in quota fino a nuova comunicazione.",
    },
    {
        "language": "it",
        "kind": "support",
        "text": "Il mio gatto si è rotto una zampa cadendo dal balcone, quindi domani lavoro da casa per portarlo dal veterinario.",
    },
    {
        "language": "it",
        "kind": "marketing",
        "text": "Permessi legge 104: la nostra guida spiega chi può richiederli e come presentare la domanda all'INPS.",
    },
    # --- Spanish -----------------------------------------------------------------------------------------------
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Rocío Peña⟧ tiene reconocido un ⟦HEALTH_DATA|grado de discapacidad del 45 %⟧, por lo que le corresponde la plaza de aparcamiento reservada.",
    },
    {
        "language": "es",
        "kind": "form",
        "text": "Trabajador: ⟦PERSON|Iván Castro⟧\nDiagnóstico: ⟦HEALTH_DATA|tendinitis del hombro⟧\nTratamiento: ⟦HEALTH_DATA|fisioterapia⟧ tres días por semana",
    },
    {
        "language": "es",
        "kind": "chat",
        "text": "Chicos, mañana llego tarde, tengo ⟦HEALTH_DATA|hemodiálisis⟧ a primera hora. ⟦PERSON|Paco⟧",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "La compañera ⟦PERSON|Lorena Vidal⟧ lleva ⟦HEALTH_DATA|audífonos⟧ desde el año pasado; en las reuniones conviene que se hable de frente.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "El estudio genético de ⟦PERSON|Sergio Molina⟧ confirma que es ⟦GENETIC_DATA|portador de una mutación en el gen CFTR⟧.",
    },
    {
        "language": "es",
        "kind": "support",
        "text": "Mi madre ⟦PERSON|Amparo⟧ va en ⟦HEALTH_DATA|silla de ruedas⟧ desde el ⟦HEALTH_DATA|ictus⟧, ¿la sala del evento tiene rampa?",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "Restricciones en el almacén: nada de turnos de noche ni carga manual de más de 15 kg hasta nuevo aviso.",
    },
    {
        "language": "es",
        "kind": "support",
        "text": "Mi perro se lesionó la pata trasera en el parque y el veterinario le ha mandado reposo, así que mañana teletrabajo.",
    },
    {
        "language": "es",
        "kind": "marketing",
        "text": "Ofertas de la semana en ortopedia: sillas de ruedas plegables, andadores y audífonos recargables con envío gratis.",
    },
    # --- Dutch -------------------------------------------------------------------------------------------------
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Sanne de Wit⟧ zit sinds maart in de ⟦HEALTH_DATA|WIA⟧ en werkt nu 12 uur per week op aangepaste taken.",
    },
    {
        "language": "nl",
        "kind": "form",
        "text": "Naam: ⟦PERSON|Ruud Verhoeven⟧\nReden verzuim: ⟦HEALTH_DATA|hernia⟧\nVerwachte duur: 6 weken",
    },
    {
        "language": "nl",
        "kind": "chat",
        "text": "Ben er vandaag niet, heb ⟦HEALTH_DATA|fysio⟧ voor mijn ⟦HEALTH_DATA|schouderblessure⟧ en daarna nog een scan. Groet, ⟦PERSON|Joost⟧",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Volgens de bedrijfsarts heeft ⟦PERSON|Fenna Bakker⟧ ⟦HEALTH_DATA|reuma⟧ en moet ze regelmatig pauzes kunnen nemen.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Pieter Mulder⟧ is ⟦GENETIC_DATA|drager van het BRCA1-gen⟧; dat bleek uit erfelijkheidsonderzoek bij het AMC.",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "Mijn vader ⟦PERSON|Henk⟧ heeft een ⟦HEALTH_DATA|rolstoel⟧ en een ⟦HEALTH_DATA|zuurstofapparaat⟧ nodig tijdens het verblijf, kan dat?",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Werkbeperking magazijn: tot nader order geen nachtdiensten en niet tillen boven de 10 kilo. Teamleiders passen het rooster aan.",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "Onze hond heeft zijn poot gebroken bij het spelen, dus ik werk morgen thuis om met hem naar de dierenarts te gaan.",
    },
    {
        "language": "nl",
        "kind": "marketing",
        "text": "Nieuw in ons assortiment: rollators, lichtgewicht rolstoelen en oplaadbare hoortoestellen, gratis bezorgd.",
    },
    # --- Polish ------------------------------------------------------------------------------------------------
    {
        "language": "pl",
        "kind": "hr",
        "text": "Pani ⟦PERSON|Agnieszka Wróbel⟧ ma ⟦HEALTH_DATA|umiarkowany stopień niepełnosprawności⟧, więc przysługuje jej dodatkowy urlop.",
    },
    {
        "language": "pl",
        "kind": "form",
        "text": "Imię i nazwisko: ⟦PERSON|Tomasz Zieliński⟧\nRozpoznanie: ⟦HEALTH_DATA|stwardnienie rozsiane⟧\nZwolnienie lekarskie do: 30.04",
    },
    {
        "language": "pl",
        "kind": "chat",
        "text": "Hej, jutro mnie nie będzie, mam ⟦HEALTH_DATA|chemię⟧ i potem zwykle leżę dwa dni. ⟦PERSON|Kasia⟧",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Pan ⟦PERSON|Marek Kowal⟧ choruje na ⟦HEALTH_DATA|stwardnienie rozsiane⟧ i porusza się na ⟦HEALTH_DATA|wózku inwalidzkim⟧.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "⟦PERSON|Ewa Nowicka⟧ jest ⟦GENETIC_DATA|nosicielką mutacji BRCA1⟧, co wykazało badanie genetyczne zlecone przez onkologa.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Mój syn ⟦PERSON|Kuba⟧ nosi ⟦HEALTH_DATA|aparat słuchowy⟧, czy może siedzieć w pierwszym rzędzie na zajęciach?",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Przeciwwskazania na magazynie: do odwołania brak pracy na wysokości i dźwigania powyżej 15 kg. Kierownicy zmian dostosują grafik.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Mój pies złamał łapę na spacerze, więc jutro pracuję z domu, bo jedziemy do weterynarza.",
    },
    {
        "language": "pl",
        "kind": "marketing",
        "text": "Promocja w sklepie medycznym: wózki inwalidzkie, koncentratory tlenu i aparaty słuchowe z darmową dostawą.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Przypominamy, że orzeczenie o stopniu niepełnosprawności należy dostarczyć do działu kadr, aby naliczyć dodatkowy urlop.",
    },
    # --- more clean look-alikes: labs, research, general policy -------------------------------------------------
    {
        "language": "en",
        "kind": "business",
        "text": "The genetics lab will move its BRCA testing service to the new building in May; turnaround times stay at ten working days.",
    },
    {
        "language": "de",
        "kind": "business",
        "text": "Die Dialysepraxis am Markt sucht ab sofort eine Pflegefachkraft in Teilzeit, Bewerbungen bitte an die Praxisleitung.",
    },
    {
        "language": "it",
        "kind": "business",
        "text": "Il reparto di fisioterapia resterà chiuso per lavori dal 3 al 14 agosto; le sedute saranno spostate all'ambulatorio di via Verdi.",
    },
]
