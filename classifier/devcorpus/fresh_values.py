# ruff: noqa: RUF001  (real spellings: Turkish dotless i in names, dashes in addresses and Swiss prices)
"""Value pools of the ``fresh`` split: names, places, companies, products and number formats no other split uses.

Compiled for Custos from general knowledge (CC0), written from scratch for the
seventh split by an author who had not read the engine. The pools are used
whole and share no entry with the earlier value modules
(``tests/classifier/test_devcorpus.py`` checks it). Names include ones that
are also ordinary words or places (Hope, Fuchs, Rose, Volpe, Vega, Visser,
Wilk ...); products and companies include person-like names that are not
people. Phone layouts, written dates, addresses, reference numbers and
password shapes are this split's own.
"""

from __future__ import annotations

import random
import string
import unicodedata

from classifier.devcorpus.values import _d

# (given names female, given names male, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Hope", "Fern", "Ivy", "Poppy", "Bethan", "Maeve", "Bronwen", "Priya"),
        ("Rowan", "Forrest", "Rhodri", "Lionel", "Kwame", "Alun", "Jago", "Ciarán"),
        ("Baker", "Marsh", "Fielding", "Brook", "Pryce", "Okonkwo", "Mac Giolla", "Hollins", "Nwosu", "Lincoln"),
    ),
    "de": (
        ("Frauke", "Emine", "Vroni", "Sonja", "Resi", "Dörte", "Rosi", "Hildegard"),
        ("Ulf", "Konstantin", "Mehmet", "Wendelin", "Jörg", "Sepp", "Kai-Uwe", "Anselm"),
        ("Fuchs", "Vogel", "Engel", "Brandt", "Yılmaz", "Haas", "Pichler", "Wüthrich", "Holzapfel", "Kühn"),
    ),
    "fr": (
        ("Rose", "Blanche", "Maëlle", "Fatoumata", "Violette", "Nolwenn", "Sixtine", "Radegonde"),
        ("Karim", "Mathis", "Jérémie", "Gwendal", "Quentin", "Médéric", "Gérald", "Erwan"),
        (
            "Boulanger",
            "Marchand",
            "Lebrun",
            "Fontaine",
            "Benali",
            "Janssens",
            "Berger",
            "Da Costa",
            "Leclercq",
            "Lemoine",
        ),
    ),
    "it": (
        ("Speranza", "Gioia", "Letizia", "Fiorella", "Immacolata", "Stella", "Concetta", "Marisa"),
        ("Fortunato", "Salvatore", "Benedetto", "Natale", "Sereno", "Carmine", "Cosimo", "Rosario"),
        ("Volpe", "Porta", "Fontana", "Serra", "Leone", "Dell'Acqua", "Cannavacciuolo", "Lupo", "Guerra", "Nikolić"),
    ),
    "es": (
        ("Dolores", "Luz", "Paz", "Mercedes", "Nazaret", "Consolación", "Bettina", "Ascensión"),
        ("Jesús", "Ángel", "Tomás", "Modesto", "Salvador", "Blas", "Olegario", "Gaizka"),
        ("Toledo", "Soria", "Vega", "Prieto", "Iglesias", "Castillo", "Cortés", "Rey", "Calvo", "Olmedo"),
    ),
    "nl": (
        ("Griet", "Saskia", "Anneloes", "Dieuwke", "Tineke", "Els", "Mieke", "Aukje"),
        ("Bas", "Ruud", "Lowie", "Jasper", "Hessel", "Wout", "Job", "Ignaas"),
        ("Kok", "Koning", "Van Damme", "Claes", "de Haan", "Schipper", "Van Acker", "Dijkhuis", "Hasan", "Tjalling"),
    ),
    "pl": (
        ("Jagoda", "Kalina", "Malina", "Bogna", "Dobrawa", "Wanda", "Irena", "Bogumiła"),
        ("Lech", "Bronisław", "Krystian", "Oskar", "Mściwój", "Eulogiusz", "Stanisław", "Roch"),
        ("Wilk", "Lis", "Sowa", "Kot", "Zając", "Wróbel", "Gołębiowski", "Pająk", "Kruk", "Majewska"),
    ),
}

