import type { LexiconEntry } from "../lexicon/types.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { type EntityDraft, mergeDrafts, referencedDraft } from "./entity-draft.js";

/**
 * "the interior ministry", "the security forces", "the new authorities" in a story about one
 * country: the body of that country, which the article never names in full. The country is
 * the one its places and bodies belong to, by a clear margin; a phrase qualified by another
 * country ("Lebanese security forces") or already part of a name is left alone.
 */

/** Bodies by country, for the phrases that name them without a country. */
const BODIES: Record<string, Record<string, string>> = {
  Syria: {
    interior: "org/syrian-interior-ministry",
    foreign: "org/syrian-foreign-ministry",
    defence: "org/syrian-defence-ministry",
    security: "org/syrian-security-forces",
    government: "org/syrian-government",
  },
  Iraq: {
    interior: "org/iraqi-interior-ministry",
    foreign: "org/iraqi-foreign-ministry",
    defence: "org/iraqi-defence-ministry",
    security: "org/iraqi-security-forces",
  },
  Jordan: {
    interior: "org/jordanian-interior-ministry",
    foreign: "org/jordanian-foreign-ministry",
  },
  Turkey: {
    interior: "org/turkish-interior-ministry",
    foreign: "org/turkish-foreign-ministry",
    defence: "org/turkish-defence-ministry",
  },
};

/** Phrases (token norms) and the body they name: "interior ministry", "ministry of interior". */
const PHRASES: [string[], string][] = [
  [["interior", "ministry"], "interior"],
  [["ministry", "of", "interior"], "interior"],
  [["ministry", "of", "the", "interior"], "interior"],
  [["foreign", "ministry"], "foreign"],
  [["ministry", "of", "foreign", "affairs"], "foreign"],
  [["defence", "ministry"], "defence"],
  [["defense", "ministry"], "defence"],
  [["ministry", "of", "defence"], "defence"],
  [["ministry", "of", "defense"], "defence"],
  [["security", "forces"], "security"],
  [["new", "government"], "government"],
  [["new", "authorities"], "government"],
  // Only with the capital after it: "the government in Damascus".
  [["government"], "government"],
  [["authorities"], "government"],
];

/** The country a lexicon entry stands for, by name: a country itself, or the affiliation of a place or body. */
export const countryOfEntry = (entry: LexiconEntry): string | undefined =>
  entry.kind === "country" ? entry.name : entry.affiliation;

/** The country an entity belongs to: a country itself, or the affiliation of a place or body. */
export function countryOf(draft: EntityDraft): string | undefined {
  return draft.lexicon ? countryOfEntry(draft.lexicon) : undefined;
}

/** The country the story is about, when one clearly leads: at least 3 mentions, 1.5 times the next. */
function storyCountry(drafts: readonly EntityDraft[]): string | undefined {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    const c = countryOf(d);
    if (c) counts.set(c, (counts.get(c) ?? 0) + d.mentions.length);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < 3 || (next && top[1] < next[1] * 1.5)) return undefined;
  return top[0];
}

function phraseAt(tokens: readonly Token[], i: number): [number, string] | null {
  for (const [words, body] of PHRASES) {
    if (words.every((w, n) => tokens[i + n]?.norm === w && tokens[i + n]?.sentence === tokens[i]?.sentence))
      return [i + words.length - 1, body];
  }
  return null;
}

/** Bodies a bare phrase can only mean one of when the article names exactly one: the ministries. */
const NAMED_ONCE = new Set(["interior", "foreign", "defence"]);

/**
 * The one body of kind `body` the article names with its country ("Syria's Interior Ministry"),
 * whatever country the story leads with: a later bare "the Interior Ministry" is that one.
 * Undefined when none or several countries' bodies of that kind are named.
 */
function namedBody(drafts: readonly EntityDraft[], body: string): EntityDraft | undefined {
  if (!NAMED_ONCE.has(body)) return undefined;
  const ids = new Set(Object.values(BODIES).map((b) => b[body]));
  const held = drafts.filter((d) => d.mentions.length > 0 && ids.has(d.lexicon?.id));
  return held.length === 1 ? held[0] : undefined;
}

/**
 * The country the text gives a bare body's mention: a country's possessive before it ("Norway's
 * Ministry of Foreign Affairs"), or a place after "in" ("the Ministry of Foreign Affairs in Oslo").
 * Undefined when no mention has one, or mentions give different countries.
 */
