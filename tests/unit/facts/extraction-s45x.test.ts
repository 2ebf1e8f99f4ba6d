import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { datesOf, extract as extractAt, meta } from "./helpers.js";

const extract = (text: string) => extractFacts({ id: "t", title: "t", text });
const quotes = (text: string) =>
  extract(text).quotes.map((q) => ({ kind: q.kind, speaker: q.speaker.name, text: q.text }));
const entities = (text: string) => extract(text).entities.map((e) => `${e.type}: ${e.name}`);

describe("publication dates of set 42", () => {
  it("reads a stamp updated the same day, by its time alone, as the publication", () => {
    const text =
      "THE HASAKAH BRIEF · EXPLAINER\nGhwayran prison: what we know\nFriday 24 April 2026, updated 11:00\n\nWhat happened?\nDetainees tried to break out on Wednesday night.";
    expect(meta(text).publishedAt).toBe("2026-04-24");
  });

  it("dates a yearless wire dateline by the story's years, not by a year a forecast looks ahead to", () => {
    const text =
      'ERBIL, Iraq, May 27 (Meridian Wire) - In the first four months of 2026, only 38 women left, against 212 in the same period of 2025.\n\nA diplomat said most residents would still be there "at the end of 2027".';
    expect(meta(text).publishedAt).toBe("2026-05-27");
  });

  it("reads a written answer's 'Answered on:' line as its publication, over the day the question was tabled", () => {
    const text =
      "UK PARLIAMENT · WRITTEN QUESTIONS AND ANSWERS\nIraq: Jurf al-Sakhar — Question UIN 48213, tabled on Monday 15 June 2026\nAsked by: Eleanor Brackley\n\nAnswered on: Thursday 25 June 2026\nAnswered by: Daniel Okafor\n\nAnswer:\nOn 18 June, an explosive device killed a shepherd.";
    expect(meta(text).publishedAt).toBe("2026-06-25");
  });

  it("dates a yearless wire dateline by the story's years, not by the year a schedule is due to reach", () => {
    const text =
      "MOSUL, Oct. 9 (Tigris Agency) – Gunmen fired on a grain depot, officials said.\n\nIt has been attacked four times since the start of 2028. The depot is due to open a second wing by mid-2029.";
    expect(meta(text).publishedAt).toBe("2028-10-09");
  });

  it("gives a yearless dateline the year of a publication date the caller knows, whatever years its body names", () => {
    const text =
      "KIRKUK, May 3 (Tigris Agency) – Gunmen attacked a police post on Saturday night, officials said.\n\nThe post was built in 2023, and the road past it is due to be resurfaced by 2026.";
    // Filed on 3 May 2025 by its metadata: the Saturday is 3 May 2025, not a day of 2023.
    expect(datesOf(extractAt(text, "2025-05-03"), /police post/)).toEqual(["2025-05-03"]);
  });

  it("still takes the latest year the story places something in", () => {
    const text =
      "AMMAN, April 13 (Levant Wire) - Crossings fell in the first quarter of 2026 after a record in 2025, officials said on Monday.";
    expect(meta(text).publishedAt).toBe("2026-04-13");
  });
});

describe("names and speakers of set 42", () => {
  it("keeps a region written with a compass word in a body's name", () => {
    const e = entities(
      "The Council of Tribes and Clans of the Eastern Euphrates calls on the Deir ez-Zor Military Council to open an investigation.",
    );
    expect(e).toContain("organization: Council of Tribes and Clans of the Eastern Euphrates");
    expect(e).not.toContain("place: Euphrates");
  });

  it("gives the words to a named office-holder whose post carries a possessive and a hyphened word", () => {
    const q = quotes(
      "“We are not a security problem,” the camp council’s co-chair, Rojda Serhat, told us on Thursday.",
    );
    expect(q).toContainEqual({
      kind: "direct",
      speaker: "Rojda Serhat",
      text: "We are not a security problem",
    });
  });

  it("reads a reporter's or analyst's contact as a source", () => {
    expect(quotes("A local contact told our analysts that the device was hidden in a fuel van.")).toEqual([
      { kind: "indirect", speaker: "A local contact", text: "the device was hidden in a fuel van" },
    ]);
  });
});

describe("events of set 42", () => {
  it("gives a toll told after the response to the happening the response ended", () => {
    const doc = extract(
      "Friday 24 April 2026\n\nDetainees at the prison in Hasakah tried to break out on Wednesday night. Guards regained control of the main wing by about 4 a.m. on Thursday. Two guards and five detainees were killed, according to the Asayish.",
    );
    const breakout = doc.facts.find((f) => f.kind === "event" && /break out/.test(f.text));
    expect(breakout?.outcome?.text).toBe(
      "Two guards and five detainees were killed, according to the Asayish",
    );
    expect(datesOf(doc, /were killed/)).toEqual(["2026-04-22"]);
  });

  it("reads a siege told with its indefinite article as a happening, not one pointed back to", () => {
    const doc = extract(
      "Friday 24 April 2026\n\nThe prison was the scene of a ten-day siege in January 2022.",
    );
    expect(datesOf(doc, /siege/)).toEqual(["2022-01"]);
    const back = extract(
      "Friday 24 April 2026\n\nHe has cut glass in Kobanê since before the siege of 2014. He opened a shop.",
    );
    expect(datesOf(back, /siege/)).toEqual([]);
  });
});

