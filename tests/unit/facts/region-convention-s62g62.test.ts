import { describe, expect, it } from "vitest";
import { corpusGolds, type GoldCorpusArticle, nameKey } from "../../support/corpus-golds.js";

/**
 * The entity convention of the extraction golds (tests/fixtures/ANNOTATION.md), as mended in session 62,
 * checked on every gold of every corpus set. Rule 6: a region named after a city or governorate ("eastern
 * Homs", "the eastern countryside of Deir ez-Zor", "the Anbar desert") is a place of its own, so no gold lists
 * a city or governorate whose every mention stands inside a region's mention, and no city's entity carries a
 * region's spelling. Rule 10: a dateline "ERBIL, Kurdistan Region -" (a region after the comma, a dash and no
 * agency) lists its city. Rule 9: "army aviation" is a body with a proper name. Rule 5: a person named only
 * inside a body's name ("the Assad government") is not listed. Each check reads the article's text.
 */

type Article = GoldCorpusArticle;

const articles: Article[] = corpusGolds();

const escapeRx = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compass directions that make a region of the place they qualify ("central" names the place itself). */
const DIRECTION =
  "(?:[Nn]orth-?[Ee]ast(?:ern)?|[Nn]orth-?[Ww]est(?:ern)?|[Ss]outh-?[Ee]ast(?:ern)?|[Ss]outh-?[Ww]est(?:ern)?|[Nn]orth(?:ern)?|[Ss]outh(?:ern)?|[Ee]ast(?:ern)?|[Ww]est(?:ern)?)";
/** What may stand before a place's name inside a region's mention: "eastern ", "the eastern countryside of ". */
const REGION_BEFORE = new RegExp(
  `(?:${DIRECTION}\\s+(?:rural\\s+)?|${DIRECTION}\\s+(?:countryside|rural areas|desert|reaches|parts?|hinterland)\\s+of\\s+(?:the\\s+)?)$`,
  "iu",
);
/** "the Anbar desert" (not "Homs Desert News", a page's name, nor "the Ayadiya desert track", a route's). */
const REGION_AFTER = /^\s+desert\b(?!\s+(?:\p{Lu}|track|road|route))/u;

