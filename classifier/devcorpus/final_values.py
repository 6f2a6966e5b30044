"""Value pools of the ``test`` split: names, places, companies, products and formats that neither other split uses.

Compiled for Custos from general knowledge (CC0). The pools are used whole
(there is no even/odd split here) and share no entry with ``values.py``
(``tests/classifier/test_devcorpus.py`` checks it). The formats differ too:
other phone layouts, address grammars, date spellings, number schemes and
password shapes, so a rule tuned to the first two splits' shapes is not
rewarded here.
"""

from __future__ import annotations

import random
import string
import unicodedata

from classifier.devcorpus.values import MONTHS, _d

# (given names female, given names male, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Imogen", "Saoirse", "Harriet", "Eabha", "Philippa", "Roisin", "Rosalind", "Gemma", "Felicity", "Clodagh"),
        ("Alistair", "Fergal", "Rupert", "Ronan", "Barnaby", "Oisin", "Gareth", "Donal", "Hamish", "Tadhg"),
        (
            "Fairbairn",
            "Ni Bhriain",
            "Cartwright",
            "Mulcahy",
            "Holloway",
            "Brennan",
            "Pemberton",
            "Gallagher",
            "Sutcliffe",
            "Quigley",
            "Ramsbottom",
            "Harrington",
        ),
    ),
    "de": (
        ("Mareike", "Hannelore", "Svenja", "Gudrun", "Wiebke", "Roswitha", "Jasmin", "Dorothea", "Elke", "Friederike"),
        ("Hartmut", "Volker", "Benedikt", "Gernot", "Ansgar", "Korbinian", "Detlef", "Lorenz", "Ulrich", "Jannik"),
        (
            "Brandstätter",
            "Kowalczyk-Engel",
            "Lindqvist",
            "Obermaier",
            "Pfeiffer",
            "Huber",
            "Gruber",
            "Vogelsang",
            "Dressler",
            "Stöckl",
            "Haselbach",
            "Wendland",
        ),
    ),
    "fr": (
        ("Solène", "Gaëlle", "Apolline", "Maëlys", "Séverine", "Clémence", "Ludivine", "Blandine", "Romane", "Anaïs"),
        ("Gwenaël", "Anatole", "Aurélien", "Gauthier", "Loïc", "Maxence", "Évariste", "Florent", "Killian", "Régis"),
        (
            "Lefebvre-Morin",
            "Courtois",
            "Dumoulin",
            "Vasseur",
            "Le Goff",
            "Chevallier",
            "Poirier",
            "Delacroix",
            "Marchal",
            "Van den Broeck",
            "Guillot",
            "Tessier",
        ),
    ),
    "it": (
        (
            "Ludovica",
            "Benedetta",
            "Ginevra",
            "Annunziata",
            "Mariagrazia",
            "Ottavia",
            "Rebecca",
            "Serena",
            "Donatella",
            "Noemi",
        ),
        (
            "Carmelo",
            "Ettore",
            "Pierpaolo",
            "Raffaele",
            "Tommaso",
            "Vittorio",
            "Cristiano",
            "Ludovico",
            "Saverio",
            "Ivano",
        ),
        (
            "Bertolini",
            "D'Alessandro",
            "Fumagalli",
            "Lo Russo",
            "Pellegrini",
            "Santoro",
            "Zanetti",
            "Caruso",
            "Monteleone",
            "Grimaldi",
            "Barbieri",
            "Di Stefano",
        ),
    ),
    "es": (
        (
            "Arantxa",
            "Montserrat",
            "Begoña",
            "Milagros",
            "Edurne",
            "Inmaculada",
            "Leire",
            "Covadonga",
            "Maite",
            "Remedios",
        ),
        ("Íñigo", "Anselmo", "Xabier", "Joaquín", "Borja", "Ramiro", "Aitor", "Fermín", "Ignacio", "Eusebio"),
        (
            "Echeverría",
            "Castillo Ruiz",
            "Garrido",
            "Ibarra",
            "Quintana",
            "Villanueva",
            "Arrieta",
            "Montero",
            "Salcedo",
            "Carrasco",
            "Ortega Vidal",
            "Bustamante",
        ),
    ),
    "nl": (
        ("Jolien", "Marloes", "Trijntje", "Wietske", "Hester", "Geertje", "Liesbeth", "Marijke", "Sietske", "Floor"),
        ("Wessel", "Reinout", "Thijmen", "Hendrik", "Gijs", "Gerrit", "Teun", "Rutger", "Hidde", "Siebe"),
        (
            "van der Meulen",
            "Hoekstra",
            "de Groot",
            "Verbruggen",
            "Schouten",
            "van Beek",
            "Brouwer",
            "Zwart",
            "Timmermans",
            "de Wit",
            "Postma",
            "Bosman",
        ),
    ),
    "pl": (
        ("Jolanta", "Genowefa", "Zuzanna", "Jadwiga", "Bożena", "Weronika", "Grażyna", "Izabela", "Danuta", "Halina"),
        (
            "Leszek",
            "Przemysław",
            "Zbigniew",
            "Bogusław",
            "Zdzisław",
            "Ryszard",
            "Jarosław",
            "Mateusz",
            "Tadeusz",
            "Radosław",
        ),
        (
            "Wiśniewska",
            "Wrona",
            "Górecki",
            "Kamińska",
            "Sobczak",
            "Szymańska",
            "Krawczyk",
            "Kaczmarek",
            "Pawłowska",
            "Piątek",
            "Sikora",
            "Grabowski",
        ),
    ),
}

