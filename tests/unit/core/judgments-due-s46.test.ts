import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Judgments withheld where the reporting does address their question (session 46, the older
 * blind sets): an audit whose lede tells of detention in a country, naming no one prison, and
 * detainees "held" within reach of the Iraqi border, told as a state of affairs, not a count.
 * Short texts written for these tests.
 */

const AT = new Date("2026-11-30T12:00:00Z");
const judgment = (a: ReturnType<typeof assess>, id: string) => a.judgments.find((j) => j.id === id);

describe("a lede that tells of detention in a country, naming no site", () => {
  const audit = (topic: string) =>
    paragraphsDocument(
      "Inspection report",
      [
        `This inspection reviews whether the donors' support for ${topic} in the north-east of Syria, worth 20 million dollars since 2023, met its aims.`,
        "The inspectors visited three of the sites in October and interviewed staff of the local authority that runs them.",
        "We found that the new fences and cameras paid for by the donors were in use at two of the three sites.",
        "The local authority told us that it had moved about a third of its guard force to the front lines in the summer, after fighting with Turkish-backed factions intensified.",
        "The local authority also relies on the surveillance flights and quick-reaction support of the international military forces present in the area.",
      ],
      "Inspectorate",
      "2026-11-24",
    );
  it("reads the later sentences as set in that country, where the theme's sites are", () => {
    const doc = audit("the detention of suspected fighters");
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 3)).toEqual(["driver:sdf-under-pressure"]);
    expect(cited(a, doc.article.id, 4)).toEqual(["mitigator:coalition-support"]);
    expect(judgment(a, "mass-escape")?.probability).not.toBeNull();
  });
  it("lends no setting from a lede that tells of no detention", () => {
    const doc = audit("primary schools");
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 3)).toEqual([]);
    expect(cited(a, doc.article.id, 4)).toEqual([]);
    expect(judgment(a, "mass-escape")?.probability).toBeNull();
  });
});

describe("detainees held near the Iraqi border, told as a state of affairs", () => {
  const report = (sentence: string) =>
    paragraphsDocument(
      "Detention review",
      ["Twelve detainees escaped from a prison in Hasakah on Monday, a security source said.", sentence],
      "Wire",
      "2026-11-24",
    );
  it("counts them as a concentration of detainees close to Iraq", () => {
    const doc = report(
      "Most of the detainees held in the facilities we visited are nationals of Iraq and Syria, and the largest facility lies within a day's drive of the Iraqi border.",
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["driver:detainee-concentration"]);
  });
  it("leaves a repatriation or a riot near the border under its own factor", () => {
    const back = report(
      "Iraq repatriated detainees from the prisons to a camp near the Iraqi border last week.",
    );
    expect(cited(assess(themeFixture("isis-prison-escape"), [back], AT), back.article.id, 1)).toEqual([
      "mitigator:repatriation",
    ]);
    const riot = report("Detainees rioted in the prison near the Iraqi border on Sunday.");
    expect(cited(assess(themeFixture("isis-prison-escape"), [riot], AT), riot.article.id, 1)).toEqual([
      "driver:prison-attacks",
    ]);
  });
});

describe("insurgents unnamed in the hills where only ISIS hides", () => {
  const bulletin = (sentence: string) =>
    paragraphsDocument(
      "Bulletin",
      [
        "US-led coalition forces will keep their advisers at Erbil air base through 2027, the Peshmerga ministry said on Monday.",
        "Our units now plan and run operations in the Qarachogh mountains without outside help.",
        sentence,
      ],
      "Ministry",
      "2026-11-24",
    );
  it("counts 'the remnants', 'the gunmen' or 'militants' in the Hamrin range, or the gaps they use there, as ISIS's resilience", () => {
    for (const s of [
      "In those operations, the brigades found and destroyed four hideouts used by the remnants, whose small groups still move between the mountains and the Hamrin range.",
      "Villagers say the gunmen still use hideouts in the Hamrin range and come down at night.",
      "Militants exploit the gaps between Iraqi army and Peshmerga lines in the Hamrin mountains, where no force is deployed.",
    ]) {
      const doc = bulletin(s);
      const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
      expect(cited(a, doc.article.id, 2)).toEqual(["driver:isis-resilience"]);
      expect(judgment(a, "isis-gains")?.probability).not.toBeNull();
    }
  });
  it("reads no ISIS into hideouts elsewhere, another group named in the Hamrin, or gaps no insurgent uses", () => {
    for (const s of [
      "Villagers say the gunmen still use hideouts in the mountains near Mosul and come down at night.",
      "Villagers say PKK fighters still use hideouts in the Hamrin range and come down at night.",
      "Farmers graze their flocks in the gaps between Iraqi army and Peshmerga lines in the Hamrin mountains, where no force is deployed.",
    ]) {
      const doc = bulletin(s);
      const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
      expect(cited(a, doc.article.id, 2)).toEqual([]);
      expect(judgment(a, "isis-gains")?.probability).toBeNull();
    }
  });
});

