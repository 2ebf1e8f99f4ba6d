import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * How far a line built along a border runs, as two sources put it at one time: a command's figure
 * against a critic's. Real extractor output of short texts.
 */

const AT = new Date("2026-11-30T12:00:00Z");
const command = sourceDocument(
  "Border works",
  "The Border Guard command said on Sunday that the new fence on the frontier with Syria near Rabia now stretches 180 km, with cameras every kilometre.",
  "Iraqi News Agency",
  "2026-11-22",
);
const critic = (text: string) =>
  sourceDocument("MP criticises border works", text, "Shafaq News", "2026-11-25");
const extents = (text: string) => {
  const b = critic(text);
  return assess(themeFixture("border-fortification"), [command, b], AT)
    .conflicts.filter((c) => c.id.startsWith("extents:"))
    .map((c) => c.claims.map((x) => [x.articleId === b.article.id ? "critic" : "command", x.value]));
};

describe("conflicts: how far a wall or fence runs", () => {
  it("sets the command's 'the fence ... now stretches 180 km' against an MP's 'covers barely 90 km'", () => {
    expect(
      extents(
        "A member of parliament from Nineveh said the fence near Rabia covers barely 90 km and that smugglers cross through the gaps every night.",
      ),
    ).toEqual([
      [
        ["command", 180],
        ["critic", 90],
      ],
    ]);
  });

  it("never sets a fence against a trench, nor against the length of the frontier itself", () => {
    expect(
      extents(
        "A member of parliament from Nineveh said the trench near Rabia covers barely 90 km and that smugglers cross through the gaps every night.",
      ),
    ).toEqual([]);
    expect(
      extents(
        "A member of parliament from Nineveh said smugglers cross the 90-km frontier near Rabia every night, whatever the fence.",
      ),
    ).toEqual([]);
  });

  it("reads the line named after the length: 'has completed only 90 km of a new fence'", () => {
    expect(
      extents(
        "A member of parliament from Nineveh said the ministry has completed only 90 kilometres of a new fence near Rabia and that smugglers cross through the gaps every night.",
      ),
    ).toEqual([
      [
        ["command", 180],
        ["critic", 90],
      ],
    ]);
  });

  it("takes figures within a fifth of each other for one account", () => {
    expect(
      extents(
        "A member of parliament from Nineveh said the fence near Rabia covers about 170 km and that smugglers cross through the gaps every night.",
      ),
    ).toEqual([]);
  });
});
