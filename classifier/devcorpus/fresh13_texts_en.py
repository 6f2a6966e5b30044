"""Hand-written English texts of the ``fresh13`` split: prompts with pasted material, as services send them."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Summarise this adverse-event intake call for the PV database, keep it under 80 words:\n\n"
        "Caller: ⟦PERSON|Maureen Tallis⟧, pharmacist, reporting for a patient (initials only, R.K., female, 64). "
        "Patient started ⟦HEALTH_DATA|apixaban 5 mg⟧ on 3 March after ⟦HEALTH_DATA|atrial fibrillation⟧ was diagnosed, "
        "developed ⟦HEALTH_DATA|gum bleeding and bruising on both forearms⟧ after ten days. Dose reduced by GP, symptoms easing. "
        "Batch no. LX44120B. Reporter callback: ⟦PHONE_NUMBER|+44 161 496 0732⟧. Case ref PV-2026-018844.",
    },
    {
        "kind": "support",
        "text": "Can you draft a friendly reply? Member asked if the Friends card covers the new Hokusai late opening on 14 Nov. "
        "Membership no. MF-220914, Family Plus tier. Answer: yes, members go free, guests £8.",
    },
    {
        "kind": "support",
        "text": "Trust & Safety escalation, please rewrite as a neutral case summary for the appeals queue:\n\n"
        "Reported profile: 'Dev_88' (user id 5f1c-22a0). Reporter ⟦PERSON|Callum Abernethy⟧ (⟦EMAIL_ADDRESS|callum.abernethy@fastmail.co.uk⟧) says "
        "the match threatened to tell his employer he is ⟦SEX_LIFE_ORIENTATION|gay⟧ unless he paid £300. Screenshots attached (4). "
        "Reported user also sent a photo of the reporter's home at ⟦STREET_ADDRESS|27 Fenwick Terrace, Leeds LS6 2HN⟧. "
        "Status: OPEN -> ESCALATED (T&S L2), account suspended pending review.",
    },
    {
        "kind": "support",
        "text": "ticket #CB-77412 history, what's the next step?\n"
        "[02/10 09:14] status NEW - customer says card declined at the till twice\n"
        "[02/10 09:40] status IN PROGRESS - checked, contactless limit hit, not fraud\n"
        "[02/10 11:02] status WAITING CUSTOMER - asked to confirm whether limit should be raised\n"
        "[04/10 08:55] status WAITING CUSTOMER - reminder sent",
    },
    {
        "kind": "support",
        "text": "Reply to this funeral arrangement mail in a calm tone, confirm the date and that the chapel is step-free:\n\n"
        "From: ⟦PERSON|Eilidh Rennie⟧ <⟦EMAIL_ADDRESS|eilidh.rennie@btinternet.com⟧>\n"
        "Subject: Cremation for my father, ⟦PERSON|Angus Rennie⟧\n"
        "Hello, we'd like the service on Friday 21st at 2pm if still free. Dad was ⟦RELIGIOUS_BELIEF|Church of Scotland⟧ but the minister "
        "can't come so a celebrant is fine. My mum uses a ⟦HEALTH_DATA|wheelchair⟧, is the north chapel accessible? "
        "Mobile ⟦PHONE_NUMBER|07700 918 264⟧. Thanks, Eilidh",
    },
    {
        "kind": "support",
        "text": "KYC desk, extract as JSON (name, dob, address, id_type, id_number, iban):\n\n"
        "Applicant: ⟦PERSON|Niamh Gallagher-Osei⟧, DOB ⟦DATE_OF_BIRTH|09/05/1991⟧, ⟦STREET_ADDRESS|Apt 4, 18 Clanbrassil Street Lower, Dublin 8, D08 X2K7⟧. "
        "ID: PPS ⟦IE_PPSN|0682435FA⟧ + passport scan. Payout account ⟦IBAN_CODE|IE80 MXUV 5640 6723 0845 95⟧. "
        "Liveness check passed, ⟦BIOMETRIC_DATA|face match score 0.97⟧ against passport photo.",
    },
    {
        "kind": "support",
        "text": "pls shorten: 'Your visa appointment VS-LON-55821 is confirmed for 12/12 at 10:30. Bring the printed checklist, "
        "passport valid 6+ months and the fee receipt. Biometrics are taken on site.'",
    },
    {
        "kind": "support",
        "text": "Quick one - how do I explain to a customer that the 'Green Saver' account rate (2.15% AER, variable) "
        "changes with the base rate? Keep it plain English, no jargon, max 3 sentences.",
    },
    {
        "kind": "support",
        "text": "card got swallowed by the ATM at the Stroud branch, what do I tell the customer?",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Rewrite this driver medical outcome for the depot manager; he must NOT see the diagnosis, only fit/unfit and restrictions:\n\n"
        "Driver: ⟦PERSON|Darren Whitlock⟧, NI ⟦UK_NINO|MC 86 32 87 D⟧, depot Daventry\n"
        "Group 2 (C+E) D4 medical 18/09\n"
        "Findings: ⟦HEALTH_DATA|type 2 diabetes⟧, now on ⟦HEALTH_DATA|insulin⟧ since July; ⟦HEALTH_DATA|one hypo episode at night⟧ in August.\n"
        "DVLA notified by driver. Outcome: temporarily unfit for HGV duties, fit for yard shunting and van routes <3.5t.\n"
        "Review: 3 months, OH nurse ⟦PERSON|Priya Sandhu⟧.",
    },
    {
        "kind": "hr",
        "text": "Performance review - draft, please make it more balanced and cut it to half:\n\n"
        "Employee: ⟦PERSON|Tomasz Szałankiewicz⟧ | Role: Senior KYC Analyst | Period: H1\n"
        "- Cleared 1,140 onboarding files, quality score 98.2% (target 97)\n"
        "- Trained two new starters, ⟦PERSON|Grace Adeyemi⟧ and ⟦PERSON|Lewis Cairncross⟧\n"
        "- Was off for six weeks with ⟦HEALTH_DATA|a slipped disc⟧; came back on ⟦HEALTH_DATA|phased return⟧, no issues\n"
        "- Needs to escalate PEP hits faster (avg 2.4 days, target 1)\n"
        "Rating: Strong performer. Next: lead the sanctions-screening refresh.",
    },
    {
        "kind": "hr",
        "text": "Exit interview notes, turn into 5 bullet points for the quarterly attrition report (no names):\n\n"
        "Leaver: home-care worker, 2 yrs, Sheffield team. Reasons: mileage not paid between visits, rota changes at 24h notice, "
        "felt supported by coordinator. Would come back if contracted hours guaranteed. Joining an NHS trust as HCA.",
    },
    {
        "kind": "hr",
        "text": "EAP referral - summarise for the case file, keep clinical detail minimal:\n"
        "Client: ⟦PERSON|Rhiannon Pryce⟧, ext. 4471, self-referred 06/11\n"
        "Presenting: ⟦HEALTH_DATA|panic attacks⟧ since her divorce, ⟦HEALTH_DATA|drinking more at weekends⟧\n"
        "Already prescribed ⟦HEALTH_DATA|sertraline⟧ by GP. Offered 6 sessions CBT-informed counselling, counsellor ⟦PERSON|Martin Oduya⟧.\n"
        "Risk screen: low. Consent to contact line manager: NO.",
    },
    {
        "kind": "hr",
        "text": "Can you put this CV section into a clean markdown table?\n\n"
        "2019-2023 Reservist, Royal Logistic Corps (Army Reserve) - Lance Corporal, driver\n"
        "2016-today Transport planner, Harland Freight Ltd, Corby\n"
        "2014-2016 Warehouse operative, Peakline Distribution\n"
        "Licences: C+E, ADR (tanks), forklift counterbalance",
    },
    {
        "kind": "hr",
        "text": "Reservist mobilisation letter - check the tone and fix grammar:\n\n"
        "Ref: RES/MOB/2026/0419\nDear Mr ⟦PERSON|Kieran Doherty⟧,\n"
        "your employer Castleford Cold Chain Ltd has been informed that you are called out from 6 January for up to 9 months. "
        "Your employer asked for deferral; this was refused. During the pre-deployment medical it was noted you take "
        "⟦HEALTH_DATA|propranolol⟧; please bring your prescription. Your reserve unit records your religion as ⟦RELIGIOUS_BELIEF|Roman Catholic⟧ "
        "for chaplaincy purposes - tell us if this is wrong.\nYours sincerely,\nMajor ⟦PERSON|Hannah Prewett⟧, Reserves Office",
    },
    {
        "kind": "hr",
        "text": "HR case note, please extract: dates, allegation, outcome.\n\n"
        "12/08 Grievance raised by ⟦PERSON|Samuel Okafor⟧ (warehouse, nights) against shift lead ⟦PERSON|Gary Pinnock⟧: repeated remarks about "
        "his ⟦ETHNIC_ORIGIN|Nigerian⟧ background and accent. Two witnesses. 19/08 investigation meeting, Samuel accompanied by his "
        "⟦TRADE_UNION_MEMBERSHIP|Unite rep⟧. 02/09 allegation upheld, final written warning for GP, diversity training. Samuel moved to days at his request.",
    },
    {
        "kind": "hr",
        "text": "We are a 40-person co-op bank branch network. Draft a sick-leave policy paragraph: who to call, when a fit note is needed "
        "(after 7 calendar days), return-to-work chat, and that details are kept by the HR shared service centre only.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Write three subject lines for the museum membership renewal mail. Offer: renew before 31 Jan, get 15% off the shop "
        "and a free guest pass for 'Glass & Fire: Venetian Works 1500-1700'. Tone: warm, not pushy.",
    },
    {
        "kind": "marketing",
        "text": "Polish this testimonial for our home-care website, keep her words:\n\n"
        '"After ⟦HEALTH_DATA|my stroke⟧ I was scared to come home. The carers from Willowmere helped me with ⟦HEALTH_DATA|my insulin pen⟧ '
        'and got me walking to the post box again. ⟦PERSON|Bernadette Costigan⟧, Ilkley"',
    },
    {
        "kind": "marketing",
        "text": "LinkedIn post for our EAP launch, 80 words: free, confidential counselling 24/7 for all staff and family, support for stress, "
        "grief, money worries and anxiety, nothing reported back to managers. Hashtags ok.",
    },
    {
        "kind": "marketing",
        "text": "Adoption agency newsletter, please tighten the story (we have written consent from both):\n\n"
        "When ⟦PERSON|Jonah Whitfield⟧ and ⟦PERSON|Ravi Menon⟧ first came to an information evening in 2022, they weren't sure a "
        "⟦SEX_LIFE_ORIENTATION|same-sex couple⟧ would be considered. Eighteen months later they welcomed two brothers, aged 4 and 6. "
        "Ravi, who grew up in a ⟦RELIGIOUS_BELIEF|Hindu⟧ family in Leicester, says the boys now help with Diwali lights every year.",
    },
    {
        "kind": "marketing",
        "text": "Ad copy for the co-operative bank's new branch in Stroud: opening 3 March, free coffee, mortgage advisers on site Saturdays, "
        "'Your money, your community'. Need a 30-word and a 15-word version.",
    },
    {
        "kind": "marketing",
        "text": "Crematorium open day flyer - make it gentle and clear. Content: tours of the chapels and gardens of remembrance, "
        "talks on direct cremation costs, faith-led and humanist ceremonies, bereavement support groups, tea and cake. Sat 9 May 10-3.",
    },
    {
        "kind": "marketing",
        "text": "Case study for our KYC product page, anonymise the client but keep the numbers:\n"
        "'Fintech X cut manual review from 41% to 9% of onboardings using VeriFlow 3.2 document checks and liveness. "
        "Median onboarding time dropped from 2 days to 7 minutes.' - quote from ⟦PERSON|Oksana Levchyshyn⟧, Head of Compliance, "
        "⟦EMAIL_ADDRESS|o.levchyshyn@paylane-finance.io⟧ (remove contact details before publishing!)",
    },
    {
        "kind": "marketing",
        "text": "Sports federation campaign 'Clean Sport Week' - write the athlete quote more punchy:\n"
        "⟦PERSON|Imogen Fairclough⟧ (800m): 'I had to declare my ⟦HEALTH_DATA|asthma inhaler⟧ with a TUE when I was 17. "
        "Doing things by the book is how I know my medals are mine.'",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Context windows and retrieval. Larger context windows (128k tokens and more in models such as Llama 3.1 and Mistral Large 2) "
        "do not make retrieval-augmented generation obsolete. Retrieval keeps prompts small, lets operators cite sources and "
        "reduces cost per request. A common pattern is to chunk documents into passages of 300-800 tokens with 10-20% overlap, "
        "embed them, and retrieve the top k passages by cosine similarity before reranking. Evaluation should measure both "
        "retrieval recall (is the answer in the retrieved set?) and faithfulness (does the answer stay within it?).",
    },
    {
        "kind": "docs",
        "text": "## Rate limits\n\nThe gateway enforces two limits per workload: requests per minute (RPM) and tokens per minute (TPM). "
        "When either is exceeded the API returns HTTP 429 with a `Retry-After` header in seconds. Clients should back off "
        "exponentially with jitter, starting at 1 s and capping at 60 s. Limits are configured in `gateway.yaml` under "
        "`limits.<workload>` and reloaded without restart (v2.7+). Streaming responses count tokens as they are emitted.",
    },
    # -- a long one ------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Please summarise this sick-leave certificate batch from the shared service centre queue into a table "
        "(employee, dates, certificate type, action). Don't repeat the diagnoses in the table, only in a separate restricted note.\n\n"
        "Queue: SSC-ABS / batch 2026-11-17 / 6 items\n\n"
        "1) ⟦PERSON|Fiona Macaulay⟧, payroll 100482, fit note 10/11-24/11, GP: '⟦HEALTH_DATA|lumbar back pain⟧', may be fit with "
        "adjusted duties (no lifting). Action: send to line manager for adjustments discussion.\n"
        "2) ⟦PERSON|Harpreet Gill⟧, payroll 100517, self-certified 12/11-14/11, reason 'stomach bug'. Action: none, within 7 days.\n"
        "3) ⟦PERSON|Owen Llewellyn⟧, payroll 100233, fit note 03/11-01/12, '⟦HEALTH_DATA|post-operative recovery, knee replacement⟧'. "
        "Action: OH referral, phased return plan.\n"
        "4) ⟦PERSON|Agnieszka Dudek⟧, payroll 100871, MATB1 received, ⟦HEALTH_DATA|expected week of childbirth⟧ 15/02. "
        "Action: maternity pay calc, risk assessment for her role (forklift).\n"
        "5) ⟦PERSON|Connor Quigley⟧, payroll 100090, fit note 14/11-28/11, '⟦HEALTH_DATA|work-related stress and low mood⟧'. "
        "Action: stress risk assessment, EAP leaflet, welfare call by HRBP.\n"
        "6) ⟦PERSON|Yusuf Rahman⟧, payroll 100644, fit note 17/11-08/12, '⟦HEALTH_DATA|hernia repair⟧'. Action: none until return.\n\n"
        "Note from the team lead: item 4's certificate has the wrong NI number on it, correct one is ⟦UK_NINO|GL990299C⟧. "
        "Please also flag that items 1 and 5 are the second absence this quarter (Bradford factor check).",
    },
]