STREETS: dict[str, tuple[str, ...]] = {
    "en": ("Kestrel Road", "Brunswick Terrace", "Orchard Close", "Clontarf Road", "Wellington Quay", "Heather Drive"),
    "de": (
        "Ulmenallee",
        "Friedrich-Ebert-Straße",
        "Schulgasse",
        "Am Mühlbach",
        "Landstraßer Hauptstraße",
        "Seefeldstrasse",
    ),
    "fr": (
        "rue Émile Zola",
        "avenue Jean Jaurès",
        "impasse des Glycines",
        "rue Sainte-Catherine",
        "cours Lafayette",
        "chaussée de Waterloo",
    ),
    "it": (
        "Via Mazzini",
        "Via dei Tigli",
        "Corso Matteotti",
        "Piazza della Libertà",
        "Via San Francesco d'Assisi",
        "Viale Europa",
    ),
    "es": (
        "Calle del Pez",
        "Avenida de Andalucía",
        "Calle Colón",
        "Rambla de Catalunya",
        "Calle Ercilla",
        "Paseo de la Castellana",
    ),
    "nl": ("Wilhelminastraat", "Spoorlaan", "Beukenlaan", "Nieuwe Binnenweg", "Grote Markt", "Bredestraat"),
    "pl": ("ul. Kwiatowa", "ul. Zielona", "al. Niepodległości", "ul. Sienkiewicza", "os. Słoneczne", "ul. Ogrodowa"),
}
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("LS6 2AB", "Leeds West"),
        ("CF10 1EP", "Cardiff"),
        ("G2 3JD", "Glasgow"),
        ("V94 T9PX", "Limerick"),
        ("NG1 5FS", "Nottingham"),
        ("A91 K2R5", "Dundalk"),
    ),
    "de": (
        ("01067", "Dresden"),
        ("4020", "Linz"),
        ("90402", "Nürnberg"),
        ("6020", "Innsbruck"),
        ("28195", "Bremen"),
        ("4051", "Basel"),
        ("53111", "Bonn"),
    ),
    "fr": (
        ("59000", "Lille"),
        ("35000", "Rennes"),
        ("4000", "Liège"),
        ("06000", "Nice"),
        ("21000", "Dijon"),
        ("1950", "Kraainem"),
        ("34000", "Montpellier"),
    ),
    "it": (
        ("16121", "Genova (GE)"),
        ("37121", "Verona (VR)"),
        ("70122", "Bari (BA)"),
        ("35122", "Padova (PD)"),
        ("43121", "Parma (PR)"),
        ("95131", "Catania (CT)"),
    ),
    "es": (
        ("33003", "Oviedo"),
        ("15001", "A Coruña"),
        ("30001", "Murcia"),
        ("47001", "Valladolid"),
        ("35002", "Las Palmas"),
        ("18009", "Granada"),
    ),
    "nl": (
        ("2011 RL", "Haarlem"),
        ("6511 LN", "Nijmegen"),
        ("8011 CW", "Zwolle"),
        ("4811 XJ", "Breda"),
        ("9000", "Gent"),
        ("5211 HZ", "'s-Hertogenbosch"),
    ),
    "pl": (
        ("85-001", "Bydgoszcz"),
        ("40-001", "Katowice"),
        ("15-001", "Białystok"),
        ("87-100", "Toruń"),
        ("35-001", "Rzeszów"),
        ("10-001", "Olsztyn"),
    ),
}
EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("protonmail.com", "hotmail.co.uk", "sky.com", "virginmedia.com"),
    "de": ("freenet.de", "mailbox.org", "aon.at", "gmx.ch"),
    "fr": ("hotmail.fr", "neuf.fr", "bbox.fr", "proximus.be"),
    "it": ("email.it", "inwind.it", "outlook.it", "pec.it"),
    "es": ("terra.es", "gmail.es", "correo.es", "telefonica.es"),
    "nl": ("home.nl", "casema.nl", "upcmail.nl", "proximus.nl"),
    "pl": ("poczta.fm", "tlen.pl", "vp.pl", "poczta.onet.pl"),
}
COMPANIES = (
    "Kranich Maschinenbau GmbH",
    "Ostrava Metals",
    "Bellavista Turismo S.r.l.",
    "Marisol Alimentación S.L.",
    "Groenveld Installatietechniek B.V.",
    "Lambert & Fils SARL",
    "Wawel Soft sp. z o.o.",
    "Harbour Analytics Ltd",
    "Nordlicht Versicherungen AG",
    "Quercus Legal LLP",
)
WORK_DOMAINS = (
    "kranich-mb.de",
    "bellavista-turismo.it",
    "marisol.es",
    "groenveld.nl",
    "wawelsoft.pl",
    "harbour-analytics.co.uk",
)

