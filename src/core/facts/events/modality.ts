import type { Token } from "../text/tokenize.js";
import { isVerbWord } from "../text/word-classes.js";

/**
 * Whether a fact is asserted, hypothetical or negated, read from the words before its
 * trigger in its clause: "could weaken them and lead to the escape" is hypothetical,
 * "no detainees escaped" is negated.
 */

export type Modality = "asserted" | "hypothetical" | "negated";

const HYPOTHETICAL = new Set([
  "could",
  "may",
  "might",
  "would",
  "should",
  "can",
  "if",
  "unless",
  "whether",
  "risk",
  "risks",
  "threat",
  "threaten",
  "threatens",
  "fear",
  "fears",
  "feared",
  "possible",
  "possibly",
  "potential",
  "potentially",
  "likely",
  "unlikely",
  "desire",
  "want",
  "wants",
  "seek",
  "seeks",
  "trying",
  "try",
  "tries",
  "attempt",
  "attempts",
  "plan",
  "plans",
  "intend",
  "intends",
  "aim",
  "aims",
  "prevent",
  "prevents",
  "stop",
  "avoid",
  "premature",
  "asked",
  "ask",
  "asks",
  "urged",
  "urge",
  "urges",
  "called",
  "call",
  "calls",
  "demanded",
  "demand",
  "demands",
  "appealed",
  "appeal",
  // An invitation asks for what follows as urging does: "I invite any journalist to come and see
  // the wall" tells of a visit wished for, not of one made.
  "invite",
  "invites",
  "invited",
]);
/** Verbs of an offer or a proposal, before "to": "offered to build", "proposes to share". */
const OFFERED = new Set([
  "offer",
  "offers",
  "offered",
  "offering",
  "propose",
  "proposes",
  "proposed",
  "proposing",
]);
const NEGATION = new Set([
  "no",
  "not",
  "never",
  "none",
  "nobody",
  "neither",
  "nor",
  "without",
  "denied",
  "n't",
  "refuse",
  "refuses",
  "refused",
  "declined",
]);
const NEGATION_REACH = 4;
/** Verbs of trying that did not succeed, before "to": "failed to", "struggled to". */
const UNACHIEVED = new Set(["failed", "fails", "fail", "struggled", "struggles", "struggling", "unable"]);
const ATTEMPTS = new Set(["attempt", "attempts", "try", "trying", "tried"]);
const AUXILIARIES = new Set([
  "had",
  "has",
  "have",
  "been",
  "managed",
  "able",
  "to",
  "succeeded",
  "in",
  "was",
  "were",
]);
/** Verbs saying that what follows was stopped before it happened. */
const FOILED = new Set(["foiled", "thwarted", "prevented", "averted", "frustrated"]);
const FOILED_REACH = 9;
/** Verbs of stopping an act under way; with "attempts" as object, the attempts were someone else's. */
const STOPPING = new Set([
  ...FOILED,
  "stop",
  "stopped",
  "stopping",
  "intercepted",
  "blocked",
  "repelled",
  "repulsed",
  "halted",
]);
const CALLED_FALSE = new Set([
  "untrue",
  "false",
  "baseless",
  "fabricated",
  "unfounded",
  "incorrect",
  "groundless",
]);
/** Words of truth that, denied ("are not correct"), call an account false. */
const CALLED_TRUE = new Set(["correct", "true", "accurate"]);
const FALSE_REACH = 14;
const DENYING = new Set([
  "denied",
  "denies",
  "deny",
  "denying",
  "refuted",
  "refutes",
  "refute",
  "dismissed",
  "dismisses",
  "dismiss",
  "rejected",
  "rejects",
  "reject",
  "rejecting",
]);
/** The words between a denial and the that-clause it denies: "denied (media) reports that". */
const DENIED_ACCOUNT = new Set([
  "that",
  "the",
  "reports",
  "claims",
  "allegations",
  "accounts",
  "rumours",
  "rumors",
  "media",
  "press",
  "any",
  // "claims circulating online that": where the account goes round, told of the account.
  "circulating",
  "online",
]);
/** Participles that tell who spread an account: "reports circulated by some outlets". */
const SPREAD = new Set([
  "circulated",
  "published",
  "spread",
  "carried",
  "posted",
  "aired",
  "broadcast",
  "shared",
]);
/** How many words may name who spread an account. */
const SPREADER_REACH = 5;
/**
 * Whether the words ending at `k` are a phrase telling who spread an account, right after the
 * account's noun ("reports circulated by some media outlets", "claims published by a news site"):
 * the index of the token before the participle, or null. Only words may stand between "by" and
 * `k`, and the account's noun must come before the participle.
 */
function spreadBy(tokens: readonly Token[], k: number): number | null {
  for (let j = k; j >= 0 && k - j < SPREADER_REACH; j--) {
    const t = tokens[j];
    if (t?.kind !== "word") return null;
    if (t.norm !== "by") continue;
    if (j === k || !SPREAD.has(tokens[j - 1]?.norm ?? "")) return null;
    return /^(?:reports|claims|allegations|accounts|rumours|rumors|news)$/.test(tokens[j - 2]?.norm ?? "")
      ? j - 1
      : null;
  }
  return null;
}
/**
 * Whether the clause starting at `first` is what a denial before it denies: "denied that ...",
 * "denied reports that ...", "denies reports circulated by some media outlets that detainees
 * escaped" (who spread the account is told of the account, and the denial still reaches the
 * that-clause).
 */
function deniedAccount(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1, steps = 0, spread = false; k >= 0 && steps < 5; k--, steps++) {
    const n = tokens[k]?.norm ?? "";
    if (DENYING.has(n)) return true;
    const spreader = spread ? null : spreadBy(tokens, k);
    if (spreader !== null) {
      spread = true;
      k = spreader;
      continue;
    }
    if (!DENIED_ACCOUNT.has(n)) return false;
  }
  return false;
}
const MODAL_AFTER = new Set(["would", "could", "might", "may"]);
const AFTER_REACH = 4;
const INDEFINITE = new Set(["a", "an", "any"]);

/** Words of a comment sought or declined: "for comment on", "declined to comment on". */
const COMMENT_WORDS = new Set(["comment", "comments"]);
/** What makes a comment one sought or declined: "for comment", "to comment", "no comment". */
const COMMENT_SOUGHT = new Set(["for", "to", "no", "any"]);
/** Times of a happening a comment may be sought on: "on the night of the escape". */
const COMMENT_TIMES = new Set(["night", "day", "morning", "evening", "afternoon", "eve", "date", "time"]);
const COMMENT_DETERMINERS = new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her"]);
/**
 * Whether the happening at `trigger` is named only as what a comment was sought on or declined:
 * "could not reach the prison administration for comment on the escape", "the ministry declined
 * to comment on the attack" (not "commented on the escape of nine detainees", a comment given).
 * The noun refers to a happening the article tells elsewhere; the sentence is a note on sourcing
 * and tells nothing of its own.
 */
