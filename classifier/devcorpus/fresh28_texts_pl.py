"""Hand-written Polish texts of the tuning split fresh28: e-commerce, appliance and furniture stores, bakeries, rail, hotels and car dealers."""

TEXTS: list[dict[str, str]] = [
    # -- support ------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Dzień dobry, czy w niedzielę handlową sklep w Galerii Bałtyckiej jest otwarty od 10?",
    },
    {
        "kind": "support",
        "text": """Temat: Reklamacja lodówki SmartCool 700 – zamówienie nr 5520-118734

Dzień dobry,

lodówka kupiona 12 lutego od tygodnia nie chłodzi w dolnej komorze, a zamrażarka co kilka godzin głośno się wyłącza. Temperatura w komorze to 14°C, więc musieliśmy wyrzucić część jedzenia. Proszę o pilny przyjazd serwisu albo wymianę urządzenia na nowe. Paragon i zdjęcia wyświetlacza w załączniku.

Pozdrawiam,
⟦PERSON|Bożena Szczepaniak-Wróbel⟧
⟦STREET_ADDRESS|ul. Piotrkowska 187 m. 12, 90-447 Łódź⟧
tel. ⟦PHONE_NUMBER|605 318 942⟧
⟦EMAIL_ADDRESS|b.szczepaniak.wrobel@wp.pl⟧""",
    },
    {
        "kind": "support",
        "text": """Zgłoszenie #ZW-44127 – paczka nieodebrana
Zamówienie: MB/2024/03/8812 (sofa Bosco, tkanina grafit)
Numer przesyłki: 620004451288104712339410
Status: awizo w oddziale kurierskim Kraków-Nowa Huta od 21.03, termin odbioru 28.03.
Działanie: SMS do klienta z linkiem do ponownej dostawy. Po terminie zwrot do magazynu w Stryszawie.
Dział Obsługi Klienta, Meble Bosco""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry,

chciałbym zarezerwować miejsce na trasie Gdynia Główna – Kraków Główny, Express InterCity Premium 5307 w dniu 9 maja. Choruję na ⟦HEALTH_DATA|chorobę Leśniowskiego-Crohna⟧ i w czasie zaostrzeń muszę mieć szybki dostęp do toalety – czy można przydzielić mi miejsce przy końcu wagonu, najlepiej przy przedziale dla osób z niepełnosprawnościami? Mam orzeczenie o ⟦HEALTH_DATA|umiarkowanym stopniu niepełnosprawności⟧.

Z poważaniem
⟦PERSON|Radosław Kołodziejczyk⟧
⟦PHONE_NUMBER|+48 512 604 883⟧""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry Panie ⟦PERSON|Marku⟧,

przesyłam dane do umowy leasingu konsumenckiego na Lumen 400, zgodnie z ofertą OF/2024/117:

Imię i nazwisko: ⟦PERSON|Zdzisław Pawlikowski⟧
PESEL: ⟦PL_PESEL|69033037638⟧
Adres: ⟦STREET_ADDRESS|ul. Mickiewicza 8/3, 35-064 Rzeszów⟧
Rachunek do zwrotu opłaty wstępnej: ⟦IBAN_CODE|PL63 8564 4665 3321 8741 1862 2854⟧

Zaświadczenie o zarobkach doniosę w piątek do salonu.
Pozdrawiam""",
    },
    {
        "kind": "support",
        "text": """[21:32] Gość: czy jest jeszcze wolny pokój 2-osobowy na 14–16 lutego?
[21:32] Asystent Hotelu Giewont: Dobry wieczór! Na te daty mamy wolny pokój Standard z widokiem na góry w cenie 420 zł za noc ze śniadaniem.
[21:33] Gość: a parking?
[21:33] Asystent Hotelu Giewont: Parking jest bezpłatny dla gości, a strefa SPA czynna 15:00–22:00.
[21:34] Gość: super, rezerwuję przez stronę""",
    },
    {
        "kind": "support",
        "text": """Przetłumacz tę reklamację na angielski dla producenta, zachowaj numery bez zmian:

„Zamówiłam odkurzacz Kestrel K9 (nr zamówienia 88-550914), zapłaciłam kartą ⟦CREDIT_CARD|2598679539374079⟧. Po dwóch tygodniach akumulator przestał się ładować. Serwis w Poznaniu odmówił naprawy, bo rzekomo urządzenie było zalane, co jest nieprawdą. Żądam wymiany. ⟦PERSON|Grażyna Kaczmarek-Olender⟧, tel. ⟦PHONE_NUMBER|698 227 014⟧”""",
    },
    {
        "kind": "support",
        "text": """Najczęstsze pytania – dostawa mebli

Ile trwa dostawa? Meble z magazynu dostarczamy w 5–7 dni roboczych, meble na zamówienie w 4–6 tygodni.
Czy kurier wnosi meble? Tak, wniesienie do mieszkania jest w cenie dla zamówień powyżej 1500 zł. Montaż kosztuje 149 zł.
Czy mogę zmienić termin? Tak, najpóźniej 48 godzin przed dostawą, w zakładce „Moje zamówienia”.
Reklamacje zgłaszasz przez formularz na stronie – odpowiadamy w ciągu 14 dni.""",
    },
    {
        "kind": "support",
        "text": """Dzień dobry,

rezerwowaliśmy salę na przyjęcie po chrzcinach córki na 23 marca (rezerwacja R-0412, 35 osób). Ponieważ jesteśmy ⟦RELIGIOUS_BELIEF|prawosławni⟧, ten termin wypada w Wielkim Poście – prosimy więc o menu postne, bez mięsa i nabiału. Czy kuchnia może przygotować np. pierogi z ziemniakami, kapustę z grzybami i rybę?

Z pozdrowieniami
⟦PERSON|Irena Ostapczuk⟧
⟦PHONE_NUMBER|85 744 21 09⟧""",
    },
    # -- hr -----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Kasjer/ka – sprzedawca, sklep Świeżo Na Co Dzień, Wrocław Krzyki

