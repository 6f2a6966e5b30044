"""Hand-written English texts of the ``fresh6`` split: back-office traffic of a shared-services company's clients."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "driver says: the app keeps asking me to redo the selfie check, I've done it 4 times already. "
        "booking ref KX-4471-D",
    },
    {
        "kind": "support",
        "text": "Summarise for the Trust & Safety queue:\n\nDriver ⟦PERSON|Tomasz Wierzbicki⟧ (acct 5510928) failed the "
        "real-time ID check three times. The ⟦BIOMETRIC_DATA|facial scan⟧ did not match the photo on his licence "
        "(similarity 0.41). He says he has grown a beard. Phone on file ⟦PHONE_NUMBER|07700 914 382⟧.",
    },
    {
        "kind": "support",
        "text": "Draft a reply to this vet clinic client:\n\nFrom: ⟦EMAIL_ADDRESS|gemma.holroyd@btmail-online.co.uk⟧\n"
        "Subject: Poppy's bloods\n\nHi, Poppy (spaniel, 9) had bloods done on Tuesday at the Harrogate branch. "
        "Could someone ring me with the results? I'm on ⟦PHONE_NUMBER|01423 880 516⟧ after 3pm.\n"
        "Thanks, ⟦PERSON|Gemma Holroyd⟧",
    },
    {
        "kind": "support",
        "text": "What's the standard lead time for a headstone after a burial in England? Answer for a funeral "
        "home's FAQ page, two sentences.",
    },
    {
        "kind": "support",
        "text": "Online pharmacy – classify this message (delivery / prescription / refund / clinical):\n"
        "\"Hi my ⟦HEALTH_DATA|sertraline 100mg⟧ repeat didn't arrive and I've run out, I'm really anxious about "
        'coming off it suddenly. Order 55-209317. ⟦PERSON|Callum Fairweather⟧"',
    },
    {
        "kind": "support",
        "text": "Refund this donation, the donor gave the wrong card by mistake. Card ending 7915, amount £25, "
        "transaction 9f3c1a0e-7d2b-4e55-b1a8-0c2f6e99d410. Write the note for the finance log.",
    },
    {
        "kind": "support",
        "text": 'Reword this message from a tenant so the contractor understands it:\n"hi its ⟦PERSON|Shanice⟧ flat 9 '
        "Ravenscourt, the damp in the kids room is making my sons ⟦HEALTH_DATA|asthma⟧ worse, the council said "
        "you have to fix it, I'm on ⟦PHONE_NUMBER|07943 516 220⟧\"",
    },
    {
        "kind": "support",
        "text": "Language school: a student asks whether the IELTS prep course can be paused for a month. "
        "Policy: one pause per course, max 4 weeks, request 7 days in advance. Write the reply.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Payroll bureau – check this starter form for missing fields before we run December payroll:\n"
        "Full name: ⟦PERSON|Olamide Adeyemi-Clarke⟧\nDOB: ⟦DATE_OF_BIRTH|14/07/1990⟧\nNI number: ⟦UK_NINO|HY 63 29 88 B⟧\n"
        "Address: ⟦STREET_ADDRESS|27 Tennyson Road, Luton LU1 3RS⟧\nBank: ⟦IBAN_CODE|GB00 NWBK 7744 1643 4658 39⟧\n"
        "Tax code: 1257L\nStudent loan: Plan 2\nStarter declaration: B",
    },
    {
        "kind": "hr",
        "text": "Write a return-to-work plan from the occupational health report:\n\n"
        "Employee: ⟦PERSON|Declan Moriarty⟧, warehouse team leader, Dublin DC\nPPSN: ⟦IE_PPSN|6577538GA⟧\n"
        "Absent 10 weeks following ⟦HEALTH_DATA|knee replacement⟧ (right). Fit for modified duties: no ladders, "
        "no lifting above 15 kg, phased hours over 4 weeks. Review by OH physician in 6 weeks.",
    },
    {
        "kind": "hr",
        "text": "Make this interview scorecard template gender-neutral and add a row for 'safeguarding awareness'. "
        "Role: nursery practitioner, Level 3.",
    },
    {
        "kind": "hr",
        "text": "Care-worker recruitment: turn these notes into a candidate summary for the client (a care home in "
        "Leeds).\n⟦PERSON|Katarzyna Błaszczyk⟧, PESEL ⟦PL_PESEL|96062993789⟧, NVQ Level 2, 5 yrs dementia care in "
        "Wrocław. DBS: clear. Mentioned she is ⟦RELIGIOUS_BELIEF|Catholic⟧ and would like Sunday mornings off "
        "for Mass where possible. Right to work: EU settled status.",
    },
    {
        "kind": "hr",
        "text": "Rehabilitation charity – write a short, respectful placement referral to our partner employer:\n"
        "⟦PERSON|Jordan McAlister⟧, 29, released on licence in August after serving 3 years for "
        "⟦CRIMINAL_RECORD|possession with intent to supply (Class A)⟧. Completed forklift licence and CSCS card inside. "
        "Probation officer: Ms ⟦PERSON|Priya Lal⟧. Currently in ⟦HEALTH_DATA|methadone maintenance⟧, stable for 14 months.",
    },
    {
        "kind": "hr",
        "text": "Is it lawful in the UK to ask a job applicant about their trade union membership? Give a one-paragraph "
        "answer for an HR newsletter.",
    },
    {
        "kind": "hr",
        "text": "Minutes to tidy up (grievance hearing, 18 Nov):\nPresent: ⟦PERSON|Hannah Brightwell⟧ (HR), "
        "⟦PERSON|Marcus Oyelaran⟧ (employee), ⟦PERSON|Steve Pickering⟧ (⟦TRADE_UNION_MEMBERSHIP|GMB⟧ rep)\n"
        "Marcus says the shift manager called him racial slurs relating to his ⟦ETHNIC_ORIGIN|Nigerian⟧ heritage "
        "and mocked his ⟦HEALTH_DATA|stammer⟧ in front of the team. Manager denies. Two witnesses to be interviewed.",
    },
    {
        "kind": "hr",
        "text": 'Occupational health pre-employment questionnaire – rewrite Q7 to be less intrusive: "Do you have any '
        'medical condition, disability or medication we should know about? Please give details."',
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": 'Shorten this donor story to 60 words for the Christmas appeal email:\n\n"When our daughter '
        "⟦PERSON|Isla⟧ was diagnosed with ⟦HEALTH_DATA|cystic fibrosis⟧ we were terrified. The genetic test showed "
        "we both carry the ⟦GENETIC_DATA|F508del mutation⟧. The family support line got us through the first "
        'year." – ⟦PERSON|Rhona⟧ and ⟦PERSON|Euan Lamont⟧, Paisley',
    },
    {
        "kind": "marketing",
        "text": "Write an Instagram caption for our vet clinic's puppy socialisation class, Saturdays 10am, "
        "£45 for 4 weeks, under 16 weeks old only.",
    },
    {
        "kind": "marketing",
        "text": "Event sign-ups for the mosque open day (export) – count dietary and access needs:\n"
        "Name,Email,Needs\n⟦PERSON|Bilal Chaudhry⟧,⟦EMAIL_ADDRESS|bilal.chaudhry@outmail-uk.net⟧,none\n"
        "⟦PERSON|Maureen Tapscott⟧,⟦EMAIL_ADDRESS|mtapscott47@btmail-online.co.uk⟧,⟦HEALTH_DATA|wheelchair user⟧\n"
        "⟦PERSON|Grace Obi⟧,⟦EMAIL_ADDRESS|grace.obi@outmail-uk.net⟧,⟦HEALTH_DATA|nut allergy⟧\n"
        "Rev. ⟦PERSON|Alan Purcell⟧,⟦EMAIL_ADDRESS|alan.purcell@stmarks-parish.org.uk⟧,none",
    },
    {
        "kind": "marketing",
        "text": 'Proofread: "Our new Type 2 diabetes support group meets every second Tuesday at the pharmacy. '
        'Free blood glucose checks, no appointment needed."',
    },
    {
        "kind": "marketing",
        "text": "Personalise this union campaign email for each member in the list and keep it under 120 words:\n\n"
        "Dear {first_name},\nAs a ⟦TRADE_UNION_MEMBERSHIP|UNISON⟧ member at Brookfield Care you can vote in the pay "
        "ballot until 12 December.\n\nList: ⟦PERSON|Joanne Whitcombe⟧ <⟦EMAIL_ADDRESS|jwhitcombe@brookfield-care.co.uk⟧>, "
        "⟦PERSON|Tunde Bakare⟧ <⟦EMAIL_ADDRESS|tbakare@brookfield-care.co.uk⟧>",
    },
    {
        "kind": "marketing",
        "text": "Testimonial for the driving school site (trim to 2 sentences): \"I'm ⟦HEALTH_DATA|dyslexic⟧ and had "
        "failed theory twice elsewhere. ⟦PERSON|Sanjay⟧'s tips and the audio practice tests got me through.\" "
        "– ⟦PERSON|Lauren Mottershead⟧",
    },
    {
        "kind": "marketing",
        "text": 'Tighten this LGBTQ+ staff network newsletter intro:\n"This month our co-chair ⟦PERSON|Ollie Brennan⟧ '
        "shares what coming out as ⟦SEX_LIFE_ORIENTATION|bisexual⟧ at work meant to him, and we're recruiting "
        'volunteers for Pride in Manchester."',
    },
    {
        "kind": "marketing",
        "text": "Give me 5 subject lines for the sports club membership renewal, early-bird deadline 31 Jan, "
        "family plan now £180/yr.",
    },
    # -- long mail thread ----------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Summarise this donor-care thread and list the actions we owe the donor:\n\n"
        "From: Supporter Care\nTo: ⟦EMAIL_ADDRESS|d.ashworth1952@fastmail-uk.net⟧\n"
        "Date: Thu, 26 Nov 2026 10:14\nSubject: RE: RE: Gift Aid and my direct debit\n\n"
        "Dear Mr ⟦PERSON|Ashworth⟧,\n\nThank you for your patience. I have cancelled the duplicate direct debit "
        "(reference HT-DD-0048812) and the October collection of £15 will be refunded within 5 working days. "
        "Your Gift Aid declaration is still valid. I have also updated your address.\n\nKind regards,\n"
        "⟦PERSON|Fiona Kettleborough⟧\nSupporter Care Team\n\n"
        "-----Original message-----\nFrom: ⟦PERSON|David Ashworth⟧ <⟦EMAIL_ADDRESS|d.ashworth1952@fastmail-uk.net⟧>\n"
        "Sent: Mon, 23 Nov 2026 18:40\n\nHello,\nI've been taken twice for October. I'm a pensioner and "
        "since my ⟦HEALTH_DATA|bypass operation⟧ I've had to stop driving, so every pound counts. Also please note "
        "the new address: ⟦STREET_ADDRESS|14 Fernlea Close, Kendal LA9 4QT⟧. My telephone is ⟦PHONE_NUMBER|01539 722 684⟧ "
        "but I'm ⟦HEALTH_DATA|hard of hearing⟧ so email is better.\n\nI'd like to leave something to the Trust in my will. "
        "My late wife ⟦PERSON|Margaret⟧ was cared for in your hospice when she had ⟦HEALTH_DATA|motor neurone disease⟧ "
        "and we were both ⟦RELIGIOUS_BELIEF|Quakers⟧, so I'd like a quiet acknowledgement rather than a plaque.\n\n"
        "David\n\n-----Original message-----\nFrom: Supporter Care\nSent: Fri, 20 Nov 2026 09:02\n\n"
        "Dear Supporter, thank you for your regular gift. Your donor number is 300417-HW. You can manage your "
        "preferences online at any time.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Choosing a context strategy for long documents\n\nModels such as Lumira-7B or the hosted Corvid "
        "Pro series accept large context windows, but cost and latency grow with every token. For contracts and "
        "policy manuals, a map-reduce approach often works better: split the document into sections, summarise "
        "each one, then summarise the summaries. Keep section boundaries aligned with headings, and store the "
        "intermediate summaries so that a re-run only touches changed sections.",
    },
    {
        "kind": "docs",
        "text": "Rate limits and retries\n\nThe API returns HTTP 429 when a client exceeds its request or token budget. "
        "Clients should honour the Retry-After header and back off exponentially with jitter, starting at one "
        "second and capping at sixty. Idempotent requests can be retried safely; for streaming completions, "
        "resume from the last received event id rather than re-sending the whole prompt.",
    },
]
