"""Language identification of short, real-looking messages in the supported languages."""

from __future__ import annotations

import pytest

from classifier.language import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, detect_language

SHORT_MESSAGES = {
    "en": "My parcel has not arrived yet, could you check the delivery status?",
    "de": "Mein Paket ist noch nicht angekommen, können Sie den Lieferstatus prüfen?",
    "fr": "Mon colis n'est toujours pas arrivé, pouvez-vous vérifier la livraison ?",
    "it": "Il mio pacco non è ancora arrivato, potete controllare la spedizione?",
    "es": "Mi paquete todavía no ha llegado, ¿pueden revisar el estado del envío?",
    "nl": "Mijn pakket is nog niet aangekomen, kunnen jullie de levering controleren?",
    "pl": "Moja paczka jeszcze nie dotarła, czy możecie sprawdzić status dostawy?",
}


@pytest.mark.parametrize(("language", "text"), SHORT_MESSAGES.items())
def test_a_short_message_is_identified(language: str, text: str) -> None:
    assert detect_language(text) == language


def test_every_supported_language_is_covered() -> None:
    assert set(SHORT_MESSAGES) == set(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("text", ["", "   ", "#42", "12.03.2024 14:05", "OK"])
def test_too_few_letters_give_the_default(text: str) -> None:
    assert detect_language(text) == DEFAULT_LANGUAGE


def test_the_answer_is_always_a_supported_language() -> None:
    for text in ("def main():\n    return os.environ.get('HOME')", "Добрый день, как дела?", "こんにちは世界"):
        assert detect_language(text) in SUPPORTED_LANGUAGES


def test_a_long_text_is_judged_on_its_start() -> None:
    text = (SHORT_MESSAGES["de"] + " ") * 20 + SHORT_MESSAGES["en"] * 200
    assert detect_language(text) == "de"
