"""Hand-written English texts of the held-out split fresh26: courts, probation, benefits, tax and public services."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "hi, what time does the county court registry counter open on saturdays?"},
    {
        "kind": "support",
        "text": "[09:14] visitor: my son ⟦PERSON|Tobiah Scarisbrick⟧ is at HMP Ashcombe, can I book a visit for friday\n[09:15] agent: Sure, what's the prisoner number?\n[09:15] visitor: A4471KC. also he's on ⟦HEALTH_DATA|methadone⟧ and the wing keeps missing doses\n[09:16] agent: I'll pass that to healthcare. Best number to reach you?\n[09:16] visitor: ⟦PHONE_NUMBER|07700 914 386⟧",
    },
    {
        "kind": "support",
        "text": "Summarise this letter for the caseworker in two bullet points:\n\nDear Sir/Madam, I am writing about my Universal Credit claim. My National Insurance number is ⟦UK_NINO|OR 51 09 92 B⟧. Since my ⟦HEALTH_DATA|knee replacement⟧ in March I cannot attend the job centre in person. Please send forms to ⟦STREET_ADDRESS|14 Quillmoor Terrace, Bradford BD7 2QS⟧. Regards, ⟦PERSON|Hollis Amankwah⟧",
    },
    {
        "kind": "support",
        "text": "How long does the Land Registry take to process a transfer of title after the solicitor submits it? Ours has been pending six weeks.",
    },
    {
        "kind": "support",
        "text": "Lost property desk — found item log\nDate: 03/02\nItem: brown leather wallet\nContents: driving licence in the name of ⟦PERSON|Corentin Maalouf-Brady⟧, debit card ⟦CREDIT_CARD|4727 8037 1631 4365⟧\nFound at: bus stop outside the magistrates' court\nHanded in by: member of the public (anonymous)",
    },
    {
        "kind": "support",
        "text": "Can you explain in plain English what a 'suspended sentence order' means? Asking for a school project, not about anyone specific.",
    },
    {
        "kind": "support",
        "text": "Rewrite this more politely for the witness service: 'Ms ⟦PERSON|Perpetua Ollerenshaw⟧ is refusing to come to court because she is scared of the defendant, who has ⟦CRIMINAL_RECORD|two prior convictions for harassment⟧. She's also ⟦HEALTH_DATA|seven months pregnant⟧ and wants a screen.'",
    },
    {
        "kind": "support",
        "text": "Our electoral registration office sends the annual canvass form in August. If you've moved, you can update your details online or by calling the number on the letter. Postal vote applications close 11 working days before polling day.",
    },
    {
        "kind": "hr",
        "text": "CV — ⟦PERSON|Marisol Fairweather-Oyelaran⟧\n⟦EMAIL_ADDRESS|m.fairweather.oy@postbox-mail.co.uk⟧ | ⟦PHONE_NUMBER|+44 7911 203 558⟧\n\nProbation Services Officer, Northern Region (2019–present)\n- Supervised a caseload of 45 low- and medium-risk people on community orders\n- Led the unpaid-work induction redesign\n\nCase Administrator, Crown Court (2015–2019)\n\nEducation: BA Criminology, University of Leicester\nMember of ⟦TRADE_UNION_MEMBERSHIP|Napo⟧ since 2016.",
    },
    {
        "kind": "hr",
        "text": "Occupational health referral — confidential\nEmployee: ⟦PERSON|Desmond Quarrington⟧, Tax Compliance Officer, Leeds\nReason: ⟦HEALTH_DATA|recurring migraines⟧ and ⟦HEALTH_DATA|a recent diagnosis of epilepsy⟧; requests no screen work after 4pm.\nManager: ⟦PERSON|Imelda Strachan⟧",
    },
    {
        "kind": "hr",
        "text": "Our court usher vacancy closes on 30 June. Usher duties include preparing courtrooms, calling witnesses, administering oaths and supporting judges. Full training is given; no legal background needed. For an informal chat contact ⟦PERSON|Wilhelmina Brackenbury⟧, senior usher.",
    },
    {
        "kind": "hr",
        "text": "Minutes — Youth Offending Team staff meeting, 12 May\nPresent: ⟦PERSON|Kwabena Fothergill-Asare⟧ (chair), ⟦PERSON|Rosalind Mbeki-Hart⟧, ⟦PERSON|Aurelio Quance⟧\n1. Caseload review: three new referrals from the police triage panel.\n2. ⟦PERSON|Aurelio⟧ returns from ⟦HEALTH_DATA|stress-related sick leave⟧ on Monday, phased return agreed.\n3. Holiday rota: please submit by Friday.",
    },
    {
        "kind": "hr",
        "text": "Extract name, NI number and start date as JSON:\n\nNew starter form — Jobcentre Plus, Croydon\nName: ⟦PERSON|Femi Ravenscroft⟧\nNI: ⟦UK_NINO|CB122178C⟧\nDate of birth: ⟦DATE_OF_BIRTH|22/09/1994⟧\nStart: 4 November\nBank IBAN (for expenses): ⟦IBAN_CODE|GB81 PLLI 7297 4641 8598 11⟧",
    },
    {
        "kind": "hr",
        "text": 'Staff spotlight: ⟦PERSON|Oonagh Pemberton-Sealy⟧ has worked at the Witness Service in Norwich for eleven years. "The best part is seeing someone walk out of court feeling they were heard," she says. Outside work she coaches under-12s netball.',
    },
    {
        "kind": "hr",
        "text": "Reminder: all prison education staff must complete the annual safeguarding e-learning by 31 March. The module covers radicalisation awareness, self-harm indicators and reporting routes. It takes about 40 minutes.",
    },
    {
        "kind": "hr",
        "text": "Reasonable adjustments request from ⟦PERSON|Lachlan Okonkwo-Reyes⟧ (pensions helpline): he is ⟦HEALTH_DATA|deaf in one ear⟧ and asks for a headset with mono balance. He also asked to swap Friday shifts for ⟦RELIGIOUS_BELIEF|Jumu'ah prayers⟧.",
    },
    {
        "kind": "marketing",
        "text": "Free legal advice every Tuesday at Harbourside Law Centre. Housing, debt, benefits appeals and employment problems — no appointment needed, just turn up between 10 and 2.",
    },
    {
        "kind": "marketing",
        "text": '"When my benefits were stopped I had no idea where to turn. The volunteers at Bridgeway Advice helped me win my tribunal in eight weeks." — ⟦PERSON|Gwendolyn Asante-Royle⟧, Swindon',
    },
    {
        "kind": "marketing",
        "text": "Victim Support newsletter, autumn edition: this quarter we helped 1,240 people after burglaries, assaults and fraud. Our new online chat runs evenings until 10pm. Thank you to every volunteer and donor.",
    },
    {
        "kind": "marketing",
        "text": "Register to vote by 18 April to have your say in the local elections! It takes five minutes online. You'll need your National Insurance number — and that's it.",
    },
    {
        "kind": "marketing",
        "text": 'Meet our volunteers: ⟦PERSON|Barnaby Achebe⟧ spent ⟦CRIMINAL_RECORD|four years in prison for robbery⟧ and now mentors young men leaving custody. "I know what the gate feels like on release day," he says.',
    },
    {
        "kind": "marketing",
        "text": "Pension Wise: free, impartial guidance for people over 50 with a defined contribution pension. Book a 60-minute appointment by phone or face to face.",
    },
    {
        "kind": "marketing",
        "text": "Our mental health and justice programme offers liaison nurses in police custody suites across the region, helping people with depression, psychosis or learning disabilities get the right support early.",
    },
    {
        "kind": "marketing",
        "text": "Case study for the annual report (please anonymise before publishing!): ⟦PERSON|Ishbel Carrow⟧, 34, came to us after leaving an abusive relationship. She is ⟦SEX_LIFE_ORIENTATION|bisexual⟧ and had been refused help at two shelters. Contact: ⟦EMAIL_ADDRESS|ishbel.carrow84@fastmail.example⟧",
    },
    {
        "kind": "docs",
        "text": "Court fees: how to apply for help\n\nIf you receive certain benefits or are on a low income, you may not have to pay court or tribunal fees in full. Complete form EX160 online or on paper. You will need details of your savings and income for the last month. Decisions are usually made within 10 working days. If you are refused, you can ask for the decision to be reconsidered.",
    },
    {
        "kind": "support",
        "text": "From: ⟦PERSON|Rupert Vantongeren⟧ <⟦EMAIL_ADDRESS|rvantongeren@kestrel-solicitors.co.uk⟧>\nTo: Legal Aid Agency, Civil Applications\nSubject: RE: RE: Application LAA-2291-88 — means assessment\n\nDear colleagues,\n\nFurther to your request, please find the client's documents attached. To summarise the position: our client, ⟦PERSON|Halima Drinkwater⟧, is the mother of two children who are subject to child protection plans following a referral by their school. She receives Employment and Support Allowance because of ⟦HEALTH_DATA|severe rheumatoid arthritis⟧ and has no savings. Her former partner has ⟦CRIMINAL_RECORD|a conviction for assault occasioning actual bodily harm⟧ and the local authority is considering care proceedings.\n\nWe would be grateful if the emergency certificate could be extended to cover the first hearing, currently listed for 9 December at the Family Court in Exeter.\n\nShe can be reached on ⟦PHONE_NUMBER|01392 448 207⟧; her address is ⟦STREET_ADDRESS|Flat 3, 27 Cowick Lane, Exeter EX2 9HB⟧. Her date of birth is ⟦DATE_OF_BIRTH|5 January 1989⟧.\n\nKind regards,\n⟦PERSON|Rupert Vantongeren⟧\nSolicitor, Kestrel Solicitors LLP\nTel. ⟦PHONE_NUMBER|01392 660 113⟧\n\n> On 14 Nov, Civil Applications wrote:\n> Thank you for your application. Before we can grant funding we need evidence of the client's income for the past month, bank statements and confirmation of the benefits she receives. Please reply within 14 days quoting the reference above.\n> Legal Aid Agency",
    },
    {
        "kind": "support",
        "text": "Quick q: ⟦PERSON|Thaddeus Molyneux-Abara⟧ missed his probation appointment because of ⟦HEALTH_DATA|a panic attack⟧, does that count as a breach?",
    },
    {
        "kind": "support",
        "text": 'Please classify this tax query: "My name is ⟦PERSON|Verity Okoro-Blanchflower⟧, I moved to ⟦STREET_ADDRESS|9 Saltmarsh Row, Hull HU1 3DT⟧ and my refund went to the old bank."',
    },
]
