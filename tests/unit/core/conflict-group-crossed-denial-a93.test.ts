import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A claim and its denial (set 71, case 1034): "an ISIS group had crossed the border into the
 * Rabia district" is an infiltration, as "ISIS members crossed" and "cells crossed" are; read as a
 * plain border crossing, the command's denial of it fitted no factor and answered no account of
 * the crossing. Real extractor output of short texts.
 */

const AT = new Date("2026-03-20T12:00:00Z");
const outlet = sourceDocument(
  "ISIS fighters cross near Rabia, tribal sources say",
  "About twenty ISIS fighters crossed from Syria into Iraq near the town of Rabia on the night of 4 March, tribal sources told Kurdistan 24. The fighters drove south towards the Jazira desert, the sources said.",
  "Kurdistan 24",
  "2026-03-06",
);
const command = (district: string) =>
  sourceDocument(
    "Joint Operations Command: no infiltration",
    `Iraq's Joint Operations Command denied reports that an ISIS group had crossed the border into the ${district} district, calling them false. Iraq's Border Forces completed the concrete wall along the ${district} sector of the border with Syria last year, the command said.`,
    "Joint Operations Command (statement)",
    "2026-03-06",
  );
const denialBoxes = (other: ReturnType<typeof command>) =>
  assess(themeFixture("border-fortification"), [outlet, other], AT).conflicts.filter((c) =>
    c.claims.some((x) => x.stance === "denies" && x.articleId === other.article.id),
  );

describe("conflicts: an ISIS group said to have crossed, and its denial", () => {
  it("sets the command's denial against the outlet's account of the crossing", () => {
    const [box, ...rest] = denialBoxes(command("Rabia"));
    expect(rest).toEqual([]);
    expect(box?.claims.map((x) => [x.articleId, x.stance])).toEqual([
      [outlet.article.id, "asserts"],
      [command("Rabia").article.id, "denies"],
    ]);
  });

  it("does not set a denial of a crossing at a far district against it", () => {
    expect(denialBoxes(command("Al-Qaim"))).toEqual([]);
  });
});
