"""The normalised view detection runs on, and the map from its findings back to the original characters."""

from __future__ import annotations

import base64
import random
import re

import pytest

from classifier.engine import CustosEngine
from classifier.normalise import normalise

EMAIL = "john.doe@example.com"
_EMAIL_IN_VIEW = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _email_in_original(text: str) -> str:
    """The original characters behind the first e-mail address of the view."""
    view = normalise(text)
    match = _EMAIL_IN_VIEW.search(view.text)
    assert match is not None, view.text
    start, end = view.original_span(*match.span())
    return text[start:end]


@pytest.mark.parametrize(
    "text",
    [
        "Please summarise the attached quarterly roadmap in three bullet points.",
        "Schöne Grüße aus München, wir sehen uns am Montag um 10:00 Uhr.",
        f"Write to {EMAIL} about it.",
        "Docs are available at docs.python.org and at noon we meet.",
        "Москва — столица России.",
        "sha256 d41d8cd98f00b204e9800998ecf8427e and a path /usr/local/bin/python3",
    ],
)
def test_text_with_nothing_to_normalise_is_its_own_view(text: str) -> None:
    view = normalise(text)
    assert view.text is text
    assert not view.changed
    assert view.original_span(3, 7) == (3, 7)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mail jo\u200bhn.d\u00adoe@exa\u2060mple.com today", "jo\u200bhn.d\u00adoe@exa\u2060mple.com"),
        ("Mail \ufeffjohn.doe@\u200dexample.com\u200c today", "john.doe@\u200dexample.com"),
        ("Mail ｊｏｈｎ．ｄｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ today", "ｊｏｈｎ．ｄｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
        ("Mail 𝐣𝐨𝐡𝐧.𝐝𝐨𝐞@example.com today", "𝐣𝐨𝐡𝐧.𝐝𝐨𝐞@example.com"),
        (
            "Mail j\u043ehn.d\u043ee@\u0435x\u0430mple.\u0441\u043em today",
            "j\u043ehn.d\u043ee@\u0435x\u0430mple.\u0441\u043em",
        ),
        ("Mail \u202emoc.elpmaxe@eod.nhoj\u202c today", "\u202emoc.elpmaxe@eod.nhoj\u202c"),
        ("Mail moc.elpmaxe@eod.nhoj today", "moc.elpmaxe@eod.nhoj"),
        ("Mail john.doe%40example.com today", "john.doe%40example.com"),
        ("Mail john.doe&#64;example.com today", "john.doe&#64;example.com"),
        ("Mail john.doe&#x40;example&period;com today", "john.doe&#x40;example&period;com"),
        ("Mail john.doe&commat;example.com today", "john.doe&commat;example.com"),
        ("Mail john dot doe at example dot com today", "john dot doe at example dot com"),
        ("Mail john.doe[at]example[dot]com today", "john.doe[at]example[dot]com"),
        ("Mail john.doe (at) example (dot) com today", "john.doe (at) example (dot) com"),
        ("Mail john.doe AT example.com today", "john.doe AT example.com"),
        ("Mail john.doe {at} example.com today", "john.doe {at} example.com"),
        ("Schreib an john punkt doe klammeraffe example punkt com", "john punkt doe klammeraffe example punkt com"),
        ("Écrivez à john.doe arobase example point com", "john.doe arobase example point com"),
        ("Scrivi a john.doe chiocciola example punto com", "john.doe chiocciola example punto com"),
        ("Napisz na john.doe małpa example kropka com", "john.doe małpa example kropka com"),
    ],
)
def test_each_disguise_reads_as_the_address_and_maps_back_to_all_of_it(text: str, value: str) -> None:
    assert _email_in_original(text) == value


def test_base64_text_is_added_after_its_token_and_maps_to_the_encoded_run() -> None:
    encoded = base64.b64encode(EMAIL.encode()).decode()
    text = f"Reference: {encoded}, thanks"
    view = normalise(text)
    assert encoded in view.text  # the original run stays readable as it was
    assert EMAIL in view.text
    assert _email_in_original(text) == encoded


def test_base64url_without_padding_is_decoded_too() -> None:
    encoded = base64.urlsafe_b64encode("Jürgen Müller <juergen@example.de>".encode()).decode().rstrip("=")
    assert "juergen@example.de" in normalise(f"id={encoded}").text


