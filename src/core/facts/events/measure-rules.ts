import { LEXICON } from "../lexicon/index.js";
import { ANIMALS_ONLY } from "./animals.js";
import type { EventRule } from "./event-rules.js";

/**
 * Triggers of countermeasures (arrests, seizures, deployments, fortifications, surveillance)
 * and of standing threats (smuggling, infiltration, a security vacuum), in the same shape as
 * EVENT_RULES, which they complete.
 */

const STRATEGIC = "Strategic developments";
const BATTLES = "Battles";

/**
 * The names of the foreign forces and coalitions the lexicon knows, folded ("bundeswehr", "nato",
 * "french forces", "us-led coalition"), and "the coalition" itself (not a ruling or electoral one):
 * a sentence naming one may tell that force leaving by name.
 */
const FOREIGN_FORCE_NAMES = new RegExp(
  String.raw`\b(?:${LEXICON.filter((e) => e.kind === "coalition" || e.kind === "foreign-military")
    .flatMap((e) => [e.name, ...(e.aliases ?? [])])
    .map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .sort((a, b) => b.length - a.length)
    .join(
      "|",
    )}|(?=coalition)(?<!\b(?:ruling|governing|political|parliamentary|electoral|opposition) )coalition)\b`,
);

/** Who is moved: a force, its members or its guards. */
const FORCE_WORDS =
  /\b(forces|troops|soldiers?|fighters?|units?|guards?|members|brigades?|battalions?|men|officers?|personnel|policemen)\b/;

