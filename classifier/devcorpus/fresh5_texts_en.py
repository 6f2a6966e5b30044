"""Hand-written English texts of the ``fresh5`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Summarise this ticket in two lines for the handover, keep the order number:\n\n"
        "> Hi, order #A-448120 arrived with the lid cracked. I already sent photos via the form on Tuesday. "
        "Can you ship a replacement instead of a refund? Thanks",
    },
    {
        "kind": "support",
        "text": "Draft a polite reply to this customer, apologise for the delay, offer a callback:\n\n"
        "From: ⟦PERSON|Graham Whitlock⟧ <⟦EMAIL_ADDRESS|g.whitlock@btinternet.com⟧>\n"
        "Subject: Still no refund (case 20931)\n\n"
        "Third email. The refund of £84.20 was promised on the 3rd. I'm on ⟦PHONE_NUMBER|07700 914 552⟧ "
        "after 5pm if anyone actually wants to sort this out.\n⟦PERSON|Graham⟧",
    },
    {
        "kind": "support",
        "text": "Agent: Thanks for calling Brightline Energy, you're speaking with ⟦PERSON|Priya⟧, how can I help?\n"
        "Caller: Hi yeah, my direct debit went out twice this month.\n"
        "Agent: Sorry about that. Can I take the account holder's full name?\n"
        "Caller: ⟦PERSON|Declan Murphy⟧.\n"
        "Agent: And the first line of the address?\n"
        "Caller: ⟦STREET_ADDRESS|14 Oakfield Road, Bristol BS6 6JA⟧.\n"
        "Agent: Thank you. And date of birth for security?\n"
        "Caller: ⟦DATE_OF_BIRTH|2 March 1979⟧.\n"
        "Agent: Lovely. I can see the two collections of £61.40. The second one will come back within 3 working days.\n"
        "Caller: Fine. Also I'm ⟦HEALTH_DATA|registered blind⟧ so could the letters come in large print?\n"
        "Agent: Of course, I'll add that to the account.\n\n"
        "---\nTask: write the CRM wrap-up note for this call (outcome, follow-up, vulnerability flag).",
    },
    {
        "kind": "support",
        "text": "Classify the intent of this message as one of billing / delivery / account / other. "
        'Return JSON only.\n\nMessage (from ⟦EMAIL_ADDRESS|kev.doyle77@hotmail.co.uk⟧): "where is my parcel, tracking says out for delivery since Friday"',
    },
    {
        "kind": "support",
        "text": "Extract the fields as JSON (name, email, iban, reason) from this refund form:\n\n"
        "REFUND REQUEST\nName ..... ⟦PERSON|Siobhan Keane⟧\nE-mail ... ⟦EMAIL_ADDRESS|siobhan.keane84@gmail.com⟧\n"
        "Bank account (IBAN) ⟦IBAN_CODE|IE45 DEUQ 1137 3237 4187 09⟧\nReason ... cancelled membership, "
        "charged for December anyway\nRef: RF-2025-11-0072",
    },
    {
        "kind": "support",
        "text": 'Rewrite this reply so it sounds less robotic:\n\n"Dear customer, your request has been '
        "received. The issue is being investigated by the relevant team. You will be contacted in due course. "
        'Ticket: INC0048213."',
    },
    {
        "kind": "support",
        "text": "Can you tell from this Teams thread what the customer actually wants?\n\n"
        "[09:12] ⟦PERSON|Tom R⟧: customer from the Leeds branch rang again\n"
        "[09:13] ⟦PERSON|Tom R⟧: Mrs ⟦PERSON|Okonkwo⟧, says her card ⟦CREDIT_CARD|5182 9089 5686 0442⟧ was charged for a "
        "wheelchair cushion she returned\n"
        "[09:13] ⟦PERSON|Aisha⟧: did she say why she returned it\n"
        "[09:14] ⟦PERSON|Tom R⟧: she's ⟦HEALTH_DATA|paraplegic⟧ and the cushion was the wrong size apparently\n"
        "[09:15] ⟦PERSON|Aisha⟧: ok I'll check RMA 77810",
    },
    {
        "kind": "support",
        "text": "You are a support assistant for a broadband provider. Use only the context below.\n\n"
        "Context:\n[1] Router model HX-220 restarts nightly between 03:00 and 03:15 to install firmware.\n"
        "[2] Customers can disable auto-restart under Settings > Maintenance.\n[3] Firmware 4.2.17 fixes the "
        "2.4 GHz drop-out reported in October.\n\nQuestion: why does my internet go off every night around 3am?",
    },
    {
        "kind": "support",
        "text": 'translate to plain english pls, customer is confused: "Your claim has been pended pending '
        'receipt of supporting documentation in accordance with section 4.2 of the policy schedule."',
    },
    {
        "kind": "support",
        "text": "Rewrite this hospital discharge letter in plain English for the patient, reading age 12, "
        "keep the medication list exactly as it is.\n\n"
        "St Anne's University Hospital - Department of Cardiology\n"
        "Discharge summary\n\n"
        "Patient: ⟦PERSON|Moira Fitzgerald⟧   DOB: ⟦DATE_OF_BIRTH|11/04/1958⟧   PPSN: ⟦IE_PPSN|0921982F⟧\n"
        "Address: ⟦STREET_ADDRESS|7 Seafield Crescent, Salthill, Galway H91 X2C4⟧\n"
        "Admitted: 17/11/2025   Discharged: 24/11/2025   Consultant: Dr ⟦PERSON|R. Nolan⟧\n\n"
        "Diagnosis: ⟦HEALTH_DATA|NSTEMI⟧ on a background of ⟦HEALTH_DATA|familial hypercholesterolaemia⟧ "
        "(⟦GENETIC_DATA|heterozygous LDLR mutation⟧ confirmed 2019) and ⟦HEALTH_DATA|type 2 diabetes⟧.\n\n"
        "Course: Presented to ED with central chest pain radiating to the left arm. Troponin rise 48 -> 310 "
        "ng/L. Angiography 18/11 showed 90% stenosis of the mid LAD, treated with one drug-eluting stent. "
        "Uncomplicated recovery. Echo: EF 50%, mild anterior hypokinesia.\n\n"
        "Medication on discharge:\n- Aspirin 75 mg once daily (lifelong)\n- Ticagrelor 90 mg twice daily "
        "for 12 months\n- Atorvastatin 80 mg at night\n- Bisoprolol 2.5 mg once daily\n- Ramipril 2.5 mg "
        "once daily\n- Metformin 1 g twice daily (unchanged)\n\n"
        "Follow-up: cardiac rehab referral sent; lipid clinic 6 weeks; GP to check renal function in 2 weeks. "
        "Do not stop ticagrelor without speaking to cardiology. Cascade screening offered to her children.",
    },
    {
        "kind": "support",
        "text": "Pull out the action items from this email thread, bullet points, no names:\n\n"
        "> On Mon, 24 Nov 2025 at 09:41, Ops wrote:\n> Warehouse 2 picks are 6% behind plan, can we move "
        "two people from returns?\n>> Returns backlog is 1,140 parcels, no.\n>>> Then overtime Sat 29th, "
        "08:00-13:00, approved up to 40h total.",
    },
    # -- hr -------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Rewrite this performance review so it is constructive but honest. Keep it under 150 words.\n\n"
        "Employee: ⟦PERSON|Rachel Dunne⟧ (Payroll, band 5)\nRachel's output dropped in Q3. She was off for six "
        "weeks with ⟦HEALTH_DATA|post-natal depression⟧ and came back on a phased return. Since then accuracy is "
        "fine but she misses the Thursday cut-off about once a month.",
    },
    {
        "kind": "hr",
        "text": "Screen this CV against the job spec (Senior Data Engineer, Manchester, hybrid). Score 1-5 per "
        "criterion.\n\n⟦PERSON|Chidinma Okafor⟧\n⟦STREET_ADDRESS|Flat 3, 27 Wilmslow Road, Manchester M14 5TB⟧ | "
        "⟦PHONE_NUMBER|+44 7911 203 448⟧ | ⟦EMAIL_ADDRESS|seun.adeyemi@outlook.com⟧\n\nEXPERIENCE\n"
        "2021-now  Data Engineer, Northpoint Retail - Airflow, dbt, Snowflake; cut nightly batch from 6h to 50min\n"
        "2018-2021 BI Developer, Halden Insurance - SSIS, Power BI\n\nEDUCATION\nBSc Computer Science, "
        "University of Salford, 2:1\n\nSKILLS\nPython, SQL, Spark, Terraform, AWS (certified Solutions Architect)",
    },
    {
        "kind": "hr",
        "text": "Write a job advert for a part-time receptionist at a dental practice in Norwich, friendly tone, "
        "mention flexible hours and free parking.",
    },
    {
        "kind": "hr",
        "text": "Summarise the key points of this grievance for the panel, neutral tone:\n\n"
        "I, ⟦PERSON|Imran Siddiqui⟧, wish to raise a formal grievance against my line manager. Since I asked for "
        "a prayer space during Ramadan he has made repeated comments about me being ⟦RELIGIOUS_BELIEF|a practising "
        "Muslim⟧ in front of the team. On 14 October he said I should 'pray on my own time'. I am a "
        "⟦TRADE_UNION_MEMBERSHIP|Unite member⟧ and my rep ⟦PERSON|Karen Bell⟧ will accompany me.",
    },
    {
        "kind": "hr",
        "text": "Check this new-starter form for missing fields and list them:\n\n"
        "Full name: ⟦PERSON|Callum Fraser⟧\nDate of birth: ⟦DATE_OF_BIRTH|19/08/1996⟧\n"
        "NI number: ⟦UK_NINO|RJ 61 05 92 A⟧\nStart date: 05/01/2026\nEmergency contact: \n"
        "Bank sort code / account: \nDisability or adjustments: ⟦HEALTH_DATA|dyslexia⟧, needs screen reader",
    },
    {
        "kind": "hr",
        "text": "What questions should I ask in a structured interview for a warehouse shift lead? Give me eight, "
        "two per competency: safety, people, planning, problem solving.",
    },
    {
        "kind": "hr",
        "text": "Turn these notes into a formal letter confirming the outcome of the disciplinary hearing:\n\n"
        "- employee ⟦PERSON|Jordan Hale⟧, forklift driver, Dunstable site\n- DBS check came back with "
        "⟦CRIMINAL_RECORD|a conviction for theft from an employer in 2019⟧ which was not declared\n"
        "- outcome: final written warning, not dismissal, given 6 yrs clean service\n- right of appeal within 5 "
        "working days",
    },
    {
        "kind": "hr",
        "text": "Make this onboarding checklist into a friendly welcome email for new hires (no names, it goes to "
        "everyone): laptop pickup at IT desk floor 2, badge photo, Workday login, fire safety video, "
        "expenses policy, team lunch on Friday.",
    },
    {
        "kind": "hr",
        "text": 'Is the following reasonable to put in a reference? Rewrite if not.\n\n"⟦PERSON|Megan Price⟧ '
        "was a reliable team member. Her attendance was affected in 2024 by ⟦HEALTH_DATA|IVF treatment⟧ and she "
        'is now ⟦HEALTH_DATA|pregnant⟧, so she may need time off soon."',
    },
    {
        "kind": "hr",
        "text": "Draft a neutral reply to this employee's complaint about the new time clocks:\n\n"
        "\"I'm ⟦PERSON|Darren Cole⟧ from the night shift. I don't consent to HR storing my "
        '⟦BIOMETRIC_DATA|fingerprint template⟧ for clocking in, I want a card instead."',
    },
    # -- marketing ------------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Write three subject lines for our Black Friday email. Brand: Fernhill Outdoor. Offer: 30% off "
        "waterproofs, free returns until 31 January. Tone: outdoorsy, not shouty.",
    },
    {
        "kind": "marketing",
        "text": "Brief for the agency - please turn into a one-page creative brief:\n\nProduct: Lumo Sleep app "
        "v3.0\nAudience: shift workers 25-45, UK and Ireland\nInsight: they sleep in the day and feel guilty "
        "about it\nChannels: Spotify audio, Instagram Reels, NHS staff newsletter (paid)\nBudget: GBP 120k, "
        "Feb-Apr\nKPIs: installs, 7-day retention",
    },
    {
        "kind": "marketing",
        "text": "Personalise this follow-up for the lead below, max 80 words:\n\nLead: ⟦PERSON|Hannah Lowry⟧, "
        "Head of Ops at Cobalt Freight, ⟦EMAIL_ADDRESS|hannah.lowry@cobaltfreight.co.uk⟧, met at Multimodal 2025 "
        "stand C40, interested in route optimisation, mentioned she's off to a ⟦POLITICAL_OPINION|Reform UK "
        "fundraiser⟧ next week (don't mention that obviously).",
    },
    {
        "kind": "marketing",
        "text": "Give me 5 LinkedIn post ideas about how small accounting firms can use GPT-4o and Claude to speed "
        "up month-end close. No hype, practical.",
    },
    {
        "kind": "marketing",
        "text": 'Clean up this customer testimonial for the website, keep it authentic:\n\n"honestly i was '
        "sceptical but after my ⟦HEALTH_DATA|hip replacement⟧ the physio plan in the app got me walking the dog "
        'again in 5 weeks. 10/10" - ⟦PERSON|Brenda Collins⟧, ⟦STREET_ADDRESS|22 Mill Lane, Ludlow SY8 1BB⟧',
    },
    {
        "kind": "marketing",
        "text": "Segment this list for the spring campaign and suggest a message per segment:\n\n"
        "name,email,postcode,last_purchase,notes\n⟦PERSON|Aidan Byrne⟧,⟦EMAIL_ADDRESS|aidanbyrne@eircom.net⟧,"
        "D08,2025-03-11,gluten free\n⟦PERSON|Laura Quinn⟧,⟦EMAIL_ADDRESS|lquinn@yahoo.ie⟧,D06W,2025-09-30,"
        "⟦HEALTH_DATA|coeliac⟧ - asked for the GF range\n⟦PERSON|Femi Okafor⟧,⟦EMAIL_ADDRESS|femi.o@gmail.com⟧,"
        "D15,2024-12-02,",
    },
    {
        "kind": "marketing",
        "text": "Write the product description for the Elara Smart Thermostat 2 (Wi-Fi, works with Alexa and "
        "Google Home, 7-day schedule, 2-year warranty). 120 words, UK spelling.",
    },
    {
        "kind": "marketing",
        "text": "Summarise the results of this A/B test for the weekly report: variant B (short form, 3 fields) "
        "converted 4.8% vs 3.1% for A over 18,240 sessions, p=0.003. Mobile uplift larger than desktop.",
    },
    {
        "kind": "marketing",
        "text": "Our Pride month campaign needs a real story. Tighten this draft from the interview, first "
        "person, 100 words:\n\n\"I'm ⟦PERSON|Sam Adeyemi-Clarke⟧, I run the Croydon store. I came out as "
        "⟦SEX_LIFE_ORIENTATION|gay⟧ at 19 and my first manager made it hard. Here, my partner comes to the "
        'Christmas do and nobody blinks."',
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Use the following documentation excerpt to answer the question.\n\n"
        "Rate limits are applied per API key and per model. When a request exceeds the limit the API returns "
        "HTTP 429 with a Retry-After header. Batch requests count towards the token limit but not the request "
        "limit. Limits for gpt-4o-mini are higher than for gpt-4o; see the limits page for your tier.\n\n"
        "Question: does a batch job count against my requests-per-minute?",
    },
    {
        "kind": "docs",
        "text": "Explain this paragraph to a product manager in plain words:\n\nMixture-of-experts models such "
        "as Mixtral 8x7B route each token to two of eight feed-forward experts, so only about 13 billion of the "
        "47 billion parameters are active per token. This lowers inference cost per token but the full weights "
        "must still fit in memory, which is why serving requires the same GPU memory as a dense model of the "
        "total size.",
    },
]