export function commentTopic(tokens: readonly Token[], trigger: number): boolean {
  let k = trigger - 1;
  // "on the reported escape", "on the alleged attack": up to two words before the noun.
  for (
    let d = 0;
    d < 2 &&
    k > 0 &&
    !COMMENT_DETERMINERS.has(tokens[k]?.norm ?? "") &&
    !TOPIC_PREPOSITIONS.has(tokens[k]?.norm ?? "");
    d++
  )
    k--;
  if (COMMENT_DETERMINERS.has(tokens[k]?.norm ?? "")) k--;
  // "for comment on the night of the escape", "to comment on the day of the attack": the
  // happening named as the time the comment was sought on is no more told than the topic is.
  if (
    tokens[k]?.norm === "of" &&
    COMMENT_TIMES.has(tokens[k - 1]?.norm ?? "") &&
    tokens[k - 2]?.norm === "the"
  )
    k -= 3;
  return (
    TOPIC_PREPOSITIONS.has(tokens[k]?.norm ?? "") &&
    COMMENT_WORDS.has(tokens[k - 1]?.norm ?? "") &&
    COMMENT_SOUGHT.has(tokens[k - 2]?.norm ?? "")
  );
}
/** What a source says it lacks: "has no information on", "no details about". */
const LACKED = new Set(["information", "details", "figures", "data"]);
/** Words that end the phrase a lack is about: a happening after them is told, not asked after. */
const LACK_ENDS = new Set(["after", "before", "when", "while", "as", "since", "and", "but", "because", ","]);
/**
 * Whether the happening at `trigger` is named only as what a source says it has no information on:
 * "The hospital has no information on the number of detainees who escaped", "no details about
 * the attack" (not "no information on casualties after gunmen attacked the post": the attack is
 * told). Like a comment declined, a note on sourcing that tells nothing of its own.
 */
export function lackedTopic(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  for (let k = trigger - 1; k > sentenceStart + 1 && k >= trigger - 8; k--) {
    const n = tokens[k]?.norm ?? "";
    if (LACK_ENDS.has(n) || LACK_ENDS.has(tokens[k]?.text ?? "")) return false;
    if (TOPIC_PREPOSITIONS.has(n) && LACKED.has(tokens[k - 1]?.norm ?? ""))
      return tokens[k - 2]?.norm === "no";
  }
  return false;
}
/** Gatherings whose subject follows "on" or "about": "a conference on the return of nationals". */
const GATHERINGS = new Set([
  "conference",
  "conferences",
  "meeting",
  "meetings",
  "talks",
  "workshop",
  "seminar",
  "summit",
  "forum",
  "symposium",
  "roundtable",
  "panel",
  "panels",
  "debate",
  "consultations",
]);
const TOPIC_PREPOSITIONS = new Set(["on", "about", "regarding", "concerning"]);
const TOPIC_REACH = 25;
/**
 * Whether the trigger is the subject of a gathering named before it in its clause: "a pledging
 * conference in Brussels on 26 November on the security of the camps and on the return of foreign
 * nationals". The trigger must be a definite noun after the preposition ("on the return"): a
 * meeting "on coordinating against smuggling" is itself the coordination. Nothing between the
 * gathering and the trigger may close the phrase (a comma, a verb of the clause).
 */
function gatheringTopic(tokens: readonly Token[], clauseFirst: number, trigger: number): boolean {
  // "a panel on what the end of the mission will mean": a question the gathering is about.
  const asked = /^(?:what|how|whether)$/.test(tokens[trigger - 2]?.norm ?? "");
  const prep = trigger - (asked ? 3 : 2);
  if (!TOPIC_PREPOSITIONS.has(tokens[prep]?.norm ?? "") || tokens[trigger - 1]?.norm !== "the") return false;
  for (let k = prep - 1; k >= clauseFirst && trigger - k <= TOPIC_REACH; k--) {
    const n = tokens[k]?.norm ?? "";
    if (n === "," || n === ";" || n === ".") return false;
    if (GATHERINGS.has(n)) return true;
    if (FINITE_VERBS.has(n)) return false;
  }
  return false;
}
const FINITE_VERBS = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "said",
  "says",
  "will",
  "would",
]);

/** Words that open the instances of a kind named before them: "any attack, including attacks on the bases". */
const INCLUDING = new Set(["including", "especially", "particularly", "notably"]);
const ANY_REACH = 16;
/** Whether one of `words` comes before `k` in its sentence, within `reach` tokens. */
function wordBefore(tokens: readonly Token[], k: number, words: ReadonlySet<string>, reach: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= reach; j--) {
    const n = tokens[j]?.norm ?? "";
    if (n === "." || n === ";") return false;
    if (words.has(n)) return true;
  }
  return false;
}
const ANY = new Set(["any"]);
/** Whether "any" opens a noun phrase earlier in the sentence, before `k`. */
const anyBefore = (tokens: readonly Token[], k: number) => wordBefore(tokens, k, ANY, ANY_REACH);

/** Words that deny or negate what follows them in the sentence, so that "any" after them is no kind. */
const NEGATING_ANY = new Set([
  "not",
  "n't",
  "no",
  "never",
  "nor",
  "without",
  "denied",
  "denies",
  "deny",
  "denying",
]);
const DENIED_REACH = 25;
/** Whether a negation or a denial comes before `k` in its sentence (within reach). */
const deniedBefore = (tokens: readonly Token[], k: number) =>
  wordBefore(tokens, k, NEGATING_ANY, DENIED_REACH);

/** "This is not the first escape": the negation is of its being the first, and asserts the escape. */
const notTheFirst = (tokens: readonly Token[], k: number) =>
  tokens[k]?.norm === "not" &&
  (/^(only|first|last)$/.test(tokens[k + 1]?.norm ?? "") ||
    (tokens[k + 1]?.norm === "the" && /^(only|first|last)$/.test(tokens[k + 2]?.norm ?? "")));

/** Words that put a month after them: "since May", "in May", "last May", "until mid-May". */
const BEFORE_MONTH = new Set(
  "since in until till from by through throughout of during before after between last this next early late mid each every".split(
    " ",
  ),
);
/**
 * "May" beside a day number is the month ("on 3 May", "May 3"), and so is a capitalised "May"
 * after a word that takes a time ("since May", "in May"): the modal after a preposition is no verb.
 */
const isMonthMay = (tokens: readonly Token[], k: number) =>
  tokens[k]?.text === "May" &&
  ([tokens[k - 1], tokens[k + 1]].some((t) => t?.kind === "num") ||
    BEFORE_MONTH.has(tokens[k - 1]?.norm ?? ""));

/**
 * "We call on the countries to take them back, as Iraq has done this year with 3,000 of its
 * nationals": what is asked for is told as done, by another, in the as-clause that follows it. The
 * clause stands for the act itself ("as Iraq has [taken them back]"), so the act is asserted.
 */
function doneAsOthersDid(tokens: readonly Token[], trigger: number): boolean {
  for (let k = trigger + 1; k < tokens.length && k <= trigger + 12; k++) {
    const n = tokens[k]?.norm ?? "";
    if (n === "." || n === ";") return false;
    if (n !== "as" || tokens[k - 1]?.norm !== ",") continue;
    for (let j = k + 2; j <= k + 5; j++) {
      const v = tokens[j]?.norm ?? "";
      if (v === "did" || ((v === "has" || v === "have" || v === "had") && tokens[j + 1]?.norm === "done"))
        return true;
    }
    return false;
  }
  return false;
}

/** Words after "without" that keep the act inside its phrase: "without a shot fired", "without being seen". */
const WITHOUT_OPENERS = new Set(["a", "an", "any", "the", "being", "having", "its", "their", "his", "her"]);
/**
 * "men in a car without plates fired at the checkpoint": a "without" before a bare noun in the
 * subject (no verb yet in the clause) tells what the doers lacked, not that the act was not done.
 * "without firing a shot", "the town fell without a shot fired" still deny their act.
 */
function withoutInSubject(
  tokens: readonly Token[],
  clauseFirst: number,
  k: number,
  trigger: number,
): boolean {
  if (tokens[k]?.norm !== "without" || k + 1 >= trigger) return false;
  const next = tokens[k + 1]?.norm ?? "";
  if (WITHOUT_OPENERS.has(next) || next.endsWith("ing") || isVerbWord(next)) return false;
  for (let j = clauseFirst; j < k; j++) if (isVerbWord(tokens[j]?.norm ?? "")) return false;
  return true;
}

