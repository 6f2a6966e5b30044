"""Hand-written English texts of the ``fresh17`` split: retail, hospitality, media, food and insurance traffic."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Summarise this travel-insurance claim for the assessor, 60 words max:\n\n"
        "Policyholder ⟦PERSON|Orla Featherstonhaugh⟧ (policy TRV-88120-C) cut short a cruise in Split after a "
        "⟦HEALTH_DATA|suspected kidney stone⟧; admitted to KBC Split for two nights, given ⟦HEALTH_DATA|tamsulosin⟧. "
        "Flights home rebooked for 3 people. Refund to ⟦IBAN_CODE|GB91 HELS 7957 1752 3357 08⟧. Contact ⟦PHONE_NUMBER|+44 7700 914 382⟧.",
    },
    {
        "kind": "support",
        "text": "Customer asks whether the Dunmore Outdoor tent (SKU DO-TNT-4P-OLV) can be returned after 30 days if unused. Her email: ⟦EMAIL_ADDRESS|morwenna.tregidgo@gmail.com⟧. Draft a polite no with the 10 % voucher alternative.",
    },
    {
        "kind": "support",
        "text": "Hotel front desk note, turn into a handover line for night shift:\n"
        "Room 412, guest ⟦PERSON|Desmond Okonkwo-Hale⟧, asked for no pork or alcohol in the minibar, observing "
        "⟦RELIGIOUS_BELIEF|Ramadan⟧, wants a 4:15 suhoor tray. Also a wheelchair-accessible shower as he uses a "
        "⟦HEALTH_DATA|prosthetic left leg⟧.",
    },
    {
        "kind": "support",
        "text": "order 55-20931-RT: parcel shows delivered to the locker at Bramley Retail Park but the locker is empty. what do we say? Customer is ⟦PERSON|Crispin Athelstan⟧, ⟦PHONE_NUMBER|07700 900 264⟧.",
    },
    {
        "kind": "support",
        "text": "Rewrite more warmly please:\n> Your pet insurance renewal premium went up from £21.40 to £26.90 because of the breed band change for "
        "spaniels. Nothing about your claims history changed this.",
    },
    {
        "kind": "support",
        "text": "Chat export (newspaper subscriptions), summarise the complaint:\n"
        "[09:12] ⟦PERSON|Imelda Raftery⟧: I cancelled the print edition in May and you still took £34 from card ending 4021\n"
        "[09:13] agent: sorry about that, can you confirm postcode?\n"
        "[09:13] ⟦PERSON|Imelda Raftery⟧: ⟦STREET_ADDRESS|14 Quarry Lane, Stroud GL5 3RF⟧\n"
        "[09:15] ⟦PERSON|Imelda Raftery⟧: and I want the NI number you asked for last time deleted: ⟦UK_NINO|MJ 13 41 89 A⟧",
    },
    {
        "kind": "support",
        "text": "Classify by urgency: 'Loyalty points from the Christmas market stall never arrived, receipt 00871-22, card scanned twice'.",
    },
    {
        "kind": "support",
        "text": "Income-protection claim note from call, tidy it up:\n"
        "Claimant ⟦PERSON|Barnaby Quilliam⟧, DOB ⟦DATE_OF_BIRTH|02/09/1971⟧, off work since 12 Jan with "
        "⟦HEALTH_DATA|moderate depression and panic attacks⟧, fit note from GP until end of March, on "
        "⟦HEALTH_DATA|sertraline 100 mg⟧. Deferred period 13 weeks, so benefit starts 13 April. Email ⟦EMAIL_ADDRESS|b.quilliam@btinternet.com⟧.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Shorten this CV extract for the head-chef shortlist:\n"
        "⟦PERSON|Fionnuala Breslin⟧ - Sous chef, The Anchor Rooms, Whitby (2021-now). 2 AA rosettes. Level 3 food hygiene. "
        "Previously pastry at Harrow & Hound. Languages: English, Irish. Phone ⟦PHONE_NUMBER|07700 900 518⟧.",
    },
    {
        "kind": "hr",
        "text": "Make this absence record neutral for the warehouse manager (he only needs dates):\n"
        "Picker ⟦PERSON|Kwabena Asamoah-Price⟧, 3 weeks off after ⟦HEALTH_DATA|hernia repair surgery⟧, phased return, "
        "no lifting over 10 kg until June. He's also our ⟦TRADE_UNION_MEMBERSHIP|Usdaw⟧ shop steward so keep the rep's time separate.",
    },
    {
        "kind": "hr",
        "text": "From ⟦PERSON|Wilhelmina Stoddart⟧ (site manager): draft the job ad: seasonal front-of-house staff for a lakeside glamping site, April-October, £12.60/h, staff accommodation available, must drive.",
    },
    {
        "kind": "hr",
        "text": "Disclosure check result for new underwriting assistant, summarise for file:\n"
        "Name: ⟦PERSON|Tamsin Ellery-Vaughan⟧\nBasic DBS: ⟦CRIMINAL_RECORD|caution for shoplifting⟧, 2016 (spent)\n"
        "Decision: proceed, role not regulated. NI: ⟦UK_NINO|JX 42 18 03 C⟧",
    },
    {
        "kind": "hr",
        "text": "Please polish my reply to the editorial team about the new shift rota for the weekend desk. Rota starts 6 Oct, two editors per Saturday.",
    },
    {
        "kind": "hr",
        "text": "Reasonable adjustment request, help me word the approval letter:\n"
        "Copy editor ⟦PERSON|Persephone Lund⟧ is ⟦HEALTH_DATA|dyslexic⟧ and asks for screen-reading software and "
        "text-to-speech for proofing. She'd also like Fridays off around her ⟦HEALTH_DATA|IVF appointments⟧ until August. "
        "Her wife ⟦PERSON|Ayesha Lund⟧ will sometimes ring in, is that OK to note? (she mentioned she's in a "
        "⟦SEX_LIFE_ORIENTATION|same-sex marriage⟧ so the policy wording on partners should fit.)",
    },
    {
        "kind": "hr",
        "text": "Exit interview summary for the farm shop: employee leaving for a college course, rated team 4/5, wants more notice on rota changes. Leaver: ⟦PERSON|Jago Penhaligon⟧; he mentioned his ⟦HEALTH_DATA|ADHD⟧ made the late rota changes hard.",
    },
    {
        "kind": "hr",
        "text": "Payroll form, check the fields are complete:\n"
        "Employee: ⟦PERSON|Ruairí Gallagher⟧\nPPSN: ⟦IE_PPSN|8255748NA⟧\nIBAN: ⟦IBAN_CODE|IE77 CZGH 3718 7190 3234 83⟧\n"
        "Start: 01/11 Dublin Airport duty-free\nEthnic monitoring (optional): ⟦ETHNIC_ORIGIN|Irish Traveller⟧",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Write three subject lines for our autumn cider launch: dry, medium and a perry, all from Herefordshire orchards.",
    },
    {
        "kind": "marketing",
        "text": "Turn this into a 50-word product blurb: merino hiking socks, reinforced heel, made in Portugal, lifetime darn service.",
    },
    {
        "kind": "marketing",
        "text": "Testimonial for the landing page, shorten but keep her voice:\n"
        "'After my ⟦HEALTH_DATA|coeliac diagnosis⟧ I thought bakery boxes were over for me. The gluten-free subscription changed "
        "that.' - ⟦PERSON|Harriet Pennycook⟧, Norwich",
    },
    {
        "kind": "marketing",
        "text": "Podcast show notes: episode 41, how local papers survive after the print deadline moved to 6 pm; guests from two regional titles; 38 minutes.",
    },
    {
        "kind": "marketing",
        "text": "Segment description for the CRM, reword it cleanly:\n"
        "Loyalty customers who bought ⟦HEALTH_DATA|diabetic test strips⟧ in the last 90 days, for the blood glucose meter promo. "
        "Sample row: ⟦PERSON|Gwendolyn Sprake⟧, ⟦EMAIL_ADDRESS|gsprake58@outlook.com⟧.",
    },
    {
        "kind": "marketing",
        "text": "Need a tagline for a family ski chalet operator in the Tarentaise, warm not salesy.",
    },
    {
        "kind": "marketing",
        "text": "Press release quote check:\n'We are proud to support the Pride village again this year,' said ⟦PERSON|Leofric Hammond⟧, "
        "head of the bookshop chain, who came out as ⟦SEX_LIFE_ORIENTATION|bisexual⟧ in our staff magazine last spring.",
    },
    {
        "kind": "marketing",
        "text": "Five Instagram captions for a harvest-week farm open day: pumpkin patch, tractor rides, apple pressing, dogs on leads welcome.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Retrieval-augmented generation keeps a language model's answers close to a curated document store. "
        "A retriever ranks passages by similarity to the query, the top passages are put into the prompt, and the "
        "model is asked to answer only from them. The quality of chunking, the embedding model and the re-ranker "
        "usually matter more than the size of the generator.",
    },
    {
        "kind": "docs",
        "text": "Rate limits: the API allows 60 requests per minute per key. When the limit is reached, responses carry status 429 "
        "and a Retry-After header in seconds. Clients should back off exponentially and must not retry non-idempotent calls blindly.",
    },
]