STREETS: dict[str, tuple[str, ...]] = {
    "en": ("Tanners Close", "Harbour View Road", "Pembroke Crescent", "Quarry Hill", "Ormeau Terrace", "Saltmarsh Way"),
    "de": ("Hafenstraße", "Kastanienallee", "Zollgasse", "Steinweg", "Mühlbachstraße", "Am Weinberg"),
    "fr": (
        "rue Saint-Gilles",
        "avenue Jean-Jaurès",
        "chemin du Moulin",
        "rue de la Halle",
        "impasse des Lilas",
        "chaussée de Charleroi",
    ),
    "it": (
        "Via San Francesco",
        "Viale dei Tigli",
        "Via dei Fossi",
        "Piazza del Duomo",
        "Vicolo del Pozzo",
        "Via Sant'Orsola",
    ),
    "es": (
        "Calle Jardines",
        "Avenida Gasteiz",
        "Calle Mayor de Triana",
        "Plaza de la Virgen Blanca",
        "Calle Fueros",
        "Camino de Ronda",
    ),
    "nl": ("Begijnhofstraat", "Kerkplein", "Havenkade", "Nieuwstad", "Turfsingel", "Zuiderhaven"),
    "pl": ("ul. Lwowska", "ul. Grodzka", "ul. Zamkowa", "ul. Mostowa", "ul. Młyńska", "al. Lipowa"),
}
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("BT48 6AA", "Derry"),
        ("PL1 2AA", "Plymouth"),
        ("F91 X2P3", "Sligo"),
        ("LN1 3BH", "Lincoln"),
        ("DD1 4HN", "Dundee"),
        ("E91 V2K7", "Clonmel"),
    ),
    "de": (
        ("34117", "Kassel"),
        ("4600", "Wels"),
        ("18055", "Rostock"),
        ("7000", "Chur"),
        ("79539", "Lörrach"),
        ("5400", "Hallein"),
    ),
    "fr": (
        ("38000", "Grenoble"),
        ("25000", "Besançon"),
        ("4510", "Differdange"),
        ("64100", "Bayonne"),
        ("29000", "Quimper"),
        ("5590", "Ciney"),
    ),
    "it": (
        ("39100", "Bolzano (BZ)"),
        ("60121", "Ancona (AN)"),
        ("33100", "Udine (UD)"),
        ("41121", "Modena (MO)"),
        ("96100", "Siracusa (SR)"),
        ("87100", "Cosenza (CS)"),
    ),
    "es": (
        ("16001", "Cuenca"),
        ("24001", "León"),
        ("04001", "Almería"),
        ("43001", "Tarragona"),
        ("49001", "Zamora"),
        ("4700-001", "Braga"),
    ),
    "nl": (
        ("5038 AA", "Tilburg"),
        ("8500", "Kortrijk"),
        ("6041 AA", "Roermond"),
        ("9300", "Aalst"),
        ("3311 AA", "Dordrecht"),
        ("2611 AA", "Delft"),
    ),
    "pl": (
        ("76-200", "Słupsk"),
        ("59-220", "Legnica"),
        ("34-500", "Zakopane"),
        ("87-100", "Toruń-Podgórz"),
        ("22-100", "Chełm"),
        ("62-800", "Ostrów Wielkopolski"),
    ),
}
EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("mail-harbour.co.uk", "shannonmail.ie", "fastpost.uk", "pennine-net.co.uk"),
    "de": ("elbnetz-mail.de", "alpenkabel.at", "postfach24.de", "seenet.ch"),
    "fr": ("loiremail.fr", "mouette.net", "courriel-ardenne.be", "provence-web.fr"),
    "it": ("postanuova.it", "etnamail.it", "adriatico.net", "fibraposta.it"),
    "es": ("correosur.es", "iberbuzon.com", "cantabriamail.es", "douro.pt"),
    "nl": ("waddenpost.nl", "kpost.nl", "vlaanderenmail.be", "veluwenet.nl"),
    "pl": ("poczta-baltyk.pl", "mazurnet.pl", "skrzynka24.pl", "tatrymail.pl"),
}
COMPANIES = (
    "Rheinkai Logistik GmbH",
    "Stadtwerke Kernbach",
    "Voltaria Énergie SAS",
    "Lagunatel S.p.A.",
    "Viajes Meseta S.L.",
    "Grachtwonen Beheer B.V.",
    "Bałtel Telekom S.A.",
    "Ashgrove Academy Trust",
    "Cabinet Vauclair Avocats",
    "Pixelforge Games Ltd",
    "Clinique des Tilleuls",
    "Nordlicht Research gGmbH",
)
WORK_DOMAINS = (
    "rheinkai-logistik.de",
    "voltaria.fr",
    "lagunatel.it",
    "viajesmeseta.es",
    "grachtwonen.nl",
    "baltel.pl",
    "pixelforge.ie",
)

