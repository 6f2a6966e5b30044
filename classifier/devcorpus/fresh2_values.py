# ruff: noqa: RUF001  (real spellings: Turkish letters in names, dashes in addresses and prices)
"""Value pools of the ``fresh2`` split: names, places, employers, products and number formats no other split uses.

Compiled for Custos from general knowledge (CC0), written from scratch for the
eighth split by an author who had read neither the engine nor its data. The
pools are used whole and share no entry with the earlier value modules
(``tests/classifier/test_devcorpus.py`` checks it). Names include ones that
are also ordinary words, months or places (Summer, Dawn, Winter, Sommer,
Koch, Bianco, Pastor, Bakker, Kapusta ...; Polish
surnames are ones whose form does not change with gender); products carry given names
(Theo Smart Lock) and are no people. Phone layouts, written dates, address
grammars (Austrian Stiege/Top, Belgian boîte/bus, Spanish s/n and bajo,
Italian interno, Polish lok.), reference numbers and password shapes are this
split's own.
"""

from __future__ import annotations

import random
import string
import unicodedata

from classifier.devcorpus.values import MONTHS as SHARED_MONTHS
from classifier.devcorpus.values import _d

# (given names female, given names male, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Summer", "Willow", "Gráinne", "Amara", "Heather", "Dawn", "Una", "Harmony", "Blessing", "Eilidh"),
        ("Hunter", "Fionn", "Dafydd", "Ezekiel", "Chidi", "Guy", "Tobenna", "Ieuan", "Marcus", "Reuben"),
        (
            "Cook",
            "Fisher",
            "Winter",
            "Street",
            "Greenwood",
            "Ogunleye",
            "Ó Briain",
            "Bishop",
            "Day",
            "Sharma",
            "Hatherley",
            "Goodfellow",
        ),
    ),
    "de": (
        ("Liesel", "Ayşe", "Traudl", "Zehra", "Birte", "Elfriede", "Anneliese", "Jutta", "Rabia", "Gerlinde"),
        ("Burak", "Urs", "Ingo", "Dragan", "Kilian", "Baldur", "Ottmar", "Lutz", "Friedhelm", "Emre"),
        (
            "Schuster",
            "Gärtner",
            "Winkler",
            "Sommer",
            "Hahn",
            "Öztürk",
            "Ruckstuhl",
            "Eberhardt",
            "Lindemann",
            "Stein",
            "Jäger",
            "Hofstetter",
        ),
    ),
    "fr": (
        ("Aïcha", "Marine", "Eugénie", "Domitille", "Hortense", "Jacinthe", "Aude", "Mireille", "Bintou", "Yolande"),
        ("Mamadou", "Fabrice", "Hervé", "Barnabé", "Célestin", "Florentin", "Modeste", "Rodolphe", "Wilfried", "Abdou"),
        (
            "Meunier",
            "Perrin",
            "Carpentier",
            "Lacroix",
            "Rivière",
            "Haddad",
            "Wauters",
            "Legrand",
            "Bonnet",
            "Pasquier",
            "Rochefort",
            "Boucher",
        ),
    ),
    "it": (
        (
            "Aurora",
            "Viola",
            "Addolorata",
            "Nunzia",
            "Benvenuta",
            "Romilda",
            "Agata",
            "Pasqualina",
            "Ersilia",
            "Lucrezia",
        ),
        ("Ciro", "Ottavio", "Primo", "Gaetano", "Ermenegildo", "Girolamo", "Crescenzo", "Aldo", "Quirino", "Donato"),
        (
            "Galli",
            "Bianco",
            "Gatti",
            "Pellegrino",
            "Basile",
            "Monti",
            "Campana",
            "Cattaneo",
            "Fabbri",
            "Orlando",
            "Lombardi",
            "Ferraro",
        ),
    ),
    "es": (
        (
            "Aránzazu",
            "Candelaria",
            "Purificación",
            "Eulalia",
            "Fuensanta",
            "Lourdes",
            "Noelia",
            "Azucena",
            "Estíbaliz",
            "Belén",
        ),
        (
            "Feliciano",
            "Eustaquio",
            "Ildefonso",
            "Marcelino",
            "Indalecio",
            "Ceferino",
            "Melchor",
            "Urbano",
            "Toribio",
            "Koldo",
        ),
        (
            "Gallego",
            "Herrero",
            "Pastor",
            "Cano",
            "Lozano",
            "Ortega",
            "Marín",
            "Crespo",
            "Bravo",
            "Sierra",
            "Cordero",
            "Carmona",
        ),
    ),
    "nl": (
        ("Wilma", "Joke", "Evi", "Fenna", "Marjolein", "Nynke", "Hiltje", "Annemiek", "Veerle", "Bieke"),
        ("Dirk", "Lieven", "Freek", "Maurits", "Bart", "Kees", "Harm", "Jorrit", "Toon", "Gert-Jan"),
        (
            "de Bruijn",
            "Hendriks",
            "Storm",
            "de Graaf",
            "Wuyts",
            "Prins",
            "Scholten",
            "Blom",
            "Vos",
            "Goossens",
            "Jonker",
            "van Leeuwen",
        ),
    ),
    "pl": (
        ("Róża", "Żaneta", "Helena", "Iwona", "Alicja", "Gabriela", "Hanna", "Dobromira", "Celina", "Ludmiła"),
        (
            "Ludwik",
            "Włodzimierz",
            "Feliks",
            "Mieczysław",
            "Edmund",
            "Hieronim",
            "Cyprian",
            "Norbert",
            "Ireneusz",
            "Romuald",
        ),
        (
            "Wieczorek",
            "Mazurek",
            "Szewczyk",
            "Bąk",
            "Kurek",
            "Stępień",
            "Zawada",
            "Walczak",
            "Kapusta",
            "Chmiel",
            "Cieślak",
            "Jeż",
        ),
    ),
}

