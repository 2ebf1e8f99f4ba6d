import { LEXICON, lexiconEntry } from "../lexicon/index.js";
import { type LexiconMatch, matchLexicon } from "../lexicon/matcher.js";
import type { LexiconEntry } from "../lexicon/types.js";
import { type Doc, spanText } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { givenName, isCommonWord, isPlaceWord } from "../text/word-classes.js";
import {
  FACILITY_HEADS,
  ORG_HEADS,
  ORG_INNER_WORDS,
  PLACE_HEADS,
  ROLE_NOUNS,
  TITLES,
} from "../text/word-lists.js";
import {
  addArmyReferences,
  addCampAdministrations,
  addCountryReferences,
  addSelfNamedOutlets,
  joinBareBodies,
  joinNationalForcesToArmy,
} from "./country-references.js";
import {
  addBareMunicipality,
  addCellReferences,
  addCoalitionReferences,
  addGovernorateBodies,
  addPlaceCouncils,
  addPlaceDirectorates,
  addPlacePolice,
  addSoldierArmies,
  joinUnitsToForces,
} from "./default-references.js";
import {
  ACADEMIC_POSTS,
  findCandidates,
  outletNumber,
  PUBLICATION_HEADS,
  STREET_HEADS,
} from "./entity-candidates.js";
import {
  type EntityDraft,
  lexiconDraft,
  type MentionDraft,
  mergeDrafts,
  resolveDraft,
} from "./entity-draft.js";
import { addLaterMentions, addReferences, unlinkSharedReferences } from "./entity-mentions.js";
import { draftsFromCandidates, joinBracketed, joinKnownAs, nameBodyParts } from "./entity-merge.js";
import { companyHeadAt } from "./entity-type-guess.js";
import { addHandles } from "./handles.js";
import { attachRoles } from "./roles.js";

/**
 * Entities of an article: lexicon matches, then unknown capitalised names with a best-guess
 * type, merged (spelling variants, acronyms, glosses), completed with later mentions ("Haskan
 * said", "the coalition"), and given the roles the article attaches to people.
 */

export interface EntityIndex {
  /** Live drafts (merged ones removed), in order of first mention. */
  drafts: EntityDraft[];
  /** Owner of each token that is part of a mention. */
  owners: Map<number, EntityDraft>;
}

/** "US dollars", "Syrian pounds": a country before its currency names the money, not the place. */
const CURRENCIES = new Set([
  "dollar",
  "dollars",
  "pound",
  "pounds",
  "dinar",
  "dinars",
  "lira",
  "liras",
  "rial",
  "riyal",
  "riyals",
  "rials",
]);

/** Common nouns a range, a valley or a river is written with: "the Hamrin hills", "the Zab river". */
const LANDFORM_NOUNS = new Set(
  "hills foothills mountains mountain range valley basin plain plains desert marshes river".split(" "),
);

/** Roads named after the town they lead to ("the Akashat road"). */
const TOWN_ROAD_NOUNS = new Set(["road", "highway"]);

/**
 * "the Hamrin hills", "the Tharthar basin": a known range or river written with a landform noun
 * after its name; the noun belongs to the mention, as the article's spelling of the place.
 */
function landformEnd(tokens: readonly Token[], m: LexiconMatch): number {
  const next = tokens[m.last + 1];
  // "the Akashat road", "the Rutba highway": a road named after the town it runs to is written
  // with the town's name; the noun belongs to the mention, as for an unknown town's road.
  // "the Baghdad International Airport road": so is a road named after the airport it leads to.
  if (
    ((m.entry.type === "place" && m.entry.kind === "city") ||
      (m.entry.type === "facility" && m.entry.kind === "airport")) &&
    !m.demonym &&
    next?.kind === "word" &&
    !next.cap &&
    !next.meta &&
    next.sentence === tokens[m.last]?.sentence &&
    TOWN_ROAD_NOUNS.has(next.norm) &&
    // "the Palmyra–Homs road" runs between two towns and is named by both, not by the last.
    !/^[-‐‑–—/]$/.test(tokens[m.first - 1]?.text ?? "")
  )
    return m.last + 1;
  // "the Rutba region", "the Hit region": the land around a town, written with the town's
  // name and "region" after it; the noun belongs to the mention, a spelling of the town's
  // entity (as "the Rutba area" is), so the area is not read as the bare town.
  if (
    m.entry.type === "place" &&
    m.entry.kind === "city" &&
    !m.demonym &&
    next?.kind === "word" &&
    next.norm === "region" &&
    !next.cap &&
    !next.meta &&
    next.sentence === tokens[m.last]?.sentence &&
    tokens[m.first - 1]?.norm === "the"
  )
    return m.last + 1;
  const known = m.entry.type === "place" && (m.entry.kind === "region" || m.entry.kind === "river");
  if (!known || m.demonym || !next || next.kind !== "word" || next.cap || next.meta) return m.last;
  if (next.sentence !== tokens[m.last]?.sentence || !LANDFORM_NOUNS.has(next.norm)) return m.last;
  // "the Anbar desert desert" never happens; a name already ending in a landform noun stays.
  return LANDFORM_NOUNS.has(tokens[m.last]?.norm ?? "") ? m.last : m.last + 1;
}

/** What a site named after a town is for, between the name and the noun: "the Arak gas field". */
const SITE_RESOURCES = new Set(["gas", "oil", "border", "air", "grain", "irrigation"]);
/**
 * Nouns of the sites a town's name names rather than locates (and "port", below): "the Baiji
 * refinery", "Makhmour camp", "the Tabqa air base", "the Derik grain silos" are places of their
 * own, never the town (tests/fixtures/ANNOTATION.md rule 5). Not a checkpoint or a hospital: "the Tikrit checkpoint",
 * "the Rutba hospital" are as often the town's as a site's.
 */
