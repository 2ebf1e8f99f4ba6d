import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 64 (t64): a person named after "with" or "after" in a phrase fronted before the subject
 * of the sentence before a pronoun's tag is not who "he" stands for when the subject fits.
 */
describe("a fronted prepositional object before the subject", () => {
  it("gives 'he says' to the subject, not to the one named after 'with'", () => {
    const doc = extract(
      "Dara Qadir, a mechanic, fixed the pump at Sinjar in March.\n\nOn Friday, with Rebin Aziz away in Duhok, Qadir opened the valve himself. The pressure, he says, held all night.",
    );
    expect(doc.quotes.find((q) => /held all night/.test(q.text))?.speaker.name).toMatch(/Qadir/);
  });
});
