import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Church bodies named by their see (set 68's first sight, helper x80), on text written for these tests. */

describe("an archdiocese, a diocese, a patriarchate or an eparchy is a body", () => {
  it("names the body and gives it the words it said", () => {
    const doc = extract(
      "Gunmen burned a school in Qaraqosh on Friday. The Syriac Catholic Archdiocese of Mosul said in a statement that the fire was \u00aba message to every family that came back\u00bb.",
      "2026-11-02",
    );
    expect(entityNamed(doc, "Syriac Catholic Archdiocese of Mosul")?.type).toBe("organization");
    expect(
      doc.quotes.filter((q) => q.text.includes("a message to every family")).map((q) => q.speaker.name),
    ).toContain("Syriac Catholic Archdiocese of Mosul");
  });

  it("reads a diocese and a patriarchate the same way", () => {
    const doc = extract(
      "The Chaldean Diocese of Zakho and the Armenian Patriarchate of Cilicia condemned the shelling of Dohuk on Friday.",
      "2026-11-02",
    );
    expect(entityNamed(doc, "Chaldean Diocese of Zakho")?.type).toBe("organization");
    expect(entityNamed(doc, "Armenian Patriarchate of Cilicia")?.type).toBe("organization");
  });

  it("guard: the word in lower case, with no name, is no body", () => {
    const doc = extract(
      "Gunmen burned a school in Qaraqosh on Friday. The diocese said the fire was set at night.",
      "2026-11-02",
    );
    expect(doc.entities.map((e) => e.name.toLowerCase())).not.toContain("diocese");
  });
});
