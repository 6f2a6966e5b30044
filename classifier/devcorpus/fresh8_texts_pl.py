"""Hand-written Polish texts of the ``fresh8`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Streść dla stanowiska obsługi pasażerów o ograniczonej sprawności:\n\nDzień dobry, lecę 11.03 z Poznania do "
        "Dublina, rezerwacja LP7KQ3. Mam ⟦HEALTH_DATA|stwardnienie zanikowe boczne⟧ i poruszam się na "
        "⟦HEALTH_DATA|wózku elektrycznym⟧. Proszę o asystę. ⟦PERSON|Bożena Walkowiak⟧, tel. ⟦PHONE_NUMBER|601 448 273⟧",
    },
    {
        "kind": "support",
        "text": "odpisz klientowi: hulajnoga Kreska K2 nr 88104 nie chce się zablokować na Starym Rynku, naliczyło 14,60 zł",
    },
    {
        "kind": "support",
        "text": "Przepisz dane z ankiety dawcy do JSON:\nImię i nazwisko: ⟦PERSON|Przemysław Nowicki⟧\nPESEL: "
        "⟦PL_PESEL|86021771990⟧\nData urodzenia: ⟦DATE_OF_BIRTH|17.02.1986⟧\nAdres: ⟦STREET_ADDRESS|ul. Garbary 61/4, "
        "61-758 Poznań⟧\nPrzyjmowane leki: ⟦HEALTH_DATA|Euthyrox⟧\nCzy przebył Pan żółtaczkę? Nie",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na angielski dla agencji celnej: zgłoszenie SAD nr 25PL301010E0112845, 6 palet oprawek "
        "okularowych, kod CN 9003 19 00, faktura FV/2025/11/207, odprawa w Świecku.",
    },
    {
        "kind": "support",
        "text": "Napisz odpowiedź:\n\nOd: ⟦EMAIL_ADDRESS|k.szczepaniak.poz@wp.pl⟧\nTemat: aparat słuchowy\n\n"
        "Aparat piszczy od tygodnia. Mam ⟦HEALTH_DATA|niedosłuch obustronny⟧ i ⟦HEALTH_DATA|szumy uszne⟧, bez aparatu "
        "nie pracuję. Salon przy Półwiejskiej. ⟦PERSON|Krzysztof Szczepaniak⟧",
    },
    {
        "kind": "support",
        "text": "Kredyt hipoteczny – uporządkuj dane klientki w tabeli:\n⟦PERSON|Weronika Jabłońska-Mróz⟧, PESEL "
        "⟦PL_PESEL|01300433587⟧, wynagrodzenie na ⟦IBAN_CODE|PL81 9700 9351 8105 7791 2514 5607⟧, mieszkanie "
        "Poznań-Jeżyce, cena 598 000 zł, wkład własny 90 000 zł, e-mail ⟦EMAIL_ADDRESS|weronika.jm@onet.pl⟧",
    },
    {
        "kind": "support",
        "text": "Czy to phishing? SMS: 'InPost: Twoja paczka czeka, dopłać 1,50 zł: hxxps://inpost-doplata[.]pl-odbior.com'. Nr zgłoszenia CERT 2025/3318.",
    },
    {
        "kind": "support",
        "text": "Ticket od członka spółdzielni mieszkaniowej: ⟦PERSON|Zdzisław Pawlak⟧ po ⟦HEALTH_DATA|amputacji nogi⟧ "
        "prosi o podjazd dla wózka przy klatce B. Przygotuj uprzejmą odpowiedź od zarządu.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Powiatowy urząd pracy: napisz notatkę do decyzji o utracie statusu bezrobotnego.\nOsoba: ⟦PERSON|Marcin Kubiak⟧. "
        "Nie stawił się 6.11. Twierdzi, że był na ⟦HEALTH_DATA|terapii odwykowej⟧. W aktach "
        "⟦CRIMINAL_RECORD|wyrok w zawieszeniu za jazdę po alkoholu⟧ (2022).",
    },
    {
        "kind": "hr",
        "text": "Kancelaria, prawo pracy: przygotuj plan pozwu o dyskryminację.\nKlientka ⟦PERSON|Agnieszka Ratajczak⟧, "
        "magazynierka, członkini ⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność”⟧ od 2019. Po zajściu w "
        "⟦HEALTH_DATA|ciążę⟧ nie przedłużono jej umowy. Kierownik mówił o niej 'ta ⟦SEX_LIFE_ORIENTATION|lesba⟧' przy zespole.",
    },
    {
        "kind": "hr",
        "text": "Ogłoszenie: szukamy lektora języka polskiego dla cudzoziemców, fundacja w Poznaniu, umowa zlecenie, "
        "grupy A1–B1, wieczory.",
    },
    {
        "kind": "hr",
        "text": "Wywiad w procedurze o ochronę międzynarodową, zrób streszczenie:\nWnioskodawczyni ⟦PERSON|Sviatlana Kavalenka⟧ "
        "z Białorusi. Zatrzymana w 2020 za udział w protestach, działaczka ⟦POLITICAL_OPINION|opozycji wobec Łukaszenki⟧. "
        "Jest ⟦RELIGIOUS_BELIEF|grekokatoliczką⟧. Leczy się na ⟦HEALTH_DATA|depresję⟧.",
    },
    {
        "kind": "hr",
        "text": "Biuro ds. osób z niepełnosprawnościami, UAM – plan wsparcia:\nStudent ⟦PERSON|Jakub Wielgosz⟧, informatyka, "
        "⟦HEALTH_DATA|zespół Aspergera⟧ i ⟦HEALTH_DATA|niedowidzenie⟧. Prosi o materiały w powiększonej czcionce i "
        "wydłużony czas egzaminu.",
    },
    {
        "kind": "hr",
        "text": "Kolonie letnie – karta kwalifikacyjna uczestnika, streść dla wychowawcy:\nDziecko: ⟦PERSON|Hania Borowczyk⟧\n"
        "Choroby przewlekłe: ⟦HEALTH_DATA|cukrzyca typu 1⟧\nDieta: bezmięsna w piątki (rodzina "
        "⟦RELIGIOUS_BELIEF|katolicka⟧, prosi o możliwość udziału we mszy w niedzielę)",
    },
    {
        "kind": "hr",
        "text": "Jakie są zasady wynagradzania członków obwodowej komisji wyborczej w 2025? Krótko.",
    },
    {
        "kind": "hr",
        "text": "Protokół zebrania zarządu chóru 'Cantores Posnanienses', skróć: składka 40 zł, koncert kolęd 28.12 w "
        "kościele farnym, wyjazd na festiwal do Hajnówki w maju.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Post na Facebooka RCKiK: akcja krwiodawstwa w Galerii Malta 15.02, 10–16, ambulans. Dodaj, że osoby "
        "z niedoczynnością tarczycy leczoną hormonami zwykle mogą oddać krew.",
    },
    {
        "kind": "marketing",
        "text": "Popraw historię do biuletynu fundacji: '⟦PERSON|Olena Hrytsenko⟧ przyjechała z Charkowa w 2022 z synem "
        "⟦PERSON|Maksym⟧, który ma ⟦HEALTH_DATA|porażenie mózgowe⟧. Dziś Olena pracuje jako asystentka nauczyciela.'",
    },
    {
        "kind": "marketing",
        "text": "Opis produktu: okulary do czytania 'Warta Lekko', oprawka tytanowa 9 g, +1.0 do +3.5, 129 zł.",
    },
    {
        "kind": "marketing",
        "text": "Zapowiedź spektaklu teatru amatorskiego 'Scena na Wildzie': 'Moralność pani Dulskiej', 22 i 23 listopada, "
        "bilety 20 zł. Zrób to ciekawiej.",
    },
    {
        "kind": "marketing",
        "text": "Referencja klienta do strony doradcy kredytowego, skróć: 'Pan ⟦PERSON|Mikołajczak⟧ załatwił nam kredyt mimo "
        "że mąż ma ⟦HEALTH_DATA|orzeczenie o niepełnosprawności⟧.' – ⟦PERSON|Danuta Grzelak⟧",
    },
    {
        "kind": "marketing",
        "text": "Wymyśl 4 hasła dla wypożyczalni rowerów elektrycznych 'Rowerowo' w Poznaniu – 400 rowerów, 60 stacji.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter firmy IR, popraw: 'W październiku przeanalizowaliśmy 14 wycieków haseł z polskich sklepów "
        "internetowych. Najczęstsze hasło? Wciąż 'Qwerty123'.' Dodaj wezwanie do włączenia MFA.",
    },
    {
        "kind": "marketing",
        "text": "Gratulacje do newslettera chóru: '⟦PERSON|Tadeusz Pietrzak⟧, nasz najstarszy tenor (87 lat), mimo "
        "⟦HEALTH_DATA|rozrusznika serca⟧ nie opuścił żadnej próby!'",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Głosowanie korespondencyjne może zgłosić każdy wyborca do 13. dnia przed dniem wyborów. Pakiet wyborczy "
        "zawiera kartę do głosowania, kopertę na kartę, oświadczenie o osobistym i tajnym oddaniu głosu oraz "
        "kopertę zwrotną. Wyborca niepełnosprawny może otrzymać nakładkę w alfabecie Braille'a. Pakiet można "
        "odesłać pocztą lub osobiście dostarczyć do obwodowej komisji wyborczej.",
    },
    # -- dodane: teksty długie i mieszane ------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Jesteś asystentem doradcy w fundacji pomagającej cudzoziemcom w Poznaniu. Na podstawie notatki przygotuj "
        "streszczenie sprawy (fakty, zdrowie, kurs językowy, kolejne kroki) i listę dokumentów do zebrania.\n\n"
        "Notatka z dyżuru 20.11.2025, doradczyni ⟦PERSON|Joanna Dworczyk⟧\n\n"
        "Przyszła pani ⟦PERSON|Nadiia Kovalchuk⟧, ur. ⟦DATE_OF_BIRTH|04.10.2001⟧, PESEL ⟦PL_PESEL|01300445742⟧ "
        "(nadany w 2022 w trybie specustawy). Mieszka z córką przy ⟦STREET_ADDRESS|ul. Kościelna 17/3, 60-538 Poznań⟧. "
        "Uczy się polskiego na poziomie A2 w grupie wieczorowej, ale chce przejść do grupy porannej, bo od grudnia "
        "pracuje w pralni na zmianę popołudniową. Córka (6 lat) ma ⟦HEALTH_DATA|autyzm⟧ i "
        "⟦HEALTH_DATA|padaczkę⟧, bierze ⟦HEALTH_DATA|Depakine⟧; potrzebne orzeczenie o potrzebie kształcenia "
        "specjalnego z poradni. Pani ⟦PERSON|Kovalchuk⟧ jest ⟦RELIGIOUS_BELIEF|prawosławna⟧ i pytała, czy w przedszkolu "
        "córka może nie chodzić na religię – wyjaśniono, że religia jest nieobowiązkowa.\n\nDo zrobienia: pismo do "
        "poradni psychologiczno-pedagogicznej, zmiana grupy kursu (kurs nr 25/PL/114), sprawdzić wniosek o 800+ "
        "(sygnatura ZUS 2025/RS/88412). Kontakt: ⟦PHONE_NUMBER|+48 532 190 664⟧, ⟦EMAIL_ADDRESS|nadiia.kov01@gmail.com⟧.",
    },
    {
        "kind": "support",
        "text": "Krótka odpowiedź dla biura przepustek: pan ⟦PERSON|Grzegorz Łukaszewicz⟧ nie zgadza się na "
        "⟦BIOMETRIC_DATA|skan twarzy⟧ przy wejściu na stadion i pyta o alternatywę.",
    },
]
