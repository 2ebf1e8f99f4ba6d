import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 64 (t64): "the gunmen", "the women at the well", "local people" are plural sources, so a
 * singular "he" or "she" after them is not theirs.
 */
describe("plural sources not made with -s", () => {
  it("keeps 'he said' on the named man after the men he reported", () => {
    const doc = extract(
      "A driver, Saman Aziz, was stopped on the Kirkuk road on Sunday. He told reporters that the gunmen at the barrier had accused him of carrying fuel. “They kept my phone for an hour,” he said.",
    );
    expect(doc.quotes.find((q) => /kept my phone/.test(q.text))?.speaker.name).toBe("Saman Aziz");
  });

  it("keeps 'she said' on the named woman after the women she reported", () => {
    const doc = extract(
      "A teacher, Hana Salim, was at the school in Sinjar on Monday. She told the paper that the women at the gate had accused her of hiding a pupil. “We locked the doors,” she said.",
    );
    expect(doc.quotes.find((q) => /locked the doors/.test(q.text))?.speaker.name).toBe("Hana Salim");
  });
});