STREETS: dict[str, tuple[str, ...]] = {
    "en": ("Tanyard Lane", "Chapel Street", "Bridge Road", "Castle Rise", "Orchard Grove", "Lough Road"),
    "de": ("Holunderstieg", "Bahnhofweg", "Gartenstraße", "Schlehenweg", "Rosengasse", "Auf der Heide"),
    "fr": (
        "rue des Cordiers",
        "boulevard Gambetta",
        "allée des Charmes",
        "rue du Four",
        "quai des Bateliers",
        "impasse du Puits",
    ),
    "it": (
        "Via del Borgo",
        "Via dei Mille",
        "Via Pietro Micca",
        "Vico Lungo",
        "Salita San Nicola",
        "Via delle Rose",
    ),
    "es": (
        "Calle del Carmen",
        "Avenida del Ebro",
        "Calle Ancha",
        "Travesía del Sol",
        "Ronda de Outeiro",
        "Rúa Nova",
    ),
    "nl": ("Achterweg", "Bleekveld", "Stationslaan", "Lange Nieuwstraat", "Brouwersgracht", "Kouter"),
    "pl": ("ul. Wiśniowa", "ul. Słoneczna", "ul. Jaśminowa", "ul. Piłsudskiego", "al. Wojska Polskiego", "ul. Rybacka"),
}
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("LA9 4DL", "Kendal"),
        ("LL11 1AY", "Wrexham"),
        ("TD15 1BN", "Berwick-upon-Tweed"),
        ("F45 HX72", "Ballina"),
        ("V95 T2P6", "Ennis"),
        ("NR2 1NH", "Norwich"),
    ),
    "de": (
        ("07545", "Gera"),
        ("6850", "Dornbirn"),
        ("9400", "Wolfsberg"),
        ("97070", "Würzburg"),
        ("4600", "Olten"),
        ("96047", "Bamberg"),
        ("6330", "Kufstein"),
    ),
    "fr": (
        ("56000", "Vannes"),
        ("49000", "Angers"),
        ("1348", "Louvain-la-Neuve"),
        ("49400", "Saumur"),
        ("68100", "Mulhouse"),
        ("6800", "Libramont"),
        ("1931", "Luxembourg"),
    ),
    "it": (
        ("10121", "Torino"),
        ("80134", "Napoli"),
        ("25121", "Brescia"),
        ("70122", "Bari"),
        ("06121", "Perugia"),
        ("38122", "Trento"),
    ),
    "es": (
        ("12001", "Castellón de la Plana"),
        ("24401", "Ponferrada"),
        ("32001", "Ourense"),
        ("46340", "Requena"),
        ("09400", "Aranda de Duero"),
        ("1100-148", "Lisboa"),
    ),
    "nl": (
        ("7811 AA", "Emmen"),
        ("1621 AA", "Hoorn"),
        ("3600", "Genk"),
        ("8900", "Ieper"),
        ("9401 AA", "Assen"),
        ("2440", "Geel"),
    ),
    "pl": (
        ("84-100", "Puck"),
        ("57-300", "Kłodzko"),
        ("38-500", "Sanok"),
        ("78-400", "Szczecinek"),
        ("48-300", "Nysa"),
        ("19-300", "Ełk"),
    ),
}
# Where a language's towns lie outside its main country: their address grammar follows the country.
TOWN_COUNTRY = {
    "Dornbirn": "AT",
    "Wolfsberg": "AT",
    "Kufstein": "AT",
    "Olten": "CH",
    "Louvain-la-Neuve": "BE",
    "Libramont": "BE",
    "Luxembourg": "LU",
    "Lisboa": "PT",
    "Genk": "BE",
    "Ieper": "BE",
    "Geel": "BE",
    "Ballina": "IE",
    "Ennis": "IE",
}
PROVINCES = {"Torino": "TO", "Napoli": "NA", "Brescia": "BS", "Bari": "BA", "Perugia": "PG", "Trento": "TN"}
EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("tidewater-mail.co.uk", "bogmail.ie", "northpost.uk", "thamesbox.co.uk"),
    "de": ("rheinpost.de", "donaumail.at", "bodenseenet.ch", "heidemail.de"),
    "fr": ("garonne-mail.fr", "courrielvert.be", "alpesnet.fr", "bretagnemail.fr"),
    "it": ("tirrenomail.it", "dolomitimail.it", "postavesuvio.it", "laguna-net.it"),
    "es": ("correo-cantabrico.es", "buzonazul.es", "mesetamail.com", "tejo.pt"),
    "nl": ("dijkpost.nl", "leiemail.be", "duinnet.nl", "maasmail.nl"),
    "pl": ("poczta-wisla.pl", "odra-net.pl", "karkonosze.pl", "bieszczadymail.pl"),
}
COMPANIES = (
    "Aegida Versicherung AG",
    "Rentaroute Car Hire",
    "TalentBridge Recruitment Ltd",
    "Immobilière Clairval",
    "Pensioenfonds Horizon",
    "Fundacja Ciepły Dom",
    "Studio Dentistico Sorriso",
    "Helpwise IT Services",
    "SV Blau-Weiß Mühlheide 1921 e.V.",
    "Swiftline Couriers",
    "Hôtel des Trois Ponts",
    "Clínica Veterinaria Los Olivos",
)
WORK_DOMAINS = (
    "aegida.de",
    "rentaroute.ie",
    "talentbridge.co.uk",
    "clairval-immo.fr",
    "pf-horizon.nl",
    "cieplydom.org.pl",
    "sorriso-dental.it",
)

