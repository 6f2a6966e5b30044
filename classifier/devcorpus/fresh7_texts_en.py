"""Hand-written English texts of the ``fresh7`` split: chat prompts, forms and pasted material from services."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "make this sound less robotic pls: 'Booking ref TRV-88214 Lisbon 12-19 May confirmed. Bring valid passport. Transfer 14:05.'",
    },
    {
        "kind": "support",
        "text": """Extract the passenger details as JSON (name, dob, mobility, diet, phone) for the tour operator's manifest:

BOOKING FORM - Amalfi Coast Escorted Tour (ref AMC-2611-07)
Lead passenger: Mrs ⟦PERSON|Orla Brennigan⟧
Date of birth: ⟦DATE_OF_BIRTH|03/09/1958⟧
Passport no.: PB7730418 (exp. 2031)
Mobile: ⟦PHONE_NUMBER|+353 87 614 2290⟧
Mobility needs: uses a ⟦HEALTH_DATA|rollator⟧, cannot manage more than one flight of stairs
Dietary: ⟦RELIGIOUS_BELIEF|kosher⟧ meals please, no shellfish
Room: twin, sea view if possible
Travelling with: Mr ⟦PERSON|Cathal Brennigan⟧""",
    },
    {
        "kind": "support",
        "text": """Summarise this fraud-desk call for the case notes (case FR-7741093). Keep it factual.

