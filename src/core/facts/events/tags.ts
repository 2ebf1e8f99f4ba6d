import { escapeRegExp } from "../../text/regexp.js";
import { COUNTRIES } from "../lexicon/countries.js";
import { foldChars } from "../text/normalize.js";
import { mightMatch } from "../text/prefilter.js";
import { UNHELD } from "./measure-rules.js";

/**
 * The controlled vocabulary of fact tags. Scenario themes select facts by these tags (and by
 * words), so a tag is put on a fact only when its own words or its typed trigger say so.
 */
export const TAGS = [
  "detention-facility",
  "escape",
  "prison-attack",
  "riot",
  "border-security",
  "border-crossing",
  "fortification",
  "surveillance",
  "smuggling",
  "drugs",
  "weapons",
  "infiltration",
  "insurgent-attack",
  "insurgent-presence",
  "ambush",
  "explosive-device",
  "airstrike",
  "drone",
  "cross-border-attack",
  "casualties",
  "security-vacuum",
  "instability",
  "troop-withdrawal",
  "troop-deployment",
  "militia-deployment",
  "diplomacy",
  "regime-change",
  "repatriation",
  "displacement",
  "humanitarian",
  "seizure",
  "arrest",
  "screening",
  "curfew",
  "kidnapping",
  "extortion",
  "radicalization",
  "counter-terrorism",
  "partner-support",
  "decrease",
] as const;

export type Tag = (typeof TAGS)[number];

/** A country by name, alias or demonym before "territory": "Syria", "the kingdom", "Iraqi territory". */
const COUNTRY = `(?:${COUNTRIES.flatMap((c) => [c.name, ...(c.aliases ?? [])])
  .map((n) => escapeRegExp(foldChars(n)))
  .join("|")}|the kingdom|(?:${COUNTRIES.flatMap((c) => c.demonyms ?? [])
  .map((n) => escapeRegExp(foldChars(n)))
  .join("|")}) territory)`;

/** A people by demonym: "Iraqi", "French". */
const DEMONYM = `(?:${COUNTRIES.flatMap((c) => c.demonyms ?? [])
  .map((n) => escapeRegExp(foldChars(n)))
  .join("|")})`;

/**
 * "Gunmen held a petrol station for two hours before withdrawing", "militants stormed the village
 * and then withdrew into the desert": armed men who take a place and leave it again raid it, hit
 * and run. Their withdrawal ends the raid: it is no force leaving ground it held (the tag
 * `troop-withdrawal` is not theirs). The men are named by what they are (gunmen, militants), not
 * by a force's name, so "troops held the town for a week before withdrawing" is a force's move.
 */
