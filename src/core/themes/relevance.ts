import { directionOf, EXTENTS, extentOf } from "../facts/lexicon/areas.js";
import { lexiconEntry } from "../facts/lexicon/index.js";
import { WORD_VALUES } from "../facts/quantities/numbers.js";
import { everyEntity } from "../facts/schema.js";
import { containsTerm, fold } from "../text/fold.js";
import { rememberedPerText } from "../text/remember.js";
import type { Report, ResolvedEntity, SourceDocument } from "./reports.js";
import type { Pattern, Theme } from "./theme.js";

/**
 * A reading of a sentence's own text, kept per text: a sentence holds many facts and each is read
 * by it, in each pass over the reports (speed only: the answer is the text's alone).
 */
const perSentence = <T>(read: (sentence: string) => T) => rememberedPerText(read, 2048);

const DAY = 86_400_000;

/** A report's sentence folded once, however many patterns with words look at it. */
const foldedSentences = new WeakMap<object, string>();
function foldedSentence(r: Pick<Report, "text" | "sentenceText">): string {
  let folded = foldedSentences.get(r);
  if (folded === undefined) {
    folded = fold(withoutSpansNotTold(r));
    foldedSentences.set(r, folded);
  }
  return folded;
}

/**
 * "US forces remain at the base, and reports that the base has been abandoned are false": what a
 * sentence says others reported and calls false is not what it tells, so a pattern's words are
 * not looked for there, unless the fact itself is the one reported (a denial read from it).
 */
const REPORTED_FALSE =
  /\b(?:reports?|claims?|rumou?rs?|allegations?|stories|suggestions?)\b (?:that|of) [^.;:]*?\b(?:is|are|was|were|has been|have been|had been) (?:\w+ )?(?:false|untrue|inaccurate|incorrect|baseless|unfounded|wrong|fabricated)\b/gi;
/**
 * "Small groups tried to cross several times, and most were driven back", "some of them were
 * caught": a stop told of only part of what was tried tells that the rest got through (ANNOTATION.md
 * rule 2), so its words do not make the attempt a stop. A stop of all of them ("all of which were
 * repelled") or of the group as a whole is still one.
 */
const PART_STOPPED =
  /\b(?:most|many|some|several|a few|part|half|the majority|all but (?:one|two|three|four|five|a few|a handful|\d+))(?: of (?:them|those|these|the [\p{L}-]+))? (?:were|was|had been|have been|has been|got|are|are being|were being) (?:\p{L}+ )?(?:(?:driven|pushed|turned|forced|sent|chased) (?:back|off|away)|repelled|repulsed|stopped|intercepted|caught|thwarted|foiled)\b/giu;
function withoutSpansNotTold(r: Pick<Report, "text" | "sentenceText">): string {
  const blank = (sentence: string, spans: RegExp) => {
    const at = r.text ? sentence.indexOf(r.text) : -1;
    return sentence.replace(spans, (span, start: number) =>
      at >= 0 && start < at + r.text.length && at < start + span.length ? span : " ",
    );
  };
  return blank(blank(r.sentenceText, REPORTED_FALSE), PART_STOPPED);
}

/**
 * The fact's own clause, folded: its words, the two words before them and the two after them in
 * its sentence, so the verb that governs a fact read as a noun phrase ("repelled | the attack",
 * "as | agreed with") and what a figure is of ("40 operations | against ISIS") count, while the
 * other clauses of the sentence do not.
 */
export function ownClause(r: Pick<Report, "text" | "sentenceText">): string {
  const at = r.text ? r.sentenceText.indexOf(r.text) : -1;
  if (at < 0) return fold(r.text || r.sentenceText);
  const before = r.sentenceText.slice(0, at).trim().split(/\s+/).slice(-2).join(" ");
  const after = r.sentenceText
    .slice(at + r.text.length)
    .split(/[,;:.]/)[0]
    ?.trim()
    .split(/\s+/)
    .slice(0, 2)
    .join(" ");
  return fold(`${before} ${r.text} ${after ?? ""}`);
}

