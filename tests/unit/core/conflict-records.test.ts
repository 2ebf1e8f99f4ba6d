import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Conflicts told in registers where the claim's words are not the usual ones: a parliamentary
 * record's speaker labels, a standing force told by "there are", a roll said to be complete, a
 * town "taken by" fighters in a notebook, a base "handed over" or "still used", a wall "620 km
 * long". Real extractor output of short texts written for these tests.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const between = (a: Assessment, x: string, y: string) =>
  a.conflicts.filter(
    (c) => c.claims.some((k) => k.articleId === x) && c.claims.some((k) => k.articleId === y),
  );
const within = (a: Assessment, id: string, x: RegExp, y: RegExp) =>
  a.conflicts.filter(
    (c) =>
      c.claims.some((k) => k.articleId === id && x.test(k.text)) &&
      c.claims.some((k) => k.articleId === id && y.test(k.text)),
  );

describe("conflicts: a parliamentary record's speakers are two accounts", () => {
  const record = (second: string) =>
    sourceDocument(
      "Hansard: North-east Syria camps",
      `Baroness Kestle (LD): My Lords, reports this morning say that some 30 women and children escaped from the Annex of Al-Hol camp on the night of 25 November after the fence was cut.\n\n${second}: My Lords, our understanding from the Autonomous Administration is that six residents left the Annex and that four of them were caught within hours.`,
      "UK Parliament (Hansard, House of Lords)",
      "2026-11-27",
    );

  it("sets the peer's 30 against the Minister's six", () => {
    const doc = record("Lord Ambley");
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(within(a, doc.article.id, /some 30 women/, /six residents/).length).toBeGreaterThan(0);
  });

  it("does not read a heading before a colon as a speaker", () => {
    // One voice, two sentences: the record's second sentence under a heading is still the peer's.
    const doc = record("Further Reports");
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(within(a, doc.article.id, /some 30 women/, /six residents/)).toEqual([]);
  });
});

describe("conflicts: troops that remained, and troops there are", () => {
  const crs = sourceDocument(
    "US forces in Iraq and Syria: the transition",
    "The Department of Defense told Congress in October that about 2,500 US troops remained in Iraq, most of them at Erbil and Harir, and about 900 in Syria.",
    "Congressional Research Service",
    "2026-11-24",
  );
  const tv = sourceDocument(
    "The Truth Hour: the American withdrawal",
    "AL-SAADI: There are no more than 1,500 American troops in the whole of Iraq today, and the rest will leave by March under the agreed timetable.",
    "Al-Sharqiya TV (talk show transcript)",
    "2026-11-25",
  );

  it("sets 'about 2,500 remained' against 'there are no more than 1,500'", () => {
    const a = assess(themeFixture("coalition-withdrawal"), [crs, tv], AT);
    expect(between(a, crs.article.id, tv.article.id).some((c) => /troops remain in Iraq/.test(c.topic))).toBe(
      true,
    );
  });
});

describe("conflicts: a roll said to be complete denies an escape", () => {
  const wire = sourceDocument(
    "URGENT: attack on Ghwayran prison",
    "UPDATE 1: At least 19 detainees escaped during the attack on the Ghwayran prison in Hasakah on 24 November, two officials said.",
    "dpa",
    "2026-11-24",
  );
  const reply = (roll: string) =>
    sourceDocument(
      "Right of reply on the events in Hasakah",
      `The Autonomous Administration rejects the account of the attack on the Ghwayran prison on 24 November.\n\n${roll}, which was checked twice by the morning of the following day.`,
      "Autonomous Administration, Department of Foreign Relations",
      "2026-11-25",
    );

  it("sets 'not one name is missing from the register' against 'at least 19 escaped'", () => {
    const doc = reply("Not one name is missing from the register");
    const a = assess(themeFixture("isis-prison-escape"), [wire, doc], AT);
    expect(
      between(a, wire.article.id, doc.article.id).some(
        (c) => /escaped/.test(c.topic) && c.claims.some((k) => /missing/.test(k.text)),
      ),
    ).toBe(true);
  });

  it("does not read a register that was checked as a count of none", () => {
    const doc = reply("The register of names was read out at dawn");
    const a = assess(themeFixture("isis-prison-escape"), [wire, doc], AT);
    expect(
      between(a, wire.article.id, doc.article.id).filter((c) =>
        c.claims.some((k) => /register/.test(k.text)),
      ),
    ).toEqual([]);
  });
});

