"""Value pools per language: names, places, address grammars, phone formats, e-mail domains.

Compiled for Custos from general knowledge (CC0). Every pool is split by
position: even entries belong to the ``dev`` split, odd ones to ``holdout``,
so the two splits share no name, street or city.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

LANGUAGES = ("en", "de", "fr", "it", "es", "nl", "pl")


def split_pool(pool: Sequence[T], split: str, *, offset: int = 0) -> list[T]:
    """Even positions for ``dev``, odd for ``holdout`` (swapped when ``offset`` is odd): the splits never share an entry.

    Phrase lists are per language, so their split alternates with the language
    (``offset``): a block kind that has one template per language still
    reaches both splits, in different languages.
    """
    return list(pool[(0 if split == "dev" else 1) ^ (offset % 2) :: 2])


# (given names female, given names male, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Emma",
            "Siobhan",
            "Olivia",
            "Aoife",
            "Charlotte",
            "Niamh",
            "Grace",
            "Ciara",
            "Hannah",
            "Megan",
            "Lucy",
            "Orla",
        ),
        (
            "James",
            "Cian",
            "Oliver",
            "Padraig",
            "Harry",
            "Declan",
            "George",
            "Eoin",
            "Thomas",
            "Rory",
            "William",
            "Callum",
        ),
        (
            "Thompson",
            "O'Sullivan",
            "Walsh",
            "Hughes",
            "Murphy",
            "Clarke",
            "Byrne",
            "Fletcher",
            "Kelly",
            "Whitfield",
            "Doyle",
            "Ashworth",
            "McCarthy",
            "Pritchard",
        ),
    ),
    "de": (
        (
            "Anna",
            "Katharina",
            "Lena",
            "Ursula",
            "Sabine",
            "Johanna",
            "Birgit",
            "Franziska",
            "Leonie",
            "Theresa",
            "Heike",
            "Annika",
        ),
        (
            "Lukas",
            "Jürgen",
            "Maximilian",
            "Wolfgang",
            "Felix",
            "Matthias",
            "Tobias",
            "Dieter",
            "Florian",
            "Stefan",
            "Moritz",
            "Reinhard",
        ),
        (
            "Müller",
            "Schneider",
            "Fischer",
            "Weber",
            "Wagner",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Bauer",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Zimmermann",
        ),
    ),
    "fr": (
        (
            "Camille",
            "Manon",
            "Chloé",
            "Élodie",
            "Léa",
            "Margaux",
            "Inès",
            "Sandrine",
            "Juliette",
            "Nathalie",
            "Pauline",
            "Océane",
        ),
        (
            "Julien",
            "Mathieu",
            "Antoine",
            "Thibault",
            "Nicolas",
            "Guillaume",
            "Hugo",
            "Sébastien",
            "Louis",
            "Baptiste",
            "Étienne",
            "Yannick",
        ),
        (
            "Martin",
            "Bernard",
            "Dubois",
            "Lefèvre",
            "Moreau",
            "Laurent",
            "Girard",
            "Fournier",
            "Mercier",
            "Rousseau",
            "Blanchard",
            "Garnier",
            "Chevalier",
            "Faure",
        ),
    ),
    "it": (
        (
            "Giulia",
            "Francesca",
            "Chiara",
            "Alessandra",
            "Sara",
            "Valentina",
            "Martina",
            "Elisa",
            "Federica",
            "Silvia",
            "Ilaria",
            "Beatrice",
        ),
        (
            "Marco",
            "Alessandro",
            "Luca",
            "Giuseppe",
            "Matteo",
            "Davide",
            "Lorenzo",
            "Stefano",
            "Andrea",
            "Riccardo",
            "Simone",
            "Gianluca",
        ),
        (
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
        ),
    ),
    "es": (
        ("Lucía", "María", "Carmen", "Paula", "Elena", "Nerea", "Laura", "Ainhoa", "Marta", "Rocío", "Sofía", "Itziar"),
        (
            "Javier",
            "Alejandro",
            "Pablo",
            "Iñaki",
            "Sergio",
            "Álvaro",
            "Diego",
            "Jorge",
            "Adrián",
            "Rubén",
            "Mikel",
            "Gonzalo",
        ),
        (
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Etxeberria",
            "Jiménez",
            "Ruiz",
            "Navarro",
            "Moreno",
        ),
    ),
    "nl": (
        ("Sanne", "Femke", "Lotte", "Anouk", "Eline", "Marieke", "Fleur", "Ilse", "Noor", "Annelies", "Lieke", "Roos"),
        ("Daan", "Joost", "Bram", "Sjoerd", "Thijs", "Maarten", "Ruben", "Pieter", "Jeroen", "Wouter", "Stijn", "Koen"),
        (
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "van Dijk",
            "Bos",
            "Vermeulen",
            "Kuipers",
        ),
    ),
    "pl": (
        (
            "Anna",
            "Katarzyna",
            "Małgorzata",
            "Agnieszka",
            "Magdalena",
            "Joanna",
            "Zofia",
            "Ewa",
            "Aleksandra",
            "Dorota",
            "Monika",
            "Justyna",
        ),
        (
            "Piotr",
            "Krzysztof",
            "Tomasz",
            "Paweł",
            "Michał",
            "Grzegorz",
            "Łukasz",
            "Marcin",
            "Jakub",
            "Wojciech",
            "Kamil",
            "Bartosz",
        ),
        (
            "Nowak",
            "Kowalski",
            "Wiśniewski",
            "Wójcik",
            "Kowalczyk",
            "Kamiński",
            "Lewandowski",
            "Zieliński",
            "Szymański",
            "Woźniak",
            "Dąbrowski",
            "Kozłowski",
            "Jankowski",
            "Mazur",
        ),
    ),
}

# Street names (without number) and (postcode, city) per language; the address grammar is in ``address``.
STREETS: dict[str, tuple[str, ...]] = {
    "en": (
        "Baker Street",
        "Harcourt Road",
        "Church Lane",
        "Victoria Avenue",
        "Station Road",
        "Grafton Street",
        "Mill Lane",
        "Kingsway",
        "Park Crescent",
        "Merrion Square",
    ),
    "de": (
        "Hauptstraße",
        "Lindenweg",
        "Bahnhofstraße",
        "Goethestraße",
        "Am Markt",
        "Schillerplatz",
        "Mariahilfer Straße",
        "Bahnhofstrasse",
        "Kirchgasse",
        "Rosenheimer Str.",
    ),
    "fr": (
        "rue de la République",
        "avenue Victor Hugo",
        "boulevard Voltaire",
        "rue des Lilas",
        "place Bellecour",
        "rue du Faubourg Saint-Antoine",
        "chemin des Vignes",
        "allée des Tilleuls",
        "rue Nationale",
        "quai de la Loire",
    ),
    "it": (
        "Via Cavour",
        "Corso Vittorio Emanuele II",
        "Piazza Garibaldi",
        "Via Roma",
        "Viale dei Mille",
        "Via Giuseppe Verdi",
        "Largo Augusto",
        "Via della Spiga",
        "Via Nazionale",
        "Corso Buenos Aires",
    ),
    "es": (
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle de Alcalá",
        "Paseo de Gracia",
        "Calle Real",
        "Avenida Diagonal",
        "Calle San Vicente",
        "Gran Vía",
        "Plaza de España",
        "Calle Larios",
    ),
    "nl": (
        "Keizersgracht",
        "Stationsweg",
        "Kerkstraat",
        "Dorpsstraat",
        "Oudegracht",
        "Laan van Meerdervoort",
        "Molenweg",
        "Prinsengracht",
        "Schoolstraat",
        "Vondellaan",
    ),
    "pl": (
        "Marszałkowska",
        "Długa",
        "Jerozolimskie",
        "Piotrkowska",
        "Floriańska",
        "Mickiewicza",
        "Słowackiego",
        "Grunwaldzka",
        "Kościuszki",
        "Świętokrzyska",
    ),
}

CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("NW1 6XE", "London"),
        ("D02 HW77", "Dublin 2"),
        ("M1 4BT", "Manchester"),
        ("T12 X70A", "Cork"),
        ("EH1 1YZ", "Edinburgh"),
        ("BS1 5TR", "Bristol"),
        ("H91 E2K3", "Galway"),
        ("LS1 3AB", "Leeds"),
    ),
    "de": (
        ("10115", "Berlin"),
        ("1060", "Wien"),
        ("80331", "München"),
        ("8001", "Zürich"),
        ("50667", "Köln"),
        ("5020", "Salzburg"),
        ("20095", "Hamburg"),
        ("3011", "Bern"),
        ("04109", "Leipzig"),
        ("70173", "Stuttgart"),
    ),
    "fr": (
        ("69002", "Lyon"),
        ("75016", "Paris"),
        ("13001", "Marseille"),
        ("1000", "Bruxelles"),
        ("31000", "Toulouse"),
        ("44000", "Nantes"),
        ("67000", "Strasbourg"),
        ("33000", "Bordeaux"),
    ),
    "it": (
        ("50132", "Firenze (FI)"),
        ("10125", "Torino (TO)"),
        ("80142", "Napoli (NA)"),
        ("20121", "Milano (MI)"),
        ("00184", "Roma (RM)"),
        ("40126", "Bologna (BO)"),
        ("90133", "Palermo (PA)"),
        ("30121", "Venezia (VE)"),
    ),
    "es": (
        ("48011", "Bilbao"),
        ("41001", "Sevilla"),
        ("28009", "Madrid"),
        ("08008", "Barcelona"),
        ("46002", "Valencia"),
        ("29015", "Málaga"),
        ("50001", "Zaragoza"),
        ("20004", "Donostia"),
    ),
    "nl": (
        ("1015 CJ", "Amsterdam"),
        ("2515 BM", "Den Haag"),
        ("3511 AB", "Utrecht"),
        ("9711 LM", "Groningen"),
        ("3011 HE", "Rotterdam"),
        ("5611 AZ", "Eindhoven"),
        ("2000", "Antwerpen"),
        ("6811 KH", "Arnhem"),
    ),
    "pl": (
        ("00-514", "Warszawa"),
        ("80-831", "Gdańsk"),
        ("90-001", "Łódź"),
        ("31-019", "Kraków"),
        ("50-077", "Wrocław"),
        ("61-701", "Poznań"),
        ("20-001", "Lublin"),
        ("70-001", "Szczecin"),
    ),
}

EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("gmail.com", "outlook.com", "eircom.net", "btinternet.com", "yahoo.co.uk", "icloud.com"),
    "de": ("web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de"),
    "fr": ("orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "skynet.be"),
    "it": ("libero.it", "virgilio.it", "tiscali.it", "alice.it", "fastwebnet.it", "tim.it"),
    "es": ("telefonica.net", "hotmail.es", "yahoo.es", "movistar.es", "euskaltel.net", "ono.com"),
    "nl": ("ziggo.nl", "kpnmail.nl", "xs4all.nl", "hetnet.nl", "telenet.be", "planet.nl"),
    "pl": ("wp.pl", "onet.pl", "o2.pl", "interia.pl", "gazeta.pl", "op.pl"),
}

WORK_DOMAINS = (
    "northwind-logistics.eu",
    "helio-energy.com",
    "brightpath.io",
    "alpenkraft.de",
    "vitalis-care.fr",
    "lumeo.it",
    "costaverde.es",
    "dijkstra-bouw.nl",
    "polmeks.pl",
    "fernhill.ie",
)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("'", "").replace(" ", ".")


def email_for(rng: random.Random, first: str, last: str, language: str) -> str:
    local = rng.choice(("{f}.{l}", "{f}{l}", "{fi}.{l}", "{l}.{f}", "{f}_{l}{n}", "{f}{n}"))
    value = local.format(f=first.lower(), l=last.lower().replace(" ", ""), fi=first[0].lower(), n=rng.randint(1, 99))
    domain = rng.choice(EMAIL_DOMAINS[language] + WORK_DOMAINS[:3])
    return _ascii(value).replace("..", ".").strip(".") + "@" + domain


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def phone(rng: random.Random, language: str) -> str:
    """A phone number in a format usual in the language's countries (national and international)."""
    r = rng.randrange(3)
    if language == "en":
        return (
            f"+44 20 7{_d(rng, 3)} {_d(rng, 4)}",
            f"07{rng.randint(700, 999)} {_d(rng, 6)}",
            f"+353 87 {_d(rng, 3)} {_d(rng, 4)}",
        )[r]
    if language == "de":
        return (
            f"+49 30 {_d(rng, 8)}",
            f"0151 {_d(rng, 8)}",
            f"+43 1 {_d(rng, 3)} {_d(rng, 4)}",
            f"089 / {_d(rng, 7)}",
            f"+41 44 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        )[rng.randrange(5)]
    if language == "fr":
        return (
            f"06 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
            f"+33 1 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
            f"04.{_d(rng, 2)}.{_d(rng, 2)}.{_d(rng, 2)}.{_d(rng, 2)}",
        )[r]
    if language == "it":
        return (f"+39 06 {_d(rng, 4)} {_d(rng, 4)}", f"347 {_d(rng, 3)} {_d(rng, 4)}", f"02 {_d(rng, 7)}")[r]
    if language == "es":
        return (
            f"+34 6{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
            f"91 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
            f"6{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
        )[r]
    if language == "nl":
        return (f"06-{_d(rng, 8)}", f"+31 20 {_d(rng, 3)} {_d(rng, 4)}", f"010 {_d(rng, 3)} {_d(rng, 4)}")[r]
    return (
        f"+48 60{_d(rng, 1)} {_d(rng, 3)} {_d(rng, 3)}",
        f"22 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        f"5{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}",
    )[r]


def address(rng: random.Random, language: str, split: str) -> str:
    """A street address in the grammar of one of the language's countries."""
    street = rng.choice(split_pool(STREETS[language], split))
    postcode, city = rng.choice(split_pool(CITIES[language], split))
    n = rng.randint(1, 180)
    if language == "en":
        return rng.choice(
            (f"{n} {street}, {city} {postcode}", f"Flat {rng.randint(1, 12)}, {n} {street}\n{city} {postcode}")
        )
    if language == "de":
        return rng.choice(
            (
                f"{street} {n}, {postcode} {city}",
                f"{street} {n}{rng.choice('ab')}\n{postcode} {city}",
                f"{street} {n}/{rng.randint(1, 9)}/{rng.randint(1, 20)}, {postcode} {city}",
            )
        )
    if language == "fr":
        return rng.choice(
            (
                f"{n} {rng.choice(('bis ', 'ter ', ''))}{street}, {postcode} {city}",
                f"{n}, {street}\n{postcode} {city.upper()}",
            )
        )
    if language == "it":
        return rng.choice((f"{street}, {n}, {postcode} {city}", f"{street} {n}/{rng.choice('ABC')}\n{postcode} {city}"))
    if language == "es":
        return rng.choice(
            (
                f"{street}, {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}, {postcode} {city}",
                f"{street} {n}, {rng.randint(1, 6)}º izq.\n{postcode} {city}",
                f"C/ {street.split(' ', 1)[-1]}, {n}, {postcode} {city}",
            )
        )
    if language == "nl":
        return rng.choice(
            (f"{street} {n}, {postcode} {city}", f"{street} {n}-{rng.choice(('II', 'hs', 'A'))}\n{postcode} {city}")
        )
    prefix = "al." if street == "Jerozolimskie" else "ul."
    return rng.choice(
        (
            f"{prefix} {street} {n}/{rng.randint(1, 60)}, {postcode} {city}",
            f"{prefix} {street} {n} m. {rng.randint(1, 40)}\n{postcode} {city}",
        )
    )


def postcode_city(rng: random.Random, language: str, split: str) -> str:
    postcode, city = rng.choice(split_pool(CITIES[language], split))
    return f"{postcode} {city}"


MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
}