export const HIT_AND_RUN_RAID =
  /\b(?:gunmen|armed men|militants|attackers|assailants|raiders|insurgents|jihadists) (?:[\w'’-]+ ){0,2}?(?:held|seized|stormed|occupied|overran|raided|took over|took control of) [^.;]{0,80}?\b(?:before|then|and then|after which they) (?:withdrawing|withdrew|pulling out|pulled out|retreating|retreated|fleeing|fled)\b/;

/** A jihadist group's own names for its fighters: "soldiers of the caliphate", "the mujahideen". */
const CALIPHATE_MEN =
  "(?:soldiers|lions|knights|fighters) of the (?:caliphate|khilafa|khilafah|islamic state)|(?:the )?(?:caliphate|khilafah?)['’]s (?:soldiers|lions|fighters)|mujahideen|mujahidin|mujahedeen";

/**
 * The group's men as doers of attacks or operations: "the soldiers of the caliphate carried out
 * six operations", "the mujahideen executed 12 operations in the desert", "soldiers of the
 * caliphate attacked a position". Their verb follows them, at most a few words between.
 */
export const CALIPHATE_MEN_OPERATIONS = new RegExp(
  `\\b(?:${CALIPHATE_MEN}) (?:[\\w'’-]+ ){0,3}?(?:carried out|conducted|executed|launched|mounted|staged|waged) (?:[\\w'’,-]+ ){0,4}?(?:operations|attacks|raids|ambushes|assaults)\\b`,
);
export const CALIPHATE_MEN_ATTACK = new RegExp(
  `\\b(?:${CALIPHATE_MEN}) (?:[\\w'’-]+ ){0,3}?(?:(?:carried out|conducted|executed|launched|mounted|staged|waged) (?:[\\w'’,-]+ ){0,4}?(?:operations|attacks|raids|ambushes|assaults)|(?:attacked|stormed|ambushed|raided|assaulted|targeted|struck|overran))\\b`,
);

export const KEYWORDS: [Tag, RegExp][] = [
  // "small ISIS groups camp in the valleys": armed men who camp somewhere stay there; no camp is named.
  // "A shepherds' camp", "a Bedouin camp", "the truffle hunters' camp": a camp named by the people
  // of the desert who live or work in it is their encampment, where no one is held.
  [
    "detention-facility",
    /\b(prisons?|jails?|detention|detainees?|inmates?|prisoners?|(?=camp)(?<!\b(?:groups|cells|fighters|militants|remnants|members) |\b(?:shepherds|herders|nomads|bedouins?|hunters|pickers|gatherers)['’]? |\b(?:shepherd|herder|herding|nomad|nomadic|bedouin|grazing) )camps?)\b/,
  ],
  // "since the war broke out" is a start, not an escape; so is a disorder that "broke out in one
  // wing" (a disturbance, a brawl, a mutiny): the happening starts, no one leaves.
  // Those held who "tried to slip out of the camp" or "attempted to leave the prison" tried to
  // escape: no one held there leaves it at will.
  [
    "escape",
    /\b(escap(?:e|ed|es|ing|ees?)\b(?! routes?)|(?=broke out)(?<!\b(?:war|wars|fighting|clashes|violence|fires?|protests?|battles?|riots?|rioting|mutin(?:y|ies)|disturbances?|disorders?|commotion|brawls?|scuffles?|quarrels?|panic|stampedes?|tensions?|conflict|unrest|revolution|uprising|crisis|epidemic|pandemic|disease|cholera|fights?|hostilities|insurgency|civil war)\s(?:[\w'’-]+\s)?)broke out|breakout|jailbreak|prison ?break|(?:tried|tries|trying|attempted|attempting|attempts?) to (?:leave|get out of|slip out of|sneak out of|flee) (?:the |their |a )?(?:[\w'’-]+ )?(?:camps?|prisons?|jails?|annex(?:es)?|detention (?:centres?|centers?|facilit(?:y|ies)))\b)\b/,
  ],
  [
    "prison-attack",
    /\b(attack\w*|storm\w*|assault\w*|raid\w*)\b[^.;]{0,60}\b(prison|jail|detention (centres?|centers?|facilit(y|ies)|annex(es)?|wings?|blocks?|sites?))\b|\b(prison|jail) (attack|assault|break)/,
  ],
  ["riot", /\b(riot\w*|mutin\w*)\b/],
  // "trying to cross illegally from Syria": a crossing made unlawfully is made over a border; so
  // is one from a country or into one ("people trying to cross from Syria", "into the kingdom").
  // A country's gate ("the new scanner at the Iraqi gate") is its side of a border crossing.
  // So is an unlawful entry into a country: "34 people trying to enter Iraq illegally were detained".
  // A country's ground told as lying opposite ("in the Syrian desert opposite Nineveh") is across
  // a border from it, as is a desert told opposite a border sector, post or crossing ("the desert
  // near Qaim, opposite the border posts"), or one told opposite a place it names ("regrouping in
  // the desert opposite Sinjar": the far side of the line from that town). So is ground entered
  // from another country's side: "men coming over from the Syrian side at night" crossed the
  // border between the two.
  [
    "border-security",
    new RegExp(
      `\\b(borders?|frontier|border strip|(iraqi|syrian|jordanian) (border )?gates?|(iraqi|syrian|jordanian|turkish) (desert|side|territory|steppe|badia) opposite|(coming|came|come|comes|crossing|crossed|crosses|sneaking|sneaked|slipping|slipped) (over |across )?(from|into) the (iraqi|syrian|jordanian|turkish|lebanese) side|(desert|steppe|badia)( (around|near|outside) [\\w'-]+)?,? opposite (the|our|its) (border |frontier )?(sectors?|provinces?|posts?|crossings?)|(desert|steppe|badia) opposite (?!(the|a|an|each|one|our|its|their)\\b)[\\w'-]+|cross(es|ed|ing)? illegally|illegal(ly)? cross\\w*|cross(es|ed|ing)? (from|into) ${COUNTRY}|(enter(s|ed|ing)?|entry into) ${COUNTRY} illegally|illegal(ly)? (entry into|enter(s|ed|ing)?) ${COUNTRY})\\b`,
    ),
  ],
  // People a smuggler or a guide takes "across", with no object after it ("a network charged each
  // of them 3,000 dollars to guide them across", "paid a smuggler to take the family across"), are
  // taken over the line the story is about: "across" standing alone is across the border. With an
  // object it is any crossing ("to guide them across the river").
  [
    "border-security",
    /\b(?:guid(?:e|es|ed|ing)|tak(?:e|es|en|ing)|took|smuggl(?:e|es|ed|ing)|ferr(?:y|ies|ied|ying)|lead(?:s|ing)?|led|bring(?:s|ing)?|brought|get(?:s|ting)?|got) (?:them|him|her|us|(?:the |these |those )?(?:people|men|women|children|famil(?:y|ies)|group|fighters|migrants|passengers|travell?ers)) across(?![ ]*[\w'’(])/,
  ],
  ["border-crossing", /\b(crossings?|border ports?)\b/],
  [
    "fortification",
    /\b(walls?(?! of (?!concrete|earth|sand|steel|stone))|trench\w*|fences?|barbed|berms?|fortif\w*|barriers?|defen[cs]e lines?|watchtowers?)\b/,
  ],
  [
    "surveillance",
    /\b(cameras?|surveillance|observation|reconnaissance|monitor\w*|sensors?|radars?|watchtowers?|scanners?)\b/,
  ],
  // Goods that crossed "without papers" or that customs seized are contraband by definition: a
  // customs seizure is of goods brought in unlawfully, whatever the text calls them, and whether
  // its officers or "the customs authorities" are told as seizing (cash included). So is a seizure
  // told on customs' word ("according to the customs authority, 3,000 phones were seized"): the
  // customs count what they seized. Goods "without tax stamps" or "without customs seals" never
  // paid the duty a lawful import pays.
  [
    "smuggling",
    /\b(smuggl\w*|traffick\w*|contraband|bribe\w*|look the other way|(entered|crossed|brought in|imported|came in) (\w+ ){0,2}without (papers|documents|permits?|customs clearance|declaration)|without (customs|tax|excise|revenue|duty) (stamps?|seals?|labels?|banderoles?)|customs (patrols?|teams?|officers?|officials?|agents?|police|guards?|posts?|authorit(y|ies)|service|directorate|department|administration) ([\w'-]+ ){0,5}(seiz\w*|confiscat\w*|intercept\w*)|according to (the )?([\w'-]+ ){0,4}customs( [\w'-]+){0,3}, [^;]{0,60}?\b(were|was|had been|have been|has been) (seized|confiscated|intercepted))\b/,
  ],
  [
    "drugs",
    /\b(drugs?|narcotics?|captagon|hashish|cocaine|heroin|(meth)?amphetamine\w*|crystal meth|pills)\b/,
  ],
  ["weapons", /\b(weapons?|arms|ammunition|rifles?|pistols?|grenades|explosives|rockets?|missiles?)\b/],
  // Seeking gaps in a defended line ("remnants of ISIS continue to seek gaps in the line") is an
  // attempt to get through it: an infiltration tried, whoever tells it. Armed members of a group
  // who cross ("a group of about 20 armed ISIS members crossed from Syria") infiltrate as gunmen do,
  // and so does the group named as the militants' ("an ISIS group had crossed the border").
  // So do men "watching for gaps in the coverage in order to cross": gaps in the watch on a line.
  [
    "infiltration",
    /\b(infiltrat\w*|incursions?|flow of (terrorists|fighters|militants|jihadists)|(militants|fighters|jihadists|terrorists|gunmen|armed men|armed (\w+ )?(members|elements)|infiltrators|cells?|(isis|isil|daesh) (members|operatives|groups?)) (\w+ ){0,4}cross(ed|es|ing)? (\w+ ){0,2}(from|into|over|the (border|wall|fence|berm|frontier))|(seek|seeks|seeking|sought|look(s|ing)? for|search(es|ing)? for|watch(es|ed|ing)? for|prob(e|es|ed|ing)) (for )?(gaps?|holes?|openings?|breaches|weak (points|spots)|a way) (in|through|across|into|along) (the |its |their )?(\w+ ){0,2}?(line|lines|border|wall|fence|berm|frontier|defen[cs]es)|(seek|seeks|seeking|look(s|ing)? for|watch(es|ed|ing)? for) (gaps?|holes?|openings?) in (the |its |their )?(\w+ ){0,2}?(coverage|surveillance|patrols) (\w+ ){0,3}?to cross)\b/,
  ],
  // State media call insurgents "terrorists": "an attack by terrorist groups on a military point".
  // They name the group by what it is rather than by its name, "the terrorist organisation", and
  // its men by their tie to it: "an attack on the night of 23 November by gunmen of the terrorist
  // organisation" is an attack by insurgents, its date and target told between attack and author.
  // Armed men who take a place and leave it again ("gunmen held a petrol station for two hours
  // before withdrawing") carry out a hit-and-run raid (HIT_AND_RUN_RAID).
  // An attack named as the militants' ("after more militant attacks in the hills", "a jihadist
  // ambush on the road") is the insurgents' as an insurgent attack is, its group unnamed. So is
  // one told with the militants as its doers, "jihadists killed five workers", "militants attacked
  // a checkpoint" (the verb's object after it: "militants killed in an air strike" are its dead).
  ["insurgent-attack", HIT_AND_RUN_RAID],
  // A jihadist group's own name for its men ("the soldiers of the caliphate", "the mujahideen",
  // "the caliphate's soldiers") makes them its fighters: what they "carried out" or "executed" as
  // "six operations" are their attacks, as their "attacked a checkpoint" is. An army's "operations"
  // are sweeps, not attacks: only the group's own men are read so.
  ["insurgent-attack", CALIPHATE_MEN_ATTACK],
  [
    "insurgent-attack",
    /\b(hit-and-run|insurgen\w*|sleeper cells?|terrorist attacks?|(?:militant|jihadist) (?:attacks?|ambush(?:es)?|raids?)|attacks? by (\w+ ){0,2}terrorists?|attacks? (?:[\w'’-]+ ){0,8}?by (?:the |a |an )?(?:(?:gunmen|fighters|militants|members|cells?|elements|men) of (?:the |a |an )?)?(?:terrorist|takfiri|jihadist|extremist) (?:organi[sz]ations?|groups?|cells?|militias?)|(?:terrorist|takfiri|jihadist) (groups?|cells?|organi[sz]ations?) (attacked|stormed|targeted|launched)|terrorists (attacked|stormed|targeted|opened fire|launched)|(?:jihadists|militants) (?:have |had )?(?:killed|attacked|ambushed|stormed|raided) (?=(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|several|dozens|at least|more than) )|(?:gunmen|fighters|militants) (?:of|from) the (?:same |very )?(?:(?:terrorist|takfiri|jihadist|extremist) )?(?:organi[sz]ation|group)(?: [\w'’-]+){0,8}? (?:attacked|stormed|ambushed|raided))\b/,
  ],
  // Armed men who stop a vehicle on its road ("gunmen stopped one of our buses east of the town",
  // "armed men intercepted a fuel tanker on the highway") lay for it where it had to pass: a
  // hold-up of the road is an ambush, whatever the text calls it. So do armed men who fire on a
  // vehicle on its road ("gunmen fired on a company truck on the road to the mine"), or who
  // attack it there ("armed men attacked a minibus on the highway"), and a vehicle told in the
  // passive as attacked or fired on by armed men ("a crew's van was fired on by gunmen"), also one
  // vehicle of several ("gunmen halted one of the agency's tankers"). A pickup,
  // a van or a coach is a vehicle on the road as a car is. Armed men named by what they are, not a
  // force: "the army attacked the convoy" is a strike, and a vehicle "attacked in the press" is
  // attacked by no one armed.
  [
    "ambush",
    /\b(ambush\w*|(gunmen|armed men|militants|attackers|assailants|jihadists) ([\w'’-]+ ){0,2}?(stopped|intercepted|waylaid|halted|attacked|fired on|fired at|fired upon|opened fire on|opened fire at|shot at) ([\w'’-]+ ){0,4}?(bus|buses|minibus(es)?|cars?|vehicles?|trucks?|lorr(y|ies)|tankers?|convoys?|taxis?|pick-?ups?|(mini)?vans?|coach(es)?)|(bus|buses|minibus(es)?|cars?|vehicles?|trucks?|lorr(y|ies)|tankers?|convoys?|taxis?|pick-?ups?|(mini)?vans?|coach(es)?) (was|were|had been|has been|have been) (attacked|fired on|fired at|fired upon|shot at|stopped|intercepted) ([\w'’-]+ ){0,6}?by (gunmen|armed men|militants|attackers|assailants|jihadists))\b/,
  ],
  // Attackers who "came on motorcycles from Jabal al-Bishri and withdrew into the desert" have a
  // refuge there to go back to: the cells keep their ground in the desert, as "hiding in" tells.
  [
    "insurgent-presence",
    /\b(cells? (have |has )?(intensified|stepped up|increased) (their )?(movements?|activity|activities|presence)|hideouts?|safe havens?|sleeper cells?|sheltered|(planning|plotting|planned|plotted) (\w+ ){0,2}attacks|attack planners?|(remains?|is|are|still) capable of (mounting|carrying out|conducting|launching) (\w+ ){0,2}attacks|(rebuil(t|d|ds|ding)|reconstitut(ed|ing)|regroup(ed|ing)|kept|keeps|maintain(s|ed|ing)?) (a |its |their )?((small|sleeper|dormant|scattered|hidden|active) )?(network of )?cells|networks? of cells|(cells|remnants|fighters|militants) ([\w'’-]+ ){0,4}?(hiding|hide|hid|holed up) (in|among)|(cells|remnants|militants|jihadists|insurgents) ([\w'’-]+ ){0,3}?((continue|continues|continued|still) (to )?)?operat(e|es|ing) (in|across|from|throughout)|(attackers|assailants|gunmen|raiders|militants|jihadists|insurgents|cells) ([\w'’-]+ ){0,10}?(withdrew|retreated|fled|escaped|vanished|disappeared|melted (back )?away) (back )?into the (desert|badia|steppe|mountains|hills))\b/,
  ],
  [
    "explosive-device",
    /\b(car bomb|ieds?|roadside bomb|explosive device|suicide (bomb\w*|attack)|vbied|detonat\w*|blew up)\b/,
  ],
  // "A coalition strike near the ridge killed two commanders": the coalition strikes from the air.
  [
    "airstrike",
    /\b(air ?strikes?|air raids?|precision strikes?|warplanes?|aircraft|fl(y|ies|ew|own|ying) (its |their )?(own )?strikes|(a |an |the )(us-led |american |u\.?s\.? )?coalition (air )?strikes?)\b/,
  ],
  ["drone", /\b(drones?|uavs?|unmanned (?:aerial|air|aircraft))\b/],
  // "without casualties", "no injuries were reported": the absence of casualties is none; nor is
  // a sentence "to death" a death.
  [
    "casualties",
    /(?=kill|dead|death|casualt|wound|injur|lost |gave |laid down )(?<!\b(?:without|no|zero|any) (?:[\w-]+ )?)\b(killed|killing|kills|dead|(?=death)(?<!\b(?:sentenced|sentencing|condemned) (?:[\w'’-]+ ){0,6}to )deaths?|casualt\w*|wounded|wounding|injured|injuries|(?:lost|gave|laid down) (?:their|his|her) li(?:fe|ves))\b/,
  ],
  // "held partly by the SDF and partly by the government, with large gaps in between": ground
  // between two holders that neither of them holds.
  [
    "security-vacuum",
    new RegExp(
      `\\b(security vacuum|power vacuum|vacuum|no owner|without enough guards|unguarded|lawless\\w*|(large|wide|big|long) gaps (in )?between|without (any |a )?(military|security|government|army) (presence|forces|troops)|${UNHELD.source})\\b`,
    ),
  ],
  ["instability", /\b(unstable|instability|chaos|chaotic|turmoil|unrest)\b/],
  // Money withdrawn ("sums withdrawn in cash", "a cash withdrawal") is taken from a bank, not a place.
  // Troops or advisers that "left the Union III compound", "vacated the outpost": a force gone from its post.
  // So is "the last US unit left Ain al-Asad air base", and a base that "was handed over": a
  // handover told in the passive is the one "handed over the base" tells.
  [
    "troop-withdrawal",
    /\b((troops|soldiers|advisers|advisors|personnel|contingents?|forces|units?) ([\w'-]+ ){0,3}(left|vacated|departed( from)?) (the )?([\w'-]+ ){0,3}(bases?|air ?bases?|compounds?|outposts?|garrisons?)|(bases?|compounds?|outposts?|garrisons?) ([\w'-]+ ){0,3}?(was|were|has been|have been|had been|is being|are being) (formally |fully |officially )?handed over|(?=withdraw)(?<!\b(?:cash|bank|atm|money|deposit|account|currency) )withdraw\w*(?! (?:(?:in|of|from|their|his|her|its|the|all|some|any) )*(?:cash|money|funds|savings|deposits|dollars|currency|banknotes|bank|banks|accounts?|atms?)\b)|pull(ed|ing)? out|drawdown|draw(ing)? down|reviewing its presence|(cut|cuts|cutting|reduc\w*|halv\w*) (its |their |the )?(troop|military|force)s? (presence|levels?|numbers?)|(troop|force) (cuts|reductions?)|(number|numbers|size|strength) of (its |their |the )?([\w'-]+ )?(troops|soldiers|personnel|advisers|advisors|forces|contingents?) ([\w'-]+ ){0,4}(has|have|had|was|were) been (reduced|cut|halved)|(?=end)(?<!\b(after|beyond|following|past) the )end(s|ed|ing)? (of )?(its |their |the )([\w'-]+ ){0,3}(mission|presence|deployment)|(?=military |combat |troop |mission|presence|deployment)(?<!\b(when|once|after|until|till|before|if|unless) ([\w'-]+ ){0,8})(military |combat |troop )?(mission|presence|deployment) ([\w'-]+ ){0,4}(ends|ended|will end|would end|is to end|are to end|is due to end|to end) (by|in|on|before|at the end of|this|next)|expel\w* (the |all )?([\w',-]+ ){0,4}(troops|forces|soldiers)|remain (\w+ ){0,6}until (\w+ ){0,2}(19|20)\d\d|(reject|oppose|refuse)\w* (any |an |the )?(agreement|deal|arrangement) (that|which) (would )?(allow|allowed|allows|permit\w*) (\w+ ){0,3}(troops|forces) to (remain|stay)|wind(s|ing)? down ([\w'-]+ ){0,4}(mission|presence|deployment)|hand(ed|ing|s)? over ([\w'-]+ ){0,4}(air )?bases?|hand(ed|ing|s)? (the|its|their) (air )?bases? (over )?to|(troops|soldiers|forces|units|contingents?|advisers|advisors|trainers|personnel) (have |has |had )?(completed|began|begun|started|finished) (their|its) (final |full |last )?(departure|exit|pull-?out) from|handover of ([\w'-]+ ){0,4}(air )?bases?|(remaining|staying) after (that|the) deadline)\b/,
  ],
  // A force counted by head: "keep approximately 2,000 personnel in the Kurdistan Region" counts
  // troops as "2,000 troops" does, as do "600 US military personnel"; an adjective of some other
  // trade ("40 medical personnel") does not.
  // A foreign force told as a presence and counted ("a small American presence in Erbil, perhaps
  // a few hundred people") is the force where it stands, as its troops would be. So is a foreign
  // force of advisers counted ("Fewer than 1,000 American advisers remain"), not "the minister's 12 advisers",
  // and a foreign force's soldiers counted ("about 2,500 American soldiers in Iraq"), not "40 soldiers";
  // so are the soldiers a state or force "has", "keeps" or "maintains" somewhere ("Italy has roughly
  // 650 soldiers in Iraq"), not soldiers killed or wounded in a place.
  [
    "troop-deployment",
    // Units sent by their echelon: "have sent two additional companies to the prison", "rushed three
    // battalions to the border" (a count or "additional" before the echelon, so letters sent to
    // three companies of traders are not troops; a firm that "moved three companies" relocates
    // businesses, and "moved" is left to the deployment rules that read where to).
    /\b(deploy\w*|reinforc\w*|dispatch\w*|stationed|garrisons?|garrisoned|transferred to|military units|troops|(sent|rushed) ((two|three|four|five|six|several|\d+|additional|extra|more|new) ){1,2}(companies|battalions|brigades|platoons|regiments)|\d[\d,.]* ((us|u\.s\.|american|coalition|military|foreign|western) ){0,2}personnel|\d[\d,.]* (us|u\.s\.|american|coalition|foreign|western) (military )?(advisers|advisors|trainers|soldiers|service ?members|marines)|(us|u\.s\.|american|coalition|foreign|western) (military |troop |force )?presence|(has|have|had|keeps?|kept|maintains?|maintained) (still )?((some|about|roughly|around|nearly|almost|approximately|only|just|an estimated|fewer than|more than|less than|up to) )?\d[\d,.]* (soldiers|service ?members|military personnel))\b/,
  ],
  [
    "diplomacy",
    // A pact between states may be called an arrangement: "the bilateral security arrangement signed in October",
    // "renewed their intelligence-sharing arrangement" (states that share intelligence under a pact).
    /\b(delegation|visit\w*|talks|met with|mediat\w*|negotiat\w*|agreement|(security|defen[cs]e|military|intelligence[- ]sharing) arrangements?|ceasefire|truce|diplomat\w*|coordinat(ion|ing|es|ed) with|coordination)\b/,
  ],
  ["regime-change", /\b(regime|toppl\w*|ouster|overthrow\w*)\b|\b(fall|collapse) of (the )?(assad|his)/],
  // Families who "were expected to leave the camp for the Jeddah-1 centre": leaving a camp for a
  // destination is a return, as a convoy of families is. So are families told leaving after the
  // camp is named: "In Roj camp, 40 Syrian families departed on Sunday for a reception centre".
  // "2,150 Iraqi residents of the camp have returned home", "400 people have been taken home by
  // eight other States": a camp's residents gone home, or people taken home by states, are returns.
  // So are nationals handed over from another's prisons: "600 Iraqi detainees transferred from
  // SDF prisons" (a transfer told without their people stays a move between prisons).
  // Foreign families "returned from" somewhere are returned home: "900 Iraqi families have been
  // returned from the camp"; so is "the transfer of 700 Iraqi households" out of a place, their
  // people told. Foreign families who "left for" a place "in three convoys" go as a convoy of
  // families does (families fleeing, told without a people, stay displacement), and so does a
  // convoy "carrying 1,150 Iraqis" that left for or reached a place (one of soldiers is no return).
  // A state's forces brought home, the object before or after "home" ("brought home the last of
  // its advisers"), are withdrawn, not repatriated. What returns may be no people at all: "until
  // power returns to about 4,000 homes", "life returns to the market" tell of a service or a mood.
  // Families or nationals who "had arrived at the Jeddah rehabilitation centre" or "reached a
  // reception centre near Mosul" are received home: such centres take in those brought back from
  // the camps (children moved to a centre, or a delegation visiting one, are no return).
  [
    "repatriation",
    new RegExp(
      `\\b(repatriat\\w*|returnees?|(?=returns)(?<!\\b(?:power|electricity|water|gas|fuel|service|services|calm|quiet|normality|normalcy|life|traffic|supply|supplies|signal|internet|heating) )returns|brought back|bringing back|take them back|(took|taken|takes) back ([\\w'’,-]+ ){0,4}(nationals|citizens|families|detainees|women|children)|(bring\\w*|brought) (?!(\\w+ ){0,4}?(forces|troops|soldiers|personnel|contingents?) home)(?!home ((most|all|some|half|the rest|the last) of )?(its|their|our) ([\\w'’-]+ ){0,2}?(troops|forces|soldiers|personnel|contingents?|advis[eo]rs|trainers|instructors)\\b)(\\w+ ){0,4}home|(batch|convoy) of (\\w+ ){0,2}(families|nationals|returnees)|(families|nationals|citizens|households) (\\w+ ){0,4}(leave|leaves|leaving|left|depart\\w*) (the |al-)?([\\w'-]+ ){0,2}camps? (for|to)\\b|(camps?|hol|hawl|roj),? ([\\w'-]+,? ){0,4}(families|nationals|households) (left|departed) ([\\w'-]+ ){0,3}for\\b|(residents|detainees|inmates|nationals|citizens) of (the |al-[\\w'-]+ )?(camps?|prisons?) (have |had |were |was )?(returned|gone|been (taken|brought|sent|flown)) home|(taken|brought|flown|sent) home by ([\\w'’-]+ ){0,3}(states|countries|governments)|${DEMONYM} (detainees|prisoners|inmates|nationals|suspects|men|women|children|families) (were |have been |had been )?(transferred|handed over) from ([\\w'’-]+ ){0,3}(prisons?|camps?|detention|custody)|${DEMONYM} (families|households|nationals|citizens) (were |have been |had been |has been |was )(returned|brought) from|transfers? of ((more than|over|some|about|nearly|around|almost) )?[\\d,.]+ ${DEMONYM} (families|households|nationals|citizens)|${DEMONYM} (families|households|nationals|citizens)[^.;]{0,40}? (left|departed) for [^;]{0,60}?\\bin (\\w+ )?convoys?|convoys? (carrying|taking|transporting|bringing) ((more than|over|some|about|nearly|around|almost) )?[\\d,.]+ (${DEMONYM}s|${DEMONYM} (families|households|nationals|citizens|returnees|women|children))\\b[^.;]{0,40}? (left|departed|set off|set out|headed|arrived|reached)\\b|(families|households|nationals|citizens|returnees)\\b[^.;]{0,60}? (arrived|arrives|arriving|reached|reaches|reaching) (at |in )?(the |al-)?([\\w'’-]+ ){0,3}(rehabilitation|reception|reintegration) (centres?|centers?|camps?|facilit(y|ies)))\\b`,
    ),
  ],
  // Attackers, gunmen or troops who "fled" got away or left their posts; they are not people driven
  // from their homes: "helicopters struck the attackers' vehicles as they fled towards the desert".
  // People named after them take the word back ("gunmen stormed the village and families fled").
  [
    "displacement",
    /\b(displac\w*|from their homes|sought shelter|refugees?|(?=fled)(?<!\b(attackers?|assailants?|gunmen|militants?|insurgents?|terrorists?|jihadists?|fighters|raiders|smugglers?|kidnappers?|robbers?|thieves|perpetrators?|suspects?|escapees?|soldiers|troops|guards|policemen)\b(?:(?!\b(famil(y|ies)|residents?|civilians?|villagers?|people|households?|inhabitants|women|children|herders?|shepherds?)\b)[^.;]){0,80})fled)\b/,
  ],
  ["humanitarian", /\b(aid|humanitarian|shelter|relief|red crescent)\b/],
  ["seizure", /\b(seiz\w*|confiscat\w*|recovered|intercept\w*|foil\w*|thwart\w*)\b/],
  ["arrest", /\b(arrest\w*|apprehend\w*|captured)\b/],
  ["screening", /\b(screen\w*|security checks?|vetting|lists of wanted|wanted (persons|suspects))\b/],
  // Movement shut down around a place: a curfew, checkpoints, roads closed, an area sealed off.
  [
    "curfew",
    /\b(curfews?|checkpoints?|roadblocks?|cordon(ed)?( off)?|seal(ed|ing)? off|clos(ed|ing) (all |the )?(roads|entrances|exits))\b/,
  ],
  ["kidnapping", /\b(kidnap\w*|abduct\w*|hostages?)\b/],
  ["extortion", /\b(extort\w*|taxes|ransom)\b/],
  ["radicalization", /\b(ideolog\w*|radicali[sz]\w*|extremis\w*)\b/],
  // State media name the enemy by what it is: "struck terrorist hideouts", "raids on militant
  // positions" hit the insurgents' places as "struck ISIS hideouts" does.
  // Those killed or held are the insurgents only within the clause: in "three soldiers were killed
  // when ISIS fighters attacked", the fighters are the attackers of the next clause. "An operation
  // killed three of the militants behind the attack": some of the militants, killed, as "two of the
  // attackers" are.
  [
    "counter-terrorism",
    /\b(counter-?terror\w*|counter-(isis|isil|daesh)|terrorism charges|fight against (isis|is|daesh)|operations? against (isis|isil|is|daesh|the islamic state)|(air ?strikes?|strikes?|raids?|offensives?|campaigns?|struck|bombed|targeted|raided|attacked) (on |against )?(\w+ ){0,2}(isis|isil|daesh|islamic state|terrorists?|terrorist organi[sz]ation['’]s|takfiri|jihadists?|militants?|insurgents?) (hideouts?|positions?|cells?|targets?|militants|fighters|camps?|bases?|tunnels?|leaders?|commanders?)|(kill(ed|ing)|detain(ed|ing)|captur(ed|ing)|arrest(ed|ing)) ((?!(when|as|after|while|by|because|since|before|where|and|but)\b)\w+ ){0,3}(isis|is|daesh) (operatives|militants|fighters|members|leaders?|commanders?|officials?)|(kill(ed|ing)|detain(ed|ing)|captur(ed|ing)) (\w+ ){0,3}(members of the cell|cell members|of the (attackers|militants|insurgents|jihadists|terrorists))|comb(ed|ing) the (desert|area|region|mountains|valleys?)|(combing|clearing|mop-up|sweep|cordon-and-search) (operations?|campaigns?)|pursu(ed|ing) the (attackers|terrorists|militants|cells?|gunmen))\b/,
  ],
  // "The camp population has fallen by about 300 people": a figure that went down, also when an
  // adverb or the year stands between ("attacks fell sharply in 2026 to their lowest level").
  [
    "decrease",
    /\b(fallen|fell|dropped|declined|decreased|shrunk|shrank|halved|reduced) ((sharply|steeply|significantly|markedly|considerably|substantially|dramatically|slightly|steadily|further) )?((in|during|over) (the (past |last )?)?(\d{4}|year) )?(by|from|to)\b/,
  ],
  [
    "partner-support",
    /\b(partners?|partner forces|train,? advise(,? and assist)?|advise[ -]and[ -]assist|(train|advise|equip) and (train|advise|equip|assist))\b/,
  ],
];

/** Tags that describe what was done against a threat, never the threat itself. */
const MEASURE_TAGS = new Set<Tag>([
  "fortification",
  "surveillance",
  "troop-deployment",
  "seizure",
  "arrest",
  "screening",
  "curfew",
  "partner-support",
]);

/** Tags that the words of a fact state themselves; measure tags only on measures and figures. */
/**
 * "Four herders were killed in an attack by ISIS gunmen on their camp": "their camp" of the people
 * of the desert the sentence names before it (herders, shepherds, nomads, Bedouin, truffle hunters)
 * is their encampment, as "a herders' camp" is, where no one is held. Read on the sentence up to
 * the end of the fact's words, since the fact's own words may start after the people are named.
 */
const FOLK_CAMP =
  /\b(?:shepherds|herders|herdsmen|nomads|bedouins?|hunters|pickers|gatherers)\b[^.;]{0,80}\b(?:their|his) camps?\b/;
/** Words of a place where people are held other than a camp. */
const HELD_WORDS = /\b(?:prisons?|jails?|detention|detainees?|inmates?|prisoners?)\b/;
export const folkCamp = (span: string, sentenceToSpanEnd: string) =>
  !HELD_WORDS.test(foldChars(span)) && FOLK_CAMP.test(foldChars(sentenceToSpanEnd));

export function keywordTags(text: string, kind?: string): Tag[] {
  const folded = foldChars(text);
  const measure = kind === undefined || kind === "countermeasure" || kind === "quantity";
  return KEYWORDS.filter(
    ([tag, re]) => (measure || !MEASURE_TAGS.has(tag)) && mightMatch(re, folded) && re.test(folded),
  ).map(([tag]) => tag);
}
