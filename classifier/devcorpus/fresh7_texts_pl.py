"""Hand-written Polish texts of the ``fresh7`` split: chat prompts, forms and pasted material from services."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "czy da się odebrać auto na lotnisku w Pyrzowicach o 5:30? rezerwacja KTW-22871, lot z Eindhoven ląduje 5:05",
    },
    {
        "kind": "support",
        "text": """Przepisz dane z karty uczestnika do tabeli (imię i nazwisko; PESEL; data urodzenia; zdrowie; dieta; telefon):

WYCIECZKA OBJAZDOWA GRUZJA - 10 dni - nr umowy GE-2026-0317
Imię i nazwisko: ⟦PERSON|Bożena Chmielarczyk⟧
PESEL: ⟦PL_PESEL|77062876825⟧
Data urodzenia: ⟦DATE_OF_BIRTH|28.06.1977⟧
Telefon: ⟦PHONE_NUMBER|+48 601 338 274⟧
Stan zdrowia / potrzeby: ⟦HEALTH_DATA|cukrzyca typu 1⟧, ⟦HEALTH_DATA|pompa insulinowa⟧ - prosi o lodówkę w pokoju
Dieta: bezglutenowa
Ubezpieczenie KL: rozszerzone o choroby przewlekłe""",
    },
    {
        "kind": "support",
        "text": """Summarise this letter in English for the collections supervisor and say if the debtor qualifies for our 90-day hardship pause:

Dotyczy: sprawa nr WIN/2025/118034 - zadłużenie wobec Telkomix

Szanowni Państwo,

otrzymałem Państwa wezwanie do zapłaty z 7 listopada. Nie kwestionuję długu w kwocie 1 640 zł, ale w sierpniu przeszedłem ⟦HEALTH_DATA|udar niedokrwienny⟧ i do dziś mam ⟦HEALTH_DATA|niedowład prawej ręki⟧. Jestem na zasiłku rehabilitacyjnym i czekam na orzeczenie z ZUS.

Proponuję spłatę po 60 zł miesięcznie od lutego, przelewem z rachunku ⟦IBAN_CODE|PL60 0400 2103 8006 4232 3626 7199⟧. Mój PESEL: ⟦PL_PESEL|68013048213⟧.

Proszę nie dzwonić do mojej żony, ona o niczym nie wie. Kontakt tylko pod numerem ⟦PHONE_NUMBER|512 907 336⟧ albo listownie.

Z poważaniem
⟦PERSON|Zbigniew Pawlikowski⟧
⟦STREET_ADDRESS|ul. Kościuszki 64/12, 40-048 Katowice⟧""",
    },
    {
        "kind": "support",
        "text": """Streść rozmowę do zgłoszenia w dziale nadużyć (sprawa NAD-77420):

Konsultantka ⟦PERSON|Agnieszka⟧: Dział bezpieczeństwa, ⟦PERSON|Agnieszka⟧, w czym mogę pomóc?
Klient: Dzień dobry, ⟦PERSON|Mirosław Stępień⟧. Od wczoraj nie mam zasięgu, a bank przysłał mi kod do nowego urządzenia, którego nie zamawiałem.
Konsultantka ⟦PERSON|Agnieszka⟧: Proszę podać numer telefonu.
Klient: ⟦PHONE_NUMBER|698 221 405⟧.
Konsultantka ⟦PERSON|Agnieszka⟧: Widzę wydanie duplikatu karty SIM wczoraj o 18:22 w salonie w Radomiu. Blokuję go i zakładam hasło do konta. Proszę zgłosić sprawę na policję.""",
    },
    {
        "kind": "support",
        "text": "Czy wysyłacie paczkomatem leki, które trzeba trzymać w lodówce? zamówienie AP-55120, chodzi o probiotyk, który ma być w chłodzie",
    },
    {
        "kind": "support",
        "text": "Falownik pokazuje błąd 'Grid overvoltage' prawie codziennie w południe, instalacja PV-KR-2291, 8 kWp. Napisz klientowi, jak zgłosić to do operatora sieci.",
    },
    {
        "kind": "support",
        "text": """Napisz uprzejmą odpowiedź z listą dokumentów:

Kancelaria parafialna - prośba o zaświadczenie dla chrzestnego
Imię i nazwisko: ⟦PERSON|Dawid Szczepankiewicz⟧
Data urodzenia: ⟦DATE_OF_BIRTH|02.11.1991⟧
Wyznanie: ⟦RELIGIOUS_BELIEF|rzymskokatolickie⟧, bierzmowany w 2007 w parafii św. Jadwigi
Chrzest dziecka: parafia Najświętszego Serca Pana Jezusa we Wrocławiu, 18 stycznia
Uwagi: mieszka obecnie w Dublinie, prosi o wysłanie zaświadczenia mailem na ⟦EMAIL_ADDRESS|dawid.szczepankiewicz@o2.pl⟧""",
    },
    {
        "kind": "support",
        "text": "Jakie dokumenty musi przynieść ⟦PERSON|Zdzisław Kubacki⟧ na podpisanie umowy darowizny mieszkania dla syna? Termin 15.12, godz. 11:00, kancelaria na Piotrkowskiej.",
    },
    {
        "kind": "support",
        "text": """Draft a polite reply in Polish to the customer below. Facts: the parcel was returned by the locker operator on 27.11 because it was not collected; we can resend it free of charge today; prescription medicines cannot go to a parcel locker, only courier delivery.

