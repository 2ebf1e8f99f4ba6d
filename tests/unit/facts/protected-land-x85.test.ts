import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Protected land named by what it protects and "Reserve" or "Sanctuary" (set 70's al-Talila
 * Nature Reserve, helper x85), on text written for these tests.
 */

const named = (doc: ReturnType<typeof extract>, name: string) => doc.entities.find((e) => e.name === name);

describe("'X Nature Reserve', 'X Wildlife Sanctuary'", () => {
  it("reads the whole name as a place", () => {
    const doc = extract(
      "Two wardens were hurt on Friday when a shell landed inside al-Muhaila Nature Reserve, the trust said. Hunters had also been seen at the Anza Wildlife Sanctuary.",
      "2027-03-08",
    );
    expect(named(doc, "al-Muhaila Nature Reserve")?.type).toBe("place");
    expect(named(doc, "Anza Wildlife Sanctuary")?.type).toBe("place");
  });

  it("guard: a central bank called a Reserve is no place", () => {
    const doc = extract(
      "Traders in Erbil watched the dollar after the Federal Reserve raised rates on Wednesday, the exchange said.",
      "2027-03-08",
    );
    expect(doc.entities.filter((e) => e.type === "place").map((e) => e.name)).not.toContain(
      "Federal Reserve",
    );
  });
});