# Look-alikes that are no people (the hard clean cases), all new to this split.
MODELS = (
    "Claude Opus 4",
    "GPT-4.1 mini",
    "Mistral Small 3",
    "Llama 4 Scout",
    "Gemini 2.5 Flash",
    "Pixtral Large",
    "Falcon 180B",
    "Qwen3-32B",
    "Aya Expanse",
    "Granite 3.1",
    "OLMo 2",
    "Codestral",
)
PRODUCTS = (
    "Cirrus Mesh Wi-Fi",
    "Boreal E-Bike 500",
    "Quill Note Tablet",
    "Ember Grinder S",
    "Halo Doorbell Cam",
    "Zephyr Fan Mini",
    "Lumen Desk Pro",
    "Nimbus Drive 2TB",
    "Sable Office Chair",
    "Corvid K7 keyboard",
    "Marlin Dashcam",
    "Aria Sound Bar",
)
TECH = (
    "Svelte",
    "RabbitMQ",
    "OpenSearch",
    "Prometheus",
    "Flask",
    "Spring Boot",
    "Next.js",
    "Airflow",
    "dbt",
    "Helm",
    "ClickHouse",
    "Pulumi",
)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def email_for(rng: random.Random, first: str, last: str, language: str) -> str:
    local = rng.choice(("{f}.{l}", "{l}{fi}", "{f}-{l}", "{fi}{l}{y}", "{l}.{f}{n}", "{f}.{l}.{y}"))
    value = local.format(
        f=first.lower(),
        l=last.lower().replace(" ", "").replace("'", ""),
        fi=first[0].lower(),
        n=rng.randint(2, 9),
        y=rng.randint(70, 99),
    )
    domain = rng.choice(EMAIL_DOMAINS[language] + WORK_DOMAINS)
    return _ascii(value).replace("..", ".").strip(".") + "@" + domain


