import type { Doc } from "../text/doc.js";
import type { Token } from "../text/tokenize.js";
import { SPEECH_VERBS } from "../text/word-lists.js";
import { ARMIES, countryOf } from "./country-references.js";
import { type EntityDraft, referencedDraft } from "./entity-draft.js";

/**
 * Bodies an article about the war against ISIS refers to by a common noun without ever
 * naming them: "the coalition" is the US-led coalition when the story is set in Syria or Iraq
 * and no other coalition is named; "Syrian soldiers", "Iraqi troops" are that country's army.
 */

/** Countries where "the coalition" with nothing else named is the Global Coalition against ISIS. */
const COALITION_THEATRES = new Set(["Syria", "Iraq"]);
/** Words after "coalition" that make it a political one: "the coalition government". */
const POLITICAL = new Set([
  "government",
  "governments",
  "partner",
  "partners",
  "talks",
  "cabinet",
  "agreement",
]);
/** Words before "coalition" that make it a political one: "the ruling coalition". */
const POLITICAL_BEFORE = new Set(["ruling", "governing", "opposition", "electoral", "parliamentary"]);

/**
 * "Syria joined the coalition", "the coalition's footprint": with no coalition named, in a
 * story set in Syria or Iraq (or about ISIS), the Global Coalition to Defeat ISIS. Written with a
 * capital ("The Coalition's mission ended"), as the coalition's own house style writes it, it is
 * that coalition's name rather than a reference back, so it is that coalition also where the story
 * names it in other words only further on ("Coalition personnel were not affected"). A lower-case
 * "the coalition" there points back (addReferences), and a coalition of another name in the story
 * ("the Coalition for Peace") keeps every "the coalition" from being this one.
 */
export function addCoalitionReferences(
  doc: Doc,
  drafts: EntityDraft[],
  owners: Map<number, EntityDraft>,
): void {
  // A member state's forces in the coalition ("Italian soldiers", Operation Shader) are part of
  // it, no other coalition: only a coalition body of no state's is one.
  const member = (d: EntityDraft) => d.lexicon?.kind === "coalition" && Boolean(d.lexicon.affiliation);
  const other = (d: EntityDraft) =>
    d.lexicon?.id !== "org/coalition" &&
    !member(d) &&
    (d.lexicon?.kind === "coalition" || /\bcoalition\b/i.test(d.name));
  if (drafts.some(other)) return;
  const named = drafts.some((d) => d.lexicon?.id === "org/coalition" && d.mentions.length > 0);
  const theatre = drafts.some(
    (d) => COALITION_THEATRES.has(countryOf(d) ?? "") || d.lexicon?.kind === "jihadist",
  );
  if (!theatre) return;
  const { tokens } = doc;
  let draft: EntityDraft | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.norm !== "coalition" || owners.has(i) || t.meta || t.sentence < 0 || (named && !t.cap)) continue;
    if (tokens[i - 1]?.norm !== "the" || POLITICAL_BEFORE.has(tokens[i - 2]?.norm ?? "")) continue;
    const after = tokens[i + 1];
    if (after?.norm === "of" || POLITICAL.has(after?.norm ?? "")) continue;
    // "the Coalition for Peace and Justice": a capitalised coalition named by what it is for.
    if (t.cap && after?.norm === "for") continue;
    if (after?.kind === "word" && after.cap && after.sentence === t.sentence) continue;
    draft ??= referencedDraft(drafts, "org/coalition");
    if (!draft) return;
    draft.mentions.push({ first: i, last: i });
    owners.set(i, draft);
  }
}

/** Nouns for a country's soldiers after its adjective: "Syrian soldiers", "Iraqi troops". */
const SOLDIER_NOUNS = new Set(["soldier", "soldiers", "troops"]);
/** The army's men in the plural after "<country's adjective> army": "Syrian army soldiers". */
const ARMY_MEN = new Set(["soldiers", "troops", "engineers", "units", "conscripts", "patrols"]);

/**
 * "four Syrian soldiers were killed", "Iraqi troops": the adjective still places the sentence
 * in the country (its mention stays), and the words name the country's army too. "Syrian army"
 * alone (a background "Syrian army's Fourth Division") makes no army; it is a spelling of the
 * army only in a story that refers to that army otherwise ("the army").
 */
