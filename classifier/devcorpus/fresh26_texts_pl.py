"""Hand-written Polish texts of the held-out split fresh26: sądy, kuratorzy, ZUS, urzędy skarbowe i pomoc ofiarom."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "Dzień dobry, w jakich godzinach działa biuro podawcze sądu rejonowego?"},
    {
        "kind": "support",
        "text": 'Streść po angielsku: "Nazywam się ⟦PERSON|Jadwiga Skowrońska-Obi⟧, PESEL ⟦PL_PESEL|86072348642⟧. Nie mogę stawić się u kuratora, bo mam ⟦HEALTH_DATA|zapalenie płuc⟧. Tel. ⟦PHONE_NUMBER|604 218 773⟧."',
    },
    {
        "kind": "support",
        "text": "[12:10] petent: zgubiłem portfel na dworcu, czy ktoś oddał?\n[12:11] dyżurny: Proszę opisać portfel i podać datę.\n[12:11] petent: czarny, wczoraj wieczorem",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na niemiecki: ⟦PERSON|Zbigniew Wawrzyniak⟧ (PESEL ⟦PL_PESEL|72010936532⟧) prosi o przeliczenie emerytury. Konto ⟦IBAN_CODE|PL14 0207 6285 2831 6184 6289 7216⟧, adres ⟦STREET_ADDRESS|ul. Kołłątaja 27, 50-007 Wrocław⟧.",
    },
    {
        "kind": "support",
        "text": "Jak złożyć wniosek o wpis do księgi wieczystej przez internet?",
    },
    {
        "kind": "support",
        "text": "Punkty nieodpłatnej pomocy prawnej działają w każdym powiecie. Wizytę trzeba umówić telefonicznie lub przez stronę starostwa.",
    },
    {
        "kind": "support",
        "text": "Mój mąż ⟦PERSON|Radosław Kuźnicki⟧ odsiaduje wyrok w ZK Wronki za ⟦CRIMINAL_RECORD|rozbój⟧ i potrzebuje ⟦HEALTH_DATA|leków przeciwpadaczkowych⟧. Do kogo pisać?",
    },
    {
        "kind": "support",
        "text": "Czy mogę głosować w innym mieście niż to, w którym jestem zameldowany?",
    },
    {
        "kind": "hr",
        "text": "CV – ⟦PERSON|Wiesława Chmielarz⟧\n⟦EMAIL_ADDRESS|w.chmielarz@skrzynka-poczta.pl⟧\nUr. ⟦DATE_OF_BIRTH|11.02.1985⟧\nKurator zawodowy, Sąd Rejonowy w Lublinie (2013–)\nStudia: resocjalizacja, UMCS\nCzłonkini ⟦TRADE_UNION_MEMBERSHIP|NSZZ Solidarność⟧",
    },
    {
        "kind": "hr",
        "text": "Ogłoszenie: Powiatowy Urząd Pracy zatrudni doradcę zawodowego. Wymagania: wykształcenie wyższe, doświadczenie w pracy z osobami bezrobotnymi.",
    },
    {
        "kind": "hr",
        "text": "Notatka poufna: ⟦PERSON|Bartosz Lewandowicz⟧, funkcjonariusz Służby Więziennej, jest po ⟦HEALTH_DATA|zawale serca⟧ i prosi o przeniesienie do działu administracji.",
    },
    {
        "kind": "hr",
        "text": "Protokół zebrania, Urząd Skarbowy Gdańsk, 18 marca\nObecni: ⟦PERSON|Halina Przybysz⟧, ⟦PERSON|Mikołaj Adeyemi-Nowak⟧\n1. Kontrole VAT\n2. Urlopy letnie",
    },
    {
        "kind": "hr",
        "text": "Przypomnienie: pracownicy ZUS muszą do końca miesiąca ukończyć szkolenie z cyberbezpieczeństwa.",
    },
    {
        "kind": "hr",
        "text": "Poznajcie naszą koleżankę: ⟦PERSON|Genowefa Sobótka⟧ od dziesięciu lat prowadzi zajęcia edukacyjne w areszcie śledczym. Uwielbia żeglarstwo.",
    },
    {
        "kind": "hr",
        "text": "⟦PERSON|Teodor Maciejczyk⟧ z wydziału ksiąg wieczystych prosi o wolne w ⟦RELIGIOUS_BELIEF|prawosławne Boże Narodzenie⟧, 7 stycznia.",
    },
    {
        "kind": "hr",
        "text": "Opis stanowiska: asystent sędziego w wydziale rodzinnym i nieletnich. Przygotowywanie projektów orzeczeń, kontakt z ośrodkami pomocy społecznej.",
    },
    {
        "kind": "marketing",
        "text": "Pomoc dla osób pokrzywdzonych przestępstwem: bezpłatna pomoc prawna i psychologiczna. Zadzwoń na infolinię 222 309 900.",
    },
    {
        "kind": "marketing",
        "text": '"Fundacja pomogła mi znaleźć pracę po wyjściu z więzienia." – ⟦PERSON|Kazimierz Dudziak⟧, ⟦CRIMINAL_RECORD|skazany za oszustwa⟧, dziś magazynier',
    },
    {
        "kind": "marketing",
        "text": "Platforma PUE ZUS: sprawdź stan konta emerytalnego i złóż wniosek bez wychodzenia z domu.",
    },
    {
        "kind": "marketing",
        "text": "Biuletyn stowarzyszenia kuratorów społecznych: nowe przepisy o dozorze elektronicznym i relacja z konferencji w Toruniu.",
    },
    {
        "kind": "marketing",
        "text": "Historia z naszej poradni (szkic): ⟦PERSON|Oksana Hryniewicz⟧, ⟦ETHNIC_ORIGIN|Ukrainka z pochodzenia romskiego⟧, wygrała sprawę o dyskryminację w urzędzie pracy.",
    },
    {
        "kind": "marketing",
        "text": "Rozlicz PIT z Twoim e-PIT! Urząd skarbowy przygotował zeznanie za Ciebie, wystarczy je zaakceptować.",
    },
    {
        "kind": "marketing",
        "text": "Zostań wolontariuszem w punkcie pomocy rodzinom osadzonych. Szkolimy i zapewniamy wsparcie.",
    },
    {
        "kind": "marketing",
        "text": "Wolontariusz roku: ⟦PERSON|Ignacy Pietrasik⟧, ⟦SEX_LIFE_ORIENTATION|otwarcie gej⟧ i ⟦POLITICAL_OPINION|działacz lewicy⟧, prowadzi dyżury prawne dla osób LGBT w Łodzi.",
    },
    {
        "kind": "docs",
        "text": "Portal Informacyjny Sądów Powszechnych udostępnia akta spraw pełnomocnikom. Konto zakłada się raz, a dostęp do konkretnej sprawy przyznaje sąd. Doręczenia elektroniczne są skuteczne po 14 dniach.",
    },
    {
        "kind": "support",
        "text": "Dzień dobry, tu ⟦PERSON|Bożydar Klimkiewicz⟧, proszę o zmianę terminu widzenia, tel. ⟦PHONE_NUMBER|512 604 339⟧.",
    },
]
