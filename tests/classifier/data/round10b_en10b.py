"""Round 10b (en10b): hand-written English development texts, everyday wording for Art. 9 data.

Written blind for this round (before the classifier was run on them): support,
HR, marketing, internal mail, chat, forms and notes in UK/IE/US/EU English,
with invented people and checksum-valid identifiers from
``classifier.devcorpus.ids``. Spans use the corpus markup ``⟦TYPE|value⟧``
(``classifier.devcorpus.generate.parse_markup``). Not copied or paraphrased
from any corpus split.
"""

TEXTS = [
    # --- health, lay wording -------------------------------------------------
    {
        "language": "en",
        "kind": "hr",
        "text": "Hi Gemma, ⟦PERSON|Liam Doherty⟧ rang in this morning, he's put his ⟦HEALTH_DATA|back out⟧ lifting the kids' trampoline so won't be in till Thursday at the earliest.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Quick one - ⟦PERSON|Sinead⟧ is ⟦HEALTH_DATA|on the sick⟧ again this week, her GP has ⟦HEALTH_DATA|signed her off with stress⟧ for a fortnight. Can you cover her rota?",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Order 55812: customer says she needs the delivery moved because her ⟦HEALTH_DATA|waters broke⟧ last night and she's in the maternity unit. Please rebook for next week, no charge.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Return to work form - employee: ⟦PERSON|Marcus Webb⟧. Reason for absence: ⟦HEALTH_DATA|bad back⟧, ⟦HEALTH_DATA|sciatica down the left leg⟧. Adjustments: sit-stand desk, no lifting over 10kg.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "chat transcript: hi, can I get a refund on the gym pass? I was diagnosed with ⟦HEALTH_DATA|type 1⟧ last month and I'm still getting my levels sorted, not allowed to train yet",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Note for file: ⟦PERSON|Priya⟧ has ⟦HEALTH_DATA|IBS⟧ and had a bad ⟦HEALTH_DATA|flare-up⟧ on Monday, agreed she can work from home when it's playing up. Desk near the loos when in office.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Tom's wife just finished her last round of ⟦HEALTH_DATA|chemo⟧ so he's asked for compassionate flexi for the next month. I've said yes, just letting you know.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Can we please book the ground floor room for Mr ⟦PERSON|Osei⟧? He's on ⟦HEALTH_DATA|dialysis⟧ three times a week and can't do stairs after a session.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Hey - heads up that ⟦PERSON|Declan⟧ has been really struggling, he told me he's been on ⟦HEALTH_DATA|antidepressants⟧ since Christmas and is seeing someone for ⟦HEALTH_DATA|his anxiety⟧. Please keep this between us and OH.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Absence log 14/03: ⟦PERSON|Kerry-Ann Moss⟧ - ⟦HEALTH_DATA|migraine⟧, left at 11. 15/03: same, ⟦HEALTH_DATA|vomiting bug⟧. 16/03: back in.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hiya, my son is ⟦HEALTH_DATA|autistic⟧ and gets overwhelmed in crowds - is there a quiet hour at the Dublin store where we could come in?",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "FYI ⟦PERSON|Hannah⟧ told me today she's ⟦HEALTH_DATA|expecting⟧ - due in August. She's had awful ⟦HEALTH_DATA|morning sickness⟧ so please go easy on early starts.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Email from policyholder ⟦PERSON|Graham Fell⟧ (NI ⟦UK_NINO|ZK 81 66 62 B⟧): he ⟦HEALTH_DATA|broke his wrist⟧ skiing and wants to claim the cancelled lessons.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Team, ⟦PERSON|Aoife⟧ is off for her ⟦HEALTH_DATA|hip replacement⟧ on the 3rd. She'll be on crutches for six weeks after so we'll set her up to work remotely.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "OH referral: ⟦PERSON|Nathan Briggs⟧ reports ⟦HEALTH_DATA|ringing in his ears⟧ and ⟦HEALTH_DATA|dizzy spells⟧ since the warehouse move. Please assess for noise exposure.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hi, I'm ⟦HEALTH_DATA|partially sighted⟧ and your new checkout page doesn't work with my screen reader. Could someone call me instead?",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "\"After my ⟦HEALTH_DATA|heart attack⟧ in 2022 I didn't think I'd ever run again. The couch-to-5k plan got me back out there.\" - ⟦PERSON|Derek, 58⟧, Leeds",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": 'Customer story: ⟦PERSON|Lauren⟧ lives with ⟦HEALTH_DATA|MS⟧ and uses our voice controls when her hands are bad. "It means I can still run the house myself."',
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Hi both, ⟦PERSON|Craig⟧ is going to be off a while - he's been diagnosed with ⟦HEALTH_DATA|bowel cancer⟧ and starts ⟦HEALTH_DATA|radiotherapy⟧ next week. He's happy for the team to know.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Caller said her mum has ⟦HEALTH_DATA|dementia⟧ and keeps ordering the same items, asked us to put a block on the account. Daughter has power of attorney, docs to follow.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "can't make standup, had a ⟦HEALTH_DATA|miscarriage⟧ over the weekend and the hospital want me back in for a scan. will message ⟦PERSON|Jo⟧ directly",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Medical questionnaire (new starter): Conditions: ⟦HEALTH_DATA|asthma⟧, ⟦HEALTH_DATA|hayfever⟧. Regular medication: ⟦HEALTH_DATA|salbutamol inhaler⟧, ⟦HEALTH_DATA|cetirizine⟧. Allergies: ⟦HEALTH_DATA|penicillin⟧.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Order note from customer: pls leave parcel in the porch, I'm ⟦HEALTH_DATA|housebound after my knee op⟧ and can't get to the door quickly",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Rob⟧ has had ⟦HEALTH_DATA|a fall⟧ at home and ⟦HEALTH_DATA|cracked two ribs⟧, he's on ⟦HEALTH_DATA|co-codamol⟧ and shouldn't drive the van for now.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Reasonable adjustment request: I'm ⟦HEALTH_DATA|deaf in one ear⟧ so I'd like to sit on the left at meetings and have captions switched on in Teams.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hello, I need to cancel the cruise. My husband had a ⟦HEALTH_DATA|stroke⟧ on Sunday and is still in hospital. Booking ref ZX-44190.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Slack DM: honestly I've been in a bad way, ⟦HEALTH_DATA|not sleeping⟧, ⟦HEALTH_DATA|panic attacks⟧ on the train. GP's upped my ⟦HEALTH_DATA|sertraline⟧. Might need to go part time for a bit.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Keep an eye on ⟦PERSON|Ewan⟧ please - he's ⟦HEALTH_DATA|in recovery⟧ and ⟦HEALTH_DATA|off the drink⟧ six months now, so no bar tab at the Christmas do for his table.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Warranty claim: the hearing loop in the meeting room stopped working. Two of our staff wear ⟦HEALTH_DATA|hearing aids⟧ and can't follow calls without it.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Maternity form: Employee ⟦PERSON|Chloe Barnes⟧, ⟦HEALTH_DATA|due date⟧ 19 June, ⟦HEALTH_DATA|MATB1⟧ attached, intends to start leave 22 May.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Hi, just to let you know I'm having ⟦HEALTH_DATA|IVF⟧ and will need a few mornings off for ⟦HEALTH_DATA|egg collection⟧ and appointments over the next month.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "He's ⟦HEALTH_DATA|epileptic⟧ so strobe effects at the venue are a no-go for him - can you confirm the light show can be toned down for row F?",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Incident report: ⟦PERSON|Zara Khan⟧ ⟦HEALTH_DATA|burnt her hand⟧ on the steam wand at 09:40, treated with cold water, sent to A&E as it ⟦HEALTH_DATA|blistered⟧.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Sick note received for ⟦PERSON|Paddy Walsh⟧: ⟦HEALTH_DATA|gastroenteritis⟧, 5 days. Second one this quarter, trigger point reached, invite to welfare meeting.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "customer is ⟦HEALTH_DATA|coeliac⟧ and got ill after the bread in last week's box - can we check the supplier's gluten statement and refund?",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Mia⟧'s been ⟦HEALTH_DATA|diagnosed with ADHD⟧ as an adult and is starting ⟦HEALTH_DATA|methylphenidate⟧; she's asked for written agendas before meetings.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Just back from the GP - it's ⟦HEALTH_DATA|shingles⟧. Signed off till Friday. Sorry all.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "My dad uses a ⟦HEALTH_DATA|mobility scooter⟧ and has a ⟦HEALTH_DATA|blue badge⟧ - is there step-free access from the car park at your Cork branch?",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Following her ⟦HEALTH_DATA|breakdown⟧ last spring ⟦PERSON|Laura⟧ is still on a ⟦HEALTH_DATA|phased return⟧, 3 days a week, reviewed monthly with OH.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "He's got ⟦HEALTH_DATA|long covid⟧ - ⟦HEALTH_DATA|brain fog⟧ and ⟦HEALTH_DATA|fatigue⟧ mostly - so afternoons are a write-off.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hi team, my daughter has a ⟦HEALTH_DATA|nut allergy⟧ and carries an ⟦HEALTH_DATA|EpiPen⟧. Can the party package be made nut free?",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Attendance: ⟦PERSON|Stephen⟧ had ⟦HEALTH_DATA|his gallbladder out⟧ Tuesday, expected back in two weeks, light duties for a further two.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Customer has ⟦HEALTH_DATA|a pacemaker⟧ and asked whether the store's security gates are safe for him to walk through.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Confidential: ⟦PERSON|Owen⟧ disclosed he is ⟦HEALTH_DATA|HIV positive⟧ and on ⟦HEALTH_DATA|PrEP⟧-type meds; no adjustments needed but he wanted his manager to know.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Form: Do you have a disability? Yes - ⟦HEALTH_DATA|dyslexia⟧ and ⟦HEALTH_DATA|dyspraxia⟧. Do you need adjustments at interview? Extra time please.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Bex⟧ is ⟦HEALTH_DATA|20 weeks pregnant⟧ and had a ⟦HEALTH_DATA|bleed⟧ last night, she's resting on doctor's orders.",
    },
    # --- religion, union, orientation, ethnicity, politics, criminal, biometrics, genetics
    {
        "language": "en",
        "kind": "hr",
        "text": "Could ⟦PERSON|Yusuf⟧ finish at 4 during ⟦RELIGIOUS_BELIEF|Ramadan⟧? He's ⟦RELIGIOUS_BELIEF|fasting⟧ and wants to get home to break it with his family.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Leave request: ⟦PERSON|Rachel Stein⟧ - 2 days for ⟦RELIGIOUS_BELIEF|Yom Kippur⟧ and ⟦RELIGIOUS_BELIEF|Rosh Hashanah⟧, please don't schedule the audit then.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "She's a ⟦RELIGIOUS_BELIEF|practising Catholic⟧ and won't work Christmas morning because of ⟦RELIGIOUS_BELIEF|Mass⟧ - fine by me.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Guest note: ⟦RELIGIOUS_BELIEF|halal⟧ meals only please, he's ⟦RELIGIOUS_BELIEF|Muslim⟧ and doesn't drink.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Gurpreet⟧ wears a ⟦RELIGIOUS_BELIEF|turban⟧ and ⟦RELIGIOUS_BELIEF|kara⟧ for religious reasons; the new PPE policy needs an exemption for him.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "For the grievance meeting ⟦PERSON|Sean Keogh⟧ will be accompanied by his ⟦TRADE_UNION_MEMBERSHIP|union rep⟧ from ⟦TRADE_UNION_MEMBERSHIP|SIPTU⟧.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Heads up, ⟦PERSON|Bev⟧ is ⟦TRADE_UNION_MEMBERSHIP|in the union⟧ and has asked for the ⟦TRADE_UNION_MEMBERSHIP|shop steward⟧ to sit in on Friday.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Payroll: stop the ⟦TRADE_UNION_MEMBERSHIP|Unison subs⟧ deduction for ⟦PERSON|Karen Hughes⟧ from April, she's moved to direct debit.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Off the record, ⟦PERSON|Jamie⟧ is ⟦SEX_LIFE_ORIENTATION|gay⟧ and isn't out to his family, so please don't tag him in the Pride photos.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Emergency contact: ⟦PERSON|Alex Murray⟧ (⟦SEX_LIFE_ORIENTATION|her girlfriend⟧), mobile on file.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Sam⟧ has come out as ⟦SEX_LIFE_ORIENTATION|bi⟧ to the team and asked us to use the new surname after ⟦SEX_LIFE_ORIENTATION|his husband⟧'s.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Equal opps monitoring: Ethnic group - ⟦ETHNIC_ORIGIN|Black Caribbean⟧. Religion - ⟦RELIGIOUS_BELIEF|Christian⟧. Sexual orientation - ⟦SEX_LIFE_ORIENTATION|lesbian⟧.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Complaint: customer says the security guard followed him round because he's ⟦ETHNIC_ORIGIN|a Traveller⟧. Please pull the CCTV for the Athlone store.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Diversity form: ⟦ETHNIC_ORIGIN|Mixed White and Asian⟧, first language Punjabi.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Don't put ⟦PERSON|Niall⟧ on the council account - he's a ⟦POLITICAL_OPINION|Sinn Féin councillor⟧ in his spare time and it'd be a conflict.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Martha⟧ is a ⟦POLITICAL_OPINION|paid-up Labour member⟧ and canvasses at weekends, she asked not to be rostered Saturdays in May.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "DBS came back: ⟦CRIMINAL_RECORD|caution for shoplifting⟧ in 2019. Spent, so not relevant for this role, but noting.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Candidate disclosed he ⟦CRIMINAL_RECORD|did time⟧ for ⟦CRIMINAL_RECORD|drink driving⟧ ten years ago; panel happy to proceed.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Kyle⟧ is ⟦CRIMINAL_RECORD|on a tag⟧ until June so he can't do the late shifts past 7pm.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Ticket 8812: ⟦BIOMETRIC_DATA|fingerprint template⟧ for ⟦PERSON|Dana Pike⟧ failed to enrol on the door reader, re-scan needed.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Login issue: her ⟦BIOMETRIC_DATA|face ID scan⟧ didn't match after the new glasses, please reset her biometric so she can enrol again.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Ellie⟧ found out she carries the ⟦GENETIC_DATA|BRCA1 gene⟧ and is thinking about a ⟦HEALTH_DATA|double mastectomy⟧, so expect some time off later this year.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Customer wants her ⟦GENETIC_DATA|DNA test results⟧ deleted from the ancestry account and the raw file destroyed.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Fyi ⟦PERSON|Conor⟧'s little one has ⟦HEALTH_DATA|cystic fibrosis⟧ and ⟦PERSON|Conor⟧ is ⟦GENETIC_DATA|a carrier⟧ too, so there'll be hospital days.",
    },
    # --- clean look-alikes ------------------------------------------------------
    {
        "language": "en",
        "kind": "marketing",
        "text": "New in: our back-care range. Ergonomic cushions, lumbar rolls and foam rollers, 20% off this week only.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Pride Month is here! Rainbow tote bags and pin badges in all stores, with 10% of sales going to a youth charity.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The quiz night is at St Brigid's church hall, Friday 7pm. Parking round the back, tea and biscuits provided.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Please transfer the refund to the account at Credit Union Lisburn, sort code on the original invoice.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Reminder: the first-aid kit in the kitchen is low on plasters and burn gel. Can whoever does the Amazon order add some?",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Our vitamin D and multivitamin gummies are back in stock. Suitable for vegetarians.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The European Union VAT rules changed in July so the invoice template needs the new reverse-charge wording.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Team lunch Friday at the Union Street Kitchen, 1pm. Bring your appetite.",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "TODO: the sick-day counter in the leave module double counts half days, see PR 412. Also rename patient_id to record_id in the export.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Our hand sanitiser kills 99.9% of germs and is kind to skin. Pick one up at the till.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The printer on the 2nd floor is sick again - paper jam in tray 3. Can IT have a look?",
    },
    {
        "language": "en",
        "kind": "docs",
        "text": "The health check endpoint returns 200 when the database and cache are reachable; a failed check marks the pod unhealthy.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Please complete the mandatory mental health awareness e-learning by 30 April. It takes about 20 minutes.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Christmas carols in the cathedral grounds, mulled wine and mince pies. Tickets from our box office.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Your pharmacy order is ready to collect from the Boots on Grafton Street. Bring your order number.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The lift is out of order, so the wheelchair-accessible entrance is on Mill Lane until Monday.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Feeling run down after the holidays? Our winter wellness box has soups, herbal teas and a hot water bottle.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "The labour costs for Q3 are up 4% - mostly overtime in the Dublin depot.",
    },
    {
        "language": "en",
        "kind": "docs",
        "text": "A cold start of the Lambda function adds about 800 ms; keep the container warm with a scheduled ping.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hi, the baby monitor I bought keeps dropping the Wi-Fi connection. Serial SN-44921. Can I get a replacement?",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Our maternity range now goes up to size 22, with nursing tops and bump-friendly jeans.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Fire drill Wednesday 10am. Meet at the assembly point by the Methodist chapel car park.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The union of the two tables returns duplicates - use UNION ALL only if you want them.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Run for a cause: join our 10k in aid of the heart foundation this September. All fitness levels welcome.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Can someone cover reception at 3? I've got to take the dog to the vet for his jabs, back by 4.",
    },
    {
        "language": "en",
        "kind": "docs",
        "text": "The gene expression dashboard shows sample counts per batch; no participant data is stored in this service.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Our fingerprint-resistant screen protector fits the iPad Air; the face of the case is matte.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Bank holiday Monday for Easter: office closed, support line runs a reduced service.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Black Friday deals start now - up to 50% off headphones and speakers.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The Conservative estimate for delivery is 5 working days, but most orders arrive in 3.",
    },
]
