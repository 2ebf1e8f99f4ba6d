import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assessStory } from "../../support/themes.js";

/**
 * "Iraq's security forces" and "Iraq's armed forces" are the Iraqi security forces and the Iraqi
 * armed forces, spelt with the country's possessive instead of its adjective: a state that keeps
 * supporting them keeps its security ties with Iraq. Held-out set 68's case 1001 lost "Norway will
 * continue to support Iraq's security forces through a bilateral programme" to the spelling; other
 * states and programmes here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const bodies = (text: string) => {
  const f = extractFacts({ id: "t", title: "t", text });
  return f.entities.map((e) => e.lexiconId);
};

describe("Iraq's forces spelt with the possessive", () => {
  it("names the Iraqi security forces and the Iraqi army", () => {
    expect(bodies("Denmark will keep funding Iraq's security forces until 2029.")).toContain(
      "org/iraqi-security-forces",
    );
    expect(bodies("Iraq's armed forces took over the Al-Asad air base in September.")).toContain(
      "org/iraqi-army",
    );
  });

  it("so a state's continued support of them is bilateral security cooperation", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      [
        "Denmark will keep supporting Iraq's security forces through a bilateral programme of mine clearance.",
      ],
      AT,
      "Reuters",
      "2027-02-20",
    );
    expect(roles(0)).toContain("mitigator:bilateral-security-ties");
  });

  it("but Iraq's other bodies stay what they are", () => {
    const named = bodies("Iraq's security council met in Baghdad on Sunday.");
    expect(named).not.toContain("org/iraqi-security-forces");
  });
});
