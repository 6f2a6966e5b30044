"""Value pools of the ``blind`` split: names, places, companies and products no other split uses.

Compiled for Custos from general knowledge (CC0), written fresh for the sixth
split, which nobody tunes on. The pools are used whole and share no entry with
``values.py``, ``final_values.py``, ``exam_values.py`` or ``final2_values.py``
(``tests/classifier/test_devcorpus.py`` checks it). Phone layouts and date
forms are those of ``final2_values.py`` (imported from there), and the
address forms repeat its forms over this split's own streets and cities;
reference-number schemes, ports and password words are this split's own.
"""

from __future__ import annotations

import random
import string

# Shared with the final split; phone and written_date are this module's too (generate.py reads them here).
from classifier.devcorpus.final2_values import _ascii, _d, _uuid
from classifier.devcorpus.final2_values import phone as phone
from classifier.devcorpus.final2_values import written_date as written_date

# (given names female, given names male, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Morwenna", "Gwendolen", "Oonagh", "Clementine", "Sybil", "Araminta", "Marigold", "Honora"),
        ("Ptolemy", "Oisín", "Bertram", "Digby", "Cuthbert", "Emrys", "Ruaidhrí", "Thaddeus"),
        (
            "Attwood",
            "Penhaligon",
            "Fairbrother",
            "Treharne",
            "Ogilvie",
            "Rafferty",
            "Pennyfeather",
            "Throckmorton",
            "Ní Bhriain",
            "Gethin-Jones",
        ),
    ),
    "de": (
        ("Hedwig", "Gundula", "Liesl", "Theodora", "Hiltrud", "Burgl", "Rotraud", "Gertrude"),
        ("Eberhard", "Ortwin", "Sigismund", "Wunibald", "Leberecht", "Engelbert", "Florian-Maria", "Siegbert"),
        (
            "Eichinger",
            "Rotermund",
            "Pfannkuch",
            "Wendlinger",
            "Zwanziger",
            "Obermoser",
            "Kesselring",
            "Dörfler",
            "Kaltenbrunner",
            "Stolzenberg",
        ),
    ),
    "fr": (
        ("Ghislaine", "Bérengère", "Perrine", "Gwenaëlle", "Eulalie", "Sidonie", "Guenièvre", "Bernadette"),
        ("Barthélemy", "Ferréol", "Hippolyte", "Aristide", "Gatien", "Donatien", "Lancelot", "Maixent"),
        (
            "Lecoutre",
            "Parmentier",
            "Quéméneur",
            "Brunschwig",
            "Villeneuve",
            "Kerdoncuff",
            "Pottier",
            "Delvaux",
            "Le Guennec",
            "Vanhoutte",
        ),
    ),
    "it": (
        ("Eleonora", "Tecla", "Liliana", "Gualtiera", "Aurelia", "Settimia", "Zita", "Ermelinda"),
        ("Ercole", "Tancredi", "Guglielmo", "Ottone", "Fulvio", "Leonardo", "Aldobrando", "Gervasio"),
        (
            "Scarpellini",
            "Buonarroti",
            "Castiglioni",
            "Zanardelli",
            "Tornabuoni",
            "Acquaviva",
            "Lombardini",
            "Malatesta",
            "Ferraguti",
            "Sforzini",
        ),
    ),
    "es": (
        ("Nieves", "Pilar", "Araceli", "Socorro"),
        ("Sebastián", "Anacleto", "Bernabé", "Prudencio", "Fructuoso", "Gumersindo"),
        (
            "Arrizabalaga",
            "Valdivieso",
            "Maldonado",
            "Goikoetxea",
            "Barrenechea",
            "Altamirano",
            "Betancourt",
            "Fuenmayor",
            "Irazábal",
            "Peñalosa",
        ),
    ),
    "nl": (
        ("Wilhelmina", "Marretje", "Neeltje", "Femmigje", "Lysbeth", "Roelofje"),
        ("Gerolf", "Sybrand", "Dirk-Jan", "Eelco", "Jelle", "Popke", "Auke", "Folkert"),
        (
            "Oosterhuis",
            "Verschuren",
            "Wijnaendts",
            "Vanderlinden",
            "Zijlstra",
            "Van Ommeren",
            "Hofstede",
            "Wiersma",
            "Boersma",
            "Ten Brink",
        ),
    ),
    "pl": (
        ("Halszka", "Teodozja", "Kunegunda", "Zenobia", "Apolonia", "Marianna", "Józefa", "Rozalia"),
        ("Wawrzyniec", "Ludomir", "Mieszko", "Wiesław", "Ziemowit", "Sobiesław", "Bożydar", "Świętopełk"),
        (
            "Grzybowski",
            "Wróblewska",
            "Bartoszewicz",
            "Wojciechowska",
            "Zawadzki",
            "Szczepaniak",
            "Przybylski",
            "Ciesielska",
            "Grabowiecki",
            "Kwiatkowska",
        ),
    ),
}

