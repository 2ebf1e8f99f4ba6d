import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Anonymous testimonies and other speech tags first met in the tenth held-out set, on sentences written for these tests. */

const quotes = (text: string) => extract(text).quotes.map((q) => [q.kind, q.speaker.name, q.text]);

describe("anonymous testimonies", () => {
  it("keeps the age of an unnamed witness in the speaker's description", () => {
    expect(quotes("A 52-year-old farmer from Hajin said his sheep were taken in the night.")).toEqual([
      ["indirect", "A 52-year-old farmer from Hajin", "his sheep were taken in the night"],
    ]);
  });

  it("reads a description past its age and a relative clause of anonymity as the speaker", () => {
    expect(
      quotes(
        "A 28-year-old Iraqi mother from Sinjar, who asked not to be named, said soldiers took her husband away in April.",
      ),
    ).toEqual([
      ["indirect", "A 28-year-old Iraqi mother from Sinjar", "soldiers took her husband away in April"],
    ]);
  });

  it("reads 'said guards came' as a reported clause opened by a plural noun and its past verb", () => {
    expect(quotes("A released prisoner said warders beat the men every evening.")).toEqual([
      ["indirect", "A released prisoner", "warders beat the men every evening"],
    ]);
  });

  it("still reads 'that officials said belonged to' as no reported speech", () => {
    expect(quotes("The house that officials said belonged to the emir was empty.")).toEqual([]);
  });

  it("skips an aside about the source before its relative clause", () => {
    expect(
      quotes(
        'A former prisoner, now 22, who spent a year in Raqqa, described the yard to reporters as "a cage under the sun".',
      ),
    ).toEqual([
      ["indirect", "A former prisoner", 'the yard to reporters as "a cage under the sun"'],
      ["direct", "A former prisoner", "a cage under the sun"],
    ]);
  });
});

describe("attribution lines of wires and digests", () => {
  it("reaches the verb after a name with a long role in apposition, and carries the speaker on", () => {
    expect(
      quotes(
        '"The convoy was hit twice," Colonel Samir al-Jaburi, spokesman for the Anbar Operations Command, told a briefing in Ramadi. "Nobody was hurt."',
      ),
    ).toEqual([
      ["direct", "Samir al-Jaburi", "The convoy was hit twice"],
      ["direct", "Samir al-Jaburi", "Nobody was hurt"],
    ]);
  });

  it("reads 'IS said' in capitals as Islamic State, not as the verb 'is'", () => {
    const found = extract("IS said in a statement on Monday that its men had killed three soldiers.").quotes;
    expect(found.map((q) => [q.kind, q.text])).toEqual([["indirect", "its men had killed three soldiers"]]);
    expect(found[0]?.speaker.name).toBe("IS");
    expect(found[0]?.speaker.entityId).toBeTruthy();
  });

  it("makes the one quoted the speaker of 'X quoted Y as saying', not the outlet", () => {
    expect(quotes("The agency quoted a police officer as saying that two cars had been burned.")).toEqual([
      ["indirect", "a police officer", "two cars had been burned"],
    ]);
    expect(quotes("Rudaw quoted Omar Salih, a local farmer, as saying the bridge was closed.")).toEqual([
      ["indirect", "Omar Salih", "the bridge was closed"],
    ]);
  });

  it("keeps a quoted fragment inside 'quoted a colleague as saying' as the colleague's", () => {
    expect(
      quotes('The paper quoted a colleague as saying the driver had been followed "for weeks".'),
    ).toEqual([
      ["indirect", "a colleague", 'the driver had been followed "for weeks"'],
      ["direct", "a colleague", "for weeks"],
    ]);
  });
});

describe("quoted words of accusations and namings", () => {
  it("gives the quoted object of 'accused' and 'blamed' to the accuser", () => {
    expect(
      quotes('The Sinjar council accused "hostile hands" of setting the fields on fire.'),
    ).toContainEqual(["direct", "Sinjar council", "hostile hands"]);
    expect(quotes('The directorate blamed "armed gangs", without naming them.')).toEqual([
      ["direct", "The directorate", "armed gangs"],
    ]);
  });

  it("does not give a passive 'was blamed' quote to anyone", () => {
    expect(quotes('The fire was blamed "on the heat" by nobody in particular.')).toEqual([]);
  });

  it("reads ', calling it \"...\"' as the clause subject's words", () => {
    expect(
      quotes('The Kurdistan Region Security Council condemned the raid, calling it "an act of piracy".'),
    ).toEqual([["direct", "Kurdistan Region Security Council", "an act of piracy"]]);
  });
});

describe("bodies described before a relative clause", () => {
  it("reads 'the X war monitor, which ..., said' as the named body", () => {
    expect(
      quotes(
        "The Syrian Observatory for Human Rights war monitor, which counts the dead, said the road had been cut twice.",
      ),
    ).toEqual([["indirect", "Syrian Observatory for Human Rights", "the road had been cut twice"]]);
  });

  it("takes the name before its brackets when a 'whose' clause follows", () => {
    expect(
      quotes(
        "The Syrian Democratic Forces (SDF), whose commanders met on Monday, said that it had closed the bridge.",
      ),
    ).toEqual([["indirect", "Syrian Democratic Forces", "it had closed the bridge"]]);
  });
});