Od: ⟦EMAIL_ADDRESS|jadwiga.kurzawa56@onet.pl⟧
Do: pomoc@apteka-zdrowie-online.example
Temat: Re: Zamówienie APZ-2025-448109 - zwrot przesyłki???

Dzień dobry,

piszę już drugi raz. Zamówiłam 12 listopada ⟦HEALTH_DATA|Euthyrox N 75⟧ i ⟦HEALTH_DATA|Bisocard 2,5⟧ na e-receptę, zapłaciłam kartą (końcówka 4471) i dostałam SMS, że paczka jest w paczkomacie. Poszłam tam następnego dnia i paczki nie było. Teraz widzę w aplikacji "zwrot do nadawcy".

Mam ⟦HEALTH_DATA|niedoczynność tarczycy⟧ i ⟦HEALTH_DATA|nadciśnienie⟧, nie mogę zostać bez leków. Została mi tabletka na dwa dni. Proszę o pilne wysłanie kurierem na adres ⟦STREET_ADDRESS|ul. Grunwaldzka 19/4, 80-236 Gdańsk⟧, a nie do paczkomatu.

Pani ⟦PERSON|Ewelina⟧ z infolinii obiecała, że ktoś oddzwoni, ale nikt nie zadzwonił. Mój numer: ⟦PHONE_NUMBER|605 772 318⟧.

Z poważaniem
⟦PERSON|Jadwiga Kurzawa⟧

