"""Hand-written English texts for fresh23: airlines and airports, rail, car rental, relocation, migration NGOs, schools."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # --- support ---
    {
        "kind": "support",
        "text": "My dad has ⟦HEALTH_DATA|dementia⟧ — does the Heathrow T5 fast track voucher still work if my flight BA0287 was moved to Gatwick?",
    },
    {
        "kind": "support",
        "text": "Summarise this special assistance request for the ground handling team at DUB, max 3 bullet points:\n\nPassenger: ⟦PERSON|Oonagh Feeley-Brandt⟧\nBooking ref: QZ7K4M\nFlight: EI 154 DUB-LHR, 14 March\nAssistance code: WCHC\nDetails: ⟦HEALTH_DATA|paraplegic since a climbing accident⟧, travels with own manual wheelchair (folding, 14 kg), needs aisle chair to seat 3C. ⟦HEALTH_DATA|Uses a catheter⟧, may need extra time at security.\nContact on the day: ⟦PHONE_NUMBER|+353 87 614 2290⟧",
    },
    {
        "kind": "support",
        "text": "[09:12] Customer: hi my suitcase didnt arrive on the Lisbon flight last night, PIR is LHRTP48213\n[09:13] Agent ⟦PERSON|Dev⟧: Morning! Sorry about that. I can see the bag was tagged to LIS but scanned in MAD. It's on TP1351 today.\n[09:14] Customer: ok. theres insulin in there for my son, he's ⟦HEALTH_DATA|type 1 diabetic⟧, we only have one pen left\n[09:15] Agent ⟦PERSON|Dev⟧: Understood, I'll flag it as priority and courier it straight to your hotel. Which address?\n[09:16] Customer: Casa do Largo, Rua da Madalena 118, Lisboa. name is ⟦PERSON|Cathal Mwangi-Doyle⟧",
    },
    {
        "kind": "support",
        "text": 'Can you rewrite this reply to sound less robotic? "Your e-scooter deposit of £25.00 will be refunded within 5-7 working days to the original payment method. Ride ID RX-20931-LDN. We apologise for the inconvenience."',
    },
    {
        "kind": "support",
        "text": "From: ⟦PERSON|Priyanka Osei⟧ <⟦EMAIL_ADDRESS|priyanka.osei.home@outlook.com⟧>\nTo: bookings@northcoastcoaches.co.uk\nSubject: Re: Booking NCC-558120 Whitby day trip\n\nHi,\nThanks for confirming. One thing I forgot: my mum is coming and she's ⟦HEALTH_DATA|registered blind⟧, she'll have her guide dog Maisie with her. Is that alright on the coach and can she sit near the front?\nAlso could you charge the balance to the same card as before, ⟦CREDIT_CARD|4217 9536 2488 9052⟧, exp 08/28.\n\nThanks,\n⟦PERSON|Priyanka⟧\n⟦PHONE_NUMBER|07700 914 382⟧\n\n> On 3 Feb, Bookings wrote:\n> Dear Ms ⟦PERSON|Osei⟧, your seats 14A and 14B are confirmed for 22 March.",
    },
    {
        "kind": "support",
        "text": "Classify these EV charging tickets as BILLING, HARDWARE or APP:\n1. Charger CP-4471 at Tesco Extra Swindon shows 'Out of order' since Monday\n2. Charged twice for session 88213-B, 37.20 kWh\n3. App crashes on Android 14 when adding a new RFID card\n4. Connector stuck in car after session, had to call AA",
    },
    {"kind": "support", "text": "What's the cut-off for changing the name on an Avanti West Coast advance ticket?"},
    {
        "kind": "support",
        "text": 'Please draft a reply to this consulate appointment query. The applicant wrote:\n\n"Dear Sir/Madam, I booked an appointment for 11 April at 10:40 for a visa for my husband. My name is ⟦PERSON|Folasade Kowalczyk⟧, my National Insurance number is ⟦UK_NINO|SA824740B⟧ and we live at ⟦STREET_ADDRESS|27 Hartington Road, Leeds LS6 3EH⟧. Can my husband attend instead of me? He was ⟦CRIMINAL_RECORD|convicted of a driving offence in 2019 and served four months⟧ — will that be a problem for the visa?"\n\nKeep it neutral and point to the published guidance, no legal advice.',
    },
    {
        "kind": "support",
        "text": "Our rental car (reg BD72 XKL, agreement 4419023) has a warning light on the dash that looks like a tyre. We're near Inverness, is there a partner garage?",
    },
    # --- hr ---
    {
        "kind": "hr",
        "text": "Crew medical summary for rostering — please turn into a one-paragraph note for the crew scheduler, no medical detail beyond what's needed:\n\nName: ⟦PERSON|Rhiannon Abubakar⟧\nRole: Senior cabin crew, base MAN\nStaff no: 30918\nDOB: ⟦DATE_OF_BIRTH|03/11/1988⟧\nAME outcome: temporarily unfit, ⟦HEALTH_DATA|28 weeks pregnant⟧\nAlso noted: ⟦HEALTH_DATA|gestational diabetes, diet-controlled⟧\nProposed: ground duties (crew room / standby coordination) until maternity leave 1 June",
    },
    {
        "kind": "hr",
        "text": "Minutes — Depot staff forum, Crewe rail maintenance, 6 February\nPresent: depot manager, two shift leads, HR business partner, ⟦PERSON|Tomasz Eghosa⟧ (⟦TRADE_UNION_MEMBERSHIP|RMT rep⟧)\n1. Night-shift rota from April: consultation continues; ⟦PERSON|Tomasz⟧ asked for the fatigue risk assessment to be shared with ⟦TRADE_UNION_MEMBERSHIP|the union⟧.\n2. Locker room refurbishment: done by end of March.\n3. AOB: prayer room request — ⟦PERSON|Haroon Lindqvist⟧ asked for a quiet room for ⟦RELIGIOUS_BELIEF|Friday prayers⟧ during Ramadan; manager to check the old training room.",
    },
    {
        "kind": "hr",
        "text": "CV — ⟦PERSON|Anwen Takahashi-Roe⟧\n⟦EMAIL_ADDRESS|anwen.tr@protonmail.com⟧ | ⟦PHONE_NUMBER|+44 7911 552 018⟧ | Bristol\n\nExperience\n2021–now  Lead driving instructor, RoadSure Driving School, Bristol. Manual and automatic, 9 instructors trained, 92% first-time pass rate in 2024.\n2016–2021 Instructor, BSM franchise, Bath.\nQualifications: ADI Grade A, Fleet driver trainer (ADI register), First aid at work.\nLanguages: English, Welsh, basic Japanese.",
    },
    {
        "kind": "hr",
        "text": "Job advert: Ramp agent, Stansted. Shifts 04:00–12:30 / 12:00–20:30, £13.10/h plus shift allowance, airside pass sponsored, full training on belt loaders and pushback tugs. Apply by 28 February, ref STN-RA-2203.",
    },
    {
        "kind": "hr",
        "text": "Extract name, start date, right-to-work document and PPSN from this new starter form into JSON:\n\nNew starter — Shannon Airport ground services\nFull name: ⟦PERSON|Ciarán Oyelaran-Tighe⟧\nAddress: ⟦STREET_ADDRESS|14 Clonlara Park, Ennis, Co. Clare V95 K2X8⟧\nPPSN: ⟦IE_PPSN|4850984BW⟧\nStart date: 3 March\nRight to work: Irish passport\nBank: AIB, IBAN given to payroll separately\nEmergency contact: ⟦PERSON|Nkechi Oyelaran-Tighe⟧ ⟦PHONE_NUMBER|087 330 4172⟧",
    },
    {
        "kind": "hr",
        "text": "Note for the file, interpreters' agency: ⟦PERSON|Dariusz Ahenkorah⟧ asked not to be booked for the Home Office asylum interviews any more. He said it's because he is ⟦POLITICAL_OPINION|an active member of the opposition party back in Ghana⟧ and he worries about being recognised. Please mark him 'civil & commercial only' in the booking system.",
    },
    {
        "kind": "hr",
        "text": "Staff portrait for the newsletter: meet ⟦PERSON|Gwen Okonjo-Laird⟧ from the lost property desk at Glasgow Central. Fifteen years, thousands of umbrellas, one tuba and a wedding dress that was reunited with its owner two hours before the ceremony. 'The best part is the face people make when the thing they'd given up on comes back.'",
    },
    {
        "kind": "hr",
        "text": "Can you help me word an email to the team lead? One of our relocation consultants, ⟦PERSON|Ifeoma Vasquez-Hale⟧, has asked for every other Friday off for ⟦HEALTH_DATA|IVF appointments⟧ over the next three months and wants it kept private. I want to approve it without saying why.",
    },
    {
        "kind": "hr",
        "text": "Shift swap request Heathrow T3 security lanes: week 9 early shifts, swap lane 4 with lane 7 coverage, approved by duty manager. No overtime.",
    },
    # --- marketing ---
    {
        "kind": "marketing",
        "text": 'Landing page copy, please tighten: "Pilgrimage tours to Lourdes, Fatima and Santiago — small groups, a chaplain on every departure, step-free hotels and a nurse on the coach. From £849 including flights from Manchester and Birmingham. Book by 31 March for 10% off."',
    },
    {
        "kind": "marketing",
        "text": 'Testimonial for the school trips page (she said yes to us using it with her name): "We took 42 Year 9s to Berlin with TrailWise and it was seamless. One of our students is ⟦HEALTH_DATA|autistic⟧ and the team arranged a quiet room at the hostel without any fuss." — ⟦PERSON|Marisol Achterberg⟧, Head of History, Kingsbridge Academy',
    },
    {
        "kind": "marketing",
        "text": "Newsletter — March\n• New: bike share docks at all 14 Metrolink park & ride sites\n• Price freeze on annual passes until 2027\n• Weekend scooter cap raised to 25 km/h in Salford Quays\n• Safety week 17–23 March: free helmet fitting at Piccadilly Gardens\nQuestions? Our partnerships lead ⟦PERSON|Wiremu Castellanos-Hart⟧ is on ⟦PHONE_NUMBER|0161 496 0728⟧",
    },
    {
        "kind": "marketing",
        "text": "Write 3 Instagram captions for our EV charging launch in Cardiff: 12 new 150 kW chargers at Capital Retail Park, contactless, no app needed, 59p/kWh.",
    },
    {
        "kind": "marketing",
        "text": "Case study draft for our relocation agency site — please anonymise before publishing, keep the story:\n\n\"When ⟦PERSON|Bashir Engelbrecht⟧ moved from Johannesburg to Edinburgh with his partner ⟦PERSON|Joost⟧, the hardest part wasn't the visa. As ⟦SEX_LIFE_ORIENTATION|a gay couple⟧ they wanted a neighbourhood where they'd feel at home, and a GP who knew about ⟦HEALTH_DATA|PrEP⟧. Our consultant found them a flat on ⟦STREET_ADDRESS|Leith Walk 212, Edinburgh EH6 8NR⟧ within a week.\"",
    },
    {
        "kind": "marketing",
        "text": "FAQ — Lost luggage\nQ: How long do I have to report a delayed bag? A: Before leaving the baggage hall if possible, otherwise within 21 days.\nQ: What can I claim? A: Reasonable essentials, up to the Montreal Convention limit.\nQ: How do I track it? A: Use your PIR reference on WorldTracer.",
    },
    {
        "kind": "marketing",
        "text": 'Promo email for the integration course: "English for work, 12 weeks, evenings in Luton and Dunstable, free for holders of refugee status, childcare on site. Enrol before 14 April. Ask for ⟦PERSON|Zainab Ferreira-Holm⟧ at the Luton centre."',
    },
    {
        "kind": "marketing",
        "text": 'Translate this Ukrainian parent\'s thank-you note for the international school website into friendly English and shorten it to two sentences. Her name is ⟦PERSON|Oksana Haddad⟧ and she agreed. Original: "Дякуємо школі за те, що мій син, який має ⟦HEALTH_DATA|посттравматичний стресовий розлад⟧ після війни, отримав психолога та теплу підтримку вчителів."',
    },
    {
        "kind": "marketing",
        "text": "Tagline ideas for a customs brokerage: fast clearance at Felixstowe and Southampton, AEO certified, CDS filings in under an hour.",
    },
    # --- docs ---
    {
        "kind": "docs",
        "text": "Special assistance codes (IATA SSR) used in our DCS: WCHR — can walk, needs a wheelchair for distance; WCHS — cannot manage steps; WCHC — completely immobile, needs an aisle chair; BLND — visually impaired; DEAF — hearing impaired; DPNA — disabled passenger needing assistance (intellectual or developmental); MEDA — medical case, needs MEDIF clearance. Codes are added to the PNR at least 48 hours before departure; the handling agent confirms with HK status.",
    },
    {
        "kind": "support",
        "text": "Long email thread to summarise for the asylum casework supervisor — what's been promised, what's still open, and next steps:\n\nFrom: ⟦PERSON|Hamid Rasuli-Brennan⟧ (caseworker)\nTo: supervision@harbourwelcome.org.uk\nSubject: FW: Client ⟦PERSON|Yonas Berhane-Lutz⟧ — housing and appointment\n\nHi ⟦PERSON|Siobhán⟧,\nForwarding below. Quick background: ⟦PERSON|Yonas⟧ is 24, ⟦ETHNIC_ORIGIN|Tigrayan⟧, arrived via Calais in October. His substantive interview is on 19 March in Croydon. He has ⟦HEALTH_DATA|untreated latent TB⟧ (GP referral made) and shows ⟦HEALTH_DATA|signs of depression⟧, sleeps badly. He's also asked us to note he is ⟦RELIGIOUS_BELIEF|Orthodox Christian⟧ because he fears being placed in shared housing with people from the group that attacked his village. I've told him we can't promise that.\nInterpreter: Tigrinya, booked via LinguaBridge, ref LB-77120.\nCurrent address: ⟦STREET_ADDRESS|Flat 3, 88 Whitehorse Road, Croydon CR0 2JH⟧\nPhone: ⟦PHONE_NUMBER|07412 660 193⟧\n\n----- Original message -----\nFrom: ⟦PERSON|Yonas Berhane-Lutz⟧\nSent: 12 February\nDear Mr ⟦PERSON|Hamid⟧, thank you for the help with the letter. The room is very cold and the window does not close. The man in the next room shouts at night. Is it possible to move before my interview? Also the doctor said I must take the tablets for six months, can I take them during the interview day? Thank you, ⟦PERSON|Yonas⟧\n\nThanks, ⟦PERSON|Hamid⟧\nHarbour Welcome — asylum & migration advice, Croydon",
    },
    {
        "kind": "hr",
        "text": "Pls check the tone of this: 'Hi ⟦PERSON|Lachlan⟧, following the fingerprint scan at the new staff gate, your ⟦BIOMETRIC_DATA|fingerprint template⟧ failed to enrol twice. Please come to the ID centre at Gate 2 with your passport so we can issue a PIN card instead.'",
    },
    {
        "kind": "marketing",
        "text": "We're a freight forwarder. Write a LinkedIn post announcing our new weekly LCL service Shenzhen–Tilbury, 28 days port to port, bonded warehouse in Grays.",
    },
    {
        "kind": "docs",
        "text": "Relocation onboarding checklist (internal). Week 1: confirm the assignee's visa route (Skilled Worker, Global Talent, Intra-company), book the biometric residence permit appointment, send the housing questionnaire. Week 2: shortlist three properties per budget band and arrange viewings by video where the assignee is still abroad; check school places if children are relocating (state school applications go through the local council, independent and international schools directly). Week 3: open a bank account with the partner bank, register with a GP practice, exchange the driving licence if the home country is on the designated list (otherwise the assignee may drive for 12 months). Close the file with a satisfaction survey 30 days after arrival.",
    },
]
