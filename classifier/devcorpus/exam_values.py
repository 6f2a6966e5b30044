"""Value pools of the ``exam`` split: names, places, companies, products and formats no other split uses.

Compiled for Custos from general knowledge (CC0). The pools are used whole
and share no entry with ``values.py`` or ``final_values.py``
(``tests/classifier/test_devcorpus.py`` checks it). Phone layouts, address
forms, date spellings, reference-number schemes and password shapes are
chosen afresh as well.
"""

from __future__ import annotations

import random
import string

from classifier.devcorpus.final_values import _ascii
from classifier.devcorpus.values import MONTHS, _d

# (given names female, given names male, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Beatrix",
            "Dervla",
            "Ottilie",
            "Grainne",
            "Millicent",
            "Aoibheann",
            "Rowena",
            "Tamsin",
            "Georgiana",
            "Sorcha",
        ),
        ("Crispin", "Cathal", "Lachlan", "Peregrine", "Cormac", "Torquil", "Ewan", "Fintan", "Jolyon", "Ciaran"),
        (
            "Ashdown",
            "Featherstone",
            "O'Driscoll",
            "Whitlock",
            "MacAskill",
            "Trevelyan",
            "Kinsella",
            "Blackwood",
            "Llewellyn",
            "Montague",
            "Thistlethwaite",
            "Fitzgerald",
        ),
    ),
    "de": (
        (
            "Irmgard",
            "Ortrud",
            "Henrike",
            "Kunigunde",
            "Almut",
            "Lieselotte",
            "Mechthild",
            "Waltraud",
            "Swantje",
            "Adelheid",
        ),
        (
            "Wolfram",
            "Eckhard",
            "Leopold",
            "Gottfried",
            "Reinhold",
            "Meinrad",
            "Arnulf",
            "Siegfried",
            "Hubertus",
            "Malte",
        ),
        (
            "Kreuzberger",
            "Wimmer",
            "Eichhorn",
            "Hinterseer",
            "Rautenberg",
            "Leitgeb",
            "Zwicknagl",
            "Oberholzer",
            "Steinbrecher",
            "Rüegg",
            "Kastner",
            "Mühlhauser",
        ),
    ),
    "fr": (
        (
            "Bérénice",
            "Ségolène",
            "Albane",
            "Héloïse",
            "Victorine",
            "Marjolaine",
            "Edwige",
            "Gwendoline",
            "Noémie",
            "Capucine",
        ),
        ("Briac", "Tanguy", "Honoré", "Achille", "Ghislain", "Thibaut", "Arsène", "Clovis", "Armel", "Lucien"),
        (
            "Kerbrat",
            "Desrosiers",
            "Le Bihan",
            "Beaumarchais",
            "Rousselot",
            "Vandenbussche",
            "Hennequin",
            "Dufresne",
            "Chauvière",
            "Maréchal-Dupuis",
            "Lemaire",
            "Quéméner",
        ),
    ),
    "it": (
        ("Gaia", "Assunta", "Filomena", "Elettra", "Costanza", "Brunella", "Rosaria", "Loredana", "Ornella", "Teodora"),
        ("Gennaro", "Ermanno", "Ruggero", "Fiorenzo", "Amedeo", "Calogero", "Egidio", "Rocco", "Settimio", "Nazzareno"),
        (
            "Scognamiglio",
            "Ferraresi",
            "Capuozzo",
            "Tagliaferri",
            "De Santis",
            "Brambilla",
            "Lo Presti",
            "Marchetti",
            "Quaranta",
            "Sorrentino",
            "Cantarella",
            "Dell'Orto",
        ),
    ),
    "es": (
        (
            "Nekane",
            "Rocío del Mar",
            "Amparo",
            "Garazi",
            "Consuelo",
            "Iratxe",
            "Guadalupe",
            "Nuria",
            "Esperanza",
            "Yolanda",
        ),
        ("Gorka", "Baltasar", "Leandro", "Unai", "Casimiro", "Jacinto", "Iker", "Florencio", "Teodoro", "Evaristo"),
        (
            "Urquijo",
            "Zubizarreta",
            "Benavides",
            "Mendizábal",
            "Cifuentes",
            "Larrañaga",
            "Escobedo",
            "Pizarro Lozano",
            "Valdivia",
            "Olabarría",
            "Santamaría",
            "Figueroa",
        ),
    ),
    "nl": (
        ("Aaltje", "Hiske", "Ineke", "Jikke", "Jozefien", "Rianne", "Tjitske", "Froukje", "Gonnie", "Mirthe"),
        ("Tjeerd", "Gerben", "Lodewijk", "Frits", "Douwe", "Jelmer", "Pieter-Jan", "Arjen", "Klaas", "Tijmen"),
        (
            "Terpstra",
            "van Dijkhuizen",
            "Knijnenburg",
            "Roozendaal",
            "Brinkhorst",
            "op den Kamp",
            "Wijnands",
            "Dekker",
            "Blokland",
            "ten Hove",
            "Veenstra",
            "Nijenhuis",
        ),
    ),
    "pl": (
        (
            "Stanisława",
            "Wiesława",
            "Lucyna",
            "Urszula",
            "Krystyna",
            "Bronisława",
            "Elżbieta",
            "Ewelina",
            "Kinga",
            "Teresa",
        ),
        ("Czesław", "Jacek", "Mirosław", "Zenon", "Kazimierz", "Dariusz", "Sławomir", "Henryk", "Lechosław", "Witold"),
        (
            "Zawadzka",
            "Chmielewski",
            "Jabłońska",
            "Kołodziej",
            "Michalak",
            "Dudek",
            "Przybylska",
            "Adamczyk",
            "Wróblewski",
            "Nowicka",
            "Pietrzak",
            "Czarnecki",
        ),
    ),
}