/** "from guarding prisons", "away from the detention facilities": the posts guards leave. */
const GUARD_POSTS =
  /\bfrom (?:guard(?:ing)? |securing |protecting |the |its |their |our ){0,2}(?:(?:protection|guarding|security|defen[cs]e) of (?:the |its |their |our )?)?(?:[\w'’-]+ )?(?:prisons?|jails?|camps?|detention|guard (?:duty|duties|posts?|units?))\b/;

/**
 * A site's guards sent to a front: "every week more of our guards were sent to the front near the
 * Tishreen Dam". Border, coast and national guards are forces of their own, not a site's guard.
 * So is part of a site's guard force: "two companies of the guard force were moved to the front",
 * "two companies of the prison guard had been sent to the Deir Hafer front".
 */
const GUARDS_TO_FRONT =
  /(?=guard|prison|jail|camp|site)(?<!\b(?:border|coast|national|republican|presidential|revolutionary|home) )\b(?:guards|guard force|guard units?|(?:prison|jail|camp|site)(?:['’]s)? guard) (?:[\w'’-]+ ){0,3}?(?:were|was|are|is|have been|had been|has been|are being|were being|being) (?:now )?(?:sent|moved|transferred|shifted|redeployed|rushed|diverted|pulled|taken) (?:[\w'’-]+ ){0,3}?to (?:the )?(?:[\w'’-]+ ){0,2}?fronts?(?: ?lines?)?\b/;

/**
 * The same told of who sent them: "has moved hundreds of its prison guards in recent weeks to the
 * front", "sent some of its camp guards to the Deir Hafer front". Only a site's guards are read:
 * border guards moved to a front are a force of their own redeployed.
 */
const GUARDS_SENT_TO_FRONT =
  /\b(?:mov(?:e|ed|es|ing)|sen[dt]|sending|transferr?(?:ed|ing|s)?|shift(?:ed|s|ing)?|redeploy(?:ed|s|ing)?|divert(?:ed|s|ing)?|pull(?:ed|s|ing)?|rushed) (?:[\w'’-]+ ){0,3}?(?:prison|jail|camp|site)(?:['’]s)? guards (?:[\w'’-]+ ){0,4}?to (?:the )?(?:[\w'’-]+ ){0,2}?fronts?(?: ?lines?)?\b/;

/**
 * A site's guard force told smaller: "the number of guards at the annex had fallen sharply", "the
 * night shift in the eastern block had been cut from eleven guards to five", "half the shift was
 * sent to the front". The guards of a border or a coast are forces of their own, not a site's.
 * So is a shift whose other members went to a front: "we were thirty on each night shift in the
 * spring, and now we are twelve, because the rest were sent to the front" (a shift is the guards
 * on duty, as in "half the shift was sent to the front").
 */
const GUARDS_CUT =
  /\b(?:each|every|per|a|the|our|their) (?:night |day |guard )?shift\b[^.;]{0,80}?\b(?:the )?(?:others|rest)(?: of (?:us|them))? (?:were|was|had been|have been|has been) (?:sent|moved|transferred|taken|pulled|rushed) (?:[\w'’-]+ ){0,2}?to (?:the )?(?:[\w'’-]+ ){0,2}?fronts?\b|\bnumber of (?:the |its |their |our )?(?:prison |jail |camp |site )?guards (?:[\w'’-]+ ){0,4}?(?:had |has |have )?(?:fallen|fell|dropped|shrunk|shrank|been (?:cut|halved|reduced))\b|\b(?:(?:night|day|morning|evening|guard) )?shifts? (?:[\w'’-]+ ){0,5}?(?:had been|has been|have been|was|were) (?:cut|halved|reduced) from\b|\bhalf (?:of )?(?:the|our|their) (?:night |day |guard )?shift (?:was|were|had been|has been) (?:sent|moved|transferred|taken|pulled)\b/;

/**
 * Ground that nobody holds: "left long stretches of the frontier unwatched", "has had no regular
 * government presence", "hold no positions on the desert stretch", "has few posts along the
 * river" (hardly any is as good as none; "a few posts" counts some), "no single authority in control
 * of the desert", "no authority now controls long stretches of the border", "there is no force
 * able to stop them", "there is still no Syrian force at the old posts", "the posts ... have
 * been almost empty", "guarded by nobody at all after dark", ground "patrolled rarely or not at all"
 * (a force that seldom comes holds it no more than one that never does). Shared with the security-vacuum tag, so the fact carries what its words say.
 * So is ground where the state's forces are told absent by their posts or their men: "there is no
 * longer any checkpoint of the army or the police on the tracks", "no soldier has been seen in the
 * hills this season".
 * "On the other side of the border there is no state and no army": ground where no state stands at
 * all ("there is no government decision yet" names no ground, and is not read).
 * A change that "left stretches of the Badia without any regular force for months" leaves that
 * ground unheld, as "no forces in the Badia" tells it.
 * "Unmanned" before a craft ("unmanned aircraft of the Border Forces operate along the border")
 * names a drone, a means of watching the ground, not ground that nobody holds.
 * "The posts south of Al-Hol that the SDF used to hold have been empty since October": a post's
 * words may run on for a clause before its verb. "The customs posts on the Syrian side are staffed
 * by a handful of officers": a post held by a handful is thinly staffed. So is a stretch of frontier:
 * "the frontier opposite the town is held by only a handful of lightly armed posts".
 * So is ground where a force "has posted only a handful of men": the few told as all it put there.
 * A crossing's "customs hall was empty" or its "guard post stood deserted": the post of the state
 * at the line is told unheld by its building.
 * Ground that "no longer has any government or SDF presence", or that "has no army presence",
 * is ground no force holds, told by the forces it lacks. So is ground where "no government or SDF
 * forces are deployed", "no army unit is stationed", or "no regular force holds" it: the forces
 * denied may be named jointly, or one unit for all. So is ground where "no government or other
 * organised force has been seen", where "there is no regular force", or a stretch that "has no
 * permanent army post". So is ground across which "there is no Syrian army post for some thirty
 * kilometres": the force named, none of its posts there.
 * Posts seen empty in imagery "appear abandoned"; posts "have been left empty" since their units
 * moved, or that "remain empty" after them: told by how the post looks or was left, as "stood
 * deserted" tells it. Ground whose forces
 * "do not hold the desert roads at night" or "no longer control the border" is ground they leave
 * unheld: the forces named, their hold of the ground denied. A force's former posts seen
 * "abandoned since September" are ground it left and nobody took over.
 * Ground where "no government force has manned the posts along that stretch since the summer" is
 * told unheld by the posts no force mans; a place whose "nearest army unit is now at the junction,
 * forty kilometres away" is told unheld by how far off the nearest force stands. So is ground
 * "nobody holds" or where "there is no one holding the border": ground told by the holder it lacks
 * (not "nobody holds the record"), or that is "held by no regular force", as "held by nobody" tells it.
 * Ground whose "local forces rarely patrol the border strip", or where "the state's authority
 * remains thin", is held in name only: the forces named, their hold told as scarcely there.
 * Ground where "there are too few police and no customs posts", or where "nobody checks the
 * lorries", is told unheld by the officers it lacks or by the checks nobody makes (not "there
 * are too few police records", nor a checkpoint where "nobody checks the weather").
 * So is ground whose force is "stretched thin", whose posts are "manned by only six men", or from
 * which a garrison went "leaving a handful of guards to hold" it: a hold too thin to keep it.
 * A town that "has been left with a few dozen police" since its army unit moved away is held by
 * a few, as a post "staffed by a handful" is (not a town "left with a few dozen wounded").
 * Posts of which "several were abandoned" or "half of them have since been vacated" are ground
 * their force left, told of some of the posts the sentence named before.
 * Ground where "there are no army units left" or "no troops remaining" is told unheld by the
 * forces gone from it, as "there are no army units" there is. So is a side where "no Syrian
 * forces of any kind were present": the state's forces named, none there.
 */
export const UNHELD =
  /(?:(?=no )\bno (?:(?:regular|permanent|government|military|security|army|state|syrian|iraqi|jordanian|border|local) ){1,2}(?:forces|troops|soldiers|units|patrols|guards|police(?:men)?)(?: (?:of|at) (?:any kind|all))? (?:were|are|was|is|have been|has been|had been) (?:still |now |ever )?(?:present|stationed|deployed|posted|visible|seen)\b|(?=hardly any|no|too few|very few)(?<=\bthere (?:is|are|were|was) (?:still |now |simply )?)(?:too few|very few|hardly any|no) (?:customs (?:posts?|officers|officials)|police(?:men)?|border guards)\b(?= (?:and|or|nor|in|on|at|along|across|there|to)\b|[.,;])|(?:nobody|no one|no-one) (?:now |really |ever )?(?:stops|checks|searches|inspects) (?:the |their |any )?(?:[\w'’-]+ )?(?:trucks|lorries|loads|convoys|vehicles|cars|smugglers|traffic)\b|(?:forces|units|troops|patrols|police|army|guards|soldiers) (?:[\w'’-]+ ){0,2}?(?:rarely|seldom|hardly ever|barely) patrol(?:s|led)? (?:the )?(?:[\w'’-]+ ){0,2}?(?:border|frontier|border strip|line)\b|\bauthority (?:[\w'’-]+ ){0,4}?(?:remains?|remained|is|was|has been) (?:still |now )?(?:thin|weak|nominal|tenuous|absent)\b|(?:nobody|no one|no-one) (?:now |really |effectively )?(?:holds|holding|controls|controlling|guards|guarding|mans|manning|patrols|patrolling) (?:the |this |that |these )?(?:[\w'’-]+ ){0,2}?(?:desert|deserts|steppe|badia|border|borders|frontier|ground|area|areas|roads?|line|territory|stretch|countryside|villages?|crossings?|posts?)\b|(?:spread|stretched) (?:too |very |dangerously |increasingly |so )?thin\b|manned by (?:only |just |no more than |fewer than |as few as |a mere )(?:a few|a handful|a dozen|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b|leaving (?:only |just |behind )?(?:a few|a handful of|a few dozen|a dozen|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) (?:[\w'’-]+ )?(?:police(?:men)?|guards|soldiers|men|fighters|troops) to (?:guard|hold|defend|protect|man)\b|unwatched|unguarded|unpatrolled|unmanned(?! (?:aerial|air|aircraft|airplanes?|planes?|vehicles?|craft|systems?|drones?|helicopters?|boats?|surface|ground))|undermanned|unprotected|thinly (?:manned|held|guarded|defended|staffed)|(?:remain(?:s|ed)?|left|lie|lies|lay|are|were|is|was) without (?:any )?(?:protection|guards|security)\b|(?:left|leaves|leave|leaving) (?:[\w'’-]+ ){1,5}?without (?:any )?(?:regular |permanent |effective )?(?:government |military |security |army |state )?(?:force|forces|troops|garrisons?|presence|protection|guards)\b|(?:no|(?=few)(?<!\ba )few|hardly any|barely any|scarcely any) (?:regular |permanent |effective )?(?:government |military |security |army |state )?(?:presence|forces|troops|units|patrols|garrisons?|posts|positions|checkpoints)\b(?= (?:in|on|at|along|between|across|there|since|for|to|facing|near|around)\b|[.,;])|no (?:longer )?(?:any )?(?:checkpoints?|posts?|patrols?|soldiers?|troops|units|policem[ae]n) (?:of (?:the )?(?:army|police|security forces|government|state)\b|(?:has|have|had) been (?:seen|sighted|stationed|posted)\b)|(?:guarded|watched|patrolled|held|manned) by (?:nobody|no one|none|no (?:regular |permanent |effective |organi[sz]ed )?(?:(?:government|military|security|army|state|syrian|iraqi|jordanian) )?(?:force|forces|army|troops|units|soldiers|authority)\b)|(?:guarded|watched|patrolled|manned) (?:only )?(?:rarely|seldom|hardly ever|not at all)\b|(?:rarely|seldom|hardly ever) (?:if ever )?(?:guarded|watched|patrolled|manned)\b|no (?:regular |permanent )?(?:(?:government|military|security|army|state|regime|police|sdf|kurdish|syrian|iraqi|jordanian) (?:or |and |nor )?){0,3}(?:forces?|troops|units?|soldiers?) (?:are|were|is|was) (?:present|stationed|deployed)|no (?:single |one |effective |central |state )?(?:authority|government|force|power) (?:is |was )?in (?:control|charge) of|no (?:single |one |effective |central |state |regular |permanent )?(?:authority|government|force|power|army) (?:now |still |currently |really )?(?:controls|holds|guards|patrols|(?:has|have|had) (?:really |effectively |fully )?(?:controlled|held|guarded|patrolled))\b|no (?:regular |permanent |effective )?(?:(?:government|military|security|army|state|syrian|iraqi|jordanian) )?(?:forces|troops|units) (?:now |still |currently |really )?(?:control|hold|guard|patrol)\b|no (?:(?:syrian|iraqi|jordanian|regular|permanent|effective|government|military|security|army|state) ){0,2}(?:force|forces|army|troops|units) (?:is |are |was |were )?(?:able|capable|strong enough|left) to (?:stop|hold|guard|secure|control|patrol|prevent)\b|(?=no )(?<=\b(?:is|are|was|were|remains?|remained) (?:still |now |yet )?)no (?:syrian|iraqi|jordanian) (?:force|forces|army|troops|units|soldiers|guards)\b(?= (?:in|on|at|along|between|across|there|since|facing|near|around)\b|[.,;])|(?=no )(?<=\bthere (?:is|was|are|were) (?:still |now |simply |really )?)no (?:state|army|government|authority)\b(?= (?:and|or|nor|there|on|in|at|along|across|beyond|facing)\b|[.,;])|(?=no )(?<=\bthere (?:is|was|are|were) (?:still |now |simply |really )?)no (?:(?:syrian|iraqi|jordanian|government|military|security|army|state|regime|police) ){1,2}(?:posts?|checkpoints?|garrisons?|positions?|outposts?)\b(?= (?:in|on|at|along|between|across|there|since|for|facing|near|around|opposite|within)\b|[.,;])|no (?:[\w'’-]+ ){0,5}?(?:force|forces|troops|units?|soldiers) (?:(?:has|have|had) been (?:seen|sighted|stationed|posted|present|deployed)|(?:[\w'’-]+ ){0,4}?(?:was|were) (?:seen|sighted) (?:patrolling|guarding|manning|holding)\b)\b|(?=no )(?<=\bthere (?:is|was|are|were) (?:still |now |simply |really )?)no (?:regular |permanent |organi[sz]ed |effective )?(?:(?:government|military|security|army|state|syrian|iraqi|jordanian) )?(?:force|forces|troops|units)(?: (?:left|remaining|still))?\b(?= (?:in|on|at|along|between|across|there|since|facing|near|around|opposite)\b|[.,;])|(?:have|has|had)(?: had)? no (?:regular |permanent |fixed )?(?:(?:government|military|army|state) )?(?:posts?|checkpoints?|garrisons?|police(?: stations?| posts?)?(?! (?:records?|reports?|files?|cases?|complaints?)\b))\b|(?:posts?|positions?|checkpoints?|desert|border|frontier|area|region|roads?|towns?|villages?|customs (?:halls?|offices?|buildings?|houses?|booths?|sheds?)|(?:guard|sentry) (?:posts?|booths?|huts?|towers?)) (?:[\w'’-]+ ){0,10}?(?:is|are|was|were|has been|have been|had been|lay|lies|stand|stood|stands|remains?|remained|appears?|appeared|seems?|seemed|looks?|looked)(?: to (?:be|have been))? (?:now )?(?:left )?(?:almost |largely |mostly |nearly |completely |entirely |virtually )?(?:empty|deserted|abandoned)|(?:posts|positions|checkpoints|outposts|garrisons)\b[^.;]{0,80}?\b(?:several|some|many|most|half|a few|a number|two|three|four|five|six|dozens)(?: of them| of these| of those)? (?:were|was|(?:have|has|had)(?: since| now| already)? been) (?:since |later |already |recently |simply |quietly )?(?:abandoned|deserted|evacuated|vacated)\b|(?=checkpoint|outpost|position|post)(?<=\b(?:former|old|disused) (?:[\w'’-]+ )?)(?:posts?|positions?|checkpoints?|outposts?) (?:[\w'’-]+ ){0,4}?(?:abandoned|deserted|empty) since\b|(?:posts?|positions?|checkpoints?|crossings?|customs (?:posts?|halls?|offices?)|frontier|border|border strip|stretch|sector) (?:[\w'’-]+ ){0,6}?(?:is|are|was|were) (?:staffed|manned|held|guarded) by (?:only |just |no more than )?(?:a handful|a skeleton (?:crew|staff|force)|a few (?:men|officers|guards|soldiers|policemen))|(?:posted|stationed|deployed|left|kept) (?:only|just|no more than) (?:a handful of|a few) (?:men|officers|guards|soldiers|policemen|police|fighters|troops)\b|(?:(?:government|regime|state|army|military|security|syrian|iraqi|jordanian) )?(?:forces|troops|army|soldiers|units) (?:still )?(?:do not|does not|did not|don't|doesn't|didn't|no longer|cannot|can't) (?:fully |really |effectively )?(?:hold|control|guard|patrol|secure) (?:the |these |those |its |their )?(?:[\w'’-]+ ){0,2}?(?:roads?|desert|border|frontier|areas?|region|stretch(?:es)?|countryside|villages?|hills?|posts?|tracks?|highways?)\b|(?:no longer (?:have|has|had)|(?:have|has|had) no) (?:any )?(?:(?:government|military|security|army|state|regime|police|sdf|kurdish|syrian|iraqi|jordanian|regular|permanent|effective) (?:or |and |nor )?){1,3}presence\b|(?:did not|didn't|do not|don't|never) (?:see|saw|pass|passed|meet|met|find|found) (?:a single|any|one) (?:(?:army|military|government|police|state|regime|security) )(?:checkpoints?|posts?|patrols?|soldiers?|troops|units)\b|(?:is|are|was|were) (?:still |now |largely |mostly )?not (?:held|controlled|guarded|patrolled) by any (?:regular |permanent |effective |organi[sz]ed )?(?:(?:government|military|security|army|state|syrian|iraqi|jordanian) )?(?:force|forces|army|troops|units|authority)\b|(?:left|manned|staffed|held|guarded) (?:only )?(?:with|by) (?:very )?few (?:men|soldiers|guards|officers|policemen|troops)\b|(?:manned|guarded|held|patrolled|staffed) only (?:by day|during the day|in daylight|in the daytime)\b|(?:forces|troops|army|units|government|authorities) (?:have |has |had )?(?:long |often )?struggl(?:ed|es|ing)? to (?:hold|control|secure|patrol)\b|\bcontrol of (?:the )?(?:[\w'’-]+ ){0,3}?(?:was|is|remains|remained) (?:very |only )?(?:thin|tenuous|nominal)\b|(?:soldiers|troops|forces|policemen|police|garrison|army units|units) (?:(?!(?:ambush|attack|kill|shot|fired)\w*)[\w'’-]+ ){0,8}?(?:do not|don't|does not|doesn't|did not|didn't|no longer|never|rarely|seldom|hardly ever|dare not|will not|won't) (?:go|venture|patrol|move|leave) (?:out )?(?:[\w'’-]+ ){0,4}?(?:after dark|at night|after nightfall|after sunset)\b|no (?:(?:government|military|security|army|state|regular|syrian|iraqi|jordanian|other) )*(?:force|forces|troops|soldiers?|units?) (?:has|have|had) (?:\w+ )?(?:manned|held|staffed|occupied|patrolled|guarded) (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:posts?|positions?|checkpoints?|stretch|border|line|crossings?)\b|nearest (?:(?:government|army|military|security|police|regular|syrian|iraqi|jordanian) )?(?:units?|posts?|forces?|troops|checkpoints?|bases?|garrisons?|patrols?) (?:is|are|was|were|lies|stands) (?:now )?[^.;]{0,60}?\b(?:\d+|[a-z]+(?:-[a-z]+)?) (?:kilometres|kilometers|km|miles) away\b|(?:town|village|city|area|district|region|countryside|crossing|border|frontier|post|sector) (?:[\w'’-]+ ){0,3}?(?:has been|have been|had been|was|were|is|are) (?:now )?left with (?:only |just |no more than )?(?:a handful of|a few(?: dozen)?|a couple of dozen|a skeleton (?:crew|force) of|a small (?:unit|detachment|force) of) (?:[\w'’-]+ )?(?:men|officers|guards|soldiers|policemen|police|fighters|troops)\b)/;

/**
 * Ground handed over, after "handed over": "their last liaison post", "to the Ministry all
 * buildings, hangars, runways". The seizure rule reads the same words (its negative lookahead).
 */
const GROUND_HANDED = String.raw` (?:to (?:the )?(?:[\w'’-]+ ){1,4}?)?(?:the |their |its |all |our )?(?:last |remaining |former )?(?:[\w'’-]+ ){0,2}?(?:bases?|air ?bases?|posts?|outposts?|buildings|hangars|runways|compounds?|positions|installations|airfields?|barracks|garrisons?)\b`;

/**
 * Not after a measure taken against the attempt: "arrested 46 persons trying to cross", "men held
 * for trying to cross".
 */
/**
 * Crossers the sentence names as civilians ("41 civilians who tried to cross from Syria", "forty
 * families tried to cross"): people fleeing or moving with their families are no infiltrators,
 * whatever their attempt on the border; crossers of unstated kind still are.
 */
const CIVILIANS_CROSSING = String.raw`(?<!\b(?:civilians|families|refugees|displaced (?:people|persons|families)|women and children)(?: (?:who|that))? (?:had |have |has |also |then )?)`;
const INTERDICTED = String.raw`(?<!\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|caught|catch(?:es|ing)?|stopp(?:ed|ing)|intercept(?:ed|s|ing)?|apprehend(?:ed|s|ing)?|captur(?:ed|es|ing)|turned back|push(?:ed)? back|(?:held|jailed|charged|convicted|sentenced|prosecuted|fined) for) [^.;:]{0,60})`;
/**
 * Armed men on the other side, told as the ones who watch: "small armed groups in pick-ups
 * watching the wall from the Syrian side". Their watch is scouting of the barrier (pressure on
 * it), not a watch kept over it.
 */
const HOSTILE_WATCHERS = String.raw`\b(?:armed (?:groups?|men|cells)|gunmen|militants|insurgents|jihadists|infiltrators|(?:isis|isil|daesh) (?:fighters|cells|members))\b(?: [\w'’-]+){0,3} `;

/** A riot named as what was put down: "contained the riot", "quelled a mutiny". */
/**
 * People brought back to a camp by the force that stopped or caught them: "all six were returned
 * to the camp after guards stopped their vehicle", "were caught at a checkpoint and returned to
 * the camp" (read from "were caught"), "a patrol intercepted them and they were returned to the
 * camp". A return told with no stop or capture is left to the readings of returns home.
 */
/**
 * A sentence about a camp or a prison that names no border, no crossing, no country and no
 * smuggling: "four women from the annex tried to cut through the fence and were caught by the camp
 * guards". A fence cut or a wall got through there is the site's own, no border breached and no
 * infiltration of a country (an escape attempt, read as such by the rules for escapes).
 */
const SITE_ONLY =
  /^(?!.*\b(?:borders?|frontiers?|crossings?|smuggl\w*|infiltrat\w*|syria|syrian|iraq|iraqi|jordan\w*|turk\w*|leban\w*)\b).*\b(?:camps?|prisons?|jails?|annex(?:es)?|detention|detainees|inmates|prisoners)\b/;
export const RETURNED_TO_CAMP_CAUGHT = String.raw`(?:\b(?:was|were|been|being) (?:\w+ )?returned (?:back )?(?:in|into|to) (?:the )?(?:[\w'’-]+ )?camps?\b(?=[^.;]{0,120}?\b(?:stopped|caught|intercepted|arrested|detained|apprehended|tracked down)\b)|(?=(?:(?:was|were|been|being|and) )?returned\b)(?<=\b(?:stopped|intercepted)\b[^.;]{0,120}?)\b(?:was |were |been |being |and )?returned (?:back )?(?:in|into|to) (?:the )?(?:[\w'’-]+ )?camps?\b)`;
/** As {@link RETURNED_TO_CAMP_CAUGHT}, also after "caught" or "arrested" that other rules read. */
export const RETURNED_TO_CAMP_AFTER_STOP = String.raw`(?:\b(?:was|were|been|being) (?:\w+ )?returned (?:back )?(?:in|into|to) (?:the )?(?:[\w'’-]+ )?camps?\b(?=[^.;]{0,120}?\b(?:stopped|caught|intercepted|arrested|detained|apprehended|tracked down)\b)|(?=(?:(?:was|were|been|being|and) )?returned\b)(?<=\b(?:stopped|caught|intercepted|arrested|detained|apprehended|tracked down)\b[^.;]{0,120}?)\b(?:was |were |been |being |and )?returned (?:back )?(?:in|into|to) (?:the )?(?:[\w'’-]+ )?camps?\b)`;

/**
 * A riot put down by those who hold the site: "contained the riot", also told in the passive of a
 * disorder inside ("A disturbance broke out in one wing and was contained by the guards", "the
 * mutiny was quickly quelled"); not one that "was not contained", nor one conceded before the
 * loss that is the news ("had been contained, but several detainees remained unaccounted for").
 */
export const RIOT_PUT_DOWN = String.raw`(?:\b(?:contained|quelled|put down|suppressed|brought under control|ended) (?:the |a )?(?:[\w'’-]+ )?(?:riot|mutiny)\b|\b(?:riots?|mutin(?:y|ies)|disturbances?|unrest|brawls?)\b[^.;]{0,80}?\b(?:was|were|had been|has been|have been) (?:quickly |swiftly |soon |later |eventually |finally |rapidly )?(?:contained|quelled|put down|suppressed|brought under control)\b(?![^.;]*\bbut\b[^.;]*\b(?:unaccounted|escaped|at large|missing|fled|got away)\b))`;

/** A sentence that itself finds no armed hand in a trade: "no evidence of payments to armed groups". */
const NO_ARMED_HAND =
  /\b(?:no|not any|without any|without) (?:evidence|sign|signs|indication|proof|trace) (?:of|that) (?:any )?(?:[\w'’-]+ ){0,3}?(?:armed|militias?|militiamen|gunmen)\b/;

export const MEASURE_AND_THREAT_RULES: EventRule[] = [
  {
    id: "arrest",
    kind: "countermeasure",
    // "Last week they caught eight men coming over from the other side": people caught are taken
    // as people captured are (not a disease caught, a fish, or a thing "caught on camera").
    trigger:
      /\b(?:arrest(?:ed|s|ing)?|apprehend(?:ed)?|captured|rounded up|detain(?:ed|ing|s)?|caught(?= (?:an? |the |two |three |four |five |six |seven |eight |nine |ten |\d[\d,]* |several |dozens of |some )?(?:[\w'’-]+ )?(?:men|women|people|persons|smugglers|infiltrators|suspects|gunmen|fighters|militants|youths|drivers|escapees)\b))\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Arrests" },
    cameo: { code: "173", label: "Arrest, detain, or charge with legal action" },
    tags: ["arrest"],
  },
  {
    // "Since the Americans handed over their last liaison post in Nineveh", "the coalition has
    // handed over to the Ministry all buildings, hangars, runways and fixed equipment of the base":
    // a force that hands over the ground it held, a base, a post or its buildings, leaves it.
    id: "handover",
    kind: "countermeasure",
    // Told without "over", the ground comes first and who takes it after: "the army has handed most
    // desert positions east of Palmyra to tribal auxiliaries" (not posts of office: "handed two
    // ministerial posts to its allies", "key positions to loyalists").
    trigger: new RegExp(
      String.raw`\b(?:handed|hands|handing|hand) over${GROUND_HANDED}|\b(?:handed|hands|handing) (?!(?:[\w'’-]+ ){0,3}?(?:key|senior|top|ministerial|cabinet|government|leadership|party|official|administrative|management|editorial|academic)\b)(?:the |their |its |all |our |most |many |some )?(?:of (?:the |their |its )?)?(?:[\w'’-]+ ){0,2}?(?:bases?|outposts?|posts|positions|checkpoints|garrisons?|barracks)\b(?= (?:[\w'’-]+ ){0,4}?to\b)`,
      "gi",
    ),
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "guards stopped a group of four smugglers", "repelled an infiltration attempt by a
    // terrorist group": smugglers stopped and an attempt to cross beaten back are interdicted,
    // as an attempt foiled is.
    // "it had stopped a convoy of fuel smugglers near al-Bukamal": a convoy or truck of
    // contraband stopped is interdicted, as one intercepted is; so is one told by its load before
    // the passive verb: "a lorry carrying 1.8 million pills inside its fuel tank was stopped".
    // Those killed as they tried to cross are stopped too: "guards killed three gunmen who tried to
    // infiltrate from the desert", "shot dead two smugglers trying to cross" (the ones killed are
    // the verb's object, told by the attempt; gunmen who tried to cross and killed guards are not).
    // So are those killed as they crossed: "troops killed six gunmen who crossed from Syria near
    // the crossing on Friday night" tells the crossing and its end at once; gunmen killed who had
    // crossed "weeks earlier" or "last year" were found inside, not stopped at the line, and so
    // were those who "crossed from Syria into the Sinjar district": the place inside they reached
    // tells they got through (into Iraq, or its territory, is only the crossing's direction).
    // So are people counted as stopped, told by their attempt: "the Border Forces stopped 412
    // people who tried to cross outside the official ports" (not "stopped 40 people to ask"), or
    // as turned back ("pushed back 30 men trying to slip across"): sent back, none got through.
    id: "seizure",
    kind: "countermeasure",
    // Not a relief of guards: "the night shift handed over to the day shift" hands over a watch.
    // Nor ground handed over ("handed over their last liaison post", "has handed over to the
    // Ministry all buildings, hangars, runways"): that is a force leaving it, the rule `handover`.
    // Nor is a town's building seized ("seized the police station, the bakery and a school"):
    // ground taken, the event `territory-taken`.
    // A haul told with a decimal figure ("found 1.4 million captagon pills") is found as a whole
    // number is: the point of "1.4" does not end the clause the lookahead reads.
    // An attempt to cross or break out stopped, told in the passive ("An earlier infiltration
    // attempt, on 9 June, was stopped at the same tower"), is stopped as one in the active is; an
    // attempt at anything else stopped ("the attempt to reach the village was stopped by floods")
    // is no measure. Nor is a count of attempts that "have been stopped" since a day: a tally.
    trigger:
      /\b(?:seiz(?:ed|ures?|es|ing)(?! (?:the |a |an |its |their )?(?:(?:town|village|city)['’]s )?(?:police (?:stations?|posts?)|municipal buildings?|town halls?|government buildings?|bakery|bakeries|schools?|hospitals?)(?! (?:bus|buses|books|supplies|equipment|funds|fees|records)\b))|confiscat\w*|stopp(?:ed|ing) (?:\w+ ){0,3}?attempts?|(?=stopped)(?<=\b(?:infiltration|smuggling|crossing|escape|incursion|breakout) attempts?\b[^.;:!?]{0,30}?\b(?:was|were|had been) )stopped\b|stopp(?:ed|ing) (?:a |an |the |two |three |four |\d+ )?(?:[\w'’-]+ )?(?:convoys?|trucks?|tankers?|lorr(?:y|ies)|boats?|shipments?|consignments?|cars?|vehicles?) (?:of|carrying|loaded with|laden with) (?:[\w'’-]+ ){0,3}?(?:smugglers|contraband|drugs|weapons|arms|ammunition|pills|captagon|hashish|cigarettes|fuel)\b|(?=halted|stopped)(?<=\b(?:convoys?|trucks?|tankers?|lorr(?:y|ies)|boats?|shipments?|consignments?|cars?|vehicles?) (?:carrying|loaded with|laden with) (?:[\w'’.,-]+ ){0,3}?(?:contraband|drugs|weapons|arms|ammunition|pills|captagon|hashish|cigarettes)\b(?: (?!(?:was|were|is|are)\b)[\w'’.-]+){0,5} (?:was|were|had been|has been) )(?:stopped|halted)\b|(?:found|discovered|uncovered|unearthed|dug up)\b(?=(?:[^.;]|\.(?=\d)){0,40}\b(?:tunnels?|weapons|arms|rockets|missiles|mines|(?<=\b(?:an?|another|one) (?:anti-(?:tank|personnel) |unexploded )?)(?:land)?mine|explosives?|explosive (?:materials|belts)|ammunition|caches?|pills|drugs|captagon|pistols?|rifles?|guns|grenades?|detonators?)\b)|(?=discovered|found|uncovered)(?<=\b(?:weapons|arms|ammunition|explosives|rockets|missiles|mines|pills|drugs|captagon|hashish|rifles|pistols|grenades|detonators|caches?) (?:and (?:[\w'’-]+ ){1,2})?(?:were|was|had been|have been|has been) )(?:found|discovered|uncovered)|recovered(?=(?:[^.;]|\.(?=\d)){0,40}\b(?:weapons|arms|rifles|explosives?|ammunition|bodies|pills|drugs|vehicles|cash|caches?)\b)|(?:took|taken|takes|taking|pulled|pulls|pulling|removed|unloaded) out\b(?=(?:[^.;]|\.(?=\d)){0,40}\b(?:pills|drugs|captagon|hashish|narcotics|contraband|weapons|rifles|pistols|ammunition|explosives)\b)|intercept(?:ed|ing)?|foil(?:ed|ing|s)?|thwart(?:ed|ing)?|(?:repell?(?:ed|ing)|repuls(?:ed|ing))(?= (?:an? |the |two |three |\d+ )?(?:[\w'’-]+ ){0,3}?(?:infiltration|incursion|crossing|smuggling) attempts?\b)|stopp(?:ed|ing) (?:an? (?:group|band|gang|party|cell) of )?(?:two |three |four |five |six |seven |eight |nine |ten |\d+ )?(?:armed )?(?:smugglers|infiltrators)\b|(?:stopp(?:ed|ing)|turned back|turning back|pushed back|forced back|drove back) (?:more than |over |about |around |some |nearly |almost )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of) (?:[\w'’-]+ )?(?:people|persons|men|individuals|migrants)\b(?= (?:who (?:had )?(?:tried|attempted|were trying|were attempting)|trying|attempting) to (?:cross|infiltrate|sneak|slip)\b)|(?:killed|killing|shot dead) (?:all )?(?:an? |the |two |three |four |five |six |seven |eight |nine |ten |\d+ )?(?:[\w'’-]+ )?(?:militants|infiltrators|terrorists|gunmen|fighters|smugglers|armed men|insurgents|jihadists)\b(?= (?:who (?:had )?(?:tried|attempted|were trying|were attempting)|trying|attempting|as they (?:tried|attempted)) to (?:infiltrate|cross|sneak|slip|smuggle)\b| (?:who (?:had )?|as they )(?:crossed|infiltrated|sneaked|snuck|slipped) (?:in )?(?:from|into|over|across)\b(?![^.;]{0,60}\b(?:ago|earlier|previously|last (?:year|month|spring|summer|autumn|winter)|in (?:19|20)\d\d)\b)(?![^.;]{0,40}\binto (?:the )?(?!iraq\b|iraqi (?:territory|soil)\b)[\w'’-]+))|prevent(?:ed|ing)? (?:them|the (?:attackers|gunmen|assailants|militants|infiltrators|smugglers)) from (?:reaching|entering|crossing|breaking)|shot down|handed over(?! (?:to )?(?:the |their |its )?(?:[\w'’-]+ )?(?:shifts?|watch|duty|relief)\b| (?:the |their |its )?(?:[\w'’-]+ ){0,2}?(?:mission|command|authority|responsibility|responsibilities|duties|tasks?|leadership)\b| (?:to (?:the )?(?:[\w'’-]+ ){1,4}?)?(?:the |their |its |all |our )?(?:last |remaining |former )?(?:[\w'’-]+ ){0,2}?(?:bases?|air ?bases?|posts?|outposts?|buildings|hangars|runways|compounds?|positions|installations|airfields?|barracks|garrisons?)\b)|destruction of|destroyed|dismantl(?:ed|ing))\b/gi,
    // Customs that "opened the lorry and took out forty cartons of Captagon" took the contraband
    // from its load: a seizure told by the hands that did it.
    // "The seized drugs would be destroyed once the investigation is complete", "the confiscated
    // weapons were handed over to the competent authorities": what becomes of goods seized before
    // is no seizure of its own.
    unless:
      /^(?:(?!\b(?:seiz(?:ed|es|ing)|confiscat(?:ed|es|ing)|intercept(?:ed|s|ing))\b(?! (?:drugs|pills|goods|items|weapons|arms|ammunition|materials|substances|narcotics|cargo|contraband|vehicles|trucks|quantities)\b)).)*\b(?:the|these|those) (?:seized|confiscated) (?:[\w'’-]+ )?(?:drugs|pills|goods|items|weapons|arms|ammunition|materials|substances|narcotics|cargo|contraband|vehicles|trucks|quantities)\b(?=[^.;]{0,80}\b(?:would|will|were|was|are|is|to) (?:be )?(?:destroyed|burned|burnt|handed over|transferred|referred|sent|delivered|disposed of)\b)/,
    acled: { eventType: STRATEGIC, subEventType: "Disrupted weapons use" },
    tags: ["seizure"],
  },
  {
    id: "smuggling",
    kind: "threat",
    // "gangs are hiding pills in refrigerated trucks": goods concealed to pass a border; "a man in
    // Al-Qaim who moves people across every week", "a network that has run people across this
    // stretch of the border": people taken over a border for pay. The trade
    // named as what a measure targets ("coordinating against drug smuggling", "to combat
    // trafficking") is the measure's object, not news of any smuggling. "A network that moves
    // pills from the Qalamoun to the border": an organised trade in illicit goods is trafficking,
    // whatever verb of conveyance it takes, also past an apposition ("the network, led by a Syrian
    // national, moves pills"); so is a smuggling route that "carries rifles and ammunition", a
    // network that "moved an estimated 60 million captagon pills" (the load told with its size),
    // and one that "used its routes to move rifles"; so is a network "that had moved loads across
    // the border every week" (loads told by where they went, over the border). The offence a sanction or a charge names
    // ("designated for their role in trafficking captagon", "charged with drug smuggling") is the
    // measure's ground, as "against smuggling" is its object: no news of a trade of its own. Nor
    // is a person said to have "no link to the smugglers": who they are not, no trade told.
    // Anything "carried across the border by networks of couriers" or "by smuggling rings" is
    // moved by an organised trade over a line: money, goods or people, it is trafficked.
    // So is what people carry "across the border at night" for a living: goods that cross by
    // night, off the crossings' hours, are carried past the state's control. So are goods told
    // as crossing on their own every night ("cigarettes and fuel cross every night on donkeys").
    // "Cartons of Captagon hidden in crates of pomegranates": contraband concealed in a load.
    // ("Accused of smuggling" is left out: "19 killed at the border, most of them accused of
    // smuggling" tells who the dead were.)
    // "Some of the trucks carry rifles and ammunition bought in Syria for buyers in Mosul": arms
    // conveyed from where they were bought to buyers elsewhere are traded, whoever drives them.
    // So are arms carried "bound for buyers in Jordan" (their buyers named, not where they were
    // bought), arms "sold openly in Albukamal" or "now being sold in Anbar" (a market town, not a
    // state's sale "to" another), and arms that "also move across the border": weapons are no
    // goods anyone may carry over a line. So are drugs told entering or carried "through the
    // northern border" or "across the border in vegetable lorries", also after what was done to
    // them first ("the pills were pressed in Syria and carried across the border"); drugs seized
    // or destroyed in between are a measure's, not the trade's. So are herds "driven across the
    // desert frontier from Syria": livestock walked over a line, away from its crossings.
    // "Rifles bought in Syria after the war move the other way, into Anbar": arms told by where they
    // were bought and moving on into another land run a trade as arms carried for buyers do (not
    // arms "moved into a depot" by those who hold them: the verb is the goods' own).
    // So do arms bought in one place and "carried across the desert to armed groups" in another.
    // "Much of the Captagon trade has shifted east, across the border near Rutba": a contraband
    // trade told as moved over a border runs across it (the grain trade that shifted to new
    // buyers, or a trade moved to other ports, crosses no line).
    trigger:
      /\b(?:(?:weapons|arms|rifles|pistols|ammunition|grenades|explosives) (?:bought|purchased) (?:in|from) (?:[\w'’-]+ ){1,8}?(?:move|moves|moving|flow|flows|flowing|travel|travels|travelling|cross|crosses|crossing|carried|taken|driven|trucked|smuggled|ferried|shipped)\b[^.;]{0,30}?\b(?:into|across|over)\b|(?=trade )(?<=\b(?:captagon|drugs?|narcotics|pills?|hashish|arms|weapons|cigarette|fuel|contraband|smuggling) )trade (?:[\w'’-]+ ){0,3}?(?:has |have |had )?(?:shifted|moved|spread|migrated|relocated)\b(?=[^.;]{0,80}?\b(?:across|over|through) (?:the )?(?:[\w'’-]+ )?(?:border|frontier)\b)|(?:herds?|flocks?|sheep|livestock|cattle|camels|goats) (?:[\w'’-]+ ){0,4}?(?:driven|herded|walked|smuggled) (?:[\w'’-]+ ){0,2}?across (?:the )?(?:[\w'’-]+ )?(?:border|frontier)\b|(?:carr(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|ship(?:s|ped|ping)?|transport(?:s|ed|ing)?|bring(?:s|ing)?|brought) (?:[\w'’-]+ ){0,3}?(?:pistols|rifles?|weapons|arms|ammunition|grenades|explosives)(?: (?:and|or) (?:[\w'’-]+ ){0,2}?(?:pistols|rifles|weapons|arms|ammunition|grenades|explosives))? (?:bought|purchased) (?:[\w'’-]+ ){0,4}?for (?:(?:[\w'’-]+ ){0,2}?(?:buyers|customers|clients)|sale)\b|(?:carr(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|ferr(?:y|ies|ied|ying)) (?:[\w'’-]+ ){0,3}?(?:across|over) (?:the |a )?(?:[\w'’-]+ )?(?:border|frontier) (?:[\w'’-]+ ){0,2}?(?:at night|by night|after dark|under cover of (?:darkness|night))\b|(?:carried|moved|taken|ferried|brought|transported|shipped|driven|sent) (?:[\w'’-]+ ){0,2}?(?:across|over) (?:the |a )?(?:[\w'’-]+ )?(?:border|borders|frontier) (?:[\w'’,-]+ ){0,4}?by (?:[\w'’-]+ ){0,2}?(?:networks?|rings?|gangs?|cartels?)\b|(?=cross|pass|came|come)(?<=\b(?:cigarettes|fuel|diesel|petrol|pills|drugs|captagon|hashish|narcotics|weapons|arms|ammunition|contraband)(?: (?:and|or) (?:[\w'’-]+ ){0,2}?)? )(?:cross|crosses|crossed|pass|passes|passed|come|comes|came) (?:over |across )?(?:[\w'’-]+ ){0,3}?(?:every|each) night\b|(?=trade|traffic)(?<!\b(?:against|combat(?:s|ing)?|counter(?:s|ing)?|curb(?:s|ing)?|tackl(?:e|es|ing)|crack(?:s|ing)? down on|crackdown on|charged with|convicted of|charges of|for (?:their |his |her |its )?(?:alleged )?(?:roles?|part|involvement) in) (?:the )?(?:illicit |illegal |cross-border )?)(?:trade|traffic) in (?:illicit |illegal |smuggled )?(?:drugs|narcotics|captagon|hashish|crystal meth|methamphetamines?|weapons|arms|ammunition)\b|(?:pills|drugs|captagon|hashish|narcotics) (?:[\w'’-]+ ){0,2}?(?:entering|entered|enter|enters|coming|came|flowing|flowed|brought|moving|moved) (?:in )?(?:into |to )?(?:[\w'’-]+ ){0,3}?from (?:the )?(?:[\w'’-]+ ){0,2}?(?:syria|iraq|jordan|lebanon|turkey|across the border|the other side)\b|(?=smuggl|traffick)(?<!\b(?:no|any|without) (?:known )?(?:links?|ties|connections?) (?:to|with) (?:the |any |those )?)(?:(?!(?:smuggling|trafficking)\b)|(?<!\b(?:against|combat(?:s|ing)?|counter(?:s|ing)?|curb(?:s|ing)?|tackl(?:e|es|ing)|crack(?:s|ing)? down on|crackdown on|charged with|convicted of|charges of|for (?:their |his |her |its )?(?:alleged )?(?:roles?|part|involvement) in) (?:the |all |illegal |illicit |cross-border |(?:drugs?|arms|weapons|fuel|human|people|cigarette|captagon) ){0,3}))(?:smuggl\w*|traffick\w*)|contraband|(?:move|moves|moved|moving|take|takes|took|taking|ferr(?:y|ies|ied|ying)|bring|brings|brought|bringing|get|gets|got|getting|run|runs|ran|running) (?:people|migrants|families|travellers|travelers|passengers) across(?! (?:the )?(?:city|town|street|road|square|camp|country)\b)|hid(?:e|es|ing|den)? (?:[\w'’-]+ ){0,2}?(?:pills|drugs|captagon|hashish|narcotics|weapons|arms|ammunition|cigarettes) (?:in|inside|under|among)\b|(?=concealed|hidden|stashed)(?<=\b(?:pills|drugs|captagon|hashish|narcotics|weapons|arms|ammunition|rifles|pistols|grenades|explosives|cigarettes) )(?:hidden|concealed|stashed) (?:in|inside|under|among|beneath)\b|(?=hidden|concealed|stashed)(?<=\b(?:pills|drugs|captagon|hashish|narcotics|weapons|arms|ammunition|rifles|pistols|grenades|explosives) (?:[\w'’-]+ ){0,3}?(?:are|were|is|was|have been|has been|had been|being) (?:now |often |usually |still |also )?)(?:hidden|concealed|stashed) (?:in|inside|under|among|beneath)\b|(?=carr|funnel|move|moving|run|send|sent|ship|transport)(?<=\b(?:networks?|rings?|gangs?|cartels?|(?:smuggling |trafficking |same )?routes)(?:,? (?:that|which)(?: (?:had|has|have))?|, [^,.;]{1,60},)? |\bus(?:e|es|ed|ing) (?:its |their |the |these |those |same |smuggling |trafficking ){0,2}(?:routes?|networks?|convoys?|trucks?|tunnels?) to )(?:move|moves|moved|moving|carr(?:y|ies|ied|ying)|ship(?:s|ped|ping)?|transport(?:s|ed|ing)?|run|runs|running|funnel(?:s|l?ed|l?ing)?|send|sends|sent|sending) (?:[\w'’-]+ |[\d.,]+ ){0,4}?(?:pills|drugs|captagon|hashish|narcotics|meth|weapons|arms|ammunition|rifles|grenades|explosives|cigarettes|contraband|(?:loads|shipments|consignments)(?= (?:[\w'’-]+ ){0,2}?(?:across|over) (?:the |a )?(?:[\w'’-]+ )?(?:border|frontier)\b))\b|cross(?:ed|es|ing)? (?:[\w'’-]+ ){0,6}?carr(?:y|ies|ied|ying) (?:[\w'’-]+,? ){0,6}?(?:drugs|captagon|hashish|narcotics|(?:crystal )?meth(?:amphetamines?)?|heroin|cocaine)\b|(?:drop(?:s|ped|ping)?|fl(?:y|ies|ew|own|ying)|throw(?:s|n|ing)?|threw|float(?:s|ed|ing)?|lower(?:s|ed|ing)?) (?:[\w'’-]+ ){0,3}?(?:pills|drugs|captagon|hashish|narcotics|weapons|arms|ammunition|explosives|contraband) (?:over|across|into)\b|(?:carr(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|bring(?:s|ing)?|brought) (?:[\w'’-]+ ){0,3}?(?:pistols|rifles?|weapons|arms|ammunition|grenades|explosives)(?: [\w'’-]+){0,2}? (?:as well as|alongside|along with|together with) (?:the )?(?:[\w'’-]+ ){0,3}?(?:pills|drugs|captagon|hashish|narcotics)\b|(?=coming|crossing|going|moving|travel)(?<=\b(?:pistols|rifles|weapons|arms|ammunition|grenades|explosives)\b[^.;]{0,60}? (?:are|is|were|was) (?:now |also |still )?)(?:crossing|moving|travell?ing|coming|going) (?:(?:into|to|across|over|through) (?:[\w'’-]+ ){1,3}?)?(?:alongside|along with|together with) (?:the )?(?:pills|drugs|captagon|hashish|narcotics)\b|(?=came|come|cross|go|move|moving|travel|went)(?<=\b(?:pistols|rifles|weapons|arms|ammunition|grenades|explosives) (?:now |also |often |increasingly )?)(?:move|moves|moved|moving|travel|travels|travelled|traveled|come|comes|came|go|goes|went|cross|crosses|crossed) (?:alongside|along with|together with|with) (?:the )?(?:pills|drugs|captagon|hashish|narcotics)\b|(?:carr(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|transport(?:s|ed|ing)?|bring(?:s|ing)?|brought) (?:[\w'’-]+ ){0,3}?(?:pistols|rifles?|weapons|arms|ammunition|grenades|explosives)(?: (?:and|or) (?:[\w'’-]+ ){0,2}?(?:pistols|rifles?|weapons|arms|ammunition|grenades|explosives))?,? (?:[\w'’-]+ ){0,6}?(?:bound|destined|intended|headed) for (?:[\w'’-]+ ){0,2}?(?:buyers|customers|clients|sale|the (?:black )?market)\b|(?=sold )(?<=\b(?:pistols|rifles?|weapons|arms|ammunition|grenades|explosives)(?:, [^,.;]{1,60}, | (?:[\w'’-]+ ){0,10}?)(?:are|were|is|was|have been|has been|being) (?:now |still |also |often |openly |being )*)sold (?:openly )?(?:in|on the (?:black )?market)\b|(?=sold )(?<=\b(?:pistols|rifles?|weapons|arms|ammunition|grenades|explosives)\b[^.;]{0,100}?\b(?:moving|move|moves|moved|flowing|flow|flows|flowed|travell?ing|going|crossing)\b[^.;]{0,60}?,? )sold (?:on )?to (?:[\w'’-]+ ){0,3}?(?:buyers|customers|clients|factions|militias|tribes|clans|gangs)\b|(?=shifted|moved|relocated)(?<=\b(?:captagon|drugs?|narcotics|pills?|hashish|arms|weapons|cigarette|fuel) (?:producers|makers|manufacturers|dealers|traders|networks|gangs|cartels|smugglers|traffickers)\b[^.;]{0,40}? (?:have |has |had )?)(?:shifted|moved|relocated) (?:(?:part|much|some|most|all) of )?(?:their|its) (?:trade|business|traffic|shipments|routes?)\b(?=[^.;]{0,80}?\b(?:border|frontier|crossings?)\b)|(?=cross|flow|move|moving|pass|travel)(?<=\b(?:pistols|rifles?|weapons|arms|ammunition|grenades|explosives)(?:, [^,.;]{1,60},)? (?:now |also |still |increasingly |regularly )?)(?:move|moves|moved|moving|flow|flows|flowed|flowing|cross|crosses|crossed|pass|passes|passed|travel|travels) (?:back )?(?:across|over) (?:the |a )?(?:[\w'’-]+ )?(?:border|frontier)\b|(?=brought|came|carried|come|enter|moved|pass|taken)(?<=\b(?:pills|drugs|captagon|hashish|narcotics)(?: (?!(?:seized|confiscated|found|intercepted|stopped|destroyed|burned|burnt)\b)[\w'’-]+){0,8} )(?:enter|enters|entered|entering|carried|brought|taken|moved|come|comes|came|pass|passes|passed) (?:in )?(?:across|through|over) (?:the |a )?(?:[\w'’-]+ )?(?:border|frontier|crossings?)\b)/gi,
    // "the convoys crossed from Syria at night carrying cigarettes, fuel and crystal
    // methamphetamine": goods that no one may carry, carried over a border, are smuggled. So are
    // drugs "dropped over the border fence" by drones (contraband conveyed over a line), and arms
    // carried "as well as pills" or that "now move alongside the drugs": goods packed with
    // contraband travel as contraband, also told in the progressive with where they go ("grenades
    // bought in Deir ez-Zor are going to Mosul along with the captagon").
    // "He admits he smuggled his mother's stuffed vine leaves into the tower in his rucksack",
    // "cinema-goers smuggle their own snacks into the multiplex": food slipped past a rule of a
    // building, with no border, crossing or contraband in the sentence, is the everyday sense of
    // the word, no trade over a line.
    unless:
      /^(?![\s\S]*\b(?:borders?|frontiers?|crossings?|across|syria|syrian|iraq|iraqi|jordan|jordanian|lebanon|turkey|iran|drugs|captagon|pills|weapons|arms|ammunition|fuel|cigarettes|contraband)\b)[\s\S]*\bsmuggl\w* (?:[\w'’-]+ ){0,4}?(?:snacks?|sweets|food|meals?|sandwich(?:es)?|cakes?|biscuits|cookies|chocolates?|popcorn|crisps|vine leaves|dolma|kubba|pastr(?:y|ies)|treats|lunch(?:es)?|dinners?)\b/,
    tags: ["smuggling"],
  },
  {
    // Lorries "with false floors" or "a hidden compartment": loads built to pass a check, as
    // smuggling builds them. The thing is cited, not its clause, so a dated clause that tells a
    // stop ("the truck customs stopped on Sunday was carrying, under a false floor, ...") is still
    // the day's happening.
    id: "concealment",
    kind: "threat",
    itemized: true,
    trigger:
      /\b(?=fake|false)(?<!\bno )(?:false|fake) (?:floors?|bottoms?)\b|\b(?=concealed|hidden|secret)(?<!\bno )(?:hidden|secret|concealed) compartments?\b/gi,
    tags: ["smuggling"],
  },
  {
    // "Officers at the crossing let 40 lorries through without inspection", "two tankers entered
    // through the gate without being searched": loads waved past the check a border post owes them
    // are brought in past the state's control, as goods "entered without papers" are (the tag's
    // reading), whether for bribes or by a lapse the post's own authority admits. Only at a border
    // post (context), and not when none were ("no tankers entered ... without being searched") or
    // every load is checked ("every lorry passes through a scanner" tells no "without").
    id: "unchecked-loads",
    kind: "threat",
    trigger:
      /\b(?:(?:let|lets|letting|allow|allows|allowed|allowing|waved?|waves|waving|permitted) (?:[\w'’-]+ |[\d,]+ ){0,3}?(?:trucks|lorries|tankers|vehicles|pick-?ups|shipments|consignments|containers|loads|cargo(?:es)?)\b|(?=trucks|lorries|tankers|vehicles|pick|shipments|consignments|containers|loads|cargo)(?<!\b(?:no|none of the|not one of the|not a single) (?:[\w'’-]+ |[\d,]+ ){0,2}?)(?:trucks|lorries|tankers|vehicles|pick-?ups|shipments|consignments|containers|loads|cargo(?:es)?) (?:[\w'’-]+ ){0,2}?(?:passed|pass|passes|entered|enter|enters|crossed|cross|crosses|went|came|got)\b)[^.;]{0,80}?\bwithout (?:(?:a|an|any|full|proper|the|customs|physical|thorough) ){0,2}(?:inspections?|checks?|search(?:es)?|screening|being (?:inspected|checked|searched|screened|x-rayed))\b/gi,
    context:
      /\b(?:borders?|frontier|crossings?|border ports?|customs|(?:border|frontier|customs) (?:posts?|gates?|points?))\b|\bthe [\w'’-]+ (?:crossing|gate|post)\b/,
    tags: ["smuggling"],
  },
  {
    id: "infiltration",
    kind: "threat",
    trigger: new RegExp(
      `\\b(?:(?=infiltrat)(?<!\\b(?:treated|considered|regarded|deemed|classed|classified|dealt with) as (?:an? )?|\\b(?:considered|deemed) (?:to be )?(?:an? )?)infiltrat\\w*|incursions?|(?=groups)${INTERDICTED}groups of (?:armed |young )?(?:men|people) (?:[\\w'’-]+ ){0,2}?cross(?:es|ed|ing)?\\b(?=[^.;]{0,40}?\\b(?:at night|by night|after dark|on foot|illegally|undetected|unseen|secretly)\\b)(?=[^.;]{0,60}?\\b(?:from|coming from|out of) (?:the )?(?:syrian|iraqi|jordanian) (?:side|territory|desert)\\b)|(?=terrorists|militants|fighters|jihadists|insurgents)${INTERDICTED}(?:terrorists|militants|fighters|jihadists|insurgents) (?:could|can|might|may|would|will) (?:still )?(?:cross|slip|move|return) (?:back )?(?:over )?into (?:iraq|syria|jordan|(?:iraqi|syrian|jordanian) territory)\\b|flow of (?:terrorists|fighters|militants|jihadists)|entering Iraqi territory|(?=(?:isis|isil|daesh) |members|terrorists|militants|fighters|gunmen|armed men|infiltrators|jihadists|insurgents|cells?\\b)${INTERDICTED}(?:(?:isis|isil|daesh) )?(?:members|terrorists|militants|fighters|gunmen|armed men|infiltrators|jihadists|insurgents|cells?) (?:[\\w'’-]+ ){0,2}?(?:crossed|cross|crosses|crossing) (?:[\\w'’,-]+ ){0,8}?into (?:iraqi|syrian|jordanian) territory|(?=(?:isis|isil|daesh) |members|terrorists|militants|fighters|gunmen|armed men|infiltrators|jihadists|insurgents|cells?\\b)${INTERDICTED}(?:(?:isis|isil|daesh) )?(?:terrorists|militants|fighters|gunmen|armed men|infiltrators|jihadists|insurgents) (?:[\\w'’-]+ ){0,3}?crossed (?:(?:at|through|over|near|via) (?:the |a |an )?(?:[\\w'’-]+ ){0,2}?(?:wadi|valley|gap|section|stretch|breach|border|wall|berm|fence|trench|frontier)|(?:the )?(?:border|wall|berm|fence|frontier))\\b|(?=(?:isis|isil|daesh) |members|terrorists|militants|fighters|gunmen|armed men|infiltrators|jihadists|insurgents|cells?\\b)${INTERDICTED}(?:(?:isis|isil|daesh) )?(?:terrorists|militants|fighters|gunmen|armed men|infiltrators|jihadists|insurgents) (?:[\\w'’-]+ ){0,3}?crossed (?:over )?(?:from|out of) (?:syria|iraq|jordan|turkey|lebanon|(?:the )?(?:syrian|iraqi|jordanian|turkish) (?:side|territory|desert))\\b|(?=cross )${INTERDICTED}cross the border illegally|(?:cut|broke|slipped|sneaked|snuck) (?:through|across|past) (?:the )?(?:(?!internal|inner|cell)[\\w-]+ ){0,2}?(?:fences?|walls?|berms?|barriers?|border)|(?=tr|attempt)${INTERDICTED}${CIVILIANS_CROSSING}(?:tr(?:y|ied|ies|ying)|attempt(?:ed|s|ing)?|attempts? by (?:[\\w'’-]+ ){0,3}?[\\w'’-]+) to (?:cross|sneak|slip)\\b(?! (?:the )?(?:street|road|river|line)\\b)|prob(?:e|es|ed|ing) (?:the )?(?:[\\w-]+ )?(?:wall|fence|berm|border|frontier|defen[cs]es)|attempts? by (?:an? |the |two |three |four |five |six |\\d+ )?(?:[\\w'’-]+ ){0,2}?(?:terrorists?|terrorist (?:groups?|cells?)|militants|fighters|gunmen|armed (?:men|groups?|elements)|infiltrators|jihadists|insurgents|(?:isis|isil|daesh) (?:members|fighters|cells?|groups?)) to (?:approach|reach|breach) (?:the )?(?:[\\w'’-]+ )?(?:border|wall|fence|berm|frontier|border strip)\\b(?![^.;]*\\b(?:engaged|repelled|repulsed|thwarted|foiled|arrested|captured|killed|intercepted|pushed back|turned back|drove them back|forced them back)\\b)|(?=observ|scout|watch)(?<=${HOSTILE_WATCHERS})(?:watch(?:es|ed|ing)?|scout(?:s|ed|ing)?|observ(?:e|es|ed|ing)) (?:the )?(?:[\\w-]+ )?(?:wall|fence|berm|border|frontier|defen[cs]es)\\b|(?:terrorists|militants|fighters|gunmen|armed men|armed groups?|infiltrators|jihadists|insurgents|cells?) (?:[\\w'’-]+ ){0,3}?approach(?:ed|ing|es)? (?:the )?(?:[\\w'’-]+ )?(?:border|wall|fence|berm|frontier|border strip)\\b(?![^.;]*\\b(?:engaged|repelled|repulsed|thwarted|foiled|arrested|captured|killed|intercepted|pushed back|turned back|drove them back|forced them back)\\b))\\b`,
      "gi",
    ),
    // "the main reservoir from which fighters could cross back into Iraq": fighters who could
    // cross into a country are an infiltration feared, a threat told as possible.
    // "anyone seen near the wall at night will be treated as an infiltrator": a class someone is
    // put in names what they would be taken for, not an infiltration.
    // "a group of 25 ISIS members crossed from the desert into Iraqi territory": fighters that
    // cross into another state's territory infiltrate it, as those "entering Iraqi territory" do.
    // So do armed men who "crossed at the wadi where the trench is silted" or "crossed through the
    // unbuilt section": armed men crossing at a point of the line cross the border there. So do
    // gunmen who "crossed from Syria on the night of 9 December": a neighbour named as where armed
    // men came from is the border they crossed.
    // "its fighters have tried to cross", "they probe the wall every few weeks": attempts on a
    // border are the pressure on it whether or not they succeed. People "arrested trying to
    // cross" are told for the arrest: the attempt is the object of the measure, not news of its own.
    // "Small groups of men cross there at night on foot, coming from the Syrian side": groups of
    // crossers of unstated kind coming over unseen (at night, on foot, illegally) from the other
    // side are the pressure on the line, as crossers of unstated kind who try to cross are; people
    // who cross a bridge from the other side every morning to work are not.
    // "Armed groups approaching the border berm from the Syrian side": armed groups near the line,
    // as armed men are, press on it; shepherds or traders approaching it do not.
    // "An attempt by a terrorist group to approach the border strip", "a failed attempt by two
    // gunmen to reach the wall": an armed group's attempt on the line is an attempt to cross it,
    // told whatever became of it when its stop is told before it ("repelled an attempt by ...",
    // read from the words around it, as for "an attempt by armed men to cross"); one told with
    // its end after it ("... and both were killed before they reached it") is that end's, as the
    // approach above is. An attempt by shepherds or traders to approach it is none.
    unless: SITE_ONLY,
    tags: ["infiltration", "border-security"],
  },
  {
    // "ISIS cells in the Syrian desert are still trying to send fighters and weapons into Anbar":
    // a jihadist group moving its men into another country is infiltration, told from the sender.
    id: "infiltration-sent",
    kind: "threat",
    trigger: new RegExp(
      `(?=send|sent|push|smuggl|mov|slip)${INTERDICTED}\\b(?:send(?:s|ing)?|sent|push(?:es|ed|ing)?|smuggl(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|slip(?:s|ped|ping)?) (?:more |new |its |their )?(?:fighters|militants|jihadists|infiltrators|members|operatives)(?: and [\\w'’-]+(?: [\\w'’-]+)?)? (?:into|across|towards?)\\b(?! (?:the )?(?:city|town|village|neighbou?rhood|district|battle|fight|fighting|front|front lines?)\\b)|(?=send|sent)${INTERDICTED}\\b(?:send(?:s|ing)?|sent) (?:small |armed |new |more )*(?:groups|squads|cells) (?:across|over|towards? (?:the |iraq['’]s |jordan['’]s |syria['’]s )?(?:border|frontier))\\b(?! (?:the )?(?:desert|badia|city|town|village|province|countryside|region|area)\\b)|(?=send|sent)(?<=\\bsyrian (?:desert|badia|side|steppe)\\b[^.;]{0,60}?)${INTERDICTED}\\b(?:send(?:s|ing)?|sent) (?:small |armed |new |more )*(?:groups|squads|cells|bands) of (?:fighters|militants|jihadists|men) east(?:wards?)?\\b|(?=tr|attempt)${INTERDICTED}\\b(?:tr(?:y|ied|ies|ying)|attempt(?:ed|s|ing)?) to (?:reach|enter) (?:iraqi|syrian|jordanian|turkish) (?:territory|soil)\\b(?![^.;]*\\b(?:repelled|repulsed|thwarted|foiled|stopped|intercepted|turned back|pushed back)\\b)|\\bprob(?:e|es|ed|ing) (?:the |its |their )?(?:border |defensive |defence |defense )?lines?\\b(?! of\\b)`,
      "gi",
    ),
    // "Armed groups in eastern Syria are seeking to move fighters into western Anbar": so do armed groups.
    // "Cells keep trying to reach Jordanian territory", "militants still send armed groups across
    // at night", "cells probe the line after every storm": the same pressure, told by the attempt
    // on another state's territory, by groups sent over (not across a desert or a town), or by the
    // defended line probed (not "a line of credit"); the context keeps it to the militants. An
    // attempt told with attempts stopped in the same sentence ("continue to try to reach Iraqi
    // territory, and two attempts were repelled") is the stop's, as the approach above is.
    // "Cells in the desert still send fighters towards Anbar": a direction is the same sending.
    // So are groups sent "towards the border": "ISIS remnants in the Syrian desert continue to send
    // small groups towards the border".
    // From the Syrian desert or side, groups of fighters sent "east" are sent towards Iraq: "Remnants
    // of ISIS in the Syrian desert still try to send small groups of fighters east".
    context:
      /\b(?:isis|isil|daesh|islamic state|cells?|militants|jihadists|insurgents|terrorists?|armed groups?)\b/,
    tags: ["infiltration", "border-security"],
  },
  {
    id: "vacuum",
    kind: "threat",
    trigger:
      /\b(?:security vacuum|power vacuum|unstable|instability|chaos|no owner|without enough guards|vulnerable|weakest link|gaps|economic collapse|(?:camp|prison|system) collapses|(?:security|situation) (?:\w+ ){0,3}?deteriorat\w*|deteriorating security|without (?:any |a )?(?:military|security|government|army) (?:presence|forces|troops)|no (?:military|security|government) presence)\b/gi,
    tags: [],
  },
  {
    id: "unheld",
    kind: "threat",
    trigger: new RegExp(`\\b${UNHELD.source}`, "gi"),
    tags: ["security-vacuum"],
  },
  {
    id: "aid-disruption",
    kind: "threat",
    trigger: /\b(?:delayed|disrupted|suspended|blocked|cut off)\b/gi,
    context: /\b(aid|deliveries|supplies|humanitarian|convoys?)\b/,
    tags: ["humanitarian"],
  },
  {
    // Money taken out of a bank is no force taken out of a place: "sums withdrawn in cash", "any
    // cash withdrawal above 50,000 US dollars", "customers withdrew their savings". Posts "thinned
    // out" or "stripped" have had troops taken from them, as abandoned ones have.
    id: "withdrawal",
    kind: "event",
    hostile: true,
    trigger:
      /\b(?:(?=withdr)(?<!\b(?:cash|bank|atm|money|deposit|account|currency) )withdr(?:aw(?:al|n|s|ing)?|ew)\b(?! (?:(?:in|of|from|their|his|her|its|the|all|some|any) )*(?:cash|money|funds|savings|deposits|dollars|currency|banknotes|bank|banks|accounts?|atms?)\b)|pull(?:ed|ing)? out|drawdown|reviewing its presence|reduction of (?:the )?(?:US|U\.S\.|United States|American|coalition|foreign) (?:forces|troops)|(?:army|troops|forces) (?:leave|leaves|left)|expel(?:s|led|ling)? (?:the |all )?(?:[\w'’,-]+ ){0,4}?(?:troops|forces|soldiers|advisers|advisors|trainers|instructors|military personnel)|mov(?:e|ed|es|ing) (?:[\w'’-]+ ){1,4}?out of|(?:transition|transfer|relocation|redeployment|movement|move) of (?:the |its |their )?(?:[\w'’-]+ ){0,3}?(?:forces|troops|soldiers|units|personnel|contingents?) out of|(?:posts?|positions?|checkpoints?|bases?) (?:[\w'’-]+ ){0,14}?(?:were|was|have been|had been) (?:abandoned|vacated|evacuated)|(?=checkpoints|garrisons|outposts|positions|posts)(?<!\b(?:around|near|beside|behind|by|of|at|from|to|outside|between|among|past) (?:the |its |their |our |a |an )?(?:[\w'’-]+ ){0,2})(?:posts|positions|checkpoints|garrisons|outposts) (?:[\w'’-]+ ){0,8}?(?:were|have been|had been) (?:thinned|thinned out|stripped|drawn down|scaled back)\b|abandon(?:ed|s|ing)? (?:their |its |the )?(?:posts?|positions?|checkpoints?|bases?)|pull(?:s|ed|ing)? (?:[\w,'’-]+ ){1,4}?out of|hand(?:ed|ing|s)? over (?:[\w'’-]+ ){0,4}?(?:air )?bases?|handover of (?:[\w'’-]+ ){0,4}?(?:air )?bases?|wind(?:s|ing)? down (?:[\w'’-]+ ){0,4}?(?:mission|presence|deployment)|evacuat(?:e|ed|es|ing) (?:their |its |the )?(?:positions?|bases?)|consolidat(?:e|ed|es|ing|ion of) (?:its |their |the |US |American )*(?:forces|troops|presence)|(?:bases?|positions?) (?:that )?(?:clos(?:e|es|ed|ing)\b|(?:was|were|is|are|has been|have been) (?:closed|vacated|evacuated))|(?:clos(?:e|ed|es|ing)|closure of|vacat(?:e|ed|es|ing)) (?:the |its |their |a |two |three |several )?(?:[\w'’-]+ ){0,2}?bases?|(?:air ?)?base closures?|(?:soldiers|troops|forces|units|personnel|convoys?|battalions?|brigades?|squadrons?|detachments?|task force) (?:[\w'’-]+ ){0,6}?(?:left|leaving|leaves|(?=leave)(?<=\b(?:will|would|to|must|shall) )leave|departed|departing|rolled out of|rolling out of|rolls out of|evacuated|evacuating|vacated|vacating|abandoned|abandoning) (?:the |its |their )?(?:[\w'’-]+ ){0,3}?(?:bases?|air ?bases?|garrisons?|outposts?|posts?|positions?)\b|(?:soldiers|troops|forces|advisers|advisors|trainers|(?=coalition)(?<!\b(?:ruling|governing|political|parliamentary|electoral|opposition) )coalition) (?:have |has |had )?(?:left|departed) (?!behind\b|(?:their |his |her |the |its )?(?:families|homes|weapons|equipment|vehicles|bodies|dead|wounded|government|cabinet|parliament|talks|negotiations|alliance|bloc|meeting|session|room|door|decision|question|matter|issue)\b|(?:dead|wounded|without|with|for|to|in|on|at|after|before|when|as|and|but|or|a|an)\b)[a-z][\w'’-]*|(?:convoys?|troops|forces) (?:[\w'’-]+ ){0,6}?(?:rolled|rolling|rolls) out\b|(?:soldiers|troops|forces|units) (?:have |has |had )?(?:evacuated|vacated|abandoned) (?!(?:the |their |its )?(?:wounded|injured|civilians|residents|families|people)\b)[a-z][\w'’-]*|(?:departure|expulsion|removal|exit) of (?:the )?(?:[\w'’-]+ ){0,5}?(?:soldiers|troops|forces|units|contingents?|advisers|advisors|trainers|personnel|occupiers?|(?=soldier)(?<=\b(?:every|each|the last) (?:[\w'’-]+ )?)soldier)|(?:soldiers|troops|forces|units|contingents?|advisers|advisors|trainers|personnel) (?:have |has |had )?(?:completed|complete|completes|completing|began|begun|begin|begins|beginning|started|start|starts|starting|finished|finish|finishes|finishing) (?:their|its) (?:final |full |last )?(?:departure|exit|pull-?out) from\b|hand(?:ed|ing|s)? (?:the|its|their) (?:air )?bases? (?:over )?to\b|(?:not|never|refuse) (?:to )?extend (?:the )?(?:stay|presence|mandate|deployment) of|until (?:the )?last (?:[\w'’-]+ )?(?:soldier|troops?) (?:has |have |had )?(?:left|leaves|leave|departed|departs|gone)|(?:soldiers|troops|forces|advisers|advisors|personnel)(?: (?:in|at) (?:the )?[\w'’-]+)?,? (?:(?:including|except|excluding|apart from|besides|even) [^,.;]{1,50}, )?(?:will|would|are to|are due to|are set to|must|should|to) (?:[\w'’-]+ ){0,2}?(?:leave|depart|go home)\b|(?:soldiers|troops|forces|advisers|advisors|personnel|(?:guard|security|protection) force) (?:[\w'’-]+ ){0,6}?(?:fall|falls|fell|drop|drops|dropped|decline|declines|declined|shrink|shrinks|shrank|shrunk) (?:to|by) (?:about |around |roughly |some |nearly |almost |more than |fewer than |less than |under |just |only )?(?:\d[\d,.]*|(?:a|one) (?:third|quarter|half|fifth)|half|two[- ]thirds|three[- ]quarters)|(?:soldiers|troops|forces|units|personnel) (?:[\w'’-]+ ){0,6}?(?:reduced|cut|halved|thinned) (?:by|to)\b|(?:number|numbers|size|strength) of (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:soldiers|troops|forces|units|personnel|advisers|advisors|trainers|contingents?) (?:[\w'’-]+ ){0,5}?(?:has|have|had|was|were) been (?:reduced|cut|halved|thinned)\b|(?:soldiers|troops|forces|units) (?:have |has |had )?consolidated\b|(?:soldiers|troops|forces|units|personnel) (?:were |was |have been |had been )?(?:pulled back|moved (?:back|away) (?:from|to|towards))\b|pull(?:ed|s|ing)? back (?:from|to|towards)\b|pull(?:ed|s|ing)? (?:the |its |their |our |all )?(?:[\w'’-]+ )?(?:helicopters|aircraft|jets|planes|drones|troops|forces|soldiers|units|advisers|advisors|personnel) back (?:from|to|towards)\b|(?:bring|brings|bringing|brought|get|gets|getting|cut|cuts|cutting|reduce|reduces|reducing) (?:its |their |the |us |american )?(?:[\w'’-]+ ){0,4}?(?:troops|forces|soldiers|presence|contingent|personnel) (?:[\w'’-]+ ){0,3}?down to\b|(?:bring|brings|bringing|brought) (?:(?:most|all|some|half|the rest) of )?(?:its|their|the|our|us|american) (?:[\w'’-]+ )?(?:troops|forces|soldiers|personnel|contingents?) home\b|(?:bring|brings|bringing|brought) home (?:(?:most|all|some|half|the rest|the last) of )?(?:its|their|our) (?:[\w'’-]+ ){0,2}?(?:troops|forces|soldiers|personnel|contingents?|advis[eo]rs|trainers|instructors)\b|\bbe down to (?:a few|several|about|around|some|fewer than|less than|under|just|only|\d)[^.;]{0,20}\b(?:troops|soldiers|personnel|service ?members)\b|(?:cut|cuts|cutting|halv(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|shrink(?:s|ing)?|trim(?:s|med|ming)?) (?:the |its |their )?(?:us |american |coalition |foreign )?(?:force|forces|troops|contingent|presence|garrison) (?:(?:in|at|on) (?:[\w'’-]+ ){1,3}?)?(?:by (?:half|a third|a quarter|two-thirds|\d+(?: ?per ?cent|%)?)|to (?:fewer than|less than|under|about|around|some|just|only|\d))|\bfund(?:s|ed|ing)? only (?:half|a third|a quarter|two-thirds|part|some) of (?:the |its |their )?(?:current |existing |present )?(?:us |american |coalition )?(?:force|forces|troops|contingent|presence|garrison)\b|(?:reduc(?:e|es|ed|ing)|scal(?:e|es|ed|ing) (?:back|down)|draw(?:s|ing|n)? down|drew down|thinn?(?:ed|ing)? out) (?:its|their) (?:own )?(?:(?:military|troop|ground|combat) )?(?:forces|troops|presence|contingents?|deployments?|garrisons?|advisers|advisors|trainers)\b)\b|(?:soldiers|troops|forces|advisers|advisors|trainers|personnel) (?:(?:have|has|had) (?:begun|started) |(?:began|begin|begins|started|start|starts|are|is|were|was) )leaving (?!behind\b|(?:their |his |her |the |its )?(?:families|homes|weapons|equipment|vehicles|bodies|dead|wounded)\b|(?:without|with|for|to|in|on|at|after|before|when|as|and|but|or|a|an)\b)[a-z][\w'’-]*|\b(?:the last|all(?: (?:the|its|their|our))?|the remaining|the rest of (?:the|its|their|our)) (?:[\d,]+ )?(?:of (?:the |its |their |our ))?(?:[\w'’-]+ )?(?:soldiers|troops|personnel|service ?members|advisers|advisors|trainers|instructors) (?:have |has |had )?(?:returned|come|came|come back|came back|gone|went|flown|flew|were flown|were brought|have been brought|had been brought) home\b(?! (?:on|for) (?:leave|holidays?|the holidays?|eid|christmas)\b)/gi,
    // "When the last 120 soldiers returned home", "all its trainers have come home": the last or all
    // of a force gone home is the deployment over, withdrawn (not soldiers home on leave).
    // "Plans to cut the force in Syria by half", "asked Congress to fund only half of the current
    // force": a force told cut by a share or to a figure, or funded only in part, is drawn down.
    // A force that leaves its base, is cut, consolidated or pulled back, or cuts the support it
    // gives another: "a US convoy left the Al-Shaddadi base", "forces in north-east Syria had been
    // reduced by roughly half", "units were pulled back to the cities". A demand that foreign
    // forces go is pressure to withdraw them, whoever makes it (advisers or trainers as well as
    // troops: "pressing the government to expel the last foreign trainers"; not "expel the
    // ambassador", a diplomat being no force): "the expulsion of foreign forces",
    // "the departure of all foreign combat and advisory forces", "not to extend the stay of the
    // occupier", "until the last American soldier has left"; so is "the departure of every
    // American soldier" (one soldier told for all of them). A unit named by its echelon leaves as
    // troops do: "the battalion will leave the air base in December" (not "soldiers on leave").
    // A contract or plan "for base closure, retrograde of equipment and environmental restoration
    // at Harir Air Base": a base closure, told as a compound noun, is the force leaving it as "the
    // closure of the base" is (a road closure near a base is not).
    // A state that "will bring most of its forces home" withdraws them (nationals brought home are
    // repatriated, not troops: the tag `repatriation` leaves forces out); so does one that "brought
    // home the last of its special forces advisers", the object after "home".
    // A state that "has reduced its forces in the northeast" or "scaled back its presence" cuts
    // its own: the possessive names the force as the subject's, so another's losses never read so.
    // A force counted smaller in the passive is cut too: "the number of their personnel in the
    // region has been reduced this year".
    // A force that pulls its aircraft or men back to a rear base draws down where they served:
    // "the Americans pulled the helicopters back to the airport last month".
    // Told as a noun, the move is the same: "funds for the transition of US forces out of federal
    // Iraq"; and a state that "has reduced its advisers with the SDF" cuts its own advisory force.
    // Forces told leaving, or as having begun to leave, are going: "the troops have begun leaving
    // the country", "advisers are leaving Erbil" (not "leaving behind their vehicles").
    // Advisers and the coalition leave as troops do: "the coalition left Ain al-Asad and Baghdad in
    // 2025", "the last advisers left the federal areas"; a political coalition ("the ruling
    // coalition left the government") and a coalition that "left the door open" do not.
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // A foreign force told by its own name to leave the country it serves in: "the Bundeswehr will
    // leave Iraq by the spring", "reports that the Italian contingent is to leave Kurdistan", "NATO
    // would depart from Iraq" (the force nouns of \`withdrawal\` do not cover a force's proper name).
    // Only in a sentence naming a coalition or foreign military body the lexicon knows, and not of
    // people who are no force ("the families will leave Syria").
    id: "named-force-leaves",
    kind: "event",
    trigger:
      /\b(?:will|would|is to|are to|is due to|are due to|is set to|are set to|must|shall|(?:plans?|intends?|is going|are going|wants?|decided|has decided|agreed) to) (?:(?:fully|completely|soon|finally|eventually|now) )?(?:leave|depart(?: from)?|quit|pull out of) (?:(?:federal|northern|northeast|north-east|northeastern|north-eastern) )?(?:iraq|syria|kurdistan|the kurdistan region|iraqi kurdistan|erbil|baghdad|the country|the region)\b/gi,
    context: FOREIGN_FORCE_NAMES,
    unless:
      /\b(?:refugees|families|civilians|residents|displaced|detainees|prisoners|migrants|students|tourists|diplomats|companies|investors|workers)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "coalition air support had been cut to two or three strikes a month": support one force
    // gives another, cut, is a drawdown of the one and a change to the other's activity.
    // Air patrols flown over another force's sites are the same support: "the guard force has lost
    // the regular American air patrols" tells the patrols ended, not a patrol deployed.
    // So do aircraft that "no longer fly from Qasrak" or "stopped flying over the camps", foreign
    // patrols that "stopped coming to the prison in the summer", and
    // flights told to end: "the surveillance flights supporting their prisons will end in January".
    // Money is support too: "the bill cuts the Train and Equip Fund for the Syrian Democratic Forces
    // by 40 percent" cuts what one force gives another, whatever the fund is called. So does money
    // for another force told to fall: "stipends for the SDF's detention guards fall from 130 million
    // to 85 million dollars", "funding for the partner forces was cut by a third".
    // So is money told by what it was voted for before whose it is: "the budget allocated for wages and
    // vehicles for the Kurdish-led guard force dropped from 90 million to 70 million", or by what it
    // pays of the force: "funding for stipends and training of the guard forces fell from 156 to 130".
    // So does a supply line told ended: "the weekly cargo rotation to Qamishli, which supplied the
    // forces guarding the prisons, was cancelled" stops what kept another force supplied.
    // So does a force that "has lost most of its US funding": the money a foreign backer gave it
    // has stopped, whoever is told as the subject. So is a backer's money told ended: "coalition
    // funding for their salaries ended in October", or told to end: "the coalition had told the SDF
    // that its payments for the guards of the detention sites would end in March". Money may be
    // named by what it pays: "the money that pays many of its prison guards will stop". A backer
    // that "ended its funding for the guard force at the SDF's prisons" is told cutting it as its act.
    // So is a backer that ended the programme paying a force: "the Pentagon ended a program that paid
    // stipends to the guards at the prisons" (not a programme that paid farmers or teachers).
    // So is a supply a backer paid for, to a force or its sites, told ended: "US-funded food
    // deliveries to the guard force's camps stopped in May when the grant lapsed" (not "the
    // coalition-funded deliveries continued, while ..."; a supply to a school is no force's).
    // So is such a supply told fallen, in a sentence about a force or its sites: "guards at three
    // prisons said supplies of fuel and food funded by the coalition had fallen by half" (not the
    // aid to a town's schools). The cut told as a noun is the same: "the reduction in coalition
    // stipends has left the camp guards short", in a sentence that names the force or its sites (not
    // "the cut in US funding for ethanol").
    id: "support-cut",
    kind: "event",
    trigger:
      /\b(?:ended|ends|ending|stopped|halted|suspended|scrapped|cancell?ed|terminated) (?:(?:on|in|last|this) (?:[\w'’-]+ ){1,3}?)?(?:a|the|its|their) (?:[\w'’-]+ ){0,2}?(?:program(?:me)?s?|schemes?|funds?|grants?) (?:that|which) (?:paid|pays|funded|funds|financed|covered|covers) (?:(?:the )?(?:stipends|salaries|wages) (?:of|to|for) )?(?:the |its |their |about |some |nearly |almost |more than |over )?(?:[\w'’,-]+ ){0,3}?(?:forces|guards|fighters|troops|units|partners?|sdf|peshmerga|asayish)\b|\b(?:ended|ends|ending|stopped|stops|halted|halts|suspended|suspends|cut off|cuts off) (?:its|their|all) (?:funding|funds|financing|payments|stipends|aid) (?:for|to) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:forces|(?:guard|protection|security) force|guards|partners?|troops|sdf|peshmerga|asayish)\b|\b(?:lose|loses|losing|lost|loss of) (?:(?:most|much|all|part|some|half|a third|a quarter) of )?(?:the |their |its )?(?:us|u\.s\.|american|coalition|western|foreign|international) (?:funding|funds|financing|financial support|money|stipends|salaries|aid|assistance)\b|\b(?:us|u\.s\.|american|coalition|western|foreign|international)(?:'s|’s)? (?:funding|funds|financing|financial support|money|stipends|payments|aid|assistance) (?:for|to|of) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:forces|guards|partners?|army|units|troops|sdf|peshmerga|asayish|salaries|stipends|wages|pay) (?:has |had |have )?(?:ended|ends|stopped|stops|ceased|dried up|ran out|run out|(?:was|were|has been|had been) (?:stopped|halted|suspended|ended))\b|\b(?:its|their) (?:funding|funds|financing|money|stipends|payments|aid) (?:for|to) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:forces|guards|partners?|troops|sdf|peshmerga|asayish)(?: of (?:the |its |their |our )?(?:[\w'’-]+ ){0,2}?(?:prisons?|camps?|sites?|facilit(?:y|ies)|centres?|centers?))? (?:will|would|is to|are to|is due to|are due to) (?:end|stop|cease)\b|\b(?:funds?|funding|budget|stipends|salaries|payments|aid|assistance)(?: (?:appropriated|allocated|earmarked|budgeted|approved|provided|set aside))?(?: for (?:[\w'’-]+ ){0,2}?[\w'’-]+(?= (?:for|of) ))? (?:for|to|of) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:forces|(?:guard|protection|security) force|guards|partners?|army|units|troops|sdf|peshmerga|asayish)(?: (?:at|in|of) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:prisons?|jails?|camps?|sites?|facilit(?:y|ies)|centres?|centers?)(?: (?:in|at|near) (?:[\w'’-]+ ){0,2}?[\w'’-]+)?)? (?:(?:will |would |are to |is to |is set to |are set to )?(?:fall|falls|fell|drop|drops|dropped|decline|declines|declined|shrink|shrinks|shrank)|(?:will be |would be |is being |are being |(?:has|have|had) (?:already |now |since |just |recently |reportedly )?been |was |were |is |are )(?:cut|reduced|halved|slashed)) (?:from|to|by)\b|\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|halv(?:e|es|ed|ing)) (?:the |its |their )?(?:[\w'’-]+ ){0,5}?(?:funds?|funding|money|budget|stipends|salaries|payments|aid|assistance) (?:for|to) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:forces|guards|partners?|army|units|troops|sdf|peshmerga|asayish)\b|\b(?:air support|air cover|support|assistance|backing) (?:[\w'’-]+ ){0,3}?(?:had been |has been |have been |was |were |is being )?(?:cut|reduced|halved|scaled back|slashed) (?:to|by)\b|\b(?:air support|air cover) (?:[\w'’-]+ ){0,3}?(?:had |has |have )?(?:become|became|grown|grew) (?:less frequent|rarer|scarcer|less regular)|\b(?:air support|air cover) (?:ends|ended|will end|would end|stops|stopped|will stop|is withdrawn|was withdrawn)\b|\b(?:surveillance|reconnaissance|drone|air) (?:flights|patrols|sorties) (?:[\w'’-]+ ){0,4}?(?:end|ends|ended|will end|would end|are to end|stop|stops|stopped|will stop|would stop|are to stop)\b|\b(?:lose|loses|losing|lost|loss of) (?:the |their |its )?(?:(?:regular|routine|daily|nightly|weekly|constant|frequent|round-the-clock) )?(?:(?:us|american|coalition|western|foreign|international) )?(?:air support|air cover|air patrols?|aerial patrols?|air surveillance|overflights?)\b|\b(?:helicopters?|aircraft|jets?|warplanes?|gunships?|air patrols?|(?=convoys|lorries|patrols|trucks)(?<=\b(?:us|american|coalition|western|foreign|international)(?:'s|’s)? (?:[\w'’-]+ )?)(?:patrols|convoys|trucks|lorries))\b(?=[^.;]{0,80}?\b(?:no longer|stopped|ceased|have stopped|has stopped) (?:fly|flies|flying|patrol|patrols|patrolling|operate|operates|operating|come|comes|coming|reach|reaches|visit|visits|visiting)\b)|\b(?:money|funds?|funding|cash|grants?) (?:that|which) (?:pays|pay|paid|fund|funds|funded|cover|covers|covered) (?:for )?(?:(?:many|most|all|some|part|half) of )?(?:the |its |their |our )?(?:[\w'’-]+ ){0,2}?(?:forces|guards|partners?|troops|fighters|units|salaries|stipends|wages)\b[^.;]{0,40}? (?:will|would|is to|are to|is due to|are due to|is set to|are set to|is going to|are going to) (?:stop|end|cease|dry up|run out)\b|\b(?:cargo|supply|resupply|logistics|logistical) (?:rotations?|flights?|runs?|convoys?|shipments?)\b(?=[^.;]{0,120}?\b(?:was|were|has been|have been|had been|will be|would be|is being|are being) (?:cancell?ed|suspended|halted|stopped|ended|discontinued|scrapped)\b)|\b(?:us|u\.s\.|american|coalition|western|foreign|international|pentagon)-(?:funded|financed|paid|supplied) (?:[\w'’-]+ ){0,2}?(?:deliveries|supplies|shipments|rations|payments|stipends|salaries)\b (?:to|for) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:forces|guards|partners?|troops|sdf|peshmerga|asayish|prisons?|jails?|camps?|sites|facilit(?:y|ies)|centres?|centers?)\b(?=(?:(?!\b(?:but|while|whereas|although|though|yet)\b)[^.;]){0,100}?\b(?:ended|stopped|ceased|lapsed|ran out|dried up|(?:was|were|has been|have been|had been) (?:cancell?ed|suspended|halted|stopped|ended|discontinued))\b)|(?=deliveries|supplies|shipments|rations|payments|stipends|salaries)(?<=\b(?:guards?|prisons?|jails?|camps?|detention|forces|sdf|asayish|peshmerga)\b[^.;]{0,120}?)(?:deliveries|supplies|shipments|rations|payments|stipends|salaries)(?: of [\w'’-]+(?:,? (?:and )?[\w'’-]+){0,4})? (?:funded|financed|paid for|supplied) by the (?:us|u\.s\.|americans|united states|coalition|pentagon|international coalition) (?:has |had |have )?(?:fallen|dropped|declined|shrunk|shrank|been cut|been halved|halved)\b|\b(?:cuts?|reductions?|halving|suspension|ending) (?:in|of|to) (?:the )?(?:us|u\.s\.|american|coalition|western|foreign|international|pentagon)(?:'s|’s)? (?:funding|funds|financing|financial support|money|stipends|payments|aid|assistance|backing|support|air support|air cover)\b(?=[^.;]{0,150}?\b(?:forces|guards|fighters|troops|units|partners?|sdf|peshmerga|asayish|prisons?|jails?|camps?|detention)\b)/gi,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "The SDF pays its guards partly with US funds that end in March", "the council paid the
    // fighters out of coalition money, which ran out in May": a force paying its men with a
    // backer's money told ending loses that backing, as "the money that pays its guards will
    // stop" (`support-cut`) tells it from the money's side.
    id: "support-cut-paid-with",
    kind: "event",
    trigger:
      /\bpa(?:y|ys|id|ying) (?:its |their |the |our )?(?:[\w'’-]+ ){0,2}?(?:guards|forces|fighters|troops|units|men|salaries|stipends|wages) (?:[\w'’-]+ ){0,2}?(?:with|from|out of) (?:the )?(?:us|u\.s\.|american|coalition|western|foreign|international|pentagon) (?:funds|funding|money|grants?|cash|stipends),? (?:that|which) (?:(?:will|would|is to|are to|is due to|are due to|is set to|are set to|is going to|are going to) )?(?:end|ends|ended|stop|stops|stopped|cease|ceases|ceased|expire|expires|expired|run out|runs out|ran out|dry up|dries up|dried up)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // Support told to shrink or told lost, with no figure: "the SDF had been told that coalition
    // air support would shrink to emergencies only", "the forces guarding them have lost much of
    // their support", "the units guarding the camps have lost the coalition's drone cover" (the
    // backer named as the cover's owner). The support is a backer's (air support, or support named by its backer) or
    // that of a force told as the one that lost it; a party or a club that "lost much of its
    // support" lost voters, not a backer.
    id: "support-shrinks",
    kind: "event",
    trigger:
      /\b(?:(?:us|u\.s\.|american|coalition|western|foreign|international)(?:'s|’s)? (?:air )?(?:support|cover|backing|assistance)|air support|air cover) (?:[\w'’-]+ ){0,3}?(?:(?:will|would|could|is to|are to|was to|is set to|is going to|has|had|have) )?(?:shrink|shrinks|shrank|shrunk|dwindle|dwindles|dwindled|be scaled back|be wound down)\b|(?=had|has|have)(?<=\b(?:forces|guards|troops|units|fighters|partners?|partner forces)\b(?: [\w'’-]+){0,5} )(?:have|has|had) lost (?:(?:much|most|all|part|some|half|a third|a quarter) of )?(?:(?:their|its|the) (?:(?:us|u\.s\.|american|coalition|western|foreign|international) )?|(?:the )?(?:us|u\.s\.|american|coalition|western|foreign|international)(?:'s|’s) )(?:support|backing|(?:air|drone|aerial) (?:support|cover))\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "Our partners who hold the prisons will be left alone once the supply road is cut", "the
    // allies are now left to fend for themselves": a backer's partners told left alone lose its
    // support, as those told to have lost it do (`support-shrinks`). Only where the sentence is
    // about forces or the sites they hold: business partners left alone to decide are no force.
    id: "partners-left-alone",
    kind: "event",
    trigger:
      /(?=(?:will|would|could|are|were|is|was|have|has) )(?<=\b(?:partners?|partner forces|allies)\b(?:,? [\w'’-]+){0,12}?,? )(?:will|would|could|are|were|is|was|have|has)(?: now)?(?: be| been)? left (?:alone|on (?:their|its) own|to fend for (?:themselves|itself))\b/gi,
    context:
      /\b(?:forces?|guards?|troops|fighters|soldiers|prisons?|camps?|detention|militants|isis|daesh|bases?|front|army|convoys?|supply)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "The pull-out would leave the Kurdish-led force on its own to run the camps", "their
    // departure will leave the partner units alone": a withdrawal told to leave another force
    // alone, as its subject, takes its backing away, as partners told "left alone" lose it
    // (`partners-left-alone`). Only with the withdrawal as the subject: "the ceasefire will leave
    // the villages alone" tells no force's departure.
    id: "withdrawal-leaves-alone",
    kind: "event",
    trigger:
      /\b(?:withdrawal|departure|pull-?out|drawdown|draw-down|exit|evacuation)\b(?: of (?:the |its |their )?(?:[\w'’-]+ ){0,3}?(?:forces|troops|soldiers|advisers|advisors|coalition|americans))?(?: from (?:the )?(?:[\w'’-]+ ){0,3}?[\w'’-]+)? (?:(?:will|would|could|may|might|is going to|threatens to) )?(?:leave|leaves|left|leaving) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:alone|on (?:their|its) own|to fend for (?:themselves|itself))\b/gi,
    context:
      /\b(?:forces?|guards?|troops|fighters|prisons?|camps?|detention|sdf|asayish|peshmerga|partners?|allies)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "The helicopter detachment that flew supplies to the guard forces ... has moved to Jordan": a
    // force told moved out to a country beyond the theatre (the Gulf, Jordan, home) has left where
    // it served, whatever verb of moving tells it. Told in the active voice, with the force as the
    // object, it is the same move: "Washington will relocate the last trainers to Qatar", "the
    // ministry moved its remaining advisers to Kuwait and Jordan" (not a move "to Jordan's border").
    id: "relocation-out",
    kind: "event",
    trigger:
      /\b(?:detachments?|squadrons?|task force|contingents?|helicopters|aircraft|advisers|advisors|trainers|troops|forces|personnel|soldiers|units?|teams?)\b[^.;]{0,160}?\b(?:has|have|had|was|were|is|are)(?: been| being| now)? (?:moved|relocated|redeployed|transferred|shifted|pulled back) (?:out )?to (?:neighbouring |neighboring )?(?:jordan|kuwait|qatar|bahrain|germany|the gulf|the united states|(?:their |its )?home (?:bases?|countr(?:y|ies))|home)\b(?!['’]s)|\b(?:move|moves|moved|moving|relocate|relocates|relocated|relocating|redeploy|redeploys|redeployed|redeploying|transfer|transfers|transferred|transferring|shift|shifts|shifted|shifting) (?:the |its |their |our |all |most |some |part of (?:the |its |their |our )?)?(?:(?:remaining|last|rest of the|rest of its|rest of their) )?(?:[\w'’-]+ ){0,2}?(?:detachments?|squadrons?|task force|contingents?|helicopters|aircraft|advisers|advisors|trainers|troops|forces|personnel|soldiers|units|teams) (?:out )?to (?:neighbouring |neighboring )?(?:jordan|kuwait|qatar|bahrain|germany|the gulf|the united states|(?:their |its )?home (?:bases?|countr(?:y|ies))|home)\b(?!['’]s)/gi,
    unless: /\b(?:refugees|families|detainees|prisoners|patients|wounded|bodies|displaced)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "The ministry transferred three battalions from the steppe to the capital", "the command
    // pulled its armoured regiments away from the river towns": a force's units moved away from
    // ground they held leave it, wherever they go (the ground left is told after "from").
    id: "units-moved-away",
    kind: "event",
    trigger:
      /\b(?:moved|moves|pulled|pulls|transferred|transfers|shifted|shifts) (?:the |its |their |our |all |most |some |several |part of (?:the |its |their )?)?(?:[\w'’-]+ ){0,2}?(?:brigades?|battalions?|regiments?|divisions?|units|troops|soldiers|forces) (?:away )?from (?:the |its |their )?[\w'’-]+/gi,
    unless: /\b(?:refugees|families|detainees|prisoners|patients|wounded|bodies|displaced)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "The foreign soldiers packed everything and left", "our friends from across the ocean are
    // packing up", "the foreign tenant forces will vacate the last of their compounds": a force
    // that packs up, or vacates its compounds or base, is leaving it.
    id: "packing-up",
    kind: "event",
    trigger:
      /\b(?:pack(?:ed|ing|s)? (?:up|everything|all their (?:equipment|gear|kit)|their (?:bags|equipment|gear|kit|containers))|vacat(?:e|es|ed|ing) (?:the |all )?(?:last (?:of )?)?(?:the |their |its )?(?:[\w'’-]+ ){0,2}?(?:compounds?|bases?|positions|posts|barracks|premises|quarters))\b/gi,
    context:
      /\b(?:forces|troops|soldiers|advisers|advisors|trainers|personnel|contingents?|units?|friends|coalition|americans)\b/,
    unless: /\b(?:refugees|families|displaced|tenants of the camp|residents|shops?|stalls?|traders)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // Ground a force gives up, told of the ground: "handed the last of their positions at the
    // airport to the Peshmerga" (a handover without "over"), "the two outposts it manned near the
    // river were closed", "the base has been emptied of its helicopters" (not a base closed "to"
    // visitors or traffic), and the mission itself told ended: "the mission of the Global
    // Coalition against Daesh in federal Iraq ended in September" (its full name told between),
    // "the coalition's military mission in federal Iraq is over". Only where the sentence is about
    // a force: a shop's branch closed or a charity's mission over is none.
    id: "ground-given-up",
    kind: "event",
    trigger:
      /\bhand(?:ed|s|ing)? (?:the last of |all of |the rest of )?(?:the|its|their) (?:last |remaining )?(?:positions|outposts|bases|air ?bases|compounds|garrisons) (?:[\w'’-]+ ){0,4}?to\b|\b(?:bases?|air ?bases?|outposts?|garrisons?|compounds?) (?:[\w'’-]+ ){0,5}?(?:was|were|has been|have been|had been) (?:formally |finally |fully )?(?:closed|shut down|emptied|evacuated|vacated)\b(?! to\b)|\bmission of (?:the )?(?:[\w'’-]+ ){1,5}?(?:in|at) (?:[\w'’-]+ ){1,3}?(?:ended|ends|will end|is to end) (?:in|on|by|at)\b|\b(?:military|combat|training|advisory) mission (?:[\w'’-]+ ){0,4}?(?:is|was) (?:now )?over\b/gi,
    context:
      /\b(?:forces|troops|soldiers|advisers|advisors|trainers|personnel|contingents?|units?|brigade|battalion|task force|coalition|americans|military|army|helicopters)\b/,
    unless:
      /\b(?:refugees|families|displaced|residents|shops?|branch(?:es)?|stores?|charity|hospital|school)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "watched the last American convoy roll out towards the Jordanian border": a force's convoy
    // that rolls or drives out of where it was based is the force leaving.
    id: "convoy-out",
    kind: "event",
    trigger:
      /\b(?:convoys?|columns?) (?:[\w'’-]+ ){0,3}?(?:roll(?:ed|s|ing)? out|drove out|drive out|driving out)\b/gi,
    context: /\b(?:american|americans|us|u\.s\.|coalition|military|army|forces|troops|soldiers|armou?red)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal"],
  },
  {
    // "would treat any US troops remaining after that deadline as a legitimate target": a threat
    // to foreign forces that stay, pressure to withdraw them.
    id: "ultimatum",
    kind: "threat",
    trigger:
      /\b(?:legitimate targets?|(?:leave|withdraw|get out) or (?:face|be (?:targeted|attacked|expelled)))\b/gi,
    context: /\b(?:troops|forces|soldiers|bases?|presence)\b/,
    cameo: { code: "13", label: "Threaten" },
    tags: ["troop-withdrawal"],
  },
  {
    // "the routes south of Khanasor are controlled by armed men ... who take a fee on every load",
    // "militias protect the trade", "denies any involvement in the trade", "provide armed escorts
    // for the convoys and take a share of the profits": armed men who run, tax or shelter a
    // smuggling trade; one that "received a share of the proceeds" or "collects a cut" is paid so.
    // So is an armed faction that "charges lorries a fee to pass its checkpoints ... and provides
    // the escorts": it is paid for the passage of the loads it guards. So are "armed men linked to
    // the network" who "guard its loading points": a trade named in the sentence, its sites or
    // loads guarded by armed men.
    id: "trade-protection",
    kind: "threat",
    trigger:
      /\b(?:(?=guard|protect)(?<=\b(?:armed (?:factions?|groups?|men|gangs?)|militias?|militiamen|gunmen)\b[^.;]{0,60}?)(?<=\b(?:networks?|rings?|cartels?|smuggl\w*|traffick\w*|contraband|pills|drugs|captagon|hashish)\b[^.;]{0,120}?)(?:guard(?:s|ed|ing)?|protect(?:s|ed|ing)?) (?:the |its |their )?(?:[\w'’-]+ )?(?:loading (?:points?|sites?|areas?)|depots?|warehouses?|stores|stash(?:es)?|routes?|convoys?|shipments?|loads?|lorr(?:y|ies)|trucks?)\b|(?=charg|levied|levies|levy|tax)(?<=\barmed (?:factions?|groups?|men|gangs?)\b[^.;]{0,60})(?:charg(?:e|es|ed|ing)|levy|levies|levied|tax(?:es|ed|ing)?) (?:the |every |each |all )?(?:lorr(?:y|ies)|trucks?|loads?|shipments?|convoys?|smugglers?) (?:an? )?(?:fee|toll|levy|cut|tax)(?=[^.;]{0,80}?\bescorts?\b)|(?:routes?|crossings?|trade|traffic|smuggling) (?:[\w'’-]+ ){0,5}?(?:controlled|run|taxed|protected|guarded) by|(?:take|takes|took|taking|levy|levies|levied|charge|charges|charged|charging|receiv(?:e|es|ed|ing)|collect(?:s|ed|ing)?) (?:a |their |its )?(?:fee|cut|share|percentage|toll|levy)s? (?:on|from|of) (?:every |each |the )?(?:loads?|trucks?|shipments?|consignments?|smugglers?|profits|proceeds)|provid(?:e|es|ed|ing) (?:an |the )?armed escorts? (?:for|to) (?:the |their |its )?(?:convoys|shipments|smugglers|traffickers|loads|trucks)|protect(?:s|ed|ing)? (?:the )?(?:drug |smuggling |captagon )?(?:trade|smugglers|traffickers)|(?:involvement|involved|complicity|complicit) in (?:the )?(?:drug |smuggling |captagon )?(?:trade|smuggling|trafficking)|(?:carr(?:y|ies|ied|ying)|smuggl(?:e|es|ed|ing)|mov(?:e|es|ed|ing)) (?:[\w'’-]+ ){0,3}?on behalf of (?:the |an? )?(?:armed (?:men|groups?|factions?|gangs?)|militias?|militiamen|gunmen))\b/gi,
    // A sentence that itself finds no armed hand in the trade ("brokers who take a fee on each
    // truck, though the Office found no evidence of payments to armed groups") tells of middlemen.
    unless: NO_ARMED_HAND,
    cameo: { code: "18", label: "Assault" },
    tags: ["smuggling", "extortion"],
  },
  {
    // "Armed groups on the Syrian side escort the lorries as far as the crossing", "militiamen
    // escorted the trucks to the berm": armed men who escort the trade's loads guard it, as
    // "provide armed escorts for the convoys" tells it. The armed subject comes first, so an army
    // or a customs unit that escorts lorries ("soldiers escort the aid trucks") is not read so.
    id: "trade-escort",
    kind: "threat",
    trigger:
      /\bescort(?:s|ed|ing)?(?<=\b(?:armed (?:factions?|groups?|men|gangs?|smugglers)|militias?|militiamen|gunmen)\b[^.;]{0,60}?\bescort(?:s|ed|ing)?) (?:the |their |its |these |those )?(?:[\w'’-]+ )?(?:lorr(?:y|ies)|trucks?|loads?|shipments?|consignments?|convoys?|smugglers?|caravans?)\b/gi,
    unless: NO_ARMED_HAND,
    cameo: { code: "18", label: "Assault" },
    tags: ["smuggling", "extortion"],
  },
  {
    // "They cut the wire at night", "pay the guards at the gates to look the other way": a barrier
    // breached, or its guards bought. So is "the temporary fence" cut where the wall is unfinished. So is one crossed "through a gap cut in the border fence".
    // A berm or a trench is a barrier as a fence is: "crossed through a gap in the berm".
    id: "barrier-breach",
    kind: "threat",
    trigger:
      /\b(?:cut(?:s|ting)? (?:through )?(?:the |a )?(?:(?:temporary|perimeter|border|outer|inner|new|old|wire|security|metal|steel) )?(?:wire|fence|fences|barbed wire)|(?:tunnel(?:s|led|ed|ing)?|dig(?:s|ging)?|dug) (?:\w+ ){0,3}?under (?:the )?(?:wall|fence|barrier)|(?=pay|bribe)(?<!\b(?:cannot|can ?not|can['’]t|can no longer|could not|couldn['’]t|could no longer|unable to|able to|afford to) )(?:pay|pays|paid|paying|bribe|bribes|bribed|bribing) (?:off )?(?:the )?(?:border )?(?:guards|officers|soldiers|police)|look the other way|(?:gaps?|holes?|breach(?:es)?|openings?) (?:was |were |had been |has been |have been )?cut (?:in|through) (?:the |a )?(?:[\w'’-]+ ){0,2}?(?:wire|fences?|wall|barrier)|(?:through|via) (?:a |the )?(?:gap|hole|breach|opening) (?:cut )?in (?:the |a )?(?:[\w'’-]+ ){0,2}?(?:wire|fences?|wall|barrier|berms?|trench(?:es)?))\b/gi,
    unless: SITE_ONLY,
    tags: ["border-security", "infiltration"],
  },
  {
    id: "insurgent-presence",
    kind: "threat",
    trigger:
      /\b(?:(?:isis|daesh|is|militant|jihadist) (?:[\w'’-]+ )?(?:groups?|cells?|fighters|members|militants|remnants) (?:still |now |often )?(?:camp|camps|camped|camping|hide|hides|hid|hiding|shelter|shelters|sheltering|live|lives) (?:out )?(?:in|among|on|near)\b|(?:isis|daesh|militant|jihadist) (?:[\w'’-]+ )?(?:groups?|cells?|fighters|members|militants|remnants) (?:still |now |often |continue to |continues to )?(?:exploit|exploits|exploiting|exploited|use|uses|using) (?:the )?(?:[\w'’-]+ ){0,2}?(?:terrain|caves|valleys|wadis|mountains|hills|thickets|orchards)\b|(?=assembling|concentrating|gathering|massing)(?<=\b(?:isis|daesh|militants|jihadists|insurgents|remnants|cells)\b[^.;]{0,80}?)(?:gathering|massing|assembling|concentrating) (?:near|along|close to|at|on|opposite) (?:the )?(?:[\w'’-]+ ){0,2}?(?:border|frontier)|(?=gathering|massing|assembling|concentrating|ha(?:ve|s|d) |gathered|massed|assembled|concentrated)(?<=\b(?:isis|daesh|militants|jihadists|insurgents|remnants|cells)\b[^.;]{0,80}?)(?:gathering|massing|assembling|concentrating|(?:have |has |had )?(?:gathered|massed|assembled|concentrated)) (?:in|on) (?:the )?(?:[\w'’-]+ ){0,3}?(?:desert|side|territory|steppe|badia)(?: (?:around|near|outside) [\w'’-]+)?,? opposite\b|cells? (?:have |has )?(?:intensified|stepped up|increased) (?:their )?(?:movements?|activit(?:y|ies)|presence)|hideouts?|safe havens?|sleeper cells?|sheltered (?:\w+ )?(?:isis|is|militants?|cells?)|(?:isis|daesh|militant|jihadist) cells?|(?:seen|spotted|sighted)\b(?=[^.;]{0,30}\b(?:isis|is|daesh|militants|gunmen|armed men|jihadists|fighters)\b)|(?:isis|daesh|militants|gunmen|armed men|jihadists|fighters) (?:\w+ ){0,3}?(?:seen|spotted|sighted)|(?:rebuil(?:t|d|ds|ding)|reconstitut(?:ed|ing)|regroup(?:ed|ing)|kept|keeps|maintain(?:s|ed|ing)?) (?:a |its |their )?(?:(?:small|sleeper|dormant|scattered|hidden|active) )?(?:network of )?cells|networks? of cells|(?:cells|militants|jihadists|insurgents) (?:now |still |again )?(?:(?:have|has|had|were|was|are|is) (?:often |repeatedly |regularly )?been (?:seen|spotted|observed) )?(?:move|moves|moving|roam|roams|roaming) (?:openly|freely)|(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought|continu(?:e|es|ed|ing)|work(?:s|ed|ing)?) to (?:reconstitute|regroup|rebuild|reorgani[sz]e|re-?establish)(?! (?:the |its |their )?(?:economy|homes?|houses?|schools?|villages?|lives|families|infrastructure)\b)|(?:isis|daesh|isil|cells|remnants|militants|jihadists|insurgents) (?:[\w'’-]+ ){0,2}?(?:(?:are|is|were|was) (?:now |still |again |quietly |already )?(?:regrouping|reorgani[sz]ing|reconstituting)|(?:have|has|had) (?:now |again |quietly |already )?(?:regrouped|reorgani[sz]ed|reconstituted))\b(?! (?:the |its |their )?(?:economy|homes?|houses?|schools?|villages?|lives|families|infrastructure)\b)|(?:cells|remnants|militants|jihadists|insurgents|isis|daesh) (?:have |has |had )?(?:grown|become|became|grew) (?:more |much more |increasingly |even )?(?:active|bolder|daring|emboldened|aggressive)|(?:cells|remnants|fighters|militants) (?:[\w'’-]+ ){0,4}?(?:hiding|hide|hid|holed up) (?:in|among)\b|(?:isis|daesh|cells?|remnants|militants|jihadists|insurgents) (?:[\w'’-]+ ){0,3}?(?:remains?|are|is) (?:still )?active\b|(?:cells|remnants|militants|jihadists|insurgents) (?:[\w'’-]+ ){0,3}?(?:(?:continu(?:e|es|ed)|still) (?:to )?)?operat(?:e|es|ing) (?:in|across|from|throughout)\b|(?:cells|militants|jihadists|insurgents|remnants) (?:now |still |again |only )?(?:move|moves|moved|moving|roam|roams|roaming) (?:in|through) (?:(?:small |large |larger |bigger )?groups of\b|the (?:[\w'’-]+ ){0,2}?(?:hills|desert|mountains|badia|steppe|valleys?|wadis?)\b)|(?:organi[sz]ation['’]s|group['’]s|isis|daesh|isil) members (?:[\w'’-]+ ){0,4}?(?:hiding|hide|hid|holed up) (?:in|among)\b|(?:isis|daesh|isil) (?:militants|fighters|members|cells|remnants) (?:still )?remain(?:s|ed)? (?:active )?in (?:the )?(?:[\w'’-]+ ){0,2}?(?:desert|badia|steppe|hills|mountains|countryside|valleys?)\b|cells of (?:about |around |some |up to )?(?:\d+|[a-z]+)(?: to (?:\d+|[a-z]+))? (?:fighters|militants|men|members)|(?:fighters|militants|jihadists|insurgents|cells) (?:[\w'’-]+ ){0,2}?(?:moving|move|moved|roaming|roam) (?:freely )?(?:(?:in|on|by) (?:[\w'’-]+ ){1,4}?)?(?:between|across|through|around)\b|(?:showed|shows|show|filmed|photographed|pictured) (?:about |around |some |dozens of |scores of )?(?:\d+ |[a-z]+ )?(?:armed )?(?:fighters|militants|jihadists)\b|(?:gunmen|armed men|militants|fighters) (?:on (?:motorbikes|motorcycles)|in (?:pickups|pick-?up trucks)) (?:[\w'’-]+ ){0,2}?(?:in|on|across) the (?:[\w'’-]+ ){0,2}?(?:hills|desert|mountains|badia|steppe|valleys?|wadis?)\b|(?:gunmen|armed men|militants|jihadists|cells) (?:[\w'’-]+ ){0,5}?(?:watching|watch|watched|observing|monitoring|scouting) (?:the |a |our )?(?:[\w'’-]+ )?(?:roads?|highways?|routes?|traffic|convoys?)\b|(?:isis|isil|daesh|islamic state) (?:still )?(?:retains?|retained|keeps?|kept|maintains?|maintained|has) (?:still )?(?:about |around |some |roughly |an estimated |at least |up to |as many as |between )?(?:\d[\d,]*|(?:several|a few|tens of|some) thousands?(?: of)?|thousands of|hundreds of|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty) thousand)(?: (?:to|and) \d[\d,]*)? (?:[\w'’-]+ )?(?:fighters|militants|members|operatives)\b(?! (?:[\w'’-]+ ){0,2}?(?:in|inside|at) (?:[\w'’-]+ ){0,2}?(?:prisons?|jails?|detention|custody|camps?)\b))\b/g,
    // "Residents say small ISIS groups camp in the dry valleys", "jihadist cells hide in the
    // caves": the group's men told by where they stay, present there. So are those that "continue
    // to exploit the rugged terrain of the Hamrin mountains" or "use the caves of the valley".
    // "ISIS remnants ... were observed gathering near the border", "militants massing along the
    // frontier": armed men assembling at a border, present there and poised to cross (not families
    // or traders gathering at a crossing). So are "ISIS groups gathering in the desert opposite the
    // province": the ground across from a country's province is the far side of its border, also
    // told done and with a place in that desert ("have massed in the desert near Qaim, opposite
    // the border posts").
    // "ISIS remnants remain active in the disputed areas", "cells of ten to twenty fighters moving
    // between the valley and the hills", "a photo report showed about 25 fighters": armed men told
    // as present and moving, not as acting on a day; also told with how they move ("the cells move
    // in small groups on motorcycles between Jabal al-Bishri and Palmyra"), or as still operating
    // Cells that "now move openly at night" or "roam freely" are present without fear.
    // So are cells that "have been seen moving freely in the desert", told by those who saw them.
    // somewhere ("its cells continue to operate in the Badia").
    // Cells that "now move in groups of ten" or "still move in the hills at night", the group's
    // members who "hide in the desert", and ISIS fighters who "remain in the desert" are present there.
    // Armed men "on motorbikes watching the road from the hills" keep a road under their eyes: a
    // presence told by what they watch, before any attack on it.
    // Armed men "on motorbikes in the hills north of the town", "in pickups in the desert": armed
    // men told by how they move and where, present there (not police or herders on motorbikes).
    // Jihadists told as regrouping ("ISIS remnants are regrouping in the desert", "the cells have
    // reorganised in the hills") are present where they regroup, as those "trying to regroup" are
    // (not militants reconstituting their homes or villages).
    // A strength the group is told to keep is its presence too: "ISIS retains several thousand
    // fighters across Iraq and Syria", "still has about 800 fighters in Kirkuk province" (not
    // fighters it holds nothing of, "held in the prisons of Hasakah", nor fighters it lost).
    tags: ["insurgent-presence"],
  },
  {
    id: "extortion",
    kind: "threat",
    trigger: /\b(?:extort\w*|collect (?:"|“)?taxes|ransoms?)\b/gi,
    tags: ["extortion"],
  },
  {
    // "armed men now enter villages at night to demand money and food": money or goods taken under
    // threat of arms is extortion, whatever it is called.
    id: "armed-demand",
    kind: "threat",
    // So is money collected from people who live or trade there: "ISIS members come at night to
    // collect money from shepherds and truffle traders".
    trigger:
      /\b(?:demand(?:s|ed|ing)? (?:money|cash|food|payments?|protection money|zakat|taxes|a share|a cut|fees?)|(?:takes?|took|taken|taking|impos(?:e|es|ed|ing)|levi(?:es|ed)|levy(?:ing)?|charg(?:e|es|ed|ing)|exact(?:s|ed|ing)?) (?:a |an )?["“]?(?:tax|taxes|levy|levies|toll|tolls|zakat|fee|fees)["”]? (?:of (?:about |around |some |up to )?[$\w.,]+ (?:[\w]+ )?)?(?:from|on) (?:every |each |all |the )?(?:[\w'’-]+ )?(?:lorr(?:y|ies)|trucks?|cars?|vehicles?|drivers|truckers|shepherds|herders|farmers|traders|merchants|shopkeepers|travell?ers|passengers)\b|collect(?:s|ed|ing)? (?:money|cash|payments?|protection money|zakat|taxes|levies|fees) from (?:the |local |village |their )?(?:[\w'’-]+ ){0,2}?(?:shepherds|herders|farmers|traders|merchants|residents|villagers|families|drivers|truckers|owners|businesses|shopkeepers|people|civilians))\b/gi,
    context: /\b(?:armed|gunmen|militants|cells?|fighters|jihadists|insurgents|isis|daesh|islamic state)\b/,
    // "Brokers take a fee on each truck ..., though investigators found no evidence of payments to
    // armed groups": the armed men the context finds are the ones the sentence rules out.
    unless: NO_ARMED_HAND,
    tags: ["extortion"],
  },
  {
    id: "radicalization",
    kind: "threat",
    trigger: /\b(?:ideology|radicali[sz]\w*|extremis[mt])\b/gi,
    tags: ["radicalization"],
  },
  {
    id: "fortify",
    kind: "countermeasure",
    trigger: /\b(?:strengthen(?:ed|ing|s)?|fortif(?:ied|ying|y)|bolster(?:ed|ing)?)\b/gi,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["fortification"],
  },
  {
    id: "deployment",
    kind: "countermeasure",
    trigger:
      /\b(?:deploy(?:ed|ing|ment|s)?|reinforc(?:e|es|ed|ing|ements?)|dispatch(?:ed)?|(?=mass)(?<=\b(?:forces|troops|units|soldiers|army|battalions|brigades) (?:have |has |had |are |were )?(?:been )?)mass(?:ed|ing)(?= (?:near|along|on|at|around|opposite|close to|facing|outside)\b)|(?:increas|boost|expand|step)(?:ed|es|e|ing)? (?:up )?(?:their|its|the) (?:military |security |troop |army )?presence|(?:moved|sent|transferred|shifted|redeployed) (?:[\w'’-]+ ){0,3}?(?:battalions?|brigades?|regiments?|divisions?|units|troops|reinforcements|soldiers) to (?:the )?(?:[\w'’-]+ ){0,5}?(?:sectors?|borders?|frontier|crossings?|posts?|positions?)|(?:moved|transferred|shifted|redeployed) (?:[\w'’-]+ ){0,3}?(?:battalions?|brigades?|regiments?|divisions?|units|troops|reinforcements|soldiers) to (?:[\w'’-]+ ){1,6}?to (?:secure|guard|protect|hold)\b|sen[dt] (?:\w+ ){0,2}(?:troops|brigades|battalions|reinforcements|units|soldiers)|(?=sent|dispatched|rushed)(?<=\b(?:troops|brigades?|battalions?|regiments?|companies|reinforcements|units|soldiers) (?:were|was|have been|has been|had been|are being|were being) )(?:sent|dispatched|rushed) (?:to|into|towards)\b(?! (?:the |a |an )?(?:hospitals?|prisons?|jails?|courts?|trial|home|clinics?)\b)|sen[dt] (?:an? |one |another |a further |an additional |a new )(?:[\w'’-]+ )?(?:brigade|battalion|division|regiment|contingent) (?:of (?:the )?(?:[\w'’-]+ ){1,3}?)?to\b|(?:put|puts|putting|placed|places|placing|posted|posts|posting) (?:[\w'’-]+ ){0,3}?(?:battalions?|brigades?|regiments?|companies|platoons|units|troops|reinforcements|soldiers) (?:on|along|at) (?:the )?(?:[\w'’-]+ ){0,3}?(?:sectors?|borders?|frontier|crossings?|crossing points|border posts)\b|stationed|transferred to the|(?:soldiers|troops|reinforcements|battalions?|brigades?|regiments?|companies|units) (?:[\w'’-]+ ){0,3}?(?:arrived|have arrived|has arrived|had arrived) (?:at|in) (?:the |an? |their |its )?(?:[\w'’-]+ ){0,2}?(?:checkpoints?|posts?|positions?|garrisons?|barracks|outposts?)\b|(?:soldiers|troops|reinforcements|battalions?|brigades?|regiments?|companies|units) (?:that |which |who )?(?:arrived|have arrived|has arrived|had arrived) (?:on|at) the (?:border|frontier)\b|(?=arrived|had arrived|has arrived|have arrived)(?<=\b(?:soldiers|troops|reinforcements|battalions?|brigades?|regiments?|companies|divisions?|units) (?:[\w'’-]+ ){0,5}?)(?:arrived|have arrived|has arrived|had arrived)(?= (?:at|in) [^.;]{1,60}? (?:to (?:guard|protect|secure|hold|man|patrol|defend)|and (?:began|begun|started|set about) (?:combing|searching|sweeping|securing|patrolling|guarding|clearing))\b)|(?=arrived|had arrived|has arrived|have arrived)(?<=\b(?:soldiers|troops|reinforcements|battalions?|brigades?|regiments?|companies|divisions?|units) (?:[\w'’-]+ ){0,5}?)(?:arrived|have arrived|has arrived|had arrived)(?= [^.;]{0,60}?\band (?:pushed|drove|forced|beat|fought|repelled|repulsed|routed) (?:back |off )?(?:the )?(?:attackers|assailants|militants|insurgents|jihadists|gunmen|raiders|terrorists)\b)|(?:received|receives|receive|receiving|was given|were given) (?:[\w'’-]+ ){0,2}?(?:additional|extra|fresh|more) (?:battalions?|brigades?|regiments?|companies|platoons|units|troops|soldiers|guards|reinforcements)\b|mov(?:e|ed|ing) guards|dropped (?:\w+ ){0,3}troops|airdropped|hold positions|placed on (?:maximum|high) alert|surrounded|encircled|(?=patrol)(?<!\b(?:fought|fighting|attacked|attacking|ambushed|ambushing|fired (?:on|at|upon)|clashed with|shot at|overran) (?:a |an |the |two |three |several |one )?(?:[\w'’-]+ ){0,2}?)(?<!\b(?:rarely|seldom|hardly ever) )(?:patrol(?:s|ling)?|patrolled(?! (?:only )?(?:rarely|seldom|hardly ever|not at all)\b))\b|escorted(?= by)(?<!\b(?:teams? of (?:[\w'’-]+ ){0,2}?(?:engineers|inspectors|experts|surveyors|monitors)|delegations?|engineers|inspectors|journalists|reporters|visitors|monitors|surveyors|consultants|ministers?|ambassadors?|envoys?)\b[^.;]{0,80}escorted)|escort(?:ed|s|ing)?(?! by)(?! (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}?(?:teams? of (?:[\w'’-]+ ){0,2}?(?:engineers|inspectors|experts|surveyors|monitors)|delegations?|engineers|inspectors|journalists|reporters|visitors|monitors|surveyors|consultants|ministers?|ambassadors?|envoys?)\b)|(?:battalions?|brigades?|regiments?|companies|divisions?|units|troops|forces|reinforcements) (?:[\w'’-]+ ){0,5}?(?:have been |has been |had been |were |was |are |is |being )(?:moved|redeployed|transferred|sent|shifted|added|assigned|attached) (?:up )?to (?:the )?(?:[\w'’-]+ ){0,5}?(?:sectors?|borders?|front(?:lines?)?|frontier|crossings?|posts?|positions?|(?=guard|garrison|cordon|perimeter)(?<=\b(?:added|assigned|attached) to (?:the |its |their )?(?:[\w'’-]+ ){0,2}?)(?:guard|garrison|cordon|perimeter)\b(?! (?:rail|dog|post|house|tower)s?\b| of honou?r\b))|(?:battalions?|brigades?|regiments?|company|companies|divisions?|units?|troops|forces|soldiers|reinforcements) (?:[\w'’-]+ ){0,5}?(?:have been |has been |had been |were |was |are |is |will be |being )(?:assigned|tasked|detailed|posted|sent|dispatched|deployed) to (?:guard|protect|secure|hold|man|patrol)|(?:battalions?|brigades?|divisions?|regiments?|units|troops|reinforcements) (?:[\w'’-]+ ){0,5}?(?:have been |has been |had been |were |was |will be |being )(?:sent|rushed|moved|flown) (?:to|into) [^.;]{1,60}? to (?:guard|protect|secure|hold|man|patrol|defend|reinforce)|(?:battalions?|brigades?|divisions?|regiments?|units|troops|soldiers) (?:[\w'’-]+ ){0,5}?(?:have |has |had )?(?:taken|took) over (?:all |the |its |their )?(?:[\w'’-]+ ){0,2}?(?:checkpoints?|posts?|positions?|garrisons?|barracks|sectors?)|(?:forces|troops|army|police|soldiers|units|guards|brigades?|battalions?|divisions?|regiments?|authorities) (?:have |has |had |also |now |since |then )*(?:set up|sets up|setting up|established|establish|establishes|erected|erects|put up|puts up|added|adds|manned|mans) (?:[\w'’-]+ ){0,2}?(?:checkpoints?|check points|roadblocks?)|sen(?:ds|ding) (?:[\w'’-]+ ){0,3}?(?:troops|brigades?|battalions?|regiments?|companies|reinforcements|units|soldiers)\b(?! (?:commanders?|headquarters|spokesm[ae]n|officers?|chiefs?)\b)|sent (?:us|them|him|it) (?:a |an |another |one |two |three |a second |a third )?(?:[\w'’-]+ )?(?:battalions?|brigades?|regiments?|company|companies|divisions?)\b(?! (?:commanders?|headquarters|spokesm[ae]n|officers?|chiefs?)\b)|add(?:s|ed)? (?:[\w'’-]+ ){0,8}?(?:units?|fighters|guards|troops|soldiers|armou?red vehicles) (?:[\w'’-]+ ){0,3}?to (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:cordon|perimeter|guard force|garrison)\b|(?:mov(?:e|es|ed)|add(?:s|ed)?) (?:a |an |another |one |two |three )?(?:[\w'’-]+ ){0,2}?(?:battalions?|brigades?|regiments?|company|companies|divisions?) (?:of (?:the )?(?:[\w'’-]+ ){1,3}?)?(?:to|on|along|at) (?:the )?(?:[\w'’-]+ ){0,5}?(?:sectors?|borders?|border strip|frontier|crossings?)\b(?! (?:towns?|villages?|cit(?:y|ies)|markets?)\b)|(?=are moving|is moving|moved|moves|will move)(?<=\b(?:battalions?|brigades?|regiments?|company|companies|divisions?) (?:of (?:the )?(?:[\w'’-]+ ){1,3}?)?)(?:moves|will move|is moving|are moving|moved) (?:up )?to (?:the )?(?:[\w'’-]+ ){0,3}?(?:sectors?|borders?|border strip|frontier|crossings?|front(?:lines?)?)\b(?! (?:towns?|villages?|cit(?:y|ies)|markets?)\b))\b/gi,
    // "Two companies of the council's fighters have been added to the guard of the prison", "a
    // battalion was attached to the garrison of the camp": units added, assigned or attached to a
    // site's guard, garrison, cordon or perimeter are deployed there (not to a guard of honour).
    // "Two battalions have been moved to the Rabia and Sinjar sectors", "two border guard regiments
    // were moved to the Al-Waleed sector" (a regiment is an echelon as a brigade is): forces brought to a sector
    // or a border are deployed there. "A unit of the 25th Division has been assigned to guard the
    // station": a force given a post to guard is deployed to it, whatever the post (also one that
    // "had been sent to secure the road", the purpose naming the post); so is one "sent
    // to Al-Sukhnah ... to secure the road", the purpose naming the post, or "moved a new brigade to
    // Palmyra in October to secure the desert roads"; and a unit that "received two more companies"
    // is reinforced (also to a sector named by two places: "moved two more companies to the Tal Afar and
    // Sinjar sector"), as a camp administration that "has received 40 additional guards" is. So is
    // Forces that "have massed near the SDF lines" or "are massing along the border" are deployed
    // there (protesters who mass are not forces).
    // a border where officers "had put two extra companies": units put on a
    // border or sector are deployed there. (Forces moved away to "the coast" or "the cities" say where
    // they went, not what they left: only "pulled back" and "moved away" read as a withdrawal.)
    // A patrol that armed men "fought", "ambushed" or "fired on" is the target of their attack, not
    // a deployment told.
    // "A column of fresh soldiers arrived at the checkpoint on the highway": troops that arrive at a
    // military post (a checkpoint, an outpost, a garrison) are posted there. Soldiers who arrive at
    // a hospital or a wedding are not. Units that arrive in a town or on a road "to secure" or "to
    // guard" it are posted there by the purpose the sentence gives ("two battalions arrived in the
    // valley last week to guard the pass"), or by the work they began there ("arrived in the town
    // and began combing the desert around it"), or by the fight it joined there ("units of the 5th
    // Corps arrived from Homs during the night and drove the attackers back"); a brigade that arrives
    // for a parade is not. So is a unit
    // that "arrived on the border last month": the line it came to is the post it holds.
    // "Units of the 26th Division have taken over all checkpoints on the road": a force that takes
    // over posts now mans them, deployed there as one sent to them is. A force that escorts a
    // visiting team ("engineers inspected the sector, escorted by the 2nd Border Region") guards
    // the visit, not the border: no deployment.
    // "The command sends two more battalions to the sector", "sent us a second battalion", "added a
    // fourth regiment to the northern sector" (or "on the border opposite the town": the units
    // added stand on that line), "a company of the 3rd Battalion moves to the border
    // strip": a force sent, added or moved to a sector or a border is deployed there (not "recommends
    // adding a brigade to the sector": the gerund is what a verb of advice or plan asks for).
    // "The brigade received two additional companies from the 8th Brigade to hold the sector": a
    // force that receives more units is reinforced, told from the receiving side.
    // "Iraqi army units were sent to the area the next morning", "reinforcements were rushed to
    // the crossing": forces told sent in the passive are deployed where they were sent, as those a
    // command "sent" are (not soldiers sent to hospital, to prison or home).
    // "The army sent a brigade to Tadmur in May", "sent a division of the 4th Corps to the desert":
    // one named echelon sent to a place is deployed there as troops sent are (not a division head
    // or a company sent anywhere: a firm or an official is no force).
    // "Iraqi security forces have set up additional checkpoints on the highway": a force that sets
    // up or mans checkpoints puts its men on the road, deployed there (the force must be named: who
    // else sets up a checkpoint is read by the rules of their own acts). "The authorities have set up
    // new checkpoints" names the state, whose checkpoints its forces man.
    // A site's guards sent to a front ("two companies of the prison guard had been sent to the
    // Deir Hafer front") are taken from the site, the rule `guard-diversion`, not deployed.
    unless: GUARDS_TO_FRONT,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    cameo: { code: "154", label: "Mobilize or increase armed forces" },
    tags: ["troop-deployment"],
  },
  {
    id: "security-operation",
    kind: "countermeasure",
    trigger:
      /\b(?:raids?|(?:security|military|counter-terrorism|counter-(?:isis|isil|daesh)|search|clearing|combing|mop-up|sweep|cordon-and-search|ground) (?:operations?|campaigns?)|operations? against (?:the )?(?:(?:isis|isil|daesh|islamic state)(?: (?:remnants|cells|fighters|militants|hideouts))?|(?:[\w'’-]+ )?(?:insurgents|militants|jihadists|terrorists|cells|remnants))|the operation|sweeps?|crackdown|(?:searches|manhunts?|(?=search)(?<=\b(?:a|an|the|its|their|wide|wider|large|major|new|fresh|house-to-house) )search) (?:of|for|in|across) (?:the )?(?:[\w'’-]+ ){0,3}?(?:areas?|region|desert|villages?|farms|orchards|valleys?|wadis?|escapees|fugitives|attackers|gunmen|assailants)|(?=combed|combing|searched|sweeping|swept)(?<=\b(?:troops|forces|soldiers|police|policemen|units|patrols) (?:had |have |has |are |were |is |was )?)(?:searched|combed|swept|combing|sweeping) (?:the |an? )?(?:[\w'’-]+ ){0,2}?(?:areas?|region|desert|villages?|valleys?|orchards|farms|hills|wadis?)|(?=raided)(?<=\b(?:troops|forces|force|soldiers|police|policemen|units|patrols|commandos)(?: (?:of )?(?:the )?[\w'’-]+){0,4} )raided(?= (?:a|an|the|two|three|four|five|several|\d+) (?:[\w'’-]+ ){0,2}?(?:houses?|homes?|hideouts?|buildings?|farms?|warehouses?|apartments?|workshops?)\b)(?![^.;]{0,200}?\band (?:seized|found|confiscated)\b))\b/gi,
    // "a force of the Nineveh Police Command raided a house", "SDF units backed by coalition
    // helicopters raided three houses": a force's raid on a building, told by its verb. One that
    // "raided a warehouse ... and seized" what it found is the seizure's own entry, raid and haul
    // (a raid with arrests is joined to its capture on the timeline instead).
    // "troops had searched the area … and found a hideout": a force's search of ground is an
    // operation done, told by its verb; "had begun a search of villages" names one by its noun
    // (after an article, so no "to search for").
    // "Units are combing the desert between Al-Sukhnah and Al-Taybeh": one under way is too.
    // A raid told as it happened, not "raids like Monday's" mentioned in passing; "the raid near
    // Snuny on 2 November" places and dates one that happened. Raids a force now "carries out" or
    // "conducts" as its practice are told as done too, in the present of a habit; so are those it
    // "runs" or has run ("the CTS now plans and runs raids in Anbar", "units have run night raids").
    context:
      /\b(kill(?:ed|s)?|arrest(?:ed|s)?|captured|raided|searched|combed|swept|combing|sweeping|launch(?:ed|es|ing)?|carr(?:ied|y|ies|ying) out|conduct(?:ed|s|ing)?|runs|running|ran|(?:have|has|had) run|began|begun|targeted|led|lead|leads|leading|took part|take part|taking part|joined)\b|\braid (?:near|in|on|at|against) (?:[\w'’-]+ ){1,4}?on (?:\d{1,2} [a-z]{3,9}|[a-z]{3,9} \d{1,2}|(?:sun|mon|tues|wednes|thurs|fri|satur)day)\b/i,
    // Raids the insurgents carry out are their attacks, not an operation against them; so is one
    // whose raiders the sentence names taking a place ("a raid on the outskirts of the town, when
    // gunmen held a petrol station for two hours"). So are raids told as falling on a state force's
    // posts ("most of them night raids on army posts", "raids against police checkpoints"): the
    // force is their target, not their author.
    unless:
      /\b(air raids?)\b|\braids? (?:on|against) (?:the |an? |their |its |isolated |remote )?(?:army|military|police|security|border|government|regime|checkpoint) (?:[\w'’-]+ )?(?:posts?|outposts?|positions?|checkpoints?|bases?|barracks|stations?|patrols?|points?)\b|\b(?:isis|isil|daesh|islamic state|cells|militants|insurgents|jihadists|gunmen) (?:[\w'’-]+ ){0,3}?(?:carr(?:y|ies|ied|ying) out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?) (?:[\w'’-]+ ){0,2}?raids?\b|\braids? by (?:armed |masked |unknown )?(?:gunmen|armed men|militants|insurgents|jihadists)\b|\braids?\b[^.;]{0,80}?\b(?:when|as) (?:armed |masked |unknown )?(?:gunmen|armed men|militants|attackers|assailants|raiders|insurgents|jihadists) (?:[\w'’-]+ ){0,2}?(?:held|seized|stormed|occupied|overran|took|looted|burned|torched)\b/,
    acled: { eventType: BATTLES, subEventType: "Armed clash" },
    cameo: { code: "190", label: "Use conventional military force" },
    tags: ["counter-terrorism"],
  },
  {
    id: "closure",
    kind: "countermeasure",
    trigger:
      /\b(?:curfews? (?:were |was )?imposed|curfews?|(?:was|were|been|remains?|remained) closed|closure|(?:closed|closes|shut|shuts|sealed|seals) (?:down |off )?(?:the |its |their |a )?(?:[\w'’-]+ ){0,3}?(?:crossings?|borders?|roads?|highways?|airports?|ports?|gates?)|(?=checkpoint)(?<!\b(?:attack(?:ed|ing|s on)|storm(?:ed|ing)|ambush(?:ed|ing)|target(?:ed|ing)|struck|hit|overran|overrun|fired (?:on|at|upon)|shot at) (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2})checkpoints?|house-to-house searches|security (?:checks?|screening)|screening|lists of wanted (?:persons|suspects)|electronic permits|reopen(?:ed|s|ing)?|tighten(?:ed|s|ing)? (?:\w+ )?(?:inspections|checks|controls|security|searches))\b/gi,
    tags: [],
  },
  {
    // "Guards found a damaged window bar during an inspection on 6 January": a site's guards
    // who find something in an inspection of their own are checking what they hold, a screening
    // of the site (not an inspection by visitors, told by the visit's own rules).
    id: "guards-inspection",
    kind: "countermeasure",
    trigger:
      /(?=inspections?)(?<=\b(?:guards|wardens|jailers|prison staff)\b[^.;]{0,60}?\b(?:found|discovered|uncovered|seized|confiscated)\b[^.;]{0,60}?\b(?:during|in) (?:an?|the|their|its|a routine|a surprise) (?:routine |surprise |weekly |daily |night |nightly )?)inspections?\b/gi,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["screening"],
  },
  {
    id: "fortification",
    kind: "countermeasure",
    itemized: true,
    // "the smuggling goes on through the valleys south of the wall", "drones drop drugs over the
    // border fence": a barrier named only to place something beside or across it (a locative
    // phrase of direction or passage) is a landmark, not a barrier built or manned; "a gap in the
    // perimeter fence" names the barrier's failure, not a barrier in effect. "A small bomb went off
    // against the restaurant's riverside wall": a wall a blast or a vehicle was set against is where
    // the attack struck, not a barrier built. A "retaining wall" on a road that "stopped the landslides",
    // a flood wall or a sea wall hold back earth and water: works of engineering, no line of defence.
    // "Our heroic forces will remain a wall of steel against all who seek to harm Iraq": men told to
    // be a wall are its figure of speech, no barrier built.
    trigger: new RegExp(
      String.raw`(?=barbed|anti-tank |continuous |trench|new |concrete |security |separation |wall|earth|berm|fence|watchtower|surveillance tower|fortification|defen[cs]e )(?<!${HOSTILE_WATCHERS}(?:watch(?:es|ed|ing)?|scout(?:s|ed|ing)?|observ(?:e|es|ed|ing)) (?:the |a |its |their )?(?:border |security |separation |concrete |perimeter )?)(?<!\b(?:(?:north|south|east|west)(?:ern)? of|over|beyond|behind|(?:gaps?|holes?|breach(?:es)?|openings?) in) (?:the |a |its |their )?(?:border |security |separation |concrete |perimeter )?)(?<!\bagainst (?:[\w'’-]+ ){0,3})\b(?:barbed[- ]wire(?: fences?)?|(?:anti-tank |continuous )?trench(?:es)?|(?=new |concrete |security |separation |wall)(?<!\b(?:retaining|flood|sea|garden|climbing|noise|partition) )(?<!\b(?:forces|troops|soldiers|men|fighters|guards|army|units|heroes|we|they)\b[^.;]{0,40}?\b(?:remain|remains|remained|be|are|were|stand as|stands as|stood as|act as|acts as|serve as|serves as|form|forms|formed) (?:a|an) (?:[\w'’-]+ )?)(?:new )?(?:concrete |security |separation )?walls?(?! of (?!concrete|earth|sand|steel|stone))|(?:earth(?:en)? )?berms?|fences?|(?:new )?watchtowers?|(?:new )?surveillance towers?|fortifications?|defen[cs]e lines?|defen[cs]e system)\b`,
      "gi",
    ),
    unless: /\bwall street\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["fortification"],
  },
  {
    id: "surveillance",
    kind: "countermeasure",
    // "the new scanner at the Iraqi gate": a scanner is told with the crossing's gate it stands at.
    // Radar that serves flying ("air traffic control will provide radar service", "the weather
    // radar", "approach radar") guides aircraft or forecasts rain; it watches no border or ground.
    // Cameras told as installed on a line of defence ("installed cameras on the towers", "the
    // lighting and cameras it has installed around the perimeter") are put up to watch it,
    // whatever their kind; cameras at a shop's door or a square's entrances watch no line.
    // So are cameras told covering a stretch of a line: "cameras cover no more than about 350
    // kilometres, mostly north of Al-Qaim", "cameras watch the whole border".
    // Camera towers ("camera towers stand roughly every kilometre") are towers put up to watch.
    itemized: true,
    trigger:
      /\b(?:(?:thermal )?camera towers?|thermal (?:surveillance )?cameras?|surveillance cameras?|(?=camera)(?<=\b(?:install(?:ed|ing|s)?|mount(?:ed|ing|s)?|fitted|put up|set up)\b[^.;]{0,40}?)cameras?(?=[^.;]{0,60}?\b(?:perimeter|fences?|walls?|border|berms?|towers?)\b)|cameras?(?= (?:[\w'’-]+ ){0,3}?(?:installed|mounted|fitted|put up|set up)\b[^.;]{0,40}?\b(?:perimeter|fences?|walls?|border|berms?|towers?)\b)|cameras?(?= (?:now |already |only |still )?(?:cover|covers|covered|watch|watches|watched) (?:[\w'’-]+ ){0,5}?(?:kilomet(?:re|er)s|km|miles|border|frontier|line|sectors?)\b)|observation (?:points|posts|towers)|(?:daily )?reconnaissance flights?|sensors?|(?=radar)(?<!\b(?:weather|meteorological|approach|airport|aviation|air traffic(?: control)?) )radars?(?! (?:service|services|control|controllers?|approach|vectors?|vectoring|contact|coverage (?:to|for) (?:all )?(?:civil |civilian )?(?:aircraft|flights|traffic)))|(?:x-ray |new |cargo |body |container )?scanners?(?: (?:at|on) the (?:iraqi|syrian|jordanian) (?:border )?gates?)?|surveillance(?: and (?:air support|precision fire))?)\b/gi,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["surveillance"],
  },
  {
    id: "monitoring",
    kind: "countermeasure",
    // "an operations room in Rutba that watches the line around the clock", "they watch the
    // border": a post or a drone that watches a border line, wall or sector now, as one that watched it.
    // Not the other side's watch: "small armed groups in pick-ups watching the wall from the Syrian
    // side" are militants who scout the barrier, pressure on it, not a watch kept over it. Nor a
    // witness's: "I watched the lorries with their containers pass my house" is someone who saw,
    // and so is one who "watched the last American convoy roll out": what is watched goes by.
    // A drone operator "commended for tracking a group of armed men for eleven kilometres", a post
    // that "tracked the smugglers": armed men or smugglers followed are watched (not a number tracked).
    trigger: new RegExp(
      `\\b(?:(?=watched)(?<!\\bi (?:have |had )?)watched(?! (?:[\\w'’-]+ ){0,6}?(?:roll|rolls|rolled|leave|leaves|left|pass|passes|passed|drive|drove|depart|departs|departed)\\b)|monitored|kept watch|keep watch|under surveillance|track(?:ed|ing|s)? (?:a |an |the |two |three |four |\\d+ )?(?:[\\w'’-]+ ){0,2}?(?:groups? of (?:armed men|gunmen|fighters|militants|infiltrators|smugglers)|cells?|convoys?|infiltrators|smugglers|gunmen|armed men)\\b|(?=watch)(?<!${HOSTILE_WATCHERS})watch(?:es|ing)? (?:over )?(?:the |its |their )?(?:[\\w'’-]+ )?(?:line|border|frontier|wall|berm|sector|perimeter|crossings?|strip)\\b)`,
      "gi",
    ),
    tags: ["surveillance"],
  },
  {
    // Drones told as a means of watching or searching: "received new drones", "drones tracked the
    // group", "drones searched the orchards along the Euphrates for the men who had crossed".
    id: "drones-as-measure",
    kind: "countermeasure",
    itemized: true,
    trigger: /\b(?:additional |new )?drones\b/gi,
    context:
      /\b(received|equipped|acquired|assigned|allocated|cameras|barbed|trench|wall|surveillance|followed|tracked|spotted|detected|monitor\w*|searched|scoured|combed)\b/,
    unless: /\b(struck|strike|attack|smuggl\w*|shot down)\b/,
    tags: ["drone", "surveillance"],
  },
  {
    // "unmanned aircraft of the Border Forces Command operate day and night along the Syrian
    // border", "drones patrol the strip": craft that fly a border, a line or a sector keep watch
    // on it, a measure of whoever flies them. Craft that strike, crash or carry loads are not.
    // So do those a force is "flying over the crossing points every night", the verb before them,
    // and those guards or troops fly over any ground ("border guards have flown drones over the
    // villages every night"): a force's drones over ground watch it.
    id: "drones-on-patrol",
    kind: "countermeasure",
    trigger:
      /\b(?:drones?|uavs?|unmanned (?:aerial vehicles?|aircraft|air vehicles?))\b(?=[^.;]{0,60}?\b(?:operat(?:e|es|ed|ing)|patrol(?:s|led|ling)?|fl(?:y|ies|ew|ying)) (?:[\w'’,-]+ ){0,8}?(?:along|over|above|across) (?:the |its |their |our )?(?:[\w'’-]+ ){0,2}?(?:border|frontier|line|strip|wall|berm|sectors?|crossing points?)\b)|(?=drones|uavs)(?<=\b(?:operat(?:e|es|ed|ing)|fl(?:y|ies|ew|own|ying)) (?:[\w'’-]+ ){0,2}?)(?:drones|uavs)\b(?= (?:along|over|above|across) (?:the |its |their |our )?(?:[\w'’-]+ ){0,2}?(?:border|frontier|line|strip|wall|berm|sectors?|crossing points?)\b)|(?=drones|uavs)(?<=\b(?:guards|forces|troops|army|police|soldiers|units|patrols) (?:(?:have|has|had|now|also|regularly|routinely) )*(?:fl(?:y|ies|ew|own|ying)|operat(?:e|es|ed|ing)) (?:[\w'’-]+ ){0,2}?)(?:drones|uavs)\b(?= (?:over|above) )/gi,
    unless:
      /\b(?:struck|bombed|strikes?|attack\w*|shot down|crashed|smuggl\w*|dropp\w*|carr(?:y|ies|ied|ying))\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["drone", "surveillance"],
  },
  {
    // "The lease for the US air base at Harir has been renewed until 2028", "the support contract
    // for the coalition's logistics hub in the north-east has been extended to September": a
    // backer's site whose lease or service is extended stays in use, a presence kept there. A
    // contract that ended or lapsed is not (its verb is not "extended" or "renewed").
    id: "presence-contract",
    kind: "countermeasure",
    trigger:
      /\b(?:contracts?|leases?|mandates?) (?:[\w'’-]+ ){0,3}?for (?:the )?(?:coalition['’]s|coalition|us|u\.s\.|american|nato['’]s|nato) (?:[\w'’-]+ ){0,2}?(?:bases?|hubs?|facilit(?:y|ies)|garrisons?|airfields?|air ?bases?)\b(?=[^.;]{0,60}?\b(?:has|have|had|was|were) been (?:extended|renewed)\b)/g,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "US forces remain at the garrison", "keeps a small garrison at", "troops stationed in":
    // so do forces that "still hold the base" or "hold the Anbar sector", holding ground being
    // where they are (not "no force holds", which is ground nobody holds). Forces that "now operate
    // only from Erbil" are based there: where a force operates from is where it stays.
    // a force that stays where it is holds a posture, which is a measure like a deployment. Said
    // as a plan ("would keep forces in Syria", "will continue to host coalition forces"), it is
    // the same posture stated for the future, its modality read as for any fact.
    // Told in the passive, ground held by a force is the same: "the line is held by the Border
    // Forces Command, backed by army brigades". So are a site's ways in that its units "still
    // controlled all entrances": every entrance held is the site held.
    id: "presence",
    kind: "countermeasure",
    // "We will keep a residual force in Syria": a force kept when others go, the posture stated.
    // A force told to stay past a date ("the advisers based at the air base will stay beyond
    // March") is kept there as one told to stay at its base is, and so is one that "continues to
    // work there" or "continues to serve at" a base.
    trigger:
      /\b(?:keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|leav(?:e|es|ing)) (?:a |an |its |their |the |our )?(?:small |limited |reduced |minimal |modest )?residual (?:force|forces|presence|contingent|troops)\b|\b(?:forces|troops|soldiers|personnel|service ?members|servicemen|units|contingents?|advisers|advisors|(?:advisory|training|military) teams?) (?:\w+ ){0,2}?(?:(?:are|is|were|was) (?:planned|expected|scheduled|set|due|likely) to )?(?:remain(?:s|ed)?|stay(?:s|ed)?) (?:stationed |deployed |based |posted )?(?:at|in|on|near|there)\b|\b(?:forces|troops|soldiers|personnel|service ?members|advisers|advisors|trainers|instructors|contingents?) (?:\w+ ){0,2}?(?:continue|continues|continued) to (?:work|serve|be (?:based|stationed|deployed|present)) (?:[\w'’-]+ ){0,1}?(?:at|in|on|from|there)\b|\b(?:forces|troops|soldiers) (?:in|at) (?:[\w'’-]+ ){1,3}?(?:will|would) (?:remain|stay)\b|(?=advisers|advisors|contingents?|force|forces|personnel|soldiers|troops)(?<!\b(?:isis|isil|daesh|jihadist|insurgent|militant|rebel|enemy) )\b(?:forces|troops|soldiers|personnel|advisers|advisors|contingents) (?:now |still |currently )?(?:only )?(?:(?:will |would )?continue to )?operate (?:only )?(?:from|out of)\b|(?=contingent|force)(?<!\b(?:isis|isil|daesh|jihadist|insurgent|militant|rebel|enemy) )\b(?:force|contingent) (?:now |still |currently )?(?:only )?(?:continues to |(?:will |would )?continue to )?operates? (?:only )?(?:from|out of)\b|\b(?:forces|troops|soldiers|personnel|advisers|advisors|trainers|contingents?) (?:[\w'’-]+ ){0,4}?(?:will|would|are to|is to|are expected to|is expected to) (?:remain|stay) (?:on )?(?:beyond|past|after|until|through|into)\b|\b(?:keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?) (?:a |an |its |their )?(?:\w+ ){0,2}?(?:garrisons?|(?:military |troop )?presence|contingents?|outposts?)\b|\b(?:forces|troops|soldiers) (?:at|in) (?:the )?(?:[\w'’-]+ ){0,3}?(?:garrison|base|outpost)\b|\b(?:garrisoned|based) (?:at|in)\b(?=[^.;]{0,60}\b(?:garrison|base|outpost)\b)|\b(?:forces|troops|army|units) (?:now |still )?garrison(?:s|ed)?\b|\b(?:keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|leave|leaves|leaving) (?:[\w'’-]+ ){0,3}?(?:forces|troops|soldiers|personnel|advisers|advisors|contingents?) (?:in|at|on|there)\b|\b(?:host(?:s|ed|ing)?) (?:[\w'’-]+ ){0,2}?(?:forces|troops|soldiers|personnel|advisers|advisors)\b|\b(?=battalions|brigades|division|forces|regiments|soldiers|troops|units)(?<!\bno (?:[\w'’-]+ ){0,2}?)(?:forces|troops|soldiers|brigades|battalions|regiments|divisions?|units) (?:now |still |currently )?hold (?:the |every one of |each of |all (?:of )?|its |their |our )?(?:[\w'’-]+ ){0,3}?(?:bases?|sites|sectors?|posts|positions|garrisons?|prisons|camps|border|frontier|crossings?)\b|\b(?=forces|guards|soldiers|troops|units)(?<!\bno (?:[\w'’-]+ ){0,2}?)(?:forces|troops|soldiers|guards|units) (?:now |still |currently )?(?:control(?:s|led)?|held|guard(?:s|ed)?) (?:every one of |each of |all (?:of )?)(?:the |its |their |our )?(?:[\w'’-]+ ){0,2}?(?:entrances|gates|exits|checkpoints)\b|\b(?:line|lines|border|frontier|sectors?|crossings?|posts|positions|strip|bases?) (?:(?!by\b)[\w'’-]+ ){0,4}?(?:is|are|was|were|remains?|remained) (?:now |still |currently )?(?:held|manned|guarded|secured|patrolled|defended) (?:(?:partly|mainly|largely|mostly|chiefly|jointly) )?by (?:the )?(?:[\w'’-]+ ){0,4}?(?:forces?|command|army|brigades?|battalions?|regiments?|divisions?|units|guards|troops|police|soldiers)\b/gi,
    context:
      /\b(residual force|(?:force|contingent) (?:now |still |currently )?(?:only )?(?:continues to |(?:will |would )?continue to )?operates?|forces|troops|soldiers|military|garrisons?|personnel|service ?members|servicemen|contingents?|advisers|advisors|advisory|trainers|instructors|brigades?|battalions?|regiments?|divisions?|(?:units|guards) (?:now |still |currently )?(?:control|held|guard)\w*)\b/,
    // Troops kept after a withdrawal or a mission's end are told as what is left of it.
    unless:
      /\b(?:withdr(?:aw|ew)\w*|pull(?:ed|ing)? out|end(?:s|ed|ing)? (?:its|their|the) (?:[\w-]+ ){0,2}?(?:mission|presence|deployment))\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "A few foreign soldiers were still at the air base last month", "a US training team is still
    // in Erbil", "a detachment stayed behind at the airfield", "coalition troops still patrol the
    // town": a force told as still where it was, or as staying behind when the rest left, is kept
    // there, the posture the rule above reads from "remain". A team is a force only when named as
    // foreign or military ("a US team", "an advisory team"; not a football or medical team), and
    // the force is not the militants' ("ISIS forces were still in the village").
    id: "presence-still",
    kind: "countermeasure",
    trigger:
      /(?=forces|troops|soldiers|personnel|service|advis|trainers|contingent|detachment|garrison|us |u\.s\.|american|coalition|british|french|nato|allied|foreign|military|training|special forces)(?<!\b(?:isis|isil|daesh|jihadist|insurgent|militant|rebel|enemy|opposition) )\b(?:(?:forces|troops|soldiers|personnel|service ?members|advisers|advisors|trainers|contingents?|detachments?|garrisons?)|(?:us|u\.s\.|american|coalition|british|french|nato|allied|foreign|military|training|advisory|special forces) (?:[\w'’-]+ )?teams?)(?: (?!(?:isis|isil|daesh|militants?|insurgents?|jihadists?)\b)[\w'’-]+){0,4}? (?:(?:is|are|was|were) still (?:stationed |deployed |based |posted )?(?:at|in|on|near)|still (?:patrol|patrols|patrolled|visit|visits|come to|comes to|fly over|flies over|man|mans|guard|guards)|(?:stay|stays|stayed|staying|remain|remains|remained|remaining) behind)\b/gi,
    context:
      /\b(?:forces|troops|soldiers|personnel|service ?members|advisers|advisors|trainers|contingents?|detachments?|garrisons?|(?:us|u\.s\.|american|coalition|british|french|nato|allied|foreign|military|training|advisory|special forces) (?:[\w'’-]+ )?teams?)\b/,
    unless: /\b(?:withdr(?:aw|ew)\w*|pull(?:ed|ing)? out)\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "The coalition will keep the air base open into next year": a base kept open keeps the force
    // that holds it there, a posture as a force kept is. Only a base, a garrison or an outpost: a
    // crossing, a road or a school kept open is no force kept.
    id: "base-kept-open",
    kind: "countermeasure",
    trigger:
      /\b(?:keep(?:s|ing)?|kept) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:air ?bases?|bases?|garrisons?|outposts?) (?:[\w'’-]+ ){0,4}?open\b/gi,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "Two brigades of the army held the line alongside the border guards", "the 7th Brigade still
    // holds every post between the crossing and the border": a unit, named by its echelon, that
    // holds a line or the posts on it is deployed there. Ground an armed group holds ("fighters
    // held the village") is not a line manned: the holder is an echelon of a force. A line named
    // by which one it is ("brigades hold a second line behind the army", "a new defensive line")
    // is held as "the line" is (not "a new line of credit").
    id: "line-held",
    kind: "countermeasure",
    trigger:
      /\b(?:brigades?|battalions?|regiments?|companies|divisions?)\b(?: (?!(?:and|but|while|who|which|that)\b)[\w'’,-]+){0,8}? (?:still |now |also )?(?:holds?|held|mans?|manned) (?:(?:the|every|all|its|their|each) (?:[\w'’-]+ ){0,2}?(?:line|lines|posts?|positions?|sectors?|border|frontier)|an? (?:second|third|new|defensive|forward|rear|fortified|front|security|outer|inner) (?:defensive )?line\b(?! of\b))\b/gi,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "Our forces guarding the prison responded": a force told at its post. Not when it is
    // attacked there, nor when it is taken "away from guarding" it.
    id: "guard-posture",
    kind: "countermeasure",
    // A guard made stronger at its post is that posture too: "have doubled the guard on the outer
    // wall of the prison", "tripled the guards at the camp's gates" (not a guard's shift doubled),
    // told in the passive ("the guards were doubled until the power was restored"), or by a unit
    // brought to the site ("moved an extra battalion to the perimeter of the camp").
    trigger:
      /\b(?:forces|troops|soldiers|guards|units|fighters|personnel) (?:(?!from\b|away\b)\w+ ){0,2}?(?:guarding|securing|protecting) (?:the |its |their |our )?(?:[\w'’-]+ ){0,2}?(?:prisons?|jails?|camps?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?)|centres?|centers?|facilit(?:y|ies)|bases?|borders?|crossings?)\b|\b(?:doubled|tripled|doubling|tripling) (?:the |its |their |our )?(?:number of )?(?:guards?|guard force|sentries|patrols) (?:on|at|around|along|of) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:prisons?|jails?|camps?|walls?|perimeter|gates?|fences?|towers?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?)|facilit(?:y|ies))\b|\b(?:guards|sentries|guard force|patrols) (?:[\w'’-]+ ){0,4}?(?:were|was|have been|has been|had been|are|is|will be) (?:also |then |immediately |quickly )?(?:doubled|tripled|reinforced|strengthened|stepped up)\b|\b(?:mov(?:e|es|ed|ing)|add(?:s|ed|ing)?|brought|bring(?:s|ing)?|sen[dt]|sending|deploy(?:s|ed|ing)?|rushed) (?:a |an |another |one |two |three |a further )?(?:extra |additional |further |more |fresh |new )?(?:[\w'’-]+ )?(?:battalions?|brigades?|regiments?|company|companies|platoons?|units?|guards|troops|fighters) (?:of (?:the )?(?:[\w'’-]+ ){1,3}?)?(?:to|around|at|along) (?:the |its |their |our )?(?:(?:perimeter|gates?|walls?|fences?|outer (?:walls?|fences?)) of (?:the |its |their |our )?)?(?:[\w'’-]+ ){0,2}?(?:prisons?|jails?|camps?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?)|facilit(?:y|ies))\b/gi,
    // Not when the guards are the ones attacked ("gunmen attacked troops guarding the camp", "the
    // guards were killed"); guards who "confronted the attack and repelled it" hold their post.
    unless:
      /\b(?:attack(?:ed|ing|s)?|ambush(?:ed|es)?|stormed|struck|targeted|kill(?:ed|ing))\b(?= (?:the |a |an |two |three |several |dozens of )?(?:[\w'’-]+ ){0,2}?(?:forces|troops|soldiers|guards|units|fighters|personnel)\b)|\b(?:were|was|been|being) (?:attacked|ambushed|targeted|killed|struck)\b|\bstrikes? on\b|\baway from\b|\bfrom guarding\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "retained full control of the prison", "kept full control of the camp throughout", "the situation is under control", "were back in
    // their cells": order kept or restored by those who hold the place, or made firmer ("have
    // tightened their control of all detention centres"), "remained under the full control of the
    // Internal Security Forces"; not a place "under the control of the attackers".
    id: "control-kept",
    kind: "countermeasure",
    trigger:
      /\b(?:retain(?:s|ed|ing)?|regain(?:s|ed|ing)?|restor(?:e|es|ed|ing)|re-?establish(?:es|ed|ing)?|reassert(?:s|ed|ing)?|recover(?:s|ed|ing)?) (?:full |total |complete |firm |security )?control\b|\b(?:kept|keeps?|keeping) (?:full |total |complete |firm |security )?control (?:of|over) (?:the |its |their |our |all )?(?:[\w'’-]+ ){0,2}?(?:prisons?|jails?|camps?|centres?|centers?|facilit(?:y|ies)|wings?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?))\b|\b(?:tighten(?:s|ed|ing)?|strengthen(?:s|ed|ing)?) (?:their |its |the |our )?(?:control|grip|hold) (?:of|over|on|around) (?:all |the |its |their |our )?(?:[\w'’-]+ ){0,2}?(?:prisons?|jails?|camps?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?)|wings?|cell ?blocks?)\b|\b(?:situation|prison|jail|camp|facility|riot|unrest|wings?|sections?|blocks?) (?:\w+ ){0,2}?(?:is|was|are|were|remains?|remained|has been|have been|had been) (?:now |fully |completely |firmly |again |back )?under (?:(?:the|our|their|its|full|complete|total|firm|tight) ){0,2}control\b|\b(?:prisons?|jails?|camps?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?)|facilit(?:y|ies)|situation)\b(?=[^.;]{0,60}?\b(?:is|was|are|were|remains?|remained) (?:fully |completely |now |still )?(?:secure|stable|calm)\b)/gi,
    unless:
      /\b(?:lost|losing|loses) (?:full |total |complete )?control\b|\bnot (?:fully |completely )?(?:secure|stable|calm)\b|\bunder (?:the )?(?:full |complete |total )?control of (?:the )?(?:isis|isil|is|daesh|islamic state|attackers|assailants|militants|insurgents|jihadists|gunmen|rioters|inmates|detainees|prisoners)\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "Our forces contained the riot within two hours": a riot in a prison or a camp put down by
    // its guards is control of the site kept, the guards' measure.
    id: "riot-contained",
    kind: "countermeasure",
    trigger: new RegExp(RIOT_PUT_DOWN, "gi"),
    context: /\b(?:facilit(?:y|ies)|prisons?|jails?|camps?|detainees|inmates|prisoners|cells?|wings?)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment", "detention-facility"],
  },
  {
    // "The camp is guarded by more than 400 members of our forces": a detention site's guard
    // force told by its number, the force that holds the site. A guard told thin ("guarded by only
    // 40 men", "nine men instead of twenty-two") is the site left unheld or its guards cut, read
    // by other rules; guards told without a number ("poorly paid recruits") are not read here.
    id: "site-guarded",
    kind: "countermeasure",
    trigger:
      /\b(?:camps?|prisons?|jails?|wings?|annex(?:es)?|facilit(?:y|ies)|detention (?:centres?|centers?|facilit(?:y|ies)|sites?)) (?:[\w'’-]+ ){0,3}?(?:is|are|was|were|remains?|remained)(?: now| still)? (?:guarded|secured|manned|protected) by (?:more than |over |about |some |around |nearly |almost |at least |up to )?(?:\d[\d,]*|hundreds of|dozens of|thousands of|(?:one|two|three|four|five|six|seven|eight|nine) (?:hundred|thousand)) (?:[\w'’-]+ ){0,2}?(?:members|fighters|guards|personnel|troops|soldiers|men|officers|policemen)\b/gi,
    unless: /\binstead of\b|\b(?:fewer|less) than (?:in|before|last)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment", "detention-facility"],
  },
  {
    // "escapees were recaptured", "most of those who fled were caught", "back in custody".
    // "All four were returned to the camp after a patrol stopped their car": people brought back
    // to a camp by those who stopped or caught them are recaptured, not repatriated (people sent
    // home leave the camp; families who "returned to the camp" of their own accord are neither).
    id: "recapture",
    kind: "countermeasure",
    trigger: new RegExp(
      String.raw`\brecaptur(?:e|ed|es|ing)\b|\bre-?arrest(?:ed|s|ing)?\b|\b(?:was|were|been|being|are|is) (?:\w+ ){0,2}?caught\b(?! (?:fire|up|on|off guard|in (?:the )?(?:crossfire|cross-fire|fighting|clashes)))|\b(?:back|returned) (?:in|into|to) (?:custody|(?:their|the|his|its) cells?|(?:the )?prisons?)\b|${RETURNED_TO_CAMP_CAUGHT}`,
      "gi",
    ),
    // "Four detainees escaped but were caught": the escape is the news and the recapture its
    // outcome; "those who fled were caught" is told of the recapture.
    unless: new RegExp(
      `(?=broke out|escaped|fled|got out )(?<!\\b(?:who|that|which) )\\b(?:escaped|broke out|fled|got out (?:over|through|under))\\b|${ANIMALS_ONLY.source}`,
    ),
    acled: { eventType: STRATEGIC, subEventType: "Arrests" },
    cameo: { code: "173", label: "Arrest, detain, or charge with legal action" },
    tags: ["arrest"],
  },
  {
    // "redeployed 500 members of its guard units to the front", "sent to the front lines".
    id: "redeployment",
    kind: "countermeasure",
    trigger:
      /\bredeploy(?:ed|s|ing|ments?)?\b|\b(?:sen[dt]|sending|mov(?:e|ed|es|ing)|transferr?(?:ed|ing)?|rushed|shift(?:ed|ing)?) (?:\w+ ){0,6}?to (?:the )?(?:[\w'’-]+ )?fronts?(?: ?lines?)?\b|\bto the front ?lines?\b/gi,
    context: FORCE_WORDS,
    // Sent away from the prisons they guarded, or leaving fewer guards behind: that is
    // guard-diversion or guard-reduction, a withdrawal.
    unless: new RegExp(
      `${GUARD_POSTS.source}|${GUARDS_TO_FRONT.source}|\\bguards? (?:[\\w'’-]+ ){0,4}?(?:are|were|is|was|has been|have been|had been) (?:now )?(?:fewer|reduced|halved|cut|thinned)\\b`,
    ),
    cameo: { code: "154", label: "Mobilize or increase armed forces" },
    tags: ["troop-deployment"],
  },
  {
    // "diverted fighters from guarding prisons", "a fighter taken from the prisons": guards
    // pulled away from the places they held. So are a site's guards moved elsewhere ("had moved
    // part of the prison's guard to Deir Hafer"), and guards sent to a front ("every week more of
    // our guards were sent to the front"): a guard force is a site's, and the front is not it.
    // Border, coast and national guards are forces of their own, not a site's guard.
    id: "guard-diversion",
    kind: "countermeasure",
    trigger: new RegExp(
      String.raw`\b(?:divert(?:ed|s|ing)?|drawn|drew|draw(?:s|ing)?|mov(?:e|ed|es|ing)|taken|took|tak(?:e|es|ing)|pull(?:ed|s|ing)?|withdr(?:aw|ew|awn|awing)|remov(?:e|ed|es|ing)|redeploy(?:ed|s|ing)?|stripp(?:ed|ing)) (?:\w+ ){0,8}?(?:away )?from (?:guard(?:ing)? |securing |protecting |the |its |their |our ){0,2}(?:(?:protection|guarding|security|defen[cs]e) of (?:the |its |their |our )?)?(?:[\w'’-]+ )?(?:prisons?|jails?|camps?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?)|guard (?:duty|duties|posts?|units?))\b|\b(?:mov(?:e|ed|es|ing)|sen[dt]|sending|transferr?(?:ed|ing|s)?|shift(?:ed|s|ing)?|redeploy(?:ed|s|ing)?|divert(?:ed|s|ing)?|pull(?:ed|s|ing)?|tak(?:e|es|en|ing)|took) (?:(?:part|some|most|half|much|many|all|hundreds|dozens|members|a third|a quarter|two-thirds) of )?(?:the |its |their |our )?(?:prison|jail|camp|detention centre|detention center|facility)(?:'s|’s) guards?\b|${GUARDS_TO_FRONT.source}|${GUARDS_SENT_TO_FRONT.source}|${GUARDS_CUT.source}`,
      "gi",
    ),
    // "Half of their shift had been sent to the front": a guard shift is the guards on duty, a
    // force though the sentence names no guard.
    context: new RegExp(
      `${FORCE_WORDS.source}|\\b(?:night |day |guard )?shifts?\\b(?= (?:[\\w'’-]+ ){0,3}?(?:was|were|had been|has been|have been) (?:sent|moved|transferred|taken|pulled|cut|halved|reduced)\\b)|\\bshift\\b(?=[^.;]{0,80}?\\b(?:others|rest)(?: of (?:us|them))? (?:were|was|had been|have been|has been) (?:sent|moved|transferred|taken|pulled|rushed)\\b)`,
    ),
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal", "detention-facility"],
  },
  {
    // "Iraqi forces have proved they can lead the fight on their own", "its own forces are ready
    // to take over": a force's stated readiness to hold without help, a posture of its own. So is
    // a force "capable of defeating" an enemy: the fight it can win is one it can lead.
    id: "readiness",
    kind: "countermeasure",
    trigger:
      /\b(?:can|could|able to|capable of|ready to|prepared to) (?:now )?(?:plan (?:and|or) )?(?:lead|take over|taking over|handle|hold|secure|securing|defend|protect|confront|confronting|fight|fighting|face|facing|defeat|defeating)\b|\b(?:ability|capacity|capability) to (?:plan|conduct|lead|take over|handle|hold|secure|defend|protect|confront|fight|carry out)\b|\b(?:plan|plans|planned|planning|lead|leads|led|leading|conduct|conducts|conducted|conducting|carry out|carries out|carried out|carrying out)(?: (?:and|or) (?:plan|plans|planned|lead|leads|led|conduct|conducts|conducted|carry out|carries out|carried out))? (?:nearly |almost |virtually |most |all |their |its |the )*(?:own )?(?:operations|raids|missions)\b(?=[^.;]{0,30}?\b(?:on (?:their|its) own|alone|independently|unaided|without (?:any )?(?:[\w'’-]+ ){0,2}?(?:air support|air cover|support|help|assistance|backing))\b)/gi,
    context: /\b(forces|army|troops|soldiers|units|military)\b/,
    // The insurgents' own capability is no posture of a force: "ISIS remains capable of ...". Nor
    // is a pledge "to defend every inch of the homeland": a slogan, no force posted anywhere.
    unless:
      /\b(?:isis|isil|islamic state|daesh|militants|insurgents|jihadists|smugglers|group|cells?)\b(?=[^.;]{0,40}\b(?:can|could|able|capable|ready|prepared|ability|capacity|capability)\b)|\b(?:ready|prepared) to (?:defend|protect) every (?:inch|span|grain|handspan)\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "partner forces in Syria will be unable to secure detention facilities": a force told unable
    // to hold the sites it guards, its guard posture failing (the modality reads "unable to" as not
    // done). "Could not secure the prisons if they lost US support" is left to the support it
    // hangs on: read here, its "could not" would not be read as a condition.
    id: "guard-incapacity",
    kind: "countermeasure",
    trigger:
      /(?=fully |effectively |properly |secure|hold|guard|protect|control)(?<=\b(?:unable to|no longer able to|not be able to) )(?:fully |effectively |properly )?(?:secure|hold|guard|protect|control) (?:the |its |their |these |those )?(?:[\w'’-]+ ){0,2}?(?:prisons?|jails?|camps?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?|camps?))\b|(?=keep|post|field|maintain|station|man)(?<=\b(?:unable to|no longer able to|not be able to|cannot|can not|can no longer|could not|could no longer) )(?:keep|post|field|maintain|station) (?:enough|sufficient|adequate|the) (?:[\w'’-]+ )?(?:guards|men|personnel|staff|fighters) (?:at|in|on|around) (?:the |its |their |these |those )?(?:[\w'’-]+ ){0,2}?(?:prisons?|jails?|camps?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?|camps?))\b/gi,
    context: /\b(forces|guards|units|partners?|troops|fighters|sdf|asayish)\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment", "detention-facility"],
  },
  {
    // "we continue to work closely with our SDF partners", "support to the units guarding the
    // prisons", "train, advise and assist": one force backing another, a measure of its own.
    // The training itself named as a noun is the same support: "training of Iraqi forces continues
    // under the bilateral agreement", "the equipping of the Peshmerga brigades"; and "training and
    // equipment to the guard force", the support named by what it gives.
    // "Turkish-backed factions shelled SDF positions": a compound adjective names who backs the
    // subject, which then acts against the force later named; it is no support to that force.
    id: "partner-support",
    kind: "countermeasure",
    trigger:
      /\b(?:work(?:s|ed|ing)? (?:closely |together |hand in hand )?with (?:our |its |their |the )?(?:[\w'’-]+ ){0,2}?partners?|(?:support(?:s|ed|ing)?|(?=back)(?<!-)back(?:s|ed|ing)?|assist(?:s|ed|ing)?|equip(?:s|ped|ping)?|train(?:s|ed|ing)?|advis(?:e|es|ed|ing)|(?=fund|financ)(?<!\b(?:the|a|an|in|of|its|their|our|us|u\.s\.|american|coalition|western|foreign|international|federal|state|more|less|new|no|about|on|regarding|concerning) )(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing))(?! (?:for|to|from|by|in|with|of|on)\b)(?= (?:our |its |their |the )?(?:[\w'’-]+ ){0,2}?(?:partners?|partner forces|guards|army|armed forces|security forces|peshmerga|sdf|syrian democratic forces|asayish)\b)) (?!of\b)(?:our |its |their |the )?(?:[\w'’-]+ |\d[\d,.]* ){0,3}?(?:partners?|partner forces|units guarding|forces guarding|guards|army|armed forces|security forces|peshmerga|sdf|syrian democratic forces|asayish)|(?=suppl)(?<!\b(?:the|a|an|its|their|our|his|her|this|that) )suppl(?:y|ies|ied|ying) (?!(?:lines?|routes?|chains?|convoys?|runs?|depots?|flights?|trucks?|roads?)\b)(?![^.;]*\b(?:was|were|has been|have been|had been|is being|are being) (?:cancell?ed|suspended|halted|stopped|ended|discontinued|scrapped)\b)(?:(?:[\w'’-]+ ){1,6}?and,? through (?:them|it|whom),? )?(?:our |its |their |the )?(?:[\w'’-]+ ){0,3}?(?:partners?|partner forces|units guarding|forces guarding|guards|guard (?:units|forces)|army|armed forces|security forces|peshmerga|sdf|syrian democratic forces|asayish)|provid(?:e|es|ed|ing) (?:our |its |their |the )?(?:[\w'’-]+ ){0,3}?(?:partners?|partner forces|guards|army|armed forces|security forces|peshmerga|sdf|syrian democratic forces|asayish) with\b|(?:support|assistance|training)(?: and (?:equipment|support|assistance|advice|training))?(?: programm?es?| courses?| missions?)? (?:to|for) (?:our |its |their |the )?(?:[\w'’-]+ ){0,3}?(?:partners?|partner forces|units|forces|guard forces?|guards|brigades|battalions|troops|army|peshmerga)|(?=payments|stipends|salaries|wages)(?<=\b(?:us|u\.s\.|american|coalition|western|foreign|international|pentagon|washington|its|their)(?:'s|’s)? (?:[\w'’-]+ )?)(?:payments|stipends|salaries|wages) (?:to|for) (?:our |its |their |the )?(?:[\w'’-]+ ){0,3}?(?:partners?|partner forces|forces|guards|guard forces?|brigades|battalions|troops|peshmerga|sdf|syrian democratic forces|asayish)|(?=financing|funding)(?<!\b(?:about|on|regarding|concerning|of) (?:[\w'’.-]+ ){0,2})(?:funding|financing) (?:to|for) (?:our |its |their |the )?(?:[\w'’-]+ ){0,3}?(?:partners?|partner forces|forces|guards|guard forces?|brigades|battalions|troops|army|peshmerga)|train,? advise(?:,? and assist)?|advise[ -]and[ -]assist|(?:train(?:s|ed|ing)?|equip(?:s|ped|ping)?) (?:about |some |nearly |more than |over )?(?:[\d,]+ |hundreds of |thousands of )?(?:soldiers|fighters|members|officers|recruits|personnel|troops) (?:of|from) (?:the |its |their |our )?(?:[\w'’-]+ ){0,2}?(?:partners?|partner forces|army|armed forces|security forces|peshmerga|sdf|syrian democratic forces|asayish|brigades|counter-terrorism service)\b|intelligence[ -]sharing with\b|(?:advis[eo]rs|trainers|instructors|mentors) (?:[\w'’-]+ ){0,3}?(?:train|advis|mentor|assist)\w* (?:the )?(?:(?:about |some |nearly |more than |over )?\d[\d,]* )?(?:[\w'’-]+ ){0,2}?(?:units|forces|troops|brigades|battalions|soldiers|recruits)\b|(?:support(?:s|ed|ing)?|assist(?:s|ed|ing)?) (?:our|its|their) (?:[\w'’-]+ ){0,2}?(?:units|fighters|forces|troops) (?:during|in|on|throughout|against|with (?:training|equipment|weapons|arms|funding|advice|intelligence|air support))\b|fund(?:s|ed|ing)? (?:the )?(?:repair|rehabilitation|construction|rebuilding|upgrad(?:e|ing)|expansion|hardening|fortification|maintenance) of (?:the )?(?:[\w'’-]+ ){0,3}?(?:prisons?|jails?|camps?|detention (?:centres?|centers?|facilit(?:y|ies))|perimeter (?:fences?|walls?))|(?:the )?(?:training|equipping|mentoring) of (?:the |its |their |our )?(?:[\w'’-]+ (?:and|or) )?(?:[\w'’-]+ ){0,2}?(?:forces|troops|army|armed forces|security forces|soldiers|guards|units|partner forces|peshmerga|sdf|syrian democratic forces|asayish|counter-terrorism service)|(?:train(?:s|ed|ing)?|advis(?:e|es|ed|ing)|equip(?:s|ped|ping)?) and (?:train(?:s|ed|ing)?|advis(?:e|es|ed|ing)|equip(?:s|ped|ping)?|assist(?:s|ed|ing)?) (?:our |its |their |the )?(?:[\w'’-]+ ){0,3}?(?:forces|troops|units|army|partners?|peshmerga|sdf)|(?:assistance|help|support) in (?:training|equipping|advising)|(?:its|their) (?:continued |ongoing )?(?:air support|air cover|close air support)|shar(?:e|es|ed|ing) intelligence with|provid(?:e|es|ed|ing) (?:\w+ ){0,2}?(?:air support|air cover|close air support)|remains? a (?:top |key )?priority for|(?:deliver(?:s|ed|ing)?|donat(?:e|es|ed|ing)|gift(?:s|ed|ing)?) (?:[\w'’-]+ ){0,6}?to (?:our |its |their |the )?(?:[\w'’-]+ ){0,3}?(?:partners?|partner forces|guards|guard (?:units|forces)|protection (?:staff|units|forces)|security forces|armed forces|peshmerga|sdf|syrian democratic forces|asayish)|(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|co-financ(?:e|es|ed|ing)) (?:the )?(?:[\w'’-]+ ){0,8}?(?:training|equipping|salaries|wages) of (?:our |its |their |the )?(?:[\w'’-]+ ){0,2}?(?:staff|guards|forces|units|personnel|partners?|troops|peshmerga)|(?=alongside|jointly|together)(?<!\b(?:fight|fighting|combat|combating|combatting|confront|confronting) (?:against )?(?:terrorism|terror|extremism) )(?:together|jointly|alongside) (?:with )?(?:our |its |their |the )?(?:[\w'’-]+ ){0,2}?partner(?:s| forces?)|(?:air ?strikes?|strikes|raids|sorties|missions) (?:[\w'’-]+ ){0,12}?at the (?:request|invitation) of (?:the )?(?:[\w'’-]+ ){0,2}?(?:government|authorities|ministry|army|armed forces|security forces|partners?)|(?:-funded|-financed|funded by (?:the )?[\w'’.-]+) (?:[\w'’-]+ ){0,2}?(?:programm?es?|projects?|efforts?) to (?:build|construct|expand|upgrade|rehabilitate|secure|harden) (?:a |an |the |its |their )?(?:[\w'’-]+ ){0,3}?(?:prisons?|jails?|detention (?:centres?|centers?|facilit(?:y|ies)))\b|(?=advisers|advisors|air cover|air support|backing|mentors|protection|support|trainers)(?<=\b(?:without|lost|losing|loses|deprived of|stripped of|lacks?|lacking|no longer (?:has|have|receives?|gets?)) (?:its |their |the )?(?:american |us |u\.s\. |coalition |western |international |outside |external |foreign )?)(?:air cover|air support|support|backing|protection|advisers|advisors|trainers|mentors))\b/gi,
    // Supplying a force is backing it as equipping it is: "the convoys supply the partner forces
    // guarding the camps". A backer may reach the partner through its own troops: "to supply US
    // forces in the region and, through them, the partner forces that guard the prisons" supplies
    // the partner too, the second object after "through them". "The supply line to the SDF" is a
    // noun, and a supply told cancelled in its sentence ("the rotation, which supplied the forces
    // guarding the camps, was cancelled") is a support cut (`support-cut`), not support given.
    // Support told with what it gives: "continues to support our forces with training and
    // equipment" (not "with prayers"), as with its occasion.
    // Support told with its occasion: "coalition aircraft supported our units during the clashes"
    // (a force backing another's fighters in an operation). Paying for works at a partner's sites
    // is support too: "the coalition has continued to fund the repair of the camp's perimeter fence".
    // So is what a backer's advisers or trainers do: "US advisers will continue training Iraqi units",
    // also told with a count: "British instructors trained some 2,400 Kurdish recruits this year",
    // "the contingent, which has trained more than 4,000 Peshmerga" (a figure written with commas).
    // "A US-funded programme to build a new high-security prison": a backer paying for the sites
    // the partner guards is support to it.
    // Funding for a force is support to it as training is: "US funding for the Kurdish-led forces'
    // prison guards will end in the spring" (a support that ends, read by the theme's words). A
    // story "about US funding for prison guards" tells its topic, not the support. A backer's payments
    // or stipends for a force are the same money ("coalition payments for guards at its detention
    // sites will stop in March"; not "salaries for the army", a state paying its own), and a backer
    // that funds a force, told as a verb, backs it ("will stop funding the SDF"; not "the cut in US
    // funding has left the guards unpaid", a noun, which is a support cut).
    // Strikes flown at a government's request are support to it: "Dutch F-16s carried out three
    // sorties over the valley at the request of the Iraqi government". "Continue to fight terrorism
    // alongside its partners" is a pledge against an abstraction, naming no support given.
    // Advisers lost are support lost: "the SDF has lost the advisers who used to sit in its
    // operations rooms" (then the measure is out of action, see `isOutOfAction`). So is support
    // from outside named by where it came from: "leaving the guards without outside support".
    // Support ended or cut is no support given ("cuts the Train and Equip Fund for the SDF",
    // "coalition funding for the salaries of the guards has been cut by half", "funding for the
    // training of the guard forces fell from 156 to 130 million"): that is a support cut.
    unless:
      /\b(?:ended|end(?:s|ing)? (?:its|their) support|cut (?:off )?(?:its |their )?support|withdr(?:aw|ew)\w* (?:its |their )?support|(?:cut|cuts|cutting|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|halv(?:e|es|ed|ing)) (?:the |its |their )?(?:[\w'’-]+ ){0,5}?(?:funds?|funding|budget|stipends|salaries|payments|aid|assistance) (?:for|to)\b|(?:funds?|funding|budget|stipends|payments|aid|assistance) (?:for|to|of) (?:[\w'’-]+ ){0,6}?(?:has|have|had) (?:already |now |since |just |recently |reportedly )?been (?:cut|reduced|halved|slashed|suspended|stopped|ended)\b|(?:funds?|funding|budget|stipends|payments|aid|assistance) (?:for|to|of) (?:[\w'’-]+ ){0,8}?(?:fell|fallen|dropped|declined|decreased|shrank|shrunk) (?:from|to|by)\b)/,
    cameo: { code: "062", label: "Cooperate militarily" },
    tags: ["partner-support"],
  },
  {
    // "NATO Mission Iraq will continue its non-combat advisory work with the Ministry of Defence":
    // advice or training told as a body's work or mission with another's ministries or forces is
    // the support the verbs "advise" and "train" tell. Work told ended or halted is none.
    id: "advisory-work",
    kind: "countermeasure",
    trigger:
      /\b(?:advisory|advise-and-assist|training|mentoring|capacity-building) (?:work|missions?|roles?|support|programmes?|programs?|activities) (?:with|for|to) (?:the |its |their |our )?(?:[\w'’-]+ ){0,3}?(?:ministry|ministries|army|armed forces|security forces|forces|peshmerga|sdf|police|units|partners?)\b/gi,
    unless:
      /\b(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing))\b/,
    cameo: { code: "062", label: "Cooperate militarily" },
    tags: ["partner-support"],
  },
  {
    // "the guards at the camp are fewer than half of what they were", "it has thinned the number
    // of guards at al-Hol": fewer guards at their posts, a withdrawal from the detention sites.
    // So is a post "left with a single guard".
    // So is a wing "guarded by nine men instead of twenty-two", and guards whose number "had
    // fallen by about a third since the spring".
    id: "guard-reduction",
    kind: "countermeasure",
    trigger:
      /\b(?:thinn?(?:ed|ing)|reduc(?:ed|ing)|cut|halv(?:ed|ing)|shrunk|shrank) (?:the )?(?:number of )?(?:its |their |the )?guards?\b|\b(?:leaving|left|leaves) (?:only )?(?:fewer|few|a handful of|no) guards\b|\b(?:leaving|left|leaves) with (?:only |just )?(?:a single|one|two|a handful of|(?=few)(?<!\ba )few|no) guards?\b|\bfewer guards\b|\b(?:guarded|held|manned) by (?:only |just )?(?:[\w'’-]+ ){1,2}?(?:men|guards) instead of\b|\bguards? (?:[\w'’-]+ ){0,4}?(?:are|were|is|was|have been|had been|has been) (?:now )?(?:fewer|reduced|halved|cut|thinned)\b|\b(?:number|numbers|strength) of (?:the |its |their )?guards (?:[\w'’-]+ ){0,3}?(?:had |has |have )?(?:fallen|fell|dropped|declined|shrunk|shrank) by\b/gi,
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal", "detention-facility"],
  },
  {
    // "contained a riot by ISIS detainees", "the riot was brought under control before dawn": a
    // disturbance put down by those who hold the place.
    // So is one told in the passive with its doers: "a quarrel between detainees in one wing was
    // ended by the guards within twenty minutes", "the brawl was broken up by the wardens".
    id: "containment",
    kind: "countermeasure",
    trigger:
      /\b(?:contain(?:ed|s|ing)? (?:a |the )?(?:[\w'’-]+ ){0,2}?(?:riot|mutiny|unrest|uprising|disturbance|revolt)|(?:brought|was brought|were brought) (?:\w+ ){0,3}?under control|quell(?:ed|s|ing)?|put down (?:a |the )?(?:riot|mutiny|revolt)|(?=ended|broken|contained|stopped)(?<=\b(?:riot|mutiny|unrest|uprising|disturbance|revolt|quarrel|brawl|fight|scuffle|clash)\b[^.;]{0,60}?\b(?:was|were|had been|has been) )(?:ended|broken up|contained|stopped)(?= by (?:the |its |their )?(?:[\w'’-]+ )?(?:guards|wardens|police|forces|troops|security forces|units)\b))\b/gi,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "a group of detainees attempted to riot ..., and the guards contained it within two hours":
    // the same, the disturbance named before and taken up by a pronoun.
    id: "containment-back",
    kind: "countermeasure",
    trigger:
      /(?=broke up|contain|ended|put down|quell)(?<=\b(?:guards|forces|troops|police|policemen|units|soldiers|personnel) (?:[\w'’-]+ ){0,2}?)(?:contain(?:ed|s|ing)?|quell(?:ed|s|ing)?|put down|broke up|ended) (?:it|them|the situation)\b/gi,
    context: /\b(?:riot\w*|mutin\w*|unrest|uprising|disturbances?|revolt)\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "guarded by poorly paid young recruits who have not received their salaries ..., and many of
    // them have deserted": guards who leave their posts. So do guards who quit, or whom something
    // "led to quit" ("the loss of the stipends has led some guards at the camp to quit").
    id: "guard-desertion",
    kind: "countermeasure",
    trigger:
      /\b(?:deserted|desert(?:s|ing)? (?:their|its) posts?|desertions?|abandon(?:ed|s|ing)? (?:their|its) posts?|(?=gone|went|quit|resigned)(?<=\b(?:guards|many|most|some|half|dozens|hundreds|others|they)(?: of (?:them|the guards))? (?:have |had |has )?(?:since |already |simply )?)(?:(?:gone|went) home|quit|resigned)|quit (?:their|its) (?:posts?|jobs?)|(?:led|leads|leading|forced|forcing|pushed|pushing|driven|drove|prompted|prompting|caused|causing) (?:[\w'’-]+ ){0,5}?(?:guards|fighters|recruits) (?:[\w'’-]+ ){0,4}?to (?:quit|desert|resign|leave (?:their|its) posts?|abandon (?:their|its) posts?))\b/gi,
    context: /\b(?:guards?|guarded|guarding|prisons?|jails?|camps?|detention)\b/,
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["troop-withdrawal", "detention-facility"],
  },
  {
    // "The council has told its backers it can no longer pay the wages of its border guards", "the
    // force is unable to pay its fighters": a force that cannot pay its own men is losing its hold
    // on them, the strain the theme's words for unpaid guards read. Only armed men are paid here
    // ("cannot pay the teachers" is no force's), and only by a payer told unable, not one who pays
    // someone off (`barrier-breach`).
    id: "pay-shortfall",
    kind: "event",
    trigger:
      /\b(?:cannot|can ?not|can['’]t|can no longer|could not|couldn['’]t|could no longer|(?:is|are|was|were|be) (?:no longer able|not able|unable) to|unable to) (?:afford to )?pay (?:(?:all|any|most|half) (?:of )?)?(?:the |its |their |our |his )?(?:(?:salaries|wages|stipends|pay) (?:of|to|for) (?:all |most |half |many )?(?:of )?(?:the |its |their |our )?)?(?:[\w'’-]+ ){0,2}?(?:guards|fighters|troops|soldiers|recruits|policemen|gendarmes|militiamen)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: [],
  },
  {
    // "Helicopters of the international coalition flew over the area": an air presence, a
    // force's posture over the place.
    id: "overflight",
    kind: "countermeasure",
    trigger:
      /\b(?:helicopters?|aircraft|jets?|warplanes?|drones?)\b(?=[^.;]{0,60}?\b(?:flew|flying|fly|flies|circled|circling|hovered|hovering|seen|spotted|sighted) (?:[\w'’-]+ ){0,4}?(?:over|above)\b)/gi,
    unless: /\b(?:struck|bombed|strikes?|shot down|crashed)\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment", "surveillance"],
  },
  {
    // "coalition aircraft based there continue to operate under existing arrangements", "US jets
    // at Harir will keep flying": a foreign force's aircraft that go on operating from where they
    // are based are a presence kept, not one ended.
    id: "air-presence-kept",
    kind: "countermeasure",
    trigger:
      /\b(?:coalition|us|u\.s\.|american|western|allied|french|british) (?:[\w'’-]+ )?(?:aircraft|jets|warplanes|helicopters|drones|planes)\b(?=(?: (?:based|stationed) (?:there|(?:at|in) (?:[\w'’-]+ ){1,3}?))?,? (?:will |would )?(?:continue to|keep) (?:operate|operating|fly|flying)\b)/gi,
    unless: /\b(?:no longer|stop(?:s|ped)?|ceased?|until|withdr(?:aw|ew)\w*)\b/,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "raised the level of alert along the border strip", "troops were put on high alert": a
    // force's readiness raised where it stands, a posture of its own.
    id: "alert",
    kind: "countermeasure",
    trigger:
      /\b(?:(?:rais|heighten|increas|step)(?:ed|es|e|ing)? (?:up )?(?:the |its |their )?(?:level of |state of |degree of )?(?:alert|readiness|vigilance)|(?:on|to) (?:high|full|maximum|heightened|the highest|a state of) (?:level of )?alert|(?:put|placed|puts|place|putting|placing) (?:[\w'’-]+ ){0,4}?on (?:high |full |maximum )?alert|(?:state|level) of (?:maximum |high |full )?(?:alert|readiness))\b/gi,
    cameo: { code: "15", label: "Exhibit force posture" },
    tags: ["troop-deployment"],
  },
  {
    // "A newly formed brigade ... took over positions around the gas fields", "which has taken over
    // security responsibility for much of the central desert": a force taking over ground. A force
    // that "took up positions between Al-Qaim and Akashat" or "took up its posts" has moved onto
    // that ground: to take up a position is the phrase for deploying to it.
    // So does one that "takes over the defence of Al-Sukhnah and the posts on the road", or that
    // "would take over the desert roads from January": the roads or the sector are the ground held.
    // So is a section of a line: "a new brigade took over the section between Rabia and Faysh
    // Khabur", "took over the stretch of the border from Al-Qaim to Akashat" (not a section of a
    // report or a company).
    id: "takeover",
    kind: "countermeasure",
    trigger:
      /\b(?:took|taken|take|takes|taking) over (?:(?:most|much|all|many|some|part|several|each|half) of )?(?:the )?(?:[\w'’-]+ ){0,3}?(?:positions?|posts?|security|responsibility|control|checkpoints?|bases?|duties|operations|missions|defen[cs]e|protection|roads|highways?|sectors?|(?:sections?|stretch(?:es)?|segments?)(?= (?:of the (?:border|frontier|wall|line)|between|from|along)\b))\b|\b(?:took|taken|take|takes|taking) up (?:the |its |their |new |defensive |forward )?(?:[\w'’-]+ )?(?:positions|posts|stations)\b/gi,
    unless:
      /\b(?:isis|islamic state|daesh|militants|insurgents|jihadists|gunmen)\b(?=[^.;]{0,40}\b(?:took|taken|take|takes|taking) over\b)/,
    cameo: { code: "154", label: "Mobilize or increase armed forces" },
    tags: ["troop-deployment"],
  },
  {
    id: "military-units",
    kind: "countermeasure",
    itemized: true,
    trigger: /\bmilitary (?:units|forces|reinforcements)\b/gi,
    unless: /\b(attack\w*|struck)\b/,
    cameo: { code: "154", label: "Mobilize or increase armed forces" },
    tags: ["troop-deployment"],
  },
];
