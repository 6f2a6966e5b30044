"""Build the development corpus: ``python -m classifier.devcorpus.generate`` writes ``dev.json``, ``holdout.json``, ``test.json``, ``exam.json``, ``final.json``, ``blind.json``, ``fresh.json``, ``fresh2.json``, ``fresh3.json``, ``fresh4.json``, ``fresh5.json``, ``fresh6.json``, ``fresh7.json``, ``fresh8.json``, ``fresh9.json``, ``fresh10.json``, ``fresh11.json``, ``fresh12.json``, ``fresh13.json``, ``fresh14.json``, ``fresh15.json``, ``fresh16.json``, ``fresh17.json``, ``fresh18.json``, ``fresh19.json``, ``fresh20.json``, ``fresh21.json``, ``fresh22.json``, ``fresh23.json``, ``fresh24.json``, ``fresh25.json``, ``fresh26.json``, ``fresh27.json``, ``fresh28.json``, ``fresh29.json``.

Texts are assembled from building blocks (``phrases_<language>.py``,
``phrases_code.py``) whose ``<<PLACEHOLDER>>`` slots are filled with values
from ``values.py`` and ``ids.py``. Placeholders that stand for personal data,
credentials or special-category terms become labelled spans; the others
(order numbers, model names, versions ...) are deliberate look-alikes and stay
unlabelled. Every block list and value pool is split by position (even: dev,
odd: holdout), so the splits share no template and no value. The random
generator is seeded per split: the output is the same on every run.

The third split, ``test``, was written later for the honest measurement:
its blocks (``final_phrases_<language>.py``, ``final_phrases_code.py``),
value pools (``final_values.py``) and package chunks are its own and are
used whole; nobody tunes a recognizer on it.

The fourth split, ``exam``, was added the same way once ``test`` had been
used for tuning too: ``exam_phrases_<language>.py``, ``exam_phrases_code.py``,
``exam_values.py`` and packages of its own.

The fifth split, ``final``, was added the same way once ``exam`` had been used
for tuning: ``final2_phrases_<language>.py``, ``final2_phrases_code.py`` and
``final2_values.py`` (the ``final_`` prefix belongs to ``test``) and packages of
its own.

The sixth split, ``blind``, was added the same way once ``final`` had been used
for tuning: ``blind_phrases_<language>.py``, ``blind_phrases_code.py`` and
``blind_values.py`` and packages of its own.

The seventh split, ``fresh``, was added the same way once ``blind`` had been
used for tuning, by an author who read neither the recognizers nor their
data: ``fresh_phrases_<language>.py``, ``fresh_phrases_code.py``,
``fresh_values.py`` and packages of its own, with settings (parcel depots,
utilities, schools, tenancy, telecoms, travel, law firms, clinics, a game
studio, a research lab) and shapes (chat turns, forwarded headers, CSV rows,
tables, tracebacks, log lines) the earlier splits do not use. It is the
honest measurement until it was used for tuning. Its Art. 9 blocks also use the
``MEDICATION``, ``DISABILITY`` and ``TREATMENT`` placeholders (health data).

The eighth split, ``fresh2``, was added the same way once ``fresh`` had been
used for tuning, by another author who read neither the recognizers nor their
data: ``fresh2_phrases_<language>.py``, ``fresh2_phrases_code.py``,
``fresh2_values.py`` and packages of its own, with settings no earlier split
uses (insurance claims, municipal social services, university admissions, car
rental, hotel front desk, veterinary and dental practices, an NGO donor office,
a recruitment agency, courier complaints, a pension fund, property management,
an IT helpdesk, a sports club). Its texts also take shapes of their own
(``compose_mixed``): one-line chat messages, long threads of 8 to 20 lines,
and texts in one language that quote a customer or colleague writing in
another (the record's ``language`` is the frame's). It is the honest
measurement until it was used for tuning.

The ninth split, ``fresh3``, is not generated: every text in it was written
whole, by hand, like a real message or file, by an author who read neither the
recognizers nor their data nor the earlier splits' blocks and pools
(``fresh3_texts_<language>.py``, ``fresh3_texts_code.py``). Labelled spans are
marked inline as ``⟦ENTITY_TYPE|value⟧`` and the markup is removed when the
split is built (``parse_markup``); identifiers, IBANs and cards in it pass
their checksums. Each language has support, HR and marketing texts and
"docs" (PII-free prose in the style of public articles about AI models and
technical documentation); the code module holds Python, JS/TS, Go, YAML,
.env, Dockerfile, shell, SQL, JSON logs, nginx and Android config and stack
traces, about half of them with credentials. Settings: a
bank's fraud team, pharmacies, municipal registries, logistics dispatch,
schools' parent mail, e-commerce returns, airline disruption, gyms and
co-working spaces, telecom number porting, fertility, physiotherapy and
psychotherapy practices, parishes, works councils, political campaigns,
police correspondence and criminal-record extracts, staffing agencies,
insurers' claims desks, a municipal social-support team. Shapes: one-line chat
messages, a timestamped support chat, long mails and threads with quoted
history, label/value forms, a CSV export, CV extracts, sick notes, minutes of
works-council meetings, newsletters and landing-page copy, and texts in one
language that quote a customer writing in another (the record's
``language`` is the frame's). About two in five texts hold no labelled span.
Its records have ``"source": "written"``. It is the honest measurement now;
nobody tunes on it.

The tenth split, ``fresh4``, is written whole by hand in the same way and with
the same markup (``fresh4_texts_<language>.py``, ``fresh4_texts_code.py``), by a
third author who read neither the recognizers nor their data nor any earlier
split's texts, blocks or pools. Settings none of the earlier splits use: an
energy utility's billing desk, public transport lost-and-found, public
libraries, a university exam office, insurance brokers, estate agents, car
workshops, wedding planners, a dating app's trust & safety team, an online
marketplace's seller support, a crypto exchange's KYC team, childcare and
elderly-care homes, a hospital HR department, a translation agency, trade-fair
organisers and a city's citizen office. Shapes: one-line chat replies, short
tickets, label/value forms (new-starter checklists, KYC answers, staff
records), sick notes and fit notes, works-council and union minutes,
background-check results, a long KYC complaint thread with quoted history,
testimonials, prize-draw notices and listing copy; Art. 9 and criminal data in
every language as such settings phrase them (sick notes, accessibility needs,
dietary needs that reveal religion, union representatives, court dates,
background checks). The code module holds Terraform, Kubernetes manifests and
Helm values, GitHub Actions and GitLab CI, Java properties, Go, Rust, Laravel
``.env`` and PHP config, Jupyter cells, CI and worker logs, curl commands,
connection strings and Ansible vault files left unencrypted, about half of
them with credentials. "docs" records (PII-free articles and documentation)
are in English, German, French and Spanish. Look-alikes (invoice, order,
ticket and case numbers, tariff codes, stand numbers, versions, hashes, UUIDs,
env-var names without values) stay unlabelled. About two in five texts hold
no labelled span. Its records have ``"source": "written"``.
The eleventh split, ``fresh5``, is written by hand the same way (same markup, same
``written_split``) by a further author who read neither the recognizers nor
their data nor any earlier split's texts, blocks or pools
(``fresh5_texts_<language>.py``, ``fresh5_texts_code.py``). Its shape is the
prompt: every text is what a user or an application sends to a model through
Custos, an instruction with the material pasted in ("Summarise this email",
"Translate into English", "Draft a polite reply", "Extract the fields as
JSON", "Rewrite this performance review", "why does this fail?"), often with
the instruction in one language and the material in another. The material
takes the forms services really paste: customer mails with headers,
call-centre transcripts (agent/caller turns), Slack, Teams and WhatsApp
threads, OCR'd forms with noise ("0" for "O", broken and hyphenated lines),
CSV exports and contact lists, CRM notes, CVs, performance reviews, grievance
and disciplinary notes, works-council minutes, hospital discharge letters to
put in plain language, RAG context chunks with a question, marketing briefs,
testimonials and survey verbatims, and code, config, logs and stack traces
(Python, TypeScript, Go, Kotlin, JS, SQL, YAML for Compose, GitHub Actions
and Ansible, .env, Dockerfile, nginx, shell, JSON logs) with and without
credentials. Settings: energy and telecom providers, retail returns, health
insurers and a regional booking centre, utilities, hospitals, dental and care
homes, logistics, hotels, NGOs and a local political campaign, a bakery, a
brewery and a bookshop. Names of agents and colleagues in transcripts and
threads are labelled PERSON (honorifics such as "Frau" or "Mrs" stay outside
the span). Look-alikes stay unlabelled: order, ticket, policy, contract and
invoice numbers, tracking numbers, model and product names, versions, trace
ids, hashes, env-var names without values, an account SID. Each language has
at least 9 support, 9 HR and 9 marketing texts and one docs text (English
two); about two in five texts hold no labelled span. Its records have
``"source": "written"``.

The twelfth split, ``fresh6``, is written by hand the same way (same markup,
same ``written_split``) by a further author who read neither the recognizers
nor their data nor any earlier split's texts, blocks or pools
(``fresh6_texts_<language>.py``, ``fresh6_texts_code.py``). Its author works
for a shared-services company in Kraków and Rotterdam that runs back-office
work for many clients, so its settings are those clients: a veterinary clinic
chain, driving schools, funeral homes, language schools, property management
(tenants' repair requests, rent arrears), a charity's donor care, a
ride-hailing driver support desk, occupational health (pre-employment
medicals, return-to-work and BEM plans), a payroll bureau, sports clubs, a
pharmacy chain's online shop, private kindergartens, a prisoners'
rehabilitation NGO, a municipal housing office and a recruitment agency for
care workers. Shapes: one-line chat messages from drivers and customers,
instructions with material pasted in, a timestamped driver-support chat, a
donor-care thread with quoted history, label/value forms (payroll starter
forms, housing applications, funeral intake notes), CSV and semicolon exports
of event sign-ups, works-council and union minutes, occupational-health
opinions, referral notes, testimonials, donor stories, parish, mosque and
brotherhood newsletters and union and party campaign mail. Art. 9 data is
dense in marketing texts too (dietary needs that reveal religion, access
needs, conditions in testimonials and donor stories, union and party
membership) and in Polish, Dutch and German; generic health or union copy
with no person (a pharmacy's diabetes talk, a union's recruitment slogan)
stays unlabelled. The code module holds Django settings, Spring
``application.yml``, Node ``.env`` files, Compose files, Terraform tfvars,
Kubernetes secrets with base64 values, nginx basic auth, shell history, SQL
dumps with member rows, Sentry and JSON logs, a Postman collection,
``pip.conf`` and ``.npmrc`` with tokens, ``wp-config.php`` and a Jenkinsfile,
about half of them with credentials; env-var names without values,
placeholders, bcrypt and htpasswd hashes, trace ids and commit ids stay
unlabelled. Each language has at least 8 support, 8 HR and 8 marketing texts
and one docs text (English two). Its records have ``"source": "written"``.
The thirteenth split, ``fresh7``, is written by hand the same way (same markup, same
``written_split``) by a further author who read neither the recognizers nor
their data nor any earlier split's texts, blocks or pools
(``fresh7_texts_<language>.py``, ``fresh7_texts_code.py``). Settings none of the
earlier splits use: a travel agency and tour operator (passport details,
mobility and dietary needs), a car rental desk, an orthodontics practice, a
notary's office, a debt-collection agency, an IVF clinic's patient
coordinators, a school's special-needs coordinator, a mobile network's fraud
desk, a solar-panel installer, a coworking café chain, a dating-event
organiser, an online pharmacy, a trade union's legal help line, a parish
office and a mosque association, a political party's volunteer team, a court
interpreters' agency and a gig-economy courier platform. Shapes: many short
chat-style prompts of one or two lines, label/value forms in every language
("Patologie:", "Alergias:", "Confession :", "Afiliación sindical:", "Wyznanie:"),
call transcripts of a fraud desk (agents' names labelled), debtors' hardship
letters pasted into an instruction in another language (the record's
``language`` is the material's), union help-line case notes, interpreter
profiles, background-check results in deactivation appeals, volunteer rotas,
CSV rows of event attendees, testimonials and case studies. Generic look-alikes
(an LGBTQ+ dating night, an iftar invitation, a pilgrimage, a fertility open
day) stay unlabelled. The code module holds Go and Rust config, Java
``.properties``, Rails credentials, an Ansible inventory and group vars, Helm
values, GitHub Actions, AWS CLI files, an Azure connection string, a GCP
service-account key, Redis and AMQP URLs, Slack webhooks and bot tokens, an
SSH private key, a JWT in a gateway log and curl commands with keys, next to
clean code with look-alikes (hash constants, UUIDs, trace and commit ids,
env-var names, ``${{ secrets.X }}`` references, a vault variable). Placeholders
(``<your-token>``, ``xxxx``, ``changeme``) are not credentials; real-looking
values are. Each language has at least 8 support, 8 HR and 8 marketing texts
and one docs text (English two); about two in five texts hold no labelled
span. Its records have ``"source": "written"``.
The fourteenth split, ``fresh8``, is written by hand the same way (same markup, same
``written_split``) by a further author (a data-protection consultant who
worked in Dublin, Ghent, Turin, Poznań and Seville) who read neither the
recognizers nor their data nor any earlier split's texts, blocks or pools
(``fresh8_texts_<language>.py``, ``fresh8_texts_code.py``). Settings none of
the earlier splits use: a public employment service (job-seekers' files,
benefit sanctions), a refugee and migrant support NGO (asylum interviews,
language-course placement), a university's student services (disability
support plans, hardship funds), a blood and plasma donation service, an
opticians and hearing-aid chain, a housing cooperative's board, a law firm's
employment practice (unfair dismissal, discrimination claims), a children's
summer camp (medical forms, dietary and faith needs), an airline's
special-assistance desk, a mortgage broker, an e-bike and scooter rental app,
a customs broker, a municipal elections office (poll workers, postal votes), a
choir and amateur theatre association and a cybersecurity incident-response
firm (leaked credential dumps, phishing reports pasted for analysis). Shapes:
many short chat lines and one-line prompts, a few long mail threads with
headers and quoted history and long case notes (1,000-1,400 characters),
label/value forms, poll-worker CSV rows, board minutes, CVs written by
non-native speakers, testimonials and newsletters, and prose mixed with a
pasted log (a DEBUG line dumping a postal-vote form). English is British,
Irish and non-native international English. PII-free texts that look risky
are frequent: invented product, brand and AI model names ("Kestrel-7B",
"Voltra S2", "Pedl Plus"), street-like names in prose, booking, MRN, AWB,
ticket and case numbers, phishing mails with defanged links, and generic
health statements in blood-donation and optician marketing (unlabelled).
The code module holds PowerShell, C#, ``appsettings.json``, Terraform state
and HCL, Dockerfiles with ``ARG``, ``gradle.properties`` and Kotlin, Python
notebook cells, a Firebase config, Stripe, Twilio and SendGrid snippets,
``.pgpass``, kubeconfigs with a token and with an exec plugin, a leaked
credential dump in an incident report, an ``.env`` found in a gist and a
private key sent by e-mail, next to clean config with ``****``, ``REDACTED``,
``${VAR}`` and ``<your-key-here>`` placeholders, a bcrypt hash, trace ids,
commit ids and image digests (unlabelled). Each language has at least 8
support, 8 HR and 8 marketing texts and one docs text (English two); about
47 % of the texts hold no labelled span. Its records have ``"source": "written"``.

The fifteenth split, ``fresh9``, is written by hand the same way (same markup, same
``written_split``) by a further author (an HR and payroll systems consultant based
in Lisbon who worked in Munich, Lille, Milan, Utrecht and Wrocław) who read neither
the recognizers nor their data nor any earlier split's texts
(``fresh9_texts_<language>.py``, ``fresh9_texts_code.py``). Settings none of the
earlier splits use: a hospital's patient-transport dispatch, a home-care agency's
scheduling desk, a psychiatric day clinic, a bank's mortgage arrears team, a gaming
company's player support (chargebacks, bans, self-exclusion), a fitness-tracker
app's support (heart-rate and sleep data), a cruise line's guest services, a
wedding photographer, a translation-memory vendor, an animal shelter's adoptions
and volunteer vetting, a bicycle courier cooperative, a municipal social-welfare
office, a veterans' association, a mosque's and a synagogue's community centre and
a local newspaper's letters desk. Shapes: mostly short one-line prompts and chat
lines, instructions with a pasted form or note (summarise, translate, classify,
extract JSON), works-council minutes, testimonials, and three long texts
(1,200-1,500 characters): a Teams dispatch thread, a tab-separated payroll
sheet and a Polish arrears mail thread with quoted history. Look-alikes are frequent: job, booking, case,
loan and ticket numbers, firmware versions, an invented tracker brand ("Pulso"),
and generic health or faith statements in clinic, shelter and community marketing
(unlabelled). The code module holds Rust and Go snippets, Elixir config, .NET user
secrets, Bitbucket Pipelines and CircleCI, Vault output and policy, SOPS files
(encrypted and leaked decrypted), systemd units with ``Environment=``, cron
scripts, SQL migrations (a seed row with real data, a bcrypt hash), Prometheus and
Grafana config, JSON logs with trace ids, ``git log`` output and masked values.
Each language has 8 support, 8 HR and 8 marketing texts and one docs text
(English two, and nine support); 206 texts, about 48 % hold no labelled span.
Its records have ``"source": "written"``.
The sixteenth split, ``fresh10``, is written by hand the same way (same markup,
same ``written_split``) by a further author (a customer-experience writer in
Gdańsk who worked in Brussels, Naples, Marseille, Bilbao and Hamburg) who read
neither the recognizers nor their data nor any earlier split's texts
(``fresh10_texts_<language>.py``, ``fresh10_texts_code.py``). Settings none of
the earlier splits use: a telecom's roaming desk, an insurer's travel-assistance
line (hospitalisation abroad), a hospice's volunteer coordination, a school
canteen's dietary registrations, an adult-education evening school, a theatre's
box office (accessibility bookings), a removals company, a student-housing
provider, a cemetery administration, a hunting and fishing licence office, a
pawnshop, a probation-service contractor, an LGBTQ+ helpline's volunteer
admin, a trade fair's exhibitor services, a local election candidate's campaign
office and a genealogy (DNA-test) company's support. Shapes: mostly very short
one-line prompts and chat lines, voice-mail transcriptions with filler words
and no punctuation, OCR'd scans with broken lines, names in lower case or ALL
CAPS, bullet-list rotas, CVs, reviews and testimonials, campaign leaflets, and
long material (a Polish mail thread with quoted history under an English
instruction, a canteen's dietary-registration CSV, German exhibitor-service
minutes). Generic health and faith statements in hospice, canteen, theatre
and insurance marketing stay unlabelled. The code module holds an iOS
``Info.plist``, Android ``local.properties`` and ``build.gradle.kts``, React
Native ``.env`` files with Supabase keys, a Firebase config, Netlify, Vercel and
Wrangler config, a Cloudflare token in a CI step, Docker Swarm secrets, Consul
KV and ACL output, MongoDB URIs, Elasticsearch slow logs with a user object,
Python tracebacks with locals, and clean config with ``${VAR}``, ``$(VAR)``,
``<set-me>`` and empty placeholders, UUIDs, trace ids and commit ids
(unlabelled). Each language has at least 8 support, 8 HR and 8 marketing texts
and one docs text (English two); about 46 % of the texts hold no labelled span.

The seventeenth split, ``fresh11``, is written by hand the same way (same markup,
same ``written_split``) by a further author (a public-sector and legal-aid writer
from Ghent who worked in Lyon, Kraków, Bologna and Seville) who read neither the
recognizers nor their data nor any earlier split's texts
(``fresh11_texts_<language>.py``, ``fresh11_texts_code.py``). Settings none of the
earlier splits use: a court interpreters' booking service, a bailiff's office, a
municipal youth-care team, a dialysis unit's patient transport, a water
utility's hardship fund, a clinical-trial recruitment desk, a sign-language
interpreting agency, a prison education programme, a women's shelter intake
line, a glucose-sensor app's support, a driving school (medical fitness forms),
a language school's visa letters, a tax adviser's client desk, a football
academy's youth medicals and a citizens' assembly's secretariat. Shapes: short
imperative prompts, intake forms pasted as label/value lines, WhatsApp-style
exports with timestamps, meeting minutes (first names of people already named
are labelled too), scanned letters with OCR errors ("0" for "O", broken
words), spreadsheet rows separated by semicolons and replies quoting older
mails with ``>`` lines; Flemish and Netherlands Dutch, names in inflected forms
(Polish dative). Generic health, faith and trial copy in recruitment, sensor
and transport marketing stays unlabelled. The code module holds Spring Boot
``application.yml`` and ``.properties``, Laravel ``.env`` files and Rails
credentials (decrypted and encrypted), Ansible vars and vault files (encrypted
and leaked), Helm values, GitHub Actions workflows, ``~/.aws/credentials``,
``.npmrc`` and ``pip.conf`` with index tokens, curl commands with
``Authorization`` headers, HAR and Postman JSON, ``docker login`` output,
Jupyter cell outputs, Java stack traces and CI logs, next to clean config with
``${VAR}``, ``{{ vault_* }}``, ``${{ secrets.X }}``, ``<your-token-here>`` and
``changeme`` placeholders, image digests, trace and request ids (unlabelled).
Each language has at least 8 support, 8 HR and 8 marketing texts and one docs
text (English two); 214 texts, about 45 % hold no labelled span. Its records
have ``"source": "written"``.

The eighteenth split, ``fresh12``, is written by hand the same way (same markup,
same ``written_split``) by a further author (an Italian-Spanish customer-operations
writer from Turin who worked in Valencia, Lille, Rotterdam and Poznań) who read
neither the recognizers nor their data nor any earlier split's texts
(``fresh12_texts_<language>.py``, ``fresh12_texts_code.py``). Settings none of the
earlier splits use: a ship-crewing agency (crew rotas, seafarers' files), an
olive-oil cooperative's seasonal workers, a ski school, a thermal spa's
prescribed cures, a diocese's marriage-preparation course, a car-sharing
insurer's accident reports, a cardiac tele-monitoring service, a call centre's
quality reviews, a labour inspectorate, a mountain-rescue report desk, a public
library's reader services, a psychiatric day clinic's scheduling, a wine-tour
operator, a pet-insurance claims desk and a municipal sports hall booking.
Shapes: voice-assistant transcripts, e-mail threads with signatures, quoted
history and disclaimers, rota tables in Markdown, free-text complaint forms,
reviews and testimonials, push-notification copy, A/B test variants, short chat
prompts asking to rewrite or classify, and a long timestamped claims thread
(about 1,300 characters) in Italian, Spanish and English. Art. 9 data as such
desks phrase it (injuries in rescue and accident reports, a pacemaker or ICD,
a genetic variant, a fingerprint time clock, halal and Ramadan notes in a rota,
union membership on starter forms, convictions in crewing files); generic
health or faith copy (spa cures for rheumatism, a marriage-prep course) stays
unlabelled, and so do booking, claim, case, card-holder and patient numbers.
The code module holds Kotlin and Swift snippets, Terraform ``.tfvars``,
Kubernetes Secrets (base64 data) and ConfigMaps, Compose files, nginx and
Apache basic auth (an htpasswd hash stays unlabelled), AMQP and Redis URLs,
JDBC URLs, PHP config arrays, Go structs with tags, an SQL dump of readers, CSV
exports, application logs with a user object, Sentry events, an Azure
connection string and clean config with ``${VAR}`` placeholders, digests and
UUIDs; about half hold credentials. Each language has at least 8 support, 8 HR
and 8 marketing texts and one docs text (English two); 213 texts, about 46 % of
them hold no labelled span. Its records have ``"source": "written"``.

The nineteenth split, ``fresh13``, is written by hand the same way (same markup,
same ``written_split``) by a further author (a Polish-German HR and compliance
writer from Wrocław who worked in Leipzig, Utrecht, Nantes and Madrid) who read
neither the recognizers nor their data nor any earlier split's texts
(``fresh13_texts_<language>.py``, ``fresh13_texts_code.py``). Settings none of
the earlier splits use: a logistics firm's driver medicals, a pharmaceutical
company's adverse-event (pharmacovigilance) intake, sick-leave certificates in
an HR shared-service centre, a housing-benefit office, an embassy's visa
section, a sports federation's anti-doping whereabouts desk, a dating app's
trust-and-safety team, a crematorium, an employee-assistance programme
(counselling), a fintech's KYC desk, an adoption agency, a reservists' office,
a co-operative bank's branch, a home-care agency's care plans and a museum's
membership office. Shapes: HR case notes, performance reviews, exit
interviews, CV sections as tables, structured JSON pasted into prompts, ticket
histories with status lines, bilingual texts (Polish/German, Dutch/English),
headed letters with reference lines, bullet lists and short prompts. Generic
health and faith statements in marketing, product and model names, order,
booking and case numbers, ``${VAR}`` placeholders, hashes, UUIDs and versions
stay unlabelled. The code module holds C# ``appsettings.json`` and user
secrets, PowerShell with credentials, Bash deploy scripts, Makefiles,
Serverless and SAM templates, Azure Pipelines YAML, Firebase admin service
accounts with private keys, ``.git-credentials`` and ``.netrc`` files, LDAP
bind configs, SMTP settings, Slack and Teams webhook URLs, Django settings,
Node config modules, Python logging output with personal data and clean code
with env lookups and secret-manager references, about half of them with
credentials. Each language has at least 8 support, 8 HR and 8 marketing texts
and one docs text (English two); 213 texts, about 46 % of them hold no
labelled span. Its records have ``"source": "written"``.

The twentieth split, ``fresh14``, is written by hand the same way (same markup,
same ``written_split``) by a further author who read neither the recognizers
nor their data nor any earlier split's texts (``fresh14_texts_<language>.py``,
``fresh14_texts_code.py``). Settings none of the earlier splits use: ferry
operators (reduced-mobility and medical requests, vehicle bookings), zoos and
an aquarium (memberships, keepers, animal adoptions), symphony orchestras and an
opera chorus (starter forms, sick leave, auditions), railway track-maintenance
contractors (safety-critical medicals, shift agreements), an esports team
(player onboarding, Pride posts), tattoo studios' consent forms, a research
biobank's consent desk (withdrawals, genetic findings), music festivals
(accessible camping, cashless refunds, security vetting), wedding caterers'
staff rotas, airport badge offices (fingerprint, face and iris enrolment,
background checks), public broadcasters' audience complaints, security-guard
licensing and MPs' constituency newsletters. Shapes: one-line chat questions,
label/value forms (consent, starter, fitness and equality-monitoring forms),
forwarded and quoted mail threads (an English orchestra and a Polish zoo HR
thread of 1,150 to 1,400 characters), works-council minutes, testimonials and
documentary teasers, and a Spanish frame with a Portuguese form pasted in. The
code module holds dbt profiles, Kafka client properties, Maven ``settings.xml``,
Composer ``auth.json``, ``.pypirc``, ``rclone.conf``, Home Assistant secrets, an
Airflow task log, Express, Play (HOCON), OpenResty Lua, R ``.Renviron``, a CI
curl log with a JWT, a pasted EC key and a Twilio script, next to clean Pulumi
(encrypted values), Nomad with Vault templates, Caddy, Grafana, Fluent Bit,
supervisor, HAProxy, Rust, SQL seeds, GitHub Actions and Gradle config
(placeholders, mosquitto hashes, UUIDs, digests and env-var names stay
unlabelled). Each language has at least 8 support, 8 HR and 8 marketing texts
and one docs text (English two); about 44 % of the texts hold no labelled span.
Its records have ``"source": "written"``.
The twenty-first split, ``fresh15``, is written by hand the same way (``fresh15_texts_*.py``) by a
further author who read neither the recognizers nor their data nor any earlier split's texts. Settings:
island ferries (assisted boarding), a railway-maintenance contractor (safety medicals, vetting), a bakery
franchise, orchestras (works councils, a grievance), vineyards' harvest crews, zoos, an esports team, dive
centres, tattoo studios, riding stables, heat-pump installers, hair salons, a film festival's accreditation
desk and chess clubs. Shapes: mails and threads with quoted history, one-line and timestamped chats, tickets,
label/value forms, CSV rows, minutes, CVs, testimonials, prompts quoting another language; the code module
(dbt, Airflow, Kafka JAAS, rclone, Nomad, Caddy, HAProxy, Pulumi, Deno, Lua ...) is about half credentials.
222 texts, about 41 % with no labelled span; at least 8 support, HR and marketing texts per language.
The twenty-second split, ``fresh16``, is written by hand the same way (``fresh16_texts_*.py``) by a
further author who read neither the recognizers nor their data nor any earlier split's texts. Settings:
district-heating and gas emergency desks, smart-meter and water-meter rollouts, building-permit and
vehicle-registration offices, waste collection and recycling centres, steelworks, a cement plant, a coal mine,
chemical parks and a refinery (occupational-health fitness notes, turnstile fingerprint, face and iris
enrolment, vetting), bus and tram depots, ports, rail freight and inland logistics hubs, tunnel and bridge
sites. Shapes: one-line rewrite and classify prompts, complaint mails with quoted history (a Polish heating
thread of about 1,200 characters), timestamped chats, direct-debit forms, works-council minutes, CSV equality
exports, CV extracts, staff portraits; the code module (OPC UA, Node-RED, MQTT, telematics cron, Grafana,
Helm, Terraform, Twilio ...) is about half credentials. 220 texts, about 45 % with no labelled span; at
least 8 support, HR and marketing texts per language.

The twenty-third split, ``fresh17``, is written by hand the same way (``fresh17_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. Settings: retail,
hospitality, media, food and insurance: household, travel, income-protection, pet, car and funeral insurance
claims, guesthouses, agritourism farms and holiday parks, regional newspapers' subscriptions, book publishers
and bookshops, cheese dairies, olive mills, orchards and harvest crews, farm shops, wine cooperatives and online
grocery boxes. Shapes: guest mails, claim summaries, timestamped chats, label/value forms, a CSV fixture with
identifiers of five countries, CVs, absence notes, testimonials and CRM segments; the code module (Terraform,
GitHub Actions, Helm, nginx, Twilio, Vault, cron, SQL ...) is about half credentials. 203 texts, about 46 % with
no labelled span; at least 8 support, HR and marketing texts per language.

The twenty-fourth split, ``fresh18``, is written by hand the same way (``fresh18_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. Settings: public life and
learning: primary and secondary schools and their parents, universities' student services and exam offices,
adult-education colleges, public libraries, museums, municipal offices (parking permits, civil registry, social
services, voter registration), sports clubs and gyms, Catholic, Protestant and Orthodox parishes and a
Kingdom Hall, political parties' local branches, NGOs and food banks, local elections, volunteer organisations
and youth camps. Shapes: parent-teacher messages (ParentMail, Sdui, Pronote, ClasseViva, Tokapp, Parro, Librus),
camp and enrolment forms, timestamped helpdesk chats, volunteer rosters as CSV, minutes of staff and school
councils, new-starter forms, grievance and vetting notes, a forwarded sick-leave thread of about 1,200
characters, donor stories, testimonials, party newsletters and docs on postal voting, proxy votes, e-lending and
interlibrary loans; the code module (Moodle, Koha, GitHub Actions, Kubernetes, Terraform, Helm, Twilio, Slack,
SendGrid, cron, SQL ...) is about half credentials. 209 texts, about 44 % with no labelled span; at least 8
support, HR and marketing texts per language.

The twenty-fifth split, ``fresh19``, is written by hand the same way (``fresh19_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. Settings: trades and
professional services: construction and renovation firms, electricians, plumbers and heating engineers, car
workshops and dealerships, removals and logistics, accountancy and tax advisers, law offices and notaries,
estate agents, letting agents and property managers, cleaning and facility services, security firms and temp
agencies. Shapes: job tickets and work orders, site and incident reports, quotes, tenancy and deposit mails with
quoted history (an English damp thread and a Polish leak thread of 1,300 to 1,450 characters), timestamped chats,
new-starter and payroll-exception forms, vetting results, return-to-work and occupational-health notes,
works-council minutes, CVs, testimonials, staff portraits and listing copy; the code module (Django env,
AWS credentials, PHP, Compose, Terraform, Slack, Kubernetes, nginx, Helm, GitLab CI, an SQL dump of workers, a
time-clock CSV ...) is about half credentials. 209 texts, about 42 % with no labelled span; at least 8 support,
HR and marketing texts per language.

The twenty-sixth split, ``fresh20``, is written by hand the same way (``fresh20_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. Settings: money and
finance: retail and private banks, savings banks, Volksbanken, SKOKs and credit unions (account opening, hardship
and vulnerable-customer notes, fraud, phishing and chargebacks), mortgage and loan brokers, debt-advice charities
and debt collectors, pawnshops and the Monte dei Pegni, payroll bureaus and pension administrators, life,
income-protection, BU and AOV underwriting (medical questionnaires), crowdfunding and crypto platforms, tax-return
apps and freelancers' accountants, DUO and BAföG offices. Shapes: one-line chat questions, prompts that summarise,
translate or classify pasted call notes and complaints (a Polish note to be put into English), account-opening
e-mails, timestamped chats, label/value questionnaires and starter forms, a payroll correction list and an Austrian
Lohnverrechnung sheet, minutes of works councils and collections teams, CVs, grievance, BEM and vetting notes,
testimonials, staff portraits, newsletters and landing copy, an English hardship thread and a Polish BLIK-fraud
thread of 1,280 to 1,430 characters; the code module (Django settings, .env, AWS profiles, Kubernetes secrets,
Terraform, GitHub Actions, GitLab CI, Helm, PHP, Slack, OpenAI, an SQL dump of hardship cases, a payroll CSV,
a SEPA fixture, logs and a traceback ...) is about half credentials. 215 texts, about 40 % with no labelled span;
at least 8 support, HR and marketing texts per language.

The twenty-seventh split, ``fresh21``, is written by hand the same way (``fresh21_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. Settings: tech and
platforms: SaaS customer-success and trust-and-safety desks, game studios (player support, moderation, bans and
appeals), telecom operators (SIM swaps, number porting, roaming bills), hosting providers and data centres
(access badges, biometric enrolment, on-call rotas), ride-hailing and food-delivery couriers (onboarding,
accidents, deactivation appeals), online-learning and recruitment platforms, IT outsourcing helpdesks and
incident response. Shapes: one-line chat questions, timestamped support and moderation chats, prompts to
summarise, translate, rewrite, extract or classify with pasted material (often across languages), e-mails with
signatures and quoted history (an English incident-response thread and a Polish SIM-swap thread of about 1,340
characters), port-in, onboarding, consent and vetting forms, candidate CSV rows, works-council minutes, CVs,
testimonials, staff portraits, newsletters and listing copy, and docs on number porting, SIM duplicates and
on-call schedules; the code module (Django env, AWS profile, GitHub Actions, Node, Slack, OpenAI, Android,
gateway logs, .NET appsettings, Ansible, an SQL dump of couriers, PHP, Compose, Java and Go traces,
Kubernetes, Terraform, Helm, GitLab CI, nginx, Prometheus, Dockerfile, Cargo, Kotlin ...) is about half
credentials. 231 texts, about 43 % with no labelled span; at least 8 support, HR and marketing texts per
language.

The twenty-eighth split, ``fresh22``, is written by hand the same way (``fresh22_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. Settings: health and
care: care homes and home-care services, physiotherapy, dental and optician practices, hearing-aid shops,
community pharmacies, ambulance and patient-transport services, psychotherapy and counselling practices (the
admin side: appointments, invoices, waiting lists), fertility and maternity clinics, blood and plasma donation
centres, disability support services and sheltered workshops, health insurers' and mutuelles' customer
service, hospital HR (night shifts, vaccination status, occupational health) and medical-device support
desks. Shapes: one-line chat questions, timestamped chats, prompts to summarise, translate, rewrite, extract
or classify with pasted material (sometimes across languages), e-mails with signatures and quoted history,
label/value intake and donor forms, CSV rows, minutes, CVs, testimonials, staff portraits, newsletters,
landing copy and FAQs, and a long English care-home complaint thread over 1,200 characters; the code module
(a clinic booking app's settings and .env, HL7 and FHIR integration configs, a pharmacy stock system,
care-roster exports, an HL7 ADT message, a waiting-list SQL dump, Terraform, GitHub Actions ...) is about half
credentials. 205 texts, about 43 % with no labelled span; at least 8 support, HR and marketing texts per language.

The twenty-ninth split, ``fresh23``, is written by hand the same way (``fresh23_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. Settings: mobility, travel
and migration: airlines and airports (special assistance, lost luggage, crew medicals and rosters), rail and coach
operators, driving schools, car rental and EV charging, bike and scooter sharing, freight forwarders and customs
brokers, travel agencies and tour operators (pilgrimage tours, school trips), language schools and integration
courses, asylum and migration counselling NGOs, relocation agencies, international schools, consulates'
appointment desks and interpreters' agencies. Shapes: one-line chat questions, timestamped chats, prompts to
summarise, translate, rewrite, extract or classify pasted material (often across languages), e-mails with
signatures and quoted history, label/value forms (special-assistance requests, enrolment and intake sheets),
CSV rows, minutes, CVs, testimonials, staff portraits, newsletters, landing copy, FAQs and docs; the code module
(booking engines, GDS and airline APIs, fleet telematics, ticketing back ends, visa-appointment portals: .env,
AWS profile, Terraform, GitHub Actions, GitLab CI, Node, Slack, OpenAI, Google Maps, .NET appsettings, Kubernetes,
Helm, PHP, an SQL dump of special-assistance passengers, a SEPA fixture, GDS and payment logs, a traceback ...) is
about half credentials. 218 texts, about 43 % with no labelled span; at least 8 support, HR and marketing texts
per language.

The thirtieth split, ``fresh24``, is written by hand the same way (``fresh24_texts_*.py``) by another author
who read neither the recognizers nor their data nor any earlier split's texts. It is a validation split
(``VALIDATION_SPLITS``): its aggregate scores choose between engine variants, so nobody tunes on its single
texts. Settings: research, science and industry: university research groups and their admin (grant offices,
ethics committees, lab safety), clinical-trial sites and CROs (recruitment, visit scheduling, reimbursements,
SAE reports), biobanks and genetic-testing labs (consent and withdrawal, results letters, carrier screening),
sports science and anti-doping (TUEs, whereabouts), patent offices, pharmaceutical and chemical manufacturing
(GMP, deviations, shift rosters, occupational health, works councils and union reps), automotive and aerospace
suppliers (security and export-control vetting), semiconductor fabs (cleanroom access with fingerprint and iris
readers), apprenticeships and trade fairs. Shapes: one-line chat questions, timestamped chats (a lab-safety
desk, fab security, a blister-line deviation), prompts to summarise, translate, rewrite or extract pasted
material (often across languages: a Portuguese genetics mail in a Spanish frame, Polish and Dutch letters under
English instructions), e-mails with signatures and quoted history (a German BEM thread and a Polish
dismissal-and-union thread of about 1,470 characters), label/value forms (starter, fitness-for-work,
vetting and biometric-consent forms), minutes of works councils, RSU and comités, CVs, testimonials, staff
portraits, newsletters, landing copy and docs on gowning, ELN audit trails, GMP, deviations, biobanks, CPPs,
METCs and GLP; generic genetic-testing, trial-recruitment, union pay-round and sports-lab copy stays
unlabelled. The code module (LIMS and ELN integrations, lab-instrument drivers, MES, OPC UA and SCADA
configs, Slurm job scripts, Jupyter configs, R targets and Python pipelines: .env, .Renviron, GitHub Actions,
Kubernetes, Terraform, Prometheus, Dockerfile, an SQL dump of prescreened trial patients, a reimbursement
fixture, gateway and MES logs, tracebacks ...) is about half credentials. 211 texts, about 45 % with no
labelled span; at least 8 support, HR and marketing texts per language.
The thirty-first split, ``fresh25``, is written by hand the same way (``fresh25_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. It is a validation split (``VALIDATION_SPLITS``):
aggregate scores on it choose between engine variants, so nobody reads its texts to tune a rule. Settings: civil
society, politics and media: political parties' local branches (membership dues, canvassing, donations), MPs'
and councillors' constituency offices, trade unions' member services (strike pay, legal help, dues), churches,
a mosque, a synagogue and an Orthodox parish (registrations, rotas, donations, baptisms, a nikah), charities and
volunteering platforms, refugee and LGBTQ+ support groups, newsrooms (tips, corrections, right to be forgotten,
source protection), polling and panel firms, petition sites, community centres and youth clubs and amateur
sports federations. Shapes: one-line chat questions, timestamped chats, prompts to summarise, translate,
rewrite or classify pasted material (often across languages), e-mails with signatures and quoted history (an
English strike-pay thread and a Polish union legal-help thread over 1,200 characters), label/value forms,
CSV rows, minutes, CVs, grievance and BEM notes, testimonials, staff portraits, candidate profiles, newsletters,
parish notices, landing copy and FAQs; generic union, party, faith and health copy with no person behind it
stays unlabelled. The code module (donor-CRM .env and Django settings, GitHub Actions, Terraform, Kubernetes,
an OpenAI script, Dockerfile, an SQL dump of parish donors, a party-membership CSV, ticketing logs, dues-billing
tracebacks, survey YAML, Compose, Ansible, .npmrc, an event fixture, Mailgun PHP config, a Twilio phone-bank
script, cron, an SQL migration ...) is about half credentials. 208 texts, about 45 % with no labelled span; at
least 8 support, HR and marketing texts per language.

The thirty-second split, ``fresh26``, is written by hand the same way (``fresh26_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. It is a held-out split
(``HELD_OUT_SPLITS``): the next round's honest measurement, so nobody reads its texts to tune a rule. Settings:
justice and the public sector: court registries and witness services, probation and prison administration
(visits, education, healthcare requests), police non-emergency and lost-property desks, tax offices,
social-security and pension offices, employment agencies and job centres, child-protection and youth services,
legal-aid and victim-support charities, land registries and electoral offices. Shapes: one-line chat questions,
timestamped chats, prompts to summarise, translate, rewrite, extract or classify pasted material (often across
languages), e-mails with signatures and quoted history, label/value forms, CSV rows, minutes, CVs,
testimonials, staff portraits, newsletters, landing copy and FAQs; generic court, benefits and health copy with
no person behind it stays unlabelled. The code module (case-management .env and settings, e-filing API clients,
benefits back ends, appointment schedulers, document templates, audit-log pipelines, CI, Terraform, Kubernetes,
Dockerfiles, SQL dumps, logs, tracebacks, fixtures) is about half credentials. About 210 texts, 35-50 % with no
labelled span; at least 8 support, HR and marketing texts per language.
The next split, ``fresh27``, is written by hand the same way (``fresh27_texts_*.py``) by another
author who read neither the recognizers nor their data nor any earlier split's texts. It is a held-out split
(``HELD_OUT_SPLITS``): the next round's honest measurement. Settings: leisure and personal life: dating and
matchmaking apps (trust and safety, profile moderation), wedding planners, funeral homes and memorial pages,
beauty salons, spas and cosmetic clinics, personal trainers and gyms, music and dance schools, summer camps,
pet sitters, household staff agencies (nannies, cleaners, carers), genealogy and DNA-ancestry services,
astrology and wellness coaches and second-hand marketplaces. Shapes: one-line chat questions, timestamped
chats, prompts to summarise, translate, rewrite, extract or classify pasted material (often across
languages), e-mails with signatures and quoted history (a Polish wedding-planning thread over 1,200
characters), label/value forms (funeral orders, staff records), minutes, CVs, testimonials, staff portraits,
newsletters, landing copy, horoscopes, FAQs and docs; generic DNA-test, spa, camp and horoscope copy with no
person behind it stays unlabelled. The code module (booking-widget .env and .npmrc, matchmaking Django
settings, GitHub Actions, Terraform, Kubernetes, Dockerfile, an SQL dump of nanny candidates, a spa CRM CSV
export, payment-webhook logs, a scoring traceback, Slack moderation alerts, a camp fixture, a JWT request,
campaign cron ...) is about half credentials. 209 texts, about 49 % with no labelled span; at least 8
support, HR and marketing texts per language.

Record format: ``{"id", "split", "language", "kind", "full_text", "spans":
[{"entity_type", "start_position", "end_position"}], "expected_level",
"source"}``; ``expected_level`` is the highest level of the gold spans in
Custos' default mapping (PUBLIC when there are none).
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from classifier.devcorpus import (
    blind_phrases_code,
    blind_values,
    exam_phrases_code,
    exam_values,
    final2_phrases_code,
    final2_values,
    final_phrases_code,
    final_values,
    fresh2_phrases_code,
    fresh2_values,
    fresh_phrases_code,
    fresh_values,
    ids,
    packages,
    values,
)
from classifier.devcorpus.phrases_code import CODE_CLEAN, CODE_SECRET
from classifier.devcorpus.values import LANGUAGES, split_pool
from classifier.levels import DEFAULT_LEVELS, LevelMapping
from classifier.types import SensitivityLevel

HERE = Path(__file__).resolve().parent
T = TypeVar("T")
SPLITS = (
    "dev",
    "holdout",
    "test",
    "exam",
    "final",
    "blind",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
)
# Splits written whole by hand, one module per language (<prefix>_<language>.py) plus <prefix>_code.py.
WRITTEN_SPLITS = {
    "fresh3": "fresh3_texts",
    "fresh4": "fresh4_texts",
    "fresh5": "fresh5_texts",
    "fresh6": "fresh6_texts",
    "fresh7": "fresh7_texts",
    "fresh8": "fresh8_texts",
    "fresh9": "fresh9_texts",
    "fresh10": "fresh10_texts",
    "fresh11": "fresh11_texts",
    "fresh12": "fresh12_texts",
    "fresh13": "fresh13_texts",
    "fresh14": "fresh14_texts",
    "fresh15": "fresh15_texts",
    "fresh16": "fresh16_texts",
    "fresh17": "fresh17_texts",
    "fresh18": "fresh18_texts",
    "fresh19": "fresh19_texts",
    "fresh20": "fresh20_texts",
    "fresh21": "fresh21_texts",
    "fresh22": "fresh22_texts",
    "fresh23": "fresh23_texts",
    "fresh24": "fresh24_texts",
    "fresh25": "fresh25_texts",
    "fresh26": "fresh26_texts",
    "fresh27": "fresh27_texts",
    "fresh28": "fresh28_texts",
    "fresh29": "fresh29_texts",
}
# Splits with their own blocks and pools (<prefix>_*.py), used whole.
OWN_MODULES = {
    "test": "final",
    "exam": "exam",
    "final": "final2",
    "blind": "blind",
    "fresh": "fresh",
    "fresh2": "fresh2",
}
OWN_CODE = {
    "test": final_phrases_code,
    "exam": exam_phrases_code,
    "final": final2_phrases_code,
    "blind": blind_phrases_code,
    "fresh": fresh_phrases_code,
    "fresh2": fresh2_phrases_code,
}
OWN_VALUES = {
    "test": final_values,
    "exam": exam_values,
    "final": final2_values,
    "blind": blind_values,
    "fresh": fresh_values,
    "fresh2": fresh2_values,
}
# Texts per language and split, and the share of PII-free ones.
KIND_SIZES = {"support": 56, "hr": 50, "code": 44, "marketing": 50}
CLEAN_SHARE = 0.4
PACKAGE_CHUNKS_PER_SPLIT = 75

PLACEHOLDER = re.compile(r"<<([A-Z0-9_]+)>>")

TERM_TYPES = {
    "HEALTH": "HEALTH_DATA",
    "PREGNANCY": "HEALTH_DATA",
    "MEDICATION": "HEALTH_DATA",
    "DISABILITY": "HEALTH_DATA",
    "TREATMENT": "HEALTH_DATA",
    "RELIGION": "RELIGIOUS_BELIEF",
    "UNION": "TRADE_UNION_MEMBERSHIP",
    "ORIENTATION": "SEX_LIFE_ORIENTATION",
    "ETHNIC": "ETHNIC_ORIGIN",
    "POLITICAL": "POLITICAL_OPINION",
    "BIOMETRIC": "BIOMETRIC_DATA",
    "GENETIC": "GENETIC_DATA",
    "CRIMINAL": "CRIMINAL_RECORD",
}
SECRET_TYPES: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "PASSWORD": ("PASSWORD", ids.password),
    "AWS_ACCESS_KEY": ("AWS_ACCESS_KEY", ids.aws_access_key),
    "AWS_SECRET_KEY": ("AWS_SECRET_KEY", ids.aws_secret_key),
    "GITHUB_TOKEN": ("GITHUB_TOKEN", ids.github_token),
    "STRIPE_KEY": ("STRIPE_KEY", ids.stripe_key),
    "SLACK_TOKEN": ("SLACK_TOKEN", ids.slack_token),
    "OPENAI_API_KEY": ("OPENAI_API_KEY", ids.openai_key),
    "GOOGLE_API_KEY": ("GOOGLE_API_KEY", ids.google_api_key),
    "JWT": ("JWT", ids.jwt),
    "PRIVATE_KEY": ("PRIVATE_KEY", ids.private_key),
    "SECRET_KEY": ("GENERIC_SECRET", ids.django_secret_key),
    "AZURE_STORAGE_KEY": ("AZURE_KEY", ids.azure_storage_key),
    "MAILGUN_API_KEY": ("API_KEY", ids.mailgun_key),
    "SENDGRID_API_KEY": ("API_KEY", ids.sendgrid_key),
    "TWILIO_API_KEY": ("API_KEY", ids.twilio_key),
}
ID_TYPES = {
    "en": ("IE_PPSN", "UK_NINO", "IE_PPSN", "UK_NINO", "PL_PESEL", "PT_NIF"),
    "de": ("DE_TAX_ID", "DE_ID_CARD", "AT_SVNR"),
    "fr": ("FR_NIR", "FR_NIR", "BE_NATIONAL_NUMBER"),
    "it": ("IT_FISCAL_CODE",),
    "es": ("ES_NIF", "ES_NIF", "ES_NIE", "PT_NIF"),
    "nl": ("NL_BSN", "NL_BSN", "BE_NATIONAL_NUMBER"),
    "pl": ("PL_PESEL",),
}
IBAN_COUNTRIES = {
    "en": ("GB", "IE"),
    "de": ("DE", "DE", "AT", "CH"),
    "fr": ("FR", "FR", "BE", "LU"),
    "it": ("IT",),
    "es": ("ES", "ES", "PT"),
    "nl": ("NL", "NL", "BE"),
    "pl": ("PL",),
}
CODE_NEUTRAL = {
    "USER": ("app", "deploy", "svc_billing", "postgres", "readonly", "etl"),
    "HOST": ("db.internal", "cache-01", "localhost", "redis", "pg-primary.svc"),
}


def phrasebook(language: str, split: str = "dev") -> ModuleType:
    prefix = f"{OWN_MODULES[split]}_phrases" if split in OWN_MODULES else "phrases"
    return importlib.import_module(f"classifier.devcorpus.{prefix}_{language}")


def pool(items: Sequence[T], split: str, *, offset: int = 0) -> list[T]:
    """The split's share of a block list or value pool: a split with its own modules owns its pools whole."""
    return list(items) if split in OWN_MODULES else split_pool(items, split, offset=offset)


