"""Placeholders numbered across a whole request (the gateway's), next to the per-text numbering of the API."""

from __future__ import annotations

import classifier
from classifier.redaction import redact_request

TEXTS = ["You help Maria Schmidt with invoices.", "Tell Peter Novak that Maria Schmidt paid."]


def test_one_value_one_placeholder_across_texts_and_never_one_the_texts_spell() -> None:
    first, second = redact_request(TEXTS, [classifier.classify(t) for t in TEXTS])
    assert first.text == "You help <PERSON_1> with invoices."
    assert second.text == "Tell <PERSON_2> that <PERSON_1> paid."
    spelled = ["Reply to <PERSON_1>: Maria Schmidt wrote."]
    (redacted,) = redact_request(spelled, [classifier.classify(t) for t in spelled])
    assert redacted.text == "Reply to <PERSON_1>: <PERSON_2> wrote."


def test_each_text_alone_is_numbered_as_before() -> None:
    assert [classifier.redact(t, classifier.classify(t)).text for t in TEXTS] == [
        "You help <PERSON_1> with invoices.",
        "Tell <PERSON_1> that <PERSON_2> paid.",
    ]
