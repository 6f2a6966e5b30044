"""Split ``fresh3``, Polish: support mail and chat, HR and marketing written whole (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": """Dzień dobry,

mój lot LO 3921 z Warszawy do Wrocławia został odwołany 12 listopada. Przebukowano mnie na następny dzień. Proszę o informację, jak złożyć wniosek o odszkodowanie. Numer rezerwacji: PLX8RT.

Z poważaniem""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry, dzisiaj rano zauważyłam na koncie transakcję na 1 499 zł w sklepie internetowym, której nie robiłam. Karta ⟦CREDIT_CARD|4721 7929 6476 6499⟧ jest zastrzeżona od godziny 7:15. Numer rachunku: ⟦IBAN_CODE|PL63 7863 8144 7453 4961 9317 9136⟧. Proszę o zwrot środków.
⟦PERSON|Zofia Wierzbicka⟧, tel. ⟦PHONE_NUMBER|601 442 817⟧""",
    },
    {
        "kind": "support",
        "text": """Cześć, czy drukarka na 3. piętrze już działa? Od rana wyświetla "Błąd 0x41" i nie drukuje.""",
    },
    {
        "kind": "support",
        "text": """Szanowni Państwo,

chciałbym przenieść numer ⟦PHONE_NUMBER|+48 512 903 766⟧ z Orange do Państwa sieci. Abonent: ⟦PERSON|Bartłomiej Kaczmarczyk⟧, PESEL ⟦PL_PESEL|83122109491⟧, adres: ⟦STREET_ADDRESS|ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa⟧.

Pozdrawiam""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry, czy w aptece jest dostępny ⟦HEALTH_DATA|Euthyrox 100⟧? Mama choruje na ⟦HEALTH_DATA|Hashimoto⟧ i od tygodnia nigdzie nie możemy go dostać. Pozdrawiam, ⟦PERSON|Ola⟧""",
    },
    {
        "kind": "support",
        "text": """Przesyłka 6800 4412 9903 1274 została przekazana kurierowi. Planowana dostawa: czwartek, 8:00-16:00.""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry Pani ⟦PERSON|Magdo⟧,

w załączeniu przesyłam skierowanie na rehabilitację po ⟦HEALTH_DATA|endoprotezie biodra⟧. Lekarz zalecił 10 zabiegów, najlepiej rano. Czy są wolne terminy w grudniu?

⟦PERSON|Marian Żurawski⟧
⟦EMAIL_ADDRESS|m.zurawski58@wp.pl⟧""",
    },
    {
        "kind": "support",
        "text": """Hallo, poniżej wiadomość od klienta z Niemiec, przetłumaczyłam najważniejsze:

> Sehr geehrte Damen und Herren, die Ware aus Auftrag 2025/PL/4471 ist beschädigt angekommen. Bitte um Rückruf unter ⟦PHONE_NUMBER|+49 160 9934 2218⟧. ⟦PERSON|Gerd Hansmann⟧

Klient prosi o kontakt telefoniczny w sprawie uszkodzonego towaru. Kto się tym zajmie?""",
    },
    {
        "kind": "support",
        "text": """Dziękuję za szybką odpowiedź, zwrot za zamówienie 88123/2025 już wpłynął. Pozdrawiam!""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry, zapomniałam hasła do e-dziennika syna. Nowe hasło ustawiłam na ⟦PASSWORD|Kasztan2015!⟧, ale system go nie przyjmuje. Uczeń: ⟦PERSON|Filip Nowicki⟧, klasa 5a. ⟦PERSON|Ewelina Nowicka⟧""",
    },
    {
        "kind": "support",
        "text": """Proszę o wydanie zaświadczenia o zameldowaniu. Dane: ⟦PERSON|Agnieszka Stępień⟧, ur. ⟦DATE_OF_BIRTH|30.08.2002⟧, PESEL ⟦PL_PESEL|02283018747⟧, zameldowana: ⟦STREET_ADDRESS|ul. Długa 5/3, 31-147 Kraków⟧.""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Kwestionariusz osobowy pracownika

