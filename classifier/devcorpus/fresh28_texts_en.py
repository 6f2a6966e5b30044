"""Hand-written English texts of the tuning split fresh28: shops, retail and consumer-business customer service, HR and marketing."""

TEXTS: list[dict[str, str]] = [
    # -- support ------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "hi, does the Nova X2 ship with a UK plug or do I need an adapter? order 4471-2289",
    },
    {
        "kind": "support",
        "text": """Subject: Return of Halden sideboard – order HX-20931

Hello,

The Halden oak sideboard (SKU 80441-OAK) arrived on Thursday with a split along the left door panel. I've attached three photos. The courier left it in the porch so I only noticed when I unwrapped it. I'd prefer a replacement rather than a refund, but if the next delivery slot is more than two weeks away please just refund me to the original card.

I'm home every weekday after 3pm, and a neighbour at number 14 can take it in if needed.

Kind regards,
⟦PERSON|Orla Fitzmaurice⟧
⟦STREET_ADDRESS|12 Knocknacarra Road, Salthill, Galway H91 X2P4⟧
⟦PHONE_NUMBER|+353 87 214 6630⟧
⟦EMAIL_ADDRESS|orla.fitzmaurice@eircom.net⟧""",
    },
    {
        "kind": "support",
        "text": """Ticket #88214 – status: waiting on carrier
Order: BW-5530912 (2 items, £312.98)
Parcel: DPD 15501234987654, last scan 14 Mar 06:12 at Hub 2, Hinckley
Carrier says the cage was mis-sorted; re-route requested under claim C-77310. Customer advised to allow 48 hours before we issue a replacement. Next review: Mon 09:00.
– Logistics Desk, Brightwell Home""",
    },
    {
        "kind": "support",
        "text": """Hello Special Assistance team,

My mother, ⟦PERSON|Bernadette Quaile⟧, is travelling alone on EI 154 Dublin to Lisbon on 12 May (booking reference QX7LMP). She has ⟦HEALTH_DATA|Parkinson's disease⟧ and is a ⟦HEALTH_DATA|wheelchair user⟧ over longer distances, so she will need assistance from check-in to the aircraft door and again on arrival. She also carries her ⟦HEALTH_DATA|levodopa tablets⟧ in her hand luggage – is there anything she needs to show at security?

Many thanks,
⟦PERSON|Ciarán Quaile⟧
⟦PHONE_NUMBER|086 455 1927⟧""",
    },
    {
        "kind": "support",
        "text": """Subject: RE: RE: End-of-lease damage charge – agreement LX-0098812

Dear Customer Relations,

I am writing for the third time about the £640 "damage recharge" added to my final invoice after the Kia Sportage (reg. LD21 XKV) was collected from my home on 28 February. Your inspector's report lists a scuff on the rear bumper and a chipped alloy. Both are within the BVRLA fair wear and tear guide, which your own handover pack refers to on page 6, and I have date-stamped photos from the morning of collection showing the car was washed and undamaged apart from a small stone chip on the bonnet that was already noted at delivery in 2021.

Your previous reply said the charge "stands as assessed". That is not a response to the evidence. Please either escalate this to a manager or send me details of your independent appeal process. Until then I am not paying the invoice, and I have cancelled the direct debit.

If you agree to waive the charge, the £250 deposit that was due back to me on 15 March can be returned to:
Account name: ⟦PERSON|G. Ashworth-Pryce⟧
IBAN: ⟦IBAN_CODE|GB64 VJGJ 8078 7304 1982 08⟧

Regards,
⟦PERSON|Gideon Ashworth-Pryce⟧
⟦STREET_ADDRESS|Flat 3, 41 Chalcot Crescent, London NW1 8YD⟧
⟦PHONE_NUMBER|07700 918 442⟧

-----Original Message-----
From: Customer Relations (Northgate Vehicle Leasing)
Sent: 19 March 10:04
Subject: RE: End-of-lease damage charge – agreement LX-0098812

Dear Mr ⟦PERSON|Ashworth-Pryce⟧,

Thank you for your email. We have reviewed the inspection report and photographs taken at collection. The damage recorded falls outside the fair wear and tear standard and the charge stands as assessed. Please settle invoice INV-2024-88310 within 14 days.

Kind regards,
Customer Relations Team
Northgate Vehicle Leasing""",
    },
    {
        "kind": "support",
        "text": """[09:41] Brightwell Assistant: Hi! How can I help today?
[09:41] Customer: my rewards points from the easter order haven't shown up
[09:42] Brightwell Assistant: Sorry about that. Points from an order are added 30 days after delivery, once the return window closes. Can you share the order number?
[09:42] Customer: BW-5488120
[09:43] Brightwell Assistant: Thanks. That order was delivered on 2 April, so 1,240 points will be added on 2 May. You're currently on Silver tier with 3,880 points.
[09:43] Customer: ok great thanks""",
    },
    {
        "kind": "support",
        "text": """Can you summarise this guest complaint in three bullet points for the duty manager, and suggest a goodwill gesture?

---
I stayed in room 418 from 3 to 6 June. The air conditioning rattled all night, housekeeping skipped the room on the second day and the bar bill I was handed at checkout had two cocktails on it I never ordered. On top of that, your system charged my card twice for the deposit – ⟦CREDIT_CARD|5190 2243 2079 5870⟧ shows £150 pending two times. I want the duplicate released today.
⟦PERSON|Faisal Rahimi-Stokes⟧, booking 7710-KPL
---""",
    },
    {
        "kind": "support",
        "text": """Macro: Warranty – Kestrel K9 cordless vacuum (battery fault)

Hi {first_name},

Thanks for getting in touch about your Kestrel K9. Batteries are covered for 24 months from the date of purchase. To start a claim, reply with:
- the serial number (on the sticker under the dust bin, starts KS9-)
- a copy of your receipt
- a short video of the fault if the unit cuts out under load

Once we have these we'll send a prepaid label for the battery pack only – please keep the main body. Replacement packs normally ship within 3 working days from our Swindon service centre.

Best wishes,
Kestrel Customer Care""",
    },
    {
        "kind": "support",
        "text": """LOYALTY CARD REPLACEMENT – in-store form (Greenacre Foods, Branch 0217 Bolton)
Full name: ⟦PERSON|Philippa Ndlovu-Grant⟧
Date of birth: ⟦DATE_OF_BIRTH|09/11/1974⟧
Email: ⟦EMAIL_ADDRESS|pip.ndlovugrant@gmail.com⟧
Mobile: ⟦PHONE_NUMBER|07812 330 915⟧
Address: ⟦STREET_ADDRESS|27 Hulton Lane, Bolton BL3 4LE⟧
Old card no.: 6338 0021 4471 (reported lost)
Points transferred: 2,915
Staff initials: RB""",
    },
    # -- hr -----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Store Manager – Oakridge Furniture, Leeds (White Rose)