/** Words that negate what a sentence reports; "without" negates only a circumstance of it. */
const NEGATION =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|den(?:y|ies|ied|ying)|refut\w*|reject\w*|dismiss\w*|untrue|false|fabricated|baseless|unfounded|without)\b|n['’]t\b/gi;

/**
 * "Coalition aircraft were not seen over the area", "patrols were not observed at all": what a
 * witness did not see, an absence told by one who looked, not a denial that it happened.
 */
const UNSEEN =
  /\b(?:was|were|is|are|has|have|had)(?: not|n['’]t| never)(?: been)? (?:observed|seen|sighted|spotted|noticed)\b/gi;

/**
 * "Where the trench has not yet been dug", "the wall is yet to be completed": a measure not yet
 * built is an absence told, not a denial that the measure stands elsewhere or that anything
 * happened.
 */
const NOT_YET_BUILT =
  /\b(?:(?:has|have|had|is|are|was|were)(?: not|n['’]t)(?: yet)?(?: been)?|(?:is|are|was|were|remains?) yet to be) (?:dug|built|completed|finished|installed|erected|constructed|laid|extended)\b/gi;

/**
 * Whether a negated report denies what its sentence reports. "Carried out 380 operations against
 * ISIS hideouts without coalition air support" negates the support, not the operations: a
 * sentence whose only negation is "without" denies nothing, and its negated fact is no denial.
 */
export function denies(r: Pick<Report, "modality" | "sentenceText">): boolean {
  if (r.modality !== "negated") return false;
  const cues = r.sentenceText.replace(UNSEEN, " ").replace(NOT_YET_BUILT, " ").match(NEGATION) ?? [];
  if (cues.length === 0 && (r.sentenceText.search(UNSEEN) >= 0 || r.sentenceText.search(NOT_YET_BUILT) >= 0))
    return false;
  return cues.length === 0 || cues.some((c) => c.toLowerCase() !== "without");
}

/**
 * "The stretch is covered by a trench and an earth berm but has no wall": one item named as
 * missing in a list of what is there. Its "no" takes that item alone, so the sentence denies
 * nothing the items it asserts report. Read only where that "no" is the sentence's one negation
 * and stands before the item's own words; whether an item asserted beside it exists is the
 * caller's to check.
 */
export function onlyItemLacking(r: Pick<Report, "modality" | "text" | "sentenceText">): boolean {
  if (r.modality !== "negated" || !r.text) return false;
  const at = r.sentenceText.indexOf(r.text);
  if (at < 0) return false;
  if (!/\bno\s+(?:[\p{L}-]+\s+)?$/iu.test(r.sentenceText.slice(Math.max(0, at - 30), at))) return false;
  return (r.sentenceText.match(NEGATION) ?? []).length === 1;
}

/**
 * An article's index line, "Keywords: Iraq, Syria, border walls, smuggling" or "Tags: ISIS,
 * Raqqa": a list of the subjects it files itself under, which asserts nothing about any of them.
 */
const INDEX_LINE = /^\s*(?:key ?words|index terms|tags|topics|subjects|categories|filed under)\s*:/i;

/** Whether a report's sentence is an article's index line rather than a statement. */
export function indexLine(r: Pick<Report, "sentenceText">): boolean {
  return INDEX_LINE.test(r.sentenceText);
}

/**
 * The subject of a question: "several of you asked about the American withdrawal", "readers want
 * to know whether the troops are leaving". A happening named as what someone asks about is a topic
 * raised, asserted by nobody; the answer, where there is one, is its own sentence. So is what
 * someone "could not say": "the ministry could not say how many of the returnees are under
 * supervision" names an open question, and tells nothing of the returnees. So does a numbered
 * question of a reply to a request: "Question 1 asked how many persons who escaped from detention
 * are now held" names what was asked; the answer gives the figure, not an escape.
 */
const ASKED_ABOUT =
  /\b(?:ask(?:s|ed|ing)?|enquir(?:e|es|ed|ing)|inquir(?:e|es|ed|ing)|wonder(?:s|ed|ing)?|questions?|know) (?:us |me |him |her |them |you )?(?:about|whether|if|how many|how much)\b|\b(?:not|cannot|cant|couldnt|didnt|doesnt|dont) (?:say|tell|know|establish|determine) (?:how|whether|if)\b/;

/** Whether a report is the topic of a question its own clause asks. */
export function askedAbout(r: Pick<Report, "text" | "sentenceText">): boolean {
  // Asked of every fact: only the two words before it are read, never the whole sentence split,
  // which would cost the square of a long sentence's length.
  const at = r.text ? r.sentenceText.indexOf(r.text) : -1;
  const before =
    at < 0
      ? ""
      : r.sentenceText
          .slice(Math.max(0, at - 60), at)
          .trim()
          .split(/\s+/)
          .slice(-2)
          .join(" ");
  return ASKED_ABOUT.test(fold(`${before} ${r.text || r.sentenceText}`));
}

/**
 * A learner's task in a textbook, a worksheet or an exam: a numbered exercise, question or
 * activity that tells the reader what to do ("Exercise 2: explain in three sentences why a wall
 * alone cannot protect a long desert border", "Activity 3: discuss with your classmates how
 * citizens can help the Border Forces", "Question 4: describe the smuggling routes"). What it names
 * is the subject set for study, asserted of nothing; the chapter's own sentences tell the facts.
 * A military exercise is named ("Exercise Eagle Resolve"), not numbered, and gives no order.
 */
const STUDY_TASK =
  /^\P{L}*(?:exercise|question|activity|task|assignment|homework|q)\s*\d+[a-z]?\s*[:.)–-]\s*(?:\([a-z]\)\s*)?(?:explain|discuss|describe|draw|mark|list|name|write|compare|identify|answer|find|locate|label|give|outline|summari[sz]e|suggest|imagine|complete|match|choose|calculate|read|look|use|say|state|show|think|research|prepare|make|fill)\b/iu;

/** Whether a report's sentence is a numbered task set to learners. */
export function studyTask(r: Pick<Report, "sentenceText">): boolean {
  return STUDY_TASK.test(r.sentenceText);
}

/**
 * What the law lays down or a body resolves, not what happened: "Under Jordanian law, smuggling
 * narcotics can carry a sentence of up to life imprisonment", "trafficking is punishable by death",
 * "the ministry affirms its determination to pursue drug traffickers", "vowed to strike smugglers
 * with an iron fist". The threat such a sentence names is a category of crime or a target of
 * resolve, reported of no one; a deed the same sentence tells is a fact of its own. So is a
 * warning to whoever might try: "any attempt to cross the border will be met with decisive force",
 * "anyone who approaches the berm will be targeted".
 */
const LAW_OR_RESOLVE =
  /\b(?:any|every)(?:one|body)?\s+(?:(?:attempt|effort|try|bid|person|group|vehicle|infiltrator|smuggler)s?\s+)?(?:who\s+|that\s+|to\s+)?[^.;]{0,60}?\b(?:will|would|shall)\s+be\s+(?:met|dealt with|confronted|targeted|struck|fired on|fired upon|shot|answered|responded to)\b|\b(?:can|could|may|would|will) carry (?:a |the )?(?:sentence|penalty|punishment|jail term|prison term)s?\b|\b(?:is|are) punishable by\b|\bcarr(?:y|ies) (?:a |the )?(?:maximum |minimum )?(?:sentence|penalty|punishment) of\b|\b(?:affirm|affirms|affirmed|reaffirm|reaffirms|reaffirmed|stress|stresses|stressed|express|expresses|expressed) (?:its|their|his|her) (?:determination|resolve|commitment) to\b|\b(?:vow|vows|vowed|pledge|pledges|pledged) to (?:pursue|hunt|strike|fight|confront|crush)\b|\bwith an iron fist\b/i;

/** Whether a threat report's sentence tells of the law's penalty or a body's resolve, not of a deed. */
export function lawOrResolve(r: Pick<Report, "kind" | "sentenceText">): boolean {
  return r.kind === "threat" && LAW_OR_RESOLVE.test(r.sentenceText);
}

/**
 * A procedure, not a deed: "Decisions on the deployment of soldiers abroad are taken by the
 * President at the request of the Council of Ministers", "the mandate is decided by parliament".
 * Who decides such things, in the generic present, tells of no deployment or withdrawal made or
 * planned. A decision reported as taken ("the decision to deploy was taken by the President on
 * Monday", "was approved by parliament") is a deed and stays.
 */
const PROCEDURE =
  /^\s*(?:all\s+)?decisions?\s+(?:on|about|regarding|concerning|over)\b[^.;]{0,100}?\b(?:are|is)\s+(?:taken|made|adopted)\s+by\b|\b(?:are|is)\s+(?:decided|determined)\s+by\s+(?:the\s+)?(?:president|parliament|council|government|cabinet|prime\s+minister|minister|assembly|congress)\b/i;

/** Whether a report's sentence states who decides such things (a procedure), not a deed. */
export function procedureOnly(r: Pick<Report, "sentenceText">): boolean {
  return PROCEDURE.test(r.sentenceText);
}

/**
 * A threat told of a decade long past, "in the 1990s, under sanctions, flocks moved the other
 * way": history, not the trade the briefing weighs, unless the sentence carries it to the present
 * ("still", "continues", "today").
 */
const PAST_DECADE = /\b(?:in|during|through(?:out)?) the (?:(?:19)?[4-9]0|20[01]0)['’]?s\b|\bdecades ago\b/i;
const TO_PRESENT = /\b(?:still|continues?|continuing|today|now|remains?|ever since|to this day)\b/i;
/**
 * "Veterinarians warn that the smuggled animals are not vaccinated": goods named by what was done
 * to them, the subject of another matter (their health, their price), tell of no smuggling of
 * their own. Only when "smuggled" is the sentence's sole word of the trade.
 */
const SMUGGLED_GOODS_NAMED = /\b(?:the|these|those|such)\s+smuggled\s+[a-z]+/i;
const TRADE_WORD = /\bsmuggl\w*|\btraffick\w*|\bcontraband\b/gi;

/** Whether a threat report's sentence tells of past history or of smuggled goods, not of the trade now. */
export function notTheTradeNow(r: Pick<Report, "kind" | "sentenceText">): boolean {
  if (r.kind !== "threat") return false;
  const text = r.sentenceText;
  if (PAST_DECADE.test(text) && !TO_PRESENT.test(text)) return true;
  const words = text.match(TRADE_WORD) ?? [];
  return words.length === 1 && SMUGGLED_GOODS_NAMED.test(text);
}

/**
 * A happening named only as the subject of a judgement: "the spokesman said the departure of the
 * American forces was a step toward restoring the state's sovereignty". The departure is taken as
 * known and weighed in words (a step, a victory, a betrayal); the account of it, where there is
 * one, is its own sentence. A sentence that also tells the deed ("the forces left Qasrak, a
 * step toward ...") keeps it.
 */
const JUDGED_EVENT =
  /\b(?:the\s+)?(?:departure|withdrawal|exit|pull-?out|drawdown|presence|arrival|deployment|return)\s+of\s+[^.;,]{1,60}?\s+(?:was|is|would be|will be|represents|represented|marks|marked|constitutes|constituted)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:step|victory|blow|betrayal|violation|opportunity|sign|gift|mistake|turning point|milestone|humiliation)\b/i;
const DEED_TOLD =
  /\b(?:left|withdrew|withdrawn|departed|pulled out|rolled out|vacated|handed over|arrived|deployed)\b/i;

/** Whether a report's sentence names its happening only as what a judgement weighs. */
export function judgedOnly(r: Pick<Report, "sentenceText">): boolean {
  return judgedSentence(r.sentenceText);
}
const judgedSentence = perSentence((s) => {
  const m = JUDGED_EVENT.exec(s);
  if (!m) return false;
  const rest = s.slice(0, m.index) + s.slice(m.index + m[0].length);
  return !DEED_TOLD.test(rest);
});

/**
 * "The wall has also become a symbol in Iraqi politics, with rival parties claiming credit for
 * it": a measure named as what it stands for in politics or speech (a symbol, a campaign issue, a
 * talking point) is no account of the measure. A sentence that also tells it built, extended or
 * manned keeps it.
 */
const SYMBOL_OF =
  /\b(?:become|became|becomes|becoming|is|was|remains|remained)\s+(?:also\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:symbol|talking point|campaign issue|political issue|political football|rallying cry|slogan|metaphor|byword|bargaining chip)\b/i;
/**
 * "The wall is often compared with the great fortifications of history, but its value depends on
 * the men who watch it": a barrier told by what it is likened to is talk about it, as a symbol is.
 */
const LIKENED =
  /^\P{L}*(?:the|its|this|that|[\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:walls?|fences?|berms?|barriers?|trench(?:es)?|fortifications?)\s+(?:is|are|was|were|has been|have been)\s+(?:(?:often|frequently|sometimes|widely|commonly|still|also)\s+)?(?:compared|likened)\s+(?:with|to)\b/iu;
const MEASURE_TOLD =
  /\b(?:built|building|completed|extended|extending|erected|dug|installed|finished|constructed|manned|patrolled|reinforced|breached|crossed)\b/i;

/**
 * "The terrorists remained in the town centre until the army restored control on 26 November": a
 * hold by armed men told up to the day a force ended it. The force's act is the end of the hold,
 * the time it lasted to, and the sentence tells the hold; it reports no deployment of its own.
 */
const HOLD_ENDED_BY_FORCE =
  /\b(?:remained|stayed|held|holding|occupied|controlled|kept)\b[^.;]{0,80}?\buntil (?:the )?(?:[\w'’-]+ ){0,2}?(?:army|troops|forces|police|soldiers|units)\b[^.;,]{0,30}?\b(?:restored|regained|retook|recaptured|took back|drove them out|expelled them|cleared)\b/i;

/** Whether a measure is told only as the end of a hold by armed men ("until the army restored control"). */
export function endsHold(r: Pick<Report, "kind" | "sentenceText">): boolean {
  return r.kind === "countermeasure" && HOLD_ENDED_BY_FORCE.test(r.sentenceText);
}

/** Whether a report's sentence names what it tells of only as a symbol, an issue of politics or a likeness. */
export function symbolOnly(r: Pick<Report, "sentenceText">): boolean {
  if (!SYMBOL_OF.test(r.sentenceText) && !LIKENED.test(r.sentenceText)) return false;
  return !MEASURE_TOLD.test(r.sentenceText);
}

/**
 * "Fans were caught smuggling flares into the stadium", "smuggling chocolate into boarding school":
 * goods slipped into a venue or a school past its own gate cross no border, and the sentence tells
 * of no trade. Read only when it is the sentence's sole word of smuggling.
 */
const SMUGGLED_INTO_VENUE =
  /\bsmuggl\w*\s+(?:[\w'’-]+\s+){0,3}?(?:into|in to|onto)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+)?(?:stadium|stadiums|ground|arena|school|classroom|concert|match|hall|cinema|theatre|theater|festival|venue|exam|examination|party|wedding|stands)\b/i;

/** Whether a report's only smuggling is of goods slipped into a venue or a school. */
export function smuggledIntoVenue(r: Pick<Report, "sentenceText">): boolean {
  if (!SMUGGLED_INTO_VENUE.test(r.sentenceText)) return false;
  return (r.sentenceText.match(TRADE_WORD) ?? []).length === 1;
}

/**
 * "The town's new fortified water tower", "fortified flour": a thing made stronger or richer that is
 * no line or post of defence (a building of the town, a food) tells of no fortification of the
 * border. Read only of a fortification report whose sentence names no barrier or border.
 */
const FORTIFIED_THING =
  /\bfortified\s+(?:[\w-]+\s+)?(?:water\s+towers?|water\s+tanks?|schools?|hospitals?|clinics?|mosques?|churches?|homes?|houses?|cereals?|flour|bread|milk|rice|foods?|biscuits?|wine|oil|salt|yoghurts?|yogurts?|juices?)\b/i;
const BARRIER_NAMED =
  /\b(?:walls?|fences?|berms?|trench(?:es)?|barriers?|ditch(?:es)?|border|frontier|watchtowers?|outposts?|checkpoints?|posts?|positions?)\b/i;

/** Whether a fortification report's only fortification is of a building of a town or a food. */
export function fortifiedThingOnly(r: Pick<Report, "tags" | "sentenceText">): boolean {
  if (!r.tags.includes("fortification")) return false;
  return FORTIFIED_THING.test(r.sentenceText) && !BARRIER_NAMED.test(r.sentenceText);
}

/**
 * "Which is watched only by a few police posts", "held by just two patrols": a guard told by how
 * little of it there is measures the gap in the cover, not a defence. Read only of a
 * countermeasure whose own clause counts its posts, patrols or men after "only", "just" or
 * "merely" ("only two smugglers were caught" counts no guard).
 */
const SCANT_COVER =
  /\b(?:only|just|merely)\s+(?:by\s+|with\s+)?(?:a\s+few|a\s+handful\s+of|a\s+single|a\s+couple\s+of|one|two|three|four|five|\d+)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:posts?|outposts?|patrols?|guards?|soldiers?|troops|men|checkpoints?|watchtowers?|towers?|cameras?|units?|positions?|personnel|officers?|policemen|police(?:men)?|fighters|gendarmes)\b/iu;

/** Whether a countermeasure is told by how few hold the line: the gap in the cover. */
export function scantCover(r: Pick<Report, "kind" | "text" | "sentenceText">): boolean {
  return r.kind === "countermeasure" && SCANT_COVER.test(ownClause(r));
}

/**
 * "Families try to escape the cold", "crowds escaping the heat", "children escape the midday heat of
 * the tents": to escape the weather or a season (whatever words tell which: "bitter", "midday",
 * "summer", never a place of custody or a preposition: "escaped the prison during the heat" is a
 * breakout) is to shelter from it, no one's escape from custody. Read only when the sentence has no other
 * word of a breakout.
 */
const ESCAPE_WEATHER =
  /\bescap(?:e|es|ed|ing)\s+(?:from\s+)?(?:the\s+|a\s+)?(?:(?!(?:during|in|at|on|from|of|with|after|before|amid|under|through|and|or|prisons?|jails?|camps?|custody|cells?|guards?|facility)\b)[a-z-]+\s+){0,2}?(?:cold|heat|winter|snow|rain|storm|storms|weather|sun|frost|chill|flood|floods|flooding|dust|sandstorm|heatwave)\b/i;
const BREAKOUT_WORD =
  /\b(?:escap\w*|breakout|jailbreak|break-out|fled|flee|fleeing|absconded|on the run|at large)\b/gi;

/** Whether a report's only word of escape is sheltering from the weather. */
export function escapeFromWeather(r: Pick<Report, "sentenceText">): boolean {
  const m = ESCAPE_WEATHER.exec(r.sentenceText);
  if (!m) return false;
  return (r.sentenceText.match(BREAKOUT_WORD) ?? []).length === 1;
}

/**
 * "One defendant said he had been held at the prison during the attack but had never tried to
 * escape", "I did not try to flee": one person's account that he or she made no attempt is of that
 * person's conduct, not a report that a site held its detainees. Read only of a negated escape in a
 * sentence told of one person (he, she, I) that names no detainees in the plural.
 */
const OWN_ATTEMPT_DENIED =
  /\b(?:never|not|n['’]t)\s+(?:once\s+)?(?:tried|attempted|sought|planned|wanted|try|attempt|seek|plan|want)\s+to\s+(?:escape|flee|break out|run away)\b/i;
const ONE_PERSON = /\b(?:he|she|i)\b/i;
const DETAINEES_PLURAL =
  /\b(?:detainees|prisoners|inmates|escapees|fugitives|fighters|suspects|men|women|they|we|anyone|anybody|nobody|none|no one)\b/i;

/** Whether a negated escape report is one person's denial of his or her own attempt. */
export function ownAttemptDenied(r: Pick<Report, "modality" | "tags" | "sentenceText">): boolean {
  if (r.modality !== "negated" || !r.tags.includes("escape")) return false;
  const s = r.sentenceText;
  return OWN_ATTEMPT_DENIED.test(s) && ONE_PERSON.test(s) && !DETAINEES_PLURAL.test(s);
}

/**
 * "Posts claiming that coalition aircraft bombed the prison were also false", "reports that the
 * wall was breached are baseless": a claim the sentence itself rates false tells that the happening
 * was not shown, whatever the claim's verb asserts. Read only of a sentence that opens on the claim
 * (posts, reports, rumours, videos ... claiming or saying that ...) and closes it with the rating.
 */
const CLAIM_RATED_FALSE =
  /^\P{L}*(?:[\p{L}'’-]+\s+){0,3}?(?:posts?|claims?|reports?|rumou?rs?|videos?|clips?|images?|photos?|footage|stories|allegations?|messages?|accounts?)\s+(?:claiming|saying|alleging|suggesting|showing|that|which (?:claimed|said|showed))\b[^.;]*?\b(?:is|are|was|were|has been|have been|proved|proved to be|turned out to be)\s+(?:also\s+|equally\s+|likewise\s+)?(?:false|untrue|fabricated|baseless|unfounded|fake|bogus|misleading|incorrect|inaccurate|doctored)\b/iu;

/**
 * "Some media reports have claimed, citing testimony in the Senate, that the coalition has left the
 * base. These reports are inaccurate: ...": a sentence that relays what others claimed, and a next
 * sentence that opens by rating those claims false, are the source's denial in two sentences. The
 * relayed claim is no report of the happening by that source.
 */
const RELAYS_CLAIM =
  /\b(?:reports?|claims?|posts?|rumou?rs?|allegations?|media|outlets?|sites?|channels?|accounts?|websites?)\b[^.;]{0,60}?\b(?:claimed|claim|claims|alleged|allege|alleges|said|say|says|reported|suggested|suggest|circulated|spread|asserted)\b[^.;]{0,120}?\bthat\b|\bit\s+(?:has\s+been|was|is\s+being)\s+(?:claimed|alleged|rumou?red|reported)\b[^.;]{0,40}?\bthat\b/i;
const OPENS_RATED_FALSE =
  /^\P{L}*(?:these|those|such|the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:reports?|claims?|posts?|rumou?rs?|allegations?|stories|news|accounts?|information)\s+)?(?:is|are|was|were)\s+(?:completely\s+|entirely\s+|totally\s+|wholly\s+|simply\s+|all\s+)?(?:false|untrue|fabricated|baseless|unfounded|fake|incorrect|inaccurate|misleading|lies|not true)\b/iu;

/** Whether a report's sentence rates the claim that tells it false, or relays a claim the next one rates false. */
export function claimRatedFalse(
  r: Pick<Report, "sentenceText" | "followedBy"> & Partial<Pick<Report, "text">>,
): boolean {
  if (ratesClaimFalse(r.sentenceText)) return !toldAfterRating(r);
  return relaysClaim(r.sentenceText) && opensRatedFalse(r.followedBy ?? "");
}
const ratesClaimFalse = perSentence((s) => CLAIM_RATED_FALSE.test(s));
/**
 * "Reports that coalition forces have left the Harir base are untrue, and coalition advisers
 * continue to work there": what the sentence goes on to assert in a clause of its own, after the
 * rating, is the source's own account, not the claim it rates false.
 */
const AFTER_RATING = /^[^.;]*?(?:[;,]\s*(?:and|but|while|whereas)?|\s+(?:and|but|while|whereas))\s*$/i;
function toldAfterRating(r: Pick<Report, "sentenceText"> & Partial<Pick<Report, "text">>): boolean {
  const m = CLAIM_RATED_FALSE.exec(r.sentenceText);
  if (!m || !r.text) return false;
  const end = m.index + m[0].length;
  const at = r.sentenceText.indexOf(r.text, end);
  return at >= end && AFTER_RATING.test(r.sentenceText.slice(end, at));
}
/** Whether a report's own sentence rates the reports that tell it false ("Reports that ... are inaccurate"). */
export const sentenceRatesClaimFalse = (r: Pick<Report, "sentenceText">): boolean =>
  ratesClaimFalse(r.sentenceText);
const relaysClaim = perSentence((s) => RELAYS_CLAIM.test(s));
const opensRatedFalse = perSentence((s) => OPENS_RATED_FALSE.test(s));

/**
 * "Jordan's army says it has foiled 190 smuggling attempts since January": attempts stopped, and
 * counted, were attempts made. A sentence whose only negation is the stopping of a number of
 * attempts denies none of them; what it counts is the traffic that was tried.
 */
const ATTEMPTS_STOPPED =
  /\b(?:foiled|thwarted|prevented|stopped|intercepted|blocked|repelled|frustrated)\s+(?:some\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+|almost\s+|at least\s+)?\d[\d,]*\s+(?:[\p{L}-]+\s+){0,2}?attempts\b/iu;

/** Whether a negated report is a count of attempts stopped, and no denial that they were made. */
export function attemptsStopped(r: Pick<Report, "modality" | "sentenceText">): boolean {
  if (r.modality !== "negated" || !ATTEMPTS_STOPPED.test(r.sentenceText)) return false;
  return (r.sentenceText.match(NEGATION) ?? []).length === 0;
}

/**
 * "Border units have recorded repeated attempts by armed men to approach the wall": attempts a
 * force recorded were made, though each is only an attempt; the record is the pressure
 * (ANNOTATION rule 3, attempts recorded without saying they were stopped). A supposed attempt read
 * so is told as fact. "Recorded 23 attempts, all of which were repelled" tells the stops, and
 * "fear attempts to approach the wall" records nothing.
 */
const ATTEMPTS_RECORDED =
  /\b(?:recorded|registered|observed|detected|monitored|documented|logged|counted|spotted)\s+(?:some\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+|at least\s+)?(?:\d[\d,]*|repeated|several|many|numerous|dozens of|hundreds of|frequent|multiple|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){0,2}?attempts\b/iu;
const ATTEMPTS_ENDED =
  /\b(?:foiled|thwarted|prevented|stopped|intercepted|blocked|repelled|repulsed|frustrated|turned back|pushed back|failed)\b/i;

/** Whether a supposed report is of attempts a force recorded, not said to be stopped. */
export function attemptsRecorded(r: Pick<Report, "kind" | "modality" | "sentenceText">): boolean {
  return (
    r.kind === "threat" &&
    r.modality === "hypothetical" &&
    ATTEMPTS_RECORDED.test(r.sentenceText) &&
    !ATTEMPTS_ENDED.test(r.sentenceText)
  );
}

/**
 * "Patrols recorded 19 attempts by armed men to approach the berm": the patrols are named as the
 * attempts' witness, the subject of the recording, and the sentence tells the attempts (ANNOTATION
 * rule 3), not a force sent or a barrier built. A countermeasure read from such a clause, whose
 * recording verb comes within a few words of its start with no other verb joined before it, is no
 * report of the force. "Deployed 2,000 troops and recorded 19 attempts" tells the deployment too,
 * and "recorded 23 attempts, all of which were repelled" tells the stops.
 */
const RECORDING_VERB =
  /\b(?:(?:have|has|had)\s+)?(?:recorded|registered|observed|detected|monitored|documented|logged|counted|spotted)\s/iu;

/** Whether a countermeasure is only the force that recorded attempts, not said to be stopped. */
export function recorderOnly(r: Pick<Report, "kind" | "text" | "sentenceText">): boolean {
  if (r.kind !== "countermeasure") return false;
  if (!ATTEMPTS_RECORDED.test(r.text) || ATTEMPTS_ENDED.test(r.sentenceText)) return false;
  const verb = RECORDING_VERB.exec(r.text);
  if (!verb) return false;
  const before = r.text.slice(0, verb.index);
  return !/[,;]|\band\b/i.test(before) && before.trim().split(/\s+/).filter(Boolean).length <= 5;
}

/**
 * "Foiled an attempt to smuggle hashish from Syria, killing three smugglers", "have foiled 29
 * attempts, killing 17 smugglers": the attempt was stopped, and the killing that stopped it
 * happened. A report of the deaths whose only negation is the stopping of the attempt denies none.
 */
const KILLED_IN_STOP =
  /\b(?:foiled|thwarted|prevented|stopped|intercepted|blocked|repelled|frustrated)\s+(?:an?|one|\d[\d,]*)\s+(?:[\p{L}-]+\s+){0,2}?attempts?\b[^.;]{0,160}?\b(?:killing|killed|and killed|wounding|wounded)\b/iu;

/** Whether a negated report of deaths is only the stop that killed, told as an attempt foiled. */
export function killedInStop(r: Pick<Report, "modality" | "tags" | "sentenceText">): boolean {
  if (r.modality !== "negated" || !r.tags.includes("casualties")) return false;
  if (!KILLED_IN_STOP.test(r.sentenceText)) return false;
  return (r.sentenceText.match(NEGATION) ?? []).length === 0;
}

/**
 * "Attempts to smuggle arms across the river have risen since spring, with 30 caught in May against
 * 12 in March": the sentence tells the attempts growing, and the stopped ones are its measure. Its
 * seizures and arrests count for the traffic that grew, never as the stopping of it.
 */
const ATTEMPTS_ROSE =
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?attempts\b(?:\s+(?:to|at)\s+[^,;:]{0,80}?)?\s+(?:(?:have|has|had)\s+(?:\p{L}+ly\s+)?(?:risen|increased|grown|doubled|tripled|surged|multiplied|jumped|climbed|soared)|(?:\p{L}+ly\s+)?(?:rose|increased|grew|doubled|tripled|surged|multiplied|jumped|climbed|soared))\b/iu;

/** Whether a seizure or arrest is only the measure of attempts the sentence says have risen. */
export function stopsMeasureRise(r: Pick<Report, "tags" | "sentenceText">): boolean {
  return r.tags.some((t) => t === "seizure" || t === "arrest") && ATTEMPTS_ROSE.test(r.sentenceText);
}

/**
 * "Border guards foiled 41 smuggling attempts in November, compared with 29 in October", "seized
 * 212 loads in 2025, against 148 in 2024": a tally of stops set against a smaller one of an earlier
 * period. Read for its trend, the rising count is the traffic growing; the stopping is a constant
 * the other reports already carry. A falling or flat tally stays the record of the stops.
 */
const STOP_COUNT =
  /\b(?:foiled|thwarted|prevented|stopped|intercepted|blocked|repelled|repulsed|seized|confiscated|caught|arrested|detained|apprehended)\s+(?:some\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+|almost\s+|at least\s+)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b([^.;]{0,160})/i;
const EARLIER_COUNT =
  /\b(?:compared (?:with|to)|against|up from|versus|vs\.?)\s+(?:only\s+|just\s+)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b/gi;
/** A count written in digits or in words up to ninety-nine; null for anything else. */
function countOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d[\d,]*$/.test(w)) return Number(w.replace(/,/g, ""));
  if (w === "zero") return 0;
  const [tens = "", unit] = w.split("-");
  const t = WORD_VALUES[tens];
  if (t === undefined || t >= 100) return null;
  if (unit === undefined) return t;
  const u = WORD_VALUES[unit];
  return t >= 20 && t % 10 === 0 && u !== undefined && u < 10 ? t + u : null;
}

/** Whether a sentence sets a count of stops against a smaller one of an earlier period. */
export function risingTally(r: Pick<Report, "sentenceText">): boolean {
  const m = STOP_COUNT.exec(r.sentenceText);
  const now = m?.[1] ? countOf(m[1]) : null;
  if (now === null || !m?.[2]) return false;
  for (const e of m[2].matchAll(EARLIER_COUNT)) {
    const before = e[1] ? countOf(e[1]) : null;
    if (before === null) continue;
    // A year is a period, not a count ("compared with 2025").
    if (before >= 1900 && before <= 2100 && !e[1]?.includes(",")) return false;
    return now > before;
  }
  return false;
}

/**
 * "Patrols also seized pistols on the same tracks, which proves that the drug trade now arms the
 * gangs": the seizure is offered as proof of the trade, and the sentence's point is the trade. It
 * counts for the traffic it shows, not as the stopping of it.
 */
const SEIZURE_AS_PROOF =
  /\b(?:seized|caught|intercepted|confiscated|arrested|found)\b[^.;]{0,160}?,\s*which\s+(?:shows|proves|confirms|demonstrates|indicates|showed|proved|confirmed|demonstrated)\s+(?:that\s+)?[^.;]{0,120}?\b(?:trade|trades|traffic|trafficking|smuggling|smugglers|networks?)\b/i;

/**
 * "The total compares with 500 kilograms seized in the spring and reflects growing attempts to use
 * the river route": the seizure is offered as the measure of a growth the sentence states, and its
 * point is that growth. Only a growth (a falling trade, or the officers' vigilance, is no growth).
 */
const SEIZURE_MEASURES_GROWTH =
  /\b(?:seized|caught|intercepted|confiscated|arrested|found)\b[^.;]{0,160}?\b(?:reflects?|reflected|shows?|showed|indicates?|indicated|points? to|pointed to|(?:is|was|are|were) a sign of|signals?|signall?ed)\s+(?:the\s+|a\s+|an\s+)?(?:growing|rising|increasing|mounting|rise in|increase in|surge in|growth (?:of|in))\s+(?:[\p{L}-]+\s+){0,2}?(?:attempts|smuggling|traffic|trafficking|trade|flows?)\b/iu;

/** Whether a sentence offers a seizure as proof of the trade it concludes to, or of its growth. */
export function seizureAsProof(r: Pick<Report, "sentenceText">): boolean {
  return seizureProves(r.sentenceText);
}
const seizureProves = perSentence((s) => SEIZURE_AS_PROOF.test(s) || SEIZURE_MEASURES_GROWTH.test(s));

/**
 * "Most of the seizures were made near the river crossing, where smugglers use farm tracks", "most
 * of the pills were found in lorries entering from the crossing", "most samples came from seizures
 * on the desert roads": where the bulk of what is caught is caught tells the routes the trade
 * takes. Read only of a sentence that opens on that share of the hauls and places it; a seizure
 * told as one haul ("seized two lorries near the crossing") stays the stopping of it.
 */
const SEIZURES_BY_PLACE =
  /^\P{L}*(?:most|the (?:majority|bulk)|much|half|nearly all|almost all|two-thirds|a third)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:seizures|samples|pills|loads|drugs|shipments|consignments|contraband|hauls|packs|narcotics|cargo|captagon)\s+(?:(?:were|was|had been|have been|has been|are|is)\s+(?:made|found|seized|caught|intercepted|discovered|stopped)|came from seizures)\s+(?:in|on|at|near|along|around|inside)\b/iu;

/**
 * "That is almost twice the 12 million seized in the same months of last year", "this is three
 * times the 40 smugglers arrested in 2025": the hauls the sentence before counted, set against a
 * smaller count of an earlier period. As a rising tally told in one sentence (`risingTally`), the
 * rise is the traffic growing (rule 4); "that is half the 12 million seized" tells a fall, and is
 * not read here.
 */
const HAULS_ROSE_OVER =
  /^\P{L}*(?:that|this|it)\s+(?:is|was|represents|marks)\s+(?:almost\s+|nearly\s+|about\s+|roughly\s+|more than\s+|over\s+|some\s+)?(?:twice|double|triple|three times|four times|five times|\d+(?:\.\d+)?\s*(?:times|per ?cent more than|% more than))\s+(?:the\s+)?(?:[\d.,]+\s+(?:million\s+|thousand\s+|billion\s+)?)(?:[\p{L}-]+\s+){0,2}?(?:seized|confiscated|intercepted|caught|arrested|foiled|stopped)\b/iu;

/** Whether a sentence sets the hauls told before it against a smaller count of an earlier period. */
export function haulsRoseOver(r: Pick<Report, "tags" | "sentenceText">): boolean {
  return r.tags.some((t) => t === "seizure" || t === "arrest") && HAULS_ROSE_OVER.test(r.sentenceText);
}

/** Whether a sentence tells where the bulk of the seizures are made: the trade's routes. */
export function seizuresByPlace(r: Pick<Report, "tags" | "sentenceText">): boolean {
  return r.tags.includes("seizure") && SEIZURES_BY_PLACE.test(r.sentenceText);
}

/**
 * "Risk R-4, cable theft: likelihood high, since three guards were arrested in May selling copper to
 * smugglers": a risk rated, and the catch given as the ground of its rating. The catch counts for
 * the risk it shows, not as the stopping of it.
 */
const CATCH_GROUNDS_RISK =
  /\b(?:likelihood|probability|risk (?:level|rating|score))\s*(?::|is|of|rated(?: as)?)?\s*(?:\d+|high|very high|medium|moderate|elevated|severe|critical)\b[^.;]{0,20}?\b(?:since|because|as|given that)\s+[^.;]{0,120}?\b(?:caught|arrested|seized|intercepted|detained)\b/i;

/** Whether a sentence rates a risk on the ground of a catch. */
export function catchGroundsRisk(r: Pick<Report, "sentenceText">): boolean {
  return CATCH_GROUNDS_RISK.test(r.sentenceText);
}

/**
 * "Washington should withdraw its objection to Iraqi purchases of jets", "the party withdrew its
 * candidate": what is withdrawn is a stand, a request or a document, no force from the ground.
 * Read only of a withdrawal report whose sentence has no other word of troops leaving.
 */
const WITHDRAWN_STAND =
  /\bwithdr(?:aw|aws|awing|awn|ew)\s+(?:its|their|his|her|our|the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:objections?|complaints?|requests?|bids?|offers?|nominations?|nominees?|candidac(?:y|ies)|candidates?|lawsuits?|suits?|applications?|proposals?|reservations?|resignations?|motions?|bills?|draft|amendments?|claims?|charges?|accusations?|allegations?|statements?|remarks?|comments?|veto|vetoes|demands?|conditions?|ultimatum|threats?|endorsements?|names?)\b/i;
const FORCE_LEAVES =
  /\b(?:withdr\w+|pull(?:s|ed|ing)?\s+out|pull(?:s|ed|ing)?\s+(?:back|troops|forces)|drawdown|draw\s+down|leav(?:e|es|ing)|left|depart\w*|exit\w*|evacuat\w*)\b/gi;

/** Whether a withdrawal report withdraws only a stand or a request, no force. */
export function withdrawsNoForce(r: Pick<Report, "tags" | "sentenceText">): boolean {
  if (!r.tags.includes("troop-withdrawal")) return false;
  if (!WITHDRAWN_STAND.test(r.sentenceText)) return false;
  return (r.sentenceText.match(FORCE_LEAVES) ?? []).length === 1;
}

/**
 * A sentence told inside an exercise's or a simulation's scenario: "The exercise scenario was
 * fictional: it assumed that 300 detainees break out", "In the scenario, the first group of
 * escapees reached the wall", "the drill's scenario has gunmen storm the gate". What a tabletop
 * exercise, a drill or a war game imagines is its premise, asserted of nothing real; the same
 * summary's real figures are told in sentences of their own. A forecast's "worst-case scenario" is
 * a warning, not a game, and is left alone.
 */
const IN_SCENARIO =
  /^\P{L}*in the scenario\b|\b(?:exercise|drill|simulation|war[- ]?game|tabletop)(?:['’]s)? scenarios?\b|\bin the (?:exercise|drill|simulation|war[- ]?game|game)(?:['’]s)? scenario\b|\b(?:the|its|this) scenario (?:was|is) (?:fictional|fictitious|hypothetical|imaginary|invented|notional)\b/iu;

/** Whether a report's sentence tells of an exercise's imagined scenario. */
export function inExerciseScenario(r: Pick<Report, "sentenceText">): boolean {
  return inScenario(r.sentenceText);
}
const inScenario = perSentence((s) => IN_SCENARIO.test(s));

/**
 * A piece introducing itself: "This talk page is for discussing the article on the escape", "This
 * paper compares two periods of the insurgency", "The following is an excerpt of the
 * cross-examination in the trial of men accused of smuggling", "This is the weekly bulletin",
 * "INA publishes below the text messages". Its subject is the piece, and what it names is the
 * piece's scope, asserted by nobody; the facts follow in sentences of their own. So is a piece's
 * label followed by the question it takes up ("Thread: what the end of the US mission could mean for
 * the detention sites", "Explainer: how the wall was built"). A piece that states
 * a finding ("this report documents 40 attacks", "the present report finds") asserts it, and is
 * no introduction.
 */
const DOCUMENT =
  "(?:talk |web |live )?pages?|threads?|articles?|reports?|papers?|stud(?:y|ies)|abstracts?|newsletters?|notebooks?|transcripts?|excerpts?|round-?ups?|pieces?|posts?|documents?|chapters?|sections?|bulletins?|notices?|reviews?|digests?|summar(?:y|ies)|briefings?|briefs?|columns?|blogs?|updates?|overviews?|selections?|factsheets?";
const SELF_INTRODUCTION = new RegExp(
  `^\\P{L}*(?:(?:this|the present|the following|below)(?:\\s+(?!(?:the|a|an|is|are|was|were)\\b)[\\p{L}'’-]+){0,2}?\\s+(?:${DOCUMENT})(?![\\p{L}])|this is (?:the|an?|our)(?:\\s+[\\p{L}'’-]+){0,4}?\\s+(?:${DOCUMENT})(?![\\p{L}])|the following (?:is|are)\\b|(?:${DOCUMENT}|explainers?|analys[ie]s)\\s*[:–—]\\s*(?:what|how|why|whether|where|who)\\b)|\\b(?:publish|reproduce|print)(?:es|s|ed)? (?:below|here)\\b`,
  "iu",
);
const FINDING =
  /\b(?:find|finds|found|documents|documented|records|recorded|shows|showed|concludes|concluded|estimates|estimated|confirms|confirmed|reveals|revealed|counts|counted|notes|noted|says|said|warns|warned)\b/i;
/** A clause that tells something of its own about what the introduction names: "..., which holds 1,500 men". */
const RELATIVE = /,\s+(?:which|who|whose|where)\b/i;
/**
 * The writer's own beat, told in introducing themselves: "I've spent two years covering the
 * drawdown", "we cover the border war". What a reporter covers is the topic of their work, not a
 * report of it.
 */
const BEAT =
  /(?:^|[^\p{L}])(?:i|we)(?:['’]ve|['’]m| have| am| are| had)?(?: been| spent [^,.;]{0,40}?)?\s+(?:cover|covers|covering)\s/iu;

/** The writer named as one who reports: a commander "covering the sector" is deployed, not writing. */
const REPORTER =
  /\b(?:journalists?|reporters?|correspondents?|editors?|writers?|photographers?|bloggers?|researchers?)\b/i;

/**
 * An interview's introduction: "Iraq's national security adviser spoke to Al-Monitor in Baghdad
 * about the end of the coalition's presence, the Syrian border and the detainees". What follows
 * "about" is the list of subjects the answers take up, asserted by nobody; the answers tell them.
 */
const INTERVIEW_ABOUT =
  /\b(?:spoke|speaks|talked|talks|sat down|sits down)\s+(?:to|with)\s+(?:[^.;,]{1,60}?\s)?about\s/i;

/**
 * A programme's host naming the day's subject: "Welcome back to the show, where today we are
 * talking about smuggling along Syria's eastern border", "Tonight we discuss the wall". What the
 * show talks about is its scope; the guests' answers tell it. Read only with a word of the show's
 * own time or welcome.
 */
const SHOW_TOPIC =
  /\b(?:we|i)(?:['’]re|['’]ll be|['’]m| are| will be| am| will)?\s+(?:going to\s+)?(?:be\s+)?(?:talking|discussing|looking at|talk|discuss|look at)\b/i;
const SHOW_TIME =
  /\b(?:welcome|today|tonight|this week|this episode|on the show|on this show|on the programme)\b/i;

/**
 * A live blog's or a live page's opening line: "Kurdistan24 is following the attack on Al-Sina'a
 * prison as it unfolds, with the newest entries at the bottom", "We are tracking the fighting live".
 * What the page follows is its subject; its timed entries tell what happened.
 */
const LIVE_COVERAGE =
  /\b(?:is|are|we['’]re|we['’]ll be|will be)\s+(?:following|tracking|covering|monitoring)\s+[^.;]{1,140}?(?:\bas (?:it|they|events?) (?:unfolds?|happens?|develops?)\b|\blive\b)/i;

/**
 * A broadcast anchor's lead-in that hands over to a reporter in the field: "Anchor: The ministry
 * says the road is open again, and our correspondent is in Rutba", "Presenter: ... Our reporter
 * joins us from the crossing". The lead-in names what the reporter is about to tell; the
 * reporter's own turn tells it, with its source.
 */
const HANDOVER_TURN = /^\P{L}*(?:anchor|presenter|host|newsreader|studio)\s*:/iu;
const HANDOVER =
  /\b(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:correspondents?|reporters?)\s+(?:is|are|joins us|join us|is live|are live|is standing|reports)\b/iu;

/**
 * A panel's or a programme's chair relaying a question: "MODERATOR: We have a question from the
 * audience about the militias and whether they will claim the withdrawal". What a question is
 * about is asked, not told; the panellists' answers tell it. Read only in a chair's own turn.
 */
const CHAIR_TURN = /^\P{L}*(?:moderator|chair|chairman|chairwoman|host|presenter|anchor|interviewer)\s*:/iu;
const QUESTION_ABOUT = /\bquestions?\s+(?:from\s+[^.;]{1,40}?\s+)?(?:about|on|regarding)\s/i;

/** Whether a report names the scope of the piece introducing itself, or the writer's beat, and no more. */
export function documentScope(r: Pick<Report, "text" | "sentenceText">): boolean {
  const s = r.sentenceText;
  const at = r.text ? s.indexOf(r.text) : -1;
  const read = scopeOf(s);
  if (read.aboutAt !== null && (at < 0 || at >= read.aboutAt)) return true;
  if (read.scope) return true;
  if (read.introductionTo !== null) {
    const relative = read.introductionTo;
    if (relative < 0 || at < 0 || at < relative) return true;
  }
  if (!read.reporter) return false;
  // The fact and the words around it: a span of time ("two years") told of the beat is of it too.
  const around = at < 0 ? s : s.slice(Math.max(0, at - 80), at + (r.text || "").length + 40);
  return BEAT.test(` ${around} `);
}

/**
 * What `documentScope` reads of a sentence whichever of its facts it is asked of: where an
 * interview's "about" starts, whether the sentence is a show's, a live page's, a handover's or a
 * chair's introduction of its scope, where a piece's introduction of itself ends (at its relative
 * clause, -1 without one), and whether it names a reporter's beat.
 */
const scopeOf = perSentence((s) => {
  const finding = FINDING.test(s);
  const about = finding ? null : INTERVIEW_ABOUT.exec(s);
  return {
    aboutAt: about ? about.index : null,
    scope:
      (!finding && SHOW_TOPIC.test(s) && SHOW_TIME.test(s)) ||
      (!finding && LIVE_COVERAGE.test(s)) ||
      (HANDOVER_TURN.test(s) && HANDOVER.test(s)) ||
      (!finding && CHAIR_TURN.test(s) && QUESTION_ABOUT.test(s)),
    introductionTo: !finding && SELF_INTRODUCTION.test(s) ? s.search(RELATIVE) : null,
    reporter: REPORTER.test(s),
  };
});

/** Days between what a report tells of and the briefing date; null when undated. */
export function ageInDays(report: Pick<Report, "date">, briefingDate: Date): number | null {
  if (!report.date) return null;
  const at = Date.parse(`${report.date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((briefingDate.getTime() - at) / DAY));
}

/**
 * Whether a part of a place the extractor derives ("place/hama/east" from "the eastern Hama
 * desert") lies wholly inside a region's extent ("place/syrian-desert"): the east of Hama
 * province is desert, its west is not, so only the part is read as within the region.
 */
function partWithin(id: string | null | undefined, region: string): boolean {
  if (!id || !directionOf(id.slice(id.lastIndexOf("/") + 1))) return false;
  const outer = EXTENTS[region];
  const inner = extentOf(id);
  if (!outer || !inner) return false;
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/**
 * Whether a named spot (a village, a field, a base: a lexicon place with a point and no extent of
 * its own) lies inside a region's extent ("place/homs-desert") in the region's own country: Arak
 * and the T4 base are in the Homs desert though a sentence names only them. Regions only, not
 * governorates (a governorate's box is rough and holds its cities), and never across a border
 * (the desert's box reaches into Anbar, whose towns are not Syria's desert).
 */
function pointWithin(e: ResolvedEntity, region: string): boolean {
  if (!e.coordinates || !e.lexiconId || e.lexiconId === region) return false;
  if (e.type !== "place" && e.type !== "facility") return false;
  const box = EXTENTS[region];
  const outer = box ? lexiconEntry(region) : undefined;
  if (!box || outer?.kind !== "region" || !outer.affiliation || outer.affiliation !== e.affiliation)
    return false;
  // A smaller region (a mountain range in the desert) lies within when its whole extent does.
  const [w, s, east, n] = extentOf(e.lexiconId) ?? [...e.coordinates, ...e.coordinates];
  return w >= box[0] && s >= box[1] && east <= box[2] && n <= box[3];
}

function selects(selector: string, e: ResolvedEntity): boolean {
  const colon = selector.indexOf(":");
  // A part of a place the extractor derives ("place/syrian-desert/central" from "the central
  // Syrian desert") lies within the place: a condition on the whole is met by its part, and a
  // part of another place that lies wholly inside the region meets it too.
  if (colon < 0)
    return (
      e.lexiconId === selector ||
      (selector.startsWith("place/") &&
        (e.lexiconId?.startsWith(`${selector}/`) === true ||
          partWithin(e.lexiconId, selector) ||
          pointWithin(e, selector)))
    );
  const what = selector.slice(0, colon);
  const value = selector.slice(colon + 1);
  switch (what) {
    case "kind":
      return e.kind === value;
    case "type":
      return e.type === value;
    case "in":
      return (
        (e.type === "place" || e.type === "facility") &&
        [e.name, e.affiliation].some((n) => n && fold(n) === fold(value))
      );
    case "of":
      // A country's parties and tribes are not the country acting: "its partners" in a
      // coalition-government talk are not security partners of Iraq.
      return (
        (e.type === "person" || e.type === "organization") &&
        e.kind !== "party" &&
        e.kind !== "tribe" &&
        [e.affiliation, e.name].some((n) => n && fold(n) === fold(value))
      );
    default:
      return false;
  }
}

/**
 * Whether some entity meets some selector. `known` asks a kind of a site ("kind:prison") to be met
 * by a site the lexicon knows: "Two inmates escaped from Valdice prison" names a prison by its head
 * noun, which tells what the site is but not where it is.
 */
const anySelected = (selectors: readonly string[], entities: readonly ResolvedEntity[], known = false) =>
  selectors.some((s) =>
    entities.some((e) => selects(s, e) && (!known || e.lexiconId !== null || !s.startsWith("kind:"))),
  );

function typeMatches(p: Pattern, r: Report): boolean {
  if (p.allTags.some((t) => !r.tags.includes(t))) return false;
  if (p.anyTags.length > 0 && !p.anyTags.some((t) => r.tags.includes(t))) return false;
  if (p.noneTags.some((t) => r.tags.includes(t))) return false;
  if (p.acled.length + p.cameo.length === 0) return true;
  const acled = r.codes?.acled;
  const cameo = r.codes?.cameo?.code;
  return (
    p.acled.some(
      (a) => acled && (a === acled.eventType || a === `${acled.eventType}/${acled.subEventType ?? ""}`),
    ) || p.cameo.some((c) => cameo?.startsWith(c) === true)
  );
}

/**
 * How specifically a report fits a pattern, or 0 when it does not: one point for the type and one
 * for each further condition met, so that a sentence goes to the factor that describes it best.
 * `modality: false` ignores the pattern's modality (to find denials of what the pattern shows).
 */
export function patternFit(
  p: Pattern,
  r: Report,
  briefingDate: Date,
  options: { modality?: boolean; places?: boolean; known?: boolean } = {},
): number {
  if (!p.kinds.includes(r.kind)) return 0;
  if ((options.modality ?? true) && !p.modality.includes(r.modality)) return 0;
  if (!typeMatches(p, r)) return 0;
  // A figure matched by who it is about alone (no type to read) takes them from its sentence or the
  // lede, not from a country borrowed as the setting of the sentences before it: "60 per cent of
  // households had cut meals", after "the day the Americans leave", is no figure of the US force.
  const untyped = p.anyTags.length + p.allTags.length + p.acled.length + p.cameo.length === 0;
  const entities = p.own ? r.own : untyped && r.kind === "quantity" ? r.named : r.entities;
  if (p.actors.length > 0 && !anySelected(p.actors, entities, options.known)) return 0;
  // What rules a fact out must be named in its own sentence: an actor borrowed from the sentences
  // before it ("Iraqi accents" two sentences earlier) may say who acted, never who did not.
  if (p.notActors.length > 0 && anySelected(p.notActors, p.own ? r.own : r.named)) return 0;
  // A place the sentence does not name but the story is set in fits, less well than one it names.
  let setting = 0;
  if (options.places ?? true) {
    const placed = placeMatch(p, r, options.known);
    if (placed === 0) return 0;
    setting = 1 - placed;
  }
  if (p.words.length > 0) {
    const folded = foldedSentence(r);
    if (!p.words.some((w) => containsTerm(folded, w))) return 0;
  }
  if (p.notWords.length > 0) {
    const clause = ownClause(r);
    if (p.notWords.some((w) => containsTerm(clause, w))) return 0;
  }
  if (p.maxAgeDays !== undefined) {
    // How old the fact was when reported: history an article recalls is background, while the
    // age of the reporting itself is weighed against the briefing date elsewhere.
    const age = ageInDays(
      r,
      r.publishedAt ? new Date(`${r.publishedAt.slice(0, 10)}T00:00:00Z`) : briefingDate,
    );
    if (age !== null && age > p.maxAgeDays) return 0;
  }
  const conditions =
    Number(p.allTags.length > 0) +
    Number(p.acled.length + p.cameo.length > 0) +
    Number(p.actors.length > 0) +
    Number(p.places.length > 0) +
    Number(p.words.length > 0) +
    p.noneTags.length * 0.1;
  return 1 + conditions - setting;
}

/**
 * How a report meets the places a pattern names: 1 in its own sentence (or when the pattern names
 * none), 0.5 only through the story's setting (unless the pattern wants its own sentence), 0 not.
 */
function placeMatch(p: Pattern, r: Report, known = false): number {
  if (p.places.length === 0 || anySelected(p.places, p.own ? r.own : r.entities, known)) return 1;
  return !p.own && anySelected(p.places, r.setting, known) ? 0.5 : 0;
}

/** Whether a report is at a place the pattern names, in its sentence or the story's setting. */
export const atPatternPlace = (p: Pattern, r: Report): boolean => placeMatch(p, r) > 0;

/** Whether a report fits some pattern of some factor of the theme at `at`: its words are the theme's. */
export function fitsAnyFactor(theme: Theme, r: Report, at: Date): boolean {
  return [...theme.drivers, ...theme.mitigators].some((f) =>
    f.evidence.some((p) => patternFit(p, r, at) > 0),
  );
}

/**
 * Frames in which an article uses a theme's vocabulary without reporting real security events:
 * a film about a prison break, an exhibition of caravan contraband, a derby named after a prison.
 * Each frame's cues are words that, in news of attacks, escapes and seizures, hardly occur at all
 * ("premiere", "curator", "stadium"); words shared with that news ("director", "stage", "season",
 * "player") are left out so that a real story is never read as a depiction.
 */
interface Frame {
  frame: string;
  cues: RegExp;
  /** Words of which the title or lede must hold one; the cues when not given. */
  sets?: RegExp;
  /** Why the article is set aside, printed after its frame. */
  reason?: string;
  /**
   * How the frame's own sentences tell armed events: a "setting" (a match) sets real events
   * wherever they are told; an "exercise" (a camp, a contest, a song) tells its games in the same
   * words as an attack on it, so an armed event at a real place is news wherever it is told.
   * Without it the frame depicts an invented world, whose cue sentences tell of that world.
   */
  tells?: "setting" | "exercise";
  /**
   * How many armed events told as real make the article news; two when not given. Research
   * reports tell no fighting of their own: one real attack in them (on a laboratory, a hospital)
   * is news.
   */
  newsFrom?: number;
  /**
   * Words of the title or lede that make some cues the document's own parts: the cues then read
   * are `plainCues`. A thesis, a dissertation or a study is divided into chapters as a novel is,
   * yet its chapters tell of real events.
   */
  ownParts?: { lede: RegExp; plainCues: RegExp };
}
const EXERCISE_REASON = "its escapes, guards and borders are parts of a game or an exercise";
const FRAMES: readonly Frame[] = [
  {
    frame: "a film, series or documentary",
    // Television's own words too, for a cartoon or a children's programme: "animated", "dubbed",
    // "a TV series". A channel alone is left out: officials speak to TV channels every day.
    cues: /\b(?:films?|movies?|cinemas?|premieres?|premiered|screenings?|screenplay|scripts?|drama|documentary|actors?|actress(?:es)?|box office|sitcom|episodes?|trailer|filmmakers?|on screen|cast members?|(?:film|movie) festival|animated|animation|animators?|cartoons?|dubbed|dubbing|(?:tv|television) (?:series|shows?|dramas?)|children's (?:channels?|programmes?|programs?|television|tv|shows?))\b/i,
  },
  {
    frame: "a stage play",
    // A review speaks the trade's words too: the genre ("a comedy"), the acts, the cast, the house
    // and the run. "Staged" and "scene" are left out: attacks are staged and reporters reach the scene.
    // Opera and ballet are stage works too, with their own trade: the house, the voices, the
    // libretto and a run "in repertory" ("a tenor" is left out: talks have a tenor).
    cues: /\b(?:theatres?|theaters?|playwrights?|rehearsals?|on stage|audiences?|troupe|curtain call|the play|comed(?:y|ies)|comedians?|(?:first|second|third|final|last|opening|closing) act|the cast|cast of|full house|box office|runs until|operas?|operatic|sopranos?|mezzo-sopranos?|baritones?|contraltos?|librett(?:o|os|i|ists?)|arias|ballets?|ballerinas?|choreograph(?:er|ers|y)|in repertory)\b/i,
  },
  {
    frame: "a magic act, circus or other live show",
    reason: "its escapes, prisons and guards are acts and props of a show",
    tells: "exercise",
    // An escape artist's, a magician's or an acrobat's show, where breaking out of a "prison cell"
    // or freeing children from a cardboard jail is the act. The lede must name such a performer or
    // show (not "performers" alone: gunmen attack weddings and their performers); the body then
    // speaks of the trade: the act, the audience and spectators, the tricks, the finale and the
    // tickets. A real attack on a show at a real place is news wherever it is told.
    sets: /\b(?:escape artists?|escapologists?|magicians?|illusionists?|conjur(?:or|er)s?|magic (?:shows?|acts?|tricks?)|acrobats?|jugglers?|circus (?:shows?|acts?|performers?|tents?)|stunt (?:shows?|performers?)|stage shows?|variety shows?|talent shows?)\b/i,
    cues: /\b(?:escape artists?|escapologists?|magicians?|illusionists?|conjur(?:or|er)s?|magic|tricks?|acrobats?|jugglers?|clowns?|circus|performers?|performances?|spectators|audiences?|(?:the|his|her|their|an|first|second|third|final|new|opening|closing) act|finale|encores?|applause|the show|on stage|tickets?|organi[sz]ers)\b/i,
  },
  {
    frame: "a game of chess, cards or an escape room",
    // The lede must name the game itself; the body then speaks of its players, moves, pieces and
    // bookings, words that news of real fighting uses only as metaphors or not at all, and that
    // only count once the lede has named the game.
    sets: /\b(?:chess|escape rooms?|escape games?|board games?|card games?|crosswords?)\b/i,
    cues: /\b(?:chess|escape rooms?|escape games?|board games?|card games?|crosswords?|puzzles?|games?|players?|playing|pawns?|rooks?|checkmate|grandmasters?|over the board|moves?|bookings?|tickets?|book online)\b/i,
  },
  {
    frame: "a camp, course or workshop of games and exercises",
    reason: EXERCISE_REASON,
    tells: "exercise",
    // A holiday or youth camp, or a course's "breakout sessions", where escaping a mock cell or
    // crossing a rope "border" is an exercise. The lede must name such a programme (not a camp
    // alone: the camps of the news hold the displaced and detainees); the body then speaks of its
    // participants, organisers, sessions, sign-up and sponsors, words news of a real escape seldom uses.
    sets: /\b(?:(?:summer|winter|spring|holiday|youth|scout|scouts'|day|sports?|music|art|science|coding|language|adventure|activity|leadership) camps?|breakout sessions?|team[- ]building|icebreakers?)\b/i,
    cues: /\b(?:teenagers?|kids|pupils|schoolchildren|participants|organi[sz]ers|sessions?|workshops?|volunteers|parents|registration|sign up|sponsors?|closing ceremony|opening ceremony|instructors?|activities|team[- ]building|icebreakers?|breakout)\b/i,
  },
  {
    frame: "a contest or competition of schools, students or teams",
    reason: EXERCISE_REASON,
    tells: "exercise",
    // A robotics league, a hackathon, a quiz or a science olympiad, whose "jailbreak" challenge
    // frees wooden "detainees" from a cardboard prison. The lede must name such a contest (a
    // robot, or a school's or students' team, league or final: "competition" alone is also the
    // rivalry of gangs and militias); the body then speaks of its teams, robots, referees,
    // organisers, pupils and parents, words news of a real escape seldom uses.
    sets: /\b(?:robots?|robotics|hackathons?|olympiads?|quiz(?:zes)?|science fairs?|spelling bees?|(?:school|schools'|student|students'|pupils'|youth|junior|coding|programming|maths?|science|debating) (?:teams?|leagues?|competitions?|contests?|challenges?|championships?|finals?))\b/i,
    cues: /\b(?:robots?|robotics|hackathons?|olympiads?|quiz(?:zes)?|(?:school|schools'|student|students'|pupils'|winning|losing|rival) teams?|contestants?|competitors?|competitions?|finalists?|prizes?|troph(?:y|ies)|referees?|judging panel|teenagers?|pupils|schoolchildren|participants|organi[sz]ers|parents|sponsors?|registration|sign up)\b/i,
  },
  {
    frame: "a song, album or other work of music or art",
    reason: "its words for escapes, borders or smuggling are the titles and stories of songs or works of art",
    tells: "exercise",
    // A record, its songs and their titles ("The Crossing", "Infiltrators", "Watchtower"), or a
    // painting or a sculpture: the theme's words name a work and what it tells. The lede must name
    // the work ("a single" is left out: news speaks of a single attack); the body then speaks of
    // the trade: tracks, lyrics, singers, the band, instruments and the release. A concert is left
    // out: gunmen attack concerts, and a bomb at one is news of the bomb.
    sets: /\b(?:albums?|songs?|lyrics|ballads?|paintings?|sculptures?|murals?)\b/i,
    cues: /\b(?:albums?|songs?|lyrics|ballads?|singers?|songwriters?|(?:the|a|his|her|their|its) band|band's|musicians?|music|melod(?:y|ies)|chorus(?:es)?|(?:opening|closing|title|bonus|final|the) tracks?|oud|guitars?|drum machines?|violins?|rababa|vinyl|streaming platforms?|record labels?|stars out of|paintings?|painters?|canvas(?:es)?|sculptures?|sculptors?|murals?)\b/i,
  },
  {
    frame: "a book, poem or translation",
    reason:
      "its words for escapes, borders or smuggling tell a book's story, or are said of recipes, verses or the meaning of words",
    // Literature and the crafts of language: a novel, a cookbook, an anthology, a workshop of
    // translators. There smuggling, borders and seizures are said of recipes, verses and meanings
    // ("smuggling meaning across borders", "the contraband that customs officers of language
    // seize"). Only the trade's plural nouns count for translation: a translated statement carries
    // a "Translator's note" or "Translation from Arabic", and "verses" are quoted in sermons and
    // death notices too.
    cues: /\b(?:novels?|novelists?|fictional|bestsellers?|publishers?|chapters?|the book|his book|her book|book launch|book reviews?|readers|cookbooks?|antholog(?:y|ies)|poets?|poems?|poetry|translators|translations|dictionar(?:y|ies)|proverbs?|puns?|idioms?|literary|linguists?|etymolog(?:y|ies|ical))\b/i,
    // A thesis, a dissertation or a study that calls itself so in its title or lede has chapters
    // of its own ("This chapter examines how Iraq secured its border"): there a chapter is the
    // research's, whose field interviews tell of real events, and only the other cues count.
    ownParts: {
      lede: /\b(?:thes[ie]s|dissertations?|(?:this|the present|our) (?:study|research|report)|research (?:papers?|reports?))\b/i,
      plainCues:
        /\b(?:novels?|novelists?|fictional|bestsellers?|publishers?|the book|his book|her book|book launch|book reviews?|readers|cookbooks?|antholog(?:y|ies)|poets?|poems?|poetry|translators|translations|dictionar(?:y|ies)|proverbs?|puns?|idioms?|literary|linguists?|etymolog(?:y|ies|ical))\b/i,
    },
  },
  {
    frame: "a study of language: dialects, words and their history",
    tells: "exercise",
    newsFrom: 1,
    reason:
      "its words that cross borders, infiltrate provinces or travel smugglers' trails are words of a language, not people or goods",
    // Dialectology and lexicography: an atlas of dialects, a dictionary project, the history of
    // loanwords, where "expressions crossed the border" and "words infiltrated" a province. The
    // lede must name the field (a linguist, a dialect, a vocabulary); the body then speaks of it:
    // speakers, pronunciation, words for things, loanwords and proverbs. Words are counted only
    // with what makes them a language's ("the word for", "Turkish words", "hundreds of words"),
    // never a statement's ("in other words", "his words").
    sets: /\b(?:linguists?|linguistics|linguistic|dialects?|dialectolog\w*|lexicograph\w*|vocabular(?:y|ies)|loanwords?|etymolog\w*|phonolog\w*)\b/i,
    cues: /\b(?:linguists?|linguistics|linguistic|dialects?|dialectolog\w*|lexicograph\w*|vocabular(?:y|ies)|loanwords?|etymolog\w*|phonolog\w*|pronunciations?|pronounc(?:e|es|ed|ing)|accents?|(?:older|younger|elderly|native|local|\d+) speakers|(?:hundreds|dozens|thousands) of (?:words|expressions|phrases|terms)|(?:the|a|some|many|these|those|Arabic|Turkish|Kurdish|Persian|Aramaic|Syriac|English|French|borrowed|foreign|local|old|same) words?(?! of (?:the|his|her|their) (?:statement|speech))|words? for|borrow(?:s|ed|ing)? (?:words|expressions|terms)|atlas(?:es)?|proverbs?|idioms?|grammar|syllables?)\b/i,
  },
  {
    frame: "a study in medicine or biology",
    tells: "exercise",
    newsFrom: 1,
    reason:
      "its escapes, smuggling, borders and guards are images of viruses, drugs, cells and the body's defences",
    // Biomedical research told in security's images: a virus strain's "mass escape" from a
    // vaccine's antibodies, drugs "smuggled past the border guards" of the blood-brain barrier,
    // cells that "detain" a virus. The lede must name the research and its biology in one sentence
    // (scientists, researchers, a laboratory or a study, with a virus, a vaccine, a tumour, an
    // antibody or the brain), so that a hospital hit by shelling, or a clinic's figures, sets no
    // such frame; the body then speaks of the trade: viruses, vaccines, antibodies, tumours,
    // laboratories, mice and journals. Cells count only with what makes them the body's ("tumour
    // cells", "memory cells"): the cells of the news are prison cells and sleeper cells.
    sets: /^(?=.*\b(?:scientists?|researchers?|scientific|laborator(?:y|ies)|labs?|stud(?:y|ies)|journal|clinical trials?)\b)(?=.*\b(?:viruse?s?|viral|influenza|flu|vaccines?|vaccinat\w*|antibod(?:y|ies)|immune|immunity|tumou?rs?|cancers?|chemotherapy|nanoparticles?|blood-brain|brain's|brain tumou?rs?|molecul\w*|proteins?|genes|genetic|genomes?|bacteri(?:a|um|al)|microbes?|pathogens?|(?:immune|tumou?r|cancer|memory|healthy|blood|stem|brain|nerve|white|red|T) cells|drug delivery|Alzheimer's|neurons?))/i,
    cues: /\b(?:viruse?s?|viral|influenza|flu|vaccines?|vaccinat\w*|antibod(?:y|ies)|immune|immunity|tumou?rs?|cancers?|chemotherapy|nanoparticles?|particles|blood-brain|brains?|molecul\w*|proteins?|genes|genetic|genomes?|bacteri(?:a|um|al)|microbes?|pathogens?|(?:immune|tumou?r|cancer|memory|healthy|blood|stem|brain|nerve|white|red|T) cells|drug delivery|Alzheimer's|neurons?|laborator(?:y|ies)|mice|rats|clinical trials?|trials in patients|(?:the|a) journal|in the body)\b/i,
  },
  {
    frame: "a video game",
    // The trade's own words too: a genre before "game" ("its tactical game"), patch notes, game
    // modes, speedrunners and streamers, rebalanced weapons. None is said of real fighting.
    cues: /\b(?:video games?|gamers?|gameplay|consoles?|the game|game studio|game's|players can|multiplayer|(?:tactical|strategy|shooter|survival|stealth|mobile|online|computer|browser|indie|sandbox|open-world|role-playing) games?|game modes?|patch notes|in-game|speedrun(?:s|ners?|ning)?|streamers?|rebalanc(?:e|es|ed|ing)|DLC|expansion packs?|playable)\b/i,
  },
  {
    frame: "an exhibition or museum",
    cues: /\b(?:exhibitions?|museums?|curators?|exhibits?|galler(?:y|ies)|artefacts?|artifacts?|on display|catalogues?|replicas?)\b/i,
  },
  {
    frame: "a product launch or advertisement",
    reason: "its words for smuggling, borders or escapes name a product or its advertising",
    tells: "exercise",
    // A perfume, a drink, a clothing line or a car named after contraband or a border run, and
    // the campaign that sells it. The lede must launch or unveil a consumer product (a "launch"
    // alone is an attack's or an offensive's); the body then speaks of the trade: the brand, its
    // bottles and flavours, the marketing, the buyers and the price. Bottles of perfume seized at
    // a crossing are never "launched", and a seizure story keeps its news.
    sets: /\b(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:es|ed|ing)|debut(?:s|ed)?)\b[^.;!?]{0,40}\b(?:perfumes?|fragrances?|colognes?|scents?|cosmetics|lipsticks?|fashion|clothing|collections?|sneakers|trainers|watches|handbags|flavou?rs?|drinks?|beverages?|snacks?|chocolates?|products?|brands?|models? of (?:car|phone)s?)\b/i,
    cues: /\b(?:perfumes?|perfumers?|perfumery|fragrances?|colognes?|scents?|cosmetics|bottles?|flavou?rs?|brands?|fashion|boutiques?|retail(?:ers)?|shoppers?|customers?|buyers?|consumers?|marketing|advertising|advert(?:isement)?s?|(?:ad|marketing|advertising) campaigns?|the launch|product launch|sells? for|priced at|on sale|millilitres?|dirhams? for|creative director|fragrance bloggers?|influencers?)\b/i,
  },
  {
    frame: "an architecture or design competition, or a building's new use",
    reason:
      "its prisons, cells, guards and escapes are parts of an old building and of the designs that turn it to a new use",
    tells: "exercise",
    // A competition of architects, or the conversion of a former jail or fort into a library, a
    // museum or a hotel: the building's "cells", "guard towers" and "detention yard" are rooms of
    // a design, and a "mass escape" of light is the jury's praise. The lede must name architects,
    // a design competition or such a conversion ("the architect of" an attack is a planner, and
    // left out); the body then speaks of the trade: designs, entries, the jury, prizes, drawings.
    // A real attack on the site is news wherever it is told.
    sets: /\b(?:architects?(?! of)|architecture|architectural|design competitions?|(?:winning|prize-winning|competition) designs?|(?:turn|turns|turned|turning|convert|converts|converted|converting|transform|transforms|transformed|transforming)\b[^.;!?]{0,60}\binto an? (?:public )?(?:library|museum|hotel|cultural cent(?:re|er)|arts cent(?:re|er)|gallery|park|garden|reading garden|theatre|school))\b/i,
    cues: /\b(?:architects?(?! of)|architecture|architectural|designers?|designs|(?:the|a|winning|second|third|whose|its|their|her|his) design|design competitions?|jury|juries|(?:winning|competing|shortlisted) (?:schemes?|entr(?:y|ies)|teams?|designs?)|entr(?:y|ies) from|(?:first|second|third) (?:prize|entry|place)|shortlist(?:ed)?|drawings|studios?|reading rooms?|libraries|library|staircases?|glass roof|fa[cç]ades?|renovation)\b/i,
  },
  {
    frame: "history",
    reason: "the events it tells are history, not current reporting",
    // The world wars and their prisoner-of-war camps, an excavation and a year before 1950 are
    // history's words too: a camp of 1944 dug up by archaeologists, whose "mass escape",
    // "prisoners" and "guard towers" are a museum's story. Current news that names a war of the
    // past in passing has one such sentence, not the three the frame needs.
    cues: /\b(?:ancient|antiquity|centuries|(?:\d+(?:st|nd|rd|th)|[a-z]+th) century|ottoman|romans?|persians?|byzantine|medieval|archaeolog\w*|historians?|lectures?|millenni(?:a|um)|thousand years|bc|bce|(?:first|second) world war|world war (?:i|ii|one|two)|prisoners?[- ]of[- ]war|excavat\w*|in (?:1[0-8]\d\d|19[0-4]\d))\b/i,
  },
  {
    frame: "a sports event",
    reason: "its words for escapes, attacks or borders name a sporting event",
    tells: "setting",
    // Equestrian sport too: its "wall" and "water jump" are obstacles of a course, its riders
    // "lose points" and its "spectators" stand at the arena's border.
    cues: /\b(?:football|soccer|matches|derby|league|stadiums?|scored|goalless|goalkeepers?|strikers?|midfielders?|referees?|kick[- ]off|half[- ]time|tournaments?|championships?|fixtures?|rally|race|racing|podium|athletes?|supporters' club|show ?jumping|equestrian|spectators|competitors|jump-off|clear rounds?|(?:final|qualifying) round|(?:lost|losing|lose|loses) points|penalty points)\b/i,
  },
];

/**
 * The frame an article's reporting sits in when it is a depiction, a display, a history or a game
 * rather than news of real events, with the reason to print; null for news. The title or the lede
 * must set the frame, and the frame must run through the article (at least three of its sentences
 * and a quarter of them), so that one "museum" or "match" in a news story changes nothing. An
 * article that also tells, outside the frame's sentences, of two or more armed events as having
 * happened (a bomb at a match, a raid on a museum) is news of those events, whatever its setting.
 */
export function depictionFrame(
  title: string,
  sentences: readonly string[],
  armedEventSentences: ReadonlySet<number> = new Set(),
  realSentences?: ReadonlySet<number>,
): string | null {
  if (sentences.length === 0) return null;
  const lede = [title, ...sentences.slice(0, 2)];
  let best: { frame: Frame; count: number; cues: RegExp } | null = null;
  for (const frame of FRAMES) {
    const { sets = frame.cues, ownParts } = frame;
    if (!lede.some((s) => sets.test(s))) continue;
    const own = ownParts !== undefined && lede.some((s) => ownParts.lede.test(s));
    const cues = own ? ownParts.plainCues : frame.cues;
    // The lede that set the frame by the document's own parts alone sets none.
    if (own && !lede.some((s) => cues.test(s))) continue;
    const count = sentences.filter((s) => cues.test(s)).length;
    if (count >= 3 && count >= sentences.length / 4 && (!best || count > best.count))
      best = { frame, count, cues };
  }
  if (!best) return null;
  // In a depiction or a history the frame's own sentences tell of its events ("in the film, the
  // fugitives storm the gates"); at a match the violence is real wherever it is told.
  const { cues } = best;
  const { tells } = best.frame;
  const depicts = tells !== "setting";
  // The frame is the document's, not its cue sentences': in a depiction the sentences between the
  // cues tell of the same invented world ("in the new mode, inmates riot", "a mission in which
  // players escort hostages"). An armed event there is news only when it names a real place or
  // actor (`realSentences`, the sentences whose armed events do), as a raid on the real museum does.
  const news = [...armedEventSentences].filter((i) => {
    const s = sentences[i];
    if (s === undefined) return false;
    if (!depicts) return true;
    const real = realSentences === undefined || realSentences.has(i);
    // A camp's or course's games are told in its own words, and so is an attack on it ("gunmen
    // killed two volunteers"), as an attack on a concert is in a song's ("the band had played two
    // songs"): there an armed event at a real place is news wherever it is told.
    if (tells === "exercise") return real;
    return !cues.test(s) && real;
  });
  if (news.length >= (best.frame.newsFrom ?? 2)) return null;
  const why = best.frame.reason ?? "its words for escapes, attacks or smuggling describe a depiction";
  return `the article is about ${best.frame.frame}, not a report of real events: ${why} (${best.count} of ${sentences.length} sentences)`;
}

/** ACLED event types of armed events: what makes an article news of violence, whatever its setting. */
const ARMED = new Set(["Battles", "Explosions/Remote violence", "Violence against civilians"]);

/**
 * Outlets that publish nothing but satire, by name and by web host: a story of theirs is a joke
 * whatever it tells. Kept short and certain; an unknown spoof is found by its label or disclaimer.
 */
const SATIRE_OUTLETS: readonly { name: string; host: string }[] = [
  { name: "al-hudood", host: "alhudood.net" },
  { name: "alhudood", host: "alhudood.net" },
  { name: "the onion", host: "theonion.com" },
  { name: "clickhole", host: "clickhole.com" },
  { name: "the babylon bee", host: "babylonbee.com" },
  { name: "the daily mash", host: "thedailymash.co.uk" },
  { name: "newsthump", host: "newsthump.com" },
  { name: "the beaverton", host: "thebeaverton.com" },
  { name: "the shovel", host: "theshovel.com.au" },
  { name: "the chaser", host: "chaser.com.au" },
  { name: "waterford whispers news", host: "waterfordwhispersnews.com" },
  { name: "duffel blog", host: "duffelblog.com" },
  { name: "le gorafi", host: "legorafi.fr" },
  { name: "el mundo today", host: "elmundotoday.com" },
  { name: "der postillon", host: "der-postillon.com" },
  { name: "faking news", host: "fakingnews.com" },
];

/** Words by which a piece says it is a joke or invented. */
const JOKE =
  /\b(?:satir(?:e|ical|ist)|parod(?:y|ies)|spoofs?|lampoons?|april[- ]fools?['’]?(?: day)?|fictional|fiction|invented|imaginary|made[- ]up|not real|a joke|prank)\b/i;
/** The piece speaking of itself: "this article", "the events in this story", "our website". */
const SELF =
  /\b(?:this|the (?:above|following)|our) (?:article|piece|story|report|item|post|column|website|site|page|publication|newspaper|text|spoof|parody)\b/i;
/** A label in front of a title: "Satire:", "[Parody]", "APRIL FOOL –". */
const LABEL = /^\s*[[(]?\s*(?:satire|satirical|parody|spoof|humou?r|april fools?['’]?)\s*[\]):–—-]/i;
/** A sentence that relays what someone said: a denial calling a report "invented" is no disclaimer. */
const RELAYED =
  /\b(?:said|says|told|according to|claimed|claims|denied|denies|called|described|dismissed)\b/i;

/**
 * Why an article is satire, or null: its outlet publishes only satire (by name or web host), its
 * title carries a satire label, or its first or last two sentences are a disclaimer in its own
 * voice ("Al-Hudood is a satirical website", "the events in this article are invented", "this
 * story was our April Fools' joke"). A news report that mentions a satirical video, or quotes an
 * official calling a report invented, is not one: the disclaimer must speak of the piece itself.
 */
export function satireFrame(
  article: Pick<SourceDocument["article"], "title" | "source" | "url">,
  sentences: readonly string[],
): string | null {
  const source = article.source ? fold(article.source).trim() : "";
  let host = "";
  try {
    host = article.url ? new URL(article.url).hostname.replace(/^www\./, "") : "";
  } catch {
    host = "";
  }
  const outlet = SATIRE_OUTLETS.find(
    (o) =>
      (source !== "" && source === o.name) ||
      (host !== "" && (host === o.host || host.endsWith(`.${o.host}`))),
  );
  if (outlet) return "its outlet publishes only satire";
  if (LABEL.test(article.title ?? "")) return "its title labels it as satire";
  const edges = [...sentences.slice(0, 1), ...sentences.slice(-2)];
  const ownVoice = (s: string) =>
    (SELF.test(s) || (source !== "" && fold(s).trimStart().startsWith(source))) && !RELAYED.test(s);
  if (edges.some((s) => JOKE.test(s) && ownVoice(s))) return "it says so itself in a disclaimer";
  return null;
}

/**
 * Lexicon kinds of the participants that make a fact security news: armed and state security
 * bodies, and the facilities where detainees are held, troops based and borders crossed.
 */
const SECURITY_KINDS = new Set([
  "jihadist",
  "kurdish-force",
  "militia",
  "rebel",
  "state-security",
  "foreign-military",
  "coalition",
  "prison",
  "camp",
  "base",
  "crossing",
]);

/**
 * Common nouns for security participants the lexicon cannot name: soldiers, police, guards and
 * their commanders, armed men of every kind, smugglers, and the people held in prisons and camps.
 * Lower case only: a capitalised "Border Guard" mid-sentence is a name (of a firewall, a film, a
 * club), and names count only through the lexicon. "Cells" need the word that makes them armed
 * ("sleeper cells"), since batteries have them too. Contraband that only smugglers and the
 * forces against them handle (Captagon, narcotics) makes its seizure or its trade security news
 * whoever the sentence names as the seizing "authorities". Advisers are military ones only with
 * the word that makes them so ("some 2,000 American advisers will remain", "military advisers"):
 * a minister has advisers too. "Guards" or "patrols" before the thing's determiner is the verb
 * ("a trench of water guards the far side of the fence", "a drone patrols the course"), which any
 * barrier or camera does: no guard or patrol is named. Posts of a force ("army posts", "border
 * posts") or posts set "facing" a town across a line are manned positions; a bare "post" may be a letter
 * or a message.
 */
const SECURITY_NOUN =
  /(?:^|[^\p{L}])(?:soldiers?|troops|army|police(?:men)?|guard|patrol|(?:guards|patrols)(?!\s+(?:the|a|an|its|their|his|her|our|every|each|this|that|these|those)\s)|commanders?|militants?|militias?|militiamen|gunmen|armed men|fighters|insurgents?|jihadists?|terrorists?|assailants|(?:military|American|US|U\.S\.|coalition|foreign|Western|NATO) (?:military )?advis[eo]rs|smugglers?|traffickers?|detainees?|prisoners?|inmates?|(?:sleeper|terror|terrorist|militant|jihadist|ISIS|IS|Daesh) cells|[Cc]aptagon|narcotics|hashish|crystal meth|methamphetamines?|contraband|(?<!(?:toy|plastic|wooden|replica|water|air|paintball|cardboard) )(?:pistols|rifles|rifle parts|assault rifles|ammunition|grenades|rocket launchers|RPGs|mortar shells)|(?<!(?:abandoned|disused|deserted|derelict|former|empty|ruined) )checkpoints?(?! inhibitors?)|(?:army|military|border|frontier|guard|police|sentry|observation) posts?|posts (?:facing|opposite|overlooking)|customs(?= (?:officers?|officials?|agents?|guards?|police|inspectors?|authorit(?:y|ies)|service|directorate|department|teams?|had|has|have|seized?|seizes|confiscated|intercepted|caught|stopped|found)))(?![\p{L}])/u;

/**
 * Forces that are armed bodies: "security forces", "the Border Forces", "Iraqi forces". A
 * qualifier that makes them armed is read in any case, the plural head being no product's name;
 * a name or demonym before them ("US forces", "American occupation forces") only mid-sentence,
 * since "Market forces" opens a sentence too.
 */
const ARMED_FORCES =
  /\b(?:security|armed|government|regime|opposition|rebel|occupation|foreign|ground|border|special|allied|partner|coalition|federal|tribal|counter-?terrorism|anti-?terrorism) forces\b/i;
const NAMED_FORCES = /[^\s.!?]\s+\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)? forces(?![\p{L}])/u;

/** A sentence with its first letter in lower case: "Soldiers were ..." opens with a common noun. */
const lowerInitial = (s: string) =>
  s.replace(/^(\P{L}*)(\p{L})/u, (_m, pre: string, c: string) => pre + c.toLowerCase());

/**
 * Whether a report (an event, a threat, a measure or a count) involves a security participant: a body the
 * lexicon types as armed or state security, a prison, camp, base or crossing, or armed men,
 * guards or detainees its sentence names. A metaphor ("a jailbreak rally", storks that "infiltrate"
 * a province, a firewall "guarding the border" of a network) carries the theme's words without one.
 */
export function securityGrounded(r: Pick<Report, "own" | "named" | "sentenceText">): boolean {
  return securityEntity(r) || securityWords(r.sentenceText);
}

const securityEntity = (r: Pick<Report, "own" | "named">) =>
  [...r.own, ...r.named].some((e) => e.kind !== null && SECURITY_KINDS.has(e.kind));
/**
 * A sentence about heavenly bodies: comets, asteroids, meteorites, planets, the solar system.
 * Lectures and science pages give them the roles of people ("comets, the icy smugglers of the
 * outer solar system", "the snow line as a checkpoint between the planets"): the common nouns for
 * smugglers, guards or checkpoints in such a sentence name images, not participants. Forces it
 * names as forces ("border forces seized meteorites") and goods told as smuggled still count.
 */
const CELESTIAL =
  /\b(?:comets?|asteroids?|meteorites?|meteors?|meteoroids?|planetesimals?|(?:inner |outer |rocky |giant |dwarf )?planets|exoplanets?|solar system|galax(?:y|ies)|nebulae?)\b/i;
const securityWords = (sentence: string) => {
  const s = literal(sentence);
  return (
    (!CELESTIAL.test(s) && SECURITY_NOUN.test(lowerInitial(s))) ||
    ARMED_FORCES.test(s) ||
    NAMED_FORCES.test(s) ||
    SMUGGLED_GOODS.test(s)
  );
};

/**
 * The term of a comparison, to the end of its clause: what a sentence likens something to
 * ("which the trainer compared to keeping a prisoner who cannot escape", "fled like an inmate",
 * "as if guarded by soldiers") is an image, not a participant of what it reports. A comparison of
 * figures ("down 4 percent compared with October") names a period, not an image, and is kept: the
 * image is a generic one (after "a", "an" or an -ing verb) or introduced by "like a", "as if",
 * "as though", "akin to".
 */
const SIMILE =
  /\b(?:(?:compar(?:ed|es|ing)|liken(?:ed|s|ing))\s+(?:\p{L}+\s+){0,3}?(?:to|with)\s+(?:a|an|\p{L}+ing)\s|like\s+(?:a|an)\s|as\s+(?:if|though)\s|akin\s+to\s)[^,;.!?]*/giu;
/**
 * A part someone plays, to the end of its clause: "volunteers played the guards", "pupils playing
 * prisoners", "cast as a smuggler", "in the role of the border police". The object of "play" or
 * "cast as" is a character of a game, drill or show, not a participant of the sentence; whoever
 * plays it stays one ("soldiers played the insurgents in the exercise" keeps its soldiers). A
 * disguise ("gunmen dressed as police", "posing as soldiers") is left alone: it is what real
 * attackers do, and the sentence tells of them.
 */
const ROLE =
  /\b(?:play(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:roles?|parts?)\s+of\s+)?|cast\s+as\s+|in\s+the\s+(?:roles?|parts?)\s+of\s+)(?=(?:the\s+|a\s+|an\s+)?(?:\p{L}+\s+)?(?:soldiers?|troops|police(?:men)?|guards?|wardens?|jailers?|gaolers?|militants?|militiamen|gunmen|fighters|insurgents?|terrorists?|smugglers?|traffickers?|detainees?|prisoners?|inmates?|convicts?)(?![\p{L}]))[^,;.!?]*/giu;
const literal = (s: string) => s.replace(SIMILE, " ").replace(ROLE, " ");

/**
 * Goods told as smuggled: "smuggled fuel and cigarettes", "fuel smuggled in from Iraq", "smuggled
 * Iraqi flour". The participle implies the smugglers, as "contraband" does, and the goods are the
 * concrete trade a border's forces work against; smuggling told of data, ideas or jokes ("the
 * smuggling of customer data", "smuggled a joke into the speech") is a metaphor and names none.
 */
const GOODS =
  "fuel|diesel|petrol|gasoline|benzine|kerosene|oil|cigarettes|tobacco|flour|wheat|grain|sugar|rice|goods|livestock|sheep|cattle|weapons|arms|ammunition|explosives|drugs|medicines?|antiquities|vehicles|cars";
const SMUGGLED_GOODS = new RegExp(
  `\\bsmuggled\\s+(?:\\p{L}+\\s+)?(?:${GOODS})(?![\\p{L}])|\\b(?:${GOODS})\\s+(?:(?:was|were|is|are|being|been)\\s+)?smuggled\\b`,
  "iu",
);

/**
 * Animals, in lower case: the common nouns for beasts and insects that escape, swarm, stray or
 * cross a border ("a swarm" is left out: drones swarm too).
 * Words that also name armed groups or people ("Grey Wolves", "hawks", "lions of ...") count only
 * in lower case, as the subject of their sentence.
 */
const ANIMALS =
  "animals?|beasts?|insects?|bees|honeybees|hornets?|wasps?|locusts?|mosquito(?:es)?|lions?|lionesses|tigers?|leopards?|cheetahs?|bears?|wolves|wolf|hyenas?|jackals?|foxes|fox|boars?|monkeys?|baboons?|apes?|elephants?|giraffes?|zebras?|camels?|horses?|ponies|pony|donkeys?|mules?|cattle|cows?|bulls?|calves|sheep|goats?|pigs?|livestock|gazelles?|deer|antelopes?|birds?|storks?|flamingos?|ostriches|ostrich|snakes?|crocodiles?|fish|fishes|carp|trout|salmon|catfish|tilapia|sturgeons?|eels?";
/**
 * What opens an animal subject: an article or possessive, a number, perhaps rounded ("some 30,000",
 * "about 4,000"), or a part of a set ("some of the", "most of its").
 */
const DETERMINER =
  "the|a|an|its|their|his|her|our|some|several|many|dozens of|hundreds of|thousands of|two|three|four|five|six|seven|eight|nine|ten|(?:(?:some|about|around|nearly|almost|over|more than|up to)\\s+)?\\d[\\d,.]*(?:\\s+(?:hundred|thousand|million))?|(?:some|many|most|all|several|none|dozens|hundreds|thousands|a few) of (?:the|its|their|his|her|our|these|those)";
/**
 * A sentence whose subject is animals: a determiner or number, at most one modifier ("escaped",
 * "circus", "wild"), and an animal noun, perhaps with a second ("Three lions and a bear"), or a
 * herd or flock of them. Fighters that jihadist language names after beasts are none: "lone
 * wolves" attack alone, and "lions of the caliphate" are its men.
 */
const ANIMAL_SUBJECT = new RegExp(
  `^\\P{L}*(?:(?:${DETERMINER})\\s+)?(?:(?:herds?|flocks?|packs?|pairs?) of\\s+)?(?:(?!lone\\s)[\\p{Ll}-]+\\s+)?(?:${ANIMALS})(?:\\s+and\\s+(?:(?:${DETERMINER})\\s+)?(?:${ANIMALS}))?(?![\\p{L}])(?!\\s+of\\s)`,
  "u",
);
const animalSubject = (s: string) => ANIMAL_SUBJECT.test(lowerInitial(s));

/**
 * The heads by which an article names an armed body it has qualified as one: "the terrorist
 * organisation that is active in the desert" makes a later "the organisation's cells" the same
 * body's cells, as "an armed group" does "the group".
 */
const ARMED_BODY =
  /\b(?:terrorist|armed|militant|jihadist|extremist|insurgent|smuggling|criminal) (organi[sz]ation|group|movement|faction|network|gang)s?\b/gi;
const NAMES_ARMED_BODY = new RegExp(ARMED_BODY.source, "i");
function armedBodies(sentences: readonly string[]): Set<string> {
  const heads = new Set<string>();
  for (const s of new Set(sentences))
    for (const m of s.matchAll(ARMED_BODY)) heads.add((m[1] ?? "").toLowerCase());
  return heads;
}
const refersToArmedBody = (s: string, heads: ReadonlySet<string>) =>
  [...heads].some((h) => new RegExp(`\\b(?:the|this|that) ${h}(?![\\p{L}])`, "iu").test(s));

/** An armed event (a battle, a bombing, an attack on civilians) a report asserts as having happened. */
const armedClash = (r: Partial<Pick<Report, "modality" | "codes">>) =>
  r.modality === "asserted" && ARMED.has(r.codes?.acled?.eventType ?? "");

/** A sentence opening with "they" as its subject ("They burn the harvest", "They then killed"). */
const THEY = /^\P{L}*they\s/iu;

/**
 * Why an article reports nothing on security, or null when some fact of it does: an article whose
 * typed facts never involve an armed or state security actor, a detention facility or a base uses
 * the theme's words for something else, however many of them it carries.
 *
 * Given `fits` (whether a fact's words fit some factor of the theme), only the facts that fit are
 * asked, and each by what its own sentence tells: a participant of the fact itself or one its own
 * sentence names. The story's lede lends a later sentence its places and actors for reading, never
 * its grounding: a wildfire that "crossed the border" west of a crossing and later "reached the
 * border wall" is no security event because the lede named the crossing, nor are "embers" that
 * "infiltrated" fields an infiltration. A fact that fits no factor grounds nothing either: the
 * security actor must be the one that acts in what the theme weighs.
 */
export function ungroundedReason<
  R extends Pick<Report, "own" | "named" | "sentenceText"> &
    Partial<Pick<Report, "sentenceNamed" | "sentence" | "modality" | "codes">>,
>(reports: readonly R[], fits?: (r: R) => boolean, clashesGround = true): string | null {
  const bodies = armedBodies(reports.map((r) => r.sentenceText));
  // A sentence whose subject is "they" tells of the group the sentence before it named: after "the
  // men of the black banners have doubled their night visits", "They burn the harvest ... and
  // killed a mukhtar" is an act of those armed men. Only a body the lexicon types as armed or
  // security (not a noun that may be a metaphor's) lends its grounding so, and only to the next sentence.
  const armedAt = new Set(
    reports
      .filter(
        (r) => r.sentence !== undefined && securityEntity({ own: r.own, named: r.sentenceNamed ?? r.named }),
      )
      .map((r) => r.sentence),
  );
  const namedJustBefore = (r: R) =>
    r.sentence !== undefined && THEY.test(r.sentenceText) && armedAt.has(r.sentence - 1);
  // Each sentence is read once, however many facts it holds.
  const read = new Map<string, boolean>();
  const words = (s: string) => {
    const known = read.get(s);
    if (known !== undefined) return known;
    // A sentence that names such a body itself ("smuggling gangs pass through their area at
    // night", "an armed group took the road") names armed participants, as "smugglers" does.
    const found = securityWords(s) || NAMES_ARMED_BODY.test(s) || refersToArmedBody(s, bodies);
    read.set(s, found);
    return found;
  };
  const grounded = (r: R) => {
    // Animals that break out of a circus camped on the Al-Hol road, or cross the border near a
    // crossing, are no detainees or militants: the places name where they went, not who acted.
    if (animalSubject(r.sentenceText)) return words(r.sentenceText);
    if (fits ? securityEntity({ own: r.own, named: r.sentenceNamed ?? [] }) : securityEntity(r)) return true;
    return words(r.sentenceText) || namedJustBefore(r);
  };
  // Whether a fact fits is asked last: it is the costly question. An armed clash told as having
  // happened, with a security actor its own sentence names ("both gunmen were killed by the army"),
  // makes the article security news even when that clash fits no factor: its other facts (a wall,
  // a trench, a drone over the line) are then told of the same front, not of a metaphor.
  if (reports.some((r) => grounded(r) && (!fits || fits(r) || (clashesGround && armedClash(r))))) return null;
  const animals = reports.some(
    (r) =>
      animalSubject(r.sentenceText) &&
      (fits ? securityEntity({ own: r.own, named: r.sentenceNamed ?? [] }) : securityEntity(r)),
  );
  return `none of its events, threats or measures involves an armed or state security actor, a detention facility or a base${animals ? " (the prison, camp or crossing it names is only where animals went)" : ""}: its words for escapes, attacks, borders or smuggling are used of something else`;
}

/** `depictionFrame` of an extracted article: its title, its sentences and its asserted armed events. */
export function articleFrame(doc: Pick<SourceDocument, "article" | "facts">): string | null {
  // Satire invents its events, armed ones included: none of them is news, whatever it tells.
  const satire = satireFrame(
    doc.article,
    doc.facts.sentences.map((s) => s.text),
  );
  if (satire)
    return `the article is satire, not a report of real events: ${satire}, and its events and quotes are invented`;
  const armedFacts = doc.facts.facts.filter(
    (f) => f.modality === "asserted" && ARMED.has(f.codes?.acled?.eventType ?? ""),
  );
  // Places and actors the lexicon knows are real; a game's invented towns and militia are not.
  const known = new Set(
    everyEntity(doc.facts)
      .filter((e) => e.lexiconId)
      .map((e) => e.id),
  );
  const real = new Set(
    armedFacts.filter((f) => f.entities.some((id) => known.has(id))).map((f) => f.sentence),
  );
  return depictionFrame(
    doc.article.title ?? "",
    doc.facts.sentences.map((s) => s.text),
    new Set(armedFacts.map((f) => f.sentence)),
    real,
  );
}

/**
 * "Sends its own gunmen to escort the loads to the wall", "drove up to the berm": a barrier named
 * only as where someone takes something is a landmark of the route, no fortification built,
 * extended or manned. Read when every barrier word of the sentence follows a preposition of motion
 * towards it ("to", "towards", "as far as"; not "reached": attackers stopped before they reached
 * the wall were stopped at a line of defence) and the sentence tells of no building of it. So is
 * one named only as what was crossed ("fresh vehicle tracks across the berm suggest that smugglers
 * are still crossing", "climbed over the fence"): the barrier passed shows the crossing, not a
 * line that holds. So is one named only as what someone approaches, in a sentence that stops
 * nobody ("tracked armed groups approaching the border berm at night"): where they were headed, no
 * line built or manned. Men stopped as they approached it ("were arrested as they approached the
 * fence") were stopped at a line of defence, and the barrier stays.
 */
const BARRIER_DESTINATION =
  /\b(?:to|towards?|as far as|across|over|through|under)\s+(?:the|a|that|this)\s+(?:border\s+)?(?:walls?|fences?|berms?|barriers?|trench(?:es)?|ditch(?:es)?)\b/gi;
const BARRIER_WORD =
  /\b(?:walls?|fences?|berms?|barriers?|trench(?:es)?|ditch(?:es)?|fortif\w*|watchtowers?)\b/i;
const BARRIER_BUILT =
  /\b(?:buil[dt]\w*|erect\w*|construct\w*|complet\w*|finish\w*|extend\w*|extension|reinforc\w*|install\w*|dig\w*|dug|rais\w*|repair\w*|new|concrete|metres?|meters?|kilomet(?:re|er)s?|km|high|tall)\b/i;
/** A barrier approached, and the words of a stop that keep it a line of defence. */
const BARRIER_APPROACHED =
  /\bapproach(?:ed|es|ing)?\s+(?:the|a|that|this)\s+(?:border\s+)?(?:walls?|fences?|berms?|barriers?|trench(?:es)?|ditch(?:es)?)\b/gi;
const STOPPED_AT =
  /\b(?:arrest\w*|caught|captur\w*|detain\w*|intercept\w*|stopp\w*|repel\w*|repuls\w*|turned back|pushed back|killed|shot|fired on|opened fire|engag\w*)\b/i;

/** "To the wall, which now runs along the whole sector": the barrier described, not only reached. */
const BARRIER_DESCRIBED =
  /\b(?:walls?|fences?|berms?|barriers?|trench(?:es)?|ditch(?:es)?)\s*,?\s+(?:which|that|where)\b/i;

/** Whether a fortification report's only barrier is a landmark someone moves towards. */
export function barrierOnlyDestination(r: Pick<Report, "tags" | "sentenceText">): boolean {
  if (!r.tags.includes("fortification")) return false;
  const towards = r.sentenceText.replace(BARRIER_DESTINATION, " ");
  const rest = STOPPED_AT.test(r.sentenceText) ? towards : towards.replace(BARRIER_APPROACHED, " ");
  if (rest === r.sentenceText || BARRIER_WORD.test(rest)) return false;
  return !BARRIER_BUILT.test(r.sentenceText) && !BARRIER_DESCRIBED.test(r.sentenceText);
}

/**
 * "The Ministry will continue its work to return the remaining citizens": a return promised, not
 * one carried out (ANNOTATION rule 13: a pledge is no repatriation). Read of a repatriation whose
 * sentence tells it only as what a body will do or means to do; "returned 40 citizens on Monday
 * and will continue its work to return the rest" tells a return done, and keeps it.
 */
const RETURN_PLEDGED =
  /\b(?:will|would|shall|intends?\s+to|plans?\s+to|pledged?\s+to|promised?\s+to|vowed?\s+to|(?:is|are)\s+determined\s+to)\s+(?:continue\s+(?:its|their|his|her|our)\s+(?:work|efforts?)\s+to\s+|(?:work|seek|strive|try)\s+to\s+)?(?:return|repatriate|bring\s+(?:back|home))\b/i;
const RETURN_DONE =
  /\b(?:returned|repatriated|brought\s+(?:back|home)|flew|flown|took\s+back|taken\s+back|arrived|landed)\b/i;

/** Whether a repatriation report is only a return pledged. */
export function returnPledgedOnly(r: Pick<Report, "tags" | "sentenceText">): boolean {
  return (
    r.tags.includes("repatriation") &&
    RETURN_PLEDGED.test(r.sentenceText) &&
    !RETURN_DONE.test(r.sentenceText)
  );
}

/**
 * "No group had claimed the ambush by Monday morning": an attack named only as what nobody has
 * claimed is the attack already told, referred back to; the sentence tells who has not owned it.
 * Read only when the sentence is that and nothing more: "no group has claimed the ambush, which
 * killed four soldiers" tells the toll.
 */
const ONLY_UNCLAIMED =
  /^\W*(?:no\s+(?:group|one|organi[sz]ation|faction)|nobody|none)\s+(?:has|had|have)\s+(?:yet\s+|so\s+far\s+)?claimed\s+(?:responsibility\s+for\s+)?(?:the|this|that|[\p{Lu}][\p{L}'’-]*(?:'s|’s))\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|ambush|bombing|blast|raid|assault|killing|killings|explosion)s?(?:\s+(?:by|as\s+of|until|so\s+far|yet)\b[^,;]*)?\W*$/iu;

/** Whether a report's sentence only tells that no one has claimed an attack already told. */
export function unclaimedOnly(r: Pick<Report, "sentenceText">): boolean {
  return ONLY_UNCLAIMED.test(r.sentenceText);
}

/**
 * "The ambush recalls the dark years when the organisation ruled Palmyra": an attack named by a
 * definite reference as what it recalls is the attack already told, referred back to; the
 * sentence tells what it evokes, history, no new attack. Read only when the sentence adds no toll
 * or deed of its own: "the ambush, which killed six, recalls 2016" tells the toll.
 */
const ONLY_RECALLED =
  /^\W*(?:the|this|that|these|those|(?:the\s+)?latest|(?:the\s+)?last)\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|ambush(?:es)?|bombings?|blasts?|raids?|assaults?|killings?|explosions?|escapes?|breakouts?|jailbreaks?|clash(?:es)?|incidents?)\s+(?:(?:has|have|had)\s+)?(?:recalls?|recalled|evokes?|evoked|echoe?s|echoed|revives?\s+memories\s+of|revived\s+memories\s+of|brings?\s+back\s+memories\s+of|brought\s+back\s+memories\s+of|(?:is|was|are|were)\s+reminiscent\s+of)\b/iu;
const DEED_OF_ITS_OWN = /\b(?:killing|killed|wounding|wounded|injuring|injured|dead|which|who)\b/i;

/** Whether a report's sentence only tells what an attack already told recalls. */
export function recalledOnly(r: Pick<Report, "sentenceText">): boolean {
  return ONLY_RECALLED.test(r.sentenceText) && !DEED_OF_ITS_OWN.test(r.sentenceText);
}

/**
 * "The two governments agreed that the military mission of the US-led coalition will end by
 * September": a mission's end with the force named between ("the mission of <the coalition>
 * will end") is the same agreed departure as "the mission will end", which the themes read as a
 * withdrawal; the agreement is its terms. "The mission of the coalition will continue" or "will
 * expand" ends nothing.
 */
const MISSION_OF_FORCE_ENDS =
  /\bmission\s+of\s+(?:the\s+)?[^.;,]{1,60}?\s+(?:will|would|shall|is\s+to|is\s+(?:set|due|expected|scheduled)\s+to)\s+(?:end|conclude|wind\s+down|come\s+to\s+an\s+end|be\s+(?:ended|concluded|wound\s+down))\b/i;

/** Whether a report of talks or an agreement tells a force's mission ending, its name between. */
export function missionOfForceEnds(r: Pick<Report, "kind" | "tags" | "sentenceText">): boolean {
  return (
    r.kind !== "quantity" &&
    r.tags.includes("diplomacy") &&
    !r.tags.includes("troop-withdrawal") &&
    MISSION_OF_FORCE_ENDS.test(r.sentenceText)
  );
}

/**
 * "Guards intercepted a group of smugglers crossing from Syria. The smugglers opened fire, and
 * two were killed": an interception whose next sentence opens on the fight it led to stopped
 * nothing yet; it is the run the clash then tells (ANNOTATION rule 2, "before the clash is told"),
 * and the clash is the event. Read only of "intercepted" with no other word of a stop in the
 * sentence ("intercepted and arrested six men", "intercepted and seized a truck" stay stops), and
 * only where the next sentence opens on shooting: "intercepted a truck near Al-Qaim. The driver was
 * arrested" is a stop told in two sentences.
 */
const INTERCEPTED = /\bintercept(?:ed|s|ing)?\b/i;
const OTHER_STOP =
  /\b(?:seiz\w*|arrest\w*|caught|captur\w*|detain\w*|foil\w*|thwart\w*|turned\s+back|pushed\s+back|stopped|confiscat\w*|repel\w*|repuls\w*)\b/i;
const OPENS_ON_SHOOTING =
  /^\P{L}*(?:[\p{L}'’-]+\s+){0,4}?(?:opened\s+fire|fired\s+(?:on|at)|exchanged\s+fire|shot\s+at|clashed|engaged\s+(?:the|our)\s+forces)\b/iu;

/** Whether a report's stop is an interception that the next sentence tells turned into a fight. */
export function interceptionBeforeClash(
  r: Pick<Report, "kind" | "tags" | "sentenceText" | "followedBy">,
): boolean {
  if (r.kind !== "countermeasure" && r.kind !== "quantity") return false;
  if (!INTERCEPTED.test(r.sentenceText) || OTHER_STOP.test(r.sentenceText)) return false;
  return OPENS_ON_SHOOTING.test(r.followedBy ?? "");
}

/**
 * "Thermal cameras now cover the sectors most used by infiltrators", "towers watch the tracks
 * favoured by smugglers": crossers named only as who uses a place a measure covers describe the
 * place, the measure's target; the sentence tells the measure, not an attempt or a run. Read of a
 * threat whose sentence has no other word of crossing or of the trade once that attribute is set
 * aside: "infiltrators used the sectors the cameras do not cover" tells the crossers' deed.
 */
const USED_BY_CROSSERS =
  /\b(?:sectors?|areas?|routes?|paths?|tracks?|trails?|crossings?|points?|stretch(?:es)?|valleys?|gaps?|passes|wadis?)\s+(?:(?:most|more|often|frequently|commonly|mostly|usually|long|heavily)\s+)?(?:used|favou?red|frequented|preferred|taken|chosen|exploited|targeted)\s+by\s+(?:the\s+)?(?:infiltrators|smugglers|militants|crossers|traffickers|gunmen|(?:armed\s+)?groups)\b/gi;
const CROSSING_WORD =
  /\b(?:infiltrat\w*|smuggl\w*|traffick\w*|militants?|crossers?|cross(?:es|ed|ing)?|sneak\w*|attempts?)\b/i;

/** Whether a threat's only crossers are named as the users of a place a measure covers. */
export function crossersOnlyOfPlace(r: Pick<Report, "kind" | "sentenceText">): boolean {
  if (r.kind !== "threat") return false;
  const rest = r.sentenceText.replace(USED_BY_CROSSERS, " ");
  return rest !== r.sentenceText && !CROSSING_WORD.test(rest);
}

/**
 * "A riot broke out in one wing of the prison on Sunday night, and our forces ended it within two
 * hours": a riot or an attack at a detention site that a later clause of the same sentence tells
 * put down is, like an attack "repelled", the guard force keeping control of the site (ANNOTATION
 * rule 8), not an outbreak still under way; so is "a cell tried to storm the centre with a car
 * bomb, and our forces repelled the attack", the repulse told in the clause after the attack's
 * words rather than in them. Read of the clause after the report's own words, so
 * that "guards ended the riot in one wing, and a second riot broke out in another" keeps the
 * second.
 */
const ENDED_BY_FORCE =
  /\b(?:ended|quelled|contained|suppressed|put\s+down|put\s+an\s+end\s+to)\s+(?:it|them|the\s+(?:riot|mutiny|uprising|unrest|disturbance|attack|revolt))\b|\bbrought\s+(?:it|them|the\s+(?:riot|mutiny|uprising|unrest|situation))\s+under\s+control\b|\brestored\s+(?:order|control)\b|\b(?:repelled|repulsed|beat\s+back|drove\s+(?:back|off)|fought\s+off|foiled|thwarted)\s+(?:it|them|the\s+(?:attack|attackers|assault|raid|assailants|gunmen))\b/i;

/**
 * An armed attack told at a detention site, whatever word tells it: "a cell tried to storm the
 * centre with a car bomb and rifles, and our forces repelled the attack" is the attack on the site
 * though "centre" names no prison; the site is the fact's (`detention-facility`).
 */
const ATTACK_TYPES = new Set(["Battles", "Explosions/Remote violence"]);
const attackAtSite = (r: Partial<Pick<Report, "tags" | "codes">>) =>
  (r.tags ?? []).some((t) => t === "riot" || t === "prison-attack") ||
  (ATTACK_TYPES.has(r.codes?.acled?.eventType ?? "") && !(r.tags ?? []).includes("airstrike"));

/** Whether a riot or an attack at a detention site is told, in its own sentence, as put down after. */
export function endedAtSite(
  r: Pick<Report, "kind" | "tags" | "text" | "sentenceText"> & Partial<Pick<Report, "codes">>,
): boolean {
  // "Six gunmen tried to storm the prison, and our forces repelled the attack": an attempt (a
  // threat) told beaten back in the same sentence is stopped, as an attack is (ANNOTATION rule 1).
  if ((r.kind !== "event" && r.kind !== "threat") || !r.tags.includes("detention-facility")) return false;
  if (!attackAtSite(r)) return false;
  const at = r.text ? r.sentenceText.indexOf(r.text) : -1;
  if (at < 0) return false;
  return ENDED_BY_FORCE.test(r.sentenceText.slice(at + r.text.length));
}

/**
 * "Government forces withdrew from the desert checkpoints to reinforce the north, leaving them
 * unmanned": a force that leaves an area to reinforce another is a departure from the area the
 * sentence tells of, and the reinforcement only says where it went. The deployment is read away
 * when the withdrawal governs it ("withdrew ... to reinforce", in one clause) and the sentence
 * tells the place left empty (the extractor's `security-vacuum`). "A brigade was moved from the
 * Jordanian border to reinforce Al-Qaim" leaves nothing empty and stays a reinforcement.
 */
const WITHDREW_TO_REINFORCE =
  /\b(?:withdr(?:ew|awn|aws|awing|aw)|pulled\s+(?:out|back)|pull(?:s|ing)?\s+(?:out|back)|abandon(?:ed|s|ing)?)\b[^.;,]{0,80}?\bto\s+(?:reinforce|bolster|strengthen|shore\s+up|back\s+up)\b/i;

/** Whether a report's deployment is only the purpose of a withdrawal that left its area empty. */
export function reinforcesElsewhere(r: Pick<Report, "tags" | "sentenceText">): boolean {
  return (
    r.tags.includes("troop-deployment") &&
    r.tags.includes("security-vacuum") &&
    WITHDREW_TO_REINFORCE.test(r.sentenceText)
  );
}

/**
 * "Iraq's Border Forces raised their state of alert along the frontier opposite Hasakah after the
 * riot": a riot named only as the occasion of a measure at the border, in the measure's closing
 * clause of time or cause, happened elsewhere (at the prison); the measure was taken at the border,
 * and the riot is no part of it. "Guards put down the riot at the border post" is a riot there.
 */
const RIOT_OCCASION =
  /\b(?:after|following|since|in the wake of|in response to|because of)\s+(?:(?:the|a|an|this|that)\s+|(?:last\s+)?\p{L}+['’]s\s+)(?:[\p{L}'’-]+\s+){0,3}?(?:riots?|rioting|mutin(?:y|ies))\b[^,;]*$/iu;
const RIOT_WORD = /\b(?:riot\w*|mutin\w*)\b/i;

/** Whether a border measure's riot is only the occasion told in its closing clause. */
export function riotOnlyOccasion(r: Pick<Report, "kind" | "tags" | "text">): boolean {
  if (r.kind !== "countermeasure" || !r.tags.includes("riot") || !r.tags.includes("border-security"))
    return false;
  const m = RIOT_OCCASION.exec(r.text);
  return m !== null && !RIOT_WORD.test(r.text.slice(0, m.index));
}

/**
 * "A border is a line you guard every night, not a wall you build once": a thing named with the
 * generic "you" ("a wall you build", "a fence you can climb") is what such a thing is, a maxim,
 * no report of one. Read of a fact whose own words lie in such a phrase.
 */
const GENERIC_YOU =
  /\b(?:a|an|any)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:that\s+)?you\s+(?:can\s+|could\s+|would\s+|must\s+|have to\s+|need to\s+)?\p{L}+(?:\s+(?:once|twice|every\s+\p{L}+|each\s+\p{L}+|again|forever|for good))?/giu;

/**
 * "A wall, however, is only as good as the men who watch it", "a fence is no stronger than its
 * weakest post": a thing named with the indefinite article and weighed against what it depends on
 * is a maxim about such things, no report of one.
 */
const MAXIM =
  /\b(?:a|an|any|every)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?:\s*,\s*(?:however|though|of course|after all|in the end)\s*,)?\s+(?:is|remains|will be|can be)\s+(?:only\s+as\s+\p{L}+\s+as|no\s+(?:more\s+\p{L}+|\p{L}+er)\s+than)\b/giu;

/** Whether a fact is only a thing named with the generic "you", or the subject of a maxim. */
export function genericYouOnly(r: Pick<Report, "text" | "sentenceText">): boolean {
  const text = r.text.trim();
  if (!text) return false;
  return maximPhrases(r.sentenceText).some((m) => m.includes(text));
}
/** The phrases of a sentence that name a thing with the generic "you" or make it a maxim's subject. */
const maximPhrases = perSentence((s) => [...s.matchAll(GENERIC_YOU), ...s.matchAll(MAXIM)].map((m) => m[0]));

/**
 * "Amnesty calls on the Autonomous Administration to allow independent monitors into the annex
 * and on states to repatriate their nationals": a sentence that opens as an appeal (its subject,
 * then a verb of calling on someone to act) tells what is asked for, not what was done. What the
 * sentence goes on to tell in a clause of its own ("... and is concerned about the northeast, where
 * no authority now controls the border", "... and notes that 46 families were returned", "... and
 * said Paris had brought home 18 women") is told, as is a reason given ("... after 12 detainees
 * escaped"). So is a report's recommendation ("The
 * Monitoring Team recommends that the Committee consider listing the facilitators who run the camp
 * escape networks", "the institute recommends that Baghdad speed up repatriations"): what it
 * proposes to do is asked for, not told, as what it recommends be sped up, stepped up, resumed or
 * funded ("recommends that states speed up the return of their nationals"), or kept paid for ("the
 * authors recommend that donors commit funding for the guard force").
 */
const APPEAL_SENTENCE =
  /^\s*(?:[\p{L}'’.-]+\s+){1,6}?(?:(?:(?:calls|called|is calling)\s+(?:on|upon)|urges|urged|is urging|(?:appeals|appealed)\s+to)\s+(?:[\p{L}'’.-]+\s+){0,8}?to\s+\p{Ll}+|(?:recommends|recommended|recommend|proposes|proposed|propose|suggests|suggested|suggest)\s+that\s+(?:[\p{L}'’.-]+\s+){0,8}?(?:consider|should|must|be|adopt|take|list|designate|impose|establish|provide|increase|allow|repatriate|speed|step|accelerate|expand|resume|fund|end|close|strengthen|share|create|reinforce|deploy|build|send|ensure|commit|continue|pay|keep|maintain)\b)/u;
const APPEAL_ENDS =
  /[;:]|\b(?:because|after|since|following|as|when|given)\b|\band\s+(?:(?:is|are|was|were|has|have|had|remains?|remained|said|told|wrote)\b|\p{Ll}+(?:s|ed)\b(?!\s+(?:to|on|upon)\b))|\b(?:notes?|noted|noting|says?|said|saying|adds?|added|adding|reports?|reported|reporting)\s+that\b/iu;

/** A fact's own words, trimmed, and where they start in its sentence (-1 when they are not found there). */
function ownWords(r: Pick<Report, "text" | "sentenceText">): { text: string; at: number } {
  const text = r.text.trim();
  return { text, at: text ? r.sentenceText.indexOf(text) : -1 };
}

/** Whether a fact's own words all lie before `end`, where the clause its sentence opens with closes. */
function onlyInClause(end: number | null, r: Pick<Report, "text" | "sentenceText">): boolean {
  if (end === null) return false;
  const { text, at } = ownWords(r);
  return at >= 0 && at + text.length <= end;
}

/** Whether a fact is only what an appeal asks for: all its words lie in the appeal's own clause. */
export function appealOnly(r: Pick<Report, "text" | "sentenceText">): boolean {
  return onlyInClause(appealEndOf(r.sentenceText), r);
}
/** Where a sentence that opens as `opening` ends that opening's own clause; null for any other. */
const clauseEnd = (opening: RegExp, s: string): number | null => {
  const m = opening.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  const end = APPEAL_ENDS.exec(rest);
  return m[0].length + (end ? end.index : rest.length);
};
/** Where a sentence that opens as an appeal ends its appeal's own clause; null for any other. */
const appealEndOf = perSentence((s) => clauseEnd(APPEAL_SENTENCE, s));

/**
 * "Deputies called for doubling the budget of the border guards and for harsher sentences for
 * smugglers": a sentence whose subject opens by calling for something tells what is asked for,
 * as an appeal does, up to where a clause of its own begins ("... and said the army had seized
 * ..."). Not a force that called for help, backup or reinforcements in a fight: that tells the
 * fight. (A call for a force to leave is the pressure to withdraw; the caller keeps it.)
 */
const CALL_FOR_SENTENCE =
  /^\s*(?:[\p{L}'’.-]+\s+){1,6}?(?:calls|called|are calling|is calling|have called|has called)\s+for\s+(?!(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+)?(?:help|backup|assistance|reinforcements?)\b)\p{L}+/u;
const callForEndOf = perSentence((s) => clauseEnd(CALL_FOR_SENTENCE, s));

/** Whether a fact is only what a call for something asks for: all its words lie in the call's clause. */
export function callForOnly(r: Pick<Report, "text" | "sentenceText">): boolean {
  return onlyInClause(callForEndOf(r.sentenceText), r);
}

/**
 * "One guard said that if the coalition's funding for salaries stopped, half of his colleagues
 * would leave": a fact told as the condition of an "if" or "unless" happened nowhere; it is what
 * the speaker supposes.
 */
const CONDITION_BEFORE = /\b(?:if|unless|in case)\s+$/i;
/**
 * The same condition told by inverting its verb, with no "if": "Were the last troops to leave,
 * the camps would be exposed", "Should the guards be paid late, ...", "Had the wall been
 * finished, ...". Only a sentence that opens on the inverted verb and closes the condition with a
 * comma before its main clause; a question ("Were the troops withdrawn?") asks, and is left alone.
 */
const INVERTED_CONDITION = /^\P{L}*(?:were|had|should)\s+(?!not\b)[^,;:?]{3,160}?,\s*\p{L}/iu;

/** Whether a fact is the condition an "if" or "unless" opens, or that an inverted verb opens. */
export function conditionOnly(r: Pick<Report, "text" | "sentenceText">): boolean {
  const { text, at } = ownWords(r);
  const read = conditionOf(r.sentenceText);
  if (read.openQuestion) return true;
  if (at > 0 && CONDITION_BEFORE.test(r.sentenceText.slice(0, at))) return true;
  if (read.invertedTo === null || at < 0) return false;
  return at + text.length < read.invertedTo;
}
/**
 * Of a sentence: whether it opens on an open "whether", and where an inverted condition it opens
 * on ends (null without one, or in a question).
 */
const conditionOf = perSentence((s) => {
  const inverted = INVERTED_CONDITION.exec(s);
  return {
    openQuestion: OPEN_QUESTION.test(s),
    invertedTo: inverted && !s.trim().endsWith("?") ? inverted[0].length : null,
  };
});

/**
 * "Whether the fence stops the smugglers will depend on how long the guards are paid": a sentence
 * that opens on a "whether" and says what it turns on, or that it is unknown, asks; nothing in it
 * is told as done. ("Whether or not the talks succeed, the troops left in May" tells its main clause.)
 */
const OPEN_QUESTION =
  /^\P{L}*whether\s+(?!or not\b)[^,;:]{3,160}?\s+(?:will|would|may|might|could)?\s*(?:depends?|depended|turns?|hinges?|remains? (?:to be seen|unclear|uncertain|an open question)|is (?:unclear|uncertain|not (?:yet )?clear|an open question))\b/iu;

/**
 * "The DoD OIG did not evaluate the condition of the vehicles transferred to the Iraqi army": an
 * overseer or a report telling what it did not examine states its own scope, nothing that happened
 * to what it names. What the sentence tells in a clause of its own (", where 12 detainees
 * escaped") is told. So does an outlet that could not check what it relays ("The agency could
 * not verify the account of the escape independently", "was unable to confirm the toll"): a note
 * on its sourcing, telling nothing that happened.
 */
const NOT_EXAMINED =
  /^\s*(?:[\p{L}'’.-]+\s+){1,5}?(?:(?:did not|does not|didn['’]t|doesn['’]t|will not|has not|have not)\s+(?:yet\s+)?(?:evaluate|assess|review|examine|audit|inspect|verify|investigate|look at|visit)|(?:could not|couldn['’]t|cannot|can not|can['’]t|(?:was|were|is|are|has been|have been) unable to)\s+(?:independently\s+)?(?:verify|confirm|corroborate))\b/iu;
const SCOPE_ENDS = /[;:]|,\s+(?:where|which|who|after|because|since|when|while)\b/i;

/** Whether a fact lies in an overseer's statement of what it did not examine. */
export function notExamined(r: Pick<Report, "text" | "sentenceText">): boolean {
  if (!NOT_EXAMINED.test(r.sentenceText)) return false;
  const end = SCOPE_ENDS.exec(r.sentenceText)?.index ?? r.sentenceText.length;
  return ownWords(r).at < end;
}
