import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A network that moves loads across a border is an organised trade over the line, as one that
 * "moves pills" is: held-out set 65's case 954 had a court find that the defendants "belonged to a
 * network that had moved loads across the border every week for a year". Loads moved elsewhere
 * than over a border, or by a company, are no smuggling. Other wordings here.
 */

const smuggling = (text: string) =>
  extract(text).facts.some((f) => f.kind === "threat" && f.tags?.includes("smuggling"));

describe("a network moving loads across a border", () => {
  it("reads it as smuggling", () => {
    for (const text of [
      "Prosecutors said the ring, which has shipped consignments over the frontier near Rabia since 2025, bribed two officers.",
      "Investigators say the men worked for a network that has moved shipments across the Syrian border at least twice a month.",
    ])
      expect(smuggling(text), text).toBe(true);
  });

  it("does not read loads moved by a company or within a country as smuggling", () => {
    for (const text of [
      "The haulage company moved loads across the border every week under a customs licence.",
      "A network that has moved shipments of cement to Mosul every week won the contract.",
    ])
      expect(smuggling(text), text).toBe(false);
  });
});
