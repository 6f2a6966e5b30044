"""Rebuild the European name lexicons from Faker's person providers (MIT), reproducibly.

    .venv/bin/python scripts/build_name_lexicons.py            # writes classifier/data/{first_names,surnames}_eu.txt
    .venv/bin/python scripts/build_name_lexicons.py --check    # prints the counts, writes nothing

Faker (a development dependency, never imported at run time) ships given names and surnames for many locales.
Every person provider of the locales below contributes each attribute whose name holds ``first_name`` or
``last_name`` (weighted dicts and tuples alike). Entries are split at spaces and hyphens, lower-cased and kept
when they are Latin letters only (names in Greek, Cyrillic, Arabic ... scripts are written otherwise in Latin
text). Polish, Czech and Slovak surnames get their feminine forms (-ski -> -ska, -ný -> -ná).

A name that ``common_words_eu.txt`` holds stays an ordinary word there (class ``c``): Faker's lists of some
locales hold words ("Server", "Gabel"), and the recognizer needs name context for those.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "classifier" / "data"
EUROPE = {
    "bg_BG", "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "de_LI", "de_LU", "el_GR", "en_GB", "en_IE", "es_CA",
    "es_ES", "es", "et_EE", "fi_FI", "fr_BE", "fr_CH", "fr_FR", "ga_IE", "hr_HR", "hu_HU", "is_IS", "it_IT",
    "lt_LT", "lv_LV", "mk_MK", "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_PT", "ro_RO", "sk_SK", "sl_SI", "sv_SE",
    "tr_TR", "uk_UA", "ru_RU",
}  # fmt: skip
# Other locales whose names are written in the same languages (the Americas, New Zealand). Faker's generic "en"
# list holds many ordinary words ("add", "author"); the romanised and transliterated lists of Asian and African
# locales add many words that are names nowhere in Europe ("Basel", "Among"): those are left out.
ALSO = {"en_US", "en_NZ", "en_CA", "fr_CA", "fr_QC", "es_AR", "es_CL", "es_CO", "es_MX", "pt_BR"}
_LATIN = re.compile(r"^[a-zà-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĸĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžșțß']+$")
_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ný", "ná"), ("ký", "ká"), ("rý", "rá"), ("lý", "lá"))


def _entries(value: object) -> list[str]:
    if isinstance(value, dict):
        return [str(k) for k in value]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return []


def collect() -> tuple[set[str], set[str]]:
    """Given names and surnames; given names that are places or products ("Basel", "Atlas") left out."""
    import faker.providers.person as person

    given: set[str] = set()
    family: set[str] = set()
    for module in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        if module not in EUROPE and module not in ALSO:
            continue
        provider = importlib.import_module(f"faker.providers.person.{module}").Provider
        for attribute in dir(provider):
            target = given if "first_name" in attribute else family if "last_name" in attribute else None
            if target is None or attribute.startswith("_"):
                continue
            for entry in _entries(getattr(provider, attribute)):
                for part in re.split(r"[\s\-]+", entry.lower()):
                    part = part.strip(".'")
                    if len(part) >= 2 and _LATIN.match(part):
                        target.add(part)
    for name in list(family):
        for masculine, feminine in _FEMININE:
            if name.endswith(masculine):
                family.add(name[: -len(masculine)] + feminine)
    places = {line for line in (DATA / "places.txt").read_text(encoding="utf-8").splitlines() if line[:1] != "#"}
    tech = json.loads((DATA / "tech_names.json").read_text(encoding="utf-8"))
    products = {w.lower() for w in tech["products"]} - {w.lower() for w in tech["also_given_names"]}
    return given - places - products, family


def _write(path: Path, header: list[str], words: set[str]) -> None:
    lines = [f"# {line}" for line in header] + sorted(words)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the counts, write nothing")
    args = parser.parse_args()
    import faker

    given, family = collect()
    print(f"Faker {faker.VERSION}: {len(given)} given names, {len(family)} surnames")
    if args.check:
        return
    source = f"person providers of the PyPI package Faker {faker.VERSION} (MIT), Latin-script entries of all locales"
    _write(
        DATA / "first_names_eu.txt",
        [f"Given names, lower-case, one per line ({len(given)}).", f"Derived from the {source};",
         "built by scripts/build_name_lexicons.py, see LEXICONS.md. Used together with first_names.txt."],
        given,
    )  # fmt: skip
    _write(
        DATA / "surnames_eu.txt",
        [f"Surnames, lower-case, one per line ({len(family)}); Polish/Czech/Slovak feminine forms added.",
         f"Derived from the {source};", "built by scripts/build_name_lexicons.py, see LEXICONS.md."],
        family,
    )  # fmt: skip


if __name__ == "__main__":
    main()
