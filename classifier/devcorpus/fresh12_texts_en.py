"""Hand-written English texts of the ``fresh12`` split: prompts and pasted material from crewing, rescue, spa and insurance desks."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Rewrite this more politely pls: 'your claim PET-2026-08813 is still pending because the vet invoice is missing, stop calling us'",
    },
    {
        "kind": "support",
        "text": "Classify this complaint form into billing / app / damage / other, answer with one word.\n\n"
        "--- Complaint form (car-sharing) ---\nBooking ref: CS-7731-ROT\nVehicle: Zoe 52 kWh, plate hidden\n"
        "What happened: the app charged me 3 extra hours because the car did not lock at Kop van Zuid, I waited 40 min on the phone.\n"
        "Desired outcome: refund of the extra hours\n--- end ---",
    },
    {
        "kind": "support",
        "text": "Summarise this accident report for the claims handler, keep driver details.\n\n"
        "Member: ⟦PERSON|Oluwaseun Hartigan-Reyes⟧\nMember phone: ⟦PHONE_NUMBER|+44 7700 918342⟧\nLicence holder since 2011\n"
        "Location: roundabout at ⟦STREET_ADDRESS|14 Coldharbour Lane, Bristol BS16 1QY⟧ (he gave his home address too, same street)\n"
        "Statement: 'The other car came from the left without indicating, I braked but hit the rear bumper. "
        "Nobody injured but I have ⟦HEALTH_DATA|whiplash⟧ since yesterday and my GP gave me ⟦HEALTH_DATA|naproxen⟧.'\n"
        "Third party: ⟦PERSON|Grainne Molloy⟧, reg unknown, insurer Aviva (she said)",
    },
    {
        "kind": "support",
        "text": "Voice assistant transcript, turn it into a ticket title + 2 lines:\n"
        "USER: hey ok so I need to uh book the small hall at Riverside sports centre for thursday futsal\n"
        "ASSISTANT: Sure. Which Thursday and what time?\nUSER: the 12th eh seven to nine pm, twelve players\n"
        "ASSISTANT: The small hall is free 19:00-21:00 on the 12th. Shall I reserve it under your club account?\n"
        "USER: yeah the club account, Riverside Vets FC, it's under ⟦PERSON|Aidan Mulhearn⟧",
    },
    {
        "kind": "support",
        "text": "From: ⟦PERSON|Declan Ashworth-Obi⟧ <⟦EMAIL_ADDRESS|d.ashworth.obi@fastmail.co.uk⟧>\nTo: claims@pawsure.example\n"
        "Subject: Re: Re: Claim for Biscuit (policy PS-448120)\n\n"
        "Hi again, attaching the invoice from the vet. Refund can go to ⟦IBAN_CODE|GB17 HEMH 7854 4869 7361 74⟧ like last time. "
        "Biscuit is fine now, the lump was benign.\n\nCheers, ⟦PERSON|Declan⟧\n\n> On 3 Nov, Pawsure Claims wrote:\n> We need the itemised invoice.\n\n"
        "--\nThis email and any attachments are confidential and intended solely for the addressee. If you received it in error, delete it.",
    },
    {
        "kind": "support",
        "text": "is the library open on bank holiday monday? my reader card number is LB-00931772 if it matters",
    },
    {
        "kind": "support",
        "text": "Please draft a reply to this patient of the cardiac monitoring service, warm tone, no medical advice:\n\n"
        '"Hello, this is ⟦PERSON|Margaret Tolhurst⟧, patient ID CTM-55102. The patch you sent keeps beeping at night. '
        "I have ⟦HEALTH_DATA|atrial fibrillation⟧ and since the ⟦HEALTH_DATA|ablation⟧ in September I'm nervous when it alarms. "
        'Can someone call me on ⟦PHONE_NUMBER|01632 960 448⟧ before 6? Thanks"',
    },
    {
        "kind": "support",
        "text": "Turn this into 3 FAQ entries for the wine-tour site: cancellations up to 48h before are free, minibus leaves from the Piazza at 9:30, "
        "tasting includes 5 wines and bread with olive oil, kids under 12 get grape juice, tours run in EN/IT/ES.",
    },
    {
        "kind": "support",
        "text": "Mountain rescue desk, incident log entry — extract JSON {name, dob, injuries, location}:\n"
        "17:42 call from walker re casualty ⟦PERSON|Tomasz Fairweather⟧ (DOB ⟦DATE_OF_BIRTH|04/02/1969⟧), fall on scree below Pen y Fan north face, "
        "suspected ⟦HEALTH_DATA|fractured left ankle⟧, conscious, he is ⟦HEALTH_DATA|type 1 diabetic⟧ and has insulin with him. "
        "Grid ref SO 012 216. Team 3 dispatched 17:50.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Crew rota for MV Nordic Tern — make it a Markdown table sorted by rank:\n\n"
        "| Rank | Name | Embark | Notes |\n|---|---|---|---|\n| 2nd Officer | ⟦PERSON|Rafael Quisumbing⟧ | Rotterdam 03/01 | STCW renewed |\n"
        "| Master | ⟦PERSON|Ivan Petrakis-Long⟧ | Rotterdam 03/01 | |\n| AB | ⟦PERSON|Jomar Dela Paz⟧ | Gdynia 10/01 | ⟦HEALTH_DATA|colour-vision deficiency⟧, lookout duty restricted |\n"
        "| Cook | ⟦PERSON|Mehmet Karakoyunlu⟧ | Gdynia 10/01 | ⟦RELIGIOUS_BELIEF|halal⟧ galley setup, ⟦RELIGIOUS_BELIEF|observes Ramadan⟧ |",
    },
    {
        "kind": "hr",
        "text": "Write a job ad for seasonal ski instructors (BASI level 2 minimum), 4 months, staff accommodation, "
        "season pass included, English and one more language a plus. Keep it under 120 words.",
    },
    {
        "kind": "hr",
        "text": "Call centre QA review, rewrite for the agent in a coaching tone:\n\nAgent: ⟦PERSON|Priyanka Selvaraj⟧ | Reviewer: ⟦PERSON|Connor McAleese⟧\n"
        "Call 2026-10-14 09:12, score 61/100. Did not verify caller identity before reading out the policy address. "
        "Interrupted the customer 4x. Agent mentioned on the call that she 'can't focus today, my ⟦HEALTH_DATA|ADHD⟧ meds ran out' — not appropriate to share with customers.\n"
        "Note: agent is ⟦TRADE_UNION_MEMBERSHIP|CWU rep for the floor⟧, loop in HR before the feedback meeting.",
    },
    {
        "kind": "hr",
        "text": "New starter form — seasonal harvest crew, check it is complete:\nName: ⟦PERSON|Ciarán Oyelaran⟧\nPPSN: ⟦IE_PPSN|4157276GW⟧\n"
        "Bank: ⟦IBAN_CODE|IE27 LIAJ 7366 4546 0736 11⟧\nEmergency contact: sister, ⟦PHONE_NUMBER|+353 87 412 6630⟧\n"
        "Medical: ⟦HEALTH_DATA|asthma, uses inhaler⟧\nStart: 6 Nov, olive grove team B",
    },
    {
        "kind": "hr",
        "text": "Summarise the labour inspectorate's visit for the board, 5 bullets:\n"
        "Inspection ref LI/2026/3381 at the bottling plant. Findings: two forklifts without up-to-date checks, rest-break records incomplete for October, "
        "fire exit partly blocked by pallets, PPE available but not worn in the pressing room. One seasonal worker, ⟦PERSON|Florin Cărăbaș⟧, said the foreman calls him names because he is ⟦ETHNIC_ORIGIN|Roma⟧. Follow-up visit within 30 days. No fines yet.",
    },
    {
        "kind": "hr",
        "text": "Draft a reference letter for ⟦PERSON|Wilhelmina Oyinlola-Barr⟧, our former spa receptionist: 3 years, reliable, great with elderly guests, trained new staff on the booking system.",
    },
    {
        "kind": "hr",
        "text": "Is it ok to keep this in the crewing file? 'Seafarer ⟦PERSON|Aurelio Bantugan⟧, NINO ⟦UK_NINO|NW647498A⟧, "
        "⟦CRIMINAL_RECORD|convicted 2019 for smuggling cigarettes (suspended sentence)⟧, declared at interview.'",
    },
    {
        "kind": "hr",
        "text": "Psychiatric day clinic rota, week 47 — who covers Tuesday group?\n\n| Day | AM | PM |\n|---|---|---|\n| Mon | consultant | OT team |\n"
        "| Tue | (vacant) | consultant |\n| Wed | Nurse lead | Art therapy |\n| Thu | registrar | OT team |\n| Fri | Nurse lead | review meeting |",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "3 push notification variants for the ski school app, max 60 chars, fresh snow this weekend, 15% off private lessons with code POWDER15.",
    },
    {
        "kind": "marketing",
        "text": "A/B test copy for the thermal spa landing page:\nA: 'Prescribed cures with our mineral water — rheumatism, back pain and respiratory programmes, covered by most health funds.'\n"
        "B: 'Your doctor prescribed a thermal cure? We handle the paperwork, you enjoy 12 days at 38°C.'\nWhich one is clearer for 65+ readers?",
    },
    {
        "kind": "marketing",
        "text": "Edit this customer review for our testimonials page, shorten to 2 sentences:\n"
        "'We did the Langhe tour in September, 5 wineries in one day and the lunch was amazing. My husband ⟦PERSON|Bartholomew Kinsella⟧ "
        "can't drink because he's ⟦HEALTH_DATA|in recovery from alcoholism⟧ and they had non-alcoholic options at every stop, really thoughtful. — ⟦PERSON|Noreen Kinsella⟧'",
    },
    {
        "kind": "marketing",
        "text": "Newsletter blurb for the library: new makerspace with 3D printer, free for card holders, booking via the app, workshops on Saturdays 10–12.",
    },
    {
        "kind": "marketing",
        "text": "Case study draft for the cardiac monitoring service — check tone:\n'When ⟦PERSON|Harold Bexley-Mensah⟧, 71, from ⟦STREET_ADDRESS|22 Albany Road, Leamington Spa⟧ got his "
        "⟦HEALTH_DATA|pacemaker⟧ in March, his daughter worried about the nights. Our 24/7 team spotted ⟦HEALTH_DATA|bradycardia episodes⟧ twice and called his cardiologist.'",
    },
    {
        "kind": "marketing",
        "text": "Write a short Instagram caption: our pet insurance now covers hydrotherapy and dental for dogs over 8, claims paid in 5 days on average.",
    },
    {
        "kind": "marketing",
        "text": "Marriage-prep course flyer for the diocese, make it friendlier: 'Course MPC-Autumn runs six Tuesday evenings in the parish hall, "
        "for couples marrying in church in 2027. Topics: communication, money, family of origin, the sacrament. Registration at the parish office.'",
    },
    {
        "kind": "marketing",
        "text": "Proofread this donor thank-you for mountain rescue: 'Thanks to supporters like ⟦PERSON|Lindiwe Abernethy⟧ (⟦EMAIL_ADDRESS|lindiwe.abernethy@btinternet.com⟧), "
        "who gave after our team carried her out with a ⟦HEALTH_DATA|broken pelvis⟧ last winter, we bought a new stretcher.'",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Retrieval-augmented generation reduces hallucination when the retriever returns passages that actually answer the question. "
        "In practice, chunk size matters more than the embedding model: chunks of 300 to 500 tokens with 10 % overlap tend to keep a definition "
        "and its example together. Evaluate retrieval separately (recall@k against a labelled set) before judging the generator, otherwise "
        "a weak index looks like a weak model.",
    },
    {
        "kind": "docs",
        "text": "## Rate limits\n\nEach API key may send 60 requests per minute and 1,000,000 tokens per day. When a limit is reached the API answers "
        "`429 Too Many Requests` with a `Retry-After` header in seconds. Clients should back off exponentially with jitter and must not retry "
        "requests that returned `400`. Batch endpoints count one request per item.",
    },
]
