"""Split ``fresh24``, English: research, trial-site, biobank, lab-safety, fab and plant texts written whole (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "how do i book the cryo-EM for a 48h block next wk? facility portal keeps timing out on the grid-prep slot",
    },
    {
        "kind": "support",
        "text": """Subject: Travel reimbursement - visits 3 and 4 (study KNE-OA-204)

Hello,

I still haven't been paid back for the taxi to visit 3 on the 14th or the train for visit 4. The nurse said it would come within 30 days and it's been nearly two months. I only joined because of ⟦HEALTH_DATA|the osteoarthritis in my left knee⟧ and honestly I can't afford to keep fronting £60 a visit.

Receipts attached again. Bank details in case they got lost:
Name: ⟦PERSON|Delphine Achterberg-Ross⟧
IBAN: ⟦IBAN_CODE|GB30 AXNM 2412 7825 8944 10⟧
Mobile: ⟦PHONE_NUMBER|07723 418 906⟧

Thanks,
⟦PERSON|Delphine⟧""",
    },
    {
        "kind": "support",
        "text": """Please rewrite this results letter in plain English for the patient, reading age about 12, keep it warm but don't change any facts:

---
Re: ⟦PERSON|Folasade Whitcombe⟧, DOB ⟦DATE_OF_BIRTH|04/09/1993⟧, Lab ref CS-24-11873
Expanded carrier screening (panel v3.2, 302 genes). Result: ⟦GENETIC_DATA|heterozygous for the CFTR c.1521_1523delCTT (p.Phe508del) pathogenic variant⟧. No other reportable variants detected. Ms ⟦PERSON|Whitcombe⟧ is therefore ⟦GENETIC_DATA|a carrier of cystic fibrosis⟧. Partner testing is recommended; if the partner is also a carrier, each pregnancy carries a 1 in 4 risk. Genetic counselling appointment offered: 11 March, Clinic 4B.
Reported by: Dr ⟦PERSON|Ewan Threlkeld⟧, Clinical Scientist
---""",
    },
    {
        "kind": "support",
        "text": """[09:12] ⟦PERSON|Jonas⟧ (Lab Safety Desk): Morning, safety desk, what's happened?
[09:12] caller: hi there was a spill in 2.114, about 200 ml of the piranha solution, fume hood 3
[09:13] ⟦PERSON|Jonas⟧ (Lab Safety Desk): Is anyone hurt? Has the area been evacuated?
[09:13] caller: area is cleared. my colleague ⟦PERSON|Tarek Ouazzani⟧ got some on his wrist, he's at the eye-wash/shower now
[09:14] ⟦PERSON|Jonas⟧ (Lab Safety Desk): OK, keep him under the shower 15 min. First aider on the way. Who's the PI for that room?
[09:14] caller: Prof. ⟦PERSON|Imelda Korsgaard⟧
[09:15] ⟦PERSON|Jonas⟧ (Lab Safety Desk): Thanks. Please don't try to neutralise it yourselves. Incident form IR-0412 will be opened under your name, can you confirm it?
[09:15] caller: ⟦PERSON|Bronwen Aldercott⟧, postdoc, ext 4471
[09:31] ⟦PERSON|Jonas⟧ (Lab Safety Desk): Update from first aider: ⟦HEALTH_DATA|superficial chemical burn on the right wrist⟧, ⟦PERSON|Tarek⟧ being taken to occupational health for review.""",
    },
    {
        "kind": "support",
        "text": "Quick one for the grants office: can an ERC Starting Grant budget cover a 0.5 FTE lab technician for the whole 5 years, or only during the experimental phase? Host institution overheads are 25% flat, right?",
    },
    {
        "kind": "support",
        "text": """hi, athlete here, quick q about the whereabouts app. I have a ⟦HEALTH_DATA|TUE for inhaled salbutamol⟧ that expires end of the month and the renewal form asks for a new spirometry report. my pulmonologist is on leave till the 20th. will I be non-compliant in the gap? name on the account is ⟦PERSON|Kerys Adeyemi-Lowe⟧, squad: middle distance""",
    },
    {
        "kind": "support",
        "text": """Can you summarise this examination report in five bullet points for our R&D lead, and flag which claims the examiner considers novel?

