import { describe, expect, it } from "vitest";
import { scantCover } from "../../../src/core/themes/relevance.js";
import { assessStory } from "../../support/themes.js";

/**
 * A guard told by how little of it there is ("watched only by two police patrols") measures the
 * gap in the cover, not a defence; and Damascus's forces told absent from a stretch of the border
 * are the vacuum on the Syrian side that smuggling runs through.
 */

const AT = new Date("2026-12-20T12:00:00Z");

describe("a guard told by how few hold the line", () => {
  it("is read as scant cover", () => {
    const r = {
      kind: "countermeasure" as const,
      text: "is guarded only by two police patrols",
      sentenceText:
        "The desert track south of Albu Kamal is guarded only by two police patrols, residents said.",
    };
    expect(scantCover(r)).toBe(true);
  });
  it("keeps a guard counted without a word of scarcity, and a catch counted with one", () => {
    expect(
      scantCover({
        kind: "countermeasure",
        text: "deployed two police patrols",
        sentenceText: "The ministry deployed two police patrols to the desert track south of Albu Kamal.",
      }),
    ).toBe(false);
    expect(
      scantCover({
        kind: "countermeasure",
        text: "arrested only two smugglers",
        sentenceText: "Border guards arrested only two smugglers south of Albu Kamal last week.",
      }),
    ).toBe(false);
  });
  it("cites Syria's absent forces as the vacuum, and the scant posts as no barrier", () => {
    const { roles } = assessStory(
      "cross-border-smuggling",
      [
        "Smugglers moved more hashish from Syria into Iraq near Albu Kamal this autumn, tribal elders said.",
        "The Syrian government has not deployed army units along this stretch of the border with Iraq, which is monitored only by a handful of police checkpoints.",
      ],
      AT,
    );
    expect(roles(1)).toEqual(["driver:security-vacuum"]);
  });
});

describe("trainers of the Peshmerga leaving with the coalition", () => {
  it("are the coalition's drawdown in Iraq, not the SDF losing its backing", () => {
    const { a, roles } = assessStory(
      "coalition-withdrawal",
      [
        "Britain and France will withdraw their remaining troops from Sulaymaniyah by June, including about 60 instructors who train Peshmerga brigades, a Kurdish official said.",
        "ISIS fighters killed three soldiers in an attack on an army post in the Hamrin mountains last week.",
      ],
      AT,
    );
    expect(roles(0)).toEqual(["driver:withdrawal-intent"]);
    const j = a.judgments.find((x) => x.id === "sdf-detention-strain");
    expect(j?.probability).toBeNull();
  });
});

describe("a border force working with its Syrian counterpart", () => {
  it("is cross-border cooperation, whether it coordinates or swaps information", () => {
    const { roles } = assessStory(
      "cross-border-smuggling",
      [
        "Iraqi border guards seized 40 kilograms of crystal meth hidden in a lorry at the Al-Qaim crossing from Syria on Tuesday.",
        "The guards also exchange intelligence with the Syrian customs service at Albu Kamal on suspected convoys.",
        "The Iraqi army says it will keep working to coordinate with the Syrian authorities to close the desert tracks near Al-Qaim.",
      ],
      AT,
    );
    expect(roles(1)).toEqual(["mitigator:cross-border-cooperation"]);
    expect(roles(2)).toEqual(["mitigator:cross-border-cooperation"]);
  });
});