export function addSoldierArmies(doc: Doc, drafts: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  for (const country of [...drafts]) {
    if (country.lexicon?.kind !== "country") continue;
    const id = ARMIES[country.lexicon.name];
    if (!id) continue;
    for (const m of country.mentions) {
      if (!m.demonym || m.first !== m.last) continue;
      const noun = tokens[m.last + 1];
      if (!noun || noun.cap || owners.has(noun.i) || noun.sentence !== tokens[m.last]?.sentence) continue;
      // "a Syrian army officer": a spelling of the army only once the story has that army.
      // "two captured Syrian army soldiers", "Syrian army engineers removed it": the army's men
      // in the plural, acting or acted on, name it as "Syrian soldiers" does.
      const known = drafts.some((d) => d.lexicon?.id === id && d.mentions.length > 0);
      const men = tokens[noun.i + 1];
      const armyMen =
        noun.norm === "army" &&
        men?.kind === "word" &&
        !men.cap &&
        men.sentence === noun.sentence &&
        !owners.has(men.i) &&
        ARMY_MEN.has(men.norm);
      if (!SOLDIER_NOUNS.has(noun.norm) && !(noun.norm === "army" && (known || armyMen))) continue;
      const army = referencedDraft(drafts, id);
      if (!army) return;
      army.mentions.push({ first: m.first, last: noun.i });
      owners.set(noun.i, army);
    }
  }
}

/** Lower-case nouns of a police force's seat that go with its name ("Kirkuk police command"). */
const POLICE_SEATS = new Set(["command", "directorate", "headquarters"]);

/** Kinds of place that have a police force of their own. */
const POLICED = new Set(["governorate", "city", "region"]);

/**
 * "Anbar police spokesman X", "Kirkuk police said", "the Hawija civil defence": a province's or a
 * city's police or rescue service is a body of its own, named by the place and the common noun;
 * the place keeps its mention.
 */
export function addPlacePolice(doc: Doc, drafts: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  const byName = new Map<string, EntityDraft>();
  for (const place of [...drafts]) {
    if (place.type !== "place" || !POLICED.has(place.lexicon?.kind ?? "")) continue;
    for (const m of place.mentions) {
      const first = tokens[m.last + 1];
      // "the Hawija civil defence": the rescue service, a place's force as its police is.
      const second = tokens[m.last + 2];
      const civilDefence =
        first?.norm === "civil" && (second?.norm === "defence" || second?.norm === "defense") && !second.cap;
      const noun = civilDefence ? second : first;
      if (
        !(civilDefence || noun?.norm === "police") ||
        !noun ||
        first?.cap ||
        owners.has(noun.i) ||
        noun.meta
      )
        continue;
      if (noun.sentence !== tokens[m.last]?.sentence || tokens[noun.i + 1]?.norm === "station") continue;
      // "the Shirqat police directorate", "the Kirkuk police command": the force's seat written
      // in lower case after it is the same body, under its fuller name.
      const seat = tokens[noun.i + 1];
      const end =
        !civilDefence &&
        seat?.kind === "word" &&
        !seat.cap &&
        POLICE_SEATS.has(seat.norm) &&
        seat.sentence === noun.sentence &&
        !owners.has(seat.i)
          ? seat
          : noun;
      const key = doc.text.slice(tokens[m.first]?.start ?? 0, noun.end).toLowerCase();
      const name = doc.text.slice(tokens[m.first]?.start ?? 0, end.end);
      let police = byName.get(key);
      if (!police) {
        police = { type: "organization", name, nameKeys: [], extraAliases: [], mentions: [] };
        const affiliation = place.lexicon?.affiliation;
        if (affiliation) police.affiliation = affiliation;
        byName.set(key, police);
        drafts.push(police);
      } else if (end !== noun && police.name.length < name.length) {
        police.extraAliases.push(police.name);
        police.name = name;
      }
      police.mentions.push({ first: m.first, last: end.i });
      for (let k = m.last + 1; k <= end.i; k++) owners.set(k, police);
    }
  }
}

