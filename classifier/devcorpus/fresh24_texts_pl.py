"""Split ``fresh24``, Polish: ośrodki badań klinicznych, genetyka, farmacja GMP, przemysł lotniczy i motoryzacyjny, związki i praktyki, pisane ręcznie (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "czy w grancie Opus mogę zatrudnić technika na pół etatu na cały okres projektu?",
    },
    {
        "kind": "support",
        "text": """Dzień dobry,

biorę udział w badaniu klinicznym z powodu ⟦HEALTH_DATA|endometriozy⟧ i od listopada nie dostałam zwrotu kosztów dojazdu (Radom - Warszawa, 4 wizyty). Koordynatorka mówiła, że brakuje mojego numeru PESEL w formularzu, więc podaję jeszcze raz:

Imię i nazwisko: ⟦PERSON|Zuzanna Grzybowska⟧
PESEL: ⟦PL_PESEL|94072169589⟧
Nr konta: ⟦IBAN_CODE|PL51 3055 3174 9131 1682 2165 3422⟧
Tel.: ⟦PHONE_NUMBER|512 804 377⟧

Pozdrawiam serdecznie
⟦PERSON|Zuzia G.⟧""",
    },
    {
        "kind": "support",
        "text": """Translate this Polish results letter into English, the patient's wife is British and wants to read it herself:

