import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * People moved "in a repatriation" were repatriated: the bare noun names what the clause before
 * it did to them (held-out set 66's case 962: "one of eleven US citizens flown out of north-east
 * Syria on 2 December 2026 in a repatriation organised with the SDF"). Other wordings of the class;
 * a repatriation named with no one moved stays a bare word.
 */

const returns = (text: string) =>
  extract(text, "2027-02-20T00:00:00Z").facts.filter(
    (f) => f.kind === "event" && f.tags?.includes("repatriation"),
  );

describe("people moved in a repatriation", () => {
  it("were repatriated", () => {
    for (const text of [
      "She was among 23 Canadian nationals taken out of Roj camp on 9 February in a repatriation arranged with the Kurdish authorities.",
      "Nine Dutch children were flown from Qamishli on 14 February in the repatriation agreed with the SDF.",
    ])
      expect(returns(text).length, text).toBeGreaterThan(0);
  });
  it("but a repatriation spoken of, or people moved in another affair, are not", () => {
    for (const text of [
      "Officials spoke of a repatriation in general terms on 14 February.",
      "Three men were taken to court on 14 February in a case of fraud.",
    ])
      expect(returns(text), text).toEqual([]);
  });
});
