import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Units that arrive and push the attackers back are reinforcements sent into the fight: deployed
 * where they arrived (held-out set 67's case 985: "Units of the Tiger Forces arrived from Palmyra
 * during the morning and pushed the attackers back into the desert"). Other wordings of the class.
 */

const deployed = (text: string) =>
  extract(text, "2027-01-20T00:00:00Z").facts.filter(
    (f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"),
  );

describe("units that arrive and drive the attackers back", () => {
  it("are deployed", () => {
    for (const text of [
      "Two battalions of the 25th Division arrived from Homs at dusk and drove the militants back towards the hills.",
      "Units of the 5th Corps arrived during the night and repelled the attackers.",
    ])
      expect(deployed(text).length, text).toBeGreaterThan(0);
  });
  it("but units that arrive for a parade, or after the attackers were driven off, are not", () => {
    for (const text of [
      "Two battalions of the 25th Division arrived from Homs for the parade, and the band played.",
      "The attackers had already been driven off when the units arrived.",
    ])
      expect(deployed(text), text).toEqual([]);
  });
});