Oferujemy umowę o pracę na pełny etat, wynagrodzenie od 4650 zł brutto, premię kwartalną, kartę sportową i bony świąteczne. Praca w systemie dwuzmianowym (6:00–14:00 / 14:00–22:00), niedziele wolne. Nie wymagamy doświadczenia – wszystkiego nauczymy na miejscu.

Aplikuj na swiezo.pl/praca, numer ogłoszenia WRO-KS-41.""",
    },
    {
        "kind": "hr",
        "text": """KWESTIONARIUSZ OSOBOWY PRACOWNIKA
Imię i nazwisko: ⟦PERSON|Magdalena Chrzanowska⟧
Data urodzenia: ⟦DATE_OF_BIRTH|05.07.1993⟧
PESEL: ⟦PL_PESEL|93070561706⟧
Adres zamieszkania: ⟦STREET_ADDRESS|ul. Długa 44/7, 80-831 Gdańsk⟧
Numer rachunku: ⟦IBAN_CODE|PL24 9250 8222 3836 3186 8284 6522⟧
Stanowisko: kierownik zmiany, sklep Gdańsk Wrzeszcz
Data zatrudnienia: 01.06""",
    },
    {
        "kind": "hr",
        "text": """Notatka dla działu kadr

W związku z planowanym rozwiązaniem umowy z panem ⟦PERSON|Sebastianem Grzelakiem⟧ (magazyn w Strykowie) przypominam, że pan ⟦PERSON|Grzelak⟧ jest ⟦TRADE_UNION_MEMBERSHIP|członkiem NSZZ „Solidarność”⟧ i wchodzi w skład zarządu komisji zakładowej. Zgodnie z ustawą o związkach zawodowych wypowiedzenie wymaga zgody zarządu organizacji. Proszę wstrzymać dokumenty do czasu konsultacji z radcą prawnym.

Dział Prawny""",
    },
    {
        "kind": "hr",
        "text": """Komunikat dla pracowników