# Look-alikes that are no people (the hard clean cases), all new to this split.
MODELS = (
    "Gemini 2.5 Flash-Lite",
    "Llama 3.3 Nemotron Super",
    "Voxtral Mini",
    "Sarvam-M",
    "Codestral 25.01",
    "gpt-oss-120b",
    "Claude Sonnet 4.5",
    "Qwen2.5-VL-72B",
    "OLMo 2 32B",
    "Gemma 3n",
    "Nemotron Nano 9B",
    "Aya Expanse 32B",
    "EuroLLM-9B",
    "Teuken-7B",
)
PRODUCTS = (
    "Paula Pet Tracker",
    "Theo Smart Lock",
    "Vera Check-in Kiosk",
    "Nina Intraoral Scanner",
    "Max Fleet Telematics",
    "Karla Claims Assistant",
    "Edgar Helpdesk Bot",
    "Lena Energy Monitor",
    "Henri Room Controller",
    "Mila Pension Planner",
    "Ugo Courier Tracker",
    "Sofia Admissions Portal",
)
TECH = (
    "Crossplane",
    "Tilt",
    "Temporal",
    "TimescaleDB",
    "Phoenix LiveView",
    "htmx",
    "Litestream",
    "Caddy",
    "Traefik",
    "Flux CD",
    "Deno",
    "Dapr",
)