const TOWN_SITES = new Set([
  "field",
  "crossing",
  "prison",
  "jail",
  "airport",
  "dam",
  "base",
  "airbase",
  "camp",
  "refinery",
  // "the al-Malikiyah grain silos", "Malikiyah silos": a town's silos are one site, named plural.
  "silo",
  "silos",
  // "the Maskanah irrigation canal": a canal named after the town it waters or leaves from.
  "canal",
]);
/**
 * Sites named after a town that are facilities of their own even unknown to the gazetteer, and
 * take the whole mention. Another site unknown to it (a prison, a base, a camp, a refinery) is a
 * facility too, but the town keeps the mention as well: the town's link (its side, its region) is
 * what the analysis reads of "the Shaddadi prison", and the town is where the site stands.
 */
const UNLINKED_SITES = new Set(["field", "crossing", "port"]);
/** Nouns a text writes after a town's name for a known facility of each kind ("the al-Qaim border port"). */
const KIND_NOUNS: Partial<Record<string, readonly string[]>> = {
  crossing: ["crossing", "port"],
  camp: ["camp"],
  prison: ["prison", "jail"],
  airport: ["airport"],
  dam: ["dam"],
  base: ["base", "airbase"],
};
/** Lower-case nouns that, after a site's noun, make the site's words a modifier ("the Arak field office"). */
const AFTER_SITE = new Set([...FACILITY_HEADS, ...PLACE_HEADS, ...ORG_HEADS, ...ROLE_NOUNS]);

/**
 * "the Arak gas field", "the al-Qaim border port", "the Mandali crossing": a known town's name
 * before a facility's noun in lower case (with what the site is for between them) names the
 * facility, not the town; the last token of the noun, or -1. Not a plural ("the Arak fields"),
 * nor a modifier of a further noun ("the Arak field office").
 */
function townFacilityEnd(tokens: readonly Token[], m: LexiconMatch): number {
  if (m.entry.type !== "place" || m.entry.kind !== "city" || m.demonym) return -1;
  const sentence = tokens[m.last]?.sentence;
  const lower = (t: Token | undefined) =>
    t !== undefined && t.kind === "word" && !t.cap && !t.meta && t.sentence === sentence;
  // "RAWA CROSSING" on a masthead: a town and the site's noun both in capitals, as a label
  // shouts them, read as the same words in lower case.
  const shouted = tokens[m.first]?.upper === true && tokens[m.last]?.upper === true;
  const plain = (t: Token | undefined) =>
    lower(t) || (shouted && t !== undefined && t.kind === "word" && t.upper && t.sentence === sentence);
  let k = m.last + 1;
  if (plain(tokens[k]) && SITE_RESOURCES.has(tokens[k]?.norm ?? "")) k++;
  const noun = tokens[k];
  if (!plain(noun) || !(TOWN_SITES.has(noun?.norm ?? "") || noun?.norm === "port")) return -1;
  const after = tokens[k + 1];
  if (plain(after) && AFTER_SITE.has(after?.norm ?? "")) return -1;
  // "the Palmyra–Homs road" joins two towns; "the Homs–Palmyra gas field" is no Palmyra's own.
  if (/^[-‐‑–—/]$/.test(tokens[m.first - 1]?.text ?? "")) return -1;
  return k;
}

/**
 * The known facility a town's name and a facility's noun name ("the al-Qaim border port" is the
 * gazetteer's al-Qaim crossing): the one facility of the noun's kind spelled with the town's name
 * first; undefined when none or more than one is.
 */
function townFacility(town: LexiconMatch, noun: string): LexiconEntry | undefined {
  const starts = [town.entry.name, ...town.entry.aliases].map((a) => `${a.toLowerCase()} `);
  const found = LEXICON.filter(
    (e) =>
      e.type === "facility" &&
      (KIND_NOUNS[e.kind] ?? []).includes(noun) &&
      [e.name, ...e.aliases].some((a) => starts.some((st) => a.toLowerCase().startsWith(st))),
  );
  return found.length === 1 ? found[0] : undefined;
}

function lexiconDrafts(
  doc: Doc,
  matches: readonly LexiconMatch[],
  removed: ReadonlySet<number>,
): EntityDraft[] {
  const byId = new Map<string, EntityDraft>();
  matches.forEach((m, index) => {
    if (removed.has(index)) return;
    // A town's name before a facility's noun: the known facility, or a facility of its own
    // named as the text writes it ("Arak gas field", then "the Arak field" the same).
    const siteEnd = townFacilityEnd(doc.tokens, m);
    const noun = doc.tokens[siteEnd]?.norm ?? "";
    const known = siteEnd >= 0 ? townFacility(m, noun) : undefined;
    // A port is a border's only when so written or known ("the al-Qaim port" once the gazetteer
    // has the al-Qaim crossing); "the Umm Qasr port" is the town's.
    const seaport = noun === "port" && doc.tokens[siteEnd - 1]?.norm !== "border" && !known;
    // A prison, a base, an airport, a dam, a camp or a refinery the gazetteer does not know is a
    // facility that leaves the town its mention: the town's link (its side, its region) is what
    // the analysis reads of "the Shaddadi prison".
    const unlinked = !known && !UNLINKED_SITES.has(noun);
    if (siteEnd >= 0 && !seaport) {
      const key = known ? known.id : `${m.entry.id}#${noun}`;
      let site = byId.get(key);
      if (!site) {
        site = known
          ? lexiconDraft(known)
          : {
              type: "facility",
              name: spanText(doc, m.first, siteEnd),
              nameKeys: [],
              extraAliases: [],
              mentions: [],
            };
        byId.set(key, site);
      }
      site.mentions.push({ first: m.first, last: siteEnd });
      if (!unlinked) return;
    }
    let draft = byId.get(m.entry.id);
    if (!draft) {
      draft = {
        type: m.entry.type,
        name: m.entry.name,
        lexicon: m.entry,
        nameKeys: [],
        extraAliases: [],
        mentions: [],
      };
      byId.set(m.entry.id, draft);
    }
    const mention: MentionDraft = { first: m.first, last: landformEnd(doc.tokens, m) };
    // The name without its noun ("Qara Chogh" of "the Qara Chogh foothills") is still a spelling.
    if (mention.last > m.last) draft.extraAliases.push(spanText(doc, m.first, m.last));
    // "US$48 million", "A$2 million": a country's letters fused with a currency's sign write the money.
    const sign = doc.tokens[m.last + 1];
    const currency =
      m.entry.kind === "country" &&
      (CURRENCIES.has(sign?.norm ?? "") || (sign?.text === "$" && sign.space === false));
    if (m.demonym || currency) mention.demonym = true;
    draft.mentions.push(mention);
  });
  return [...byId.values()];
}

