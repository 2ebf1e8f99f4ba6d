import { describe, expect, it } from "vitest";
import { dated, extract } from "./helpers.js";

/** A toll told after its happening in a long sentence, and in a quiz's answer (session 37, round 2), on texts written for these tests. */

describe("a toll sentence is measured in words, not punctuation", () => {
  it("a toll naming a hyphenated victim and listing the damage still goes with its happening", () => {
    const text =
      "On the night of Sunday 8 March 2026, at about 02:10, some twenty armed men attacked the depot at km 12. They shot dead the watchman, Khalid Saleh al-Jumaili, set fire to three fuel trucks and a loader, and drove off northwards in two pick-ups.\n\nThe police opened an inquiry.";
    const doc = extract(text, "2026-03-12");
    const attack = dated(doc).find((f) => /attacked the depot/.test(f.text));
    expect(attack?.date?.value).toBe("2026-03-08");
    expect(attack?.outcome?.text).toMatch(/^They shot dead the watchman, Khalid Saleh al-Jumaili/);
    expect(dated(doc).map((f) => f.date?.value)).not.toContain("2026-03");
  });

  it("a long toll sentence of many words is still no outcome", () => {
    const text =
      "On Sunday, gunmen attacked a checkpoint near Hit. Two policemen were killed when the men, who had come from the desert in several cars and were said by residents of the nearby villages to have been seen there for days before the attack, opened fire.";
    const doc = extract(text, "2026-03-12");
    expect(dated(doc).some((f) => f.outcome !== undefined)).toBe(false);
  });
});

describe("a quiz's answer tells the toll of the happening its question told", () => {
  const quiz = (answer: string) =>
    `THE WEEKLY NEWS QUIZ\n\n1. On Monday night, gunmen attacked a police post near Tarmiyah. Which river runs past the town?\n(a) the Tigris (b) the Euphrates\n\n2. Which city hosted the trade fair on Tuesday?\n\nANSWERS\n\n${answer}\n\n2. Baghdad.`;

  it("'1. (a). Three policemen were killed ...' goes with question 1's attack", () => {
    const doc = extract(quiz("1. (a). Three policemen were killed and two were wounded."), "2026-04-11");
    const attack = dated(doc).find((f) => /attacked a police post near Tarmiyah/.test(f.text));
    expect(attack?.date?.value).toBe("2026-04-06");
    expect(attack?.outcome?.text).toBe("Three policemen were killed and two were wounded");
    expect(dated(doc).some((f) => /^Three policemen were killed/.test(f.text))).toBe(false);
  });

  it("an answer whose number no question has, or a long numbered sentence, joins nothing", () => {
    const none = extract(quiz("9. (a). Three policemen were killed and two were wounded."), "2026-04-11");
    expect(dated(none).some((f) => f.outcome !== undefined)).toBe(false);
    const long = extract(
      quiz(
        "1. The river is the Tigris, as everyone knows. Three policemen were killed and two were wounded.",
      ),
      "2026-04-11",
    );
    expect(dated(long).some((f) => f.outcome !== undefined)).toBe(false);
  });
});