Imię i nazwisko: ⟦PERSON|Zofia Wierzbicka⟧
Data urodzenia: ⟦DATE_OF_BIRTH|7 kwietnia 1991⟧
PESEL: ⟦PL_PESEL|91040782243⟧
Adres zamieszkania: ⟦STREET_ADDRESS|ul. Piotrkowska 112 m. 4, 90-006 Łódź⟧
Numer rachunku: ⟦IBAN_CODE|PL67 8918 9696 4503 4523 4160 2554⟧
Stanowisko: księgowa, umowa o pracę na czas nieokreślony""",
    },
    {
        "kind": "hr",
        "text": """Informujemy, że ⟦PERSON|Paweł Górski⟧ przebywa na zwolnieniu lekarskim do 5 grudnia. Według e-ZLA przyczyna: ⟦HEALTH_DATA|złamanie kości podudzia⟧. Proszę o zastępstwo na magazynie.""",
    },
    {
        "kind": "hr",
        "text": """Przypominamy, że wnioski urlopowe na okres świąteczny należy składać do 10 grudnia w systemie kadrowym.""",
    },
    {
        "kind": "hr",
        "text": """Agencja pracy tymczasowej poszukuje operatorów wózka widłowego do pracy w Strykowie. Praca w systemie trzyzmianowym, stawka 32 zł brutto za godzinę, zakwaterowanie zapewniamy.""",
    },
    {
        "kind": "hr",
        "text": """Notatka ze spotkania z przedstawicielami ⟦TRADE_UNION_MEMBERSHIP|NSZZ "Solidarność"⟧: w imieniu załogi wystąpili ⟦PERSON|Tadeusz Wójcik⟧ i ⟦PERSON|Renata Kowal⟧. Ustalono harmonogram rozmów o podwyżkach na 2026 rok.""",
    },
    {
        "kind": "hr",
        "text": """CV