describe("a vacuum told as filled", () => {
  const statistics = (sentence: string) =>
    paragraphsDocument(
      "Quarterly statistics",
      [
        "ISIS cells carried out 14 attacks in the desert around Palmyra between July and September, the Interior Ministry said.",
        sentence,
      ],
      "SANA",
      "2026-11-24",
    );
  it("counts forces that 'moved into' posts empty till then as new forces, not as the vacuum", () => {
    const doc = statistics(
      "Police units and the new Steppe Regiment moved into nine posts between Palmyra and Al-Sukhnah that had been empty since the spring.",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["mitigator:new-forces"]);
  });
  it("still counts posts left empty as the vacuum", () => {
    const doc = statistics(
      "Eight positions between Palmyra and Al-Sukhnah have been empty since the spring, leaving the road unguarded.",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["driver:security-vacuum"]);
  });
});

describe("a wall cut through", () => {
  const report = (sentence: string) =>
    paragraphsDocument(
      "Sinjar",
      [
        "Gunmen crossed from Syria into the Sinjar district of Iraq on Sunday night, two security officials told Shafaq News.",
        sentence,
      ],
      "Shafaq News",
      "2026-11-24",
    );
  it("counts men who 'cut through' a stretch of the wall as the pressure of infiltration, not a barrier that held", () => {
    const doc = report(
      "A local official said the men cut through a stretch of the wall that floods had weakened last spring.",
    );
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["driver:infiltration-pressure"]);
  });
  it("leaves an attempt that failed, and a wall finished, on the side of the defences", () => {
    const failed = report(
      "A local official said the men tried to cut through the wall but could not, and fled back into Syria.",
    );
    expect(
      cited(assess(themeFixture("border-fortification"), [failed], AT), failed.article.id, 1),
    ).not.toContain("driver:infiltration-pressure");
    const built = report(
      "A local official said the concrete wall along this stretch was finished in October.",
    );
    expect(cited(assess(themeFixture("border-fortification"), [built], AT), built.article.id, 1)).toEqual([
      "mitigator:physical-barrier",
    ]);
  });
});

describe("killings by unnamed men in the valleys where ISIS hides", () => {
  const voxPop = (sentence: string) =>
    paragraphsDocument(
      "Vox pop",
      [
        "Abu Samir, 50, farmer: The foreign soldiers left the air base at Ain al-Asad in September, and the US troops went with them.",
        "Hassan, 33, driver: The army patrols the desert alone now.",
        sentence,
      ],
      "Al-Mada",
      "2026-11-24",
    );
  it("counts herders killed near Wadi Horan by 'the men who hide in the valleys' as ISIS's resilience", () => {
    const doc = voxPop(
      "Umm Ali: The men who hide in the valleys came back last month and killed three herders near Wadi Horan.",
    );
    expect(cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 2)).toEqual([
      "driver:isis-resilience",
    ]);
  });
  it("reads no ISIS into a clash the army or the border guards fought there", () => {
    for (const s of [
      "Iraqi army troops killed two gunmen in a clash near Wadi Horan last month.",
      "Border guards killed two smugglers in a clash near Wadi Horan last month.",
    ]) {
      const doc = voxPop(s);
      expect(cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 2)).not.toContain(
        "driver:isis-resilience",
      );
    }
  });
});
