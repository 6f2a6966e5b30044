"""Language identification: accuracy on short real texts, cost and memory, for the candidates.

The texts are Django's own translations as shipped in the installed package
(every ``msgid`` of four or more words is English, its ``msgstr`` is the
language of the catalogue), placeholders and markup removed: real, short,
written by people, and in none of the candidates' training sets as far as
their documentation says. The same number of texts per language.

    .venv/bin/python benchmarks/language_id.py py3langid
    pip install lingua-language-detector   # into a throw-away venv: not a project dependency
    python benchmarks/language_id.py lingua-low | lingua-high

Not run by CI; the figures are in docs/classifier.md ("Languages").
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LANGUAGES = ("en", "de", "fr", "it", "es", "nl", "pl")
PLACEHOLDERS = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]+>")
ENTRY = re.compile(r'msgid ((?:"[^\n]*"\n)+)msgstr ((?:"[^\n]*"\n)+)')


def _po_string(block: str) -> str:
    text = "".join(re.findall(r'"(.*)"', block)).replace("\\n", " ").replace('\\"', '"')
    return PLACEHOLDERS.sub(" ", text).strip()


def load_texts(per_language: int, seed: int = 1) -> list[tuple[str, str]]:
    root = Path(django.__file__).parent
    by_language: dict[str, set[str]] = {language: set() for language in LANGUAGES}
    for language in LANGUAGES[1:]:
        for path in root.glob(f"**/locale/{language}/LC_MESSAGES/django.po"):
            for match in ENTRY.finditer(path.read_text(encoding="utf-8")):
                source, translation = _po_string(match.group(1)), _po_string(match.group(2))
                if not source:  # the catalogue header (msgid ""), not a translation
                    continue
                for lang, text in (("en", source), (language, translation)):
                    if len(text.split()) >= 4:
                        by_language[lang].add(text)
    count = min(per_language, *(len(texts) for texts in by_language.values()))
    rng = random.Random(seed)
    return [(lang, text) for lang in LANGUAGES for text in rng.sample(sorted(by_language[lang]), count)]


def rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]


def build(name: str) -> Callable[[str], str]:
    if name == "py3langid":
        from classifier.language import detect_language

        return detect_language
    from lingua import Language, LanguageDetectorBuilder

    codes = {
        Language.ENGLISH: "en", Language.GERMAN: "de", Language.FRENCH: "fr", Language.ITALIAN: "it",
        Language.SPANISH: "es", Language.DUTCH: "nl", Language.POLISH: "pl",
    }  # fmt: skip
    builder = LanguageDetectorBuilder.from_languages(*codes).with_preloaded_language_models()
    if name == "lingua-low":
        builder = builder.with_low_accuracy_mode()
    detector = builder.build()
    return lambda text: codes.get(detector.detect_language_of(text), "??")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("candidate", choices=["py3langid", "lingua-low", "lingua-high"])
    parser.add_argument("--per-language", type=int, default=300)
    args = parser.parse_args()
    texts = load_texts(args.per_language)
    import numpy  # noqa: F401  # spaCy loads it anyway: not the candidate's memory

    before = rss_mb()
    started = time.perf_counter()
    detect = build(args.candidate)
    detect("warm up, load the model")
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    answers = [(lang, detect(text), text) for lang, text in texts]
    seconds = time.perf_counter() - started
    right = sum(lang == got for lang, got, _ in answers)
    short = [(lang, got) for lang, got, text in answers if len(text) < 40]
    confusions = Counter((lang, got) for lang, got, _ in answers if lang != got)
    print(f"{args.candidate}: {len(texts)} texts ({len(texts) // len(LANGUAGES)} per language), "
          f"{sum(len(t) for _, t in texts) / len(texts):.0f} characters on average")  # fmt: skip
    print(f"  accuracy {right / len(texts):.3f}; under 40 characters {sum(a == b for a, b in short)}/{len(short)}")
    print(f"  {seconds / len(texts) * 1e3:.3f} ms a text; load {loaded:.2f} s; resident +{rss_mb() - before:.0f} MB")
    print(f"  most common confusions (truth, answer): {confusions.most_common(5)}")


if __name__ == "__main__":
    main()
