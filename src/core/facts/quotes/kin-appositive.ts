import type { EntityDraft } from "../entities/entity-draft.js";
import type { Doc } from "../text/doc.js";

/** Sentences back that "the son" still reaches the appositive naming him. */
const KIN_REACH = 3;

/**
 * "His son, Khalil Ahmed, told the paper ... 'We heard shots,' the son said": a kinship noun with
 * "the" names the person the text introduced by that noun in an appositive ("His son, NAME,",
 * "The victim's brother, NAME,"), the nearest one within a few sentences back. `at` is "the";
 * `noun` the kinship noun's folded text. None when no such appositive names a person ("the son
 * said" of a son never named stays as it was read). `whole`: "his son said" reads the whole
 * article before it, and names the relative only when one person was introduced by that noun.
 */
export function kinAppositive(
  doc: Doc,
  owners: ReadonlyMap<number, EntityDraft>,
  at: number,
  noun: string,
  whole = false,
): EntityDraft | null {
  const { tokens } = doc;
  const sentence = tokens[at]?.sentence ?? -1;
  const found = new Set<EntityDraft>();
  for (let k = at - 1; k > 0; k--) {
    const t = tokens[k];
    if (!t || (!whole && sentence - t.sentence > KIN_REACH)) break;
    const person = appositiveAt(tokens, owners, k, noun);
    if (!person) continue;
    if (!whole) return person;
    found.add(person);
  }
  // "..., his sister said last night. ... His sister, Fiona Reid, told the paper ...": a lead
  // that gives its source by kinship before the article names her; the one relative named so in
  // the sentences that follow, when none was named before. So does the tag's own appositive:
  // "…, said his brother, Sargon Odisho, who has lived in Skokie since 2009."
  if (whole && found.size === 0)
    for (let k = at + 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || t.sentence - sentence > KIN_REACH) break;
      const person = appositiveAt(tokens, owners, k, noun);
      if (person) found.add(person);
    }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** "his son, NAME," / "The victim's son, NAME,": the person a kinship noun at `k` introduces, or null. */
function appositiveAt(
  tokens: Doc["tokens"],
  owners: ReadonlyMap<number, EntityDraft>,
  k: number,
  noun: string,
): EntityDraft | null {
  const t = tokens[k];
  if (t?.kind !== "word" || t.norm !== noun || tokens[k + 1]?.text !== ",") return null;
  // The noun is owned, by a possessive or "his".
  const owner = tokens[k - 1];
  if (!owner || !(owner.kind === "poss" || ["his", "her", "their"].includes(owner.norm))) return null;
  const person = owners.get(k + 2);
  if (person?.type !== "person") return null;
  // The name is set off by a comma after it too, as an appositive is.
  let end = k + 2;
  while (owners.get(end + 1) === person) end++;
  return tokens[end + 1]?.text === "," ? person : null;
}
