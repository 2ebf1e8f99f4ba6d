import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/**
 * A town's name before "desert" or "bridge" names a place of its own (tests/fixtures/ANNOTATION.md
 * rule 6 for the desert; the golds' bridges), not a spelling of the town; made-up text.
 */

describe("'the X desert' after a town or governorate", () => {
  it("is a region of its own, and the town named only there is not listed", () => {
    const doc = extract("Shepherds found the burnt car deep in the Samawah desert on Tuesday.");
    expect(entityNamed(doc, "Samawah desert")?.type).toBe("place");
    expect(entityNamed(doc, "Samawah")).toBeUndefined();
  });

  it("the town the article also names by itself stays, apart from the desert", () => {
    const doc = extract("Police in Najaf said the smugglers had crossed the Najaf desert at night.");
    expect(entityNamed(doc, "Najaf desert")?.type).toBe("place");
    expect(entityNamed(doc, "Najaf")?.aliases ?? []).not.toContain("Najaf desert");
  });

  it("a direction before it still names the direction's region", () => {
    const doc = extract("A convoy was ambushed in the southern Muthanna desert on Friday.");
    expect(entityNamed(doc, "Muthanna desert")).toBeUndefined();
  });
});

describe("'the X bridge' after a town", () => {
  it("is a structure of its own, not the town", () => {
    const doc = extract("Gunmen stopped two lorries near the Samarra bridge before dawn.");
    expect(entityNamed(doc, "Samarra bridge")?.type).toBe("facility");
    expect(entityNamed(doc, "Samarra")).toBeUndefined();
  });

  it("so it is after a town the gazetteer does not know, which the text names apart", () => {
    const doc = extract(
      "A lorry was torched near the Zuwiya bridge on Friday, and the market in al-Zuwiya stayed shut.",
    );
    expect(entityNamed(doc, "Zuwiya bridge")?.type).toBe("facility");
    expect(entityNamed(doc, "al-Zuwiya")?.aliases ?? []).not.toContain("Zuwiya bridge");
  });

  it("'Desert' in a capitalised name is no desert", () => {
    const doc = extract("Najaf Desert Radio said the road was closed.");
    expect(entityNamed(doc, "Najaf desert")).toBeUndefined();
  });
});