def value_source(split: str) -> ModuleType:
    return OWN_VALUES.get(split, values)


@dataclass
class Persona:
    """One made-up person; placeholders in a text refer to the same person."""

    first: str
    last: str
    female: bool
    birth: tuple[int, int, int]
    values: dict[str, str] = field(default_factory=dict)


def make_persona(rng: random.Random, language: str, split: str, book: ModuleType) -> Persona:
    source = value_source(split)
    female_names, male_names, surnames = source.NAMES[language]
    female = rng.random() < 0.5
    first = rng.choice(pool(female_names if female else male_names, split))
    last = rng.choice(pool(surnames, split))
    birth = (rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
    person = Persona(first, last, female, birth)
    id_type = rng.choice(ID_TYPES[language])
    person.values = {
        "ID_TYPE": id_type,
        "ID_LABEL": rng.choice(pool(book.ID_LABELS[id_type], split, offset=LANGUAGES.index(language))),
        "ID": make_id(rng, id_type, person),
        "EMAIL": source.email_for(rng, first, last, language),
        "PHONE": source.phone(rng, language),
        "ADDRESS": source.address(rng, language, split),
        "DOB": source.written_date(rng, language, birth),
        "IBAN": ids.iban(rng, rng.choice(IBAN_COUNTRIES[language]), separator=rng.choice((" ", " ", " ", "", "-"))),
        "CARD": ids.credit_card(rng),
    }
    return person


def make_id(rng: random.Random, id_type: str, person: Persona) -> str:
    makers: dict[str, Callable[[], str]] = {
        "IE_PPSN": lambda: ids.ie_ppsn(rng),
        "UK_NINO": lambda: ids.uk_nino(rng),
        "PL_PESEL": lambda: ids.pl_pesel(rng, person.birth, person.female),
        "PT_NIF": lambda: ids.pt_nif(rng),
        "DE_TAX_ID": lambda: ids.de_tax_id(rng),
        "DE_ID_CARD": lambda: ids.de_id_card(rng),
        "AT_SVNR": lambda: ids.at_svnr(rng, person.birth),
        "FR_NIR": lambda: ids.fr_nir(rng, person.birth, person.female),
        "BE_NATIONAL_NUMBER": lambda: ids.be_national_number(rng, person.birth),
        "IT_FISCAL_CODE": lambda: ids.it_fiscal_code(person.first, person.last, person.birth, person.female, rng),
        "ES_NIF": lambda: ids.es_dni(rng),
        "ES_NIE": lambda: ids.es_nie(rng),
        "NL_BSN": lambda: ids.nl_bsn(rng),
    }
    return makers[id_type]()


class Filler:
    """Fills placeholders of one text and records the spans of the labelled ones."""

    def __init__(self, rng: random.Random, language: str, split: str) -> None:
        self.rng, self.language, self.split = rng, language, split
        self.book = phrasebook(language, split)
        self.source = value_source(split)
        self.offset = LANGUAGES.index(language)
        self.person = make_persona(rng, language, split, self.book)
        self.other = make_persona(rng, language, split, self.book)
        self.text = ""
        self.spans: list[dict[str, Any]] = []

    def add(self, template: str) -> None:
        position = 0
        for match in PLACEHOLDER.finditer(template):
            self.text += template[position : match.start()]
            value, entity_type = self.value(match.group(1))
            if entity_type:
                self.spans.append(
                    {
                        "entity_type": entity_type,
                        "start_position": len(self.text),
                        "end_position": len(self.text) + len(value),
                    }
                )
            self.text += value
            position = match.end()
        self.text += template[position:]

    def embed(self, other: Filler) -> None:
        """Append another filler's text (a quote in another language, about its own people) with its spans."""
        shift = len(self.text)
        self.spans.extend(
            {**span, "start_position": span["start_position"] + shift, "end_position": span["end_position"] + shift}
            for span in other.spans
        )
        self.text += other.text

    def value(self, key: str) -> tuple[str, str | None]:
        rng, p, o = self.rng, self.person, self.other
        if key == "NAME":
            return f"{p.first} {p.last}", "PERSON"
        if key == "NAME2":
            return f"{o.first} {o.last}", "PERSON"
        if key == "FIRST":
            return p.first, "PERSON"
        if key == "LAST":
            return p.last, "PERSON"
        if key in {"EMAIL2", "PHONE2"}:
            return o.values[key[:-1]], {"EMAIL2": "EMAIL_ADDRESS", "PHONE2": "PHONE_NUMBER"}[key]
        simple = {
            "EMAIL": "EMAIL_ADDRESS",
            "PHONE": "PHONE_NUMBER",
            "ADDRESS": "STREET_ADDRESS",
            "DOB": "DATE_OF_BIRTH",
            "IBAN": "IBAN_CODE",
            "CARD": "CREDIT_CARD",
        }
        if key in simple:
            return p.values[key], simple[key]
        if key == "ID":
            return p.values["ID"], p.values["ID_TYPE"]
        if key == "ID_LABEL":
            return p.values["ID_LABEL"], None
        if key == "BASIC_AUTH":
            return ids.basic_auth(rng, rng.choice(CODE_NEUTRAL["USER"])), "PASSWORD"
        if key in SECRET_TYPES:
            entity_type, maker = SECRET_TYPES[key]
            maker = getattr(self.source, "SECRET_MAKERS", {}).get(key, maker)
            return maker(rng), entity_type
        if key in TERM_TYPES:
            return rng.choice(pool(self.book.TERMS[key], self.split, offset=self.offset)), TERM_TYPES[key]
        if key == "COMMENT":
            return rng.choice(pool(self.book.PHRASES["comment"], self.split, offset=self.offset)), None
        neutral = OWN_CODE[self.split].CODE_NEUTRAL if self.split in OWN_CODE else CODE_NEUTRAL
        if key in neutral:
            return rng.choice(neutral[key]), None
        return self.source.clean_value(rng, key, self.language, self.split), None


def _pick(rng: random.Random, book: ModuleType, name: str, split: str) -> str:
    return str(rng.choice(_phrases(book, name, split)))


def _phrases(book: ModuleType, name: str, split: str) -> list[str]:
    offset = LANGUAGES.index(book.__name__.rsplit("_", 1)[-1])
    return pool(book.PHRASES[name], split, offset=offset)


def _blocks(
    rng: random.Random, book: ModuleType, split: str, clean: str, pii: list[str], *, with_pii: bool, most: int
) -> list[str]:
    """Body blocks: clean ones, plus at least one PII block (from the lists in ``pii``) when ``with_pii``."""
    pool = _phrases(book, clean, split)
    blocks = rng.sample(pool, min(rng.randint(1, most), len(pool)))
    if with_pii:
        for _ in range(rng.randint(1, 2)):
            blocks.insert(rng.randint(0, len(blocks)), _pick(rng, book, rng.choice(pii), split))
        if rng.random() < 0.3:  # national IDs are rare in the block lists: give them a fair share
            with_id = [t for name in ("support_pii", "hr_pii") for t in _phrases(book, name, split) if "<<ID>>" in t]
            blocks.insert(rng.randint(0, len(blocks)), rng.choice(with_id))
    return blocks


def compose(
    rng: random.Random, language: str, kind: str, split: str, *, with_pii: bool
) -> tuple[str, list[dict[str, Any]]]:
    filler = Filler(rng, language, split)
    book = filler.book
    shape = rng.random()
    if kind == "code":
        if split in OWN_CODE:
            templates = OWN_CODE[split].CODE_SECRET if with_pii else OWN_CODE[split].CODE_CLEAN
        else:
            templates = CODE_SECRET if with_pii else CODE_CLEAN
        template = rng.choice(pool(templates, split))
        filler.add(template)
        return filler.text, filler.spans
    if split in MIXED_SPLITS:
        compose_mixed(rng, filler, kind, split, shape, with_pii=with_pii)
        return filler.text, filler.spans
    if kind == "support":
        if shape < 0.15:  # a one-liner
            parts = _blocks(rng, book, split, "support_clean", ["support_pii", "art9"], with_pii=with_pii, most=1)[-1:]
            if with_pii and not PLACEHOLDER_PII.search(parts[0]):
                parts = [_pick(rng, book, "support_pii", split)]
        else:
            greet = _pick(rng, book, "greet_name" if with_pii and rng.random() < 0.5 else "greet", split)
            body = _blocks(
                rng, book, split, "support_clean", ["support_pii", "support_pii", "art9"], with_pii=with_pii, most=6
            )
            sign = _pick(rng, book, "sign" if with_pii and rng.random() < 0.6 else "sign_clean", split)
            parts = [
                greet,
                "",
                " ".join(body) if rng.random() < 0.5 else "\n\n".join(body),
                "",
                _pick(rng, book, "close", split),
                sign,
            ]
    elif kind == "hr":
        if with_pii and shape < 0.4:
            parts = [
                _pick(rng, book, "hr_pii", split),
                *_blocks(rng, book, split, "hr_clean", ["art9"], with_pii=rng.random() < 0.5, most=3),
            ]
        else:
            parts = _blocks(rng, book, split, "hr_clean", ["hr_pii", "art9", "art9"], with_pii=with_pii, most=7)
    else:
        parts = _blocks(rng, book, split, "marketing_clean", ["marketing_pii"], with_pii=with_pii, most=9)
    separator = "\n" if kind != "marketing" or rng.random() < 0.5 else " "
    for index, part in enumerate(parts):
        if index:
            filler.add(separator)
        filler.add(part)
    return filler.text, filler.spans


# Splits whose texts also come as chat one-liners, long threads and quotes in a second language
# (compose_mixed); the language quoted most often by writers of each frame language.
MIXED_SPLITS = frozenset({"fresh2"})
QUOTED_LANGUAGES = {
    "en": ("de", "fr", "it", "es", "nl", "pl"),
    "de": ("en", "pl", "it", "fr"),
    "fr": ("en", "nl", "es", "de"),
    "it": ("en", "de", "fr"),
    "es": ("en", "fr", "it"),
    "nl": ("en", "de", "fr"),
    "pl": ("en", "de"),
}


def compose_mixed(rng: random.Random, filler: Filler, kind: str, split: str, shape: float, *, with_pii: bool) -> None:
    """Texts of a mixed split: chat one-liners, mails, long threads (8-20 lines) and quotes in a second language.

    A quote comes from the other language's phrase book and is filled with a
    person of that language (the writer being quoted); the frame around it
    stays in the record's language. A text with PII has at least one
    labelled block, in the frame or in the quote.
    """
    book = filler.book
    pii_lists = {"support": ["support_pii", "support_pii", "art9"], "hr": ["hr_pii", "art9", "art9"]}.get(
        kind, ["marketing_pii"]
    )
    clean_list = f"{kind}_clean"

    def quote(pii: bool) -> Filler:
        other = Filler(rng, rng.choice(QUOTED_LANGUAGES[filler.language]), split)
        other.add(_pick(rng, other.book, rng.choice(pii_lists) if pii else clean_list, split))
        return other

    def add_lines(parts: list[str], separator: str = "\n") -> None:
        for index, part in enumerate(parts):
            if index:
                filler.add(separator)
            filler.add(part)

    if kind != "marketing" and shape < 0.18:  # a chat one-liner
        filler.add(_pick(rng, book, "chat_pii" if with_pii else "chat_clean", split))
        return
    quote_share, long_share = (0.12, 0.4) if kind == "marketing" else (0.32, 0.5)
    if shape < quote_share:  # the frame quotes someone writing in another language
        pii_in_quote = with_pii and rng.random() < 0.7
        filler.add(_pick(rng, book, f"quote_{kind}", split))
        filler.add("\n\n")
        filler.embed(quote(pii_in_quote))
        filler.add("\n\n")
        if with_pii and not pii_in_quote:
            filler.add(_pick(rng, book, rng.choice(pii_lists), split))
        else:
            filler.add(_pick(rng, book, clean_list, split))
        if kind == "support":
            filler.add("\n\n")
            add_lines([_pick(rng, book, "close", split), _pick(rng, book, "sign_clean", split)])
        return
    if shape < long_share:  # a long thread or document: many blocks, one per paragraph
        blocks = _blocks(rng, book, split, clean_list, pii_lists, with_pii=with_pii, most=9)
        while len(blocks) < 5:
            blocks.insert(rng.randint(0, len(blocks)), _pick(rng, book, clean_list, split))
        if kind == "support":
            blocks.insert(0, _pick(rng, book, "thread_head", split))
            blocks.append(_pick(rng, book, "sign" if with_pii and rng.random() < 0.5 else "sign_clean", split))
        add_lines(blocks)
        return
    if kind == "support":
        greet = _pick(rng, book, "greet_name" if with_pii and rng.random() < 0.5 else "greet", split)
        body = _blocks(rng, book, split, clean_list, pii_lists, with_pii=with_pii, most=4)
        sign = _pick(rng, book, "sign" if with_pii and rng.random() < 0.6 else "sign_clean", split)
        add_lines(
            [
                greet,
                "",
                " ".join(body) if rng.random() < 0.4 else "\n\n".join(body),
                "",
                _pick(rng, book, "close", split),
                sign,
            ]
        )
    elif kind == "hr" and with_pii and shape < 0.7:
        add_lines(
            [
                _pick(rng, book, "hr_pii", split),
                *_blocks(rng, book, split, clean_list, ["art9"], with_pii=rng.random() < 0.4, most=3),
            ]
        )
    else:
        blocks = _blocks(rng, book, split, clean_list, pii_lists, with_pii=with_pii, most=6)
        add_lines(blocks, "\n" if kind != "marketing" or rng.random() < 0.5 else " ")


PLACEHOLDER_PII = re.compile(
    r"<<(?!(?:ID_LABEL|COMMENT|USER|HOST)>>)(?:NAME|FIRST|LAST|EMAIL|PHONE|ADDRESS|DOB|IBAN|CARD|ID|PASSWORD|"
    + "|".join(TERM_TYPES)
    + r")"
)


def expected_level(spans: list[dict[str, Any]], mapping: LevelMapping) -> str:
    level = max((mapping.rule_for(s["entity_type"]).level for s in spans), default=SensitivityLevel.PUBLIC)
    return level.name


def generate_split(split: str, *, package_chunks: int = PACKAGE_CHUNKS_PER_SPLIT) -> list[dict[str, Any]]:
    if split in WRITTEN_SPLITS:
        return written_split(split)
    rng = random.Random(f"custos-devcorpus-{split}")
    mapping = LevelMapping(DEFAULT_LEVELS)
    records: list[dict[str, Any]] = []
    for language in LANGUAGES:
        for kind, size in KIND_SIZES.items():
            clean_count = round(size * CLEAN_SHARE)
            for index in range(size):
                text, spans = compose(rng, language, kind, split, with_pii=index >= clean_count)
                records.append(
                    {
                        "id": f"{split}-{language}-{kind}-{index:03d}",
                        "split": split,
                        "language": language,
                        "kind": kind,
                        "full_text": text,
                        "spans": spans,
                        "expected_level": expected_level(spans, mapping),
                        "source": "generated",
                    }
                )
    for index, (source, kind, text) in enumerate(packages.chunks(split, package_chunks)):
        records.append(
            {
                "id": f"{split}-pkg-{kind}-{index:03d}",
                "split": split,
                "language": "en",
                "kind": kind,
                "full_text": text,
                "spans": [],
                "expected_level": "PUBLIC",
                "source": source,
            }
        )
    return records


# The entity types a written text may label, and its kinds of text.
WRITTEN_ENTITY_TYPES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "STREET_ADDRESS",
        "DATE_OF_BIRTH",
        "IBAN_CODE",
        "CREDIT_CARD",
        *(entity_type for entity_type, _ in SECRET_TYPES.values()),
        *(entity_type for types in ID_TYPES.values() for entity_type in types),
        *TERM_TYPES.values(),
    }
)
WRITTEN_KINDS = ("support", "hr", "code", "marketing", "docs")
SPAN_OPEN, SPAN_CLOSE = "\u27e6", "\u27e7"  # ⟦ and ⟧: characters no real text in the corpus uses


