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
        "support",
        "Summarise this thread in English for the mortgage arrears manager (max 8 bullets):\n\n"
        "Od: ⟦EMAIL_ADDRESS|ewelina.szczypiorska@o2.pl⟧\nDo: windykacja-hipoteki@bank.example\nTemat: Re: Re: umowa 4410/H/2018 – zaległość\n\n"
        "Dzień dobry,\nprzesyłam zaświadczenie ze szpitala. Mąż, ⟦PERSON|Grzegorz Szczypiorski⟧, od sierpnia jest na ⟦HEALTH_DATA|chemioterapii⟧ "
        "i nie pracuje, dlatego nie zapłaciliśmy rat za wrzesień i październik. Od listopada dostaje świadczenie rehabilitacyjne, "
        "około 3 100 zł netto. Prosimy o zawieszenie spłaty kapitału na 6 miesięcy. Mogę płacić same odsetki z konta "
        "⟦IBAN_CODE|PL33 2136 0923 3569 6488 0176 2262⟧. Proszę dzwonić po 16:00: ⟦PHONE_NUMBER|+48 512 730 418⟧.\n\n"
        "Z poważaniem\n⟦PERSON|Ewelina Szczypiorska⟧\n\n"
        "> W dniu 28.10.2025 o 09:12 Dział Restrukturyzacji napisał(a):\n"
        "> Szanowni Państwo, informujemy, że na dzień 27.10.2025 zaległość wynosi 4 862,18 zł (2 raty). Prosimy o kontakt w celu "
        "> ustalenia warunków spłaty. Możliwe rozwiązania: wakacje kredytowe, wydłużenie okresu kredytowania, tymczasowa "
        "> karencja w spłacie kapitału. Numer sprawy: RST/2025/10/0931.\n"
        ">\n> W dniu 14.10.2025 o 15:40 ⟦PERSON|Ewelina Szczypiorska⟧ napisała:\n"
        "> Dzień dobry, czy mogę przesunąć termin płatności raty na 25. dzień miesiąca? Wynagrodzenie przychodzi później.\n\n"
        "Notatka konsultanta: klientka dzwoniła 30.10., spokojna, prosi o decyzję do końca listopada. Wycena nieruchomości z 2023 r., LTV 61 %.",
    ),
    (
        "docs",
        "Dyspozytornia transportu sanitarnego planuje kursy według zleceń lekarskich, godzin przyjęć i dostępności zespołów. "
        "Zmiany zgłasza się najpóźniej dzień wcześniej do godziny 14.",
    ),
]

TEXTS: list[dict[str, str]] = [{"kind": kind, "text": text} for kind, text in _RAW]