EP 4 102 337 A1 - Communication pursuant to Article 94(3) EPC
1. The application does not meet the requirements of Article 84 EPC because claim 1 is unclear: the term "substantially anhydrous" lacks a defined threshold.
2. Document D1 (WO 2019/214 556) discloses a crystalline form of the compound with XRPD peaks at 7.4, 12.9 and 18.2 degrees 2-theta. Claims 1-6 therefore lack novelty (Article 54 EPC).
3. Claims 7-11 (process with anti-solvent addition at 2-8 C) appear novel over D1 and D2, but an inventive step cannot be acknowledged in view of D3 in combination with common general knowledge.
4. Claim 12 (use in treatment) is directed to subject-matter that may be considered novel if restricted to the dosing regimen disclosed on page 23.
The applicant is invited to file observations within four months.""",
    },
    {
        "kind": "support",
        "text": """To the Biobank Access & Consent Office,

I took part in the cohort study in 2016 when I was a patient at the hospital. I've now decided I want to withdraw fully, meaning my stored blood samples should be destroyed and no more data used. I understand that results already published can't be changed.

My details as you hold them:
Full name: ⟦PERSON|Caoimhín Drumgoole⟧
PPS number: ⟦IE_PPSN|1850231UW⟧
Address: ⟦STREET_ADDRESS|14 Sráid an Mhuilinn, Ballinasloe, Co. Galway H53 X2P7⟧
Email: ⟦EMAIL_ADDRESS|c.drumgoole@eircom-mail.ie⟧

