"""Hand-written English texts of the ``fresh20`` split: UK and Irish banks, building societies, brokers, debt advice, payroll, pensions and underwriting."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Hi, my card got declined at Tesco but the app says I've got £240 available? Ref 88-20417",
    },
    {
        "kind": "support",
        "text": "From: ⟦PERSON|Declan Hegarty-Lynch⟧ <⟦EMAIL_ADDRESS|dhegartylynch77@eircom.net⟧>\nTo: disputes@shannonsidecu.ie\nSubject: Chargeback – Ryanair refund never arrived\n\nHi there,\n\nI paid €418.60 for flights on my debit card ending 4471 in March and the airline cancelled. They promised a refund within 7 days and it's now week 9. Can the credit union raise a chargeback? Member number is 20931, PPS number ⟦IE_PPSN|4416724W⟧ if you need it for the form.\n\nThanks,\n⟦PERSON|Declan⟧\n⟦PHONE_NUMBER|087 314 9026⟧",
    },
    {
        "kind": "support",
        "text": "Summarise this call note for the vulnerable-customer register in two sentences, no jargon:\n\nCustomer ⟦PERSON|Maureen Ashworth⟧ (acc 40-17-22 / 61844039) rang 14:05. Recently widowed, says she is struggling to read letters since her ⟦HEALTH_DATA|cataract operation⟧ went wrong and has been diagnosed with ⟦HEALTH_DATA|early-stage Alzheimer's⟧ per her daughter. Daughter ⟦PERSON|Karen⟧ wants third-party access. Agreed to send large-print statements and hold on overdraft fees for 60 days.",
    },
    {
        "kind": "support",
        "text": "[09:12] Customer: someone's taken £1,950 out of my account overnight, I didn't do it\n[09:12] Agent (⟦PERSON|Priya⟧): I'm sorry to hear that. I've frozen the card now. Can you confirm the last 4 digits of the card?\n[09:13] Customer: 2973\n[09:13] Agent (⟦PERSON|Priya⟧): Thanks. I can see three payments to 'CRYPTOXCH LTD'. Did you share a one-time passcode with anyone yesterday?\n[09:14] Customer: a man rang saying he was from your fraud team and I read out the code. god I feel stupid\n[09:15] Agent (⟦PERSON|Priya⟧): You're not stupid, these people are very convincing. I've opened fraud case FR-7730215 and a new card will arrive in 3-5 working days.",
    },
    {
        "kind": "support",
        "text": "Can I pay off my car finance early without a penalty? Agreement no. CF/0093318",
    },
    {
        "kind": "support",
        "text": "Dear Sir/Madam,\n\nI am writing about the letter dated 3 October from Lowther Recoveries regarding the alleged debt of £2,314.77 (your ref LR-5590127). I do not recognise this debt. Please provide a copy of the original credit agreement under section 78 of the Consumer Credit Act 1974. Until then I consider the account in dispute and ask that you stop contacting me by phone.\n\nFor the record I am currently signed off work with ⟦HEALTH_DATA|severe depression⟧ and calls are making it worse.\n\nYours faithfully,\n⟦PERSON|Gareth Pryce-Evans⟧\n⟦STREET_ADDRESS|14 Heol y Nant, Pontypridd CF37 2LW⟧",
    },
    {
        "kind": "support",
        "text": "Hiya – tried to open a joint account online but it keeps saying 'we couldn't verify your identity'. Is it because I moved house last month? Application ID 7F3A-22B1.",
    },
    {
        "kind": "support",
        "text": "Re: Re: Standing order to my landlord keeps failing\n\n> On 12 Nov, Northgate Building Society wrote:\n> Could you send us the payee details so we can check them?\n\nSure. Payee is ⟦PERSON|Harjit Bhamra⟧, sort code 20-45-77, the IBAN he gave me is ⟦IBAN_CODE|GB44 AZES 3118 7512 7427 53⟧. Amount £725 on the 1st of each month. It's worked for two years and suddenly stopped in October.\n\n⟦PERSON|Olu Adeyemi⟧",
    },
    {
        "kind": "support",
        "text": "What's the current rate on the 2-year fixed ISA? And is it still £1 minimum?",
    },
    {
        "kind": "hr",
        "text": "INCOME PROTECTION – MEDICAL QUESTIONNAIRE (Part C)\nApplicant: ⟦PERSON|Thomas Okonkwo-Reid⟧\nDate of birth: ⟦DATE_OF_BIRTH|22/08/1984⟧\nOccupation: Self-employed electrician\nHeight / weight: 181 cm / 97 kg\nQ7 Have you ever been treated for a back or neck condition? Yes – ⟦HEALTH_DATA|prolapsed disc L4/L5⟧, physio 2021, no surgery\nQ9 Do you currently take any prescribed medication? ⟦HEALTH_DATA|Metformin 500mg twice daily⟧\nQ12 Alcohol units per week: 8\nQ14 Any family history of heart disease before 60? Father, ⟦HEALTH_DATA|heart attack aged 54⟧\nPolicy ref: IP-44-290183",
    },
    {
        "kind": "hr",
        "text": "Payroll bureau – starter checklist for client Hartwell Joinery Ltd\n\nName: ⟦PERSON|Kamil Zawadzki⟧\nNI number: ⟦UK_NINO|TX168719C⟧\nStart date: 06/01\nTax code: 1257L (P45 received)\nStudent loan: Plan 2\nPension: auto-enrolled, 5% / 3%\nBank: sort code 30-94-12, account 71820466\nEmergency contact: ⟦PERSON|Agnieszka Zawadzka⟧, ⟦PHONE_NUMBER|07700 918 442⟧",
    },
    {
        "kind": "hr",
        "text": "Minutes – Collections team meeting, Thursday\nPresent: ⟦PERSON|Rachel Bowden⟧ (chair), ⟦PERSON|Sunil Kapoor⟧, ⟦PERSON|Tracey Mills⟧, ⟦PERSON|Lewis Ward⟧\nApologies: ⟦PERSON|Jo Dunleavy⟧ (⟦HEALTH_DATA|sick – migraine⟧)\n1. Q3 roll rates are down 0.4%. Rachel to share the dashboard.\n2. New 'breathing space' process goes live on the 14th; everyone to complete the e-learning by Friday.\n3. Reminder that call recordings are retained for 12 months only.\n4. AOB: Christmas rota – volunteers needed for 27th and 28th.\nNext meeting: two weeks' time.",
    },
    {
        "kind": "hr",
        "text": "Hi ⟦PERSON|Sarah⟧, quick heads up – ⟦PERSON|Danny Whitcombe⟧ from Arrears won't be in until Weds, he's got a ⟦HEALTH_DATA|hospital appointment for his kidney dialysis⟧ Mon and Tues. He's said it's fine for me to tell you. Can you cover his queue?",
    },
    {
        "kind": "hr",
        "text": "CURRICULUM VITAE\n⟦PERSON|Aisling Brennan⟧\n⟦STREET_ADDRESS|Apt 4, 19 Clanbrassil Street Upper, Dublin 8⟧ · ⟦PHONE_NUMBER|+353 86 402 7713⟧ · ⟦EMAIL_ADDRESS|aisling.brennan.cfa@gmail.com⟧\n\nProfile\nQualified Financial Adviser (QFA) with six years in mortgage broking, specialising in first-time buyers and self-build.\n\nExperience\n2021–now  Senior Mortgage Adviser, Liffey Home Loans – 140+ drawdowns a year, panel of 6 lenders\n2018–2021 Credit Analyst, Bank of Leinster – underwriting residential and buy-to-let\n\nEducation\nBComm, University College Cork (2:1)",
    },
    {
        "kind": "hr",
        "text": "Equality monitoring return (anonymised for the board) – 214 staff, 61% women, 18% from minority ethnic backgrounds, 7% disabled. Response rate 83%. No individual data in this report.",
    },
    {
        "kind": "hr",
        "text": "Grievance meeting note – 11:00, Meeting Room 2\nEmployee: ⟦PERSON|Nasreen Qureshi⟧, Customer Service Adviser\nCompanion: ⟦PERSON|Phil Kearney⟧ (⟦TRADE_UNION_MEMBERSHIP|Unite workplace rep⟧)\nNQ states that her team leader refused her request to take a 15-minute break at sunset during ⟦RELIGIOUS_BELIEF|Ramadan⟧ to break her fast, and made comments about her ⟦RELIGIOUS_BELIEF|hijab⟧ in front of colleagues. She wants an apology and a flexible-break arrangement. Outcome to follow in writing within 5 working days.",
    },
    {
        "kind": "hr",
        "text": "Pension transfer – member record\nScheme: Greyfriars Staff Pension Scheme (DB)\nMember: ⟦PERSON|Robert McAllister⟧\nNI: ⟦UK_NINO|GM253895C⟧\nDOB: ⟦DATE_OF_BIRTH|4 May 1961⟧\nCETV quoted: £312,480.00 (guaranteed until 19/02)\nReceiving scheme: Pinecrest SIPP, ref SIPP-0082931\nIFA advice received: yes",
    },
    {
        "kind": "hr",
        "text": "Vetting result for new cashier – ⟦PERSON|Jordan Lacey⟧: Basic DBS returned with one unspent caution – ⟦CRIMINAL_RECORD|caution for shoplifting, March 2023⟧. Per our policy for cash-handling roles this goes to the Head of Branch Network before an offer is confirmed.",
    },
    {
        "kind": "marketing",
        "text": "Struggling with debt? You're not alone. Our free, confidential advisers can help you work out a budget, talk to your creditors and look at options like a Debt Relief Order or an IVA. No judgement, no fees – ever. Call us or start a webchat today.",
    },
    {
        "kind": "marketing",
        "text": "\"I was three months behind on my mortgage and couldn't open the post. My adviser ⟦PERSON|Fatima⟧ sat with me and went through every letter. Six months on, I've got a payment plan I can actually afford.\" – ⟦PERSON|Lorraine⟧, Stockport",
    },
    {
        "kind": "marketing",
        "text": "New: Instant Access Saver – 4.35% AER variable. Open with £1, manage in the app, FSCS protected up to £85,000. Rate correct as of 1 December.",
    },
    {
        "kind": "marketing",
        "text": "Meet the team: ⟦PERSON|Siobhán Gallagher⟧ heads up our Galway branch. She joined the credit union straight out of school in 1998 and knows most members by name. Outside work you'll find her coaching the U-12 camogie team.",
    },
    {
        "kind": "marketing",
        "text": "Our December newsletter\n• Budgeting for Christmas without the January hangover\n• Why your credit score dipped (and how to fix it)\n• Branch opening hours over the holidays\n• Member draw winner announced – congratulations to ⟦PERSON|Eamon Tully⟧ from Ennis!",
    },
    {
        "kind": "marketing",
        "text": "Sell your gold the easy way. Same-day cash for rings, chains and watches – valued in front of you by our qualified jewellers. Loans against jewellery from 1 month. Bring photo ID and proof of address.",
    },
    {
        "kind": "marketing",
        "text": "Self-employed? Our tax-return app pulls in your bank feeds, sorts your expenses and files straight to HMRC. Over 40,000 sole traders trust us. First return free when you sign up before 31 January.",
    },
    {
        "kind": "marketing",
        "text": "Landing page copy (v3):\nHeadline: Get a mortgage decision in principle in 15 minutes\nSub: No impact on your credit score. Whole-of-market broker, 90+ lenders.\nCTA: Check what I can borrow\nTrust bar: 4.8★ on Trustpilot · FCA authorised · 12,000 homeowners helped",
    },
    {
        "kind": "docs",
        "text": "How large language models handle sensitive data in finance\n\nBanks increasingly use language models to summarise calls, draft complaint responses and triage fraud alerts. These models do not 'remember' individual customers between sessions unless a system stores the conversation, but prompts sent to a hosted model may be logged by the provider. Good practice is to redact account numbers, identifiers and health information before a prompt leaves the bank's network, to keep an audit trail of which model version produced which output, and to have a human review any decision that affects a customer's access to credit.",
    },
    {
        "kind": "docs",
        "text": "Open Banking consent flows: an overview\n\nA third-party provider asks the customer for consent, redirects them to their bank to authenticate with strong customer authentication, and receives an access token scoped to the accounts and permissions the customer approved. Tokens typically expire after 90 days, after which the customer must re-authenticate. Providers should request only the data they need, such as balances for an affordability check, rather than full transaction history.",
    },
    {
        "kind": "support",
        "text": "Thread: hardship request – Acc 55120934 (please read from bottom)\n\n---- 21 Nov 16:40, Collections (⟦PERSON|Ben⟧) ----\nThanks Mrs ⟦PERSON|Achterberg⟧. I've put a 90-day hold on interest and charges and set up a token payment of £5 a month from 1 December. I've added a note that you'd prefer contact by email only. Nobody from our team will ring you. If things change you can reply here any time.\n\n---- 21 Nov 11:02, ⟦PERSON|Hannah Achterberg⟧ ----\nHi ⟦PERSON|Ben⟧, thanks for ringing back. As I said on the phone I'd rather not go into too much detail but I've been ⟦HEALTH_DATA|in hospital after a miscarriage⟧ and I'm now on statutory sick pay, which is about a third of my wage. My husband ⟦PERSON|Pieter⟧ is on a zero-hours contract. We've cut everything we can. The loan payment of £289 is just not possible right now. I've filled in the income and expenditure form you sent (attached) – we're about £340 short every month even before the loan. My GP has also referred me for ⟦HEALTH_DATA|counselling for anxiety⟧ and she said she's happy to fill in a Debt and Mental Health Evidence Form if that helps.\n\n---- 20 Nov 09:15, Collections (⟦PERSON|Ben⟧) ----\nHello ⟦PERSON|Hannah⟧, I'm sorry to hear things are difficult. I'd like to understand your situation so we can find the right support. Could you let me know a good time to call, or send over a completed income and expenditure form?\n\n---- 19 Nov 22:48, ⟦PERSON|Hannah Achterberg⟧ ----\nI can't make this month's payment. Please don't add charges. Mob ⟦PHONE_NUMBER|07831 266 904⟧.",
    },
    {
        "kind": "support",
        "text": "I set up ⟦BIOMETRIC_DATA|Voice ID⟧ on my account last year but since my ⟦HEALTH_DATA|throat cancer surgery⟧ it never recognises me and I get stuck in the phone menu. Can I switch it off and use a PIN instead? – ⟦PERSON|Colin Faraday⟧",
    },
]