# Look-alikes that are no people (the hard clean cases), all new to this split.
MODELS = (
    "Mistral Small 3.2",
    "DeepSeek-V3.1",
    "Grok 3 mini",
    "Claude Opus 4.1",
    "GPT-5 mini",
    "Hunyuan-A13B",
    "Qwen3-Coder",
    "Devstral Medium",
    "Ministral 3B",
    "Kimi K2",
    "Granite 4.0 Tiny",
    "Phi-4-reasoning",
)
PRODUCTS = (
    "Hugo Smart Meter",
    "Bertha Cargo Bike",
    "Otto Parcel Locker",
    "Clara Wallbox",
    "Felix Fibre Router",
    "Greta Heat Pump",
    "Milo Classroom Tablet",
    "Ada Lab Notebook",
    "Ruby Boarding Scanner",
    "Oscar Tenant Portal",
    "Lotte Water Sensor",
    "Bruno Pallet Scale",
)
TECH = (
    "Godot",
    "Unreal Engine",
    "SaltStack",
    "Bicep",
    "Dagster",
    "DuckDB",
    "Redpanda",
    "Flutter",
    "Symfony",
    "Quarkus",
    "SolidJS",
    "Snakemake",
)

MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
    "de": (
        "Jänner",
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
    "fr": ("janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "it": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    "es": ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."),
    "nl": ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."),
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


def _ascii(text: str) -> str:
    folded = unicodedata.normalize(
        "NFKD", text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    )
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("'", "").replace(" ", "")


def email_for(rng: random.Random, first: str, last: str, language: str) -> str:
    """Private mailboxes at the big national providers, work addresses at this split's employers."""
    local = rng.choice(("{f}.{l}", "{fi}{l}", "{l}.{fi}", "{f}{y2}", "{f}-{l}", "{l}{f}{n}"))
    value = local.format(
        f=first.lower(),
        l=last.lower(),
        fi=first[0].lower(),
        n=rng.randint(1, 9),
        y2=f"{rng.randint(60, 99)}",
    )
    domain = rng.choice(EMAIL_DOMAINS[language] + WORK_DOMAINS[:4])
    return _ascii(value).strip(".-") + "@" + domain


def phone(rng: random.Random, language: str) -> str:
    """Phone numbers in layouts of the language's countries that no earlier split writes."""
    d = lambda n: _d(rng, n)  # noqa: E731
    layouts = {
        "en": (
            lambda: f"07{d(3)} {d(3)} {d(3)}",
            lambda: f"+44 113 {d(3)} {d(4)}",
            lambda: f"+353 1 {d(3)} {d(4)}",
            lambda: f"085-{d(3)}-{d(4)}",
        ),
        "de": (
            lambda: f"+49 221 {d(7)}",
            lambda: f"0171/{d(7)}",
            lambda: f"+43 664 {d(3)} {d(4)}",
            lambda: f"(0 40) {d(3)} {d(2)} {d(2)}",
            lambda: f"+41 79 {d(3)} {d(2)} {d(2)}",
        ),
        "fr": (
            lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            lambda: f"+32 (0)2 {d(3)} {d(2)} {d(2)}",
            lambda: f"+352 621 {d(3)} {d(3)}",
        ),
        "it": (
            lambda: f"+39 348 {d(7)}",
            lambda: f"055 {d(6)}",
            lambda: f"339.{d(3)}.{d(4)}",
            lambda: f"0039 091 {d(3)} {d(4)}",
        ),
        "es": (
            lambda: f"6{d(2)}-{d(3)}-{d(3)}",
            lambda: f"+34 93 {d(3)} {d(2)} {d(2)}",
            lambda: f"0034 6{d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+351 91{d(1)} {d(3)} {d(3)}",
        ),
        "nl": (
            lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+31 (0)70 {d(3)} {d(4)}",
            lambda: f"+32 470 {d(2)} {d(2)} {d(2)}",
            lambda: f"050-{d(3)} {d(2)} {d(2)}",
        ),
        "pl": (
            lambda: f"+48 {d(3)}-{d(3)}-{d(3)}",
            lambda: f"(42) {d(3)} {d(2)} {d(2)}",
            lambda: f"0048 5{d(2)} {d(3)} {d(3)}",
            lambda: f"{d(3)}-{d(3)}-{d(3)}",
        ),
    }
    return str(rng.choice(layouts[language])())


def written_date(rng: random.Random, language: str, date: tuple[int, int, int]) -> str:
    """A date as this split's writers put it: short month names, unpadded numbers, two-digit years."""
    year, month, day = date
    name = MONTHS[language][month - 1]
    shape = rng.randrange(4)
    if shape == 0:
        sep = {"en": "/", "de": ".", "fr": "/", "it": "-", "es": "-", "nl": "-", "pl": "."}[language]
        return f"{day}{sep}{month}{sep}{year}"
    if shape == 1:
        sep = {"en": "/", "de": ".", "fr": ".", "it": "/", "es": "/", "nl": "/", "pl": "."}[language]
        return (
            f"{day:02d}{sep}{month:02d}{sep}{year % 100:02d}"
            if language in {"de", "en"}
            else f"{day:02d}{sep}{month:02d}{sep}{year}"
        )
    if shape == 2:
        if language == "en":
            suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            return f"{day}{suffix} {name} {year}"
        if language == "de":
            return f"{day}. {name} {year}"
        if language == "es":
            return f"{day} {name} {year}"
        return f"{day} {name} {year}"
    return f"{year}-{month:02d}-{day:02d}"


def address(rng: random.Random, language: str, split: str = "fresh") -> str:
    """A street address in one of the country's written forms (floors, flats, bis/ter, Top, Stiege, m., int.)."""
    street = rng.choice(STREETS[language])
    postcode, city = rng.choice(CITIES[language])
    n = rng.randint(1, 220)
    if language == "en":
        return rng.choice(
            (
                f"Flat {rng.randint(1, 12)}{rng.choice('ABC')}, {n} {street}, {city} {postcode}",
                f"{n} {street}, {city}, {postcode}",
                f"Apartment {rng.randint(1, 60)}, {street}, {city} {postcode}",
            )
        )
    if language == "de":
        if len(postcode) == 4 and city in {"Innsbruck", "Graz"}:
            return rng.choice(
                (
                    f"{street} {n}/Stiege {rng.randint(1, 4)}/Top {rng.randint(1, 30)}, {postcode} {city}",
                    f"{street} {n}/{rng.randint(1, 18)}, {postcode} {city}",
                )
            )
        if len(postcode) == 4:
            return f"{street} {n}, CH-{postcode} {city}"
        return rng.choice(
            (
                f"{street} {n}{rng.choice('ab')}, {postcode} {city}",
                f"{street} {n}, 2. OG links, {postcode} {city}",
                f"{street} {n}\n{postcode} {city}",
            )
        )
    if language == "fr":
        if len(postcode) == 4:
            return f"{street} {n}/{rng.randint(1, 12)}, {'L-' if city.startswith('Esch') else ''}{postcode} {city}"
        return rng.choice(
            (
                f"{n} {rng.choice(('bis', 'ter'))} {street}, {postcode} {city}",
                f"Bât. {rng.choice('ABC')}, {n} {street}\n{postcode} {city}",
                f"{n}, {street} – {postcode} {city}",
            )
        )
    if language == "it":
        town, province = city.rsplit(" ", 1)
        return rng.choice(
            (
                f"{street}, {n}, {postcode} {town} {province}",
                f"{street} {n}/{rng.choice('ABCD')}, scala {rng.choice('AB')}, {postcode} {town} {province}",
                f"{street} {n}\n{postcode} {town} {province}",
            )
        )
    if language == "es":
        if "-" in postcode:
            return f"Rua de Santa Catarina, {n}, {rng.randint(1, 6)}.º Dto, {postcode} {city}"
        return rng.choice(
            (
                f"{street}, {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}, {postcode} {city}",
                f"{street} {n}, esc. {rng.choice('12')}, {rng.randint(1, 9)}º {rng.randint(1, 4)}ª, {postcode} {city}",
                f"{street}, n.º {n}, {postcode} {city}",
            )
        )
    if language == "nl":
        if postcode.isdigit():
            return f"{street} {n}/{rng.randint(1, 9)}, {postcode} {city}"
        return rng.choice(
            (
                f"{street} {n} {rng.choice(('A', 'B', 'bis'))}, {postcode} {city}",
                f"{street} {n}-{rng.randint(1, 3)}\n{postcode} {city}",
                f"{street} {n}, {postcode} {city}",
            )
        )
    return rng.choice(
        (
            f"{street} {n} m. {rng.randint(1, 90)}, {postcode} {city}",
            f"{street} {n}/{rng.randint(1, 40)}\n{postcode} {city}",
            f"{street} {n}, {postcode} {city}",
        )
    )


def postcode_city(rng: random.Random, language: str) -> str:
    postcode, city = rng.choice(CITIES[language])
    return f"{postcode} {city}"


def password(rng: random.Random) -> str:
    """Passwords as people choose them: word + digits + symbol, leet spellings, keyboard walks, random runs."""
    words = ("Lokomotive", "tramontana", "zeppelin", "Hafenkran", "marmotte", "pierogi", "bakfiets", "churro")
    shape = rng.randrange(5)
    if shape == 0:
        return f"{rng.choice(words).capitalize()}{rng.randint(10, 99)}{rng.choice('!#&*')}"
    if shape == 1:
        word = rng.choice(words).lower().replace("a", "@").replace("o", "0").replace("e", "3")
        return word + str(rng.randint(1, 999))
    if shape == 2:
        return rng.choice(("Qwertz", "Azerty", "Asdf", "Zxcv")) + rng.choice(("123!", "2024?", "#99", "_01"))
    if shape == 3:
        alphabet = string.ascii_letters + string.digits + "#%+=:"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(12, 18)))
    return f"{rng.choice(words)}.{rng.choice(words).lower()}.{_d(rng, 2)}"


