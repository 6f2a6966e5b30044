"""Hand-written Polish texts of the tuning split fresh29: apteki, przychodnie POZ, NFZ i szpitale, DPS i opieka domowa, parafie, związki zawodowe, partie, fundacje i MOPS."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Czy apteka przy Piotrkowskiej 120 jest czynna w Wigilię i do której?",
    },
    {
        "kind": "support",
        "text": "Temat: Termin zabiegu – kolejka do operacji zaćmy\n\nDzień dobry,\n\nw marcu 2024 r. zostałem wpisany na listę oczekujących na ⟦HEALTH_DATA|operację zaćmy prawego oka⟧ w Państwa szpitalu (skierowanie nr 0412/2024). Na stronie NFZ termin wciąż się przesuwa, obecnie pokazuje luty 2026. Czy jest możliwość wcześniejszego terminu, jeśli zwolni się miejsce? Mogę przyjechać w ciągu jednego dnia.\n\nImię i nazwisko: ⟦PERSON|Zdzisław Pietrzykowski⟧\nPESEL: ⟦PL_PESEL|62012817911⟧\nTel.: ⟦PHONE_NUMBER|604 218 775⟧\n\nZ poważaniem\n⟦PERSON|Zdzisław Pietrzykowski⟧",
    },
    {
        "kind": "support",
        "text": "Dziękujemy za wiadomość. Rejestracja Przychodni Zdrowia „Pod Lipami” odpowiada na e-maile w dni robocze w ciągu 48 godzin. Wizytę u lekarza POZ można umówić telefonicznie pod numerem 22 614 33 20 (pon.–pt. 7:30–18:00) lub przez e-Rejestrację. Prośby o e-receptę na leki stałe prosimy składać przez formularz na stronie. Wiadomości wysłane po godz. 16:00 w piątek zostaną odczytane w poniedziałek.",
    },
    {
        "kind": "support",
        "text": "[19:40] ⟦PERSON|Bożena⟧: Pani ⟦PERSON|Iryno⟧, czy mama jadła dzisiaj kolację? Nie odbiera telefonu\n[19:44] ⟦PERSON|Iryna⟧: Dobry wieczór, tak, zjadła zupę i pół kanapki. Śpi już. Od ⟦HEALTH_DATA|udaru⟧ jest bardzo zmęczona wieczorem\n[19:45] ⟦PERSON|Bożena⟧: A leki? ⟦HEALTH_DATA|Xarelto⟧ wzięła?\n[19:46] ⟦PERSON|Iryna⟧: Tak, o 18. Zapisałam w zeszycie\n[19:46] ⟦PERSON|Bożena⟧: Dziękuję bardzo, jutro przyjadę po pracy",
    },
    {
        "kind": "support",
        "text": "Streść ten e-mail w trzech zdaniach dla kierowniczki działu świadczeń:\n\n„Szanowni Państwo, zwracam się z prośbą o przyznanie zasiłku celowego na zakup wózka inwalidzkiego dla mojego syna ⟦PERSON|Olivera Kaczmarczyka⟧ (PESEL ⟦PL_PESEL|03250908768⟧), który ma orzeczony ⟦HEALTH_DATA|znaczny stopień niepełnosprawności⟧ z powodu ⟦HEALTH_DATA|mózgowego porażenia dziecięcego⟧. NFZ refunduje tylko część kosztu, brakuje nam 3 800 zł. Wypłatę proszę przekazać na konto ⟦IBAN_CODE|PL14 7253 9520 4024 2713 5216 0201⟧. Mieszkamy pod adresem ⟦STREET_ADDRESS|ul. Kwiatowa 17/4, 41-200 Sosnowiec⟧. Z poważaniem, ⟦PERSON|Danuta Kaczmarczyk⟧”",
    },
    {
        "kind": "support",
        "text": "Jak odebrać e-receptę, jeśli nie mam SMS-a z kodem?\nWystarczy, że w aptece podasz swój numer PESEL i czterocyfrowy kod dostępu, który znajdziesz w Internetowym Koncie Pacjenta (IKP) lub w aplikacji mojeIKP. Możesz też okazać kod kreskowy z aplikacji. Jeśli nie masz dostępu do IKP, poproś lekarza o wydruk informacji o e-recepcie.",
    },
    {
        "kind": "support",
        "text": "Mam ⟦HEALTH_DATA|cukrzycę typu 1⟧ od dziecka, czy w ogóle mogę zostać dawcą krwi?",
    },
    {
        "kind": "support",
        "text": "Dzień dobry,\n\ndziękujemy za zgłoszenie nr SRV-2025-06-1187 dotyczące inhalatora NeboMed Compact. Komunikat „E2” oznacza zbyt niskie ciśnienie sprężarki, najczęściej z powodu zapchanego filtra powietrza. Prosimy wymienić filtr (zestaw 5 szt., nr kat. NMC-F05) i sprawdzić, czy przewód nie jest zagięty. Urządzenie objęte jest 3-letnią gwarancją; w razie dalszych problemów prosimy o odesłanie go kurierem na nasz koszt.\n\nPozdrawiamy\nDział Obsługi Klienta NeboMed Polska\ntel. 801 330 440",
    },
    {
        "kind": "support",
        "text": "Dzień dobry, proszę o przesłanie kopii wyniku badania genetycznego z 12 maja (zlecenie nr GEN/2025/05/2271). Lekarz w poradni onkologicznej przekazał mi telefonicznie, że wykryto ⟦GENETIC_DATA|mutację w genie CHEK2 (I157T)⟧, ale potrzebuję pełnego opisu dla mojej siostry, która też chce się zbadać.\n⟦PERSON|Agata Wróblewska-Szulc⟧, PESEL ⟦PL_PESEL|87091753181⟧, ⟦EMAIL_ADDRESS|agata.wroblewska.szulc@wp.pl⟧",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Szpital Powiatowy w Łowiczu zatrudni pielęgniarkę/pielęgniarza na Oddział Chorób Wewnętrznych.\nOferujemy: umowę o pracę lub kontrakt, wynagrodzenie zgodne z ustawą o minimalnych wynagrodzeniach w ochronie zdrowia, dodatek za pracę w systemie zmianowym, dofinansowanie specjalizacji.\nWymagania: prawo wykonywania zawodu pielęgniarki.\nCV prosimy składać w Dziale Kadr (budynek administracji, pok. 14) lub przez formularz na stronie szpitala do 31 sierpnia.",
    },
    {
        "kind": "hr",
        "text": "KWESTIONARIUSZ OSOBOWY PRACOWNIKA\nImię i nazwisko: ⟦PERSON|Krzysztof Ludwiczak⟧\nPESEL: ⟦PL_PESEL|95121159254⟧\nData urodzenia: ⟦DATE_OF_BIRTH|11.12.1995⟧\nAdres zamieszkania: ⟦STREET_ADDRESS|ul. Grunwaldzka 48 m. 7, 60-311 Poznań⟧\nStanowisko: ratownik medyczny, SOR\nRachunek do wypłaty wynagrodzenia: ⟦IBAN_CODE|PL94 8051 5757 9123 6966 1219 6103⟧\nPotrącanie składki związkowej: tak – ⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność”⟧, Komisja Zakładowa przy szpitalu",
    },
    {
        "kind": "hr",
        "text": "KOMUNIKAT OZZPiP\n\nOgólnopolski Związek Zawodowy Pielęgniarek i Położnych informuje, że w związku z brakiem porozumienia w sprawie norm zatrudnienia 24 września odbędzie się pikieta przed Ministerstwem Zdrowia w Warszawie. Zbiórka o godz. 11:00. Koleżanki i koledzy, którzy nie mogą przyjechać, mogą wesprzeć akcję, wywieszając baner na swoich oddziałach.",
    },
    {
        "kind": "hr",
        "text": "Notatka służbowa – poufne\nDotyczy: ⟦PERSON|Wiesława Grabarczyk⟧, rejestratorka, przychodnia przyszpitalna\nPracownica poinformowała przełożoną, że od września rozpoczyna ⟦HEALTH_DATA|chemioterapię⟧ z powodu ⟦HEALTH_DATA|raka jelita grubego⟧ i będzie przebywać na zwolnieniu lekarskim przez ok. 6 miesięcy. Prosi o nieinformowanie zespołu o przyczynie nieobecności. Uzgodniono zastępstwo z działu rejestracji centralnej.",
    },
    {
        "kind": "hr",
        "text": "Przypominamy: okresowe szkolenie BHP dla personelu medycznego odbędzie się 16 i 17 października w sali konferencyjnej C. Grafiki na listopad będą dostępne w systemie do 20 października. Zamiany dyżurów tylko za zgodą oddziałowej.",
    },
    {
        "kind": "hr",
        "text": "Od: Dział Kadr\nDo: kierownicy działów\nTemat: nowy system rejestracji czasu pracy w magazynie apteki szpitalnej\n\nOd 1 lipca wejście do magazynu rejestruje czytnik ⟦BIOMETRIC_DATA|geometrii dłoni⟧. Zgody na przetwarzanie danych biometrycznych złożyli: ⟦PERSON|Jolanta Żmuda⟧, ⟦PERSON|Przemysław Kołodziejczak⟧, ⟦PERSON|Halina Stępień-Mroczek⟧. ⟦PERSON|Marek Jagielski⟧ odmówił – otrzymuje kartę zbliżeniową. Przypominam, że odmowa nie może mieć żadnych konsekwencji.",
    },
    {
        "kind": "hr",
        "text": "Temat: Wniosek o urlop 6–8 stycznia\n\nDzień dobry Pani ⟦PERSON|Małgorzato⟧,\n\nuprzejmie proszę o udzielenie mi urlopu wypoczynkowego w dniach 6–8 stycznia. Jestem ⟦RELIGIOUS_BELIEF|prawosławna⟧ i chciałabym spędzić Boże Narodzenie z rodziną w Białymstoku. W zamian mogę wziąć dyżury 24 i 25 grudnia oraz 31 grudnia.\n\nZ wyrazami szacunku\n⟦PERSON|Olena Kowalczuk-Demczenko⟧\nopiekunka medyczna, DPS „Zacisze”",
    },
    {
        "kind": "hr",
        "text": "Protokół z zebrania Komisji Zakładowej, 5 czerwca 2025 r.\nObecni: przewodnicząca, zastępca, skarbnik, 4 członków komisji.\n1. Przyjęto sprawozdanie finansowe za 2024 r.\n2. Omówiono przebieg negocjacji płacowych z dyrekcją – kolejne spotkanie 19 czerwca.\n3. Postanowiono dofinansować wycieczkę dla emerytów szpitala do Kazimierza Dolnego.\nNa tym protokół zakończono.",
    },
    {
        "kind": "hr",
        "text": "Notatka z weryfikacji kandydata na stanowisko kasjera w Fundacji Pomocy Seniorom: ⟦PERSON|Radosław Ćwikliński⟧ przedstawił zaświadczenie z Krajowego Rejestru Karnego, z którego wynika ⟦CRIMINAL_RECORD|skazanie za oszustwo (art. 286 § 1 kk) w 2019 r.⟧, wyrok w zawieszeniu. Ze względu na charakter stanowiska (obsługa gotówki) rekomenduję odrzucenie kandydatury.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Zaszczep się przeciw grypie w Aptece Pod Orłem!\nBez skierowania, bez kolejki. Szczepionka bezpłatna dla osób 65+ i kobiet w ciąży, dla pozostałych 69 zł.\nPon.–pt. 8:00–20:00, sob. 9:00–15:00\nul. Długa 8, 31-146 Kraków",
    },
    {
        "kind": "marketing",
        "text": "XXV Festiwal Muzyki Sakralnej\nKoncert inauguracyjny: Stabat Mater Karola Szymanowskiego\nBazylika Mariacka, niedziela 14 września, godz. 19:30\nChór i Orkiestra Filharmonii Krakowskiej\nWstęp wolny, zaproszenia do odbioru w kancelarii parafialnej",
    },
    {
        "kind": "marketing",
        "text": "„Kiedy ⟦PERSON|Kuba⟧ dostał diagnozę ⟦HEALTH_DATA|autyzmu⟧, miał trzy lata i nie mówił ani słowa. Dzięki terapeutom z Fundacji Krok po Kroku dziś chodzi do zwykłej szkoły i opowiada nam o dinozaurach bez końca.”\n– ⟦PERSON|Monika Szymańska-Bąk⟧, mama ⟦PERSON|Kuby⟧\n\nPrzekaż 1,5% podatku: KRS 0000318842.",
    },
    {
        "kind": "marketing",
        "text": "Solidarność Ochrony Zdrowia: żądamy podwyżek dla wszystkich pracowników szpitali, nie tylko dla wybranych grup zawodowych! 20 września zapraszamy na manifestację w Warszawie – wyjazdy autokarowe z każdego regionu. Zapisy u przewodniczących komisji zakładowych.",
    },
    {
        "kind": "marketing",
        "text": "Poznaj nasz zespół kampanijny!\n⟦PERSON|Szymon Bartoszewicz-Lis⟧, 31 lat, pielęgniarz z Gdańska, jest ⟦POLITICAL_OPINION|członkiem partii Razem od 2016 roku⟧. „Wiem, jak wygląda nocny dyżur z jedną pielęgniarką na 40 pacjentów – dlatego walczę o normy zatrudnienia”. Spotkaj go w sobotę na stoisku przy Forum Gdańsk.",
    },
    {
        "kind": "marketing",
        "text": "Masz astmę, która mimo leczenia nie jest dobrze kontrolowana?\nSzukamy uczestników badania klinicznego nowego leku biologicznego. Badanie prowadzone jest w 12 ośrodkach w Polsce. Wizyty, badania i leczenie są bezpłatne, zwracamy koszty dojazdu.\nZadzwoń: 800 707 220 lub wejdź na astma-badanie.pl",
    },
    {
        "kind": "marketing",
        "text": "Historie z naszej społeczności\n\n⟦PERSON|Esmeralda Kwiek-Dudek⟧ jest ⟦ETHNIC_ORIGIN|Romką⟧ z Nowej Huty i pierwszą osobą w rodzinie, która skończyła studia – od wiosny pracuje jako pielęgniarka na oddziale pediatrii. Dzięki stypendium stowarzyszenia mogła opłacić akademik. W tym roku wspieramy kolejnych 18 stypendystów.",
    },
    {
        "kind": "marketing",
        "text": "Magnez B6 Forte – 60 tabletek, tylko 19,99 zł w aptekach sieci Zdrowa Rodzina.\nSuplement diety. Nie może być stosowany jako substytut zróżnicowanej diety. Zrównoważony sposób żywienia i zdrowy tryb życia są ważne dla funkcjonowania organizmu.",
    },
    {
        "kind": "marketing",
        "text": "Wyniki konkursu „Wiosenna Metamorfoza” w klubie FitZona Lublin: I miejsce – ⟦PERSON|Patrycja Młynarczyk⟧, II miejsce – ⟦PERSON|Dawid Koterba⟧, III miejsce – ⟦PERSON|Renata Olech-Bujak⟧. Gratulujemy! Nagrody do odbioru w recepcji.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "„Małe Curie” na froncie I wojny światowej\n\nPo wybuchu wojny w 1914 roku Maria Skłodowska-Curie uznała, że najpilniejszą potrzebą szpitali polowych są aparaty rentgenowskie. Zorganizowała flotę ruchomych pracowni radiologicznych montowanych w samochodach, nazywanych przez żołnierzy „małymi Curie”. Sama nauczyła się prowadzić auto i obsługiwać aparaturę, a wraz z córką Ireną szkoliła kobiety na operatorki aparatów. Szacuje się, że dzięki tym pracowniom wykonano ponad milion badań rannych żołnierzy.",
    },
]
