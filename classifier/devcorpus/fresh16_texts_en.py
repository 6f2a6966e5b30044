"""Hand-written English texts of the ``fresh16`` split: utilities, public works, transport and industrial sites."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "District heating outage reply please, polite: Block C of Harrowgate Court has no hot water since 06:10, "
        "fault ref DH-55102, crews on site, ETA 15:00.",
    },
    {
        "kind": "support",
        "text": "Priority services register update for the gas emergency desk, turn into a clean record:\n"
        "Customer: ⟦PERSON|Elspeth Grannary⟧\nSupply address: ⟦STREET_ADDRESS|14 Milnrow Close, Rochdale OL16 3TB⟧\n"
        "Phone: ⟦PHONE_NUMBER|07700 914 562⟧\nNeeds: uses a ⟦HEALTH_DATA|home oxygen concentrator⟧, ⟦HEALTH_DATA|partially sighted⟧, "
        "prefers calls not letters. Meter serial E6S11420871921.",
    },
    {
        "kind": "support",
        "text": "can u shorten this for the SMS: 'Planned water mains work on Quarry Lane 9-11 Dec, supply off 09:00-13:00, "
        "bottled water at the depot gate'",
    },
    {
        "kind": "support",
        "text": "Smart meter install complaint, summarise for the ombudsman file:\n\n"
        "From: ⟦EMAIL_ADDRESS|d.okonjo-barr@btinternet.com⟧\n"
        "> Your fitter ⟦PERSON|Ryan Pellow⟧ turned the power off without warning. My son ⟦PERSON|Tobi⟧ is on "
        "⟦HEALTH_DATA|home dialysis⟧ overnight and the machine alarmed for 40 minutes. I told your call centre twice. "
        "I want this on my account notes and a named contact.\n"
        "Account 88140227, job WO-2026-44718.",
    },
    {
        "kind": "support",
        "text": "Which of these bridge-closure notices reads better for the council website? A) 'Tamsin Bridge shut to HGVs "
        "from Monday' B) 'Weight limit on Tamsin Bridge: 7.5 t from 12 January'",
    },
    {
        "kind": "support",
        "text": "Refund request forwarded from the port parking desk, draft an answer:\n"
        "---------- Forwarded message ---------\nFrom: ⟦PERSON|Hamish Torrance⟧ <⟦EMAIL_ADDRESS|hamish.torrance@outlook.com⟧>\n"
        "I was charged twice for bay 41 at the ferry terminal, card ⟦CREDIT_CARD|5583 1436 2842 3446⟧, booking PK-300915, PPSN ⟦IE_PPSN|7537697B⟧ for the resident discount. Please refund "
        "to ⟦IBAN_CODE|IE91 MLFD 2264 9165 6756 22⟧ rather than the card, it has been cancelled.",
    },
    {
        "kind": "support",
        "text": "Tidy this bin-collection chat into a case note (no need to keep the small talk):\n"
        "[08:02] resident: hi my assisted collection stopped again\n[08:03] agent ⟦PERSON|Leanne⟧: sorry! address?\n"
        "[08:03] resident: ⟦STREET_ADDRESS|3 Tolgarth Row, Truro TR1 2QS⟧\n"
        "[08:04] resident: I had ⟦HEALTH_DATA|a hip replacement⟧ in Oct and can't drag the wheelie bin\n"
        "[08:05] agent ⟦PERSON|Leanne⟧: added back to assisted list, crew 7 Tuesday",
    },
    {
        "kind": "support",
        "text": "Classify this fault report for the streetlighting contractor queue: 'Column SL-0418 on Gaskell Road "
        "flickering, door panel missing, cables visible.' Categories: electrical hazard / cosmetic / lamp out.",
    },
    {
        "kind": "support",
        "text": "Rail freight claims desk: write a reply to Ms ⟦PERSON|Adaeze Morfitt⟧ confirming we received her claim "
        "for the damaged pallet (consignment GB-RF-771203) and that the assessor will call her on ⟦PHONE_NUMBER|+44 20 7946 0381⟧.",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Occupational health referral, steelworks hot-strip mill. Rewrite for the shift manager without clinical detail:\n"
        "Employee: ⟦PERSON|Garrett Illingworth⟧, crane driver, NINO ⟦UK_NINO|KB 34 60 53 B⟧\n"
        "Findings: ⟦HEALTH_DATA|noise-induced hearing loss, both ears⟧; ⟦HEALTH_DATA|type 2 diabetes on metformin⟧, "
        "blood sugar stable. Fit for crane cab with hearing protection; no lone night shifts until review on 3 March.",
    },
    {
        "kind": "hr",
        "text": "Make this job ad for a tunnel boring machine operator sound less stiff. Site: Eastern Relief Sewer, "
        "4-on-4-off rota, CSCS card needed, confined-space ticket an advantage.",
    },
    {
        "kind": "hr",
        "text": "Minutes, JNCC meeting, Avonmere Bus Depot, 18 Nov\nPresent: ⟦PERSON|Corrie Haldane⟧ (ops manager), "
        "⟦PERSON|Winston Ajayi⟧ (⟦TRADE_UNION_MEMBERSHIP|Unite branch secretary⟧), ⟦PERSON|Siân Pugh⟧ (HR)\n"
        "1. Duty-schedule change for route 12 agreed subject to ballot.\n"
        "2. ⟦PERSON|Winston⟧ raised the case of a driver dismissed after a ⟦CRIMINAL_RECORD|drink-driving conviction⟧ "
        "outside work; HR to confirm the policy wording.\n3. Prayer room request from drivers observing "
        "⟦RELIGIOUS_BELIEF|Jumu'ah⟧: space behind the canteen from January.\n4. AOB: none.",
    },
    {
        "kind": "hr",
        "text": "Summarise these two CV lines for the framework shortlist: 'Site engineer, 9 yrs, Crossrail and A14; "
        "NEBOSH, SMSTS; chartered ICE 2021.'",
    },
    {
        "kind": "hr",
        "text": "Return-to-work note for the water treatment works, put it in our template:\n"
        "Name: ⟦PERSON|Declan Mulcahey-Roe⟧\nDOB: ⟦DATE_OF_BIRTH|22/07/1983⟧\nAbsence: 6 weeks, ⟦HEALTH_DATA|lumbar disc prolapse⟧\n"
        "Adjustments: no lifting of chlorine drums over 10 kg, phased hours for 4 weeks, "
        "⟦HEALTH_DATA|physiotherapy Tuesdays⟧.",
    },
    {
        "kind": "hr",
        "text": "Draft a polite reply to ⟦PERSON|Kieran Lusk⟧ (⟦EMAIL_ADDRESS|kieran.lusk97@gmail.com⟧) asking if the January intake "
        "is still open. It is; closing date 9 Jan, assessment day at the Thornbury training yard.",
    },
    {
        "kind": "hr",
        "text": "Can you check this equality monitoring export for anything we shouldn't send to the recruiter?\n"
        "ref,role,ethnicity,religion,sexual_orientation,disability\n"
        "A-1187,planner,⟦ETHNIC_ORIGIN|Black Caribbean⟧,⟦RELIGIOUS_BELIEF|Christian⟧,prefer not to say,no\n"
        "A-1192,welder,⟦ETHNIC_ORIGIN|Irish Traveller⟧,none,⟦SEX_LIFE_ORIENTATION|bisexual⟧,no\n"
        "A-1203,QS,White British,⟦RELIGIOUS_BELIEF|Sikh⟧,heterosexual,⟦HEALTH_DATA|dyslexia⟧",
    },
    {
        "kind": "hr",
        "text": "Exit interview, logistics hub night shift, shorten to 3 bullets: 'Leaving for a day job, my ⟦HEALTH_DATA|sleep apnoea⟧ got worse on nights. Liked the team, "
        "hated the scanner guns freezing in the chiller. Would come back for a supervisor role.'",
    },
    {
        "kind": "hr",
        "text": "Chemical park site access: please rewrite this enrolment note as a short checklist for the gatehouse.\n"
        "Contractor ⟦PERSON|Ludmila Harcourt⟧ (scaffolding, Brennan Access Ltd) enrolled on the turnstile reader with "
        "⟦BIOMETRIC_DATA|right and left index fingerprint templates⟧; badge CP-77820. Background screening flagged "
        "⟦CRIMINAL_RECORD|a 2017 conviction for theft from an employer (spent)⟧, site security head ⟦PERSON|Alistair Moyo⟧ approved entry.",
    },
    # -- marketing --------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Write three LinkedIn hooks for our new hydrogen-ready boiler range (HydroFlex 30i), audience: installers.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter blurb: the council's new recycling centre at Penhallow opens on 6 April with a reuse shop, "
        "a van permit scheme and Saturday late opening.",
    },
    {
        "kind": "marketing",
        "text": "Turn this customer quote into a case study intro for our smart-meter team:\n"
        "'Since ⟦PERSON|Noreen Bexley⟧ set up the in-home display for me I can see when the ⟦HEALTH_DATA|stairlift⟧ "
        "and the ⟦HEALTH_DATA|nebuliser⟧ use power, and my bill dropped £18 a month.' - ⟦PERSON|Vernon Gaile⟧, Barnstaple",
    },
    {
        "kind": "marketing",
        "text": "Proofread: 'Our rail freight terminal at Daventry handles 14 trains a day, 24/7, with gauge W10 clearance.'",
    },
    {
        "kind": "marketing",
        "text": "Staff story for the intranet, make it warmer, keep the facts:\n"
        "⟦PERSON|Priya Ranganathan-Cole⟧ joined our grid control room in 2019 after ten years at sea. She chairs our "
        "⟦SEX_LIFE_ORIENTATION|LGBT+⟧ network and lives in Swindon with her ⟦SEX_LIFE_ORIENTATION|wife⟧ ⟦PERSON|Jo⟧. "
        "In her spare time she volunteers for ⟦POLITICAL_OPINION|the Green Party⟧ at local elections.",
    },
    {
        "kind": "marketing",
        "text": "Give me a 20-word radio spot: roadworks on the A38 are finished two weeks early, thanks for your patience.",
    },
    {
        "kind": "marketing",
        "text": "Community fund press release, fix the tone: our wind farm's £40k fund this year paid for a defibrillator "
        "at Llanfair village hall, a mental-health walking group and new kit for the under-11s.",
    },
    {
        "kind": "marketing",
        "text": "Draft a thank-you post for ⟦PERSON|Fergus Quill⟧, our longest-serving lock keeper, retiring after 41 years "
        "on the Kennet navigation.",
    },
    {
        "kind": "hr",
        "text": "Please turn this into a short letter to the employee: ⟦PERSON|Marcus Fairbrother⟧, HGV driver at our Daventry hub, "
        "failed his D4 medical renewal because of ⟦HEALTH_DATA|uncontrolled sleep apnoea⟧; licence group 2 suspended until a "
        "sleep clinic report. Offer yard-shunter duties meanwhile, same pay band.",
    },
    {
        "kind": "support",
        "text": "Genetic counselling note pasted by a grid engineer asking for a leave extension, just tell me which policy applies: "
        "'My test confirmed I carry ⟦GENETIC_DATA|the BRCA2 variant⟧ and I am booked for ⟦HEALTH_DATA|preventive surgery⟧ in February.' "
        "Sender: ⟦PERSON|Harriet Oyelaran⟧, ext. 4471.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Grid operators increasingly use small forecasting models next to classic load-flow tools. A model that "
        "predicts demand per substation is trained on metered consumption, weather and calendar features; it does not "
        "need to know who lives behind a meter. Aggregating at feeder level before training, and keeping the raw "
        "half-hourly readings inside the operator's network, removes most of the privacy risk while keeping accuracy.",
    },
    {
        "kind": "docs",
        "text": "Configuring the ingestion queue: set the batch size to match the largest work order you expect, enable "
        "retries with exponential backoff, and route documents that fail schema validation to a dead-letter queue. "
        "The worker reads its API key from the environment at start-up; rotating the key requires a restart of the pool.",
    },
]