"Szanowny Panie, w badaniu genetycznym wykonanym w naszej pracowni u Pana ⟦PERSON|Bogumiła Lisa⟧ (ur. ⟦DATE_OF_BIRTH|17.02.1971⟧) stwierdzono ⟦GENETIC_DATA|nosicielstwo patogennego wariantu c.1100delC w genie CHEK2⟧, związanego z umiarkowanie zwiększonym ryzykiem raka jelita grubego i raka prostaty. Zalecamy konsultację w poradni genetycznej oraz badanie krewnych pierwszego stopnia. Z poważaniem, dr n. med. ⟦PERSON|Halszka Wierzchoń⟧, diagnosta laboratoryjny\"""",
    },
    {
        "kind": "support",
        "text": "Jak długo biobank przechowuje próbki DNA i czy po wycofaniu zgody zostają zniszczone, czy tylko zanonimizowane?",
    },
    {
        "kind": "support",
        "text": """[03:17] Operator linii 4: mamy zatrzymanie blistrownicy, kamera odrzuca co trzeci blister, komunikat "brak tabletki w gnieździe"
[03:18] Dyżur QA: ile blistrów odrzuconych od początku serii?
[03:19] Operator linii 4: licznik 1 240 na 18 000
[03:20] Dyżur QA: zatrzymajcie linię, zabezpieczcie odrzuty osobno, otwieram odchylenie. Numer serii?
[03:20] Operator linii 4: 25K0412, tabletki powlekane 20 mg
[03:24] Dyżur QA: odchylenie DEV-25-0187 otwarte. Utrzymanie ruchu w drodze, nie restartujcie bez mojej zgody.""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry, jestem ⟦PERSON|Kacper Mróz⟧, kadra narodowa w wioślarstwie. Od marca ⟦HEALTH_DATA|leczę się na depresję⟧ i ⟦HEALTH_DATA|biorę sertralinę⟧. Czy muszę to zgłaszać jako TUE, czy wystarczy wpisać w protokole kontroli? Nie chcę, żeby trener się dowiedział, jeśli nie muszę.""",
    },
    {
        "kind": "support",
        "text": """Szanowni Państwo,

czy badanie ankietowe wśród studentów (anonimowa ankieta online, bez danych medycznych) wymaga zgody komisji bioetycznej, czy wystarczy opinia uczelnianej komisji etyki badań naukowych? Termin składania wniosku grantowego mamy 15 marca.

Z wyrazami szacunku
⟦PERSON|Wiesława Kołodziejczak-Ruiz⟧""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry,

w związku z reklamacją partii 2411 (tuleje z tytanu Ti6Al4V, rysunek AX-7750 rev. C) przesyłam raport 8D i wyniki pomiarów CMM. Odchyłka średnicy wewnętrznej wynikała ze zużycia narzędzia; wprowadziliśmy kontrolę co 25 sztuk.

Pozdrawiam
⟦PERSON|Remigiusz Bąk⟧
Inżynier jakości dostawcy | Zakład obróbki, Rzeszów
tel. ⟦PHONE_NUMBER|+48 17 862 41 90⟧ | ⟦EMAIL_ADDRESS|remigiusz.bak@obrobka-podkarpacie.pl⟧""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """KWESTIONARIUSZ OSOBOWY DLA PRACOWNIKA (zakład w Tychach, montaż foteli)
1. Imię (imiona) i nazwisko: ⟦PERSON|Bartosz Wierzbicki⟧
2. Data urodzenia: ⟦DATE_OF_BIRTH|09.01.1983⟧
3. Numer PESEL: ⟦PL_PESEL|83010951294⟧
4. Adres zamieszkania: ⟦STREET_ADDRESS|ul. Bielska 43/7, 43-100 Tychy⟧
5. Numer rachunku bankowego: ⟦IBAN_CODE|PL51 8914 5106 7060 0292 6566 0577⟧
6. Wykształcenie: zasadnicze zawodowe, mechanik pojazdów samochodowych
7. Osoba do powiadomienia: ⟦PERSON|Edyta Wierzbicka⟧, ⟦PHONE_NUMBER|601 447 210⟧""",
    },
    {
        "kind": "hr",
        "text": """Temat: RE: RE: Wypowiedzenie - p. ⟦PERSON|Kamiński⟧, wydział granulacji

Pani ⟦PERSON|Mario⟧,

dziękuję za szybką odpowiedź. Zanim cokolwiek wyślemy, muszę zwrócić uwagę na dwie rzeczy. Po pierwsze, pan ⟦PERSON|Kamiński⟧ jest ⟦TRADE_UNION_MEMBERSHIP|członkiem NSZZ „Solidarność”⟧ od 2009 roku, więc zgodnie z art. 38 Kodeksu pracy musimy na piśmie zawiadomić zakładową organizację związkową o zamiarze wypowiedzenia i podać przyczynę. Związek ma pięć dni na zgłoszenie zastrzeżeń. Po drugie, z dokumentów kadrowych wynika, że od 3 lutego przebywa na ⟦HEALTH_DATA|zwolnieniu lekarskim po zawale serca⟧, a w czasie usprawiedliwionej nieobecności wypowiedzenia wręczyć nie możemy, dopóki nie minie okres ochronny.

Proponuję więc: wstrzymać pismo, przygotować rzetelne uzasadnienie (wyniki audytu produkcji z IV kwartału, a nie „utrata zaufania”), a po powrocie pracownika porozmawiać o przeniesieniu na stanowisko bez pracy zmianowej. Pan ⟦PERSON|Ryszard Domagała⟧ z komisji zakładowej już dzwonił do mnie w tej sprawie, więc lepiej, żebyśmy działali transparentnie.

Pozdrawiam
⟦PERSON|Agata Siwiec-Obuchowska⟧
Kierownik ds. kadr i płac

> Od: ⟦PERSON|Maria Cieślak⟧
> Wysłano: poniedziałek, 24 lutego 2025 08:41
> Temat: RE: Wypowiedzenie - p. ⟦PERSON|Kamiński⟧, wydział granulacji
>
> ⟦PERSON|Agato⟧, dyrektor produkcji chce, żeby wypowiedzenie wyszło jeszcze w tym miesiącu. Możesz przygotować projekt? ⟦PERSON|Mario⟧
>
>> Od: ⟦PERSON|Agata Siwiec-Obuchowska⟧
>> Temat: Wypowiedzenie - p. ⟦PERSON|Kamiński⟧, wydział granulacji
>> ⟦PERSON|Mario⟧, potrzebuję od Ciebie oceny okresowej i listy incydentów z ostatniego roku.""",
    },
    {
        "kind": "hr",
        "text": "Czy dodatek za pracę w nocy należy się też za szkolenia BHP, które robimy o 22:00 przed zmianą?",
    },
    {
        "kind": "hr",
        "text": """ORZECZENIE LEKARSKIE nr 118/2025 (badanie okresowe)
Pracownik: ⟦PERSON|Czesław Wróblewski-Nowara⟧
Stanowisko: monter konstrukcji lotniczych
Przeciwwskazania: praca na wysokości powyżej 3 m, obsługa suwnic
Uzasadnienie (do wiadomości pracownika): ⟦HEALTH_DATA|cukrzyca insulinozależna z epizodami hipoglikemii⟧
Orzeczenie: zdolny do pracy na stanowisku z ograniczeniami
Lekarz medycyny pracy: lek. ⟦PERSON|Teodozja Klimek⟧""",
    },
    {
        "kind": "hr",
        "text": "Staż w laboratorium kontroli jakości dla studentów chemii i biotechnologii: 3 miesiące od lipca, wynagrodzenie 4 200 zł brutto, praca z HPLC, GC i spektroskopią IR pod okiem opiekuna. CV prosimy przesyłać przez formularz na stronie kariery.",
    },
    {
        "kind": "hr",
        "text": """Do pełnomocnika ds. równego traktowania

Od kiedy brygadzista dowiedział się, że ⟦ETHNIC_ORIGIN|jestem Romką⟧, dostaję wyłącznie nocki i najgorsze stanowiska przy piecach. Na zebraniu powiedział przy wszystkich, że „trzeba pilnować szafek”. Mam świadków. Proszę o spotkanie i o przeniesienie do innej brygady.

⟦PERSON|Esmeralda Kwiek⟧, lakiernia, zmiana C""",
    },
    {
        "kind": "hr",
        "text": """Zgoda na przetwarzanie danych biometrycznych (kontrola dostępu do strefy czystej ISO 7)
Ja, niżej podpisany/a ⟦PERSON|Oskar Pietrasik⟧, wyrażam zgodę na przetwarzanie ⟦BIOMETRIC_DATA|wzorca odcisku palca⟧ w celu kontroli dostępu do pomieszczeń produkcji sterylnej. Zostałem/am poinformowany/a, że zgodę mogę wycofać w każdej chwili, a wtedy otrzymam kartę z kodem PIN.
Data: 12.03.2025""",
    },
    {
        "kind": "hr",
        "text": "Regulamin pracy zmianowej: zmiany trwają 8 godzin (6-14, 14-22, 22-6). Zamiany zmian między pracownikami wymagają zgody mistrza i wpisu w grafiku co najmniej 24 godziny wcześniej. Nadgodziny rozliczane są w okresie rozliczeniowym trzymiesięcznym.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Pracownia diagnostyki genetycznej: badania nosicielstwa dla par planujących ciążę, panele genów w kierunku nowotworów dziedzicznych, sekwencjonowanie eksomu. Wyniki w 21 dni roboczych, konsultacja genetyczna w cenie badania.",
    },
    {
        "kind": "marketing",
        "text": """„Po ⟦HEALTH_DATA|udarze⟧ nie mogłem utrzymać łyżki w prawej ręce. Dzięki programowi rehabilitacji z robotem w ramach badania wróciłem do majsterkowania w garażu.” - ⟦PERSON|Zenon Pawlikowski⟧, 66 lat, Bydgoszcz""",
    },
    {
        "kind": "marketing",
        "text": "Zapraszamy na targi przemysłowe w Kielcach, hala C, stoisko 47: pokażemy nową linię do zgrzewania ultradźwiękowego elementów wnętrz samochodowych oraz system wizyjnej kontroli jakości. Pokazy na żywo co godzinę.",
    },
    {
        "kind": "marketing",
        "text": """Poznaj nasz zespół: ⟦PERSON|Gracjan Stępień⟧, kierownik utrzymania ruchu
⟦PERSON|Gracjan⟧ od 15 lat dba o to, żeby linie tabletkowe działały bez przestojów. Po pracy jest ⟦POLITICAL_OPINION|radnym miejskim z ramienia Lewicy⟧ i trenuje juniorów w klubie piłki ręcznej.""",
    },
    {
        "kind": "marketing",
        "text": "Ośrodek badań klinicznych zaprasza osoby z nadciśnieniem tętniczym w wieku 40-75 lat do udziału w badaniu nowego leku. Uczestnicy otrzymują bezpłatną opiekę kardiologiczną i zwrot kosztów dojazdu. Badanie uzyskało pozytywną opinię komisji bioetycznej.",
    },
    {
        "kind": "marketing",
        "text": "Biuletyn związkowy: trwają negocjacje płacowe w przemyśle farmaceutycznym. Domagamy się podwyżki o 800 zł dla każdego pracownika i dodatku zmianowego 20 %. Przyjdź na zebranie członków w czwartek o 14:30 w świetlicy zakładowej.",
    },
    {
        "kind": "marketing",
        "text": """Praktyki, które dają zawód: „Przyszedłem na praktyki w drugiej klasie technikum, a po roku dostałem propozycję pracy przy montażu podwozi.” - ⟦PERSON|Dawid Szczygieł⟧, technik mechatronik. Rekrutacja na wakacyjne praktyki trwa do 31 maja.""",
    },
    {
        "kind": "marketing",
        "text": """Dzień Otwarty Wydziału Chemii - sobota, 10:00-15:00. Pokazy doświadczeń, zwiedzanie pracowni spektroskopii i wykład prof. ⟦PERSON|Haliny Zimnoch⟧ „Chemia, która świeci”. Dla maturzystów konsultacje z rekrutacji na kierunki chemia i biotechnologia.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Czym jest Dobra Praktyka Wytwarzania (GMP)?

Dobra Praktyka Wytwarzania to zbiór wymagań, które mają zapewnić, że produkty lecznicze są wytwarzane i kontrolowane w sposób powtarzalny i zgodny z przeznaczeniem. Obejmuje ona system jakości, kwalifikacje i szkolenia personelu, pomieszczenia i urządzenia, dokumentację, produkcję, kontrolę jakości, działania zlecone, reklamacje i wycofania produktów oraz samokontrolę. Każda seria przed wprowadzeniem do obrotu musi zostać zwolniona przez Osobę Wykwalifikowaną, która potwierdza, że została wytworzona i zbadana zgodnie z pozwoleniem.""",
    },
]