/**
 * "A convoy that had not paid opened fire on a patrol", "the driver who did not stop was shot": a
 * negation inside a relative clause that describes the subject takes that clause's own verb (the
 * one word after it), not the main verb that follows. Read only where the relative pronoun stands
 * just before the negation (an auxiliary between them at most) and nothing but auxiliaries stands
 * between the clause's verb and the trigger: "the guards who were not armed did not fire" keeps
 * its second negation, which is the main verb's, and "the villagers who did not see the attack"
 * keep theirs, the attack being what was not seen.
 */
const RELATIVE_AUX = /^(?:had|has|have|did|does|do|was|were|is|are)$/;
function negatedInRelative(tokens: readonly Token[], k: number, trigger: number): boolean {
  // The clause's verb negated ("had not paid"), not a subject of none ("that no detainee had
  // escaped"); and the trigger a main verb in the past ("opened", "shot"), not the relative verb's
  // object ("reports that did not mention attacks").
  if (!/^(?:not|never|n't)$/.test(tokens[k]?.norm ?? "")) return false;
  if (!/^(?:[a-z]+ed|shot|hit|struck|fought|blew|threw|stormed)$/.test(tokens[trigger]?.norm ?? ""))
    return false;
  const pronoun = RELATIVE_AUX.test(tokens[k - 1]?.norm ?? "") ? k - 2 : k - 1;
  if (!/^(?:that|who|which)$/.test(tokens[pronoun]?.norm ?? "") || pronoun < 1) return false;
  const verb = k + 1;
  if (verb >= trigger || !/^[a-z]+$/.test(tokens[verb]?.norm ?? "")) return false;
  for (let j = verb + 1; j < trigger; j++) if (!RELATIVE_AUX.test(tokens[j]?.norm ?? "")) return false;
  return true;
}

/** How far after a barrier its "was breached" may stand: "neither the wall nor the trench in the sector was breached". */
const BREACH_REACH = 14;
const BREACH_AUX = /^(?:is|are|was|were|been|ever)$/;
const BREACHED = /^(?:breached|penetrated|crossed|cut|overrun|broken)$/;
/**
 * "Neither the wall nor the trench was breached", "no section of the fence was cut": the
 * negation opening the barrier's subject takes the breach its verb tells, not the barrier, which
 * the sentence tells standing and holding. "No wall has been built", "there is no fence" still
 * deny the barrier.
 */
function breachOnlyDenied(tokens: readonly Token[], k: number, trigger: number): boolean {
  if (!/^(?:no|neither|nor)$/.test(tokens[k]?.norm ?? "")) return false;
  for (let j = trigger + 1; j < tokens.length && j <= trigger + BREACH_REACH; j++) {
    const n = tokens[j]?.norm ?? "";
    if (n === "." || n === ";" || n === "," || n === ":") return false;
    if (BREACHED.test(n) && BREACH_AUX.test(tokens[j - 1]?.norm ?? "")) return true;
  }
  return false;
}

/** How far after its trigger the "but" of "no longer X but Y" may stand. */
const CHANGE_REACH = 4;
/**
 * "the men he faced were no longer local smuggling families but networks run from Albu Kamal":
 * "no longer X but Y" tells a change of kind, not an end. What X names the act by (the smuggling
 * of "smuggling families") goes on in Y; only who does it, or how, is told to have changed. A plain
 * "no longer" ("smuggling no longer crosses here") still ends the act.
 */
function changedInKind(tokens: readonly Token[], k: number, trigger: number): boolean {
  if (tokens[k]?.norm !== "no" || tokens[k + 1]?.norm !== "longer") return false;
  for (let j = trigger + 1; j < tokens.length && j <= trigger + CHANGE_REACH; j++) {
    const n = tokens[j]?.norm ?? "";
    if (n === "but") return true;
    if (n === "." || n === ";" || n === ":" || isVerbWord(n)) return false;
  }
  return false;
}

/** Verbs that tell what a count or a list takes in: "the count includes", "the figures cover". */
const COUNTING = new Set(["includes", "include", "included", "covers", "cover", "covered", "counts"]);
const COUNTING_REACH = 20;
/**
 * "The count includes ambushes and raids on checkpoints, but not attacks on civilians": the
 * negation after "but" leaves the happening out of what is counted; it neither tells it nor denies
 * it. "The army includes conscripts, but no attack was made" has no "not" right after "but".
 */
function leftOutOfCount(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== "not" || tokens[k - 1]?.norm !== "but") return false;
  const sentence = tokens[k]?.sentence;
  for (let j = k - 2; j >= 0 && j >= k - COUNTING_REACH; j--) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) return false;
    if (COUNTING.has(t.norm)) return true;
  }
  return false;
}

/** Verbs that carry a happening named by its noun: "carried out an attack", "launched a raid". */
const LIGHT_VERBS = new Set([
  "carried",
  "carry",
  "conducted",
  "conduct",
  "launched",
  "launch",
  "staged",
  "stage",
  "mounted",
  "mount",
  "executed",
  "execute",
]);
const LIGHT_REACH = 4;
/**
 * "ISIS remnants have not carried out a major attack for months", "the cells did not launch a
 * single raid": a negated verb that only carries the happening, its noun the verb's object, denies
 * it, though the verb, its particle, an article and an adjective put the negation beyond the usual
 * reach. Only with the happening a few words after the verb and no clause between; auxiliaries
 * may stand between the negation and the verb ("has never yet carried out").
 */
