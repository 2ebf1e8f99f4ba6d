import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 61 (lead): the reports an answering verb takes stay its object, qualified or not. */

describe("'denies media reports that ...'", () => {
  it("gives the denial to the body that denies, and no quote to the qualified reports", () => {
    const doc = extract(
      "The Ministry of Defence denies media reports that a decision has been taken to withdraw the brigade from the border.",
    );
    const onDecision = doc.quotes.filter((q) => q.text.startsWith("a decision has been taken"));
    expect(onDecision).toEqual([]);
    expect(doc.quotes.map((q) => q.speaker.name)).toEqual(["Ministry of Defence"]);
  });

  it("reads 'rejected recent press claims that' the same way", () => {
    const doc = extract(
      "The governor rejected recent press claims that the checkpoints on the Kirkuk road had been abandoned.",
    );
    expect(doc.quotes.some((q) => /press claims$/i.test(q.speaker.name))).toBe(false);
  });

  it("still reads local media reporting as the media speaking when no verb answers it", () => {
    const doc = extract(
      "Local media reports that two mortar rounds hit the edge of the camp on Tuesday night.",
    );
    expect(doc.quotes.find((q) => q.text.includes("two mortar rounds"))?.speaker.name).toMatch(/media/i);
  });
});