def written_date(rng: random.Random, language: str, date: tuple[int, int, int]) -> str:
    """A date the way the language writes it (numeric or with the month name)."""
    year, month, day = date
    if rng.random() < 0.5:
        sep = {"en": "/", "de": ".", "fr": "/", "it": "/", "es": "/", "nl": "-", "pl": "."}[language]
        return f"{day:02d}{sep}{month:02d}{sep}{year}" if rng.random() < 0.8 else f"{year}-{month:02d}-{day:02d}"
    name = MONTHS[language][month - 1]
    if language == "en":
        return rng.choice((f"{day} {name} {year}", f"{name} {day}, {year}"))
    if language == "de":
        return f"{day}. {name} {year}"
    if language == "es":
        return f"{day} de {name} de {year}"
    return f"{day} {name} {year}"


# AI models, products and tech names that are not people (hard cases for PERSON).
MODELS = (
    "Claude 3.5 Sonnet",
    "Qwen2.5-72B",
    "Gemini Ultra",
    "Llama 3.1 70B",
    "Mistral Large",
    "GPT-4o",
    "Mixtral 8x7B",
    "Phi-3 mini",
    "Gemma 2",
    "Claude Haiku",
    "DeepSeek-V3",
    "Command R+",
)
PRODUCTS = (
    "Nova Smart Thermostat",
    "Aurora X2 router",
    "Helix Pro 14 laptop",
    "Orbit Cloud Backup",
    "Vega Air purifier",
    "Atlas CRM",
    "Juno Smartwatch 3",
    "Lyra Earbuds",
    "Titan NAS 4-Bay",
    "Solis Solar Kit",
    "Kepler Desk Lamp",
    "Mercury POS terminal",
)
TECH = (
    "Django",
    "Kubernetes",
    "PostgreSQL",
    "Redis",
    "React",
    "Terraform",
    "Celery",
    "Grafana",
    "Jenkins",
    "Ansible",
    "FastAPI",
    "Kafka",
)


