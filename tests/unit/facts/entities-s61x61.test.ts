import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 61 (x61) readings of entity precision, on texts written for these tests. */

const names = (doc: ReturnType<typeof extract>) => doc.entities.map((e) => e.name);

describe("a press desk stacked under or over its body's name on a letterhead or sign-off", () => {
  it("drops 'Media Office' on the line under the body that issues the statement", () => {
    const doc = extract(
      "Republic of Iraq\nFederal Police Command\nMedia Office\n\nStatement\n\nForces of the Federal Police Command arrested two suspects in Tarmiyah on Sunday.\n\nMedia Office\nFederal Police Command",
    );
    expect(entityNamed(doc, "Media Office")).toBeUndefined();
    expect(names(doc).some((n) => /Federal Police/.test(n))).toBe(true);
  });

  it("drops 'General Directorate of Media' stacked under the ministry", () => {
    const doc = extract(
      "Ministry of Electricity\nGeneral Directorate of Media\n\nStatement\n\nThe Ministry of Electricity said a pylon near Baiji was bombed on Monday night.\n\nGeneral Directorate of Media\nMinistry of Electricity",
    );
    expect(entityNamed(doc, "General Directorate of Media")).toBeUndefined();
  });

  it("drops the desk after a spaced hyphen on the body's own line", () => {
    const doc = extract(
      "Ministry of Health - Press Office\n\nThe ministry said 14 wounded were taken to hospitals in Kirkuk on Tuesday.",
    );
    expect(entityNamed(doc, "Press Office")).toBeUndefined();
  });

  it("keeps a desk named alone, with no body's line beside it", () => {
    const doc = extract(
      "Residents said the shelling lasted an hour.\n\nMedia Office\n\nThe office said on Tuesday that 14 people were wounded in Kirkuk.",
    );
    expect(entityNamed(doc, "Media Office")).toBeDefined();
  });

  it("keeps a desk with a name of its own ('Security Media Cell')", () => {
    const doc = extract(
      "Republic of Iraq\nJoint Operations Command\nSecurity Media Cell\n\nThe Security Media Cell said two rockets fell near Balad on Friday.",
    );
    expect(entityNamed(doc, "Security Media Cell")).toBeDefined();
  });
});

describe("a state's forces called by nationality alone where the article names its army", () => {
  it("reads 'Iraqi forces' as the Iraqi army the article names", () => {
    const doc = extract(
      "Gunmen killed two soldiers of the Iraqi army at a post near Tuz Khurmatu on Sunday, officers said. Iraqi forces have killed 30 militants in the area this year.",
    );
    expect(entityNamed(doc, "Iraqi security forces")).toBeUndefined();
    expect(entityNamed(doc, "Iraqi Army")?.aliases).toContain("Iraqi forces");
  });

  it("keeps 'Iraqi forces' where no army is named with its country", () => {
    const doc = extract("Iraqi forces foiled an attack on a checkpoint near Rutba on Sunday, officers said.");
    expect(entityNamed(doc, "Iraqi security forces")).toBeDefined();
  });

  it("keeps 'Iraqi forces' where only a bare 'the army' is read as the story country's", () => {
    const doc = extract(
      "Iraqi forces foiled an attack near Rutba on Sunday, officials in Baghdad said. Iraq has moved tribal fighters into the army, and Iraq says the border is calm. Iraq will add posts.",
    );
    expect(entityNamed(doc, "Iraqi security forces")).toBeDefined();
  });

  it("keeps the full name 'Iraqi security forces' as a body of its own beside the army", () => {
    const doc = extract(
      "The Iraqi army said on Monday that Iraqi security forces had arrested four suspects near Hit.",
    );
    expect(entityNamed(doc, "Iraqi security forces")).toBeDefined();
    expect(entityNamed(doc, "Iraqi Army")).toBeDefined();
  });
});