def phone(rng: random.Random, language: str) -> str:
    """Phone numbers in layouts the other splits do not use."""
    d = lambda n: _d(rng, n)  # noqa: E731
    layouts = {
        "en": (
            lambda: f"+44 (0)161 {d(3)} {d(4)}",
            lambda: f"0113 {d(3)} {d(4)}",
            lambda: f"+353 1 {d(3)} {d(4)}",
            lambda: f"085 {d(3)} {d(4)}",
        ),
        "de": (
            lambda: f"+49 (0)40 {d(4)} {d(3)}",
            lambda: f"0176-{d(7)}",
            lambda: f"+43 664 {d(7)}",
            lambda: f"0221 {d(3)} {d(2)} {d(2)}",
            lambda: f"+41 79 {d(3)} {d(2)} {d(2)}",
        ),
        "fr": (
            lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"07 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"01-{d(2)}-{d(2)}-{d(2)}-{d(2)}",
            lambda: f"+32 478 {d(2)} {d(2)} {d(2)}",
        ),
        "it": (
            lambda: f"+39 333 {d(7)}",
            lambda: f"011 {d(3)} {d(4)}",
            lambda: f"+39 02-{d(8)}",
            lambda: f"06/{d(7)}",
        ),
        "es": (
            lambda: f"+34 912 {d(3)} {d(3)}",
            lambda: f"7{d(2)} {d(3)} {d(3)}",
            lambda: f"(+34) 6{d(2)} {d(3)} {d(3)}",
            lambda: f"+351 91{d(1)} {d(3)} {d(3)}",
        ),
        "nl": (
            lambda: f"+31 6 {d(8)}",
            lambda: f"020-{d(7)}",
            lambda: f"+32 470 {d(2)} {d(2)} {d(2)}",
            lambda: f"(030) {d(3)} {d(4)}",
        ),
        "pl": (
            lambda: f"+48 5{d(2)} {d(3)} {d(3)}",
            lambda: f"(12) {d(3)} {d(2)} {d(2)}",
            lambda: f"+48 71 {d(3)} {d(2)} {d(2)}",
            lambda: f"6{d(2)} {d(3)} {d(3)}",
        ),
    }
    return rng.choice(layouts[language])()