Informujemy, że 24 grudnia (Wigilia) wszystkie sklepy sieci będą czynne do 14:00. W dni świąteczne 25 i 26 grudnia sklepy będą zamknięte. Pracownicy, którzy pracują 24 grudnia, otrzymają dodatkowy dzień wolny do wykorzystania do końca marca.

Zarząd i Dział Kadr""",
    },
    {
        "kind": "hr",
        "text": """Cześć ⟦PERSON|Agnieszko⟧,

wysyłam Ci w załączniku zwolnienie lekarskie (e-ZLA) do 30 kwietnia. W sobotę po pracy miałem wypadek na rowerze, mam ⟦HEALTH_DATA|złamaną kość piszczelową⟧ i ⟦HEALTH_DATA|nogę w gipsie⟧ do uda. Ortopeda mówi, że na magazyn wrócę najwcześniej w czerwcu. Przepraszam za kłopot z grafikiem.

⟦PERSON|Kamil Wojtasik⟧""",
    },
    {
        "kind": "hr",
        "text": """Rekrutacja – kasjer, sklep Łódź Bałuty
Kandydatka: ⟦PERSON|Patrycja Mrozowska⟧
Zaświadczenie z Krajowego Rejestru Karnego dostarczone 11.04. Widnieje w nim ⟦CRIMINAL_RECORD|wyrok za przywłaszczenie pieniędzy z 2019 r. (kara ograniczenia wolności)⟧. Ze względu na obsługę gotówki kierownik rekomenduje odmowę zatrudnienia na stanowisku kasjera; możliwa oferta na stanowisko na hali (towar).""",
    },
    {
        "kind": "hr",
        "text": """Regulamin ZFŚS – paczki świąteczne

Bony świąteczne w tym roku wynoszą od 300 do 800 zł brutto w zależności od dochodu na osobę w rodzinie. Oświadczenia o dochodach należy złożyć w dziale kadr do 15 listopada. Pracownicy, którzy nie złożą oświadczenia, otrzymają świadczenie w najniższej wysokości. Bony zostaną przekazane na karty przedpłacone do 10 grudnia.""",
    },
    {
        "kind": "hr",
        "text": """Dane do umowy zlecenia – montaż mebli, kwiecień
