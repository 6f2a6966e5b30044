"""Hand-written English texts of the tuning split fresh29: GP practices, pharmacies, health insurers, home care, churches, unions, parties and patient groups in the UK and Ireland."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Do you still do the free blood pressure checks on Saturday mornings or was that only in January?",
    },
    {
        "kind": "support",
        "text": "Hi {first_name},\n\nThank you for contacting the Claims Team at Harbourline Health. We have received your claim (reference {claim_ref}) and it is now with an assessor.\n\nMost outpatient claims are settled within 5 working days. If your consultant's invoice is missing a procedure code (CCSD), we will write to you before paying. You can track progress in the MyHarbourline app under Claims > Open.\n\nPlease do not reply to this e-mail; it is sent from an unmonitored mailbox. For urgent pre-authorisations call 0345 600 2211, Monday to Friday 8am-8pm, Saturday 9am-1pm.\n\nKind regards,\nClaims Team\nHarbourline Health Ltd, registered in England and Wales No. 04417733",
    },
    {
        "kind": "support",
        "text": "To: repeats@millbrookmedicalcentre.nhs.uk\nSubject: Repeat prescription - not on the app\n\nHello,\n\nThe NHS App won't let me request my ⟦HEALTH_DATA|sertraline 100mg⟧ this month, it says the item needs a review. I had my review with Dr ⟦PERSON|Amadi⟧ in March so I'm not sure why. I'm down to 4 tablets. Could it be sent to the Well pharmacy on Fore Street as usual?\n\nMy details: ⟦PERSON|Thaddeus Merrilees⟧, DOB ⟦DATE_OF_BIRTH|03/11/1987⟧, ⟦STREET_ADDRESS|9 Chapel Row, Tiverton EX16 6BN⟧.\nMobile ⟦PHONE_NUMBER|07912 448 306⟧\n\nThanks,\n⟦PERSON|Thaddeus⟧",
    },
    {
        "kind": "support",
        "text": "Subject: RE: RE: Visits for Dad from Monday\n\nHi ⟦PERSON|Carys⟧,\n\nThanks for ringing back so quickly. Just to put it in writing so everyone on the rota has the same information:\n\n- Dad (⟦PERSON|Ivor Penhaligon-Ashe⟧, ⟦STREET_ADDRESS|Flat 3, 41 Glanmor Road, Swansea SA2 0PZ⟧) needs the morning call before 8.30 because his ⟦HEALTH_DATA|insulin⟧ is at 8.45 and he won't eat until someone is there.\n- The key safe code hasn't changed. Please don't write it in the care log, I'll tell the new carers by phone.\n- Since the hospital stay he's a lot more confused in the evenings. The memory clinic confirmed it's ⟦HEALTH_DATA|vascular dementia⟧ last week, so please be patient if he asks the same question three times.\n- He's a ⟦RELIGIOUS_BELIEF|lifelong Methodist⟧ and goes to chapel every Sunday; Mr ⟦PERSON|Howells⟧ from next door takes him, so no lunch call needed on Sundays.\n\nMy mobile is ⟦PHONE_NUMBER|07488 203 917⟧ if anything changes. I'm back in Cardiff during the week.\n\nDiolch,\n⟦PERSON|Bethan Penhaligon⟧\n\n-----Original Message-----\nFrom: Coastline Homecare Swansea <rota@coastlinehomecare.co.uk>\nSent: 12 June 2025 16:02\nSubject: RE: Visits for Dad from Monday\n\nDear Ms ⟦PERSON|Penhaligon⟧,\n\nFollowing your call this morning I can confirm a package of four calls a day (08:00, 12:30, 17:00 and 20:30) starting Monday 16 June. The first week will be covered by our Uplands team; from week two your father will have two regular carers where possible.\n\nPlease could you confirm the key safe location and whether there is anything we should know about medication or routines. Our care plan will be reviewed after six weeks, or sooner if his needs change.\n\nKind regards,\n⟦PERSON|Carys Llewellyn-Bowen⟧\nCare Coordinator, Coastline Homecare Swansea\n01792 480 613\n\n-----Original Message-----\nFrom: ⟦EMAIL_ADDRESS|bethan.penhaligon@outlook.com⟧\nSent: 11 June 2025 21:47\nSubject: Visits for Dad from Monday\n\nHello, the discharge team at Morriston gave me your details. Dad is coming home on Monday and the social worker said the package starts the same day. Can someone ring me?",
    },
    {
        "kind": "support",
        "text": "[09:12] Customer: hi my order PH-558120 says delivered but nothing came\n[09:12] Pharmacy Team: Sorry to hear that! Let me check the courier scan.\n[09:14] Pharmacy Team: Royal Mail tracking JD 0140 2261 8834 GB shows it was left in a safe place at 11:52 yesterday, postcode area BS7.\n[09:15] Customer: there's no safe place here, it's a flat\n[09:16] Pharmacy Team: Understood. As the parcel contains pharmacy medicines we can't reship until the carrier investigation is done (usually 48h). I've opened case RM-77310. Would you like a refund instead?\n[09:16] Customer: refund pls\n[09:17] Pharmacy Team: Done - £23.48 back to the original payment method within 3-5 working days.",
    },
    {
        "kind": "support",
        "text": "Can you summarise this complaint in three bullet points for the claims manager? Keep the policy number.\n\n---\nDear Sir/Madam,\n\nI am writing about claim 88120-K on policy HH-2031-774018. In February I had a ⟦HEALTH_DATA|left knee arthroscopy⟧ at the Nuffield in Guildford after a ⟦HEALTH_DATA|torn meniscus⟧. The procedure was pre-authorised by phone (the agent gave me auth code 55Q-19). You have now refused the anaesthetist's fee of £640 saying it was not pre-authorised.\n\nI have been a member for eleven years. Please pay the fee directly into my account, ⟦IBAN_CODE|GB70 SOZG 0781 4055 5889 75⟧, or explain in writing why the authorisation does not cover it. My National Insurance number, which your form asks for, is ⟦UK_NINO|EP 88 71 02 A⟧.\n\nYours faithfully,\n⟦PERSON|Imogen Tresilian⟧\n⟦STREET_ADDRESS|Hollybank Cottage, 2 Pound Lane, Shalford GU4 8BT⟧",
    },
    {
        "kind": "support",
        "text": "What time does the walk-in vaccination clinic at St Mary's Hall close on Thursdays?",
    },
    {
        "kind": "support",
        "text": "Hello, my husband ⟦PERSON|Oluwaseun Abernethy⟧ has his ⟦HEALTH_DATA|pacemaker check⟧ at 14:20 tomorrow at cardiology outpatients but he's just been told to isolate with ⟦HEALTH_DATA|Covid⟧. Can we move it? Hospital number is on his letter, I can read it out. - ⟦PERSON|Folake⟧",
    },
    {
        "kind": "support",
        "text": "Subject: Re: Case 2025-06-4471 - meter shows E-4\n\nHello,\n\nThank you for your message about the error code on your Veralume GlucoSense 3 meter.\n\nE-4 means the test strip was removed before the countdown finished or the strip lot does not match the calibration chip. Please check that the lot number on the strip tub (e.g. LOT 24B117) matches the code on the screen at start-up. Meters with firmware 2.3.1 or later read the lot automatically; you can see the version under Settings > About.\n\nIf the error persists, we will replace the meter free of charge under the 5-year warranty. Reply with the serial number from the back of the device (format VG3-XXXXXXX) and a delivery address.\n\nKind regards,\nCustomer Care Team\nVeralume Diagnostics UK\nFreephone 0800 048 7730 (Mon-Fri 8:00-18:00)",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Staff Nurse - Acute Medical Unit (Band 5)\nRef: 312-AMU-0457-A\nSalary: £29,970 to £36,483 per annum pro rata\nHours: 37.5 per week, rotating days and nights; part-time considered\n\nOur 32-bed Acute Medical Unit admits around 40 patients a day from ED and GP referrals. We are looking for a compassionate, organised nurse who enjoys a fast pace. Newly qualified nurses are welcome and will join our 12-month preceptorship programme.\n\nWhat we offer: NHS Pension, 27 days' annual leave rising with service, on-site nursery, cycle-to-work scheme and a free staff shuttle from the park-and-ride.\n\nClosing date: 30 July 2025. Interviews w/c 11 August. For an informal visit please contact the AMU Matron via the switchboard on 0114 271 1900.",
    },
    {
        "kind": "hr",
        "text": "SICKNESS ABSENCE RECORD - CONFIDENTIAL\nEmployee: ⟦PERSON|Gwendolyn Farraday-Obi⟧\nPayroll no.: 0045219\nDate of birth: ⟦DATE_OF_BIRTH|17/05/1979⟧\nNI number: ⟦UK_NINO|HC 59 88 56 A⟧\nDepartment: Pathology - Blood Sciences\nFirst day of absence: 02/06/2025\nReason (per fit note): ⟦HEALTH_DATA|lumbar disc herniation⟧, ⟦HEALTH_DATA|sciatica⟧\nFit note expires: 30/06/2025 - 'may be fit with amended duties'\nOH referral: sent 09/06/2025\nRep present at stage 1 meeting: yes - employee is a ⟦TRADE_UNION_MEMBERSHIP|member of Unison⟧, rep ⟦PERSON|Kieran Duggan-Walsh⟧\nManager: ⟦PERSON|S. Oyebanjo⟧",
    },
    {
        "kind": "hr",
        "text": "Joint Negotiating and Consultative Committee - minutes, 4 June 2025\n\nPresent: Director of People (Chair), Deputy Chief Nurse, Head of Estates, Staff Side Chair (UNISON), RCN Senior Officer, GMB Branch Secretary, Unite Regional Officer.\n\n1. Pay award 2025/26: Staff Side noted that the 3.6% award will be paid in the August payroll with arrears from April. Management confirmed back pay will appear as a separate line on payslips.\n2. Car parking: the new charging tariff is paused until the October JNCC. Night staff remain exempt.\n3. Reorganisation of outpatient booking: consultation period of 45 days opens 16 June; 63 posts in scope, no compulsory redundancies anticipated.\n4. AOB: Staff Side asked for an update on facilities time for union reps; Chair to respond in writing.\n\nNext meeting: 2 July 2025, 14:00, Boardroom B and Teams.",
    },
    {
        "kind": "hr",
        "text": "CURRICULUM VITAE\n\n⟦PERSON|Raheem Sowerbutts⟧\n⟦STREET_ADDRESS|22 Lark Rise, Oldham OL8 4HS⟧ | ⟦PHONE_NUMBER|07723 561 048⟧ | ⟦EMAIL_ADDRESS|raheem.sowerbutts@gmail.com⟧\n\nProfile: Senior care assistant with nine years' experience in residential and domiciliary care, including end-of-life care and supporting people living with dementia. NVQ Level 3 in Health and Social Care.\n\nExperience\n2019-present  Senior Care Assistant, Ashgrove Lodge Care Home, Oldham\n2016-2019     Home Carer, Pennine Care at Home\n\nDisclosure: My enhanced DBS certificate will show a ⟦CRIMINAL_RECORD|police caution for possession of cannabis (2013)⟧. I am happy to discuss this at interview.\n\nReferences available on request.",
    },
    {
        "kind": "hr",
        "text": "employee_id,name,ni_or_ppsn,bank_iban,union_deduction,monthly_sub_gbp\n70112,⟦PERSON|Tamsin Quarrie⟧,⟦UK_NINO|AB645419D⟧,⟦IBAN_CODE|GB25 MLHC 5380 4499 9489 92⟧,⟦TRADE_UNION_MEMBERSHIP|RCN⟧,17.33\n70113,⟦PERSON|Bartholomew Ashdown-Kaur⟧,,,⟦TRADE_UNION_MEMBERSHIP|GMB⟧,14.20\n70118,⟦PERSON|Niamh Bródaigh-Kessler⟧,⟦IE_PPSN|9189083R⟧,⟦IBAN_CODE|IE48 KNCQ 3439 8734 1212 55⟧,,0.00",
    },
    {
        "kind": "hr",
        "text": "Reasonable adjustments: staff who have a disability or a long-term health condition can ask their manager for changes to the way they work, for example adjusted start times, a quiet workspace, screen-reading software or a phased return after absence. Requests do not require a diagnosis to be shared with the line manager; Occupational Health can advise on what is needed. The Access to Work scheme may fund equipment that goes beyond what the organisation would normally provide. See policy HR-047 on the intranet for the full procedure.",
    },
    {
        "kind": "hr",
        "text": "Occupational Health - referral outcome\n\nTo: ⟦PERSON|Lucinda Marchbanks⟧, Ward Manager, Ward 21\nRe: ⟦PERSON|Yusuf Haddadi⟧, HCA, staff no. 88314\n\nThank you for the referral. Mr ⟦PERSON|Haddadi⟧ has ⟦HEALTH_DATA|type 1 diabetes⟧ which is generally well controlled. He has told me he will be ⟦RELIGIOUS_BELIEF|fasting for Ramadan⟧ from next week and would prefer to avoid 12-hour night shifts during that period, as it makes it harder to manage his blood glucose. I recommend that he works day shifts for the four weeks and has access to a fridge for his insulin and a short break at sunset. He is fit for his role with these adjustments.\n\nOH Nurse Adviser",
    },
    {
        "kind": "hr",
        "text": "Night shift swaps for w/c 14 July: please use the e-Roster app by Friday 17:00, not the WhatsApp group. Ward 12 still needs 2 HCAs on Tuesday and Wednesday nights and 1 RN on Saturday. Bank rates apply. Thanks - Ward 12 Management Team",
    },
    {
        "kind": "hr",
        "text": "[Slack #hr-casework, 10:41] Note from informal meeting with ⟦PERSON|Marisol Achebe-Hartley⟧ (pharmacy technician, dispensary): she says two colleagues on the late shift keep making comments about her being ⟦SEX_LIFE_ORIENTATION|bisexual⟧ and about her girlfriend picking her up. She does not want a formal grievance yet but wants it to stop. Agreed: I'll speak to the dispensary lead today, follow up with her on Friday. Logged as case HR-25-0193.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "FLU JABS ARE BACK AT ASHBY ROAD PHARMACY\n\nNo appointment needed - just walk in!\nFree on the NHS if you're 65+, pregnant, a carer or have a long-term condition. Everyone else: £16.99.\n\nMon-Fri 8:30am-7pm | Sat 9am-5pm | Sun 10am-2pm\n118 Ashby Road, Loughborough LE11 3AE\n\nAlso available: COVID-19 autumn boosters (eligible groups), travel vaccines and our free blood pressure check.",
    },
    {
        "kind": "marketing",
        "text": "St Aldhelm's Parish Church presents\nJ.S. Bach - St John Passion\nSung by the Parish Choir and the Wessex Baroque Players\nGood Friday, 18 April, 7.30pm\nTickets £12 (under-18s free) from the parish office or at the door\nRetiring collection for the Salisbury food bank",
    },
    {
        "kind": "marketing",
        "text": '"I joined Corefit Leeds after my GP told me I had ⟦HEALTH_DATA|high blood pressure⟧ and was ⟦HEALTH_DATA|pre-diabetic⟧. Eight months later I\'m 14 kg lighter, off one of my tablets and I actually look forward to Tuesday circuits."\n- ⟦PERSON|Priyanka Ramaswamy-Clarke⟧, 52, member since 2024\n\nStart your own story: first month £19, no joining fee.',
    },
    {
        "kind": "marketing",
        "text": 'PRESS RELEASE - for immediate release\n\nAmbulance workers to ballot over \'insulting\' pay offer\n\nThe union representing 14,000 ambulance staff in England today announced a consultative ballot after rejecting a 3.2% pay offer. Members say the offer does not keep pace with inflation or reflect the pressure on services, with handover delays at hospitals adding hours to shifts.\n\n"Our members want a fair deal, not another real-terms pay cut," the union\'s head of health said. "We are calling for 6.5% and a commitment to end handover delays."\n\nThe ballot opens on 1 September and closes on 29 September. Notes to editors: interviews are available on request via the press office.',
    },
    {
        "kind": "marketing",
        "text": "CROHN'S & COLITIS WEST - Summer Newsletter\n\nMember spotlight: ⟦PERSON|Declan Ó Floinn⟧ has lived with ⟦HEALTH_DATA|Crohn's disease⟧ for twenty years and had his ⟦HEALTH_DATA|ileostomy⟧ in 2019. This autumn he is cycling from Galway to Cork to raise money for our helpline. \"The stoma gave me my life back,\" he says. You can sponsor him on our JustGiving page.\n\nAlso in this issue: the new toilet-access card, our Q&A with an IBD nurse specialist, and dates for the Christmas coffee morning.",
    },
    {
        "kind": "marketing",
        "text": "GlucoSense 3 - blood glucose monitoring, simplified.\nNo coding. 5-second result. 0.5 µL sample. Stores 1,000 readings and syncs with the Veralume app on iOS and Android.\nREF 77201 | CE 0123 | Strips: GlucoSense Plus (50), REF 77240\nAvailable from pharmacies nationwide. Always read the instructions for use.",
    },
    {
        "kind": "marketing",
        "text": "Our summer raffle winners are in! Congratulations to ⟦PERSON|Wendell Oyelaran-Price⟧ (Harrogate) who wins the weekend at Brimham Spa, ⟦PERSON|Agnieszka Threlfall⟧ (Ripon) for the Fortnum's hamper and ⟦PERSON|Cormac Spillane⟧ (Knaresborough) for the dinner for two. All proceeds - £4,212 - go to the hospice's day therapy unit. Thank you!",
    },
    {
        "kind": "marketing",
        "text": "Are you aged 40-75 and living with type 2 diabetes?\n\nThe ALDER-2 study is testing whether a once-weekly injection can help protect kidney function. Taking part involves 9 visits over 18 months at one of 22 NHS hospitals. Travel expenses are reimbursed.\n\nFind out if you are eligible at alder2study.org.uk or ask your diabetes nurse. Sponsor: Maelor Therapeutics plc. Ethics ref 24/NW/0188.",
    },
    {
        "kind": "marketing",
        "text": "VOLUNTEER OF THE MONTH\n\n⟦PERSON|Harriet Osei-Bonsu⟧ has knocked on more doors in Bristol West this year than anyone else on our team. A ⟦POLITICAL_OPINION|Green Party member since 1992⟧, Harriet says: \"I started after the bypass protests and I've never stopped.\" Join her on Saturday's canvass - meet at 10am outside the Cube cinema.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Keeping vaccines in the cold chain\n\nMost vaccines must be stored between +2°C and +8°C from the moment they leave the manufacturer until they are given. Pharmacy and practice fridges should be purpose-built medical refrigerators, not domestic ones, because domestic fridges have wide temperature swings and cold spots near the back wall.\n\nMinimum and maximum temperatures are read and recorded at least once each working day, and the thermometer is reset after every reading. If a reading falls outside the range, the stock is quarantined, labelled 'Do not use', and the manufacturer's medical information service is contacted for advice. Never discard stock until advice has been received: many products remain usable after short excursions.\n\nFridges should be no more than 50% full so that air can circulate, and vaccines should be kept in their original packaging to protect them from light.",
    },
    {
        "kind": "docs",
        "text": "Florence Nightingale and Mary Seacole in the Crimea\n\nBoth women nursed British soldiers during the Crimean War (1853-1856), but in very different ways. Nightingale led a team of 38 nurses at the Barrack Hospital in Scutari and became famous for her statistical work on preventable deaths, presented in her 'coxcomb' diagrams. Seacole, a Jamaican-born businesswoman, was turned down by the War Office and travelled to the Crimea at her own expense, where she opened the British Hotel near Balaclava and treated soldiers close to the front. Her autobiography, 'Wonderful Adventures of Mrs Seacole in Many Lands' (1857), was a bestseller. A statue of Seacole was unveiled outside St Thomas' Hospital in London in 2016.",
    },
]
