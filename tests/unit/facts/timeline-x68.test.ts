import { describe, expect, it } from "vitest";
import { datesOf, extract } from "./helpers.js";

/**
 * Session 68 (helper x68): timeline readings from set 64's first sight. Sentences written for
 * these tests.
 */

describe("a threat that had a place cleared", () => {
  it("is an event on its day, the threat's noun its subject", () => {
    const doc = extract(
      "Police searched the building and found nothing. On Monday morning an anonymous phone call evacuated the passport office in Erbil for two hours, officials said.",
      "2026-03-11",
    );
    expect(datesOf(doc, /phone call evacuated the passport office/)).toEqual(["2026-03-09"]);
  });

  it("is not read in a call for something", () => {
    const doc = extract(
      "On Tuesday, calls for calm emptied the square outside the governorate.",
      "2026-03-11",
    );
    expect(doc.facts.filter((f) => f.kind === "event")).toHaveLength(0);
  });
});

describe("a place set alight, told in the passive", () => {
  it("is a happening on the day the sentence gives", () => {
    const doc = extract(
      "Raids on the farms around Hawija have grown. The worst came on 2 July, when a barley store outside the village of Riyadh was set alight.",
      "2026-08-20",
    );
    expect(datesOf(doc, /barley store outside the village/)).toEqual(["2026-07-02"]);
  });
});
