import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports, type SourceDocument } from "../../../src/core/themes/reports.js";
import { conflictsOf, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Shapes of conflicting reporting written for these tests: equipment told as "only N of M
 * working" against all of it said to work, two exact lengths of a wall built along one sector, and
 * a force counted through what is supplied to it at a base against a count of it in the region.
 */

const AT = new Date("2026-12-05T12:00:00Z");
const conflictsOfAt = (docs: SourceDocument[]) => conflictsOf(docs, AT);
const kinds = (doc: SourceDocument) => claimsOf(collectReports([doc])).map((f) => [f.kind, f.value]);

describe("conflict claims: only a part of some equipment working", () => {
  it("reads 'only N of M ... were working' as the rest out of service, the equipment named after or before", () => {
    const after = sourceDocument(
      "Inspection at Rabia",
      "Inspectors said only three of the 15 thermal cameras along the Rabia stretch were working on 20 November.",
      "Ministry of Interior",
      "2026-11-25",
    );
    expect(kinds(after)).toContainEqual(["out-of-service:cameras", 12]);
    const before = sourceDocument(
      "Inspection at Rabia",
      "The inspection covered the radar masts and the camera towers near Rabia, of which just 4 of 10 were operational at the time.",
      "Ministry of Interior",
      "2026-11-25",
    );
    // "Camera towers" are cameras; the whole (10) and the part (4) are no counts out of service.
    expect(kinds(before)).toContainEqual(["out-of-service:cameras", 6]);
    expect(kinds(before).filter(([k]) => String(k).startsWith("out-of-service"))).toHaveLength(1);
  });

  it("reads no count when nothing says the part is all that works", () => {
    const plain = sourceDocument(
      "Inspection at Rabia",
      "Inspectors said three of the 15 thermal cameras along the Rabia stretch were working on the eastern side.",
      "Ministry of Interior",
      "2026-11-25",
    );
    expect(kinds(plain).filter(([k]) => String(k).startsWith("out-of-service"))).toEqual([]);
  });

  it("sets 'only 3 of 15 working' against a command's 'all the cameras are operating'", () => {
    const memo = sourceDocument(
      "Inspection at Rabia",
      "Inspectors said only three of the 15 thermal cameras along the Rabia border stretch were working during a visit last week.",
      "Federal Board of Supreme Audit",
      "2026-11-28",
    );
    const reply = sourceDocument(
      "Border Forces reply",
      "The Border Forces Command said on Monday that all the thermal cameras in the Rabia border sector are operating around the clock.",
      "Iraqi News Agency",
      "2026-11-30",
    );
    const found = conflictsOfAt([memo, reply]).filter((c) => c.kind === "figures");
    expect(found.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)))).toContainEqual(
      [0, 12],
    );
  });
});

describe("conflicts: exact lengths of a wall within one sector", () => {
  it("sets '27 kilometres of the 40-kilometre sector' against '33 kilometres of the 40-kilometre sector'", () => {
    const register = sourceDocument(
      "Site security review",
      "The review records the concrete wall along the border as complete for 27 kilometres of the 40-kilometre Rabia sector.",
      "North Oil Company",
      "2026-11-27",
    );
    const command = sourceDocument(
      "Border Forces on the Rabia wall",
      "The concrete wall now covers 33 kilometres of the 40-kilometre Rabia sector, the Border Forces Command said.",
      "Iraqi News Agency",
      "2026-11-28",
    );
    const a = assess(themeFixture("border-fortification"), [register, command], AT);
    const part = a.conflicts.find((c) => c.id.startsWith("portions:"));
    expect(part?.claims.map((x) => x.value).sort()).toEqual([27, 33]);
  });

  it("does not set rough parts of a whole apart for a difference rounding allows", () => {
    const one = sourceDocument(
      "Site security review",
      "The review records the concrete wall along the border as complete for about 27 kilometres of the 40-kilometre Rabia sector.",
      "North Oil Company",
      "2026-11-27",
    );
    const two = sourceDocument(
      "Border Forces on the Rabia wall",
      "The concrete wall now covers about 31 kilometres of the 40-kilometre Rabia sector, the Border Forces Command said.",
      "Iraqi News Agency",
      "2026-11-28",
    );
    const a = assess(themeFixture("border-fortification"), [one, two], AT);
    expect(a.conflicts.find((c) => c.id.startsWith("portions:"))).toBeUndefined();
  });
});

describe("conflict claims: a force counted by what is supplied to it", () => {
  it("reads 'life support for about 900 US service members at Erbil Air Base' as US troops there", () => {
    const notice = sourceDocument(
      "Contracts",
      "Amentum Services is awarded a contract for life support and dining for approximately 900 US service members at Erbil Air Base, Iraq.",
      "US Department of Defense",
      "2026-12-01",
    );
    expect(kinds(notice)).toContainEqual(["troops:us", 900]);
    const capacity = sourceDocument(
      "Contracts",
      "Amentum Services is awarded a contract for life support and dining for approximately 900 US service members, the department said.",
      "US Department of Defense",
      "2026-12-01",
    );
    // Supplies with no place they are delivered count no force standing anywhere.
    expect(kinds(capacity).filter(([k]) => String(k).startsWith("troops"))).toEqual([]);
  });
});
