import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session y81: a name in apposition to "the British charity", "a Dutch firm" is a body's, and the
 * body is called by its opening word alone later ("Harvane said"). Sentences written for these tests.
 */

const doc = (text: string) => extract(text, "2026-03-10T00:00:00Z");

describe("a body named by its apposition, then by its opening word", () => {
  const text =
    "A mine exploded near Tel Abyad on Monday, wounding two deminers. Harvane Field Safety, the Dutch charity the men worked for, said the device was new. Harvane said it had stopped work in the area.";

  it("reads 'Harvane Field Safety, the Dutch charity' as a body", () => {
    const body = doc(text).entities.find((e) => e.name === "Harvane Field Safety");
    expect(body?.type).toBe("organization");
  });

  it("gives 'Harvane said ...' to the body", () => {
    const q = doc(text).quotes.find((x) => /stopped work/.test(x.text));
    expect(q?.speaker.name).toMatch(/Harvane/);
    expect(doc(text).entities.find((e) => e.name === "Harvane Field Safety")?.aliases).toContain("Harvane");
  });

  it("reads no body into 'Karim Saleh, a farmer' (guard)", () => {
    const person = doc("A mine exploded near Tel Abyad on Monday. Karim Saleh, a farmer, said he heard it.");
    expect(person.entities.find((e) => e.name === "Karim Saleh")?.type).toBe("person");
  });
});
