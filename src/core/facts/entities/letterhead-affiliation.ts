import { fold } from "../../text/fold.js";
import { matchLexicon } from "../lexicon/matcher.js";
import type { Entity } from "../schema.js";
import { tokenize } from "../text/tokenize.js";

/**
 * A ministry the article names without its country ("The Ministry of National Defence denies
 * ...") belongs to the country its letterhead names: the article's source is that ministry under
 * its country's name ("Poland Ministry of National Defence", "Ministry of Defence of Ruritania").
 * Only a ministry with no affiliation of its own, named in full inside the source's name, and only
 * when that name names one country. A body the letterhead does not name, or a source naming no
 * country ("Reuters"), gives none; so does a body of another kind under a ministry's letterhead (a
 * directorate, a command or a laboratory: their country bears on what the theme reads of them, and
 * is left to the readings that give it).
 */
const MINISTRY = /^(?:the )?ministry of [a-z ]+$/;
export function letterheadAffiliation(entities: readonly Entity[], source: string | null | undefined): void {
  if (!source) return;
  const letterhead = ` ${fold(source.replace(/\([^)]*\)/g, " "))} `;
  const countries = [
    ...new Set(
      matchLexicon(tokenize(source))
        .filter((m) => m.entry.kind === "country")
        .map((m) => m.entry.name),
    ),
  ];
  if (countries.length !== 1) return;
  for (const e of entities) {
    if (e.type !== "organization" || e.affiliation || e.lexiconId) continue;
    const name = fold(e.name);
    if (!MINISTRY.test(name) || !letterhead.includes(` ${name} `)) continue;
    e.affiliation = countries[0];
  }
}
