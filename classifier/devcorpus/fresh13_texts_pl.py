"""Hand-written Polish texts of the ``fresh13`` split: prompts with pasted material, as services send them."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Streść zgłoszenie działania niepożądanego do formularza URPL:\n"
        "Zgłaszający: ⟦PERSON|Wiesława Kołodziejczyk⟧, pielęgniarka POZ, tel. ⟦PHONE_NUMBER|+48 71 342 18 09⟧\n"
        "Pacjent: mężczyzna, 52 l., leczony ⟦HEALTH_DATA|metforminą⟧ i ⟦HEALTH_DATA|empagliflozyną⟧ z powodu ⟦HEALTH_DATA|cukrzycy typu 2⟧\n"
        "Działanie: ⟦HEALTH_DATA|kwasica ketonowa⟧ po zabiegu ortopedycznym, hospitalizacja 6 dni. Lek: Glicardo 10 mg, seria GC7781.",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na niemiecki dla centrali w Lipsku: 'Klient reklamuje opłatę za kartę (9 zł/mies.), mimo że spełnił warunek "
        "transakcji. Zwrot za 3 miesiące zaakceptowany, nr reklamacji RK/2026/11/0473.'",
    },
    {
        "kind": "support",
        "text": "KYC, wyciągnij dane do JSON-a:\n"
        "Imię i nazwisko: ⟦PERSON|Bożena Wróblewska-Kac⟧\nPESEL: ⟦PL_PESEL|86071427568⟧\nAdres: ⟦STREET_ADDRESS|ul. Kiełbaśnicza 24/6, 50-108 Wrocław⟧\n"
        "Rachunek: ⟦IBAN_CODE|PL24 2572 9050 0989 8744 5565 1096⟧\nŹródło środków: sprzedaż mieszkania\nPEP: nie; weryfikacja twarzy: ⟦BIOMETRIC_DATA|wzorzec twarzy zgodny z dowodem, 0,93⟧",
    },
    {
        "kind": "support",
        "text": "Historia zgłoszenia DA-4410 (dodatek mieszkaniowy, urząd gminy), napisz odpowiedź dla mieszkańca:\n"
        "02.11 NOWE - wniosek złożony elektronicznie\n06.11 W TOKU - brak deklaracji o dochodach\n"
        "18.11 W TOKU - deklaracja dostarczona\n25.11 ZAKOŃCZONE - decyzja przyznająca, 412,60 zł/mies.",
    },
    {
        "kind": "support",
        "text": "Krematorium - przepisz notatkę z rozmowy:\nDzwonił ⟦PERSON|Zbigniew Ratajczak⟧ w sprawie kremacji żony ⟦PERSON|Haliny Ratajczak⟧, "
        "zm. 19.11 w hospicjum (⟦HEALTH_DATA|rak jajnika⟧). Pogrzeb ⟦RELIGIOUS_BELIEF|ewangelicki⟧, kościół Opatrzności Bożej. "
        "Płatność z zasiłku pogrzebowego ZUS, PESEL zmarłej ⟦PL_PESEL|68050589072⟧ - sprawdź, bo chyba to jego numer. Tel. ⟦PHONE_NUMBER|601 284 977⟧.",
    },
    {
        "kind": "support",
        "text": "Aplikacja randkowa, zgłoszenie do moderacji - oceń pilność:\n"
        "Użytkownik ⟦PERSON|Mateusz Szczygieł⟧ pisze, że osoba z matcha grozi, że roześle jego zdjęcia i wiadomość o tym, że jest "
        "⟦SEX_LIFE_ORIENTATION|biseksualny⟧, do jego parafii. Chce 2000 zł w BLIK-u na nr ⟦PHONE_NUMBER|512 903 441⟧.",
    },
    {
        "kind": "support",
        "text": "czy karta członkowska muzeum (nr KC-7781) działa też w oddziale na Ostrowie Tumskim? pytam bo w kasie mówili że nie",
    },
    {
        "kind": "support",
        "text": "Ambasada, wydział wizowy - odpowiedz po angielsku:\n"
        "'Szanowni Państwo, nazywam się ⟦PERSON|Oleksandr Bondarczuk⟧, ur. ⟦DATE_OF_BIRTH|01.12.1979⟧, PESEL ⟦PL_PESEL|79120118634⟧. "
        "Składałem wniosek o wizę do Kanady, sprawa WIZ-2026-3392. Czy mogę dosłać zaświadczenie o niekaralności później?'",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Orzeczenie lekarza medycyny pracy dla kierowcy - przeredaguj dla dyspozytora bez rozpoznań:\n"
        "Pracownik: ⟦PERSON|Krzysztof Pawlikowski⟧, baza Bielany Wrocławskie\n"
        "Rozpoznanie: ⟦HEALTH_DATA|padaczka pourazowa⟧, ostatni napad 03/2026, leczenie ⟦HEALTH_DATA|kwasem walproinowym⟧\n"
        "Orzeczenie: przeciwwskazania do kierowania pojazdami kat. C i C+E na 2 lata. Zdolny do pracy na magazynie.",
    },
    {
        "kind": "hr",
        "text": "Zwolnienia lekarskie (e-ZLA) w CUW - zrób tabelę dla płac:\n"
        "⟦PERSON|Dorota Chmielewska⟧ | 12.11-25.11 | kod B (⟦HEALTH_DATA|ciąża⟧)\n"
        "⟦PERSON|Łukasz Sobczyk⟧ | 14.11-17.11 | opieka nad dzieckiem\n"
        "⟦PERSON|Jan Grabarczyk⟧ | 03.11-30.11 | kod C (⟦HEALTH_DATA|nadużycie alkoholu⟧) - 0% wynagrodzenia chorobowego!",
    },
    {
        "kind": "hr",
        "text": "Ocena roczna - złagodź ton:\nStanowisko: opiekunka, plany opieki domowej\n+ bardzo dobre relacje z podopiecznymi\n"
        "- spóźnienia na wizyty poranne, brak notatek w aplikacji\nCel: 100% wizyt odnotowanych w systemie do końca Q2.",
    },
    {
        "kind": "hr",
        "text": "Rozmowa wyjściowa - podsumuj w 3 punktach:\nAnalityczka KYC, 2 lata. Odchodzi do banku (wyższe wynagrodzenie, praca zdalna). "
        "Chwali zespół, krytykuje nocne dyżury przy weryfikacji kont.",
    },
    {
        "kind": "hr",
        "text": "Notatka z programu wsparcia pracowników (EAP), skróć dla następnej konsultantki:\n"
        "⟦PERSON|Agata Michalak-Nowak⟧, księgowa, 4. sesja. ⟦HEALTH_DATA|Depresja poporodowa⟧, bierze ⟦HEALTH_DATA|escitalopram⟧. "
        "Mąż ⟦CRIMINAL_RECORD|skazany za znęcanie się nad rodziną⟧ w 2024, ma zakaz zbliżania. Zgoda na kontakt z HR: brak.",
    },
    {
        "kind": "hr",
        "text": "Ośrodek adopcyjny - popraw styl opinii kwalifikacyjnej:\n"
        "Kandydaci: ⟦PERSON|Paweł Jastrzębski⟧ i ⟦PERSON|Marta Jastrzębska⟧, małżeństwo od 2014. Pani Marta, ⟦ETHNIC_ORIGIN|z pochodzenia Łemkini⟧, "
        "chce, by dziecko znało kulturę łemkowską. Oboje ⟦RELIGIOUS_BELIEF|prawosławni⟧. Pan Paweł ⟦TRADE_UNION_MEMBERSHIP|działa w NSZZ Solidarność⟧ w kopalni.",
    },
    {
        "kind": "hr",
        "text": "Biuro ds. rezerwistów (WKU) - pismo do pracodawcy, popraw:\nSygn. WKU-WR/2026/771\n"
        "Uprzejmie informujemy, że pan ⟦PERSON|Dawid Kasprowicz⟧ został powołany na ćwiczenia wojskowe rotacyjne od 12.01 do 23.01. "
        "W tym czasie przysługuje mu ochrona stosunku pracy.",
    },
    {
        "kind": "hr",
        "text": "CV w tabeli proszę (Okres | Pracodawca | Stanowisko):\n2021-obecnie Specjalistka ds. kadr, CUW Grupa Odra Cargo, Wrocław\n"
        "2018-2021 Referentka, Zakład Pogrzebowy i Krematorium 'Spokój', Oleśnica\nJęzyki: polski, niemiecki C1, niderlandzki A2",
    },
    # -- a long bilingual one ----------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Proszę przetłumacz na niemiecki notatkę z akt dla centrali w Lipsku i dopisz krótkie podsumowanie po polsku na dole.\n"
        "Bitte die Übersetzung sachlich halten, keine Wertungen.\n\n"
        "Notatka służbowa / Aktenvermerk - sprawa HR-PL-2026-0912\n"
        "Pracownik: ⟦PERSON|Grzegorz Wilczyński⟧, kierowca C+E, oddział Legnica, nr os. 40177\n"
        "Data urodzenia: ⟦DATE_OF_BIRTH|05.05.1968⟧\n\n"
        "1. 14.10 - pracownik zgłosił się do kadr po powrocie z L4 (zwolnienie od 02.09). Przedstawił wypis ze szpitala: "
        "⟦HEALTH_DATA|zawał serca⟧, ⟦HEALTH_DATA|wszczepienie stentu⟧. Lekarz medycyny pracy wydał orzeczenie o przeciwwskazaniach do "
        "jazdy na 6 miesięcy.\n"
        "2. 16.10 - spotkanie z kierownikiem oddziału ⟦PERSON|Ireneuszem Bąkiem⟧ i przedstawicielem ⟦TRADE_UNION_MEMBERSHIP|OPZZ Konfederacja Pracy⟧ "
        "(pracownik jest członkiem związku od 2011). Zaproponowano stanowisko dyspozytora na 6 mies., pracownik się zgodził.\n"
        "3. 20.10 - pracownik poinformował, że od listopada uczęszcza na ⟦HEALTH_DATA|rehabilitację kardiologiczną⟧ w Szklarskiej Porębie, "
        "3 tygodnie. Wniosek o urlop zdrowotny przekazany do ZUS.\n"
        "4. 28.10 - żona pracownika, ⟦PERSON|Renata Wilczyńska⟧, zadzwoniła z pytaniem o ubezpieczenie grupowe; skierowano ją do brokera.\n"
        "5. Wynagrodzenie: przelew na ⟦IBAN_CODE|PL13 6815 7112 6554 7077 2779 4253⟧ bez zmian, dodatek za jazdy zawieszony.\n\n"
        "Uwagi / Bemerkungen: Pracownik prosi, by informacje o stanie zdrowia nie trafiały do dyspozytorów w Niemczech. "
        "Die Zentrale soll nur 'vorübergehend nicht fahrtauglich' erfahren, keine Diagnose. Rozmowę prowadziła ⟦PERSON|Joanna Szewczyk⟧, HR Business Partner.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Hasło na kampanię banku spółdzielczego: 'Bank sąsiedzki od 1924'. Trzy wersje na billboard + post na Facebooka.",
    },
    {
        "kind": "marketing",
        "text": "Opinia klientki na stronę agencji opieki domowej, popraw gramatykę:\n"
        "'Po ⟦HEALTH_DATA|amputacji nogi⟧ tata nie chciał do DPS-u. Opiekunki przychodzą 2 razy dziennie, plan opieki ustalamy razem.' "
        "- ⟦PERSON|Elżbieta Kaczmarska⟧, córka, Oława",
    },
    {
        "kind": "marketing",
        "text": "Post dla muzeum: Noc Muzeów, wstęp wolny do 1:00, koncert w dziedzińcu, karnet członkowski -20% tylko tej nocy.",
    },
    {
        "kind": "marketing",
        "text": "Tekst do biuletynu związku lekkiej atletyki, skróć:\n"
        "Młociarka ⟦PERSON|Kinga Brzezińska⟧ opowiada o systemie lokalizacji ADAMS i o tym, jak po ⟦HEALTH_DATA|operacji łąkotki⟧ "
        "wróciła do startów. Urodzona ⟦DATE_OF_BIRTH|22.03.2001⟧ w Opolu, urodziny świętuje zwykle na zgrupowaniu w Spale.",
    },
    {
        "kind": "marketing",
        "text": "Post na stronę ośrodka adopcyjnego (zgoda rodziny):\n"
        "⟦PERSON|Tomasz Lis-Wnuk⟧ i ⟦PERSON|Aneta Lis-Wnuk⟧ adoptowali rodzeństwo z ⟦HEALTH_DATA|zespołem FAS⟧. "
        "'Nie baliśmy się diagnozy, baliśmy się, że nikt ich nie zechce.'",
    },
    {
        "kind": "marketing",
        "text": "Ulotka krematorium: ceremonie świeckie i wyznaniowe, sala pożegnań dla 80 osób, transmisja online dla rodziny za granicą. "
        "Spokojny ton, 70 słów.",
    },
    {
        "kind": "marketing",
        "text": "Kampania EAP dla firm logistycznych: 'Kierowca też człowiek' - bezpłatne konsultacje psychologiczne, prawne i finansowe "
        "24/7, po polsku, ukraińsku i niemiecku. Napisz 2 warianty.",
    },
    {
        "kind": "marketing",
        "text": "Artykuł na blog aplikacji randkowej - dodaj wstęp:\nHistoria pary ⟦PERSON|Kamil Domański⟧ i ⟦PERSON|Igor Wasylenko⟧: "
        "poznali się w aplikacji w 2024, dziś mieszkają razem w Poznaniu. Igor, ⟦ETHNIC_ORIGIN|Ukrainiec⟧, śmieje się, że Kamil najpierw "
        "sprawdził, czy jest ⟦POLITICAL_OPINION|wyborcą Razem⟧.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Modele wielojęzyczne a język polski: większość dużych modeli językowych trenowano głównie na tekstach angielskich, "
        "dlatego polski tekst zużywa nawet 1,5-2 razy więcej tokenów na to samo zdanie. Przy szacowaniu kosztów i długości kontekstu "
        "warto to uwzględnić. Modele takie jak Bielik czy PLLuM zostały dostrojone na polskich korpusach i lepiej radzą sobie z fleksją.",
    },
]