⟦PERSON|Kamil Zając⟧, ⟦PHONE_NUMBER|698 224 501⟧, ⟦EMAIL_ADDRESS|kamil.zajac@onet.pl⟧
Doświadczenie: 2018-2025 kierowca kat. C+E, Trans-Pol Sp. z o.o.
Uprawnienia: ADR, karta kierowcy, świadectwo kwalifikacji
Języki: niemiecki komunikatywny""",
    },
    {
        "kind": "hr",
        "text": """Pani ⟦PERSON|Chmielarz⟧ z działu sprzedaży poinformowała, że jest w ⟦HEALTH_DATA|ciąży⟧, i przedstawiła zaświadczenie lekarskie. Od przyszłego tygodnia nie może pracować w nadgodzinach ani w nocy.""",
    },
    {
        "kind": "hr",
        "text": """W związku z remontem stołówki obiady będą wydawane w sali konferencyjnej na parterze od 1 do 12 grudnia.""",
    },
    {
        "kind": "hr",
        "text": """Zaświadczenie o niekaralności ⟦PERSON|Dariusza Lisa⟧ wskazuje ⟦CRIMINAL_RECORD|wyrok za jazdę pod wpływem alkoholu⟧ z 2019 r. Stanowisko kierowcy odpada, można rozważyć pracę na magazynie.""",
    },
    {
        "kind": "hr",
        "text": """Pracownik ⟦PERSON|Oleksandr Bondarenko⟧ prosi o dzień wolny 7 stycznia (Boże Narodzenie ⟦RELIGIOUS_BELIEF|prawosławne⟧). Proszę o zamianę zmiany z kimś z ekipy B.""",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Wielka wyprzedaż zimowa! Kurtki, buty i swetry do -50%. Darmowa dostawa od 149 zł i 30 dni na zwrot.""",
    },
    {
        "kind": "marketing",
        "text": """"Dzięki Magazynowi 360 skróciliśmy czas kompletacji zamówień o połowę." - ⟦PERSON|Tomasz Wróblewski⟧, kierownik logistyki w firmie Polmarket

Umów prezentację: ⟦PERSON|Justyna Pawlak⟧, ⟦PHONE_NUMBER|+48 22 431 88 02⟧""",
    },
    {
        "kind": "marketing",
        "text": """Parafia św. Wojciecha zaprasza na kiermasz bożonarodzeniowy w niedzielę po mszy o 10:30. Dochód przeznaczony na remont organów.""",
    },
    {
        "kind": "marketing",
        "text": """Nasz asystent AI oparty na modelach Bielik i Llama odpowiada klientom po polsku przez całą dobę. Dane przetwarzamy wyłącznie w centrach danych w Polsce.""",
    },
    {
        "kind": "marketing",
        "text": """Nowy klub fitness w Gdańsku Oliwie: siłownia, sauna, zajęcia grupowe. Karnet open 129 zł miesięcznie, pierwszy tydzień gratis.""",
    },
    {
        "kind": "marketing",
        "text": """Zapraszamy na spotkanie z kandydatką na prezydenta miasta, ⟦PERSON|Ewą Kołodziej⟧, w czwartek o 18:00 w domu kultury. Wolontariusze: ⟦EMAIL_ADDRESS|wolontariat@kolodziej2026.pl⟧""",
    },
    {
        "kind": "marketing",
        "text": """Przenieś numer do naszej sieci i zyskaj 6 miesięcy abonamentu za 1 zł. Nielimitowane rozmowy, SMS-y i 80 GB internetu.""",
    },
    {
        "kind": "marketing",
        "text": """Gratulacje dla ⟦PERSON|Haliny Sobczak⟧, zwyciężczyni naszego konkursu świątecznego! Nagrodą jest weekend w Zakopanem dla dwóch osób.""",
    },
    {
        "kind": "marketing",
        "text": """Coworking przy Rynku we Wrocławiu: biurka od 39 zł dziennie, sale konferencyjne, kawa i szybki internet. Pierwszy dzień za darmo.""",
    },
    {
        "kind": "marketing",
        "text": """Gabinet fizjoterapii "Ruch" zaprasza na bezpłatne konsultacje dla biegaczy w każdą sobotę stycznia. Zapisy przez stronę internetową.""",
    },
    # -- longer threads, chat lines and more --------------------------------------------------------------
    {
        "kind": "support",
        "text": """Temat: RE: Reklamacja - transakcje kartą, zgłoszenie nr 2025/11/48812

Szanowna Pani ⟦PERSON|Grażyno⟧,

dziękujemy za kontakt z działem bezpieczeństwa. Po analizie ustaliliśmy, że trzy transakcje z 22 listopada (łącznie 3 870,00 zł) zostały wykonane kartą ⟦CREDIT_CARD|5388 0590 0980 5950⟧ w sklepie internetowym zarejestrowanym na Cyprze, po wcześniejszym zalogowaniu do bankowości z nowego urządzenia. Logowanie potwierdzono ⟦BIOMETRIC_DATA|odciskiem palca⟧ w aplikacji, dlatego prosimy o informację, czy ktoś poza Panią ma dostęp do Pani telefonu.

Kartę zastrzegliśmy, nowa zostanie wysłana na adres ⟦STREET_ADDRESS|ul. Kościuszki 27/4, 40-049 Katowice⟧. Kwota zostanie warunkowo zwrócona na rachunek ⟦IBAN_CODE|PL86 2175 0383 2793 0486 8480 2211⟧ w ciągu 10 dni roboczych.

Z poważaniem
⟦PERSON|Marcin Lewandowski⟧
Zespół ds. Przeciwdziałania Nadużyciom

> W dniu 23.11.2025 ⟦PERSON|Grażyna Mazur⟧ <⟦EMAIL_ADDRESS|grazyna.mazur75@o2.pl⟧> napisała:
> Dzień dobry, nie robiłam tych zakupów. Telefon jest tylko u mnie, ale mieszka ze mną wnuk, który ma ⟦HEALTH_DATA|autyzm⟧ i czasem bawi się moim telefonem. PESEL: ⟦PL_PESEL|75061870642⟧. Proszę o pomoc.""",
    },
    {
        "kind": "support",
        "text": """hej, jakie jest teraz hasło do panelu kuriera? ⟦PASSWORD|Paczka!Poznan88⟧ już nie działa""",
    },
    {
        "kind": "hr",
        "text": """Notatka służbowa - rekrutacja na stanowisko magazyniera

Kandydat: ⟦PERSON|Oskar Pietrzak⟧, PESEL ⟦PL_PESEL|04210925931⟧, tel. ⟦PHONE_NUMBER|733 018 452⟧.
Kandydat poinformował, że ma orzeczenie o ⟦HEALTH_DATA|niepełnosprawności⟧ w stopniu lekkim (⟦HEALTH_DATA|niedosłuch⟧), co nie przeszkadza w pracy na magazynie. Wspomniał też, że jest ⟦ETHNIC_ORIGIN|Łemkiem⟧ i działa w stowarzyszeniu mniejszości, a w weekendy pomaga w cerkwi ⟦RELIGIOUS_BELIEF|greckokatolickiej⟧.

Wynik testu genetycznego, który przyniósł ze sobą (⟦GENETIC_DATA|mutacja genu CFTR⟧), zwrócono kandydatowi - nie zbieramy takich danych.""",
    },
    {
        "kind": "hr",
        "text": """Pan ⟦PERSON|Marian Żurawski⟧ (PESEL ⟦PL_PESEL|58021188193⟧) przechodzi na emeryturę z końcem lutego. Jest członkiem ⟦TRADE_UNION_MEMBERSHIP|OPZZ⟧, proszę wstrzymać potrącanie składek od marca.""",
    },
    {
        "kind": "marketing",
        "text": """Poznajcie ⟦PERSON|Annę Borkowską⟧, naszą nową dietetyczkę w klinice na Mokotowie. Umów konsultację: ⟦EMAIL_ADDRESS|anna.borkowska@zdrowaforma.pl⟧, ⟦PHONE_NUMBER|22 398 14 70⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Dziękujemy ⟦PERSON|Stanisławowi Kubiakowi⟧ za 30 lat prowadzenia naszej drużyny harcerskiej. Uroczyste spotkanie w sobotę o 17:00 w remizie.""",
    },
    {
        "kind": "hr",
        "text": """⟦PERSON|Michał Kędzierski⟧ powiedział mi w zaufaniu, że jest ⟦SEX_LIFE_ORIENTATION|biseksualny⟧ i boi się reakcji brygady po tym, co usłyszał w szatni. Proszę o rozmowę z kierownikiem zmiany, bez podawania nazwiska.""",
    },
    {
        "kind": "support",
        "text": """Proszę o zmianę adresu dostawy na ⟦STREET_ADDRESS|ul. Grunwaldzka 186/12, 80-266 Gdańsk⟧. ⟦PERSON|Wojciech Lis⟧""",
    },
    {
        "kind": "marketing",
        "text": """Od lutego w naszym zespole jest ⟦PERSON|Marta Ciesielska⟧, fizjoterapeutka uroginekologiczna. Zapisy pod numerem ⟦PHONE_NUMBER|58 341 22 90⟧.""",
    },
    {
        "kind": "docs",
        "text": """Duże modele językowe, takie jak Bielik, Llama czy Mistral, można uruchamiać lokalnie na własnych serwerach. Wymaga to odpowiedniej ilości pamięci GPU: model z 7 miliardami parametrów w precyzji 16-bitowej zajmuje około 14 GB. Kwantyzacja do 4 bitów pozwala zmniejszyć to zapotrzebowanie kilkukrotnie kosztem niewielkiego spadku jakości.""",
    },
]