/**
 * Bodies whose name is itself a common noun phrase: "the Civil Defence" is the service, "a civil
 * defence team", "the Hawija civil defence" are a team or a place's own service, named (or not)
 * by other rules; only the capitalised spelling is the body. So with "the Security Council": "the
 * camp's security council", "the security council told us" are a council of a place or a firm.
 */
const COMMON_NOUN_NAMES = new Set(["org/civil-defence", "org/unsc"]);

function commonNounSpelling(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (!COMMON_NOUN_NAMES.has(m.entry.id)) return false;
  for (let k = m.first; k <= m.last; k++) if (tokens[k]?.cap) return false;
  return true;
}

/** A world region with no country of its own: "Middle East", "North Africa", "Europe". */
const isMacroRegion = (m: LexiconMatch) =>
  m.entry.type === "place" && m.entry.kind === "region" && m.entry.affiliation === undefined;
const roleWord = (t: Token | undefined) =>
  t?.kind === "word" && (ROLE_NOUNS.has(t.norm) || TITLES.has(t.norm));

/**
 * "Minister for the Middle East", "Director, Middle East and North Africa", "Middle East
 * correspondent": a world region as a role's portfolio names no place where anything happened.
 */
function isPortfolio(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (roleWord(tokens[m.last + 1])) return true;
  let k = m.first - 1;
  // Back over the regions listed before it ("Middle East and North Africa").
  while (k >= 0 && (tokens[k]?.norm === "and" || (tokens[k]?.cap && !roleWord(tokens[k])))) k--;
  if (tokens[k]?.norm === "the") k--;
  const t = tokens[k];
  if (t?.text === ",") return roleWord(tokens[k - 1]);
  // "Minister of State for the Middle East": the title may end in its own object ("of State").
  if (t?.norm === "for") return titleBefore(tokens, k);
  // "Senior Lecturer in Middle East Security": the field of an academic post.
  if (t?.norm === "in") return ACADEMIC_POSTS.has(tokens[k - 1]?.norm ?? "");
  // "Minister of State (Middle East and North Africa)": the portfolio in brackets after the
  // title, which may end in its own object ("of State").
  if (t?.text === "(") return titleBefore(tokens, k);
  return roleWord(t);
}

/** A role word ends the few capitalised words (and "of", "for") before token `k`. */
function titleBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = tokens[j];
    if (roleWord(w)) return true;
    if (!(w?.cap || w?.norm === "of" || w?.norm === "for")) return false;
  }
  return false;
}

/**
 * A place's name opening the name of a paper, station or periodical ("THE TIGRIS TIMES", "Iraq
 * Press Review") names the publication, not a place of the story.
 */
function inTitleOfPublication(tokens: readonly Token[], m: LexiconMatch): boolean {
  const place = tokens[m.first] as Token;
  for (let k = m.last + 1; k <= m.last + 3; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || !t.cap || t.sentence !== place.sentence || t.breaks > 0) return false;
    if (PUBLICATION_HEADS.has(t.norm)) return true;
  }
  return false;
}

/**
 * "the Region" once "the Kurdistan Region" is named, "the Directorate" after "the General
 * Directorate of ...": a capitalised head word alone after "the" refers to the one named
 * entity of the article whose name ends with it; it is not a name of its own.
 */
function joinHeadReferences(doc: Doc, drafts: readonly EntityDraft[]): EntityDraft[] {
  const { tokens } = doc;
  const added: EntityDraft[] = [];
  const named = drafts.filter((d) => d.lexicon && /\s/.test(d.name));
  for (const d of drafts) {
    if (d.lexicon || d.mentions.length === 0) continue;
    if (!d.mentions.every((m) => m.first === m.last && tokens[m.first - 1]?.norm === "the")) continue;
    const head = tokens[d.mentions[0]?.first ?? -1]?.norm ?? "";
    const targets = named.filter(
      (n) =>
        n.type === d.type &&
        [n.name, ...(n.lexicon?.aliases ?? [])].some((a) => a.toLowerCase().split(/\s+/).pop() === head),
    );
    let target = targets.length === 1 ? targets[0] : undefined;
    // "The Kurdistan Region's interior ministry ... the Region's territory": the place is named
    // only inside another entity's name.
    if (targets.length === 0) {
      const entries = LEXICON.filter(
        (e) =>
          e.type === d.type &&
          [e.name, ...e.aliases].some(
            (a) => /\s/.test(a) && a.toLowerCase().split(/\s+/).pop() === head && doc.text.includes(a),
          ),
      );
      const entry = entries[0];
      if (entries.length === 1 && entry) {
        target = lexiconDraft(entry);
        added.push(target);
      }
    }
    if (!target) continue;
    for (const m of d.mentions) target.mentions.push({ first: m.first, last: m.last, reference: true });
    d.mentions = [];
    d.mergedInto = target;
  }
  return added;
}