STREETS: dict[str, tuple[str, ...]] = {
    "en": (
        "Fernbank Avenue",
        "Larkspur Crescent",
        "Rathmines Road",
        "Old Mill Lane",
        "Victoria Embankment",
        "Glebe Street",
    ),
    "de": (
        "Lindenstraße",
        "Am Hopfengarten",
        "Kärntner Ring",
        "Bahnhofplatz",
        "Rosenheimer Straße",
        "Zürichbergstrasse",
    ),
    "fr": (
        "rue des Tanneurs",
        "boulevard des Belges",
        "allée des Peupliers",
        "place du Marché",
        "rue de la Loi",
        "quai des Chartrons",
    ),
    "it": ("Via Etnea", "Via Garibaldi", "Borgo Pinti", "Via dei Serragli", "Lungomare Caracciolo", "Vicolo del Moro"),
    "es": (
        "Calle Alcalá",
        "Avenida de Burgos",
        "Calle San Vicente Mártir",
        "Plaza del Pilar",
        "Calle Uría",
        "Ronda de Triana",
    ),
    "nl": ("Ridderstraat", "Vismarkt", "Dorpsweg", "Stationsplein", "Lange Voorhout", "Meir"),
    "pl": ("ul. Żeromskiego", "ul. Konopnickiej", "pl. Wolności", "ul. Narutowicza", "al. Jana Pawła II", "ul. Lipowa"),
}
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("BS1 4DJ", "Bath"),
        ("EH1 1YZ", "Stirling"),
        ("M1 2HF", "Salford"),
        ("X91 K0EK", "Waterford"),
        ("YO1 7HH", "York"),
        ("R93 V6P2", "Kilkenny"),
    ),
    "de": (
        ("79098", "Freiburg im Breisgau"),
        ("9020", "Klagenfurt"),
        ("99084", "Erfurt"),
        ("8010", "Graz"),
        ("6003", "Luzern"),
        ("24103", "Kiel"),
    ),
    "fr": (
        ("87000", "Limoges"),
        ("57000", "Metz"),
        ("7000", "Mons"),
        ("29200", "Brest"),
        ("37000", "Tours"),
        ("5000", "Namur"),
    ),
    "it": (
        ("38122", "Trento (TN)"),
        ("73100", "Lecce (LE)"),
        ("24121", "Bergamo (BG)"),
        ("34121", "Trieste (TS)"),
        ("06121", "Perugia (PG)"),
        ("09124", "Cagliari (CA)"),
    ),
    "es": (
        ("37001", "Salamanca"),
        ("31001", "Pamplona"),
        ("10003", "Cáceres"),
        ("01001", "Vitoria-Gasteiz"),
        ("39001", "Santander"),
        ("07001", "Palma"),
    ),
    "nl": (
        ("3811 EA", "Amersfoort"),
        ("8911 BK", "Leeuwarden"),
        ("3000", "Leuven"),
        ("6211 CK", "Maastricht"),
        ("7511 JE", "Enschede"),
        ("2311 EZ", "Leiden"),
    ),
    "pl": (
        ("25-001", "Kielce"),
        ("45-001", "Opole"),
        ("65-001", "Zielona Góra"),
        ("33-100", "Tarnów"),
        ("50-001", "Wrocław Krzyki"),
        ("82-300", "Elbląg"),
    ),
}
EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("talktalk.net", "plus.net", "vodafone.ie", "me.com"),
    "de": ("arcor.de", "online.de", "sunrise.ch", "chello.at"),
    "fr": ("numericable.fr", "aliceadsl.fr", "voo.be", "club-internet.fr"),
    "it": ("legalmail.it", "teletu.it", "iol.it", "katamail.com"),
    "es": ("jazztel.es", "orange.es", "vodafone.es", "mundo-r.com"),
    "nl": ("kpnplanet.nl", "chello.nl", "online.nl", "scarlet.be"),
    "pl": ("interia.eu", "buziaczek.pl", "autograf.pl", "int.pl"),
}
COMPANIES = (
    "Alpenglühen Reisen GmbH",
    "Sorbonne Assurances SA",
    "Vesuvio Ricambi S.p.A.",
    "Cantábrico Logística S.A.",
    "Dijkgraaf Verzekeringen N.V.",
    "Mazury Finanse S.A.",
    "Thamesmead Tutors Ltd",
    "Bodensee Kliniken AG",
    "Atelier Rivière SAS",
    "Liffey Claims Services DAC",
)
WORK_DOMAINS = (
    "alpengluehen-reisen.at",
    "sorbonne-assurances.fr",
    "vesuvio-ricambi.it",
    "cantabrico-log.es",
    "dijkgraaf.nl",
    "mazury-finanse.pl",
)