function negatedLightVerb(tokens: readonly Token[], clauseFirst: number, trigger: number): boolean {
  for (let v = trigger - 1; v >= clauseFirst && trigger - v <= LIGHT_REACH; v--) {
    const n = tokens[v]?.norm ?? "";
    if (/^(?:[,;:]|and|but|or|who|which|that|when|while|after|before)$/.test(n)) return false;
    if (!LIGHT_VERBS.has(n)) continue;
    let k = v - 1;
    while (k >= clauseFirst && /^(?:has|have|had|did|does|do|been|yet|ever)$/.test(tokens[k]?.norm ?? ""))
      k--;
    return k >= clauseFirst && /^(?:not|never|n't)$/.test(tokens[k]?.norm ?? "");
  }
  return false;
}

export function modalityOf(
  tokens: readonly Token[],
  clauseFirst: number,
  trigger: number,
  measure = false,
): Modality {
  // "If the wall is not extended into the desert, the southern sectors will remain weak": what an
  // opening "if" or "unless" clause tells, negation and all, is supposed, not told as done or undone.
  if (inOpeningCondition(tokens, trigger)) return "hypothetical";
  // "no detainee had managed to escape": auxiliaries and "managed to" do not take a negation away.
  let reach = 0;
  for (let k = trigger - 1; k >= clauseFirst && reach < NEGATION_REACH; k--) {
    const n = tokens[k]?.norm ?? "";
    if (NEGATION.has(n) && leftOutOfCount(tokens, k)) return "hypothetical";
    if (
      NEGATION.has(n) &&
      !notTheFirst(tokens, k) &&
      !withoutInSubject(tokens, clauseFirst, k, trigger) &&
      !changedInKind(tokens, k, trigger) &&
      !negatedInRelative(tokens, k, trigger) &&
      !(measure && breachOnlyDenied(tokens, k, trigger))
    )
      return "negated";
    // "have yet to deploy regular units": not done.
    if (n === "yet" && tokens[k + 1]?.norm === "to") return "negated";
    // "have struggled to take over the desert posts", "failed to reach the town": an attempt
    // that did not come off; the act is not done.
    if (UNACHIEVED.has(n) && tokens[k + 1]?.norm === "to") return "negated";
    if (!AUXILIARIES.has(n)) reach++;
  }
  if (negatedLightVerb(tokens, clauseFirst, trigger)) return "negated";
  // "No member of the Jordan Armed Forces was harmed": a subject of none, however long the name of
  // the force it is a member of (beyond the reach of a negation before the verb).
  for (let k = Math.max(clauseFirst, trigger - 12); k < trigger - 2; k++)
    if (
      tokens[k]?.norm === "no" &&
      /^members?$/.test(tokens[k + 1]?.norm ?? "") &&
      tokens[k + 2]?.norm === "of" &&
      !tokens.slice(k + 3, trigger).some((t) => /^(?:[,;:]|and|but|who|which|that)$/.test(t.norm))
    )
      return "negated";
  // A happening of which no account was had did not happen, as far as the source knows: "UNODC
  // has not received reports of armed clashes", "there were no reports of clashes".
  if (unreported(tokens, clauseFirst, trigger)) return "negated";
  // Reports called false: "the news about the escape of detainees is completely untrue".
  for (let k = trigger + 1; k < tokens.length && k <= trigger + FALSE_REACH; k++) {
    const n = tokens[k]?.norm ?? "";
    if (n === "." || n === ";") break;
    if (
      CALLED_FALSE.has(n) &&
      /^(is|was|are|were|been|completely|entirely|totally|utterly)$/.test(tokens[k - 1]?.norm ?? "")
    )
      return "negated";
    // "Reports that the battalion will leave by spring are not correct": a word of truth denied.
    if (
      CALLED_TRUE.has(n) &&
      /^(not|n't)$/.test(tokens[k - 1]?.norm ?? "") &&
      /^(is|was|are|were|been)$/.test(tokens[k - 2]?.norm ?? "")
    )
      return "negated";
  }
  // A happening named as the subject of a negated verb of witnessing did not happen, as far as
  // anyone saw: "Patrols by international forces on the roads, which had been seen weekly until
  // September, were not observed at all in October".
  if (trigger - clauseFirst <= 2 && unwitnessed(tokens, trigger)) return "negated";
  // An act named as the subject of "is not an option" or "is out of the question" is ruled out,
  // not done: "Pulling our battalions back from the river is not an option".
  if (trigger - clauseFirst <= 2 && ruledOut(tokens, trigger)) return "negated";
  // A measure its subject "no longer" carries out is done no more: "its aircraft no longer fly
  // over the camp" (the ending itself is an event of its own, told by the rules that name it).
  if (measure && trigger - clauseFirst <= 6 && doneNoLonger(tokens, trigger)) return "negated";
  // What is denied in a that-clause is negated: "the SDF denied that any detainees escaped".
  for (let k = clauseFirst - 1; k >= 0 && clauseFirst - k <= 2; k--) {
    if (DENYING.has(tokens[k]?.norm ?? "")) return "negated";
  }
  // And what is denied as others' account of it: "denied reports that infiltrators had entered",
  // "dismissed media claims that the prison was stormed".
  if (deniedAccount(tokens, clauseFirst)) return "negated";
  // A denial in the present tense is not read as a verb of saying, so its that-clause is not split
  // off as the reported clause: "the Asayish deny that any detainee escaped", "the SDF rejects
  // claims circulating online that prisoners broke out". The nearest "that" before the happening
  // opens the clause the denial reaches (not an earlier one: "denies the report, but said that
  // twelve detainees escaped" tells the escape).
  for (let j = trigger - 1; j > clauseFirst; j--) {
    if (tokens[j]?.norm !== "that") continue;
    if (deniedAccount(tokens, j + 1)) return "negated";
    break;
  }
  // What was foiled did not happen: "the guards foiled an attempt by 12 women to escape". A measure
  // told beside the foiling did ("have thwarted 14 infiltration attempts and arrested 37").
  for (let k = trigger - 1; !measure && k >= clauseFirst && trigger - k <= FOILED_REACH; k--) {
    if (FOILED.has(tokens[k]?.norm ?? "")) return "negated";
  }
  // "We reject any attack on the bases", "any withdrawal would be premature": a happening named
  // with "any" is a kind of act, not one that took place ("any armed attack" with one modifier).
  // After a negation or a denial "any" only widens what is denied ("denied that the air force had
  // carried out any strike"): the act stays a denied one, read by the rules below.
  if (
    (tokens[trigger - 1]?.norm === "any" ||
      (tokens[trigger - 2]?.norm === "any" &&
        tokens[trigger - 1]?.kind === "word" &&
        !isVerbWord(tokens[trigger - 1]?.norm ?? ""))) &&
    !deniedBefore(tokens, trigger)
  )
    return "hypothetical";
  // "a conference in Brussels on the security of the camps and on the return of foreign nationals":
  // what a gathering is about is its subject, not something done.
  if (gatheringTopic(tokens, clauseFirst, trigger)) return "hypothetical";
  // "Citizens can report smuggling to the hotline", "Please report any infiltration": an
  // invitation to report such acts, none of them told as done.
  if (invitedReport(tokens, clauseFirst, trigger)) return "hypothetical";
  // "any attack on Iraq, including attacks on the bases": the instances a kind includes are of it.
  if (INCLUDING.has(tokens[trigger - 1]?.norm ?? "") && anyBefore(tokens, trigger - 1)) return "hypothetical";
  // "the infiltration attempt on 9 February, in which two guards were killed": a relative clause
  // asserts its own happening; the supposition words of the noun it hangs on are not its own.
  const own = relativeClauseStart(tokens, clauseFirst, trigger);
  for (let k = own; k < trigger; k++) {
    const n = tokens[k]?.norm ?? "";
    // "thwarted 14 infiltration attempts and arrested 37": the attempts were the others'.
    // "stopped 61 crossing attempts", "intercepted two attempts": the same with a verb of stopping.
    if (measure && ATTEMPTS.has(n) && [1, 2, 3, 4].some((d) => STOPPING.has(tokens[k - d]?.norm ?? "")))
      continue;
    // "his battalion had stopped some 30 attempts to cross, most of them by smugglers": the act
    // the stopped attempts were to do did not come off, as a foiled one did not.
    if (
      ATTEMPTS.has(n) &&
      tokens[k + 1]?.norm === "to" &&
      [1, 2, 3, 4].some((d) => STOPPING.has(tokens[k - d]?.norm ?? ""))
    )
      return "negated";
    if (attemptIsGround(tokens, k, trigger, measure)) continue;
    if (plansAndDoes(tokens, k)) continue;
    if (helpedTo(tokens, k)) continue;
    if (couldEstablish(tokens, k, trigger)) continue;
    // "Early on Monday, before the police could arrive, gunmen opened fire": a modal inside a
    // clause of time closed by a comma before the trigger bears on that clause, not on the act.
    if (closedTimeClause(tokens, k, trigger)) continue;
    // "the so-called Islamic State attacked": "so-called" is how a name is held at a distance,
    // not a call for what follows.
    if (soCalled(tokens, k)) continue;
    // "thanked the coalition for what it called continuing support": a name the speaker gives the
    // thing, held at a distance as "so-called" holds it, not a call for it.
    if (whatItCalled(tokens, k)) continue;
    // "Visitors should know that the border is closed by a wall", "it should be noted that the
    // trench was finished": the modal bears on knowing; what is to be known is told as so.
    if (toBeKnown(tokens, k, trigger)) continue;
    // "The match was called off after gunmen shot dead a policeman": a thing called off is
    // cancelled, no call for what follows.
    if (CALL_WORDS.has(n) && tokens[k + 1]?.norm === "off") continue;
    if (tenderFor(tokens, k, trigger)) return "hypothetical";
    // "called on the government to 'finish what the Sinjar Agreement started'": a measure named by
    // its proper name was made; what is called for bears on it, not on its making.
    if (HYPOTHETICAL.has(n) && measure && namedByProperName(tokens, trigger)) continue;
    if (HYPOTHETICAL.has(n) && !isMonthMay(tokens, k))
      return doneAsOthersDid(tokens, trigger) ? "asserted" : "hypothetical";
  }
  // "The wall was first planned in 2018, after the defeat of ISIS": a measure told only as planned
  // or proposed, the subject of the participle, is not told as in place ("was planned in 2018 and
  // completed in 2022" tells it built).
  if (measure && trigger - clauseFirst <= 4 && plannedOnly(tokens, trigger)) return "hypothetical";
  // An indefinite noun that is the subject of a modal is a supposition: "a breakout from those
  // facilities would pose a threat". A definite one is real: "the continued attack could weaken them".
  const indefinite = INDEFINITE.has(tokens[trigger - 1]?.norm ?? "");
  for (let k = trigger + 1; indefinite && k < tokens.length && k <= trigger + AFTER_REACH; k++) {
    const n = tokens[k]?.norm ?? "";
    if (n === "," || n === ";" || n === ".") break;
    if (MODAL_AFTER.has(n) && !isMonthMay(tokens, k)) return "hypothetical";
  }
  // The consequence a supposition opens: "If the wall were completed, officials believe infiltration
  // would fall by half". The noun must be the subject of the modal, right before it.
  if (/^(?:would|could|might)$/.test(tokens[trigger + 1]?.norm ?? "") && opensWithIf(tokens, trigger))
    return "hypothetical";
  return "asserted";
}

const PLANNED_ONLY =
  /^(?:planned|proposed|envisaged|envisioned|conceived|designed|mooted|announced|approved)$/;
const DONE_AFTER =
  /^(?:built|completed|finished|erected|constructed|installed|opened|extended|started|begun|began|laid|dug|raised|put|inaugurated|operational|standing)$/;
/**
 * Whether the measure at `trigger` is the subject of a passive of planning alone: "the wall was
 * (first) planned in 2018", "the fence had been proposed by the ministry", with no word of its
 * being built or finished before the sentence ends.
 */
function plannedOnly(tokens: readonly Token[], trigger: number): boolean {
  let k = trigger + 1;
  if (/^(?:had|has|have)$/.test(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "been") k += 2;
  else if (/^(?:was|were|is|are)$/.test(tokens[k]?.norm ?? "")) k += 1;
  else return false;
  if (/^(?:first|originally|initially|only|long|already)$/.test(tokens[k]?.norm ?? "")) k += 1;
  if (!PLANNED_ONLY.test(tokens[k]?.norm ?? "")) return false;
  for (let j = k + 1; j < tokens.length; j++) {
    const n = tokens[j]?.norm ?? "";
    if (n === "." || n === ";") break;
    if (DONE_AFTER.test(n)) return false;
  }
  return true;
}

/** "what it called", "what the ministry calls": token `k` is a "call" that names, after "what". */
function whatItCalled(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:called|calls|call)$/.test(tokens[k]?.norm ?? "")) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const n = tokens[j]?.norm ?? "";
    if (n === "what") return true;
    if (n === "," || n === ";" || n === ".") return false;
  }
  return false;
}