/**
 * "the Director of National Security" once "the National Security Service" is named: a body's
 * name without its last noun, as the portfolio of a role, is that body when exactly one
 * organization of the article is spelled by it and the noun.
 */
function joinHeadlessBodies(doc: Doc, drafts: readonly EntityDraft[]): void {
  const { tokens } = doc;
  // "Director of National Security", "Head of Military Intelligence": a portfolio after a role.
  const portfolio = (m: MentionDraft) => {
    let k = m.first - 1;
    if (tokens[k]?.norm === "the") k--;
    return tokens[k]?.norm === "of" && roleWord(tokens[k - 1]);
  };
  // The spellings the article itself gives the body, not the gazetteer's other names for it.
  const spellings = (d: EntityDraft) =>
    d.mentions.map((m) =>
      doc.text.slice(tokens[m.first]?.start ?? 0, tokens[m.last]?.end ?? 0).toLowerCase(),
    );
  const bodies = drafts.filter((d) => d.type === "organization" && d.mentions.length > 0);
  for (const d of bodies) {
    if (d.lexicon || d.mergedInto || !/\s/.test(d.name) || !d.mentions.every(portfolio)) continue;
    const short = d.name.toLowerCase();
    const targets = bodies.filter(
      (o) =>
        o !== d &&
        !o.mergedInto &&
        spellings(o).some((a) => {
          const head = a.slice(short.length + 1);
          return a.startsWith(`${short} `) && ORG_HEADS.has(head);
        }),
    );
    const target = targets.length === 1 ? targets[0] : undefined;
    if (target) mergeDrafts(target, d);
  }
}

/**
 * Last nouns a force's or a service's name can be written without: "the Border Guard Forces".
 * (Not "Command": "the Border Guards Command" is the force's headquarters, a body a text may
 * name apart from the force it commands.)
 */
const FORCE_TAILS = new Set(["forces", "force", "service", "services"]);

/**
 * "the Border Guard Forces ... a Border Guard post": a name the article writes with a force's
 * or a service's last noun, and elsewhere without it before a common noun, is that body's
 * (the short name modifies the noun as the full one would); not a second body. Only when
 * exactly one body of the article is so spelled.
 */
function joinTaillessForces(doc: Doc, drafts: readonly EntityDraft[]): void {
  const { tokens } = doc;
  const bodies = drafts.filter((d) => d.type === "organization" && d.mentions.length > 0);
  // Every spelling of every body, once: the article's own and the gazetteer's.
  const spelledBy = new Map<string, Set<EntityDraft>>();
  const spell = (a: string, d: EntityDraft) =>
    spelledBy.set(a.toLowerCase(), (spelledBy.get(a.toLowerCase()) ?? new Set()).add(d));
  for (const d of bodies) {
    for (const m of d.mentions) spell(spanText(doc, m.first, m.last), d);
    for (const a of d.lexicon ? [d.lexicon.name, ...d.lexicon.aliases] : []) spell(a, d);
  }
  const modifier = (m: MentionDraft) => {
    const next = tokens[m.last + 1];
    return next?.kind === "word" && !next.cap && next.sentence === tokens[m.last]?.sentence;
  };
  for (const d of bodies) {
    if (d.lexicon || d.mergedInto || !d.mentions.every(modifier)) continue;
    const short = d.name.toLowerCase();
    const targets = new Set<EntityDraft>();
    for (const tail of FORCE_TAILS)
      for (const o of spelledBy.get(`${short} ${tail}`) ?? []) if (o !== d && !o.mergedInto) targets.add(o);
    const [target] = targets;
    if (target && targets.size === 1) mergeDrafts(target, d);
  }
}

/** Tokens p..q as a mention of `owner` (unless it has one there already), taken from every other draft. */
function takeSpan(drafts: readonly EntityDraft[], owner: EntityDraft, p: number, q: number): void {
  if (owner.mentions.some((m) => m.first <= q && m.last >= p)) return;
  for (const d of drafts) {
    if (d === owner) continue;
    d.mentions = d.mentions.filter((m) => m.last < p || m.first > q);
  }
  owner.mentions.push({ first: p, last: q });
}

/** Words of a trade that go with its head ("Wedding Hall", "Car Hire"). */
const TRADE_QUALIFIERS = new Set([
  "wedding",
  "weddings",
  "banquet",
  "reception",
  "events",
  "party",
  "car",
  "cars",
]);

/**
 * "QASR AL-RABEE WEDDING HALL" then "Thank you for choosing Qasr al-Rabee": a business named
 * with its trade is named by the rest of its name too (two words at least, a street's name
 * excepted: "Salahaddin Street" is the street), whatever else those words could be read as (a
 * village "Qasr"); such mentions are the business's.
 */
function joinTradeShortNames(doc: Doc, drafts: readonly EntityDraft[]): void {
  const { tokens } = doc;
  for (const body of drafts) {
    if (body.type !== "organization" || body.lexicon || body.mergedInto) continue;
    const named = body.mentions.find((m) => companyHeadAt(tokens, m.last));
    if (!named) continue;
    let end = named.last - 1;
    if (TRADE_QUALIFIERS.has(tokens[end]?.norm ?? "")) end--;
    const short = tokens.slice(named.first, end + 1);
    const words = short.filter((t) => t.kind === "word");
    const lastWord = words[words.length - 1];
    if (words.length < 2 || !lastWord || STREET_HEADS.has(lastWord.norm)) continue;
    for (let p = 0; p + short.length <= tokens.length; p++) {
      if (p === named.first) continue;
      const q = p + short.length - 1;
      if (!short.every((t, n) => tokens[p + n]?.norm === t.norm && tokens[p + n]?.kind === t.kind)) continue;
      // Written as a name, and not the start of a longer one.
      if (!tokens[p]?.cap || tokens[q]?.sentence !== tokens[p]?.sentence) continue;
      const after = tokens[q + 1];
      if (
        after?.kind === "word" &&
        after.cap &&
        after.sentence === tokens[q]?.sentence &&
        after !== tokens[named.last]
      )
        continue;
      takeSpan(drafts, body, p, q);
    }
  }
}

