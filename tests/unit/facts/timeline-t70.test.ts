import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/**
 * Session 67 (t70): timeline events missed for a date read wrong. Sentences written for these tests.
 */

describe("a dateline on a line of its own", () => {
  const story =
    "MOSUL, Mar 9 (Tigris Agency) –\n\nGunmen killed two farmers in an orchard near Badush on Sunday night, police said. Attacks in the area rose in the first weeks of 2026, according to the provincial council.";

  it("reads the dateline whose dash closes its line, with its year from the story", () => {
    expect(meta(story).publishedAt).toBe("2026-03-09");
    expect(meta(story).source).toBe("Tigris Agency");
  });

  it("resolves the story's weekday against that dateline", () => {
    expect(datesOf(extract(story), /killed two farmers/)).toEqual(["2026-03-08"]);
  });

  it("leaves a shouted heading and a dash alone (no date, no agency) no dateline", () => {
    expect(
      meta("SECURITY ROUNDUP –\n\nGunmen killed two farmers near Badush on 8 March 2026.").dateline,
    ).toBeNull();
  });
});

describe("a report's second that-clause", () => {
  const doc = extract(
    "KIRKUK, 20 May 2026\n\nThe provincial police said the next day that the rockets had been fired from the direction of Hamrin and that two men had been detained near Daquq on the 18th.",
  );

  it("dates the arrest by the day inside its own that-clause", () => {
    expect(datesOf(doc, /two men had been detained/)).toEqual(["2026-05-18"]);
  });

  it("leaves that day off the firing, whose words stop before the second clause", () => {
    const firing = doc.facts.filter((f) => f.kind === "event" && /^the rockets had been fired/.test(f.text));
    expect(firing.map((f) => f.text)).toEqual(["the rockets had been fired from the direction of Hamrin"]);
    expect(firing[0]?.date?.value).not.toBe("2026-05-18");
  });
});

describe("a day counted on from the day a clause opens with", () => {
  it("dates the seizure by the fronted day, not by the release counted after it", () => {
    const doc = extract(
      "MOSUL, 20 May 2026\n\nOn 3 May, a contractor was abducted on the road to Tal Afar and freed six days later.",
    );
    expect(datesOf(doc, /contractor was abducted/)).toEqual(["2026-05-03"]);
  });

  it("still dates a deed by a counted day when no day opens its clause", () => {
    const doc = extract(
      "MOSUL, 20 May 2026\n\nGunmen attacked a checkpoint near Tal Afar on 3 May. The army arrested two suspects three days later.",
    );
    expect(datesOf(doc, /arrested two suspects/)).toEqual(["2026-05-06"]);
  });
});

describe("a reproduced text's source line", () => {
  const translation = [
    "OFFICIAL TRANSLATION · Kurdish into English",
    "Certified Thursday 21 May 2026",
    "Source: Hawler Weekly, issue 88, Wednesday 6 May 2026, page 2",
    "",
    "Unknown gunmen shot dead a farmer in his orchard near Makhmour on Monday night, police said.",
  ].join("\n");

  it("reads the source's day as the day the text was written", () => {
    expect(meta(translation).written?.date).toBe("2026-05-06");
  });

  it("counts the text's weekdays back from the source's day, not the certification's", () => {
    expect(datesOf(extract(translation), /shot dead a farmer/)).toEqual(["2026-05-04"]);
  });

  it("leaves a source line dated after the text's own date alone", () => {
    const later = translation.replace("Wednesday 6 May 2026", "Friday 29 May 2026");
    expect(meta(later).written).toBeUndefined();
  });
});
