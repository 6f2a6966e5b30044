"""Hand-written Polish texts of the held-out split fresh27: leisure and personal life."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "dzień dobry, czy karnet na siłownię obejmuje też saunę?"},
    {
        "kind": "support",
        "text": "Temat: Re: Re: Organizacja wesela 14.09 - zaliczka i lista gości\n\nDzień dobry Pani ⟦PERSON|Weroniko⟧,\n\ndziękuję za szybką odpowiedź. Potwierdzam, że zaliczkę 6 000 zł przelaliśmy wczoraj z konta ⟦IBAN_CODE|PL74 7782 2287 5034 8997 5225 2334⟧ (właściciel: ⟦PERSON|Bartosz Wielgosz⟧). Proszę o fakturę na adres ⟦STREET_ADDRESS|ul. Kasztanowa 8/3, 60-321 Poznań⟧.\n\nW sprawie menu: babcia narzeczonej, pani ⟦PERSON|Halszka Srokowska⟧, ma ⟦HEALTH_DATA|celiakię⟧, więc potrzebujemy jednego talerza bezglutenowego na każdy posiłek, także na tort. Wujek ⟦PERSON|Ryszard⟧ jest po ⟦HEALTH_DATA|udarze⟧ i porusza się na wózku - czy sala na piętrze ma windę? Jeśli nie, prosimy o stolik przy wejściu na parterze.\n\nCo do zespołu: zostajemy przy zespole Dobry Wieczór, set do 3:00. Fotograf będzie od 13:00 w domu panny młodej.\n\nJeszcze jedna delikatna sprawa: świadek, ⟦PERSON|Igor Malinowski⟧, jest ⟦SEX_LIFE_ORIENTATION|gejem⟧ i przyjdzie z partnerem. Część rodziny może komentować; proszę, żeby obsługa traktowała ich normalnie i posadziła razem przy stole nr 2.\n\nNumer kontaktowy w dniu wesela: ⟦PHONE_NUMBER|+48 601 447 893⟧.\n\nPozdrawiam serdecznie,\n⟦PERSON|Bartosz Wielgosz⟧\n\n-----Wiadomość oryginalna-----\nOd: ⟦PERSON|Weronika Jabłońska⟧ <⟦EMAIL_ADDRESS|weronika@slubnaagencja-lilia.pl⟧>\nWysłano: wtorek, 4 marca\nTemat: Re: Organizacja wesela 14.09\n\nDzień dobry, przesyłam kosztorys i prośbę o zaliczkę do końca tygodnia. Proszę też o informację o ewentualnych dietach i potrzebach gości z niepełnosprawnościami.\n\n⟦PERSON|Weronika⟧\nAgencja Ślubna Lilia",
    },
    {
        "kind": "support",
        "text": "[20:11] użytkowniczka: ktoś założył profil z moimi zdjęciami na randkowej apce\n[20:12] konsultant ⟦PERSON|Paweł⟧: proszę podać link do profilu i swój e-mail\n[20:13] użytkowniczka: ⟦EMAIL_ADDRESS|ola.krzeminska94@wp.pl⟧\n[20:15] konsultant ⟦PERSON|Paweł⟧: profil usunięty, dziękujemy za zgłoszenie",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na angielski opis ogłoszenia: 'Sprzedam wózek dziecięcy 3w1, stan bardzo dobry, odbiór osobisty Kraków Podgórze.'",
    },
    {
        "kind": "support",
        "text": "Zakład Pogrzebowy Anioł - zlecenie\nZmarły: ⟦PERSON|Zdzisław Pietrucha⟧\nPESEL: ⟦PL_PESEL|81083040372⟧\nData urodzenia: ⟦DATE_OF_BIRTH|30.08.1981⟧\nCeremonia: świecka, bez udziału duchownego\nZlecająca: ⟦PERSON|Grażyna Pietrucha⟧, tel. ⟦PHONE_NUMBER|503 218 664⟧",
    },
    {"kind": "support", "text": "Czy można zapisać dziecko na obóz taneczny tylko na jeden tydzień?"},
    {
        "kind": "support",
        "text": "Streść po angielsku zgłoszenie: użytkownik ⟦PERSON|Dawid Grzelak⟧ w opisie profilu napisał, że jest ⟦POLITICAL_OPINION|działaczem Konfederacji⟧ i obraża inne osoby w wiadomościach. Zgłaszająca: ⟦PERSON|Roksana Ciesiołek⟧.",
    },
    {
        "kind": "support",
        "text": "Dzień dobry, opiekunka psa nie przyszła dziś rano, a aplikacja pokazuje, że wizyta została wykonana. Proszę o zwrot za tę wizytę.",
    },
    {
        "kind": "hr",
        "text": "Karta pracownika - Agencja Opiekunek Ciepły Dom\nImię i nazwisko: ⟦PERSON|Jadwiga Kołodziejczyk⟧\nPESEL: ⟦PL_PESEL|94021742126⟧\nData urodzenia: ⟦DATE_OF_BIRTH|17.02.1994⟧\nAdres: ⟦STREET_ADDRESS|ul. Lipowa 27, 41-200 Sosnowiec⟧\nUwagi: ⟦HEALTH_DATA|astma⟧, nie używa środków z chlorem.",
    },
    {
        "kind": "hr",
        "text": "Protokół z zebrania instruktorów Szkoły Tańca Rytm, 10 marca\n1. Pokaz na koniec roku: 15 czerwca.\n2. ⟦PERSON|Kamil Wróblewski⟧ wraca po ⟦HEALTH_DATA|zerwaniu ścięgna Achillesa⟧, prowadzi tylko zajęcia dla dzieci.\n3. Zakup nowych luster - zaakceptowany.",
    },
    {
        "kind": "hr",
        "text": "Napisz ogłoszenie o pracę dla kosmetolożki do salonu w Gdyni, pełny etat, doświadczenie w zabiegach na twarz mile widziane.",
    },
    {
        "kind": "hr",
        "text": "Notatka poufna: kandydatka na opiekunkę ⟦PERSON|Agnieszka Bąk⟧ przedstawiła zaświadczenie o niekaralności, ale w rozmowie przyznała się do ⟦CRIMINAL_RECORD|wyroku w zawieszeniu za kradzież⟧ sprzed 12 lat (zatarty).",
    },
    {
        "kind": "hr",
        "text": "Ile dni urlopu przysługuje trenerowi personalnemu zatrudnionemu na umowę o pracę w pierwszym roku?",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Szymon Pawlikowski⟧ | ⟦EMAIL_ADDRESS|szymon.pawlikowski@onet.pl⟧\nNauczyciel gry na perkusji, 9 lat doświadczenia\nWykształcenie: Akademia Muzyczna w Katowicach\nZainteresowania: jazz, wspinaczka",
    },
    {
        "kind": "hr",
        "text": "Do kadr: ⟦PERSON|Natalia Zięba⟧ złożyła deklarację przystąpienia do ⟦TRADE_UNION_MEMBERSHIP|OPZZ⟧ i prosi o potrącanie składki z wynagrodzenia od kwietnia.",
    },
    {
        "kind": "hr",
        "text": "Poznajcie ⟦PERSON|Tomasza Jurczaka⟧ - od 2018 roku prowadzi u nas zajęcia z wspinaczki na obozach letnich. Instruktor PZA, ratownik WOPR.",
    },
    {
        "kind": "marketing",
        "text": "Wesele jak z marzeń? Agencja Ślubna Lilia zajmie się wszystkim - od sali po tort. Umów bezpłatną konsultację.",
    },
    {
        "kind": "marketing",
        "text": "Opinia klientki: „Po ⟦HEALTH_DATA|mastektomii⟧ bałam się makijażu permanentnego brwi, ale pani ⟦PERSON|Iwona⟧ była cudowna.” - ⟦PERSON|Beata Kurowska⟧, Lublin",
    },
    {
        "kind": "marketing",
        "text": "Test DNA Korzenie: sprawdź, skąd pochodzą Twoi przodkowie. Ponad 50 regionów Europy Środkowej. Wynik w 5 tygodni.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter klubu fitness Atleta: nowe zajęcia z jogi twarzy, promocja na karnety kwartalne i zmiany godzin otwarcia w majówkę.",
    },
    {
        "kind": "marketing",
        "text": "Druga ręka, pierwszy wybór. Kupuj i sprzedawaj używane ubrania na Szafa Bis - bez prowizji do końca miesiąca.",
    },
    {
        "kind": "marketing",
        "text": "Obóz letni nad Bałtykiem dla dzieci 8-13 lat: żeglarstwo, kajaki i warsztaty teatralne. Pielęgniarka na miejscu.",
    },
    {
        "kind": "marketing",
        "text": "Historia klientki (za zgodą): ⟦PERSON|Lidia Grabowska⟧ dzięki testowi genetycznemu dowiedziała się, że ma ⟦GENETIC_DATA|wariant genu MTHFR⟧, i z naszym coachem zmieniła dietę.",
    },
    {
        "kind": "marketing",
        "text": "Horoskop na czerwiec: Bliźnięta - czas na nowe znajomości, Koziorożec - uważaj na zmęczenie. Przygotowała ⟦PERSON|Celina Dudziak⟧.",
    },
    {
        "kind": "docs",
        "text": "Instrukcja: weryfikacja zdjęć profilowych. System oznacza zdjęcia z twarzą zasłoniętą w więcej niż 50 %. Moderator zatwierdza lub odrzuca w ciągu 24 godzin. Zdjęcia odrzucone są usuwane po 7 dniach.",
    },
    {
        "kind": "docs",
        "text": "FAQ dla opiekunów zwierząt: Jak otrzymać wynagrodzenie? Wypłaty są realizowane co tydzień w piątek. Jak zgłosić problem? Użyj przycisku Pomoc w aplikacji.",
    },
]
