"""Value pools of the ``final`` split: names, places, companies, products and formats no other split uses.

Compiled for Custos from general knowledge (CC0), written fresh for the fifth
split. The pools are used whole and share no entry with ``values.py``,
``final_values.py`` or ``exam_values.py`` (``tests/classifier/test_devcorpus.py``
checks it). Phone layouts, address forms, reference-number schemes and
password shapes are chosen afresh as well.
"""

from __future__ import annotations

import random
import string

from classifier.devcorpus.exam_values import _uuid
from classifier.devcorpus.final_values import _ascii
from classifier.devcorpus.values import MONTHS, _d

# (given names female, given names male, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Euphemia", "Bridget", "Imelda", "Carys", "Henrietta", "Winifred", "Ffion", "Perpetua", "Lavinia", "Maude"),
        (
            "Leofric",
            "Tiernan",
            "Ambrose",
            "Eoghan",
            "Caradoc",
            "Lorcan",
            "Algernon",
            "Evander",
            "Godfrey",
            "Bartholomew",
        ),
        (
            "Cresswell",
            "Braithwaite",
            "Hollingworth",
            "McGillycuddy",
            "Ó Floinn",
            "Wolstenholme",
            "Cavanagh",
            "Attenborough",
            "Bramwell",
            "Dunleavy",
            "Sheringham",
            "Fothergill",
        ),
    ),
    "de": (
        (
            "Hildegunde",
            "Sieglinde",
            "Edeltraud",
            "Gesine",
            "Walburga",
            "Ilsabe",
            "Brunhilde",
            "Friedlinde",
            "Notburga",
            "Heidrun",
        ),
        (
            "Burkhard",
            "Volkmar",
            "Ekkehard",
            "Gunnar",
            "Detlev",
            "Gebhard",
            "Winfried",
            "Ottokar",
            "Lambert",
            "Dietbert",
        ),
        (
            "Pfisterer",
            "Großkopf",
            "Auernhammer",
            "Strohmeier",
            "Käßbohrer",
            "Zangerl",
            "Wieland",
            "Blümlisalp",
            "Hirschvogel",
            "Trautmannsdorf",
            "Fässler",
            "Ellmauer",
        ),
    ),
    "fr": (
        (
            "Violaine",
            "Éléonore",
            "Solange",
            "Ombeline",
            "Philomène",
            "Maïwenn",
            "Clothilde",
            "Ysaline",
            "Germaine",
            "Bénédicte",
        ),
        (
            "Gonzague",
            "Gaspard",
            "Enguerrand",
            "Tristan",
            "Eudes",
            "Théophile",
            "Fulbert",
            "Baudouin",
            "Octave",
            "Anselme",
        ),
        (
            "Lespinasse",
            "Kervella",
            "Montgolfier",
            "Dewaele",
            "Chassagne",
            "Kerjean",
            "Vautrin",
            "Delacroix-Morel",
            "Brossard",
            "Pellerin",
            "Ouvrard",
            "Vaillancourt",
        ),
    ),
    "it": (
        (
            "Nives",
            "Graziella",
            "Zelinda",
            "Rosalba",
            "Ippolita",
            "Michela",
            "Vittoria",
            "Clelia",
            "Carmela",
            "Iolanda",
        ),
        (
            "Sebastiano",
            "Lamberto",
            "Pasquale",
            "Onofrio",
            "Tarcisio",
            "Ubaldo",
            "Corrado",
            "Domenico",
            "Raimondo",
            "Vincenzo",
        ),
        (
            "Esposito Bruno",
            "Trombetta",
            "Lanzafame",
            "Pignatelli",
            "Di Pietrantonio",
            "Sciacca",
            "Bonfiglio",
            "Mastrangelo",
            "Zanella",
            "Carbonaro",
            "Dal Molin",
            "Abbruzzese",
        ),
    ),
    "es": (
        (
            "Almudena",
            "Visitación",
            "Reyes",
            "Rosalía",
            "Encarnación",
            "Macarena",
            "Olvido",
            "Candela",
            "Soledad",
            "Trinidad",
        ),
        ("Patxi", "Eneko", "Saturnino", "Ximo", "Bartolomé", "Leoncio", "Higinio", "Telmo", "Abelardo", "Nicanor"),
        (
            "Garmendia",
            "Goicoechea",
            "Villalobos",
            "Zorrilla",
            "Belategui",
            "Ibarretxe",
            "Quintanilla",
            "Alcántara",
            "Sepúlveda",
            "Arizmendi",
            "Carvajal Núñez",
            "Llorente",
        ),
    ),
    "nl": (
        (
            "Geertruida",
            "Hendrika",
            "Grietje",
            "Antje",
            "Jantina",
            "Willemijn",
            "Sjoukje",
            "Baukje",
            "Roosmarijn",
            "Hanneke",
        ),
        ("Wybren", "Harmen", "Gijsbert", "Marnix", "Evert", "Reinier", "Ids", "Bastiaan", "Floris", "Maarten-Jan"),
        (
            "Terlouw",
            "van Oldenbarnevelt",
            "Schimmelpenninck",
            "Zwanenburg",
            "de Graaff",
            "IJzerman",
            "Brouwershaven",
            "van der Heijden",
            "Bosscher",
            "Hogendoorn",
            "Wesselink",
            "ter Beek",
        ),
    ),
    "pl": (
        (
            "Czesława",
            "Władysława",
            "Bogusława",
            "Mirosława",
            "Dobrosława",
            "Marzena",
            "Eugenia",
            "Leokadia",
            "Zdzisława",
            "Renata",
        ),
        (
            "Bogumił",
            "Bogdan",
            "Eugeniusz",
            "Kajetan",
            "Bolesław",
            "Jarogniew",
            "Wacław",
            "Dobromir",
            "Ignacy",
            "Teofil",
        ),
        (
            "Szczepańska",
            "Zagórska",
            "Ciesielski",
            "Wilczyńska",
            "Bielecki",
            "Baran",
            "Rutkowski",
            "Kaczmarczyk",
            "Ostrowska",
            "Malinowski",
            "Szulc",
            "Kubiak",
        ),
    ),
}

