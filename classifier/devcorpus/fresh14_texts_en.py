"""Hand-written English texts of the ``fresh14`` split: ferries, zoos, orchestras, rail crews and their mail."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "hi, can I bring my dog on the 07:40 Holyhead sailing? booking HX-55102",
    },
    {
        "kind": "support",
        "text": "Assisted travel request, please tidy this into the format the port team uses:\n\n"
        "Passenger: ⟦PERSON|Gwenllian Prydderch⟧, travelling Rosslare to Pembroke Dock on 19 June, foot passenger, "
        "booking RPD-804417. She uses an ⟦HEALTH_DATA|oxygen concentrator⟧ because of ⟦HEALTH_DATA|COPD⟧ and needs a "
        "cabin with a socket near the lift on deck 7. Can't manage the gangway stairs, wheelchair from check-in "
        "please. Daughter will call back on ⟦PHONE_NUMBER|07700 918 362⟧ to confirm the battery spec.",
    },
    {
        "kind": "support",
        "text": "From: memberships@ (shared inbox)\nSubject: Re: Annual Zoo Pass renewal failed\n\n"
        "Hi team, the member below rang because the renewal bounced twice. She read out her card over the phone "
        "and I typed it into the ticket, sorry, I know we shouldn't: ⟦CREDIT_CARD|2403 3523 1026 3409⟧ exp 09/28. "
        "Member: ⟦PERSON|Hattie Venables-Crook⟧, Family pass no. ZP-3318-F, "
        "⟦EMAIL_ADDRESS|hattie.vcrook@btinternet.com⟧. Can someone process it and then scrub the note?",
    },
    {
        "kind": "support",
        "text": "Customer says the away jersey (order NX-2207-88, size M) arrived with the old sponsor logo. "
        "Write a short apology and offer a free swap, no refund unless they ask.",
    },
    {
        "kind": "support",
        "text": "Please draft a reply to this participant. Keep it kind, confirm we will destroy the remaining "
        "aliquots and explain that data already used in published analyses cannot be pulled back.\n\n"
        "---\nDear Biobank team,\nI joined the cohort in 2019 (participant no. BB-IE-040731, PPS ⟦IE_PPSN|2031076C⟧). "
        "Since then I had private testing and found out I carry a ⟦GENETIC_DATA|BRCA2 pathogenic variant⟧, and "
        "honestly I no longer want my samples sitting in a freezer somewhere. Please withdraw my consent fully.\n"
        "Regards,\n⟦PERSON|Orla Ní Bhraonáin⟧\n⟦STREET_ADDRESS|14 Ardnacrusha Road, Limerick V94 K2F3⟧",
    },
    {
        "kind": "support",
        "text": "Summarise for the complaints log, one paragraph, neutral tone:\n\n"
        "> On Tue, 3 Mar, ⟦PERSON|Desmond Achterberg⟧ <⟦EMAIL_ADDRESS|des.achterberg@gmail.com⟧> wrote:\n"
        "> I have listened to your breakfast programme for thirty years. As a paid-up ⟦POLITICAL_OPINION|Green Party "
        "member⟧ I found Friday's interview with the roads minister a disgrace: he was allowed to talk for nine "
        "minutes unchallenged. I expect a reply, not a form letter.\n\n"
        "Our previous answer (ref AUD/2026/1187) was the standard impartiality paragraph. He has now written again.",
    },
    {
        "kind": "support",
        "text": "Client form - Ink & Anchor Studio, Bristol\nName: ⟦PERSON|Callista Ormerod⟧\n"
        "DOB: ⟦DATE_OF_BIRTH|02/11/1996⟧\nMobile: ⟦PHONE_NUMBER|07911 462 058⟧\n"
        "Medical conditions: ⟦HEALTH_DATA|type 1 diabetes⟧, ⟦HEALTH_DATA|keloid scarring on left shoulder⟧\n"
        "Current medication: ⟦HEALTH_DATA|insulin pump (Omnipod)⟧\nPiece: fineline botanical, right forearm, 3 h\n"
        "\nCan you check this form is complete before the artist signs off?",
    },
    {
        "kind": "support",
        "text": "Festival crew chat, #accreditation\n"
        "[09:14] wristbands for the stage B crew still not at the gate\n"
        "[09:15] batch W-2291 shows dispatched yesterday, courier says Thursday\n"
        "[09:17] ok tell the gate to use the paper list until then",
    },
    {
        "kind": "support",
        "text": "Badge office ticket #AIRSIDE-6612: enrolment keeps failing at kiosk 3. Applicant "
        "⟦PERSON|Tomasz Ellery-Quayle⟧ (ramp agent, starts Monday). The kiosk stored a "
        "⟦BIOMETRIC_DATA|left index fingerprint template⟧ but the "
        "⟦BIOMETRIC_DATA|face template⟧ fails the quality check, so the card won't print. What should we tell him?",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Occupational health outcome - safety-critical worker (track)\n"
        "Employee: ⟦PERSON|Baz Lindqvist-Mahoney⟧   NI no.: ⟦UK_NINO|KH 76 29 95 A⟧\n"
        "Role: Track Maintenance Operative, night possession team, Crewe depot\n"
        "Outcome: FIT WITH RESTRICTIONS\n"
        "Restrictions: not to act as lookout or COSS until review. Reason shared with employee: "
        "⟦HEALTH_DATA|red-green colour vision deficiency⟧ found at Ishihara screening; lantern test booked.\n"
        "Drug & alcohol screen: negative. Review date: 6 weeks.",
    },
    {
        "kind": "hr",
        "text": "Can you turn this thread into a short summary for the orchestra manager? Keep medical detail to the "
        "minimum she needs.\n\n"
        "From: ⟦PERSON|Rhiannon Tapsell⟧ <⟦EMAIL_ADDRESS|r.tapsell@northvale-symphony.org.uk⟧>\n"
        "To: Orchestra Manager\nSubject: FW: 2nd violins - return plan for ⟦PERSON|Ignatius Mbeki-Rowe⟧\n\n"
        "Forwarding as discussed. Short version: he cannot do the Mahler tour.\n\n"
        "---------- Forwarded message ----------\n"
        "From: ⟦PERSON|Ignatius Mbeki-Rowe⟧\nDate: Mon, 9 Feb 2026, 18:02\n\n"
        "Dear ⟦PERSON|Rhiannon⟧,\n"
        "Following my appointment at the performing-arts medicine clinic, the neurologist has confirmed "
        "⟦HEALTH_DATA|focal dystonia in my left hand⟧. She recommends ⟦HEALTH_DATA|botulinum toxin injections⟧ "
        "every three months and retraining with a specialist teacher. I can play up to 90 minutes a day for now, "
        "so a full Mahler 9 rehearsal day is out of the question. I would like to propose a phased return: chamber "
        "series in March, then desk 6 for the spring season.\n"
        "I've copied ⟦PERSON|Fenella Ostrowska⟧, my ⟦TRADE_UNION_MEMBERSHIP|Musicians' Union⟧ steward, because I "
        "would like her at the meeting if there is one. I hope that is acceptable.\n\n"
        "Best wishes,\n⟦PERSON|Iggy⟧\n\n"
        "> On Fri, 6 Feb 2026, ⟦PERSON|Rhiannon Tapsell⟧ wrote:\n"
        "> Hi ⟦PERSON|Iggy⟧, just checking in after your sick note ran out on the 5th. Is there anything we can do on "
        "the tour schedule? Rota for Leeds and Glasgow closes on 20 Feb. R.\n\n"
        "⟦PERSON|Rhiannon Tapsell⟧ | HR Business Partner | Northvale Symphony Orchestra\n"
        "This email and any attachments are confidential.",
    },
    {
        "kind": "hr",
        "text": "Licensing pre-screen - door supervisor applicants, batch 14\n"
        "1. ⟦PERSON|Kwabena Thistlethwaite⟧ - declared ⟦CRIMINAL_RECORD|caution for possession of cannabis (2017)⟧, "
        "spent; proceed.\n"
        "2. ⟦PERSON|Leanne Ruddock-Haig⟧ - declared ⟦CRIMINAL_RECORD|conviction for common assault, 2021, 12-month "
        "community order⟧; refer to compliance before any offer.\n"
        "3. Applicant 14-03 - nothing declared, DBS pending.\n"
        "Please rewrite as a table for the compliance lead.",
    },
    {
        "kind": "hr",
        "text": "GWO refresher dates for the Q3 turbine crews: Basic Safety Training (Working at Heights + First Aid) "
        "on 8-9 July in Grimsby, Sea Survival on 15 July. Everyone whose certificate lapses before 30 September "
        "must book one of these. Costs go to cost centre OWF-HSE-04.",
    },
    {
        "kind": "hr",
        "text": "Player onboarding form - Halcyon Rift Esports (EU roster)\n"
        "Full name: ⟦PERSON|Ciarán Delacroix-Byrne⟧\nIn-game name: Wraithe\n"
        "Date of birth: ⟦DATE_OF_BIRTH|17 March 2004⟧\nPPS number: ⟦IE_PPSN|1623423M⟧\n"
        "Address: ⟦STREET_ADDRESS|Apt 6, 22 Ballybough Road, Dublin 3⟧\n"
        "Bank (salary + prize share): ⟦IBAN_CODE|IE37 YNNH 0467 3102 0482 51⟧\n"
        "Injuries we should know about: ⟦HEALTH_DATA|recurring wrist tendinitis (right)⟧, physio every two weeks\n"
        "Contract: 12 months, bootcamp from 2 Sept",
    },
    {
        "kind": "hr",
        "text": "Reminder for keepers and visitor-services staff: because of the summer peak no annual leave can be "
        "approved between 20 July and 31 August except for carry-over days already agreed. The penguin feeding "
        "talks move to 11:30 and 15:00 from next week.",
    },
    {
        "kind": "hr",
        "text": "Audition panel notes, principal horn, round 2 (screened). Candidate 7: secure top register, slightly "
        "heavy articulation in the Strauss. Candidate 11: best sound of the day, nerves in the Brahms excerpt. "
        "Candidate 12: withdrew. Panel recommends 7 and 11 for trial weeks. Please format as minutes.",
    },
    {
        "kind": "hr",
        "text": "Rota request from catering staff, please reply on behalf of HR. ⟦PERSON|Delphine Achebe-Sørlie⟧ "
        "(kitchen porter, weekends) asks to be taken off Friday-evening and Saturday shifts because she is a "
        "⟦RELIGIOUS_BELIEF|Seventh-day Adventist⟧ and keeps the Sabbath; she offers to cover all Sunday weddings "
        "instead. Tone: positive, explain we need two weeks to rebuild the rota.",
    },
    {
        "kind": "hr",
        "text": "Equality monitoring (optional) - ground handling recruitment\n"
        "Candidate ref: GH-24-0918\nEthnic group: ⟦ETHNIC_ORIGIN|White - Irish Traveller⟧\n"
        "Religion: ⟦RELIGIOUS_BELIEF|Roman Catholic⟧\nDisability: ⟦HEALTH_DATA|dyslexia⟧\n"
        "Sexual orientation: prefer not to say\n\nExtract to JSON for the anonymised dashboard.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Sail & Save: take your car to France from £89 each way this autumn. Book by 30 September on any "
        "Portsmouth-Caen crossing, cabins from £35, kids under 4 free. Terms apply, see our website.",
    },
    {
        "kind": "marketing",
        "text": "Adopt a red panda this Christmas! Your adoption pack includes a plush toy, a certificate and "
        "quarterly updates from the keepers. Every adoption funds our breeding programme in the Himalayan habitat.",
    },
    {
        "kind": "marketing",
        "text": "Draft three variations of a testimonial post for Instagram from this quote, keep her words:\n\n"
        "\"I'd hidden the patches on my arms for ten years. The team at Ink & Anchor worked around my "
        "⟦HEALTH_DATA|vitiligo⟧ instead of covering it and now it's my favourite part of me.\" "
        "- ⟦PERSON|Priya Raghunathan-Moss⟧, Bath",
    },
    {
        "kind": "marketing",
        "text": "Relaxed performance: Saturday 14 March, 11:00. A shorter programme with the house lights partly up, "
        "no sudden loud effects and a chill-out room in the foyer. Everyone is welcome, including autistic "
        "audiences and families with young children. Tickets £6, carers free.",
    },
    {
        "kind": "marketing",
        "text": "Constituency newsletter, spring edition - casework story (approved for print):\n"
        "When the depot changed its shift pattern overnight, ⟦PERSON|Denise Okonkwo-Hart⟧, the "
        "⟦TRADE_UNION_MEMBERSHIP|Unite⟧ rep for the drivers, came to our Friday surgery. Three letters and one "
        "meeting with the operator later, the old rota is back until proper consultation has taken place.",
    },
    {
        "kind": "marketing",
        "text": "Line-up drop #2 is here: twelve new acts across the Meadow and Boiler Room stages, plus a Sunday "
        "gospel brunch. Early-bird weekend camping ends Friday at midnight.",
    },
    {
        "kind": "marketing",
        "text": "Case study for our wedding catering site, please shorten to 120 words:\n"
        "⟦PERSON|Sinéad Fairweather⟧ and ⟦PERSON|Farhan Qureshi⟧ wanted one menu that worked for both families. "
        "⟦PERSON|Sinéad⟧'s side is ⟦RELIGIOUS_BELIEF|Catholic⟧, ⟦PERSON|Farhan⟧'s is ⟦RELIGIOUS_BELIEF|Muslim⟧, so we cooked "
        "everything halal, kept the bar in a separate marquee and served the Irish soda bread the grandmothers "
        "insisted on. 180 guests, zero leftovers.",
    },
    {
        "kind": "marketing",
        "text": "Why give a sample? Research biobanks let scientists study thousands of people at once, which is how "
        "links between genes, lifestyle and disease are found. Joining takes 20 minutes and one blood draw.",
    },
    {
        "kind": "marketing",
        "text": "Pride Month post for the team account, make it warmer:\n"
        '"Proud of our support player ⟦PERSON|Kieran Lomax-Adeyemi⟧ (Vyse), who came out as '
        '⟦SEX_LIFE_ORIENTATION|bisexual⟧ on stream last year and has been mentoring younger players since."',
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Why language models hallucinate citations\n\n"
        "A model trained to predict the next token has no built-in notion of whether a source exists. When a "
        "prompt asks for references, the most probable continuation is something that looks like a reference: an "
        "author list, a plausible journal and a year. Retrieval-augmented generation reduces the problem by "
        "placing real documents in the context window, but it does not remove it: if retrieval returns nothing "
        "relevant, the model may still produce a confident answer. Evaluations should therefore measure both "
        "answer quality and attribution, for example by checking whether each cited passage actually supports "
        "the sentence it is attached to.",
    },
    {
        "kind": "docs",
        "text": "Rate limits\n\nRequests are limited per API key on two axes: requests per minute (RPM) and tokens per "
        "minute (TPM). When either limit is exceeded the API returns HTTP 429 with a Retry-After header in seconds. "
        "Clients should back off exponentially with jitter and must not retry more than five times. Batch "
        "endpoints have separate, higher limits and are billed at half the standard rate.",
    },
]
