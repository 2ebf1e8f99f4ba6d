/**
 * Closed word lists the extractor reasons with. General English and Arabic-naming knowledge,
 * not names from any article: titles and role nouns, the last words of organization and
 * place names, common given names of the region, speech verbs.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Numbers spelled out, in order from one: `COUNT_WORDS.indexOf(w) + 1` is the value of `w`. */
export const COUNT_WORDS: readonly string[] = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** Titles and ranks written before a name and not part of it. */
export const TITLES = set(`
  mr mrs ms dr prof professor sheikh shaikh sheik president minister general gen lieutenant lt colonel col
  major maj captain capt commandant comdt brigadier brig sergeant sgt corporal cpl commander admiral adm governor gov senator rep ambassador
  imam mullah emir king queen prince princess judge mayor deputy haji hajji sayyid sayed mufti chief
  field marshal staff first second prime vice lieutenant-general major-general eng policeman class hajj hajja hajjah hajjiya hajjiyah
  ustadh ustaz ustadha mamosta mamoste usta kak alderman alderwoman councillor councilor cllr`);

/** Nouns that head a role phrase ("the head of Iraqi intelligence", "a researcher at ...", "a shepherd, X,"). */
export const ROLE_NOUNS = set(`
  head chief director advisor adviser spokesman spokeswoman spokesperson minister commander official
  officer expert analyst researcher governor president leader member deputy envoy ambassador general mayor
  representative coordinator lawyer resident fighter teacher farmer journalist correspondent reporter
  professor lecturer fellow scholar chairman chairwoman chair secretary undersecretary manager administrator
  activist doctor physician nurse worker caseworker witness mukhtar sheikh cleric prosecutor judge colonel brigadier
  lieutenant captain major sergeant corporal soldier aide consultant strategist historian economist author founder
  owner driver trader politician lawmaker parliamentarian negotiator mediator inspector investigator
  guard watchman mufti imam emir commander-in-chief specialist monitor observer student engineer mp co-chair
  co-chairman co-chairwoman co-director co-president qaimaqam muhafiz master skipper executive instructor
  rapporteur editor columnist superintendent foreman supervisor labourer laborer shepherd winner
  priest pastor bishop archbishop patriarch monk nun`);

/**
 * The parties a ruling, a claim or a form is about, named by their part in it ("the claimant,
 * X,", "Applicant: X"): people (or their firms), holders of that part as of a post, never places.
 */
export const PARTY_NOUNS = set(`
  claimant complainant applicant appellant petitioner plaintiff defendant respondent`);
for (const w of PARTY_NOUNS) ROLE_NOUNS.add(w);

/**
 * Occupations and callings a source is named by when unnamed ("a midwife at the clinic", "a
 * shepherd from Rutba"); unlike ROLE_NOUNS they are not read as titles of a named person.
 */
export const OCCUPATION_NOUNS = set(`
  psychologist psychiatrist therapist counsellor counselor midwife surgeon paramedic medic
  veterinarian pharmacist dentist firefighter rescuer shepherd herder breeder fisherman labourer laborer mechanic smuggler
  guard volunteer survivor widow widower refugee returnee detainee prisoner helper accomplice
  cameraman camerawoman photographer photojournalist`);

/** People named by what they are ("a woman from Tajikistan", "several women", "one man"). */
export const PEOPLE_NOUNS = set(`woman women man men mother mothers father fathers`);

/** Plural role nouns that, after an organization, make it the speaker ("SDF commanders said"). */
export const ROLE_PLURALS = set(`
  commanders officials officers spokesmen leaders sources representatives fighters members authorities
  forces troops units`);

/** Last words of organization names. */
export const ORG_HEADS = set(`
  forces force army ministry council directorate department committee commission command office agency
  authority administration service services institute institution centre center foundation organization
  organisation union party movement front brigade brigades regiment regiments battalion division corps units unit group
  network observatory court police guard guards government coalition alliance federation association
  society bank company university college academy bureau mission programme program fund crescent cross
  news wire times post press daily tribune gazette herald journal observer channel tv radio media watch
  initiative project council embassy consulate forum syndicate partnership consortium trust inspectorate
  cooperative co-operative collective league chamber lab laboratory consultants consultancy kindergarten
  monitor cluster sub-cluster municipality gathering board secretariat aid archdiocese diocese patriarchate
  eparchy ensemble orchestra choir troupe`);

/** Words that make a capitalised phrase military or governmental wherever they stand. */
export const ORG_INNER_WORDS = set(`military army ministry council command intelligence security police`);

/** Last words of facility names. */
export const FACILITY_HEADS =
  set(`camp prison jail crossing base airbase airport dam hospital field checkpoint
  garrison barracks compound refinery port stadium museum arena`);

/** Words after a name that make it a place ("al-Zuhour district"). */
export const PLACE_HEADS =
  set(`province governorate district desert mountains mountain range river valley region
  city town village countryside plain plains sea lake island neighbourhood neighborhood neighbourhoods
  neighborhoods quarter suburb area county heights sector bridge roundabout market junction`);

