"""Hand-written Polish texts of the ``fresh18`` split: schools, universities, libraries, town halls, clubs, parishes and NGOs."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Wiadomość w Librusie do wychowawczyni klasy 2b:\n"
        "Dzień dobry Pani Ewo, ⟦PERSON|Kacper Bednarczyk⟧ choruje na ⟦HEALTH_DATA|astmę⟧ i na zielonej szkole musi "
        "brać ⟦HEALTH_DATA|budezonid⟧ rano i wieczorem. Inhalator będzie w kosmetyczce. Proszę o przypilnowanie. "
        "Pozdrawiam, ⟦PERSON|Marzena Bednarczyk⟧, tel. ⟦PHONE_NUMBER|512 930 448⟧",
    },
    {
        "kind": "support",
        "text": "czy w wakacje biblioteka na Mokotowie jest czynna w soboty?",
    },
    {
        "kind": "support",
        "text": "Wniosek o kartę parkingową dla osoby niepełnosprawnej – Urząd Miasta Łodzi\n"
        "Imię i nazwisko: ⟦PERSON|Teresa Dudziak⟧\nPESEL: ⟦PL_PESEL|65113029067⟧\n"
        "Adres: ⟦STREET_ADDRESS|ul. Piotrkowska 212 m. 8, 90-368 Łódź⟧\n"
        "Orzeczenie: umiarkowany stopień niepełnosprawności, symbol 05-R (⟦HEALTH_DATA|choroba narządu ruchu⟧)\n"
        "Telefon: ⟦PHONE_NUMBER|+48 601 284 917⟧",
    },
    {
        "kind": "support",
        "text": "Napisz krótką odpowiedź: student pyta, czy może złożyć podanie o przedłużenie sesji przez USOSweb. "
        "Tak, do 15 lutego, wniosek WN-SES, decyzję wydaje prodziekan ds. studenckich.",
    },
    {
        "kind": "support",
        "text": "Czat z infolinią uczelni, streść:\n"
        "[08:55] ⟦PERSON|Olena Bondarczuk⟧: dzień dobry, chcę zapytać o stypendium socjalne, jestem z Ukrainy, mam "
        "status UKR\n"
        "[08:57] konsultant: Dzień dobry, wniosek składa się w USOS do 20 października.\n"
        "[08:59] ⟦PERSON|Olena Bondarczuk⟧: a czy mogę też dostać stypendium dla osób z niepełnosprawnością? mam "
        "⟦HEALTH_DATA|zespół stresu pourazowego⟧, leczę się u psychiatry\n"
        "[09:01] konsultant: Tak, potrzebne jest orzeczenie albo zaświadczenie lekarskie. Wyślę link do Biura ds. "
        "Osób z Niepełnosprawnościami.",
    },
    {
        "kind": "support",
        "text": "Reklamacja karnetu na basen MOSiR: karnet open nr K-55120 nie działa na bramce od 3 dni, "
        "w kasie kazali pisać maila. Proszę o przedłużenie ważności o te dni.\n⟦PERSON|Bożena Kowalczyk-Rydz⟧, ⟦EMAIL_ADDRESS|bozena.rydz@wp.pl⟧",
    },
    {
        "kind": "support",
        "text": "Zgłoszenie na kolonie parafialne w Zakopanem, turnus II\n"
        "Uczestnik: ⟦PERSON|Kacper Bednarczyk⟧, PESEL ⟦PL_PESEL|10240933097⟧\n"
        "Opiekun: ⟦PERSON|Marzena Bednarczyk⟧, ⟦STREET_ADDRESS|os. Tysiąclecia 41/12, 40-871 Katowice⟧\n"
        "Uwagi zdrowotne: jak w poprzednim roku\nWpłata 1450 zł na ⟦IBAN_CODE|PL81 0834 2337 4576 1957 4692 1456⟧",
    },
    {
        "kind": "support",
        "text": "Dzień dobry, w Muzeum Śląskim mamy zarezerwowaną lekcję muzealną dla klasy 6a (rez. MS-LM-2290) na 12 marca. "
        "Czy można przesunąć na 19 marca? Liczba uczniów bez zmian, 27 + 2 opiekunów.",
    },
    {
        "kind": "support",
        "text": "Pomóż mi odpisać na skargę do MOPS:\n"
        "Od trzech miesięcy czekam na decyzję w sprawie zasiłku. Mój syn ⟦PERSON|Igor Szczepankiewicz⟧ wrócił z "
        "zakładu karnego, gdzie odbywał ⟦CRIMINAL_RECORD|karę za kradzież z włamaniem⟧, i mieszka ze mną. Ja jestem "
        "po ⟦HEALTH_DATA|udarze⟧ i nie pracuję. ⟦PERSON|Halina Szczepankiewicz⟧",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Kwestionariusz osobowy pracownika – Miejska Biblioteka Publiczna w Krakowie\n"
        "Imię i nazwisko: ⟦PERSON|Zuzanna Kędzierska⟧\nData urodzenia: ⟦DATE_OF_BIRTH|27.08.1993⟧\n"
        "PESEL: ⟦PL_PESEL|93082778983⟧\nAdres: ⟦STREET_ADDRESS|ul. Długa 17/4, 31-147 Kraków⟧\n"
        "Rachunek do wypłaty: ⟦IBAN_CODE|PL21 9512 4014 2069 6886 1395 5198⟧\nStanowisko: bibliotekarz, pełny etat",
    },
    {
        "kind": "hr",
        "text": "Protokół z rady pedagogicznej z dnia 28 sierpnia: zatwierdzono plan pracy szkoły, przydział wychowawstw "
        "i harmonogram zebrań z rodzicami. Następna rada 15 listopada.",
    },
    {
        "kind": "hr",
        "text": "Przeredaguj na bardziej oficjalne, do dyrekcji: 'jestem ⟦TRADE_UNION_MEMBERSHIP|członkinią ZNP⟧ i w "
        "czwartek idę na pikietę przed kuratorium, proszę o zastępstwo na lekcje w 7c' – ⟦PERSON|Jolanta Pawlikowska⟧",
    },
    {
        "kind": "hr",
        "text": "Grafik wolontariuszy Hospicjum św. Łazarza, luty: poniedziałki dyżur w recepcji 10-14, środy "
        "spacery z pacjentami, soboty kwesta przed kościołem Mariackim. Potrzebne 4 osoby na sobotę.",
    },
    {
        "kind": "hr",
        "text": "Notatka służbowa, Urząd Gminy Biały Dunajec:\n"
        "Pracownik ⟦PERSON|Grzegorz Olejniczak⟧ (PESEL ⟦PL_PESEL|81021484532⟧) przedłożył zwolnienie lekarskie na 30 dni "
        "w związku z ⟦HEALTH_DATA|zawałem serca⟧. Po powrocie wymagane badanie kontrolne u lekarza medycyny pracy.",
    },
    {
        "kind": "hr",
        "text": "Ogłoszenie: Młodzieżowy Dom Kultury zatrudni instruktora tańca (umowa zlecenie, 8 h tygodniowo). "
        "CV do 10 września na adres sekretariatu.",
    },
    {
        "kind": "hr",
        "text": "Od: sekretariat@parafia-prawoslawna-bialystok.pl\nTemat: Fwd: zatrudnienie organistki\n\n"
        "Szanowny Księże Proboszczu,\nprzesyłam dane kandydatki na stanowisko dyrygentki chóru. Pani "
        "⟦PERSON|Natalia Fedak⟧ jest ⟦RELIGIOUS_BELIEF|prawosławna⟧, pochodzi z rodziny ⟦ETHNIC_ORIGIN|łemkowskiej⟧ "
        "z Gorlic i od 2016 r. prowadzi chór młodzieżowy w Krynicy. Załączam jej CV.\n\n"
        "> ---------- Wiadomość przekazana ----------\n> Od: ⟦EMAIL_ADDRESS|natalia.fedak@onet.pl⟧\n"
        "> Dzień dobry, w odpowiedzi na ogłoszenie przesyłam swoje CV. Mogę zacząć od września.",
    },
    {
        "kind": "hr",
        "text": "Notatka z rozmowy z trenerem, Klub Sportowy Polonia Bytom:\n"
        "Zawodnik ⟦PERSON|Szymon Gałązka⟧ przyznał w szatni, że jest ⟦SEX_LIFE_ORIENTATION|gejem⟧, od tego czasu dwóch "
        "starszych zawodników go wyzywa. Trener prosi o spotkanie z psychologiem klubu i z rodzicami.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Noc Muzeów w Gdańsku: 18 maja, ponad 40 instytucji, wstęp bezpłatny od 18:00 do 1:00. "
        "Tramwaj muzealny kursuje co 20 minut.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter stowarzyszenia, popraw styl:\n"
        "Witamy ⟦PERSON|Dawida Chmielarza⟧, który po latach w samorządzie uczniowskim startuje do rady miasta z listy "
        "⟦POLITICAL_OPINION|Lewicy⟧. Spotkanie z kandydatem w piątek w kawiarni Pod Arkadami.",
    },
    {
        "kind": "marketing",
        "text": "Uniwersytet Trzeciego Wieku przy UMCS: zapisy na semestr letni, wykłady z historii sztuki, "
        "kurs smartfona i nordic walking. Opłata 150 zł za semestr.",
    },
    {
        "kind": "marketing",
        "text": "Historia do kampanii 1,5% fundacji:\n"
        "⟦PERSON|Wiktoria Sobolewska⟧ ma 9 lat i ⟦HEALTH_DATA|rdzeniowy zanik mięśni⟧. Badanie genetyczne wykazało "
        "⟦GENETIC_DATA|delecję genu SMN1⟧, dzięki czemu szybko dostała leczenie. Dziś jeździ na wózku na zajęcia z "
        "tańca integracyjnego.",
    },
    {
        "kind": "marketing",
        "text": "Siłownia Fit Strefa: karnet studencki 89 zł/miesiąc, pierwsze wejście gratis.",
    },
    {
        "kind": "marketing",
        "text": "Post na Facebooka Koła Gospodyń Wiejskich, skróć:\n"
        "Nasza przewodnicząca ⟦PERSON|Henryka Maciejewska-Pluta⟧ po ⟦HEALTH_DATA|operacji zaćmy⟧ wraca do nas z nowym "
        "przepisem na pierogi z kaszą! Widzimy się w czwartek w remizie.",
    },
    {
        "kind": "marketing",
        "text": "Parafia pw. św. Jadwigi zaprasza na festyn rodzinny 15 czerwca: grill, loteria fantowa, "
        "występy scholi. Dochód na remont dachu kościoła.",
    },
    {
        "kind": "marketing",
        "text": "Dni Otwarte Politechniki Wrocławskiej, 22 marca: pokazy w laboratoriach, spotkania z kołami naukowymi, "
        "zwiedzanie akademików.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Jak zagłosować poza miejscem zamieszkania? Wyborca, który w dniu wyborów będzie przebywał w innej "
        "gminie, może złożyć wniosek o dopisanie do spisu wyborców w wybranym obwodzie, najpóźniej na trzy dni "
        "przed głosowaniem. Wniosek składa się w urzędzie gminy lub przez ePUAP. W wyborach prezydenckich i "
        "parlamentarnych można też pobrać zaświadczenie o prawie do głosowania, które pozwala oddać głos w dowolnym "
        "lokalu wyborczym w kraju i za granicą.",
    },
]