/**
 * "a bomb in Sheikh Najjar Industrial City ... Sheikh Najjar now checks every vehicle": a place
 * named after a man, its name opened by his title and closed by its place's or site's nouns, is
 * called by the title and the man's name alone too, as the zone's people call it. Those words
 * written as a name (not opening a longer one) are the place's, not a man's.
 */
function joinTitledPlaceShortNames(doc: Doc, drafts: readonly EntityDraft[]): void {
  const { tokens } = doc;
  for (const place of drafts) {
    if (place.type !== "place" || place.lexicon || place.mergedInto) continue;
    const named = place.mentions.find(
      (m) => !m.reference && !m.demonym && m.last > m.first + 1 && TITLES.has(tokens[m.first]?.norm ?? ""),
    );
    const head = named ? tokens[named.last] : undefined;
    if (!named || !tokens[named.first]?.cap || head?.kind !== "word" || !head.cap) continue;
    if (!PLACE_HEADS.has(head.norm) && !FACILITY_HEADS.has(head.norm)) continue;
    const title = tokens[named.first]?.norm;
    for (let p = 0; p < tokens.length; p++) {
      if (p === named.first || tokens[p]?.norm !== title || !tokens[p]?.cap) continue;
      // The title and at least the man's name, as the full name writes them, and no more of it.
      let q = p;
      while (
        q + 1 - p < named.last - named.first &&
        tokens[q + 1]?.kind === "word" &&
        tokens[q + 1]?.cap &&
        tokens[q + 1]?.norm === tokens[named.first + q + 1 - p]?.norm
      )
        q++;
      if (q === p || tokens[q]?.sentence !== tokens[p]?.sentence) continue;
      const after = tokens[q + 1];
      if (after?.kind === "word" && after.cap && after.sentence === tokens[q]?.sentence) continue;
      takeSpan(drafts, place, p, q);
    }
  }
}

/**
 * "Ranger killed in al-Talila reserve" over "inside al-Talila Nature Reserve": a name with a
 * lower-case noun after it that is the last word of a longer place's name opening with the same
 * name is that place for short, noun and all, not a place of its own.
 */
function joinHeadedShortPlaces(doc: Doc, drafts: readonly EntityDraft[]): void {
  const { tokens } = doc;
  const places = drafts.filter((d) => d.type === "place" && !d.lexicon && !d.mergedInto);
  if (places.length < 2) return;
  for (const full of places) {
    const words = full.name.split(/\s+/);
    const head = words.at(-1)?.toLowerCase() ?? "";
    if (words.length < 3 || !(PLACE_HEADS.has(head) || FACILITY_HEADS.has(head) || head === "reserve"))
      continue;
    for (const short of places) {
      if (short === full || short.mergedInto || short.mentions.length === 0) continue;
      if (!full.name.toLowerCase().startsWith(`${short.name.toLowerCase()} `)) continue;
      const headed = short.mentions.every((m) => {
        const noun = tokens[m.last + 1];
        return (
          !m.reference &&
          !m.demonym &&
          noun?.kind === "word" &&
          !noun.cap &&
          noun.norm === head &&
          noun.sentence === tokens[m.last]?.sentence
        );
      });
      if (!headed) continue;
      for (const m of short.mentions) full.mentions.push({ first: m.first, last: m.last + 1 });
      short.mentions = [];
      short.mergedInto = full;
    }
  }
}

export function ownersOf(drafts: readonly EntityDraft[]): Map<number, EntityDraft> {
  const owners = new Map<number, EntityDraft>();
  for (const d of drafts) {
    for (const m of d.mentions) {
      for (let k = m.first; k <= m.last; k++) if (!owners.has(k)) owners.set(k, d);
    }
  }
  return owners;
}

/**
 * "Abu Sayda", "Umm Hajara": after a kunya's "Abu" or "Umm" a known name is only the second
 * word of another name (a village, a man), not the place the gazetteer spells alone ("Sayda",
 * Sidon). Names that open with the kunya are the gazetteer's own entries ("Abu Kamal").
 */
function kunyaTail(tokens: readonly Token[], m: LexiconMatch): boolean {
  const t = tokens[m.first - 1];
  return (
    t?.kind === "word" &&
    t.cap &&
    (t.norm === "abu" || t.norm === "umm") &&
    t.sentence === tokens[m.first]?.sentence
  );
}

/** A diplomatic mission named by the state it represents: "Embassy of the Republic of Türkiye". */
const MISSION_NAME = /^(embassy|consulate(?: general)?|mission|delegation) of the /i;

/**
 * "the Turkish Embassy" and "the Embassy of the Republic of Türkiye" in one article: the mission
 * named by its state's adjective and by the state itself is one body.
 */
function joinMissions(drafts: readonly EntityDraft[], matches: readonly LexiconMatch[]): void {
  const bodies = drafts.filter((d) => d.type === "organization" && !d.lexicon && d.mentions.length > 0);
  for (const d of bodies) {
    const head = MISSION_NAME.exec(d.name)?.[1]?.toLowerCase();
    const mention = d.mentions[0];
    if (!head || !mention || d.mergedInto) continue;
    const state = matches.find(
      (m) => m.entry.kind === "country" && m.first > mention.first && m.last <= mention.last,
    );
    const names = new Set((state?.entry.demonyms ?? []).map((a) => `${a} ${head}`.toLowerCase()));
    const target = bodies.find((o) => o !== d && !o.mergedInto && names.has(o.name.toLowerCase()));
    if (target) mergeDrafts(target, d);
  }
}

