"""Split ``fresh3``, English: support mail and chat, HR, marketing and docs written whole (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": """Hi,

I've just had a text from your fraud team asking me to confirm a payment of GBP 649.00 to "ZX Electronics Ltd". That wasn't me. I still have the card in my wallet, it's the one ending 0126 but to be safe the full number is ⟦CREDIT_CARD|4616 6294 1197 0126⟧. Please block it and send a new one to the usual address.

Case ref from the text message: FRD-88213-K

Thanks,
⟦PERSON|Gareth Pryce-Howell⟧
⟦PHONE_NUMBER|07700 914 382⟧""",
    },
    {
        "kind": "support",
        "text": """Flight EI 3127 Dublin to Lisbon was cancelled last night at 23:40 and we were put on the 14:05 the next day. Booking reference QH7TZP, 2 adults 1 child. Can you tell me how to claim the hotel and meals under EU261? Receipts attached (3 PDFs).""",
    },
    {
        "kind": "support",
        "text": """hey, porting my number over from Vodafone, the PAC is XTY 482 913 and the number is ⟦PHONE_NUMBER|+44 7911 203 566⟧. Been 3 working days, still nothing. Account name ⟦PERSON|Priya Venkataraman⟧""",
    },
    {
        "kind": "support",
        "text": """Dear Returns Team,

Order #40-2291877 arrived on Tuesday but the jacket is the wrong size (ordered M, received XL). I printed the label from the returns portal and dropped it at the InPost locker on Friday, tracking 6209 4471 0082 3. The refund hasn't appeared yet. Could you check whether the parcel has been scanned at your warehouse?

