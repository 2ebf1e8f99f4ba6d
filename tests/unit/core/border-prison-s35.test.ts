import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Set 24's border and prison misses, as classes: a cabinet's numbered orders (cameras on towers,
 * brigades transferred, inspection tightened after a seizure of smuggled goods), contraband seized
 * at a border town, and a UN Monitoring Team's register of what Member States reported.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (theme: string, sentences: string[], at: number, outlet = "Reuters") => {
  const doc = sourceDocument("Story", sentences.join("\n\n"), outlet, "2026-11-28");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, at);
};
const CABINET = [
  "Iraq's Council of Ministers held its regular session on Tuesday and took the following decisions.",
  "First, approving the payment of the third instalment of the price of wheat purchased from farmers.",
  "Second, approving the request of Iraq's Ministry of Interior to allocate 94 billion dinars to complete the concrete barrier and the trench along the remaining 110 kilometres of the western border strip.",
];

describe("a cabinet's orders on Iraq's border with Syria", () => {
  it("counts cameras an Iraqi ministry is told to install on towers as surveillance", () => {
    const r = roles(
      "border-fortification",
      [
        ...CABINET,
        "Third, directing Iraq's Ministry of Defence to install thermal cameras on the new towers in the desert sector and to link them to the operations room.",
      ],
      3,
    );
    expect(r).toContain("mitigator:surveillance");
  });

  it("counts brigades of the Border Forces transferred to a sector as forces deployed", () => {
    const r = roles(
      "border-fortification",
      [
        ...CABINET,
        "Fourth, approving the transfer of two brigades of the Iraqi Border Forces to the sector west of the Euphrates.",
      ],
      3,
    );
    expect(r).toContain("mitigator:forces-deployed");
  });

  it("does not count brigades withdrawn from the border as forces deployed", () => {
    const r = roles(
      "border-fortification",
      [
        ...CABINET,
        "Fourth, approving the withdrawal of two brigades of the Iraqi Border Forces from the sector west of the Euphrates.",
      ],
      3,
    );
    expect(r).not.toContain("mitigator:forces-deployed");
  });

  it("reads inspection tightened after a seizure of smuggled goods as an interdiction, not a network", () => {
    const r = roles(
      "border-fortification",
      [
        ...CABINET,
        "Sixth, directing the Border Ports Authority to tighten inspection at the Al-Qaim crossing after the seizure of smuggled fuel and cigarettes in 17 trucks last month.",
      ],
      3,
    );
    expect(r).toContain("mitigator:interdictions");
    expect(r).not.toContain("driver:smuggling-networks");
  });

  // ANNOTATION.md rule 7 (5 December 2026): a seizure at the border is the stopping factor,
  // whatever it also shows of the trade; this was read as the network's before.
  it("reads a seizure of loads driven by a smuggling network near a border town as an interdiction", () => {
    const r = roles(
      "border-fortification",
      [
        "The Border Forces Command published its weekly orders for the 6th Region.",
        "Item 6: The seizure on 9 November near Rabia of two pick-ups carrying cigarettes and fuel cans, driven by a known smuggling network, is commended.",
      ],
      1,
    );
    expect(r).toContain("mitigator:interdictions");
  });
});

describe("contraband seized at a border town", () => {
  it("counts Captagon seized near Al-Qaim as an interdiction", () => {
    const r = roles(
      "border-fortification",
      [
        "Iraq's Border Forces Command rejected a video that showed a gap in the border wall.",
        "Security forces seized 1.4 million Captagon pills near Al-Qaim in October, the interior ministry said.",
      ],
      1,
    );
    expect(r).toContain("mitigator:interdictions");
  });

  it("does not count drugs seized in Baghdad as an interdiction at the border", () => {
    const r = roles(
      "border-fortification",
      [
        "Iraq's Border Forces Command rejected a video that showed a gap in the border wall.",
        "Police seized 40,000 Captagon pills in a flat in Baghdad's Karrada district, the interior ministry said.",
      ],
      1,
    );
    expect(r).not.toContain("mitigator:interdictions");
  });
});

