import type { Article } from "../articles/article.js";
import { extentOf } from "../facts/lexicon/areas.js";
import { LEXICON, lexiconEntry } from "../facts/lexicon/index.js";
import { type Entity, everyEntity, type Fact, type FactsDocument } from "../facts/schema.js";
import { nearDuplicate, type Signature, signatureOf } from "../sources/near-duplicates.js";
import type { SourceGrade } from "../sources/outlets.js";
import { containsTerm, fold } from "../text/fold.js";
import { escapeRegExp } from "../text/regexp.js";
import { rememberedPerText } from "../text/remember.js";
import { ownClause } from "./relevance.js";
import { CORRECTS_FIGURE } from "./revisions.js";

/** One article with what was derived from it, and how far its source can be trusted. */
export interface SourceDocument {
  article: Article;
  facts: FactsDocument;
  grade: SourceGrade;
}

/** An entity as patterns see it: its lexicon kind and where it belongs. */
export interface ResolvedEntity {
  id: string;
  coordinates: [number, number] | null;
  type: Entity["type"];
  name: string;
  /** The form the article used, where it differs from the canonical name ("Al-Shula" for "Al-Shoula"). */
  surface?: string;
  lexiconId: string | null;
  kind: string | null;
  affiliation: string | null;
}

/** A fact in one sentence of one article: the unit that judgments weigh and cite. */
export interface Report {
  /** `articleId#sentence`: what is cited, and counted once per judgment. */
  key: string;
  articleId: string;
  sentence: number;
  factId: string;
  text: string;
  sentenceText: string;
  /** The article's next sentence, for a claim the source rates there ("These reports are inaccurate"). */
  followedBy?: string;
  kind: Fact["kind"];
  modality: Fact["modality"];
  tags: string[];
  codes: Fact["codes"];
  /** Entities of the fact first, then the others named in its sentence (or, failing those, near it). */
  entities: ResolvedEntity[];
  /** The fact's own entities. */
  own: ResolvedEntity[];
  /**
   * The entities its own sentence names (the fact's, the sentence's, and "our forces" as the body
   * that speaks), and those it borrows from the lede, without those borrowed from other sentences
   * before it: what may rule a fact out.
   */
  named: ResolvedEntity[];
  /** The entities its own sentence names (with "our forces" as the body that speaks), none borrowed. */
  sentenceNamed: ResolvedEntity[];
  /**
   * Where the story is set: the places its lede names, for a later sentence. The assessment
   * reads a sentence in that setting only when the lede itself bears on the theme ("the desert
   * sectors" of a story about Iraq's border wall are on that border; a football report's wall is not).
   */
  setting: ResolvedEntity[];
  /** Folded names of the specific things involved (people, facilities, towns): what makes two reports one event. */
  anchors: string[];
  /** Where it happened, as [lon, lat] of the specific places and facilities involved. */
  points: [number, number][];
  /** ISO date (or start of a period) of what is reported, else of the article; null if neither. */
  date: string | null;
  /** Whether `date` is the fact's own date rather than the article's. */
  ownDate: boolean;
  /** Whether the fact's own date names a day (not a month, year or period). */
  ownDay: boolean;
  /**
   * The story's event when the report tells of it: the first fact of the lede dated to a day,
   * with its tags, for a report dated no more precisely than that day's month ("Four smugglers
   * were killed" in a statement whose lede dates the clash to Tuesday). Null otherwise.
   */
  story: { day: string; tags: string[] } | null;
  /** Whether the fact is told over a period ("17 smugglers killed since the beginning of the year"). */
  period: boolean;
  /** Whether the fact's own date is a span up to now ("more than 200 attacks since January"): a tally to date. */
  toDate?: boolean;
  /** Independent source: copies of one wire story share it. */
  sourceKey: string;
  source: string;
  grade: SourceGrade;
  publishedAt: string | null;
  value?: number;
  unit?: string;
  measures?: string;
}

export const reportKey = (at: { articleId: string; sentence: number }) => `${at.articleId}#${at.sentence}`;
/** The article a report key (`articleId#sentence`) cites. */
export const articleOfKey = (key: string) => key.slice(0, key.lastIndexOf("#"));
/** A report key read back: the article and the sentence index (NaN when the key has none). */
export function parseReportKey(key: string): { articleId: string; sentence: number } {
  const hash = key.lastIndexOf("#");
  return hash < 0
    ? { articleId: key, sentence: Number.NaN }
    : { articleId: key.slice(0, hash), sentence: Number(key.slice(hash + 1)) };
}

/**
 * A site the lexicon does not know is of the kind its name's head noun says: "Al-Aqtan prison",
 * "the Hasakah central jail" is a prison facility, as a known one is, though the extractor may
 * have typed the bare name as a place. Only prisons: a "camp" may be a refugee, training or army
 * camp, which the name alone does not tell apart.
 */
const PRISON_NAME = /\b(?:prison|jail|gaol|detention (?:centre|center|facility))$/i;
function kindByName(e: Entity): string | null {
  if (e.type !== "facility" && e.type !== "place") return null;
  return [e.name, e.surface, ...e.aliases].some((n) => n && PRISON_NAME.test(n.trim())) ? "prison" : null;
}

function resolve(e: Entity): ResolvedEntity {
  const entry = e.lexiconId ? lexiconEntry(e.lexiconId) : undefined;
  const named = entry ? null : kindByName(e);
  return {
    id: e.id,
    coordinates: e.coordinates ?? entry?.coordinates ?? null,
    type: named ? "facility" : e.type,
    name: e.name,
    ...(e.surface ? { surface: e.surface } : {}),
    lexiconId: e.lexiconId ?? null,
    kind: entry?.kind ?? named,
    affiliation: e.affiliation ?? entry?.affiliation ?? null,
  };
}

/** The start of a fact's date: "2022-01/2022-03" → "2022-01-01"; "ongoing" counts as the article's. */
export function dateStart(value: string | undefined): string | null {
  if (!value || value === "ongoing") return null;
  const first = value.split("/")[0] ?? "";
  if (/^\d{4}$/.test(first)) return `${first}-01-01`;
  if (/^\d{4}-\d{2}$/.test(first)) return `${first}-01`;
  return /^\d{4}-\d{2}-\d{2}$/.test(first) ? first : null;
}

/** Sentences of eight words or more, folded; a sentence told again (a copy) is folded once. */
function sentenceSet(facts: FactsDocument, folded: Map<string, string>): Set<string> {
  const set = new Set<string>();
  for (const s of facts.sentences) {
    let f = folded.get(s.text);
    if (f === undefined) {
      f = fold(s.text);
      folded.set(s.text, f);
    }
    if (f.split(" ").length >= 8) set.add(f);
  }
  return set;
}

/** How much of an article its near-duplicate signature reads (see sourceKeys). */
const SIGNED_CHARS = 30_000;

/**
 * A document's issue line: its number ("Release No. 20261213-01") or where and when it was issued
 * ("issued in Tampa, Florida, on 10 December 2026").
 */
const ISSUE_LINE =
  /\b(?:release|statement|communiqu[eé]|bulletin|readout|notice)\s+(?:no\.?|number)\s*[\w-]+|\b(?:issued|dated)\s+(?:in|at)\s+[^.;]{1,60}?\s+on\s+\d/i;

/**
 * Source keys: one per outlet, and one for articles that are copies of each other (a wire story
 * republished shares most of its sentences), so corroboration counts independent reporting only.
 */
export function sourceKeys(docs: readonly SourceDocument[]): Map<string, string> {
  const keys = new Map<string, string>();
  const folded = new Map<string, string>();
  const sets = docs.map((d) => sentenceSet(d.facts, folded));
  // A copy the copy desk edited shares few sentences word for word, but most of its word shingles:
  // the near-duplicate signature, computed only for pairs the sentence test did not join.
  const signatures = new Map<number, Signature>();
  const signature = (k: number) => {
    let s = signatures.get(k);
    if (!s) {
      // The first SIGNED_CHARS characters: longer than any news story, so a copy is judged on
      // all of it, while an article of hundreds of kilobytes costs no more than a long story.
      s = signatureOf((docs[k]?.article.text ?? "").slice(0, SIGNED_CHARS));
      signatures.set(k, s);
    }
    return s;
  };
  docs.forEach((d, i) => {
    const own = d.article.source ? `source:${fold(d.article.source)}` : `article:${d.article.id}`;
    let key = own;
    for (let j = 0; j < i; j++) {
      const a = sets[i] ?? new Set<string>();
      const b = sets[j] ?? new Set<string>();
      const shared = [...a].filter((s) => b.has(s)).length;
      const other = docs[j];
      const copied = shared >= 2 && shared * 2 >= Math.min(a.size, b.size);
      if (other && (copied || nearDuplicate(signature(i), signature(j)).copy)) {
        key = keys.get(other.article.id) ?? key;
        break;
      }
    }
    keys.set(d.article.id, key);
  });
  return keys;
}

/** A line watched, named by a pronoun: "every kilometre of it is watched", "drones patrol it". */
const WATCHED_PRONOUN =
  /\b(?:it|them)\s+(?:is|are|was|were)\s+(?:now\s+|also\s+|constantly\s+)?(?:watched|monitored|observed|surveilled|covered|patrolled)\s+by\b|\b(?:watch|watches|watched|monitor|monitors|monitored|patrol|patrols|patrolled)\s+(?:it|them)\b/i;
/**
 * A part of a detention site named without its name: "the centre", "the facility", "the wing where
 * the men of the organisation were held", "its dormitories". In a story about that site, it is there.
 * So is its gate, tower or outer wall fired on: "gunmen fired on the main gate from two pickups",
 * "they fired at the guards' watchtower for ten minutes" attack the site the story is about; and
 * its guards killed or wounded ("three guards were killed", "one of their guards had been
 * wounded") fell at that site.
 */
/** Escapees taken again: "three of them were recaptured". */
const RECAPTURE = /\brecaptur\w*/i;
/** A crossing's name made of its town's and the word for a crossing: "al qaim border crossing" (folded). */
const CROSSING_NAMED_FOR = /^(.+?) (?:border )?crossing(?: point)?$/;
const FACILITY_REFERENCE =
  /\b(?:the|that|this) (?:detention )?(?:centres?|centers?|facility|facilities|site|annex(?:es)?)\b|\b(?:fired|shot|shooting|firing|opened fire) (?:on|at) (?:the|its|their) (?:[\w'’-]+ ){0,2}?(?:gates?|watchtowers?|guard towers?|towers?|perimeter|outer walls?)\b|\bguards (?:(?:were|have been|had been) (?:killed|wounded|injured|shot dead)|(?:was|has been|had been) (?:killed|wounded|injured|shot dead))\b|\brecaptur\w*|\b(?:the|that|this|its) (?:[\w-]+ )?(?:wings?|cell ?blocks?|dormitor(?:y|ies))\b|\bwhere (?:[\w'’-]+ ){1,6}(?:were|are|was|is) (?:being )?(?:held|detained|jailed|imprisoned)\b/i;
