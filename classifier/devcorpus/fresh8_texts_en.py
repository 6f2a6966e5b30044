"""Hand-written English texts of the ``fresh8`` split: British, Irish and international English as services paste it into a model."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Summarise this special-assistance request for the gate team, 2 lines max:\n\n"
        "Hi, I'm flying DUB-LIS on the 14th with my mum ⟦PERSON|Breda Kinsella⟧. She uses a "
        "⟦HEALTH_DATA|wheelchair⟧ (manual, folds) and has ⟦HEALTH_DATA|early-stage dementia⟧ so she gets "
        "confused in crowds. Booking ref QX7TRM. Can someone meet us at security? My number is "
        "⟦PHONE_NUMBER|087 614 2290⟧. Thanks a million, ⟦PERSON|Aoife⟧",
    },
    {
        "kind": "support",
        "text": "customer says the Voltra S2 scooter stopped at 12% battery on Grand Canal Quay, ride id "
        "R-55810-DUB, wants refund of €4.60. write a short polite reply",
    },
    {
        "kind": "support",
        "text": "Please check this hearing-aid aftercare note for tone before we send it:\n\n"
        "Dear Mr ⟦PERSON|Oyelaran⟧, your new ⟦HEALTH_DATA|Phonak Audéo receiver-in-canal aids⟧ are ready "
        "at our Rathmines branch. Your last audiogram showed ⟦HEALTH_DATA|moderate high-frequency hearing loss⟧ "
        "in both ears. Please bring the old ones. Appointment 11:40, Thursday. Kind regards, ⟦PERSON|Niamh Prendiville⟧",
    },
    {
        "kind": "support",
        "text": "Can you tell me why my payment failed? Card ending 4198, order 2231-0098, "
        "amount £38.00, merchant Brightlens Opticians Ltd.",
    },
    {
        "kind": "support",
        "text": "Draft a reply in plain English to this blood donor. We defer donors for 4 months after a tattoo.\n\n"
        "---- Original Message ----\nFrom: ⟦EMAIL_ADDRESS|c.mcgettigan@eircom-mail.ie⟧\n"
        "Subject: can I still donate?\n\nHi, got a tattoo 6 weeks ago and I'm also on "
        "⟦HEALTH_DATA|Lustral 50mg⟧ since the summer for ⟦HEALTH_DATA|anxiety⟧, does that rule me out? "
        "Donor no. 0047-3318-Q. ⟦PERSON|Ciarán McGettigan⟧",
    },
    {
        "kind": "support",
        "text": "Mortgage broker chat, please fill the fact-find fields from it:\n"
        "[10:02] client: hiya its ⟦PERSON|Donnchadh Furlong⟧, DOB ⟦DATE_OF_BIRTH|03/09/1987⟧, PPSN "
        "⟦IE_PPSN|5063385V⟧\n[10:03] client: salary goes into ⟦IBAN_CODE|IE02 URKY 9183 9271 6019 65⟧\n"
        "[10:03] client: address ⟦STREET_ADDRESS|14 Ardmore Crescent, Ballincollig, Co. Cork⟧\n"
        "[10:05] agent ⟦PERSON|Sorcha⟧: grand, thanks, AIP should be back in 5 working days",
    },
    {
        "kind": "support",
        "text": "translate to polish for our customs broker in Poznań: Shipment AWB 176-44020183, 3 pallets of "
        "bicycle parts, commodity code 8714 91 10, invoice INV-2025-3317, EORI check pending.",
    },
    {
        "kind": "support",
        "text": "We got this through the phishing-report inbox. Is it a phish? Only tell me the red flags.\n\n"
        'From: "Stripe Billing" <billing@strlpe-payments.co>\nSubject: Action required: verify payout\n\n'
        "Your payout of $2,480.00 is on hold. Log in at hxxps://dashboard-stripe.verify-id[.]top within "
        "24 hours or your account will be suspended. Case 88-1124-ZB.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "You are helping a solicitor in our employment practice. Pull out the claimant's protected "
        "characteristics and the key dates from these instructions, as a table.\n\n"
        "Client: ⟦PERSON|Tendai Mushonga⟧, warehouse supervisor at Kelbrook Logistics (Leeds) since 2016. "
        "Dismissed 2 October following a disciplinary for 'persistent lateness'. She says the lateness "
        "started after her ⟦HEALTH_DATA|endometriosis⟧ diagnosis and that her manager called her "
        "prayer breaks during Ramadan 'a liberty' — she is ⟦RELIGIOUS_BELIEF|Muslim⟧. She is a "
        "⟦TRADE_UNION_MEMBERSHIP|GMB⟧ rep and believes the dismissal is also linked to the ballot in "
        "September. ACAS early conciliation certificate R123456/25/68 issued 28 October. NI number "
        "⟦UK_NINO|LS 12 41 47 A⟧. Contact ⟦EMAIL_ADDRESS|tendai.mush@protonmail.com⟧.",
    },
    {
        "kind": "hr",
        "text": "Rewrite this job ad so it's gender-neutral: 'Warehouse man wanted, Naas, forklift licence, "
        "€15.20/h, days, start ASAP, ref WH-0931.'",
    },
    {
        "kind": "hr",
        "text": "Student services — draft a reasonable-adjustment plan from this intake note (keep it under 200 words):\n"
        "Student: ⟦PERSON|Priyanka Raghunathan⟧, MSc Data Science, ID 22104587\n"
        "Condition: ⟦HEALTH_DATA|ADHD (combined type)⟧, diagnosed 2021; also ⟦HEALTH_DATA|dyspraxia⟧\n"
        "Meds: ⟦HEALTH_DATA|Elvanse 50mg⟧\nRequests: extra time in exams (25%), separate room, lecture recordings",
    },
    {
        "kind": "hr",
        "text": "Job-seeker file, please write the case summary for the sanction review panel:\n\n"
        "Name: ⟦PERSON|Gary Whelehan⟧ | DOB: ⟦DATE_OF_BIRTH|21.06.1979⟧ | PPSN: ⟦IE_PPSN|2904451QW⟧\n"
        "Missed 2 activation meetings (5 Sept, 19 Sept). States he was in court both days; has a "
        "⟦CRIMINAL_RECORD|conviction for drink driving⟧ from 2019 and a ⟦CRIMINAL_RECORD|pending assault charge⟧. "
        "Also attending ⟦HEALTH_DATA|AA meetings⟧ Tues/Thurs. Rate reduced from €244 to €195 pending review.",
    },
    {
        "kind": "hr",
        "text": "Poll worker roster for the council elections — check the table has no gaps, don't change names:\n"
        "station,presiding_officer,clerk\nSt Brigid's NS,⟦PERSON|Marguerite Lacey⟧,⟦PERSON|Tomasz Wróbel⟧\n"
        "Kilmacud Community Hall,⟦PERSON|Eamon Brophy⟧,⟦PERSON|Funmilayo Adeyemi⟧\nScoil Mhuire,,⟦PERSON|Rory Tiernan⟧",
    },
    {
        "kind": "hr",
        "text": "Give me 5 interview questions for a Refugee Integration Officer role (Tusla-funded, Limerick, "
        "grade III, 12-month contract).",
    },
    {
        "kind": "hr",
        "text": "pls make this CV more professional, english is not my first language\n\n"
        "⟦PERSON|Mehmet Arslanoğlu⟧ – ⟦PHONE_NUMBER|+353 89 402 7716⟧ – ⟦EMAIL_ADDRESS|m.arslanoglu88@gmail.com⟧\n"
        "i am ⟦ETHNIC_ORIGIN|Kurdish⟧ from Diyarbakır, came to Ireland 2019 with international protection. "
        "worked 6 year as electrician in Turkey. in Turkey i was arrested because i was member of "
        "⟦POLITICAL_OPINION|HDP⟧, this is why i leave. now QQI level 5 in progress.",
    },
    {
        "kind": "hr",
        "text": "Summarise the board minutes below into 3 action points.\n\nWillowbank Housing Co-op — board meeting "
        "4 Nov. Present: 6 directors. Roof repairs block C quoted €38,400 (Hanlon Roofing). Arrears down to "
        "€11,200. AGM moved to 22 Jan. Next meeting 2 Dec, 7pm, community room.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Write 3 Instagram captions for our plasma donation drive in Galway, 8–12 Dec, mobile clinic "
        "at Eyre Square. Tone: warm, not guilt-trippy. Mention that people with diabetes controlled by diet "
        "can usually donate.",
    },
    {
        "kind": "marketing",
        "text": "Turn this camper's parent testimonial into a 40-word quote for the brochure:\n\n"
        '"Our son ⟦PERSON|Oisín⟧ has ⟦HEALTH_DATA|coeliac disease⟧ and ⟦HEALTH_DATA|type 1 diabetes⟧ '
        "and we were terrified of sending him away. The nurse at Lough Arrow Camp checked his "
        '⟦HEALTH_DATA|Libre sensor⟧ every meal. He came home taller and happier." — ⟦PERSON|Gráinne Devaney⟧',
    },
    {
        "kind": "marketing",
        "text": "Product description please: 'Clarion Mini RIC 312', 48h battery, Bluetooth LE Audio, "
        "tinnitus masker, 5 colours, £1,695 per pair incl. 4-year aftercare. Keep under 80 words.",
    },
    {
        "kind": "marketing",
        "text": "Come sing with us! Rathgar Harmony Choir is recruiting tenors and basses for the spring "
        "concert (Fauré Requiem). Rehearsals Mondays 19:30 at Christchurch Hall, Brighton Road. No "
        "audition needed. Improve the flow of this and give a catchier headline.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter item, fix grammar only:\n\nMember spotlight: our volunteer ⟦PERSON|Abdirahman Yusuf⟧ "
        "came to Cork as a ⟦ETHNIC_ORIGIN|Somali⟧ asylum seeker in 2014 and now teaches English "
        "conversation at our drop-in on Tuesdays. 'Learning the language was how I stopped being only a "
        "case number,' he says.",
    },
    {
        "kind": "marketing",
        "text": "Compare our e-bike plans for a landing page: Pedl Go €9.99/mo 60 min/day, Pedl Plus €19.99 "
        "unlimited 45-min rides, Pedl Fleet for companies from 20 seats. Write it for commuters in Dublin 2 "
        "and Dublin 8.",
    },
    {
        "kind": "marketing",
        "text": "Draft a case study for our IR firm's website from this, anonymise the client name:\n"
        "Client: a 400-staff credit union in Munster. Incident: credential stuffing on home banking, "
        "7,800 attempts from 312 IPs over 3 nights. Fix: rate limiting, MFA rollout, "
        "Halvard Sentinel EDR. Time to contain: 19 hours.",
    },
    {
        "kind": "marketing",
        "text": "Short LinkedIn post: congrats to ⟦PERSON|Róisín Garvey-Okafor⟧, our head of special assistance, "
        "who received the Access Champion award at the Aviation Inclusion Forum in Brussels yesterday.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Postal voting in Ireland is available to electors who cannot attend their polling station "
        "because of a disability or illness, their occupation, or full-time study away from home. "
        "Applications go to the local authority's franchise section and must reach it by the deadline set "
        "for the electoral event. A postal voter receives a ballot paper, a declaration of identity that "
        "must be witnessed, and two envelopes. Returning officers verify the declaration before the ballot "
        "envelope is opened, so the secrecy of the vote is preserved. The register of electors records "
        "only whether someone is a postal voter, not the reason given.",
    },
    {
        "kind": "docs",
        "text": "Deployment note: the Kestrel-7B summariser runs behind the Northgate proxy on port 8443. "
        "Requests larger than 32,000 tokens are rejected with HTTP 413. Timeouts default to 45 seconds and "
        "can be raised per route in gateway.yaml. Model versions are pinned by digest "
        "(sha256:9f1c3e0b7a5d...) so a redeploy never changes behaviour silently. Rotate the service "
        "account every 90 days; store secrets only in the vault, never in this repository.",
    },
    # -- added: long and mixed texts -----------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Can you turn this email chain into a one-page chronology for counsel? Keep quotes verbatim where they "
        "matter for the discrimination claim.\n\n"
        "From: ⟦PERSON|Lorcan Hegarty⟧ <⟦EMAIL_ADDRESS|l.hegarty@hegartyvance-law.ie⟧>\nTo: Employment team\n"
        "Date: Mon, 17 Nov 2025 09:12\nSubject: RE: ⟦PERSON|Keogh⟧ v Sandmere Analytics — instructions\n\n"
        "All, see below from the client. Limitation runs from 30 September so we have time but not much. "
        "Please prioritise the disability angle and the comments about her background.\n\nLorcan\n\n"
        "> From: ⟦PERSON|Kateryna Keogh⟧ <⟦EMAIL_ADDRESS|katya.keogh.dub@outlook.com⟧>\n"
        "> Sent: Fri, 14 Nov 2025 22:47\n>\n> Dear Mr ⟦PERSON|Hegarty⟧,\n> as discussed, here is what happened. I joined "
        "Sandmere as a senior analyst in March 2022. In January this year I told my manager, ⟦PERSON|Stephen Cullinane⟧, "
        "that I had tested positive for the ⟦GENETIC_DATA|BRCA1 mutation⟧ and would need time off for a "
        "⟦HEALTH_DATA|preventive double mastectomy⟧. He said that was 'a lot of drama for something you don't even "
        "have'. After my return in May I was taken off the Kestrel account. In the team channel he joked that "
        "'the ⟦ETHNIC_ORIGIN|Ukrainian⟧ girl' would be back on the tractor soon. HR (⟦PERSON|Aisling Moran⟧) said it was "
        "banter. On 30 September I was told my role was redundant, but two weeks later they advertised "
        "'Senior Analyst, Insights' (ref SA-2291) with the same duties.\n> I still take ⟦HEALTH_DATA|tamoxifen⟧ and "
        "some days are hard. I can send the Teams screenshots and my contract.\n> Thank you, ⟦PERSON|Katya⟧\n"
        "> ⟦PHONE_NUMBER|+353 86 771 3042⟧",
    },
    {
        "kind": "support",
        "text": "I'm an analyst at the council's elections office. Our postal-vote portal threw 500s last night. Here's the "
        "log, can you tell me what went wrong and whether any voter data leaked?\n\n```\n"
        "2025-11-20T23:04:11.882Z INFO  req=3b1f9c2e path=/postal/apply method=POST status=200 dur=412ms\n"
        "2025-11-20T23:04:15.120Z ERROR req=a7d04e51 path=/postal/apply method=POST status=500 dur=30004ms "
        'err="upstream timeout: address-lookup.internal:8080"\n'
        '2025-11-20T23:04:15.121Z DEBUG req=a7d04e51 form={name: "⟦PERSON|Philomena Gargan⟧", dob: "⟦DATE_OF_BIRTH|1951-08-02⟧", '
        'addr: "⟦STREET_ADDRESS|27 Seafield Park, Clontarf, Dublin 3⟧", email: "⟦EMAIL_ADDRESS|pgargan51@eircom.net⟧", '
        'reason: "⟦HEALTH_DATA|housebound⟧ after ⟦HEALTH_DATA|hip replacement⟧"}\n'
        "2025-11-20T23:04:19.455Z WARN  req=c019e7aa circuit=address-lookup state=OPEN failures=12\n"
        "2025-11-20T23:05:02.003Z INFO  deploy=postal-portal version=3.8.1 commit=e8b2d41 pod=postal-portal-7c9d5f-x2lqm\n```\n\n"
        "The DEBUG line shouldn't be there in production, right? Which setting turns form dumps off in a Spring Boot app?",
    },
    {
        "kind": "support",
        "text": "Refugee support desk — clean up this note for the caseworker: client ⟦PERSON|Hewa Barzani⟧ says his "
        "⟦BIOMETRIC_DATA|fingerprints⟧ were already taken in Bulgaria, so he's afraid of a Dublin transfer. Next "
        "appointment IPO Tuesday 10:00, file 1189-IP-25.",
    },
]
