import { describe, expect, it } from "vitest";
import { dated, extract } from "./helpers.js";

/** Sentences written for this test. */
describe("an event told again with a count of its own", () => {
  const text =
    "BREAKING: a mass breakout from Roj camp last night, the guards say nothing.\n\nWitnesses in the camp say that more than 40 women escaped from Roj camp on Monday night after cutting the wire on the northern side.\n\nThe guards have not commented.";

  it("is one timeline entry, but the telling with the figure stays a fact its sentence can be weighed by", () => {
    const doc = extract(text, "2026-03-03");
    const escapes = doc.facts.filter((f) => f.kind === "event" && /escap|breakout/i.test(f.text));
    expect(escapes.map((f) => f.sentence).sort()).toEqual([0, 1]);
    expect(dated(doc).filter((f) => /escap|breakout/i.test(f.text))).toHaveLength(1);
  });

  it("still folds a later telling without a figure of its own", () => {
    const doc = extract(
      "BREAKING: a mass breakout from Roj camp last night, the guards say nothing.\n\nWitnesses in the camp say that women escaped from Roj camp on Monday night after cutting the wire.",
      "2026-03-03",
    );
    expect(doc.facts.filter((f) => f.kind === "event" && /escap|breakout/i.test(f.text))).toHaveLength(1);
  });
});
