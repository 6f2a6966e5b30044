"""Hand-written English texts of the ``fresh15`` split: ferries, orchestras, vineyards, zoos and other desks."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Subject: Assisted boarding, Holyhead to Dublin, booking HD-7730915\n\n"
        "Hello,\n\nI'm travelling with my mother, ⟦PERSON|Agnes Threlfall⟧, on the 08:55 sailing on 12 March. "
        "She uses a powered wheelchair since her ⟦HEALTH_DATA|stroke⟧ and also has ⟦HEALTH_DATA|multiple sclerosis⟧, "
        "so she cannot manage the stairs from the car deck. Could someone meet us at the lift on deck 3? "
        "The chair weighs 118 kg with batteries (lithium, 2 x 300 Wh), I have the data sheet if needed.\n\n"
        "We're in a grey Skoda Octavia estate, reg on the booking. Best number on the day is my mobile, "
        "⟦PHONE_NUMBER|07700 914 226⟧.\n\nThanks,\n⟦PERSON|Bernadette Threlfall⟧",
    },
    {
        "kind": "support",
        "text": "hi is the 06:40 out of Rosslare still running? car + 2 adults, ref RF-448210",
    },
    {
        "kind": "support",
        "text": "Ticket HP-20931 | Status: Awaiting parts | Priority: P2\n"
        "Unit: Aeroclima 9kW monobloc, serial AC9-M-0442871, firmware 3.12.4\n"
        "Fault: E31 (low-pressure trip) three times since the cold snap, resets after 40 min.\n"
        "Engineer note 14/01: refrigerant pressure OK at rest, suspect expansion valve sticking. "
        "Part EXV-22 ordered from the Leeds depot, ETA Thursday.\n"
        "Customer asked whether the immersion can cover hot water until then: yes, timer set to 05:30-06:30.\n"
        "Next action: confirm slot with customer via portal message.",
    },
    {
        "kind": "support",
        "text": "Can you help me reword this complaint so it sounds less angry? It's to the zoo:\n\n"
        '"We visited on Saturday and my son ⟦PERSON|Caspian⟧, who is ⟦HEALTH_DATA|autistic⟧ and wears ear defenders, '
        "was told by a staff member at the penguin talk that he had to take them off 'so he could hear properly'. "
        "He had a meltdown and we left at 11. We had bought the Quiet Hour tickets specifically. "
        'Please reply to ⟦EMAIL_ADDRESS|roz.pemberton-quaile@outlook.com⟧, order ZQ-558102."',
    },
    {
        "kind": "support",
        "text": "Deposit refund - campervan hire VW-CAL-17\n\n"
        "Hi team, the van went back on 2 Sept with a full tank and no damage (the check-out sheet is signed by "
        "your colleague at the Inverness depot). It's been three weeks and the £750 deposit hasn't come back. "
        "The card I paid with has been cancelled since, so please send it by bank transfer instead:\n\n"
        "Name: ⟦PERSON|Lachlan Dunsmuir⟧\nIBAN: ⟦IBAN_CODE|GB84 ZXKC 8979 5608 6645 49⟧\n"
        "Address for the paperwork: ⟦STREET_ADDRESS|14 Balnacoil Road, Brora KW9 6NR⟧\n\nCheers, ⟦PERSON|Lachlan⟧",
    },
    {
        "kind": "support",
        "text": "[09:12] Agent (⟦PERSON|Niamh⟧): Good morning, you're through to SomnoCare Ireland, how can I help?\n"
        "[09:12] Customer: hi my CPAP says 'data card full' and the sleep clinic says they can't see my nights\n"
        "[09:13] Agent (⟦PERSON|Niamh⟧): I can sort that. Can I take your name and PPS number to find your file?\n"
        "[09:14] Customer: ⟦PERSON|Declan Ó Maoláin⟧, ⟦IE_PPSN|7703723HA⟧\n"
        "[09:14] Customer: i have ⟦HEALTH_DATA|severe obstructive sleep apnoea⟧, AHI was 52 at the study\n"
        "[09:15] Agent (⟦PERSON|Niamh⟧): Thanks ⟦PERSON|Declan⟧. I see the AirSense unit on the Long-Term Illness scheme. "
        "I'll post a new 8 GB card to the address on file today; the old card can go back in the prepaid envelope.\n"
        "[09:16] Customer: grand thanks",
    },
    {
        "kind": "support",
        "text": "Please turn this into a formal appeal against PCN KT40718822 (Kingston, 3 Feb, bay 14, Market Place):\n\n"
        "i parked in the disabled bay, my blue badge was on the dashboard but it must have slid down when i shut the door. "
        "i have the badge because of my ⟦HEALTH_DATA|COPD⟧, i cant walk more than about 50 metres without stopping. "
        "badge number is on the photo i'm attaching. my name is ⟦PERSON|Reginald Okafor-Banks⟧, "
        "⟦STREET_ADDRESS|22 Tolworth Rise North, Surbiton KT5 9NL⟧",
    },
    {
        "kind": "support",
        "text": "Order #VLT-10294 (2x home jersey 2026, size L, no name printing) still says 'label created' "
        "after 9 days. Tracking 1Z8A4W190394471562. Can you check with the courier or refund? Cheers",
    },
    {
        "kind": "support",
        "text": "Forwarding a question from the studio inbox, can you draft a reply for the artist?\n\n"
        "---------- Forwarded message ---------\nFrom: ⟦PERSON|Imogen Sackville⟧ <⟦EMAIL_ADDRESS|imogen.sackville@protonmail.com⟧>\n"
        "Date: Mon, 6 Oct\nSubject: consent form q\n\n"
        "Hi! I'm booked for the fine-line piece on the 18th. On the form it asks about meds. I'm on "
        "⟦HEALTH_DATA|isotretinoin⟧ for acne until end of November and I've got ⟦HEALTH_DATA|eczema⟧ on the inner arm. "
        "Is that a problem or should I move the appointment?\n⟦PERSON|Imogen⟧",
    },
    {
        "kind": "support",
        "text": "Subject: Erasure request - annual pass AP-301877\n"
        "\n"
        "Hi, I'm cancelling my annual pass and under GDPR I'd like you to delete the ⟦BIOMETRIC_DATA|face "
        "template⟧ your turnstile took when I registered, and the photo on the pass. Please confirm in "
        "writing to ⟦EMAIL_ADDRESS|t.haverstock@gmx.co.uk⟧.\n"
        "\n"
        "Thanks,\n"
        "⟦PERSON|Tamsin Haverstock⟧",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Nordic tour 2026 - logistics for section leaders\n\n"
        "- Instruments travel in the second truck; cellos and basses must be in flight cases by 16:00 on the 4th.\n"
        "- Per diems are paid in local currency on arrival in Oslo, Stockholm and Helsinki.\n"
        "- The rest day in Bergen is unpaid leave only if you asked for it before 1 May.\n"
        "- Concert dress: black, winter programme. The Sibelius encore needs two extra horns from the reserve list.\n"
        "Please confirm your section's rooming list to orchestra management by Friday.",
    },
    {
        "kind": "hr",
        "text": "Occupational health outcome - safety-critical role (track maintenance)\n\n"
        "Employee: ⟦PERSON|Gareth Pennington-Hume⟧\nNI number: ⟦UK_NINO|BS516144D⟧\n"
        "Role: Lookout / COSS, night possessions, Crewe area\n"
        "Assessment date: 11/11\n"
        "Findings: ⟦HEALTH_DATA|type 1 diabetes⟧, well controlled on ⟦HEALTH_DATA|insulin pump⟧; "
        "⟦HEALTH_DATA|red-green colour vision deficiency⟧ (Ishihara 9/17)\n"
        "Outcome: FIT with restrictions - not to act as lookout where signal aspects must be read; "
        "may work as COSS and in the welding gang. Review in 12 months.\n"
        "Manager actions: update Sentinel competence record; do not share findings beyond the line manager.",
    },
    {
        "kind": "hr",
        "text": "NEW STARTER FORM - Crumb & Co. franchise, Bristol Temple Meads kiosk\n\n"
        "Full name: ⟦PERSON|Yusuf Adebayo-Marsh⟧\nDate of birth: ⟦DATE_OF_BIRTH|03/09/1998⟧\n"
        "NI number: ⟦UK_NINO|RY005620D⟧\nHome address: ⟦STREET_ADDRESS|Flat 2, 61 Stapleton Road, Bristol BS5 0QT⟧\n"
        "Mobile: ⟦PHONE_NUMBER|07911 302 587⟧\nBank (for wages): ⟦IBAN_CODE|IE14 PUDP 7352 7920 7919 07⟧ (Irish account, ok?)\n"
        "Union: ⟦TRADE_UNION_MEMBERSHIP|BFAWU⟧ member, wants subs deducted from pay\n"
        "Religious observance: ⟦RELIGIOUS_BELIEF|Muslim⟧, asks for a short break for Jumu'ah on Fridays\n"
        "Shift pattern: earlies (04:30 bake-off), Tue-Sat\nFood hygiene cert: Level 2, exp. 2027",
    },
    {
        "kind": "hr",
        "text": "Can you tidy this note for the player file? Keep the medical bit factual.\n\n"
        'Spoke with ⟦PERSON|Tobiah Wrenfield⟧ ("wrenny") and his agent re: the Major in Cologne. Tournament '
        "integrity rules require a TUE for any stimulant. ⟦PERSON|Tobiah⟧ takes ⟦HEALTH_DATA|lisdexamfetamine 50 mg⟧ "
        "for ⟦HEALTH_DATA|ADHD⟧, prescribed since 2021. Psychiatrist letter received, TUE form to be filed by the "
        "team doctor before 20 Jan. Until approved he plays unmedicated in scrims only. Bootcamp stays in Berlin.",
    },
    {
        "kind": "hr",
        "text": "harvest crew 2026 - east slope, please import into the payroll sheet\n"
        "name,phone,ni_or_tax_no,start,notes\n"
        "⟦PERSON|Tomasz Wierzchowski⟧,⟦PHONE_NUMBER|+48 512 774 903⟧,⟦PL_PESEL|81020396135⟧,15/09,tractor licence\n"
        "⟦PERSON|Inês Vasconcelos Brito⟧,⟦PHONE_NUMBER|+351 912 448 170⟧,⟦PT_NIF|317788027⟧,15/09,"
        "⟦HEALTH_DATA|wasp sting allergy⟧ - carries EpiPen\n"
        "⟦PERSON|Kieran Blackwood⟧,⟦PHONE_NUMBER|07723 118 604⟧,⟦UK_NINO|RH016961A⟧,22/09,returning picker\n"
        "⟦PERSON|Milena Dąbrowska-Ferry⟧,⟦PHONE_NUMBER|+48 601 339 256⟧,,22/09,needs accommodation",
    },
    {
        "kind": "hr",
        "text": "We're hiring: Senior Keeper, Primates (full time, 40 h incl. weekends on rota)\n\n"
        "You'll lead a team of four looking after our troop of western lowland gorillas and the new lemur walk-through. "
        "Experience with positive-reinforcement training and operant conditioning for husbandry procedures is essential; "
        "a Level 3 in animal management or equivalent is preferred. Salary band K3, 28 days holiday, free entry for your "
        "household. Apply through the careers page by 30 November, reference ZK-PRI-0426.",
    },
    {
        "kind": "hr",
        "text": "Volunteer vetting - basic disclosure result, wildlife hospital\n\n"
        "Applicant: ⟦PERSON|Saffron Lightbody⟧, DOB ⟦DATE_OF_BIRTH|22 June 1995⟧\n"
        "Disclosure: one unspent entry - ⟦CRIMINAL_RECORD|conditional caution for possession of a Class B drug (2024)⟧\n"
        "Coordinator view: not relevant to hedgehog and bird rehab duties; no controlled drugs are kept on the ward "
        "she would work in. Recommend accept, with no key-holder access to the pharmacy cupboard.\n"
        "Decision by: volunteer manager, 3 working days.",
    },
    {
        "kind": "hr",
        "text": "Accreditation office: flexible working during the festival fortnight\n\n"
        "Staff may swap shifts among themselves through the rota app as long as each desk has two accredited people "
        "between 08:00 and 22:00. Overtime above 48 hours a week needs the opt-out form on file. Badges for press, "
        "industry and jury are printed on site; nobody prints a badge for a name that is not in the system.",
    },
    {
        "kind": "hr",
        "text": "Please summarise this thread for the HR case file (grievance GR-2026-07), neutral tone, max 150 words.\n\n"
        "From: ⟦PERSON|Ottilie Vanstone⟧\nTo: HR\nSubject: RE: RE: formal grievance - rehearsal on 9 April\n\n"
        "Thank you for the acknowledgement. To answer your questions: yes, there were witnesses (the whole second "
        "violin section), and yes, I raised it with the section leader the same evening.\n\n"
        "During the break the guest conductor asked, loudly, whether my 'girlfriend' would be collecting me again, "
        "and then joked to the leader that the orchestra had become 'very ⟦SEX_LIFE_ORIENTATION|lesbian⟧-friendly'. "
        "I have not come out at work and I did not choose to. The following day he refused to release me from the "
        "Friday evening concert even though it is ⟦RELIGIOUS_BELIEF|Shabbat⟧ and the management has always excused me; "
        "he said 'religion is not a scheduling category'.\n\n"
        "I would like the orchestra to confirm in writing that my absence on Fridays after sunset remains agreed, and "
        "that the conductor's comments will be addressed before the autumn season.\n\n⟦PERSON|Ottilie⟧\n\n"
        "> On 14 Apr, HR wrote:\n> Dear ⟦PERSON|Ottilie⟧, thank you for your message. We are treating this as a formal grievance "
        "under section 4 of the handbook. Could you tell us whether anyone else heard the remarks, and whether you "
        "raised them informally first? We will arrange a meeting within 10 working days; you may bring a colleague or "
        "your ⟦TRADE_UNION_MEMBERSHIP|Musicians' Union⟧ representative.\n>\n> Kind regards,\n> ⟦PERSON|Harriet Loxley⟧, "
        "People & Culture\n>\n>> On 12 Apr, ⟦PERSON|Ottilie Vanstone⟧ wrote:\n>> I wish to raise a formal grievance "
        "about remarks made by the guest conductor at the rehearsal on 9 April.",
    },
    {
        "kind": "hr",
        "text": "Fitness-to-work note - deck officer, Rosslare-Cherbourg rotation (2 on / 2 off)\n"
        "\n"
        "Name: ⟦PERSON|Rhodri Penhaligon⟧\n"
        "PPS no.: ⟦IE_PPSN|5033345O⟧\n"
        "GP letter: heterozygous for ⟦GENETIC_DATA|Factor V Leiden⟧, found by family screening after his "
        "sister's clot; no clot himself, no medication.\n"
        "Advice: compression stockings on crew-change flights over 4 h, keep moving on long watches.\n"
        "Outcome: FIT, no restrictions. Keep this note in the medical file only, not in the crew planning "
        "system.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Adopt a red panda this Christmas! Your adoption pack includes a plush toy, a certificate, two "
        "guest tickets and a quarterly update from the keepers. From £45. Every adoption funds our breeding "
        "programme with partner zoos across Europe.",
    },
    {
        "kind": "marketing",
        "text": "Wine club spring shipment is here: our 2024 Bacchus (crisp, elderflower, a whisper of "
        "gooseberry), the first bottling of the sparkling rosé and a library release of the 2019 Pinot Noir. "
        "Members' tasting on the terrace Saturday 2-5pm, no booking needed. Use code SPRINGCELLAR for 10% off extra bottles.",
    },
    {
        "kind": "marketing",
        "text": "\"I hadn't dived since my ⟦HEALTH_DATA|open-heart surgery⟧ in 2022 and honestly thought that chapter "
        "was over. The team sent my cardiologist's letter to their dive doctor, planned shallow shore dives and "
        'never once made me feel like a patient." - ⟦PERSON|Fenella Rowcroft⟧, Advanced Open Water, 140 logged dives',
    },
    {
        "kind": "marketing",
        "text": "Announcement draft for socials, tighten to 280 chars:\n"
        "We're proud to welcome ⟦PERSON|Joaquín 'Quinny' Albornoz⟧ to our Valorant roster! Joining from the "
        "Iberian league, ⟦PERSON|Quinny⟧ brings three seasons of IGL experience. Say hi at the fan meet in Katowice.",
    },
    {
        "kind": "marketing",
        "text": "Push notification test, variants for the winter timetable:\n"
        'A: "Winter sailings are live - book your car space before half term."\n'
        'B: "Half term sorted? Winter sailings now on sale, cabins from £39."\n'
        'C: "New: 07:10 sailing on Fridays. Book in the app."',
    },
    {
        "kind": "marketing",
        "text": "Pride month feature for the federation newsletter, please proofread:\n\n"
        'When ⟦PERSON|Alasdair Keogh-Brennan⟧ won the national rapid title in Perth last year he thanked "my husband '
        '⟦PERSON|Rafe⟧, who has sat through more blitz games than any man should". ⟦PERSON|Alasdair⟧, who came out as '
        "⟦SEX_LIFE_ORIENTATION|gay⟧ in 2019, now runs the federation's junior coaching network and says the clubs "
        "have become much more welcoming places since.",
    },
    {
        "kind": "marketing",
        "text": "Case study (website, Renewable Homes section):\n"
        "The ⟦PERSON|Okonkwo-Barr⟧ family swapped a 20-year-old oil boiler for a 7 kW air-source heat pump in their "
        "1930s semi. After one winter their running costs fell by 38 % and the house holds 20 °C without the old "
        'radiator noise. "The installers were tidy and explained the app twice," says ⟦PERSON|Chidinma Okonkwo-Barr⟧.',
    },
    {
        "kind": "marketing",
        "text": "Allotment association autumn newsletter\n\n"
        "Congratulations to plot 17's ⟦PERSON|Wilfred Ashgrove⟧, re-elected to the district council for the "
        "⟦POLITICAL_OPINION|Green Party⟧, who has promised to fight the water-butt charge. The seed swap is on "
        "25 October in the hut. Compost toilets are closed for the winter.",
    },
    {
        "kind": "marketing",
        "text": "New season, new colour. Book your balayage or full head tint online and we'll remind you to pop in "
        "for a quick skin allergy test at least 48 hours before. It's free and takes two minutes.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Speculative decoding speeds up inference by letting a small draft model propose several tokens that "
        "the large target model then verifies in a single forward pass. When the draft agrees with the target, "
        "several tokens are accepted at the cost of one large-model step; when it diverges, the target's own "
        "prediction is used from the first rejected position. The output distribution is unchanged, so quality is "
        "identical to ordinary sampling. Gains depend on the acceptance rate, which is highest for predictable text "
        "such as code and boilerplate and lowest for creative writing at high temperature.",
    },
    {
        "kind": "docs",
        "text": "Configuring request timeouts\n\n"
        "The gateway applies three timeouts to every upstream call: connect (default 2 s), first byte (default 30 s) "
        "and total (default 120 s). Streaming responses reset the first-byte timer on each chunk, so long generations "
        "are not cut off as long as tokens keep arriving. Set the values per route in routes.yaml; a value of 0 "
        "disables the limit, which is not recommended in production. Timeouts are logged with the route name and the "
        "upstream host, never with the request body.",
    },
]
