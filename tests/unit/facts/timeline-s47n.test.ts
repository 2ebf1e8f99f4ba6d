import { describe, expect, it } from "vitest";
import { timelineCandidates } from "../../../bench/extraction/evaluate.js";
import { dated, datesOf, entityNamed, extract } from "./helpers.js";

/**
 * Timeline entries from set 44's registers (session 47), on texts written for these tests: a
 * seizure told in the passive by its load, a device a vehicle struck, an event told in a report's
 * highlights and again below, a week's telling narrowed to its day, a source's wish to go unnamed.
 */

describe("a lorry of contraband stopped, told in the passive", () => {
  it("'a lorry carrying 1.8 million pills inside its fuel tank was stopped' is a seizure of that day", () => {
    const doc = extract(
      "On 27 April 2025, a lorry carrying 1.8 million pills inside its fuel tank was stopped at Ruwaished; the driver was handed over to the police.\n",
      "2026-03-15",
    );
    const seizure = doc.facts.find((f) => f.kind === "countermeasure" && f.tags?.includes("seizure"));
    expect(seizure?.text).toMatch(/^On 27 April 2025, a lorry carrying/);
    expect(seizure?.date?.value).toBe("2025-04-27");
  });

  it("a lorry of vegetables stopped at a checkpoint is no seizure", () => {
    const doc = extract(
      "On 27 April 2025, a lorry carrying tomatoes from the farms was stopped at Ruwaished.\n",
      "2026-03-15",
    );
    expect(doc.facts.some((f) => f.tags?.includes("seizure"))).toBe(false);
  });
});

describe("a device a vehicle struck, or that damaged it", () => {
  it("'a truck … struck an explosive device on the road' is cited with the truck", () => {
    const doc = extract(
      "On the morning of 14 September, a truck carrying 28 tonnes of food parcels to Markada struck an explosive device on the road from al-Hasakah.\n",
      "2026-10-06",
    );
    expect(datesOf(doc, /a truck carrying 28 tonnes .* struck an explosive device/)).toEqual(["2026-09-14"]);
  });

  it("'was damaged by an explosive device' is cited with what was damaged", () => {
    const doc = extract(
      "A WFP truck was damaged by an explosive device near Markada on 14 September.\n",
      "2026-10-06",
    );
    expect(datesOf(doc, /^A WFP truck was damaged by an explosive device/)).toEqual(["2026-09-14"]);
  });

  it("a roadside bomb that struck a patrol is still the bomb's own clause", () => {
    const doc = extract(
      "A roadside bomb struck an army patrol near Markada on 14 September.\n",
      "2026-10-06",
    );
    expect(datesOf(doc, /^A roadside bomb struck an army patrol/)).toEqual(["2026-09-14"]);
  });
});

describe("one happening told in a report's highlights and again in its update", () => {
  const text =
    "HIGHLIGHTS\n• A WFP-contracted truck was damaged by an explosive device near Markada on 14 September; the driver was injured.\n\nSITUATION UPDATE\nOn the morning of 14 September, a truck carrying 28 tonnes of food parcels to Markada struck an explosive device on the road from al-Hasakah. The driver was taken to hospital with leg injuries.\n";
  it("prints one entry of that day; the highlight's toll is no entry of its own", () => {
    const entries = timelineCandidates(extract(text, "2026-10-06")).filter(
      (f) => (f.kind === "event" || f.kind === "countermeasure") && f.date === "2026-09-14",
    );
    expect(entries).toHaveLength(1);
    expect(entries.some((f) => f.text === "the driver was injured")).toBe(false);
  });
});

describe("a week's telling narrowed by a day told after it", () => {
  it("'Last week, guards … took three more boys' and 'the guards came before dawn on May 12' are one entry of 12 May", () => {
    const doc = extract(
      "Last week, guards at Roj camp took three more boys, aged 12 to 14, from their mothers' tents and moved them to the annex.\n\nOne mother, who asked to be identified only as Umm Zaid, told me by phone that the guards came before dawn on May 12.\n",
      "2026-05-19",
    );
    expect(dated(doc).map((f) => [f.text.slice(0, 30), f.date?.value])).toEqual([
      ["Last week, guards at Roj camp ", "2026-05-12"],
    ]);
  });

  it("a day outside the week is another happening", () => {
    const doc = extract(
      "Last week, guards at Roj camp took three more boys from their mothers' tents.\n\nThe guards came again on May 2.\n",
      "2026-05-19",
    );
    expect(datesOf(doc, /took three more boys/)).toEqual(["2026-05-11/2026-05-17"]);
  });
});

describe("a source's wish to go unnamed is no happening", () => {
  it("'who asked not to be named …, said his forces … had found no weapons' is the body's", () => {
    const doc = extract(
      'The Asayish representative, who asked not to be named in the minutes, said his forces would search the annex "when the time is right" and that they had found no weapons in the operation of August.\n',
      "2026-10-13",
    );
    const f = dated(doc).find((x) => /found no weapons/.test(x.text));
    expect(f?.text).toMatch(/^his forces would search/);
    expect(f?.entities).toContain(entityNamed(doc, "Asayish")?.id);
  });

  it("'One mother, who asked to be identified only as Umm Zaid, told me that …' cites what she told", () => {
    const doc = extract(
      "One mother, who asked to be identified only as Umm Zaid, told me by phone that the guards came before dawn on May 12.\n",
      "2026-05-19",
    );
    expect(dated(doc).map((f) => f.text)).toEqual(["the guards came before dawn on May 12"]);
  });
});

describe("a toll after a telling folded into an earlier one", () => {
  it("the toll is printed with the telling kept, not as an entry of its own", () => {
    const doc = extract(
      "Last week, gunmen in a car packed with explosives drove to the Husseiniya market in the north-east of the city and parked outside a bakery. The car exploded before dawn on May 12. Two policemen and one civilian were wounded.\n",
      "2026-05-19",
    );
    const entries = timelineCandidates(doc).filter((f) => f.kind === "event" && f.date);
    expect(entries.map((f) => [f.text, f.date])).toEqual([
      [
        "a car packed with explosives drove to the Husseiniya market in the north-east of the city and parked. Two policemen and one civilian were wounded.",
        "2026-05-12",
      ],
    ]);
  });
});

describe("an unnamed police officer speaks for the story's police", () => {
  const text = (police: string) =>
    `Two people were killed when a device exploded in the main market on Wednesday, according to ${police}.\n\nA police officer, who asked not to be named, told the Observer on Thursday that two men had been detained on Thursday morning near Amirli.\n`;
  it("'A police officer … told … that two men had been detained' is the arrest of the police named before", () => {
    const doc = extract(text("the Tuz Khurmatu police"), "2026-11-14");
    const arrest = dated(doc).find((f) => /detained/.test(f.text));
    expect(arrest?.entities).toContain(entityNamed(doc, "Tuz Khurmatu police")?.id);
  });

  it("a story naming no police force leaves the arrest to the words", () => {
    const doc = extract(text("the district hospital"), "2026-11-14");
    const arrest = dated(doc).find((f) => /detained/.test(f.text));
    expect(arrest?.entities.map((id) => doc.entities.find((e) => e.id === id)?.type)).not.toContain(
      "organization",
    );
  });
});
