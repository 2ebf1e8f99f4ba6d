import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A state body's short name after another country's adjective (set 70's "German Foreign
 * Office", helper x85), on text written for these tests.
 */

const orgs = (doc: ReturnType<typeof extract>) =>
  doc.entities.filter((e) => e.type === "organization").map((e) => [e.name, ...e.aliases]);

describe("'the <other country's> Foreign Office'", () => {
  it("is that country's body, not the British one", () => {
    const doc = extract(
      "Walkers from Utrecht cancelled the Dohuk trek after the Dutch Foreign Office advised against all travel near the border, the club wrote on Friday.",
      "2027-04-02",
    );
    const names = orgs(doc);
    expect(names.some((n) => n.includes("Dutch Foreign Office"))).toBe(true);
    expect(names.some((n) => n.includes("Foreign, Commonwealth and Development Office"))).toBe(false);
  });

  it("guard: the British Foreign Office stays the British body", () => {
    const doc = extract(
      "Walkers from Leeds cancelled the Dohuk trek after the British Foreign Office advised against all travel near the border, the club wrote on Friday.",
      "2027-04-02",
    );
    expect(orgs(doc).some((n) => n.includes("Foreign, Commonwealth and Development Office"))).toBe(true);
  });
});
