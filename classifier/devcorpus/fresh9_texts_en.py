"""Hand-written English texts of the ``fresh9`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

_RAW: list[tuple[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    (
        "support",
        "Summarise for the dispatch lead: pickup for ⟦PERSON|Doreen Maskell⟧, ward 7B to renal unit, needs "
        "stretcher, on ⟦HEALTH_DATA|haemodialysis⟧ Tue/Thu/Sat, call daughter on ⟦PHONE_NUMBER|07723 418 906⟧ if delayed. Job ref PTS-55120.",
    ),
    (
        "support",
        "player ⟦PERSON|Callum Ashdown⟧ says chargeback was his bank's mistake, ticket GX-88412, pls draft a polite reply saying account stays locked until the dispute closes",
    ),
    (
        "support",
        'Classify this fitness-app ticket (bug / data / billing): "My resting heart rate shows 38 since the firmware 4.2.1 update, sleep score stuck at 0. Band model Pulso Loop S."',
    ),
    (
        "support",
        "Reply to guest in cabin 8214: Mr ⟦PERSON|Alastair Penhaligon⟧ uses a ⟦HEALTH_DATA|CPAP machine⟧ and asked for distilled water daily. "
        "Booking CRU-7734-QE. Email on file ⟦EMAIL_ADDRESS|a.penhaligon@northwickmail.co.uk⟧.",
    ),
    (
        "support",
        "Draft an arrears letter. Borrower ⟦PERSON|Kerry-Ann Rowbotham⟧, mortgage acct 60019273, 3 months behind, she told us she's off work with ⟦HEALTH_DATA|long Covid⟧. "
        "Direct debit from ⟦IBAN_CODE|GB58 CEDQ 6171 1971 3153 71⟧ failed twice. Offer payment holiday options, no threats.",
    ),
    ("support", "what does error code SYNC-409 mean in the tracker app, customer on iOS 18.1"),
    (
        "support",
        "Self-exclusion request from player id 4471-AX: ⟦PERSON|Declan Shortall⟧, says he's in treatment for ⟦HEALTH_DATA|gambling addiction⟧ with GamCare, wants 5-year exclusion. Write the confirmation.",
    ),
    (
        "support",
        "Translate to plain English for the veteran: your claim ref VA-2025-3310 was received on 14 Oct and is being reviewed. Our office is closed on Remembrance Sunday.",
    ),
    # -- hr --------------------------------------------------------------------------------------------------------
    (
        "hr",
        "Extract JSON (name, ni_number, dob, start_date) from this courier co-op onboarding form:\n"
        "Name: ⟦PERSON|Tobias Greenhalgh⟧\nNI no: ⟦UK_NINO|PY 84 05 25 D⟧\nDate of birth: ⟦DATE_OF_BIRTH|02/09/1996⟧\nStart: 01/12/2025\nBike: own cargo bike",
    ),
    (
        "hr",
        "Sick note summary for payroll: ⟦PERSON|Priya Ramaswamy-Hale⟧, care worker, signed off 2 weeks after ⟦HEALTH_DATA|lumbar disc prolapse⟧, fit note from GP attached. SSP from day 4.",
    ),
    (
        "hr",
        "Rota question: can we swap Saturday shifts so that ⟦PERSON|Yusuf⟧ can attend ⟦RELIGIOUS_BELIEF|Friday prayers⟧? He's asked for 12:30-14:00 off.",
    ),
    (
        "hr",
        "Minutes, staff forum 3 Nov. Present: ⟦PERSON|Gwen Tallis⟧ (chair), ⟦PERSON|Ravi Chaudry⟧, ⟦PERSON|Lorna McBride⟧ (⟦TRADE_UNION_MEMBERSHIP|UNISON rep⟧). Item 1: mileage rates for home-care visits. Item 2: lone-working app.",
    ),
    (
        "hr",
        "Write a job ad for a patient transport driver, Band 3, full licence with D1, shifts incl. weekends. No CV needed, apply via NHS Jobs.",
    ),
    (
        "hr",
        "Payroll query: why did the employer pension contribution for March drop to 3%? The scheme rules say 5% after 12 months.",
    ),
    (
        "hr",
        "Background check result for volunteer at the animal shelter: ⟦PERSON|Martin Okonedo-Hale⟧, PPSN ⟦IE_PPSN|9116446Q⟧, disclosure shows a 2019 ⟦CRIMINAL_RECORD|conviction for animal cruelty⟧. Draft the rejection.",
    ),
    (
        "hr",
        "Redeployment note: ⟦PERSON|Sinéad Kavanagh⟧ returns after ⟦HEALTH_DATA|chemotherapy⟧ on a phased return, 3 days/week for 6 weeks, no night shifts. Her contact: ⟦EMAIL_ADDRESS|sinead.kavanagh@carelinkhomes.ie⟧",
    ),
    # -- marketing ---------------------------------------------------------------------------------------------------
    (
        "marketing",
        "Write 3 Instagram captions for our autumn cruise to the Azores, 10 nights, drinks package included, tone: relaxed.",
    ),
    (
        "marketing",
        "Newsletter blurb: Our diabetes care team now offers evening foot-check clinics at both sites. No referral needed.",
    ),
    (
        "marketing",
        'Rewrite this testimonial in 60 words, keep the name: "After my ⟦HEALTH_DATA|heart attack⟧ the Pulso band helped me keep my zone-2 training honest" — ⟦PERSON|Graham Lydiard⟧, Cardiff',
    ),
    ("marketing", "Ten subject lines for our wedding photography mini-sessions, spring 2026, Lisbon and Sintra."),
    (
        "marketing",
        "Adopt-a-senior-dog week! Draft a 100-word post: all fees halved, dogs vaccinated and chipped, home visits in Greater Manchester.",
    ),
    (
        "marketing",
        'Shorten this letter to the editor for print (150 words): "As a ⟦POLITICAL_OPINION|lifelong Green Party member⟧, I, ⟦PERSON|Hilary Boatwright⟧ of Frome, object to the bypass..."',
    ),
    (
        "marketing",
        "Translation memory vendor: write a LinkedIn post announcing TMSync 7 with fuzzy match repair and XLIFF 2.1 support.",
    ),
    (
        "marketing",
        "Headline ideas for our veterans' association fundraising run, 5k and 10k, Aldershot, Sunday 9 March. Quote from organiser Sgt (ret.) ⟦PERSON|Norman Pilbeam⟧, who lost a leg in Helmand and runs on a ⟦HEALTH_DATA|prosthetic limb⟧.",
    ),
    # -- docs --------------------------------------------------------------------------------------------------------
    (
        "docs",
        "Translation memories store aligned source and target segments. When a new segment is translated, the tool searches the memory "
        "for exact and fuzzy matches and scores them by edit distance. Good memories are cleaned regularly: duplicates removed, tags normalised, "
        "and segments with outdated terminology flagged for review.",
    ),
    (
        "docs",
        "Patient transport eligibility is assessed on mobility and clinical need, not on distance alone. Dispatchers group journeys by "
        "destination and time window; a vehicle typically carries one stretcher and up to four seated passengers. Return journeys are booked "
        "when the clinic confirms discharge.",
    ),
    # -- long --------------------------------------------------------------------------------------------------------
    (
        "support",
        "Please turn this Teams thread into a handover note for the night dispatcher (bullet points, keep times):\n\n"
        "[18:02] ⟦PERSON|Carys Mendel⟧: Crew 4 is stuck at the Royal on a discharge, 40 min wait at least.\n"
        "[18:04] ⟦PERSON|Owen Biddulph⟧: ok. Then who takes the 18:30 from Ashgrove Road? It's Mrs ⟦PERSON|Pauline Hatherley⟧, "
        "⟦STREET_ADDRESS|14 Ashgrove Road, Bristol BS7 9LQ⟧, she's on ⟦HEALTH_DATA|home oxygen⟧ and needs the wheelchair tail-lift.\n"
        "[18:05] ⟦PERSON|Carys Mendel⟧: crew 2 after their current job, ETA 18:50. Can you ring her? Number on the job is ⟦PHONE_NUMBER|0117 496 0382⟧.\n"
        "[18:07] ⟦PERSON|Owen Biddulph⟧: rang, her son answered, fine with 18:50. He mentioned she gets confused in the evenings, ⟦HEALTH_DATA|early-stage dementia⟧, "
        "so crew should speak to him first.\n"
        "[18:12] ⟦PERSON|Carys Mendel⟧: noted. Also job PTS-55198 cancelled by the ward, patient kept in.\n"
        "[18:20] ⟦PERSON|Owen Biddulph⟧: vehicle WX19 KLM has a warning light, sending it to the workshop tomorrow 07:00, log FLT-2291.\n"
        "[18:31] ⟦PERSON|Carys Mendel⟧: the renal run for tomorrow has 6 patients, 2 need escorts. Bed manager says the 07:15 slot moved to 07:45.\n"
        "[18:40] ⟦PERSON|Owen Biddulph⟧: reminder the new booking portal goes live Monday; old phone line stays open for two weeks, "
        "training sessions are on the intranet page 'Dispatch 2.0'.\n"
        "[18:42] ⟦PERSON|Carys Mendel⟧: and please nobody put clinical details in the free-text field any more, use the mobility codes M1-M5 only.\n"
        "[18:45] ⟦PERSON|Owen Biddulph⟧: thanks, signing off at 19:00, night team has the radio from then. Fuel card for crew 3 is in the key safe, code on the whiteboard.",
    ),
]

TEXTS: list[dict[str, str]] = [{"kind": kind, "text": text} for kind, text in _RAW]
