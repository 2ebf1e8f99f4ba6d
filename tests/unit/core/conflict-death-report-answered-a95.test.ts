import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * An early report of a death against another outlet's later account that answers it (set 72,
 * case 1051): "the guard is recovering in hospital, contrary to initial reports that he was
 * killed" sets itself against the first outlet's "a border guard was killed" told of the same
 * clash, and the box's line prefers the correction that names the report it answers. Real
 * extractor output of short texts written for this test.
 */
const AT = new Date("2027-03-10T12:00:00Z");
const early = sourceDocument(
  "Border guard killed in clash with smugglers",
  "An Iraqi border guard was killed in a clash with smugglers near Rabia on the night of 3 March, residents told Al Sumaria. The smugglers fled back across the border, the residents said.",
  "Al Sumaria",
  "2027-03-04",
);
const later = (night: string, outlet: string, publishedAt = "2027-03-05") =>
  sourceDocument(
    "Border Forces: guard wounded in smugglers' attack",
    `A border guard was wounded when smugglers opened fire on a patrol near Rabia on the night of ${night}, the Border Forces said. The guard is recovering in hospital, contrary to initial reports that he was killed, the statement said.`,
    outlet,
    publishedAt,
  );
const boxesWith = (other: ReturnType<typeof later>) =>
  assess(themeFixture("cross-border-smuggling"), [early, other], AT).conflicts.filter(
    (c) =>
      c.claims.some((x) => x.articleId === early.article.id && x.stance === "asserts") &&
      c.claims.some((x) => x.articleId === other.article.id && x.stance === "denies"),
  );

describe("conflicts: an early report of a death and the later account that answers it", () => {
  it("sets the later account against the early report, and prefers the correction", () => {
    const [box, ...rest] = boxesWith(later("3 March", "Iraqi Border Forces (statement)"));
    expect(rest).toEqual([]);
    expect(box?.kind).toBe("accounts");
    expect(box?.analysis).toMatch(/later correction .* names the other account as wrong/);
  });

  it("guard: a clash told of another night is another event", () => {
    expect(boxesWith(later("21 February", "Iraqi Border Forces (statement)", "2027-03-05"))).toEqual([]);
  });

  it("guard: the outlet answering its own first report revises it, no box", () => {
    expect(boxesWith(later("3 March", "Al Sumaria"))).toEqual([]);
  });
});
