"""Restoring a model's answer: only this call's placeholders, never an ambiguous one, across stream pieces."""

from __future__ import annotations

from typing import Any

import pytest
from custos_client import Redaction, Restorer, Unavailable, screened_texts

MARIA = "Write to Maria Schmidt at maria.schmidt@example.com."
HANS = "Hans Weber wrote."


def _restorer() -> Restorer:
    return Restorer.from_redactions(
        [MARIA],
        [(Redaction(9, 22, "<PERSON_1>"), Redaction(26, 51, "<EMAIL_ADDRESS_1>"))],
    )


def test_this_calls_placeholders_are_restored_and_others_left_untouched() -> None:
    restorer = _restorer()
    answer = "Dear <PERSON_1>, we wrote to <EMAIL_ADDRESS_1>; <PERSON_2> and <IBAN_CODE_1> stay; <PERSON_1 too."
    assert restorer.restore(answer) == (
        "Dear Maria Schmidt, we wrote to maria.schmidt@example.com; <PERSON_2> and <IBAN_CODE_1> stay; <PERSON_1 too."
    )
    assert restorer.restored == 2


def test_a_restored_value_that_looks_like_a_placeholder_is_not_restored_again() -> None:
    restorer = Restorer({"<PERSON_1>": "<PERSON_2>", "<PERSON_2>": "Hans"})
    assert restorer.restore("<PERSON_1> and <PERSON_2>") == "<PERSON_2> and Hans"


def test_one_placeholder_for_two_different_people_in_one_call_is_not_restored() -> None:
    texts = screened_texts(messages=[{"role": "user", "content": MARIA}, {"role": "user", "content": HANS}])
    restorer = Restorer.from_redactions(
        texts,
        [(Redaction(9, 22, "<PERSON_1>"), Redaction(26, 51, "<EMAIL_ADDRESS_1>")), (Redaction(0, 10, "<PERSON_1>"),)],
    )
    assert restorer.restore("<PERSON_1> at <EMAIL_ADDRESS_1>") == "<PERSON_1> at maria.schmidt@example.com"


def test_the_same_person_spelt_twice_is_one_value() -> None:
    texts = ["Call Maria Schmidt.", "Then maria  schmidt again."]
    restorer = Restorer.from_redactions(texts, [(Redaction(5, 18, "<PERSON_1>"),), (Redaction(5, 19, "<PERSON_1>"),)])
    assert restorer.restore("<PERSON_1>") == "Maria Schmidt"


def test_redactions_that_do_not_fit_the_texts_sent_are_refused() -> None:
    with pytest.raises(Unavailable, match="2 redacted texts"):
        Restorer.from_redactions([MARIA], [(), ()])
    with pytest.raises(Unavailable, match="outside the text"):
        Restorer.from_redactions([HANS], [(Redaction(5, 500, "<PERSON_1>"),)])


def test_screened_texts_are_contents_and_parts_then_names() -> None:
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": "s", "name": "ops"},
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}], "name": "hans"},
    ]
    assert screened_texts(messages=messages) == ["s", "a", "b", "ops", "hans"]
    assert screened_texts(input="x") == ["x"]


@pytest.mark.parametrize(
    ("pieces", "expected_out"),
    [
        # Split inside a placeholder: held until it completes, then restored in one piece.
        (["Dear <PER", "SON_1>, hi"], ["Dear ", "Maria Schmidt, hi"]),
        (["Dear <", "PERSON_", "1", ">!"], ["Dear ", "", "", "Maria Schmidt!"]),
        # A "<" that cannot start one of this call's placeholders goes out at once.
        (["a < b", " <x>"], ["a < b", " <x>"]),
        (["<PERSON_2", ">"], ["<PERSON_2", ">"]),
        # A prefix that turns out not to be a placeholder goes out when that is clear.
        (["<PERSON_1", "2> done"], ["", "<PERSON_12> done"]),
    ],
)
def test_streamed_pieces_hold_back_only_a_possible_placeholder_prefix(
    pieces: list[str], expected_out: list[str]
) -> None:
    stream = _restorer().stream()
    assert [stream.feed(piece) for piece in pieces] == expected_out
    assert stream.flush() == ""


def test_an_unfinished_placeholder_at_the_end_goes_out_as_written() -> None:
    stream = _restorer().stream()
    assert stream.feed("Bye <EMAIL_ADD") == "Bye "
    assert stream.flush() == "<EMAIL_ADD"


def test_with_nothing_redacted_nothing_is_held_back() -> None:
    stream = Restorer({}).stream()
    assert stream.feed("<PER") == "<PER"
