import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Letterheads, head-noun spellings, titles in street names, firms and appositions; made-up text. */

describe("a letterhead's segment that the text writes as a name", () => {
  it("'NINEVEH STAR LOGISTICS' is the company the advisory names, not Nineveh", () => {
    const doc = extract(
      "NINEVEH STAR LOGISTICS · CUSTOMER ADVISORY\n\nNineveh Star Logistics informs customers that trucks were stopped near Rabia on Tuesday.",
    );
    expect(
      doc.entities.some((e) => e.type === "organization" && /nineveh star logistics/i.test(e.name)),
    ).toBe(true);
    expect(doc.entities.some((e) => e.name === "Nineveh")).toBe(false);
  });
  it("a two-word section label written elsewhere in title case names nothing", () => {
    const doc = extract("LEVANT REVIEW · OPINION\n\nIn this week's Levant Review, our writer visits Homs.");
    expect(doc.entities.some((e) => /levant review/i.test(e.name))).toBe(false);
  });
  it("'AL-QAIM GENERAL HOSPITAL' is the hospital, not the town", () => {
    const doc = extract(
      "AL-QAIM GENERAL HOSPITAL · ANBAR HEALTH DIRECTORATE\nAnnual Report 2025\n\nThe department treated 63 patients from Syria.",
    );
    expect(doc.entities.some((e) => /al-qaim general hospital/i.test(e.name))).toBe(true);
    expect(doc.entities.some((e) => e.name === "Al-Qaim")).toBe(false);
  });
});

describe("a known body called by its head noun", () => {
  it("'the coalition' after 'coalition aircraft' is a spelling of the coalition", () => {
    const doc = extract(
      "Coalition aircraft struck the town on Monday. The coalition called the response courageous.",
    );
    const coalition = doc.entities.find((e) => e.lexiconId === "org/coalition");
    expect(coalition?.aliases).toContain("coalition");
  });
});

describe("names that are no person's", () => {
  it("'King Street' is no person called Street", () => {
    const doc = extract("On Friday, officers took the relief into custody at our King Street rooms.");
    expect(doc.entities.some((e) => e.type === "person")).toBe(false);
  });
  it("'King Abdullah' is still a king", () => {
    expect(entityNamed(extract("King Abdullah spoke in Amman on Sunday."), "Abdullah")?.type).toBe("person");
  });
  it("'Department of Middle Eastern Studies' after a degree is no person", () => {
    const doc = extract(
      "He holds a Doctor of Philosophy, Department of Middle Eastern Studies, University of Northbridge.",
    );
    // An affiliation after a comma is set aside (entities-s56p56): never a person either way.
    expect(entityNamed(doc, "Department of Middle Eastern Studies")?.type).not.toBe("person");
    expect(doc.entities.some((e) => e.type === "person" && /Department|Studies/.test(e.name))).toBe(false);
  });
  it("'Carrow & Lisle' is a firm", () => {
    const doc = extract("Carrow & Lisle is co-operating fully with the inquiry, said Fiona Hale.");
    expect(entityNamed(doc, "Carrow & Lisle")?.type).toBe("organization");
    expect(entityNamed(doc, "Fiona Hale")?.type).toBe("person");
  });
});

describe("a name in apposition with an occupation", () => {
  it("'Khairi Elias, a breeder in Snune' is a person", () => {
    const doc = extract(
      "Khairi Elias, a breeder in Snune whose flock has lost nine lambs, said he had bought ten ewes.",
    );
    expect(entityNamed(doc, "Khairi Elias")?.type).toBe("person");
  });
  it("'Tell Afar, a town of shepherds' stays a place", () => {
    const doc = extract("Tell Afar, a town of shepherds, was quiet.");
    expect(entityNamed(doc, "Tell Afar")?.type).toBe("place");
    expect(doc.entities.some((e) => e.type === "person")).toBe(false);
  });
});