/**
 * "About 600 Ground Self-Defense Force personnel ... SDF members dug out 230 cars": an acronym the
 * lexicon knows for a body (SDF, the Syrian Democratic Forces) names, in an article that spells out
 * another body with those initials, that other body. The initials are those of capitalised words
 * (each part of a hyphenated word counts), of a whole run of them or of its last words; a run that
 * is the lexicon body's own name ("the Syrian Democratic Forces (SDF)") is no other body.
 */
function acronymOfOther(tokens: readonly Token[], m: LexiconMatch): boolean {
  const t = tokens[m.first];
  if (m.first !== m.last || !t?.upper || t.text.length < 3 || m.entry.type !== "organization") return false;
  const acronym = t.text.toUpperCase();
  const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, "");
  const own = new Set([m.entry.name, ...(m.entry.aliases ?? [])].map(fold));
  let run: Token[] = [];
  const spells = () => {
    if (run.length < acronym.length) return false;
    const tail = run.slice(run.length - acronym.length);
    return (
      tail.map((w) => w.text[0]?.toUpperCase() ?? "").join("") === acronym &&
      !own.has(fold(tail.map((w) => w.text).join("")))
    );
  };
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    const hyphenJoin =
      w.text === "-" && !w.space && tokens[k + 1]?.cap === true && tokens[k + 1]?.space === false;
    if (hyphenJoin) continue;
    if (w.kind === "word" && w.cap && !w.upper && !w.meta) {
      // A capitalised word after a sentence's end opens a new run.
      if (run.length > 0 && tokens[k - 1]?.text !== "-" && (run.at(-1)?.i ?? -2) !== k - 1) run = [];
      run.push(w);
      if (spells()) return true;
      continue;
    }
    run = [];
  }
  return false;
}

/**
 * "the Central Criminal Court of Nineveh", "the Investigation Court of Karkh": a state body the
 * gazetteer knows by its short name ("Central Criminal Court", the court of Iraq) followed by
 * "of" and a place other than its own country is another body, the one of that jurisdiction;
 * the short name is not a mention of the national body, and the whole name is read as a name.
 */
function jurisdictionOfOther(doc: Doc, m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  const { tokens } = doc;
  if (m.entry.type !== "organization" || m.entry.kind !== "government" || m.demonym) return false;
  if (tokens[m.last + 1]?.norm !== "of") return false;
  const place = all.find((o) => o.first === m.last + 2);
  if (place?.entry.type !== "place" || place.demonym) return false;
  if (tokens[place.first]?.sentence !== tokens[m.last]?.sentence || !tokens[place.first]?.cap) return false;
  if (place.entry.kind === "country" && place.entry.name === m.entry.affiliation) return false;
  // The gazetteer's name is the short one with its own jurisdiction ("... Court of Iraq").
  const name = m.entry.name.toLowerCase();
  return name.startsWith(`${spanText(doc, m.first, m.last).toLowerCase()} of `);
}

/** Names of the gazetteer's countries (a body of the Kurdistan Region is no country's). */
const COUNTRY_NAMES = new Set(LEXICON.filter((e) => e.kind === "country").map((e) => e.name));

/**
 * "the German Foreign Office", "the Dutch Home Office": a state body the gazetteer knows by a
 * short name one country uses ("Foreign Office", the British one) after another country's
 * adjective is that other country's body; the short name is no mention of the first country's,
 * and the whole name is read as a name. "the British Foreign Office" stays the British one.
 */
function demonymOfOther(doc: Doc, m: LexiconMatch, all: readonly LexiconMatch[]): boolean {
  if (m.entry.type !== "organization" || m.entry.kind !== "government" || m.demonym) return false;
  const affiliation = m.entry.affiliation;
  if (affiliation === undefined || !COUNTRY_NAMES.has(affiliation)) return false;
  const country = all.find((o) => o.last === m.first - 1);
  if (country?.entry.kind !== "country" || !country.demonym || country.entry.name === affiliation)
    return false;
  const tokens = doc.tokens;
  return tokens[country.first]?.sentence === tokens[m.first]?.sentence && tokens[m.first]?.cap === true;
}

/**
 * "According to the Syrian Civil Defence, ..." then "Civil Defence: 11 dead": where the text
 * names one country's body in full, the bare name the gazetteer keeps for the service in general
 * ("Civil Defence", no country's) is that body shortened, not another one. Only where exactly
 * one body of the text is spelled as the bare name after one capitalised word.
 */
function joinGenericToNamed(doc: Doc, drafts: readonly EntityDraft[]): void {
  for (const d of drafts) {
    const entry = d.lexicon;
    if (entry?.type !== "organization" || entry.affiliation !== undefined || d.mergedInto) continue;
    const bare = entry.name.toLowerCase();
    const targets = drafts.filter(
      (t) =>
        t !== d &&
        !t.mergedInto &&
        t.type === "organization" &&
        t.lexicon?.affiliation !== undefined &&
        t.mentions.some((m) => {
          const first = doc.tokens[m.first];
          if (m.demonym || m.reference || first?.kind !== "word" || !first.cap) return false;
          const text = spanText(doc, m.first, m.last).toLowerCase();
          return text === `${first.norm} ${bare}`;
        }),
    );
    if (targets.length === 1) mergeDrafts(targets[0] as EntityDraft, d);
  }
}

/** The work a wire's credit line gives a name for: "Reporting by …; editing by …". */
const CREDIT_ROLES = new Set(["reporting", "writing", "editing", "compiled", "produced", "photos", "photo"]);

/**
 * "By Rawa Aziz" opening a line: a byline names its writer, and a town's name there is the
 * writer's given name ("Rawa", "Soran", "Hama" are both), not a place of the story.
 */