describe("speakers of set 42, read back", () => {
  it("gives the words of 'the Jordanian minister' to the one named after that nationality's post", () => {
    const q = quotes(
      "Foreign Minister Hazem al-Mashhadani received a call on Tuesday from his Jordanian counterpart, Nasser Khalil el-Rawashdeh. Mr. el-Rawashdeh thanked Iraq. According to the Jordanian minister, some 1,900 trucks have used the highway since January.",
    );
    expect(q.at(-1)).toEqual({
      kind: "indirect",
      speaker: "Nasser Khalil el-Rawashdeh",
      text: "some 1,900 trucks have used the highway since January",
    });
  });

  it("reads a surname written as an honorific with its article as a name", () => {
    const q = quotes('"Nobody wants the headline," said Nadia el-Sayed, a researcher.');
    expect(q).toEqual([{ kind: "direct", speaker: "Nadia el-Sayed", text: "Nobody wants the headline" }]);
  });

  it("gives a written answer's 'I' to the one the head says answered", () => {
    const q = quotes(
      'Question:\nTo ask the Secretary of State what she has done.\n\nAnswered by: Daniel Okafor (Minister of State)\n\nAnswer:\nThe Government remains concerned. As I told the House on 4 June, "we will keep this issue on the agenda".',
    );
    expect(q).toContainEqual({
      kind: "direct",
      speaker: "Daniel Okafor",
      text: "we will keep this issue on the agenda",
    });
  });
});

describe("bodies and portfolios of set 42", () => {
  it("reads a capitalised name ending in 'Collective' as a body, not a place and a word", () => {
    const e = entities(
      "FIELD NOTES · a blog by the Tigris Relief Collective\n\nWe drove to Makhmour on Tuesday.",
    );
    expect(e).toContain("organization: Tigris Relief Collective");
    expect(e).not.toContain("place: Tigris");
  });

  it("reads a region after a title ending in its own object as the portfolio, not a place", () => {
    const e = entities(
      "He met Daniel Okafor (Minister of State for the Middle East) on Monday. Fighting in Syria went on.",
    );
    expect(e).not.toContain("place: Middle East");
    expect(e).toContain("place: Syria");
  });
});

describe("tolls and runs of days of set 42", () => {
  it("prints 'Among those killed was NAME' with the killing before it, across the paragraph", () => {
    const doc = extract(
      "March 18, 2026\n\nIraqi forces killed four ISIS operatives in the Hamrin mountains on March 15, 2026.\n\nAmong those killed was Abu Yasir al-Juburi, a senior ISIS leader.",
    );
    const op = doc.facts.find((f) => f.kind === "event" && /four ISIS operatives/.test(f.text));
    expect(op?.outcome?.text).toBe("Among those killed was Abu Yasir al-Juburi, a senior ISIS leader");
  });

  it("dates 'in the following two weeks' as the days after the day named before", () => {
    const doc = extract(
      "Tuesday 18 August 2026\n\nBorder guards arrested al-Shammari near Rabia on 11 February. His co-defendants were detained in Tal Afar and Sinjar in the following two weeks.",
    );
    expect(datesOf(doc, /co-defendants were detained/)).toEqual(["2026-02-12/2026-02-25"]);
  });
});

describe("relative-clause attribution of set 42", () => {
  it("reads 'a network that prosecutors say smuggled …' as the prosecutors' claim", () => {
    expect(
      quotes(
        "Five men appeared before the court over a network that prosecutors say smuggled at least 26 people, among them Islamic State members, from Syria into Iraq.",
      ),
    ).toEqual([
      {
        kind: "indirect",
        speaker: "prosecutors",
        text: "smuggled at least 26 people, among them Islamic State members, from Syria into Iraq",
      },
    ]);
  });

  it("leaves a subject's relative clause alone, which ends before the sentence's verb", () => {
    expect(quotes("The men that police say are innocent were freed on Monday.")).toEqual([]);
  });
});

describe("headlines and deadlines of sets 41 and 42", () => {
  it("leaves a headline's happening to the body that tells it again on the same day", () => {
    const doc = extract(
      "THE HASAKAH BRIEF · EXPLAINER\nGhwayran prison: what we know about Wednesday's breakout attempt\nFriday 24 April 2026, updated 11:00\n\nWhat happened?\nDetainees at the prison tried to break out on Wednesday night.",
    );
    expect(doc.facts.filter((f) => /what we know/.test(f.text))).toEqual([]);
    expect(datesOf(doc, /tried to break out/)).toEqual(["2026-04-22"]);
  });

  it("keeps a headline's happening the body dates otherwise", () => {
    const doc = extract(
      "Gunmen attack army post on Monday\nFriday 24 April 2026\n\nOfficials described the damage in a report issued on Thursday.",
    );
    expect(doc.facts.some((f) => /attack army post/.test(f.text))).toBe(true);
  });

  it("reads a deadline's month in the weeks ahead as the coming one", () => {
    const doc = extract(
      "Circulated Thursday 22 October 2026\n\nDr. al-Rawi closed the panel by asking the speakers for written recommendations by the end of November.",
    );
    expect(datesOf(doc, /closed the panel/)).toEqual(["2026-11"]);
  });
});

describe("a dateline's country (set 42)", () => {
  it("drops a country named only after the dateline's city", () => {
    const e = entities(
      "ANALYSIS-Roj camp waits\nBy Lina Haddad\n\nERBIL, Iraq, May 27 (Meridian Wire) - In the first four months of 2026, only 38 women left Roj camp in northeast Syria.",
    );
    expect(e).not.toContain("place: Iraq");
  });

  it("keeps it when the story names the country too", () => {
    const e = entities(
      "ERBIL, Iraq, May 27 (Meridian Wire) - Flights out of Iraq were suspended on Tuesday after a drone attack on the airport.",
    );
    expect(e).toContain("place: Iraq");
  });
});
