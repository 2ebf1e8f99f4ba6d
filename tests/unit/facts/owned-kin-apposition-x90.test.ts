import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "Fadi, the caretaker's twelve-year-old son, was cut": a lone given name in apposition to an
 * owned noun of kinship is a person, as one before "a widow" already was (set 73's first sight,
 * 722, issue 10, helper x90). Sentences written for these tests.
 */

const entities = (text: string) => extract(text).entities.map((e) => `${e.type} ${e.name}`);

describe("a name in apposition to an owned kinsman's noun", () => {
  it("reads 'Rami, the watchman's nine-year-old grandson' and 'Rami, his nephew' as a person", () => {
    expect(
      entities(
        "Rami, the watchman's nine-year-old grandson, was hurt by falling glass. Rami went home on Friday.",
      ),
    ).toContain("person Rami");
    expect(entities("Rami, his nephew, was hurt by falling glass. Rami went home on Friday.")).toContain(
      "person Rami",
    );
  });

  it("leaves a place in apposition to an owned place noun alone (guard)", () => {
    const found = entities("Batnaya, the family's village, was shelled on Friday. Batnaya was empty.");
    expect(found).not.toContain("person Batnaya");
  });
});
