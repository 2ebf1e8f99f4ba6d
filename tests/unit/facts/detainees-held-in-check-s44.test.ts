import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const measureTags = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-11T00:00:00Z" })
    .facts.filter((f) => f.kind === "countermeasure")
    .flatMap((f) => f.tags ?? []);

describe("a measure that holds 'them' in check holds the detainees named before it", () => {
  it("tags units that contained the detainees of the sentence as a measure at a detention site", () => {
    expect(
      measureTags(
        "A group of detainees in the eastern wing tried to break the door of their hall, and our units contained them within two hours and restored full control.",
      ),
    ).toContain("detention-facility");
  });

  it("does not tag units that contained protesters, with no detainees named", () => {
    expect(
      measureTags(
        "A crowd of protesters tried to reach the ministry, and our units contained them within two hours and restored full control.",
      ),
    ).not.toContain("detention-facility");
  });
});
