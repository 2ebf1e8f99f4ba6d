import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_TEXT_BYTES } from "../../../src/core/articles/article.js";
import { MAX_ARTICLES_PER_BRIEFING } from "../../../src/core/briefings/generate-briefing.js";
import { GROWTH_STEP, growth, MAX_GROWTH } from "../../support/budget.js";
import {
  type BriefingKit,
  hostileFacts,
  hostileSource,
  loadBriefingKit,
  renderBriefing,
} from "../../support/hostile-briefing.js";
import { fill, HOSTILE_GENERATORS } from "../../support/hostile-text.js";

/**
 * Assessing, composing and rendering a briefing (HTML, no Chromium) does work that grows with its
 * articles, not with their square, however hostile: huge sentences, thousands of facts, quotes and
 * figures, 25 such articles. From a quarter of the size limit to all of it, the time grows less than
 * MAX_GROWTH times (linear work: about 4; what this guards against took 17 s on one article of
 * figures, and 22 s at half size against 124 s at full size for 25 articles: growth with the
 * square). A ratio measured a moment apart holds on a busy machine where budgets in milliseconds
 * did not (they were doubled twice for CI load); the test's own timeout stops a frozen briefing.
 */
const TIMEOUT_MS = 240_000;
/** Lists are capped and cited sentences clipped: 25 hostile articles make a document of bounded size. */
const MAX_HTML_CHARS = 3_000_000;
const THEME = "isis-prison-escape";

let kit: BriefingKit;
beforeAll(async () => {
  kit = await loadBriefingKit();
});

/** `at(bytes)`: one hostile article of that size; `copies` of it make the briefing. */
function expectBounded(at: (bytes: number) => string, copies = 1): void {
  const {
    growth: ratio,
    summary,
    value: chars,
  } = growth(
    (fraction) => {
      const text = at(Math.floor(MAX_ARTICLE_TEXT_BYTES * fraction));
      const facts = hostileFacts(text);
      return Array.from({ length: copies }, (_, i) =>
        hostileSource(text, facts, (i + 1).toString(16).padStart(16, "0")),
      );
    },
    (sources) => renderBriefing(kit, THEME, sources),
  );
  expect(ratio, `assess+compose+render: ${summary}`).toBeLessThan(MAX_GROWTH);
  expect(chars).toBeLessThan(MAX_HTML_CHARS);
}

describe("briefings of hostile articles at full size", () => {
  // The generators that give the most facts, quotes, figures and entities to compose.
  for (const name of ["longSentence", "quotes", "numbers", "numberSentence", "manyNames", "noSpaces"]) {
    it(
      `${name}: ×${GROWTH_STEP} the article, under ×${MAX_GROWTH} the time to assess, compose and render`,
      () => {
        expectBounded(HOSTILE_GENERATORS[name] as (max: number) => string);
      },
      TIMEOUT_MS,
    );
  }

  it(
    `${MAX_ARTICLES_PER_BRIEFING} one-sentence articles in one briefing: time grows with their size`,
    () => {
      expectBounded(HOSTILE_GENERATORS.longSentence as (max: number) => string, MAX_ARTICLES_PER_BRIEFING);
    },
    TIMEOUT_MS,
  );

  // Tens of thousands of relevant sentences from many sources: sorting each under its factor, and
  // looking for corroboration across sources, once grew with the square of their number (22 s
  // here at half size, 124 s at full size).
  it(
    `${MAX_ARTICLES_PER_BRIEFING} quote-heavy articles in one briefing: time grows with their size`,
    () => {
      const quotes = HOSTILE_GENERATORS.quotes as (max: number) => string;
      expectBounded((bytes) => quotes(bytes / 2), MAX_ARTICLES_PER_BRIEFING);
    },
    TIMEOUT_MS,
  );
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
  it(
    "a pattern of relevant clauses repeated to full size: time grows with the size",
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(clause, joint), { minLength: 1, maxLength: 12 }), (parts) => {
          const unit = parts.map(([c, j]) => c + j).join("");
          expectBounded((bytes) => fill(() => unit, bytes));
        }),
        { numRuns: 3, seed: 11 },
      );
    },
    TIMEOUT_MS,
  );
});
