"""Hand-written Polish texts of the ``fresh16`` split: urzędy, ciepłownie, budowy, transport i zakłady przemysłowe."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Przeredaguj: 'Brak ciepła na osiedlu Kopernika do godz. 14, awaria sieci ciepłowniczej.'",
    },
    {
        "kind": "support",
        "text": "Streść ten wątek dla działu reklamacji ciepłowni, po angielsku, maks. 120 słów:\n\n"
        "Od: ⟦EMAIL_ADDRESS|bozena.wawrzyniak@onet.pl⟧\nTemat: Re: Re: zimne kaloryfery, ul. Słowackiego\n\n"
        "Dzień dobry, piszę trzeci raz. Od 20 listopada w mieszkaniu mojej mamy, ⟦PERSON|Genowefy Wawrzyniak⟧, "
        "⟦STREET_ADDRESS|ul. Słowackiego 18/4, 62-800 Kalisz⟧, jest 15 stopni. Mama ma ⟦HEALTH_DATA|niewydolność serca⟧ "
        "i ⟦HEALTH_DATA|cukrzycę typu 1⟧, lekarz zabronił jej przebywać w zimnie. Proszę o pilny kontakt: ⟦PHONE_NUMBER|604 218 377⟧.\n\n"
        "> W dniu 24.11 ⟦PERSON|Marek Chojnacki⟧ (Dział Obsługi Klienta) napisał:\n"
        "> Szanowna Pani, zgłoszenie nr CW/2026/11/0931 przekazaliśmy do rejonu eksploatacji. Ekipa sprawdzi węzeł "
        "cieplny w budynku do końca tygodnia. Przepraszamy za utrudnienia.\n>\n"
        ">> W dniu 21.11 ⟦PERSON|Bożena Wawrzyniak⟧ napisała:\n"
        ">> Kaloryfery zimne od wczoraj, sąsiedzi też marzną. Administrator budynku twierdzi, że to wina ciepłowni, "
        "ciepłownia mówi, że administratora. Kto w końcu za to odpowiada? Płacimy zaliczki co miesiąc, ostatnio "
        "312,40 zł, i oczekujemy, że ktoś przyjedzie.\n>>\n"
        ">> Pozdrawiam, ⟦PERSON|Bożena Wawrzyniak⟧\n\n"
        "Dopisek wewnętrzny (rejon Północ): węzeł W-118 – uszkodzony zawór regulacyjny, część zamówiona, montaż "
        "planowany 2.12. Proponuję tymczasowo dostarczyć dwa grzejniki olejowe i wpisać lokal na listę odbiorców "
        "wrażliwych.",
    },
    {
        "kind": "support",
        "text": "Napisz odpowiedź do pana ⟦PERSON|Zdzisława Kubiaka⟧: jego wniosek o pozwolenie na budowę garażu "
        "(sygn. AB.6740.2.118.2026) wymaga uzupełnienia mapy do celów projektowych.",
    },
    {
        "kind": "support",
        "text": "Do której kategorii? 'Na przystanku Rondo Daszyńskiego wyświetlacz pokazuje złe godziny odjazdów.'",
    },
    {
        "kind": "support",
        "text": "Sprawdź formularz polecenia zapłaty za wodę:\nImię i nazwisko: ⟦PERSON|Radosław Pietrzykowski⟧\n"
        "PESEL: ⟦PL_PESEL|85112181650⟧\nNr rachunku: ⟦IBAN_CODE|PL49 4358 7863 5364 2495 3764 1983⟧\nNr odbiorcy: 770-41-2215",
    },
    {
        "kind": "support",
        "text": "Czat infolinii przewozów regionalnych, zrób notatkę:\n[16:40] pasażerka: nie było asysty na stacji Tczew\n"
        "[16:41] konsultant ⟦PERSON|Kamil⟧: bardzo przepraszam, zgłoszenie było na 16:10?\n[16:41] pasażerka: tak, "
        "jestem ⟦HEALTH_DATA|po udarze, chodzę o kulach⟧\n[16:43] konsultant ⟦PERSON|Kamil⟧: przekazuję do kierownika stacji",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na niemiecki dla kierowcy: 'Rozładunek w magazynie w Strykowie tylko do 22:00, brama 9.'",
    },
    {
        "kind": "support",
        "text": "Jak krótko wyjaśnić mieszkańcom, czym jest opłata mocowa na rachunku za prąd?",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Orzeczenie lekarza medycyny pracy, kopalnia węgla kamiennego, przepisz dla sztygara bez szczegółów:\n"
        "Pracownik: ⟦PERSON|Henryk Ziółkowski⟧\nData urodzenia: ⟦DATE_OF_BIRTH|07.02.1991⟧\nRozpoznanie: ⟦HEALTH_DATA|pylica płuc we wczesnym stadium⟧, "
        "⟦HEALTH_DATA|nadciśnienie⟧\nWniosek: zdolny do pracy na powierzchni, przeciwwskazana praca pod ziemią.",
    },
    {
        "kind": "hr",
        "text": "Skróć ogłoszenie: szukamy kierownika robót drogowych na obwodnicę Kłodzka, uprawnienia budowlane bez ograniczeń.",
    },
    {
        "kind": "hr",
        "text": "Protokół ze spotkania z ⟦TRADE_UNION_MEMBERSHIP|NSZZ Solidarność⟧, huta w Dąbrowie Górniczej, 26 listopada\n"
        "Obecni: ⟦PERSON|Grzegorz Lisowski⟧ (⟦TRADE_UNION_MEMBERSHIP|przewodniczący komisji zakładowej⟧), ⟦PERSON|Ewelina Maj⟧ (kadry)\n"
        "1. Regulamin premiowy – bez zmian.\n2. Pracownik prosi o wolne w ⟦RELIGIOUS_BELIEF|prawosławne Boże Narodzenie⟧ 7 stycznia; zgoda.\n"
        "3. Sprawa dyscyplinarna suwnicowego – ⟦CRIMINAL_RECORD|prawomocny wyrok za jazdę po pijanemu⟧, zakaz prowadzenia pojazdów.",
    },
    {
        "kind": "hr",
        "text": "Fragment CV, ułóż w tabelę:\n2009–2015 Monter rurociągów, PGNiG\n2015–obecnie Inspektor nadzoru, "
        "gazociąg Baltic Pipe\nUprawnienia UDT, SEP do 1 kV",
    },
    {
        "kind": "hr",
        "text": "Zwolnienie lekarskie e-ZLA dla ⟦PERSON|Agnieszki Szczepaniak⟧, referentki w starostwie, 21.11–5.12, "
        "⟦HEALTH_DATA|ciąża zagrożona⟧. Wpisz do ewidencji bez powodu.",
    },
    {
        "kind": "hr",
        "text": "Napisz krótkie powitanie od ⟦PERSON|Ireneusza Cichonia⟧ dla nowych motorniczych, szkolenie w zajezdni Wola od poniedziałku.",
    },
    {
        "kind": "hr",
        "text": "Rejestracja w systemie kontroli dostępu zakładu azotowego, co tu nie powinno trafić do akt?\n"
        "Podwykonawca: ⟦PERSON|Wiesław Błaszczykowski⟧\nRejestracja: ⟦BIOMETRIC_DATA|skan tęczówki i odcisk kciuka⟧\n"
        "Uwagi: ⟦ETHNIC_ORIGIN|pochodzenie łemkowskie⟧, ⟦POLITICAL_OPINION|członek Konfederacji⟧, wynik badania "
        "⟦GENETIC_DATA|nosiciel mutacji HFE (hemochromatoza)⟧ z programu profilaktyki",
    },
    {
        "kind": "hr",
        "text": "Podsumuj ocenę roczną dyspozytora ⟦PERSON|Piotra Grabarczyka⟧: szybka reakcja na awarie, do poprawy dokumentacja zleceń.",
    },
    # -- marketing --------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Trzy hasła do kampanii 'Czyste powietrze' gminy, dopłaty do wymiany pieców.",
    },
    {
        "kind": "marketing",
        "text": "Popraw opinię klienta na stronę wodociągów:\n'Pani ⟦PERSON|Justyna Olejnik⟧ pomogła mi rozłożyć zaległość "
        "na raty, kiedy po ⟦HEALTH_DATA|operacji kręgosłupa⟧ byłem pół roku bez pracy.' – ⟦PERSON|Leszek Waligóra⟧, Płock",
    },
    {
        "kind": "marketing",
        "text": "Post na LinkedIn: nasz terminal intermodalny w Małaszewiczach obsłużył rekordowe 1200 pociągów w roku.",
    },
    {
        "kind": "marketing",
        "text": "Sylwetka do gazetki zakładowej:\n⟦PERSON|Dorota Kwiatkowska-Mróz⟧, operatorka suwnicy w stoczni, "
        "⟦RELIGIOUS_BELIEF|świadek Jehowy⟧, mieszka z ⟦SEX_LIFE_ORIENTATION|partnerką⟧ ⟦PERSON|Olą⟧ w Gdyni i biega półmaratony.",
    },
    {
        "kind": "marketing",
        "text": "Komunikat dla mieszkańców: od 8 stycznia zmiana harmonogramu odbioru odpadów bio w sektorze III.",
    },
    {
        "kind": "marketing",
        "text": "Hasło na baner budowy: 'Tu powstaje nowa linia tramwajowa na Bemowo. Dziękujemy za cierpliwość.'",
    },
    {
        "kind": "marketing",
        "text": "Informacja prasowa: elektrociepłownia kończy przejście z węgla na gaz i biomasę.",
    },
    {
        "kind": "marketing",
        "text": "Popraw list burmistrza ⟦PERSON|Tadeusza Wróblewskiego⟧ do mieszkańców w sprawie remontu wiaduktu.",
    },
    {
        "kind": "hr",
        "text": "Notatka BHP z rafinerii, przeredaguj neutralnie: operator ⟦PERSON|Sebastian Wypych⟧ zgłosił "
        "⟦HEALTH_DATA|padaczkę⟧, leczony ⟦HEALTH_DATA|walproinianem⟧; wyłączony z pracy na wysokości do odwołania.",
    },
    {
        "kind": "support",
        "text": "Odpisz pani ⟦PERSON|Halinie Domagale⟧ (⟦PHONE_NUMBER|+48 512 640 219⟧): karta parkingowa dla osoby z "
        "⟦HEALTH_DATA|niepełnosprawnością ruchową⟧ jest do odbioru w wydziale komunikacji.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Modele językowe w urzędach mogą pomagać w pisaniu uzasadnień decyzji, ale dane stron postępowania "
        "powinny zostać usunięte przed wysłaniem tekstu do zewnętrznej usługi. Warto też zapisywać, jaki model i w "
        "jakiej wersji przygotował projekt pisma.",
    },
]