STREETS: dict[str, tuple[str, ...]] = {
    "en": ("Larkspur Lane", "Castle Wynd", "Fitzwilliam Square", "Rope Walk", "Sandymount Avenue", "Old Mill Row"),
    "de": ("Rosenthaler Steig", "Am Flößerhof", "Josefstädter Zeile", "Lindenhofweg", "Münzgraben", "Am Schlossberg"),
    "fr": (
        "rue du Vieux-Marché",
        "allée des Églantiers",
        "quai de la Fosse",
        "rue du Pélican",
        "boulevard du Souverain",
        "place des Vosges",
    ),
    "it": (
        "Via del Corso",
        "Via Crociferi",
        "Corso Garibaldi",
        "Via Roma Vecchia",
        "Piazza delle Erbe",
        "Via dei Mille Lumi",
    ),
    "es": (
        "Calle del Arenal",
        "Rúa do Franco",
        "Calle Laurel",
        "Paseo del Espolón",
        "Calle Alfonso I",
        "Avenida de Portugal",
    ),
    "nl": ("Oude Delft", "Brink", "Waagplein", "Korte Putstraat", "Lange Lozanastraat", "Grote Houtstraat"),
    "pl": ("ul. Floriańska", "ul. Świętojańska", "al. Róż", "ul. Rybaki", "os. Kalinowe", "ul. Szeroka"),
}
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("EX1 1HS", "Exeter"),
        ("IV2 3BW", "Inverness"),
        ("LL57 1UT", "Bangor"),
        ("V92 K3T5", "Tralee"),
        ("TR1 2HE", "Truro"),
        ("R93 X2C4", "Carlow"),
    ),
    "de": (
        ("88212", "Ravensburg"),
        ("4400", "Steyr"),
        ("07743", "Jena"),
        ("9500", "Villach"),
        ("3600", "Thun"),
        ("23552", "Lübeck"),
    ),
    "fr": (
        ("56100", "Lorient"),
        ("71100", "Chalon-sur-Saône"),
        ("7700", "Mouscron"),
        ("41000", "Blois"),
        ("6700", "Arlon"),
        ("19100", "Brive-la-Gaillarde"),
    ),
    "it": (
        ("91100", "Trapani (TP)"),
        ("05100", "Terni (TR)"),
        ("45100", "Rovigo (RO)"),
        ("72100", "Brindisi (BR)"),
        ("29121", "Piacenza (PC)"),
        ("07100", "Sassari (SS)"),
    ),
    "es": (
        ("15704", "Santiago de Compostela"),
        ("26001", "Logroño"),
        ("09003", "Burgos"),
        ("06800", "Mérida"),
        ("33201", "Gijón"),
        ("44001", "Teruel"),
    ),
    "nl": (
        ("3841 AA", "Harderwijk"),
        ("8601 AA", "Sneek"),
        ("2500", "Lier"),
        ("5051 AB", "Goirle"),
        ("7001 BA", "Doetinchem"),
        ("3500", "Hasselt"),
    ),
    "pl": (
        ("38-400", "Krosno"),
        ("81-364", "Gdynia"),
        ("37-700", "Przemyśl"),
        ("14-100", "Ostróda"),
        ("86-300", "Grudziądz"),
        ("18-400", "Łomża"),
    ),
}
EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("thistlemail.com", "mailhaven.ie", "postbox-uk.net", "corrie-mail.co.uk"),
    "de": ("kabelpost-nord.de", "mainmail.de", "donaunetz.at", "alpenpost.ch"),
    "fr": ("boitemail.fr", "armor-net.fr", "courrier-wallon.be", "pigeonvole.fr"),
    "it": ("postalibera.it", "lagunamail.it", "appennino.net", "mailcampania.it"),
    "es": ("buzonibero.com", "correovalle.es", "mesetamail.es", "correo-norte.es"),
    "nl": ("polderpost.nl", "grachtnet.nl", "scheldemail.be", "dijkmail.nl"),
    "pl": ("wislanet.pl", "skrzynka-slask.pl", "pocztamazur.pl", "listonosz.pl"),
}
COMPANIES = (
    "Elbtal Versicherung AG",
    "Mutuelle Armorique SA",
    "Farmacia Dolomiti S.n.c.",
    "Cantábrico Genómica S.L.",
    "Zuiderzee Fitness B.V.",
    "Mazowsze Screening Sp. z o.o.",
    "Liffey Assurance Ltd",
    "Tiroler Gesundheitsdienste GmbH",
    "Atelier Biométrie Lyon SARL",
    "Severn Vetting Services Ltd",
)
WORK_DOMAINS = (
    "elbtal-versicherung.de",
    "mutuelle-armorique.fr",
    "farmacia-dolomiti.it",
    "cantabrico-genomica.es",
    "zuiderzee-fitness.nl",
    "mazowsze-screening.pl",
)

