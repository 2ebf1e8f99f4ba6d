import { ANIMALS_ONLY } from "./animals.js";
import { MEASURE_AND_THREAT_RULES, RETURNED_TO_CAMP_AFTER_STOP, RIOT_PUT_DOWN } from "./measure-rules.js";
import { CALIPHATE_MEN_OPERATIONS, type Tag } from "./tags.js";

/**
 * Typed triggers of events, threats and countermeasures, with their ACLED event and
 * sub-event types and CAMEO codes. Order matters: when two rules cite the same words, the
 * first one's codes are kept. `hostile` activity becomes a threat when it is hypothetical or
 * a standing activity; `itemized` rules cite only the thing they name ("concrete wall").
 *
 * Speed: a lookbehind that opens an alternative ("(?<=\bmilitants\b[^.;]{0,80}?)gathering") is
 * tried at every word of every sentence, and one that reaches back over a run of words costs more
 * than the rest of the pattern. Such a lookbehind is preceded by a lookahead of the words that
 * must follow it ("(?=gathering|massing)(?<=...)(?:gathering|massing)"): it adds no condition, but
 * rules almost every position out before the lookbehind runs. Written so across these rules, the
 * tags and measure-rules.ts, it cut the warm extraction's CPU by about a seventh with every match
 * unchanged over the corpus. tests/unit/facts/regex-guards.test.ts holds every rule and tag to it.
 */

export interface EventRule {
  id: string;
  kind: "event" | "threat" | "countermeasure";
  trigger: RegExp;
  hostile?: boolean;
  /** Violence by someone against someone: with a jihadist actor it is an insurgent attack. */
  attack?: boolean;
  itemized?: boolean;
  /** The sentence (folded) must match this for the rule to apply. */
  context?: RegExp;
  /** The sentence (folded) must not match this. */
  unless?: RegExp;
  acled?: { eventType: string; subEventType?: string };
  cameo?: { code: string; label: string };
  tags: Tag[];
}

const BATTLES = "Battles";
/** Causes of a death that are no violence: "died of a heart attack", "the death of a child from fever". */
const ILLNESS =
  "(?:fever|illness|an illness|disease|cholera|typhoid|measles|tuberculosis|covid(?:-19)?|cancer|a heart attack|heart failure|a stroke|natural causes|old age|malnutrition|hunger|starvation|the cold|cold|hypothermia|dehydration|thirst|pneumonia|diarrh(?:o)?ea|an infection|infection)";
const REMOTE = "Explosions/Remote violence";
const STRATEGIC = "Strategic developments";

/**
 * "ISIS fighters entered the village, set fire to the council building and left": arson whose
 * author is a jihadist group named in its clause is that group's raid, not a crowd's riot. The riot
 * rule's facts with such an author are re-typed as this (see findEvents).
 */
export const INSURGENT_ARSON: EventRule = {
  id: "insurgent-arson",
  kind: "event",
  hostile: true,
  attack: true,
  trigger: /\b(?:set (?:fire|light) to|torched|set ablaze)\b/gi,
  acled: { eventType: STRATEGIC, subEventType: "Looting/property destruction" },
  cameo: { code: "180", label: "Use unconventional violence" },
  tags: [],
};

