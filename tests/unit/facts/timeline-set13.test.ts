import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Timeline rules met in a tender notice (set 13), on sentences written for these tests. */

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);

describe("a relative clause asserts its own happening", () => {
  it("deaths told in 'in which' after an attempt are an event of the attempt's day", () => {
    const doc = extract(
      "Following the infiltration attempt near the Qaim crossing on 10 February 2026, in which two guards were killed, the ministry invites bids.",
    );
    const entries = dated(doc).filter((f) => /killed/.test(f.text));
    expect(entries.map((f) => f.date?.value)).toEqual(["2026-02-10"]);
  });

  it("a supposition inside the relative clause still makes it hypothetical", () => {
    const doc = extract("Officials fear an attack on the camp, in which hundreds could be killed.");
    expect(dated(doc)).toEqual([]);
    expect(doc.facts.some((f) => f.kind === "event" && /killed/.test(f.text))).toBe(false);
  });

  it("an attempt outside a relative clause still governs the verb", () => {
    const doc = extract(
      "Militants are trying to kill the governor of Anbar, which he knows well, police said on 3 March 2026.",
    );
    expect(
      doc.facts.some((f) => f.kind === "event" && f.modality === "asserted" && /kill/.test(f.text)),
    ).toBe(false);
  });
});