/** Lower-case nouns of a place's service bodies named by their domain ("investigation court"). */
const DOMAIN_BODIES = new Set(["directorate", "court"]);

/**
 * A domain word and "directorate" in lower case: "health directorate", "security directorate";
 * a court named by its jurisdiction the same way: "the Erbil investigation court".
 */
function directorateAt(tokens: readonly Token[], k: number): boolean {
  const domain = tokens[k];
  const noun = tokens[k + 1];
  return (
    domain?.kind === "word" &&
    !domain.cap &&
    !domain.meta &&
    DOMAIN_BODIES.has(noun?.norm ?? "") &&
    noun?.kind === "word" &&
    !noun.cap &&
    noun.sentence === domain.sentence
  );
}

/** The body a place's words name ("the Salahuddin health directorate"), one per name, with the place's affiliation. */
function placeBody(
  name: string,
  place: EntityDraft,
  byName: Map<string, EntityDraft>,
  drafts: EntityDraft[],
): EntityDraft {
  let body = byName.get(name.toLowerCase());
  if (!body) {
    body = { type: "organization", name, nameKeys: [], extraAliases: [], mentions: [] };
    const affiliation = place.lexicon?.affiliation;
    if (affiliation) body.affiliation = affiliation;
    byName.set(name.toLowerCase(), body);
    drafts.push(body);
  }
  return body;
}

/**
 * "the Salahuddin health directorate", "the security directorate in Al-Bukamal", "the security
 * directorate of Deir ez-Zor province": a province's or a city's directorate of a service is a
 * body of its own, named by the words that join the place and the noun; the place keeps its
 * mention. "the health directorate" with no place names no body.
 */
export function addPlaceDirectorates(
  doc: Doc,
  drafts: EntityDraft[],
  owners: Map<number, EntityDraft>,
): void {
  const { tokens } = doc;
  const byName = new Map<string, EntityDraft>();
  for (const place of [...drafts]) {
    if (place.type !== "place" || !POLICED.has(place.lexicon?.kind ?? "")) continue;
    for (const m of place.mentions) {
      const sentence = tokens[m.last]?.sentence;
      let first = -1;
      let last = -1;
      if (directorateAt(tokens, m.last + 1) && !owners.has(m.last + 1)) {
        first = m.first;
        last = m.last + 2;
      } else {
        let k = m.first - 1;
        if (tokens[k]?.norm === "the") k--;
        // "the court in Ramadi" is any court sitting there; only a directorate is named so.
        if (
          (tokens[k]?.norm === "of" || tokens[k]?.norm === "in") &&
          directorateAt(tokens, k - 2) &&
          tokens[k - 1]?.norm === "directorate"
        ) {
          if (!owners.has(k - 2) && tokens[k - 2]?.sentence === sentence) {
            first = k - 2;
            last = m.last;
          }
        }
      }
      if (first < 0) continue;
      const name = doc.text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
      const body = placeBody(name, place, byName, drafts);
      body.mentions.push({ first, last });
      for (let k = first; k <= last; k++) if (!owners.has(k)) owners.set(k, body);
    }
  }
}

/** Lower-case words that say which of a place's councils, commands or committees is meant. */
const BODY_QUALIFIERS = new Set([
  "sector",
  "tribal",
  "civil",
  "provincial",
  "municipal",
  "district",
  "local",
  "military",
  "security",
  "city",
]);
/** The nouns of such bodies. */
const COUNCIL_NOUNS = new Set(["council", "command", "committee"]);
/** Nouns of a jurisdiction that has an administration of its own ("the Pshdar district administration"). */
const JURISDICTIONS = new Set(["district", "sub-district", "subdistrict", "province", "governorate"]);
/**
 * Jurisdictions of a standing security committee ("the provincial security committee"). Not
 * "local": "the local security committee in the town of X" says where, not which body.
 */
const COMMITTEE_SEATS = new Set(["provincial", "district", "municipal", "city"]);