class MarkupError(ValueError):
    """A written text whose span markup cannot be read."""


def parse_markup(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """The plain text and its spans from a text marked up as ``⟦ENTITY_TYPE|value⟧``.

    Raises ``MarkupError`` for an unclosed, stray or nested bracket, a missing
    ``|``, an entity type outside ``WRITTEN_ENTITY_TYPES`` or a value that is
    empty or starts or ends with white space (spans are exact, trimmed values).
    """
    text: list[str] = []
    spans: list[dict[str, Any]] = []
    length = position = 0
    while position < len(marked):
        start = marked.find(SPAN_OPEN, position)
        stray = marked.find(SPAN_CLOSE, position, None if start < 0 else start)
        if stray >= 0:
            raise MarkupError(f"closing {SPAN_CLOSE} without an opening one at offset {stray}")
        if start < 0:
            start = len(marked)
        text.append(marked[position:start])
        length += start - position
        if start == len(marked):
            break
        end = marked.find(SPAN_CLOSE, start + 1)
        if end < 0:
            raise MarkupError(f"{SPAN_OPEN} at offset {start} is never closed")
        inner = marked[start + 1 : end]
        if SPAN_OPEN in inner:
            raise MarkupError(f"{SPAN_OPEN} at offset {start} holds another one")
        entity_type, bar, value = inner.partition("|")
        if not bar:
            raise MarkupError(f"span at offset {start} has no '|' between entity type and value")
        if entity_type not in WRITTEN_ENTITY_TYPES:
            raise MarkupError(f"span at offset {start} has an unknown entity type {entity_type!r}")
        if not value or value != value.strip():
            raise MarkupError(f"span at offset {start} has an empty or untrimmed value")
        spans.append({"entity_type": entity_type, "start_position": length, "end_position": length + len(value)})
        text.append(value)
        length += len(value)
        position = end + 1
    return "".join(text), spans


def written_split(split: str) -> list[dict[str, Any]]:
    """The records of a hand-written split, in module order (languages, then code); ids count per module and kind."""
    mapping = LevelMapping(DEFAULT_LEVELS)
    records: list[dict[str, Any]] = []
    for module_name in (*LANGUAGES, "code"):
        module = importlib.import_module(f"classifier.devcorpus.{WRITTEN_SPLITS[split]}_{module_name}")
        counts: Counter[str] = Counter()
        for entry in module.TEXTS:
            kind = entry["kind"]
            if kind not in WRITTEN_KINDS:
                raise MarkupError(f"{module.__name__}: unknown kind {kind!r}")
            try:
                text, spans = parse_markup(entry["text"])
            except MarkupError as exc:
                raise MarkupError(f"{module.__name__}, {kind} text {counts[kind]}: {exc}") from None
            records.append(
                {
                    "id": f"{split}-{module_name}-{kind}-{counts[kind]:03d}",
                    "split": split,
                    "language": entry.get("language", "en" if module_name == "code" else module_name),
                    "kind": kind,
                    "full_text": text,
                    "spans": spans,
                    "expected_level": expected_level(spans, mapping),
                    "source": "written",
                }
            )
            counts[kind] += 1
    return records


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--out",
        type=Path,
        default=HERE,
        help="Folder for the split files: dev.json, holdout.json, test.json, ... fresh3.json, fresh4.json, fresh5.json, fresh6.json, fresh7.json, fresh8.json, fresh9.json, fresh10.json, fresh11.json, fresh12.json, fresh13.json, fresh14.json, fresh15.json, fresh16.json, fresh17.json, fresh18.json, fresh19.json, fresh20.json, fresh21.json, fresh22.json, fresh23.json, fresh24.json, fresh25.json, fresh26.json, fresh27.json, fresh28.json, fresh29.json.",
    )
    parser.add_argument(
        "--split", choices=SPLITS, action="append", help="Build only this split (repeatable); default: all of them."
    )
    args = parser.parse_args(argv)
    for split in args.split or SPLITS:
        records = generate_split(split)
        path = args.out / f"{split}.json"
        path.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path}: {len(records)} texts")


if __name__ == "__main__":
    main()
