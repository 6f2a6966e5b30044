"""Hand-written English texts of the ``fresh18`` split: schools, universities, libraries, councils, clubs, parishes and NGOs."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Message via ParentMail, Year 5 (Class Rowan):\n"
        "Hi Mrs Tennant, just checking the residential to Bewerley Park next week. ⟦PERSON|Alfie Brennock⟧ has "
        "⟦HEALTH_DATA|asthma⟧ and needs his ⟦HEALTH_DATA|salbutamol⟧ inhaler before any climbing or gorge walking, "
        "two puffs. I've put a spare in his washbag. Can whoever's leading his group keep the spare? Thanks, "
        "⟦PERSON|Niamh Brennock⟧ ⟦PHONE_NUMBER|07912 448 301⟧",
    },
    {
        "kind": "support",
        "text": "is the Harbour Road leisure centre pool open on the bank holiday monday?",
    },
    {
        "kind": "support",
        "text": "Library helpdesk chat, summarise for the ticket:\n"
        "[14:02] patron: hi, my card says LBX-004417 and it's blocked\n"
        "[14:03] agent: It's blocked because 3 items are 40+ days overdue (The Salt Path, Bake Off: Showstoppers, "
        "a DVD box set). Fines are capped at £8.00.\n"
        "[14:05] patron: ok can I pay online and renew the other two?\n"
        "[14:05] agent: Yes, via the Spydus app > My Account > Charges. Renewals allowed up to 3 times.\n"
        "[14:06] patron: great ta",
    },
    {
        "kind": "support",
        "text": "To: studentservices@lancsvale.ac.uk\nSubject: Extenuating circumstances - MA Heritage Studies\n\n"
        "Dear Student Services,\nI'm writing to request an extension for the HER7021 portfolio (due 14 March). "
        "Since January I've been unwell with ⟦HEALTH_DATA|glandular fever⟧ and my GP has now referred me for "
        "⟦HEALTH_DATA|post-viral fatigue⟧ assessment. I can send the fit note. I'd be grateful for four weeks.\n\n"
        "Kind regards,\n⟦PERSON|Priyanka Sundararajan⟧\nStudent no. 21984406\n⟦EMAIL_ADDRESS|p.sundararajan@student.lancsvale.ac.uk⟧",
    },
    {
        "kind": "support",
        "text": "Resident parking permit application - council web form export\n"
        "Applicant: ⟦PERSON|Gethin Prydderch⟧\n"
        "Address: ⟦STREET_ADDRESS|19 Ty Mawr Terrace, Aberdare CF44 8PL⟧\n"
        "Vehicle reg: CY19 KVF\n"
        "Zone: AB3\n"
        "Blue badge holder: yes - ⟦HEALTH_DATA|multiple sclerosis⟧, uses a ⟦HEALTH_DATA|walking frame⟧\n"
        "Phone: ⟦PHONE_NUMBER|07887 520 614⟧\n"
        "Requested: disabled bay outside the house (ref DB-2025-0388)",
    },
    {
        "kind": "support",
        "text": "Booking for the Roman Gallery workshop (Key Stage 2), group ref MUS-GRP-5521: 58 pupils + 7 adults, "
        "arrival 10:15 on Thursday 6 Nov, coach drop-off at the Castle Street entrance. Lunch room needed 12:00-12:40. "
        "Please confirm the invoice goes to the school office, PO 44710.",
    },
    {
        "kind": "support",
        "text": "Summer camp registration - Glenmore Outdoor Youth Camp, week 2\n"
        "Camper: ⟦PERSON|Zainab Okafor-Reilly⟧, DOB ⟦DATE_OF_BIRTH|03/09/2013⟧\n"
        "Parent/guardian: ⟦PERSON|Chiamaka Okafor-Reilly⟧, ⟦PHONE_NUMBER|+353 86 402 7719⟧\n"
        "Medical: ⟦HEALTH_DATA|coeliac disease⟧, ⟦HEALTH_DATA|peanut allergy⟧ (carries an EpiPen)\n"
        "Dietary: halal meals please, she is ⟦RELIGIOUS_BELIEF|Muslim⟧ and will pray at midday\n"
        "Swimming ability: 25 m unaided\nT-shirt size: 11-12",
    },
    {
        "kind": "support",
        "text": "Can you help me word a reply? Adult education centre. A learner, ⟦PERSON|Farah Haidari⟧, wants to move from ESOL Entry 3 "
        "(Tue/Thu evening, code ESOL-E3-EVE) to the Saturday morning group because of shift work. The Saturday "
        "group has 2 places. Fee difference is zero. Keep it short and friendly.",
    },
    {
        "kind": "support",
        "text": "Gym support ticket #GY-77120: member ⟦PERSON|Hattie Summerbee⟧ cancelled in October and asks us to "
        "delete her ⟦BIOMETRIC_DATA|fingerprint template⟧ from the turnstile system and refund the £29.99 taken on "
        "1 Nov from card ⟦CREDIT_CARD|5458 7918 7300 7728⟧.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Volunteer roster export - Northside Food Bank (Sat shifts), check for gaps:\n"
        "name,phone,shift,dbs_status,notes\n"
        "⟦PERSON|Ewan Lochhead⟧,⟦PHONE_NUMBER|07700 381 245⟧,08:30-12:00,clear,driver\n"
        "⟦PERSON|Farida Osmani⟧,⟦PHONE_NUMBER|07456 112 908⟧,08:30-12:00,clear,Arabic/Dari speaker\n"
        "⟦PERSON|Bartholomew Lisle⟧,⟦PHONE_NUMBER|07831 665 077⟧,12:00-15:30,disclosed,"
        '"⟦CRIMINAL_RECORD|conviction for theft from a shop (2014)⟧ - risk assessed, no cash handling"\n'
        "⟦PERSON|Rosalind Ashworth-Pugh⟧,⟦PHONE_NUMBER|07920 004 562⟧,12:00-15:30,pending,",
    },
    {
        "kind": "hr",
        "text": "Return-to-work meeting note, St Columba's Primary\n"
        "Staff member: ⟦PERSON|Declan Muldowney⟧ (Year 3 teacher)\n"
        "Absence: 9 weeks following ⟦HEALTH_DATA|hip replacement⟧\n"
        "Adjustments agreed: no playground duty until half term, ground-floor classroom, phased return 3 days/week for "
        "4 weeks. OH referral not needed. Next review 12 Jan.",
    },
    {
        "kind": "hr",
        "text": "Minutes - Central Library staff meeting, 3 Oct\n"
        "1. Self-service kiosks: firmware 4.2.1 rolled out, two units (K3, K5) still offline.\n"
        "2. Rota: Sunday opening trial continues until March; volunteers cover the children's desk 11-1.\n"
        "3. Stock: 1,240 withdrawn items to go to the book sale on 18 Oct.\n"
        "4. AOB: fire drill moved to Tuesday 9:15. Actions: Duty manager to update the rota in RotaCloud.",
    },
    {
        "kind": "hr",
        "text": "New starter form - University of Kingsmere, Estates\n"
        "Name: ⟦PERSON|Kwabena Asante-Boateng⟧\n"
        "Date of birth: ⟦DATE_OF_BIRTH|22 July 1988⟧\n"
        "NI number: ⟦UK_NINO|OM 39 26 18 C⟧\n"
        "Home address: ⟦STREET_ADDRESS|Flat 3, 41 Wellesley Road, Croydon CR0 2AD⟧\n"
        "Bank: ⟦IBAN_CODE|GB24 SFZW 2993 5447 5724 06⟧\n"
        "Role: Grounds technician, grade 3, start 1 Dec\n"
        "Right to work: checked (share code)",
    },
    {
        "kind": "hr",
        "text": "Draft an acknowledgement for this message to the head's PA:\n"
        "\"Hi, just letting you know I'm the ⟦TRADE_UNION_MEMBERSHIP|NEU school rep⟧ now and ⟦PERSON|Marta Wójcikowska⟧ "
        "has asked me to come with her to Thursday's capability meeting. - ⟦PERSON|Tadhg Fennelly⟧\"",
    },
    {
        "kind": "hr",
        "text": "We are hiring: Visitor Experience Host, Harbourside Maritime Museum. 22.5 hours a week including "
        "alternate weekends, £12.60/hour. You'll welcome visitors, run the till and help with school sessions. "
        "Apply by 30 November via the council jobs portal, job ref CUL-0419.",
    },
    {
        "kind": "hr",
        "text": "Summarise this grievance for the HR case log (Borough council, Parks team):\n"
        "⟦PERSON|Callum Ferris⟧ says that since he mentioned his husband at the Christmas do, two colleagues have "
        "called him names about being ⟦SEX_LIFE_ORIENTATION|gay⟧ over the radio and left him off the overtime list. "
        "He has screenshots from the team WhatsApp. He wants it investigated formally.",
    },
    {
        "kind": "hr",
        "text": "Job ref PAR-VRG-02: St Brigid's parish is recruiting a part-time verger. Candidate shortlist note: "
        "⟦PERSON|Siobhán Garrihy⟧, reference from her rector confirms she is a communicant member of the "
        "⟦RELIGIOUS_BELIEF|Church of Ireland⟧ (genuine occupational requirement for this post).",
    },
    {
        "kind": "hr",
        "text": "Fwd: RE: RE: sick leave - Aoibhe\n\n"
        "---------- Forwarded message ---------\n"
        "From: HR Shared Services <hr@tipperaryetb.ie>\nDate: Mon, 10 Nov\nTo: Principal, Clonmel Further Education College\n\n"
        "Hi Ciarán,\nPlease find the summary below for your file. Payroll have been told.\n\n"
        "Employee: ⟦PERSON|Aoibhe Clery⟧, Tutor (Childcare QQI L5)\n"
        "PPSN: ⟦IE_PPSN|4066558K⟧\n"
        "Certified absence: 6 Oct - 21 Nov, GP certs received weekly\n"
        "Reason on cert: ⟦HEALTH_DATA|long COVID⟧ with ⟦HEALTH_DATA|post-exertional malaise⟧\n"
        "Occupational health (Medmark) recommends a phased return at 50 % hours from 24 Nov, no evening classes, "
        "and a review after 4 weeks. Critical illness protocol does not apply.\n"
        "Home address on file: ⟦STREET_ADDRESS|Apt 4, Millrace Court, Clonmel, Co. Tipperary E91 K2X7⟧\n\n"
        "> From: Ciarán (Principal)\n> Can you confirm when Aoibhe is back? We need to cover the Tuesday group "
        "and I have a sub lined up until the end of term. Also, does she need a ground-floor room?\n>\n"
        "> > From: ⟦PERSON|Aoibhe Clery⟧\n> > Just to update you, the consultant has said I can try going back "
        "part time. I'm still on ⟦HEALTH_DATA|propranolol⟧ for the heart rate and can't manage stairs well yet. "
        "I'd really like to keep my Thursday morning group. My mobile is ⟦PHONE_NUMBER|087 214 6630⟧ if easier.\n\n"
        "Please keep this summary on the confidential part of the file only and do not forward it to the department.\n\nRegards,\nHR Shared Services",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "This half term at your library: Lego club (Tues 4pm), Rhyme Time for under-4s, a Minecraft "
        "coding taster and our Autumn Reading Challenge - read 6 books, collect 6 stickers, win a medal! All free, "
        "no booking needed except the coding taster (8 laptops).",
    },
    {
        "kind": "marketing",
        "text": "Subject: Thank you for joining us, ⟦PERSON|Hamish Drummond⟧!\n\n"
        "Welcome to the team. As a new ⟦POLITICAL_OPINION|Liberal Democrat member⟧ in Stirling West you're "
        "invited to our canvass launch this Saturday, 10:00 at the Albert Halls. Bring comfy shoes. "
        "We'll text you on ⟦PHONE_NUMBER|07845 930 217⟧ with your patch.",
    },
    {
        "kind": "marketing",
        "text": "Museum Lates: 'After Dark at the Pump House'. Friday 21 Feb, 6.30-10pm. Gin tasting in the engine "
        "hall, a silent disco among the steam pumps and torchlit tours of the cisterns. Tickets £15, 18+.",
    },
    {
        "kind": "marketing",
        "text": "Donor story draft for the Christmas appeal (Stroke Survivors Network), tighten to 80 words:\n"
        "When ⟦PERSON|Moira Catterall⟧, 67, had a ⟦HEALTH_DATA|stroke⟧ last spring she lost most of the speech "
        "on her right side - she calls it 'words stuck in treacle'. Our volunteer ⟦PERSON|Jonah Whitlock⟧ "
        "visited every Wednesday with picture cards. Moira now reads to her grandson again. "
        "She still has ⟦HEALTH_DATA|aphasia⟧ but she's singing in our choir.",
    },
    {
        "kind": "marketing",
        "text": "New year, new you? Join Fit4All gyms by 31 Jan: no joining fee, first month £9.99, then £24.99. "
        "Code NEWYOU25 at checkout.",
    },
    {
        "kind": "marketing",
        "text": "Community testimonial for the Ballymun Learning Hub website:\n"
        '"As a ⟦ETHNIC_ORIGIN|Traveller⟧ mam I left school at 13. The literacy group gave me the confidence to '
        "read the letters from my kids' school myself.\" - ⟦PERSON|Bridget McDonagh⟧, QQI Level 3 graduate 2024",
    },
    {
        "kind": "marketing",
        "text": "Open Day at Kingsmere: Saturday 14 June, 9:30-4. Subject talks every hour, campus tours, "
        "accommodation viewings. Register at kingsmere.ac.uk/openday.",
    },
    {
        "kind": "marketing",
        "text": "Club spotlight, Harriers RFC newsletter:\n"
        "Meet our new women's captain ⟦PERSON|Lowri Penhaligon⟧! Lowri joined as a total beginner in 2019 and "
        "has played through two ⟦HEALTH_DATA|ACL reconstructions⟧. She's also the club's welfare officer and, as "
        "an openly ⟦SEX_LIFE_ORIENTATION|lesbian⟧ player, helped us sign the Pride in Rugby charter.",
    },
    {
        "kind": "marketing",
        "text": "Parish bulletin, 5th Sunday of Lent: the Lenten soup lunches continue in the hall after 10:30 Mass. "
        "Proceeds to Trócaire. Confessions Saturday 11-12. Stations of the Cross Friday 7pm.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "How postal voting works in local elections\n\n"
        "Anyone on the electoral register can apply for a postal vote without giving a reason. Applications must "
        "reach the electoral registration office by 5pm, 11 working days before polling day. Your pack contains a "
        "ballot paper, a postal voting statement and two envelopes. You must sign the statement and give your date "
        "of birth exactly as on your application; if they do not match, the ballot is rejected. Completed packs "
        "can be posted free or handed in at any polling station in the same ward before 10pm on polling day.",
    },
    {
        "kind": "docs",
        "text": "Getting started with e-lending\n\nLibraries lend e-books and e-audiobooks through apps such as "
        "Libby and BorrowBox. Each licence behaves like a physical copy: one reader at a time, with holds when all "
        "copies are out. Loans return themselves after 21 days, so there are no overdue charges. Some publishers "
        "license titles for 24 months or 26 loans, after which the library has to buy the licence again.",
    },
]