def clean_value(rng: random.Random, kind: str, language: str, split: str) -> str:
    """Numbers and names that look like personal data and are not."""
    if kind == "ORDER_NO":
        return rng.choice(
            (f"{rng.randint(10_000_000, 99_999_999)}", f"ORD-{rng.randint(2022, 2026)}-{_d(rng, 5)}", f"#{_d(rng, 7)}")
        )
    if kind == "INVOICE_NO":
        return rng.choice(
            (
                f"INV-{rng.randint(2022, 2026)}-{_d(rng, 4)}",
                f"RE{_d(rng, 8)}",
                f"{rng.randint(2022, 2026)}/{_d(rng, 5)}",
            )
        )
    if kind == "CUSTOMER_NO":
        return rng.choice((_d(rng, 7), f"KD-{_d(rng, 6)}", f"C{_d(rng, 9)}"))
    if kind == "TICKET_NO":
        return rng.choice((f"#{_d(rng, 6)}", f"SUP-{_d(rng, 5)}", f"INC{_d(rng, 7)}"))
    if kind == "CONTRACT_NO":
        return rng.choice(
            (f"V-{_d(rng, 4)}-{_d(rng, 4)}", f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}", f"POL-{_d(rng, 9)}")
        )
    if kind == "VERSION":
        return rng.choice(
            (
                f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}",
                f"v{rng.randint(1, 5)}.{rng.randint(0, 9)}",
                f"{rng.randint(2022, 2026)}.{rng.randint(1, 12):02d}.{rng.randint(0, 3)}",
            )
        )
    if kind == "UUID":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    if kind == "GITHASH":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 7, 40))))
    if kind == "TIMESTAMP":
        return f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}{rng.choice(('T', ' '))}{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{rng.choice(('Z', '', '+01:00'))}"
    if kind == "DATE":
        return written_date(rng, language, (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)))
    if kind == "TIME":
        return f"{rng.randint(8, 19)}:{rng.choice(('00', '15', '30', '45'))}"
    if kind == "STAND":
        return rng.choice(
            (
                f"Hall {rng.randint(1, 12)}, Stand {rng.choice('ABCDEF')}{rng.randint(10, 99)}",
                f"{rng.randint(1, 12)}.{rng.randint(1, 3)} / {rng.choice('ABCDEF')}{rng.randint(10, 99)}",
            )
        )
    if kind == "PRICE":
        return rng.choice(
            (
                f"€{rng.randint(9, 2000)}",
                f"{rng.randint(9, 2000)},{rng.choice(('00', '99', '50'))} €",
                f"{rng.randint(19, 4999)} zł",
            )
        )
    if kind == "PERCENT":
        return f"{rng.randint(5, 60)} %"
    if kind == "MODEL":
        return rng.choice(split_pool(MODELS, split))
    if kind == "PRODUCT":
        return rng.choice(split_pool(PRODUCTS, split))
    if kind == "TECH":
        return rng.choice(split_pool(TECH, split))
    if kind == "POSTCODE_CITY":
        return postcode_city(rng, language, split)
    if kind == "CITY":
        return rng.choice(split_pool(CITIES[language], split))[1]
    if kind == "NUMBER":
        return str(rng.randint(2, 500))
    if kind == "PORT":
        return str(rng.choice((5432, 6379, 8000, 8080, 3306, 9200, 5672)))
    if kind == "IP_INTERNAL":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    raise KeyError(kind)


CLEAN_KINDS = frozenset(
    {
        "ORDER_NO",
        "INVOICE_NO",
        "CUSTOMER_NO",
        "TICKET_NO",
        "CONTRACT_NO",
        "VERSION",
        "UUID",
        "GITHASH",
        "TIMESTAMP",
        "DATE",
        "TIME",
        "STAND",
        "PRICE",
        "PERCENT",
        "MODEL",
        "PRODUCT",
        "TECH",
        "POSTCODE_CITY",
        "CITY",
        "NUMBER",
        "PORT",
        "IP_INTERNAL",
    }
)