SECRET_MAKERS = {"PASSWORD": password}


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{rng.choice('17')}{h[13:16]}-{rng.choice('89b')}{h[17:20]}-{h[20:]}"


TIME_SEPARATORS = {
    "en": (":", "."),
    "de": (":", "."),
    "fr": ("h", " h "),
    "it": (":", "."),
    "es": (":",),
    "nl": (".", ":"),
    "pl": (":",),
}
STANDS = {
    "en": "Hall {hall}, booth {stand}",
    "de": "Halle {hall}, Stand {stand}",
    "fr": "pavillon {hall}, stand {stand}",
    "it": "padiglione {hall}, stand {stand}",
    "es": "pabellón {hall}, stand {stand}",
    "nl": "hal {hall}, stand {stand}",
    "pl": "hala {hall}, stoisko {stand}",
}
PRICES = {
    "en": ("£{n}", "€{n}.{c}", "{n} EUR"),
    "de": ("{n},{c} €", "EUR {n}", "CHF {n}.–"),
    "fr": ("{n},{c} €", "{n} € TTC", "{n} EUR"),
    "it": ("€ {n},{c}", "{n} euro", "{n},00 €"),
    "es": ("{n},{c} €", "{n} € (IVA incl.)", "{n} EUR"),
    "nl": ("€ {n},{c}", "€ {n},-", "{n} EUR"),
    "pl": ("{n} zł", "{n},{c} PLN", "{n} zł brutto"),
}


