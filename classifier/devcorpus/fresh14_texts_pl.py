"""Hand-written Polish texts of the ``fresh14`` split: promy bałtyckie, ogrody zoologiczne, filharmonie, tory."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "czy na prom Świnoujście-Ystad o 13:00 mogę wziąć rower elektryczny bez dopłaty?",
    },
    {
        "kind": "support",
        "text": "Przeredaguj to zgłoszenie dla załogi promu, krótko i rzeczowo:\n\n"
        "Dzień dobry, płynę 18 sierpnia z Gdańska do Nynäshamn (rezerwacja GDN-300562) z mamą, "
        "⟦PERSON|Haliną Przybylską⟧. Mama jest ⟦HEALTH_DATA|po udarze⟧, ma ⟦HEALTH_DATA|niedowład lewostronny⟧ i porusza się "
        "na wózku. Prosimy o kabinę przystosowaną i pomoc przy wejściu na pokład. Mój numer: "
        "⟦PHONE_NUMBER|+48 601 274 839⟧. ⟦PERSON|Agnieszka Przybylska-Wróbel⟧",
    },
    {
        "kind": "support",
        "text": "Zgłoszenie ZOO-2210: klient ⟦PERSON|Bartłomiej Czerwiński⟧ kupuje karnet rodzinny przez telefon i "
        "podał kartę ⟦CREDIT_CARD|2651 4027 8453 0566⟧, ważna do 11/27. Potwierdzenie na "
        "⟦EMAIL_ADDRESS|b.czerwinski@onet.pl⟧. Po zaksięgowaniu usunąć numer karty z notatki.",
    },
    {
        "kind": "support",
        "text": "Odpowiedz tej uczestniczce biobanku, uprzejmie, że wyników nie przekazujemy bezpośrednio, tylko przez "
        "poradnię genetyczną:\n\n„Szanowni Państwo, oddałam krew do badania w 2018 r. (PESEL "
        "⟦PL_PESEL|88021752463⟧). Moja ciocia ma ⟦GENETIC_DATA|mutację BRCA1 5382insC⟧ i lekarz sugeruje, że ja "
        "też mogę być nosicielką. Czy w Państwa danych to widać? ⟦PERSON|Justyna Wawrzyniak⟧”",
    },
    {
        "kind": "support",
        "text": "Streść dla rzecznika słuchaczy w dwóch zdaniach:\n"
        "„Jestem ⟦POLITICAL_OPINION|członkinią partii Razem⟧ i nie oczekuję, że będziecie nas chwalić, ale w "
        "porannej audycji o mieszkaniach nie było ani jednego głosu z lewej strony. ⟦PERSON|Marta Kozłowska-Dziki⟧, "
        "Łódź”",
    },
    {
        "kind": "support",
        "text": "Nie dostałem zwrotu środków z opaski festiwalowej, numer opaski 3390-KLM-7. Wniosek złożyłem w "
        "poniedziałek.",
    },
    {
        "kind": "support",
        "text": "Karta klienta - studio tatuażu Czarny Atrament, Kraków\nImię i nazwisko: ⟦PERSON|Grzegorz Sobieraj⟧\n"
        "Data urodzenia: ⟦DATE_OF_BIRTH|30.05.1974⟧\n"
        "Choroby przewlekłe: ⟦HEALTH_DATA|cukrzyca typu 2⟧\nLeki: ⟦HEALTH_DATA|metformina⟧, "
        "⟦HEALTH_DATA|ramipryl⟧\nMiejsce: łydka prawa\nSprawdź, czy możemy tatuować bez zaświadczenia od lekarza.",
    },
    {
        "kind": "support",
        "text": "O której startuje transmisja z finału w niedzielę? Na Discordzie ktoś pisał, że przesunięta na 19.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Kwestionariusz osobowy pracownika - Filharmonia\nImię i nazwisko: ⟦PERSON|Zofia Łapińska-Urban⟧\n"
        "Stanowisko: muzyk orkiestrowy, II skrzypce\nPESEL: ⟦PL_PESEL|02312194406⟧\n"
        "Adres zamieszkania: ⟦STREET_ADDRESS|ul. Mickiewicza 31/6, 60-833 Poznań⟧\n"
        "Rachunek do wypłaty: ⟦IBAN_CODE|PL91 8221 5990 0770 3410 9719 8930⟧",
    },
    {
        "kind": "hr",
        "text": "Orzeczenie lekarskie - pracownicy utrzymania torów (stanowiska związane z bezpieczeństwem ruchu)\n"
        "Pracownik: ⟦PERSON|Stanisław Gołąbek⟧, PESEL ⟦PL_PESEL|74053069895⟧, brygada nocna Tczew\n"
        "Orzeczenie: czasowo niezdolny. Przyczyna (za zgodą pracownika): ⟦HEALTH_DATA|zaćma obu oczu⟧, "
        "zaplanowana ⟦HEALTH_DATA|operacja usunięcia zaćmy⟧ w maju. Ponowne badanie po zabiegu.",
    },
    {
        "kind": "hr",
        "text": "Kandydat na opiekuna zwierząt, ⟦PERSON|Patryk Żmuda⟧, dołączył zaświadczenie z KRK: "
        "⟦CRIMINAL_RECORD|wyrok w zawieszeniu za znęcanie się nad zwierzętami (2019)⟧. Przygotuj uprzejmą "
        "odmowę, bez cytowania treści zaświadczenia.",
    },
    {
        "kind": "hr",
        "text": "Proszę o odpowiedź dla ⟦PERSON|Oksany Melnyk⟧ (kuchnia, catering weselny): jest "
        "⟦RELIGIOUS_BELIEF|prawosławna⟧ i prosi o wolne 6 i 7 stycznia na Wigilię i Boże Narodzenie. Zgoda, "
        "zamiana z ⟦PERSON|Kamilem⟧ już uzgodniona.",
    },
    {
        "kind": "hr",
        "text": "Pismo do ⟦PERSON|Dominika Ratajczaka⟧ (obsługa naziemna): od marca wejście do strefy zastrzeżonej "
        "wymaga rejestracji ⟦BIOMETRIC_DATA|wzoru tęczówki⟧. Jeżeli nie wyraża zgody, prosimy o pisemną informację, "
        "wtedy zostaje przy karcie i kodzie PIN.",
    },
    {
        "kind": "hr",
        "text": "Streść ten wątek w 5 punktach dla kierowniczki działu, bez szczegółów medycznych, których nie "
        "potrzebuje:\n\n"
        "Od: ⟦PERSON|Ewelina Rutkowska⟧ <⟦EMAIL_ADDRESS|e.rutkowska@zoo-nadodrze.pl⟧>\n"
        "Do: Kadry\nTemat: Re: powrót ⟦PERSON|Tomasza⟧ po zwolnieniu\n\n"
        "Dzień dobry,\n"
        "rozmawiałam dziś z ⟦PERSON|Tomaszem Kubackim⟧. Wraca 2 kwietnia, zwolnienie się kończy i nie będzie "
        "przedłużane. Sam powiedział, że leczy się na ⟦HEALTH_DATA|depresję⟧, bierze ⟦HEALTH_DATA|sertralinę⟧ i "
        "chodzi na terapię w środy o 16:00, więc prosi, żeby w środy kończyć o 15:00. Poza tym chciałby przez "
        "pierwszy miesiąc nie mieć dyżurów nocnych przy porodach w stajni żyraf. Z mojej strony nie ma "
        "przeciwwskazań, ale decyzja należy do kierownictwa.\n"
        "Dodał też, że jest członkiem ⟦TRADE_UNION_MEMBERSHIP|OZZ Inicjatywa Pracownicza⟧ i jeśli będzie spotkanie, "
        "to przyjdzie z przedstawicielem.\n\n"
        "Pozdrawiam\n⟦PERSON|Ewelina Rutkowska⟧\nspecjalistka ds. kadr\n\n"
        "> W dniu 24.03.2026 Kadry napisał(a):\n"
        "> Pani ⟦PERSON|Ewelino⟧, czy wiadomo już coś o powrocie pana ⟦PERSON|Kubackiego⟧? Grafik dyżurów na kwiecień "
        "zamykamy w piątek, a w rewirze żyraf brakuje dwóch osób. Prosimy o informację do czwartku.\n"
        ">\n> Pozdrawiamy, Dział Kadr i Płac\n\n"
        "Wiadomość zawiera informacje poufne. Jeśli nie jest Pani/Pan adresatem, prosimy o jej usunięcie.",
    },
    {
        "kind": "hr",
        "text": "Harmonogram prób na czerwiec: 2-4 Szymanowski, 9 próba generalna z chórem, 12 i 13 koncerty. "
        "Dęte blaszane wolne 3 czerwca po przerwie.",
    },
    {
        "kind": "hr",
        "text": "Przypomnienie dla brygad torowych: od 1 lipca obowiązują nowe kamizelki ostrzegawcze z taśmą "
        "odblaskową klasy 3. Odbiór w magazynie w Tczewie do końca czerwca.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Latem do Szwecji taniej: samochód z kierowcą od 299 zł w jedną stronę, kabina dla czterech osób "
        "gratis przy rezerwacji do końca marca.",
    },
    {
        "kind": "marketing",
        "text": "Noc w zoo już w sobotę! Zwiedzanie z latarkami, pokaz karmienia fok o 21:00 i ognisko przy "
        "wybiegu niedźwiedzi. Bilety tylko online.",
    },
    {
        "kind": "marketing",
        "text": "Skróć tę opinię klienta do jednego zdania na stronę studia:\n"
        "„Po ⟦HEALTH_DATA|operacji wszczepienia bajpasów⟧ blizna na mostku przypominała mi o najgorszym roku. "
        "Teraz jest na niej grafika jaskółki.” - ⟦PERSON|Henryk Ostrowiecki⟧",
    },
    {
        "kind": "marketing",
        "text": "Zapowiedź reportażu w niedzielnym paśmie: ⟦PERSON|Olena Kryńska-Dudra⟧, ⟦ETHNIC_ORIGIN|Łemkini⟧ "
        "z Gorlic, dyrygentka chóru cerkiewnego, opowiada o wysiedleniu dziadków w 1947 roku.",
    },
    {
        "kind": "marketing",
        "text": "Post na Instagram z okazji Pride, mniej oficjalnie proszę:\n"
        "„Nasza supportka ⟦PERSON|Wiktoria Nowacka⟧ mówi otwarcie, że jest ⟦SEX_LIFE_ORIENTATION|biseksualna⟧, "
        "i pokazuje młodszym graczkom, że w e-sporcie jest dla nich miejsce.”",
    },
    {
        "kind": "marketing",
        "text": "Festiwal nad Zalewem: trzy sceny, pole namiotowe z prysznicami i darmowe busy z dworca w "
        "Giżycku. Karnet 3-dniowy 349 zł do niedzieli.",
    },
    {
        "kind": "marketing",
        "text": "Filharmonia dla najmłodszych: koncerty dla dzieci od 3 lat w każdą sobotę o 11:00, bilety 15 zł, "
        "rodzice bezpłatnie.",
    },
    {
        "kind": "marketing",
        "text": "Wesele bez stresu: menu tradycyjne, wegetariańskie i bezglutenowe, tort od naszej cukierni i "
        "obsługa do białego rana. Wolne terminy na 2027.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Jak mierzyć jakość odpowiedzi czatbota\n\nOcena „na oko” nie wystarcza. Przygotuj zestaw "
        "kilkuset pytań z odpowiedziami wzorcowymi, oceniaj automatycznie to, co się da (format, zgodność "
        "faktów z dokumentami), a resztę daj do oceny ludziom według jasnej skali. Wyniki porównuj między "
        "wersjami modelu i promptu, zawsze na tym samym zestawie.",
    },
]