/** Verbs and adjectives of knowing a modal may bear on: "should know that", "must be aware that". */
const KNOWING = new Set(["know", "note", "noted", "remember", "remembered", "understand", "aware", "recall"]);
/**
 * "should know that", "it must be noted that": token `k` is a modal (or "can", "may") followed by
 * a verb of knowing and its "that" before the trigger.
 */
function toBeKnown(tokens: readonly Token[], k: number, trigger: number): boolean {
  if (!/^(?:should|must|may|can|could|would|will)$/.test(tokens[k]?.norm ?? "")) return false;
  let j = k + 1;
  if (tokens[j]?.norm === "be") j++;
  if (!KNOWING.has(tokens[j]?.norm ?? "")) return false;
  const that = tokens[j + 1]?.norm === "that" ? j + 1 : -1;
  return that > 0 && that < trigger;
}

/** "so-called", written with its hyphen or without: token `k` is its "called". */
function soCalled(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== "called") return false;
  const before = tokens[k - 1];
  if (before?.norm === "so") return true;
  return before?.text === "-" && !before.space && tokens[k - 2]?.norm === "so";
}

/**
 * "Iran has offered to share its experience in border surveillance", "proposed to build a wall":
 * whether an offer or a proposal "to" do stands between `from` and the trigger (a measure offered
 * is not taken; "offered training" may be given).
 */
export function offeredTo(tokens: readonly Token[], from: number, trigger: number): boolean {
  for (let k = from; k < trigger; k++)
    if (OFFERED.has(tokens[k]?.norm ?? "") && tokens[k + 1]?.norm === "to") return true;
  return false;
}

/** The first token of the sentence of the token at `k`. */
function sentenceFirst(tokens: readonly Token[], k: number): number {
  const sentence = tokens[k]?.sentence;
  let first = k;
  while (first > 0 && tokens[first - 1]?.sentence === sentence) first--;
  return first;
}

/** Whether the token at `k` stands in a clause that opens its sentence with "if" or "unless". */
export function inOpeningCondition(tokens: readonly Token[], k: number): boolean {
  const first = sentenceFirst(tokens, k);
  if (!/^(?:if|unless)$/.test(tokens[first]?.norm ?? "")) return false;
  for (let j = first + 1; j < k; j++) if (/^[,;:]$/.test(tokens[j]?.norm ?? "")) return false;
  return true;
}

/** Whether the sentence of the token at `k` opens with "if": a supposition and its consequence. */
function opensWithIf(tokens: readonly Token[], k: number): boolean {
  return tokens[sentenceFirst(tokens, k)]?.norm === "if";
}

/** Nouns of an account of a happening, before "of": "reports of clashes", "no sign of fighting". */
const ACCOUNTS = new Set([
  "report",
  "reports",
  "evidence",
  "sign",
  "signs",
  "indication",
  "indications",
  "record",
  "records",
]);
/** Verbs of having an account: "has not received reports of", "did not find evidence of". */
const HAVING_ACCOUNT = new Set([
  "received",
  "receive",
  "had",
  "have",
  "has",
  "seen",
  "see",
  "found",
  "find",
  "recorded",
  "record",
  "heard",
]);
/**
 * Whether the happening at `trigger` is named as what no account was had of: "no reports of
 * clashes", "has not received any reports of armed clashes", "did not find evidence of an attack".
 * The negation must bear on the account itself, before it or before the verb of having it, so
 * "did not comment on reports of clashes" (a negated comment) is not read.
 */
function unreported(tokens: readonly Token[], clauseFirst: number, trigger: number): boolean {
  // The reporting frame ("has not received reports of") may stand before the clause it opens.
  for (let k = trigger - 1; k >= Math.max(0, clauseFirst - 3) && trigger - k <= 3; k--) {
    if (tokens[k]?.norm !== "of" || !ACCOUNTS.has(tokens[k - 1]?.norm ?? "")) continue;
    return accountDenied(tokens, k - 1);
  }
  // "The ministry has no indication that any national has escaped", "there is no evidence that
  // the men crossed": the account had of none, before "that" and the clause it opens.
  for (let k = trigger - 1; k >= 1 && trigger - k <= ACCOUNT_THAT_REACH; k--) {
    const n = tokens[k]?.norm ?? "";
    if (n === "," || n === ";" || n === ".") break;
    if (n !== "that" || !ACCOUNTS.has(tokens[k - 1]?.norm ?? "")) continue;
    return accountDenied(tokens, k - 1);
  }
  // "The council is not aware of any coalition aircraft flying over the area", "unaware of any
  // escape": what the speaker knows of none of.
  for (let k = trigger - 1; k >= 1 && trigger - k <= UNAWARE_REACH; k--) {
    if (tokens[k]?.norm !== "of") continue;
    const known = tokens[k - 1]?.norm ?? "";
    if (known === "unaware") return true;
    if (known === "aware" || known === "knowledge") return NEGATION.has(tokens[k - 2]?.norm ?? "");
    return false;
  }
  return false;
}
/**
 * Whether the account noun at `account` ("reports", "indication") is one none was had of: "no
 * reports", "no indication", "has not received any reports", "had not yet seen signs".
 */
