"""Hand-written English texts of the held-out split fresh27: leisure and personal life."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "how do I hide my distance on the Kindlewick app?"},
    {
        "kind": "support",
        "text": "[09:14] member: hi, someone reported my profile and now it's frozen\n[09:15] agent ⟦PERSON|Priya⟧: sorry about that! can you confirm the email on the account?\n[09:15] member: ⟦EMAIL_ADDRESS|thaddeus.okonkwo-rees@mailbox.org⟧\n[09:17] agent ⟦PERSON|Priya⟧: thanks. The report says your bio mentions you are ⟦SEX_LIFE_ORIENTATION|bisexual⟧ and the reporter thought that broke rules - it doesn't. Unfreezing now.\n[09:18] member: cheers, took ages to write that bio lol",
    },
    {
        "kind": "support",
        "text": 'Summarise this complaint for the trust & safety queue in two bullet points:\n\n"My match, ⟦PERSON|Corentin Vasquez-Hale⟧, kept sending me messages after I unmatched him. He found my number ⟦PHONE_NUMBER|+44 7700 918 342⟧ somehow and texted me at 3am. I also found out he has a ⟦CRIMINAL_RECORD|conviction for stalking⟧ from 2019. Please ban him." - submitted by ⟦PERSON|Rosalind Achterhoek⟧',
    },
    {
        "kind": "support",
        "text": "Hi Glimmerfield Weddings,\n\nJust checking the deposit went through for our date in June? Paid by card ending 3153 on Tuesday. Venue is still the barn near Malton.\n\nThanks,\n⟦PERSON|Isla⟧",
    },
    {
        "kind": "support",
        "text": "Subject: Re: Memorial page for Dad\n\nDear Mr ⟦PERSON|Lindqvist⟧,\n\nThank you for the photographs. We have published the memorial page for ⟦PERSON|Bartholomew Egwu⟧. As requested, we removed the line about his ⟦HEALTH_DATA|motor neurone disease⟧ from the public tribute; it now only appears in the private family section.\n\nThe collection for the hospice can be paid to ⟦IBAN_CODE|GB20 CAJD 9162 0532 3095 14⟧ (ref. EGWU-MEM).\n\nWith sympathy,\n⟦PERSON|Maeve Dunnigan-Roe⟧\nHollin Bank Funeral Directors\n45 Tanner's Row, Otley\n\n> On 3 March, ⟦PERSON|Oskar Lindqvist⟧ wrote:\n> Please could the page not say how he died. Mum doesn't want people to know.",
    },
    {
        "kind": "support",
        "text": "Does the spa have step-free access to the thermal suite? Asking for a group booking of six.",
    },
    {
        "kind": "support",
        "text": "Extract the booking details into JSON (name, phone, treatment, notes):\n\nClient: ⟦PERSON|Wilhelmina Achebe⟧\nMobile: ⟦PHONE_NUMBER|07911 204 867⟧\nTreatment: lip filler review\nNotes: currently ⟦HEALTH_DATA|pregnant⟧ (second trimester) - practitioner must postpone any injectables. Takes ⟦HEALTH_DATA|warfarin⟧.",
    },
    {
        "kind": "support",
        "text": "Buyer here. The seller of the vintage Raleigh on Relooped said he'd post it but it never arrived, tracking number is fake. Can you open a dispute? Listing #88231-RB.",
    },
    {
        "kind": "support",
        "text": "[Pawprint Sitters chat]\n18:02 Owner: Hi, the sitter for Biscuit this weekend, is that still ⟦PERSON|Jomo Farrant⟧?\n18:04 Support: Yes, ⟦PERSON|Jomo⟧ is confirmed for Sat-Sun. He'll collect the key from ⟦STREET_ADDRESS|12 Larkspur Close, Hebden Bridge HX7 6QT⟧ at 9.\n18:05 Owner: lovely. Biscuit needs her thyroid tablet at 8pm, it's in the fridge.\n18:05 Support: noted on the booking 👍",
    },
    {
        "kind": "hr",
        "text": "Nanny placement record\nCandidate: ⟦PERSON|Ngozi Halvorsen⟧\nDate of birth: ⟦DATE_OF_BIRTH|14 March 1988⟧\nNI number: ⟦UK_NINO|GA863634D⟧\nEnhanced DBS: clear\nReferences: 2 received\nNotes: candidate disclosed ⟦HEALTH_DATA|type 1 diabetes⟧; carries insulin, family informed with her consent.",
    },
    {
        "kind": "hr",
        "text": "Minutes - instructors' meeting, Northgate Dance Academy, 4 Feb\nPresent: studio manager, 6 teachers\n1. Summer showcase rota agreed.\n2. ⟦PERSON|Anselm Teodorescu⟧ will be off for six weeks after ⟦HEALTH_DATA|knee surgery⟧; ⟦PERSON|Keturah Bloom⟧ covers his Tuesday ballet.\n3. ⟦PERSON|Keturah Bloom⟧ asked that her ⟦TRADE_UNION_MEMBERSHIP|Equity membership⟧ be noted for the insurance paperwork.\n4. AOB: new sprung floor in Studio 2 from April.",
    },
    {
        "kind": "hr",
        "text": "Can you rewrite this reference so it sounds warmer? '⟦PERSON|Lorcan⟧ worked as a swim coach at Brackenridge Summer Camp for three seasons. He was punctual and the kids liked him.'",
    },
    {
        "kind": "hr",
        "text": "CURRICULUM VITAE\n⟦PERSON|Soraya Delacroix-Mensah⟧\n⟦STREET_ADDRESS|Flat 3, 88 Wellesley Road, Colchester CO3 3HF⟧ · ⟦EMAIL_ADDRESS|soraya.dm@fastpost.co.uk⟧ · ⟦PHONE_NUMBER|+44 7384 551 209⟧\n\nProfile: Level 4 personal trainer, pre- and post-natal specialist.\n\nExperience\n2021-now  Senior PT, Ironbark Gym, Colchester\n2017-2021 Group fitness instructor, Leisure Hub Ipswich\n\nQualifications: REPs Level 4, first aid at work, kettlebell instructor.\nInterests: open water swimming, Sunday league netball.",
    },
    {
        "kind": "hr",
        "text": "Hi HR, quick one - is the carer's allowance policy for domiciliary staff the same as for office staff or different?",
    },
    {
        "kind": "hr",
        "text": "Incident note (confidential) - Camp Fernhollow\nCounsellor ⟦PERSON|Declan Oyewumi-Hart⟧ reported that camper's parent made remarks about his ⟦ETHNIC_ORIGIN|Nigerian heritage⟧ at pick-up. Declan asked that it be logged. Camp director spoke to parent on 12/07. Declan has also asked for Fridays off during Jumu'ah as he is a practising ⟦RELIGIOUS_BELIEF|Muslim⟧ - approved.",
    },
    {
        "kind": "hr",
        "text": "Staff portrait: Meet ⟦PERSON|Tamsin⟧, our head therapist. ⟦PERSON|Tamsin⟧ has been with Willowmere Spa for nine years and trained half of our current team in hot-stone massage. Outside work she restores narrowboats.",
    },
    {
        "kind": "hr",
        "text": "Translate into Polish for our cleaner agency payroll: 'Please send ⟦PERSON|Zofia Wrzesniewska⟧ her payslip for March. Her bank details are unchanged.'",
    },
    {
        "kind": "marketing",
        "text": "Your perfect day, without the spreadsheet. Glimmerfield Weddings plans everything from the first venue viewing to the last dance. Book a free 30-minute call.",
    },
    {
        "kind": "marketing",
        "text": '★★★★★ "I was nervous about my first Pilates class after ⟦HEALTH_DATA|my hip replacement⟧, but ⟦PERSON|Aurelio⟧ made me feel completely safe." - ⟦PERSON|Gwendolyn Ashworth-Pike⟧, Harrogate',
    },
    {
        "kind": "marketing",
        "text": "Discover your roots with HeritageThread. Our autosomal DNA test compares over 700,000 markers and shows your ancestry across 1,500 regions. Results in 4-6 weeks. Now 30% off for Mother's Day.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter - Spring at Fernhollow Camp\n\nThe lake is thawed, the canoes are out of storage, and our counsellor team is hired! Early-bird places close 31 March. Campers with allergies or medical needs: please fill in the health form in your parent portal before arrival.",
    },
    {
        "kind": "marketing",
        "text": 'Success story: ⟦PERSON|Marcus Lindgren-Obi⟧ and ⟦PERSON|Teodor Falk⟧ met on Kindlewick in 2022 and married last autumn. "As a ⟦SEX_LIFE_ORIENTATION|gay⟧ couple from a small town we never thought an app would work for us," says Marcus.',
    },
    {
        "kind": "marketing",
        "text": "Household help you can trust. Every Homeward Staffing nanny, cleaner and carer is DBS-checked, reference-checked and insured. Call 0800 family line or book online.",
    },
    {
        "kind": "marketing",
        "text": "Astrology corner: with Mercury out of retrograde this week, Librans may finally get that overdue conversation. Book a 1:1 chart reading with our resident astrologer.",
    },
    {
        "kind": "marketing",
        "text": "Client story (shared with consent): ⟦PERSON|Hyacinth Mbeki⟧ came to our wellness coaching after ⟦HEALTH_DATA|burnout and a panic disorder diagnosis⟧. Twelve weeks later she is back at work part-time.",
    },
    {
        "kind": "docs",
        "text": "Profile moderation guidelines (v3)\n\n1. Photos must show the member's face clearly; no group shots as the main photo.\n2. Mentions of sexual orientation, religion or health in a bio are allowed and must not be a reason for removal.\n3. Contact details (phone numbers, handles) in bios are removed automatically.\n4. Escalate any report mentioning violence to Tier 2 within 1 hour.",
    },
    {
        "kind": "docs",
        "text": "FAQ - Marketplace payments\nQ: When is the seller paid?\nA: Funds are released 48 hours after the buyer confirms receipt.\nQ: Can I pay by bank transfer?\nA: No, all payments go through our escrow to protect both sides.\nQ: What if the item is not as described?\nA: Open a dispute within 7 days.",
    },
]
