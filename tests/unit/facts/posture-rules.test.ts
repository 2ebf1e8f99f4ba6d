import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** The facts of one sentence that carry a tag. */
function tagged(doc: FactsDocument, tag: Tag) {
  return doc.facts.filter((f) => f.tags?.includes(tag));
}

describe("posture: forces that stay where they are", () => {
  it("makes 'troops remain in' a troop-deployment countermeasure", () => {
    const doc = extract("British troops remain in the northern province despite the ceasefire.");
    expect(tagged(doc, "troop-deployment")[0]).toMatchObject({
      kind: "countermeasure",
      modality: "asserted",
    });
  });

  it("makes 'keeps a small garrison at' a troop-deployment countermeasure", () => {
    const doc = extract("The French army keeps a small garrison at the desert airfield.");
    expect(tagged(doc, "troop-deployment")[0]?.kind).toBe("countermeasure");
  });

  it("does not read people held in a camp as a force's posture", () => {
    const doc = extract("The detainees remain in the camp.");
    expect(tagged(doc, "troop-deployment")).toEqual([]);
  });

  it("keeps a withdrawal a withdrawal even when the troops had been stationed there", () => {
    const doc = extract("The US withdrew troops that had been stationed near the city.");
    expect(tagged(doc, "troop-withdrawal")[0]?.kind).toBe("event");
  });
  it("makes 'soldiers guarding the crossing' a posture, but not when they are attacked there", () => {
    const guarding = extract("Soldiers guarding the border crossing fired warning shots at a car.");
    expect(tagged(guarding, "troop-deployment")[0]?.kind).toBe("countermeasure");
    const attacked = extract("Gunmen attacked troops guarding the camp.");
    expect(tagged(attacked, "troop-deployment")).toEqual([]);
  });
});

describe("control kept or regained", () => {
  it("makes 'regained full control of the prison' a measure at a detention facility", () => {
    const doc = extract(
      "Police said they had regained full control of the women's prison after a six-hour standoff.",
    );
    const fact = tagged(doc, "troop-deployment")[0];
    expect(fact?.kind).toBe("countermeasure");
    expect(fact?.tags).toContain("detention-facility");
  });

  it("reads 'the situation in the jail is now under control'", () => {
    const doc = extract("The situation in the jail is now under control, a ministry spokesman said.");
    expect(tagged(doc, "troop-deployment")[0]?.kind).toBe("countermeasure");
  });

  it("does not read control lost as control kept", () => {
    const doc = extract("The army lost control of the prison.");
    expect(doc.facts.filter((f) => f.kind === "countermeasure")).toEqual([]);
  });

  it("makes inmates 'back in custody' an arrest", () => {
    const doc = extract("All the inmates were back in custody by Tuesday morning.");
    expect(tagged(doc, "arrest")[0]).toMatchObject({ kind: "countermeasure", modality: "asserted" });
  });

  it("makes fugitives 'recaptured' or 'caught' an arrest", () => {
    for (const text of [
      "Three of the men who fled were recaptured near the river.",
      "Most of the escapees were later caught at a checkpoint.",
    ]) {
      expect(tagged(extract(text), "arrest")[0]?.kind, text).toBe("countermeasure");
    }
  });

  it("leaves 'escaped but were caught' an escape, and 'caught in the crossfire' alone", () => {
    const escaped = extract("Two inmates escaped from the jail but were caught the next day.");
    expect(tagged(escaped, "escape")[0]?.kind).toBe("event");
    expect(tagged(escaped, "arrest")).toEqual([]);
    expect(tagged(extract("The team was caught in the crossfire."), "arrest")).toEqual([]);
  });
});

describe("redeployment, and guards taken away from their posts", () => {
  it("makes fighters 'sent to the southern front' a troop-deployment", () => {
    const doc = extract("The militia sent 300 fighters to the southern front last week.");
    expect(tagged(doc, "troop-deployment")[0]?.kind).toBe("countermeasure");
  });

  it("makes guards 'diverted from the camps' a troop-withdrawal from a detention facility", () => {
    const doc = extract("The group diverted guards from the camps to fight in the city.");
    const fact = tagged(doc, "troop-withdrawal")[0];
    expect(fact?.tags).toContain("detention-facility");
    expect(tagged(doc, "troop-deployment")).toEqual([]);
  });

  it("makes fighters pulled 'away from guarding' named prisons a withdrawal, not a posture", () => {
    const doc = extract(
      "The shelling is forcing the militia to pull fighters away from guarding Rumaila prisons.",
    );
    expect(tagged(doc, "troop-withdrawal")[0]?.tags).toContain("detention-facility");
    expect(tagged(doc, "troop-deployment")).toEqual([]);
  });

  it("makes 'an officer taken from the detention centres' a withdrawal, not a deployment", () => {
    const doc = extract(
      "Every officer we move to the border is an officer taken from the detention centres.",
    );
    expect(tagged(doc, "troop-withdrawal").length).toBeGreaterThan(0);
    expect(tagged(doc, "troop-deployment")).toEqual([]);
  });

  it("reads units 'redeployed from the prisons to the front lines' as leaving the prisons", () => {
    const doc = extract(
      "The ministry redeployed two battalions of prison guards from the prisons in the south to the front lines.",
    );
    expect(tagged(doc, "troop-withdrawal")[0]?.tags).toContain("detention-facility");
    expect(tagged(doc, "troop-deployment")).toEqual([]);
  });
});
