# ruff: noqa: RUF001  (names spelled as people do: a Turkish dotless i)
"""Round 11 (art9en): hand-written development texts for English Art. 9 wording and ethnic origin in seven languages.

Written blind for this round (before the classifier was run on them): support
tickets, HR notes, occupational-health referrals, fit notes, marketing
replies, chat and forms, with invented people and checksum-valid identifiers
from ``classifier.devcorpus.ids``. The second part is ethnic origin in en, de,
fr, it, es, nl and pl: equality-monitoring forms and CSV rows, "of X descent",
community labels, origin used to describe a person; clean look-alikes use the
same words about markets, cuisine, languages, addresses and passports. Spans
use the corpus markup ``⟦TYPE|value⟧`` (``classifier.devcorpus.generate.parse_markup``).
Not copied or paraphrased from any corpus split.
"""

TEXTS = [
    # --- English health: HR, occupational health, fit notes ---------------------------------
    {
        "language": "en",
        "kind": "hr",
        "text": "OH referral for ⟦PERSON|Callum Reid⟧: he reports ⟦HEALTH_DATA|lower back pain⟧ since March and has been prescribed ⟦HEALTH_DATA|naproxen⟧. Please advise on adjustments to his driving duties.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Fit note received from ⟦PERSON|Aisha Rahman⟧'s GP: not fit for work for 4 weeks, condition: ⟦HEALTH_DATA|post-viral fatigue⟧. Scanned copy is on her file.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "The fit note for ⟦PERSON|Greg Hollis⟧ says he may be fit for work with a ⟦HEALTH_DATA|phased return⟧ and altered hours following his ⟦HEALTH_DATA|hernia repair⟧.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Absence log - ⟦PERSON|Nadia Kowalczyk⟧, 3 days, reason: ⟦HEALTH_DATA|migraine⟧. Second episode this quarter, trigger point not yet reached.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Hi both, ⟦PERSON|Ellie⟧ is 22 weeks ⟦HEALTH_DATA|pregnant⟧ and her midwife has flagged ⟦HEALTH_DATA|high blood pressure⟧, so we need a new risk assessment for her before she goes back on the warehouse floor.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Occupational health summary: ⟦PERSON|Mr Adeyemi⟧ has ⟦HEALTH_DATA|type 2 diabetes⟧ managed with ⟦HEALTH_DATA|metformin⟧; he is fit for night shifts provided he can take regular breaks to eat.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Sorry for the late notice, ⟦PERSON|Jordan⟧ won't be in, he's had a ⟦HEALTH_DATA|panic attack⟧ on the train and has gone home.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Reasonable adjustments agreed with ⟦PERSON|Fiona Gallagher⟧ (⟦HEALTH_DATA|hearing impaired⟧): captions on all Teams calls and a vibrating fire alarm pager.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Welfare meeting notes. ⟦PERSON|Samir⟧ explained he is being treated for ⟦HEALTH_DATA|depression⟧ and started ⟦HEALTH_DATA|CBT⟧ last week. He would like Friday afternoons free for sessions.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Accident book entry 2026-114: ⟦PERSON|Kieran Doyle⟧ ⟦HEALTH_DATA|sprained his wrist⟧ when the pallet jack slipped. First aid given, sent to A&E for an X-ray.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "RIDDOR check please - ⟦PERSON|Bethany Shaw⟧ suffered ⟦HEALTH_DATA|a fractured collarbone⟧ after falling from the loading bay and will be off more than seven days.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Maternity leave request: ⟦PERSON|Chloe Marsh⟧, expected week of childbirth 14 June. MATB1 attached. She has asked about ⟦HEALTH_DATA|antenatal appointments⟧ during work hours.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Just so you're aware, ⟦PERSON|Rob⟧ has been diagnosed with ⟦HEALTH_DATA|ADHD⟧ and is waiting to start ⟦HEALTH_DATA|medication⟧; he's asked for noise-cancelling headphones.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Stage 2 attendance review for ⟦PERSON|Lorraine Pike⟧: absences linked to ⟦HEALTH_DATA|endometriosis⟧ to be discounted under our disability policy.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Employee ⟦PERSON|Tariq Hussain⟧, NI ⟦UK_NINO|JJ525718B⟧, is on ⟦HEALTH_DATA|long-term sick⟧ with ⟦HEALTH_DATA|cancer⟧; SSP ends on the 28th so payroll needs to switch him to the company scheme.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Manager note: ⟦PERSON|Harriet⟧ told me in confidence she's going through ⟦HEALTH_DATA|IVF⟧ and may need short-notice time off for egg collection.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "The OH physician recommends that ⟦PERSON|Ms Byrne⟧ avoids prolonged standing due to ⟦HEALTH_DATA|varicose veins⟧ and ⟦HEALTH_DATA|swollen ankles⟧.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Return-to-work interview: ⟦PERSON|Dev Patel⟧ was off 5 days with ⟦HEALTH_DATA|tonsillitis⟧, now on ⟦HEALTH_DATA|antibiotics⟧ and feeling better.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Connor⟧ is registered ⟦HEALTH_DATA|partially sighted⟧ and uses a screen magnifier, please make sure the new HR portal works with ZoomText before rollout.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Can we move ⟦PERSON|Wendy⟧'s appraisal? She's having ⟦HEALTH_DATA|a hysterectomy⟧ on the 9th and will be recovering for six weeks.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Confidential - ⟦PERSON|Owen Price⟧ disclosed ⟦HEALTH_DATA|alcohol dependency⟧ and has been referred to the EAP. Not to be discussed in team meetings.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Sickness certificate: ⟦PERSON|Laura Bennett⟧, diagnosis ⟦HEALTH_DATA|acute bronchitis⟧, unfit 10/11 to 17/11.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Heads up - ⟦PERSON|Mo⟧ has ⟦HEALTH_DATA|epilepsy⟧ and had a ⟦HEALTH_DATA|seizure⟧ in the canteen today. He's fine now but can't drive the van for a while.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Workplace assessment for ⟦PERSON|Ian Frost⟧, who uses a ⟦HEALTH_DATA|wheelchair⟧ since his ⟦HEALTH_DATA|spinal injury⟧: ramp at side entrance, accessible toilet on level 2.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Megan⟧'s doctor has put her on ⟦HEALTH_DATA|sertraline⟧ for ⟦HEALTH_DATA|postnatal depression⟧, she'd like to extend her KIT days rather than come back full time.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Please note ⟦PERSON|Stuart Lane⟧ had ⟦HEALTH_DATA|a mild heart attack⟧ over the weekend and is in the Royal Infirmary. No visitors yet; cards to his wife.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Night-worker health assessment - ⟦PERSON|Jade Morgan⟧ answered yes to ⟦HEALTH_DATA|asthma⟧ and ⟦HEALTH_DATA|sleep apnoea⟧; referred to OH before any night shifts.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Ben Carter⟧ is off with ⟦HEALTH_DATA|a broken leg⟧ after a skiing trip, fit note says 6 weeks. Cover for his accounts goes to Priti.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Grievance follow-up: ⟦PERSON|Simone⟧ says her ⟦HEALTH_DATA|menopause symptoms⟧ - ⟦HEALTH_DATA|hot flushes⟧ and poor sleep - were mocked by her supervisor.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Occupational health advice: ⟦PERSON|Patrick⟧ is recovering from ⟦HEALTH_DATA|long Covid⟧ and should start at 50% hours with no customer-facing calls for the first fortnight.",
    },
    # --- English health: support and marketing replies ----------------------------------------
    {
        "language": "en",
        "kind": "support",
        "text": "Ticket #40977: customer ⟦PERSON|Joan Fielding⟧ asks us to cancel her membership as she has ⟦HEALTH_DATA|dementia⟧ now and her son holds power of attorney.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hi there, I missed my flight because I was admitted with ⟦HEALTH_DATA|appendicitis⟧. Attached is my discharge letter - can I claim on the travel insurance?",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Refund request: my daughter ⟦PERSON|Lily⟧ has a severe ⟦HEALTH_DATA|nut allergy⟧ and the bar contained traces even though the label said it didn't.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Please update the account for ⟦PERSON|Mr Evans⟧ - he's ⟦HEALTH_DATA|registered blind⟧ and needs all statements in large print or audio.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Customer called, very upset. Her husband ⟦PERSON|Alan⟧ has ⟦HEALTH_DATA|Parkinson's⟧ and can't manage the fiddly buttons on the remote. Offered the big-button model.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "I need to push my appointment back, I'm having ⟦HEALTH_DATA|chemotherapy⟧ on Tuesdays and Thursdays until the end of January.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hello, my son ⟦PERSON|Ethan⟧ is ⟦HEALTH_DATA|autistic⟧ and finds loud spaces hard, could we book the quiet hour slot for his birthday party?",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Chat: Agent: how can I help? Customer: I've just had ⟦HEALTH_DATA|a stroke⟧ and can't use my right hand well, can you reset my PIN to something I can type with one hand?",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Complaint from ⟦PERSON|Mrs Quinn⟧: the driver refused to help with her ⟦HEALTH_DATA|walking frame⟧ and she ⟦HEALTH_DATA|hurt her hip⟧ getting out of the taxi.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Pharmacy order note: patient ⟦PERSON|Gary Holt⟧ collects ⟦HEALTH_DATA|insulin⟧ and ⟦HEALTH_DATA|atorvastatin⟧ monthly; please text him when ready.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Reply to campaign email: please take me off your list, I'm ⟦HEALTH_DATA|recovering from breast cancer⟧ and your 'summer body' emails are not what I need right now. - ⟦PERSON|Karen⟧",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": 'Testimonial (consent on file): "After my ⟦HEALTH_DATA|knee replacement⟧ I couldn\'t manage stairs. The stairlift changed everything." - ⟦PERSON|Maureen T.⟧, Leeds',
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Lead note: prospect ⟦PERSON|Daniel Okafor⟧ said he's ⟦HEALTH_DATA|colour blind⟧ and couldn't read the red/green pricing chart in the brochure.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Survey free-text from ⟦PERSON|Rachel Lowe⟧: I have ⟦HEALTH_DATA|coeliac disease⟧ so I'd love more gluten-free options on the menu.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "My partner is ⟦HEALTH_DATA|expecting twins⟧ in May, can we change the delivery of the cot to the 1st?",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hi, I'm ⟦PERSON|Tom Ashworth⟧, I'm a ⟦HEALTH_DATA|wheelchair user⟧ - is there step-free access to seats in row F?",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Booking amendment: guest ⟦PERSON|Sofia Marin⟧ is ⟦HEALTH_DATA|diabetic⟧ and will need a fridge in the room for her ⟦HEALTH_DATA|insulin pens⟧.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Can't attend the course on Monday, I ⟦HEALTH_DATA|dislocated my shoulder⟧ at rugby and my arm is in a sling. - ⟦PERSON|Niall⟧",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Account holder ⟦PERSON|Peter Walsh⟧ has ⟦HEALTH_DATA|bipolar disorder⟧ and has asked us to add a third-party contact in case he's unwell during a ⟦HEALTH_DATA|manic episode⟧.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Anita⟧ is ⟦HEALTH_DATA|on crutches⟧ after ⟦HEALTH_DATA|ankle surgery⟧ - can we get her a parking space near the door until March?",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Medical questionnaire, candidate ⟦PERSON|Luke Harrison⟧: Q4 Any mental health conditions? A: ⟦HEALTH_DATA|generalised anxiety disorder⟧, controlled with ⟦HEALTH_DATA|propranolol⟧.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Sandra⟧ rang from the hospital, her scan confirmed ⟦HEALTH_DATA|a miscarriage⟧. Please log it as compassionate leave, not sickness.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Team update: ⟦PERSON|Marek⟧ is ⟦HEALTH_DATA|off sick with a slipped disc⟧, physio twice a week, probably back after half term.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "DSE assessment - ⟦PERSON|Helen Ward⟧ reports ⟦HEALTH_DATA|RSI⟧ in her right forearm and ⟦HEALTH_DATA|carpal tunnel⟧ symptoms; vertical mouse ordered.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Keep this off the shared drive please: ⟦PERSON|Liam⟧ is ⟦HEALTH_DATA|HIV positive⟧ and has asked that only HR and OH know.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Zoe Clarke⟧ has ⟦HEALTH_DATA|multiple sclerosis⟧; on bad days she needs to work from home and may use a ⟦HEALTH_DATA|mobility scooter⟧ on site.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Sickness return: ⟦PERSON|Craig⟧ off 2 weeks, ⟦HEALTH_DATA|gallstones⟧, had his ⟦HEALTH_DATA|gallbladder removed⟧ on the 3rd.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Yvonne⟧ phoned: she's been signed off for a further month with ⟦HEALTH_DATA|work-related stress⟧ and ⟦HEALTH_DATA|insomnia⟧.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Pre-employment health check for ⟦PERSON|Aaron Blake⟧: declared ⟦HEALTH_DATA|Crohn's disease⟧, on ⟦HEALTH_DATA|infliximab⟧ infusions every 8 weeks.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "I've had a word with ⟦PERSON|Gemma Fox⟧, she's suffering from ⟦HEALTH_DATA|severe morning sickness⟧ so we've agreed a later start until the second trimester.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Andy⟧ has ⟦HEALTH_DATA|a stammer⟧ and would prefer written questions in the interview rather than a phone screen.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Attendance: ⟦PERSON|Kirsty⟧ off today and tomorrow, ⟦HEALTH_DATA|stomach bug⟧, 48 hours clear rule applies before she's back in the kitchen.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Rhys Evans⟧ is ⟦HEALTH_DATA|dyslexic⟧; please give him 25% extra time on the compliance assessment.",
    },
    # --- ethnic origin: English ------------------------------------------------------------------
    {
        "language": "en",
        "kind": "hr",
        "text": "Equality monitoring - ⟦PERSON|Amara Nwosu⟧. Ethnic origin: ⟦ETHNIC_ORIGIN|Black African⟧. Disability: no. Religion: prefer not to say.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "employee_id,name,ethnicity,start_date\n10442,⟦PERSON|Kamran Ali⟧,⟦ETHNIC_ORIGIN|Asian British - Pakistani⟧,2024-02-01\n10443,⟦PERSON|Kerry Doyle⟧,⟦ETHNIC_ORIGIN|White Irish⟧,2024-02-12",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The customer, ⟦PERSON|Mr Lakatos⟧, says staff refused to serve him because he is ⟦ETHNIC_ORIGIN|Roma⟧. Escalated to the store manager.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Candidate note: ⟦PERSON|Leyla Demir⟧ is ⟦ETHNIC_ORIGIN|of Kurdish descent⟧ and speaks Kurmanji, Turkish and English.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "In her grievance ⟦PERSON|Tanisha Brown⟧, a ⟦ETHNIC_ORIGIN|Black British⟧ woman, says she was passed over for promotion twice.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Profile for the spotlight series: ⟦PERSON|Mei Lin Chen⟧, a ⟦ETHNIC_ORIGIN|British Chinese⟧ founder whose grandparents ran a takeaway in Liverpool.",
    },
    # --- ethnic origin: German ---------------------------------------------------------------------
    {
        "language": "de",
        "kind": "hr",
        "text": "Beschwerde von ⟦PERSON|Herrn Weiß⟧: Er sei als ⟦ETHNIC_ORIGIN|Sinto⟧ bei der Wohnungsbesichtigung abgewiesen worden.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Bewerberin ⟦PERSON|Derya Yıldız⟧ ist ⟦ETHNIC_ORIGIN|kurdischer Abstammung⟧ und spricht Deutsch, Türkisch und Kurmandschi.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Der Kunde ⟦PERSON|Herr Mbeki⟧ gibt an, als ⟦ETHNIC_ORIGIN|Schwarzer⟧ vom Türsteher nicht eingelassen worden zu sein.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Personalbogen: Name ⟦PERSON|Aleksandra Nowak⟧; ethnische Herkunft: ⟦ETHNIC_ORIGIN|Sorbin⟧; Religion: keine Angabe.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "⟦PERSON|Tarek Haddad⟧, ⟦ETHNIC_ORIGIN|libanesischer Herkunft⟧, ist seit 2019 im Vertrieb tätig.",
    },
    # --- ethnic origin: French ---------------------------------------------------------------------
    {
        "language": "fr",
        "kind": "hr",
        "text": "Mme ⟦PERSON|Nadia Belkacem⟧ affirme avoir été écartée du poste parce qu'elle est ⟦ETHNIC_ORIGIN|d'origine kabyle⟧.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Le client ⟦PERSON|M. Traoré⟧ signale que le vigile l'a suivi dans le magasin « parce qu'il est ⟦ETHNIC_ORIGIN|noir⟧ ».",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Note RH : ⟦PERSON|Yanis Amrani⟧, ⟦ETHNIC_ORIGIN|Berbère⟧ du Rif, demande un interprète pour l'entretien de sa mère.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Sandrine Dupuy⟧ est ⟦ETHNIC_ORIGIN|d'ascendance vietnamienne⟧ par son père, précise le portrait interne.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Plainte : la famille ⟦PERSON|Ionescu⟧, des ⟦ETHNIC_ORIGIN|Roms⟧ installés à Montreuil, dit avoir été refusée par l'agence.",
    },
    # --- ethnic origin: Italian --------------------------------------------------------------------
    {
        "language": "it",
        "kind": "hr",
        "text": "Il dipendente ⟦PERSON|Dragan Petrović⟧, di ⟦ETHNIC_ORIGIN|etnia rom⟧, segnala insulti da parte di un collega.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "⟦PERSON|Amina Diallo⟧ è ⟦ETHNIC_ORIGIN|di origine senegalese⟧ e lavora come mediatrice culturale dal 2021.",
    },
    {
        "language": "it",
        "kind": "support",
        "text": "Reclamo del signor ⟦PERSON|Chen Wei⟧: l'addetto gli avrebbe detto che «i ⟦ETHNIC_ORIGIN|cinesi⟧ come lei» non possono aprire un conto.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "Scheda anagrafica: ⟦PERSON|Luca Brunetti⟧ - gruppo etnico: ⟦ETHNIC_ORIGIN|sinti⟧ - residenza Bolzano.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "La candidata ⟦PERSON|Fatima Zahra El Idrissi⟧, ⟦ETHNIC_ORIGIN|berbera⟧ originaria dell'Atlante, ha chiesto un colloquio in francese.",
    },
    # --- ethnic origin: Spanish --------------------------------------------------------------------
    {
        "language": "es",
        "kind": "support",
        "text": "El cliente ⟦PERSON|Antonio Heredia⟧ denuncia que no le dejaron entrar en la discoteca por ser ⟦ETHNIC_ORIGIN|gitano⟧.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Rosa Quispe⟧, de ⟦ETHNIC_ORIGIN|origen quechua⟧, se incorpora al equipo de atención en Madrid.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "Ficha de diversidad - Nombre: ⟦PERSON|Mamadou Sow⟧; origen étnico: ⟦ETHNIC_ORIGIN|afrodescendiente⟧; discapacidad: no.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "La trabajadora ⟦PERSON|Nour Benali⟧, ⟦ETHNIC_ORIGIN|de ascendencia marroquí⟧, afirma que su jefe hace comentarios sobre su pañuelo.",
    },
    {
        "language": "es",
        "kind": "support",
        "text": "Queja: a la señora ⟦PERSON|Li Na⟧ le dijeron en caja que «los ⟦ETHNIC_ORIGIN|chinos⟧» no pueden pagar con ese vale.",
    },
    # --- ethnic origin: Dutch ----------------------------------------------------------------------
    {
        "language": "nl",
        "kind": "hr",
        "text": "Klacht van ⟦PERSON|mevrouw Kartosen⟧: zij werd als ⟦ETHNIC_ORIGIN|Surinaamse Javaanse⟧ anders behandeld bij de sollicitatie.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Mehmet Aydın⟧ is van ⟦ETHNIC_ORIGIN|Koerdische afkomst⟧ en werkt sinds 2018 in het magazijn in Tilburg.",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "Melding: de beveiliger zou tegen ⟦PERSON|de heer Ramdin⟧ hebben gezegd dat ⟦ETHNIC_ORIGIN|Hindostanen⟧ hier niet welkom zijn.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Personeelsdossier ⟦PERSON|Anouk de Graaf⟧: migratieachtergrond ⟦ETHNIC_ORIGIN|Molukse⟧, tweede generatie.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Samira El Amrani⟧, een ⟦ETHNIC_ORIGIN|Marokkaans-Nederlandse⟧ verpleegkundige, stapt over naar het team in Utrecht.",
    },
    # --- ethnic origin: Polish ---------------------------------------------------------------------
    {
        "language": "pl",
        "kind": "hr",
        "text": "Pracownik ⟦PERSON|Jan Kurpas⟧ deklaruje ⟦ETHNIC_ORIGIN|narodowość śląską⟧ i prosi o dzień wolny na uroczystość rodzinną.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Skarga: pani ⟦PERSON|Maria Gabor⟧ twierdzi, że ochroniarz wyprosił ją ze sklepu, bo jest ⟦ETHNIC_ORIGIN|Romką⟧.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "⟦PERSON|Tomasz Lis⟧ jest ⟦ETHNIC_ORIGIN|Kaszubą⟧ i prowadzi szkolenia także po kaszubsku.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Kandydatka ⟦PERSON|Olena Kovalenko⟧, ⟦ETHNIC_ORIGIN|pochodzenia łemkowskiego⟧, zgłosiła się na stanowisko księgowej.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Ankieta różnorodności - ⟦PERSON|Adam Nowicki⟧; pochodzenie etniczne: ⟦ETHNIC_ORIGIN|żydowskie⟧; niepełnosprawność: brak.",
    },
    # --- clean look-alikes: English health wording without a person's data --------------------
    {
        "language": "en",
        "kind": "hr",
        "text": "Reminder: our sickness absence policy was updated. Fit notes can now be signed by nurses and physiotherapists as well as GPs.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Join our Diabetes Awareness Week webinar: how employers can support staff living with long-term conditions.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The app's stress test failed on the payments service; memory fatigue in the worker pool after 6 hours.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Occupational health is moving to the second floor from Monday. Walk-in hours stay 9-12.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "New in store: ankle supports, knee braces and wrist splints from £9.99. Free delivery over £30.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The pregnancy test kits are out of stock at the Bristol branch; restock due Thursday.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Mental Health First Aid training: 12 places left for the March course, open to all line managers.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Our broken-link checker found 14 dead URLs on the help centre; the migraine of the week is the old FAQ redirect.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Clinical trial recruitment banner: adults with asthma may be eligible. No personal data is collected on this page.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Statutory Sick Pay is £116.75 a week from April; it is paid from the fourth qualifying day.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Fracture toughness of the new glass is 30% higher, so dropped phones crack less often.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "The wheelchair-accessible entrance is on Mill Road; lifts serve every floor.",
    },
    # --- clean look-alikes: origin words that are not about a person ---------------------------
    {
        "language": "en",
        "kind": "marketing",
        "text": "Try our new Kurdish-style flatbreads and Caribbean jerk wraps, available in all London stores this month.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "The equality monitoring form is optional; answers are reported only in aggregate and never linked to your name.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Passport: Irish. Nationality: Polish. Address: ⟦STREET_ADDRESS|14 Harbour View, Cork⟧. Please confirm the delivery slot.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Black History Month: this October our book club reads three novels by African and Caribbean authors.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Neu im Sortiment: türkischer Mokka, libanesische Mezze und polnische Pierogi - nur diese Woche im Angebot.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Staatsangehörigkeit: deutsch. Anschrift: ⟦STREET_ADDRESS|Lindenstraße 4, 01067 Dresden⟧. Bitte Kopie des Personalausweises beilegen.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Festival des cultures berbères à Marseille : concerts, cuisine kabyle et ateliers d'écriture tifinagh.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Nationalité : française. Adresse : ⟦STREET_ADDRESS|12 rue des Lilas, 69003 Lyon⟧. Merci de joindre un justificatif.",
    },
    {
        "language": "it",
        "kind": "marketing",
        "text": "Settimana della cucina cinese e senegalese nei nostri ristoranti di Milano, prenota online.",
    },
    {
        "language": "es",
        "kind": "marketing",
        "text": "El festival de flamenco gitano vuelve a Granada en junio con artistas de toda Andalucía.",
    },
    {
        "language": "nl",
        "kind": "marketing",
        "text": "Proef de Surinaamse keuken: roti, pom en Javaanse bami bij onze pop-up in Rotterdam.",
    },
    {
        "language": "pl",
        "kind": "marketing",
        "text": "Festiwal kultury kaszubskiej i śląskiej w Gdańsku: koncerty, warsztaty i regionalne jedzenie.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Obywatelstwo: polskie. Adres: ⟦STREET_ADDRESS|ul. Długa 8, 80-831 Gdańsk⟧. Prosimy o skan dowodu osobistego.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Het diversiteitsbeleid geldt voor alle medewerkers, ongeacht afkomst, geloof of geaardheid.",
    },
]
