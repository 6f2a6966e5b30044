"""Hand-written ``fresh4`` texts in English (see ``generate.py``); spans marked as ``⟦ENTITY_TYPE|value⟧``."""

TEXTS = [
    # -- support ----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Hi, my last bill (invoice EB-2025-118820) shows an estimated reading of 48213 kWh, which is nowhere near "
        "what the meter says. Photo attached. Account ref 7730019. Thanks, ⟦PERSON|Colm Darragh⟧",
    },
    {
        "kind": "support",
        "text": "Lost property, Route 46 night bus, Saturday around 23:40: a black Samsonite rucksack with a laptop "
        "and my inhaler and ⟦HEALTH_DATA|epilepsy⟧ medication inside. Please ring me on ⟦PHONE_NUMBER|+44 7700 912 458⟧.",
    },
    {
        "kind": "support",
        "text": "Ticket #55102 - can you please switch the direct debit to my new account? IBAN "
        "⟦IBAN_CODE|GB53 PCEG 2736 8517 2607 53⟧, same name as before. Kind regards, ⟦PERSON|Priya Raghunathan⟧",
    },
    {
        "kind": "support",
        "text": "Is the Central Library open on the bank holiday Monday? The website says 10:00-16:00 but the door sign says closed.",
    },
    {
        "kind": "support",
        "text": "Seller support, case 2025-09-77310. Our shop (Harbour Candles Ltd) has had payouts on hold since 3 October. "
        "We uploaded the VAT certificate twice. Order numbers affected: 408-1192817, 408-1192904. Nothing personal to add, "
        "we just need a human to look at it. Please charge the listing fees to ⟦CREDIT_CARD|4728 2053 1340 5977⟧ "
        "until then.",
    },
    {
        "kind": "support",
        "text": "KYC re-verification: I'm sending my PPS number as requested, ⟦IE_PPSN|7160749S⟧, and my address is "
        "⟦STREET_ADDRESS|14 Kilmacud Road Upper, Stillorgan, Co. Dublin A94 X2Y7⟧. The selfie upload keeps failing on "
        "the Pixel 8 app, version 4.12.1.",
    },
    {"kind": "support", "text": "Thanks, that worked. Closing from my side."},
    {
        "kind": "support",
        "text": "Subject: RE: RE: account frozen - case KYC-2025-40917\n\n"
        "Hello again,\n\nI'm sorry to keep writing but this is now the fourth week. To recap: I opened the account in "
        "August, passed verification, and traded normally until 2 November, when withdrawals were blocked with the "
        "message 'additional review required'. Your colleague ⟦PERSON|Marek⟧ asked me on 5 November for a new "
        "⟦BIOMETRIC_DATA|facial scan⟧ and proof of address, which I sent the same day (a bank statement dated "
        "October). Since then I have had three automatic replies.\n\nI have also been asked for my date of birth "
        "again, so here it is: ⟦DATE_OF_BIRTH|9 February 1971⟧. My registered address has not changed: "
        "⟦STREET_ADDRESS|Flat 3, 61 Gloucester Road, Bristol BS7 8AD⟧.\n\nThe balance involved is not large, but I "
        "need it for a deposit on a flat. If you need anything else, please tell me in one message rather than one "
        "item at a time. I'm reachable on ⟦PHONE_NUMBER|07700 900 615⟧ between 9 and 5, or here.\n\nRegards,\n"
        "⟦PERSON|Gareth Pryce-Jones⟧\n\n> On 12 Nov, Compliance Team wrote:\n> Thank you for your patience. Your case "
        "has been escalated and a specialist will contact you within 5 business days. Please do not open a new "
        "ticket, as this resets the queue position.",
    },
    {
        "kind": "support",
        "text": "From: ⟦EMAIL_ADDRESS|m.okafor-bright@outlook.com⟧\nSubject: Re: report on profile 88213-X\n\n"
        "The account I reported keeps messaging me after I blocked it. He knows I am ⟦SEX_LIFE_ORIENTATION|bisexual⟧ "
        "and has threatened to tell my employer. Screenshots attached. I don't want this forwarded to him.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "New starter checklist, Ward 7B (Hospital HR)\nName: ⟦PERSON|Niamh Gallagher⟧\nDate of birth: "
        "⟦DATE_OF_BIRTH|02/09/1991⟧\nNI number: ⟦UK_NINO|SN 49 39 43 C⟧\nOccupational health: cleared, "
        "⟦HEALTH_DATA|hepatitis B⟧ vaccination course complete\nDBS: enhanced, received 12 May\nStart date: 3 November",
    },
    {
        "kind": "hr",
        "text": "Rota reminder: all exam-office staff are needed for invigilation on 9, 10 and 12 January. "
        "Please swap shifts among yourselves and update the shared sheet by Friday.",
    },
    {
        "kind": "hr",
        "text": "Hi ⟦PERSON|Tom⟧, ⟦PERSON|Angela Moyo⟧ has a fit note for two weeks (⟦HEALTH_DATA|lower back surgery⟧ "
        "recovery). She asked that the team is told only that she is off. Can you cover her viewings at the "
        "Clifton branch?",
    },
    {
        "kind": "hr",
        "text": "Interview notes - Workshop technician. Candidate 3 has a clean licence, 6 years on VAG group, "
        "strong on diagnostics (VCDS, ODIS). Good fit. Salary band B.",
    },
    {
        "kind": "hr",
        "text": "Background check result for the childcare post: the enhanced check returned a "
        "⟦CRIMINAL_RECORD|caution for common assault in 2016⟧. Please do not confirm the offer to "
        "⟦PERSON|Liam Forde⟧ until the safeguarding lead has reviewed it.",
    },
    {
        "kind": "hr",
        "text": "Reminder: the staff survey closes on Sunday. It is anonymous and takes about eight minutes. "
        "Questions to ⟦PERSON|Imogen Shaw⟧, ⟦EMAIL_ADDRESS|imogen.shaw@stmarys-hr.org.uk⟧.",
    },
    {
        "kind": "hr",
        "text": "Grievance meeting on Thursday, 14:00, room 2.14. ⟦PERSON|Deborah Achterberg⟧ will be accompanied by her "
        "⟦TRADE_UNION_MEMBERSHIP|Unison⟧ rep. Please book a minute taker who is not in her line management.",
    },
    {
        "kind": "hr",
        "text": "Reasonable adjustments form (translation agency, freelance pool)\nTranslator: ⟦PERSON|Sunil Varma⟧\n"
        "Adjustment requested: screen reader compatible files, he is ⟦HEALTH_DATA|registered blind⟧\n"
        "Dietary requirements for the Christmas dinner: ⟦RELIGIOUS_BELIEF|halal⟧\nContact: ⟦PHONE_NUMBER|020 7946 0381⟧",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Switch to Greenline Flex before 31 March and lock your unit rate for 24 months. No exit fees, "
        "smart meter included. Tariff code GFX-24-v3.",
    },
    {
        "kind": "marketing",
        "text": "Meet the makers! Hall 5, Stand A17 at the Birmingham Home Show, 14-16 February. Free tote bag with every "
        "ticket scanned before 11:00.",
    },
    {
        "kind": "marketing",
        "text": 'Real couples, real days. "We never thought a wedding planner could handle '
        "⟦PERSON|Aoife⟧'s ⟦HEALTH_DATA|coeliac disease⟧ and a 180-guest ⟦RELIGIOUS_BELIEF|Sikh⟧ ceremony at once - "
        'they did." - ⟦PERSON|Aoife⟧ and ⟦PERSON|Harjit Sandhu⟧, married in June',
    },
    {
        "kind": "marketing",
        "text": "Your library card now unlocks 12,000 e-books and the Libby app. Renew online, no fines for under-18s.",
    },
    {
        "kind": "marketing",
        "text": "New in the marketplace: sell in 9 EU countries with one listing. Seller fees from 7.5 %, payouts every "
        "Tuesday. Sign up by 30 November and get 90 days of Promoted Listings free.",
    },
    {
        "kind": "marketing",
        "text": "Congratulations ⟦PERSON|Rachel Whitcombe⟧ - winner of our autumn draw! Your £500 service voucher will "
        "be posted to ⟦STREET_ADDRESS|27 Alma Terrace, York YO10 4DL⟧.",
    },
    {
        "kind": "marketing",
        "text": "Stay independent, stay at home. Our care assistants visit up to four times a day, help with meals, "
        'medication prompts and getting out and about. Rated Good by the CQC. "They made it possible for Dad to stay '
        "home with his ⟦HEALTH_DATA|Parkinson's⟧\" - ⟦PERSON|Margaret Ellison⟧",
    },
    {
        "kind": "marketing",
        "text": "Case study draft (please anonymise before publishing): Marlow Motors cut MOT rebooking time by 40 % after "
        'moving to our booking widget. Workshop manager ⟦PERSON|Gary Tolland⟧ said the old system "cost us a '
        'technician a week". Direct line for the quote approval: ⟦EMAIL_ADDRESS|gary.tolland@marlowmotors.co.uk⟧.',
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Retrieval-augmented generation (RAG) pairs a language model with a search step: before the model "
        "answers, relevant passages are fetched from an index and placed in the prompt. The approach became popular "
        "because it lets teams update knowledge without retraining. In practice, quality depends less on the model - "
        "whether it is GPT-4o, Claude 3.5 Sonnet, Llama 3.1 70B or Mistral Large - than on chunking and ranking. "
        "Chunks of 300 to 800 tokens with a small overlap are a common starting point; too small and the model loses "
        "context, too large and irrelevant text crowds out the answer. Hybrid retrieval, which combines BM25 keyword "
        "scores with dense embeddings, tends to beat either alone on domain vocabulary such as part numbers or legal "
        "references. A reranker (for example a cross-encoder such as bge-reranker-v2) then reorders the top 50 "
        "candidates. Evaluation should be done on questions written by people who know the domain, not on questions "
        "generated from the same documents, because generated questions reuse the documents' wording and overstate "
        "recall. Finally, log the retrieved document ids with each answer: when a user reports a wrong answer, the "
        "first question is always whether the right passage was retrieved at all. Teams that skip this step spend "
        "weeks tuning prompts for a problem that lives in the index.",
    },
    {
        "kind": "docs",
        "text": "## Configuration\n\nSet `CACHE_BACKEND` to `redis` to share the cache between workers. The default, "
        "`locmem`, keeps one cache per process. Timeouts are in seconds; `0` disables expiry. See the changelog for "
        "release 4.2 for the migration notes.",
    },
    {
        "kind": "docs",
        "text": "Mixture-of-experts models such as Mixtral 8x7B route each token to two of eight feed-forward experts, so "
        "only about 13B of the 47B parameters are active per token. This lowers inference cost but not memory: all "
        "experts must still be loaded.",
    },
    {
        "kind": "docs",
        "text": "Kubernetes readiness probes decide whether a pod receives traffic; liveness probes decide whether it is "
        "restarted. A slow start that fails a liveness probe causes a restart loop, which is why startupProbe exists.",
    },
]
