"""English texts of the fresh22 split: care homes, home care, pharmacies, clinics, insurers and hospital HR."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Does the Harbourview Dental portal let me move a hygienist slot to a Saturday?",
    },
    {
        "kind": "support",
        "text": (
            "Can you summarise this complaint thread for the home manager? Keep it under 150 words.\n\n"
            "From: ⟦PERSON|Rosalind Quennell-Obi⟧ <⟦EMAIL_ADDRESS|ros.quennellobi@btinternet.com⟧>\n"
            "To: enquiries@elmcroftcare.co.uk\n"
            "Subject: RE: RE: Mum's room and medication round\n\n"
            "Dear Mr ⟦PERSON|Trevaskis-Hale⟧,\n\n"
            "Thank you for ringing me back on Friday, but I am afraid nothing has changed. When I visited on "
            "Sunday afternoon Mum's call bell was again out of reach, clipped to the curtain rail, and she told me "
            "she had waited over forty minutes for help to the toilet. Her ⟦HEALTH_DATA|Parkinson's⟧ tablets "
            "(⟦HEALTH_DATA|co-careldopa⟧ at 7, 11, 3 and 7) were given at 12:40 on Saturday, which the night "
            "nurse confirmed from the MAR chart. You know how badly her tremor and swallowing get when the doses "
            "slip. I also found a bruise on her left forearm that nobody had recorded.\n\n"
            "I would like a meeting this week with you and the clinical lead, a copy of the falls log for room 14 "
            "since 1 March, and confirmation in writing that the medication times will be kept. If I do not "
            "hear by Wednesday I will contact the CQC and the local authority safeguarding team.\n\n"
            "Kind regards,\n"
            "⟦PERSON|Rosalind Quennell-Obi⟧\n"
            "Daughter and LPA for health and welfare for ⟦PERSON|Margery Quennell-Obi⟧ (room 14)\n"
            "⟦PHONE_NUMBER|07723 418 905⟧\n\n"
            "-----Original Message-----\n"
            "From: ⟦PERSON|Desmond Trevaskis-Hale⟧\n"
            "Sent: 12 March 2026 16:05\n"
            "Subject: RE: Mum's room and medication round\n\n"
            "Dear Ms ⟦PERSON|Quennell-Obi⟧, I am sorry to hear about your concerns. I have spoken to the team and "
            "we have reminded all staff of the call-bell policy. We will review the medication round at the next "
            "staff meeting. Please do call me on the home's main line if you have any other worries.\n"
            "⟦PERSON|Desmond Trevaskis-Hale⟧, Registered Manager, Elmcroft Care Home"
        ),
    },
    {
        "kind": "support",
        "text": (
            "[09:14] Customer: hi, my Phonak hearing aid (Audéo L90) keeps disconnecting from my phone\n"
            "[09:15] Agent ⟦PERSON|Tamsin⟧: Sorry about that! Which phone model and iOS version are you on?\n"
            "[09:15] Customer: iPhone 13, iOS 17.4\n"
            "[09:16] Agent ⟦PERSON|Tamsin⟧: Thanks. Please forget the device in Bluetooth settings, put the aids "
            "back in the charger for 10 seconds and pair again from the myPhonak app.\n"
            "[09:21] Customer: that worked, cheers"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Pharmacy repeat prescription request\n"
            "Patient: ⟦PERSON|Gwilym Fairweather-Osei⟧\n"
            "Date of birth: ⟦DATE_OF_BIRTH|04/09/1951⟧\n"
            "Address: ⟦STREET_ADDRESS|27 Quarry Bank Road, Bangor LL57 2RD⟧\n"
            "Items: ⟦HEALTH_DATA|apixaban 5 mg⟧ x56, ⟦HEALTH_DATA|bisoprolol 2.5 mg⟧ x28\n"
            "Delivery: Thursday, please leave with neighbour at no. 29\n"
            "Contact: ⟦PHONE_NUMBER|01248 360 772⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Please classify these ambulance transport tickets as 'booking change', 'billing' or 'complaint' and "
            "return a table.\n"
            "PTS-44021 - outpatient pickup moved from 08:30 to 10:15, Royal Victoria Infirmary\n"
            "PTS-44027 - invoice INV-2026-0318 charged twice to the trust cost centre 7741\n"
            "PTS-44030 - crew arrived 50 min late, patient missed clinic\n"
            "PTS-44033 - wheelchair vehicle requested instead of stretcher"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Hi, I'm ringing about my wife's claim with Westmoor Health. Her name is ⟦PERSON|Priyanka Dunleavy⟧, "
            "policy WH-5520918. She had ⟦HEALTH_DATA|a laparoscopy for endometriosis⟧ at the Nuffield in March and "
            "the claim was declined as pre-existing. She was never diagnosed before 2025. You can call me on "
            "⟦PHONE_NUMBER|+44 7912 604 338⟧."
        ),
    },
    {
        "kind": "support",
        "text": (
            "Our CareFlow Vitals tablet shows error E-207 'sensor calibration expired' on the SpO2 module. "
            "Serial CFV-3310-88A, firmware 4.2.1. Is there a field recalibration or does it go back to the depot?\n"
            "⟦PERSON|Agnieszka Hollis⟧, biomedical engineering, ⟦PHONE_NUMBER|0191 282 4410⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Rewrite this note for the counselling practice's admin so it can go in the waiting-list email, "
            "friendlier tone:\n"
            '"⟦PERSON|Callum Stravinski⟧ - referred by GP for ⟦HEALTH_DATA|panic disorder⟧, prefers evening '
            "sessions, can't do Tuesdays. Paying by card, ⟦CREDIT_CARD|4003 4481 4673 6996⟧ on file. Mobile "
            '⟦PHONE_NUMBER|07488 201 693⟧."'
        ),
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": (
            "Occupational health referral - St Aldhelm's Hospital NHS Trust\n"
            "Employee: ⟦PERSON|Oluwaseun Pemberton-Kray⟧\n"
            "Role: Band 5 staff nurse, ward 7B (nights)\n"
            "NI number: ⟦UK_NINO|KA 25 57 18 B⟧\n"
            "Reason for referral: recurrent absence, ⟦HEALTH_DATA|lower back pain with sciatica⟧, fit note until "
            "30 April\n"
            "Vaccination status: ⟦HEALTH_DATA|hepatitis B non-responder⟧, flu vaccine declined\n"
            "Questions for OH: fitness for night shifts, need for moving-and-handling adjustments"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Rota reminder: night shift swaps for the Easter weekend must be agreed on HealthRoster by 28 March. "
            "Bank shifts on wards 4 and 9 are paid at the enhanced rate. Questions to the e-rostering team, ext. 4471."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Staff portrait for the Fernleigh Home Care newsletter: ⟦PERSON|Bronagh Czerwinski-Lowe⟧ joined us as a "
            "care coordinator in 2019 after twelve years on the district nursing team. Outside work she sings in "
            "the choir at ⟦RELIGIOUS_BELIEF|St Columba's Catholic⟧ church and is our ⟦TRADE_UNION_MEMBERSHIP|UNISON⟧ "
            "steward, so you'll often see her at the Thursday drop-in."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "CV - ⟦PERSON|Ifeoma Ravensworth⟧\n"
            "⟦STREET_ADDRESS|Flat 3, 118 Mill Lane, Leeds LS12 4HQ⟧ | ⟦EMAIL_ADDRESS|ifeoma.rworth@gmail.com⟧ | "
            "⟦PHONE_NUMBER|07395 882 014⟧\n"
            "Senior physiotherapist with 9 years in MSK and neuro rehab. HCPC registered.\n"
            "2021-now: Band 7 physio, Leeds Teaching Hospitals - stroke unit, early supported discharge\n"
            "2016-2021: Band 6 rotational physio, Bradford Royal Infirmary\n"
            "BSc (Hons) Physiotherapy, University of Salford, 2016\n"
            "Skills: gait analysis, FES, vestibular rehab, supervising students"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Extract name, start date and DBS outcome from this into JSON:\n"
            "New starter check, Haverleigh Supported Living. ⟦PERSON|Keegan Marsh-Adeyemi⟧, support worker, "
            "starts 14/04. Enhanced DBS came back with a ⟦CRIMINAL_RECORD|caution for possession of cannabis "
            "(2014)⟧; risk assessment signed off by ⟦PERSON|Harriet Vossberg⟧, HR lead."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Minutes - Theatres staff forum, 6 March\n"
            "Present: theatre manager, two ODP reps, HR business partner, staff-side rep\n"
            "1. Break cover on long days: trial of a floating ODP from April.\n"
            "2. Locker room refurb delayed to Q3, estates ref EST-22917.\n"
            "3. Parking permits: new tariff from 1 May, salary sacrifice available.\n"
            "Next meeting 3 April, seminar room 2."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Hi ⟦PERSON|Noor⟧, just confirming we've had your MATB1 form - congratulations on the "
            "⟦HEALTH_DATA|pregnancy⟧! Your maternity leave starts 2 June and your due date is 16 June. I've put in the risk assessment for no lifting on the "
            "ward from now on. ⟦PERSON|Gráinne⟧ (HR)"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Payroll query, bank details change for ⟦PERSON|Teodor Blackwood-Nunez⟧, HCA in the renal unit: "
            "new account ⟦IBAN_CODE|GB35 NWBK 0155 1687 3308 03⟧, effective from the April pay run. Employee "
            "number 0047713."
        ),
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": (
            "Give blood this spring. Our Manchester Plymouth Grove donor centre is open late on Tuesdays and "
            "Thursdays until 19:30. Book in the GiveBloodNHS app and you could save up to three lives in under an hour."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            '"After my ⟦HEALTH_DATA|knee replacement⟧ I could barely do the stairs. Six weeks with the team at '
            "Riverside Physio and I'm back walking the dog along the canal.\" - ⟦PERSON|Wendell Okafor-Sims⟧, Chester"
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "New at ClearSight Opticians: free OCT scans with every eye test for over-60s until the end of June. "
            "Frames from £39, Varilux lenses 20% off. Walk-ins welcome at all 14 branches."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Newsletter - Brambles Fertility Clinic, spring 2026\n"
            "Our new embryology lab opens in May with time-lapse incubators. We are also starting a support "
            "evening for same-sex couples on the first Monday of each month. Welcome to our new "
            "consultant in reproductive medicine, who joins from Guy's."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Translate this testimonial into Polish for our Ealing leaflet:\n"
            '"As a ⟦SEX_LIFE_ORIENTATION|lesbian⟧ couple we were nervous about fertility treatment, but everyone '
            'at the clinic made us feel normal. Our daughter was born in January." - ⟦PERSON|Maddalen⟧ & '
            "⟦PERSON|Zofia Ruckert⟧"
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Sheltered employment at Northgate Works: our 60 supported employees assemble, print and pack for local "
            "businesses. Order branded notebooks from £2.10 each, minimum 100, delivered in 10 working days."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Meet ⟦PERSON|Ezinne Lockhart⟧, who has volunteered at our hospice shop for 11 years. "I started after '
            'my husband died of ⟦HEALTH_DATA|motor neurone disease⟧ - the nurses here looked after us both."'
        ),
    },
    {
        "kind": "marketing",
        "text": "Hearing tests are free at AudioLife. Book online in 2 minutes.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": (
            "Patient transport eligibility (policy PTS-03, v2.1)\n"
            "Non-emergency transport is provided where the patient's medical condition means they cannot travel by "
            "other means. Bookings must be made at least 48 hours in advance via the booking line or the online "
            "portal. Escorts are allowed only where clinically required. Cancellations under 2 hours are recorded "
            "as aborted journeys."
        ),
    },
    {
        "kind": "docs",
        "text": (
            "FAQ - How do I update my contact details?\n"
            "Log in to the member area, open Profile > Contact and save. Changes to your bank account for claims "
            "payments need a signed mandate form (form CM-12) and take up to 5 working days."
        ),
    },
]
