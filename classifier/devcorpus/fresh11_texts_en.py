"""Hand-written English texts of the ``fresh11`` split: prompts with pasted forms, chats, minutes and letters."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Summarise this glucose-sensor ticket for the L2 queue, two lines max:\n"
        "Ticket GS-448120 | Device: Lumiq G3 sensor, app 5.8.2 (Android 14)\n"
        "Customer: ⟦PERSON|Rosalind Achebe-Hart⟧, ⟦EMAIL_ADDRESS|ros.achebehart@fastmail.co.uk⟧\n"
        "\"My sensor keeps dropping signal after 9 days. I'm on ⟦HEALTH_DATA|type 1 diabetes⟧ and use ⟦HEALTH_DATA|insulin glargine⟧ at night "
        'so the low alarms really matter, I had two false lows last week. Replacement please, lot no. LQ-23-0917."',
    },
    {
        "kind": "support",
        "text": "Reply to this customer, friendly, say the firmware fix ships in 5.8.3 and no data was lost:\n"
        "> Hi, since the update on Tuesday the graph shows gaps between 02:00 and 04:00.\n"
        "> Is that the app or the sensor? Serial LQ3-0088-1742.\n"
        "> Thanks, K.",
    },
    {
        "kind": "support",
        "text": "what does error E-217 mean on the Lumiq reader? customer says it appears after warm-up",
    },
    {
        "kind": "support",
        "text": "Draft a short answer to this enquiry from our clinical-trial recruitment inbox. Don't promise eligibility.\n\n"
        "From: ⟦PERSON|Declan Oyelaran⟧ <⟦EMAIL_ADDRESS|d.oyelaran77@gmail.com⟧>\n"
        "Subject: RENEW-HF study\n\n"
        "Hello, my GP mentioned your heart failure study. I was diagnosed with ⟦HEALTH_DATA|heart failure with reduced ejection fraction⟧ "
        "last spring and I'm already on ⟦HEALTH_DATA|sacubitril/valsartan⟧. I'm 58 and live in Leeds. Could someone call me on "
        "⟦PHONE_NUMBER|07700 914 382⟧ after 5pm? Cheers, ⟦PERSON|Declan⟧",
    },
    {
        "kind": "support",
        "text": "Classify these recruitment-desk enquiries as ELIGIBLE_CHECK / TRAVEL / OTHER and return JSON.\n"
        "1. Do you reimburse train tickets to the Sheffield site?\n"
        "2. Is the RENEW-HF visit schedule available as a PDF?\n"
        "3. Can my husband come with me to the screening visit?\n"
        "4. What's the parking situation at Building C?\n"
        "5. Hi it's ⟦PERSON|Eileen Strachan-Moyo⟧, I have ⟦HEALTH_DATA|Parkinson's⟧ (diagnosed 2022), am I too old at 71? ring me ⟦PHONE_NUMBER|0113 496 0728⟧",
    },
    {
        "kind": "support",
        "text": "Fix the grammar, keep it formal. This is a visa support letter from our language school:\n\n"
        "To whom it may concern,\n"
        "This letter is to confirm that Mr ⟦PERSON|Farid Lockhart-Nazari⟧, born ⟦DATE_OF_BIRTH|14/03/2001⟧, passport no. on file, "
        "is enroled at Thamesbridge English Academy for a 24-week General English course (20 h/week) starting 12 January. "
        "Course fees of £4,860 has been paid in full. He will be lodging with a homestay host at ⟦STREET_ADDRESS|41 Cranmore Avenue, Reading RG2 7HN⟧.\n"
        "Yours faithfully, Admissions",
    },
    {
        "kind": "support",
        "text": "Can you turn this WhatsApp export into a neat ticket summary? It's the citizens' assembly helpdesk phone.\n\n"
        "[03/11/2026, 18:42] ⟦PERSON|Bronagh Teague⟧: Hi, I'm one of the assembly members, can't make Saturday's session in person\n"
        "[03/11/2026, 18:43] ⟦PERSON|Bronagh Teague⟧: I'm having ⟦HEALTH_DATA|chemotherapy⟧ on Friday and the day after is rough\n"
        "[03/11/2026, 18:50] Assembly Secretariat: So sorry to hear that ⟦PERSON|Bronagh⟧. You can join online, link comes Friday\n"
        "[03/11/2026, 18:51] ⟦PERSON|Bronagh Teague⟧: brilliant thank you. will the £60 honorarium still be paid?\n"
        "[03/11/2026, 18:55] Assembly Secretariat: Yes, online attendance counts in full",
    },
    {
        "kind": "support",
        "text": "Write a 3-bullet FAQ entry: how assembly members claim travel expenses. Form EXP-2, receipts by the 10th, paid within 15 working days.",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Tidy up these minutes from the prison education programme staff meeting (HMP Ashcombe), keep decisions and actions:\n\n"
        "Present: ⟦PERSON|Imogen Sayers⟧ (chair), ⟦PERSON|Tobias Fairweather⟧, ⟦PERSON|Priyanka Haldane⟧, Learning Support (2)\n"
        "1. Level 2 maths cohort - 11 learners, 3 withdrew after transfers.\n"
        "2. ⟦PERSON|Tobias⟧ back from leave on 2 Feb, phased return agreed after his ⟦HEALTH_DATA|hip replacement⟧.\n"
        "3. Security vetting renewals due for all tutors by end of Q1 - ⟦PERSON|Priyanka⟧ to chase the list.\n"
        "4. AOB: laptop trolley in B wing broken again, ticket raised (ESTATES-5521). Library kiosk still can't enrol "
        "⟦PERSON|Imogen⟧'s ⟦BIOMETRIC_DATA|fingerprint template⟧, IT says re-scan on Monday.",
    },
    {
        "kind": "hr",
        "text": "Rewrite this reference request politely, we're the prison education provider:\n"
        "Applicant: ⟦PERSON|Winston Adeyemi-Clarke⟧ | Role: Peer Mentor Coordinator\n"
        "Note from vetting: applicant disclosed a ⟦CRIMINAL_RECORD|2014 conviction for possession with intent to supply⟧, spent under the "
        "ROA 1974; lived experience is an asset for this role. Please confirm dates of employment at Redgate Housing Trust only.",
    },
    {
        "kind": "hr",
        "text": "New tutor onboarding form - please convert to the HRIS CSV format (name;email;ni;start;bank):\n"
        "Name: ⟦PERSON|Niamh Okonkwo-Reilly⟧\n"
        "Personal email: ⟦EMAIL_ADDRESS|niamh.okr@protonmail.com⟧\n"
        "Mobile: ⟦PHONE_NUMBER|+44 7911 203 655⟧\n"
        "NI number: ⟦UK_NINO|PL576562A⟧\n"
        "Start date: 06/04/2026\n"
        "Bank (IBAN, she banks in Ireland): ⟦IBAN_CODE|IE95 PMMS 2011 7689 7305 30⟧\n"
        "Adjustments: ⟦HEALTH_DATA|dyslexia⟧ - needs handouts in advance",
    },
    {
        "kind": "hr",
        "text": "Make this job ad for a Football Academy Physio sound less corporate:\n"
        "The Academy is seeking an HCPC-registered physiotherapist to support U9-U18 squads. Duties include pre-season screening, "
        "injury management, return-to-play protocols and liaison with parents. 37.5h, some weekends. Salary band AC-4.",
    },
    {
        "kind": "hr",
        "text": "Summarise for the academy welfare lead. Keep names, it's internal.\n"
        "Youth medical – U16 squad, Oct 2026\n"
        "- ⟦PERSON|Kayden Mwale-Price⟧: ⟦HEALTH_DATA|Osgood-Schlatter⟧ left knee, load reduced 2 wks\n"
        "- ⟦PERSON|Rory Pemberton⟧: ECG flagged ⟦HEALTH_DATA|Wolff-Parkinson-White pattern⟧, referred to cardiology, no contact training until cleared\n"
        "- ⟦PERSON|Ibrahim Sesay⟧: cleared, asthma plan updated (generic note: inhaler pitchside)\n"
        "- rest of squad: cleared",
    },
    {
        "kind": "hr",
        "text": "Shorten this leave policy paragraph to under 60 words: Staff at the recruitment desk may request up to two days of paid "
        "study leave per quarter for GCP refresher training. Requests go through the line manager in the rota tool at least 14 days "
        "in advance; cover is arranged by the desk lead.",
    },
    {
        "kind": "hr",
        "text": "translate into plain English for a payroll query: employee ⟦PERSON|Callum Ferreira-Boyd⟧ PPSN ⟦IE_PPSN|9780466H⟧ says his "
        "emergency tax code is still on after moving from the Dublin office. His ⟦TRADE_UNION_MEMBERSHIP|Fórsa union subs⟧ also stopped.",
    },
    {
        "kind": "hr",
        "text": "Quick one - give me 5 interview questions for a citizens' assembly facilitator, focus on neutrality and group dynamics.",
    },
    # -- marketing -----------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Write an Instagram caption for our glucose sensor launch: Lumiq G3 now lasts 15 days, 1-minute readings, "
        "alerts to your watch. Tone: upbeat, not medical-sounding. Hashtags #diabetes #T1D #cgm are fine.",
    },
    {
        "kind": "marketing",
        "text": "Polish this testimonial for the clinical-trial recruitment page (we have written consent):\n"
        "\"I'm ⟦PERSON|Margaret Oduya⟧, 63, from Wakefield. After my ⟦HEALTH_DATA|COPD⟧ diagnosis I felt like I'd run out of options. "
        'Joining the BREATHE-2 trial gave me a nurse who actually rang me back."',
    },
    {
        "kind": "marketing",
        "text": "Recruitment poster copy, 40 words: 'Do you live with long-term kidney disease? The KIDCARE study at St Aldric's is looking "
        "for volunteers aged 40-75. Travel reimbursed. Ref KC-2026-03.'",
    },
    {
        "kind": "marketing",
        "text": "Newsletter intro for the citizens' assembly on climate: 120 members, selected by sortition, meeting six weekends from "
        "February. Mention the livestream and that recommendations go to council in July. Keep it under 100 words.",
    },
    {
        "kind": "marketing",
        "text": "Turn this into a short success story for the prison education annual report:\n"
        "Learner: ⟦PERSON|Dwayne Okafor-Lyle⟧ (consented, first name only in print please)\n"
        "Background: ⟦CRIMINAL_RECORD|serving four years for robbery⟧, started with Entry Level 3 English in 2024\n"
        "Now: Level 2 English and maths passed, working as a library orderly, applying for a college place on release.",
    },
    {
        "kind": "marketing",
        "text": "Write a LinkedIn post welcoming our new academy head coach ⟦PERSON|Harjit Singh Calloway⟧. Facts: UEFA A licence, 12 years at "
        "two Championship academies, starts 1 March. He's happy for us to mention he'd be the first ⟦RELIGIOUS_BELIEF|turban-wearing Sikh⟧ "
        "head coach in the league's academies.",
    },
    {
        "kind": "marketing",
        "text": "Make this quote from a visa-course student sound natural for the website:\n"
        "\"my name is ⟦PERSON|Thiago Barbosa Lins⟧, I come from Recife. I was nervous because I am ⟦SEX_LIFE_ORIENTATION|gay⟧ and didn't "
        'know how the host family would be, but they were amazing and London felt like home."',
    },
    {
        "kind": "marketing",
        "text": "Give me three subject lines for an email inviting assembly alumni to our one-year-on event (Oct 14, Guildhall, free, RSVP by Oct 1).",
    },
    # -- docs ----------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Retrieval-augmented generation reduces, but does not remove, hallucination. When a model such as Orrery-13B answers from "
        "retrieved passages, errors shift from invented facts to misattributed ones: the answer is supported by a passage, just not "
        "the one cited. Evaluation therefore needs two scores, answer correctness and citation faithfulness, measured separately. "
        "In our benchmark of 4,200 questions, citation faithfulness lagged answer correctness by eleven points across all chunk sizes "
        "from 256 to 2,048 tokens, and re-ranking closed only a third of the gap.",
    },
    {
        "kind": "docs",
        "text": "## Rate limits\n\nEach API key is limited to 600 requests per minute and 2 million tokens per day. When a limit is hit the "
        "server answers HTTP 429 with a Retry-After header in seconds. Clients should back off exponentially starting at 1 s, with "
        "jitter, and must not retry non-idempotent calls (POST /v2/batches) without the Idempotency-Key header. Limits are per "
        "organisation, not per key, from version 2024-06-01 of the API onward.",
    },
]