/** Bodies whose measures are not security measures: ministries of farming, health, water ..., park rangers. */
const CIVILIAN_BODY =
  /\b(?:ministry of (?:agriculture|health|water(?: resources)?|environment|education|culture|tourism|transport|finance|electricity|oil|trade|planning|municipalities)|(?:agriculture|health|water|environment|tourism|finance|electricity|oil) ministry|agriculture organi[sz]ation|rangers?|nature reserve|wildlife reserve)\b/i;
const SECURITY_KINDS = new Set([
  "state-security",
  "military",
  "militia",
  "kurdish-force",
  "jihadist",
  "coalition",
  "foreign-military",
  "rebel",
]);
/**
 * The guards of a camp or prison, named by their post: also in the possessive ("the camp's
 * security was under control") and by where they stand ("the number of guards on the Phase 5
 * perimeter", "guards at the gates").
 */
const SITE_GUARDS =
  /\b(?:(?:camp|prison)(?:['’]s)? (?:security(?: forces)?|administration|management|guards?|authorities|police)|guard force|prison guards|the guards|number of guards|guards (?:on|at|around|along) (?:the |its )?(?:[\w'’-]+ ){0,3}?(?:perimeter|fences?|gates?|towers?|walls?))\b/i;
/**
 * The site's guards as the subject that opens the sentence ("Camp guards carried out a sweep,
 * arresting 40 ISIS suspects"): the measure is theirs, whatever group it names as its target.
 */
const GUARDS_SUBJECT = new RegExp(String.raw`^\s*(?:the\s+)?(?:${SITE_GUARDS.source})`, "i");
/**
 * "A declaration by an FBI agent states that camp guards foiled at least six escape attempts in
 * three months": a count of escape attempts, told by a body from outside the site's guards (a
 * foreign agency, a court, a monitor), is told as a warning that escapes keep being tried, not as
 * the guards' own claim of control.
 */
const ESCAPE_ATTEMPTS_TALLY =
  /\b(?:foiled|thwarted|stopped|prevented|intercepted|frustrated)\s+(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|almost\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several|many|numerous)\s+(?:escape attempts|attempted escapes|attempts to escape|breakout attempts)\b/i;
/** An arrangement under which one force backs another: a contract, an agreement, a programme. */
const ARRANGEMENT = "(?:contract|agreement|deal|programme|program|arrangement|grant|mandate)s?";
/**
 * "The route was run under a contract to supply the partner forces that guard the camps", then
 * "The contract was not renewed": support told under an arrangement that the next sentence, naming
 * it again, tells ended (not renewed, cancelled, expired) is support no longer given. "The contract
 * was renewed" ends nothing.
 */
const ARRANGEMENT_ENDED = new RegExp(
  String.raw`^(?:the|that|this|its|their|our) (?:[\w'’-]+ ){0,2}?${ARRANGEMENT} (?:(?:was|were|is|are|has|have|had|will|would) (?:not|never) (?:been |be )?(?:renewed|extended)|(?:was|were|has been|have been|had been|will be|would be) (?:cancell?ed|terminated|ended|discontinued|scrapped)|(?:has |have |had |will |is to |are to )?(?:expired?|lapsed?|ended|end|ran out|run out))\b`,
  "i",
);
const UNDER_ARRANGEMENT = new RegExp(String.raw`\b${ARRANGEMENT}\b`, "i");
const TOLD_BY =
  /\b(?:states?|stated|says|said|testified|told|according to|reports?|reported|declares?|declared|writes|wrote|found)\b/i;
const FIGURE = /\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g;
/**
 * An agreement between two parties: "a bilateral agreement", "a bilateral security memorandum",
 * and the tie it sets up: "a bilateral security partnership", "bilateral defence cooperation".
 */
const BILATERAL =
  /\bbilateral (?:[\w-]+ ){0,2}?(?:agreements?|memorand(?:um|a)|accords?|arrangements?|deals?|pacts?|frameworks?|partnerships?|cooperation|co-operation)\b/i;
const STATE_FORCE_KINDS = new Set(["state-security", "military", "militia"]);
/**
 * "Since November, army units and tribal auxiliaries have taken over the checkpoints", after a
 * sentence on a raid that killed four ISIS members: a state's force told by a common noun as
 * taking up ground (taking over, moving in, arriving, deployed, garrisoning towns: "government
 * forces now garrison Sukhnah, Palmyra and Al-Furqlus with several thousand troops") is the doer
 * of the measure, and the group a sentence before it named (the raid's target) rules nothing of
 * it out. A force only described where it stands ("positions manned by a few dozen soldiers",
 * "patrols stop at sunset") takes up no ground, and is read as before.
 */
const STATE_DOERS =
  /\b(?:army|soldiers|troops|(?:army|military|security|police|border) (?:units|forces|patrols)|security forces|police(?:men)?|border guards?|gendarmes|battalions?|brigades?|regiments?)\b/i;
const TAKING_UP_GROUND =
  /\b(?:t(?:ook|aken|akes?|aking) over|mov(?:ed|es?|ing) into|deployed|arrived|garrison(?:s|ed|ing)?|(?:was|were|have been|has been) sent)\b/i;
const stateDoers = (f: Fact) =>
  f.kind === "countermeasure" && STATE_DOERS.test(f.text) && TAKING_UP_GROUND.test(f.text);
const GENERIC_FORCE =
  /^(?:the )?(?:border guards?|border forces|army|security forces|police|border police)\b/i;
/** "Al-Malikiyah lies only about 15 kilometres from the Iraqi border": how far a site is from a border. */
const BORDER_DISTANCE =
  /\b(?:kilometres?|kilometers?|km|miles?) (?:from|of|north of|south of|east of|west of) (?:the )?(?:[A-Z][a-z]+i |[a-z]+ )?border\b/i;
/** Seizures told as a total with no object: "seizures amounted to 6.2 million US dollars". */
const BARE_SEIZURES =
  /\bseizures (?:(?:had |have )?(?:amounted|totall?ed|came|reached|stood|ran)|(?:were|was) (?:worth|valued))\b/i;
/** A seizure told of what the sentence just named: ", which the army seized", "that customs confiscated". */
const SEIZED_ANTECEDENT =
  /,\s*(?:which|that)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:had\s+|have\s+|has\s+)?(?:seized|confiscated|impounded|intercepted)\b|\b(?:seized|confiscated|impounded|intercepted)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:vehicles?|cars?|trucks?|lorries|lorry|pickups?|pick-ups?|vans?|tankers?|boats?|containers?|convoys?|bags?|sacks?|crates?|parcels?|packages?)\s*,?\s*(?:which|that)\s+(?:were\s+|was\s+|had\s+been\s+)?(?:carried|carrying|contained|containing|held|holding|loaded with|laden with|hid|hiding|concealed|concealing|transported|transporting)\b/i;
/** What a seizure is of, in the tags that say it: the contraband a border's forces stop. */
const SEIZED_GOODS = new Set(["smuggling", "drugs", "weapons"]);
/** A sentence that counts over a period: "Since the beginning of the year, ... killing 17 smugglers". */
const TALLY =
  /\b(?:since (?:the (?:beginning|start) of|early|late|last|january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|so far this year|to date|in total|a total of|over the (?:past|last) (?:\w+ )?(?:days|weeks|months|year))\b/i;
const NAMED_COALITION =
  /\b(?:(?!(?:The|A|An|This|That|Its|Their|Our|International|Global|Western|Arab|Military|Anti-ISIS|US-led|U\.S\.-led)\b)[A-Z][\w'’-]+ ){1,3}(?:coalition|alliance|bloc)\b/;
const ANTI_ISIS_COALITION =
  /\b(?:international|global|us-led|u\.s\.-led|anti-isis|western|military|inherent resolve|cjtf)\b/i;
/**
 * An appeal: what follows it is asked for, not reported. So are a petition's or an open letter's
 * own requests ("We ask for compensation for the pastures lost to the trench", "We ask the
 * governor to open two gates in the wall").
 */
const APPEAL =
  /\b(?:call(?:s|ed)? (?:on|upon)|urg(?:es|ed)|appeal(?:s|ed)? to|ask(?:s|ed)) (?:the )?(?:citizens|residents|civilians|people|public|population|families|media|authorities|international community)\b|\b(?:we|i) (?:(?:therefore|also|again|respectfully) )?(?:ask|request|demand|urge|call (?:on|upon|for)|appeal to|petition)\b/i;
const REASON = /\b(?:because|after|since|following|as|when|while|given)\b/i;
/**
 * A sentence that asks rather than tells. A question may be reported without its mark, its asker
 * after it: "Is this the fence we were promised, he asked.", "Why are the cameras still off, the
 * mayor wondered." It opens with an auxiliary or a question word and closes on who asked.
 */
const QUESTION =
  /\?["'’”)]*\s*$|^["'‘“]?(?:is|are|was|were|do|does|did|can|could|would|will|should|has|have|had|why|where|who|what|how)\b[^.!?]*,\s*(?:he|she|they|we|(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})\s+(?:asked|wondered|demanded to know)\.?["'’”)]*\s*$/i;
/**
 * A sentence that lists subjects to write or speak on rather than telling what happened: "Suggested
 * topics include ... smuggling economies", "Papers on smuggling should draw on fieldwork" (a call
 * for papers, a syllabus, a conference programme). A subject named is no report of it.
 */
const TOPIC_LEAD =
  /^["'‘“]?(?:(?:the )?(?:suggested|possible|proposed|main|key|conference|panel|workshop|course) )?(?:topics?|themes?|subjects?) (?:include|includes|will include|may include|might include|could include|are|cover|covers)\b|^["'‘“]?(?:papers|articles|abstracts|contributions|submissions|proposals|essays|chapters|panels?) (?:on|about|dealing with|addressing)\b/i;
/**
 * A transcript's speaker label, the convention of press conferences, interviews and hearings: one
 * to four capitalised words before a colon, with the language or outlet in brackets ("Al-Rubaie:",
 * "Bellini (in English):", "Question (Reuters):").
 */
const SPEAKER_LABEL = /^(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\([^)]{1,60}\))?:\s/;
/**
 * The body an official statement speaks for, named in the first person: "our forces", "our units",
 * and "we" as the subject that opens a sentence ("We continue to support our partners in Syria").
 * A "we" that only speaks ("We ask the public", "We will not comment") or denies does nothing.
 * So are reinforcements the statement tells sent with no sender ("Additional reinforcements were
 * sent to the town on Friday"): the body that speaks sent its own ("... were sent by the army" names another).
 */
const OUR_FORCES =
  /\bour (forces|fighters|units|troops|men|guards)\b|^(?:(?:additional|more|fresh|further|new|internal|security|police|army|military)\s+){0,3}reinforcements\s+(?:were|have been|had been)\s+(?:sent|deployed|dispatched|rushed)\b(?![^.;]*\bby\b)|^we (?!(?:[a-z]+ )?(?:not|never)\b)(?!(?:ask|call|urge|note|welcome|thank|recogni[sz]e|reject|deny|condemn|hope|expect|believe|remind|stress|reiterate|refer|regret)\b)/i;
/**
 * The first person plural of an answer in a transcript ("IBRAHIM: ... we have moved 600 guards",
 * "the cells in the desert attack us"): the body the labelled speaker was introduced as belonging
 * to ("Rojhat Ibrahim of the SDF's detention office"), as "our forces" is the body a statement
 * speaks for.
 */
const FIRST_PLURAL = /\b(?:we|us|our)\b/i;
/** The words of a speaker label, without its bracketed note: "Bellini (in English):" → ["bellini"]. */
function labelWords(sentence: string): string[] {
  const label = SPEAKER_LABEL.exec(sentence);
  if (!label) return [];
  return label[0]
    .replace(/\([^)]*\)/g, " ")
    .replace(/:\s*$/, "")
    .trim()
    .toLowerCase()
    .split(/\s+/);
}
/**
 * The body each labelled speaker of a transcript belongs to: a person of the text named by the
 * label (by any word of the name: "IBRAHIM" for "Rojhat Ibrahim") whose affiliation is a body the
 * text names and the lexicon knows. A label that could be two people gives none.
 */
function answererBodies(facts: FactsDocument): Map<string, NonNullable<ReturnType<typeof lexiconEntry>>> {
  const out = new Map<string, NonNullable<ReturnType<typeof lexiconEntry>>>();
  const bodies = new Map<string, string>();
  // Bodies and people the text mentions aside ("the security forces") answer as well.
  const all = everyEntity(facts);
  for (const e of all)
    if (e.type === "organization" && e.lexiconId)
      for (const n of [e.name, ...e.aliases]) if (n) bodies.set(n.toLowerCase(), e.lexiconId);
  const people = all.filter((e) => e.type === "person" && e.affiliation);
  for (const s of facts.sentences) {
    const words = labelWords(s.text);
    if (words.length === 0) continue;
    const key = words.join(" ");
    if (out.has(key)) continue;
    const who = people.filter((p) =>
      p.name
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.length > 2 && words.includes(w)),
    );
    const ids = new Set(who.flatMap((p) => bodies.get((p.affiliation ?? "").toLowerCase()) ?? []));
    const [id] = ids;
    const entry = ids.size === 1 && id ? lexiconEntry(id) : undefined;
    if (entry) out.set(key, entry);
  }
  return out;
}
/** Kinds of body that have partner forces of their own in the region, rather than being one. */
const FOREIGN_KINDS = new Set(["coalition", "foreign-military"]);
/**
 * "Our partner forces' advisers", "our international partners", said by a force of the region (the
 * Peshmerga, Iraq's or the SDF's commands): the foreign forces that advise and support it, i.e.
 * the coalition. (Said by CENTCOM or the Pentagon, partner forces are the local ones.)
 */