function accountDenied(tokens: readonly Token[], account: number): boolean {
  let j = account - 1;
  if (tokens[j]?.norm === "any") j--;
  if (NEGATION.has(tokens[j]?.norm ?? "")) return true;
  if (!HAVING_ACCOUNT.has(tokens[j]?.norm ?? "")) return false;
  j--;
  while (j >= 0 && (tokens[j]?.norm === "yet" || tokens[j]?.norm === "been")) j--;
  return NEGATION.has(tokens[j]?.norm ?? "");
}
/** How far after "not aware of" the happening may stand: "not aware of any coalition aircraft flying". */
const UNAWARE_REACH = 5;
/** How far before a happening "no indication that" may stand. */
const ACCOUNT_THAT_REACH = 8;

/** Participles of witnessing or recording a happening: "were not observed", "have not been seen". */
const WITNESSED = new Set([
  "observed",
  "seen",
  "sighted",
  "spotted",
  "recorded",
  "reported",
  "noticed",
  "detected",
]);
const SUBJECT_REACH = 30;

/**
 * Whether the subject noun at `trigger` has, as its own predicate, a negated verb of witnessing:
 * "Patrols ..., which informants said had been seen weekly, were not observed at all". An aside
 * between commas ("which had been seen weekly") is skipped; the first finite verb outside it is
 * the predicate, and no other is read.
 */
function unwitnessed(tokens: readonly Token[], trigger: number): boolean {
  const k = predicateOf(tokens, trigger);
  if (k < 0) return false;
  let j = k + 1;
  if (!/^(not|never|n't)$/.test(tokens[j]?.norm ?? "")) return false;
  j++;
  if (tokens[j]?.norm === "been") j++;
  return WITNESSED.has(tokens[j]?.norm ?? "");
}

/**
 * The subject's own predicate: the first finite verb after the subject noun at `trigger`, within
 * SUBJECT_REACH and before the clause ends, asides between commas ("which had been seen weekly")
 * skipped; -1 when there is none.
 */
function predicateOf(tokens: readonly Token[], trigger: number): number {
  let aside = false;
  for (let k = trigger + 1; k < tokens.length && k <= trigger + SUBJECT_REACH; k++) {
    const n = tokens[k]?.norm ?? "";
    if (n === "." || n === ";") return -1;
    if (n === ",") {
      aside = !aside && /^(which|who|that|where|whose|when)$/.test(tokens[k + 1]?.norm ?? "");
      continue;
    }
    if (!aside && FINITE.has(n)) return k;
  }
  return -1;
}

/** Words before "report" that make it an invitation: "can report", "urged to report", "please report". */
const INVITING = new Set(["can", "may", "should", "must", "to", "please"]);
/** Whether the happening at `trigger` is what someone is invited to report ("can report smuggling"). */
function invitedReport(tokens: readonly Token[], clauseFirst: number, trigger: number): boolean {
  let k = trigger - 1;
  if (tokens[k]?.norm === "any" || tokens[k]?.norm === "suspected") k--;
  if (tokens[k]?.norm !== "report") return false;
  return k === clauseFirst || INVITING.has(tokens[k - 1]?.norm ?? "");
}

/** What follows the predicate's verb of a course of action ruled out: "is not an option". */
const RULED_OUT: readonly (readonly string[])[] = [
  ["not", "an", "option"],
  ["no", "option"],
  ["out", "of", "the", "question"],
  ["not", "on", "the", "table"],
  ["off", "the", "table"],
];
/**
 * Whether the subject at `trigger` has "is not an option", "is out of the question" or "is off the
 * table" as its own predicate (the first finite verb after it, asides between commas skipped).
 */
function ruledOut(tokens: readonly Token[], trigger: number): boolean {
  const k = predicateOf(tokens, trigger);
  if (k < 0) return false;
  const at = k + (tokens[k + 1]?.norm === "still" || tokens[k + 1]?.norm === "simply" ? 2 : 1);
  return RULED_OUT.some((words) => words.every((w, i) => tokens[at + i]?.norm === w));
}

/** How far after its subject noun "no longer" may stand: "the coalition's aircraft no longer fly". */
const NO_LONGER_REACH = 4;
/**
 * Whether the subject noun at `trigger` is told as no longer doing what it did: "its aircraft no
 * longer fly over the Al-Hol camp at night", "patrols no longer reach the villages", "the
 * patrols stopped coming to the prison". The words
 * must follow the noun closely, before any punctuation, so a later clause's "no longer" is not read.
 */
function doneNoLonger(tokens: readonly Token[], trigger: number): boolean {
  for (let k = trigger + 1; k < tokens.length && k <= trigger + NO_LONGER_REACH; k++) {
    const n = tokens[k]?.norm ?? "";
    if (/^[.,;:]$/.test(n)) return false;
    if (n === "no" && tokens[k + 1]?.norm === "longer") return true;
    // "the American patrols stopped coming to the prison": a habit given up, told by its verb.
    if (STOPPED_HABIT.has(n) && /^[a-z]{3,}ing$/.test(tokens[k + 1]?.norm ?? "")) return true;
  }
  return false;
}
/** Verbs that end a habit told in a gerund after them: "stopped coming", "ceased flying". */
const STOPPED_HABIT = new Set(["stopped", "ceased", "quit"]);

/** Verbs of carrying something out: what is planned "and carried out" was done. */
const DOING = new Set([
  "carry",
  "carries",
  "carried",
  "conduct",
  "conducts",
  "conducted",
  "execute",
  "executes",
  "executed",
  "launch",
  "launches",
  "launched",
  "lead",
  "leads",
  "led",
  "run",
  "runs",
  "ran",
]);

/**
 * Whether the plan word at `k` is coordinated with the doing: "Iraqi forces now plan and carry out
 * raids on their own", "the CTS plans and runs raids" tell of raids done, planning being one half of the work, unlike "they plan
 * to carry out raids" or "plans for raids", which suppose them.
 */
const plansAndDoes = (tokens: readonly Token[], k: number) =>
  /^plan(?:s|ned)?$/.test(tokens[k]?.norm ?? "") &&
  tokens[k + 1]?.norm === "and" &&
  DOING.has(tokens[k + 2]?.norm ?? "");

/** Past and progressive forms of "help": "had helped the forces stop", "is helping to prevent". */
const HELPED = new Set(["helped", "helping"]);
/** Modals before a help that make it a supposition again: "could have helped stop", "would be helping". */
const HELP_MODALS = new Set(["could", "would", "might", "may", "should", "will", "can"]);
/** Aims a past help turns into results: "helped stop", "helped prevent". */
const HELPED_AIMS = new Set(["stop", "prevent", "avoid"]);

/**
 * "The towers had helped the forces stop 61 crossing attempts": an aim verb that is the
 * complement of a past or progressive "help" (its object between them, a few words at most) is a
 * result achieved, not an aim; the help hedges nothing unless a modal stands before it.
 */
function helpedTo(tokens: readonly Token[], k: number): boolean {
  if (!HELPED_AIMS.has(tokens[k]?.norm ?? "")) return false;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const n = tokens[j]?.norm ?? "";
    if (n === "," || n === ";" || n === ".") return false;
    if (!HELPED.has(n)) continue;
    for (let m = j - 1; m >= 0 && j - m <= 3; m--) if (HELP_MODALS.has(tokens[m]?.norm ?? "")) return false;
    return true;
  }
  return false;
}

const TENDERS = new Set(["tender", "tenders", "bids", "bid"]);

/**
 * "The ministry announces a public tender for border fence works", "bids for the supply of 60
 * watchtowers": works put out to tender are wanted, not yet done; what the tender is for is
 * supposed. The works must follow "for" (a number or a few words may stand between), so a wall
 * finished by the firm that won a tender is still told as done.
 */
function tenderFor(tokens: readonly Token[], k: number, trigger: number): boolean {
  if (!TENDERS.has(tokens[k]?.norm ?? "")) return false;
  for (let j = k + 1; j < trigger && j <= k + 5; j++) if (tokens[j]?.norm === "for") return true;
  return false;
}

/** Verbs of finding a thing out, whose that-clause the finder tells as fact. */
const ESTABLISHING = new Set(["confirm", "verify", "establish", "corroborate", "document", "prove"]);
const ESTABLISHING_ADVERBS = new Set(["independently", "separately", "also", "now", "further", "later"]);

/**
 * "Verify-Sy could confirm that the guard at the prison was cut": "could" before a verb of finding
 * out is the past of an ability used, so the finding is told as fact, not supposed. The modal
 * hedges nothing in the that-clause it opens (an adverb may stand between: "could independently
 * verify that"). "Could not confirm" stays out of reach here: its "not" makes the finding unmade.
 */
function couldEstablish(tokens: readonly Token[], k: number, trigger: number): boolean {
  if (tokens[k]?.norm !== "could") return false;
  let j = k + 1;
  if (ESTABLISHING_ADVERBS.has(tokens[j]?.norm ?? "")) j++;
  if (!ESTABLISHING.has(tokens[j]?.norm ?? "")) return false;
  return tokens[j + 1]?.norm === "that" && j + 1 < trigger;
}

/** Conjunctions that open a clause of time ahead of the main clause. */
const TIME_CLAUSE = new Set(["before", "until", "till", "ere"]);

/**
 * Whether the word at `k` stands in a clause of time ("before the crews could reach the site")
 * that a comma closes before the trigger, so its modal is the clause's and not the trigger's.
 */
function closedTimeClause(tokens: readonly Token[], k: number, trigger: number): boolean {
  let open = -1;
  for (let j = k - 1; j >= 0 && k - j <= 8; j--) {
    const t = tokens[j];
    if (!t || (t.kind === "punct" && t.text !== "-")) break;
    if (TIME_CLAUSE.has(t.norm)) {
      open = j;
      break;
    }
  }
  if (open < 0) return false;
  for (let j = k + 1; j < trigger; j++) if (tokens[j]?.text === ",") return true;
  return false;
}

/** Prepositions that give an attempt as the ground of a measure: "held for trying to cross". */
const GROUNDS = new Set(["for", "while", "when", "after"]);
/** Finite verbs that open a predicate of their own after an attempt: "men trying to cross were arrested". */
const FINITE = new Set(["was", "were", "is", "are", "has", "have", "had"]);

/**
 * Whether the attempt word at `k` hedges something other than the trigger: an attempt is
 * unfulfilled, but what was done because of it is not. "Men held for trying to cross into Iraq
 * ... after 11 of them were arrested", "arrested while attempting to smuggle": the arrest happened,
 * only the crossing failed. A measure after an attempt given as its ground ("for", "while"), or
 * any trigger after a finite verb that closes the attempt's phrase ("smugglers trying to cross
 * were shot"), is told as done. "accused of trying to smuggle" keeps the smuggling hedged.
 */
function attemptIsGround(tokens: readonly Token[], k: number, trigger: number, measure: boolean): boolean {
  if (!ATTEMPTS.has(tokens[k]?.norm ?? "")) return false;
  if (measure && GROUNDS.has(tokens[k - 1]?.norm ?? "")) return true;
  for (let j = k + 1; j < trigger; j++) if (FINITE.has(tokens[j]?.norm ?? "")) return true;
  return false;
}

/** Verbs of calling, which "off" turns into cancelling: "called off", "calls off". */
const CALL_WORDS = new Set(["call", "calls", "called"]);

/** The verb that opens a told "who" clause in the passive: "who was kidnapped", "who had been shot". */
const PASSIVE_AFTER_WHO = new Set(["was", "were", "had"]);

/** What opens the subject of a clause of time after "after": "after a motorcycle bomb …". */
const AFTER_SUBJECT = new Set(["a", "an", "the", "two", "three", "four", "five", "gunmen", "militants"]);
/** A trigger that is a past verb: "wounded", "killed", "shot", "struck". */
const PAST_TRIGGER = /^(?:\w+ed|shot|struck|hit|blew|fell|broke|stormed)$/;

/** "the Sinjar Agreement", "the Anti-Terrorism Law": a capitalised trigger after "the" and capitalised words. */
function namedByProperName(tokens: readonly Token[], trigger: number): boolean {
  if (!tokens[trigger]?.cap) return false;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
    const t = tokens[k];
    if (t?.norm === "the") return k < trigger - 1;
    if (!t?.cap && t?.norm !== "-") return false;
  }
  return false;
}