Could you confirm in writing once it's done? Thank you.""",
    },
    {
        "kind": "support",
        "text": """Ticket #FAB-ACC-5521 (cleanroom access, Bay C)
Requester: ⟦PERSON|Nikhil Varadarajan⟧, process engineer, litho
Problem: the airlock reader rejects me since Monday. Security says ⟦BIOMETRIC_DATA|my iris template no longer matches⟧, probably because I had ⟦HEALTH_DATA|cataract surgery on the left eye⟧ two weeks ago. Can I re-enrol, or get the fingerprint fallback enabled until then? I have a tool qualification on the scanner Thursday.""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """OCCUPATIONAL HEALTH - FITNESS FOR WORK (Solvent handling, Building 7 granulation)
Employee: ⟦PERSON|Hamish Oduya⟧
NI number: ⟦UK_NINO|JH935129A⟧
Role: Process operator, nights
Outcome: Fit with restrictions
Notes: ⟦HEALTH_DATA|occupational asthma⟧ confirmed by ⟦HEALTH_DATA|serial peak-flow⟧; no exposure to isopropanol vapour above action level; to be moved off the fluid-bed dryer line. Review in 3 months.
Clinician: Sister ⟦PERSON|Gwen Pardoe⟧, OHN""",
    },
    {
        "kind": "hr",
        "text": """Hi Rota team,

Could I swap my early shifts (06:00) in weeks 11-13 for lates? I'm ⟦RELIGIOUS_BELIEF|Muslim⟧ and will be fasting, so the lates work much better for me, I can break the fast at 18:30 on my break. ⟦PERSON|Sunil⟧ on packing line 2 has already said he's happy to swap.

Thanks
⟦PERSON|Yusra Haddad-Pennington⟧
QC sampling""",
    },
    {
        "kind": "hr",
        "text": """Minutes - Joint Consultative Committee, Site B (sterile fill-finish)
Present: ⟦PERSON|Marcus Oyelowo⟧ (Plant Director), ⟦PERSON|Linnea Haverford⟧ (HRBP), ⟦PERSON|Declan Stroud⟧ (⟦TRADE_UNION_MEMBERSHIP|GMB convenor⟧), ⟦PERSON|Agnieszka Rowntree⟧ (⟦TRADE_UNION_MEMBERSHIP|GMB shop steward, packaging⟧)
1. Annualised hours pilot: management to share modelling by 30 April. ⟦PERSON|Declan⟧ raised concern about on-call cover for the isolator line.
2. Overtime allocation: ⟦PERSON|Agnieszka⟧ reported two complaints of favouritism; HR to review the overtime log.
3. Heat in gowning rooms during summer: facilities quote for extra AHU capacity pending.
AOB: none. Next meeting 12 June.""",
    },
    {
        "kind": "hr",
        "text": """CURRICULUM VITAE
Dr ⟦PERSON|Oluwaseun Marchbanks⟧
⟦STREET_ADDRESS|Flat 3, 27 Cherwell Gardens, Oxford OX2 6QT⟧ | ⟦PHONE_NUMBER|+44 7911 204 338⟧ | ⟦EMAIL_ADDRESS|seun.marchbanks@protonmail.com⟧

Research interests: single-molecule biophysics, optical tweezers, DNA repair.
2021-present  Postdoctoral Research Associate, Department of Biochemistry (PI: Prof. ⟦PERSON|Hartwig Sondergaard-Lenz⟧)
2016-2021     DPhil in Structural Biology
2012-2016     MSci Physics, first class
Skills: Python, MATLAB, LabVIEW instrument control, cleanroom microfabrication (basic), SOP writing
Selected publication: "Torque-dependent unwinding by a RecQ helicase", 2023.""",
    },
    {
        "kind": "hr",
        "text": "Our Level 3 Laboratory Technician apprenticeship runs 30 months: four days on site in QC or microbiology, one day at college. Apprentices are paid from day one, get 25 days' leave plus bank holidays and are assigned a workplace mentor and a GMP buddy. Applications for the September intake open on 1 February.",
    },
    {
        "kind": "hr",
        "text": """Export-control and security screening - result (Programme: wing actuator housings, controlled under ML10)
Candidate: ⟦PERSON|Rhys Penhaligon-Kaur⟧
DOB: ⟦DATE_OF_BIRTH|22 March 1990⟧
Basic disclosure: ⟦CRIMINAL_RECORD|one unspent conviction, 2022, for possession of a bladed article in a public place, community order⟧.
Recommendation: refer to security controller; role requires access to ITAR-marked drawings, decision by the programme security officer, not the line manager.""",
    },
    {
        "kind": "hr",
        "text": """Staff spotlight: meet ⟦PERSON|Priya Lockhart-Nwosu⟧, our new biosafety officer

⟦PERSON|Priya⟧ joined us from a vaccine plant where she ran the BSL-3 suite. Outside work she's chair of the LGBTQ+ staff network and lives in Headington with ⟦SEX_LIFE_ORIENTATION|her wife⟧ ⟦PERSON|Joanne⟧ and two very loud beagles. Her first project: rewriting the spill kits guidance so it fits on one page.""",
    },
    {
        "kind": "hr",
        "text": "Reminder: lone working in labs after 19:00 or at weekends needs the buddy app switched on and the facility manager's prior approval. No work with cryogens, hydrofluoric acid or class 3B/4 lasers while alone, whatever the deadline.",
    },
    {
        "kind": "hr",
        "text": "what's the notice period on the new fixed-term research contracts, is it still one month or did it change with the 2024 policy?",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Clear answers, fast. Our accredited genomics lab offers hereditary cancer panels (BRCA1/2, Lynch syndrome genes and more), expanded carrier screening for couples and pharmacogenomic testing. Results in 14 working days, reviewed by registered clinical scientists, with genetic counselling included. Order through your clinician or our partner clinics.""",
    },
    {
        "kind": "marketing",
        "text": """"I was diagnosed with ⟦HEALTH_DATA|type 2 diabetes⟧ at 51 and honestly thought trials were for other people. The site team in Leeds made every visit easy - taxis booked, results explained, and I finally understand what my HbA1c means." - ⟦PERSON|Bernadette Kilbride⟧, trial participant

Interested? Ask your GP about current metabolic studies near you.""",
    },
    {
        "kind": "marketing",
        "text": """Visit us at Hall 4, stand D27 at the Advanced Materials & Composites Expo, Birmingham, 8-10 October. See our autoclave-free prepreg for secondary structures, live NDT demos with phased-array ultrasound every hour and the new 5-axis trimming cell. Book a meeting with our applications engineers through the expo app.""",
    },
    {
        "kind": "marketing",
        "text": """Do you have asthma that still troubles you at night?
We are looking for adults aged 18-65 with moderate asthma for a 24-week study of an investigational inhaler. Participants receive study medication, regular check-ups and travel expenses. The study has been reviewed by a research ethics committee. Find out more at your local clinical research facility.""",
    },
    {
        "kind": "marketing",
        "text": """Meet the team: Dr ⟦PERSON|Kwabena Fairweather⟧, Head of Quality Control

⟦PERSON|Kwabena⟧ has spent 18 years in sterile manufacturing and signs off more batches than anyone on site. When he isn't reviewing deviations you'll find him knocking on doors as ⟦POLITICAL_OPINION|a Green Party council candidate⟧ in his ward, or coaching under-12s cricket on Sunday mornings.""",
    },
    {
        "kind": "marketing",
        "text": """Apprenticeship stories: "I left school not knowing what a CNC machine was. Three years later I'm programming the 5-axis cell on our turbine blade line." - ⟦PERSON|Callum Fenwick-Adair⟧, 21, Advanced Manufacturing Engineering apprentice. Applications for next year close 31 January.""",
    },
    {
        "kind": "marketing",
        "text": """UNION NEWS - Pharma & Chemicals Branch
Pay round 2025: the employer's offer of 3.1% has been rejected by members in a consultative ballot, with a 71% turnout. Our negotiators will return to the table on 4 March asking for an increase in line with RPI and a consolidated shift allowance. Not a member yet? Joining takes five minutes and covers you from day one.""",
    },
    {
        "kind": "marketing",
        "text": "New at the Human Performance Lab: VO2max and lactate threshold testing packages for clubs and individual athletes, DEXA body composition, and isokinetic strength profiling. Group rates for university teams. Book a slot online.",
    },
    {
        "kind": "marketing",
        "text": """Biobank newsletter - Spring edition
Why I donate: ⟦PERSON|Aurelio Brightwater⟧ on his family's story

"My dad and his sister both had ⟦GENETIC_DATA|Huntington's disease⟧, and I found out in 2019 that ⟦GENETIC_DATA|I carry the expanded gene too⟧. I can't change that, but my samples can help researchers who might change it for my kids."

This year 4,200 new participants joined the cohort. Thank you to every one of you.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Gowning for Grade A/B cleanrooms: an overview

Personnel are the largest source of particulate and microbial contamination in aseptic processing. Gowning qualification therefore covers both technique and the garments themselves. Operators first change into dedicated facility clothing, perform hand hygiene, then don a sterile hood, mask, goggles, coverall and overboots in a defined sequence that avoids touching outer surfaces with bare skin. Gloves are put on last and disinfected regularly during work. Initial qualification usually requires three successful consecutive gowning sessions with contact plates taken from defined locations such as the gloves, forearms and mask. Requalification is repeated at least annually and after any excursion. Gowning rooms should have a clear separation between the dirty and clean sides, visual aids at each step and mirrors so operators can check themselves before entering the classified area.""",
    },
    {
        "kind": "docs",
        "text": """How ELN audit trails work

An electronic lab notebook records who created or changed each entry and when. In regulated settings the audit trail must be computer-generated, time-stamped and impossible to switch off or edit by users. Each change keeps the previous value, the new value and a reason. Signatures are linked to the record they sign, so they cannot be copied to another entry. Reviewers should check audit trails as part of routine data review, not only during inspections: a pattern of deletions shortly before a result is finalised deserves attention even when each change has a plausible reason.""",
    },
]