# The other splits' month names, with this author's German abbreviations and Polish Roman numerals.
MONTHS = {
    **SHARED_MONTHS,
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
    "pl": ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"),
}


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("'", "").replace(" ", "")


def email_for(rng: random.Random, first: str, last: str, language: str) -> str:
    """Private mailboxes (surname first, initials, birth years, underscores) and work addresses at this split's employers."""
    local = rng.choice(("{l}_{f}", "{f}.{l}{n}", "{fi}.{l}", "{f}_{y4}", "{l}{fi}", "{f}{l}"))
    value = local.format(
        f=first.lower(),
        l=last.lower(),
        fi=first[0].lower(),
        n=rng.randint(10, 99),
        y4=rng.randint(1955, 2004),
    )
    domain = rng.choice(EMAIL_DOMAINS[language] + WORK_DOMAINS[:3])
    return _ascii(value).replace("-", "").strip("._") + "@" + domain


def phone(rng: random.Random, language: str) -> str:
    """Phone numbers in layouts of the language's countries, as this split's writers type them."""
    d = lambda n: _d(rng, n)  # noqa: E731
    layouts = {
        "en": (
            lambda: f"01632 {d(6)}",
            lambda: f"+353 (0)87 {d(3)} {d(4)}",
            lambda: f"07{d(3)}-{d(6)}",
            lambda: f"+44 (0)20 7946 {d(4)}",
        ),
        "de": (
            lambda: f"030 / {d(3)} {d(2)} {d(2)}",
            lambda: f"+49 (0)151 {d(4)} {d(4)}",
            lambda: f"0043 1 {d(3)} {d(2)} {d(2)}",
            lambda: f"+41 44 {d(3)} {d(2)} {d(2)}",
            lambda: f"0160-{d(7)}",
        ),
        "fr": (
            lambda: f"+33 (0)4 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"07.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            lambda: f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"0{rng.choice('59')} {d(2)} {d(2)} {d(2)} {d(2)}",
        ),
        "it": (
            lambda: f"+39 011 {d(3)} {d(4)}",
            lambda: f"333 {d(3)} {d(4)}",
            lambda: f"+39 347-{d(7)}",
            lambda: f"(+39) 06 {d(8)}",
        ),
        "es": (
            lambda: f"+34 6{d(2)} {d(3)} {d(3)}",
            lambda: f"9{d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"(+34) 7{d(2)}.{d(3)}.{d(3)}",
            lambda: f"+351 21 {d(3)} {d(4)}",
        ),
        "nl": (
            lambda: f"+31 6 {d(4)} {d(4)}",
            lambda: f"010 - {d(3)} {d(4)}",
            lambda: f"0031 (0)20 {d(7)}",
            lambda: f"+32 9 {d(3)} {d(2)} {d(2)}",
            lambda: f"06-{d(8)}",
        ),
        "pl": (
            lambda: f"+48 {d(2)} {d(3)} {d(2)} {d(2)}",
            lambda: f"(+48) 6{d(2)}-{d(3)}-{d(3)}",
            lambda: f"{d(2)} {d(3)} {d(2)} {d(2)}",
            lambda: f"+48{d(9)}",
        ),
    }
    return str(rng.choice(layouts[language])())


