"""Hand-written Polish texts for fresh23: lotniska i linie lotnicze, PKP i przewoźnicy autobusowi, szkoły jazdy, spedycja, fundacje dla migrantów."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # --- support ---
    {"kind": "support", "text": "Czy bilet PKP Intercity kupiony w aplikacji mogę zwrócić po odjeździe pociągu?"},
    {
        "kind": "support",
        "text": "Streść to zgłoszenie dla obsługi PRM na Okęciu:\n\nPasażerka: ⟦PERSON|Bożena Wasilewska-Obi⟧\nPESEL: ⟦PL_PESEL|85030868545⟧\nLot: LO 281 WAW-ORD, 14 czerwca\nPotrzeba: ⟦HEALTH_DATA|po przeszczepie wątroby⟧, ⟦HEALTH_DATA|leki immunosupresyjne⟧ w bagażu podręcznym, prosi o wózek do gate'u.\nTel.: ⟦PHONE_NUMBER|+48 601 274 938⟧",
    },
    {
        "kind": "support",
        "text": "[16:10] Klient: dzień dobry, hulajnoga nr 30192 nie chce się zablokować na Rynku\n[16:11] Konsultant ⟦PERSON|Kacper⟧: Dzień dobry! Proszę przesunąć ją 20 m w stronę Sukiennic, tam jest strefa parkowania.\n[16:13] Klient: działa, dzięki\n[16:13] Konsultant ⟦PERSON|Kacper⟧: Nie ma za co, miłego dnia!",
    },
    {
        "kind": "support",
        "text": "Temat: Reklamacja – zaginiony bagaż, lot FR 2384 Gdańsk\n\nDzień dobry,\nW walizce był mój ⟦HEALTH_DATA|aparat słuchowy⟧ i zapas ⟦HEALTH_DATA|leków na nadciśnienie⟧. Numer zgłoszenia GDNFR10493. Proszę o zwrot kosztów zakupu zastępczego (640 zł) na konto ⟦IBAN_CODE|PL43 9991 1119 6058 0592 2757 9282⟧.\nZ poważaniem\n⟦PERSON|Zdzisław Mwale-Kurek⟧\n⟦STREET_ADDRESS|ul. Grunwaldzka 117/4, 80-244 Gdańsk⟧",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na angielski dla koordynatorki w Berlinie: „Pani ⟦PERSON|Olena Szczęsna-Horbach⟧ jest ⟦ETHNIC_ORIGIN|Romką⟧ z Zakarpacia. Zgłosiła, że w ośrodku ktoś zabrał jej dokumenty. Jest ⟦HEALTH_DATA|w 6. miesiącu ciąży⟧ i potrzebuje wizyty u ginekologa.”",
    },
    {
        "kind": "support",
        "text": "Przyporządkuj zgłoszenia do kategorii (ROZLICZENIA / AWARIA / KONTO): stacja ładowania Orlen Charge w Łodzi nie działa; podwójne obciążenie karty 86,20 zł; zmiana adresu e-mail; kabel CCS uszkodzony.",
    },
    {
        "kind": "support",
        "text": "Proszę o opłacenie rezerwacji wycieczki szkolnej do Zakopanego (rez. ZK-2291) kartą ⟦CREDIT_CARD|371188912657594⟧, ważna do 11/27, posiadacz ⟦PERSON|Arkadiusz Nowicki-Ebeid⟧. Kod CVC podam telefonicznie.",
    },
    {"kind": "support", "text": "Jak długo trwa odprawa celna kontenera w Gdyni?"},
    # --- hr ---
    {
        "kind": "hr",
        "text": "Formularz przyjęcia — kierowca autobusu, FlixBus partner Wrocław\nImię i nazwisko: ⟦PERSON|Radosław Achterfeld⟧\nPESEL: ⟦PL_PESEL|85032133953⟧\nAdres: ⟦STREET_ADDRESS|ul. Legnicka 58/12, 54-204 Wrocław⟧\nTelefon: ⟦PHONE_NUMBER|512 907 448⟧\nBadania lekarskie: zdolny, ⟦HEALTH_DATA|okulary korekcyjne⟧ wymagane\nKarta kierowcy: ważna do 2028",
    },
    {
        "kind": "hr",
        "text": "Protokół ze spotkania zarządu z komisją zakładową ⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność”⟧, Port Lotniczy Katowice, 21 lutego\nObecni: dyrektor HR, ⟦PERSON|Teodor Bieniek-Asante⟧ (przewodniczący komisji), 3 członków\n1. Regulamin wynagradzania obsługi naziemnej.\n2. Wniosek o wolne dla pracowników ⟦RELIGIOUS_BELIEF|prawosławnych⟧ w Wigilię wg kalendarza juliańskiego – przyjęty.\n3. Sprawy różne.",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Weronika Adamczyk-Lindahl⟧\n⟦EMAIL_ADDRESS|weronika.adamczyk.l@wp.pl⟧ · ⟦PHONE_NUMBER|+48 698 330 152⟧\nDoświadczenie: 2019–obecnie spedytorka morska, C.Hartwig Gdynia; 2015–2019 agentka celna\nJęzyki: angielski C1, szwedzki B2\nUprawnienia: agent celny, certyfikat IATA DGR",
    },
    {
        "kind": "hr",
        "text": "Pomóż mi napisać maila do kierownika szkoły językowej: lektorka ⟦PERSON|Agata Fijałkowska⟧ prosi o zmianę grafiku, bo zaczyna ⟦HEALTH_DATA|terapię na depresję⟧ we wtorki rano. Nie chce, żeby zespół wiedział.",
    },
    {
        "kind": "hr",
        "text": "Ogłoszenie: instruktor nauki jazdy kat. B i C, Lublin, umowa o pracę, od 6 500 zł brutto, samochód szkoleniowy Toyota Yaris.",
    },
    {
        "kind": "hr",
        "text": "Portret pracownika: ⟦PERSON|Stanisław Okonkwo-Zieliński⟧ od 25 lat jest konduktorem na trasie Kraków–Przemyśl. W 2022 roku pomagał uchodźcom z Ukrainy na dworcu w Przemyślu. W wolnym czasie działa w ⟦POLITICAL_OPINION|lokalnym kole Partii Razem⟧.",
    },
    {
        "kind": "hr",
        "text": "Notatka poufna: w ramach weryfikacji opiekuna wycieczek szkolnych ⟦PERSON|Marcin Żurawski-Ade⟧ przedstawił zaświadczenie z KRK — ⟦CRIMINAL_RECORD|skazany w 2018 r. za jazdę pod wpływem alkoholu⟧. Czy to wyklucza go z pracy z dziećmi?",
    },
    {
        "kind": "hr",
        "text": "Grafik szkoleń BHP dla obsługi naziemnej: 4 marca odladzanie samolotów, 11 marca obsługa taśmociągów, 18 marca pierwsza pomoc.",
    },
    # --- marketing ---
    {
        "kind": "marketing",
        "text": "Hasło reklamowe dla szkoły jazdy w Poznaniu: zdawalność 78 %, jazdy także w weekendy, kurs kat. B od 3 200 zł.",
    },
    {
        "kind": "marketing",
        "text": "Opinia klienta na stronę (zgoda podpisana): „Pielgrzymka do Częstochowy z biurem Via Sacra była dla mnie wielkim przeżyciem. Jako osoba ⟦HEALTH_DATA|po udarze⟧ bałam się, ale wszystko było przystosowane.” — ⟦PERSON|Genowefa Rutkowska-Baptiste⟧, Kielce",
    },
    {
        "kind": "marketing",
        "text": "Newsletter biura podróży — lipiec\n• Zielone szkoły nad morzem od 890 zł\n• Pielgrzymka do Rzymu i Asyżu\n• Nowe połączenie autokarowe Warszawa–Wilno\n• Rabat 5 % dla stałych klientów\nKontakt: ⟦PERSON|Halina Dudek-Oyinlola⟧, ⟦PHONE_NUMBER|22 418 93 07⟧",
    },
    {
        "kind": "marketing",
        "text": "Tekst na landing page: rower miejski w Gdańsku — 2 000 rowerów elektrycznych, 4 zł za 30 minut, pakiet miesięczny 29 zł.",
    },
    {
        "kind": "marketing",
        "text": "Historia sukcesu do raportu fundacji (uczestnik się zgodził): ⟦PERSON|Yusuf Abdirahman Kowal⟧ przyjechał z Somalii, jest ⟦RELIGIOUS_BELIEF|muzułmaninem⟧ i przez pierwsze miesiące nie znał nikogo. Dziś po kursie polskiego pracuje jako mechanik w serwisie autobusów w Białymstoku.",
    },
    {
        "kind": "marketing",
        "text": "FAQ spedycja\nCzy obsługujecie transport drobnicowy do Wielkiej Brytanii? Tak, 3 razy w tygodniu.\nCzy przygotujecie dokumenty eksportowe? Tak, w tym EX-A i T1.\nIle trwa transport? 3–4 dni robocze.",
    },
    {
        "kind": "marketing",
        "text": "Przepisz bardziej zachęcająco: „Wypożyczalnia samochodów przy lotnisku Modlin. Auta elektryczne i hybrydowe. Odbiór 24/7.”",
    },
    {
        "kind": "marketing",
        "text": "Post na Facebooka szkoły międzynarodowej we Wrocławiu: dzień otwarty 25 kwietnia, program IB, zajęcia z polskiego dla obcokrajowców.",
    },
    # --- docs ---
    {
        "kind": "docs",
        "text": "Instrukcja: zgłoszenie uszkodzonego bagażu. Pasażer zgłasza szkodę w punkcie Lost & Found przed opuszczeniem strefy odbioru bagażu. Pracownik sporządza raport PIR, robi zdjęcia i wydaje numer sprawy. Reklamacje pisemne przyjmujemy do 7 dni od lotu (uszkodzenie) lub 21 dni (opóźnienie). Wypłata odszkodowania następuje po weryfikacji rachunków.",
    },
    {
        "kind": "support",
        "text": "Podsumuj ten wątek dla kierowniczki działu reklamacji i zaproponuj odpowiedź:\n\nOd: ⟦PERSON|Grażyna Oduya-Malinowska⟧ <⟦EMAIL_ADDRESS|g.oduya.malinowska@onet.pl⟧>\nDo: reklamacje@autokary-tatry.pl\nTemat: Re: Re: Wycieczka szkolna Zakopane, rez. ZK-2317\n\nSzanowni Państwo,\npiszę już trzeci raz. Podczas wycieczki klasy 6b mój syn ⟦PERSON|Igor⟧, który ma ⟦HEALTH_DATA|cukrzycę typu 1⟧, został sam w autokarze na postoju w Nowym Targu, bo opiekun nie policzył dzieci. Igor miał ⟦HEALTH_DATA|hipoglikemię⟧ i to kierowca podał mu sok. Opiekunka pani ⟦PERSON|Wiesława⟧ wiedziała o jego chorobie, bo przekazałam kartę zdrowia przed wyjazdem. Oczekuję wyjaśnień i zwrotu części kosztów (1 150 zł).\nZ poważaniem\n⟦PERSON|Grażyna Oduya-Malinowska⟧\n⟦STREET_ADDRESS|ul. Kazimierza Wielkiego 9/3, 30-074 Kraków⟧\n⟦PHONE_NUMBER|604 118 372⟧\n\n> W dniu 18 marca Dział Reklamacji napisał:\n> Dziękujemy za zgłoszenie. Sprawa została przekazana do kierownika przewozów, odpowiemy w ciągu 14 dni.\n>\n>> W dniu 10 marca ⟦PERSON|Grażyna Oduya-Malinowska⟧ napisała:\n>> Dzień dobry, chciałam zgłosić poważne zaniedbanie podczas wycieczki. Proszę o kontakt telefoniczny po godzinie 16, pracuję na zmiany w szpitalu. Szkoła (SP nr 12) ma pełną listę uczestników i numer autokaru KR 7G221.",
    },
]
