"""Hand-written English texts of the ``fresh10`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Summarise this roaming-desk chat for the ticket (RMG-558201):\n"
        "[09:12] customer: hi my data stopped working in Tirana, plan TravelWise 20GB\n"
        "[09:13] agent Priya: Albania is outside the EU zone, the day pass is 6.99\n"
        "[09:15] customer: fine, add it. it's ⟦PERSON|Callum Ostrowski⟧, account holder, dob ⟦DATE_OF_BIRTH|3 March 1979⟧",
    },
    {
        "kind": "support",
        "text": "Draft a reply to the assistance case TA-20931. Insured: ⟦PERSON|Maeve Dunleavy⟧, admitted to a clinic in "
        "Málaga with a ⟦HEALTH_DATA|fractured hip⟧, needs repatriation by air ambulance. Her son ⟦PERSON|Ronan⟧ is "
        "on ⟦PHONE_NUMBER|+353 87 419 2267⟧. Policy GoSafe Annual, excess €150.",
    },
    {
        "kind": "support",
        "text": "voicemail transcript please clean up: hi um yeah this is about the the storage unit we booked for "
        "the move on friday er unit 14 at the Leeds depot can you call back thanks bye",
    },
    {
        "kind": "support",
        "text": "Rewrite politely: 'Your pawn loan PL-77310 matures on 12 Jan. Redeem or renew in store, bring the ticket.'",
    },
    {
        "kind": "support",
        "text": "Classify this box-office email (accessibility / refund / other):\n\nFrom: ⟦EMAIL_ADDRESS|h.pembury-lowe@fastmail.co.uk⟧\n"
        "Hello, I'm booking Saturday's matinee of The Lighthouse Keeper for my husband, he uses a ⟦HEALTH_DATA|wheelchair⟧ "
        "and has ⟦HEALTH_DATA|Parkinson's⟧ so an aisle space near the exit please. Order 4402871.\nThanks, ⟦PERSON|Hester Pembury-Lowe⟧",
    },
    {
        "kind": "support",
        "text": "What's the difference between a roaming day pass and the Worldwide Add-on? Answer in two sentences for a help article.",
    },
    {
        "kind": "support",
        "text": "Customer ⟦PERSON|Ines Halloran⟧ says the DNA kit (KIT-GX-448120) was registered twice. Explain how to merge two kits in the Rootline app.",
    },
    {
        "kind": "support",
        "text": "Extract fields to JSON from this scanned licence form:\n\nGAME LICENCE APPLI-\nCATION 2026\nName: ⟦PERSON|DERMOT "
        "FAHY⟧\nAddress: ⟦STREET_ADDRESS|17 Knockmore Terrace, Ballina⟧\nPPSN: ⟦IE_PPSN|6839412F⟧\nFirearm cert no. FC-20197\n"
        "Convictions in last 5 yrs: ⟦CRIMINAL_RECORD|poaching offence 2022⟧\nSigned ____",
    },
    {
        "kind": "support",
        "text": "Check these canteen dietary registrations for the spring term and flag any row where the kitchen "
        "needs a separate prep area. Return a table: pupil, class, need, action.\n\n"
        "pupil,class,parent,parent_phone,need,notes\n"
        '⟦PERSON|Ellis Varga-Whitcombe⟧,4R,⟦PERSON|Noemi Varga⟧,⟦PHONE_NUMBER|07934 551 208⟧,⟦HEALTH_DATA|coeliac⟧,"strict, no shared toaster"\n'
        '⟦PERSON|Zainab Oyewole⟧,2B,⟦PERSON|Tunde Oyewole⟧,⟦PHONE_NUMBER|07455 302 917⟧,halal,"⟦RELIGIOUS_BELIEF|Muslim⟧ family, fasting '
        'in Ramadan from year 5 only"\n'
        "⟦PERSON|Archie Penhallow⟧,6T,⟦PERSON|Lorna Penhallow⟧,⟦PHONE_NUMBER|07700 640 135⟧,⟦HEALTH_DATA|peanut and tree nut anaphylaxis⟧,"
        '"⟦HEALTH_DATA|EpiPen⟧ in office, second pen in bag"\n'
        '⟦PERSON|Mia Kowalczuk⟧,1A,⟦PERSON|Agata Kowalczuk⟧,⟦PHONE_NUMBER|07511 884 026⟧,vegetarian,""\n'
        '⟦PERSON|Reuben Glassman⟧,3G,⟦PERSON|Dvora Glassman⟧,⟦PHONE_NUMBER|07388 129 774⟧,kosher-style,"⟦RELIGIOUS_BELIEF|Jewish⟧, no pork '
        'or shellfish, milk and meat not in the same meal"\n'
        '⟦PERSON|Lily-Rose Ashdown⟧,5R,⟦PERSON|Kerry Ashdown⟧,⟦PHONE_NUMBER|07862 215 490⟧,⟦HEALTH_DATA|type 1 diabetes⟧,"carb counts on '
        'the menu please, pump user"\n'
        "Hollis Street Primary, 0 rows with missing consent. Export 2026-01-06 08:31, batch CNT-7741.\n\n"
        "Kitchen manager notes: the new menu cycle starts on 19 January; the supplier Fernfield Foods confirmed "
        "certified gluten-free bread; the separate fryer is still on order (PO 55170).",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Hospice volunteer rota note, tidy it into a table:\n- ⟦PERSON|Gwen Attridge⟧ Tue/Thu, not Fridays (⟦RELIGIOUS_BELIEF|Muslim⟧, "
        "Jumu'ah)\n- ⟦PERSON|Oliver Nnamdi⟧ weekends only\n- Sandra back in Feb after her ⟦HEALTH_DATA|chemo⟧",
    },
    {
        "kind": "hr",
        "text": "Write a job ad for a part-time evening-school tutor (GCSE maths, Tuesdays 6-9pm, Bristol campus).",
    },
    {
        "kind": "hr",
        "text": "Summarise for the probation contract manager: caseworker ⟦PERSON|Lennox Huang⟧ reports that service user "
        "⟦PERSON|Jamie Corrigan⟧ (NINO ⟦UK_NINO|JM204817C⟧, licence for ⟦CRIMINAL_RECORD|burglary⟧) missed two unpaid-work sessions; "
        "GP letter says ⟦HEALTH_DATA|depression⟧, on ⟦HEALTH_DATA|sertraline⟧.",
    },
    {
        "kind": "hr",
        "text": "Probation contractor, tidy this tagging note: ⟦PERSON|Declan Moorcroft⟧ enrolled on the phone check-in "
        "system, ⟦BIOMETRIC_DATA|voiceprint⟧ captured 09/01, curfew 19:00-07:00, next review 6 Feb.",
    },
    {
        "kind": "hr",
        "text": "Make this nicer for the helpline volunteer newsletter: 'Thanks to all 40 volunteers who did shifts over Pride month.'",
    },
    {
        "kind": "hr",
        "text": "Check this CV for gaps:\n\n⟦PERSON|Aoife Brannigan⟧\n⟦EMAIL_ADDRESS|aoife.brannigan@eircom.net⟧ | ⟦PHONE_NUMBER|086 204 7718⟧\n"
        "2019-2024 Removals crew lead, PackRight Ltd\n2017-2019 warehouse, Dublin Port\nMember of ⟦TRADE_UNION_MEMBERSHIP|SIPTU⟧, "
        "full clean licence C1",
    },
    {
        "kind": "hr",
        "text": "Helpline volunteer admin: ⟦PERSON|Tobias Wren⟧ asked to be listed as ⟦SEX_LIFE_ORIENTATION|bi⟧ on the peer-support "
        "pairing sheet, and not on the public rota. Update the note accordingly.",
    },
    {
        "kind": "hr",
        "text": "Turn into minutes: staff meeting 14 Nov, canteen team, chaired by ⟦PERSON|Delphine Okafor⟧, agreed new allergen labels, next meeting 12 Dec.",
    },
    {
        "kind": "hr",
        "text": "payroll query from ⟦PERSON|Kwame Asante-Reid⟧ ni number ⟦UK_NINO|PR731592A⟧ says his ⟦TRADE_UNION_MEMBERSHIP|Unite⟧ dues were "
        "taken twice in october, pay to ⟦IBAN_CODE|GB89 NWBK 6016 1341 8822 07⟧ please",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Write three subject lines for our student-housing winter newsletter (HallPoint, 12 sites, early-bird rent offer).",
    },
    {
        "kind": "marketing",
        "text": "Polish this review for the website and keep the name: 'The movers were brill, nothing broke, even the piano. "
        "Cheers - ⟦PERSON|Fiona McCracken⟧, moved from Leith to Perth'",
    },
    {
        "kind": "marketing",
        "text": "Our hospice runs a diabetes and dementia awareness week in March. Write a 60-word community post.",
    },
    {
        "kind": "marketing",
        "text": "Leaflet draft for the campaign office, shorten to 80 words: 'I'm ⟦PERSON|Rosalind Achebe⟧, ⟦POLITICAL_OPINION|Green Party⟧ "
        "candidate for Ward 7. Call me on ⟦PHONE_NUMBER|07700 918 442⟧.'",
    },
    {
        "kind": "marketing",
        "text": "Rootline customer story, anonymise nothing, she consented: ⟦PERSON|Marisol Teague⟧ learned from her test that she carries "
        "a ⟦GENETIC_DATA|BRCA2 variant⟧ and is ⟦ETHNIC_ORIGIN|42% Ashkenazi Jewish⟧. Make it warm, 120 words.",
    },
    {
        "kind": "marketing",
        "text": "Write an exhibitor reminder for TradeFair North: stand build closes 18:00 on 3 Feb, hall B loading bay 2.",
    },
    {
        "kind": "marketing",
        "text": "SMS campaign, under 160 chars: theatre relaxed performance, autism-friendly, 15 March, tickets £8.",
    },
    {
        "kind": "marketing",
        "text": "Condense this fishing-licence season announcement: rod licences for the 2026 season go on sale 1 Feb, "
        "online or at the Kilmore office, concession rate for over-66s.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Roaming charges inside the EU/EEA follow the Roam-like-at-Home rule: customers pay domestic prices for calls, "
        "SMS and data within a fair-use limit. Operators may apply a surcharge when usage exceeds the limit, and must "
        "send an SMS when a customer crosses into a non-EU network. Travel outside the zone is billed per MB or through "
        "a day pass. Maritime and in-flight networks are billed separately and are not covered by the regulation.",
    },
    {
        "kind": "docs",
        "text": "Evening schools in the adult-education sector usually run three terms a year. Courses are graded on a "
        "pass/merit/distinction scale and learners can transfer credits between centres. Timetables are published six "
        "weeks before each term; enrolment closes two weeks before the first session.",
    },
]