function bylineName(tokens: readonly Token[], m: LexiconMatch): boolean {
  const by = tokens[m.first - 1];
  const surname = tokens[m.last + 1];
  // "(Reporting by Dana Novak; editing by Hama Rasul)": a wire's credit line names its staff too.
  const credit = by?.norm === "by" && CREDIT_ROLES.has(tokens[m.first - 2]?.norm ?? "");
  return (
    m.entry.type === "place" &&
    m.entry.kind === "city" &&
    !m.demonym &&
    m.first === m.last &&
    by?.kind === "word" &&
    ((by.text === "By" && (m.first === 1 || by.breaks > 0)) || credit) &&
    surname?.kind === "word" &&
    surname.cap &&
    surname.breaks === 0 &&
    !isPlaceWord(surname.norm)
  );
}

/** Words after an outlet's name that make it the outlet: "Al-Mayadeen reported", "… could not reach". */
const OUTLET_AFTER = new Set([
  "reported",
  "reports",
  "said",
  "says",
  "quoted",
  "quotes",
  "cited",
  "aired",
  "broadcast",
  "learned",
  "learnt",
  "could",
  "correspondent",
  "reporter",
  "journalist",
  "contacted",
]);
/** An outlet's own head words, matched with its name ("Al Mayadeen TV"). */
const OUTLET_HEADS = new Set(["tv", "channel", "television"]);
/** Words before it that do: "local sources told Al-Mayadeen", "according to", "speaking to". */
const OUTLET_BEFORE = new Set(["told", "according to", "speaking to", "interview with", "reporter for"]);

/**
 * An outlet named after a place (the channel Al Mayadeen and the town al-Mayadeen): the name is
 * the outlet when the match spans its own head ("Al Mayadeen TV") or the sentence makes it a
 * reporter ("Al-Mayadeen reported", "could not reach") or a listener ("sources told Al-Mayadeen",
 * "according to Al Mayadeen"); anywhere else ("in al-Mayadeen countryside", "the town of
 * Al-Mayadeen") it is the place.
 */
function outletTwin(tokens: readonly Token[], m: LexiconMatch): LexiconMatch {
  const twin = m.entry.placeTwin === undefined ? undefined : lexiconEntry(m.entry.placeTwin);
  if (!twin) return m;
  const word = (k: number) => {
    const t = tokens[k];
    return t?.kind === "word" && t.sentence === tokens[m.first]?.sentence ? t.norm : "";
  };
  const matchedHead = OUTLET_HEADS.has(tokens[m.last]?.norm ?? "");
  const before = word(m.first - 1);
  if (
    matchedHead ||
    OUTLET_AFTER.has(word(m.last + 1)) ||
    OUTLET_BEFORE.has(before) ||
    OUTLET_BEFORE.has(`${word(m.first - 2)} ${before}`)
  )
    return m;
  return { ...m, entry: twin };
}

export function findEntities(doc: Doc): EntityIndex {
  const lexiconMatches = matchLexicon(doc.tokens).map((m) => outletTwin(doc.tokens, m));
  const matches = lexiconMatches.filter(
    (m) =>
      !kunyaTail(doc.tokens, m) &&
      !bylineName(doc.tokens, m) &&
      !commonNounSpelling(doc.tokens, m) &&
      !jurisdictionOfOther(doc, m, lexiconMatches) &&
      !demonymOfOther(doc, m, lexiconMatches) &&
      !(
        m.entry.type === "place" &&
        m.first === m.last &&
        outletNumber(doc.tokens, m.first, m.last, m.last + 1)
      ) &&
      !acronymOfOther(doc.tokens, m),
  );
  const covered = new Int32Array(doc.tokens.length).fill(-1);
  matches.forEach((m, index) => {
    for (let k = m.first; k <= m.last; k++) covered[k] = index;
  });
  const candidates = findCandidates(doc, covered, matches);
  const removed = new Set(candidates.flatMap((c) => c.absorbed));
  matches.forEach((m, index) => {
    if (isMacroRegion(m) && isPortfolio(doc.tokens, m)) removed.add(index);
    if (m.entry.type === "place" && inTitleOfPublication(doc.tokens, m)) removed.add(index);
    // "Council of Representatives of Iraq": a state body's own country after "of" is part of
    // its formal name, no mention of the country.
    const state = matches[covered[m.last + 2] ?? -1];
    if (
      m.entry.type === "organization" &&
      m.entry.affiliation !== undefined &&
      doc.tokens[m.last + 1]?.norm === "of" &&
      state?.first === m.last + 2 &&
      state.entry.kind === "country" &&
      !state.demonym &&
      state.entry.name === m.entry.affiliation &&
      doc.tokens[state.first]?.sentence === doc.tokens[m.last]?.sentence
    )
      removed.add(covered[m.last + 2] as number);
  });
  const all = [...lexiconDrafts(doc, matches, removed), ...draftsFromCandidates(doc, candidates)];

  all.push(...joinHeadReferences(doc, all));
  joinBracketed(doc, ownersOf(all), all);
  joinKnownAs(doc, ownersOf(all));
  joinBareBodies(doc, all, ownersOf(all));
  joinGenericToNamed(doc, all);
  joinHeadlessBodies(doc, all);
  joinTaillessForces(doc, all);
  joinTradeShortNames(doc, all);
  joinTitledPlaceShortNames(doc, all);
  joinHeadedShortPlaces(doc, all);
  nameBodyParts(doc, all, ownersOf(all));
  joinMissions(all, matches);
  let live = all.filter((d) => !d.mergedInto);
  joinPlaceBranches(doc, live);
  addLaterMentions(doc, live, ownersOf(live));
  addOpeningWordNames(doc, live, ownersOf(live));
  const headReferences = addReferences(doc, live, ownersOf(live));
  addCountryReferences(doc, live, ownersOf(live));
  addArmyReferences(doc, live, ownersOf(live));
  joinNationalForcesToArmy(doc, live);
  addCampAdministrations(doc, live, ownersOf(live));
  addSelfNamedOutlets(doc, live, ownersOf(live));
  addCoalitionReferences(doc, live, ownersOf(live));
  addCellReferences(doc, live, ownersOf(live));
  addSoldierArmies(doc, live, ownersOf(live));
  addPlacePolice(doc, live, ownersOf(live));
  addPlaceDirectorates(doc, live, ownersOf(live));
  addPlaceCouncils(doc, live, ownersOf(live));
  addGovernorateBodies(doc, live, ownersOf(live));
  addBareMunicipality(doc, live, ownersOf(live));
  addHandles(doc, live, ownersOf(live));
  joinUnitsToForces(doc, live, ownersOf(live));
  unlinkSharedReferences(doc, live, headReferences);
  live = live.filter((d) => !d.mergedInto && d.mentions.length > 0);
  for (const d of live) {
    d.mentions.sort((a, b) => a.first - b.first);
    d.mentions = d.mentions.filter((m, i, list) => i === 0 || m.first !== list[i - 1]?.first);
  }
  live.sort((a, b) => (a.mentions[0]?.first ?? 0) - (b.mentions[0]?.first ?? 0));
  const owners = ownersOf(live);
  attachRoles(doc, live, owners);
  return { drafts: live.map(resolveDraft), owners };
}