def address(rng: random.Random, language: str, split: str = "test") -> str:
    """A street address in one of the country's written forms (other layouts than the first two splits)."""
    street = rng.choice(STREETS[language])
    postcode, city = rng.choice(CITIES[language])
    n = rng.randint(1, 240)
    if language == "en":
        return rng.choice(
            (
                f"{n} {street}\n{city}\n{postcode}",
                f"Unit {rng.randint(1, 30)}, {n} {street}, {city}, {postcode}",
                f"{n}{rng.choice('AB')} {street}, {city} {postcode}",
            )
        )
    if language == "de":
        return rng.choice(
            (
                f"{street} {n}\n{postcode} {city}",
                f"{street} {n}, Stiege {rng.randint(1, 4)}, Top {rng.randint(1, 30)}, {postcode} {city}",
                f"{street} {n}-{n + 2}, {postcode} {city}",
            )
        )
    if language == "fr":
        return rng.choice(
            (
                f"{n} {rng.choice(('bis', 'ter', 'quater'))} {street}\n{postcode} {city}",
                f"Bâtiment {rng.choice('ABC')}, {n} {street}, {postcode} {city}",
                f"{street} {n}, {postcode} {city}",
            )
        )
    if language == "it":
        province = city.rsplit(" ", 1)[-1].strip("()")
        town = city.rsplit(" ", 1)[0]
        return rng.choice(
            (
                f"{street} {n}, {postcode} {city}",
                f"{street}, {n} - {postcode} {town} {province}",
                f"{street} {n}, int. {rng.randint(1, 20)}\n{postcode} {town} ({province})",
            )
        )
    if language == "es":
        return rng.choice(
            (
                f"{street}, {n}, {rng.randint(1, 12)}º {rng.choice('ABCDE')}\n{postcode} {city}",
                f"{street}, nº {n}, bajo, {postcode} {city}",
                f"{street} {n}, {rng.randint(1, 8)}º dcha., {postcode} {city}",
            )
        )
    if language == "nl":
        return rng.choice(
            (
                f"{street} {n}\n{postcode} {city.upper()}",
                f"{street} {n} bus {rng.randint(1, 12)}, {postcode} {city}",
                f"{street} {n}{rng.choice('abc')}, {postcode} {city}",
            )
        )
    return rng.choice(
        (
            f"{street} {n}/{rng.randint(1, 90)}\n{postcode} {city}",
            f"{street} {n} lok. {rng.randint(1, 40)}, {postcode} {city}",
            f"{street} {n}, {postcode} {city}",
        )
    )


def postcode_city(rng: random.Random, language: str) -> str:
    postcode, city = rng.choice(CITIES[language])
    return f"{postcode} {city}"


def written_date(rng: random.Random, language: str, date: tuple[int, int, int]) -> str:
    """A date in another spelling than the first two splits use (no leading zeros, ordinals, abbreviations)."""
    year, month, day = date
    name = MONTHS[language][month - 1]
    shape = rng.randrange(3)
    if shape == 0:
        sep = {"en": ".", "de": ".", "fr": ".", "it": "-", "es": "-", "nl": "/", "pl": "-"}[language]
        return f"{day}{sep}{month}{sep}{year}"
    if shape == 1:
        return f"{year}/{month:02d}/{day:02d}" if language in {"pl", "nl"} else f"{day:02d}.{month:02d}.{str(year)[2:]}"
    if language == "en":
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return rng.choice((f"{day}{suffix} {name} {year}", f"{name[:3]} {day} {year}"))
    if language == "fr" and day == 1:
        return f"1er {name} {year}"
    if language == "es":
        return f"{day} {name} {year}"
    if language == "de":
        return f"{day}. {name[:3]}. {year}" if len(name) > 4 else f"{day}. {name} {year}"
    return f"{day} {name} {year}"


def password(rng: random.Random) -> str:
    """Password shapes of their own: passphrases, keyboard-generated strings, words with substitutions."""
    words = ("marmotte", "Gletscher", "tramonto", "molino", "fiets", "kasztan", "lighthouse", "Zitrone", "papavero")
    shape = rng.randrange(4)
    if shape == 0:
        return "-".join(rng.sample(words, 3)) + str(rng.randint(1, 99))
    if shape == 1:
        alphabet = string.ascii_letters + string.digits + "#%&*+=@"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(12, 20)))
    if shape == 2:
        word = rng.choice(words).capitalize().replace("a", "@").replace("o", "0")
        return f"{word}_{rng.randint(10, 99)}{rng.choice('!$?')}"
    return f"{rng.choice(words)}{rng.randint(1000, 9999)}{rng.choice(string.ascii_uppercase)}"


SECRET_MAKERS = {"PASSWORD": password}


