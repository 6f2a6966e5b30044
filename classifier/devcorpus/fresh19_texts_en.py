"""Hand-written English texts of the ``fresh19`` split: trades, workshops, removals and professional services."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Job ticket JT-24-07731 (Hartwell Electrical)\n"
        "Customer: ⟦PERSON|Bronagh Kilbride⟧\n"
        "Site: ⟦STREET_ADDRESS|27 Ashgrove Terrace, Harold's Cross, Dublin 6W⟧\n"
        "Mobile: ⟦PHONE_NUMBER|087 641 2298⟧\n"
        "Issue: RCD trips every time the immersion comes on. Consumer unit is an old Wylex, 8-way.\n"
        "Access notes: key with neighbour at no. 29. Customer asks that the engineer rings ahead, she is "
        "⟦HEALTH_DATA|hard of hearing⟧ and may not hear the doorbell.",
    },
    {
        "kind": "support",
        "text": "hi, the plasterer left the skip on the road outside no. 14 and the council sent a warning letter, ref HW/SKP/5512. can someone move it today? thanks, ⟦PERSON|Imogen Threlfall⟧ (site office)",
    },
    {
        "kind": "support",
        "text": "Draft a reply to this customer of our garage, keep it short and apologetic:\n\n"
        "From: ⟦EMAIL_ADDRESS|tadhg.oshaughnessy@eircom.net⟧\n"
        "Subject: Re: Service booking 11/03 - Skoda Octavia 191-KY-4408\n\n"
        "You charged me for a cabin filter that was never changed, the old one is still in there with the leaves. "
        "Invoice INV-30944, total EUR 412.60. I paid with the card ending 7702. I expect a partial refund.\n"
        "⟦PERSON|Tadhg O'Shaughnessy⟧",
    },
    {
        "kind": "support",
        "text": "Removals quote Q-5530, 3-bed semi, Leeds to Harrogate, 2 crew + 7.5t lorry, piano (upright) extra £180. "
        "Customer wants the packing service on the Friday before. Can you check van availability for 14 June?",
    },
    {
        "kind": "support",
        "text": "Chat export, Kestrel Property Management tenant line - summarise for the maintenance team:\n"
        "[08:02] tenant: hi its ⟦PERSON|Kwabena Asante-Mensah⟧ flat 3B ⟦STREET_ADDRESS|41 Canal Wharf, Manchester M4 6FR⟧\n"
        "[08:02] tenant: no hot water since saturday, boiler shows F28\n"
        "[08:05] agent ⟦PERSON|Lorna Pettigrew⟧: Sorry to hear that. Is anyone vulnerable in the flat?\n"
        "[08:06] tenant: my wife is ⟦HEALTH_DATA|32 weeks pregnant⟧ and my son is 2 so he cant have cold baths\n"
        "[08:07] agent ⟦PERSON|Lorna Pettigrew⟧: I'll mark it priority 1, Gas Safe engineer today between 12 and 4.\n"
        "[08:07] tenant: ok best number ⟦PHONE_NUMBER|07923 118 406⟧",
    },
    {
        "kind": "support",
        "text": "Can you turn this site report into a 3-bullet summary for the client?\n\n"
        "Site report #SR-0419, Belmont Road kitchen extension. Footings dug to 1.2 m, building control inspected "
        "and passed (ref BC/22/0871). Steel beam delivery delayed to Thursday by the supplier. Blockwork to DPC "
        "done. Weather: 2 days lost to rain. No change to the completion date of 28 March.",
    },
    {
        "kind": "support",
        "text": "Incident report for the insurer, please tidy the English:\n"
        "Date: 04/02. Our apprentice ⟦PERSON|Callum Rennie⟧ fell from the second rung of a stepladder while fitting a "
        "smoke alarm at the customer's house. He has a ⟦HEALTH_DATA|sprained left wrist⟧, "
        "seen at A&E Ninewells. RIDDOR not required (less than 7 days off). Ladder was checked and is in good order.",
    },
    {
        "kind": "support",
        "text": "can u pay the deposit refund for 9 Orchard Mews to ⟦IBAN_CODE|GB75 IAUI 9313 6192 0384 74⟧ pls, tenant moved out 30th, inventory clean",
    },
    {
        "kind": "support",
        "text": "Customer complaint to the security company, help me answer it:\n"
        '"Your guard at the retail park stopped me and asked what I had in my bag in front of everyone. I am '
        "⟦RELIGIOUS_BELIEF|Sikh⟧ and he made a comment about it that was completely out of order. "
        'I want an apology in writing." - ⟦PERSON|Harpreet Kaur Sandhu⟧, ⟦EMAIL_ADDRESS|harpreet.sandhu82@outlook.com⟧',
    },
    {
        "kind": "support",
        "text": "Please summarise this thread for the landlord in 5 lines and list what we still owe the tenant.\n\n"
        "From: ⟦PERSON|Sunita Varghese⟧ <⟦EMAIL_ADDRESS|s.varghese@fenwicklettings.co.uk⟧>\n"
        "To: repairs@fenwicklettings.co.uk\n"
        "Subject: FW: Damp in bedroom 2 - 18 Tanner Street (tenancy TEN-2291)\n\n"
        "Forwarding the tenant's mail below. Contractor Aldous Damp Ltd attended on 3 Feb, quote AD-1187 for "
        "£2,350 + VAT (chemical DPC, replaster 6 m2). Landlord approved on 7 Feb but the works have not been booked.\n\n"
        "> From: ⟦PERSON|Gideon Ezeudu⟧ <⟦EMAIL_ADDRESS|gideon.ezeudu@yahoo.co.uk⟧>\n"
        "> Sent: 19 February 09:41\n"
        "> This is my fourth email. The black mould in the back bedroom is back on the ceiling and behind the "
        "wardrobe. My daughter (6) has ⟦HEALTH_DATA|asthma⟧ and has been on her ⟦HEALTH_DATA|salbutamol inhaler⟧ every night since "
        "January, the GP said the mould is not helping. We have moved her into our room. I have kept the heating on "
        "and the trickle vents open as your inspector told us.\n"
        "> I also want to know why the rent went out twice this month from my account (⟦IBAN_CODE|GB57 LHFD 7846 7980 2792 62⟧), "
        "£950 on the 1st and again on the 3rd. Please refund the second payment.\n"
        "> If nothing is booked by Friday I will contact the council's private sector housing team.\n"
        "> ⟦PERSON|Gideon⟧, ⟦PHONE_NUMBER|07700 934 518⟧\n"
        ">\n"
        ">> From: repairs@fenwicklettings.co.uk\n"
        ">> Sent: 4 February 16:12\n"
        ">> Dear Mr ⟦PERSON|Ezeudu⟧, the contractor has inspected and we are waiting for the landlord's approval. We will be "
        "in touch with dates shortly. Kind regards, Fenwick Lettings repairs team",
    },
    {
        "kind": "support",
        "text": "Family team: the client's ⟦GENETIC_DATA|DNA test showing he is not the biological father⟧ came back today. "
        "Please draft the covering letter to the court, case FD-24-0117, client ⟦PERSON|Rory Gallacher⟧.",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Payroll exception - week 23 (Brennan Facility Services)\n"
        "Employee: ⟦PERSON|Oluwaseun Bankole-Eze⟧, cleaning operative, Site 14 (Broadgate offices)\n"
        "NI no: ⟦UK_NINO|ZX 19 32 03 B⟧\n"
        "Reason: 3 days SSP - ⟦HEALTH_DATA|gastroenteritis⟧, self-certified.\n"
        "Pay to: ⟦IBAN_CODE|GB33 KDND 7224 7923 6343 63⟧ (no change)\n"
        "Also deduct union subs from next run, she joined ⟦TRADE_UNION_MEMBERSHIP|GMB⟧ on 2 June.",
    },
    {
        "kind": "hr",
        "text": "Timesheet query: the Ryedale site crew logged 52 h on Saturday for the scaffold strike. Overtime rate 1.5x applies after 8 h per the 2024 pay agreement. Please confirm before the BACS run on Tuesday.",
    },
    {
        "kind": "hr",
        "text": "Summarise this return-to-work interview for the file, neutral tone:\n\n"
        "Operative ⟦PERSON|Declan Mulqueen⟧ (plumber, van 12) back after 6 weeks. GP fit note says "
        "⟦HEALTH_DATA|lumbar disc prolapse⟧, fit for amended duties: no lifting above 15 kg, no crawl spaces for 4 weeks. "
        "He sees a physio twice a week. Agreed: bathroom refits with the "
        "second man only, review on 19th.",
    },
    {
        "kind": "hr",
        "text": "Candidate vetting result (BS 7858), Sentinel Guarding Ltd\n"
        "Name: ⟦PERSON|Marek Wiśniewski⟧\n"
        "DOB: ⟦DATE_OF_BIRTH|23/07/1987⟧\n"
        "NI: ⟦UK_NINO|HK249229B⟧\n"
        "Basic DBS: disclosed - ⟦CRIMINAL_RECORD|conviction for common assault, 2016, Leeds Magistrates⟧ (spent).\n"
        "5-year history: verified, one 4-month gap (travel).\n"
        "Decision: refer to operations director.",
    },
    {
        "kind": "hr",
        "text": "New starter checklist - temp agency placement, please check it's complete:\n"
        "Name: ⟦PERSON|Aisling Dunphy⟧ | PPSN: ⟦IE_PPSN|3619457JA⟧ | Role: site admin, Naas\n"
        "Bank: ⟦IBAN_CODE|IE77 IYUU 7469 1702 4554 13⟧\n"
        "Emergency contact: ⟦PERSON|Ciarán Dunphy⟧ (brother) ⟦PHONE_NUMBER|086 220 7135⟧\n"
        "Health questionnaire: ⟦HEALTH_DATA|type 1 diabetic⟧, carries a glucose monitor; needs short breaks.\n"
        "Right to work: Irish passport seen.",
    },
    {
        "kind": "hr",
        "text": "Reminder to all field staff: the 2025 van allowance is £1,240 a year, paid monthly from April. Mileage claims go through the new ExpenseLine app, not email. Questions to payroll@ (not to your supervisor).",
    },
    {
        "kind": "hr",
        "text": "Rewrite this grievance outcome so it is less stiff:\n"
        "The investigation found that comments made by the site foreman to ⟦PERSON|Tomasz Zieliński⟧ about his "
        "⟦ETHNIC_ORIGIN|Polish⟧ background and to ⟦PERSON|Jerome Baptiste⟧ about him being ⟦SEX_LIFE_ORIENTATION|gay⟧ "
        "breached the dignity at work policy. The foreman has received a final written warning.",
    },
    {
        "kind": "hr",
        "text": "Works meeting notes, Castlegate Construction, 12 May\n"
        "Present: site managers, H&S lead, ⟦PERSON|Gareth Llewellyn-Hughes⟧ (⟦TRADE_UNION_MEMBERSHIP|Unite⟧ shop steward)\n"
        "1. Welfare cabins at Penarth site - heating fixed.\n"
        "2. Biometric clocking: from July the turnstiles move to ⟦BIOMETRIC_DATA|fingerprint scans⟧; staff who object can use a card.\n"
        "3. Heat stress guidance for the summer to be issued by 1 June.\n"
        "Next meeting 9 June.",
    },
    {
        "kind": "hr",
        "text": "CV extract, paste into our template:\n"
        "⟦PERSON|Nkechi Obi-Lawson⟧ - Chartered Accountant (ACCA)\n"
        "⟦EMAIL_ADDRESS|nkechi.obilawson@gmail.com⟧ · ⟦PHONE_NUMBER|+44 7418 552 903⟧\n"
        "2019-now  Senior Tax Associate, Pemberton & Lyle LLP, Birmingham - VAT returns for 60 SME clients, R&D tax credits\n"
        "2015-2019 Audit Trainee, Hollis Reade - audit of construction and haulage clients\n"
        "Volunteer treasurer, ⟦RELIGIOUS_BELIEF|Redeemed Christian Church of God⟧ parish, Handsworth",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Spring offer: 10% off all loft conversions booked before 30 April. Free survey, FENSA-registered windows, 10-year guarantee. Call Northcote Builders on the number on our website.",
    },
    {
        "kind": "marketing",
        "text": "Customer story for the website, polish please:\n"
        "\"After my ⟦HEALTH_DATA|stroke⟧ I couldn't use the bath any more. Mullan & Sons fitted a level-access shower "
        'with a fold-down seat in four days and the fitters were so patient with me." - ⟦PERSON|Eileen Corrigan⟧, Lisburn',
    },
    {
        "kind": "marketing",
        "text": "Newsletter blurb: we're now a Which? Trusted Trader and NICEIC approved contractor. EV charger installs from £849 fitted (Zappi v2, Ohme Home Pro). Book online, slots from next week.",
    },
    {
        "kind": "marketing",
        "text": "Write a LinkedIn post welcoming our new partner at the law firm:\n"
        "⟦PERSON|Priya Venkatraman⟧ joins Ashworth Kemp as partner in the property team. She advised on the "
        "Quayside regeneration and sits on the board of ⟦POLITICAL_OPINION|the Liberal Democrats' Bristol branch⟧. "
        "Keep it upbeat, no more than 80 words.",
    },
    {
        "kind": "marketing",
        "text": 'Ad copy A/B test for the cleaning franchise:\nA: "End-of-tenancy cleans that get your deposit back."\nB: "Landlord-approved deep cleans, from £149."\nWhich one suits a Facebook audience of 25-40 renters?',
    },
    {
        "kind": "marketing",
        "text": "Staff spotlight for the dealership newsletter, make it warmer:\n"
        "Meet ⟦PERSON|Yusuf Demirci⟧, our master technician at the Reading branch. Twenty years on VWs, "
        "coaches our apprentices, and every Friday he closes up early because he goes to "
        "⟦RELIGIOUS_BELIEF|Friday prayers at the Abu Bakr mosque⟧. Proud dad of three.",
    },
    {
        "kind": "marketing",
        "text": "Estate agent listing: Charming two-bed Victorian terrace on a quiet street in Headingley. New combi boiler (2023), EPC rating C, south-facing yard. Chain free. Viewings Saturday 10-1.",
    },
    {
        "kind": "marketing",
        "text": "Testimonial for our accessible-homes page:\n"
        '"As a ⟦HEALTH_DATA|wheelchair user⟧ with ⟦HEALTH_DATA|MS⟧ I was dreading the renovation. The team widened '
        'every doorway and moved the sockets up without me asking twice." - ⟦PERSON|Rhiannon Bevan-Price⟧',
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Part P of the Building Regulations applies to electrical installation work in dwellings in England. "
        "Notifiable work includes a new circuit, the replacement of a consumer unit, and any addition or alteration "
        "in a special location such as a room containing a bath or shower. Registered competent persons can "
        "self-certify; other work must be notified to the local authority building control body before it starts. "
        "A minor works certificate is issued for small alterations, an electrical installation certificate for new circuits.",
    },
    {
        "kind": "docs",
        "text": "How the quoting model works: the estimator (model QuoteBuilder-3, release 3.4.1) splits a job into "
        "labour, materials and plant. Labour rates come from the regional rate card; materials are priced from the "
        "supplier feed refreshed nightly at 02:00. Margins are applied per trade. The output is a draft quote in "
        "PDF and CSV; it must be reviewed by a surveyor before it is sent. Known limitation: skip hire in London "
        "boroughs with parking-bay suspensions is under-priced by about 8 %.",
    },
]
