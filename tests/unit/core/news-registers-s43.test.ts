import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import {
  documentScope,
  fortifiedThingOnly,
  smuggledIntoVenue,
  symbolOnly,
  withdrawsNoForce,
} from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Readings of news registers, on short texts written for these tests: a stand withdrawn is no
 * force withdrawn, troops told present in the present tense, a partner's dependence on US support,
 * a riot ended by the guards, and two ways of telling a toll (a commander who died with his men, an
 * apposition between the figure and its verb).
 */

const AT = new Date("2026-12-14T12:00:00Z");
const pairs = (a: Assessment) =>
  a.conflicts.map((c) => [...new Set(c.claims.map((x) => `${x.articleId}#${x.sentence}`))].sort());
const has = (a: Assessment, ...keys: string[]) => pairs(a).some((p) => keys.every((k) => p.includes(k)));

describe("a stand or a request withdrawn", () => {
  it("is no force withdrawn", () => {
    const r = {
      tags: ["troop-withdrawal"],
      sentenceText:
        "Washington should also withdraw its objection to Iraqi purchases of French fighter jets.",
    };
    expect(withdrawsNoForce(r)).toBe(true);
    expect(
      withdrawsNoForce({ ...r, sentenceText: "The party withdrew its candidate for governor of Anbar." }),
    ).toBe(true);
  });
  it("keeps a sentence that also tells of troops leaving", () => {
    expect(
      withdrawsNoForce({
        tags: ["troop-withdrawal"],
        sentenceText: "Baghdad will withdraw its objection once US troops withdraw from Ain al-Asad.",
      }),
    ).toBe(false);
    expect(
      withdrawsNoForce({
        tags: ["troop-withdrawal"],
        sentenceText: "The Pentagon will withdraw its last troops from Syria by next summer.",
      }),
    ).toBe(false);
  });
  it("cites no withdrawal intent for an objection to jet purchases", () => {
    const doc = paragraphsDocument(
      "Op-ed",
      [
        "The administration's decision to pull the last American troops out of Syria by next summer would be a gift to ISIS.",
        "Washington should also withdraw its objection to Iraqi purchases of French fighter jets.",
      ],
      "Defense Weekly",
      "2026-12-02",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toContain("driver:withdrawal-intent");
    expect(cited(a, doc.article.id, 1)).toEqual([]);
  });
});

describe("troops told present in the present tense", () => {
  const factbox = paragraphsDocument(
    "Factbox",
    [
      "About 900 US troops are in Syria, most of them at bases in Hasakah province, according to the Pentagon.",
    ],
    "Army Paper",
    "2026-12-10",
  );
  const oped = paragraphsDocument(
    "Op-ed",
    ["About 1,500 US troops are still in Syria today, guarding oil fields and advising the SDF."],
    "Defense Weekly",
    "2026-12-02",
  );
  it("are a residual presence", () => {
    const a = assess(themeFixture("coalition-withdrawal"), [factbox], AT);
    expect(cited(a, factbox.article.id, 0)).toContain("mitigator:residual-presence");
  });
  it("are a count two sources give differently", () => {
    const a = assess(themeFixture("coalition-withdrawal"), [oped, factbox], AT);
    expect(has(a, `${oped.article.id}#0`, `${factbox.article.id}#0`)).toBe(true);
  });
  it("reads no presence now in troops who were there", () => {
    const past = paragraphsDocument(
      "History",
      ["About 2,000 US troops were in Syria in 2019, most of them in Hasakah province."],
      "Army Paper",
      "2026-12-10",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [oped, past], AT);
    expect(has(a, `${oped.article.id}#0`, `${past.article.id}#0`)).toBe(false);
  });
});

describe("a partner that depends on US support", () => {
  it("is exposed to a drawdown", () => {
    const doc = paragraphsDocument(
      "Op-ed",
      [
        "The SDF, which guards some 9,000 ISIS suspects, depends on American air cover and cash, and without them its prisons will not hold.",
      ],
      "Defense Weekly",
      "2026-12-02",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toContain("driver:sdf-exposure");
  });
});

describe("a riot the guards ended", () => {
  it("shows control, not an attack on the prison", () => {
    const doc = paragraphsDocument(
      "Press conference",
      [
        "KHALIL: Last night a group of detainees attempted a riot in the central prison in Raqqa, and our forces ended it and restored full control before midnight.",
      ],
      "SDF Media Center",
      "2026-12-11",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["mitigator:sdf-control"]);
  });
});

describe("a toll told two ways", () => {
  const obituary = paragraphsDocument(
    "Obituary",
    [
      "Brigadier General Samer Haddad, who was killed on Tuesday in an ISIS ambush east of Al-Sukhnah, was buried in his home village near Hama on Thursday.",
      "Haddad, 51, died with eight of his men when their convoy was hit by a roadside bomb and gunfire on the road to Palmyra.",
    ],
    "Damascus Daily",
    "2026-12-04",
  );
  const monitor = paragraphsDocument(
    "Monitor report",
    [
      "ISIS cells carried out 47 attacks in the Badia between June and November.",
      "The deadliest was the ambush of 1 December east of Al-Sukhnah, in which 14 government soldiers, including a brigade commander, were killed.",
    ],
    "Rights Monitor",
    "2026-12-08",
  );
  it("counts a commander who died with eight of his men as nine dead, against fourteen", () => {
    const a = assess(themeFixture("isis-badia-insurgency"), [obituary, monitor], AT);
    expect(has(a, `${obituary.article.id}#1`, `${monitor.article.id}#1`)).toBe(true);
    const k = a.conflicts.find((c) => c.claims.some((x) => x.articleId === obituary.article.id));
    expect(k?.claims.map((x) => x.text).join(" ")).toMatch(/eight of his men/);
  });
});

describe("guards unpaid, and some gone from their posts", () => {
  it("is pressure on the SDF holding the prisons", () => {
    const doc = paragraphsDocument(
      "Exclusive",
      [
        "An SDF official said guards at two prisons in Hasakah had not been paid since September and that some had left their posts.",
      ],
      "Wire",
      "2026-12-08",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toContain("driver:sdf-under-pressure");
  });
});

describe("a programme's host naming the day's subject", () => {
  it("names the show's scope, not smuggling", () => {
    const s =
      "HOST MARA LINDQVIST: Welcome back to the show, where today we are talking about smuggling along Syria's eastern border.";
    expect(documentScope({ text: s, sentenceText: s })).toBe(true);
  });
  it("keeps a guest who says what she saw, and talk with no word of the show", () => {
    const guest =
      "GUEST DANA HOLLIS: What I saw in Albukamal in October was smuggling on a scale I had not seen before.";
    expect(documentScope({ text: guest, sentenceText: guest })).toBe(false);
    const talks = "Officials said we are talking about 40 trucks a night crossing at Al-Qaim.";
    expect(documentScope({ text: talks, sentenceText: talks })).toBe(false);
  });
});

describe("forces newly deployed or taking over", () => {
  it("reads a newly deployed brigade on the desert road as new forces", () => {
    const doc = paragraphsDocument(
      "Dashboard",
      [
        "Attacks attributed to ISIS on the road from Palmyra to Deir Ez-Zor have become more frequent in recent months.",
        "A newly deployed army brigade has set up posts every ten kilometres along the road from Palmyra since mid-November.",
      ],
      "Agency",
      "2026-12-05",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("mitigator:new-forces");
  });
  it("reads the Iraqi army taking over a base's defences as Iraqi capacity", () => {
    const doc = paragraphsDocument(
      "Handover",
      [
        "The last convoy of US forces left the Ain al-Asad air base in Anbar on Thursday and handed it to the Iraqi army.",
        "The Iraqi army's Eighth Division has taken over the base's air defences and runway, the source added.",
      ],
      "Regional TV",
      "2026-12-12",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("mitigator:iraqi-capacity");
  });
});

describe("a measure named as a symbol", () => {
  it("is no account of the measure", () => {
    expect(
      symbolOnly({
        sentenceText:
          "The wall has also become a symbol in Iraqi politics, with rival parties claiming credit for it in the 2025 election campaign.",
      }),
    ).toBe(true);
    expect(
      symbolOnly({
        sentenceText:
          "The wall, which has become a symbol of sovereignty, was extended by 40 km in November.",
      }),
    ).toBe(false);
  });
});

describe("goods smuggled into a venue", () => {
  it("cross no border", () => {
    expect(
      smuggledIntoVenue({
        sentenceText:
          "Al-Qaim's football club was meanwhile fined after fans were caught smuggling flares into the stadium.",
      }),
    ).toBe(true);
    expect(
      smuggledIntoVenue({ sentenceText: "Smugglers moved Captagon into Iraq hidden in fuel tankers." }),
    ).toBe(false);
    expect(
      smuggledIntoVenue({
        sentenceText: "Smugglers crossed at Al-Qaim and were caught smuggling pills into the town's stadium.",
      }),
    ).toBe(false);
  });
});

describe("a building of a town or a food called fortified", () => {
  it("is no fortification of the border", () => {
    expect(
      fortifiedThingOnly({
        tags: ["fortification"],
        sentenceText:
          "Sinjar's mayor said the town's new fortified water tower would be finished by the spring.",
      }),
    ).toBe(true);
  });
  it("keeps a fortified post or a sentence that names the wall", () => {
    expect(
      fortifiedThingOnly({
        tags: ["fortification"],
        sentenceText: "The army built a fortified post beside the water tower near Sinjar.",
      }),
    ).toBe(false);
    expect(
      fortifiedThingOnly({
        tags: ["fortification"],
        sentenceText: "Next to the fortified water tower, the border wall was raised by two metres.",
      }),
    ).toBe(false);
  });
  it("cites no physical barrier for the water tower", () => {
    const doc = paragraphsDocument(
      "Kurdish TV",
      [
        "Around 30 armed men crossed from Syria into Iraq near Tal Safuk, west of Sinjar, on the night of 7 December, fighters said.",
        "Sinjar's mayor said the town's new fortified water tower would be finished by the spring.",
      ],
      "Kurdish TV",
      "2026-12-09",
    );
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual([]);
  });
});

describe("advisers who would remain under an agreement", () => {
  it("are a residual presence, the agreement its terms", () => {
    const doc = paragraphsDocument(
      "Handover",
      [
        "The last convoy of US forces left the Ain al-Asad air base in Anbar on Thursday and handed it to the Iraqi army.",
        "The source said a small team of American advisers would remain in Erbil under the bilateral security agreement.",
      ],
      "Regional TV",
      "2026-12-12",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["mitigator:residual-presence"]);
  });
});