# Look-alikes that are no people (the hard clean cases), all new to this split.
MODELS = (
    "Claude Haiku 3.5",
    "GPT-4.5",
    "o3-mini",
    "Mistral Medium 3",
    "Llama 3.3 70B",
    "Gemini 2.0 Pro",
    "DeepSeek-R1",
    "Phi-4",
    "Command A",
    "Gemma 3 27B",
    "Jamba 1.5",
    "Nemotron 70B",
)
PRODUCTS = (
    "Orion Smart Lock",
    "Juniper Air Purifier",
    "Falcon Trail Backpack",
    "Solstice Heat Pump",
    "Vega Robot Mower",
    "Osprey Stroller",
    "Kodiak Power Bank",
    "Nova Kettle Duo",
    "Tundra Cooler Box",
    "Mistral Standing Desk",
    "Atlas Label Printer",
    "Piccolo Espresso One",
)
TECH = (
    "Rust",
    "Kotlin",
    "Laravel",
    "Ruby on Rails",
    ".NET 8",
    "Nomad",
    "Pulsar",
    "Elasticsearch",
    "Nuxt",
    "Snowflake",
    "Databricks",
    "Argo CD",
)


def email_for(rng: random.Random, first: str, last: str, language: str) -> str:
    local = rng.choice(("{f}{l}", "{fi}.{l}", "{l}_{f}", "{f}.{l}{n}", "{l}{y}", "{f}_{li}"))
    value = local.format(
        f=first.lower().replace(" ", ""),
        l=last.lower().replace(" ", "").replace("'", ""),
        fi=first[0].lower(),
        li=last[0].lower(),
        n=rng.randint(10, 99),
        y=rng.randint(1960, 2004),
    )
    domain = rng.choice(EMAIL_DOMAINS[language] + WORK_DOMAINS)
    return _ascii(value).replace("..", ".").strip(".") + "@" + domain


