import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/**
 * Session 63 (x63): a facility named after its town is a place of its own (tests/fixtures/ANNOTATION.md
 * rule 5), on texts written for these tests.
 */

describe("a camp, a refinery, a prison or an air base named after a known town", () => {
  it("reads 'the Tikrit refinery' and 'the Sinjar camp' as facilities, the town keeping its own entity", () => {
    const doc = extract(
      "Rockets landed inside the Tikrit refinery late on Thursday. Aid workers at the Sinjar camp said they heard the blasts.",
    );
    expect(entityNamed(doc, "Tikrit refinery")?.type).toBe("facility");
    expect(entityNamed(doc, "Sinjar camp")?.type).toBe("facility");
    // The town stays, with its gazetteer link: where the site stands, and what the analysis reads.
    expect(entityNamed(doc, "Tikrit")?.lexiconId).toBe("place/tikrit");
  });

  it("reads 'the Qayyarah air base' as a facility of its own ('air' names what the base is for)", () => {
    const doc = extract("Two drones were shot down over the Qayyarah air base before dawn on Saturday.");
    expect(entityNamed(doc, "Qayyarah air base")?.type).toBe("facility");
    expect(entityNamed(doc, "Qayyarah")?.type).toBe("place");
  });

  it("leaves a town named by itself a place only", () => {
    const doc = extract("Rockets landed near Tikrit late on Thursday, police said.");
    expect(doc.entities.filter((e) => e.type === "facility")).toEqual([]);
    expect(entityNamed(doc, "Tikrit")?.type).toBe("place");
  });
});

describe("a crossing named after a known town is not called by the town's bare name", () => {
  it("does not give 'the al-Qaim crossing' the town's name 'al-Qaim' as a spelling, even where the town is not named", () => {
    const doc = extract(
      "The driver said he had come back from Syria through the al-Qaim crossing last spring.",
    );
    const crossing = entityNamed(doc, "al-Qaim crossing");
    expect(crossing?.type).toBe("facility");
    expect(crossing?.aliases.map((a) => a.toLowerCase())).not.toContain("al-qaim");
  });

  it("still calls a crossing no town shares its name by the bare name ('Trebil')", () => {
    const doc = extract(
      "Lorries waited for two days at the Trebil crossing before the customs hall reopened.",
    );
    expect(entityNamed(doc, "Trebil crossing")?.aliases).toContain("Trebil");
  });
});
