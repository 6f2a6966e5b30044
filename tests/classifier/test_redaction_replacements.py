"""Redaction says where each placeholder went (offsets into the original), so a caller can restore an answer."""

from __future__ import annotations

import classifier


def test_replacements_give_original_offsets_of_each_placeholder() -> None:
    text = "Mail Anna Schmidt at anna.schmidt@example.de, then Anna Schmidt again."
    result = classifier.redact(text, classifier.classify(text))

    restored = {f"<{r.placeholder}>": text[r.start : r.end] for r in result.replacements}

    assert restored["<EMAIL_ADDRESS_1>"] == "anna.schmidt@example.de"
    assert restored["<PERSON_1>"] == "Anna Schmidt"
    # Putting every original value back into the redacted text gives the input again.
    rebuilt = result.text
    for placeholder, value in restored.items():
        rebuilt = rebuilt.replace(placeholder, value)
    assert rebuilt == text
    assert [r.start for r in result.replacements] == sorted(r.start for r in result.replacements)


def test_no_findings_no_replacements() -> None:
    text = "The quarterly roadmap review is on the agenda."
    assert classifier.redact(text, classifier.classify(text)).replacements == ()