STREETS: dict[str, tuple[str, ...]] = {
    "en": ("Hawthorn Close", "Ormeau Road", "Pembroke Terrace", "Quayside Walk", "Drumcondra Road", "Beechwood Grove"),
    "de": ("Hölderlinweg", "Am Kupfergraben", "Gumpendorfer Gasse", "Am Krähenberg", "Spalenvorstadt", "Hafenweg"),
    "fr": (
        "rue de la Verrerie",
        "avenue des Acacias",
        "impasse des Lavandières",
        "cours Mirabeau",
        "chaussée de Louvain",
        "rue des Cordeliers",
    ),
    "it": ("Via Toledo", "Corso Vannucci", "Via dei Calzaiuoli", "Via Sparano", "Piazza Maggiore", "Via Maqueda"),
    "es": (
        "Calle Sierpes",
        "Gran Vía de les Corts Catalanes",
        "Calle Cuesta de Moyano",
        "Calle Zurradores",
        "Avenida de los Reyes Católicos",
        "Calle Estafeta",
    ),
    "nl": ("Zuiderdiep", "Lijnbaansgracht", "Tolhuisweg", "Molenstraat", "Hoogstraat-Oost", "Veldstraat"),
    "pl": (
        "ul. Piotrkowska",
        "ul. Długa",
        "ul. Wierzbowa",
        "ul. Mickiewicza",
        "os. Tysiąclecia",
        "ul. Kościuszki",
    ),
}
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("SA1 3SN", "Swansea"),
        ("BT1 5GS", "Belfast"),
        ("NE1 4ST", "Newcastle upon Tyne"),
        ("F92 Y4X2", "Letterkenny"),
        ("OX1 2JD", "Oxford"),
        ("P31 C6H2", "Clonakilty"),
    ),
    "de": (
        ("26122", "Oldenburg"),
        ("3100", "St. Pölten"),
        ("06108", "Halle (Saale)"),
        ("6900", "Bregenz"),
        ("8700", "Leoben"),
        ("93047", "Regensburg"),
    ),
    "fr": (
        ("64000", "Pau"),
        ("13100", "Aix-en-Provence"),
        ("7500", "Tournai"),
        ("86000", "Poitiers"),
        ("6000", "Charleroi"),
        ("68000", "Colmar"),
    ),
    "it": (
        ("84121", "Salerno (SA)"),
        ("22100", "Como (CO)"),
        ("48121", "Ravenna (RA)"),
        ("98122", "Messina (ME)"),
        ("36100", "Vicenza (VI)"),
        ("74123", "Taranto (TA)"),
    ),
    "es": (
        ("11001", "Cádiz"),
        ("17001", "Girona"),
        ("23001", "Jaén"),
        ("27001", "Lugo"),
        ("22001", "Huesca"),
        ("02001", "Albacete"),
    ),
    "nl": (
        ("8232 JZ", "Lelystad"),
        ("7411 HP", "Deventer"),
        ("2800", "Mechelen"),
        ("4331 LC", "Middelburg"),
        ("1811 KH", "Alkmaar"),
        ("8000", "Brugge"),
    ),
    "pl": (
        ("26-600", "Radom"),
        ("11-500", "Giżycko"),
        ("22-400", "Zamość"),
        ("75-001", "Koszalin"),
        ("16-400", "Suwałki"),
        ("62-800", "Kalisz"),
    ),
}
EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("btopenworld.com", "utvinternet.com", "ntlworld.com", "blueyonder.co.uk"),
    "de": ("vodafonemail.de", "t-online.at", "hispeed.ch", "a1.net"),
    "fr": ("nordnet.fr", "cegetel.net", "belgacom.net", "9online.fr"),
    "it": ("supereva.it", "tin.it", "aruba.it", "postecert.it"),
    "es": ("eresmas.com", "wanadoo.es", "ya.com", "mixmail.com"),
    "nl": ("caiway.nl", "zonnet.nl", "proximus.be", "quicknet.nl"),
    "pl": ("amorki.pl", "onet.eu", "go2.pl", "spoko.pl"),
}
COMPANIES = (
    "Rheinwelle Energie GmbH",
    "Loire Télécom SAS",
    "Adriatica Servizi Idrici S.r.l.",
    "Guadalquivir Inmuebles S.L.",
    "Waddenzee Logistiek B.V.",
    "Karpaty Rekrutacja Sp. z o.o.",
    "Shannon Lettings Ltd",
    "Donau Akademie GmbH",
    "Cabinet Marchand Avocats",
    "Pennine Health Admin Ltd",
)
WORK_DOMAINS = (
    "rheinwelle-energie.de",
    "loire-telecom.fr",
    "adriatica-idrici.it",
    "guadalquivir-inmuebles.es",
    "waddenzee-logistiek.nl",
    "karpaty-rekrutacja.pl",
)