/** Whether the trigger is a past verb, or a past verb follows it within its clause. */
function pastVerbFrom(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger; j <= trigger + 8; j++) {
    const t = tokens[j];
    if (!t || /^[,;:.]$/.test(t.norm)) return false;
    if (t.kind === "word" && (j === trigger || !t.cap) && PAST_TRIGGER.test(t.norm)) return true;
  }
  return false;
}

/** Prepositions that open a relative clause before "which": "in which", "during which". */
const RELATIVE_PREPOSITIONS = new Set(["in", "during", "after", "at", "on", "from", "by"]);

/**
 * The first token of a relative clause that holds the trigger, after ", which" or ", in which"
 * (a comma or a preposition before the pronoun), or `clauseFirst` when there is none.
 */
function relativeClauseStart(tokens: readonly Token[], clauseFirst: number, trigger: number): number {
  for (let k = trigger - 1; k > clauseFirst; k--) {
    const prev = tokens[k - 1]?.norm ?? "";
    // "after the lessons of September 2019, when a stampede killed 31 pilgrims": "when" after a
    // time and a comma opens a relative clause of that time, which tells its own happening.
    if (tokens[k]?.norm === "when" && prev === "," && isTimeWord(tokens[k - 2])) return k + 1;
    // "calls for the release of the trader, 54, who was kidnapped on Saturday": a person set off
    // by a comma and "who" is told of in a clause of its own, which tells its own happening.
    if (tokens[k]?.norm === "who" && prev === "," && PASSIVE_AFTER_WHO.has(tokens[k + 1]?.norm ?? ""))
      return k + 1;
    // "residents had asked for one after a motorcycle bomb in the same market wounded six people":
    // "after" and a noun phrase whose past verb is the trigger open a clause of time, which tells
    // its own happening, not what was asked for.
    // The trigger may be the subject's noun ("after a roadside bomb … killed"), its verb after it.
    if (
      tokens[k]?.norm === "after" &&
      AFTER_SUBJECT.has(tokens[k + 1]?.norm ?? "") &&
      pastVerbFrom(tokens, trigger)
    )
      return k + 1;
    if (tokens[k]?.norm !== "which") continue;
    if (prev === "," || (RELATIVE_PREPOSITIONS.has(prev) && tokens[k - 2]?.norm === ",")) return k + 1;
  }
  return clauseFirst;
}

/** Words that end a time expression: a year, a month, or a noun of time ("that night"). */
const TIME_NOUNS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|day|night|morning|evening|week|month|year|spring|summer|autumn|winter)$/;
const isTimeWord = (t: Token | undefined) =>
  t !== undefined && (/^(?:1[89]|20)\d\d$/.test(t.norm) || TIME_NOUNS.test(t.norm));

