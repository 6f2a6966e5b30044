"""Hand-written Polish texts of the ``fresh15`` split: promy, utrzymanie torów, filharmonie, zoo, piekarnie i inne."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Temat: rejs Świnoujście–Ystad 6 czerwca, rezerwacja SY-774052\n\n"
        "Dzień dobry,\npłynę z mamą, ⟦PERSON|Haliną Przybyłowską⟧. Mama jest trzy miesiące po "
        "⟦HEALTH_DATA|endoprotezie biodra⟧ i chodzi o kulach. Czy z pokładu samochodowego jest winda do kabin? "
        "I czy można wcześniej wejść na pokład, zanim zrobi się tłok?\n"
        "Mój numer: ⟦PHONE_NUMBER|604 218 377⟧.\nPozdrawiam, ⟦PERSON|Agnieszka Przybyłowska-Lenart⟧",
    },
    {
        "kind": "support",
        "text": "Dzień dobry, czy prom na Hel o 8:15 płynie mimo wiatru? rez. HL-20554",
    },
    {
        "kind": "support",
        "text": "Witam, chciałabym zapisać córkę ⟦PERSON|Zuzię⟧ na obóz jeździecki w lipcu. ⟦PERSON|Zuzia⟧ ma "
        "⟦HEALTH_DATA|celiakię⟧, więc potrzebuje diety bezglutenowej – czy kuchnia na obozie sobie z tym radzi? "
        "Proszę o odpowiedź na ⟦EMAIL_ADDRESS|dorota.kwasniewska-bury@wp.pl⟧. ⟦PERSON|Dorota Kwaśniewska-Bury⟧",
    },
    {
        "kind": "support",
        "text": "Zgłoszenie PC-40917 | status: oczekuje na serwis\n"
        "Urządzenie: pompa ciepła Termovita 11 kW, nr seryjny TV11-23-508814, oprogramowanie 5.0.2\n"
        "Błąd E45 (wysokie ciśnienie) przy grzaniu c.w.u. powyżej 55 °C.\n"
        "Zalecenie: obniżyć temperaturę zadaną do 50 °C, serwisant sprawdzi zawór trójdrogowy we wtorek.",
    },
    {
        "kind": "support",
        "text": "Napisz uprzejme potwierdzenie zwrotu:\nklient ⟦PERSON|Bartosz Cieślikowski⟧, zamówienie KT-88213 "
        "(bluza drużyny, rozmiar XL, brak na magazynie). Zwrot 229 zł na konto "
        "⟦IBAN_CODE|PL91 9188 0781 9170 0951 4573 1236⟧ w ciągu 7 dni.",
    },
    {
        "kind": "support",
        "text": "Dzień dobry, czy na bilet ulgowy dla opiekuna wystarczy orzeczenie o niepełnosprawności? "
        "Syn, ⟦PERSON|Kacper Wnuk⟧, ma orzeczenie z powodu ⟦HEALTH_DATA|mózgowego porażenia dziecięcego⟧ i porusza "
        "się na wózku. Chcemy przyjechać w sobotę z całą rodziną.",
    },
    {
        "kind": "support",
        "text": "Zamówienie WN-1207: zamiast 3 butelek Solarisa przyszły 3 butelki Regenta. "
        "Czy mogę odesłać kurierem na wasz koszt?",
    },
    {
        "kind": "support",
        "text": "hej, mam ⟦HEALTH_DATA|bielactwo⟧ i chciałabym zatuszować jasną plamę na nadgarstku małym wzorem. "
        "robicie takie rzeczy czy raczej nie tatuuje się na odbarwionej skórze? ⟦PERSON|Oliwia Sztajer⟧",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Orzeczenie lekarskie – stanowisko związane z bezpieczeństwem ruchu kolejowego\n\n"
        "Pracownik: ⟦PERSON|Zbigniew Mikołajczak⟧\nPESEL: ⟦PL_PESEL|69053069846⟧\n"
        "Stanowisko: toromistrz, roboty nocne na linii Poznań–Piła\n"
        "Rozpoznanie (do wiadomości lekarza medycyny pracy): ⟦HEALTH_DATA|choroba wieńcowa⟧, stan po "
        "⟦HEALTH_DATA|wszczepieniu stentu⟧ (2024)\n"
        "Orzeczenie: brak przeciwwskazań, z ograniczeniem pracy fizycznej ciężkiej. Kolejne badanie za 12 miesięcy.",
    },
    {
        "kind": "hr",
        "text": "KWESTIONARIUSZ OSOBOWY – Piekarnia Złoty Kłos (franczyza), punkt Białystok-Bojary\n\n"
        "Imię i nazwisko: ⟦PERSON|Natalia Ostapczuk⟧\nData urodzenia: ⟦DATE_OF_BIRTH|19.07.1994⟧\n"
        "PESEL: ⟦PL_PESEL|94071971703⟧\nAdres: ⟦STREET_ADDRESS|ul. Kijowska 14 m. 6, 15-204 Białystok⟧\n"
        "Nr rachunku: ⟦IBAN_CODE|PL44 0013 1723 0076 6888 6728 6425⟧\n"
        "Przynależność związkowa (potrącanie składek): ⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność”⟧\n"
        "Dni wolne: święta ⟦RELIGIOUS_BELIEF|prawosławne⟧ (Boże Narodzenie 7 stycznia, Wielkanoc wg kalendarza juliańskiego)\n"
        "Zmiana: nocna 22:00–6:00",
    },
    {
        "kind": "hr",
        "text": "Streść ten wątek dla działu kadr, bez ocen, max 120 słów.\n\n"
        "Od: ⟦PERSON|Mateusz Grzelczak⟧\nDo: management drużyny\nTemat: Re: Re: zawieszenie kontraktu\n\n"
        "Dziękuję za odpowiedź. Tak jak pisałem, nie byłem na bootcampie w Katowicach, bo od lutego leczę się na "
        "⟦HEALTH_DATA|depresję⟧ i lekarka zaleciła mi odpoczynek. Biorę ⟦HEALTH_DATA|sertralinę⟧, zwolnienie L4 "
        "wysłałem przez ZUS, powinno być widoczne w PUE. Nie zgadzam się, żeby to było traktowane jako porzucenie "
        "drużyny. Mogę grać online od przyszłego tygodnia, ale bez podróży do końca kwietnia.\n\n"
        "⟦PERSON|Mateusz⟧\n\n"
        "> W dniu 3 marca ⟦PERSON|Krystian Wołodźko⟧ napisał:\n"
        "> ⟦PERSON|Mateusz⟧, nieobecność na bootcampie bez uprzedzenia łamie punkt 7.2 umowy. Do czasu wyjaśnienia "
        "zawieszamy wypłatę premii za split wiosenny. Proszę o informację do piątku, czy wracasz do składu, czy "
        "szukamy zastępstwa na ligę.\n>\n> ⟦PERSON|Krystian⟧, team manager\n>\n"
        ">> W dniu 1 marca ⟦PERSON|Mateusz Grzelczak⟧ napisał:\n"
        ">> Przepraszam, że nie dałem znać wcześniej, nie przyjadę na bootcamp. Sprawy zdrowotne, wyjaśnię później.\n"
        ">>\n>> Wysłane z telefonu",
    },
    {
        "kind": "hr",
        "text": "Ogłoszenie: zatrudnimy opiekuna/opiekunkę zwierząt w dziale ptaków egzotycznych. Umowa o pracę, "
        "praca w weekendy według grafiku, wymagane wykształcenie zootechniczne lub weterynaryjne (technik). "
        "CV z numerem referencyjnym ZOO-PTK-03 przez formularz na stronie.",
    },
    {
        "kind": "hr",
        "text": "Grafik winobrania – tydzień 37\n"
        "pon–wt: Solaris, kwatera przy stawie\nśr: przerwa (deszcz)\nczw–pt: Regent, górna kwatera\n"
        "Zbiórka 7:30 przy tłoczni, sekatory i skrzynki na miejscu. Obiad o 13:00 w winiarni.",
    },
    {
        "kind": "hr",
        "text": "Wynik weryfikacji kandydata – kasa biletowa ogrodu zoologicznego\n"
        "Kandydat: ⟦PERSON|Sebastian Pawlikowski⟧\nInformacja z Krajowego Rejestru Karnego: "
        "⟦CRIMINAL_RECORD|skazany za paserstwo (art. 291 § 1 kk), grzywna, 2019⟧\n"
        "Decyzja: bez dostępu do kasy i sejfu; propozycja stanowiska w obsłudze parkingu.",
    },
    {
        "kind": "hr",
        "text": "Szanowni Państwo,\nproszę o urlop na żądanie 12 i 13 listopada. Córka, ⟦PERSON|Lena⟧, ma w Warszawie "
        "wizytę w poradni genetycznej – w badaniu przesiewowym wykryto u niej ⟦GENETIC_DATA|delecję genu SMN1⟧ i "
        "lekarze kwalifikują ją do terapii. Proszę o dyskrecję.\n⟦PERSON|Justyna Zaręba⟧, sekcja skrzypiec",
    },
    {
        "kind": "hr",
        "text": "Przepisz to CV w tabelę dla komisji przesłuchań (oboista, zastępstwo na sezon):\n\n"
        "⟦PERSON|Ksawery Lipiński-Nowak⟧, ur. ⟦DATE_OF_BIRTH|3 lutego 1981⟧\n"
        "tel. ⟦PHONE_NUMBER|+48 693 410 258⟧, ⟦EMAIL_ADDRESS|ksawery.lipinski.oboe@onet.pl⟧\n"
        "2012–2025 – I obój, orkiestra opery w Bydgoszczy\n"
        "2008–2012 – muzyk orkiestry kameralnej, Toruń\n"
        "Akademia Muzyczna w Gdańsku, dyplom z wyróżnieniem (2007)\n"
        "Kursy: barokowy obój historyczny, Lipsk 2016",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Zostań opiekunem pandy czerwonej! Za 150 zł rocznie dostajesz certyfikat, zdjęcie podopiecznego i "
        "zaproszenie na dzień adopcji w czerwcu.",
    },
    {
        "kind": "marketing",
        "text": "Winobranie w Winnicy pod Dębem: 20 września zapraszamy na zbiór winogron, degustację i koncert na "
        "dziedzińcu. Bilety 60 zł, dzieci do lat 12 bezpłatnie.",
    },
    {
        "kind": "marketing",
        "text": "„Nasz syn ⟦PERSON|Igor⟧ ma ⟦HEALTH_DATA|zespół Aspergera⟧ i długo nie znosił dotyku. Po roku "
        "hipoterapii sam czesze klacz i mówi do niej całymi zdaniami.” – ⟦PERSON|Ewelina Makowiecka⟧, mama",
    },
    {
        "kind": "marketing",
        "text": "Witamy w składzie ⟦PERSON|Dawida „Kruk” Pietraszewskiego⟧! Nowy snajper naszej drużyny CS2 "
        "zagra po raz pierwszy w piątek w Ultralidze.",
    },
    {
        "kind": "marketing",
        "text": "Wakacje na Bornholmie? Prom z Kołobrzegu z rowerem za 1 zł przy rezerwacji do końca marca.",
    },
    {
        "kind": "marketing",
        "text": "Tekst do katalogu festiwalu:\n"
        "⟦PERSON|Roksana Kwiek-Dębicka⟧, reżyserka ⟦ETHNIC_ORIGIN|romskiego⟧ pochodzenia z Nowej Huty, pokazuje "
        "dokument o zespole muzycznym swojego dziadka i o wędrownych taborach lat 60.",
    },
    {
        "kind": "marketing",
        "text": "Nowość w salonie: koloryzacja bez amoniaku i keratynowe prostowanie. Test alergiczny robimy "
        "bezpłatnie 48 godzin przed farbowaniem.",
    },
    {
        "kind": "marketing",
        "text": "Z biuletynu Klubu Szachowego Hetman: dziękujemy radnemu ⟦PERSON|Arkadiuszowi Bełzie⟧ z "
        "⟦POLITICAL_OPINION|Koalicji Obywatelskiej⟧ za pomoc w organizacji turnieju w bibliotece miejskiej.",
    },
    {
        "kind": "marketing",
        "text": "Spot radiowy 20 s – Złoty Kłos\n"
        "LEKTOR: Chleb na zakwasie, pieczony w nocy, ciepły o szóstej rano. Od poniedziałku w każdym Złotym "
        "Kłosie drugi bochenek za pół ceny. Złoty Kłos – piekarnia za rogiem.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Tokenizacja a koszty\n\n"
        "Modele językowe rozliczają się zwykle za tokeny, a nie za słowa. Tekst polski dzieli się na więcej tokenów "
        "niż angielski o tej samej treści, bo słowniki tokenizerów budowano głównie na danych anglojęzycznych. "
        "Przy planowaniu budżetu warto więc zmierzyć liczbę tokenów na własnych przykładach, a nie przeliczać "
        "z liczby znaków.",
    },
]
