import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import {
  citedRoles as cited,
  paragraphsDocument,
  sourceDocument,
  themeFixture,
} from "../../support/themes.js";
import { extract } from "../facts/helpers.js";

/**
 * Session 67 (helper n67): readings behind misses of the analytic sets (issue 9), on sentences
 * written for these tests (not the fixtures' text).
 */
const AT = new Date("2026-12-10T12:00:00Z");
const has = (text: string, kind: string, tags: string[]) =>
  extract(text, "2026-12-09T00:00:00Z").facts.some(
    (f) => f.kind === kind && tags.every((t) => f.tags?.includes(t)),
  );

describe("a force that continues to operate from a place is kept there (presence rule)", () => {
  it("reads forces, or a single force, that continue to operate from a site as a presence", () => {
    for (const text of [
      "British troops continue to operate from the airfield outside Erbil.",
      "A small American force still operates out of a compound near Qamishli.",
      "The remaining contingent continues to operate from one base in Hasakah governorate.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(true);
  });

  it("does not read militants or an insurgent force that operate from a place as a presence", () => {
    for (const text of [
      "ISIS forces continue to operate from caves north of Palmyra.",
      "An insurgent force operates out of the old quarry near the river.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(false);
  });
});

describe("a theme's words are not looked for in reports the sentence calls false", () => {
  it("cites troops still at a base, with reports of its abandonment called false, only as a residual presence", () => {
    const doc = sourceDocument(
      "Statement",
      "American troops continue to operate from the Al-Tanf Garrison, and reports that the garrison was abandoned last week are untrue.",
      "US Central Command",
      "2026-12-08",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["mitigator:residual-presence"]);
  });
});

describe("a denial naming no place nor day answers the story's only attack (conflicts)", () => {
  const militia = (paragraphs: string[]) =>
    paragraphsDocument(
      "Statement of the resistance",
      paragraphs,
      "Saraya Awliya al-Dam (statement)",
      "2026-12-04",
    );
  const coalition = paragraphsDocument(
    "Coalition update",
    [
      "About 900 US personnel remain in the Kurdistan Region, at Erbil air base, to support operations in Syria until 2027.",
      "There was no attack, and no Coalition personnel were hurt.",
    ],
    "Combined Joint Task Force (update)",
    "2026-12-05",
  );
  const pairs = (docs: ReturnType<typeof paragraphsDocument>[]) =>
    assess(themeFixture("coalition-withdrawal"), docs, AT)
      .conflicts.filter((c) =>
        c.claims.some((x) => x.articleId === coalition.article.id && x.stance === "denies"),
      )
      .map((c) =>
        c.claims.map(
          (x) =>
            `${x.stance}:${x.articleId === coalition.article.id ? "coalition" : "militia"}#${x.sentence}`,
        ),
      );

  it("sets it against the one attack another source claims in the days before", () => {
    const doc = militia([
      "Our drones hit the American camp near Erbil airport on the night of 2 December and set a hangar on fire.",
    ]);
    expect(pairs([doc, coalition])).toContainEqual(["asserts:militia#0", "denies:coalition#1"]);
  });

  it("leaves it unpaired when the story claims two attacks on different days", () => {
    const doc = militia([
      "Our drones hit the American camp near Erbil airport on the night of 2 December and set a hangar on fire.",
      "Our drones struck the convoy of the occupiers near Duhok on 30 November.",
    ]);
    expect(pairs([doc, coalition])).toEqual([]);
  });
});

describe("a force able to defeat an enemy is ready to hold on its own (readiness rule)", () => {
  it("reads a force said capable of defeating, or able to defeat, the insurgents as a posture", () => {
    for (const text of [
      "The minister said the Kurdish units are capable of defeating what is left of the group in the mountains.",
      "Our army can now defeat the cells in Kirkuk without outside air support, the general said.",
    ])
      expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(true);
  });

  it("does not read ISIS said capable of defeating a force as that force's posture", () => {
    const text = "Analysts warn that ISIS remains capable of defeating the weaker army units in the desert.";
    expect(has(text, "countermeasure", ["troop-deployment"]), text).toBe(false);
  });
});