def written_date(rng: random.Random, language: str, date: tuple[int, int, int]) -> str:
    """A date as this split's writers put it: month names in full, Roman months in Polish, ISO and dotted forms."""
    year, month, day = date
    name = MONTHS[language][month - 1]
    shape = rng.randrange(4)
    if shape == 0:
        if language == "en":
            return rng.choice((f"{name} {day}, {year}", f"{day} {name} {year}"))
        if language == "de":
            return f"{day:02d}. {name} {year}"
        if language == "pl":
            return f"{day} {name} {year}"
        if language == "es":
            return f"{day} de {name} de {year}"
        return f"{'1er' if day == 1 and language == 'fr' else day} {name} {year}"
    if shape == 1:
        sep = {"en": ".", "de": ".", "fr": "-", "it": ".", "es": ".", "nl": ".", "pl": "-"}[language]
        return f"{day:02d}{sep}{month:02d}{sep}{year}"
    if shape == 2:
        if language == "en":
            return f"{month:02d}/{day:02d}/{year}" if rng.random() < 0.3 else f"{day}/{month}/{year % 100:02d}"
        sep = {"de": ".", "fr": "/", "it": "/", "es": "/", "nl": "-", "pl": "."}[language]
        return f"{day}{sep}{month}{sep}{year}"
    return f"{year}.{month:02d}.{day:02d}" if language == "pl" else f"{year}-{month:02d}-{day:02d}"