Kind regards,
⟦PERSON|Lorraine⟧""",
    },
    {
        "kind": "support",
        "text": """Hello, I'm collecting a repeat prescription for my mother, ⟦PERSON|Margaret O'Shaughnessy⟧ (DOB ⟦DATE_OF_BIRTH|03/11/1941⟧). It's her ⟦HEALTH_DATA|levothyroxine⟧ 75 micrograms and the ⟦HEALTH_DATA|donepezil⟧, the GP said it was sent electronically on Monday. Can you have it ready by Thursday afternoon? She lives at ⟦STREET_ADDRESS|14 Glenageary Park, Dún Laoghaire, Co. Dublin⟧ if you still do home delivery. Thanks, ⟦PERSON|Fiona⟧""",
    },
    {
        "kind": "support",
        "text": """Our Wi-Fi in the Shoreditch space keeps dropping between 2 and 4pm every day this week. Desk 3B, hot desk area near the kitchen. Is there maintenance going on? Zoom calls are impossible.""",
    },
    {
        "kind": "support",
        "text": """Hi ⟦PERSON|Tom⟧,

Thanks for freezing my membership. Just to explain properly, I'm off for at least 8 weeks because of a ⟦HEALTH_DATA|torn ACL⟧ and surgery is booked for the 19th. My physio says no gym until March. Can the freeze run until 31 March and then restart the direct debit automatically?

Member no. 0048213

Cheers,
⟦PERSON|Declan Furlong⟧""",
    },
    {
        "kind": "support",
        "text": """Ticket #77120 - invoice INV-2025-04418 shows 12 seats but we only have 9 active users since the October clean-up. Please credit the difference and send a corrected invoice to accounts payable. PO number 4500193317.""",
    },
    {
        "kind": "support",
        "text": """Morning. Locked out of online banking again after the app update (version 8.14.2). I tried the reset but it keeps saying my details don't match. My sort code and account are in the IBAN ⟦IBAN_CODE|GB90 LZMM 4020 2513 0635 76⟧, and I've just reset my email password to ⟦PASSWORD|Brambles!Kettle42⟧ in case that was the problem, not sure if it's linked. Please call me on ⟦PHONE_NUMBER|020 7946 0831⟧ after 10. ⟦PERSON|Helen Achterberg⟧""",
    },
    {
        "kind": "support",
        "text": """Thanks for the quick fix on the export, works now. Closing this one.""",
    },
    {
        "kind": "support",
        "text": """From: Service Desk <servicedesk@harbourlogistics.co.uk>
Sent: 12 November 2025 09:14
Subject: RE: Driver app crash (ticket 55819)

Hi all,

The crash in the driver app (Android build 3.2.0-rc4) reproduces on Samsung A-series devices with the battery saver on. Dev team is rolling back to 3.1.7 tonight. Dispatch: please tell drivers on route 12 and 14 to update via the MDM portal after 22:00.

> From: Dispatch Leeds
> Route 12 van reg FG21 KPT lost the manifest twice this morning, had to print paper copies.

Regards,
Service Desk""",
    },
    {
        "kind": "support",
        "text": """Hi, my wife and I did the IVF consultation with Dr ⟦PERSON|Okonkwo⟧ last month. We've decided to go ahead with ⟦HEALTH_DATA|ICSI⟧ because of ⟦HEALTH_DATA|low sperm motility⟧ on my results. Can you send the consent forms to ⟦EMAIL_ADDRESS|ravi.and.sunita@protonmail.com⟧? My PPS number for the HSE form is ⟦IE_PPSN|1542770K⟧. - ⟦PERSON|Ravi Gopalan⟧""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Candidate summary - Warehouse Team Leader (req. 2025-WH-118)

Name: ⟦PERSON|Kwame Asante-Boateng⟧
Phone: ⟦PHONE_NUMBER|07824 551 209⟧
Email: ⟦EMAIL_ADDRESS|kwame.ab@outlook.com⟧
NI number: ⟦UK_NINO|XC076222C⟧
Right to work: British citizen, passport seen 04/11

6 years at a 3PL in Daventry, led a shift of 22 pickers, FLT counterbalance and reach licences, WMS (Manhattan). Available from January. Expected 34-36k.""",
    },
    {
        "kind": "hr",
        "text": """Fit note received for ⟦PERSON|Sinead Brophy⟧, staff no. 20417. Condition: ⟦HEALTH_DATA|work-related stress and anxiety⟧. Not fit for work 10/11 to 07/12. GP recommends a phased return with altered hours. Please log in the absence system and book an OH referral.""",
    },
    {
        "kind": "hr",
        "text": """Reminder: the all-hands on Thursday moves to the 4th floor auditorium. The new hybrid policy (3 office days, core hours 10-3) goes live on 1 February. Questions to your line manager or the People team channel.""",
    },
    {
        "kind": "hr",
        "text": """Hi ⟦PERSON|Amira⟧, thanks for letting me know. Of course you can take Friday afternoons off during Ramadan, and I've told the rota team you'll start at 7 instead. You mentioned you'd be fasting as a ⟦RELIGIOUS_BELIEF|Muslim⟧ and the kitchen gets hot, so tell me if anything else would help around Eid. ⟦PERSON|Jo⟧""",
    },
    {
        "kind": "hr",
        "text": """Agency timesheet query - week 46

Worker: ⟦PERSON|Daniel Kowalczyk⟧ (payroll ID AG-55120)
Client: Northgate Foods, Line 3
Hours submitted: 47.5, hours approved by client: 42.0
Bank: ⟦IBAN_CODE|GB67 RNKN 0570 0287 0136 10⟧

Please resolve before Tuesday's pay run.""",
    },
    {
        "kind": "hr",
        "text": """As discussed, the disciplinary hearing for ⟦PERSON|Liam Gallagher-Reid⟧ is set for 2 December, 2pm, meeting room 1. He has asked to be accompanied by his ⟦TRADE_UNION_MEMBERSHIP|Unite⟧ rep, ⟦PERSON|Pat Doherty⟧. Please also note that the DBS check came back with a 2019 ⟦CRIMINAL_RECORD|conviction for drink driving⟧, which he had declared at interview, so it is not part of the allegations.""",
    },
    {
        "kind": "hr",
        "text": """We are recruiting two Graduate Data Analysts for our Manchester office. You'll work with SQL, Python and Power BI on real client projects from week one. Salary 29,500 plus bonus. Applications close 15 January; interviews by video the following week.""",
    },
    {
        "kind": "hr",
        "text": """Reasonable adjustments form

Employee: ⟦PERSON|Rhiannon Llewellyn⟧
Role: Customer Service Advisor
Condition or disability: ⟦HEALTH_DATA|Type 1 diabetes⟧; ⟦HEALTH_DATA|partially sighted⟧ (registered)
Adjustments agreed: screen magnifier (ZoomText), breaks to test blood glucose, desk near the window.
Review date: 6 months""",
    },
    {
        "kind": "hr",
        "text": """Payroll notice: November salaries will be paid on the 26th because of the bank holiday. Expense claims submitted after the 20th will go into December's run.""",
    },
    {
        "kind": "hr",
        "text": """Hi team, quick update on ⟦PERSON|Fergus⟧'s leave: he's starting paternity leave from Monday and the baby arrived early, both doing well. Cover for his accounts is ⟦PERSON|Bethany Moore⟧ (⟦EMAIL_ADDRESS|bethany.moore@kestrelpartners.co.uk⟧).""",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Winter at Riverside Climbing: 20% off ten-visit passes until 31 December. New bouldering circuit every Monday, kids' club on Saturday mornings, and yes, the café finally has oat milk. Book online or at reception.""",
    },
    {
        "kind": "marketing",
        "text": """Meet Lumen Desk Pro - the standing desk that remembers you. Four memory presets, a whisper-quiet dual motor and a bamboo top sourced from FSC-certified forests. Free delivery across the UK and Ireland, 10-year warranty on the frame.""",
    },
    {
        "kind": "marketing",
        "text": """"Switching our support inbox to Helply cut our first response time from 9 hours to 40 minutes." - ⟦PERSON|Oluwaseun Adeyemi⟧, Head of Support at Brightcart

Book a demo with our team: ⟦PERSON|Hannah Whitcombe⟧, ⟦EMAIL_ADDRESS|hannah.w@helply.io⟧, ⟦PHONE_NUMBER|+44 161 496 0723⟧""",
    },
    {
        "kind": "marketing",
        "text": """Our new AI assistant runs on a choice of models: Claude Sonnet for long documents, Gemini Flash for fast chat and a local Llama 3.1 8B for teams that keep data on premises. Switch per workspace, no code required.""",
    },
    {
        "kind": "marketing",
        "text": """Open evening at St Brigid's Primary - Thursday 23 January, 6-8pm. Meet the teachers, see the new science room and hear about our forest school programme. No booking needed. Car park on Church Lane.""",
    },
    {
        "kind": "marketing",
        "text": """Congratulations to our Volunteer of the Year, ⟦PERSON|Graham Ashworth⟧! For eleven years ⟦PERSON|Graham⟧ has driven our minibus to the day centre every Tuesday and Thursday. Nominations for next year open in September.""",
    },
    {
        "kind": "marketing",
        "text": """Black Friday is here. Up to 40% off headphones, speakers and smart home kits. Free returns for 60 days. Use code BF25 at checkout, one per customer, ends Monday midnight.""",
    },
    {
        "kind": "marketing",
        "text": """Press contact for the Harbour Tech Summit (Hall 2, Stand F14): ⟦PERSON|Imogen Sterling⟧, ⟦PHONE_NUMBER|+353 87 419 2260⟧, ⟦EMAIL_ADDRESS|imogen@sterlingpr.ie⟧. Accreditation closes 28 February.""",
    },
    {
        "kind": "marketing",
        "text": """Why do 3,000 finance teams trust Ledgerline? Bank feeds from 40 UK and EU banks, VAT returns filed straight to HMRC, and audit trails your accountant will actually like. Start your 30-day free trial today.""",
    },
    {
        "kind": "marketing",
        "text": """Your wellbeing matters. Our clinic now offers evening physiotherapy appointments Monday to Thursday until 8pm, plus online pilates classes. Members of Vitality and Bupa can claim directly.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Mixture-of-experts models such as Mixtral 8x7B route each token to two of eight feed-forward experts, so only a fraction of the parameters are active per token. This makes inference cheaper than a dense model of the same total size, but memory requirements stay high because all experts must be loaded. Quantisation to 4 bits brings Mixtral within reach of a single 48 GB GPU, at a modest cost in benchmark accuracy.""",
    },
    {
        "kind": "docs",
        "text": """Context windows have grown quickly: GPT-4 Turbo accepts 128k tokens, Claude 3 models 200k, and Gemini 1.5 Pro was announced with one million. Long context does not guarantee that a model uses all of it well; needle-in-a-haystack tests measure retrieval of a single fact, while tasks that require reasoning over many scattered passages remain harder.""",
    },
    {
        "kind": "docs",
        "text": """Configuring the cache

The cache backend is chosen with the CACHE_URL environment variable. Supported schemes are redis://, rediss:// (TLS) and locmem:// for tests. Keys are namespaced by the KEY_PREFIX setting so several deployments can share one Redis instance. Entries expire after CACHE_TIMEOUT seconds (default 300); set it to 0 to disable caching without changing code.""",
    },
    {
        "kind": "docs",
        "text": """Retrieval-augmented generation (RAG) combines a language model with a search step. The user's question is embedded, the nearest passages are fetched from a vector index such as FAISS or pgvector, and the passages are placed in the prompt. The approach reduces hallucination on domain questions, but the answer can only be as good as the chunks retrieved: chunk size, overlap and the embedding model all matter more than the choice between Mistral Large and Llama 3 70B.""",
    },
    {
        "kind": "docs",
        "text": """Migrating from version 2 to version 3

Version 3 drops support for Python 3.8 and removes the deprecated `connect()` helper. Replace it with `Client.from_url()`. Timeouts are now given in seconds as floats (previously milliseconds as integers). Run the test suite with `-W error::DeprecationWarning` before upgrading to catch remaining calls.""",
    },
    {
        "kind": "docs",
        "text": """Small language models have become a practical choice for on-device tasks. Phi-3 Mini (3.8B parameters) and Gemma 2 2B run on recent laptops without a discrete GPU, and Qwen2.5 1.5B handles short classification prompts in well under a second. They are weaker at multi-step reasoning, so a common pattern is to route simple requests to a small local model and escalate the rest to a hosted one.""",
    },
    {
        "kind": "docs",
        "text": """Rate limits

Each API key may send 60 requests per minute and 100,000 tokens per minute. When a limit is exceeded the API answers 429 Too Many Requests with a Retry-After header. Clients should back off exponentially with jitter; the official SDKs do this automatically up to three retries.""",
    },
    {
        "kind": "docs",
        "text": """Evaluating a classifier on one benchmark says little about new data. Held-out sets drawn from the same source share vocabulary, formatting and label conventions with the training data, and a model can exploit those regularities. A fair evaluation uses data collected separately, ideally written by different people, and reports per-class precision and recall rather than a single accuracy figure.""",
    },
    # -- longer threads, chat lines and more --------------------------------------------------------------
    {
        "kind": "support",
        "text": """Subject: RE: RE: Suspicious transfer on joint account - case FRD-90417

Hi ⟦PERSON|Helen⟧,

Thanks for calling back this morning. To summarise what we agreed on the phone:

1. The transfer of GBP 4,800.00 on 26 November to an account in Lithuania was made from a new device after someone passed the voice check on your account. We have disabled voice ID on your profile and deleted your stored ⟦BIOMETRIC_DATA|voiceprint⟧; you can re-enrol in branch.
2. The destination account has been reported to the receiving bank under the APP fraud code of practice.
3. Your new card will arrive within 5 working days at ⟦STREET_ADDRESS|27 Larkspur Close, Bishop's Stortford CM23 4RT⟧. Please destroy the old one.
4. Please do not share one-time passcodes with anyone, including people who say they are from our fraud team.

If you notice anything else, reply to this email or call us on 0345 600 1234 (24 hours).

Kind regards,
⟦PERSON|Marcus Eze⟧
Fraud Operations, Retail Banking

-----Original Message-----
From: ⟦PERSON|Helen Achterberg⟧ <⟦EMAIL_ADDRESS|h.achterberg@btinternet.com⟧>
Sent: 28 November 2025 22:17
Subject: RE: Suspicious transfer on joint account

I definitely didn't make that transfer. My husband ⟦PERSON|Pieter⟧ was in hospital that day (he's on ⟦HEALTH_DATA|dialysis⟧ three times a week) and I was with him, the phone was in my bag the whole time. Our joint account is ⟦IBAN_CODE|GB48-KRPO-4813-6468-0963-05⟧. Please help, that was most of our savings.""",
    },
    {
        "kind": "support",
        "text": """can someone reset my wifi password for the hub, current one is ⟦PASSWORD|CaptainPuddle77⟧ and the kids know it""",
    },
    {
        "kind": "hr",
        "text": """Occupational health referral - CONFIDENTIAL

Employee: ⟦PERSON|Úna Cafferkey⟧
PPSN: ⟦IE_PPSN|0493231A⟧
Date of birth: ⟦DATE_OF_BIRTH|19 August 1983⟧
Manager: ⟦PERSON|Conor Tierney⟧

Reason for referral: ⟦PERSON|Úna⟧ has been absent on 14 days in the last 6 months. She has told us she was diagnosed with ⟦HEALTH_DATA|multiple sclerosis⟧ in the spring and is starting ⟦HEALTH_DATA|ocrelizumab infusions⟧ in January. She also mentioned that her sister tested positive for the ⟦GENETIC_DATA|BRCA2 mutation⟧ and that she is waiting for her own genetic test result, which has been a source of stress.

Questions for OH:
- Is she fit for her current role (field service coordinator, some driving)?
- What adjustments would you recommend (hours, home working, parking)?
- Is the condition likely to be covered by the Employment Equality Acts?

Please send the report to HR only, not to the line manager.""",
    },
    {
        "kind": "hr",
        "text": """Equal opportunities monitoring (optional) - applicant 2025-0419: ethnic group ⟦ETHNIC_ORIGIN|Black Caribbean⟧; religion ⟦RELIGIOUS_BELIEF|Rastafarian⟧; sexual orientation ⟦SEX_LIFE_ORIENTATION|gay man⟧; disability ⟦HEALTH_DATA|dyslexia⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Customer story: how Fernside Pharmacy went paperless

When ⟦PERSON|Aisling Dunne⟧ took over her father's pharmacy in Galway in 2021, the dispensary still ran on carbon-copy order books. "We'd lose an afternoon a week chasing wholesaler invoices," she says. Two years later, orders, stock counts and patient reminders all run through Pharmly, and the team has added a second consultation room for flu and travel vaccines.

Want the same results? Talk to ⟦PERSON|Kieran⟧ on ⟦PHONE_NUMBER|+353 91 544 208⟧ or write to ⟦EMAIL_ADDRESS|kieran.moloney@pharmly.ie⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Thank you to everyone who came to the fundraising quiz! Special thanks to quizmaster ⟦PERSON|Bernadette Clancy⟧ and to ⟦PERSON|Raj Malhotra⟧ of Malhotra's Spice Kitchen for the curry. We raised EUR 3,410 for the hospice.""",
    },
    {
        "kind": "support",
        "text": """Subject: Changes at Canal Works from 1 January - please read

Hi everyone,

A few changes are coming to Canal Works in the new year, and we wanted to give you plenty of notice.

Opening hours. The building will open at 7:00 instead of 8:00 on weekdays, and resident members keep 24/7 access with their key fob. Weekend hours stay the same (9:00-18:00). The front desk is staffed from 8:30 to 17:30.

Meeting rooms. We are moving bookings from the old calendar to the member app. Existing bookings after 1 January have been copied over; please check yours in the app under "My bookings". Each hot-desk membership includes 4 hours of meeting room credit per month, dedicated desks 8 hours and private offices 16 hours. Unused credit no longer rolls over.

Kitchen and phone booths. The second kitchen on level 2 reopens after the refit in mid-January. The phone booths can now be booked in 30-minute slots; please don't leave belongings in them to hold a booth.

Prices. Hot-desk memberships go up by GBP 10 a month, the first increase since 2022. Dedicated desks and offices stay at their current price until your renewal date. If you pay annually, nothing changes until your next renewal.

Wi-Fi. The old guest network will be switched off on 15 January. Guests can log in to the new network with a one-day code from the front desk or from the host's member app.

Recycling. We now separate food waste, glass and mixed recycling on every floor. Coffee grounds go into the brown bins; they are collected by a local community garden.

If you have any questions, reply to this email or drop by the front desk.

Thanks for being part of Canal Works,
The Community Team""",
    },
    {
        "kind": "support",
        "text": """pls update my delivery address to ⟦STREET_ADDRESS|Flat 3, 61 Cowley Road, Oxford OX4 1HR⟧ before the courier picks up order 55-90817, thx""",
    },
    {
        "kind": "marketing",
        "text": """New in the team: physiotherapist ⟦PERSON|Ciarán Walsh⟧ joins our Rathmines clinic on Mondays and Wednesdays. Book him online or call reception on ⟦PHONE_NUMBER|01 497 3382⟧.""",
    },
    {
        "kind": "support",
        "text": """[09:41] Customer: hi, my parcel says delivered but it's not here
[09:41] Agent (⟦PERSON|Sam⟧): Sorry to hear that! Can I have the order number?
[09:42] Customer: 40-3318207
[09:43] Agent (⟦PERSON|Sam⟧): Thanks. The driver's photo shows it left at a green door with a brass knocker. Is that yours?
[09:43] Customer: no, ours is white. I'm at ⟦STREET_ADDRESS|9 Mulberry Walk, Leeds LS6 2QF⟧
[09:44] Customer: name on the order is ⟦PERSON|Tanvir Chowdhury⟧
[09:46] Agent (⟦PERSON|Sam⟧): Looks like it went to number 19. I've opened a claim (CLM-771203) and the depot will collect it today. If it's not back by 6pm we'll send a replacement.
[09:46] Customer: great thanks""",
    },
    {
        "kind": "hr",
        "text": """employee_id,first_name,last_name,email,start_date,department,contract
E-20931,⟦PERSON|Yusuf⟧,⟦PERSON|Demir⟧,⟦EMAIL_ADDRESS|yusuf.demir@northwind-retail.co.uk⟧,2025-09-01,Warehouse,permanent
E-20932,⟦PERSON|Chloe⟧,⟦PERSON|Hargreaves⟧,⟦EMAIL_ADDRESS|chloe.hargreaves@northwind-retail.co.uk⟧,2025-09-15,Customer Service,fixed-term
E-20935,⟦PERSON|Wincenty⟧,⟦PERSON|Zieliński⟧,⟦EMAIL_ADDRESS|wincenty.zielinski@northwind-retail.co.uk⟧,2025-10-06,Transport,permanent""",
    },
    {
        "kind": "support",
        "text": """Hi team,

Forwarding this from our Italian distributor, can someone in accounts look at it? Rough translation: the last two invoices went to the wrong contact.

> Buongiorno, le fatture di ottobre e novembre sono state inviate a ⟦PERSON|Giuseppe Amato⟧, che non lavora più con noi. Da adesso inviatele a ⟦EMAIL_ADDRESS|amministrazione@distribuzionesarda.it⟧, alla cortese attenzione di ⟦PERSON|Rita Melis⟧. Grazie.

Cheers,
Export desk""",
    },
]