function textCountry(doc: Doc, d: EntityDraft, owners: ReadonlyMap<number, EntityDraft>): string | undefined {
  const { tokens } = doc;
  const found = new Set<string>();
  for (const m of d.mentions) {
    const owner =
      tokens[m.first - 1]?.kind === "poss"
        ? owners.get(m.first - 2)
        : tokens[m.last + 1]?.norm === "in"
          ? owners.get(m.last + 2)
          : undefined;
    const country = owner && owner !== d ? countryOf(owner) : undefined;
    if (country) found.add(country);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A mention of the body after a capitalised name's possessive that no entity of the text holds. */
function foreignPossessor(doc: Doc, d: EntityDraft, owners: ReadonlyMap<number, EntityDraft>): boolean {
  const { tokens } = doc;
  return d.mentions.some((m) => {
    const poss = tokens[m.first - 1];
    const name = tokens[m.first - 2];
    return (
      poss?.kind === "poss" &&
      name?.kind === "word" &&
      name.cap &&
      name.sentence === tokens[m.first]?.sentence &&
      !owners.has(m.first - 2)
    );
  });
}

/**
 * "Interior Ministry" capitalised with no country, kept as a name of its own by the candidate
 * step: a spelling of the ministry of the country the text gives it ("Norway's Ministry of Foreign
 * Affairs" is Norway's, and stays a body of its own where the gazetteer has no such ministry of
 * Norway's), else of the one country's ministry the article names, or of the story country's.
 */
export function joinBareBodies(
  doc: Doc,
  drafts: EntityDraft[],
  owners: ReadonlyMap<number, EntityDraft>,
): void {
  const country = storyCountry(drafts);
  for (const d of drafts) {
    if (d.lexicon || d.type !== "organization" || d.mergedInto || d.mentions.length === 0) continue;
    const words = d.name
      .toLowerCase()
      .replace(/^the\s+/, "")
      .split(/\s+/);
    const phrase = PHRASES.find(([w]) => w.length > 1 && w.join(" ") === words.join(" "));
    if (!phrase) continue;
    const body = phrase[1];
    const own = NAMED_ONCE.has(body) ? textCountry(doc, d, owners) : undefined;
    if (own) {
      const id = BODIES[own]?.[body];
      const target = id ? referencedDraft(drafts, id) : undefined;
      if (target && target !== d) mergeDrafts(target, d);
      else d.affiliation ??= own;
      continue;
    }
    // "Chile's Ministry of Foreign Affairs": a possessive of a name the gazetteer does not know
    // says the ministry is some other state's, not the story country's; it stays a body of its own.
    if (NAMED_ONCE.has(body) && foreignPossessor(doc, d, owners)) continue;
    let target = namedBody(drafts, body);
    if (!target && NAMED_ONCE.has(body)) {
      const id = BODIES[country ?? ""]?.[body];
      if (id) target = referencedDraft(drafts, id);
    }
    if (!target || target === d) continue;
    mergeDrafts(target, d);
  }
}

/** Verbs that address a body with thanks or an appeal: "calls on", "thanks", "urges". */
const APPEAL_VERBS = new Set(
  "thank thanks thanked urge urges urged ask asks asked call calls called appeal appeals appealed".split(" "),
);
/**
 * "The Council calls on the security forces to ...", "we thank our staff and the security
 * forces": forces addressed by an appeal or by thanks are no body of the story acting in it.
 * `the` is the phrase's article.
 */
function addressed(tokens: readonly Token[], the: number): boolean {
  const sentence = tokens[the]?.sentence;
  for (let k = the - 1; k >= Math.max(0, the - 6); k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.kind !== "word") return false;
    if (APPEAL_VERBS.has(t.norm)) {
      // "calls on", "appeals to": the appeal's own preposition; "thanks", "urges": none.
      const next = tokens[k + 1]?.norm;
      return (
        !["call", "calls", "called", "appeal", "appeals", "appealed"].includes(t.norm) ||
        next === "on" ||
        next === "to"
      );
    }
  }
  return false;
}

export function addCountryReferences(
  doc: Doc,
  drafts: EntityDraft[],
  owners: Map<number, EntityDraft>,
): void {
  const country = storyCountry(drafts);
  const { tokens } = doc;
  // Where the Kurdish-led forces hold the ground, "the security forces" are theirs.
  const kurdish = drafts.some((d) => d.lexicon?.kind === "kurdish-force");
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word" || owners.has(i) || t.sentence < 0 || t.meta) continue;
    const found = phraseAt(tokens, i);
    if (!found) continue;
    const [last, body] = found;
    const prev = tokens[i - 1] as Token;
    const after = tokens[last + 1];
    // "the new authorities in Damascus": the place names the country.
    const placed = after?.norm === "in" ? owners.get(last + 2) : undefined;
    const placeCountry = placed ? countryOf(placed) : undefined;
    const bodies = BODIES[placeCountry ?? country ?? ""];
    const named = placeCountry ? undefined : namedBody(drafts, body);
    const id = named?.lexicon?.id ?? bodies?.[body];
    // "Turkey's defence ministry": a country's possessive says whose ministry it is, whatever
    // country the story leads with; the country and the phrase are one spelling of the body.
    if (prev.kind === "poss" && NAMED_ONCE.has(body) && !(after?.kind === "word" && after.cap)) {
      const country = owners.get(i - 2);
      const mention = country?.mentions.find((m) => m.last === i - 2 && !m.demonym && !m.reference);
      const ownId = country?.lexicon?.kind === "country" ? BODIES[country.lexicon.name]?.[body] : undefined;
      const draft = ownId && mention ? referencedDraft(drafts, ownId) : undefined;
      if (country && mention && draft && ![...Array(last - i + 1).keys()].some((n) => owners.has(i + n))) {
        country.mentions = country.mentions.filter((m) => m !== mention);
        draft.mentions.push({ first: mention.first, last });
        for (let k = mention.first; k <= last; k++) owners.set(k, draft);
        i = last;
        continue;
      }
    }
    // Only "the interior ministry", "the security forces": not "Lebanese security forces", not
    // "its security forces", not "the security forces of the district", not part of a name.
    if (!id || prev.norm !== "the" || owners.has(i - 1)) continue;
    if (body === "security" && (kurdish || after?.norm === "of" || addressed(tokens, i - 1))) continue;
    // "the new government" of a story about Iraq or Jordan is its own; read it only of Syria's.
    if (body === "government" && (placeCountry ?? country) !== "Syria") continue;
    if (last === i && !placeCountry) continue;
    let owned = false;
    for (let k = i; k <= last; k++) if (owners.has(k)) owned = true;
    if (owned || (after?.kind === "word" && after.cap && after.sentence === t.sentence)) continue;
    const draft = referencedDraft(drafts, id);
    if (!draft) continue;
    // The article's words ("interior ministry") are a spelling of the body, kept as its alias.
    draft.mentions.push({ first: i, last });
    for (let k = i; k <= last; k++) owners.set(k, draft);
    i = last;
  }
}