export const EVENT_RULES: EventRule[] = [
  {
    id: "prison-attack",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /\b(?:attack(?:ed|s|ing)?|storm(?:ed|s|ing)?|assault(?:ed)?|raid(?:ed)?)\b(?=[^.;]{0,60}\b(?:prisons?|jails?|detention (?:centres?|centers?|facilit(?:y|ies)|sites?))\b)|\b(?:prison|jail) (?:attacks?|assaults?|breaks?)\b|\b(?:stormed|attacked|assaulted|raided) by\b(?<=\b(?:prisons?|jails?|facilit(?:y|ies)|detention (?:centres?|centers?))\b[^.;,]{0,20}\b(?:stormed|attacked|assaulted|raided) by)/gi,
    acled: { eventType: BATTLES, subEventType: "Armed clash" },
    cameo: { code: "18", label: "Assault" },
    tags: ["prison-attack", "detention-facility"],
  },
  {
    id: "bombing",
    kind: "event",
    hostile: true,
    attack: true,
    // "a car loaded with explosives struck the gate", "an explosives-laden truck": a vehicle bomb
    // named by what it carried, unless the vehicle was seized or stopped before it went off.
    // "a bomb fixed under a car exploded", "the charge went off": an explosive that exploded or
    // went off, told as it happened (not negated, hypothetical or a clause of time: "defused it
    // before it exploded", "hours after the bomb went off"); an old mine or shell left from a war
    // that went off is no one's attack. "Two towers were blown up", not in a relative clause that
    // tells a thing's past ("a tomb, which was blown up in 2015"). "The explosion of a device on
    // the road", "the blast of a roadside bomb": the going off named by its noun (not a controlled
    // explosion by the engineers, nor "the explosion of landmines left from previous years"); nor
    // a mine that went off told as a remnant ("a landmine explosion near the village, left over
    // from earlier fighting"): its trigger is read with the words after it.
    trigger:
      /\b(?:car bombs?|(?=car|vehicle|truck|lorr|van|motorcycle|tanker|explosive|booby)(?<!\b(?:seiz(?:ed|ing|ures? of)|confiscat(?:ed|ing|ion of)|found|discovered|intercepted|stopped|captured|defus(?:ed|ing)|dismantl(?:ed|ing))\b[^.;:]{0,40})(?:(?:cars?|vehicles?|trucks?|lorr(?:y|ies)|vans?|motorcycles?|tankers?) (?:loaded|packed|laden|rigged|filled|stuffed|wired) with explosives|explosives?-(?:laden|packed|filled|rigged) (?:cars?|vehicles?|trucks?|lorr(?:y|ies)|vans?|motorcycles?|tankers?)|booby-trapped (?:cars?|vehicles?|trucks?|motorcycles?))(?! (?:was|were|had been|has been) (?:seized|intercepted|stopped|found|discovered|captured|defused|dismantled))|suicide (?:bomb(?:er|ing)?s?|attacks?)|roadside bombs?|(?:explosive devices?|IEDs?)(?<!\b(?:seiz(?:ed|ing|ures? of)|confiscat(?:ed|ing|ion of)|found|discovered|recovered|defus(?:ed|ing)|dismantl(?:ed|ing)|destroyed|destruction of|caches? of)\b[^.;:]{0,60}(?:explosive devices?|IEDs?))|VBIEDs?|(?:grenades?|(?:sound|stun|nail|pipe) bombs?) (?:was |were |had been )?(?:thrown|hurled|lobbed)|(?:threw|hurled|lobbed) (?:a |an |two |three )?(?:hand |stun )?grenades?|(?:threw|hurled|lobbed) (?:a |an |two |three )?(?:sound|stun|nail|pipe) bombs?|detonat(?:ed|ing)|blew up|(?=blown up)(?<=(?<!\b(?:which|that) )\b(?:was|were|had been|has been|have been) )blown up|(?=IED|bomb|charge|explosive |explosives|grenade)(?<!\b(?:before|after|until|till|since|once|if|unless|in case)\s+(?:(?:the|a|an|its|their|one|two|three)\s+)?(?:[\w'’-]+\s+){0,2})(?:bombs?|explosive (?:devices?|charges?)|charges?|IEDs?|grenades?|explosives)(?=(?:(?!\b(?:not|never|before|after|until|till|once|if|unless|failed|could|would|might|may)\b)[^.;:!?]){0,60}?\b(?:exploded|went off)\b)|(?=device)(?<=\b(?:a|an|another|second|third) (?:roadside |homemade |improvised |small |magnetic |sticky )?)devices? (?:damaged|destroyed|wrecked|exploded|went off)|(?:(?:hit|struck|ran over|drove over|stepped on) an? (?:land)?mine|(?:land)?mine (?:blasts?|explosions?))(?![^.;]{0,60}?\b(?:left (?:over |behind )?(?:from|by)|leftover from|remnants? of (?:the |an? )?(?:war|fighting|battles?)|from (?:the |an? )?(?:previous|earlier|past|former|old) (?:wars?|fighting|battles?|years)))|(?=bombing)(?<!\b(?:aerial|air|carpet|strategic|barrel) )bombings? of (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:church|mosque|shrine|market|station|hotel|embassy|consulate|school|hospital|bus|checkpoint|police station|office|headquarters|cafe|restaurant)|(?=blast|detonation|explosion)(?<!\b(?:controlled|planned|safe) )(?:explosions?|detonations?|blasts?) of (?:an? |the |two |three )?(?:[\w'’-]+ ){0,2}?(?:devices?|bombs?|charges?|IEDs?|explosives))\b/gi,
    acled: { eventType: REMOTE, subEventType: "Remote explosive/landmine/IED" },
    cameo: { code: "183", label: "Conduct suicide, car, or other non-military bombing" },
    tags: ["explosive-device"],
  },
  {
    // "a drone fell in an empty field without exploding", "a drone came down inside the perimeter":
    // a drone that fell or crashed where it was sent is the attack that failed, told as it ended
    // ("the second drone fell in a field" tells again of one already told).
    id: "drone-strike",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /\bdrones?\b(?=[^.;]{0,30}\b(?:struck|strikes?|hit|attack(?:ed)?|kill(?:ed|ing)?|bomb(?:ed)?)\b)|\bdrone (?:strikes?|attacks?)\b|(?=drones? )(?<=\b(?:a|an|another|two|three|four|several) (?:[\w'’-]+ )?)drones? (?:(?:loaded|laden|packed|rigged|armed) with (?:[\w'’-]+ ){0,2}?explosives? )?(?:fell|crashed|came down)\b/gi,
    unless: /\b(shot down|intercept\w*|using drones|use drones)\b/,
    acled: { eventType: REMOTE, subEventType: "Air/drone strike" },
    cameo: { code: "195", label: "Employ aerial weapons" },
    tags: ["drone", "airstrike"],
  },
  {
    // "The army aviation now flies its own strikes": strikes flown are air strikes, whoever
    // the sentence also names as their target. So is what an air force struck, bombed or hit,
    // the verb right after it ("the Iraqi air force struck a hideout"), as what its aircraft did;
    // army aviation, the army's air arm, the same ("army aviation struck a cave").
    id: "airstrike",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /\b(?:air ?strikes?|air raids?|precision strikes?|warplanes?|(?:air forces?|(?:army )?aviation)(?= (?:[\w'’-]+ )?(?:struck|bombed|hit|pounded)\b)|(?:aircraft|jets?|helicopters?|bombers?|[fs]u?-\d{1,2}s?(?! (?:jets?|fighters?|aircraft|warplanes?|bombers?)\b))\b(?=[^.;]{0,40}\b(?:struck|bombed|hit)\b)|bombard(?:ed|ment)|struck a house|(?:fl(?:y|ies|ew|own|ying)) (?:its |their )?(?:own )?(?:air ?)?strikes)\b/gi,
    acled: { eventType: REMOTE, subEventType: "Air/drone strike" },
    cameo: { code: "195", label: "Employ aerial weapons" },
    tags: ["airstrike"],
  },
  {
    id: "shelling",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /\b(?:shell(?:ed|ing)|mortar (?:fire|rounds?|shells?|attacks?)|(?:fired|launched) (?:\w+ ){0,2}(?:rockets?|mortars?|missiles?)|(?:rockets?|missiles?|shells?|projectiles?) (?:hit|struck|landed|fell|damaged|destroyed)|(?:rockets?|missiles?|mortar (?:rounds|shells)) (?:were|had been) (?:fired|launched))\b/gi,
    acled: { eventType: REMOTE, subEventType: "Shelling/artillery/missile attack" },
    cameo: { code: "194", label: "Fight with artillery and tanks" },
    tags: [],
  },
  {
    id: "armed-clash",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      // Not a noun that names a role or a kind of thing: "a senior ISIS attack planner", "attack helicopters";
      // nor an illness: "a heart attack", "a panic attack".
      // "a ten-day siege in January 2022": a siege told with its indefinite article happened;
      // "the siege of 2014", "since before the siege" point back to one as a time.
      // Armed men who "stormed the town" or "stormed a checkpoint" attacked it (a prison stormed is
      // `prison-attack`; police who storm a hideout raid it; men who stormed a village "and seized
      // the police station" took ground, the rule `territory-taken`).
      // "a water truck was fired upon near the village": the passive names the target as subject;
      // "fired on the guards' watchtower": a manned tower is a post fired on.
      // "fired on" only before an agent, a place or a clause's end, so "was fired on Tuesday" (a
      // launch dated) is not an attack. The trigger is the participle, so the fact is the clause
      // (its subject with it), not a noun phrase before the auxiliary.
      /\b(?:(?=stormed)(?<=\b(?:terrorists|militants|gunmen|insurgents|jihadists|fighters|attackers|assailants)\b[^.;]{0,20}?)stormed(?= (?:the )?(?:[\w'’-]+ ){0,3}?(?:town|village|city|district|neighbou?rhood|quarter|checkpoints?|posts?|positions?|outposts?)\b)(?![^.;]{0,80}?\b(?:seized|took over|took control|captured|overran)\b)|(?=attack)(?<!\b(?:heart|panic|asthma|anxiety) )attack(?:s|ed|ing)?(?! (?:planners?|plots?|capabilit(?:y|ies)|helicopters?|aircraft|dogs?|submarines?)\b)|clash(?:es|ed)?|fighting|fought|offensive|ambush(?:es|ed)?|hit-and-run|opened fire|(?:came|comes|come|coming) under (?:heavy |sniper |mortar |rocket |small-arms )?fire|exchang(?:ed|es|ing) (?:\w+ ){0,2}fire|fired (?:[\w'’-]+ ){0,2}?(?:on|at|upon)(?= (?:the |a |an |two |three |several |their |its |our )?(?:[\w'’-]+ ){0,3}?(?:gates?|checkpoints?|patrols?|posts?|positions?|convoys?|vehicles?|cars?|bus(?:es)?|minibus(?:es)?|forces|troops|soldiers|guards|police(?:men)?|crowds?|protesters|bases?|houses?|homes?|camps?|prisons?|villages?|workers|civilians|people|men|fighters|boats?|aircraft|drones?|watchtowers?|guard towers?)\b)|(?=fired )(?<=\b(?:was|were|been|being) (?:reportedly |also |again )?)fired (?:upon|(?:on|at)(?= (?:by|from|near|while|as)\b|[,.;:]|$))|gunfights?|assaults?|(?:cells?|fighters|militants|gunmen|insurgents|jihadists) (?:have |has |had )?(?:repeatedly |again |also |often )?(?:struck|hit|targeted|raided)\b(?= (?:the |a |an |two |three |several |its |their )?(?:[\w'’-]+ ){0,2}?(?:positions?|posts?|checkpoints?|patrols?|convoys?|bases?|troops|soldiers|forces|villages?))|strikes?(?! (?:a|per|each|every) (?:day|week|month|year)\b)|insurgency|(?=siege)(?<=\b(?:a|an) (?:[\w'’-]+ ){0,2})siege)\b/gi,
    acled: { eventType: BATTLES, subEventType: "Armed clash" },
    cameo: { code: "190", label: "Use conventional military force" },
    tags: [],
  },
  {
    // "Militants cut the highway between the two towns again", "the group has blocked the supply
    // road to the base": a road cut by armed men is an act of force against whoever travels it,
    // an attack by its cutters (with a jihadist group as the subject, an insurgent one). Not a road
    // cut by protesters, strikers or residents, nor by weather or works.
    id: "road-cut",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /(?=cut|block|sever)(?<=\b(?:isis|isil|daesh|group|cells?|militants|gunmen|insurgents|jihadists|fighters|terrorists|attackers|armed men)\b[^.;]{0,30}?)\b(?:cut|cuts|cutting|blocked|blocking|blocks|severed|severing|severs) (?:off )?(?:the |a |an |both |two )?(?:[\w'’-]+ ){0,2}?(?:roads?|highways?|supply routes?|supply lines?)\b/gi,
    unless:
      /\b(?:protest\w*|demonstrat\w*|strikers|sit-in|residents|farmers|drivers|floods?|flooding|snow|landslides?|repairs?|roadworks|maintenance)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    cameo: { code: "191", label: "Impose blockade, restrict movement" },
    tags: [],
  },
  {
    // "Our drivers have twice been stopped by gunmen": people stopped by gunmen are held by them,
    // in the perfect as in the past ("was stopped by armed men").
    id: "hostage-taking",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /\b(?:kidnap\w*|abduct\w*|took (?:\w+ ){0,2}hostage|hostages?|disappear(?:ed|ance)|went missing|(?:had|have|has) (?:gone|been) missing|(?:was|were|been) stopped by (?:armed|masked) (?:men|gunmen)|(?:was|were|been) stopped by gunmen)\b/gi,
    acled: { eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance" },
    cameo: { code: "181", label: "Abduct, hijack, or take hostage" },
    tags: ["kidnapping"],
  },
  {
    // "mediators secured the release on Monday night of two drivers abducted on 10 October": the
    // release of captives is a happening of its own day, apart from their abduction.
    id: "release",
    kind: "event",
    trigger:
      /\b(?:(?:secured|won|negotiated|obtained|arranged|brokered) the (?:release|freedom)\b(?= (?:on [^.;,]{1,30} )?of\b)|(?:hostages?|captives?|abductees?|kidnapped (?:[\w'’-]+ ){0,2}?(?:men|women|drivers|workers|children|people)) (?:were|was|had been|have been|has been) (?:freed|released|set free)\b)/gi,
    cameo: { code: "0841", label: "Return, release person(s)" },
    tags: ["kidnapping"],
  },
  {
    // "since the protests of 2019", "protesters marched on the governorate", "staged a sit-in":
    // a demonstration told as one that happened (ACLED's protests), not a diplomatic protest.
    id: "demonstration",
    kind: "event",
    trigger:
      /\b(?:(?:protests|demonstrations|uprising) (?:of|in) (?:19|20)\d\d|(?:protesters|demonstrators) (?:[\w'’-]+ ){0,2}?(?:gathered|marched|rallied|blocked|massed|camped)|(?:staged|held|organi[sz]ed) (?:a |an |two |several )?(?:[\w'’-]+ )?(?:protests?|demonstrations?|sit-ins?|rall(?:y|ies))|took to the streets)\b/gi,
    acled: { eventType: "Protests", subEventType: "Peaceful protest" },
    cameo: { code: "141", label: "Demonstrate or rally" },
    tags: [],
  },
  {
    // "ships reported GPS jamming off the port", "spoofing of GNSS signals": interference with
    // satellite navigation is a hostile act of its own, told on the day the ships met it.
    id: "navigation-interference",
    kind: "event",
    hostile: true,
    trigger:
      /\b(?:GPS|GNSS|satellite[- ]navigation) (?:signal )?(?:interference|jamming|spoofing|disruption)\b|\b(?:jamming|spoofing) of (?:GPS|GNSS)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    cameo: { code: "180", label: "Use unconventional violence" },
    tags: [],
  },
  {
    // "the burning of wheat stores", "the torching of two homes": arson named by its noun, of
    // property (crops, stores, homes, vehicles), not the burning of tyres at a protest.
    id: "property-arson",
    kind: "event",
    hostile: true,
    trigger:
      /\b(?:burning|torching)\b(?= of (?:the |their |his |her |its |a |an |two |three |several |dozens of )?(?:[\w'’-]+ ){0,2}?(?:crops|fields|harvests?|wheat|barley|stores|storehouses?|warehouses?|silos?|granar(?:y|ies)|orchards|homes?|houses?|shops?|tents?|vehicles?|cars?|lorr(?:y|ies)|trucks?)\b)/gi,
    acled: { eventType: STRATEGIC, subEventType: "Looting/property destruction" },
    cameo: { code: "180", label: "Use unconventional violence" },
    tags: [],
  },
  {
    id: "riot",
    kind: "event",
    hostile: true,
    // "set fire to two tents", "torched a checkpoint": arson by a crowd or a group.
    trigger: /\b(?:riot(?:ed|s|ing)?|mutin(?:y|ied)|set (?:fire|light) to|torched|set ablaze)\b/gi,
    // "Our forces contained the riot within two hours and restored full control of the facility":
    // a riot named only as what the guards put down tells its end (see "riot-contained"), when
    // nothing else in the sentence tells the rioting itself.
    unless: new RegExp(
      String.raw`^(?![\s\S]*\b(?:rioted|rioting|rioters|mutinied|set (?:fire|light) to|torched|set ablaze)\b)[\s\S]*${RIOT_PUT_DOWN}`,
    ),
    acled: { eventType: "Riots", subEventType: "Mob violence" },
    cameo: { code: "145", label: "Protest violently, riot" },
    tags: ["riot"],
  },
  {
    id: "escape",
    kind: "event",
    hostile: true,
    // Not a figure of speech: "help young offenders escape the cycle of reoffending", "she escaped
    // a troubled childhood" (a stage of life, not a place of custody).
    // Nor water or gas that escapes: "a mass escape of water into the streets", "the emergency
    // escape spillway", "so that excess water can escape towards the river".
    // Nor a happening that "broke out" (a war, a fire, a disturbance or a brawl in a wing): it
    // starts; held people who "broke out" leave.
    trigger:
      /\b(?:(?=escap)(?<!\b(?:water|gas|steam|air|heat|smoke|oil|sewage|fuel|liquids?|fluids?|floodwaters?) (?:can |could |will |would |may |might |to |must |cannot |can't )?)escap(?:e|ed|es|ing)(?! routes?)(?! (?:spillways?|valves?|hatch(?:es)?|channels?|pipes?|velocity)\b)(?! (?:of|by) (?:the )?(?:[\w'’-]+ )?(?:water|gas|steam|air|heat|smoke|oil|sewage|fuel|liquids?|fluids?|floodwaters?)\b)(?! (?:the |a )?(?:cycle|poverty|trap|violence|fighting|war|bombing|bombardment|conflict|justice|punishment|death|heat|consequences|notice|attention)\b)(?! (?:a |an |the |his |her |their |my |our )?(?:(?:difficult|hard|troubled|poor|unhappy|abusive|violent|miserable|tough|rough|broken|lonely) )?(?:childhood|upbringing|youth|past|marriage|home life|family life)\b)|(?=broke out)(?<!\b(?:war|wars|fighting|clashes|violence|fires?|protests?|battles?|riots?|rioting|mutin(?:y|ies)|disturbances?|disorders?|commotion|brawls?|scuffles?|quarrels?|panic|stampedes?|tensions?|conflict|unrest|revolution|uprising|crisis|epidemic|pandemic|disease|cholera|fights?|hostilities|insurgency|civil war)\s(?:[\w'’-]+\s)?)broke out|break-?outs?|jailbreaks?|prison ?breaks?|fled (?:from )?(?:the |a |their )?(?:[\w'’-]+ ){0,2}?(?:prisons?|jails?|camps?|centres?|centers?|facilit(?:y|ies)|cells?))\b/gi,
    unless: ANIMALS_ONLY,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: ["escape", "detention-facility"],
  },
  {
    // "four detainees are still at large", "seven residents of the annex were unaccounted for",
    // "women who left the camps without permission" (or "left the camp unlawfully": held people
    // who leave their site against its rules escape it), "slipped out of the annex", "left the camp
    // with smugglers' help", "left the camp with paid smugglers through a gap in the perimeter
    // fence": an escape told by its outcome or by the way out (smugglers, or a way through the
    // site's barrier rather than its gate), also with the way out told first: "cut through the
    // fence of Phase 5 and left the camp". "At least 15 detainees fled": held people who flee
    // flee their hold, whatever the sentence calls it; so do "the men held inside" who "got out".
    // Men who "got out over the wall" of a prison escaped it, the way out told as for a fence cut;
    // inmates who "broke through a wall of the prison's east wing" broke out (or tried to).
    // Held people who "got out through a tunnel", "slipped out through a cut in the fence" or "left
    // through the breaches" left by a way out that is no gate: an escape, the site named or not.
    id: "escape-outcome",
    kind: "event",
    hostile: true,
    trigger:
      /\b(?:at large|unaccounted for|absconded|(?=fled)(?<=\b(?:detainees|prisoners|inmates|convicts|escapees) (?:had |have |has |were |later )?)fled\b|(?=got)(?<=\b(?:detainees|prisoners|inmates|convicts|men|women|people|those) held (?:inside|there|in (?:it|there|the (?:prison|jail|camp|cells?)))? (?:had |have |has |later )?)(?:got|gotten) (?:out|away)\b|(?=blasted|broke|cut|dug|smashed|tunnel)(?<=\b(?:detainees|prisoners|inmates|convicts) (?:had |have |later |then )?)(?:broke|cut|tunnell?ed|dug|smashed|blasted) (?:a way )?(?:through|under|out through) (?:a |an |the |its |their )?(?:[\w'’-]+ ){0,2}?(?:walls?|fences?|perimeter|roof)\b|(?:got|gotten|climbed|clambered) out (?:over|through|under) (?:the |a |an |its )?(?:[\w'’-]+ ){0,2}?(?:walls?|fences?|perimeter|roof|windows?)\b|left (?:[\w'’-]+ ){0,4}?without (?:permission|authori[sz]ation)|(?:left|leave|leaves|leaving) (?:the )?(?:[\w'’-]+ ){0,3}?(?:camps?|annex|prisons?|jails?|detention (?:centres?|centers?|facilit(?:y|ies))) (?:unlawfully|illegally|unlawful|illegal)\b|(?:slipped|sneaked|snuck|smuggled|spirited) (?:[\w'’-]+ )?out of (?:the )?(?:[\w'’-]+ ){0,4}?(?:camps?|annex|prisons?|jails?|detention|facilit(?:y|ies))|(?:left|leave|leaves|leaving) (?:the )?(?:[\w'’-]+ ){0,4}?(?:camps?|annex|prisons?|jails?) (?:with (?:the )?(?:help|aid) of (?:paid |hired )?smugglers|with smugglers['’]? (?:help|aid)|with (?:paid |hired |local )?smugglers|by paying smugglers|(?:[\w'’-]+ ){0,3}?through (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:cuts?|gaps?|holes?|breach(?:es)?|tunnels?|fences?|walls?))|(?:got|gotten|went|slipped|sneaked|snuck|crawled|squeezed) out (?:through|via) (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:cuts?|gaps?|holes?|breach(?:es)?|tunnels?)\b|(?=leave|left)(?<=\b(?:detainees|prisoners|inmates|convicts|residents|women|children|escapees) (?:had |have |has |later |then )?)(?:left|leave) through (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:cuts?|gaps?|holes?|breach(?:es)?|tunnels?)\b|(?:cut|broke|climbed|crawled|squeezed|tunnell?ed|dug) (?:through|over|under) (?:a |an |the |its )?(?:[\w'’-]+ ){0,2}?(?:fences?|walls?|wire|perimeter)\b(?: [\w'’-]+){0,4}? and (?:then )?(?:left|fled|escaped from) (?:the )?(?:[\w'’-]+ ){0,2}?(?:camps?|annex|prisons?|jails?))\b/gi,
    context:
      /\b(?:detainees?|prisoners?|inmates?|escapees?|fugitives|convicts|camps?|prisons?|jails?|annex|detention|held (?:inside|there|in))\b/,
    unless: ANIMALS_ONLY,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: ["escape", "detention-facility"],
  },
  {
    // "a driver died of a heart attack in his cab", "the death of a child from fever in Al-Hol": a
    // death told, and dated, but of an illness, not of violence; the casualties rule leaves it.
    id: "death-of-illness",
    kind: "event",
    trigger: new RegExp(
      `\\b(?:died (?:[\\w'’-]+ ){0,3}?(?:from|of) ${ILLNESS}|deaths? of [^.;,]{0,40}?\\b(?:from|of) ${ILLNESS})\\b`,
      "gi",
    ),
    tags: [],
  },
  {
    id: "casualties",
    kind: "event",
    hostile: true,
    // "executed four of them", "lost her brother to the group": killings told by their victims;
    // "a boy lost a leg to a mine", "the shepherd had lost his left foot": a wound told as the limb
    // it cost (not "lost a leg of the tournament", nor the limb he "nearly lost"; one lost "in the
    // same blast" is the toll of the happening told before, which carries it);
    // "lost their lives", "gave their lives": deaths told as lives lost. "two men shot him four
    // times": a person shot (not "shot him a look"); "shot the guard, ..., in the shoulder": a person
    // named by what they are (a guard, two shepherds), not a thing shot (a film, a video, a drone); "its forces had \"neutralised\" four fighters":
    // the euphemism armies use for fighters killed or captured (not a device neutralised). "a
    // photographer was beaten in Hawija": a person hurt by hand, told in the passive (not a side
    // beaten in a match, a race or a vote). A death "from fever" or "of cholera" is an illness's,
    // not violence (a death "of his wounds" stays one). "A speedy recovery to the wounded.": with
    // the article and nothing after, the wounded are people, named by what befell them, and no
    // happening ("two of the wounded" still counts them, "the wounded soldier" still tells it).
    // "No member of the armed forces was harmed": a toll of none of a force, told with a word of
    // harm (which only a negated toll reads: "harmed relations" is no toll). "None of our children
    // was hurt" is left to the toll told after a happening (a reassurance, no happening of its own).
    // "Journalist X was hit by shrapnel when a grenade was thrown ...": a wound told as what hit the
    // victim (shrapnel, bullets, gunfire, fragments), in the passive. "a second charge, concerning
    // the beating of a prisoner in Mayadin on 27 April 2015": a person hurt by hand, told as a noun
    // after "the" with its victim (not "the beating of the drum").
    trigger:
      /\b(?:killed|killing|kills|(?=hit|struck)(?<=\b(?:was|were|had been|has been|have been) )(?:hit|struck) by (?:shrapnel|gunfire|(?:a |stray )?bullets?|(?:a )?sniper(?:'s|’s)? (?:bullet|fire)|(?:bomb |shell |grenade )?fragments)\b|(?=beating)(?<=\bthe )beatings? of (?:a|an|the|two|three|four|several|his|her|their) (?:[\w'’-]+ ){0,2}?(?:prisoners?|detainees?|captives?|inmates?|journalists?|reporters?|photographers?|protesters?|m[ae]n|wom[ae]n|boys?|girls?|civilians?|soldiers?|guards?|workers?|drivers?)\b|(?=harmed|hurt)(?<=\bno members? of (?:[\w'’-]+ ){0,5}?(?:was|were|has been|have been) (?:\w+ly )?)(?:hurt|harmed)\b|(?=injured|wounded)(?<!(?<!\bof )\bthe )(?:wounded|injured)|(?:wounded|injured)(?=\s+[a-z])|wounding|deaths? of(?![^.;,]{0,40}?\b(?:from|of) (?:fever|illness|an illness|disease|cholera|typhoid|measles|tuberculosis|covid(?:-19)?|cancer|a heart attack|heart failure|a stroke|natural causes|old age|malnutrition|hunger|starvation|the cold|cold|hypothermia|dehydration|thirst|pneumonia|diarrh(?:o)?ea|an infection|infection)\b)|(?:was|were|had been|has been|have been) (?:badly |severely |brutally |savagely )?beaten(?: up)?\b(?! (?:to (?:the|a)\b|in (?:the |a )?(?:final|semi-final|race|election|polls?|vote|match|league|cup)\b|by (?:\d|one|two|three) (?:goals?|points?|votes?|seconds?|runs?)\b))|shot (?:him|her|them)\b(?! (?:an? )?(?:looks?|glances?|smiles?|questions?)\b)|shot (?:the|a|an|one|two|three|four|five|several|his|her|their|its) (?:[\w'’-]+ ){0,2}?(?:guards?|watchm[ae]n|policem[ae]n|police officers?|officers?|soldiers?|conscripts?|drivers?|shepherds?|farmers?|workers?|engineers?|technicians?|doctors?|nurses?|paramedics?|teachers?|students?|journalists?|reporters?|civilians?|men|man|wom[ae]n|boys?|girls?|child(?:ren)?|brothers?|sons?|owners?|passengers?|villagers?|residents?|fighters?|members?|officials?|mukhtars?|clerics?|imams?)\b(?! (?:dead)\b)|neutrali[sz]ed["”’']? (?:[\w'’-]+ ){0,3}?(?:fighters|militants|terrorists|insurgents|jihadists|gunmen|attackers|members|suspects|soldiers|troops)\b|died(?! (?:down|out|away)\b)(?! (?:[\w'’-]+ ){0,3}?(?:from|of) (?:fever|illness|an illness|disease|cholera|typhoid|measles|tuberculosis|covid(?:-19)?|cancer|a heart attack|heart failure|a stroke|natural causes|old age|malnutrition|hunger|starvation|the cold|cold|hypothermia|dehydration|thirst|pneumonia|diarrh(?:o)?ea|an infection|infection)\b)|(?:was|were) found dead|shot dead|gunned down|shot and killed|(?=was|were)(?<=\b(?:body|bodies) of [^.;]{0,60}?)(?:was|were) (?:found|recovered|discovered)|assassinat(?:ed|es|e|ing|ions?)|(?:lost|gave|laid down) (?:their|his|her) li(?:fe|ves)\b|(?=lost )(?<!\b(?:nearly|almost|could have|would have|might have|may have|fear(?:ed|s)? (?:he|she|they) (?:had|would|might) have)\s+)lost (?:(?:his|her|their|a|an|one|both|two) )(?:(?:left|right|lower|upper) )?(?:legs?|feet|foot|arms?|hands?|eyes?|fingers)\b(?! (?:of|in (?:the )?(?:game|match|tournament|race))\b)(?![^.;!?]{0,40}\b(?:in|during|by) the same (?:blast|explosion|attack|ambush|strike|bombing|shelling|incident|shooting)\b)|executed(?! (?:a|an|the|its|their|his|her) (?:plans?|orders?|warrants?|strateg\w*|contracts?|deals?|programm?e?s?|projects?)\b)|(?:summary |mass )?executions? of|lost (?:his|her|their|a|two|three|four) (?:sons?|brothers?|husbands?|fathers?|daughters?|sisters?|wife|wives|relatives|children|cousins?) (?:to|in)\b)/gi,
    // Shots fired into the air at a wedding or a victory are a celebration's, not an attack's.
    unless: /\bcelebratory (?:gunfire|gunshots|shooting|shots|fire|bullets)\b/,
    acled: { eventType: BATTLES, subEventType: "Armed clash" },
    cameo: { code: "190", label: "Use conventional military force" },
    tags: ["casualties"],
  },
  {
    id: "defeat",
    kind: "event",
    // "Rawa was held by Islamic State until November 2017": ground a jihadist group held until a
    // date was taken back from it then.
    trigger:
      /\b(?:(?:held|occupied|controlled) by (?:the )?(?:islamic state|isis|isil|daesh|militants|jihadists|insurgents)(?: group| fighters)? until|defeat(?:ed)? of|territorial defeat|declared defeated|liberat(?:ed|ion) of|lost (?:its|their) (?:last )?(?:territory|pockets?|strongholds?|enclaves?|bastions?)|retook|retaken|retaking|(?:enclaves?|strongholds?|bastions?)\b(?=[^.;,]{0,30}\b(?:fell|was captured|was overrun)\b))\b/gi,
    acled: { eventType: BATTLES, subEventType: "Government regains territory" },
    tags: [],
  },
  {
    id: "regime-change",
    kind: "event",
    trigger:
      /\b(?:fall|collapse|ouster|toppling|overthrow|downfall) of (?:the )?(?:[\w'’-]+ ){0,3}?(?:regime|government)\b|\b(?:fall|collapse) of (?:(?:syrian )?president )?(?:bashar (?:al-)?)?assad\b|\b(?:toppled|ousted|overthrown)\b|\b(?:regime|government)(?: of (?:[\w'’-]+ ){1,3}?| )(?:collapsed|fell)\b/gi,
    acled: { eventType: BATTLES, subEventType: "Non-state actor overtakes territory" },
    tags: ["regime-change", "instability"],
  },
  {
    // "overran swathes of Iraq", "seized control of the town": ground taken by force.
    // So are a town's buildings taken: "about 80 ISIS members attacked the town ... and seized the
    // police station, the bakery and a school" (the seizure of goods is a measure, not this).
    id: "territory-taken",
    kind: "event",
    hostile: true,
    attack: true,
    // "controlled the village of Al-Kawm for two days", "entered the town and held it until the
    // evening", "entered the western quarter of Al-Sukhnah on the night of 25 November and held it":
    // Armed men named by what they are who "entered the village at dusk and stayed in control of
    // its streets" held it too (police who stay in control of a town's streets keep order there).
    // a place held by force (not "held talks", "held a meeting"). Armed men who "took over the
    // silos and the checkpoint beside them" or "seized a watchtower" took a site by force; the
    // armed men are the subject, so an army that "took over the checkpoints" from another force
    // does not read as ground taken. So is a village told
    // as in the armed men's hands: "the village of Arak has remained in the hands of the militants"
    // (weapons or a prisoner "in the hands of" a group are no ground). Armed men "still holding the
    // northern quarter of" a town hold part of it; "the terrorists remained in the town centre until
    // the army restored control" held it until a force took it back (who stays is named: families
    // Armed men who "entered the town ... and held its eastern neighbourhood until dawn" took part
    // of it: the entry and the hold, told of one subject, are ground taken (not "entered the town
    // and held talks with its elders").
    // that remain in a village hold nothing). Armed men who "entered the town ... and raised their
    // flag over its municipal building" (or "hoisted the group's flag above the police station")
    // took it: a flag over a town's building is a claim of control (the army or residents raising
    // a flag is not this rule: the subject must be armed men named as such).
    // "An ISIS group took the village and its gas station on 17 November": armed men named as such
    // who "took" a village or town took it by force (not the army, not "took the village's elders").
    trigger:
      /\b(?:(?=took)(?<=\b(?:militants|insurgents|jihadists|gunmen|armed men|attackers|terrorists|fighters|isis|isil|daesh)(?: (?:group|groups|cell|cells|unit|units|fighters|members|militants))? )took (?:the |a )?(?:(?:nearby|small|border|desert) )?(?:village|town|city|district|neighbou?rhood|quarter)\b(?!['’]s)|(?=entered|stormed)(?<=\b(?:gunmen|armed men|militants|insurgents|jihadists|attackers|assailants|raiders)\b[^.;]{0,60}?)(?:entered|stormed) (?:the )?(?:[\w'’-]+ ){0,3}?(?:village|town|city|district|neighbou?rhood|quarter)\b[^.;]{0,60}? and (?:stayed|remained) in control of (?:it|them|its (?:streets|centre|center|quarters|neighbou?rhoods|market))|(?:remained|remains|remain|is|was|are|were|fell|fallen|been|still) (?:still )?in(?:to)? the hands of (?:the )?(?:militants|insurgents|jihadists|gunmen|attackers|cells|organi[sz]ation|isis|isil|daesh|islamic state)\b(?<=\b(?:village|town|city|district|neighbou?rhood|quarter)\b[^.;]{0,60}?\b(?:remained|remains|remain|is|was|are|were|fell|fallen|been|still) (?:still )?in(?:to)? the hands of (?:the )?[\w ]{3,20})|(?=held|controlled|occupied)(?<=\b(?:gunmen|armed men|militants|insurgents|jihadists|attackers|assailants|raiders|fighters|terrorists|isis|isil|daesh)\b[^.;]{0,30}?\b(?:entered|stormed) [^.;]{0,80}? and )(?:held|controlled|occupied) (?:the |its |part of (?:the |its )?)?(?:(?:northern|southern|eastern|western|central|old) )?(?:quarter|district|neighbou?rhood|centre|center|parts?|outskirts|streets|market)\b|overr(?:an|un)|(?:fell|fallen) to (?:the )?(?:[\w'’-]+ ){0,2}?(?:sdf|isis|isil|daesh|islamic state|rebels|insurgents|militants|jihadists|opposition|taliban|hts|army|forces|troops|peshmerga|regime)\b|(?:seized|took|taken) control of|swept (?:through|into|across)|(?:controlled|held|captured|occupied) (?:the )?(?:village|town|city|district|neighbou?rhood|area|hill|valley)s? of|(?=holding )(?<=\b(?:militants|insurgents|jihadists|gunmen|attackers|terrorists|fighters|cells) (?:were |are |was |is )?(?:still )?)holding (?:the |a )?(?:(?:northern|southern|eastern|western|central|old) )?(?:quarter|district|neighbou?rhood|centre|center|part|parts|outskirts) of|(?=remained|stayed)(?<=\b(?:militants|insurgents|jihadists|gunmen|attackers|terrorists|fighters|cells) )(?:remained|stayed) in (?:the )?(?:town|village|city)(?: centre| center)?(?= until\b)|(?:entered|stormed) (?:the )?(?:[\w'’-]+ ){0,3}?(?:village|town|city|district|neighbou?rhood|quarter)\b[^.;]{0,60}? and (?:held|controlled|occupied) (?:it|them)|(?=raised|hoisted|planted)(?<=\b(?:militants|insurgents|jihadists|gunmen|armed men|attackers|assailants|raiders|terrorists|fighters|isis|isil|daesh)\b(?: (?:[\w'’-]+ ){0,2}?(?:entered|stormed) (?:the )?(?:[\w'’-]+ ){0,3}?(?:village|town|city|district|neighbou?rhood|quarter)\b[^.;]{0,80}? and)? )(?:raised|hoisted|planted) (?:their|its|the group's|the organi[sz]ation's|a|the) (?:(?:black|own) )?flags? (?:over|on|above|atop) (?:the |a |an |its |their )?(?:(?:town|village|city)['’]s )?(?:[\w'’-]+ ){0,2}?(?:police (?:stations?|posts?)|municipal buildings?|town halls?|government buildings?|council buildings?|schools?|hospitals?|mosques?|squares?|checkpoints?|posts?|villages?|towns?|city)\b|(?:seized|captured|stormed|occupied|took over) (?:the |a |an |its |their )?(?:(?:town|village|city)['’]s )?(?:police (?:stations?|posts?)|municipal buildings?|town halls?|government buildings?|bakery|bakeries|schools?|hospitals?)(?! (?:bus|buses|books|supplies|equipment|funds|fees|records)\b)|(?=captured|occupied|seized|stormed|took control of|took over)(?<=\b(?:militants|insurgents|jihadists|gunmen|armed men|attackers|terrorists|fighters|cells|isis|isil|daesh) (?:[\w'’-]+ ){0,2}?)(?:seized|captured|stormed|occupied|took over|took control of) (?:the |a |an )?(?:[\w'’-]+ ){0,2}?(?:silos?|checkpoints?|guard posts?|watchtowers?|pumping stations?|power stations?|gas stations?)\b)\b/gi,
    acled: { eventType: BATTLES, subEventType: "Non-state actor overtakes territory" },
    cameo: { code: "190", label: "Use conventional military force" },
    tags: ["instability"],
  },
  {
    id: "flight",
    kind: "event",
    trigger: /\b(?:fled|flight) to\b/gi,
    context: /\b(regime|assad|president|ruler)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: ["regime-change"],
  },
  {
    id: "visit",
    kind: "event",
    // "told a meeting with officials" is a statement (below), not a second event.
    trigger:
      /\b(?:visit(?:ed|s)?|inspect(?:ed|s)|toured|chair(?:ed|s)|presided over|travel(?:l)?ed to|met (?:with|in|at)|(?=meeting)(?<!\b(?:told|addressed) (?:a|the) )meetings? with|held talks|talks with)\b/gi,
    cameo: { code: "042", label: "Make a visit" },
    tags: ["diplomacy"],
  },
  {
    // "summoned the Turkish ambassador", "condemned the strike": a government's protest.
    id: "protest",
    kind: "event",
    trigger: /\b(?:summon(?:ed|s|ing)|condemn(?:ed|s|ing)?|denounc(?:ed|es|ing))\b/gi,
    unless: /\b(?:condemned (?:to|prisoners?)|summoned (?:for|to) (?:questioning|court|trial))\b/,
    cameo: { code: "11", label: "Disapprove" },
    tags: ["diplomacy"],
  },
  {
    // "would dissolve itself and lay down its arms": an armed group ends its armed activity.
    id: "disbandment",
    kind: "event",
    trigger:
      /\b(?:dissolv(?:e|ed|es|ing) (?:itself|themselves)|disband(?:ed|s|ing)?|la(?:y|id) down (?:its|their) (?:arms|weapons))\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Change to group/activity" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: ["diplomacy"],
  },
  {
    // "told a conference in Erbil that ...": a public statement is an event of its day.
    id: "statement",
    kind: "event",
    trigger:
      /\b(?:told|addressed) (?:a|an|the) (?:news |press |security |regional |closed |public |parliamentary )?(?:conference|panel|meeting|forum|summit|hearing|briefing|gathering|rally|session)\b/gi,
    cameo: { code: "010", label: "Make statement" },
    tags: [],
  },
  {
    // "completed the handover of the air base to the army": a site changes hands.
    id: "handover",
    kind: "event",
    trigger:
      /\b(?:handover|hand-over|handing over) of (?:the |its |their )?(?:[\w'’-]+ ){0,4}?(?:bases?|air ?base|airports?|crossings?|positions?|posts?|territory|areas?|fields?|prisons?|camps?|control|sites?|facilit(?:y|ies))\b|\b(?:handed|turned) (?:the |its |their )(?:[\w'’-]+ ){0,3}?(?:bases?|air ?base|airports?|crossings?|positions?|posts?|territory|areas?|fields?|prisons?|camps?|sites?|facilit(?:y|ies)|perimeter) over to\b|\b(?:took|taken) over (?:the |its |their )?(?:[\w'’-]+ ){0,4}?(?:bases?|air ?base|airports?|crossings?|positions?|posts?|prisons?|camps?|sites?|facilit(?:y|ies)|perimeter|security)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Non-violent transfer of territory" },
    tags: [],
  },
  {
    // "the company suspended its work in the area": activity halted by insecurity.
    id: "suspension",
    kind: "event",
    trigger:
      /\b(?:suspend(?:ed|s)|halt(?:ed|s)|stopp(?:ed)) (?:its|their|all) (?:work|operations|activities|production|flights)\b|\b(?:froze|frozen|freez(?:e|es|ing)|suspended|halted|slashed) (?:\w+ ){0,4}?(?:aid|funding|assistance)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    id: "mediation",
    kind: "countermeasure",
    // Two parties "coordinating against drug smuggling" or "cooperating against ISIS" act together
    // on a common target, as those "coordinating with" each other do. So does "a joint Iraqi-US
    // liaison cell", a standing body two parties staff to coordinate what they do. Parties that
    // "renewed their intelligence-sharing arrangement" or "share the lists of wanted men every
    // week" pool what they know under a standing pact, as a joint cell does. So do states in "a
    // bilateral security partnership" or "their defence partnership": a standing pact between them
    // for their security, as their security cooperation is (not a business's "partnership").
    // Forces that "continue to coordinate with the Syrian side" or "exchanged information with"
    // their counterparts act together as those "coordinating with" them do.
    trigger:
      /\b(?:(?:(?:bilateral|strategic|long-term|enduring) )?(?:security|defen[cs]e|military|counter-?terrorism) partnerships?|joint (?:[a-z]+-[a-z]+ )?(?:liaison|coordination) (?:cells?|centres?|centers?|committees?|offices?|mechanisms?)|(?:intelligence|information)[- ]sharing (?:arrangements?|agreements?|pacts?|mechanisms?)|shar(?:e|es|ed|ing) (?:the |their )?(?:lists?|names|intelligence) (?:of|on|about)\b|ceasefire|truce|agreement|deals?(?=,? (?:signed|reached|struck|concluded)\b)|deals?(?<=\b(?:signed|reached|struck|concluded) (?:a |an |the |their |its )?(?:[\w'’-]+ ){0,2}deals?)|accords?(?! with)|memorand(?:um|a)(?: of understanding)?|agreed|mediat(?:e|ed|ion|or)|direct talks|negotiat\w*|coordination|cooperation|coordinat(?:e|ing|es|ed) with|exchang(?:e|es|ed|ing) (?:of )?(?:information|intelligence) with|(?:coordinat|cooperat)(?:e|es|ed|ing) against)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Agreement" },
    cameo: { code: "04", label: "Consult" },
    tags: ["diplomacy"],
  },
  {
    // "Syria's accession to the coalition in November 2025", "since joining the US-led
    // coalition": a state entering an alliance.
    id: "accession",
    kind: "event",
    trigger: /\b(?:accession to|join(?:ed|ing|s)?) (?:the )?(?:[\w'’-]+ ){0,3}?(?:coalition|alliance)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Agreement" },
    cameo: { code: "06", label: "Engage in material cooperation" },
    tags: ["diplomacy"],
  },
  {
    id: "repatriation",
    kind: "event",
    // People sent home, not things handed back ("to return the cylinders within seven days") nor
    // a state regained ("life had returned to normal"). A state that "took back 310 of its
    // nationals" from a camp or prison repatriated them; one that "took back the town" did not.
    // Those flown or brought home may be described in an aside between commas that says who they
    // were ("flew 60 of its citizens, most of them women, home from Roj"); a plane that "flew over
    // the camp, circled and headed home" brings no one.
    // A receiving body tells the return from its side: "the ministry received 1,160 people in 298
    // families from Al-Hol camp", "took in 40 families from the camp" (not "a hospital received
    // 14 people from the camp": people, not families, received are not told sent home).
    trigger:
      /\b(?:repatriat\w*|returnees?|brought back|bringing back|take them back|(?:took|taken|takes) back (?:[\w'’,-]+ ){0,4}?(?:nationals|citizens|families|detainees|women|children)\b|transferred from|returns?(?! (?:the|their|its|his|her|all|any|every|these|those) (?!(?:[\w'’-]+ ){0,2}?(?:famil(?:y|ies)|nationals|citizens|children|women|people|residents|detainees|refugees|households)\b))(?! to (?:normal\w*|calm)\b)|returned (?!to (?:normal\w*|calm)\b)(?=(?:home|to|from|with)\b)|(?=returned)(?<=\b(?:had|have|has) been )returned\b|(?:brought|flown|flew) (?:[\w'’-]+ ){0,6}?(?:[\w'’-]+, (?:most|many|all|some|half|several|including|among) [^,.;]{1,40}, )?home|(?:received|receives|receiving|took in|takes in|taking in) (?:[\d,.]+ )?(?:(?:people|persons|individuals) in [\d,.]+ (?:families|households)|families|households|nationals|citizens|returnees) from (?:the )?(?:[\w'’-]+ ){0,2}?(?:camps?|prisons?)|return(?:s|ed|ing)? (?:[\w'’,-]+ ){0,3}?(?:residents|families|households|nationals|citizens|detainees|women|children|people|returnees) (?:[\w'’,-]+ ){0,4}?to (?:the |al-)?(?:[\w'’-]+ ){0,3}?(?:rehabilitation|reception|reintegration) (?:centres?|centers?|camps?|facilit(?:y|ies)))\b/gi,
    // Women and children (or orphans, foreigners) told "repatriated" are people sent home, though
    // no camp or nationality is named ("160 foreign women and children were repatriated to their
    // countries of origin"); funds or profits repatriated are not.
    context:
      /\b(?:camps?|hol|hawl|roj|citizens|families|nationals|(?:rehabilitation|reception|reintegration) (?:centres?|centers?))\b|\b(?:women|children|orphans|foreigners)\b[^.;]{0,80}?\brepatriat|\brepatriat\w*[^.;]{0,80}?\b(?:women|children|orphans|foreigners)\b/,
    // "were returned to the camp after guards stopped their car": a recapture (measure rules).
    unless: new RegExp(RETURNED_TO_CAMP_AFTER_STOP),
    cameo: { code: "0841", label: "Return, release person(s)" },
    tags: ["repatriation"],
  },
  {
    id: "border-movement",
    kind: "event",
    trigger:
      /\b(?:crossed into|crossed the border|entered (?:Iraq|Syria|Jordan|Turkey|Iraqi territory)|(?:entered|crossed into|slipped into) (?:[\w'’-]+ ){1,4}?from (?:the )?(?:syria|iraq|jordan|turkey|iran|lebanon|(?:syrian|iraqi|jordanian|turkish|iranian|lebanese) side)|(?:cross(?:ed|es|ing)?|slipped|moved) (?:back )?from (?:the )?(?:[\w'’-]+ ){0,3}?(?:syria|iraq|jordan|turkey|iran|lebanon|desert|badia|(?:syrian|iraqi|jordanian|turkish|iranian|lebanese) (?:side|desert|territory)) (?:into|to)\b|cross(?:ed|es|ing)? (?:over )?(?:the )?(?:[\w'’-]+ )?(?:wall|fence|berm|frontier|border strip)|cross(?:ed|es|ing)? (?:over )?from (?:the )?(?:syria|iraq|jordan|turkey|iran|lebanon|(?:syrian|iraqi|jordanian|turkish|iranian|lebanese) (?:side|territory))\b(?! (?:in|on|at|before|after|during)\b))\b/gi,
    // "crossed from the Syrian desert into Iraq", "saw armed men cross the wall", "saw about twelve
    // armed men cross from the Syrian side" (the bare verb after a verb of seeing), "an armed group
    // crossed from Syrian territory near the village" (the territory as the side): a crossing by
    // people. Birds, rivers and pipelines cross borders too; a crossing needs people who make it.
    context:
      /\b(?:fighters|militants|gunmen|armed men|jihadists|insurgents|isis|isil|daesh|cells?|infiltrators|smugglers|men|people|groups?|members|families|trucks|convoys?)\b/,
    tags: ["border-crossing"],
  },
  {
    // "a convoy of 160 families left the camp", "reached the Jeddah-1 centre", "were flown from
    // Erbil", "were handed to British officials": people moved from one place to another. Troops
    // and advisers who "left the Union III compound" or "vacated the outpost" move out of a post.
    id: "movement",
    kind: "event",
    trigger:
      /\b(?:left|leaves?|leaving|departed(?: from)?|vacated) (?:the |al-|el-)?(?:[\w'’-]+ ){0,2}?(?:camps?|centres?|centers?|city|town|country|prisons?|bases?|air ?bases?|compounds?|outposts?|garrisons?|crossing|village|port|area)\b|\breached (?:the |al-|el-)?(?:[\w'’-]+ ){0,3}?(?:camps?|centres?|centers?|city|town|border|crossing|village|base|port)\b|\barrived (?:at|in)\b/gi,
    context:
      /\b(convoys?|famil(?:y|ies)|returnees|children|women|men|bodies|wounded|detainees|nationals|citizens|residents|delegation|refugees|troops|soldiers|advisers|advisors|personnel|contingents?)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "They were flown from Erbil", "the bodies were taken to the hospital": people moved by others.
    // "guards took three more boys, aged 12 to 14, from their mothers' tents": people taken away
    // from where they live by those who hold them.
    id: "transfer",
    kind: "event",
    trigger:
      /\b(?:was|were|been|being) (?:flown|taken|rushed|evacuated|bused|bussed|transported|handed(?: over)?) (?:back |home )?(?:to|from|into)\b(?! (?:court|trial|task|account)\b)|\b(?:took|taken|removed|dragged|led) (?:away )?(?:(?:the|a|an|their|his|her|\w+) )?(?:more |other |young |teenage )?(?:boys|girls|children|sons|daughters|teenagers|minors|men|women|detainees|prisoners|residents)\b(?=[^.;!?]{0,40}\bfrom (?:their|the|his|her) (?:[\w'’-]+ ){0,2}?(?:tents?|homes?|houses?|famil(?:y|ies)|mothers|parents|beds|shelters?|cells?)\b)/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "set up a joint security committee", "the committee was established in 2021": a body made.
    id: "establishment",
    kind: "event",
    trigger:
      /\b(?:set up|established|formed|created|founded)\b(?= (?:an? |the |its |their )?(?:[\w'’-]+ ){0,3}?(?:committees?|commissions?|councils?|task forces?|cells?|mechanisms?|bod(?:y|ies)|operations rooms?)\b)|\b(?:was|were|had been|has been) (?:established|set up|formed|created|founded)\b/gi,
    context:
      /\b(committees?|commissions?|councils?|task forces?|cells?|mechanisms?|bod(?:y|ies)|operations rooms?)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    cameo: { code: "03", label: "Express intent to cooperate" },
    tags: ["diplomacy"],
  },
  {
    // "the programme began in 2021", "a combing operation had begun": the start of an undertaking.
    id: "start",
    kind: "event",
    trigger:
      /\b(?:programm?es?|plans?|campaigns?|operations?|offensives?|work|construction|process|repatriations?)\b(?=[^.;,]{0,40}?\b(?:began|begun|started|got under way)\b)|\b(?:began|started) (?:[a-z]+ing|work|construction)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "the end of the Coalition's military mission": an undertaking's close is an event of its day.
    id: "mission-end",
    kind: "event",
    trigger:
      /\b(?:(?:end|ending|conclusion) of (?:the |its |their )?(?:[\w'’-]+ ){0,4}?(?:mission|presence|deployment|occupation|war|campaign)|end(?:s|ed|ing)? (?:its |their |the )(?:[\w'’-]+ ){0,3}?(?:mission|presence|deployment|occupation)|(?=deployment|mission|presence)(?<!\b(?:when|once|after|until|till|before|if|unless) (?:[\w'’-]+ ){0,8})(?:mission|presence|deployment) (?:[\w'’-]+ ){0,4}?(?:ends|ended|will end|would end|is to end|are to end|is due to end|to end) (?:by|in|on|before|at the end of|this|next)\b)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    cameo: { code: "087", label: "De-escalate military engagement" },
    tags: [],
  },
  {
    // "the fire started late on Sunday", "a fire in August destroyed fifty tents", "a fire was set
    // in the archive room" (the passive of "set a fire"; "the fire had been set by a cell" tells
    // who set one already told). A fire told only by its end ("two fires were put out within an
    // hour") happened all the same, and a thing that "caught fire" or "burst into flames" is a
    // fire's start.
    id: "fire",
    kind: "event",
    hostile: true,
    trigger:
      /(?=blaze|fire)(?<!\b(?:opened|open|opening|exchanged|returned|cease|heavy|gun|sniper|artillery|mortar|under|set|sets|setting) )\b(?:fires?|blazes?)\b[^.;]{0,40}?\b(?:started|broke out|burned|burnt|destroyed|gutted|swept|tore through|ravaged|(?:was|were|had been) (?:quickly |later |finally |eventually )?(?:put out|extinguished))\b|(?=fire|blaze)(?<!\b(?:the|these|this|that|those|its|their|his|her) )\b(?:fires?|blazes?) (?:was|were|had been) (?:deliberately |intentionally )?set\b(?! to\b| for\b| up\b| aside\b| out\b| off\b| by\b)|\b(?:caught fire|burst into flames)\b|\b(?:was|were) set (?:alight|ablaze|on fire)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: ["humanitarian"],
  },
  {
    // "the explosion at the ammunition depot of the airport base", "a blast ripped through an
    // arms store", "the depot fire near Badush": a military store of munitions going up is a
    // happening of its own, whatever set it off (an attack, a fire, the heat), which the text may
    // not know.
    id: "depot-explosion",
    kind: "event",
    hostile: true,
    trigger:
      /\b(?:explosions?|blasts?|fires?|detonations?) (?:at|in|hit|inside|ripped through|tore through) (?:the |an? |one |two )?(?:[\w'’-]+ ){0,2}?(?:ammunition|arms|weapons|munitions|ordnance|rocket) (?:depots?|stores?|dumps?|warehouses?|stockpiles?)\b|\b(?:(?:ammunition|arms|weapons|munitions) )?depot (?:fires?|explosions?|blasts?)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "passed the Captagon Act", "the Caesar Act of 2019": a law made.
    id: "legislation",
    kind: "event",
    itemized: true,
    trigger:
      /\b(?:passed|adopted|enacted) (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:law|act|bill|legislation)\b|\b[\w'’-]+ act of (?:19|20)\d\d\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "water deliveries had been interrupted", "Water trucking resumed": a service to civilians
    // stopped or restarted on a day (the threat of delays and cuts is aid-disruption's).
    id: "service-interruption",
    kind: "event",
    trigger: /\b(?:interrupted|resumed|restored)\b/gi,
    context: /\b(?:aid|water|deliveries|trucking|supplies|electricity|distributions?|rations)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: ["humanitarian"],
  },
  {
    // "Partners distributed 9,000 bottles of water", "completed its distribution of food parcels".
    id: "aid-delivery",
    kind: "event",
    trigger: /\bdistribut(?:ed|ing|ions?)\b/gi,
    context:
      /\b(?:parcels?|kits?|bottles?|rations?|food|aid|blankets?|tents?|water|supplies|vouchers?|medicines?)\b/,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    cameo: { code: "073", label: "Provide humanitarian aid" },
    tags: ["humanitarian"],
  },
  {
    // "drove the Islamic State group from its last stronghold": ground retaken from an armed group.
    id: "expulsion",
    kind: "event",
    trigger: /\b(?:drove|driven|pushed|expelled|ousted) (?:[\w'’.-]+ ){1,4}?(?:out of|from)\b/gi,
    context: /\b(?:islamic state|isis|isil|daesh|militants|jihadists|insurgents|rebels|fighters)\b/,
    acled: { eventType: BATTLES, subEventType: "Government regains territory" },
    tags: [],
  },
  {
    // "sentenced 23 defendants to death", "the judge ordered that the five be held for 30 days".
    id: "judicial",
    kind: "countermeasure",
    trigger:
      /\b(?:sentenced|convicted|acquitted)\b|\bordered (?:that )?(?:[\w'’-]+ ){0,4}?(?:be |to be )?(?:held|detained|remanded|released|jailed)\b|\b(?:was|were|been|being) (?:adjourned|postponed|deferred)\b|\b(?:adjourned|postponed|deferred) (?:the |its |his |her |their )?(?:hearing|trial|case|session|verdict)s?\b/gi,
    cameo: { code: "173", label: "Arrest, detain, or charge with legal action" },
    tags: [],
  },
  {
    // "the ministry opened a new wing of the central prison in March".
    id: "facility-opening",
    kind: "event",
    trigger:
      /\b(?:opened|inaugurated) (?:a |an |the |its |their )?(?:new )?(?:[\w'’-]+ ){0,3}?(?:wings?|prisons?|jails?|camps?|centres?|centers?|facilit(?:y|ies)|bases?|offices?|hospitals?)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "Syria joined the US-led coalition against Islamic State in November 2025".
    id: "accession",
    kind: "event",
    trigger: /\bjoined (?:the )?(?:[\w'’.-]+ ){0,3}?(?:coalition|alliance|treaty|convention|pact)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Agreement" },
    cameo: { code: "03", label: "Express intent to cooperate" },
    tags: ["diplomacy"],
  },
  {
    // "aircraft supported Syrian forces pursuing the attackers". Soldiers "hunting those men in the
    // valleys" hunt the men a sentence before named: a demonstrative makes plain "men" the ones
    // already told of, so the hunt is a pursuit of them as of "the attackers".
    id: "pursuit",
    kind: "countermeasure",
    trigger:
      /\b(?:pursu(?:ed|ing|it of)|chased|hunt(?:s|ed|ing)?(?: down)?) (?:(?:the |a )?(?:[\w'’-]+ )?(?:attackers|gunmen|militants|assailants|perpetrators|suspects|cell|infiltrators|smugglers)|(?:those|these) (?:armed )?men)\b/gi,
    acled: { eventType: BATTLES, subEventType: "Armed clash" },
    cameo: { code: "190", label: "Use conventional military force" },
    tags: ["counter-terrorism"],
  },
  {
    // "cells had distributed leaflets in villages, threatening anyone who works with the SDF".
    id: "intimidation",
    kind: "event",
    hostile: true,
    trigger:
      /\b(?:distribut(?:ed|ing)|dropped|posted|scattered|handed out|left) (?:[\w'’-]+ ){0,2}?(?:leaflets|pamphlets|flyers|posters|threat(?:ening)? letters|death threats)\b|\bthreat(?:ening)? (?:letters|leaflets)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: ["insurgent-presence"],
  },
  {
    // "the resignation last week of the camp's deputy director": an office left on a day.
    id: "resignation",
    kind: "event",
    trigger:
      /(?=resign|stepped down)(?<!\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)? for|urg(?:ed|es|ing)|seek(?:s|ing)?|sought|refus(?:ed|es|ing)) (?:the |his |her |their )?)\b(?:resign(?:ed|ation)|stepped down)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "on the trial's opening day, 2 October": a trial opened on a day.
    id: "trial-opening",
    kind: "event",
    trigger:
      /\b(?:trial|hearing|proceedings)(?:['’]s)? (?:opening|first) (?:day|session|hearing)\b|\bopening (?:day|session|hearing) of (?:the |his |her |their )?(?:trial|hearing|case)\b|\b(?:trial|proceedings) (?:opened|began)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "had received a threat in a WhatsApp message": a threat that reached someone on a day.
    id: "threat-received",
    kind: "event",
    trigger: /\b(?:received|got) (?:a |an |several |repeated |written )?(?:death )?threats?\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "a bomb threat phoned to the front desk emptied the clinic", "a hoax call evacuated the
    // school for an hour": a threat that made a place be cleared happened on its day, whether or
    // not anything was found. Not "calls for calm emptied the streets": a call for something.
    id: "threat-evacuation",
    kind: "event",
    trigger:
      /\b(?:threats?|calls?|scares?|hoax(?:es)?) (?:(?!for |to )[\w'’-]+ ){0,3}?(?:emptied|evacuated|forced the evacuation of)\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "the council voted by 141 votes to 38 to form a committee": a body's decision on its day.
    id: "vote",
    kind: "event",
    trigger:
      /\bvoted (?:by|unanimously|to|for|against|in favou?r)\b|\b(?:approved|passed|rejected|adopted) by (?:\d+|[a-z]+) votes? to\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "the minister has approved the following measures": measures ordered on a day.
    id: "measures-ordered",
    kind: "countermeasure",
    trigger:
      /\b(?:approved|adopted|ordered|decreed|announced) (?:the following|a (?:series|package|set|number) of|new|additional|further|several)? ?(?:[\w'’-]+ ){0,2}?(?:security )?measures\b/gi,
    acled: { eventType: STRATEGIC, subEventType: "Other" },
    tags: [],
  },
  {
    // "Born in the spring of 1954 in Zawiyat ...": a life's start, on a profile's timeline.
    id: "birth",
    kind: "event",
    trigger: /\b(?:was born|born) in\b/gi,
    unless: /\b(?:born in (?:mind|the knowledge))\b/,
    tags: [],
  },
  {
    id: "displacement",
    kind: "event",
    trigger: /\b(?:displac\w*|fled (?:their |the )?homes?|from their homes|sought shelter)\b/gi,
    tags: ["displacement", "humanitarian"],
  },
  {
    // "four armed men in military clothes stopped my lorry at a checkpoint I had never seen
    // before", "our coach was stopped by three armed men at a false checkpoint", "gunmen set up a
    // fake checkpoint": gunmen who stop traffic at a post of their own hold up the road; a
    // checkpoint of the army or police is told with soldiers or police, not with "armed men".
    // The trigger is the verb, so the happening is its clause; last, so a rule that already reads
    // the clause keeps its codes and this one adds what it is.
    id: "false-checkpoint",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /(?=halted|halting|stop)(?<=\b(?:armed men|gunmen|masked men|militants|jihadists|insurgents)\b(?: [\w'’,-]+){0,6}? )(?:stopped|stop|stops|stopping|halted|halting)\b(?= (?:my |our |a |an |the |their |his |several |two |three |\d+ )?(?:[\w'’-]+ )?(?:lorr(?:y|ies)|trucks?|cars?|vehicles?|bus(?:es)?|coach(?:es)?|minibus(?:es)?|drivers|truckers|travell?ers|motorists|convoys?)\b[^.;]{0,30}?\bcheckpoints?\b)|\b(?:was|were|been) (?:stopped|halted)\b(?=[^.;]{0,60}?\b(?:false|fake|bogus) checkpoints?\b)|\b(?:set up|sets up|setting up|erected|mounted) (?=(?:a |an |two |several )?(?:false|fake|bogus) checkpoints?\b)/gi,
    acled: { eventType: "Violence against civilians", subEventType: "Attack" },
    cameo: { code: "180", label: "Use unconventional violence" },
    tags: ["insurgent-attack"],
  },
  {
    // "Gunmen stopped one of the agency's lorries on the desert road and set it on fire",
    // "militants halted two buses near the village and beat the drivers": armed men who stop a
    // vehicle on its road and then burn, rob or beat it or its crew hold up the road, an attack
    // wherever it happens (the hold-up at a false checkpoint is read above). Armed men who stop a
    // truck and check the driver's papers tell of no violence done.
    id: "road-hold-up",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /(?=halted|intercepted|stopped|waylaid)(?<=\b(?:armed men|gunmen|masked men|militants|jihadists|insurgents)\b(?: [\w'’,-]+){0,6}? )(?:stopped|halted|intercepted|waylaid)\b(?= (?:[\w'’-]+ ){0,4}?(?:lorr(?:y|ies)|trucks?|cars?|vehicles?|bus(?:es)?|coach(?:es)?|minibus(?:es)?|tankers?|convoys?|pick-?ups?|vans?)\b[^.;]{0,60}?\b(?:burn(?:ed|t)|set (?:it |them )?(?:on )?fire|set fire|torched|looted|robbed|beat|beaten|kidnapp?ed|abducted|shot|killed|stole)\b)/gi,
    acled: { eventType: "Violence against civilians", subEventType: "Attack" },
    cameo: { code: "180", label: "Use unconventional violence" },
    tags: ["insurgent-attack"],
  },
  {
    // "Armed men cut the perimeter fence, tied up the night groom and led four mares into a lorry",
    // "four armed men cut the fence, tied up the guard and loaded the generator onto a truck":
    // armed men who get into a site (through its fence, by force) and then bind, beat or shoot
    // its guard or carry off what it holds raid it, a happening of its night; a fence cut with
    // nothing done inside is a barrier breached (`barrier-breach`).
    id: "site-raid",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /(?=cut|broke|forced|stormed)(?<=\b(?:armed men|gunmen|masked men|raiders)\b(?: [\w'’,-]+){0,6}? )(?:cut(?: through)? (?:the |a )?(?:(?:perimeter|outer|security|wire|metal) )?(?:fence|wire)|broke (?:into|through)|forced (?:their|its) way (?:into|through)|stormed)\b(?=[^.;]{0,120}?\b(?:tied up|tied|bound|gagged|overpowered|beat|shot|stole|took|loaded|led|looted|robbed|made off with|drove off with|carried off)\b)/gi,
    acled: { eventType: "Violence against civilians", subEventType: "Attack" },
    cameo: { code: "180", label: "Use unconventional violence" },
    tags: ["insurgent-attack"],
  },
  {
    // "The mujahideen conducted nine operations in the desert last month": what a jihadist group's
    // own men, named by its own words for them (CALIPHATE_MEN_OPERATIONS), carried out as
    // "operations" are its attacks, counted as the group tallies them. An army's operations are
    // sweeps: the sentence must name the group's men as their doers.
    id: "claimed-operations",
    kind: "event",
    hostile: true,
    attack: true,
    trigger:
      /\b(?:carried out|conducted|executed|launched|mounted|staged|waged) (?:[\w'’,-]+ ){0,4}?(?:operations|attacks|raids|ambushes|assaults)\b/gi,
    context: CALIPHATE_MEN_OPERATIONS,
    tags: ["insurgent-attack"],
  },
  ...MEASURE_AND_THREAT_RULES,
];
