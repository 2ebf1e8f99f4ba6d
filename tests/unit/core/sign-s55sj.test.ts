import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Sign readings of session 55 (tests/fixtures/analysis/ANNOTATION.md rules 1, 2, 6 and 13), on
 * short texts written for these tests.
 */
const AT = new Date("2026-12-14T12:00:00Z");
const roles = (theme: string, text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-08");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};
const smuggling = (text: string, sentence: number) => roles("cross-border-smuggling", text, sentence);

describe("a smuggling run told as stopped is a stop (rule 1)", () => {
  const LEDE =
    "A border guard was wounded on Tuesday near Al-Qaim when smugglers fired on a patrol, a security official said.";

  it("cites loads moved from Syria until they were stopped as seizures", () => {
    const text = `${LEDE}\n\nThe official said the smugglers were moving two trucks of hashish from the Syrian side when they were stopped close to the border fence.`;
    expect(smuggling(text, 1)).toEqual(["mitigator:seizures"]);
  });

  it("keeps an attempt told as tried, stopped or not, as the pressure (rule 2)", () => {
    const text = `${LEDE}\n\nThe official said the smugglers were trying to take two trucks of hashish across from the Syrian side when they were stopped close to the border fence.`;
    expect(smuggling(text, 1)).not.toContain("mitigator:seizures");
  });
});

describe("a stop with an exchange of fire is a clash (rule 6)", () => {
  it("cites smugglers intercepted by an army patrol, with an exchange of fire, as armed involvement", () => {
    const text =
      "Tribal elders in Mafraq said on Sunday that a feud between two clans had been settled.\n\nLast month an army patrol intercepted a band of smugglers on the border east of Ruwaished in Jordan, and an exchange of fire followed in which a sergeant lost his life.";
    expect(smuggling(text, 1)).toEqual(["driver:armed-group-involvement"]);
  });

  it("keeps a stop with no fire told as seizures", () => {
    const text =
      "Tribal elders in Mafraq said on Sunday that a feud between two clans had been settled.\n\nLast month an army patrol intercepted a band of smugglers on the border east of Ruwaished in Jordan and seized their load of pills.";
    expect(smuggling(text, 1)).toEqual(["mitigator:seizures"]);
  });
});

describe("families leaving a camp for a destination are a return (rule 13)", () => {
  it("cites a camp's national families who left for a centre as repatriation, not the camp's population", () => {
    const text =
      "Fourteen detainees escaped from a prison in Hasakah on Friday, a monitor said.\n\nAt Roj camp, meanwhile, 52 Iraqi families departed on Tuesday for a rehabilitation centre in Nineveh.";
    expect(roles("isis-prison-escape", text, 1)).toEqual(["mitigator:repatriation"]);
  });
});

describe("armed vehicles seen on Iraq's side of its barrier have crossed it", () => {
  const LEDE =
    "Iraqi Border Forces said on Monday they had sent two more companies to the wall west of Rutba.";
  const fortification = (text: string, sentence: number) => roles("border-fortification", text, sentence);

  it("cites pickups with machine guns seen on the Iraqi side of the berm as infiltration pressure", () => {
    const text = `${LEDE}\n\nThree pickups with heavy machine guns were seen parked on the Iraqi side of the berm near kilometre 40 on Sunday morning.`;
    expect(fortification(text, 1)).toEqual(["driver:infiltration-pressure"]);
  });

  it("keeps a wall built on the Iraqi side as the barrier", () => {
    const text = `${LEDE}\n\nEngineers have raised a new concrete wall on the Iraqi side of the border near kilometre 40.`;
    expect(fortification(text, 1)).not.toContain("driver:infiltration-pressure");
  });
});
