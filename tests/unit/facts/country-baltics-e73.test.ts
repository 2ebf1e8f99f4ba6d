import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 67 (e73): the Baltic states and Slovakia and Slovenia are countries the gazetteer knows. */
describe("Baltic and central European countries", () => {
  it("reads a sentence-initial country name as a place", () => {
    const doc = extract(
      "A Latvian aid worker was wounded by shelling near Idlib on Tuesday. Latvia keeps no mission in Syria, and its citizens are helped through the Polish embassy in Beirut.",
    );
    expect(doc.entities.find((e) => e.name === "Latvia")?.type).toBe("place");
  });

  it("knows Lithuania and Slovakia as places when named together", () => {
    const doc = extract(
      "Two deminers, one from Lithuania and one from Slovakia, were hurt when a shell exploded near Raqqa on Friday, the clearance group said.",
    );
    expect(doc.entities.find((e) => e.name === "Lithuania")?.type).toBe("place");
    expect(doc.entities.find((e) => e.name === "Slovakia")?.type).toBe("place");
  });
});
