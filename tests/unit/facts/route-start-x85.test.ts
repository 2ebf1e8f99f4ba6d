import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * The start of a route named after its noun and "from" (set 70's "the road from Choman to the
 * Halgurd base camp", helper x85), on text written for these tests.
 */

const typeOf = (doc: ReturnType<typeof extract>, name: string) =>
  doc.entities.find((e) => [e.name, ...e.aliases].includes(name))?.type;

describe("'the road from X to ...'", () => {
  it("reads X as a place", () => {
    const doc = extract(
      "On 3 March the Asayish closed the road from Serkawa to the summer pastures to outside traders, a herder said.",
      "2027-03-08",
    );
    expect(typeOf(doc, "Serkawa")).toBe("place");
  });

  it("guard: a letter from someone is no route", () => {
    const doc = extract(
      "On 3 March the herders read a letter from Serkawa to the summer council, a herder said.",
      "2027-03-08",
    );
    expect(typeOf(doc, "Serkawa")).not.toBe("place");
  });
});
