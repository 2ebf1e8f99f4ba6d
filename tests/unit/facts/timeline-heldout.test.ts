import { describe, expect, it } from "vitest";
import { extract, spanProblems } from "./helpers.js";

/**
 * Timeline patterns seen on text nobody tuned to: triggers an analyst expects, days told by
 * reference ("the same day"), reference points that are not the event's day, and a toll told
 * with the attack that caused it. Sentences written for these tests.
 */

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);

describe("timeline triggers", () => {
  it("reads an exchange of fire, dated by the sentence's opening day, not a 'since' reference", () => {
    const text =
      "On 12 June, army units and tribal fighters exchanged mortar fire near the Mosul Dam for the first time since the truce of 2 May.";
    const doc = extract(text, "2024-06-15");
    const fire = dated(doc).find((f) => /exchanged mortar fire/.test(f.text));
    expect(fire?.date?.value).toBe("2024-06-12");
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("reads summoning an ambassador, condemning a strike and disbanding as dated events", () => {
    const text =
      "The ministry said it had summoned the Iranian ambassador on Tuesday. The regional government condemned the raid on Monday. The group announced in March that it would disband its armed wing in the mountains.";
    const doc = extract(text, "2024-05-09");
    const values = dated(doc).map((f) => f.date?.value);
    expect(values).toEqual(expect.arrayContaining(["2024-05-07", "2024-05-06", "2024-03"]));
  });

  it("reads ground overrun, a declared defeat, weapons found and troops sent", () => {
    const text =
      "The militia overran three villages in 2016 and was declared defeated in 2018. Police found rockets hidden in a lorry on 4 April. The army sent two brigades to the frontier on 5 April.";
    const doc = extract(text, "2024-04-10");
    const values = dated(doc).map((f) => f.date?.value);
    expect(values).toEqual(expect.arrayContaining(["2016", "2018", "2024-04-04", "2024-04-05"]));
  });
});

describe("days told by reference", () => {
  it("dates 'on the same day' by the last day the article named", () => {
    const text =
      "Gunmen attacked a police post near Kirkuk on 9 October. Elsewhere, a roadside bomb killed two soldiers near Tikrit on the same day.";
    const doc = extract(text, "2024-10-11");
    const bomb = dated(doc).find((f) => /Tikrit|roadside bomb/.test(f.text));
    expect(bomb?.date?.value).toBe("2024-10-09");
  });
});

describe("a toll and its attack are one entry", () => {
  it("joins 'the death of five guards ... in an ambush by ...' into one phrase", () => {
    const text =
      "Monitors recorded the death of five border guards, including an officer, in an ambush by gunmen near Rutba on 2 July.";
    const doc = extract(text, "2024-07-04");
    const events = dated(doc).filter((f) => f.kind === "event");
    expect(events).toHaveLength(1);
    expect(events[0]?.text).toMatch(/^the death of five border guards.*in an ambush by gunmen near Rutba/);
    expect(spanProblems(doc, text)).toEqual([]);
  });
});

describe("one entry per span", () => {
  it("prints a killing and a seizure told in one clause once", () => {
    const text =
      "On 3 August, customs officers killed two gunmen and seized 40 rifles in a clash near Trebil.";
    const doc = extract(text, "2024-08-05");
    expect(dated(doc).filter((f) => f.date?.value === "2024-08-03")).toHaveLength(1);
  });

  it("keeps the day of 'the accord of 4 March' when a later event is told 'since' it", () => {
    const text =
      "On 20 April, the two militias clashed near Tal Afar for the first time since the accord of 4 March between their leaders.";
    const doc = extract(text, "2024-04-22");
    const values = dated(doc).map((f) => f.date?.value);
    expect(values).toEqual(expect.arrayContaining(["2024-04-20", "2024-03-04"]));
  });
});

describe("more triggers and days", () => {
  it("reads a vehicle hitting a mine, a disappearance and a hold-up by armed men", () => {
    const text =
      "A lorry carrying farm workers hit a mine near Rawa on 2 May. A herder disappeared in April. Karim Saleh was stopped by armed men near Hit three years ago.";
    const doc = extract(text, "2024-05-06");
    const values = dated(doc).map((f) => f.date?.value);
    expect(values).toEqual(expect.arrayContaining(["2024-05-02", "2024-04", "2021"]));
  });

  it("dates a statement to a conference by the day it was made, not by a period it mentions", () => {
    const text =
      "Colonel Faris Nouri told a conference in Amman on Tuesday that his units had cleared 40 villages since January.";
    const doc = extract(text, "2024-06-13");
    const said = dated(doc).find((f) => /told a conference/.test(f.text));
    expect(said?.date?.value).toBe("2024-06-11");
  });

  it("dates a measure of a story about its last days in that story's month", () => {
    const text =
      "Gunmen killed three guards near Hit on 9 May. The provincial council later launched a sweep of the nearby villages.";
    const doc = extract(text, "2024-05-10");
    const sweep = doc.facts.find((f) => f.kind === "countermeasure" && /sweep/.test(f.text));
    expect(sweep?.date?.value).toBe("2024-05");
  });
});

describe("clauses and outcomes", () => {
  it("keeps an operation's outcome after a comma in its label", () => {
    const text =
      "On 8 May, police and army units conducted a raid near the village of Zab, south of Kirkuk, capturing a cell leader and two of his aides.";
    const doc = extract(text, "2024-05-10");
    const raid = dated(doc).find((f) => /raid/.test(f.text));
    expect(raid?.text).toMatch(/capturing a cell leader and two of his aides$/);
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("tells a relative clause's event apart from its main clause's, with the antecedent as actor", () => {
    const text =
      "The Islamic State group, which overran Mosul in 2014, was declared defeated in Iraq in 2017.";
    const doc = extract(text, "2024-05-10");
    const overran = dated(doc).find((f) => /overran/.test(f.text));
    expect(overran?.date?.value).toBe("2014");
    expect(overran?.text).not.toMatch(/defeated/);
    expect(dated(doc).some((f) => /declared defeated/.test(f.text) && f.date?.value === "2017")).toBe(true);
  });
});

describe("soon after a named day", () => {
  it("dates 'within days' of a well-known event in that event's month, with the subject in the label", () => {
    const text =
      "The fall of Assad changed the desert. Iranian-backed militias that had held the roads to the east withdrew across the border within days.";
    const doc = extract(text, "2025-03-20");
    const left = dated(doc).find((f) => /withdrew/.test(f.text));
    expect(left?.date?.value).toBe("2024-12");
    expect(left?.text).toMatch(/^Iranian-backed militias/);
  });
});

describe("a well-known event told twice", () => {
  it("gives 'the fall of Assad in December' the known day, so both tellings are one entry", () => {
    const text =
      "Hunters returned to the desert after the fall of Assad. The fall of Assad in December changed the map overnight.";
    const doc = extract(text, "2025-03-20");
    const falls = dated(doc).filter((f) => /fall of Assad/.test(f.text));
    expect(falls).toHaveLength(1);
    expect(falls[0]?.date?.value).toBe("2024-12-08");
  });
});

describe("no second entry from a clause's side words", () => {
  it("does not read 'has not recovered the ability' as a seizure, nor a patrol inside an event's clause as a second entry", () => {
    const text =
      "A year after the battle, the militia has not recovered the ability to hold towns. The withdrawal of the brigades in May removed the only forces that had patrolled the valley.";
    const doc = extract(text, "2024-07-01");
    expect(doc.facts.some((f) => f.kind === "countermeasure" && /recovered/.test(f.text))).toBe(false);
    expect(dated(doc).filter((f) => /patrolled/.test(f.text) && f.kind === "countermeasure")).toHaveLength(0);
  });
});

describe("days counted from a named day", () => {
  it("dates 'two days before his arrest' from the arrest's day, and leaves the arrest its own", () => {
    const text =
      "Police arrested the smuggler in Rutba on 12 June. He had tried to escape to the desert three days before his arrest.";
    const doc = extract(text, "2024-06-14");
    const fled = doc.facts.find((f) => /tried to escape/.test(f.text));
    expect(fled?.date?.value).toBe("2024-06-09");
    expect(doc.facts.find((f) => f.text === "his arrest")?.date?.value).not.toBe("2024-06-09");
  });
});