describe("conflicts: a town taken, in a sentence the extractor draws no fact from", () => {
  const notebook = sourceDocument(
    "Reporter's notebook: Palmyra and Al-Qaryatayn",
    "Day one, Palmyra: the road east from Homs is empty after dark, and the soldiers at the last checkpoint advise us to be in town before four.\n\nIn Palmyra, a municipal employee tells us that the cells now come down from Jabal al-Bishri in pickup trucks.\n\nDay two, Al-Qaryatayn: the town was taken by ISIS fighters on the night of 17 November and held until the evening of 19 November, residents say.\n\nThere are no regular troops between Al-Qaryatayn and Palmyra, only a few local auxiliaries.",
    "RFI",
    "2026-11-27",
  );
  const ministry = sourceDocument(
    "Defence ministry: attacks in the desert fell",
    "The spokesman said the town of Al-Qaryatayn had never fallen and that an attack on its outskirts on 17 November was repelled within hours.",
    "SANA",
    "2026-11-28",
  );

  it("sets 'the town was taken by ISIS fighters' against 'had never fallen'", () => {
    const a = assess(themeFixture("isis-badia-insurgency"), [notebook, ministry], AT);
    expect(
      between(a, notebook.article.id, ministry.article.id).some(
        (c) => c.kind === "denial" && c.claims.some((k) => /was taken by ISIS/.test(k.text)),
      ),
    ).toBe(true);
  });
});

describe("conflicts: a base handed over, a base still used", () => {
  const crs = sourceDocument(
    "US forces in Iraq and Syria: the transition",
    "The coalition's mission in Iraq ended in September, under the 2024 agreement.\n\nUS forces still use Ain al-Asad air base in Anbar for logistics, the Department said on 23 November.",
    "Congressional Research Service",
    "2026-11-24",
  );
  const tv = sourceDocument(
    "The Truth Hour: the American withdrawal",
    "AL-SAADI: Let me be clear, the Americans handed Ain al-Asad over to the Iraqi army on 15 November, and there is no American soldier left in Anbar.",
    "Al-Sharqiya TV (talk show transcript)",
    "2026-11-25",
  );

  it("sets 'handed Ain al-Asad over' against 'still use Ain al-Asad air base'", () => {
    const a = assess(themeFixture("coalition-withdrawal"), [crs, tv], AT);
    expect(
      between(a, crs.article.id, tv.article.id).some((c) => /Ain al-Asad has been left/.test(c.topic)),
    ).toBe(true);
  });
});

describe("conflicts: a handover denied is a base kept", () => {
  const tv = sourceDocument(
    "The Truth Hour: the American withdrawal",
    "AL-SAADI: Let me be clear, the Americans handed Ain al-Asad over to the Iraqi army on 15 November, and there is no American soldier left in Anbar.",
    "Al-Sharqiya TV (talk show transcript)",
    "2026-11-25",
  );
  const pentagon = sourceDocument(
    "Pentagon: coalition transition on schedule",
    "The coalition's mission in Iraq ended in September, under the 2024 agreement.\n\nAin al-Asad air base has not been handed over to the Iraqi army, a Pentagon spokesman said on 26 November.",
    "US Department of Defense",
    "2026-11-26",
  );

  it("sets 'has not been handed over' against 'handed Ain al-Asad over'", () => {
    const a = assess(themeFixture("coalition-withdrawal"), [tv, pentagon], AT);
    expect(
      between(a, tv.article.id, pentagon.article.id).some(
        (c) =>
          /Ain al-Asad has been left/.test(c.topic) &&
          c.claims.some((k) => /has not been handed over/.test(k.text) && k.stance === "denies"),
      ),
    ).toBe(true);
  });
});