def address(rng: random.Random, language: str, split: str = "fresh2") -> str:
    """A street address in one of its country's written forms."""
    street = rng.choice(STREETS[language])
    postcode, city = rng.choice(CITIES[language])
    country = TOWN_COUNTRY.get(
        city, {"en": "GB", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL"}.get(language, "PL")
    )
    n = rng.randint(1, 180)
    k = rng.randint(1, 24)
    if country == "GB":
        return rng.choice(
            (
                f"{n} {street}, {city} {postcode}",
                f"{n}a {street}\n{city}\n{postcode}",
                f"Unit {k}, {n} {street}, {city}, {postcode}",
            )
        )
    if country == "IE":
        return rng.choice((f"Apt {k}, {n} {street}, {city}, {postcode}", f"{n} {street}, {city} {postcode}"))
    if country == "DE":
        return rng.choice(
            (
                f"{street} {n}, {postcode} {city}",
                f"{street} {n} (Hinterhaus), {postcode} {city}",
                f"{street} {n}{rng.choice('abc')}\n{postcode} {city}",
            )
        )
    if country == "AT":
        return rng.choice(
            (
                f"{street} {n}/{rng.randint(1, 5)}/{k}, A-{postcode} {city}",
                f"{street} {n}, Stiege {rng.randint(1, 5)}, Top {k}, {postcode} {city}",
            )
        )
    if country == "CH":
        return rng.choice((f"{street} {n}, CH-{postcode} {city}", f"{street} {n}\n{postcode} {city}"))
    if country == "FR":
        return rng.choice(
            (
                f"{n} {street}, {postcode} {city}",
                f"{n} {rng.choice(('bis', 'ter', 'B'))}, {street}, {postcode} {city}",
                f"Résidence Les Acacias, appt {k}, {n} {street}, {postcode} {city}",
            )
        )
    if country == "BE":
        if language == "nl":
            return rng.choice((f"{street} {n} bus {k}, {postcode} {city}", f"{street} {n}, B-{postcode} {city}"))
        return rng.choice((f"{street} {n} bte {k}, {postcode} {city}", f"{street}, {n}, B-{postcode} {city}"))
    if country == "LU":
        return f"{n}, {street}, L-{postcode} {city}"
    if country == "IT":
        province = PROVINCES[city]
        return rng.choice(
            (
                f"{street} {n}, {postcode} {city} ({province})",
                f"{street} n. {n}, int. {k}, {postcode} {city} {province}",
                f"{street}, {n}/{rng.choice('ABC')} – {postcode} {city}",
            )
        )
    if country == "ES":
        return rng.choice(
            (
                f"{street} {n}, {rng.randint(1, 8)}º {rng.choice(('izda.', 'dcha.', 'A', 'C'))}, {postcode} {city}",
                f"{street}, s/n, {postcode} {city}",
                f"{street}, {n}, bajo, {postcode} {city}",
            )
        )
    if country == "PT":
        return f"Rua do Salitre, n.º {n}, {rng.randint(1, 6)}.º Esq., {postcode} {city}"
    if country == "NL":
        return rng.choice(
            (
                f"{street} {n}-hs, {postcode} {city}",
                f"{street} {n}{rng.choice('abc')}\n{postcode} {city}",
                f"{street} {n} II, {postcode} {city}",
            )
        )
    return rng.choice(
        (
            f"{street} {n}/{k}, {postcode} {city}",
            f"{street} {n} lok. {k}, {postcode} {city}",
            f"{postcode} {city}, {street} {n}",
        )
    )


def postcode_city(rng: random.Random, language: str) -> str:
    postcode, city = rng.choice(CITIES[language])
    return f"{postcode} {city}"


def password(rng: random.Random) -> str:
    """Passwords as people pick them: pet + year, substitutions, phrases glued with symbols, generator output."""
    pets = ("Bello", "Minou", "Puszek", "Fiffi", "Luna", "Rocky", "Kiki", "Balou")
    shape = rng.randrange(5)
    if shape == 0:
        return f"{rng.choice(pets)}{rng.randint(1995, 2025)}{rng.choice(('', '!', '$', '?'))}"
    if shape == 1:
        word = rng.choice(("Schwalbe", "girasole", "papillon", "mariposa", "zeilboot", "jezioro", "lighthouse"))
        return (
            word.replace("o", "0").replace("i", "1").replace("a", "4").capitalize()
            + rng.choice(("#", "+", "%"))
            + _d(rng, 2)
        )
    if shape == 2:
        words = ("Tanne", "nube", "Vent", "mare", "Wolke", "koffie", "Rzeka", "Hill")
        return rng.choice(words) + rng.choice(("_", "&", "+")) + rng.choice(words) + _d(rng, 3)
    if shape == 3:
        alphabet = string.ascii_letters + string.digits + "!$%&/()=?"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
    return f"{rng.choice(('Welcome', 'Start', 'Init', 'Reset'))}@{rng.randint(2023, 2026)}{rng.choice(string.ascii_uppercase)}"


SECRET_MAKERS = {"PASSWORD": password}


def _uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


PRICES = {
    "en": ("£{n}.{c}", "€{n}", "GBP {n}.{c}"),
    "de": ("{n},{c} EUR", "€ {n},–", "Fr. {n}.{c}"),
    "fr": ("{n} €", "{n},{c} € HT", "EUR {n},{c}"),
    "it": ("{n},{c} euro", "€{n}", "EUR {n},{c} IVA esclusa"),
    "es": ("{n} euros", "{n},{c} €", "€{n},{c}"),
    "nl": ("€{n},{c}", "{n} euro", "EUR {n},{c} excl. btw"),
    "pl": ("{n},{c} zł", "{n} PLN netto", "zł {n}"),
}
TIME_FORMATS = {
    "en": ("{h}:{m}", "{h12}.{m} {ap}"),
    "de": ("{h}:{m} Uhr", "{h}.{m}"),
    "fr": ("{h}h{m}", "{h}:{m}"),
    "it": ("ore {h}:{m}", "{h}.{m}"),
    "es": ("{h}:{m} h", "a las {h}:{m}"),
    "nl": ("{h}.{m} uur", "{h}:{m}"),
    "pl": ("godz. {h}:{m}", "{h}.{m}"),
}


def clean_value(rng: random.Random, kind: str, language: str, split: str = "fresh2") -> str:
    """Numbers and names that look like personal data and are not, in formats of this split."""
    d = lambda n: _d(rng, n)  # noqa: E731
    y = rng.randint(2024, 2026)
    upper = "ABCDEFGHJKLMNPQRSTUVWXYZ"

    def time() -> str:
        h = rng.randint(7, 22)
        m = rng.choice(("00", "15", "30", "45"))
        ap = "pm" if h >= 12 else "am"
        return rng.choice(TIME_FORMATS[language]).format(h=h, m=m, h12=h - 12 if h > 12 else h, ap=ap)

    makers = {
        "ORDER_NO": lambda: rng.choice((f"B{y}-{d(5)}", f"{d(3)}-{d(4)}-{d(3)}", f"PO {d(7)}")),
        "INVOICE_NO": lambda: rng.choice((f"FV/{d(4)}/{y}", f"{y}{d(6)}", f"RE-{y % 100}-{d(5)}")),
        "CUSTOMER_NO": lambda: rng.choice((f"{d(2)}-{d(5)}-{d(1)}", f"KD{d(7)}", f"CLI-{d(6)}")),
        "TICKET_NO": lambda: rng.choice((f"HD-{d(6)}", f"SR{d(8)}", f"#{d(5)}")),
        "CONTRACT_NO": lambda: rng.choice((f"MV-{y}-{d(4)}", f"{d(3)}/{d(4)}/{y % 100}", f"CT{d(9)}")),
        "CLAIM_NO": lambda: rng.choice((f"SCH-{y}-{d(6)}", f"CLM{d(8)}", f"{d(2)}/{d(6)}/{y}")),
        "POLICY_NO": lambda: rng.choice((f"POL {d(3)} {d(3)} {d(3)}", f"{rng.choice(upper)}{d(10)}", f"KFZ-{d(7)}")),
        "BOOKING_REF": lambda: "".join(rng.choice(upper + "23456789") for _ in range(rng.choice((6, 8)))),
        "ROOM_NO": lambda: f"{rng.randint(1, 7)}{d(2)}",
        "TRACKING_NO": lambda: rng.choice((f"JJD{d(18)}", f"{d(14)}", f"SW{d(9)}GB")),
        "CASE_NO": lambda: rng.choice((f"AZ {d(3)}/{y % 100}", f"SOC-{y}-{d(4)}", f"Dossier {d(6)}")),
        "MEMBER_NO": lambda: rng.choice((f"M-{d(5)}", f"{d(6)}")),
        "APPLICATION_NO": lambda: rng.choice((f"ADM{y}{d(5)}", f"APP-{d(7)}")),
        "VEHICLE": lambda: rng.choice(
            ("VW Polo", "Škoda Octavia Combi", "Fiat 500e", "Renault Clio", "Toyota Yaris", "Seat Ibiza")
        ),
        "VERSION": lambda: rng.choice(
            (
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                f"{y}.{rng.randint(1, 12)}.{rng.randint(0, 5)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}b{rng.randint(1, 4)}",
            )
        ),
        "UUID": lambda: _uuid(rng),
        "GITHASH": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 10, 40)))),
        "SHA256": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(64)),
        "TIMESTAMP": lambda: rng.choice(
            (
                f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{d(3)}",
                f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{d(6)}+02:00",
                f"{rng.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {rng.choice(('Feb', 'Apr', 'Sep', 'Nov'))} {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {y}",
            )
        ),
        "EPOCH": lambda: str(rng.randint(1_700_000_000, 1_790_000_000)),
        "DATE": lambda: written_date(rng, language, (y, rng.randint(1, 12), rng.randint(1, 28))),
        "TIME": time,
        "PRICE": lambda: rng.choice(PRICES[language]).format(n=rng.randint(4, 2400), c=d(2)),
        "PERCENT": lambda: f"{rng.randint(3, 60)} %",
        "MODEL": lambda: rng.choice(MODELS),
        "PRODUCT": lambda: rng.choice(PRODUCTS),
        "TECH": lambda: rng.choice(TECH),
        "COMPANY": lambda: rng.choice(COMPANIES),
        "POSTCODE_CITY": lambda: postcode_city(rng, language),
        "CITY": lambda: rng.choice(CITIES[language])[1],
        "NUMBER": lambda: str(rng.randint(2, 4000)),
        "PORT": lambda: str(rng.choice((5432, 6379, 8080, 8443, 9200, 5672, 11211))),
        "IP_INTERNAL": lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "DURATION": lambda: f"{rng.randint(2, 9000)} ms",
    }
    return makers[kind]()
