import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** A body's name, a dash and a place's branch head a statement (set 69's first sight, helper x84), on text written for these tests. */

describe("'BODY – PLACE BRANCH'", () => {
  it("keeps the branch's whole name as a spelling of the body", () => {
    const doc = extract(
      "GENERAL UNION OF PORT WORKERS IN IRAQ – BASRA BRANCH\n\nStatement\n\nOur union mourns two members who were killed when gunmen fired on a port bus near Umm Qasr on Monday.",
      "2027-02-20",
    );
    expect(entityNamed(doc, "GENERAL UNION OF PORT WORKERS IN IRAQ – BASRA BRANCH")?.type).toBe(
      "organization",
    );
  });

  it("guard: a dash and a place with no 'branch' add no spelling", () => {
    const doc = extract(
      "GENERAL UNION OF PORT WORKERS IN IRAQ – BASRA\n\nStatement\n\nOur union mourns two members who were killed when gunmen fired on a port bus near Umm Qasr on Monday.",
      "2027-02-20",
    );
    const body = doc.entities.find((e) => e.name.startsWith("GENERAL UNION"));
    expect(body?.aliases.some((a) => a.includes("–"))).not.toBe(true);
  });
});