@pytest.mark.parametrize(
    "text",
    [
        "hash d41d8cd98f00b204e9800998ecf8427e5d41d8cd98f00b204e9800998ecf8427e",  # hex: one case only
        "id Zm9vYmFyYmF6cXV4AAECAwQFBgcICQ==",  # decodes to bytes that are not text
        "word Donaudampfschifffahrtsgesellschaft",
    ],
)
def test_runs_that_do_not_decode_to_text_add_nothing(text: str) -> None:
    assert normalise(text).text == text


def test_a_jwt_stays_whole_in_the_view() -> None:
    jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    view = normalise(f"Bearer {jwt} expires soon")
    assert f"Bearer {jwt} " in view.text


@pytest.mark.parametrize(
    "text",
    [
        "The report is available at example.com from Monday.",
        "Look at the data dot by dot.",
        "Москва и Berlin",  # a Cyrillic word next to a Latin one: neither is a disguise
        "Price: 50% off, 100%% sure, &nosuchentity; stays",
    ],
)
def test_ordinary_text_is_not_rewritten(text: str) -> None:
    assert normalise(text).text == text


def test_spelled_out_address_needs_a_valid_result() -> None:
    assert normalise("ask john at home dot nosuchtld").text == "ask john at home dot nosuchtld"


def test_invisible_characters_and_no_break_spaces_in_an_iban() -> None:
    text = "IBAN DE89\u00a03704\u200b0044\u00a00532\u00ad0130\u202f00 please"
    view = normalise(text)
    assert "DE89 37040044 05320130 00" in view.text
    start = view.text.index("DE89")
    end = view.text.index(" please")
    assert text[slice(*view.original_span(start, end))] == "DE89\u00a03704\u200b0044\u00a00532\u00ad0130\u202f00"


_INVISIBLES = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202a", "\u202c", "\u2066", "\u2069")


def test_random_invisible_characters_map_back_to_exactly_the_value() -> None:
    """For random insertions into texts with an address, the span covers exactly the value's characters."""
    rng = random.Random(11)
    for _ in range(300):
        local = rng.choice(["john.doe", "a.b-c", "maria_s", "x9"])
        domain = rng.choice(["example.com", "firma.de", "sub.exemple.fr"])
        prefix = rng.choice(["Mail ", "Kontakt: ", "", "écrire à "])
        suffix = rng.choice([" today.", "", ", merci", "\n"])
        value = list(f"{local}@{domain}")
        for _ in range(rng.randint(1, 6)):
            value.insert(rng.randint(1, len(value) - 1), rng.choice(_INVISIBLES))
        disguised = "".join(value)
        # Invisible characters just outside the value belong to the text around it.
        text = prefix + rng.choice(["", "\u200b"]) + disguised + rng.choice(["", "\u2060"]) + suffix
        assert _email_in_original(text) == disguised, ascii(text)


def test_detection_runs_on_the_view_and_offsets_index_the_original(engine: CustosEngine) -> None:
    text = "Please mail jo\u200bhn.d\u00adoe@exa\u2060mple.com or call back."
    findings = [f for f in engine.classify(text).findings if f.entity_type == "EMAIL_ADDRESS"]
    assert [text[f.start : f.end] for f in findings] == ["jo\u200bhn.d\u00adoe@exa\u2060mple.com"]


def test_batch_and_single_classification_agree_on_disguised_text(engine: CustosEngine) -> None:
    texts = [
        "Mail john dot doe at example dot com now",
        "IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000",
        "Nothing to see here.",
    ]
    assert [c.findings for c in engine.classify_many(texts)] == [engine.classify(t).findings for t in texts]
    assert "IBAN_CODE" in {f.entity_type for f in engine.classify(texts[1]).findings}


def test_values_split_across_texts_are_one_finding_with_a_part_in_each(engine: CustosEngine) -> None:
    texts = ["Write to john.doe@exa", "mple.com about the invoice.", "Thanks."]
    found = engine.findings_across(texts)
    assert [[(f.entity_type, texts[i][f.start : f.end]) for f in fs] for i, fs in enumerate(found)] == [
        [("EMAIL_ADDRESS", "john.doe@exa")],
        [("EMAIL_ADDRESS", "mple.com")],
        [],
    ]


def test_nothing_is_reported_across_a_boundary_that_splits_no_value(engine: CustosEngine) -> None:
    texts = ["Mail john.doe@example.com today.", "Our IBAN is on the invoice.", "Call us at noon."]
    assert engine.findings_across(texts) == [[], [], []]