£34,000–£38,000 + bonus | Full time, 45 hours over 5 days incl. weekends

We're looking for a store manager to run our 22,000 sq ft showroom at White Rose Shopping Centre. You'll lead a team of 18 sales advisors and two delivery crews, own the store P&L and make sure every customer leaves with a sofa that actually fits through their door.

What you'll bring: at least two years managing a retail store with a turnover above £3m, experience with finance and delivery bookings, and a full UK driving licence.

What we offer: 30% staff discount, 25 days' holiday plus bank holidays, pension matched up to 6%, and Sundays off every other week.

Apply through careers.oakridgefurniture.co.uk, reference LDS-SM-0424. Closing date 30 April.""",
    },
    {
        "kind": "hr",
        "text": """NEW STARTER FORM – Halcyon Retail Group
Name: ⟦PERSON|Jermaine Okafor-Blythe⟧
Role: Visual Merchandiser, Birmingham Bullring
Start date: 6 May
Date of birth: ⟦DATE_OF_BIRTH|22 August 1996⟧
National Insurance number: ⟦UK_NINO|AE 78 41 09 C⟧
Home address: ⟦STREET_ADDRESS|58 Grove Lane, Handsworth, Birmingham B21 9EP⟧
Personal email: ⟦EMAIL_ADDRESS|jermaine.ob96@outlook.com⟧
Bank: IBAN ⟦IBAN_CODE|GB87 BARC 2004 1531 4729 18⟧
Emergency contact: ⟦PERSON|Marcia Blythe⟧ (mother) ⟦PHONE_NUMBER|0121 554 7390⟧

