import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Set 70's case 1021 (helper a90), on text written for these tests: a force that "took over the
 * stretch from Al-Qaim to Akashat" takes up ground on the line, as one that takes over a sector does.
 */

const deployments = (doc: ReturnType<typeof extract>) =>
  doc.facts
    .filter((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"))
    .map((f) => f.text);

describe("a section or stretch of a line taken over", () => {
  it("reads a battalion taking over the stretch between two border towns as a deployment", () => {
    const doc = extract(
      "A fresh battalion of the border guards took over the stretch from Al-Qaim to Akashat last week, commanders told the station.",
      "2027-03-28",
    );
    expect(deployments(doc).length).toBeGreaterThan(0);
  });

  it("guard: an editor taking over a section of a paper deploys no one", () => {
    const doc = extract(
      "A new editor took over the section on border affairs at the paper last week.",
      "2027-03-28",
    );
    expect(deployments(doc)).toEqual([]);
  });
});
