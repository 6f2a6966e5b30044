"""Hand-written English texts of the ``fresh21`` split: SaaS trust-and-safety desks, game studios, telcos, hosting, gig couriers."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "hey, my SIM stopped working an hour ago and I never asked for a swap?? account ref ACC-4471902",
    },
    {
        "kind": "support",
        "text": "[09:14] Courier: hi my app says deactivated, I did 1,900 deliveries with no complaints\n[09:15] Agent (⟦PERSON|Priya⟧): Hi! Sorry about that. Can you confirm the email on the account?\n[09:15] Courier: ⟦EMAIL_ADDRESS|tomasz.wrobel.rides@gmail.com⟧\n[09:17] Agent (⟦PERSON|Priya⟧): Thanks ⟦PERSON|Tomasz⟧. The deactivation came from an automated ID re-check, the selfie didn't match. I've opened appeal APL-20931, you'll get a new selfie prompt within 24h.\n[09:18] Courier: ok cheers",
    },
    {
        "kind": "support",
        "text": "Summarise this ticket for the L2 queue in three bullet points, keep the customer's identifiers out of it:\n\n---\nFrom: ⟦PERSON|Deborah Stangroom⟧ <⟦EMAIL_ADDRESS|d.stangroom@fenwick-legal.co.uk⟧>\nSubject: Roaming charges £312.40 on invoice INV-2024-118832\n\nI was in Portugal from 3 to 10 May on the Travel Bundle which I added on 28 April (confirmation TB-55120). Your bill still shows £312.40 of data roaming. Please refund it to the card ending 4417 or credit the account. My number is ⟦PHONE_NUMBER|07700 914 382⟧ if you need to call, but after 5pm please.\n---",
    },
    {
        "kind": "support",
        "text": "Appeal form – player account suspension\nGamertag: NightOwl_Vex\nPlayer ID: 8812-4409-1173\nReason given: toxic voice chat (report batch #77310)\nAppeal text: I wasn't even in that lobby, my little brother was on my console. I've changed my password now. Please review the voice clip timestamps against my login times.\nContact email: ⟦EMAIL_ADDRESS|kaylee.mcbride09@outlook.com⟧",
    },
    {
        "kind": "support",
        "text": "Is there a way to export all course certificates for my team at once? We've got 40 learners on the Business plan.",
    },
    {
        "kind": "support",
        "text": "Hi team, following up on case 00918244. Our SSO integration with Okta is still failing with 'invalid audience' after the tenant migration. We changed the Entity ID to the new one from your docs, cleared caches, same result. Can someone from CS join our call Thursday 2pm GMT? Thanks, Platform team at Brightwater Analytics",
    },
    {
        "kind": "support",
        "text": "Trust & Safety escalation note (internal)\nReporter flagged a seller profile for impersonation. Profile uses photos of ⟦PERSON|Imogen Castellanos-Reid⟧, who contacted us directly from ⟦EMAIL_ADDRESS|imogen.cr@protonmail.com⟧ with a copy of her passport (deleted after check, not stored). Verified match. Action: remove listing set L-88213, lock account u/7781209, preserve logs 90 days for possible police request. Ms ⟦PERSON|Castellanos-Reid⟧ says she is ⟦HEALTH_DATA|receiving treatment for anxiety⟧ after the harassment and asked that we only contact her by email.",
    },
    {
        "kind": "support",
        "text": "Number port-in request\nName: ⟦PERSON|Callum Oyelaran⟧\nNumber to port: ⟦PHONE_NUMBER|+44 7911 623 058⟧\nLosing network: Vireo Mobile\nPAC code: RVX 842 119\nPreferred date: Tue 18 June\nBilling address: ⟦STREET_ADDRESS|14 Harcourt Terrace, Leeds LS6 2DW⟧\nDirect Debit: ⟦IBAN_CODE|GB31 YJPC 7186 5013 1664 15⟧",
    },
    {
        "kind": "support",
        "text": "Thanks for sticking with us on this one. The outage on eu-west-2 storage nodes is resolved as of 11:42 UTC and the post-incident review will be on the status page by Friday. Service credits for affected plans are applied automatically on the next invoice.",
    },
    {
        "kind": "support",
        "text": "RE: RE: Data centre access – night shift\n\n> Can you add my new contractor to the rota for Slough DC2? Badge request attached.\n\nHi ⟦PERSON|Martin⟧,\nBadge is ready for ⟦PERSON|Radu Constantinescu⟧ at the security desk, badge no. DC2-C-0442. He needs to enrol his ⟦BIOMETRIC_DATA|fingerprint⟧ at the mantrap on first entry, so allow 15 min. He's on the on-call rota from 1 July, weekends paired with ⟦PERSON|Sana⟧.\nCheers,\n⟦PERSON|Georgia⟧\nSite Ops, Thamesgate Hosting",
    },
    {
        "kind": "hr",
        "text": "Candidate summary – Senior Customer Success Manager (req 2291)\nName: ⟦PERSON|Folasade Brennan-Okafor⟧\nCurrent: CSM lead at a fintech SaaS, 7 yrs\nNotice: 1 month\nSalary exp.: £68–72k\nNotes: strong on renewals, did a 40% NRR turnaround. Mentioned she is ⟦HEALTH_DATA|deaf in her left ear⟧ and would like captions on video interviews – booked with Otter captions for stage 2.",
    },
    {
        "kind": "hr",
        "text": "Courier onboarding checklist – London Central hub\nFull name: ⟦PERSON|Abdirahman Warsame⟧\nDate of birth: ⟦DATE_OF_BIRTH|02/11/1996⟧\nNI number: ⟦UK_NINO|EP645152D⟧\nRight to work: share code checked 12/03\nVehicle: e-bike, own\nEmergency contact: ⟦PERSON|Hodan Warsame⟧ (sister) ⟦PHONE_NUMBER|07852 330 194⟧\nBank for payouts: sort code and account on file (Stripe Connect)\nEquality monitoring (optional): ⟦ETHNIC_ORIGIN|Black British – Somali⟧, religion: ⟦RELIGIOUS_BELIEF|Muslim⟧",
    },
    {
        "kind": "hr",
        "text": "Rewrite this as a friendly but firm email to the employee, no more than 120 words:\n\n'⟦PERSON|Gareth⟧ 3rd late on-call response this quarter (P1 pager 14 Feb 47min, 2 Mar 38min, 19 Mar 52min). SLA 15min. Needs written warning stage 1 per policy HR-07. He said ⟦HEALTH_DATA|new sleeping tablets⟧ make him miss the phone, ask OH referral first.'\n\nEmployee name: ⟦PERSON|Gareth Pomfrey⟧",
    },
    {
        "kind": "hr",
        "text": "Minutes – Trust & Safety team wellbeing check-in, 22 May\nPresent: team leads (4), HR BP, EAP provider\n1. Moderation exposure hours: average 5.2h/day on graphic queues, target is max 4h. Rota change from June.\n2. Counselling sessions uptake is 31%, up from 18%.\n3. Night-shift allowance review pushed to Q3.\nActions: HR BP to publish new rota template; leads to remind staff of the EAP number in onboarding packs.",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Ritika Anand-Holloway⟧\n⟦STREET_ADDRESS|Flat 3, 27 Cranbrook Road, Bristol BS6 7BL⟧ · ⟦PHONE_NUMBER|07488 201 667⟧ · ⟦EMAIL_ADDRESS|ritika.ah@fastmail.com⟧\n\nIncident Response Analyst, Norrow Cyber (2021–present)\n- Led 30+ ransomware containment engagements, wrote the BEC playbook\n- GCFA, OSCP\nSOC Analyst, Hallmark Outsourcing (2018–2021)\n- Tier 2 triage for 14 MSP clients\nEducation: MSc Cyber Security, University of Bristol",
    },
    {
        "kind": "hr",
        "text": "Hi ⟦PERSON|Sam⟧, quick one – can you move my Thursday on-call to Friday? I've got a ⟦HEALTH_DATA|chemo⟧ appointment I can't move. Ta, ⟦PERSON|Lorna⟧",
    },
    {
        "kind": "hr",
        "text": "Reminder: the helpdesk shift swap form is now in Workday under Me > Time > Swap request. Swaps need manager approval 48h ahead. Bank holiday cover is paid at 1.5x.",
    },
    {
        "kind": "hr",
        "text": "Grievance intake – confidential\nEmployee: ⟦PERSON|Declan Farrelly⟧, Tier 1 support agent, Dublin\nPPS number (payroll): ⟦IE_PPSN|2527325TA⟧\nSummary: says his team lead made remarks about him being ⟦SEX_LIFE_ORIENTATION|gay⟧ in the team chat and left him off the overtime rota afterwards. Screenshots provided. He is a member of ⟦TRADE_UNION_MEMBERSHIP|the CWU⟧ and wants his rep present at the meeting.\nNext step: investigation meeting 4 June.",
    },
    {
        "kind": "hr",
        "text": "Exit interview notes – Game QA tester, contract ended\nReason for leaving: crunch during the launch month (avg 58h/wk), no overtime pay for contractors.\nWould recommend? No.\nSuggestions: fixed rota for cert builds, contractors included in launch bonus.",
    },
    {
        "kind": "marketing",
        "text": "Run support like your best agent is on every shift. Helmline routes, drafts and tags tickets in 30+ languages, so your team spends time on the conversations that matter. Start a 14-day trial, no card needed.",
    },
    {
        "kind": "marketing",
        "text": '"We cut first-response time from 9 hours to 40 minutes in one quarter. The macros alone paid for the licence." – ⟦PERSON|Hannah Weatherall⟧, Head of Customer Experience, Loopkit',
    },
    {
        "kind": "marketing",
        "text": "Tier III data centre space in Slough and Manchester. 24/7 on-site engineers, dual-fed power, biometric access control and 100 Gbps cross-connects. Book a site tour this month and get your first rack's setup fee waived.",
    },
    {
        "kind": "marketing",
        "text": "Ride with us this summer 🚲\nSet your own hours, get paid weekly and keep 100% of tips. Sign up in the app in 10 minutes – you just need a phone, a bike or scooter, and the right to work in the UK.",
    },
    {
        "kind": "marketing",
        "text": "Meet the team: ⟦PERSON|Oluwaseun Tregarthen⟧ runs our community moderation crew out of the Cardiff studio. Before that he spent six years keeping a 2-million-member MMO guild forum civil. Ask him about his Warhammer army – but block out an hour.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter – June\nNew in the Academy: 'Cloud incident response fundamentals', 12 short videos with hands-on labs. Also: our learning paths now sync with LinkedIn Learning and Degreed. Summer sale: 30% off annual plans until 30 June.",
    },
    {
        "kind": "marketing",
        "text": "Roam like home in 50 destinations. £2.50 a day, same minutes, texts and data as at home, and we'll text you the moment you land. No surprises on your bill.",
    },
    {
        "kind": "marketing",
        "text": "Mental health matters on every shift. All our couriers get free access to a 24/7 counselling line and six sessions a year with a licensed therapist, no questions asked.",
    },
    {
        "kind": "docs",
        "text": "Large language models used for ticket triage are typically fine-tuned on historical support conversations. Before training, remove personal data such as names, contact details and payment information, or replace it with consistent placeholders so the model still learns the structure of a conversation. Evaluate the model on a held-out set drawn from a later time window than the training data, because product names, error messages and customer vocabulary drift over months. Track precision per category, not only overall accuracy: a triage model that is 95% accurate can still route most security incidents to the wrong queue if they are rare.",
    },
    {
        "kind": "docs",
        "text": "Rotating on-call schedules: each rotation has a primary and a secondary responder. Escalation policies page the primary first; if the alert is not acknowledged within the escalation timeout (default 10 minutes), the secondary is paged, then the team's manager. Overrides let a responder hand over a shift for a fixed window without editing the rotation itself. Use the API endpoint /v2/schedules/{id}/overrides to create overrides from scripts.",
    },
    {
        "kind": "support",
        "text": "Subject: Re: Re: [INC-2291] Suspicious logins on the admin console – urgent\n\nHi ⟦PERSON|Niamh⟧,\n\nQuick update from our side before the 3pm bridge. We confirmed the attacker got in through a reused password on the account of ⟦PERSON|Oskar Lindqvist-Hale⟧ (finance admin). The password was ⟦PASSWORD|Summer2023!Leeds⟧ and it shows up in the 2023 combo list, so it's not a leak from you. We've disabled the account, revoked all 14 active sessions and forced MFA enrolment for every admin. ⟦PERSON|Oskar⟧ is reachable on ⟦PHONE_NUMBER|+44 7700 183 906⟧ if your forensics team want to speak to him directly.\n\nWhat we still need from you:\n1. Full audit log export for tenant 7d1c-prod from 1 to 9 June (UTC).\n2. Confirmation whether any API tokens were created in that window.\n3. The IPs behind the three logins flagged from Lagos and Bucharest.\n\nThanks,\n⟦PERSON|Priyanka Deshmukh⟧\nIncident lead, Corvane Security\n\n> On 9 Jun, ⟦PERSON|Niamh⟧ wrote:\n> Hi ⟦PERSON|Priyanka⟧, we've escalated internally. Our T&S on-call (⟦PERSON|Rhys Mabbutt⟧) has locked the tenant to read-only. Audit logs take up to 24h to export for that volume. Can you confirm the account owner is aware? We need a named contact on your side for the legal hold, ideally with a direct email.\n>\n> > On 9 Jun, ⟦PERSON|Priyanka⟧ wrote:\n> > We're seeing logins to our admin console at 02:14 and 02:31 UTC from IPs we don't recognise. MFA shows 'bypassed'. Please treat as P1.",
    },
    {
        "kind": "support",
        "text": "ok the payment keeps failing so here's the card, can you just put it through manually: ⟦CREDIT_CARD|5146 0537 1030 4034⟧ exp 09/27",
    },
    {
        "kind": "support",
        "text": "Hi, please add our VAT details to the next invoice. Company: Atlântico Surf Lda, contact ⟦PERSON|João Pedro Mascarenhas⟧, NIF ⟦PT_NIF|216887330⟧, Rua da Boavista 780, 4050-111 Porto. Account no. CU-118204.",
    },
    {
        "kind": "hr",
        "text": "candidate_id,name,email,phone,stage,source\nC-88120,⟦PERSON|Aleksandra Nowicka-Reed⟧,⟦EMAIL_ADDRESS|ola.nowickareed@gmail.com⟧,⟦PHONE_NUMBER|07403 912 556⟧,phone screen,LinkedIn\nC-88121,⟦PERSON|Tunde Bakare-Collins⟧,⟦EMAIL_ADDRESS|tunde.bc@outlook.com⟧,⟦PHONE_NUMBER|07956 114 302⟧,onsite,referral\nC-88122,⟦PERSON|Megan Thistlethwaite⟧,⟦EMAIL_ADDRESS|meg.thistle@icloud.com⟧,,rejected,job board",
    },
]