Equal opportunities monitoring (optional)
Ethnic group: ⟦ETHNIC_ORIGIN|Black British – African⟧
Disability: prefer not to say""",
    },
    {
        "kind": "hr",
        "text": """Notes – investigation meeting, Distribution Centre Daventry, 11 April
Present: ⟦PERSON|Sunita Pillai-Garrow⟧ (Shift Manager, chair), ⟦PERSON|Callum Tregarthen⟧ (Picker), ⟦PERSON|Rob Haskell⟧ (Usdaw workplace rep), HR note-taker.

SP explained the meeting concerns three missed picks targets in March. ⟦PERSON|Callum⟧, who is an ⟦TRADE_UNION_MEMBERSHIP|Usdaw member⟧, said his rate dropped after he was moved to the chilled aisle, where the scanner gloves don't work well, and that his ⟦HEALTH_DATA|carpal tunnel syndrome⟧ flares up in the cold. He has a ⟦HEALTH_DATA|GP fit note recommending light duties⟧ which he had handed to his team leader but which was not on file.

Outcome: no further action on performance; referral to occupational health; CT to be moved back to ambient picking from Monday.""",
    },
    {
        "kind": "hr",
        "text": """To all colleagues – Christmas trading rota

The December rota for all Greenacre stores is now live in the Rota app. Late-night opening (until 22:00) runs from 16 to 23 December; Christmas Eve closes at 16:00 and we are shut on 25 and 26 December. Requests to swap shifts must be approved by your duty manager by 29 November.

Reminder: the occupational health drop-in on Tuesdays (10:00–12:00, Room 2) continues through December, and free flu jabs are available at any in-store pharmacy on production of your staff card.

Thanks for all your hard work this year.
Store Operations Team""",
    },
    {
        "kind": "hr",
        "text": """Hi payroll team,

Please set up the following new starter on the Cork payroll from 1 June:

Name: ⟦PERSON|Ruairí Ó Dálaigh⟧
PPSN: ⟦IE_PPSN|3570567O⟧
Date of birth: ⟦DATE_OF_BIRTH|03/02/1991⟧
Role: Assistant Manager, Patrick Street store, 39 hrs/week, €36,500
Bank: ⟦IBAN_CODE|IE55 DIMB 0744 3055 7896 34⟧
Address: ⟦STREET_ADDRESS|7 Ashgrove Park, Ballincollig, Co. Cork P31 KX29⟧

We've requested his RPN from Revenue; it should come through before the first pay date.

Thanks,
People Team, Corrib Outdoor""",
    },
    {
        "kind": "hr",
        "text": """Hi ⟦PERSON|Gemma⟧,

Could I swap my Saturday 12:00–20:00 on 30 March for the Thursday early the week after? Eid falls that weekend and as a ⟦RELIGIOUS_BELIEF|practising Muslim⟧ I'd like to be at the mosque with my family for prayers in the morning. ⟦PERSON|Hamza⟧ from electricals has said he's happy to cover.

Thanks a lot,
⟦PERSON|Yusuf Bhamjee⟧""",
    },
    {
        "kind": "hr",
        "text": """Sick pay and absence – summary for store colleagues

- Call your line manager before your shift starts on the first day of absence; a text or a message in the app is not enough.
- Company sick pay is paid from day 1 after six months' service, at full pay for up to 4 weeks in any rolling 12 months.
- From day 8 you need a fit note from your GP or hospital.
- A return-to-work chat happens after every absence. It is there to check you're OK, not to discipline you.
- Colleagues with a long-term condition can ask for a workplace adjustment at any time – talk to your manager or contact the People Team.