describe("an Iraqi sub-district or Kurdish administration written with its noun (lexicon)", () => {
  it("reads 'the Riyadh subdistrict' west of Kirkuk as al-Riyadh, not the Saudi capital", () => {
    const doc = extract("A tribal elder was shot dead in the Riyadh subdistrict, west of Kirkuk, on Friday.");
    const riyadh = entityNamed(doc, "al-Riyadh");
    expect(riyadh?.lexiconId).toBe("place/al-riyadh-kirkuk");
    expect(riyadh?.aliases).toContain("Riyadh subdistrict");
  });

  it("keeps a bare 'Riyadh' the Saudi capital", () => {
    const doc = extract("The minister flew to Riyadh on Friday for talks on the border.");
    expect(entityNamed(doc, "Riyadh")?.lexiconId).toBe("place/riyadh");
  });

  it("keeps 'the Garmiyan administration' as the spelling of Garmiyan", () => {
    const doc = extract("Two fighters were wounded at a post in the Garmiyan administration on Monday.");
    expect(entityNamed(doc, "Garmiyan")?.aliases).toContain("Garmiyan administration");
  });
});

describe("a title in capitals opened by 'THE' in capitals", () => {
  it("keeps the article in the masthead's spelling: 'THE KESTREL HERALD'", () => {
    const doc = extract(
      "THE KESTREL HERALD · World · Monday 7 December 2026\n\nBomb kills two in Manbij\n\nA bomb killed two people in Manbij on Sunday, the Herald learned.",
    );
    expect(entityNamed(doc, "KESTREL HERALD")?.aliases).toContain("THE KESTREL HERALD");
  });

  it("adds no 'THE' to a name in capitals after a lower-case 'the'", () => {
    const doc = extract("The letters were reprinted by the KESTREL HERALD on Monday, its editor said.");
    const herald = entityNamed(doc, "KESTREL HERALD");
    expect(herald).toBeDefined();
    expect(herald?.aliases).not.toContain("THE KESTREL HERALD");
  });
});

describe("a feature's byline and credit label", () => {
  it("reads 'By <name> in <place>' closing the standfirst's line as a byline, no person of the story", () => {
    const doc = extract(
      "THE WEEKEND LANTERN · Features\n\nThe orchard road\n\nTen years on, farmers near Baqubah are back in their groves. The mortars have not stopped. By Maeve Tolland in Baqubah\n\nThe first shell fell at dawn on the orchard of Karim Jasim, a farmer, in Baqubah.",
    );
    expect(entityNamed(doc, "Maeve Tolland")).toBeUndefined();
    expect(entityNamed(doc, "Karim Jasim")).toBeDefined();
  });

  it("keeps a sentence opening with 'By' and a day", () => {
    const doc = extract(
      "THE WEEKEND LANTERN · Features\n\nThe orchard road\n\nFarmers returned to the groves. By Sunday Karim Jasim had replanted forty trees\n\nThe first shell fell at dawn on his orchard in Baqubah.",
    );
    expect(entityNamed(doc, "Karim Jasim")).toBeDefined();
  });

  it("reads 'Words: <name>, <place>' on its own line as a credit label", () => {
    const doc = extract(
      "THE WEEKEND LANTERN\nMagazine | Sunday 6 December 2026\n\nThe quiet line\n\nPeacekeepers still drive its roads at dawn.\n\nWords: Orla Keane, Camp Ziouani\n\nThe convoy leaves Camp Ziouani before dawn. Captain Ronan Hale sits in the second vehicle.",
    );
    expect(entityNamed(doc, "Orla Keane")).toBeUndefined();
    expect(entityNamed(doc, "Ronan Hale")).toBeDefined();
  });

  it("keeps a sentence that opens with 'Words' and a colon but goes on as prose", () => {
    const doc = extract(
      "THE WEEKEND LANTERN\n\nThe quiet line\n\nWords: Orla Keane said they were all she had left after the raid on her village.\n\nThe convoy leaves Camp Ziouani before dawn.",
    );
    expect(entityNamed(doc, "Orla Keane")).toBeDefined();
  });
});

describe("'federal Iraq', the country outside its Kurdistan Region", () => {
  it("keeps 'federal Iraq' as a spelling of Iraq", () => {
    const doc = extract(
      "The drones were launched from inside federal Iraq, the Kurdistan Region's ministry said.",
    );
    expect(entityNamed(doc, "Iraq")?.aliases).toContain("federal Iraq");
  });

  it("adds no spelling for a capitalised 'Federal' opening a body's name", () => {
    const doc = extract("Federal Iraq Police units were sent to Kirkuk on Monday, officials in Iraq said.");
    expect(entityNamed(doc, "Iraq")?.aliases ?? []).not.toContain("Federal Iraq");
  });
});