# Look-alikes that are no people (the hard clean cases), all new to this split.
MODELS = (
    "Claude Sonnet 3.7",
    "GPT-4o realtime",
    "o4-mini",
    "Mistral Small 3.1",
    "Llama 4 Maverick",
    "Gemini 2.0 Flash-Lite",
    "Qwen3 32B",
    "DeepSeek-Coder-V2",
    "Granite 3.3",
    "Minimax-Text-01",
    "Zamba2 7B",
    "Falcon 3",
)
PRODUCTS = (
    "Aurora Fibre Router",
    "Helios Smart Meter",
    "Cobalt Mesh Extender",
    "Maple Baby Monitor",
    "Sirocco Tower Fan",
    "Pebble Tracker Tag",
    "Lumen Desk Lamp",
    "Glacier Water Filter",
    "Comet E-Scooter",
    "Harbour Parcel Box",
    "Meridian Thermostat Go",
    "Quartz Doorbell Cam",
)
TECH = (
    "Go",
    "Elixir",
    "Scala",
    "Swift",
    "PowerShell",
    "Nginx",
    "OpenTofu",
    "Phoenix",
    "Akka",
    "Vapor",
    "Postman",
    "docker compose",
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
            lambda: f"+44 7{d(3)} {d(3)} {d(3)}",
            lambda: f"029 {d(4)} {d(4)}",
            lambda: f"(021) {d(3)}-{d(4)}",
            lambda: f"+353 (0)86 {d(3)} {d(4)}",
        ),
        "de": (
            lambda: f"+49 (0) 421 {d(3)} {d(2)} {d(2)}",
            lambda: f"0176-{d(8)}",
            lambda: f"+43 662 {d(4)}-{d(2)}",
            lambda: f"+41 31 {d(3)} {d(2)} {d(2)}",
        ),
        "fr": (
            lambda: f"07 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+33 2 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"02/{d(3)}.{d(2)}.{d(2)}",
        ),
        "it": (
            lambda: f"+39 333 {d(3)} {d(4)}",
            lambda: f"02 {d(4)} {d(4)}",
            lambda: f"(+39) 06-{d(8)}",
            lambda: f"340/{d(7)}",
        ),
        "es": (
            lambda: f"+34 6{d(2)} {d(3)} {d(3)}",
            lambda: f"954 {d(2)} {d(2)} {d(2)}",
            lambda: f"(+34) 9{d(2)}.{d(3)}.{d(3)}",
            lambda: f"7{d(2)} {d(2)} {d(2)} {d(2)}",
        ),
        "nl": (
            lambda: f"+31 6 {d(4)} {d(4)}",
            lambda: f"030-{d(7)}",
            lambda: f"+32 9 {d(3)} {d(2)} {d(2)}",
            lambda: f"(020) {d(3)} {d(2)} {d(2)}",
        ),
        "pl": (
            lambda: f"{d(3)} {d(3)} {d(3)}",
            lambda: f"+48 58 {d(3)}-{d(2)}-{d(2)}",
            lambda: f"5{d(2)}-{d(3)}-{d(3)}",
            lambda: f"(+48) 6{d(2)} {d(3)} {d(3)}",
        ),
    }
    return rng.choice(layouts[language])()