const PARTNERS_OF_LOCAL_FORCE =
  /\bour (?:international |foreign |coalition )?partner[- ]forces?\b|\bour (?:international|foreign|coalition) (?:partners|allies)\b/i;
/**
 * "The cells in the desert attack us every week", "desert cells": in Iraq and Syria the armed cells
 * of the desert (the Badia, the Anbar and Syrian deserts) are ISIS's, the name of every force that
 * fights them.
 */
const DESERT_CELLS = String.raw`(?:(?:the )?(?:(?:armed|sleeper|hidden) )?cells (?:in|of) the (?:[\w-]+ )?(?:desert|badia)\b|\bdesert cells)`;
/** ISIS described, not named: "cells of the organisation", "gunmen of the Khawarij", "terrorist cells". */
const ISIS_DESCRIBED = `(?:(?:cells|remnants|militants|fighters|gunmen|men|members) of the organi[sz]ation|the organi[sz]ation['’]s (?:cells|fighters|militants|remnants|men)|(?:(?:gunmen|men|fighters|cells|members) of )?(?:the )?khawarij|terrorist cells?|${DESERT_CELLS})`;
/** What may stand between "its" and its forces' noun, and the nouns themselves. */
const FORCE_WORDS = String.raw`(?:all |the (?:last|rest|remainder) )?(?:of )?(?:its|their) (?:(?:remaining|last|special|combat|military|roughly|about|around|some|nearly|almost|[\d,]+) )*(?:forces|troops|soldiers|trainers|instructors|advisers|advisors|contingents?|personnel)`;
/**
 * A state's own forces taken out: "withdraw its special forces", "pull out all of their trainers",
 * "withdraw its 650 troops", "brought home the last of its advisers".
 */
const OWN_FORCES_OUT = new RegExp(
  String.raw`\b(?:withdraw(?:s|ing|n)?|withdrew|pull(?:s|ed|ing)? out|bring(?:s|ing)? home|brought home|remov(?:e|es|ed|ing)) ${FORCE_WORDS}\b|\b(?:pull(?:s|ed|ing)?|bring(?:s|ing)?|brought|take(?:s|n)?|taking|took) ${FORCE_WORDS} (?:out|home)\b`,
  "i",
);
/**
 * "The Norwegian training contribution in Iraq ended when the last 45 personnel returned home",
 * "all 60 of its trainers have come home": the last, all or the rest of a state's force gone home
 * is that state's own force taken out, as "brought home its troops" is.
 */