describe("conflicts: a wall's length told after its noun", () => {
  const speech = (length: string) =>
    sourceDocument(
      "Minister's speech at the Border Forces graduation",
      `Brothers, three years ago our western border was a line on the map, and today it is a concrete wall 620 kilometres long from Rabia to the Jordanian triangle, ${length}.\n\nIn the Al-Qaim sector alone, our brigades arrested 212 smugglers and infiltrators this year with the help of the new thermal cameras.`,
      "Iraqi Ministry of Interior",
      "2026-11-23",
    );
  const slides = sourceDocument(
    "Operations update, week 48",
    "SLIDE 2, IRAQ BORDER: On 21 November, Iraqi Border Forces, supported by coalition surveillance, intercepted eight ISIS fighters who crossed from Syria near Al-Qaim.\n\nSLIDE 3, BARRIER STATUS: The Iraqi government reports 480 kilometres of the concrete wall completed, with work continuing on the section south of Al-Qaim.",
    "CJTF-OIR",
    "2026-11-28",
  );

  it("sets 'a concrete wall 620 kilometres long' against '480 kilometres of the wall completed'", () => {
    const doc = speech("finished and standing");
    const a = assess(themeFixture("border-fortification"), [doc, slides], AT);
    expect(between(a, doc.article.id, slides.article.id).some((c) => /wall runs/.test(c.topic))).toBe(true);
  });

  it("does not set a length still to be built against one completed", () => {
    const doc = speech("which will be finished by 2028 and is planned to reach the Jordanian border");
    const a = assess(themeFixture("border-fortification"), [doc, slides], AT);
    expect(between(a, doc.article.id, slides.article.id).filter((c) => /wall runs/.test(c.topic))).toEqual(
      [],
    );
  });
});

describe("conflicts: a crossing said open and said closed", () => {
  const army = sourceDocument(
    "Army: smugglers killed in clash near Jaber",
    "The Jordanian Armed Forces said on Friday that border guards foiled an attempt to smuggle narcotics from Syrian territory at dawn on Thursday.\n\nA military source said the smugglers opened fire on a patrol east of the Jaber crossing, and the force responded.\n\nThe source said no member of the force was hurt and that the Jaber crossing continued to operate normally for passengers and cargo throughout.",
    "Al-Mamlaka TV",
    "2026-11-27",
  );
  const notice = (closed: string) =>
    sourceDocument(
      "Force majeure notice to customers",
      `In the early hours of Thursday, our drivers waiting in the queue at the Jaber crossing heard heavy gunfire east of the crossing.\n\n${closed}, and 37 of our trucks were stranded on both sides.`,
      "Nasib Gate Logistics (customer notice)",
      "2026-11-27",
    );

  it("sets 'closed to cargo for 48 hours' against 'continued to operate normally for passengers and cargo'", () => {
    const doc = notice("The crossing was then closed to cargo for 48 hours");
    const a = assess(themeFixture("cross-border-smuggling"), [army, doc], AT);
    expect(
      between(a, army.article.id, doc.article.id).some(
        (c) =>
          /crossing was closed/.test(c.topic) && c.claims.some((k) => /continued to operate/.test(k.text)),
      ),
    ).toBe(true);
  });

  it("reads the crossing a notice names by its Syrian post (Nassib) as the one the army names by its Jordanian post (Jaber)", () => {
    const doc = sourceDocument(
      "Force majeure notice to customers",
      "Nasib Gate Logistics has declared force majeure on shipments between Amman and Damascus.\n\nIn the early hours of Thursday, our drivers waiting in the queue on the Jordanian side heard heavy gunfire east of the crossing.\n\nThe crossing was then closed to cargo for 48 hours, and 37 of our trucks were stranded on both sides.",
      "Nasib Gate Logistics (customer notice)",
      "2026-11-27",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [army, doc], AT);
    expect(between(a, army.article.id, doc.article.id).some((c) => /crossing was closed/.test(c.topic))).toBe(
      true,
    );
  });

  it("does not set a crossing reopened against one that stayed open", () => {
    const doc = notice("The crossing was reopened to cargo on Saturday after a check of the road");
    const a = assess(themeFixture("cross-border-smuggling"), [army, doc], AT);
    expect(
      between(a, army.article.id, doc.article.id).filter((c) => /crossing was closed/.test(c.topic)),
    ).toEqual([]);
  });
});