# Look-alikes that are no people (the hard clean cases), all new to this split.
MODELS = (
    "Claude Haiku 4.5",
    "GPT-4.1 nano",
    "o3-pro",
    "Magistral Small",
    "Llama Guard 4",
    "Gemini 2.5 Pro",
    "Qwen2.5-VL",
    "Phi-4-mini",
    "Command R7B",
    "Gemma 3n E4B",
    "Nemotron Nano",
    "SmolLM3",
)
PRODUCTS = (
    "Orion Gate Scanner",
    "Vega Palm Reader",
    "Kestrel Rowing Machine",
    "Saffron Pill Organiser",
    "Tundra Cool Box",
    "Nimbus Air Purifier",
    "Beacon Visitor Kiosk",
    "Juniper Blood Pressure Cuff",
    "Atlas Locker Hub",
    "Marlin Swim Tracker",
    "Ember Space Heater",
    "Willow Sleep Sensor",
)
TECH = (
    "Go modules",
    "Ecto",
    "sbt",
    "SwiftUI",
    "Pester",
    "Apache httpd",
    "Helmfile",
    "Terragrunt",
    "Gin",
    "LiveView",
    "Newman",
    "Kustomize",
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


def address(rng: random.Random, language: str, split: str = "blind") -> str:
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


def password(rng: random.Random) -> str:
    """Password shapes of this split: capitalised words with years and symbols, random runs, dashed triples."""
    words = ("Watzmann", "girasole", "membrillo", "klompen", "jarzębina", "heather", "quetsche", "Murmeltier")
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


def clean_value(rng: random.Random, kind: str, language: str, split: str = "blind") -> str:
    """Numbers and names that look like personal data and are not, in formats of this split."""
    d = lambda n: _d(rng, n)  # noqa: E731
    y = rng.randint(2024, 2027)
    makers = {
        "ORDER_NO": lambda: rng.choice((f"PO-{y}-{d(5)}", f"BST {d(8)}", f"#{d(5)}-{rng.choice('ABC')}")),
        "INVOICE_NO": lambda: rng.choice((f"FV/{d(4)}/{y}", f"RE-{d(8)}", f"NF{y}{d(5)}")),
        "CUSTOMER_NO": lambda: rng.choice((f"ACC-{d(7)}", f"CN {d(4)} {d(4)}", f"Kdnr. {d(7)}")),
        "TICKET_NO": lambda: rng.choice((f"SR{d(7)}", f"#{d(6)}", f"TK{d(2)}-{d(5)}")),
        "CONTRACT_NO": lambda: rng.choice((f"CTR-{y}-{d(5)}", f"LV {d(3)}/{d(5)}", f"AGR{d(9)}")),
        "BOOKING_REF": lambda: "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(5)) + d(1),
        "TRACKING_NO": lambda: rng.choice((f"JJD{d(15)}", f"RR{d(9)}PL", f"1Z{d(4)}{d(4)}{d(8)}")),
        "METER_NO": lambda: rng.choice((f"ZP{d(10)}", f"{d(2)}-{d(6)}-{d(2)}", f"EAN 8716{d(14)}")),
        "CLAIM_NO": lambda: rng.choice((f"POL/{y}/{d(6)}", f"SCH-{d(7)}", f"DMG{d(6)}")),
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
        "PORT": lambda: str(rng.choice((4001, 8444, 5434, 9091, 4370, 8200, 6380))),
        "IP_INTERNAL": lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    }
    return makers[kind]()
