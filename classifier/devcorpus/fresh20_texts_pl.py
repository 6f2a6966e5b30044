"""Hand-written Polish texts of the ``fresh20`` split: banki spółdzielcze, SKOK-i, lombardy, windykacja, doradcy kredytowi, biura rachunkowe, kadry i płace, ubezpieczenia na życie."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "Dzień dobry, ile trwa przelew Expressem Elixir do innego banku? Zlecenie 44/118/2024"},
    {
        "kind": "support",
        "text": "Temat: Otwarcie konta – dane\n\nDzień dobry,\n\nchciałabym otworzyć konto osobiste w Państwa oddziale w Tarnowie. Moje dane: ⟦PERSON|Magdalena Wróblewska⟧, PESEL ⟦PL_PESEL|79062102641⟧, adres zamieszkania ⟦STREET_ADDRESS|ul. Krakowska 56/12, 33-100 Tarnów⟧. Proszę o kontakt pod numerem ⟦PHONE_NUMBER|602 331 874⟧.\n\nPozdrawiam\n⟦PERSON|Magdalena⟧",
    },
    {
        "kind": "support",
        "text": "Translate into English for our compliance team, keep the reference numbers:\n\n„Klient ⟦PERSON|Paweł Ciesielczyk⟧ zgłosił 3 nieautoryzowane transakcje kartą ⟦CREDIT_CARD|3493 267519 25610⟧ na łączną kwotę 4 120 zł w sklepie internetowym z Cypru. Reklamacja nr RK/2024/11/0871. Karta zastrzeżona 19.11 o 22:40.”",
    },
    {
        "kind": "support",
        "text": "[08:55] Klient: czy mogę wziąć wakacje kredytowe na kredyt hipoteczny?\n[08:56] Konsultant (⟦PERSON|Michał⟧): Dzień dobry! Wakacje kredytowe w 2024 r. przysługują, jeśli rata przekracza 30 % dochodu gospodarstwa domowego.\n[08:57] Klient: a jak złożyć wniosek?\n[08:57] Konsultant: W bankowości internetowej: Kredyty > Wnioski. Numer zgłoszenia 9981204.",
    },
    {
        "kind": "support",
        "text": "Czy w lombardzie mogę przedłużyć umowę zastawu telefonicznie? Umowa nr L-2211/24.",
    },
    {
        "kind": "support",
        "text": "Szanowny Panie ⟦PERSON|Grzegorzu⟧,\n\nw imieniu wierzyciela Finamo Sp. z o.o. informujemy o zaległości w wysokości 2 847,19 zł (sprawa WND-44810). Prosimy o kontakt w celu ustalenia harmonogramu spłaty. Wpłat można dokonywać na rachunek ⟦IBAN_CODE|PL83 0669 7526 9973 2436 6398 5422⟧ z dopiskiem numeru sprawy.\n\nZespół Obsługi Klienta\nKredyt Windykacja S.A.",
    },
    {
        "kind": "support",
        "text": "Hej, czy SKOK wydaje zaświadczenie o niezaleganiu do wniosku o kredyt w innym banku? Ile się czeka?",
    },
    {
        "kind": "support",
        "text": "Wątek: reklamacja – nieuznany przelew BLIK (proszę czytać od dołu)\n\n--- 22.11, 10:14, Dział Reklamacji (⟦PERSON|Agata⟧) ---\nSzanowna Pani, dziękujemy za przesłanie zgłoszenia z policji. Reklamacja nr RB/2024/55731 została uwzględniona warunkowo, kwota 3 500 zł wróciła na rachunek. Ostateczna decyzja w ciągu 30 dni. Zgodnie z Pani prośbą kontakt tylko mailowy.\n\n--- 21.11, 19:02, ⟦PERSON|Bożena Mrozowska-Pietras⟧ ---\nDzień dobry, przesyłam potwierdzenie zgłoszenia na komisariacie w Sosnowcu. Chcę też dodać, że mam ⟦HEALTH_DATA|zaburzenia słuchu⟧ i noszę aparat, dlatego nie zrozumiałam dobrze, co mówił ten człowiek przez telefon – przedstawił się jako pracownik banku i kazał mi podać kod BLIK, żeby „zabezpieczyć środki”. Syn ⟦PERSON|Łukasz⟧ mówi, że to oszustwo „na pracownika banku”. Proszę nie dzwonić, wolę e-mail albo SMS na ⟦PHONE_NUMBER|+48 509 117 263⟧. Mój PESEL do weryfikacji: ⟦PL_PESEL|01220941315⟧ – przepraszam, to syna, mój podam w oddziale.\n\n--- 21.11, 09:30, Dział Reklamacji ---\nDzień dobry, aby rozpatrzyć reklamację, prosimy o dokument potwierdzający zgłoszenie sprawy na policji oraz opis zdarzenia.\n\n--- 20.11, 23:47, ⟦PERSON|Bożena Mrozowska-Pietras⟧ ---\nZ mojego konta ktoś wypłacił 3 500 zł BLIKIEM w bankomacie w Katowicach, ja byłam w domu. Proszę o pilne zablokowanie wszystkiego. Mieszkam ⟦STREET_ADDRESS|ul. Mireckiego 14/3, 41-200 Sosnowiec⟧.",
    },
    {
        "kind": "hr",
        "text": "ANKIETA MEDYCZNA – UBEZPIECZENIE NA ŻYCIE DO KREDYTU\nUbezpieczony: ⟦PERSON|Krzysztof Adamczyk⟧\nData urodzenia: ⟦DATE_OF_BIRTH|14.02.1972⟧\nCzy choruje Pan przewlekle? Tak – ⟦HEALTH_DATA|nadciśnienie tętnicze, leczone⟧\nCzy przyjmuje Pan leki? ⟦HEALTH_DATA|Bisoprolol 5 mg, Atorwastatyna⟧\nCzy był Pan hospitalizowany w ciągu 5 lat? Nie\nCzy wykonywano badania genetyczne? Tak – ⟦GENETIC_DATA|mutacja genu CHEK2⟧\nWzrost/waga: 178 cm / 91 kg\nWniosek nr UZ-771042",
    },
    {
        "kind": "hr",
        "text": "Protokół z zebrania zespołu windykacji, 20.11\nObecni: 8 osób, prowadząca ⟦PERSON|Anna Górska⟧\n0. ⟦PERSON|Zbigniew Lis⟧, radny miejski z listy ⟦POLITICAL_OPINION|Lewicy⟧, prosi o zwolnienia na sesje rady – zgoda.\n1. Skuteczność odzysku za październik: 61 %.\n2. Nowy skrypt rozmowy z klientami w trudnej sytuacji – wdrożenie od 2.12.\n3. Dyżury świąteczne – lista do piątku; ⟦PERSON|Dawid Król⟧ (⟦RELIGIOUS_BELIEF|prawosławny⟧) weźmie 25.12, prosi o wolne 7 stycznia.",
    },
    {
        "kind": "hr",
        "text": "Cześć ⟦PERSON|Ola⟧, ⟦PERSON|Tomek⟧ z księgowości prosił o wolne w piątek, bo ma ⟦HEALTH_DATA|zabieg usunięcia zaćmy⟧. Zgodził się, żebym Ci to napisała. Możesz wpisać urlop na żądanie?",
    },
    {
        "kind": "hr",
        "text": "Biuro Rachunkowe Kalinowscy – karta pracownika\nImię i nazwisko: ⟦PERSON|Olena Kovalenko⟧\nObywatelstwo: ukraińskie\nPESEL: brak (w trakcie nadania)\nAdres: ⟦STREET_ADDRESS|ul. Piotrkowska 210 m. 7, 90-369 Łódź⟧\nRachunek do wypłaty: ⟦IBAN_CODE|PL36 9995 1229 8227 2100 9032 5738⟧\nStanowisko: kasjerka, umowa zlecenie\nTelefon: ⟦PHONE_NUMBER|+48 731 402 556⟧",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Jakub Zieliński⟧ · ⟦EMAIL_ADDRESS|jakub.zielinski.doradca@wp.pl⟧\nDoradca kredytowy, sieć pośrednictwa Dom Kredytu Bursztyn (2019–obecnie)\nAnalityk kredytowy, Bank Spółdzielczy w Łowiczu (2015–2019)\nWykształcenie: Uniwersytet Ekonomiczny w Krakowie, finanse i rachunkowość\nUprawnienia KNF do pośrednictwa kredytu hipotecznego",
    },
    {
        "kind": "hr",
        "text": "Komunikat kadr: PIT-11 za 2024 zostaną udostępnione w portalu pracowniczym do 31 stycznia. Prosimy o aktualizację adresów zamieszkania do 15 grudnia.",
    },
    {
        "kind": "hr",
        "text": "Notatka z rozmowy: ⟦PERSON|Henryk Pawlak⟧, przewodniczący ⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność”⟧ w naszym oddziale, wnosi o przesunięcie rozmów płacowych na styczeń. Zgłasza też, że ⟦PERSON|Beata Nowicka⟧ jest od 3 tygodni na ⟦HEALTH_DATA|zwolnieniu lekarskim z powodu depresji⟧ i prosi o dyskrecję.",
    },
    {
        "kind": "hr",
        "text": "Szkolenie AML dla nowych pracowników (prowadzi ⟦PERSON|Marek Sadowski⟧): 4 grudnia, sala 2.14, 9:00–13:00. Obecność obowiązkowa.",
    },
    {
        "kind": "marketing",
        "text": "Masz problem ze spłatą długów? Nasza fundacja pomaga bezpłatnie: analiza budżetu, negocjacje z wierzycielami, upadłość konsumencka. Zadzwoń lub umów się online.",
    },
    {
        "kind": "marketing",
        "text": "„Myślałam, że jako osoba na JDG nie dostanę kredytu na mieszkanie. Pan doradca znalazł bank w 3 tygodnie!” – ⟦PERSON|Karolina⟧ z Gdyni",
    },
    {
        "kind": "marketing",
        "text": "Konto oszczędnościowe 6 % przez 3 miesiące dla nowych środków do 50 000 zł. Środki gwarantowane przez BFG.",
    },
    {
        "kind": "marketing",
        "text": "Lombard Złoty Róg: pożyczki pod zastaw złota, elektroniki i zegarków. Wycena w 5 minut, gotówka od ręki, bez BIK.",
    },
    {
        "kind": "marketing",
        "text": "Poznaj naszą doradczynię: ⟦PERSON|Ewa Michalak⟧ od 15 lat pomaga rolnikom z Podlasia w kredytach na maszyny i dopłatach unijnych.",
    },
    {
        "kind": "marketing",
        "text": "Rozlicz PIT w 10 minut! Aplikacja sama pobierze dane z e-Urzędu Skarbowego, doliczy ulgę na dzieci i przekaże 1,5 % na wybraną organizację.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter SKOK: nowy oddział w Siedlcach, zmiana godzin otwarcia w Wigilię, konkurs plastyczny dla dzieci członków.",
    },
    {
        "kind": "marketing",
        "text": "Zbiórka crowdfundingowa dla schroniska w Głogowie zakończona – 38 400 zł od 612 darczyńców. Dziękujemy! Organizatorka ⟦PERSON|Weronika Bielawska⟧",
    },
    {
        "kind": "docs",
        "text": "Czym jest Biuro Informacji Kredytowej?\n\nBIK gromadzi informacje o kredytach i pożyczkach zaciąganych przez osoby fizyczne i firmy w bankach, SKOK-ach i części firm pożyczkowych. Na ich podstawie wyliczana jest ocena punktowa, którą banki wykorzystują przy ocenie zdolności kredytowej. Dane o terminowo spłacanych zobowiązaniach mogą być przetwarzane po ich spłacie tylko za zgodą klienta.",
    },
]