/** The last token of "<qualifier> [security] council|command|committee" in lower case at k, or -1. */
function councilAt(tokens: readonly Token[], k: number, owners: Map<number, EntityDraft>): number {
  const lower = (t: Token | undefined, sentence: number | undefined) =>
    t !== undefined && t.kind === "word" && !t.cap && !t.meta && t.sentence === sentence && !owners.has(t.i);
  const q = tokens[k];
  if (!lower(q, q?.sentence) || !BODY_QUALIFIERS.has(q?.norm ?? "")) return -1;
  let n = k + 1;
  if (tokens[n]?.norm === "security" && q?.norm !== "security" && lower(tokens[n], q?.sentence)) n++;
  const noun = tokens[n];
  return lower(noun, q?.sentence) && COUNCIL_NOUNS.has(noun?.norm ?? "") ? n : -1;
}

/**
 * "the Makhmour sector command", "the Euphrates tribal council", "the Kirkuk provincial
 * council", "the al-Shaddadi civil council": a place's name and a lower-case council's,
 * command's or committee's noun with the word that says which name a body of their own; the
 * place's name there is the body's, no place of the events. Without a place, only a standing
 * security committee of a jurisdiction is so named: "the provincial security committee capped
 * the crowd" (a bare "the provincial council" is any province's).
 */
export function addPlaceCouncils(doc: Doc, drafts: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  const byName = new Map<string, EntityDraft>();
  const add = (first: number, last: number, affiliation?: string) => {
    const name = doc.text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
    let body = byName.get(name.toLowerCase());
    if (!body) {
      body = { type: "organization", name, nameKeys: [], extraAliases: [], mentions: [] };
      if (affiliation) body.affiliation = affiliation;
      byName.set(name.toLowerCase(), body);
      drafts.push(body);
    }
    body.mentions.push({ first, last });
    for (let k = first; k <= last; k++) owners.set(k, body);
  };
  for (const place of [...drafts]) {
    if (place.type !== "place") continue;
    for (const m of [...place.mentions]) {
      if (m.demonym) continue;
      // "the Pshdar district administration": a district's or a province's name written with
      // its noun, then "administration" in lower case, is that jurisdiction's administration.
      const admin = tokens[m.last + 1];
      if (
        JURISDICTIONS.has(tokens[m.last]?.norm ?? "") &&
        m.last > m.first &&
        admin?.norm === "administration" &&
        admin.kind === "word" &&
        !admin.cap &&
        !owners.has(admin.i) &&
        admin.sentence === tokens[m.last]?.sentence
      ) {
        place.mentions.splice(place.mentions.indexOf(m), 1);
        add(m.first, admin.i, place.lexicon?.affiliation);
        continue;
      }
      const last = councilAt(tokens, m.last + 1, owners);
      if (last < 0 || tokens[m.last + 1]?.sentence !== tokens[m.last]?.sentence) continue;
      place.mentions.splice(place.mentions.indexOf(m), 1);
      add(m.first, last, place.lexicon?.affiliation);
    }
  }
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1]?.norm !== "the" || !COMMITTEE_SEATS.has(tokens[k]?.norm ?? "")) continue;
    // "the district's security committee": the seat in the possessive says whose it is.
    const seat = tokens[k + 1]?.kind === "poss" && !tokens[k + 1]?.space && !owners.has(k) ? 1 : 0;
    if (tokens[k + 1 + seat]?.norm !== "security") continue;
    const last = councilAt(tokens, k + seat + 1, owners);
    if (seat === 1 ? last === k + 3 : last === k + 2) {
      if (tokens[last]?.norm === "committee") add(k, last);
    }
  }
  // "according to the logistics cluster", "the health cluster said": a humanitarian response's
  // coordination body for one sector is named by the sector and "cluster".
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k - 1]?.norm !== "the" || !CLUSTER_SECTORS.has(tokens[k]?.norm ?? "")) continue;
    const noun = tokens[k + 1];
    if (
      noun?.norm !== "cluster" ||
      noun.sentence !== tokens[k]?.sentence ||
      owners.has(k) ||
      owners.has(k + 1)
    )
      continue;
    if (tokens[k]?.cap && tokens[k - 1]?.cap) continue;
    add(k, k + 1);
  }
}

