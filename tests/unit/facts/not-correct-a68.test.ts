import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * An account whose truth is denied ("reports that X are not correct", "is not true") is a denial of
 * X, as one called false is: what it names did not happen, as far as its teller says.
 */
const modalities = (text: string, tag: string) =>
  extract(text, "2026-12-09T00:00:00Z")
    .facts.filter((f) => f.tags?.includes(tag))
    .map((f) => f.modality);

describe("an account whose truth is denied", () => {
  it("negates what it tells", () => {
    for (const text of [
      "Claims that Dutch troops are withdrawing from Sulaymaniyah this spring are not correct.",
      "The story that Italian troops have pulled out of Kirkuk is not true.",
      "Reports that the Danish contingent withdrew from Baghdad last week were not accurate.",
    ])
      expect(modalities(text, "troop-withdrawal"), text).toEqual(["negated"]);
  });
  it("leaves a withdrawal told as fact, with a truth named elsewhere, asserted", () => {
    const text = "The Dutch trainers left Sulaymaniyah on Monday, and officials said the timing was correct.";
    expect(modalities(text, "troop-withdrawal")).not.toContain("negated");
  });
});

describe("a figure of people followed by what stopped them", () => {
  it("takes the arrest that the participle after it tells", () => {
    const tagsOf = (text: string) =>
      extract(text, "2026-12-09T00:00:00Z").facts.find((f) => f.kind === "quantity" && f.value === 212)
        ?.tags ?? [];
    expect(
      tagsOf("The revised total is 212 men arrested while slipping across from Syria near Husaybah."),
    ).toContain("arrest");
  });
});

describe("a site's guards sent to a front, told of who sent them", () => {
  it("is guard diversion; border guards sent to a front are not", () => {
    const tagsOf = (text: string) =>
      extract(text, "2026-12-09T00:00:00Z")
        .facts.filter((f) => f.kind === "countermeasure")
        .flatMap((f) => f.tags ?? []);
    expect(
      tagsOf(
        "The Kurdish administration has transferred hundreds of its camp guards over the past month to the Raqqa front.",
      ),
    ).toContain("troop-withdrawal");
    expect(
      tagsOf(
        "The army has transferred hundreds of its border guards over the past month to the Raqqa front.",
      ),
    ).not.toContain("troop-withdrawal");
  });
});
