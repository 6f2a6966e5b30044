"""Hand-written Polish texts of the fresh25 split: koła partyjne, biura poselskie, związki zawodowe, parafie, fundacje, redakcje."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "czy darowiznę na fundację mogę odliczyć w PIT jeśli płaciłem blikiem?",
    },
    {
        "kind": "support",
        "text": """Szanowni Państwo,

zwracam się do biura poselskiego z prośbą o interwencję w ZUS. Mój syn ⟦PERSON|Ksawery Dudziak⟧ (PESEL ⟦PL_PESEL|02272136434⟧) ma ⟦HEALTH_DATA|niepełnosprawność intelektualną w stopniu umiarkowanym⟧ i od ośmiu miesięcy czekamy na decyzję w sprawie renty socjalnej. Każdy telefon kończy się odpowiedzią, że sprawa jest „w toku”.

Z wyrazami szacunku
⟦PERSON|Wiesława Dudziak⟧
⟦STREET_ADDRESS|ul. Kopernika 14/3, 26-600 Radom⟧
tel. ⟦PHONE_NUMBER|602 418 975⟧""",
    },
    {
        "kind": "support",
        "text": """Temat: Re: Re: pomoc prawna – wypowiedzenie

Pani ⟦PERSON|Bożeno⟧,

potwierdzam, że radca prawny okręgu, mec. ⟦PERSON|Jarema Sośnicki⟧, przyjmie Panią w czwartek 12 czerwca o 16:00 w siedzibie oddziału. Proszę zabrać wypowiedzenie, świadectwa pracy, dokumentację z leczenia oraz legitymację członkowską. Odwołanie do sądu pracy trzeba złożyć w ciągu 21 dni od doręczenia, więc termin mija 19 czerwca – zdążymy.

Pozdrawiam serdecznie
⟦PERSON|Halina Gburek⟧
sekretariat oddziału
⟦PHONE_NUMBER|22 614 08 33⟧

> Od: ⟦PERSON|Bożena Szczygieł⟧ <⟦EMAIL_ADDRESS|bozena.szczygiel@onet.pl⟧>
> Wysłano: 2 czerwca 2025 21:47
> Temat: Re: pomoc prawna – wypowiedzenie
>
> Dzień dobry, dziękuję za szybką odpowiedź. Uzupełniam dane, o które Pani prosiła:
> PESEL: ⟦PL_PESEL|88031494382⟧
> Szkoła: Szkoła Podstawowa nr 7 w Siedlcach, nauczycielka biologii, 14 lat stażu
> ⟦TRADE_UNION_MEMBERSHIP|Członkini ZNP od 2011 roku⟧, składki opłacane przez potrącenie z pensji.
> Po ⟦HEALTH_DATA|udarze⟧ w styczniu byłam na zwolnieniu do końca kwietnia. Wróciłam z zaświadczeniem od lekarza medycyny pracy, że mogę pracować, a 29 maja dyrektor wręczył mi wypowiedzenie z powodu „reorganizacji”. Tymczasem na moje miejsce zatrudniono osobę na zastępstwo na czas nieokreślony.
> Proszę o pomoc, nie stać mnie na prywatnego adwokata.
> ⟦PERSON|Bożena⟧
>
>> Od: sekretariat oddziału
>> Wysłano: 2 czerwca 2025 10:12
>> Temat: pomoc prawna – wypowiedzenie
>>
>> Szanowna Pani, pomoc prawna przysługuje członkom związku po sześciu miesiącach nieprzerwanego opłacania składek. Prosimy o podanie numeru PESEL oraz krótkie opisanie sprawy.""",
    },
    {
        "kind": "support",
        "text": """[22:14] źródło: nie podpisujcie mnie imieniem, ok?
[22:14] redakcja: jasne, rozmowa jest tylko do wiadomości redakcji
[22:16] źródło: radny ⟦PERSON|Oskar Trzaskalski⟧ z komisji budżetowej ma ⟦CRIMINAL_RECORD|wyrok w zawieszeniu za jazdę po pijanemu⟧ z 2021, sąd rejonowy w Gnieźnie. a teraz głosuje nad zakupem alkomatów dla straży miejskiej xD
[22:17] redakcja: skąd ta informacja?
[22:19] źródło: byłem na sali jak zapadł wyrok. sygnatura gdzieś mam, poszukam""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry,