def clean_value(rng: random.Random, kind: str, language: str, split: str = "fresh") -> str:
    """Numbers and names that look like personal data and are not, in formats of this split."""
    d = lambda n: _d(rng, n)  # noqa: E731
    y = rng.randint(2024, 2026)
    upper = "ABCDEFGHJKLMNPRSTUVWXYZ"
    makers = {
        "ORDER_NO": lambda: rng.choice((f"SO{y}{d(6)}", f"{d(2)}-{d(6)}", f"OR/{d(5)}/{y % 100}")),
        "INVOICE_NO": lambda: rng.choice((f"{y}/FA/{d(5)}", f"R{d(9)}", f"INV{d(3)}-{d(4)}")),
        "CUSTOMER_NO": lambda: rng.choice((f"{d(3)} {d(3)} {d(3)}", f"KU-{d(6)}", f"C{d(8)}")),
        "TICKET_NO": lambda: rng.choice((f"INC{d(7)}", f"REQ-{d(5)}", f"#{d(7)}")),
        "CONTRACT_NO": lambda: rng.choice((f"VK {d(4)}-{d(4)}", f"LEASE-{y}-{d(3)}", f"{d(2)}.{d(3)}.{d(3)}")),
        "BOOKING_REF": lambda: "".join(rng.choice(upper) for _ in range(6)),
        "FLIGHT_NO": lambda: f"{rng.choice(('EI', 'LH', 'AF', 'IB', 'KL', 'LO', 'AZ'))} {rng.randint(100, 9999)}",
        "TRACKING_NO": lambda: rng.choice((f"00340{d(15)}", f"CX{d(9)}DE", f"LX{d(9)}IT", f"{d(12)}")),
        "METER_NO": lambda: rng.choice((f"1ESY{d(10)}", f"ZN {d(8)}", f"EAN 871{d(15)}")),
        "CASE_NO": lambda: rng.choice((f"{rng.randint(1, 9)} O {d(3)}/{y % 100}", f"RG {y}/{d(5)}", f"N.{d(4)}/{y}")),
        "SKU": lambda: f"{rng.choice(('PAL', 'BOX', 'KIT'))}-{d(4)}{rng.choice(upper)}",
        "ROOM": lambda: f"{rng.choice(('R', 'Lab ', 'Raum ', 'Aula '))}{rng.randint(1, 4)}{d(2)}",
        "VERSION": lambda: rng.choice(
            (
                f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}",
                f"{rng.randint(1, 4)}.{rng.randint(0, 9)}-rc{rng.randint(1, 5)}",
                f"build {rng.randint(1000, 99999)}",
            )
        ),
        "UUID": lambda: _uuid(rng),
        "GITHASH": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((8, 12, 40)))),
        "SHA256": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(64)),
        "TIMESTAMP": lambda: rng.choice(
            (
                f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
                f"[{rng.randint(1, 28):02d}/{('Mar', 'Jun', 'Oct')[rng.randrange(3)]}/{y}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0100]",
                f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            )
        ),
        "DATE": lambda: written_date(rng, language, (y, rng.randint(1, 12), rng.randint(1, 28))),
        "TIME": lambda: f"{rng.randint(7, 21)}{rng.choice(TIME_SEPARATORS[language])}{rng.choice(('00', '30', '15'))}",
        "STAND": lambda: STANDS[language].format(hall=rng.randint(1, 12), stand=f"{rng.choice('ABCDEF')}{d(2)}"),
        "PRICE": lambda: rng.choice(PRICES[language]).format(n=rng.randint(5, 900), c=d(2)),
        "PERCENT": lambda: f"{rng.randint(2, 80)}%",
        "MODEL": lambda: rng.choice(MODELS),
        "PRODUCT": lambda: rng.choice(PRODUCTS),
        "TECH": lambda: rng.choice(TECH),
        "COMPANY": lambda: rng.choice(COMPANIES),
        "POSTCODE_CITY": lambda: postcode_city(rng, language),
        "CITY": lambda: rng.choice(CITIES[language])[1].split(" (")[0],
        "NUMBER": lambda: str(rng.randint(3, 9000)),
        "PORT": lambda: str(rng.choice((5433, 6390, 8181, 9300, 15672, 27018, 3307))),
        "IP_INTERNAL": lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "KWH": lambda: f"{rng.randint(800, 9000)} kWh",
        "GB": lambda: f"{rng.choice((5, 10, 20, 50, 100))} GB",
    }
    return makers[kind]()
