import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_TEXT_BYTES } from "../../../src/core/articles/article.js";
import { MAX_ARTICLES_PER_BRIEFING } from "../../../src/core/briefings/generate-briefing.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { timed } from "../../support/budget.js";
import {
  type BriefingKit,
  hostileFacts,
  hostileSource,
  loadBriefingKit,
  renderBriefing,
} from "../../support/hostile-briefing.js";
import { fill, HOSTILE_GENERATORS } from "../../support/hostile-text.js";

/**
 * Assessing, composing and rendering a briefing (HTML, no Chromium) is bounded however hostile
 * its articles: huge sentences, thousands of facts, quotes and figures, 25 such articles. The old
 * code took 17 s on one article of figures. The slowest generators now take 4-5 s of CPU on a quiet
 * machine and up to 8 s when CI runs other files beside them (a 5 s budget failed there, 3 December
 * 2026): 10 s still stays below the old code's time.
 */
const BUDGET_MS = 10_000;
/**
 * Twenty-five full-size articles in one briefing: about 2.5 s on a quiet machine, and it failed a
 * 3 s budget under CI load. What this guards against grew with the square of the sentences
 * (22 s at half size, 124 s at full size). Quote-heavy articles now take 8-11 s under CI load (an
 * 8 s ceiling failed, 3 December 2026); 16 s still catches that growth.
 */
const MANY_BUDGET_MS = 16_000;
/**
 * A full-size article of nothing but relevant clauses is the heaviest single article to assess:
 * every sentence is a fact for several factors, conflicts and signposts. About 4.3 s on a quiet
 * machine (1 December 2026, after claim credibility and the new conflict readers), so 5 s failed
 * whenever CI ran other test files beside it. Twice the quiet time, as above, still catches the
 * growth with the square of the sentences this guards against (124 s at full size).
 */
const PATTERN_BUDGET_MS = 10_000;
/** Lists are capped and cited sentences clipped: 25 hostile articles make a document of bounded size. */
const MAX_HTML_CHARS = 3_000_000;
const THEME = "isis-prison-escape";

let kit: BriefingKit;
beforeAll(async () => {
  kit = await loadBriefingKit();
});

function expectBounded(text: string, facts: FactsDocument, copies = 1, single = BUDGET_MS): void {
  const budget = copies > 1 ? MANY_BUDGET_MS : single;
  const sources = Array.from({ length: copies }, (_, i) =>
    hostileSource(text, facts, (i + 1).toString(16).padStart(16, "0")),
  );
  const { ms, value: chars } = timed(() => renderBriefing(kit, THEME, sources));
  expect(ms, `assess+compose+render took ${ms.toFixed(0)} ms`).toBeLessThan(budget);
  expect(chars).toBeLessThan(MAX_HTML_CHARS);
}

describe("briefings of hostile articles at full size", () => {
  // The generators that give the most facts, quotes, figures and entities to compose.
  for (const name of ["longSentence", "quotes", "numbers", "numberSentence", "manyNames", "noSpaces"]) {
    it(`${name}: assessed, composed and rendered within ${BUDGET_MS} ms`, () => {
      const text = (HOSTILE_GENERATORS[name] as (max: number) => string)(MAX_ARTICLE_TEXT_BYTES);
      expectBounded(text, hostileFacts(text));
    });
  }

  it(`${MAX_ARTICLES_PER_BRIEFING} full-size one-sentence articles in one briefing, within ${MANY_BUDGET_MS} ms`, () => {
    const text = (HOSTILE_GENERATORS.longSentence as (max: number) => string)(MAX_ARTICLE_TEXT_BYTES);
    expectBounded(text, hostileFacts(text), MAX_ARTICLES_PER_BRIEFING);
  });

  // Tens of thousands of relevant sentences from many sources: sorting each under its factor, and
  // looking for corroboration across sources, once grew with the square of their number (22 s
  // here at half size, 124 s at full size).
  it(`${MAX_ARTICLES_PER_BRIEFING} quote-heavy articles in one briefing, within ${MANY_BUDGET_MS} ms`, () => {
    const text = (HOSTILE_GENERATORS.quotes as (max: number) => string)(MAX_ARTICLE_TEXT_BYTES / 2);
    expectBounded(text, hostileFacts(text), MAX_ARTICLES_PER_BRIEFING);
  });
});

const clause = fc.constantFrom(
  "The fighters from the camp near Hasakah attacked the prison guards",
  "“We will not leave Ghwayran,” said Ahmed Khalil",
  "at least 1,200 detainees escaped from al-Sina'a prison on Monday, March 3, 2025",
  "the Syrian Democratic Forces said 35 guards were killed",
  "ISIS cells ambushed a convoy in the Badia, killing 12 soldiers",
  "officials denied that any detainee had escaped",
);
const joint = fc.constantFrom(" and ", ", ", ". ", "; ", " — ", "\n");

describe("briefings of any mix of reporting up to the size limit (property)", () => {
  it("a pattern of relevant clauses repeated to full size composes within budget", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(clause, joint), { minLength: 1, maxLength: 12 }), (parts) => {
        const unit = parts.map(([c, j]) => c + j).join("");
        const text = fill(() => unit, MAX_ARTICLE_TEXT_BYTES);
        expectBounded(text, hostileFacts(text), 1, PATTERN_BUDGET_MS);
      }),
      { numRuns: 3, seed: 11 },
    );
  });
});
