"""Hand-written Polish texts of the ``fresh6`` split: back-office traffic of a shared-services company's clients."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Podsumuj zgłoszenie lokatora w 2 zdaniach dla administratora:\n\n"
        "Dzień dobry, w łazience od tygodnia cieknie pion, sąsiad z dołu ma już zaciek na suficie. "
        "Lokal 14, budynek B. Proszę o hydraulika najlepiej w czwartek po 16.",
    },
    {
        "kind": "support",
        "text": "Zaległość czynszowa – przygotuj grzeczne wezwanie do zapłaty.\n"
        "Najemca: ⟦PERSON|Bożena Wróblewska-Kania⟧, ⟦STREET_ADDRESS|ul. Sokołowska 41/7, 31-436 Kraków⟧\n"
        "Zaległość: 2 940,00 zł (wrzesień–listopad), umowa nr ZN/2023/118\n"
        "Uwaga od niej przez telefon: była w szpitalu po ⟦HEALTH_DATA|udarze⟧, prosi o rozłożenie na raty.",
    },
    {
        "kind": "support",
        "text": "kierowca pisze na czacie: hej, apka mi wylogowała konto i nie widzę wypłaty za ten tydzień, "
        "id kursu 88f3-22 coś tam, pomożecie?",
    },
    {
        "kind": "support",
        "text": "Czat wsparcia kierowców (eksport):\n"
        "[08:12] Kierowca: dzień dobry, tu ⟦PERSON|Artur Mielczarek⟧, zablokowaliście mi konto po skardze pasażera\n"
        "[08:13] Konsultant ⟦PERSON|Oliwia⟧: Dzień dobry, sprawdzam. Proszę podać numer telefonu z konta.\n"
        "[08:13] Kierowca: ⟦PHONE_NUMBER|+48 604 318 927⟧\n"
        "[08:15] Kierowca: pasażer mówi że jechałem agresywnie ale ja mam ⟦HEALTH_DATA|padaczkę⟧ pod kontrolą, "
        "lekarz medycyny pracy dał zgodę, mam zaświadczenie\n"
        "[08:16] Konsultant ⟦PERSON|Oliwia⟧: Rozumiem, proszę przesłać skan na adres wsparcia, sprawa DRV-55120.",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na angielski dla centrali w Rotterdamie: Klient zamówił w aptece internetowej "
        "3 opakowania ⟦HEALTH_DATA|Euthyrox N 50⟧ i ⟦HEALTH_DATA|Metformax 850⟧, paczka nr 6000123998710 "
        "wróciła do nadawcy. Klientka: ⟦PERSON|Halina Dudziak⟧, tel. ⟦PHONE_NUMBER|512 770 341⟧.",
    },
    {
        "kind": "support",
        "text": "Odpowiedz krótko: paczkomat nie przyjął zwrotu, kod odbioru 481 302, zamówienie AP-20931. "
        "Klient pyta, czy może oddać w punkcie Żabka.",
    },
    {
        "kind": "support",
        "text": "Zgłoszenie z formularza kliniki weterynaryjnej:\nImię i nazwisko właściciela: ⟦PERSON|Wiesław Tomaszek⟧\n"
        "E-mail: ⟦EMAIL_ADDRESS|w.tomaszek@poczta-kret.pl⟧\nZwierzę: kot Filemon, 11 lat\n"
        "Powód wizyty: kontrola nerek, wyniki krwi z 12.10\nPreferowany termin: sobota rano",
    },
    {
        "kind": "support",
        "text": "Streść rozmowę z biura mieszkań komunalnych (notatka urzędnika):\n\n"
        "Wnioskodawczyni ⟦PERSON|Marzena Olech⟧, PESEL ⟦PL_PESEL|84031785369⟧, zamieszkała obecnie u matki "
        "przy ⟦STREET_ADDRESS|ul. Kalwaryjska 73/2, 30-504 Kraków⟧. Trójka dzieci, najmłodszy syn porusza się na "
        "⟦HEALTH_DATA|wózku inwalidzkim⟧, stąd wniosek o lokal na parterze lub z windą. Pani deklaruje, że jest "
        "⟦ETHNIC_ORIGIN|Romką⟧ i w poprzednim lokalu spotykała się z wyzwiskami sąsiadów – prosi o lokal w innej "
        "dzielnicy. Dochód: zasiłek rodzinny + 800+. Zaległości wobec gminy: brak. Kolejny krok: komisja "
        "mieszkaniowa 14 stycznia, potrzebne orzeczenie o niepełnosprawności syna (kopia) i zaświadczenie z MOPS. "
        "Pani prosi o kontakt wyłącznie SMS-em, bo pracuje na zmiany w pralni szpitalnej.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Zredaguj notatkę ze skierowania na badania wstępne (medycyna pracy), popraw styl:\n"
        "Kandydat ⟦PERSON|Kamil Żurawski⟧ ur. ⟦DATE_OF_BIRTH|02.11.1971⟧, stanowisko kierowca kat. C+E. "
        "Badania: okulista, neurolog, psychotesty. W wywiadzie ⟦HEALTH_DATA|cukrzyca typu 2⟧ na "
        "⟦HEALTH_DATA|insulinie⟧ – wymagana konsultacja diabetologa przed orzeczeniem.",
    },
    {
        "kind": "hr",
        "text": "Lista płac – proszę sprawdzić czy potrącenie składki związkowej jest dobrze opisane:\n"
        "nr os. 00417; ⟦PERSON|Teresa Bielak⟧; PESEL ⟦PL_PESEL|58092379542⟧; potrącenie 1% – "
        "⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność” Region Małopolska⟧; konto ⟦IBAN_CODE|PL70 0238 3877 6844 5441 1216 1880⟧",
    },
    {
        "kind": "hr",
        "text": "Jaki jest wymiar urlopu dla osoby zatrudnionej na 3/4 etatu z 12-letnim stażem? Biuro rachunkowe, "
        "Kraków, umowa o pracę.",
    },
    {
        "kind": "hr",
        "text": "Napisz plan powrotu do pracy (medycyna pracy) na podstawie notatki:\n"
        "Pracownica magazynu ⟦PERSON|Agnieszka Pluta⟧, po 4 miesiącach L4 – ⟦HEALTH_DATA|dyskopatia L5-S1⟧, "
        "po ⟦HEALTH_DATA|mikrodiscektomii⟧ w sierpniu. Zalecenie: bez dźwigania >10 kg przez 3 miesiące, "
        "praca siedząco-stojąca, rehabilitacja 2x w tygodniu w godzinach pracy.",
    },
    {
        "kind": "hr",
        "text": "Agencja rekrutacyjna – opiekunki do Niemiec. Ułóż profil kandydatki po niemiecku:\n"
        "⟦PERSON|Danuta Kwiatkowska-Bury⟧, 56 lat, 9 lat doświadczenia przy osobach z ⟦HEALTH_DATA|demencją⟧, "
        "język niemiecki komunikatywny, prawo jazdy kat. B. Niepaląca. Zaznaczyła, że jest "
        "⟦RELIGIOUS_BELIEF|Świadkiem Jehowy⟧ i nie chce pracować w niedziele rano (zebrania). "
        "Telefon ⟦PHONE_NUMBER|+48 797 402 115⟧.",
    },
    {
        "kind": "hr",
        "text": "Przygotuj ogłoszenie: przedszkole niepubliczne „Pod Kasztanem” zatrudni nauczyciela wychowania "
        "przedszkolnego, pełny etat, od lutego. Wymagane kwalifikacje zgodne z rozporządzeniem MEN.",
    },
    {
        "kind": "hr",
        "text": "Notatka z rozmowy – fundacja reintegracji osób po wyrokach, kandydat na praktykę w warsztacie:\n"
        "⟦PERSON|Grzegorz Sroka⟧, zwolniony warunkowo w czerwcu, odbywał karę za ⟦CRIMINAL_RECORD|rozbój (art. 280 § 1 kk)⟧. "
        "Kurator: ⟦PERSON|Maciej Rudnicki⟧. W trakcie ⟦HEALTH_DATA|terapii uzależnienia od alkoholu⟧ (AA). "
        "Dostępny od 7:00, dojazd z Nowej Huty.",
    },
    {
        "kind": "hr",
        "text": "Sprawdź, czy ta tabela godzin nadliczbowych sumuje się do 38 h: tydz. 44 – 9,5; tydz. 45 – 10; "
        "tydz. 46 – 8,5; tydz. 47 – 10. Dział: logistyka, zmiana B.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Popraw tekst newslettera parafii:\n\nDrodzy Parafianie! W sobotę 14 grudnia zapraszamy na "
        "Wigilię parafialną. Opłatek, kolędy, barszcz z uszkami. Zapisy w zakrystii do środy. "
        "Dla osób starszych zapewniamy dowóz – prosimy o zgłoszenia.",
    },
    {
        "kind": "marketing",
        "text": "Skróć historię darczyńcy do 400 znaków na Facebooka:\n\n„Nazywam się ⟦PERSON|Iwona Górniak⟧. "
        "Trzy lata temu mój syn ⟦PERSON|Tymek⟧ usłyszał diagnozę: ⟦HEALTH_DATA|ostra białaczka limfoblastyczna⟧. "
        "Dzięki Fundacji mieliśmy gdzie mieszkać w czasie ⟦HEALTH_DATA|chemioterapii⟧ w Krakowie. "
        "Dziś sama wpłacam co miesiąc 50 zł.”",
    },
    {
        "kind": "marketing",
        "text": "Klub sportowy – przypomnij członkom o składkach na 2027 i nowym grafiku hali. Ton: luźny, bez "
        "straszenia. Zniżka 15% przy płatności rocznej do 31 stycznia.",
    },
    {
        "kind": "marketing",
        "text": "Lista zapisów na warsztaty szkoły językowej (eksport CSV), sprawdź duplikaty:\n"
        "imie_nazwisko;email;dieta;uwagi\n"
        "⟦PERSON|Roksana Ziółkowska⟧;⟦EMAIL_ADDRESS|roksana.z@sowa-mail.pl⟧;bez glutenu (⟦HEALTH_DATA|celiakia⟧);\n"
        "⟦PERSON|Ahmed Karimi⟧;⟦EMAIL_ADDRESS|ahmed.karimi84@poczta-kret.pl⟧;⟦RELIGIOUS_BELIEF|halal⟧;\n"
        "⟦PERSON|Roksana Ziółkowska⟧;⟦EMAIL_ADDRESS|roksana.z@sowa-mail.pl⟧;bez glutenu;\n"
        "⟦PERSON|Piotr Łabęda⟧;⟦EMAIL_ADDRESS|plabeda@ekspres-mail.pl⟧;wege;⟦HEALTH_DATA|niedosłyszy⟧ – pętla indukcyjna",
    },
    {
        "kind": "marketing",
        "text": "Napisz mail kampanii związkowej do pracowników sieci aptek, podpisz jako przewodnicząca:\n"
        "Od: ⟦PERSON|Ewelina Szwed⟧, przewodnicząca Komisji Zakładowej ⟦TRADE_UNION_MEMBERSHIP|OPZZ Konfederacja Pracy⟧\n"
        "Temat: referendum strajkowe – głosowanie 9–11 grudnia, urna w punkcie przy ul. Długiej.",
    },
    {
        "kind": "marketing",
        "text": "Opinia do publikacji na stronie szkoły jazdy (skróć, zachowaj sens):\n„Zdałam za pierwszym razem! "
        "Pan ⟦PERSON|Zbyszek⟧ miał anielską cierpliwość, a ja mam ⟦HEALTH_DATA|ADHD⟧ i na placu manewrowym "
        "ciągle się rozpraszałam. Polecam!” – ⟦PERSON|Natalia Przybysz⟧",
    },
    {
        "kind": "marketing",
        "text": "Zaproszenie na marsz – wygładź język:\nKoło ⟦POLITICAL_OPINION|Partii Zielonych⟧ w Krakowie zaprasza "
        "członków i sympatyków. Lista osób, które potwierdziły: ⟦PERSON|Jarosław Kempa⟧ (sekretarz koła), "
        "⟦PERSON|Monika Zawada⟧ (członkini zarządu). Zbiórka 12:00 pod Barbakanem.",
    },
    {
        "kind": "marketing",
        "text": "Hasło na baner apteki internetowej: „Jesień bez kataru – witamina C i D w zestawie -20%”. "
        "Podaj 5 wariantów.",
    },
    {
        "kind": "support",
        "text": "Streść ten wątek dla działu windykacji i zaproponuj harmonogram spłaty na 6 rat:\n\n"
        "Od: ⟦PERSON|Sebastian Kołodziejczyk⟧ <⟦EMAIL_ADDRESS|seba.kolodziejczyk@ekspres-mail.pl⟧>\n"
        "Do: Biuro Obsługi Najemców\nData: 27.11.2026, 21:48\nTemat: Re: Re: Wezwanie do zapłaty – lokal 22\n\n"
        "Dzień dobry,\nwiem, że zalegam za trzy miesiące, nie uciekam od tego. Od sierpnia jestem na zwolnieniu – "
        "⟦HEALTH_DATA|złamanie kręgosłupa⟧ po wypadku na budowie, potem ⟦HEALTH_DATA|depresja⟧, biorę "
        "⟦HEALTH_DATA|Asertin⟧. ZUS wypłaca zasiłek z opóźnieniem. Mogę płacić po 700 zł miesięcznie od stycznia "
        "ponad bieżący czynsz. Proszę nie wysyłać sprawy do sądu, mam syna w 1 klasie i nie mamy gdzie pójść.\n"
        "Mieszkam dalej pod adresem ⟦STREET_ADDRESS|ul. Wielicka 212/22, 30-663 Kraków⟧, telefon "
        "⟦PHONE_NUMBER|663 902 117⟧.\n⟦PERSON|Sebastian Kołodziejczyk⟧\n\n"
        "> Od: ⟦PERSON|Justyna Malec⟧, Biuro Obsługi Najemców\n> Data: 20.11.2026\n"
        "> Szanowny Panie, informujemy, że zaległość z tytułu czynszu i opłat za lokal nr 22 wynosi 4 215,60 zł "
        "(stan na 19.11.2026, nota odsetkowa NO/11/0412). Prosimy o uregulowanie należności w terminie 14 dni "
        "lub kontakt w sprawie ugody. Brak reakcji skutkuje wypowiedzeniem umowy najmu.\n>\n"
        "> > Od: ⟦PERSON|Sebastian Kołodziejczyk⟧\n> > Data: 02.10.2026\n"
        "> > Dzień dobry, czy mogę dostać numer konta do wpłat? W aplikacji banku nie widzę odbiorcy. "
        "PESEL do identyfikacji: ⟦PL_PESEL|01210827430⟧ – chyba umowa jest na mnie i na mamę.\n\n"
        "Notatka wewnętrzna: najemca od 2019 r., wcześniej bez zaległości. Kaucja 2 400 zł. Decyzja zarządu "
        "w sprawie ugód powyżej 3 000 zł wymagana.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Modele językowe a RODO – krótki przewodnik\n\nDuże modele językowe przetwarzają tekst w postaci tokenów. "
        "Jeśli do zapytania trafiają dane osobowe, administrator musi wskazać podstawę prawną i ocenić, czy "
        "dostawca modelu działa jako podmiot przetwarzający. Dane szczególnych kategorii (art. 9 RODO), np. "
        "informacje o zdrowiu czy przekonaniach religijnych, wymagają dodatkowej przesłanki. W praktyce "
        "stosuje się pseudonimizację przed wysłaniem zapytania oraz rejestrowanie decyzji bez treści zapytania.",
    },
]
