"""Hand-written Polish texts of the ``fresh21`` split: operatorzy komórkowi, kurierzy platform dostaw, helpdeski outsourcingowe, studia gier, centra danych."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Temat: Re: Re: Nieautoryzowana wymiana karty SIM – zgłoszenie 2024/05/118842\n\nDzień dobry,\n\nnadal nie dostałem odpowiedzi. Przypominam: 14 maja ktoś w salonie w Katowicach wyrobił duplikat mojej karty SIM na podstawie sfałszowanego dowodu. W ciągu godziny z mojego konta w banku zniknęło 8 400 zł. Zgłosiłem to na policję (sygnatura RSD-1142/24) i do banku. Od was potrzebuję tylko potwierdzenia, o której godzinie i w którym salonie wydano kartę, bo prokuratura o to pyta.\n\nMoje dane do weryfikacji:\n⟦PERSON|Bartłomiej Szczygieł⟧\nPESEL ⟦PL_PESEL|91062353773⟧\nnr telefonu ⟦PHONE_NUMBER|601 388 274⟧\nadres ⟦STREET_ADDRESS|ul. Mikołowska 57/12, 40-065 Katowice⟧\n\nPozdrawiam\n⟦PERSON|B. Szczygieł⟧\n\n-----Wiadomość oryginalna-----\nOd: Biuro Obsługi Klienta\nData: 20 maja 2024 10:12\n\nSzanowny Panie,\ndziękujemy za zgłoszenie. Sprawa została przekazana do działu bezpieczeństwa. Odpowiedź otrzyma Pan w ciągu 14 dni roboczych.\n\n-----Wiadomość oryginalna-----\nOd: ⟦PERSON|Bartłomiej Szczygieł⟧\nData: 15 maja 2024 07:48\n\nDzień dobry, wczoraj o 16:20 straciłem zasięg, a wieczorem okazało się, że ktoś ma moją kartę. Proszę o pilne zablokowanie duplikatu i informację, kto go wydał. Mam ⟦HEALTH_DATA|chorobę serca⟧ i telefon jest mi potrzebny do kontaktu z lekarzem, więc proszę o szybką reakcję. Numer klienta 40018827, umowa zawarta w 2019 roku w salonie przy ul. Stawowej. Kontakt zastępczy: żona, ⟦PERSON|Ewelina Szczygieł⟧, ⟦PHONE_NUMBER|698 220 415⟧.",
    },
    {
        "kind": "support",
        "text": "Cześć, czy mogę zmienić adres dostawy zamówienia po opłaceniu? Nr zamówienia 5520183.",
    },
    {
        "kind": "support",
        "text": "[20:11] Kurier: apka mnie wylogowała i każe zrobić skan twarzy, a mam dziś zmianę\n[20:13] Konsultantka ⟦PERSON|Ola⟧: Cześć! To rutynowa weryfikacja tożsamości. Zrób zdjęcie w dobrym świetle, bez czapki.\n[20:16] Kurier: zrobione, dalej nie działa\n[20:18] Konsultantka ⟦PERSON|Ola⟧: Widzę, weryfikacja przeszła. Zaloguj się ponownie. Udanej zmiany!",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na angielski dla zespołu T&S:\n\n„Gracz ⟦PERSON|Kacper Wiśniewski⟧ (ID 55-902-118) zgłasza, że inny gracz w czacie głosowym wyzywał go od Ukraińców i groził mu. ⟦PERSON|Kacper⟧ ma 15 lat, zgłoszenie wysłała jego mama, ⟦PERSON|Agnieszka Wiśniewska⟧, ⟦EMAIL_ADDRESS|a.wisniewska77@wp.pl⟧.”",
    },
    {
        "kind": "support",
        "text": "Reklamacja faktury FV/2024/04/33190 – naliczono roaming w Szwajcarii, a byłem w Austrii. Proszę o korektę i zwrot na konto ⟦IBAN_CODE|PL48 6983 5083 1421 0973 6789 8805⟧. ⟦PERSON|Grzegorz Pawlak⟧",
    },
    {
        "kind": "support",
        "text": "Informujemy, że w nocy z soboty na niedzielę przeprowadzimy prace serwisowe w serwerowni w Warszawie. Usługi VPS mogą być niedostępne do 15 minut.",
    },
    {
        "kind": "support",
        "text": "Dzień dobry, jestem ⟦HEALTH_DATA|osobą niesłyszącą⟧ i nie mogę korzystać z infolinii. Czy mogę złożyć wniosek o przeniesienie numeru przez czat? ⟦PERSON|Dorota Kaczmarczyk⟧",
    },
    {
        "kind": "support",
        "text": "Hej, helpdesk, nie działa mi drukarka na 3 piętrze, kolejka stoi od rana. Zgłoszenie SD-22819.",
    },
    {
        "kind": "hr",
        "text": "Kwestionariusz osobowy – kurier (umowa zlecenie)\nImię i nazwisko: ⟦PERSON|Mateusz Kołodziejczyk⟧\nData urodzenia: ⟦DATE_OF_BIRTH|09.02.2001⟧\nPESEL: ⟦PL_PESEL|01220994795⟧\nAdres: ⟦STREET_ADDRESS|ul. Ogrodowa 8 m. 3, 90-721 Łódź⟧\nStatus: student (do 26 r.ż.)\nOrzeczenie o niepełnosprawności: ⟦HEALTH_DATA|stopień lekki⟧",
    },
    {
        "kind": "hr",
        "text": "Protokół ze spotkania zespołu helpdesku, 4 czerwca\n1. Dyżury weekendowe – nowy grafik od lipca.\n2. Szkolenie z phishingu dla pierwszej linii – 18 czerwca.\n3. Wolne sprawy: brak.",
    },
    {
        "kind": "hr",
        "text": "Cześć ⟦PERSON|Kasia⟧, ⟦PERSON|Wiktor⟧ przyniósł L4 na dwa tygodnie, ⟦HEALTH_DATA|zapalenie płuc⟧. Przesuń proszę jego dyżury on-call na ⟦PERSON|Adama⟧ i ⟦PERSON|Igę⟧.",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Natalia Zawadzka-Okoń⟧\n⟦EMAIL_ADDRESS|natalia.zawadzka.okon@gmail.com⟧ | ⟦PHONE_NUMBER|+48 512 604 931⟧\nIT Recruiter, agencja TechHunters (2020–obecnie)\nSpecjalistka ds. HR, firma outsourcingowa IT (2017–2020)\nUniwersytet Łódzki, psychologia",
    },
    {
        "kind": "hr",
        "text": "Notatka: ⟦PERSON|Zbigniew Mazurek⟧ jest członkiem ⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność”⟧ i przewodniczącym komisji zakładowej w centrum danych. Wszystkie zmiany grafiku dyżurów konsultujemy z nim.",
    },
    {
        "kind": "hr",
        "text": "Streść w dwóch zdaniach notatkę rekrutera: „Kandidatka ⟦PERSON|Iryna Bondarenko⟧, ⟦ETHNIC_ORIGIN|Ukrainka⟧, w Polsce od 2022, 5 lat jako moderatorka treści, mówi po ukraińsku, rosyjsku i polsku, oczekiwania 7 500 zł brutto.”",
    },
    {
        "kind": "hr",
        "text": "Ogłoszenie: szukamy testerów gier QA do studia w Krakowie, praca zmianowa, umowa o pracę, start od zaraz.",
    },
    {
        "kind": "hr",
        "text": "Wynik weryfikacji niekaralności: kandydat ⟦PERSON|Patryk Sobczak⟧ – ⟦CRIMINAL_RECORD|wyrok za kradzież z włamaniem (2017), w zawieszeniu⟧. Decyzja: brak dostępu do serwerowni.",
    },
    {
        "kind": "marketing",
        "text": "Nowy abonament bez limitu danych w kraju i 30 GB w UE – 59 zł miesięcznie, bez umowy na czas określony.",
    },
    {
        "kind": "marketing",
        "text": "„Dzięki kursowi DevOps znalazłem pracę w trzy miesiące.” – ⟦PERSON|Michał Jędrzejczak⟧, Wrocław",
    },
    {
        "kind": "marketing",
        "text": "Jeździsz rowerem? Dołącz do kurierów w Gdańsku – elastyczne godziny, wypłata co tydzień, ubezpieczenie OC i NNW w cenie.",
    },
    {
        "kind": "marketing",
        "text": "Poznaj nasz zespół: ⟦PERSON|Joanna Lewandowska-Kruk⟧ kieruje zespołem reagowania na incydenty w Poznaniu. Wcześniej pracowała w CERT Polska.",
    },
    {
        "kind": "marketing",
        "text": "Kolokacja w Warszawie: zasilanie 2N, chłodzenie freecooling, dostęp 24/7 na kartę i kod PIN. Pierwsze 3 miesiące 30% taniej.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter: nowe oferty pracy w IT, webinar o pracy zdalnej i poradnik, jak przygotować CV pod systemy ATS.",
    },
    {
        "kind": "marketing",
        "text": "Helpdesk IT dla firm od 49 zł za stanowisko. Odpowiadamy w 15 minut, po polsku i po angielsku.",
    },
    {
        "kind": "marketing",
        "text": "Zdrowie psychiczne moderatorów to dla nas priorytet: regularne superwizje, konsultacje z psychologiem i limity czasu pracy z drastycznymi treściami.",
    },
    {
        "kind": "docs",
        "text": "Przeniesienie numeru do innej sieci wymaga złożenia wniosku u nowego operatora. Numer zostaje przeniesiony w ciągu jednego dnia roboczego od uzgodnionej daty. Przerwa w działaniu usług nie może być dłuższa niż cztery godziny.",
    },
    {
        "kind": "support",
        "text": "Dzień dobry, płatność kartą nie przechodzi. Numer karty ⟦CREDIT_CARD|3463 984012 07312⟧, proszę o ręczne obciążenie. ⟦PERSON|Krystian Wojtas⟧",
    },
    {
        "kind": "hr",
        "text": "Ankieta dla kandydatów (dobrowolna): ⟦PERSON|Wojciech Kaleta⟧ zaznaczył ⟦POLITICAL_OPINION|członek partii Razem⟧ i prosi o wolne w dniu wyborów, bo jest mężem zaufania.",
    },
]