/** Army of each country, for "the army" of a one-country story that never names it. */
export const ARMIES: Record<string, string> = {
  Syria: "org/syrian-army",
  Iraq: "org/iraqi-army",
  Jordan: "org/jordan-armed-forces",
  Lebanon: "org/lebanese-army",
  Turkey: "org/turkish-armed-forces",
};

/** A state's armed forces by their own name: "the New Zealand Defence Force", "Jordan Armed Forces". */
const NAMED_FORCES = /\b(?:Defen[cs]e|Armed)\s+Forces?\b/;

/**
 * "the army", "the new army" in a story about one country whose army is not named: that
 * country's army. Skipped when any army or armed forces is named (then "the army" is that
 * one, which the head-noun references already link).
 */
export function addArmyReferences(doc: Doc, drafts: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const country = storyCountry(drafts);
  const id = country ? ARMIES[country] : undefined;
  // A rebel "army" ("Syrian National Army") is no state's army: "the army" is still the state's.
  // A state's forces the text names as its "Defence Force" or "Armed Forces" ("joined the New
  // Zealand Defence Force ... He left the army in 2018") are an army it names too ("US forces",
  // which the gazetteer calls the United States Armed Forces, are not so named).
  const named = drafts.some(
    (d) =>
      d.lexicon?.kind !== "rebel" &&
      (d.lexicon?.heads?.includes("army") ||
        /\barmy\b/i.test(d.name) ||
        d.mentions.some((m) => !m.reference && NAMED_FORCES.test(spanText(doc, m.first, m.last)))),
  );
  if (!id || named) return;
  const { tokens } = doc;
  let draft: EntityDraft | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.norm !== "army" || t.cap || owners.has(i) || t.meta) continue;
    const prev = tokens[i - 1] as Token;
    const first = prev.norm === "new" && tokens[i - 2]?.norm === "the" ? i - 1 : i;
    if (tokens[first - 1]?.norm !== "the" || owners.has(first - 1)) continue;
    const after = tokens[i + 1];
    if (after?.norm === "of" || (after?.kind === "word" && after.cap && after.sentence === t.sentence))
      continue;
    draft ??= referencedDraft(drafts, id);
    if (!draft) return;
    draft.mentions.push({ first, last: i });
    for (let k = first; k <= i; k++) owners.set(k, draft);
  }
}

/**
 * "Iraqi forces" in an article that names the Iraqi army ("the Iraqi army said ... Iraqi forces
 * killed 41 militants"): a state's forces called by its nationality and "forces" alone are that
 * army, the one armed body of the state the article names, not a further body of their own. The
 * full name ("Iraqi security forces", "ISF") stays the security forces', and without a named army
 * "Iraqi forces" stays as it is.
 */
