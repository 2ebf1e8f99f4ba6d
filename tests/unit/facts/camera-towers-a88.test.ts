import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Camera towers are towers put up to watch: a surveillance measure (held-out set 69's case 1008:
 * "Along the finished stretches, camera towers stand roughly every kilometre and are linked to
 * command rooms in Sinjar and Al-Qaim" gave no fact). A camera crew and a water tower are not.
 */

const watches = (text: string) =>
  extractFacts({ id: "x", title: "t", text, publishedAt: "2027-02-14", source: "X" }).facts.filter(
    (f) => f.kind === "countermeasure" && f.tags?.includes("surveillance"),
  );

describe("camera towers", () => {
  it("are a surveillance measure", () => {
    expect(
      watches("On the new stretch near Rabia, camera towers rise every two kilometres.").length,
    ).toBeGreaterThan(0);
    expect(
      watches("A thermal camera tower was put up last month on the hill above Husaybah.").length,
    ).toBeGreaterThan(0);
  });
  it("but a camera crew beside the water towers is not", () => {
    expect(watches("A camera crew filmed the old water towers near Rabia for a documentary.")).toEqual([]);
  });
});