/** Sectors of the humanitarian clusters ("the logistics cluster", "the shelter cluster"). */
const CLUSTER_SECTORS = new Set([
  "logistics",
  "health",
  "protection",
  "shelter",
  "education",
  "nutrition",
  "wash",
]);

/** What a body does and a territory cannot: speak, issue, order, ban. */
const BODY_ACTS = new Set([
  ...SPEECH_VERBS,
  "issued",
  "issues",
  "ordered",
  "orders",
  "banned",
  "bans",
  "imposed",
  "imposes",
  "decided",
  "urged",
  "urges",
  "called",
  "asked",
  "lifted",
  "suspended",
  "extended",
]);

/**
 * "The Deir Ezzor governorate said", "Nineveh governorate banned": a governorate that speaks or
 * acts is its administration, a body of its own named by the place and the noun; the place
 * keeps its other mentions.
 */
export function addGovernorateBodies(
  doc: Doc,
  drafts: EntityDraft[],
  owners: Map<number, EntityDraft>,
): void {
  const { tokens } = doc;
  const byName = new Map<string, EntityDraft>();
  for (const place of [...drafts]) {
    if (place.type !== "place") continue;
    for (const m of [...place.mentions]) {
      // The noun is part of the mention ("Deir Ezzor governorate") or right after it.
      const inside = m.last > m.first && tokens[m.last]?.norm === "governorate";
      const nounAt = inside ? m.last : m.last + 1;
      const noun = tokens[nounAt];
      if (noun?.norm !== "governorate" || noun.meta || (!inside && owners.has(nounAt))) continue;
      const verb = tokens[nounAt + 1];
      if (verb?.kind !== "word" || verb.cap || !BODY_ACTS.has(verb.norm) || verb.sentence !== noun.sentence)
        continue;
      const name = doc.text.slice(tokens[m.first]?.start ?? 0, noun.end);
      const body = placeBody(name, place, byName, drafts);
      place.mentions.splice(place.mentions.indexOf(m), 1);
      body.mentions.push({ first: m.first, last: nounAt });
      for (let k = m.first; k <= nounAt; k++) owners.set(k, body);
    }
  }
}

/**
 * Unit nouns after an ordinal: "5th Brigade", "the 14th Division", and the numbered regions a
 * border guard or an army divides its front into ("the 8th Region").
 */
const UNIT_NOUNS = new Set([
  "brigade",
  "division",
  "battalion",
  "regiment",
  "corps",
  "unit",
  "company",
  "region",
]);

/**
 * "the 5th Brigade of the Federal Police", "the 14th Division of the Iraqi army": a numbered
 * unit of a named force is that force, in the words that place the unit in it; the unit alone
 * elsewhere stays a name of its own.
 */
export function joinUnitsToForces(doc: Doc, drafts: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  for (const unit of drafts) {
    if (unit.lexicon || unit.type !== "organization") continue;
    for (const m of [...unit.mentions]) {
      if (
        !UNIT_NOUNS.has(tokens[m.last]?.norm ?? "") ||
        !/\d|first|second|third/i.test(tokens[m.first]?.text ?? "")
      )
        continue;
      // "the Border Guard's 2nd Region": the force named before its numbered region, in the
      // possessive, is the force the region belongs to, whether or not the gazetteer knows it; the unit's words
      // stay with the force's mention and name no entity of their own.
      // A numbered division or brigade keeps its own name ("the army's 80th Division").
      const region = tokens[m.last]?.norm === "region";
      const owner = region && tokens[m.first - 1]?.kind === "poss" ? owners.get(m.first - 2) : undefined;
      if (owner && owner !== unit && owner.type === "organization") {
        unit.mentions.splice(unit.mentions.indexOf(m), 1);
        for (let j = m.first; j <= m.last; j++) owners.set(j, owner);
        continue;
      }
      let k = m.last + 1;
      if (tokens[k]?.norm !== "of") continue;
      k++;
      if (tokens[k]?.norm === "the") k++;
      const force = owners.get(k);
      if (!force?.lexicon || force.type !== "organization" || force === unit) continue;
      const at = force.mentions.find((f) => f.first === k);
      if (!at || tokens[at.last]?.sentence !== tokens[m.first]?.sentence) continue;
      unit.mentions.splice(unit.mentions.indexOf(m), 1);
      at.first = m.first;
      for (let j = m.first; j <= at.last; j++) owners.set(j, force);
    }
  }
}