chcielibyśmy zgłosić chrzest naszej córki ⟦PERSON|Anastazji⟧ w ⟦RELIGIOUS_BELIEF|obrządku prawosławnym⟧. Data urodzenia: ⟦DATE_OF_BIRTH|3 marca 2025⟧. Proponowany termin: niedziela 27 lipca, po Świętej Liturgii. Chrzestni to moja siostra i brat męża.

Adres do korespondencji: ⟦STREET_ADDRESS|ul. Lipowa 22, 15-424 Białystok⟧

Z poważaniem
⟦PERSON|Marzena⟧ i ⟦PERSON|Radosław Kmieć⟧""",
    },
    {
        "kind": "support",
        "text": """Dziękujemy za udział w badaniu. Ankieta została zapisana. Wyniki publikujemy wyłącznie w formie zbiorczej, a dane kontaktowe przechowujemy oddzielnie od odpowiedzi. Nagroda w postaci bonu zostanie wysłana w ciągu 14 dni.""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry, w marcu zapłaciłem dwa razy za licencję zawodnika (2 x 120 zł), bo system wyrzucił błąd przy pierwszej płatności. Proszę o zwrot nadpłaty na konto ⟦IBAN_CODE|PL71 5455 5029 0426 1965 3159 4004⟧. Klub: LKS Orzeł Wąchock, zawodnik: ⟦PERSON|Remigiusz Bańka⟧.""",
    },
    {
        "kind": "support",
        "text": """Kto widzi mój podpis pod petycją? Publicznie widoczne są tylko imię i pierwsza litera nazwiska. Czy mogę wycofać podpis? Tak, do momentu złożenia petycji w urzędzie. Co dzieje się z danymi po złożeniu petycji? Usuwamy je po 12 miesiącach.""",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """KWESTIONARIUSZ OSOBOWY PRACOWNIKA
Imię i nazwisko: ⟦PERSON|Teodor Wróblewski⟧
PESEL: ⟦PL_PESEL|63090528591⟧
Data urodzenia: ⟦DATE_OF_BIRTH|05.09.1963⟧
Adres zamieszkania: ⟦STREET_ADDRESS|ul. Hutnicza 9 m. 41, 41-300 Dąbrowa Górnicza⟧
Numer rachunku: ⟦IBAN_CODE|PL61 0946 9215 0794 8158 5203 9419⟧
Uwagi: ⟦TRADE_UNION_MEMBERSHIP|członek NSZZ „Solidarność”⟧ – proszę o potrącanie składki związkowej z wynagrodzenia
Stanowisko: kierowca, bank żywności""",
    },
    {
        "kind": "hr",
        "text": """Protokół z posiedzenia zarządu fundacji, 10 czerwca
1. Przyjęto sprawozdanie finansowe za 2024 r.
2. Ustalono zasady wynagradzania koordynatorów wolontariatu (umowa o pracę, 3/4 etatu).
3. Zdecydowano o wdrożeniu nowego systemu CRM dla darczyńców do końca września.""",
    },
    {
        "kind": "hr",
        "text": "⟦PERSON|Kasia⟧ hej, mam L4 do piątku, ⟦HEALTH_DATA|zapalenie oskrzeli⟧. tekst o sesji rady jest w folderze, ⟦PERSON|Marzena⟧ może go puścić jutro",
    },
    {
        "kind": "hr",
        "text": """CV – ⟦PERSON|Wiktoria Sośnicka⟧
e-mail: ⟦EMAIL_ADDRESS|w.sosnicka@protonmail.com⟧, tel. ⟦PHONE_NUMBER|+48 511 230 866⟧

2021–obecnie: koordynatorka kampanii, Fundacja Czyste Powietrze Śląsk
2018–2021: asystentka posła na Sejm RP
Działalność: ⟦POLITICAL_OPINION|członkini Partii Razem⟧, współorganizatorka Strajku Klimatycznego w Katowicach""",
    },
    {
        "kind": "hr",
        "text": """Dom kultury zatrudni animatora/animatorkę zajęć dla młodzieży. Wymagania: doświadczenie w pracy z grupą, prawo jazdy kat. B, dyspozycyjność w popołudnia i soboty. Oferujemy umowę o pracę i dofinansowanie szkoleń.""",
    },
    {
        "kind": "hr",
        "text": """Translate this complaint into English for our HR adviser in Dublin, please:

„Od kilku miesięcy koordynator ⟦PERSON|Maciej Ptak⟧ nazywa mnie przy innych wolontariuszach «naszym pedałem» i żartuje, że jako ⟦SEX_LIFE_ORIENTATION|gej⟧ nie nadaję się do pracy z dziećmi. Mówiłem mu, że to mnie rani. Proszę o przeniesienie do innej grupy. – ⟦PERSON|Dominik Zalewa⟧”
""",
    },
    {
        "kind": "hr",
        "text": """Regulamin pracy zdalnej: praca zdalna możliwa do 8 dni w miesiącu po uzgodnieniu z przełożonym. Pracownikowi przysługuje ryczałt 60 zł miesięcznie na media. Sprzęt zapewnia pracodawca.""",
    },
    {
        "kind": "hr",
        "text": """Notatka służbowa
Pani ⟦PERSON|Gabriela Oleksy⟧ z działu fotoedycji odmówiła rejestracji ⟦BIOMETRIC_DATA|odcisku palca⟧ w nowym czytniku przy wejściu do redakcji. Zgodnie z RODO zgoda musi być dobrowolna, dlatego wydano jej kartę zbliżeniową. Pozostałe osoby zarejestrowane.""",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """PODWYŻKI DLA PRACOWNIKÓW SZPITALI – TERAZ!
Pikieta przed urzędem wojewódzkim w środę 18 czerwca o 12:00. Przyjdź z koleżankami i kolegami, weź transparent. Organizujemy dojazd autokarem z Kielc i Radomia.""",
    },
    {
        "kind": "marketing",
        "text": """„Jestem ⟦ETHNIC_ORIGIN|Łemkinią⟧, moi dziadkowie zostali wysiedleni w akcji «Wisła». W stowarzyszeniu uczę dzieci piosenek w języku łemkowskim, żeby nie zapomniały, skąd są.” – ⟦PERSON|Hanna Dziubyna⟧, Gorlice""",
    },
    {
        "kind": "marketing",
        "text": """Zostań wolontariuszem! Wybierz, komu chcesz pomagać: dzieciom w świetlicy, seniorom, zwierzętom w schronisku. Zapisz się w 2 minuty, a koordynator oddzwoni w ciągu tygodnia.""",
    },
    {
        "kind": "marketing",
        "text": """Nasz kandydat na burmistrza: ⟦PERSON|Ludwik Cieślar⟧
Inżynier, ojciec trojga dzieci, ⟦POLITICAL_OPINION|od 2010 roku działa w Platformie Obywatelskiej⟧. Obiecuje nową linię autobusową do osiedla Zielone Wzgórze i remont basenu miejskiego. Spotkanie z mieszkańcami w piątek o 18:00 w bibliotece.""",
    },
    {
        "kind": "marketing",
        "text": """Ogłoszenia parafialne – XIV niedziela zwykła
Msze św. w niedziele o 7:30, 9:00, 11:00 i 18:00. W sierpniu kancelaria parafialna czynna tylko we wtorki. Pielgrzymka piesza na Jasną Górę wyrusza 6 sierpnia, zapisy w zakrystii.""",
    },
    {
        "kind": "marketing",
        "text": """„Długo myślałam, że coś jest ze mną nie tak. Dopiero w grupie wsparcia zrozumiałam, że jestem po prostu ⟦SEX_LIFE_ORIENTATION|biseksualna⟧ i to jest w porządku.” – ⟦PERSON|Ola⟧, 24 lata, Lublin""",
    },
    {
        "kind": "marketing",
        "text": """Miejski Dom Kultury zaprasza: warsztaty ceramiki (pon.), chór seniora (wt.), breakdance (śr.), kino plenerowe w każdy piątek lipca. Wstęp wolny, zapisy w sekretariacie.""",
    },
    {
        "kind": "marketing",
        "text": """Mały ⟦PERSON|Franio Gawlik⟧ ma ⟦HEALTH_DATA|rdzeniowy zanik mięśni (SMA)⟧. Dzięki darczyńcom dostał lek, ale teraz potrzebuje intensywnej rehabilitacji i specjalnego wózka. Wesprzyj zbiórkę – każda złotówka się liczy.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Jak redakcje chronią źródła w erze narzędzi AI

Dziennikarze coraz częściej korzystają z modeli językowych do transkrypcji i streszczania nagrań. Wiele redakcji zakazuje jednak wgrywania do zewnętrznych usług materiałów, które mogłyby ujawnić tożsamość informatora. Zalecane jest używanie narzędzi uruchamianych lokalnie, usuwanie metadanych z plików i przechowywanie nagrań na zaszyfrowanych nośnikach. Tajemnica dziennikarska obejmuje również dane zapisane w notatkach i historii czatów.""",
    },
]