def phone(rng: random.Random, language: str) -> str:
    """Phone numbers in the country's usual layouts, other ones than the earlier splits."""
    d = lambda n: _d(rng, n)  # noqa: E731
    layouts = {
        "en": (
            lambda: f"07{d(3)} {d(6)}",
            lambda: f"+44 20 {d(4)} {d(4)}",
            lambda: f"(01) {d(3)} {d(4)}",
            lambda: f"+353 87 {d(3)} {d(4)}",
        ),
        "de": (
            lambda: f"0151 / {d(4)} {d(4)}",
            lambda: f"+49 89 {d(3)}{d(2)}-{d(2)}",
            lambda: f"0043 1 {d(3)} {d(2)} {d(2)}",
            lambda: f"044 {d(3)} {d(2)} {d(2)}",
        ),
        "fr": (
            lambda: f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            lambda: f"+33 (0)4 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"0032 2 {d(3)} {d(2)} {d(2)}",
            lambda: f"09{d(8)}",
        ),
        "it": (
            lambda: f"347.{d(3)}.{d(4)}",
            lambda: f"+39 081 {d(3)} {d(4)}",
            lambda: f"0039 3{d(2)} {d(3)} {d(4)}",
            lambda: f"051-{d(6)}",
        ),
        "es": (
            lambda: f"6{d(2)}-{d(2)}-{d(2)}-{d(2)}",
            lambda: f"+34 93 {d(3)} {d(2)} {d(2)}",
            lambda: f"0034 7{d(2)} {d(3)} {d(3)}",
            lambda: f"96 {d(3)} {d(2)} {d(2)}",
        ),
        "nl": (
            lambda: f"06-{d(4)} {d(4)}",
            lambda: f"+31 (0)10 {d(3)} {d(4)}",
            lambda: f"0032 3 {d(3)} {d(2)} {d(2)}",
            lambda: f"050 {d(3)} {d(2)} {d(2)}",
        ),
        "pl": (
            lambda: f"+48 {d(3)}-{d(3)}-{d(3)}",
            lambda: f"0048 22 {d(3)} {d(2)} {d(2)}",
            lambda: f"7{d(2)}{d(3)}{d(3)}",
            lambda: f"(58) {d(3)}-{d(2)}-{d(2)}",
        ),
    }
    return rng.choice(layouts[language])()


