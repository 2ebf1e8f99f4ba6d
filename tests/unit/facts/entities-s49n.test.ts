import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 49 (s49n): extraction precision, spurious entities read as what they are. */

describe("a humanitarian cluster's name on a letterhead is a body", () => {
  it("'... PROTECTION SUB-CLUSTER' is the body, and its region is no place of the story", () => {
    const doc = extract(
      "WESTERN IRAQ PROTECTION SUB-CLUSTER\nMonthly note\n\nPartners visited families in Rutba in June.",
    );
    expect(entityNamed(doc, "WESTERN IRAQ PROTECTION SUB-CLUSTER")?.type).toBe("organization");
    expect(doc.entities.find((e) => e.type === "place" && /iraq/i.test(e.name))).toBeUndefined();
  });

  it("'... SHELTER CLUSTER' is the body too", () => {
    const doc = extract("NORTHWEST SYRIA SHELTER CLUSTER\nUpdate\n\nTents were sent to Idlib in May.");
    expect(entityNamed(doc, "NORTHWEST SYRIA SHELTER CLUSTER")?.type).toBe("organization");
  });
});