/** First words of place names ("Tal Hamis", "Jabal Sinjar", "Wadi Hauran", "Mount Sinjar", "Lake Haditha"). */
export const PLACE_PREFIXES =
  set(`tal tel tell jabal jebel jabel wadi ras ain ayn bir deir dayr kafr khirbet qasr bab
  hawsh hosh mount fort port khor khawr shatt lake`);

/** Prepositions that introduce places ("near the village of", "from", "in"). */
export const PLACE_PREPOSITIONS =
  set(`in at near from to towards toward outside around into across through via
  inside within`);

/** Particles inside Arabic personal names. */
export const NAME_PARTICLES = set(`al el bin ibn bint abu abd abdul abdel umm ould ben`);

/** Lower-case particles of European names: "Ursula von der Leyen", "Jean de la Fontaine". */
export const EUROPEAN_NAME_PARTICLES = set(`de van von der da du la le`);

/** Common given names of Iraq, Syria, Jordan, Turkey and Iran, and their usual spellings. */
export const GIVEN_NAMES = set(`
  ahmed ahmad mohammed muhammad mohamed mohammad mahmoud mahmud mustafa mostafa ali hassan hasan hussein
  husain hussain omar umar othman uthman khaled khalid walid waleed saad saeed said sami samir salim salem
  salman sulaiman suleiman ibrahim ismail yusuf youssef yousef younis yunis yunus tariq tarek ziad ziyad faisal
  fadi fadel fares firas ghassan hamid hamed hamza hadi haidar haider hatem hatim hisham imad emad issa
  jamal jasim jassim kamal karim kareem laith majid maher marwan mazen muhannad mundhir nabil nadim nasser
  nasir nizar nouri nuri qais qasim qassem rami raed riyad riad sabah sadiq safaa safa salah sattar shaker
  talal thamer wael yahya yasser yasir yazan zaid zeid zuhair abbas adel adil amer amir anwar ayman bashar
  bassam emad fawaz ghaith hazem jawad louay mazin munir nawaf osama usama qusay rashid rasheed sabri tamer
  farhad shervan azad rezan dilovan bahoz aram hiwa karwan kawa rebwar shwan sherzad dara
  hevin rojda berivan zozan nesrin ilham avin nujin dilan rojin ronahi
  fatima fatma aisha aysha zainab zeinab maryam mariam layla leila laila nour noor rania rana hala huda
  hana hanan iman amal dima lina lama sara sarah salma samira suad suha rasha reem rim nadia nada noura
  yasmin yasmine jamila khadija widad zahra zahraa shatha ghada asma manal nisreen nasrin
  mehmet mustafa ahmet hakan murat emre burak serkan kemal recep ibrahim omer yusuf fatih hulusi
  reza hossein mehdi javad hamid ali-reza qasem esmail`);

/** Verbs that introduce reported speech or opinion. */
export const SPEECH_VERBS = set(`
  said says say told tells tell added adds noted notes note stated states revealed reveals believes believe
  believed warned warns warn explained explains stressed stresses confirmed confirms announced announces
  announce indicated indicates claimed claims argued argues estimated estimates estimate acknowledged
  emphasized emphasised emphasizes emphasises insisted insists suggested suggests affirmed affirms asserted
  asserts recalls recalled writes wrote thinks think thought fears feared expects expected denied denies
  declared declares described describes mentioned observed predicted concluded admitted cautioned reiterated
  maintained maintains stated argue reported reports report contradicted contradicts disputed disputes`);

/**
 * Verbs that report speech to a listener named first ("informed the Committee that", "briefed
 * reporters that"). Known to the quote step only: before a name they say nothing of its type.
 */
export const REPORT_VERBS = set(`informed informs briefed briefs reminded reminds advised advises`);

/** Verbs of appeal whose object the appeal is ("called on Ankara to '...'", "calls for '...'"). */
export const APPEAL_VERBS = set(`called calls urged urges appealed appeals`);

/** Speech verbs after which the reported clause may follow without "that". */
export const BARE_CLAUSE_VERBS = set(`said says say added adds believes believe think thinks thought
  warned noted estimate estimates fears feared expects claimed claims`);

/** Words that never start or end a name even when capitalised. */
export const NOT_NAME_WORDS = set(`
  i a an the this that these those there it its it's he she his her they their them we our us you your
  and or but nor so yet if in on at by for from to of with without into onto over under after before since
  during between among across against about around near as than then when while where which who whom whose
  what why how not no none yes all any each every some many much more most few several both either neither
  other another such same own only also even still just very meanwhile however moreover furthermore
  besides although though because unless until whether despite according reports report officials
  residents analysts sources troops militants fighters statement summary policy brief updated
  published authors author local aid indicators monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december gmt utc am pm
  mr mrs ms dr prof gen lt col maj capt sgt brig old former last next first second third one two three
  four five six seven eight nine ten hundred thousand million billion percent per cent today yesterday
  tomorrow speaking asked according photographs curfews cells another analyst military expert
  passengers travellers travelers drivers shoppers worshippers pilgrims commuters
  `);