def address(rng: random.Random, language: str, split: str = "final") -> str:
    """A street address in one of the country's written forms."""
    street = rng.choice(STREETS[language])
    postcode, city = rng.choice(CITIES[language])
    n = rng.randint(1, 180)
    if language == "en":
        return rng.choice(
            (
                f"Unit {rng.randint(1, 40)}, {n} {street}, {city}, {postcode}",
                f"{n} {street}\n{city} {postcode}",
                f"{n}{rng.choice('ab')} {street}\n{city}\n{postcode}",
            )
        )
    if language == "de":
        return rng.choice(
            (
                f"{street} {n}{rng.choice('abc')}, {postcode} {city}",
                f"{street} {n}/{rng.randint(1, 20)}, A-{postcode} {city}"
                if postcode.isdigit() and len(postcode) == 4
                else f"{street} {n}, D-{postcode} {city}",
                f"{street} {n}, Hinterhaus, {postcode} {city}",
            )
        )
    if language == "fr":
        return rng.choice(
            (
                f"{n}, {street}, {postcode} {city}",
                f"{n} ter, {street}\n{postcode} {city}",
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
                f"{street} {n}, int. {rng.randint(1, 20)}, {postcode} {town} ({province})",
            )
        )
    if language == "es":
        return rng.choice(
            (
                f"{street} {n}, {rng.randint(1, 9)}º izq., {postcode} {city}",
                f"{street}, {n} - {rng.randint(1, 9)}º {rng.randint(1, 4)}ª\n{postcode} {city}",
                f"{street}, {n}, bajo {rng.choice('AB')}, {postcode} {city}",
            )
        )
    if language == "nl":
        return rng.choice(
            (
                f"{street} {n}-{rng.choice(('I', 'II', 'hs'))}, {postcode} {city}",
                f"{street} {n}\n{postcode}  {city}",
                f"{street} {n} bus {rng.randint(1, 9)}, {postcode} {city}",
            )
        )
    return rng.choice(
        (
            f"{street} {n} lok. {rng.randint(1, 80)}, {postcode} {city}",
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
    """Password shapes of this split: capitalised words with years and symbols, random runs, dashed triples."""
    words = ("Zugspitze", "papavero", "naranjo", "dijkgraaf", "bursztyn", "lighthouse", "mirabelle", "Eichhörnchen")
    shape = rng.randrange(4)
    if shape == 0:
        return "-".join(rng.choice(words).lower() for _ in range(3)) + str(rng.randint(1, 9))
    if shape == 1:
        alphabet = string.ascii_letters + string.digits + "!?$%"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
    if shape == 2:
        return f"{rng.choice(words)}{rng.randint(1960, 2024)}"
    return f"{rng.choice(words).capitalize()}@{_d(rng, 4)}{rng.choice('!+=')}"


SECRET_MAKERS = {"PASSWORD": password}


def clean_value(rng: random.Random, kind: str, language: str, split: str = "final") -> str:
    """Numbers and names that look like personal data and are not, in formats of this split."""
    d = lambda n: _d(rng, n)  # noqa: E731
    y = rng.randint(2024, 2027)
    makers = {
        "ORDER_NO": lambda: rng.choice((f"SO{y}-{d(6)}", f"BST {d(8)}", f"#{d(5)}-{rng.choice('ABC')}")),
        "INVOICE_NO": lambda: rng.choice((f"FV/{d(4)}/{y}", f"RE-{d(8)}", f"NF{y}{d(5)}")),
        "CUSTOMER_NO": lambda: rng.choice((f"ACC-{d(7)}", f"CN {d(4)} {d(4)}", f"Kdnr. {d(7)}")),
        "TICKET_NO": lambda: rng.choice((f"CASE-{d(6)}", f"#{d(6)}", f"TK{d(2)}-{d(5)}")),
        "CONTRACT_NO": lambda: rng.choice((f"CTR-{y}-{d(5)}", f"LV {d(3)}/{d(5)}", f"AGR{d(9)}")),
        "BOOKING_REF": lambda: "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(5)) + d(1),
        "TRACKING_NO": lambda: rng.choice((f"JJD{d(15)}", f"RR{d(9)}PL", f"1Z{d(4)}{d(4)}{d(8)}")),
        "METER_NO": lambda: rng.choice((f"ZP{d(10)}", f"{d(2)}-{d(6)}-{d(2)}", f"EAN 8716{d(14)}")),
        "CLAIM_NO": lambda: rng.choice((f"CLM/{y}/{d(5)}", f"SCH-{d(7)}", f"DMG{d(6)}")),
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
        "PORT": lambda: str(rng.choice((4000, 8443, 5433, 9000, 4369, 7946, 27017))),
        "IP_INTERNAL": lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    }
    return makers[kind]()