Imię i nazwisko: ⟦PERSON|Jarosław Dudziński⟧
PESEL: ⟦PL_PESEL|78121957954⟧
Data urodzenia: ⟦DATE_OF_BIRTH|19.12.1978⟧
Adres: ⟦STREET_ADDRESS|os. Kalinowe 17/22, 20-201 Lublin⟧
Telefon: ⟦PHONE_NUMBER|501 772 306⟧
Urząd skarbowy: Lublin-Wschód
Student: nie, inne ubezpieczenie: nie""",
    },
    # -- marketing ----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Nowy Kestrel K9 Max – odkurzacz, który myśli za Ciebie

Czujnik zabrudzeń sam dobiera moc, a laserowa głowica pokazuje kurz, którego nie widać gołym okiem. Do 70 minut pracy na jednym akumulatorze i stacja, która opróżnia pojemnik za Ciebie. Cena premierowa: 2199 zł, w sklepach od 5 marca.""",
    },
    {
        "kind": "marketing",
        "text": """Opinie naszych klientów

„Narożnik Bosco przyjechał dzień wcześniej niż obiecano, a panowie od montażu byli bardzo uprzejmi.” – ⟦PERSON|Danuta Żmijewska⟧, Białystok

„Trzeci raz kupuję tutaj meble i trzeci raz jestem zadowolony.” – ⟦PERSON|Łukasz Wróblewski-Nowacki⟧, Opole

Meble Bosco – średnia ocen 4,9/5.""",
    },
    {
        "kind": "marketing",
        "text": """Tłusty czwartek w Piekarni Pod Kłosem!

Pączki z różą, z budyniem, z konfiturą wiśniową i z pistacją – smażone od 3 w nocy. Zamówienia powyżej 20 sztuk przyjmujemy do wtorku. W czwartek otwieramy wyjątkowo o 5:30.

Cena: 4,50 zł/szt., pistacjowy 6,90 zł.
Ul. Krakowska 27, Tarnów""",
    },
    {
        "kind": "marketing",
        "text": """Wyniki konkursu „Zaprojektuj swoją kuchnię”

Pierwsze miejsce i kuchnię o wartości 25 000 zł wygrywa ⟦PERSON|Honorata Bielecka⟧ z Olsztyna. Bony po 1000 zł otrzymują: ⟦PERSON|Witold Szymczak⟧ (Kalisz), ⟦PERSON|Oksana Dzyuba⟧ (Wrocław) i ⟦PERSON|Bartosz Kijowski⟧ (Gorzów Wielkopolski). Gratulujemy!""",
    },
    {
        "kind": "marketing",
        "text": """Zapraszamy na targi Warsaw Home & Contract

15–18 października, Ptak Warsaw Expo, hala D, stoisko 4.21. Pokażemy nową kolekcję sof „Wisła” i system szaf przesuwnych „Lustro”. Dla architektów i projektantów przygotowaliśmy rabat targowy 15% na zamówienia złożone na stoisku.""",
    },
    {
        "kind": "marketing",
        "text": """Ludzie z naszej kuchni

⟦PERSON|Anastazja Hojsak⟧ prowadzi kuchnię w naszym pensjonacie w Wysowej od otwarcia. Jest ⟦ETHNIC_ORIGIN|Łemkinią⟧ i to ona wprowadziła do karty łemkowskie pierogi z kaszą i bryndzą oraz kwaśnicę według przepisu swojej babci. „Goście przyjeżdżają dla gór, a wracają dla jedzenia” – śmieje się ⟦PERSON|Anastazja⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Nowa kolekcja wiosna–lato już w sklepach

Lniane marynarki, sukienki w kwiaty i sandały z naturalnej skóry – zobacz nowości w 34 salonach w całej Polsce i w aplikacji. Członkowie klubu Moda Plus dostają 20% rabatu na pierwsze zakupy z nowej kolekcji do 14 kwietnia. Darmowa dostawa od 199 zł.""",
    },
    {
        "kind": "marketing",
        "text": """Cześć ⟦PERSON|Justyno⟧,

w załączniku podsumowanie kampanii „Kawa na start” dla waszej sieci kawiarni: zasięg 1,8 mln, CTR 2,4%, 3100 pobranych kuponów. Proponuję krótkie spotkanie w przyszłym tygodniu, żeby omówić drugą falę na jesień. Najłatwiej złapać mnie pod numerem ⟦PHONE_NUMBER|663 401 728⟧.

Pozdrawiam,
⟦PERSON|Maciej Stolarczyk⟧
Agencja Kreatywna Iskra, Poznań""",
    },
    {
        "kind": "marketing",
        "text": """Dni otwarte w salonie AutoPark Katowice

W sobotę 13 i niedzielę 14 kwietnia, 10:00–16:00: jazdy próbne nowym Lumen 400, przeglądy klimatyzacji za 99 zł i konsultacje leasingowe. Dla dzieci dmuchany zamek, dla dorosłych kawa i grill. Przy podpisaniu umowy w weekend – opony zimowe gratis.""",
    },
    # -- docs ---------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Jak działa płatność BLIK

BLIK to polski system płatności mobilnych uruchomiony w 2015 roku przez grupę banków. Klient generuje w aplikacji bankowej sześciocyfrowy kod, ważny przez 120 sekund, i wpisuje go w terminalu lub w sklepie internetowym. Bank wysyła następnie do aplikacji prośbę o potwierdzenie transakcji, które wymaga PIN-u lub biometrii. Kod jest jednorazowy i nie jest powiązany z numerem karty, dlatego sklep nie poznaje danych rachunku. Oprócz płatności BLIK umożliwia wypłaty z bankomatów bez karty oraz przelewy na numer telefonu.""",
    },
]