const UN = [
  "(38) This assessment of the Levant covers June to October 2026 and rests on information from Member States.",
  "(39) One Member State reported that 23 detainees escaped from the Al-Sina'a prison in Al-Hasakah on the night of 2 October 2026 after an ISIS cell attacked the outer gate with a car bomb and rifles.",
];
const un = (sentence: string) => roles("isis-prison-escape", [...UN, sentence], 2, "UN Security Council");

describe("a UN Monitoring Team's register of what Member States reported", () => {
  it("reads an attack on a prison foiled, no guard force named, as a further prison attack", () => {
    const r = un(
      "(41) Another Member State reported that the assault had been planned by cells in the Deir ez-Zor countryside, and that a second attack on the same prison was foiled in mid-October.",
    );
    expect(r).toContain("driver:prison-attacks");
    expect(r).not.toContain("mitigator:sdf-control");
  });

  it("still reads an attack the guard force says it repelled, the SDF named, as the SDF's control", () => {
    const r = roles(
      "isis-prison-escape",
      [
        "An ISIS cell attacked the Ghwayran prison in Hasakah with a car bomb on Thursday night, the Internal Security Forces said.",
        "The Syrian Democratic Forces said they repelled the attack on the Ghwayran prison within two hours.",
      ],
      1,
    );
    expect(r).toContain("mitigator:sdf-control");
  });

  it("reads coalition partners funding prison walls as coalition support, not an escape", () => {
    // Read where the report puts it, after a paragraph on the SDF's guard units: "coalition
    // partners" is no entity, so the sentence borrows its actors from the paragraphs before it,
    // and right after the attack paragraph alone it would borrow ISIS, the attacker, and be ruled
    // out as the jihadists' own measure: a weakness of borrowed actors not yet mended.
    const r = roles(
      "isis-prison-escape",
      [
        ...UN,
        "(43) Several Member States noted that Turkish drone strikes on SDF positions near Kobani and Tal Tamr since August had forced the SDF to move guard units away from the detention sites.",
        "(45) Other Member States noted that coalition partners continue to fund the rebuilding of prison walls and the training of guards, which the Team assesses has limited the scale of escapes.",
      ],
      3,
      "UN Security Council",
    );
    expect(r).toContain("mitigator:coalition-support");
    expect(r).not.toContain("driver:escape-reported");
  });

  it("reads fewer coalition personnel in north-east Syria as the coalition's drawdown", () => {
    const r = un(
      "(44) One Member State expressed concern that the reduction of coalition personnel in north-east Syria during 2026 had reduced the aerial surveillance over the prisons.",
    );
    expect(r).toContain("driver:coalition-drawdown");
  });
});

describe("the Asayish on their prisons", () => {
  it("reads 'full control of the prisons' with a new wall completed as the SDF's control", () => {
    const r = roles(
      "isis-prison-escape",
      [
        "The Internal Security Forces (Asayish) in north-east Syria on Monday rejected a United Nations report that said more than 20 ISIS detainees had fled a prison in Al-Hasakah in October.",
        '"Our forces have full control of the prisons and camps, and a new outer wall and watchtowers were completed at the prison last week," spokesman Rezan Delil added.',
      ],
      1,
      "North Press Agency",
    );
    expect(r).toContain("mitigator:sdf-control");
  });
});

describe("guards cut at a camp", () => {
  it("reads the guards at Roj cut because fighters went to the front as pressure on the SDF", () => {
    const r = roles(
      "isis-prison-escape",
      [
        "Sources describe the security situation in Al-Hol and Roj camps in north-east Syria in 2026.",
        "Human Rights Watch reported that the number of guards at Roj had been cut by about a third since July because fighters were redeployed to the front lines with Turkish-backed factions [4].",
      ],
      1,
      "EUAA",
    );
    expect(r).toContain("driver:sdf-under-pressure");
  });
});