def address(rng: random.Random, language: str, split: str = "exam") -> str:
    """A street address in one of the country's written forms."""
    street = rng.choice(STREETS[language])
    postcode, city = rng.choice(CITIES[language])
    n = rng.randint(1, 180)
    if language == "en":
        return rng.choice(
            (
                f"Flat {rng.randint(1, 40)}, {n} {street}, {city} {postcode}",
                f"{n} {street}\n{city} {postcode}",
                f"Apartment {rng.randint(1, 12)}{rng.choice('ABC')}, {street}, {city}, {postcode}",
            )
        )
    if language == "de":
        return rng.choice(
            (
                f"{street} {n}{rng.choice('abc')}, {postcode} {city}",
                f"{street} {n}/{rng.randint(1, 20)}, A-{postcode} {city}"
                if postcode.isdigit() and len(postcode) == 4
                else f"{street} {n}, D-{postcode} {city}",
                f"c/o Hausverwaltung, {street} {n}\n{postcode} {city}",
            )
        )
    if language == "fr":
        return rng.choice(
            (
                f"{n}, {street}, {postcode} {city}",
                f"Résidence Les Lilas, apt {rng.randint(1, 60)}, {n} {street}\n{postcode} {city}",
                f"{street}, {n} boîte {rng.randint(1, 9)}, {postcode} {city}"
                if len(postcode) == 4
                else f"{n} {street}, {postcode} {city} Cedex",
            )
        )
    if language == "it":
        town = city.rsplit(" ", 1)[0]
        province = city.rsplit(" ", 1)[-1].strip("()")
        return rng.choice(
            (
                f"{street} n. {n}, {postcode} {city}",
                f"{street} {n}/{rng.choice('ABC')}\n{postcode} {town} ({province})",
                f"{street}, {n}, scala {rng.choice('ABCD')}, {postcode} {town}",
            )
        )
    if language == "es":
        return rng.choice(
            (
                f"{street} {n}, {rng.randint(1, 9)}º izq., {postcode} {city}",
                f"{street}, {n} - {rng.randint(1, 9)}º {rng.randint(1, 4)}ª\n{postcode} {city}",
                f"{street} nº {n}, portal {rng.randint(1, 3)}, {postcode} {city}",
            )
        )
    if language == "nl":
        return rng.choice(
            (
                f"{street} {n}-{rng.choice(('I', 'II', 'hs'))}, {postcode} {city}",
                f"{street} {n}\n{postcode}  {city}",
                f"{street} {n} {rng.choice('ABC')}, {postcode} {city}",
            )
        )
    return rng.choice(
        (
            f"{street} {n} m. {rng.randint(1, 80)}, {postcode} {city}",
            f"{postcode} {city}, {street} {n}/{rng.randint(1, 60)}",
            f"{street} {n}{rng.choice('abc')}\n{postcode} {city}",
        )
    )


def postcode_city(rng: random.Random, language: str) -> str:
    postcode, city = rng.choice(CITIES[language])
    return f"{postcode} {city}"


def written_date(rng: random.Random, language: str, date: tuple[int, int, int]) -> str:
    """A date as people write it in the language: ISO, numeric with the local separator, or with the month's name."""
    year, month, day = date
    name = MONTHS[language][month - 1]
    shape = rng.randrange(3)
    if shape == 0:
        return f"{year}-{month:02d}-{day:02d}"
    if shape == 1:
        sep = {"en": "/", "de": ".", "fr": "/", "it": "/", "es": "/", "nl": "-", "pl": "."}[language]
        return f"{day:02d}{sep}{month:02d}{sep}{year}"
    if language == "en":
        return rng.choice((f"{day} {name} {year}", f"{name} {day}, {year}"))
    if language == "es":
        return f"{day} de {name} de {year}"
    if language == "de":
        return f"{day}. {name} {year}"
    return f"{day} {name} {year}"


def password(rng: random.Random) -> str:
    """Password shapes of this split: word pairs with digits, pins with letters, random runs."""
    words = ("Kormoran", "girasole", "castaño", "tulpenveld", "wiewiórka", "moonrise", "framboise", "Bergsee")
    shape = rng.randrange(4)
    if shape == 0:
        return rng.choice(words) + rng.choice(".#!") + rng.choice(words).upper() + str(rng.randint(10, 99))
    if shape == 1:
        alphabet = string.ascii_letters + string.digits + "!?$%"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
    if shape == 2:
        return f"{rng.choice(words)}{rng.randint(1960, 2024)}"
    return f"{rng.choice(string.ascii_uppercase)}{_d(rng, 3)}{rng.choice(words).lower()}{rng.choice('*&%')}"