[09:12] Agent ⟦PERSON|Kwabena⟧: Fraud prevention, you're speaking with ⟦PERSON|Kwabena⟧. Can I take the number on the account?
[09:12] Caller: It's ⟦PHONE_NUMBER|085 331 9072⟧. My phone went dead last night, no signal at all, and this morning my bank says someone tried to add a new device.
[09:13] Agent ⟦PERSON|Kwabena⟧: Okay, that sounds like a SIM swap attempt. For security can you confirm your PPS number?
[09:13] Caller: ⟦IE_PPSN|2745400AA⟧. Name's ⟦PERSON|Siobhán Darragh-Kelly⟧.
[09:14] Agent ⟦PERSON|Kwabena⟧: Thanks ⟦PERSON|Siobhán⟧. I can see a replacement SIM was ordered in our Athlone store at 22:41. I've blocked it and put a port-out lock on the line. You'll get a new SIM by courier, tracking will come by email.
[09:15] Caller: Thank you. Please make sure nobody can do this again.
[09:15] Agent ⟦PERSON|Kwabena⟧: I've added a verbal password to the account. Anything else today?""",
    },
    {
        "kind": "support",
        "text": "hi, my repeat order of ⟦HEALTH_DATA|sertraline 50mg⟧ still says 'awaiting prescriber' since Tuesday, order PH-209317. can someone chase it?",
    },
    {
        "kind": "support",
        "text": "Draft a reply: customer at the rental desk asks whether the Zephra e-Van (group K) can be dropped at Dublin Airport after 23:00 and whether the key box is at Car Park 2. Answer: yes, key box is at Car Park 2, level 0, next to lift B.",
    },
    {
        "kind": "support",
        "text": """Can you summarise this email in 3 bullets and suggest whether we should pause collection? Our policy DC-4 says we pause for 60 days on evidence of serious illness.

From: ⟦EMAIL_ADDRESS|l.hollis-ward@freemailbox.co.uk⟧
To: disputes@northgate-recoveries.co.uk
Subject: Re: Account NGR-5530921 - final notice
Date: Mon, 17 Nov 2025 08:14

Dear Sir or Madam,

I am writing about the letter dated 6 November regarding the balance of £1,842.30 that you say I owe to Telvia Mobile. I do not dispute that there was a contract, but I want to explain why I stopped paying.

In March I was signed off work and in June I was diagnosed with ⟦HEALTH_DATA|bipolar II disorder⟧. I spent five weeks as an inpatient and I am now on ⟦HEALTH_DATA|lamotrigine⟧ and under the community mental health team. During that time my post was going to my old address at ⟦STREET_ADDRESS|27 Canal Side, Wigan WN3 5BL⟧ and I did not see your earlier letters. My current address is the one this email signature shows.

I can pay £25 a month starting in January from my account ⟦IBAN_CODE|GB55 NIAW 4376 7677 5761 78⟧ but not more. I have attached a letter from my GP. Your agent on the phone, ⟦PERSON|Dale⟧, told me to put this in writing, so I am.

Please stop the calls to my mother's number, she is 81 and it upsets her.

Yours faithfully,
⟦PERSON|Lorraine Hollis-Ward⟧
⟦PHONE_NUMBER|07700 931 448⟧

> On 6 Nov 2025, Northgate Recoveries wrote:
> Our client has instructed us to recover the outstanding balance. Unless payment is received
> within 14 days, we may recommend further action. Reference: NGR-5530921.""",
    },
    {
        "kind": "support",
        "text": "Inverter showing error E-031 since Saturday, panels installed in August (job SOL-44120, postcode BS3 4). Is that the grid voltage thing you mentioned? Write a reply for the engineer to check.",
    },
    {
        "kind": "support",
        "text": """Rider support ticket - classify urgency (low/medium/high) and draft a reply.

Rider: ⟦PERSON|Tomasz Wierzbicki-Hale⟧, rider ID 55102, Manchester zone
Phone: ⟦PHONE_NUMBER|07812 660 195⟧
Message: app v4.12.0 logs me out every time I accept an order and then the order goes to someone else. lost about £40 today. I already reinstalled twice.""",
    },
    {
        "kind": "support",
        "text": "Patient coordinator note, please rewrite for the donor team: recipient ⟦PERSON|Priya Ramaswamy-Holt⟧ (⟦ETHNIC_ORIGIN|Tamil⟧ heritage) would prefer a donor with a similar background; her carrier screen came back ⟦GENETIC_DATA|cystic fibrosis carrier (F508del)⟧, so donor must be screened negative.",
    },
    {
        "kind": "support",
        "text": "pls delete my ⟦BIOMETRIC_DATA|fingerprint template⟧ from your door system, I cancelled my membership at the Stokes Croft café last week. ⟦PERSON|Ruth Ambrose-Kiely⟧",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Turn this interpreter CV into a two-line profile for our court bookings list:

⟦PERSON|Ama Serwaa Boateng⟧ - Twi/Fante/English court and police interpreter
⟦EMAIL_ADDRESS|ama.boateng.interpreting@outlook.com⟧ | ⟦PHONE_NUMBER|07451 208 377⟧
NI number: ⟦UK_NINO|RH456834D⟧
Qualifications: DPSI (Law, English law option), 2019; NRPSI registered
Experience: Crown Court and magistrates' courts in Birmingham and Wolverhampton (2019-); immigration tribunals; police interviews under PACE
Enhanced DBS: clear, renewed 2024
Availability: Mon-Thu, can travel within 60 miles""",
    },
    {
        "kind": "hr",
        "text": """Write up this helpline call as a case note for the legal officer. Keep the member's words where possible.

Caller: ⟦PERSON|Gary Threlfall⟧, ⟦TRADE_UNION_MEMBERSHIP|Unite member⟧ since 2011, membership no. U-08831472
Employer: a plastics factory in Runcorn (warehouse, night shift)
Issue: Called in on Monday to an "informal chat" that turned into a disciplinary investigation for absence. ⟦PERSON|Gary⟧ had 19 days off between July and October, most of it with ⟦HEALTH_DATA|long Covid⟧ (fit notes from GP) and 3 days for ⟦HEALTH_DATA|hernia repair⟧. HR manager ⟦PERSON|Sharon Pryce⟧ said the absences "trigger stage 2" and that he "should think about whether the job is right for him".
⟦PERSON|Gary⟧ says two colleagues with similar absence were not disciplined. He believes it is because he raised the broken forklift in the safety meeting in May.
He was not told he could bring a rep. Next meeting is Thursday 10:00.
Advice given: ask for the meeting to be postponed so a rep can attend, request the absence policy and the notes of Monday's meeting in writing, ask whether reasonable adjustments under the Equality Act have been considered.
Follow-up: legal officer to call back by Wednesday on ⟦PHONE_NUMBER|01928 774 063⟧ (after 2pm, he sleeps in the morning).""",
    },
    {
        "kind": "hr",
        "text": "write a short friendly rota reminder for the café baristas: bank holiday Monday we open 9-3 only, swap shifts in the group chat by Friday",
    },
    {
        "kind": "hr",
        "text": """Tidy this volunteer record into our CRM format (name | contact | role | notes):

⟦PERSON|Femi Adeyemo-Clarke⟧, ⟦EMAIL_ADDRESS|femi.ac@mailbox.org⟧, happy to door-knock Tuesdays and Saturdays, ward: Harehills. ⟦POLITICAL_OPINION|party member⟧ since 2016, was a ⟦POLITICAL_OPINION|Momentum⟧ organiser before. Doesn't drive. Speaks Yoruba, can help with leaflets for the African Caribbean centre.""",
    },
    {
        "kind": "hr",
        "text": """Rewrite for the payroll team, plainly:

Fit note received 24/11 for ⟦PERSON|Bernadette Quayle⟧ (payroll no. 40913): not fit for work for 4 weeks, condition: ⟦HEALTH_DATA|lumbar disc prolapse⟧ with ⟦HEALTH_DATA|sciatica⟧. GP comments: may benefit from amended duties (no lifting) on return. SSP applies from day 4.""",
    },
    {
        "kind": "hr",
        "text": "Rewrite this job ad to sound warmer: 'Orthodontic nurse, 4 days/week, Clifton practice. Must have GDC registration. Experience with aligner scanning preferred. Salary £28-31k.'",
    },
    {
        "kind": "hr",
        "text": """Help me answer this deactivation appeal fairly. Our policy: cautions older than 6 years are not a reason to deactivate.

Courier: ⟦PERSON|Jordan Mbeki-Ross⟧, courier ID C-77290
Background check result (received 18/11): ⟦CRIMINAL_RECORD|caution for possession of cannabis (2017)⟧; ⟦CRIMINAL_RECORD|conviction for driving without insurance, 2022, 6 points⟧
Appeal text: "The caution was when I was 19. The insurance thing was a mistake with the renewal, I paid the fine and I ride a bike now not a car."
""",
    },
    {
        "kind": "hr",
        "text": "Can you make an onboarding checklist for new front-desk staff at a notary's office? Things like ID verification steps, key handover, GDPR training, phone greeting. Bullet points.",
    },
    {
        "kind": "hr",
        "text": "Summarise our new fraud-desk escalation rule in 5 bullets for the team wiki: SIM swap with bank alert = P1, port-out without PIN = P2, callback within 15 min, log case id, never read out the full account number.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Write 3 Instagram captions for our LGBTQ+ speed-dating night at The Copper Kettle, Brighton, 6 Dec, tickets £15, 25-40 age group. Warm, a bit cheeky, not cringe.",
    },
    {
        "kind": "marketing",
        "text": """Shorten this testimonial to under 60 words for the clinic's website, keep her name as she signed the consent form:

"After two failed cycles elsewhere and a diagnosis of ⟦HEALTH_DATA|endometriosis⟧, we honestly didn't think it would happen. The coordinators at Hearthstone Fertility were with us every step, from the ⟦HEALTH_DATA|ICSI⟧ cycle to the scan where we saw the heartbeat. Our daughter was born in April." - ⟦PERSON|Nadia Whitcombe⟧, Leeds""",
    },
    {
        "kind": "marketing",
        "text": "Draft the intro of our online pharmacy's hay-fever newsletter: antihistamines back in stock, free delivery over £20, remind people to check with the pharmacist if they take other medicines or are pregnant.",
    },
    {
        "kind": "marketing",
        "text": "Tagline ideas for Grindhouse Commons, our new coworking café in Porto: laptops welcome, oat flat whites, day passes €12, phone booths upstairs. Sign off as ⟦PERSON|Inês Carvalhais⟧, our Porto host.",
    },
    {
        "kind": "marketing",
        "text": """Turn these notes into a 150-word case study for the solar newsletter. Customer agreed to be named.

- ⟦PERSON|Gareth Pennock⟧, ⟦STREET_ADDRESS|14 Quarry Lane, Frome BA11 2QT⟧
- 12 panels, 4.8 kWp, 5 kWh battery, installed March
- bills down from ~£160 to £45/month over summer
- quote: "The lads were tidy and explained the app properly."
- used our 0% finance (plan SF-36)""",
    },
    {
        "kind": "marketing",
        "text": "Write a flyer for the mosque association's open day during Islamic Awareness Week: tours of the prayer hall, tea and samosas, Q&A with the imam, everyone welcome, Saturday 11-4.",
    },
    {
        "kind": "marketing",
        "text": """Write a follow-up email to these attendees of Thursday's event offering 20% off the next one, one email per person, use first names:

name,email,event,preference,matches
⟦PERSON|Callum Ridgewell⟧,⟦EMAIL_ADDRESS|callum.ridgewell@postbox.uk⟧,Men's night 27/11,⟦SEX_LIFE_ORIENTATION|gay⟧,3
⟦PERSON|Rhys Oyelaran⟧,⟦EMAIL_ADDRESS|rhys.oye@gmail.com⟧,Men's night 27/11,⟦SEX_LIFE_ORIENTATION|bi⟧,1
⟦PERSON|Dominic Sallows⟧,⟦EMAIL_ADDRESS|dsallows88@icloud.com⟧,Men's night 27/11,⟦SEX_LIFE_ORIENTATION|gay⟧,0""",
    },
    {
        "kind": "marketing",
        "text": "Promo text for our orthodontics practice: free consultation in January, clear aligners from £2,400, interest-free payment over 24 months, evening appointments Tue and Thu.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Prompt caching: what it saves and what it does not

Many model providers now cache the prefix of a prompt for a few minutes. When a later request begins with exactly the same tokens, the provider can skip re-processing that prefix, which lowers latency and often the price of the cached part. The saving depends on the shape of your requests. A long, stable system prompt followed by a short user turn benefits most; a prompt that interpolates a timestamp or a request id near the top defeats the cache entirely, because every request then has a different prefix.

Three practical rules follow. First, put the stable material first: instructions, tool definitions, reference documents. Second, keep anything that changes per request, such as the user's question or retrieved passages, at the end. Third, measure: most APIs report cached and uncached input tokens separately in the usage block of the response, so you can see whether the cache is hit at all.

Caching does not change what the model sees, and it is not a memory. A cached prefix is still sent with every request as far as your own gateway, logging and data-retention rules are concerned. If a policy forbids sending a document to an external provider, caching does not make it acceptable; it only makes it cheaper to do something you should not do.""",
    },
    {
        "kind": "docs",
        "text": """Rate limits and retries

The gateway forwards the provider's 429 responses unchanged and adds a Retry-After header when the provider gives one. Clients should retry with exponential backoff and jitter, starting at one second and capping at thirty. Do not retry 400 or 403 responses: they mean the request was rejected and will be rejected again. Streaming requests that fail mid-stream are not retried automatically, because part of the answer may already have been shown to a user.""",
    },
]