/** Words of bodies' names and portfolios ("Defence Forces", "Interior"): no body's own short name. */
const BODY_WORDS = new Set([
  ...ORG_HEADS,
  ...ORG_INNER_WORDS,
  ..."defence defense interior foreign justice finance health education civil national general".split(" "),
]);

/**
 * "Clearway Mine Action, the British charity ... Clearway's director ... Clearway said": a body the
 * text names in full is called by its opening word alone later, when that word is no common
 * word, no given name and no known name (the gazetteer's words are owned by their entries). The
 * word alone, written as a name and not inside a longer one, is the body's.
 */
function addOpeningWordNames(doc: Doc, live: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  const opening = new Map<string, EntityDraft | null>();
  for (const d of live) {
    if (d.type !== "organization" || d.lexicon || d.nameKeys.length < 2) continue;
    const m = d.mentions.find((x) => !x.reference && x.last > x.first);
    const t = m ? tokens[m.first] : undefined;
    if (t?.kind !== "word" || !t.cap || t.upper || t.text.length < 4) continue;
    if (isCommonWord(t.norm) || givenName(t.norm) || isPlaceWord(t.norm) || BODY_WORDS.has(t.norm)) continue;
    // Two bodies opening with the same word: the word alone names neither.
    opening.set(t.norm, opening.has(t.norm) ? null : d);
  }
  if (opening.size === 0) return;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || !t.cap || t.upper || owners.has(k) || t.meta) continue;
    const d = opening.get(t.norm);
    if (!d) continue;
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    if (next?.kind === "word" && next.cap && next.sentence === t.sentence) continue;
    if (prev?.kind === "word" && prev.cap && prev.sentence === t.sentence) continue;
    // "the Minister for Defence": a portfolio after its post is no body named for short.
    if (prev?.norm === "for" || prev?.norm === "of") continue;
    d.mentions.push({ first: k, last: k });
    owners.set(k, d);
  }
}

/** Capitalised heads that close a known body's branch in a place: "Directorate", "Command". */
const BRANCH_HEADS = new Set(["directorate", "command", "department", "branch"]);
/** Kinds of place a body keeps a branch in: a province, a city, a region. */
const BRANCH_SEATS = new Set(["governorate", "city", "region"]);

/**
 * "the Duhok Civil Defence Directorate", "the Basra Civil Defence Command": a province's or a
 * city's name, a known body's name and a capitalised head written as one name are the body's
 * branch there, a body of its own named by the whole (as "the Salahuddin health directorate" is);
 * neither the place nor the national body is named by those words.
 */
function joinPlaceBranches(doc: Doc, live: EntityDraft[]): void {
  const { tokens } = doc;
  const starts = new Map<number, { d: EntityDraft; m: MentionDraft }>();
  for (const d of live) for (const m of d.mentions) if (!starts.has(m.first)) starts.set(m.first, { d, m });
  for (const place of [...live]) {
    if (place.type !== "place" || !BRANCH_SEATS.has(place.lexicon?.kind ?? "")) continue;
    for (const pm of [...place.mentions]) {
      if (pm.demonym || pm.reference || !tokens[pm.first]?.cap) continue;
      const body = starts.get(pm.last + 1);
      if (!body || body.d === place || body.d.type !== "organization" || !body.d.lexicon) continue;
      const head = tokens[body.m.last + 1];
      const sentence = tokens[pm.first]?.sentence;
      if (head?.kind !== "word" || !head.cap || !BRANCH_HEADS.has(head.norm) || head.sentence !== sentence)
        continue;
      if (tokens[body.m.last + 2]?.norm === "of") continue;
      const name = spanText(doc, pm.first, body.m.last + 1);
      let branch = live.find((d) => !d.lexicon && d.type === "organization" && d.name === name);
      if (!branch) {
        branch = { type: "organization", name, nameKeys: [], extraAliases: [], mentions: [] };
        const affiliation = place.lexicon?.affiliation;
        if (affiliation) branch.affiliation = affiliation;
        live.push(branch);
      }
      place.mentions = place.mentions.filter((x) => x !== pm);
      body.d.mentions = body.d.mentions.filter((x) => x !== body.m);
      branch.mentions.push({ first: pm.first, last: body.m.last + 1 });
    }
  }
}
