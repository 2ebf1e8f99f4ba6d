import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 38 round two (set 31): a clash of which "no reports" were had, ground where "there is no
 * state and no army", and foreign forces named as "US personnel". The tests use other wordings of
 * the same classes.
 */

const battles = (text: string) =>
  extract(text).facts.filter((f) => f.kind === "event" && f.codes?.acled?.eventType === "Battles");

describe("a happening of which no account was had", () => {
  it("reads a clash nobody reported, or of which no sign was found, as negated", () => {
    for (const text of [
      "The monitoring group has not received any reports of armed clashes between smugglers and Jordanian border guards this month.",
      "There were no reports of clashes between traffickers and Iraqi border forces in October.",
      "Investigators found no evidence of clashes between the smugglers and the border guards near Al-Qaim.",
    ]) {
      const found = battles(text);
      expect(found.length, text).toBeGreaterThan(0);
      for (const f of found) expect(f.modality, text).toBe("negated");
    }
  });

  it("still reads clashes that were reported, or reports that were merely commented on, as asserted", () => {
    for (const text of [
      "Residents said there were reports of clashes between smugglers and Iraqi border guards near Al-Qaim.",
      "The army has not commented on reports of clashes between smugglers and border guards near Al-Qaim.",
    ]) {
      const found = battles(text);
      expect(found.length, text).toBeGreaterThan(0);
      expect(
        found.some((f) => f.modality === "asserted"),
        text,
      ).toBe(true);
    }
  });
});

describe("a happening of which no indication is had, told after 'that'", () => {
  const escapes = (text: string) => extract(text).facts.filter((f) => f.tags?.includes("escape"));
  it("reads an escape there is no indication or evidence of as negated", () => {
    for (const text of [
      "The ministry says it has no indication that any of the foreign women has escaped from the camp.",
      "There is no evidence that the two prisoners escaped from the jail in Raqqa, a spokesman said.",
      "The embassy has not received any indication that the three women escaped from the camp.",
    ]) {
      const found = escapes(text);
      expect(found.length, text).toBeGreaterThan(0);
      for (const f of found) expect(f.modality, text).toBe("negated");
    }
  });

  it("still reads an escape there are indications of as asserted", () => {
    const found = escapes(
      "Officials have indications that two prisoners escaped from the jail in Raqqa on Sunday.",
    );
    expect(found.map((f) => f.modality)).toContain("asserted");
  });
});

describe("ground where no state stands", () => {
  it("reads 'there is no state' or 'no army' beyond the border as a security vacuum", () => {
    for (const text of [
      "Across the frontier there is no state and no army, only gangs.",
      "Beyond the river there is still no government, and the tribes settle their own disputes.",
    ])
      expect(
        extract(text).facts.some((f) => f.tags?.includes("security-vacuum")),
        text,
      ).toBe(true);
  });

  it("does not read a decision not yet taken as ground without a state", () => {
    const text = "There is no government decision yet on reopening the crossing at Al-Qaim.";
    expect(extract(text).facts.filter((f) => f.tags?.includes("security-vacuum"))).toEqual([]);
  });
});

describe("US personnel", () => {
  it("names the US forces", () => {
    const doc = extract(
      "A small number of US personnel remain at a base near Hasakah and are supplied by air.",
    );
    expect(doc.entities.some((e) => e.lexiconId === "org/us-forces")).toBe(true);
  });
});
