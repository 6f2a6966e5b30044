"""Hand-written Dutch texts of the ``fresh9`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

_RAW: list[tuple[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    (
        "support",
        "Vat samen voor de meldkamer: zittend vervoer ⟦PERSON|Geertruida Hoogendijk⟧, ⟦STREET_ADDRESS|Biltstraat 201, 3572 AS Utrecht⟧, "
        "naar het UMC voor ⟦HEALTH_DATA|bestraling⟧, rolstoel mee.",
    ),
    (
        "support",
        "Speler vraagt waarom zijn account geblokkeerd is na een terugboeking, ticket NL-20417. Schrijf een kort antwoord.",
    ),
    (
        "support",
        'Vertaal naar het Engels: "Mijn Pulso meet geen slaap meer sinds de update, hartslag wel. Versie 4.2.1."',
    ),
    (
        "support",
        "Hypotheekachterstand dossier 81-3390: ⟦PERSON|Bart Verschuren⟧, incasso van ⟦IBAN_CODE|NL11 IMBO 7268 0028 78⟧ gestorneerd, "
        "BSN ⟦NL_BSN|229304187⟧. Stel een betalingsregeling voor.",
    ),
    ("support", 'Classificeer: "Goedemiddag, kan ik de kat Mos nog adopteren? Advertentie 3310."'),
    (
        "support",
        "Thuiszorgplanning: mevrouw ⟦PERSON|Aaltje Brinkhorst⟧ heeft ⟦HEALTH_DATA|COPD⟧, zuurstof, ochtendzorg om 8:00. Zoon: ⟦PHONE_NUMBER|06 28 47 91 30⟧.",
    ),
    (
        "support",
        "Ingezonden brief inkorten: ⟦PERSON|Henk Stoutjesdijk⟧, ⟦POLITICAL_OPINION|PVV-stemmer⟧, over het azc in Nieuwegein.",
    ),
    ("support", "Antwoord aan gast: de excursie in Bergen is geannuleerd door het weer, restitutie volgt automatisch."),
    # -- hr --------------------------------------------------------------------------------------------------------
    (
        "hr",
        "Haal de velden eruit als JSON: ⟦PERSON|Joost van Wijngaarden⟧, BSN ⟦NL_BSN|376123655⟧, geboren ⟦DATE_OF_BIRTH|11-06-1991⟧, fietskoerier 24 u.",
    ),
    (
        "hr",
        "Ziekmelding ⟦PERSON|Femke Damsteegt⟧, wijkverpleegkundige, ⟦HEALTH_DATA|hernia⟧, verwacht 3 weken. Bedrijfsarts inschakelen.",
    ),
    (
        "hr",
        "Notulen OR: aanwezig ⟦PERSON|Ruud Kerkhoven⟧ (⟦TRADE_UNION_MEMBERSHIP|FNV-kaderlid⟧), ⟦PERSON|Ilse Bakhuis⟧. Agendapunt: ORT-toeslag.",
    ),
    ("hr", "Schrijf een vacature: planner thuiszorg, 32 uur, CAO VVT, regio Utrecht."),
    ("hr", "Verlofaanvraag ⟦PERSON|Esther Cohen-Blom⟧ voor ⟦RELIGIOUS_BELIEF|Jom Kipoer⟧. Akkoord sturen."),
    (
        "hr",
        "Vraag salarisadministratie: waarom staat de reiskostenvergoeding dubbel op de strook? Personeelsnummer 5520.",
    ),
    (
        "hr",
        "Re-integratie ⟦PERSON|Mohamed Bouzid⟧ na ⟦HEALTH_DATA|depressie⟧: start met 2 x 4 uur, geen nachtdiensten.",
    ),
    (
        "hr",
        "VOG-check voor vrijwilliger dierenasiel: ⟦PERSON|Kees Wolters⟧, eerder ⟦CRIMINAL_RECORD|veroordeeld voor dierenmishandeling⟧. Afwijzing opstellen.",
    ),
    # -- marketing ---------------------------------------------------------------------------------------------------
    ("marketing", "Drie kopjes voor onze cruise naar Noorwegen vanuit IJmuiden, 7 nachten."),
    ("marketing", "Post: open dag dierenasiel Amersfoort, zaterdag 11-15 uur, koffie en taart."),
    (
        "marketing",
        "Tekst voor de website van de dagkliniek: wij bieden behandeling bij angst- en stemmingsklachten, op verwijzing van de huisarts.",
    ),
    (
        "marketing",
        'Review inkorten: "Door Pulso ontdekte ik mijn ⟦HEALTH_DATA|slaapapneu⟧" — ⟦PERSON|Wilma Oudejans⟧, Zwolle.',
    ),
    ("marketing", "Slogan voor fietskoeriercoöperatie Trapkracht, Utrecht."),
    ("marketing", "Vertaal: Wedding photography in the Algarve, packages from 2.400 euro."),
    ("marketing", "Nieuwsbrief veteranenvereniging: Veteranendag 28 juni, bussen vanuit Ede."),
    (
        "marketing",
        "Portret voor de krant: ⟦PERSON|Sanne Veldhuis⟧, ⟦SEX_LIFE_ORIENTATION|lesbisch⟧, organiseert de eerste Pride in haar dorp.",
    ),
    # -- docs --------------------------------------------------------------------------------------------------------
    (
        "docs",
        "Een vertaalgeheugen slaat zinsparen op. Bij een nieuwe opdracht zoekt de tool naar exacte en fuzzy matches; "
        "segmenten met verouderde terminologie worden gemarkeerd voor controle.",
    ),
]

TEXTS: list[dict[str, str]] = [{"kind": kind, "text": text} for kind, text in _RAW]