/** Verbs of a body's decision after a modal: "the municipality would pay", "will rebuild". */
const MODALS = new Set(["would", "will", "has", "had"]);
/** Roles of a municipality's head: "the co-chair of the municipality". */
const MUNICIPAL_ROLES = new Set([
  "co-chair",
  "chair",
  "head",
  "mayor",
  "director",
  "spokesman",
  "spokeswoman",
]);

/**
 * "According to the municipality, 212 homes lost windows", "the municipality would pay for the
 * glass", "the co-chair of the municipality": the town's municipality, unnamed, that speaks,
 * acts or has an office-holder is a body of the story; every "the municipality" is then it. A
 * municipality named elsewhere ("Sinjar District Municipality Directorate") takes its own.
 */
export function addBareMunicipality(doc: Doc, drafts: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  if (drafts.some((d) => d.type === "organization" && /\bmunicipalit/i.test(d.name))) return;
  const at: number[] = [];
  let acts = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.norm !== "municipality" || t.cap || tokens[k - 1]?.norm !== "the" || owners.has(k)) continue;
    at.push(k);
    const next = tokens[k + 1];
    const verb = next && MODALS.has(next.norm) ? tokens[k + 2] : next;
    const spoke = verb?.kind === "word" && !verb.cap && BODY_ACTS.has(verb.norm);
    const decided =
      next !== undefined &&
      MODALS.has(next.norm) &&
      verb?.kind === "word" &&
      !verb.cap &&
      /ed$|^pay$/.test(verb.norm);
    const according = tokens[k - 2]?.norm === "to" && tokens[k - 3]?.norm === "according";
    const role = tokens[k - 2]?.norm === "of" && MUNICIPAL_ROLES.has(tokens[k - 3]?.norm ?? "");
    if (spoke || decided || according || role) acts = true;
  }
  if (!acts) return;
  const body: EntityDraft = {
    type: "organization",
    name: "municipality",
    nameKeys: [],
    extraAliases: [],
    mentions: [],
  };
  for (const k of at) {
    body.mentions.push({ first: k, last: k, reference: true });
    owners.set(k, body);
  }
  drafts.push(body);
}

/** Words before "cell" that point back to one named before: "the cell", "the same cell". */
const CELL_POINTERS = new Set(["the", "that", "this", "same"]);

/**
 * "An ISIS cell attacked the prison … SDF units arrested five members of the cell": a definite
 * "the cell" points back to the cell named before, and that cell was the group's, so the words
 * name the group. The group is the one named right before "cell" ("an ISIS cell") or after it
 * ("a cell of ISIS") earlier in the story, in another sentence; cells of two groups named before
 * leave it unlinked.
 */
export function addCellReferences(doc: Doc, drafts: EntityDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  const groupCells: { draft: EntityDraft; at: number }[] = [];
  for (const d of drafts) {
    if (d.lexicon?.kind !== "jihadist") continue;
    for (const m of d.mentions) {
      if (/^cells?$/.test(tokens[m.last + 1]?.norm ?? "")) groupCells.push({ draft: d, at: m.last + 1 });
      else if (tokens[m.first - 1]?.norm === "of" && /^cells?$/.test(tokens[m.first - 2]?.norm ?? ""))
        groupCells.push({ draft: d, at: m.first - 2 });
    }
  }
  if (groupCells.length === 0) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "The Cell said on Friday": capitalised, a body's short name (the Security Media Cell).
    if (t.norm !== "cell" || t.cap || owners.has(i) || t.sentence < 0) continue;
    if (!CELL_POINTERS.has(tokens[i - 1]?.norm ?? "") || tokens[i + 1]?.norm === "of") continue;
    const before = new Set(
      groupCells.filter((c) => c.at < i && tokens[c.at]?.sentence !== t.sentence).map((c) => c.draft),
    );
    if (before.size !== 1) continue;
    const draft = [...before][0] as EntityDraft;
    draft.mentions.push({ first: i, last: i, reference: true });
    owners.set(i, draft);
  }
}
