"""Hand-written Polish texts of the ``fresh5`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Streść tego maila w jednym zdaniu:\n\nDzień dobry, zamówienie nr 2025/11/40812 miało być "
        "w paczkomacie w piątek, a nadal jest w drodze. Pozdrawiam\n⟦PERSON|Michał Górski⟧",
    },
    {
        "kind": "support",
        "text": "Napisz uprzejmą odpowiedź i zaproponuj kod rabatowy:\n\n"
        "Od: ⟦PERSON|Katarzyna Wiśniewska⟧ <⟦EMAIL_ADDRESS|k.wisniewska@wp.pl⟧>\nTemat: reklamacja\n\n"
        "Odkurzacz przestał działać po tygodniu. Adres do odbioru: ⟦STREET_ADDRESS|ul. Długa 15/4, "
        "80-831 Gdańsk⟧, tel. ⟦PHONE_NUMBER|601 224 873⟧.",
    },
    {
        "kind": "support",
        "text": "Wyciągnij pola jako JSON (imie_nazwisko, pesel, data_urodzenia, iban) z tego skanu:\n\n"
        "WNI0SEK O ZWROT\nImię i nazwisko: ⟦PERSON|Agnieszka Zielińska⟧\nPESEL: ⟦PL_PESEL|93071497260⟧\n"
        "Data urodze-\nnia: ⟦DATE_OF_BIRTH|14.07.1993⟧\nNr rachunku: ⟦IBAN_CODE|PL83 0808 1355 1594 0030 "
        "7941 2491⟧",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na angielski: „Klient zgłasza, że aplikacja nie wysyła powiadomień push od "
        "aktualizacji 3.8.2. Zgłoszenie ZG-10442.”",
    },
    {
        "kind": "support",
        "text": "Zrób notatkę do CRM z tej rozmowy:\n\nKonsultant: Dzień dobry, infolinia NFZ-partner, "
        "w czym mogę pomóc?\nDzwoniący: ⟦PERSON|Tadeusz Kowalczyk⟧, chcę się zapisać do ⟦HEALTH_DATA|"
        "kardiologa po zawale⟧.\nKonsultant: Poproszę PESEL.\nDzwoniący: ⟦PL_PESEL|78013060852⟧.\n"
        "Konsultant: Najbliższy termin 14 stycznia.",
    },
    {
        "kind": "support",
        "text": "Kontekst:\n- Zwrot towaru do 14 dni.\n- Koszt odesłania pokrywa klient.\n- Zwrot pieniędzy "
        "do 7 dni roboczych.\n\nPytanie: kupiłem buty 10 dni temu, mogę je oddać?",
    },
    {
        "kind": "support",
        "text": "Przeredaguj to, żeby brzmiało milej: „Reklamacja odrzucona. Uszkodzenie mechaniczne. "
        "Sprawa nr RK-3381 zamknięta.”",
    },
    {
        "kind": "support",
        "text": "Co chce ten klient? Krótko po angielsku:\n\n[Slack #bok] ⟦PERSON|Ola⟧: pan z Poznania dzwoni drugi "
        "raz, płacił kartą ⟦CREDIT_CARD|2487 0583 9301 4069⟧ i pobrało mu 2x za zamówienie 88120\n"
        "[Slack #bok] ⟦PERSON|Piotr⟧: zwrot zlecony",
    },
    {
        "kind": "support",
        "text": "Odpowiedz klientce po polsku, że dokumenty dotarły:\n\n„Wysłałam skan dowodu i "
        "zaświadczenie o ⟦HEALTH_DATA|niepełnosprawności w stopniu umiarkowanym⟧, proszę o ulgę. "
        "⟦PERSON|Ewa Lewandowska⟧”",
    },
    # -- hr -------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Przepisz tę ocenę pracowniczą bardziej konstruktywnie:\n\n⟦PERSON|Marcin Nowak⟧ dobrze "
        "pracuje, ale po ⟦HEALTH_DATA|leczeniu onkologicznym⟧ jest wolniejszy. Jest też w ⟦TRADE_UNION_"
        "MEMBERSHIP|NSZZ „Solidarność”⟧ i często bierze wolne na zebrania.",
    },
    {
        "kind": "hr",
        "text": "Napisz ogłoszenie o pracę: kierowca kat. C+E, trasy krajowe, Łódź, umowa o pracę, weekendy wolne.",
    },
    {
        "kind": "hr",
        "text": "Oceń to CV na stanowisko księgowej:\n\n⟦PERSON|Magdalena Kamińska⟧\n⟦STREET_ADDRESS|ul. "
        "Hoża 51 m. 4, 00-514 Warszawa⟧\n⟦PHONE_NUMBER|+48 512 309 441⟧ | ⟦EMAIL_ADDRESS|"
        "m.kaminska@onet.pl⟧\nData urodzenia: ⟦DATE_OF_BIRTH|08.10.2001⟧\n2022–obecnie Młodsza księgowa, "
        "biuro rachunkowe\nOptima, Symfonia, Excel",
    },
    {
        "kind": "hr",
        "text": "Streść dla zarządu notatkę kadrową:\n- pracownik ⟦PERSON|Bogusław Sroczyński⟧\n- zaświadczenie "
        "o niekaralności: ⟦CRIMINAL_RECORD|skazanie za jazdę po alkoholu w 2021⟧\n- stanowisko: kierowca",
    },
    {
        "kind": "hr",
        "text": "Jakie są zasady urlopu na żądanie w Polsce? Krótko, dla kierowników zmian.",
    },
    {
        "kind": "hr",
        "text": "Czy ta notatka z rozmowy rekrutacyjnej jest w porządku? Popraw:\n\n„Kandydatka ⟦PERSON|"
        "Joanna Mazur⟧, ⟦RELIGIOUS_BELIEF|Świadek Jehowy⟧, nie będzie uczestniczyć w firmowej Wigilii. "
        "⟦SEX_LIFE_ORIENTATION|Mieszka z partnerką⟧.”",
    },
    {
        "kind": "hr",
        "text": "Zaproponuj plan wdrożenia nowego pracownika magazynu na pierwsze dwa tygodnie.",
    },
    {
        "kind": "hr",
        "text": "Przetłumacz na angielski zwolnienie:\n\n„Pracownica ⟦PERSON|Natalia Dąbrowska⟧ przebywa na "
        "zwolnieniu lekarskim z powodu ⟦HEALTH_DATA|ciąży zagrożonej⟧ do 31.01.”",
    },
    {
        "kind": "hr",
        "text": "Napisz maila do zespołu o nowych godzinach pracy biura od stycznia: 8:00–16:00, w piątki do 14:00.",
    },
    # -- marketing ------------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Wymyśl pięć haseł na kampanię świąteczną sklepu z herbatą, rabat 15 % do 24 grudnia.",
    },
    {
        "kind": "marketing",
        "text": "Zrób z tego briefu plan kampanii: aplikacja do nauki języków Słówko, grupa 16-25, "
        "TikTok i Instagram, budżet 60 000 zł.",
    },
    {
        "kind": "marketing",
        "text": "Spersonalizuj tego maila po targach:\n\nKontakt: ⟦PERSON|Paweł Szymański⟧, kierownik "
        "zakupów, ⟦EMAIL_ADDRESS|p.szymanski@budmat.pl⟧, ⟦PHONE_NUMBER|22 617 40 88⟧. Targi Budma, "
        "hala 3.",
    },
    {
        "kind": "marketing",
        "text": "Popraw opinię klienta na stronę:\n\n„Po ⟦HEALTH_DATA|udarze⟧ mama nie mogła sama "
        "gotować, wasz catering uratował nam życie.” – ⟦PERSON|Beata Krawczyk⟧, Kraków",
    },
    {
        "kind": "marketing",
        "text": 'Opis produktu: plecak miejski 22 l, wodoodporny, kieszeń na laptopa 15,6", odblaski.',
    },
    {
        "kind": "marketing",
        "text": "Przeanalizuj wyniki kampanii mailingowej: open rate 27 %, CTR 3,1 %, sprzedaż 214 szt.",
    },
    {
        "kind": "marketing",
        "text": "Posegmentuj listę darczyńców fundacji:\n\n⟦PERSON|Jan Pawlak⟧, ⟦EMAIL_ADDRESS|jan.pawlak@"
        "interia.pl⟧, ⟦POLITICAL_OPINION|sympatyk Konfederacji⟧\n⟦PERSON|Olga Sadowska⟧, ⟦EMAIL_ADDRESS|"
        "olga.sadowska@gmail.com⟧, ⟦ETHNIC_ORIGIN|pochodzenia ukraińskiego⟧",
    },
    {
        "kind": "marketing",
        "text": "Napisz komunikat prasowy: browar rzemieślniczy z Wrocławia otwiera pub na Nadodrzu, "
        "otwarcie 6 grudnia. Kontakt dla mediów: ⟦PERSON|Aleksandra Nowicka⟧, "
        "⟦EMAIL_ADDRESS|a.nowicka@browarodra.pl⟧.",
    },
    {
        "kind": "marketing",
        "text": "Skróć ten tekst na baner: „Nowa kolekcja jesienna już w sklepach. Sprawdź płaszcze i "
        "swetry z wełny merino.”",
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Odpowiedz na pytanie na podstawie fragmentu dokumentacji:\n\nKwantyzacja do 4 bitów "
        "zmniejsza rozmiar modelu około czterokrotnie względem 16 bitów. Jakość odpowiedzi spada zwykle "
        "nieznacznie, a model mieści się na mniejszej karcie graficznej.\n\nPytanie: ile pamięci oszczędzę "
        "przy kwantyzacji 4-bitowej?",
    },
]
