import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 79: one article that credits a wall's length to a body it names and gives another length
 * as its own finding relays two accounts of one line (set 64, case 937). Real extraction of short
 * texts written here.
 */

const AT = new Date("2027-01-12T12:00:00Z");
const extents = (sentences: string[]) => {
  const d = sourceDocument(
    "Fence review",
    sentences.join(" "),
    "Centre for Border Studies (analysis)",
    "2026-12-20",
  );
  return assess(themeFixture("border-fortification"), [d], AT)
    .conflicts.filter((c) => c.id.startsWith("extents:"))
    .map((c) => c.claims.map((x) => [x.sentence, x.value]));
};

describe("two lengths of one fence in one article, credited to two originators", () => {
  it("sets a ministry's length against the writer's own reading of aerial photographs", () => {
    expect(
      extents([
        "Iraq's Border Guards Command says that 290 kilometres of steel fence now stand along the frontier with Syria in Nineveh province, from Rabia to Sinjar.",
        "Our study of aerial photographs taken in November finds a finished fence along only about 170 kilometres of the Nineveh stretch, with the rest marked by a ditch.",
        "Smugglers move their loads through the gaps in the fence at night, herders told us.",
      ]),
    ).toEqual([
      [
        [0, 290],
        [1, 170],
      ],
    ]);
  });

  it("does not set two lengths one body gives against each other", () => {
    expect(
      extents([
        "Iraq's Border Guards Command says that 290 kilometres of steel fence now stand along the frontier with Syria in Nineveh province, from Rabia to Sinjar.",
        "Iraq's Border Guards Command says that 170 kilometres of steel fence now stand along the frontier with Syria in Nineveh province, from Rabia to Sinjar.",
      ]),
    ).toEqual([]);
  });
});
