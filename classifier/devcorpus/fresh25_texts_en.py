"""Hand-written English texts of the fresh25 split: parties, constituency offices, unions, faith groups, charities, newsrooms."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "hi, how do i stop the £5 monthly DD to the ward branch? left in march and it's still going out",
    },
    {
        "kind": "support",
        "text": """[09:02] Caseworker (⟦PERSON|Bethan⟧): Good morning, you're through to the constituency office of the member for Hove North. How can I help?
[09:03] Constituent: hi its ⟦PERSON|Winifred Baptiste⟧, I wrote last week about the housing transfer, no answer yet
[09:03] Caseworker (⟦PERSON|Bethan⟧): Sorry about that Ms ⟦PERSON|Baptiste⟧. Can you confirm your address for me?
[09:04] Constituent: ⟦STREET_ADDRESS|Flat 3, 41 Orrery Road, Hove BN3 7QD⟧
[09:05] Constituent: the stairs are the problem. since the ⟦HEALTH_DATA|hip replacement⟧ I cant do 3 floors and the council keep saying band C
[09:06] Caseworker (⟦PERSON|Bethan⟧): Understood. If you have a letter from your consultant about the ⟦HEALTH_DATA|mobility restrictions⟧ that would help us push for medical priority.
[09:06] Constituent: i'll scan it. best number is ⟦PHONE_NUMBER|07700 918 442⟧ after 11
[09:07] Caseworker (⟦PERSON|Bethan⟧): Thanks, I'll open a case (ref HN-2291) and write to Housing Options today.""",
    },
    {
        "kind": "support",
        "text": """Subject: Please take my name off the Harrow Lane Baths petition

Hello,

I signed the petition to keep the baths open back in January using my work address by mistake. Could you remove the signature and send any updates to my personal email instead? The signature is under ⟦PERSON|Ifeoma Castell⟧ and the wrong address was ⟦EMAIL_ADDRESS|i.castell@brightwater-logistics.co.uk⟧. The right one is ⟦EMAIL_ADDRESS|ifeoma.castell@posteo.net⟧.

Thanks,
⟦PERSON|Ifeoma⟧""",
    },
    {
        "kind": "support",
        "text": """To: tips@thecoastalbugle.news
From: (withheld)
Subject: story about the planning committee chair

I'd rather not give my name, please treat this as confidential.

The chair of the planning committee, Cllr ⟦PERSON|Desmond Rook⟧, voted through the Ferry Quay scheme in May. What nobody has reported is that he ⟦CRIMINAL_RECORD|was convicted of fraud by abuse of position in 2014⟧ while a director at a housing association, and he never declared it when he stood. I worked with him back then. Court records at Lewes should confirm it.

You can reply to this address but don't call my office.""",
    },
    {
        "kind": "support",
        "text": """Can you summarise this for our membership secretary in 3 bullet points? Keep the bank bit so she can check it.

---
From: ⟦PERSON|Rory Penhaligon⟧ <⟦EMAIL_ADDRESS|rory.penhaligon@gmail.com⟧>
Subject: charged twice??

Hi, I've been a ⟦POLITICAL_OPINION|Green Party member⟧ in the Truro branch for six years and this month my bank shows two payments of £7.50 to the party, both on the 3rd. My account is ⟦IBAN_CODE|GB49 MKAX 7859 2101 5153 70⟧. I only set up one mandate. Please refund the second one and tell me what happened, money's tight at the moment.
⟦PERSON|Rory⟧
---""",
    },
    {
        "kind": "support",
        "text": """Subject: RE: RE: Strike pay claim – week 2 still missing

Dear Mr ⟦PERSON|Oyelaran⟧,

Thank you for your patience. I have now checked the ledger. Your claim for the first week (12 to 16 May) was paid on the 23rd; the second week was held because the branch return from St Aldhelm's depot listed you as working on the 20th. Your rep, ⟦PERSON|Carys Emmott⟧, has since confirmed you were on the picket line that day, so the second payment of £350 will go out in Friday's run.

For our records I've noted the details you sent below. If the account has changed since, tell me before Thursday noon.

Kind regards
⟦PERSON|Priyanka Rundle⟧
Member Services, Strike Fund Team
Direct line: ⟦PHONE_NUMBER|020 7946 0381⟧

> From: ⟦PERSON|Hamish Oyelaran⟧
> Sent: 2 June 09:14
> To: Member Services
> Subject: RE: Strike pay claim – week 2 still missing
>
> Hi, still nothing for the second week. I've been a ⟦TRADE_UNION_MEMBERSHIP|member of the union since 2009⟧ and never claimed a penny before this dispute. Details again:
> Name: ⟦PERSON|Hamish Oyelaran⟧
> Membership no: 00418862
> NI number: ⟦UK_NINO|CK588175B⟧
> Bank: ⟦IBAN_CODE|GB40 CYJV 5420 9982 7839 71⟧
> Mobile: ⟦PHONE_NUMBER|07911 204 377⟧
> I was off sick the Monday with ⟦HEALTH_DATA|a migraine⟧ but on the line Tuesday to Friday, ⟦PERSON|Carys⟧ can vouch.
>
>> From: Member Services
>> Sent: 28 May 16:40
>> Subject: Strike pay claim – week 2 still missing
>>
>> Dear member, strike pay is paid per full day of action on the basis of the branch return. If a day is missing, please contact your workplace rep first, who can correct the return. Payments run every Friday.""",
    },
    {
        "kind": "support",
        "text": "Got a call at 8pm from one of your interviewers asking how I'd vote in the by-election. How did you get my number and can I be taken off the list?",
    },
    {
        "kind": "support",
        "text": """Hello,

I made a one-off donation of £60 to the winter shelter appeal on Saturday but I think I typed the amount as £600. Card used: ⟦CREDIT_CARD|4796 1837 9621 9479⟧, name on card ⟦PERSON|T. Okonkwo-Reid⟧. Can you cancel or refund the difference? Happy to leave the £60.

Many thanks,
⟦PERSON|Temperance Okonkwo-Reid⟧
⟦PHONE_NUMBER|+44 7700 900 615⟧""",
    },
    {
        "kind": "support",
        "text": """Thanks for getting in touch with Helping Hands Volunteer Hub. To reset your password, use the "Forgot password" link on the sign-in page; the link in the email is valid for 30 minutes. If you manage a group account, only the group admin can change the contact address. We never ask for your password by email or phone.""",
    },
    {
        "kind": "support",
        "text": """Could you check this coach application before I send it to the county board? Vetting came back today.

Applicant: ⟦PERSON|Colm Ó Faoláin⟧
Club: Ballinkeel Harriers (athletics, U12 squad)
DOB: ⟦DATE_OF_BIRTH|14/02/1987⟧
PPSN: ⟦IE_PPSN|6092701D⟧
Vetting disclosure: ⟦CRIMINAL_RECORD|one conviction, public order offence, Galway District Court 2011⟧
Referee: ⟦PERSON|Aoife Brannelly⟧, ⟦PHONE_NUMBER|087 331 0458⟧

Is that an automatic no under the safeguarding policy or does the board decide?""",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """NEW STARTER – Refugee Advice Caseworker (0.8 FTE)
Full name: ⟦PERSON|Bronwen Iqbal⟧
Date of birth: ⟦DATE_OF_BIRTH|3 September 1991⟧
National Insurance: ⟦UK_NINO|TG 16 84 58 C⟧
Home address: ⟦STREET_ADDRESS|22 Cwrt Pengam, Cardiff CF24 2RP⟧
Emergency contact: ⟦PERSON|Tariq Iqbal⟧ (brother) ⟦PHONE_NUMBER|07384 561 209⟧
Reasonable adjustments: ⟦HEALTH_DATA|dyslexia⟧ – screen reader licence and written instructions for case reviews
Start date: 1 July
Line manager: ⟦PERSON|Dafydd Prothero⟧""",
    },
    {
        "kind": "hr",
        "text": """Staff meeting – regional office, Tuesday

Present: JM, RK, SW, AB (chair)
1. Sick leave: the new policy counts absences from the first day; the union side asked that disability-related absence be recorded separately, as in the national agreement. Agreed to draft wording.
2. Lone working during canvassing weekends: two-person rule stays.
3. Heating in the back office – facilities to quote.
Next meeting: 14th.""",
    },
    {
        "kind": "hr",
        "text": """hi ⟦PERSON|Greta⟧, won't make the 10am edit meeting, GP says it's ⟦HEALTH_DATA|shingles⟧ and I'm signed off till Friday. ⟦PERSON|Sunny⟧ has the council budget piece and the sub-editors have the photo captions. sorry! – ⟦PERSON|Marigold⟧""",
    },
    {
        "kind": "hr",
        "text": """CV – ⟦PERSON|Grace Mallory-Singh⟧
⟦EMAIL_ADDRESS|grace.mallorysingh@proton.me⟧ · ⟦PHONE_NUMBER|07522 118 930⟧ · Leicester

Community organiser with nine years in tenants' unions and voter-registration drives.

2019–now  Organiser, Highfields Tenants' Network – ran door-knocking for 1,400 households, trained 60 volunteers.
2016–2019 Field officer, Leicester Citizens' Advice – debt and benefits casework.
Other: ⟦POLITICAL_OPINION|Labour Party member since 2011⟧, former ward secretary; fluent Punjabi and Gujarati.""",
    },
    {
        "kind": "hr",
        "text": """We're hiring: Canvassing Coordinator (fixed term to May)
You will plan weekend sessions, keep the walk sheets up to date and look after new volunteers. Evenings and weekends are part of the job. Salary £27,400 pro rata. No party membership is required, but you must be comfortable talking to voters of all views. Apply by the 30th with a CV and a one-page letter.""",
    },
    {
        "kind": "hr",
        "text": """Please rewrite this reference so it sounds more formal, keep it under 150 words:

"⟦PERSON|Tobias Fernihough⟧ has run our Thursday youth club at St Kilian's Community Centre for three years. Kids love him, he's reliable, never missed a session except when his daughter was born. He did the safeguarding course last spring and his enhanced check came back clear. He's leaving cos he's moving to Bristol. We'd have him back tomorrow. – ⟦PERSON|Maureen Hollis⟧, centre manager, ⟦PHONE_NUMBER|0117 496 0732⟧"
(sent by the centre, 12 March)""",
    },
    {
        "kind": "hr",
        "text": """Staff handbook, section 7.4 – Religious festivals
Staff of all faiths and none may use up to two days of annual leave at short notice for religious festivals. During Ramadan, managers should be flexible about lunch breaks and finishing times on request. Requests are confidential and do not need to state the reason.""",
    },
    {
        "kind": "hr",
        "text": """Grievance – note of first meeting (confidential)
Complainant: ⟦PERSON|Eilidh Pascoe⟧, campaigns officer
Respondent: ⟦PERSON|Gareth Lomax⟧, senior fundraiser
Summary: ⟦PERSON|Eilidh⟧ says that at the team away-day ⟦PERSON|Gareth⟧ made repeated jokes about her being ⟦SEX_LIFE_ORIENTATION|a lesbian⟧ in front of two donors and later asked whether her "girlfriend would be jealous". She also says he told a colleague she only got the role because she is ⟦ETHNIC_ORIGIN|mixed-race⟧. ⟦PERSON|Gareth⟧ has not yet been interviewed.
Next step: investigation by ⟦PERSON|Nnamdi Achterberg⟧ (HR), witness statements by the 12th.""",
    },
    {
        "kind": "hr",
        "text": "Reminder to all staff: pension auto-enrolment re-assessment runs on 1 October. If you opted out before, you'll be re-enrolled unless you opt out again within a month. Questions to payroll.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Give two hours, change a street.
Helping Hands matches you with local causes that need you this week – from food bank shifts to reading buddies. Sign up in a minute, pick a slot, and we'll send a reminder the day before. No experience needed; every role comes with a short briefing.""",
    },
    {
        "kind": "marketing",
        "text": """UNION NEWS – Autumn
Pay: the employers' offer of 3.1% has been rejected by the national executive. Ballot papers go out on the 4th.
Health & safety: our survey found that one in three members in warehouses work in temperatures above 27°C in summer. We're pushing for a maximum workplace temperature.
Know your rights: you're entitled to be accompanied by a rep at any disciplinary or grievance hearing.""",
    },
    {
        "kind": "marketing",
        "text": """"When I arrived in Croydon I knew nobody. Back home, as ⟦ETHNIC_ORIGIN|a Hazara⟧, I had learned to keep my head down. At the Welcome Circle someone sat with me through every form, and now I help new arrivals with theirs."
– ⟦PERSON|Farid⟧, 24, volunteer since 2022""",
    },
    {
        "kind": "marketing",
        "text": """Leaving a gift in your will
⟦PERSON|Maureen Teague⟧ was ⟦RELIGIOUS_BELIEF|a Methodist all her life⟧ and sang in the chapel choir at Fennick Street for fifty years. When she died last spring, her legacy paid for a new roof on the hall where the toddler group and the lunch club meet. If you'd like to talk about a legacy, our team will listen without any pressure.""",
    },
    {
        "kind": "marketing",
        "text": """Petition FAQ
Who sees my name? Your name and town appear on the public list unless you tick "keep my signature private". Your email address is never shown.
Can I withdraw? Yes, at any time from the link in your confirmation email.
What happens at 10,000 signatures? We deliver the petition to the decision-maker and ask for a written response.""",
    },
    {
        "kind": "marketing",
        "text": """Meet the team: ⟦PERSON|Ruth Abernethy⟧, our new council liaison officer
⟦PERSON|Ruth⟧ joins us from the housing charity Shelterbridge. ⟦POLITICAL_OPINION|A Liberal Democrat activist⟧ for over a decade and a former parish councillor in Marlow, she'll be the first point of contact for councillors who want to work with us on homelessness. Say hello at ⟦EMAIL_ADDRESS|ruth.abernethy@shelterbridge-partners.org.uk⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Northgate Youth Club – this term
Mon: football (Year 7–9), 5–6.30pm
Wed: music studio & DJ workshop
Fri: open night, table tennis, pool, tuck shop
All sessions free. Parents, please fill in the consent form at the first visit.""",
    },
    {
        "kind": "marketing",
        "text": """"I came out as ⟦SEX_LIFE_ORIENTATION|bi⟧ at 41, after twenty years of marriage. I thought I'd be the oldest person in the room. The Tuesday group at OpenDoor didn't care about that at all."
– ⟦PERSON|Declan⟧, Sheffield""",
    },
    {
        "kind": "marketing",
        "text": """Join our opinion panel
Share your views on the issues that matter – transport, health, the cost of living – in short online surveys, about two a month. Earn points for every completed survey and swap them for vouchers or a donation to charity. Your answers are always reported in aggregate.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """How newsrooms are using speech-to-text models

Automatic transcription has quietly become the most widely used AI tool in local newsrooms. Reporters record council meetings and interviews, upload the audio, and get a draft transcript within minutes. Editors say the biggest gain is not speed but searchability: a year of committee meetings can be searched for a street name or a budget line. The risks are familiar. Models mishear proper names and numbers, and a misattributed quote can do real damage. Most style guides now require a reporter to check every quote against the audio before publication, and to keep recordings of confidential sources off shared drives.""",
    },
    {
        "kind": "docs",
        "text": """Duplicate detection in the contacts module

When a contact is imported, the CRM compares it with existing records on normalised email, phone and postcode plus surname. Matches above the threshold (default 0.85) are queued for review instead of being merged automatically. Reviewers can merge, keep both or mark as "not a duplicate"; the last choice is remembered. Gift Aid declarations and consent records always follow the surviving record. The threshold can be changed under Settings → Data quality.""",
    },
]
