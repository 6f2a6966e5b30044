"""Hand-written Polish texts of the ``fresh19`` split: firmy budowlane, warsztaty, biura rachunkowe, zarządcy nieruchomości."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Zlecenie serwisowe ZS/2024/0731 – Instal-Bud Nowak\n"
        "Klient: ⟦PERSON|Halina Przybylak⟧\nAdres: ⟦STREET_ADDRESS|ul. Kościuszki 48/6, 45-062 Opole⟧\n"
        "Tel.: ⟦PHONE_NUMBER|602 318 947⟧\n"
        "Wymiana podgrzewacza wody. Klientka po ⟦HEALTH_DATA|endoprotezie kolana⟧, porusza się o kulach – prosimy o cierpliwość przy drzwiach.",
    },
    {
        "kind": "support",
        "text": "dzień dobry, kiedy przyjdzie faktura za przegląd kominiarski? nr zlecenia 5521. ⟦PERSON|Zbigniew Kubiak⟧",
    },
    {
        "kind": "support",
        "text": "Przygotuj krótkie podsumowanie tego wątku dla zarządu wspólnoty, 6 zdań, i wypisz, co mamy zrobić.\n\n"
        "Od: ⟦PERSON|Bożena Kaczmarczyk⟧ <⟦EMAIL_ADDRESS|b.kaczmarczyk@zarzadca-sloneczna.pl⟧>\n"
        "Do: biuro@zarzadca-sloneczna.pl\n"
        "Temat: PD: Zalanie lokalu nr 12, ul. Słoneczna 9 (szkoda SZ-0422)\n\n"
        "Przesyłam wiadomość od właściciela lokalu 12. Ekipa dekarska była na dachu 14 marca, kosztorys K-118 na 6 400 zł brutto, "
        "ubezpieczyciel wspólnoty jeszcze nie wypłacił odszkodowania. Proszę o decyzję, czy zlecamy naprawę z funduszu remontowego.\n\n"
        "> Od: ⟦PERSON|Waldemar Olszewski⟧ <⟦EMAIL_ADDRESS|waldek.olszewski@onet.pl⟧>\n"
        "> Wysłano: 2 kwietnia, 07:55\n"
        "> Piszę już trzeci raz. Po każdym deszczu woda cieknie po ścianie w sypialni, tynk odpada, a na suficie jest grzyb. "
        "Moja żona jest ⟦HEALTH_DATA|po chemioterapii⟧ i lekarz zabronił jej przebywać w wilgotnym pomieszczeniu, śpimy teraz w salonie. "
        "Zapłaciłem w marcu zaliczkę na fundusz remontowy z konta ⟦IBAN_CODE|PL35 4189 0286 6407 9897 6694 7636⟧ i nie widzę żadnych prac.\n"
        "> Jeżeli do piątku nikt się nie pojawi, zgłaszam sprawę do nadzoru budowlanego. Mój telefon ⟦PHONE_NUMBER|+48 517 204 633⟧.\n"
        "> ⟦PERSON|Waldemar Olszewski⟧, lokal 12\n"
        ">\n"
        ">> Od: biuro@zarzadca-sloneczna.pl\n"
        ">> Wysłano: 18 marca, 12:10\n"
        ">> Szanowny Panie, dekarz potwierdził nieszczelność obróbki komina. Czekamy na akceptację kosztorysu przez zarząd. "
        "O terminie prac poinformujemy niezwłocznie. Z poważaniem, biuro zarządcy",
    },
    {
        "kind": "support",
        "text": "Warsztat Auto-Serwis Mazur, karta naprawy KN-2290: Opel Astra K 1.6 CDTI, wymiana rozrządu i pompy wody, 1 850 zł z VAT. Auto zastępcze do czwartku.",
    },
    {
        "kind": "support",
        "text": "Streść czat z klientem firmy przeprowadzkowej:\n"
        "[18:02] klient: dobry wieczór, ⟦PERSON|Grzegorz Sadowski⟧, przeprowadzka z Łodzi do Gdyni 30.06\n"
        "[18:03] doradca: dzień dobry, wycena P-5530 dotarła?\n"
        "[18:05] klient: tak, tylko mam ⟦HEALTH_DATA|przepuklinę⟧ i nie mogę nic dźwigać, potrzebuję pełnego pakowania\n"
        "[18:06] doradca: dopiszę pakowanie, dopłata 600 zł\n"
        "[18:08] klient: ok, zaliczkę zapłacę od razu kartą ⟦CREDIT_CARD|4554 5590 4767 1711⟧, ważna do 11/27, kod podam telefonicznie",
    },
    {
        "kind": "support",
        "text": "Biuro rachunkowe: klient pyta, czy może rozliczyć ulgę termomodernizacyjną za pompę ciepła kupioną na fakturę z 2023 r. Co odpisać?",
    },
    {
        "kind": "support",
        "text": "Do aktu notarialnego proszę dopisać dane kupującego: ⟦PERSON|Dariusz Chmielarz⟧, PESEL ⟦PL_PESEL|87072338936⟧, "
        "zam. ⟦STREET_ADDRESS|ul. Lipowa 3, 20-020 Lublin⟧.",
    },
    {
        "kind": "support",
        "text": "Raport ochrony, noc 11/12.01, magazyn Stryków: brak zdarzeń, obchód co 2 h, brama nr 3 sprawdzona o 4:10.",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Karta pracownika – Agencja Pracy Tymczasowej ProStaff\n"
        "Imię i nazwisko: ⟦PERSON|Katarzyna Jabłońska⟧\nPESEL: ⟦PL_PESEL|94030532206⟧\nData urodzenia: ⟦DATE_OF_BIRTH|05.03.1994⟧\n"
        "Konto: ⟦IBAN_CODE|PL08 2435 4399 8695 6320 1294 9841⟧\nStanowisko: księgowa, biuro rachunkowe w Katowicach\n"
        "Uwagi: ⟦HEALTH_DATA|orzeczenie o umiarkowanym stopniu niepełnosprawności⟧ – dodatkowa przerwa 15 min.",
    },
    {
        "kind": "hr",
        "text": "Przypominam, że karty czasu pracy z budowy w Rzeszowie trzeba oddać do 5. dnia miesiąca. Nadgodziny bez podpisu kierownika nie będą płacone.",
    },
    {
        "kind": "hr",
        "text": "Zredaguj notatkę do akt osobowych:\n"
        "Pracownik ⟦PERSON|Łukasz Pawlak⟧ (elektryk) przebywał na L4 od 3 do 24 lutego z powodu ⟦HEALTH_DATA|złamania obojczyka⟧. "
        "Lekarz medycyny pracy dopuścił go do pracy, ale bez prac na wysokości do końca marca.",
    },
    {
        "kind": "hr",
        "text": "Protokół spotkania z zakładową organizacją związkową, firma sprzątająca CleanPol, 15.05\n"
        "Obecni: ⟦PERSON|Danuta Szymańska⟧ (przewodnicząca ⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność”⟧), dział kadr.\n"
        "1. Rejestracja czasu pracy ⟦BIOMETRIC_DATA|skanem twarzy⟧ – związek żąda alternatywy w postaci karty.\n"
        "2. Premia świąteczna bez zmian.",
    },
    {
        "kind": "hr",
        "text": "Ogłoszenie: zatrudnimy monterów instalacji fotowoltaicznych, uprawnienia SEP do 1 kV, praca w delegacji, zakwaterowanie zapewnione.",
    },
    {
        "kind": "hr",
        "text": "Kandydat na pracownika ochrony ⟦PERSON|Artur Mikołajczyk⟧: w zaświadczeniu z KRK figuruje ⟦CRIMINAL_RECORD|wyrok za rozbój z 2017 r.⟧ "
        "Nie może uzyskać wpisu na listę kwalifikowanych pracowników ochrony. Odpowiedź odmowna.",
    },
    {
        "kind": "hr",
        "text": "Notatka z rozmowy z lekarzem medycyny pracy (poufne): pani ⟦PERSON|Agnieszka Wilkosz⟧, malarka, jest "
        "⟦GENETIC_DATA|nosicielką mutacji BRCA1⟧ i przechodzi badania profilaktyczne co pół roku; prosi o wolne w dni badań. "
        "Pani ⟦PERSON|Wilkosz⟧ jest też ⟦HEALTH_DATA|w ciąży⟧ – wyłączyć z prac z rozpuszczalnikami.",
    },
    {
        "kind": "hr",
        "text": "Pracownik ⟦PERSON|Mykoła Bondarenko⟧ prosi o wolne 6 i 7 stycznia na ⟦RELIGIOUS_BELIEF|prawosławne⟧ Boże Narodzenie. Zgoda kierownika budowy.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Remont łazienki pod klucz w 10 dni! Płytki, hydraulika, biały montaż. Darmowa wycena, Kraków i okolice.",
    },
    {
        "kind": "marketing",
        "text": "Opinia klienta na stronę:\n"
        "„Po ⟦HEALTH_DATA|udarze⟧ taty musieliśmy szybko przystosować mieszkanie. Ekipa Dom-Bud zamontowała poręcze i "
        "prysznic bez brodzika w tydzień.” – ⟦PERSON|Iwona Stępień⟧, Tarnów",
    },
    {
        "kind": "marketing",
        "text": "Napisz post na Facebooka: biuro rachunkowe Bilans zaprasza na bezpłatne szkolenie o KSeF, 12 września, 17:00, online.",
    },
    {
        "kind": "marketing",
        "text": "Przedstaw naszego pracownika w newsletterze:\n"
        "⟦PERSON|Sebastian Górecki⟧, brygadzista z 15-letnim stażem, ⟦ETHNIC_ORIGIN|Ślązak⟧ z dziada pradziada, radny "
        "⟦POLITICAL_OPINION|Konfederacji⟧ w gminie i trener młodzików w klubie piłkarskim.",
    },
    {
        "kind": "marketing",
        "text": "Ogłoszenie biura nieruchomości: 2 pokoje, 48 m², Wrocław Krzyki, 4 piętro z windą, balkon, miejsce postojowe w cenie. 639 000 zł.",
    },
    {
        "kind": "marketing",
        "text": "Akcja serwisu: wymiana opon na letnie + przechowanie kompletu zimowego za 199 zł. Rezerwacja online.",
    },
    {
        "kind": "marketing",
        "text": "Do kampanii „Różnorodność w budowlance” – przeredaguj:\n"
        "⟦PERSON|Kamil Wasiak⟧, kierownik robót, otwarcie mówi, że jest ⟦SEX_LIFE_ORIENTATION|gejem⟧, i chce, żeby młodzi "
        "ludzie na budowach nie musieli się ukrywać.",
    },
    {
        "kind": "marketing",
        "text": "Ulotka firmy sprzątającej: mycie okien, pranie tapicerki, sprzątanie po remoncie. Rabat 10 % dla wspólnot mieszkaniowych.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Zgodnie z Prawem budowlanym budowa domu jednorodzinnego o powierzchni zabudowy do 70 m² może być "
        "prowadzona na podstawie zgłoszenia, bez pozwolenia na budowę. Inwestor musi jednak ustanowić kierownika "
        "budowy i prowadzić dziennik budowy. Obiekt może być użytkowany po zawiadomieniu nadzoru budowlanego o "
        "zakończeniu budowy, jeżeli organ nie wniesie sprzeciwu.",
    },
]