Full policy: HR Hub > Policies > Attendance (version 4.2, March).""",
    },
    {
        "kind": "hr",
        "text": """Pre-employment check – Delivery Driver, Swindon depot
Candidate: ⟦PERSON|Reece Ollerenshaw⟧
Basic DBS certificate received 14/05.
Result: the certificate shows ⟦CRIMINAL_RECORD|a 2019 conviction for driving with excess alcohol (12-month disqualification)⟧. The candidate disclosed this at interview. Licence check via DVLA shows the disqualification ended in 2020 and there are no current points.
Recommendation from the depot manager: proceed with offer, subject to insurer approval. Sent to insurer 15/05.""",
    },
    # -- marketing ----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Meet the Nova X2. Quieter, lighter, longer.

Our new flagship earbuds bring adaptive noise cancelling, 9 hours of playback (36 with the case) and a case that's 20% smaller than the Nova X1. Multipoint Bluetooth 5.3 lets you hop between laptop and phone without re-pairing, and IP55 means rain on the commute is no problem.

Available in Graphite, Sage and Chalk from 3 October at £149, or £129 with a trade-in of any previous Nova model. Pre-order now at novaaudio.co.uk.""",
    },
    {
        "kind": "marketing",
        "text": """What our customers say

"The Harlow three-seater has survived two toddlers, a spaniel and a house move. The washable covers are the best thing we bought last year." – ⟦PERSON|Niamh Carrow-Dunne⟧, Galway

"Ordered on a Monday, delivered on the Friday, and the two lads even took the old sofa away." – ⟦PERSON|Desmond Ruttledge⟧, Limerick

Rated 4.8/5 from 2,300+ reviews on Trustpilot.""",
    },
    {
        "kind": "marketing",
        "text": """Crumb & Co. – news from the bakery

Our rye and caraway sourdough is back from this Saturday, baked every morning in the Stockbridge shop. We're also trialling a cardamom bun on weekends – tell us what you think.

Christmas orders: stollen, mince pies and the big panettone can be pre-ordered in store or online until 18 December for collection on the 23rd or 24th.

Opening hours over the holidays: 24 Dec 7:30–14:00, closed 25 Dec to 2 Jan, back to normal from 3 Jan (Tue–Sun 7:30–17:00).

See you soon,
The Crumb & Co. team""",
    },
    {
        "kind": "marketing",
        "text": """And the winners are…

Thank you to the 14,000+ of you who entered our Spring Getaway draw! The grand prize – a week for two at the Hotel Cala Fuerte in Menorca – goes to ⟦PERSON|Tobias Wren-Halloran⟧ from Cork. The five runners-up, who each win a £200 voucher, are ⟦PERSON|Marisol Etxeberria-Hyde⟧ (Bristol), ⟦PERSON|Kwabena Asante-Lowe⟧ (Leicester), ⟦PERSON|Imelda Cosgrave⟧ (Derry), ⟦PERSON|Piotr Wainwright⟧ (Norwich) and ⟦PERSON|Shona MacAskill⟧ (Inverness). Winners have been contacted by email.""",
    },
    {
        "kind": "marketing",
        "text": """Find us at IFA Berlin 2024

Hall 4.2, Stand 118 | 6–10 September

We're bringing the full Aurum kitchen line-up to Berlin, including the first public demo of the Aurum Steam 60 combi oven and the SmartCool 700 fridge-freezer with its new 0°C freshness drawer. Trade visitors can book a 20-minute product walk-through at aurum-appliances.com/ifa. Press conference: Friday 6 September, 11:30, Press Centre East.""",
    },
    {
        "kind": "marketing",
        "text": """Colleague spotlight: the face behind Fabrics

If you've bought curtains from our Kingston store in the last ten years, chances are ⟦PERSON|Ama Boateng-Reilly⟧ measured them. ⟦PERSON|Ama⟧ joined as a Saturday assistant in 2009 and now runs the made-to-measure department. Last year she took six months off for ⟦HEALTH_DATA|breast cancer treatment⟧ and came back to lead the team through our busiest autumn ever – and in May she ran the Race for Life with 11 colleagues, raising £4,860. "The team kept my chair warm while I was away. I wanted to give something back," says ⟦PERSON|Ama⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Brightwell Rewards – how it works

Earn 1 point for every £1 you spend online and in store. Reach 2,500 points in a year and you move up to Silver (free next-day delivery); at 6,000 points you're Gold (free delivery, early access to sales and a birthday voucher).

Points are added 30 days after delivery and are valid for 24 months. 500 points = £5 off. You can't combine rewards vouchers with trade discounts or staff discount.

Questions? See brightwell.co.uk/rewards or ask in store.""",
    },
    {
        "kind": "marketing",
        "text": """Case study draft – for approval before Friday

Client: Dunmore Outdoor (hiking and camping retailer, 9 stores + online)
Brief: cut paid-social cost per acquisition before the summer season
Result: CPA down 38% in 10 weeks; ROAS up from 3.1 to 4.6

Quote for approval:
"Moss & Finch rebuilt our Meta account from scratch and, more importantly, taught our in-house team how to keep it that way." – ⟦PERSON|Harriet Lysaght⟧, Head of E-commerce, Dunmore Outdoor

⟦PERSON|Harriet⟧ has asked to see the final layout before anything goes on the website: ⟦EMAIL_ADDRESS|h.lysaght@dunmoreoutdoor.ie⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Puglia slow: 7 nights from £899pp

Fly from Manchester or Stansted to Bari, pick up your hire car and drive south to a whitewashed masseria outside Ostuni. Days are yours: the trulli of Alberobello, a cooking class with a local nonna, or the beaches of Torre Guaceto. Includes flights, 20kg hold luggage, 7 nights B&B and 7 days' car hire.

Departures every Saturday from 25 May to 12 October. ATOL protected (ATOL 11892). Book by 31 January for £100 off per booking with code PUGLIA100.""",
    },
    # -- docs ---------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """The barcode at fifty

