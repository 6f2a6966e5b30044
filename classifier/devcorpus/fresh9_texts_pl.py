"""Hand-written Polish texts of the ``fresh9`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

_RAW: list[tuple[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    (
        "support",
        "Streść dla dyspozytora: transport sanitarny Pani ⟦PERSON|Genowefa Kurzawska⟧, ⟦STREET_ADDRESS|ul. Legnicka 57, 54-203 Wrocław⟧, "
        "⟦HEALTH_DATA|dializy⟧ we wtorki, leżąco.",
    ),
    ("support", "Gracz pyta, dlaczego konto zablokowane po chargebacku, zgłoszenie PL-66102. Napisz krótką odpowiedź."),
    ("support", "Przetłumacz na angielski: „Opaska Pulso pokazuje tętno 40 w nocy, czy to błąd? Wersja 4.2.1”."),
    (
        "support",
        "Zaległości hipoteczne, umowa 2231/K/2019: Pan ⟦PERSON|Zbigniew Trzaskalik⟧, PESEL ⟦PL_PESEL|87112309690⟧, "
        "konto ⟦IBAN_CODE|PL16 4532 3731 0242 2069 9004 0722⟧. Zaproponuj ugodę.",
    ),
    ("support", "Sklasyfikuj: „Dzień dobry, czy schronisko jest otwarte w Wigilię? Chcę oddać karmę.”"),
    (
        "support",
        "MOPS: ⟦PERSON|Halina Wróblewska⟧ wnioskuje o usługi opiekuńcze, ⟦HEALTH_DATA|stwardnienie rozsiane⟧, tel. ⟦PHONE_NUMBER|601 382 954⟧.",
    ),
    (
        "support",
        "List do redakcji skrócić: ⟦PERSON|Czesław Mroczkowski⟧, ⟦POLITICAL_OPINION|wyborca Konfederacji⟧, krytykuje nowe strefy parkowania.",
    ),
    ("support", "Odpowiedz klientowi, że rejs po Bałtyku z 12 maja jest potwierdzony, numer rezerwacji RB-4410."),
    # -- hr --------------------------------------------------------------------------------------------------------
    (
        "hr",
        "Wyciągnij JSON: ⟦PERSON|Agnieszka Pietrzykowska⟧, PESEL ⟦PL_PESEL|92020580402⟧, ur. ⟦DATE_OF_BIRTH|05.02.1992⟧, opiekunka, umowa zlecenie.",
    ),
    (
        "hr",
        "L4 dla ⟦PERSON|Marek Sobieraj⟧, kurier rowerowy, ⟦HEALTH_DATA|złamanie obojczyka⟧, 4 tygodnie. Przelicz wynagrodzenie chorobowe.",
    ),
    (
        "hr",
        "Protokół: obecni ⟦PERSON|Danuta Kwiecień⟧ (⟦TRADE_UNION_MEMBERSHIP|przewodnicząca NSZZ Solidarność⟧ w zakładzie), ⟦PERSON|Paweł Grabowiecki⟧. Punkt 1: premie.",
    ),
    ("hr", "Napisz ogłoszenie: dyspozytor transportu medycznego, pełny etat, Wrocław."),
    (
        "hr",
        "Prośba ⟦PERSON|Tomasz Olszówka⟧: wolne w ⟦RELIGIOUS_BELIEF|Boże Ciało⟧, jest ⟦RELIGIOUS_BELIEF|katolikiem⟧ i niesie baldachim w procesji.",
    ),
    ("hr", "Pytanie płacowe: dlaczego PPK pobrano podwójnie w październiku? Nr ewid. 3318."),
    (
        "hr",
        "Kontrola dostępu: ⟦PERSON|Łukasz Zawadzki⟧ odmawia rejestracji ⟦BIOMETRIC_DATA|odcisku palca⟧ w czytniku. Napisz odpowiedź zgodną z RODO.",
    ),
    (
        "hr",
        "Notatka: ⟦PERSON|Joanna Krawiec⟧ ma ⟦GENETIC_DATA|mutację BRCA1⟧ i planuje zabieg, prosi o urlop bez podawania powodu zespołowi.",
    ),
    # -- marketing ---------------------------------------------------------------------------------------------------
    ("marketing", "Trzy nagłówki: tydzień adopcji starszych psów w schronisku na Ślężnej."),
    ("marketing", "Post: fotograf ślubny, Dolny Śląsk, reportaż, terminy 2026."),
    (
        "marketing",
        "Tekst na stronę: dzienny oddział psychiatryczny przyjmuje dorosłych z zaburzeniami lękowymi, skierowanie od lekarza.",
    ),
    (
        "marketing",
        "Opinia do skrócenia: „Pulso pomógł mi po ⟦HEALTH_DATA|zawale⟧” — ⟦PERSON|Ryszard Kopczyński⟧, Opole.",
    ),
    ("marketing", "Hasło dla spółdzielni kurierów rowerowych."),
    ("marketing", "Przetłumacz: Veterans' picnic on 15 August, Armed Forces Day, free entry."),
    ("marketing", "Newsletter gminy żydowskiej: warsztaty kuchni koszernej przed świętem Pesach, zapisy."),
    (
        "marketing",
        "Wywiad: ⟦PERSON|Roman Kwiatkowski-Lakatosz⟧, ⟦ETHNIC_ORIGIN|Rom⟧, o muzyce i dyskryminacji w szkole.",
    ),
    # -- docs --------------------------------------------------------------------------------------------------------
    (
        "docs",
        "Dyspozytornia transportu sanitarnego planuje kursy według zleceń lekarskich, godzin przyjęć i dostępności zespołów. "
        "Zmiany zgłasza się najpóźniej dzień wcześniej do godziny 14.",
    ),
]

TEXTS: list[dict[str, str]] = [{"kind": kind, "text": text} for kind, text in _RAW]
