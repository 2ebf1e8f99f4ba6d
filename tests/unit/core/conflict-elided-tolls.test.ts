import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { allPresent, claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Tolls and figures of none told in shapes the reader missed: a second toll whose noun is elided
 * ("two soldiers were killed and three wounded"), a denial with a scalar "even" before the
 * participle ("none of our soldiers was even wounded"), and a camp's residents all said to be
 * accounted for (none of them got out).
 */

const read = (text: string, source = "Shafaq News", date = "2026-11-24") =>
  claimsOf(collectReports([sourceDocument("Border clash", text, source, date)])).map((f) => [
    f.kind,
    f.value,
  ]);

describe("a second toll that leaves its victims unsaid", () => {
  it("gives the elided toll the victims of the toll before it", () => {
    const got = read(
      "A local official in Al-Qaim said that two border soldiers were killed and three wounded in the clash at the wall on 22 November.",
    );
    expect(got).toContainEqual(["killed:forces", 2]);
    expect(got).toContainEqual(["wounded:forces", 3]);
  });

  it("does not carry victims across other words to a toll that names nobody", () => {
    const got = read(
      "Two border soldiers were killed near Al-Qaim on 22 November, and in a separate incident three wounded were taken to hospital in Ramadi.",
    );
    expect(got).not.toContainEqual(["wounded:forces", 3]);
  });
});

describe("a denial with a scalar 'even'", () => {
  it("reads 'none of our soldiers was even wounded' as a figure of none wounded among the forces", () => {
    const got = read(
      "Our men opened fire from the towers south of Al-Ubaydi on 22 November, and none of our soldiers was even wounded.",
      "Ministry of Defence",
      "2026-11-28",
    );
    expect(got).toContainEqual(["wounded:forces", 0]);
  });
});

describe("a camp's residents all said to be accounted for", () => {
  it("reads residents present and accounted for as those held all there", () => {
    expect(allPresent("All residents are present and accounted for, as every roll call has confirmed.")).toBe(
      true,
    );
    expect(allPresent("Every camp resident has been accounted for since the fire.")).toBe(true);
  });

  it("does not read residents merely present as a count of those held", () => {
    expect(allPresent("All residents were present at the meeting with the governor.")).toBe(false);
  });
});

describe("a foreign force's advisers counted as its troops", () => {
  it("reads 'American advisers and trainers remain' as a standing count of US troops", () => {
    expect(
      read(
        "He said that about 2,000 American advisers and trainers remain in Iraq, in Erbil, Harir and at Ain al-Asad.",
        "Iraqi News Agency",
      ),
    ).toContainEqual(["troops:us", 2000]);
  });

  it("does not count advisers whose force the words do not name", () => {
    const got = read("About 20 advisers remain at the Ministry of Planning in Baghdad.", "Iraqi News Agency");
    expect(got.some(([kind]) => String(kind).startsWith("troops"))).toBe(false);
  });
});

describe("a standing count told in one present clause on a statement's day", () => {
  it("is a count as the article speaks, not of that day alone", () => {
    const doc = paragraphsDocument(
      "Spokesman on the coalition",
      [
        "The government spokesman said on Tuesday that the transition of the coalition mission in Iraq is on schedule.",
        "He said that about 2,000 US troops remain in Iraq, in Erbil and at Ain al-Asad.",
      ],
      "Iraqi News Agency",
      "2026-11-24",
    );
    const f = claimsOf(collectReports([doc])).find((x) => x.kind === "troops:us");
    expect(f?.said.window[0]).toBeLessThan(Date.parse("2026-11-10T00:00:00Z"));
  });
});

describe("a place said taken by the attackers, against its never being lost", () => {
  const AT = new Date("2026-11-30T12:00:00Z");
  const analyst = (line: string) =>
    paragraphsDocument(
      "Six months of ISIS attacks in the Badia",
      [
        "Between June and November I recorded 68 ISIS attacks in the Badia, the Syrian desert.",
        line,
        "The cells now move in groups of ten to fifteen on motorcycles south of Al-Sukhnah.",
      ],
      "LinkedIn",
      "2026-11-28",
    );
  const division = (line: string) =>
    paragraphsDocument(
      "The 70th Division in Palmyra",
      [
        "The division's commander told Al-Watan that ISIS attacks in the Badia fell in the past six months.",
        line,
        "He admitted that small ISIS cells still move through the desert at night and plant mines on the roads.",
      ],
      "Al-Watan",
      "2026-11-26",
    );
  const captures = (a: ReturnType<typeof sourceDocument>, b: ReturnType<typeof sourceDocument>) =>
    assess(themeFixture("isis-badia-insurgency"), [a, b], AT).conflicts.filter((c) =>
      /took the place/.test(c.topic),
    );

  it("sets 'took the village' against 'never left our hands'", () => {
    const found = captures(
      analyst(
        "The most serious event was at Arak, where an ISIS group took the village and its gas station on 17 November and held them for about two days.",
      ),
      division(
        "Reports that the terrorists took Arak are lies, because Arak never left our hands, and only a cell fired at a checkpoint there.",
      ),
    );
    expect(found).toHaveLength(1);
  });

  it("does not read an attack on a place as its capture", () => {
    const found = captures(
      analyst("An ISIS group attacked a checkpoint at Arak on 17 November and killed two soldiers."),
      division("Arak never left our hands, and only a cell fired at a checkpoint there."),
    );
    expect(found).toHaveLength(0);
  });
});