export function joinNationalForcesToArmy(doc: Doc, drafts: EntityDraft[]): void {
  const { tokens } = doc;
  for (const d of drafts) {
    const entry = d.lexicon;
    if (entry?.kind !== "state-security" || !entry.affiliation || d.mentions.length === 0) continue;
    const armyId = ARMIES[entry.affiliation];
    // Named, that is written with its country ("the Iraqi army", "Iraq's army"): a bare "the army"
    // read as the story country's is no naming of it.
    const named = (m: EntityDraft["mentions"][number]) =>
      !m.reference && m.last > m.first && tokens[m.first]?.cap === true && tokens[m.first]?.norm !== "army";
    const army = drafts.find((a) => a.lexicon?.id === armyId && a.mentions.some(named));
    if (!army) continue;
    const bare = (m: EntityDraft["mentions"][number]) =>
      !m.reference &&
      m.last === m.first + 1 &&
      tokens[m.last]?.norm === "forces" &&
      tokens[m.first]?.cap === true;
    const moved = d.mentions.filter(bare);
    if (moved.length === 0) continue;
    army.mentions.push(...moved);
    d.mentions = d.mentions.filter((m) => !bare(m));
  }
}

/**
 * "the camp administration", "the camp's administration", "al-Hol camp administration": the
 * body that runs the camp the article is about, an organization of its own.
 */
export function addCampAdministrations(
  doc: Doc,
  drafts: EntityDraft[],
  owners: Map<number, EntityDraft>,
): void {
  // The camp the article is about: the only one, or the one named most by a clear margin.
  const camps = drafts
    .filter((d) => d.lexicon?.kind === "camp")
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const main =
    camps[0]?.lexicon && !(camps[1] && camps[1].mentions.length * 2 > camps[0].mentions.length)
      ? camps[0]
      : undefined;
  const { tokens } = doc;
  const administrations = new Map<EntityDraft, EntityDraft>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.norm !== "administration" || owners.has(i) || t.meta) continue;
    let k = i - 1;
    if (tokens[k]?.kind === "poss") k--;
    const before = tokens[k];
    // "the camp administration" (the article's camp), or a mention of a camp right before:
    // "the Al-Hol camp administration" is that camp's, whichever camp the article is about.
    const named = owners.get(k);
    const byCamp = named !== undefined && named.lexicon?.kind === "camp";
    const camp = byCamp ? named : main;
    if (!camp?.lexicon) continue;
    if (!byCamp && !(before?.norm === "camp" && tokens[k - 1]?.norm === "the")) continue;
    let first = k;
    if (byCamp) while (owners.get(first - 1) === camp) first--;
    let draft = administrations.get(camp);
    if (!draft) {
      draft = {
        type: "organization",
        name: `${camp.lexicon.name.replace(/\s+camp$/i, "")} camp administration`,
        nameKeys: [],
        extraAliases: [],
        mentions: [],
        ...(camp.lexicon.affiliation ? { affiliation: camp.lexicon.affiliation } : {}),
      };
      administrations.set(camp, draft);
      drafts.push(draft);
    }
    draft.mentions.push({ first: byCamp ? i : first, last: i });
    owners.set(i, draft);
  }
}

/** Outlets a source publishes through, which name themselves: "an account calling itself". */
const SELF_NAMED_OUTLETS = new Set(["account", "channel", "page", "group", "site", "website", "outlet"]);
const SELF_NAMING_VERBS = new Set(["calling", "calls", "called", "styling", "styles"]);
const NAME_MARKS = new Set(['"', "“", "”", "'", "‘", "’"]);

/**
 * 'an account calling itself "Raqqa Now 24"': the name in marks an account or channel gives
 * itself is an organization of its own, the outlet the article's posts come from.
 */
export function addSelfNamedOutlets(doc: Doc, drafts: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  for (let i = 2; i + 3 < tokens.length; i++) {
    if (tokens[i]?.norm !== "itself" || !SELF_NAMING_VERBS.has(tokens[i - 1]?.norm ?? "")) continue;
    if (!SELF_NAMED_OUTLETS.has(tokens[i - 2]?.norm ?? "") || !NAME_MARKS.has(tokens[i + 1]?.text ?? ""))
      continue;
    let close = i + 2;
    while (close < Math.min(tokens.length, i + 10) && !NAME_MARKS.has(tokens[close]?.text ?? "")) close++;
    const first = i + 2;
    const last = close - 1;
    if (!NAME_MARKS.has(tokens[close]?.text ?? "") || last < first) continue;
    const words = tokens.slice(first, close);
    if (!words.every((t) => t.kind === "num" || (t.kind === "word" && t.cap) || t.text === "-")) continue;
    if (words.some((_t, n) => owners.has(first + n))) continue;
    const draft: EntityDraft = {
      type: "organization",
      name: spanText(doc, first, last),
      nameKeys: [],
      extraAliases: [],
      mentions: [{ first, last }],
    };
    drafts.push(draft);
    for (let k = first; k <= last; k++) owners.set(k, draft);
  }
}