On 26 June 1974, a cashier at the Marsh supermarket in Troy, Ohio, scanned a 10-pack of Wrigley's Juicy Fruit gum, and the Universal Product Code entered everyday retail. The idea was older: Norman Joseph Woodland and Bernard Silver had patented a circular "bullseye" code in 1952, inspired, Woodland later said, by Morse code drawn in the sand. It took the arrival of cheap lasers and a committee of US grocers to turn it into the striped symbol that IBM's George Laurer designed in 1973.

Europe followed with the EAN-13 in 1977, which added a thirteenth digit so that country prefixes could be encoded. Today GS1, the standards body, says barcodes are scanned more than six billion times a day. Their successor is already in pilots: 2D codes such as the GS1 DataMatrix and QR, which can hold a batch number and a best-before date as well as the product number, letting a till refuse to sell an expired yoghurt.""",
    },
    {
        "kind": "docs",
        "text": """Webhooks: retries and idempotency

When an order changes state (order.created, order.paid, order.fulfilled, order.refunded) the Storefront API sends a POST request to every endpoint subscribed to that event. Your endpoint must answer with a 2xx status within 10 seconds. Any other answer, or a timeout, counts as a failure.

Failed deliveries are retried with exponential back-off: after 1 minute, 5 minutes, 30 minutes, 2 hours and then every 6 hours for up to 3 days. After 19 consecutive failures the endpoint is disabled and the account owner is notified.

Because a delivery can arrive more than once, each request carries an Idempotency-Key header (a UUID). Store the keys you have processed for at least 72 hours and ignore repeats. Verify the X-Storefront-Signature header, an HMAC-SHA256 of the raw body with your endpoint secret, before you trust the payload.""",
    },
]
