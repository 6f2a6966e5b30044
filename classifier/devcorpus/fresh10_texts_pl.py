"""Hand-written Polish texts of the ``fresh10`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Summarise this thread in English for the assistance team lead, list open actions at the end.\n\n"
        "From: ⟦EMAIL_ADDRESS|bozena.wierzbicka-lis@wp.pl⟧\nTo: assistance@podrozbezpieczna.pl\nSubject: Re: Re: szkoda "
        "PB/2026/01187\n\nDzień dobry,\npiszę ponownie w sprawie męża, ⟦PERSON|Zdzisław Lis⟧, PESEL ⟦PL_PESEL|55110208938⟧. "
        "Od czwartku leży w szpitalu w Hurghadzie, lekarze mówią o ⟦HEALTH_DATA|zapaleniu trzustki⟧, ma też "
        "⟦HEALTH_DATA|cukrzycę typu 2⟧ i bierze ⟦HEALTH_DATA|Metforminę⟧, której tam nie mają. Szpital żąda gwarancji "
        "płatności, a Państwa konsultant pan ⟦PERSON|Kacper⟧ obiecał oddzwonić we wtorek i nic. Jestem pod numerem "
        "⟦PHONE_NUMBER|+48 601 337 284⟧ cały dzień. Czy transport do Gdańska jest w ogóle możliwy? Ubezpieczenie "
        "wykupiłam przez biuro podróży SłonecznyRejs, numer polisy PB-88204417, wariant Komfort.\n\nZ poważaniem\n"
        "⟦PERSON|Bożena Wierzbicka-Lis⟧\n\n> W dniu 14.01.2026 o 10:02 Centrum Alarmowe pisze:\n> Szanowna Pani,\n> "
        "potwierdzamy przyjęcie zgłoszenia PB/2026/01187. Prosimy o przesłanie dokumentacji medycznej ze szpitala\n> "
        "oraz kopii dowodu osobistego ubezpieczonego. Lekarz Centrum skontaktuje się z placówką w ciągu 24 godzin.\n"
        "> Zwrot kosztów leków zakupionych na miejscu nastąpi na rachunek wskazany we wniosku.\n> Pozdrawiamy\n> "
        "Centrum Alarmowe Podróż Bezpieczna\n\n>> W dniu 13.01.2026 o 21:47 Bożena pisze:\n>> Mąż trafił do szpitala, "
        "co mam robić, nikt nie odbiera infolinii.\n\nRachunek do zwrotu: ⟦IBAN_CODE|PL72 1090 1014 0000 7121 9812 8745⟧",
    },
    {
        "kind": "support",
        "text": "Czy pakiet roamingowy Świat 5 GB działa na promie do Szwecji? Odpowiedz krótko.",
    },
    {
        "kind": "support",
        "text": "przepisz nagranie dzień dobry tu ⟦PERSON|TERESA KOWALCZE⟧ eee dzwonię w sprawie przeprowadzki z Oliwy do "
        "Wrzeszcza ⟦STREET_ADDRESS|ul. Grunwaldzka 517⟧ na czwarte piętro bez windy proszę o kontakt",
    },
    {
        "kind": "support",
        "text": "Wyciągnij dane do JSON (skan, lombard):\nUMOWA POŻY-\nCZKI POD ZASTAW\nPożyczkobiorca: ⟦PERSON|Radosław Grzelak⟧\n"
        "PESEL: ⟦PL_PESEL|87061412344⟧\nZastaw: obrączka 585, 4,1 g\nKwota: 620 zł",
    },
    {
        "kind": "support",
        "text": "Napisz odpowiedź na zgłoszenie AKD-3312: student ⟦PERSON|Igor Majchrzak⟧ prosi o zmianę pokoju w akademiku Bałtyk z powodu hałasu.",
    },
    {
        "kind": "support",
        "text": "Teatr Wybrzeże kasa: pani ⟦PERSON|Halina Sroka⟧ chce kupić bilety z miejscem dla ⟦HEALTH_DATA|psa asystującego⟧, "
        "płaci kartą ⟦CREDIT_CARD|4532 0111 7834 5621⟧. Zredaguj potwierdzenie.",
    },
    {
        "kind": "support",
        "text": "Ile kosztuje przedłużenie opłaty za grób na Cmentarzu Srebrzysko na 20 lat? Szablon odpowiedzi.",
    },
    {
        "kind": "support",
        "text": "Test DNA: ⟦PERSON|Wojciech Bielecki⟧ pyta, co znaczy wynik ⟦GENETIC_DATA|mutacja w genie CHEK2⟧. Przetłumacz na "
        "angielski dla laboratorium.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Ogłoszenie: kucharz/kucharka do stołówki szkolnej w Gdyni, umowa o pracę, 7:00-15:00.",
    },
    {
        "kind": "hr",
        "text": "Notatka koordynatora wolontariuszy hospicjum, uporządkuj:\n- ⟦PERSON|Ala Nowicka⟧ tylko środy\n- "
        "ks. ⟦PERSON|Marek⟧ posługa dla pacjentów ⟦RELIGIOUS_BELIEF|katolików⟧ w niedziele\n- ⟦PERSON|Staś Pawlak⟧ na "
        "⟦HEALTH_DATA|L4⟧ do końca miesiąca",
    },
    {
        "kind": "hr",
        "text": "Sprawdź CV:\n⟦PERSON|Mariusz Kędziora⟧, tel. ⟦PHONE_NUMBER|512 448 903⟧\nTragarz, firma przeprowadzkowa "
        "2016-2025\nCzłonek ⟦TRADE_UNION_MEMBERSHIP|NSZZ Solidarność⟧\nPrawo jazdy kat. C",
    },
    {
        "kind": "hr",
        "text": "Protokół zebrania szkoły wieczorowej: egzaminy semestralne 30 stycznia, nowy plan zajęć od lutego. Protokołowała ⟦PERSON|Edyta Rogalska⟧.",
    },
    {
        "kind": "hr",
        "text": "Kurator zlecił raport: ⟦PERSON|Damian Wróblewski⟧, skazany za ⟦CRIMINAL_RECORD|jazdę po pijanemu⟧, prace "
        "społeczne w schronisku, uczęszcza na ⟦HEALTH_DATA|terapię odwykową⟧. Streść w 4 zdaniach.",
    },
    {
        "kind": "hr",
        "text": "Telefon zaufania LGBT+: wolontariuszka ⟦PERSON|Oliwia⟧ jest ⟦SEX_LIFE_ORIENTATION|lesbijką⟧ i chce dyżury z "
        "młodzieżą. Zaktualizuj kartę.",
    },
    {
        "kind": "hr",
        "text": "Przeredaguj: 'Wnioski urlopowe na ferie składamy do 15 grudnia, kto pierwszy ten lepszy.'",
    },
    {
        "kind": "hr",
        "text": "Przygotuj instrukcję dla nowych pracowników obsługi wystawców na targach Amber Expo.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Ulotka wyborcza: 'Nazywam się ⟦PERSON|Jolanta Matuszewska⟧, startuję z listy ⟦POLITICAL_OPINION|Lewicy⟧ do rady "
        "miasta Gdańska.' Skróć do 40 słów.",
    },
    {
        "kind": "marketing",
        "text": "Trzy hasła dla akademików StudentHaus: blisko uczelni, opłaty w cenie, pokoje jednoosobowe.",
    },
    {
        "kind": "marketing",
        "text": "Opinia klienta: 'Przeprowadzka sprawna, panowie mili. Polecam! ⟦PERSON|Krystyna Żmuda-Trzebiatowska⟧'",
    },
    {
        "kind": "marketing",
        "text": "Historia klienta DNA: ⟦PERSON|Piotr Szwaba⟧ odkrył, że ma korzenie ⟦ETHNIC_ORIGIN|kaszubskie⟧ i "
        "⟦ETHNIC_ORIGIN|łemkowskie⟧. Napisz 80 słów.",
    },
    {
        "kind": "marketing",
        "text": "Post na Facebooka: pozwolenia wędkarskie PZW na 2026 już w sprzedaży, zniżka dla seniorów.",
    },
    {
        "kind": "marketing",
        "text": "Nasze hospicjum prowadzi warsztaty dla rodzin osób z chorobą nowotworową. Napisz zaproszenie.",
    },
    {
        "kind": "marketing",
        "text": "SMS stołówki: od lutego menu bezglutenowe i wegańskie na życzenie, zapisy u intendentki.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter targów: 120 wystawców z branży morskiej, hala A, rejestracja do 10 lutego.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Lombard udziela pożyczek pod zastaw ruchomości. Po terminie spłaty przedmiot może zostać sprzedany, "
        "a nadwyżka ze sprzedaży zwracana jest pożyczkobiorcy. Umowa musi określać wartość zastawu i koszty.",
    },
]