SECRET_MAKERS = {"PASSWORD": password}


def clean_value(rng: random.Random, kind: str, language: str, split: str = "exam") -> str:
    """Numbers and names that look like personal data and are not, in formats of this split."""
    d = lambda n: _d(rng, n)  # noqa: E731
    y = rng.randint(2024, 2027)
    makers = {
        "ORDER_NO": lambda: rng.choice((f"ORD-{y}-{d(7)}", f"W{d(9)}", f"{d(4)}/{d(4)}/{y}")),
        "INVOICE_NO": lambda: rng.choice((f"INV{d(9)}", f"{y}/FA/{d(4)}", f"R-{y}{d(4)}")),
        "CUSTOMER_NO": lambda: rng.choice((f"CLI-{d(6)}", f"{d(10)}", f"KD {d(3)}.{d(3)}")),
        "TICKET_NO": lambda: rng.choice((f"INC{d(7)}", f"SR-{d(6)}", f"T{y}{d(5)}")),
        "CONTRACT_NO": lambda: rng.choice((f"POL-{d(3)}-{d(7)}", f"{d(4)} {d(4)} {d(2)}", f"VN{d(8)}")),
        "BOOKING_REF": lambda: "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(5)) + d(1),
        "TRACKING_NO": lambda: rng.choice((f"00340434{d(12)}", f"CX{d(9)}DE", f"{d(4)} {d(4)} {d(4)}")),
        "SKU": lambda: f"{rng.choice(('EU', 'UK', 'CH'))}-{d(5)}-{rng.choice(('A', 'B', 'C'))}",
        "ROOM": lambda: f"{rng.choice('ABCDE')}{rng.randint(1, 5)}.{rng.randint(1, 30)}",
        "VERSION": lambda: rng.choice(
            (
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 30)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}",
                f"{y}.{rng.randint(1, 12):02d}.{rng.randint(0, 3)}",
            )
        ),
        "UUID": lambda: _uuid(rng),
        "GITHASH": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 10, 40)))),
        "TIMESTAMP": lambda: rng.choice(
            (
                f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{d(3)}",
                f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{d(6)}+02:00",
                str(rng.randint(1_700_000_000_000, 1_790_000_000_000)),
            )
        ),
        "DATE": lambda: written_date(rng, language, (y, rng.randint(1, 12), rng.randint(1, 28))),
        "TIME": lambda: f"{rng.randint(7, 20):02d}:{rng.choice(('00', '15', '45'))}",
        "STAND": lambda: rng.choice(
            (
                f"Hall {rng.choice('ABC')}{rng.randint(1, 6)}, Stand {rng.randint(100, 699)}",
                f"Halle {rng.randint(1, 12)}.{rng.randint(0, 2)}, Stand {rng.choice('ABCD')}{rng.randint(1, 80):02d}",
                f"Stand n° {rng.randint(1, 300)}",
            )
        ),
        "PRICE": lambda: rng.choice(
            (
                f"{rng.randint(5, 900)},{rng.choice(('00', '99'))} €",
                f"€{rng.randint(10, 2000)}",
                f"{rng.randint(19, 499)} zł",
            )
        ),
        "PERCENT": lambda: f"{rng.randint(5, 60)} %",
        "MODEL": lambda: rng.choice(MODELS),
        "PRODUCT": lambda: rng.choice(PRODUCTS),
        "TECH": lambda: rng.choice(TECH),
        "COMPANY": lambda: rng.choice(COMPANIES),
        "POSTCODE_CITY": lambda: postcode_city(rng, language),
        "CITY": lambda: rng.choice(CITIES[language])[1],
        "NUMBER": lambda: str(rng.randint(2, 5000)),
        "PORT": lambda: str(rng.choice((3306, 5672, 8080, 9200, 6443, 15672, 9093))),
        "IP_INTERNAL": lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    }
    return makers[kind]()


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