> W dniu 20.11.2025 Apteka Zdrowie Online napisała:
> Dziękujemy za zamówienie APZ-2025-448109. Przesyłka została nadana, numer śledzenia 6802 1147 3390 2218 5561.""",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Uporządkuj notatkę z porady prawnej (fakty, daty, dalsze kroki):

Porada telefoniczna 26.11, 13:15
Członkini: ⟦PERSON|Renata Wasilewska⟧, ⟦TRADE_UNION_MEMBERSHIP|członkini NSZZ „Solidarność”⟧ od 2010, kasjerka w markecie w Lublinie
Problem: po powrocie z 4-miesięcznego L4 z powodu ⟦HEALTH_DATA|depresji⟧ kierowniczka ⟦PERSON|Jolanta Maciejak⟧ przeniosła ją na nocną zmianę do magazynu i zabrała premię kwartalną. Powiedziała przy koleżankach: "na kasie potrzebujemy ludzi, na których można polegać".
Pani ⟦PERSON|Renata⟧ bierze ⟦HEALTH_DATA|sertralinę⟧ i psychiatra zalecił unikanie pracy w nocy (jest zaświadczenie).
Kroki: pismo do pracodawcy o przywrócenie do poprzednich warunków, wniosek o wgląd do regulaminu premiowania, ewentualnie skarga do PIP.
Oddzwonić: ⟦PHONE_NUMBER|81 532 44 19⟧ po 16:00.""",
    },
    {
        "kind": "hr",
        "text": """Dodaj tłumaczkę do bazy (imię i nazwisko; języki; kontakt; dostępność):

⟦PERSON|Olena Kovalchuk-Rudnicka⟧ - tłumacz przysięgły języka ukraińskiego i rosyjskiego (nr TP/114/19)
E-mail: ⟦EMAIL_ADDRESS|olena.kovalchuk.tp@gmail.com⟧
Tel.: ⟦PHONE_NUMBER|731 008 642⟧
PESEL: ⟦PL_PESEL|86041207343⟧
Dostępność: przesłuchania na policji, sąd rejonowy i okręgowy w Poznaniu, dyżury weekendowe""",
    },
    {
        "kind": "hr",
        "text": "Napisz ogłoszenie: koordynator/ka kurierów rowerowych w Krakowie, obsługa zgłoszeń przez czat, 3/4 etatu, angielski komunikatywny.",
    },
    {
        "kind": "hr",
        "text": "przeredaguj oficjalnie do kadr: '⟦PERSON|Kasia⟧ jest na L4 do piątku, ⟦HEALTH_DATA|zapalenie oskrzeli⟧, zwolnienie poszło przez ZUS'",
    },
    {
        "kind": "hr",
        "text": """Ułóż grafik wolontariuszy na sobotni stolik przy Rynku:

⟦PERSON|Igor Sobczak⟧ - ⟦POLITICAL_OPINION|członek partii Razem⟧ od 2016, 10-12
⟦PERSON|Weronika Dziedzic⟧ - sympatyczka, 12-14
⟦PERSON|Teodor Lis⟧ - ⟦POLITICAL_OPINION|radny z ramienia Lewicy⟧, przynosi namiot i ulotki""",
    },
    {
        "kind": "hr",
        "text": """Streść protokół w 4 punktach:

Spotkanie kierowników punktów - Kawiarnia & Cowork Przystań - 25.11
- Nowe godziny: pon.-pt. 7:30-20:00
- Karnet 10 wejść drożeje do 199 zł od stycznia
- Zmiana dostawcy mleka roślinnego
- Szkolenie z obsługi ekspresu 4.12""",
    },
    {
        "kind": "hr",
        "text": """Pomóż mi odpowiedzieć kurierowi, którego konto zablokowano. Zasada: wyroki za przestępstwa drogowe z ostatnich 3 lat wykluczają jazdę samochodem, ale nie rowerem.

Kurier: ⟦PERSON|Patryk Olejniczak⟧, ID K-40788
Zaświadczenie z KRK: ⟦CRIMINAL_RECORD|skazany w 2022 r. za prowadzenie pojazdu w stanie nietrzeźwości (art. 178a § 1 kk)⟧, zakaz prowadzenia pojazdów do 2025
Wiadomość: "Zakaz już minął, a i tak jeżdżę rowerem. Proszę o odblokowanie."
""",
    },
    {
        "kind": "hr",
        "text": "Napisz przypomnienie dla koordynatorek kliniki: szkolenie z RODO w czwartek o 14:00, sala 2, obecność obowiązkowa. Podpis: ⟦PERSON|Halina Gąsiorowska⟧, kierowniczka rejestracji.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Tekst zaproszenia na dzień otwarty kliniki leczenia niepłodności: in vitro, inseminacja, diagnostyka męska, raty 0%, sobota 10-14.",
    },
    {
        "kind": "marketing",
        "text": """Skróć tę historię do 60 słów na stronę (pacjentka podpisała zgodę):

"Po trzech poronieniach okazało się, że mąż jest nosicielem ⟦GENETIC_DATA|translokacji zrównoważonej⟧. Dzięki ⟦HEALTH_DATA|in vitro⟧ z diagnostyką preimplantacyjną w końcu mamy ⟦PERSON|Zosię⟧." - ⟦PERSON|Marta Grabarczyk⟧, Łódź""",
    },
    {
        "kind": "marketing",
        "text": "Trzy hasła na otwarcie naszej kawiarni z coworkingiem na Kazimierzu: biurko za 35 zł dziennie, kawa z alternatywy, budki do rozmów, zniżka dla studentów.",
    },
    {
        "kind": "marketing",
        "text": """Write a short thank-you message in Polish for each guest of Friday's event, with code RANDKA15:

imie_nazwisko,email,wydarzenie,orientacja
⟦PERSON|Kamil Borowczyk⟧,⟦EMAIL_ADDRESS|kamil.borowczyk@wp.pl⟧,Speed dating 28.11,⟦SEX_LIFE_ORIENTATION|gej⟧
⟦PERSON|Mateusz Frąckowiak⟧,⟦EMAIL_ADDRESS|m.frackowiak@interia.pl⟧,Speed dating 28.11,⟦SEX_LIFE_ORIENTATION|biseksualny⟧""",
    },
    {
        "kind": "marketing",
        "text": """Zrób z notatek case study do newslettera (klient zgodził się na podanie nazwiska):

Klient: ⟦PERSON|Henryk Zawadzki⟧, ⟦STREET_ADDRESS|ul. Leśna 27, 05-500 Piaseczno⟧
Instalacja: 16 paneli, 7 kWp, magazyn energii 10 kWh, maj 2025
Efekt: rachunek z 420 zł na 90 zł za dwa miesiące
Cytat: "Montaż w jeden dzień, ekipa posprzątała po sobie.\"""",
    },
    {
        "kind": "marketing",
        "text": "Post na Facebooka gabinetu ortodontycznego: konsultacja gratis w styczniu, nakładki przezroczyste dla dorosłych, raty bez odsetek.",
    },
    {
        "kind": "marketing",
        "text": "Opis oferty: pielgrzymka autokarowa z Krakowa do Częstochowy i Lichenia, 3 dni, opieka księdza, noclegi w domach pielgrzyma, miejsca dla osób z niepełnosprawnością.",
    },
    {
        "kind": "marketing",
        "text": "Przypomnienie dla ⟦PERSON|Grażyny Pietrzykowskiej⟧: karta ⟦CREDIT_CARD|5641 9899 0136 5328⟧ przypisana do subskrypcji apteki wygasa w grudniu, prosimy o aktualizację w aplikacji.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Halucynacje modeli językowych - skąd się biorą

Model językowy przewiduje kolejne słowa na podstawie wzorców z danych treningowych, a nie sprawdza faktów. Dlatego potrafi z pełnym przekonaniem podać nieistniejący przepis prawa albo zmyśloną publikację. Ryzyko maleje, gdy model dostaje w prompcie źródła i polecenie, by odpowiadał tylko na ich podstawie, a gdy odpowiedzi nie ma w źródłach - by to przyznał. W zastosowaniach prawnych i medycznych każda odpowiedź powinna być sprawdzana przez człowieka.""",
    },
]
