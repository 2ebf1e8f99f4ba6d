import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/**
 * Session 63 (x63): a person named only inside a body's name as its attribute ("the Assad regime") is not
 * listed (tests/fixtures/ANNOTATION.md rule 5), on texts written for these tests.
 */

describe("a leader named only as the attribute of a government called after him", () => {
  it("lists the body of 'the Maliki government' but not Maliki as a person", () => {
    const doc = extract(
      "Militias that the Maliki government armed in 2013 still hold checkpoints on the road, residents said on Tuesday.",
    );
    expect(entityNamed(doc, "Maliki government")?.type).toBe("organization");
    expect(doc.entities.filter((e) => e.type === "person")).toEqual([]);
  });

  it("keeps the leader where the text also names him by himself", () => {
    const doc = extract(
      "Smuggling routes opened after the collapse of the Assad regime. Assad, who fled to Moscow, has not spoken since.",
    );
    expect(entityNamed(doc, "Assad")?.type).toBe("person");
  });
});