/** Words that make hostile activity a standing threat rather than a past event. */
const HABITUAL = new Set([
  "still",
  "continue",
  "continues",
  "remain",
  "remains",
  "keep",
  "keeps",
  "are",
  "is",
  "active",
]);
const PURPOSE = new Set(["to", "carry", "mount", "launch", "conduct"]);
const PAST = new Set(["was", "were", "had", "did"]);

export function isStandingActivity(tokens: readonly Token[], clauseFirst: number, trigger: number): boolean {
  const prev = tokens[trigger - 1]?.norm ?? "";
  if (PURPOSE.has(prev) || (prev === "out" && tokens[trigger - 2]?.norm === "carry")) return true;
  let habitual = false;
  // "the escape ..., in which 23 detainees broke out": the main clause's "are" is not the relative's.
  for (let k = relativeClauseStart(tokens, clauseFirst, trigger); k < trigger; k++) {
    const n = tokens[k]?.norm ?? "";
    if (PAST.has(n)) return false;
    // "IS attacks Sinjar": the group's initials, not the verb "is".
    if (HABITUAL.has(n) && !/^\p{Lu}{2,}$/u.test(tokens[k]?.text ?? "")) habitual = true;
  }
  return habitual && !/ed$/.test(tokens[trigger]?.norm ?? "");
}

/**
 * Whether the trigger is a singular noun after "the" (with at most two name words between:
 * "the Ghwayran attack"), not a verb and not a plural ("the attacks continue").
 */
export function definiteSingular(tokens: readonly Token[], clauseFirst: number, trigger: number): boolean {
  const word = tokens[trigger]?.norm ?? "";
  if (/(?:s|ed|ing)$/.test(word)) return false;
  for (let k = trigger - 1; k >= Math.max(clauseFirst, trigger - 3); k--) {
    const t = tokens[k];
    if (t?.norm === "the") return true;
    // Only capitalised name words may stand between: "the Ghwayran (al-Sinaa) attack" is not read.
    if (!t || !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/** What puts a measure out of action: "the cameras had been out of service for a week". */
const OUT_OF_ACTION =
  /^(out of (service|order|action|commission)|not (working|functioning|operating|operational)|broken( down)?|disabled|inoperative|offline|stopped working|(were|was) (damaged|destroyed))$/;
const OUT_REACH = 10;

/**
 * Verbs that end a standing measure, before its noun: "has ended regular coalition night patrols",
 * "suspended the curfew". Only when they govern the measure's own phrase (no preposition between:
 * "ended a feud at the checkpoint" is not the checkpoint ended), and never of an operation, whose
 * end tells it was done ("ended its operation in the desert after killing 12").
 */
const CEASING = new Set([
  "ended",
  "ends",
  "ending",
  "suspended",
  "suspends",
  "ceased",
  "ceases",
  "discontinued",
  "discontinues",
  "cancelled",
  "canceled",
  "scrapped",
]);
const CEASING_REACH = 5;
const PREPOSITIONS = new Set([
  "at",
  "in",
  "on",
  "near",
  "to",
  "from",
  "of",
  "by",
  "with",
  "for",
  "after",
  "before",
]);
const DONE_WHEN_ENDED = /^(?:operations?|campaigns?|raids?|sweeps?|crackdown|searches|manhunts?)$/;
/**
 * What a measure still to be built or finished is not yet: "where the trench has not yet been
 * dug", "the wall is yet to be completed", "the cameras have not been installed".
 */
const UNBUILT =
  /^(?:has|have|had|is|are|was|were) (?:not|yet to|still not|never) (?:yet )?(?:been |be )?(?:dug|built|completed|finished|installed|erected|extended|laid|constructed)\b/;

/** Words that say a measure was lost: "without", "deprived of". */
const LOSS = new Set(["without", "lost", "losing", "loses", "deprived", "stripped", "lacks", "lacking"]);
/** How far back a loss word may stand from the measure it takes: a determiner and a few modifiers. */
const LOSS_REACH = 6;
/**
 * Words that end the measure's noun phrase on its left: punctuation, conjunctions, subordinators,
 * and the auxiliary of a passive ("phones without tax stamps were seized"): what stands before it
 * is the subject, which the "without" describes, not the measure told.
 */
const PHRASE_BREAK = new Set([
  "was",
  "were",
  "been",
  ",",
  ".",
  ";",
  ":",
  "and",
  "or",
  "but",
  "as",
  "while",
  "when",
  "after",
  "before",
  "since",
  "because",
  "that",
  "which",
  "who",
  "where",
  "if",
  "until",
]);

/** "The wall slowed them down, but it did not stop them": a measure that failed at its job. */
// Tokens' folded forms: "didn't" is "didnt".
const FAILED =
  /^(did not|didnt|has not|hasnt|have not|havent|could not|couldnt|failed to|cannot|cant) (stop|prevent|halt|deter|block)$/;

/** Whether the words after a measure say it is not working: then it is not in effect. */
export function isOutOfAction(
  tokens: readonly Token[],
  trigger: number,
  clauseLast: number,
  sentenceLast = clauseLast,
): boolean {
  // A measure lost: "now without American air cover", "deprived of coalition support", "has
  // lost the regular American air patrols". The loss word governs the measure's noun phrase, so
  // the look-back stops where another clause or phrase begins ("lost ground as the army deployed").
  for (let k = trigger - 1; k >= Math.max(0, trigger - LOSS_REACH); k--) {
    const n = tokens[k]?.norm ?? "";
    if (LOSS.has(n) || (n === "longer" && tokens[k - 1]?.norm === "no")) return true;
    if (PHRASE_BREAK.has(n)) break;
  }
  if (!DONE_WHEN_ENDED.test(tokens[trigger]?.norm ?? ""))
    for (let k = trigger - 1; k >= Math.max(0, trigger - CEASING_REACH); k--) {
      const n = tokens[k]?.norm ?? "";
      if (CEASING.has(n)) return true;
      if (PHRASE_BREAK.has(n) || PREPOSITIONS.has(n)) break;
    }
  // A measure not yet built: "the wadis south of Akashat, where the trench has not yet been dug".
  const after = [];
  for (let k = trigger + 1; k <= Math.min(clauseLast, trigger + 8); k++) after.push(tokens[k]?.norm ?? "");
  if (UNBUILT.test(after.join(" "))) return true;
  // A failure told later in the sentence, after "but": "slowed them down, but it did not stop them".
  for (let k = trigger + 1; k <= Math.min(sentenceLast, trigger + 16); k++) {
    const pair = `${tokens[k]?.norm ?? ""} ${tokens[k + 1]?.norm ?? ""}`;
    const triple = `${pair} ${tokens[k + 2]?.norm ?? ""}`;
    if (FAILED.test(triple) || FAILED.test(pair)) return true;
  }
  const last = Math.min(clauseLast, trigger + OUT_REACH);
  for (let k = trigger + 1; k <= last; k++) {
    // "The first thing you notice on the border wall at dusk is the quiet, broken only by the
    // generators": once the clause says what its subject is (a copula and a new noun phrase), a
    // state told after it is that noun's, never the measure's ("the cameras were broken" still is).
    if (
      /^(?:is|are|was|were)$/.test(tokens[k]?.norm ?? "") &&
      /^(?:the|a|an)$/.test(tokens[k + 1]?.norm ?? "")
    )
      break;
    const one = tokens[k]?.norm ?? "";
    const two = `${one} ${tokens[k + 1]?.norm ?? ""}`;
    const three = `${two} ${tokens[k + 2]?.norm ?? ""}`;
    if (OUT_OF_ACTION.test(one) || OUT_OF_ACTION.test(two) || OUT_OF_ACTION.test(three)) return true;
  }
  return false;
}
