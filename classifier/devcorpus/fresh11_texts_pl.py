"""Hand-written Polish texts of the ``fresh11`` split: prompts with pasted forms, chats, minutes and letters."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Napisz uprzejmą odpowiedź z kancelarii komorniczej, zaproponuj rozłożenie na raty (sygn. akt Km 1422/26):\n\n"
        "> Dzień dobry,\n> dostałem zawiadomienie o zajęciu wynagrodzenia. Jestem po ⟦HEALTH_DATA|zawale serca⟧, na zwolnieniu, "
        "a żona ⟦HEALTH_DATA|choruje na stwardnienie rozsiane⟧.\n"
        "> Mogę płacić 300 zł miesięcznie z konta ⟦IBAN_CODE|PL74 6808 9692 6770 3850 6657 9339⟧.\n"
        "> ⟦PERSON|Wiesław Przybyłek⟧, PESEL ⟦PL_PESEL|71120151459⟧\n> ⟦STREET_ADDRESS|ul. Kościuszki 48/3, 41-500 Chorzów⟧",
    },
    {
        "kind": "support",
        "text": "Wyjaśnij prostym językiem, czym jest kwota wolna od zajęcia przy egzekucji z wynagrodzenia. Maks. 5 zdań.",
    },
    {
        "kind": "support",
        "text": "Streść ten czat z WhatsAppa z pomocy technicznej aplikacji do sensora glukozy:\n"
        "[21.01.2026, 22:47] ⟦PERSON|Zuzanna Wierzbięta⟧: sensor pokazuje LO a ja się czuję normalnie\n"
        "[21.01.2026, 22:48] ⟦PERSON|Zuzanna Wierzbięta⟧: mam ⟦HEALTH_DATA|cukrzycę typu 1⟧ od 12 lat, nigdy tak nie było\n"
        "[21.01.2026, 22:55] Wsparcie GlukoTrack: Proszę zmierzyć glukometrem i nie podejmować decyzji tylko na podstawie sensora\n"
        "[21.01.2026, 22:58] ⟦PERSON|Zuzanna Wierzbięta⟧: glukometr 104. numer sensora GT2-55-91820",
    },
    {
        "kind": "support",
        "text": "aplikacja GlukoTrack 3.2 nie wysyła alertów na Androidzie 15 – jakie ustawienia baterii sprawdzić? krótka lista",
    },
    {
        "kind": "support",
        "text": "Popraw ten list do konsulatu (szkoła językowa, potwierdzenie do wizy), ma być formalnie:\n"
        "Zaświadczamy, że Pan ⟦PERSON|Oleksandr Hnatiuk⟧, ur. ⟦DATE_OF_BIRTH|23.08.2004⟧, PESEL ⟦PL_PESEL|04282346337⟧, jest zapisany "
        "na kurs języka polskiego (poziom B2) w okresie od 2 lutego do 30 czerwca 2026, 20 godz. tyg. Opłata za kurs została uiszczona.",
    },
    {
        "kind": "support",
        "text": "Odpowiedz Pani ⟦PERSON|Genowefie Sroce⟧ (⟦EMAIL_ADDRESS|g.sroka61@wp.pl⟧): wniosek o dopłatę z funduszu wodociągów (nr WF/2026/0173) jest kompletny, decyzja w ciągu 30 dni.",
    },
    {
        "kind": "support",
        "text": "Przepisz ten skan (OCR) wniosku do funduszu pomocowego wodociągów w czytelną formę:\n"
        "WNI0SEK O UM0RZENIE ZALEGŁ0ŚCI\n"
        "Imię i nazwisk0: ⟦PERSON|Agnieszka Ołdakowska⟧\n"
        "Adres: ⟦STREET_ADDRESS|ul. Targowa 17 m. 9, 90-0 22 Łódź⟧\n"
        "Tel.: ⟦PHONE_NUMBER|+48 604 218 377⟧\n"
        "Uzasadnienie: samotnie wych0wuję syna z ⟦HEALTH_DATA|niepełnosprawnością intelektualną⟧, dochód 2 310 zł",
    },
    {
        "kind": "support",
        "text": "Kursant ⟦PERSON|Filip Maciejak⟧ pyta, czy orzeczenie lekarskie z 2023 (ma ⟦HEALTH_DATA|daltonizm⟧) jest jeszcze ważne. Odpowiedz krótko, że tak, jeśli lekarz nie wpisał krótszego terminu.",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Uporządkuj notatkę ze spotkania sztabu medycznego akademii piłkarskiej:\n"
        "Obecni: dr ⟦PERSON|Igor Szafrański⟧, fizjoterapeutka ⟦PERSON|Marta Jędrzejczyk-Bąk⟧, trener U17\n"
        "1. ⟦PERSON|Kacper Grzelczak⟧ (U17) – ⟦HEALTH_DATA|złamanie kości łódeczkowatej⟧, gips 6 tyg.\n"
        "2. ⟦PERSON|Antoni Wilczewski⟧ (U15), PESEL ⟦PL_PESEL|09230354279⟧ – badania wydolnościowe OK, zgoda na grę\n"
        "3. Badania kardiologiczne U13 – termin 14.03.",
    },
    {
        "kind": "hr",
        "text": "Napisz ogłoszenie o pracę: instruktor nauki jazdy kat. B i C, Poznań, umowa o pracę lub B2B, elastyczny grafik. 80 słów.",
    },
    {
        "kind": "hr",
        "text": "Przeredaguj neutralnie tę opinię o instruktorce szkoły jazdy do akt:\n"
        '"⟦PERSON|Oksana Melnyk-Kowal⟧ jest świetna, ale ostatnio dużo zwolnień, bo ⟦HEALTH_DATA|leczy się na depresję⟧. '
        'Jest też w ⟦TRADE_UNION_MEMBERSHIP|OPZZ⟧ i namawia innych do zapisania się."',
    },
    {
        "kind": "hr",
        "text": "Przetłumacz na angielski protokół z programu edukacji w zakładzie karnym:\n"
        '"Osadzony ⟦PERSON|Dariusz Kałużny⟧, ⟦CRIMINAL_RECORD|skazany za rozbój⟧, ukończył kurs spawacza z wynikiem bardzo dobrym. '
        'Zgłasza, że jest ⟦RELIGIOUS_BELIEF|świadkiem Jehowy⟧ i prosi o zwolnienie z zajęć w sobotę rano."',
    },
    {
        "kind": "hr",
        "text": "Lista kontrolna dla nowego nauczyciela w zakładzie karnym: szkolenie BHP, przepustka, zasady wnoszenia materiałów, kontakt z wychowawcą.",
    },
    {
        "kind": "hr",
        "text": "Zamień na tabelę (imię i nazwisko; stanowisko; telefon):\n"
        "⟦PERSON|Bartosz Chmielarz⟧; księgowy funduszu; ⟦PHONE_NUMBER|512 330 871⟧\n"
        "⟦PERSON|Halina Stępień⟧; specjalistka ds. wniosków; ⟦PHONE_NUMBER|22 641 09 55⟧\n"
        "⟦PERSON|Rafał Gawroński⟧; kierownik; wew. 104",
    },
    {
        "kind": "hr",
        "text": "Skróć ten regulamin pracy zdalnej do 5 punktów: praca zdalna do 2 dni w tygodniu, zgłoszenie w systemie do piątku, "
        "dostępność 9-15, VPN obowiązkowy, brak pracy zdalnej w okresie rozliczeń.",
    },
    {
        "kind": "hr",
        "text": "Formularz kadrowy, sprawdź braki: lektorka ⟦PERSON|Nguyen Thi Lan Kowalczyk⟧, ur. ⟦DATE_OF_BIRTH|27.05.1983⟧, "
        "PESEL ⟦PL_PESEL|83052767024⟧, konto ⟦IBAN_CODE|PL79 4247 3895 4530 6172 8296 1608⟧, pochodzenie: ⟦ETHNIC_ORIGIN|wietnamskie⟧ "
        "(prosi o uwzględnienie w programie różnorodności).",
    },
    # -- marketing -----------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Post na Facebooka akademii piłkarskiej: nabór roczników 2015-2018, treningi na Orliku przy ul. Sportowej, pierwszy trening gratis.",
    },
    {
        "kind": "marketing",
        "text": "Popraw opinię na stronę GlukoTrack (zgoda jest):\n"
        '"Nazywam się ⟦PERSON|Łucja Bartoszewicz-Lis⟧, od 3 lat mam ⟦HEALTH_DATA|pompę insulinową⟧ i dopiero z tym sensorem mam spokój w nocy."',
    },
    {
        "kind": "marketing",
        "text": "Hasło reklamowe szkoły językowej dla studentów z zagranicy: pomoc w wizie, kursy B1-C1, akademik w centrum. 5 wersji.",
    },
    {
        "kind": "marketing",
        "text": "Artykuł do biuletynu więziennego programu edukacji, skróć do 80 słów:\n"
        '"⟦PERSON|Marek Zawadzki⟧ trafił do nas ⟦CRIMINAL_RECORD|za kradzieże z włamaniem⟧. Po dwóch latach nauki zdał maturę i pisze wiersze."',
    },
    {
        "kind": "marketing",
        "text": "Napisz tekst na stronę: fundusz pomocowy wodociągów wspiera gospodarstwa w trudnej sytuacji, do 600 zł rocznie, wnioski online.",
    },
    {
        "kind": "marketing",
        "text": "Ulotka szkoły jazdy: kurs kat. B dla osób 55+, spokojne tempo, jazdy po godzinach szczytu, pomoc przy badaniu lekarskim.",
    },
    {
        "kind": "marketing",
        "text": 'Przeredaguj wywiad do gazetki szkoły językowej: "⟦PERSON|Amira Haddad⟧ z Aleppo mówi, że jako '
        '⟦ETHNIC_ORIGIN|Kurdyjka⟧ długo nie mogła uczyć się w swoim języku. ⟦POLITICAL_OPINION|Popiera Partię Razem⟧ i chce zostać w Polsce."',
    },
    {
        "kind": "marketing",
        "text": "Mailing do klientów biura rachunkowego: PIT-37 do 30 kwietnia, ulga na dzieci, zwrot w 45 dni. Trzy krótkie akapity.",
    },
    # -- docs ----------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Modele językowe oceniane są coraz częściej na zadaniach w wielu językach. W przypadku polskiego dużym problemem jest "
        "fleksja: ten sam rzeczownik może mieć kilkanaście form, a tokenizer zaprojektowany dla angielskiego dzieli je na wiele "
        "fragmentów. Zwiększa to koszt wnioskowania nawet o 40 % i skraca efektywną długość kontekstu.",
    },
]