def clean_value(rng: random.Random, kind: str, language: str, split: str = "test") -> str:
    """Numbers and names that look like personal data and are not, in formats of their own."""
    d = lambda n: _d(rng, n)  # noqa: E731
    y = rng.randint(2023, 2026)
    makers = {
        "ORDER_NO": lambda: rng.choice((f"A-{d(5)}-{d(2)}", f"SO{d(8)}", f"{y}-{d(6)}", f"B2B/{d(6)}")),
        "INVOICE_NO": lambda: rng.choice((f"FV/{y}/{rng.randint(1, 12):02d}/{d(3)}", f"F{y}-{d(5)}", f"RG-{d(5)}")),
        "CUSTOMER_NO": lambda: rng.choice((f"CU-{d(8)}", f"{d(3)} {d(3)} {d(3)}", f"K{d(6)}")),
        "TICKET_NO": lambda: rng.choice((f"HD-{d(5)}", f"REQ-{d(4)}", f"case {d(8)}", f"#{d(5)}-{d(2)}")),
        "CONTRACT_NO": lambda: rng.choice((f"CTR/{y}/{d(4)}", f"{d(2)}-{d(6)}-{d(2)}", f"LV{d(10)}")),
        "BOOKING_REF": lambda: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
        "TRACKING_NO": lambda: rng.choice((f"JJD{d(15)}", f"1Z{d(3)}AA{d(10)}", f"RR{d(9)}PL")),
        "SKU": lambda: f"{d(4)}-{rng.choice(('BLK', 'WHT', 'GRN'))}-{rng.choice(('S', 'M', 'XL'))}",
        "ROOM": lambda: f"{rng.randint(0, 6)}.{rng.randint(1, 40):02d}",
        "VERSION": lambda: rng.choice(
            (
                f"{rng.randint(1, 14)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}",
                f"r{d(4)}",
                f"{y}.{rng.randint(1, 52)}",
            )
        ),
        "UUID": lambda: _uuid(rng),
        "GITHASH": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((8, 12, 64)))),
        "TIMESTAMP": lambda: rng.choice(
            (
                f"{rng.randint(1, 28):02d}/{rng.choice(('Jan', 'Mar', 'Jun', 'Oct'))}/{y}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0100",
                str(rng.randint(1_700_000_000, 1_790_000_000)),
                f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z",
            )
        ),
        "DATE": lambda: written_date(rng, language, (y, rng.randint(1, 12), rng.randint(1, 28))),
        "TIME": lambda: f"{rng.randint(7, 20)}{rng.choice(('h', ':'))}{rng.choice(('00', '10', '30', '40'))}",
        "STAND": lambda: rng.choice(
            (
                f"Booth {rng.randint(1, 9)}{rng.choice('ABCD')}{rng.randint(10, 60)}",
                f"Pavilion {rng.randint(1, 8)}, stand {rng.choice('EFGH')}-{rng.randint(100, 420)}",
                f"Stand {rng.randint(1, 9)}.{rng.randint(1, 2)}-{rng.choice('JKL')}{rng.randint(1, 40)}",
            )
        ),
        "PRICE": lambda: rng.choice(
            (
                f"EUR {rng.randint(5, 900)}.{rng.choice(('00', '95'))}",
                f"{rng.randint(1, 9)}.{d(3)},- €",
                f"£{rng.randint(10, 600)}",
            )
        ),
        "PERCENT": lambda: f"{rng.randint(5, 45)}%",
        "MODEL": lambda: rng.choice(MODELS),
        "PRODUCT": lambda: rng.choice(PRODUCTS),
        "TECH": lambda: rng.choice(TECH),
        "COMPANY": lambda: rng.choice(COMPANIES),
        "POSTCODE_CITY": lambda: postcode_city(rng, language),
        "CITY": lambda: rng.choice(CITIES[language])[1],
        "NUMBER": lambda: str(rng.randint(2, 900)),
        "PORT": lambda: str(rng.choice((5433, 6380, 8443, 9000, 27017, 11211, 4317))),
        "IP_INTERNAL": lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    }
    return makers[kind]()


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-7{h[13:16]}-9{h[17:20]}-{h[20:]}"