const OWN_FORCES_HOME =
  /\b(?:the last|all(?: (?:the|its|their))?|the remaining|the rest of (?:the|its|their)) (?:[\d,]+ )?(?:of (?:the |its |their ))?(?:[\w'’-]+ )?(?:soldiers|troops|personnel|service ?members|advisers|advisors|trainers|instructors) (?:have |has |had )?(?:returned|come|came|come back|came back|gone|went|flown|flew|were flown|were brought|have been brought|had been brought) home\b/i;
/** "Italy has roughly 650 soldiers in Iraq", "Spain keeps about 300 troops there": a state's own force, counted. */
const OWN_FORCES_HELD =
  /\b(?:has|have|had|keeps?|kept|maintains?|maintained) (?:still )?(?:(?:some|about|roughly|around|nearly|almost|approximately|only|just|an estimated|fewer than|more than|less than|up to) )?[\d,.]+ (?:soldiers|troops|service ?members|military personnel|personnel|trainers|instructors|advisers|advisors)\b/i;
/**
 * A band named back by a definite noun, as the author of a shooting: "members of the network
 * opened fire", "the gang's gunmen fired on the patrol", "men from the ring shot at the officers".
 * Who they are is told by a sentence before (see `smuggledBy`).
 */
const BAND_FIRED =
  /\b(?:(?:members|men|gunmen|fighters) (?:of|from) (?:the|this|that) (?:smuggling )?(?:network|ring|gang|cartel)|(?:the|this|that) (?:network|ring|gang|cartel)['’]s (?:members|men|gunmen|fighters))\b(?:\s+[\w'’-]+){0,3}?\s+(?:opened fire|fired|shot|attacked|ambushed|clashed)\b/i;
/**
 * ISIS described, not named, as the author of an attack: its subject ("cells of the organisation
 * attacked an army checkpoint", "the Khawarij ambushed a convoy"), its agent after "by" ("shot dead
 * by gunmen of the Khawarij", "the attack by terrorist cells on a bus", "carried out by the
 * organisation") or its claimant ("the organisation's Amaq agency claimed the attack"). The
 * extractor tags an attack as the insurgents' only when their group is named as its author;
 * described, it is the same author.
 */
const DESCRIBED_ATTACKER = new RegExp(
  String.raw`\b${ISIS_DESCRIBED}\s+(?:[\w'’-]+\s+)?(?:attacked|attack|attacks|ambushed|stormed|raided|struck|targeted|bombed|shelled|opened fire|fired on|killed|kidnapped|abducted)\b` +
    String.raw`|\b(?:attacks?|ambush(?:es)?|bombings?|raids?|assaults?|attacked|ambushed|stormed|raided|struck|targeted|bombed|shelled|killed|shot(?: dead)?|kidnapped|abducted|carried out|committed|perpetrated)\s+(?:[\w'’-]+\s+){0,8}?by\s+(?:the\s+)?(?:${ISIS_DESCRIBED}|organi[sz]ation\b)` +
    String.raw`|\b(?:(?:the organi[sz]ation['’]s|isis['’]?s?|the islamic state['’]s|daesh['’]?s?)\s+(?:amaq(?: news)?(?: agency)?|(?:media|news|propaganda) (?:agency|outlet|wing))|amaq(?: news)?(?: agency)?)\s+claimed\b`,
  "i",
);
/**
 * A story about one leader of ISIS (a reward notice, a profile, a sanctions listing): its lede
 * names him as the group's commander, emir or leader ("an ISIS commander who leads the group's
 * cells", "the emir of the Islamic State in the desert").
 */
const ISIS_LEADER_LEDE =
  /\b(?:isis|isil|daesh|islamic state)(?:['’]s?)?\s+(?:(?:senior|top|regional|local|field|military|desert)\s+)?(?:commander|leader|emir|chief)\b|\b(?:commander|leader|emir|chief|head)\s+(?:of|in|for)\s+(?:the\s+)?(?:isis|isil|daesh|islamic state)\b/i;
/**
 * In such a story, the leader's followers: "his fighters", "cells under his command", "the men he
 * leads". They are the group's, as named.
 */
const LEADER_FOLLOWERS = String.raw`(?:\b(?:his|her)\s+(?:fighters|men|cells|militants|gunmen|followers|loyalists)\b|\b(?:cells|fighters|men|militants|gunmen|units)\s+(?:under|loyal to)\s+(?:his|her)\s+command\b|\b(?:cells|fighters|men|militants|gunmen)\s+(?:he|she)\s+(?:commands|leads|led|commanded)\b)`;
/** The leader's followers as the authors of an attack: "his fighters ambushed a convoy", "cells under his command carried out 58 attacks". */
const LEADER_FOLLOWERS_ATTACKED = new RegExp(
  String.raw`${LEADER_FOLLOWERS}\s+(?:[\w'’-]+\s+)?(?:attacked|ambushed|stormed|raided|struck|targeted|bombed|shelled|opened fire|fired on|killed|kidnapped|abducted|carried out|launched|staged)\b`,
  "i",
);
/** "He commands cells ...", "He is also believed to have received fighters": the leader himself, told as the sentence's subject. */
const LEADER_SUBJECT = /^(?:he|she)\s/i;
/**
 * "It is the group's fourth claimed raid near Sukhnah this month", in a story whose lede names
 * ISIS: "the group" is the one the story is about, and its attack is the insurgents' (see
 * `groupStory`). So is a road "the group has cut" or "blocked" in such a story: the group named
 * back as the subject of the cut.
 */
const GROUP_ATTACK =
  /\bthe group['’]s\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|most recent|deadliest|biggest|largest|\d+(?:st|nd|rd|th))\s+)?(?:(?:claimed|reported|confirmed)\s+)?(?:attacks?|ambush(?:es)?|raids?|assaults?|bombings?)\b|\bthe group\s+(?:(?:has|had|have)\s+)?(?:(?:again|now|once more|twice|repeatedly)\s+)?(?:cut|blocked|severed)\s+(?:off\s+)?(?:the|a|both|two)\s+(?:[\w'’-]+\s+){0,2}?(?:roads?|highways?|supply (?:routes?|lines?))\b/i;
const ISIS_NAMED = /\b(?:isis|isil|daesh|islamic state)\b/i;
const ATTACK_EVENT = new Set(["Battles", "Explosions/Remote violence", "Violence against civilians"]);
/** CAMEO's "fight" root (19x): force used, a blockade (191) among it. */
const FORCE_USED = /^19\d?$/;

/**
 * Bodies a text names only by a description or an allusion, never by name: columns, letters,
 * humanitarian narratives and official registers that avoid a name, each for a reason of its own.
 * - ISIS: "the Khawarij" (the word Iraqi, Syrian and Gulf officials use for it), "the men of the
 *   black banners / flags" (its banner), "the organisation's cells" (the tanzim of Iraqi usage).
 * - the coalition: "international (military) forces" (the humanitarian and UN term for it in Iraq
 *   and Syria), "friends from across the ocean" (the United States, seen from the region).
 * - the SDF: "our partners who guard the camps" (the only force guarding the camps and prisons of
 *   ISIS families) anywhere; "the partner force" (CENTCOM's word for it) and "the de facto
 *   authorities" (the humanitarian word for the north-east's administration) only in a story set
 *   in north-east Syria, since elsewhere they are other bodies.
 */
const DESCRIBED: readonly { re: RegExp; id: string; northeast?: true; notWhere?: RegExp }[] = [
  {
    re: /\b(?:(?:the )?khawarij|kharijites?|(?:men|fighters|followers|wives|sons|widows|children) of the black (?:banners?|flags?)|the black (?:banners?|flags?)['’]|the organi[sz]ation['’]s (?:cells|fighters|militants|remnants|men)|(?:cells|remnants|militants) of the organi[sz]ation|(?:carried out|committed|perpetrated) by the organi[sz]ation)\b/i,
    id: "org/isis",
  },
  {
    // "Terrorist cells" is Damascus', Baghdad's and the SDF's name for ISIS's cells, as are the
    // cells of the desert; in a story that names Turkey or the Kurdish parties Ankara calls
    // terrorists, they may be those. So are "the remnants of the terrorist gangs", Baghdad's name
    // for what is left of ISIS since its defeat (bare "terrorist gangs" was Damascus' word for
    // every armed rebel).
    re: new RegExp(
      String.raw`\bterrorist cells?\b|\b${DESERT_CELLS}\b|\bremnants of (?:the )?terrorist gangs\b`,
      "i",
    ),
    id: "org/isis",
    notWhere: /\b(?:turkey|turkish|t[üu]rkiye|ankara|pkk|ypg|ypj)\b/i,
  },
  {
    re: /\binternational (?:military )?(?:forces|troops)\b|\b(?:friends|partners|allies) (?:from )?(?:across|over|beyond) the (?:ocean|atlantic)\b/i,
    id: "org/coalition",
  },
  {
    // "The foreign tenant forces will vacate the last of their compounds", "the foreigners' convoy
    // left the gas field base", "the foreign soldiers packed everything and left": in Iraq and
    // north-east Syria, foreign troops at a base are the coalition's. Where a story names the other
    // foreign armies of the region (Russia's, Iran's, Turkey's) they may be those. Foreign fighters
    // are ISIS's recruits, not troops, and forces told absent ("able to protect the country
    // without foreign combat forces") are nobody's. Foreign advisers are left to their story: a
    // manifesto that rejects "attacks on the bases that host foreign advisers" tells of no posture.
    // Advisers told military ("the foreign military advisers based at the air base") are troops.
    re: /(?<!\b(?:without|no|nor|any) (?:the |any )?)\b(?:the )?(?:foreign|foreigners['’]) (?:(?:tenant |military |combat )?(?:forces|troops|soldiers|convoys?|bases?|contingents?)|military (?:advisers|advisors|trainers))\b/i,
    id: "org/coalition",
    notWhere:
      /\b(?:russia|russian|russians|iran|iranian|iranians|turkey|turkish|t[üu]rkiye|hezbollah|wagner)\b/i,
  },
  {
    // "advising the partner force that guards detention facilities and camps": the force named
    // only as the partner that guards them, with or without the article before the sites.
    re: /\bpartner(?:s|[- ]forces?)? (?:who|that) (?:guards?|run|runs|hold|holds) (?:the )?(?:camps?|prisons?|detention)\b/i,
    id: "org/sdf",
  },
  {
    re: /\b(?:the|its|our) (?:syrian )?partner[- ]forces?\b|\bpartner[- ]force\b|\bde facto authorit(?:y|ies)\b/i,
    id: "org/sdf",
    northeast: true,
  },
  {
    // "the detention camps there hold thousands of Iraqis and the forces guarding them have lost
    // much of their support": in the north-east, the force that guards the camps and prisons of
    // ISIS detainees is the SDF, whether the camps are named in the clause or before it.
    re: /\b(?:forces|guards|units|fighters|men) (?:that |who )?guard(?:s|ing)? (?:the (?:[\w'’-]+ ){0,2}?(?:camps?|prisons?|detention (?:camps?|centres?|centers?|facilit(?:y|ies)|sites?))|(?<=\b(?:camps?|prisons?|detention)\b[^.;]{0,120})them)\b/i,
    id: "org/sdf",
    northeast: true,
  },
];

/**
 * "Reduced funding increases the risk that partner forces in Syria will be unable to secure
 * detention facilities": in the mouth of the US or the coalition (the Pentagon's budget, a US
 * division's release), the partner force in Syria is the SDF, the one force they back there. Told
 * of Iraq, their partners are Iraq's forces.
 */
const FOREIGN_PARTNERS_IN_SYRIA = {
  re: /\bpartner[- ]forces?\b(?=[^.;]{0,40}\b(?:in|across|of) (?:north-?east(?:ern)? |eastern )?syria\b)|\b(?:in|across) (?:north-?east(?:ern)? |eastern )?syria\b[^.;]{0,40}\bpartner[- ]forces?\b/i,
  id: "org/sdf",
};

/** A body the text names only by a role ("our forces", "the guard force"), as the entity it stands for. */
function standsFor(role: string, entry: NonNullable<ReturnType<typeof lexiconEntry>>): ResolvedEntity {
  return {
    id: `${role}:${entry.id}`,
    coordinates: null,
    type: entry.type,
    name: entry.name,
    lexiconId: entry.id,
    kind: entry.kind,
    affiliation: entry.affiliation ?? null,
  };
}

const BROAD_KINDS = new Set(["country", "region", "governorate", "border", "river"]);
const BROAD = new Set(["country", "border", "river"]);

/** Square degrees: an area smaller than this (a mountain range, a valley) is as specific as a town. */
const SMALL_AREA = 1.5;
function broad(e: ResolvedEntity): boolean {
  if (!e.kind || !BROAD_KINDS.has(e.kind)) return false;
  if (e.kind !== "region") return true;
  const box = e.lexiconId ? extentOf(e.lexiconId) : undefined;
  return !box || (box[2] - box[0]) * (box[3] - box[1]) >= SMALL_AREA;
}

/** Folded names of the specific things among entities: people, facilities, towns, small areas; not countries or groups. */
const anchorsOf = (entities: readonly ResolvedEntity[]) =>
  entities.filter((e) => e.type !== "organization" && !broad(e)).map((e) => fold(e.name));

/** Every fact of every article as a report, with the entities and dates patterns look at. */
/**
 * Whether a sentence names a country only as a side of its border: "watch the Syrian side", "on
 * the Iraqi side of the fence", every mention of the country being its adjective before "side".
 * So is a country named only as where those driven off went back to ("a drone followed them back
 * into Syria", "the others fled back to the Syrian desert"): it is the far side of the line the
 * sentence's watch or fight was on. So is a country named only as where crossers came from ("arrested
 * 14 people trying to cross illegally from Syria", "scanners check every lorry entering from
 * Syria"): the arrest or the check was made on the near side. So is a
 * country named only as where goods are moved to ("smugglers use the gap to move sheep and fuel
 * into Syria"): the loads leave from the near side, where the story is. So is a country named only
 * as the neighbour a border is shared with ("cameras installed along the border with Syria"): the
 * border is the near side's, where the story is. So is a country named only by its people ("42
 * people trying to cross, most of them Syrians", "three Iraqis were among the dead"): who they are
 * says nothing of where the sentence is set. Nor do the aircraft a country is named for ("Russian
 * aircraft carried out dozens of strikes on ISIS positions east of the town"): a warplane's flag
 * says nothing of where it struck, which the sentences before it tell.
 */
/**
 * The countries on whose side a measure is told to stand: "the berm on the Iraqi side had been
 * deepened" is Iraq's. Read of countermeasures only, by the country's adjective before "side".
 */
function sideOfMeasure(
  f: Pick<Fact, "kind">,
  resolved: readonly Pick<ResolvedEntity, "kind" | "name">[],
  sentence: string,
): string[] {
  if (f.kind !== "countermeasure") return [];
  return resolved
    .filter(
      (e) =>
        e.kind === "country" &&
        e.name.length >= 4 &&
        new RegExp(`\\bon\\s+the\\s+${escapeRegExp(e.name.slice(0, 4))}\\p{L}*\\s+side\\b`, "iu").test(
          sentence,
        ),
    )
    .map((e) => e.name);
}

function onlySide(e: Pick<ResolvedEntity, "kind" | "name">, sentence: string): boolean {
  if (e.kind !== "country" || e.name.length < 4) return false;
  return sideOnlyIn(escapeRegExp(e.name.slice(0, 4)), sentence);
}
/** "Russian aircraft", "Turkish drone strikes": a country named by the aircraft that fly for it. */
const flownBySource = (stem: string) =>
  `\\b${stem}\\p{L}*\\s+(?:(?:fighter|attack|military|war)\\s+)?(?:aircraft|warplanes?|jets?|planes?|helicopters?|drones?|bombers?|gunships?|air\\s+forces?)\\b`;
/** Whether a sentence names a country by the aircraft that fly for it: the country is their doer. */
const flownByReaders = new Map<string, RegExp>();
function flownBy(e: Pick<ResolvedEntity, "kind" | "name">, sentence: string): boolean {
  if (e.kind !== "country" || e.name.length < 4) return false;
  const stem = escapeRegExp(e.name.slice(0, 4));
  let read = flownByReaders.get(stem);
  if (!read) {
    if (flownByReaders.size >= 256) flownByReaders.clear();
    read = new RegExp(flownBySource(stem), "iu");
    flownByReaders.set(stem, read);
  }
  return read.test(sentence);
}
/** What `onlySide` reads for one country, compiled once per country. */
const sideReaders = new Map<string, (sentence: string) => boolean>();
function sideOnlyIn(stem: string, sentence: string): boolean {
  let read = sideReaders.get(stem);
  if (!read) {
    if (sideReaders.size >= 256) sideReaders.clear();
    read = sideReader(stem);
    sideReaders.set(stem, read);
  }
  return read(sentence);
}
function sideReader(stem: string): (sentence: string) => boolean {
  const named = new RegExp(`\\b${stem}\\p{L}*`, "iu");
  const sides = [
    `\\bback\\s+(?:(?:in)?to|across\\s+(?:the\\s+)?(?:border|line|frontier)\\s+(?:in)?to)\\s+(?:the\\s+)?${stem}\\p{L}*`,
    `\\b${stem}\\p{L}* side\\b`,
    `\\b${stem}\\p{L}*(?:ans|is)\\b`,
    flownBySource(stem),
    `\\b(?:border|frontier)\\s+with\\s+(?:the\\s+)?${stem}\\p{L}*`,
    `\\b(?:cross\\p{L}*|infiltrat\\p{L}*|sneak\\p{L}*|slip\\p{L}*|smuggl\\p{L}*|enter(?:s|ed|ing)?)(?:\\s+[\\p{L}'’-]+){0,2}?\\s+from\\s+(?:the\\s+)?${stem}\\p{L}*(?:\\s+(?:side|territory))?`,
    `\\b(?:smuggl\\p{L}*|mov(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|ferr(?:y|ies|ied|ying)|bring(?:s|ing)?|brought|take|takes|taking|took)\\b[^.;:]{0,60}?\\s+(?:in)?to\\s+(?:the\\s+)?${stem}\\p{L}*`,
  ].map((source) => new RegExp(source, "giu"));
  const elsewhere = new RegExp(`\\b${stem}`, "iu");
  // Asked once per fact and per place of a sentence: each sentence is read once per country
  // (speed only; the answer is the sentence's and the stem's alone).
  return rememberedPerText((sentence) => {
    if (!named.test(sentence)) return false;
    let rest = sentence;
    for (const side of sides) rest = rest.replace(side, " ");
    return !elsewhere.test(rest);
  }, 1024);
}

/** A place or a facility: where something is. */
const isPlace = (e: ResolvedEntity) => e.type === "place" || e.type === "facility";
/** A place the lexicon knows, or one with coordinates: one whose whereabouts are known. */
const placeKnown = (e: ResolvedEntity) => e.lexiconId !== null || e.coordinates !== null;

/**
 * The country of each place the lexicon does not know, as the story's sentences place it: "the
 * village of Tell Jaber in the western Raqqa countryside" lies in Syria, and so does "Tell Jaber"
 * in another article of the story that names no known place (an official statement names only
 * the village). A place is located only when every known place named in its sentences lies in
 * one country, a national capital aside (named for its government, not for where things are).
 */
function unknownPlaceCountries(
  docs: readonly SourceDocument[],
): Map<string, { country: string; places: ResolvedEntity[] }> {
  const seen = new Map<string, Set<string | null>>();
  const near = new Map<string, ResolvedEntity[]>();
  for (const { facts } of docs) {
    const all = everyEntity(facts)
      .filter((e) => !e.reportedFrom && !e.passing)
      .map((e) => ({ r: resolve(e), sentences: new Set(e.mentions.map((m) => m.sentence)) }));
    const inSentence = new Map<number, ResolvedEntity[]>();
    for (const { r, sentences } of all)
      for (const s of sentences) inSentence.set(s, [...(inSentence.get(s) ?? []), r]);
    for (const { r, sentences } of all) {
      if (!isPlace(r) || placeKnown(r) || r.affiliation) continue;
      const around = [...sentences].flatMap((s) =>
        (inSentence.get(s) ?? []).filter(
          (x) => isPlace(x) && placeKnown(x) && !(x.lexiconId && lexiconEntry(x.lexiconId)?.capital),
        ),
      );
      if (around.length === 0) continue;
      const key = fold(r.name);
      const countries = seen.get(key) ?? new Set<string | null>();
      for (const x of around) countries.add(x.kind === "country" ? x.name : x.affiliation);
      seen.set(key, countries);
      near.set(key, [...(near.get(key) ?? []), ...around.filter((x) => x.kind !== "country")]);
    }
  }
  const out = new Map<string, { country: string; places: ResolvedEntity[] }>();
  for (const [name, countries] of seen) {
    const [only] = [...countries];
    if (countries.size === 1 && only) out.set(name, { country: only, places: near.get(name) ?? [] });
  }
  return out;
}

export function collectReports(docs: readonly SourceDocument[]): Report[] {
  const keys = sourceKeys(docs);
  const reports: Report[] = [];
  const locatedUnknown = unknownPlaceCountries(docs);
  for (const { article, facts, grade } of docs) {
    // What the facts may point to: the article's own entities and those it mentions aside.
    const allEntities = everyEntity(facts);
    // Sentence-wide readings, made once a sentence: a sentence may hold many facts.
    const sentenceTest = (re: RegExp) => {
      const memo = new Map<number, boolean>();
      return (sentence: number) => {
        let v = memo.get(sentence);
        if (v === undefined) {
          v = re.test(facts.sentences[sentence]?.text ?? "");
          memo.set(sentence, v);
        }
        return v;
      };
    };
    const borderDistance = sentenceTest(BORDER_DISTANCE);
    const facilityReference = sentenceTest(FACILITY_REFERENCE);
    const civilianText = sentenceTest(CIVILIAN_BODY);
    const ourForces = sentenceTest(OUR_FORCES);
    const siteGuards = sentenceTest(SITE_GUARDS);
    const tally = sentenceTest(TALLY);
    const describedAttacker = sentenceTest(DESCRIBED_ATTACKER);
    // A story about one leader of ISIS: his followers, and he himself, stand for the group.
    const leaderStory = ISIS_LEADER_LEDE.test(
      facts.sentences
        .filter((x) => x.index <= 1)
        .map((x) => x.text)
        .join(" "),
    );
    const followersAttacked = sentenceTest(LEADER_FOLLOWERS_ATTACKED);
    // A story whose lede names ISIS: "the group" of a later sentence is ISIS.
    const groupStory = ISIS_NAMED.test(
      facts.sentences
        .filter((x) => x.index <= 1)
        .map((x) => x.text)
        .join(" "),
    );
    const groupAttack = sentenceTest(GROUP_ATTACK);
    const attackTags = (f: Fact): string[] => {
      const tags = f.tags ?? [];
      if (
        (f.kind === "event" || f.kind === "threat") &&
        // CAMEO's root 19 is force used: a road blockaded (191) is the group's act of force too.
        (ATTACK_EVENT.has(f.codes?.acled?.eventType ?? "") || FORCE_USED.test(f.codes?.cameo?.code ?? "")) &&
        !tags.includes("insurgent-attack") &&
        !tags.includes("counter-terrorism") &&
        groupStory &&
        f.sentence > 0 &&
        groupAttack(f.sentence)
      )
        return [...tags, "insurgent-attack"];
      return f.kind === "event" &&
        ATTACK_EVENT.has(f.codes?.acled?.eventType ?? "") &&
        !tags.includes("insurgent-attack") &&
        !tags.includes("counter-terrorism") &&
        (describedAttacker(f.sentence) || (leaderStory && f.sentence > 0 && followersAttacked(f.sentence)))
        ? [...tags, "insurgent-attack"]
        : tags;
    };
    /**
     * "Police arrested nine members of a network smuggling cigarettes from Syria ... When the police
     * raided their warehouse, members of the network opened fire, wounding three policemen": a
     * shooting by a band named back ("the network", "the gang") is a clash with the smugglers when
     * one of the two sentences before tells that band as smuggling, and carries the trade's tag; a
     * network of any other kind before it (a cell that recruits fighters) lends the clash nothing.
     */
    const bandFired = sentenceTest(BAND_FIRED);
    const smuggledBy = (f: Fact, tags: string[]): string[] =>
      (f.kind === "event" || f.kind === "threat") &&
      tags.includes("casualties") &&
      !tags.includes("smuggling") &&
      bandFired(f.sentence) &&
      facts.facts.some(
        (x) =>
          x.sentence < f.sentence &&
          x.sentence >= f.sentence - 2 &&
          x.modality === "asserted" &&
          x.tags?.includes("smuggling") === true &&
          /\b(?:network|ring|gang|cartel)\b/i.test(facts.sentences[x.sentence]?.text ?? ""),
      )
        ? [...tags, "smuggling"]
        : tags;
    /**
     * "The customs authorities seized 14.6 million US dollars in cash at the Al-Qaim crossing ...
     * In the previous six months, seizures amounted to 6.2 million US dollars": seizures told as a
     * bare total, in a sentence that names no goods and no place of its own, are more of the kind
     * the sentence before seized, and carry what it was (contraband, drugs, weapons).
     */
    const bareSeizures = sentenceTest(BARE_SEIZURES);
    /**
     * "... accused of smuggling 1,200,000 Captagon pills into Jordan, which the army seized in the
     * desert": a seizure told in a relative clause seized what the clause hangs on, the goods the
     * sentence's own figures count (a seizure of what its sentence names, not of nothing).
     * So does a seizure of the vehicles or containers a relative clause says carried goods: "our
     * forces confiscated the three lorries, which were carrying 90 kilograms of hashish" seized the
     * hashish the sentence counts.
     */
    const seizedAntecedent = sentenceTest(SEIZED_ANTECEDENT);
    const seizedOwn = (f: Fact, tags: string[]): string[] => {
      const goods = facts.facts.filter(
        (x) => x.sentence === f.sentence && x.kind === "quantity" && x.tags?.includes("drugs"),
      );
      const carried = [...new Set(goods.flatMap((x) => (x.tags ?? []).filter((t) => SEIZED_GOODS.has(t))))];
      return carried.length > 0 ? [...tags, ...carried] : tags;
    };
    const seizedBefore = (f: Fact): string[] => {
      const tags = f.tags ?? [];
      if (
        f.kind === "countermeasure" &&
        tags.includes("seizure") &&
        !tags.some((t) => SEIZED_GOODS.has(t)) &&
        seizedAntecedent(f.sentence)
      )
        return seizedOwn(f, tags);
      if (
        !tags.includes("seizure") ||
        (f.kind !== "countermeasure" && f.kind !== "quantity") ||
        tags.some((t) => SEIZED_GOODS.has(t)) ||
        !bareSeizures(f.sentence) ||
        namesPlace(f.sentence)
      )
        return tags;
      const before = facts.facts.filter(
        (x) => x.sentence === f.sentence - 1 && x.kind === "countermeasure" && x.tags?.includes("seizure"),
      );
      const carried = [...new Set(before.flatMap((x) => (x.tags ?? []).filter((t) => SEIZED_GOODS.has(t))))];
      return carried.length > 0 ? [...tags, ...carried] : tags;
    };
    const question = sentenceTest(QUESTION);
    const topicsListed = sentenceTest(TOPIC_LEAD);
    const askedFor = (f: Fact) => {
      const text = facts.sentences[f.sentence]?.text ?? "";
      const call = APPEAL.exec(text);
      if (!call) return false;
      const start = text.indexOf(f.text);
      if (start < call.index + call[0].length) return false;
      // "... because ISIS cells attacked the road": a reason given for the call is reported, also
      // when the fact's own words open with the conjunction ("because no soldier has been seen").
      return !REASON.test(`${text.slice(call.index, start)} ${/^\S+/.exec(f.text)?.[0] ?? ""}`);
    };
    // Datelines and passing mentions ("Britain-based") are no actors or places of the events.
    // "The National Resolve coalition ... the coalition's forces in parliament": where a story names
    // a coalition of its own, a bare "coalition" is that one, not the coalition against ISIS.
    const ownCoalition = NAMED_COALITION.test(article.text);
    const entities = new Map(
      allEntities
        .filter((e) => !e.reportedFrom && !e.passing)
        .filter(
          (e) =>
            !ownCoalition ||
            e.lexiconId !== "org/coalition" ||
            e.mentions.some((m) => ANTI_ISIS_COALITION.test(m.text ?? "")),
        )
        .map((e) => {
          const r = resolve(e);
          const located =
            isPlace(r) && !placeKnown(r) && !r.affiliation ? locatedUnknown.get(fold(r.name)) : undefined;
          return [e.id, located ? { ...r, affiliation: located.country } : r];
        }),
    );
    // "Border Guard forces arrested three": a force named without its country belongs to the one
    // whose named forces the article reports, when they all belong to one.
    // The body an official statement speaks for counts among them.
    const speaks = grade.speaksFor ? lexiconEntry(grade.speaksFor) : undefined;
    const nations = new Set(
      [...entities.values()]
        .filter((e) => e.type === "organization" && STATE_FORCE_KINDS.has(e.kind ?? "") && e.affiliation)
        .map((e) => e.affiliation)
        .concat(speaks?.affiliation && speaks.kind !== "kurdish-force" ? [speaks.affiliation] : []),
    );
    const [nation] = nations;
    if (nations.size === 1 && nation)
      for (const [id, e] of entities)
        if (e.type === "organization" && !e.lexiconId && !e.affiliation && GENERIC_FORCE.test(e.name))
          entities.set(id, { ...e, affiliation: nation });
    const bySentence = new Map<number, string[]>();
    // A mention in the dateline ("BAGHDAD, Dec 15 (KUNA) --") lies before its sentence's words:
    // it says where the story was filed, even of a place the story names again later ("In Baghdad,
    // a clash between two blocs ..."), so it places nothing the lede tells.
    const inDateline = (m: { sentence: number; start: number }) =>
      m.start < (facts.sentences[m.sentence]?.start ?? 0);
    for (const e of allEntities) {
      for (const m of e.mentions) {
        if (inDateline(m)) continue;
        const list = bySentence.get(m.sentence) ?? [];
        if (!list.includes(e.id)) list.push(e.id);
        bySentence.set(m.sentence, list);
      }
    }
    // A body described but not named ("the men of the black banners") is an entity of the
    // sentences that describe it, as if named there.
    const northeastBox = extentOf("place/northeast-syria");
    const inNortheastSyria =
      northeastBox !== undefined &&
      [...entities.values()].some(
        (e) =>
          (e.type === "place" || e.type === "facility") &&
          e.affiliation === "Syria" &&
          e.coordinates !== null &&
          e.coordinates[0] >= northeastBox[0] &&
          e.coordinates[0] <= northeastBox[2] &&
          e.coordinates[1] >= northeastBox[1] &&
          e.coordinates[1] <= northeastBox[3],
      );
    const local = speaks && !FOREIGN_KINDS.has(speaks.kind ?? "");
    const descriptions: readonly { re: RegExp; id: string; northeast?: true; notWhere?: RegExp }[] = local
      ? [{ re: PARTNERS_OF_LOCAL_FORCE, id: "org/coalition" }, ...DESCRIBED]
      : speaks
        ? [...DESCRIBED, FOREIGN_PARTNERS_IN_SYRIA]
        : DESCRIBED;
    for (const d of descriptions) {
      if (d.northeast && !inNortheastSyria) continue;
      if (d.notWhere?.test(article.text)) continue;
      const entry = lexiconEntry(d.id);
      if (!entry) continue;
      const described = standsFor("described", entry);
      for (const sentence of facts.sentences) {
        if (!d.re.test(sentence.text)) continue;
        // A force of the region's own "partner forces" are the coalition, not the SDF.
        if (local && d.northeast && PARTNERS_OF_LOCAL_FORCE.test(sentence.text)) continue;
        const list = bySentence.get(sentence.index) ?? [];
        if (list.some((id) => entities.get(id)?.lexiconId === d.id)) continue;
        entities.set(described.id, described);
        list.push(described.id);
        bySentence.set(sentence.index, list);
      }
    }
    const isis = lexiconEntry("org/isis");
    if (leaderStory && isis) {
      const described = standsFor("described", isis);
      const followers = new RegExp(LEADER_FOLLOWERS, "i");
      // "He" is the leader while the story names no other person: a person first named past the
      // lede (a spokesman, a victim) may be whom "he" now stands for.
      const ledePeople = new Set(
        facts.entities
          .filter((e) => e.type === "person" && e.mentions.some((m) => m.sentence <= 1))
          .map((e) => e.id),
      );
      let otherPerson = false;
      for (const sentence of facts.sentences) {
        const here = bySentence.get(sentence.index) ?? [];
        if (
          sentence.index > 1 &&
          here.some((id) => entities.get(id)?.type === "person" && !ledePeople.has(id))
        )
          otherPerson = true;
        if (sentence.index === 0) continue;
        if (!followers.test(sentence.text) && (otherPerson || !LEADER_SUBJECT.test(sentence.text))) continue;
        if (here.some((id) => entities.get(id)?.lexiconId === "org/isis")) continue;
        entities.set(described.id, described);
        bySentence.set(sentence.index, [...here, described.id]);
      }
    }
    const specificIn = (sentence: number) =>
      anchorsOf((bySentence.get(sentence) ?? []).flatMap((id) => entities.get(id) ?? []));
    // What the article is mainly about: what its lede names (a facility first), else what it
    // names most. Background ("in 2022, ISIS stormed Ghwayran") comes later in a story.
    const candidates = allEntities.flatMap((e) => {
      const r = entities.get(e.id);
      return r && anchorsOf([r]).length > 0 ? [{ r, mentions: e.mentions.map((m) => m.sentence) }] : [];
    });
    const inLede = candidates.filter((c) => c.mentions.some((m) => m <= 1));
    // Past the lede, "what it names most" comes first: a camp named once in a closing line ("46
    // families were returned from Al-Hol camp") is not what a statement that names no place in
    // its lede is about.
    const main = (
      inLede.length
        ? inLede
            .map((c) => ({ ...c, first: Math.min(...c.mentions) }))
            .sort(
              (a, b) =>
                Number(b.r.type === "facility") - Number(a.r.type === "facility") ||
                a.first - b.first ||
                b.mentions.length - a.mentions.length,
            )
        : candidates
            .map((c) => ({ ...c, first: Math.min(...c.mentions) }))
            .sort(
              (a, b) =>
                b.mentions.length - a.mentions.length ||
                a.first - b.first ||
                Number(b.r.type === "facility") - Number(a.r.type === "facility"),
            )
    )[0]?.r;
    /**
     * The specific things a fact is about: its own, else its sentence's ("several detainees
     * escaped" names no prison, its sentence may), else the two sentences before it ("the
     * prison"), else what the article is mainly about.
     */
    // The lede's specific places as well as its main subject: "Baghdad - INA: ... into the Al-Baaj
    // district" is about Al-Baaj whichever the lede names first.
    const ledeAnchors = main
      ? [
          ...new Set([
            ...anchorsOf([main]),
            ...anchorsOf(inLede.filter((c) => c.r.type !== "person").map((c) => c.r)),
          ]),
        ]
      : [];
    const anchorsFor = (f: Fact): string[] => {
      const own = anchorsOf(f.entities.flatMap((id) => entities.get(id) ?? []));
      if (own.length) return own;
      // A sentence that names nothing specific is about what the sentences before it name, and
      // about what the story is about ("SDF members recaptured 11 of the escapees" after a
      // sentence on the towns reinforcements came from is still about the prison).
      for (let s = f.sentence; s >= Math.max(0, f.sentence - 2); s--) {
        const near = specificIn(s);
        if (near.length) return [...new Set([...near, ...ledeAnchors])];
      }
      return ledeAnchors;
    };
    const ledePlaces = [0, 1].flatMap((s) =>
      (bySentence.get(s) ?? []).flatMap((id) => entities.get(id) ?? []).filter(isPlace),
    );
    // A lede that names only places the lexicon does not know ("at the grain silos of Mahin") sets
    // the story where the article's known places lie, when they all lie in one country ("the
    // nearest army unit is at the Sadad junction"): a village unknown to the lexicon lies near them.
    // A national capital says nothing of where a provincial story lies: it is named for the
    // government seated there ("still waiting for spare parts from Baghdad").
    const placesOfArticle = (() => {
      if (ledePlaces.some(placeKnown)) return [];
      const known = [...bySentence.values()]
        .flat()
        .flatMap((id) => entities.get(id) ?? [])
        .filter((e) => isPlace(e) && e.lexiconId !== null && !lexiconEntry(e.lexiconId)?.capital);
      const countries = new Set(known.map((e) => e.affiliation));
      return countries.size === 1 && !countries.has(null) ? [...new Set(known)] : [];
    })();
    const articlePlaces = ledePlaces.length === 0 ? [] : placesOfArticle;
    // A lede that names no place at all leaves a sentence that names none, nor the two before it,
    // where the article's known places lie, when they all lie in one country (below).
    // A place the lexicon does not know ("the Ithriya-Al-Rusafa road", "the Arak gas field") says
    // nothing of where it lies: the sentence is still read in its story's setting.
    // Nor does a country named only as the far side of a line ("cameras watch the Syrian side"):
    // it says where one looks from the story's place, not where the sentence is set.
    const namesPlace = (sentence: number) =>
      (bySentence.get(sentence) ?? []).some((id) => {
        const e = entities.get(id);
        return (
          (e?.type === "place" || e?.type === "facility") &&
          (e.lexiconId !== null || e.coordinates !== null) &&
          !onlySide(e, facts.sentences[sentence]?.text ?? "")
        );
      });
    /** A person named in a sentence only by its speaker label ("Bellini (in English): ..."). */
    const labelOnly = (id: string, sentence: number) => {
      const e = entities.get(id);
      const text = facts.sentences[sentence];
      if (e?.type !== "person" || !text) return false;
      const label = SPEAKER_LABEL.exec(text.text);
      if (!label) return false;
      const mentions = (allEntities.find((x) => x.id === id)?.mentions ?? []).filter(
        (m) => m.sentence === sentence,
      );
      return mentions.length > 0 && mentions.every((m) => m.end <= text.start + label[0].length);
    };
    const facilitySentences = new Set(
      facts.facts.filter((f) => f.tags?.includes("detention-facility")).map((f) => f.sentence),
    );
    /**
     * "31 of them arrested after crossing from Syria", "cameras on the towers of the wall and two
     * drones had spotted most of the crossings": in a story about a border force's holding
     * facility, a sentence that tells of crossings of the border, and of no escape, tells what
     * was done at the line, not at the site where the people taken there are now held.
     */
    const atTheLine = (sentence: number) => {
      const here = facts.facts.filter((x) => x.sentence === sentence);
      // Escapees "recaptured near the border crossing" after an escape told just before are
      // still the site's: the escape, not the line, is what the sentence goes on with.
      const escapeNear = facts.facts.some(
        (x) =>
          x.sentence <= sentence &&
          x.sentence >= sentence - 2 &&
          (x.tags?.includes("escape") || x.tags?.includes("prison-attack") || x.tags?.includes("riot")),
      );
      return (
        here.some((x) => x.tags?.includes("border-security") || x.tags?.includes("border-crossing")) &&
        !escapeNear &&
        !RECAPTURE.test(facts.sentences[sentence]?.text ?? "")
      );
    };
    /**
     * "Our forces retained full control of the centre", "three of them were recaptured": in a story
     * about a detention site, what is done at "the centre" or to escapees is done at that site.
     */
    const atFacility = (f: Fact) =>
      (f.kind === "quantity"
        ? borderDistance(f.sentence)
        : facilityReference(f.sentence) && !atTheLine(f.sentence)) &&
      [0, 1, f.sentence - 1, f.sentence - 2, f.sentence - 3].some(
        (s) => s >= 0 && s < f.sentence && facilitySentences.has(s),
      );
    // A release's issue line ("This is Release No. 20261213-01, issued in Baghdad on 13 December
    // 2026") dates the document, not what it tells: the story is the event told after it.
    const ledeEvent = facts.facts.find(
      (f) =>
        f.sentence <= 1 &&
        f.kind !== "quantity" &&
        /^\d{4}-\d{2}-\d{2}$/.test(f.date?.value ?? "") &&
        !ISSUE_LINE.test(facts.sentences[f.sentence]?.text ?? ""),
    );
    /**
     * "Two of the terrorists were killed, and three were arrested", in a story whose lede tells of
     * an infiltration thwarted at the border that day: an arrest or seizure of that story, in a
     * sentence that names no other place, is made at the border. A denied infiltration is no story.
     */
    const atBorder = (f: Fact) =>
      f.kind === "countermeasure" &&
      !f.tags?.includes("border-security") &&
      (f.tags ?? []).some((t) => t === "arrest" || t === "seizure") &&
      ledeEvent?.modality === "asserted" &&
      !namesPlace(f.sentence) &&
      storyOf(f)?.tags.includes("infiltration") === true &&
      storyOf(f)?.tags.includes("border-security") === true;
    const storyOf = (f: Fact): Report["story"] => {
      const day = ledeEvent?.date?.value;
      if (!ledeEvent || !day || f.kind === "quantity") return null;
      const own = f.date?.value;
      if (own && own !== "ongoing" && own !== day && own !== day.slice(0, 7)) return null;
      return { day, tags: ledeEvent.tags ?? [] };
    };
    // "The Ministry of Agriculture deployed 40 control teams along the border ... to stop swarms of
    // locusts": measures of a civilian body, in a story it leads, are no security measures.
    const securityIn = (sentence: number) =>
      (bySentence.get(sentence) ?? []).some((id) => SECURITY_KINDS.has(entities.get(id)?.kind ?? ""));
    const ledeText = facts.sentences
      .filter((x) => x.index <= 1)
      .map((x) => x.text)
      .join(" ");
    const civilianStory = CIVILIAN_BODY.test(ledeText) && !securityIn(0) && !securityIn(1);
    /**
     * "The wall from Al-Qaim to Rabia is almost finished ... Every kilometre of it is watched by
     * cameras": surveillance of what the sentence names only by a pronoun, just after a sentence
     * that tells a barrier, watches that barrier, and carries its tag.
     */
    const watchesPronoun = sentenceTest(WATCHED_PRONOUN);
    const watchedBarrier = (f: Fact, tags: string[]): string[] =>
      f.kind === "countermeasure" &&
      tags.includes("surveillance") &&
      !tags.includes("fortification") &&
      watchesPronoun(f.sentence) &&
      facts.facts.some(
        (x) =>
          x.sentence === f.sentence - 1 && x.kind === "countermeasure" && x.tags?.includes("fortification"),
      )
        ? [...tags, "fortification"]
        : tags;
    /**
     * "Reports of weapons found at the Al-Qaim crossing are untrue ... The scanners installed at
     * Al-Qaim in October inspect every truck": in an article that names a crossing after its town,
     * a measure the article later sets at the bare town name is taken at that crossing, and carries
     * its tag as a measure told "at the crossing" does. Only a town the crossing's own name holds
     * ("Al-Qaim crossing"), only where the article names that crossing, only for measures told
     * "at" the town (candidates who must "live in Al-Qaim" are not screened at its crossing).
     */
    const crossingTowns = new Set(
      [...entities.values()]
        .filter((e) => e.kind === "crossing" && e.lexiconId !== null)
        .flatMap((e) => {
          const entry = lexiconEntry(e.lexiconId ?? "");
          return [e.name, ...(entry ? [entry.name, ...entry.aliases] : [])].flatMap((n) => {
            const town = CROSSING_NAMED_FOR.exec(fold(n))?.[1];
            return town ? [town] : [];
          });
        }),
    );
    const atCrossingOfTown = (f: Fact, tags: string[]): string[] =>
      f.kind === "countermeasure" &&
      crossingTowns.size > 0 &&
      !tags.includes("border-crossing") &&
      [...f.entities, ...(bySentence.get(f.sentence) ?? [])].some((id) => {
        const e = entities.get(id);
        if (e?.type !== "place" || e.lexiconId === null) return false;
        const entry = lexiconEntry(e.lexiconId);
        const sentence = fold(facts.sentences[f.sentence]?.text ?? "");
        return [e.name, ...(entry ? [entry.name, ...entry.aliases] : [])].some(
          (n) => crossingTowns.has(fold(n)) && containsTerm(sentence, `at ${fold(n)}`),
        );
      })
        ? [...tags, "border-crossing"]
        : tags;
    const civilianMeasure = (f: Fact) =>
      f.kind === "countermeasure" && !securityIn(f.sentence) && (civilianStory || civilianText(f.sentence));
    // "camp security forces foiled an attempt", "the guard force had been reduced by a third": at a
    // camp or prison the SDF holds in the north-east, its guards are the SDF's (the Asayish).
    const northeast = extentOf("place/northeast-syria");
    const sdfSite =
      northeast !== undefined &&
      [...entities.values()].some(
        (e) =>
          (e.kind === "camp" || e.kind === "prison") &&
          e.coordinates !== null &&
          e.coordinates[0] >= northeast[0] &&
          e.coordinates[0] <= northeast[2] &&
          e.coordinates[1] >= northeast[1] &&
          e.coordinates[1] <= northeast[3],
      );
    const escapeTally = sentenceTest(ESCAPE_ATTEMPTS_TALLY);
    const toldBy = sentenceTest(TOLD_BY);
    /** Tried escapes counted by an outside teller: warned of, as threats of escape (see ESCAPE_ATTEMPTS_TALLY). */
    const escapesWarned = (f: Fact, resolved: readonly ResolvedEntity[]) =>
      (f.kind === "countermeasure" || f.kind === "event") &&
      f.tags?.includes("escape") === true &&
      f.tags.includes("detention-facility") &&
      escapeTally(f.sentence) &&
      toldBy(f.sentence) &&
      !(speaks && speaks.kind === "kurdish-force") &&
      !resolved.some((e) => e.kind === "kurdish-force") &&
      resolved.some(
        (e) =>
          e.type === "organization" &&
          STATE_FORCE_KINDS.has(e.kind ?? "") &&
          e.affiliation !== null &&
          e.affiliation !== "Syria",
      );
    const guards = lexiconEntry("org/asayish");
    const answerers = answererBodies(facts);
    for (const f of facts.facts) {
      if (civilianMeasure(f)) continue;
      // "Has the wall stopped militants from crossing?" asks; it reports nothing.
      if (question(f.sentence)) continue;
      // "Suggested topics include ... smuggling economies": a subject proposed tells nothing of it.
      if (topicsListed(f.sentence)) continue;
      // "The ministry calls on citizens to report any drug trafficking": what is asked for is no report.
      if (askedFor(f)) continue;
      const ids = [...new Set([...f.entities, ...(bySentence.get(f.sentence) ?? [])])];
      const resolved = ids.flatMap((id) => entities.get(id) ?? []);
      // In an official statement, "our forces" are the body that speaks.
      const speaker = grade.speaksFor ? lexiconEntry(grade.speaksFor) : undefined;
      if (speaker && ourForces(f.sentence) && !resolved.some((e) => e.lexiconId === speaker.id)) {
        resolved.push(standsFor("speaker", speaker));
      }
      const answerer = answerers.get(labelWords(facts.sentences[f.sentence]?.text ?? "").join(" "));
      if (
        answerer &&
        FIRST_PLURAL.test(
          ownClause({ text: f.text, sentenceText: facts.sentences[f.sentence]?.text ?? "" }),
        ) &&
        !resolved.some((e) => e.lexiconId === answerer.id)
      )
        resolved.push(standsFor("speaker", answerer));
      if (
        sdfSite &&
        guards &&
        siteGuards(f.sentence) &&
        // The group a measure of the guards is taken against ("arresting ISIS suspects") is its
        // target, not another force whose measure it is.
        !resolved.some(
          (e) =>
            SECURITY_KINDS.has(e.kind ?? "") &&
            !(
              e.kind === "jihadist" &&
              f.kind === "countermeasure" &&
              GUARDS_SUBJECT.test(facts.sentences[f.sentence]?.text ?? "")
            ),
        )
      )
        resolved.push(standsFor("guards", guards));
      // "Britain plans to withdraw its troops from Iraq by March", "Italy will pull all of its
      // troops out of Iraq": a state that withdraws its own forces moves the force the lexicon
      // knows as its part of the coalition, when it has one (not "its ambassador", no force; nor a
      // state with no such force in the lexicon). So does a state that has or keeps its soldiers
      // counted somewhere ("Italy has roughly 650 soldiers in Iraq"): they are that force. So does
      // a state whose last soldiers came home ("the Norwegian contribution ended when the last 45
      // personnel returned home"): its deployment is over.
      if (
        (f.tags?.includes("troop-withdrawal") &&
          (OWN_FORCES_OUT.test(f.text) || OWN_FORCES_HOME.test(f.text))) ||
        (f.kind === "quantity" &&
          f.tags?.includes("troop-deployment") &&
          OWN_FORCES_HELD.test(facts.sentences[f.sentence]?.text ?? ""))
      )
        for (const c of resolved.filter((e) => e.kind === "country")) {
          const force = LEXICON.find((x) => x.kind === "coalition" && x.affiliation === c.name);
          if (force && !resolved.some((e) => e.lexiconId === force.id))
            resolved.push(standsFor("forces", force));
        }
      // "A new bilateral agreement ... was signed with the Iraqi Ministry of Defence", "the legal
      // basis is a bilateral security memorandum": an agreement told as bilateral binds the two
      // parties the story is about, the body whose statement it is and those its lede names.
      if (f.tags?.includes("diplomacy") && BILATERAL.test(facts.sentences[f.sentence]?.text ?? "")) {
        const parties = [
          ...(speaker ? [standsFor("speaker", speaker)] : []),
          ...[0, 1].flatMap((s) =>
            (bySentence.get(s) ?? [])
              .flatMap((id) => entities.get(id) ?? [])
              .filter((e) => e.type === "organization" || e.type === "place"),
          ),
        ];
        for (const e of parties)
          if (!resolved.some((x) => x.id === e.id || (x.lexiconId !== null && x.lexiconId === e.lexiconId)))
            resolved.push(e);
      }
      const named = [...resolved];
      const sentenceNamed = [...resolved];
      // A sentence that names no place ("the smugglers change their routes") or no actor is
      // read in the setting of the two sentences before it.
      // A place the lexicon does not know ("the pumping station at Al-Bayarat") says nothing of
      // where it lies, as for `namesPlace`: the sentence is read in the places its story's lede
      // names ("the residents of Palmyra"), not in a place named in passing nearby.
      if (f.sentence > 0 && resolved.some(isPlace) && !resolved.some((e) => isPlace(e) && placeKnown(e))) {
        const lede = [...ledePlaces, ...articlePlaces].filter((e) => placeKnown(e) && !resolved.includes(e));
        resolved.push(...lede);
        named.push(...lede);
      }
      for (const types of [
        ["place", "facility"],
        ["organization", "person"],
      ] as const) {
        // The outlet that reports ("Enab Baladi counted ...") is not an actor of the events, nor
        // is the speaker a transcript's label names ("Al-Rubaie: We recorded more attacks"): the
        // answer is read among the actors of the question before it.
        const ofType = resolved.filter(
          (e) =>
            (types as readonly string[]).includes(e.type) &&
            e.kind !== "media" &&
            !labelOnly(e.id, f.sentence),
        );
        // A country named only as a side of a border (`onlySide`: "along the border with Syria")
        // places nothing either: the sentence is read where the sentences before it are, though
        // what they name rules nothing out of it, its own place being named.
        const sideOnly =
          types[0] === "place" &&
          ofType.length > 0 &&
          ofType.every((e) => onlySide(e, facts.sentences[f.sentence]?.text ?? ""));
        if (ofType.length > 0 && !sideOnly) continue;
        // "Turkish drone strikes hit power stations": the country the aircraft fly for is the
        // doer the sentence names, so no actor is borrowed from the sentences before it.
        if (
          types[0] === "organization" &&
          resolved.some((e) => flownBy(e, facts.sentences[f.sentence]?.text ?? ""))
        )
          continue;
        let borrowed = false;
        // "The official said the berm and trench on the Iraqi side had been deepened", after a
        // sentence on US drone flights: a measure set on one country's side of the border is that
        // side's, so only actors of that country are borrowed as its doers.
        const side =
          types[0] === "organization"
            ? sideOfMeasure(f, resolved, facts.sentences[f.sentence]?.text ?? "")
            : [];
        for (let s = f.sentence - 1; s >= Math.max(0, f.sentence - 2); s--) {
          const near = (bySentence.get(s) ?? [])
            .flatMap((id) => entities.get(id) ?? [])
            .filter(
              (e) =>
                (types as readonly string[]).includes(e.type) &&
                !resolved.includes(e) &&
                (side.length === 0 || side.includes(e.affiliation ?? "")),
            );
          if (near.length === 0) continue;
          resolved.push(...near);
          borrowed = true;
          // The lede sets the story ("the Jordanian Armed Forces ... foiled", then "the border
          // guard forces spotted"): what it names may rule a later fact out too.
          if ((s <= 1 || types[0] !== "place") && !sideOnly)
            named.push(...near.filter((e) => !(e.kind === "jihadist" && stateDoers(f))));
          break;
        }
        // "Twelve kilometres of the fence were finished this month", in a contractor's report whose
        // lede names no place and which names Rutba further on: the works lie where the article's
        // known places all lie, in one country. Read there, never ruled out by them.
        if (!borrowed && types[0] === "place" && ledePlaces.length === 0 && ofType.length === 0)
          resolved.push(...placesOfArticle.filter((e) => !resolved.includes(e)));
      }
      // "Army units swept the hills north of Umm Dahl", where another sentence of the story told
      // "Umm Dahl in the Homs desert": a place the lexicon does not know lies where that sentence
      // placed it (see `unknownPlaceCountries`), when its own sentence names no known place.
      if (!resolved.some((e) => isPlace(e) && placeKnown(e)))
        for (const e of resolved.filter((x) => isPlace(x) && !placeKnown(x))) {
          const around = locatedUnknown.get(fold(e.name))?.places ?? [];
          resolved.push(...around.filter((x) => !resolved.some((y) => y.lexiconId === x.lexiconId)));
        }
      const own = dateStart(f.date?.value);
      const warned = escapesWarned(f, resolved);
      // Support whose arrangement the next sentence tells ended (see ARRANGEMENT_ENDED).
      const supportEnded =
        f.kind === "countermeasure" &&
        f.modality === "asserted" &&
        f.tags?.includes("partner-support") === true &&
        UNDER_ARRANGEMENT.test(facts.sentences[f.sentence]?.text ?? "") &&
        ARRANGEMENT_ENDED.test(facts.sentences[f.sentence + 1]?.text ?? "");
      reports.push({
        key: reportKey({ articleId: article.id, sentence: f.sentence }),
        articleId: article.id,
        sentence: f.sentence,
        factId: f.id,
        text: f.text,
        sentenceText: facts.sentences[f.sentence]?.text ?? "",
        followedBy: facts.sentences[f.sentence + 1]?.text ?? "",
        kind: warned ? "threat" : f.kind,
        modality: warned ? "asserted" : supportEnded ? "negated" : f.modality,
        tags: warned
          ? (f.tags ?? []).filter((t) => t !== "seizure")
          : !f.tags?.includes("detention-facility") && atFacility(f)
            ? [
                ...new Set([
                  ...(f.tags ?? []),
                  "detention-facility",
                  ...(f.kind === "quantity" ? ["border-security"] : []),
                ]),
              ]
            : atBorder(f)
              ? [...attackTags(f), "border-security"]
              : smuggledBy(
                  f,
                  attackTags({ ...f, tags: atCrossingOfTown(f, watchedBarrier(f, seizedBefore(f))) }),
                ),
        codes: f.codes,
        entities: resolved,
        own: f.entities.flatMap((id) => entities.get(id) ?? []),
        named,
        sentenceNamed,
        setting:
          f.sentence > 1 && !namesPlace(f.sentence) ? ledePlaces.filter((e) => !resolved.includes(e)) : [],
        anchors: anchorsFor(f),
        points: resolved
          .filter(
            (e) => (e.type === "place" || e.type === "facility") && e.coordinates && !BROAD.has(e.kind ?? ""),
          )
          .map((e) => e.coordinates as [number, number]),
        date: own ?? article.publishedAt,
        ownDate: own !== null,
        ownDay: /^\d{4}-\d{2}-\d{2}$/.test(f.date?.value ?? ""),
        story: storyOf(f),
        period: (f.date?.value ?? "").includes("/") || tally(f.sentence),
        toDate: (f.date?.value ?? "").includes("/") && /^since\b/i.test(f.date?.text ?? ""),
        sourceKey: keys.get(article.id) ?? `article:${article.id}`,
        source: article.source ?? "Unattributed",
        grade,
        publishedAt: article.publishedAt,
        ...(f.value !== undefined ? { value: f.value } : {}),
        ...(f.unit ? { unit: f.unit } : {}),
        ...(f.measures ? { measures: f.measures } : {}),
      });
    }
    reports.push(
      ...corrected(
        reports.filter((r) => r.articleId === article.id),
        facts,
      ),
    );
  }
  return reports;
}

/**
 * The reports of a sentence that corrects a figure an earlier sentence gave (see CORRECTS_FIGURE): the
 * earlier sentence's reports, told again by the correction, without the figure (the correction's
 * own figure is the right one, and a revision is no second account to set against the first).
 */
function corrected(reports: readonly Report[], facts: FactsDocument): Report[] {
  const out: Report[] = [];
  for (const s of facts.sentences) {
    if (!CORRECTS_FIGURE.test(s.text)) continue;
    const figures = new Set((s.text.match(FIGURE) ?? []).map((n) => Number(n.replace(/,/g, ""))));
    if (figures.size < 2) continue;
    const earlier = reports.filter(
      (r) => r.sentence < s.index && r.kind === "quantity" && r.value !== undefined && figures.has(r.value),
    );
    const at = earlier.at(-1)?.sentence;
    if (at === undefined) continue;
    for (const r of reports.filter((x) => x.sentence === at)) {
      const { value: _v, unit: _u, measures: _m, ...rest } = r;
      out.push({
        ...rest,
        key: reportKey({ articleId: r.articleId, sentence: s.index }),
        sentence: s.index,
        factId: `${r.factId}~${s.index}`,
        text: s.text,
        sentenceText: s.text,
        story: null,
      });
    }
  }
  return out;
}