/** Spans of the text where a spelling stands, as a whole word. */
function mentions(text: string, spelling: string): [number, number][] {
  const rx = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRx(spelling)}(?![\\p{L}\\p{N}])`, "giu");
  return [...text.matchAll(rx)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** True when a place's mention stands inside a region's mention ("eastern Homs", "the Homs desert"). */
const insideRegion = (text: string, [start, end]: [number, number]) =>
  REGION_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
  REGION_AFTER.test(text.slice(end, end + 30));

/** A region's spelling: a direction before a capitalised name, or "X desert" ("west of Kubaisa" is a relative position). */
const REGION_SPELLING = new RegExp(
  `^(?:[Tt]he\\s+)?(?:${DIRECTION}\\s+(?:(?:countryside|rural areas|desert|parts?)\\s+of\\s+(?:the\\s+)?)?(?!District\\b)(?:al-|el-)?\\p{Lu}|\\p{Lu}[\\p{L}' -]*\\s+desert$)`,
  "u",
);
/** Countries and their adjectives: a country named inside a region's name ("north-east Syria") is rule 10's, left as it was. */
const COUNTRIES = new Set(
  [
    "Syria",
    "Iraq",
    "Turkey",
    "Jordan",
    "Lebanon",
    "Iran",
    "Kurdistan Region",
    "Syrian",
    "Iraqi",
    "Turkish",
    "Kurdish",
  ].map(nameKey),
);

describe("region convention of the extraction golds (ANNOTATION.md rule 6, session 62)", () => {
  it("reads every gold of every corpus set", () => {
    expect(articles.length).toBeGreaterThanOrEqual(590);
  });

  it("lists no city or governorate whose every mention stands inside a region's mention", () => {
    const listed: string[] = [];
    for (const a of articles) {
      for (const e of a.gold.entities) {
        const canonical = e.names[0] ?? "";
        if (
          e.type !== "place" ||
          COUNTRIES.has(nameKey(canonical)) ||
          e.names.some((n) => REGION_SPELLING.test(n))
        )
          continue;
        const spans = e.names.flatMap((n) => mentions(a.text, n));
        if (spans.length > 0 && spans.every((s) => insideRegion(a.text, s)))
          listed.push(`${a.name}: ${e.names[0]}`);
      }
    }
    expect(listed).toEqual([]);
  });

  it("gives a region's spelling to the region, never to the city it is named after", () => {
    const misplaced: string[] = [];
    for (const a of articles) {
      for (const e of a.gold.entities) {
        const canonical = e.names[0] ?? "";
        // "North and East Syria", "north-east": a region named by its direction is a region, whatever it lists.
        const region =
          REGION_SPELLING.test(canonical) ||
          new RegExp(`^(?:[Tt]he\\s+)?${DIRECTION}\\b`, "u").test(canonical);
        if (e.type !== "place" || region || COUNTRIES.has(nameKey(canonical))) continue;
        for (const n of e.names) {
          // "Raqqa countryside", "Daraa governorate" (no direction) are spellings of the place itself.
          if (REGION_SPELLING.test(n) && !/\bdesert$/i.test(n))
            misplaced.push(`${a.name}: ${n} under ${canonical}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it("lists the region of 'the eastern countryside of X' and 'eastern X' when the gold lists X's governorate nowhere else", () => {
    // Every direction region the text writes is listed under some entity (its own).
    // A lower-case direction: "West Qurna", "the Western Frontier" are names of their own.
    const RX = new RegExp(
      `\\b(${DIRECTION.replace(/\[\w(\w)\]/g, "$1")})\\s+(?:countryside\\s+of\\s+(?:the\\s+)?)?((?:al-)?\\p{Lu}[\\p{L}'-]+(?:\\s+(?:ez-|al-)?\\p{Lu}[\\p{L}'-]+)?)`,
      "gu",
    );
    const PLACES = new Set(
      articles.flatMap((a) =>
        a.gold.entities.filter((e) => e.type === "place").flatMap((e) => e.names.map(nameKey)),
      ),
    );
    const missing: string[] = [];
    for (const a of articles) {
      for (const m of a.text.matchAll(RX)) {
        const place = m[2] ?? "";
        if (COUNTRIES.has(nameKey(place)) || !PLACES.has(nameKey(place))) continue;
        const direction = (m[1] ?? "").toLowerCase();
        const short = `${direction} ${place}`;
        if (!a.keys.has(nameKey(m[0])) && !a.keys.has(nameKey(short))) missing.push(`${a.name}: ${m[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("rules 10, 9 and 5 as mended in session 62", () => {
  it("lists the city of a dash dateline with a region after the comma ('ERBIL, Kurdistan Region -')", () => {
    const DASH_DATELINE =
      /^([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+)?), [A-Z][\w]+(?: [A-Z][\w]+){0,2} [-–—] /u;
    const missing: string[] = [];
    for (const a of articles) {
      const lines = a.text
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 12);
      for (const line of lines) {
        const city = DASH_DATELINE.exec(line)?.[1];
        if (city && !a.keys.has(nameKey(city))) missing.push(`${a.name}: ${city}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists the place of a 'Place: Name Surname' byline ('Qamishli: Hozan Darwish')", () => {
    const PLACES = new Set(
      articles.flatMap((a) =>
        a.gold.entities.filter((e) => e.type === "place").flatMap((e) => e.names.map(nameKey)),
      ),
    );
    const BYLINE =
      /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\s*:\s+(?:By\s+)?\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,3}$/u;
    const missing: string[] = [];
    for (const a of articles) {
      const lines = a.text
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      for (const line of [...lines.slice(0, 10), ...lines.slice(-4)]) {
        const place = BYLINE.exec(line)?.[1] ?? "";
        if (place && PLACES.has(nameKey(place)) && !a.keys.has(nameKey(place)))
          missing.push(`${a.name}: ${place}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists army aviation, a body with a proper name, wherever the text names it", () => {
    const missing = articles
      .filter(
        (a) =>
          /\barmy aviation\b/i.test(a.text) && ![...a.keys].some((k) => k.includes(nameKey("army aviation"))),
      )
      .map((a) => a.name);
    expect(missing).toEqual([]);
  });

  it("lists no person named only inside a body's name ('the Assad government')", () => {
    const listed: string[] = [];
    for (const a of articles) {
      for (const e of a.gold.entities) {
        if (e.type !== "person") continue;
        const spans = e.names.flatMap((n) => mentions(a.text, n));
        const inside = (s: [number, number]) =>
          /^\s+(?:regime|government|administration|cabinet)\b/iu.test(a.text.slice(s[1], s[1] + 20));
        if (spans.length > 0 && spans.every(inside)) listed.push(`${a.name}: ${e.names[0]}`);
      }
    }
    expect(listed).toEqual([]);
  });
});
