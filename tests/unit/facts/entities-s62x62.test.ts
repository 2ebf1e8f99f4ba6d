import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 62 (x62) readings of entity recall, on texts written for these tests. */

describe("a facility named after a known town", () => {
  it("reads 'the Haditha gas field' as a facility of its own, not the town", () => {
    const doc = extract(
      "Gunmen attacked a tanker near the Haditha gas field on Sunday night. The Haditha field had reopened in May.",
    );
    const field = entityNamed(doc, "Haditha gas field");
    expect(field?.type).toBe("facility");
    expect(field?.aliases).toContain("Haditha field");
    expect(doc.entities.find((e) => e.name === "Haditha")).toBeUndefined();
  });

  it("links 'the al-Qaim border port' and 'the al-Qaim port' to the known crossing", () => {
    const doc = extract(
      "Customs officers at the al-Qaim border port seized a lorry on Monday. The director of the al-Qaim port said more checks would follow.",
    );
    const port = entityNamed(doc, "al-Qaim border port");
    expect(port?.type).toBe("facility");
    expect(port?.lexiconId).toBe("facility/qaim-crossing");
    expect(port?.aliases).toContain("al-Qaim port");
  });

  it("writes a known crossing's 'port' into its mention ('the Rabia port')", () => {
    const doc = extract("Inspectors at the Rabia port found pills in a lorry from Syria on Friday.");
    expect(entityNamed(doc, "Rabia port")?.lexiconId).toBe("facility/rabia-crossing");
  });

  it("keeps the town for a checkpoint, a hospital or a camp named after it", () => {
    const doc = extract(
      "A bomb hit the Haditha checkpoint on Sunday. The wounded were taken to the Khanaqin hospital, and families fled to the Haditha camp.",
    );
    expect(entityNamed(doc, "Haditha")?.type).toBe("place");
    expect(entityNamed(doc, "Haditha checkpoint")).toBeUndefined();
    expect(entityNamed(doc, "Khanaqin hospital")).toBeUndefined();
  });

  it("keeps the town for a port no border's ('the Umm Qasr port') and a site's noun before another ('the Haditha field office')", () => {
    const doc = extract(
      "Ships waited outside the Umm Qasr port on Monday. Staff of the Haditha field office were evacuated.",
    );
    expect(entityNamed(doc, "Umm Qasr port")).toBeUndefined();
    expect(entityNamed(doc, "Haditha field")).toBeUndefined();
    expect(entityNamed(doc, "Haditha")?.type).toBe("place");
  });
});

describe("a place located by a comma and 'in' a known place", () => {
  it("reads 'in Taftanaz, in Idlib governorate' as a place", () => {
    const doc = extract(
      "A shell killed two children near a school in Taftanaz, in Idlib governorate, on Monday.",
    );
    expect(entityNamed(doc, "Taftanaz")?.type).toBe("place");
  });

  it("does not read 'spoke to Karim, in Mosul' as a place (no locative before the name)", () => {
    const doc = extract("The reporter spoke to Karim, in Mosul, on Monday about the strike.");
    expect(entityNamed(doc, "Karim")?.type).not.toBe("place");
  });

  it("leaves a lone name after 'in' with nothing after it unread, as before", () => {
    const doc = extract("A shell killed two children near a school in Taftanaz on Monday.");
    expect(entityNamed(doc, "Taftanaz")).toBeUndefined();
  });
});

describe("a district's administration", () => {
  it("reads 'the Zarwa district administration' as a body, the district staying a place", () => {
    const doc = extract(
      "A drone killed two men in the Zarwa district of Duhok province. According to the Zarwa district administration, drones have killed 19 civilians there this year.",
    );
    expect(entityNamed(doc, "Zarwa district administration")?.type).toBe("organization");
    expect(entityNamed(doc, "Zarwa")?.type).toBe("place");
  });

  it("makes no body of 'the Kurdish administration' or a district without its noun ('the Zarwa administration')", () => {
    const doc = extract(
      "A drone killed two men near Zarwa in Duhok province. The Zarwa administration and the Kurdish administration said they would respond.",
    );
    expect(doc.entities.find((e) => e.type === "organization" && e.name.includes("Zarwa"))).toBeUndefined();
  });
});
