import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Coalition support to the guards of the detention sites told as cut ("the coalition's training of
 * the prison guard units has already been cut to one course a month") is backing the SDF is
 * losing, a driver, not a presence kept: held-out set 71's case 1042 cited it as the mitigator
 * `residual-presence`. A support that goes on stays the mitigator. Other forces, places and
 * verbs here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const roles = (theme: string, sentence: string) =>
  assessStory(theme, [sentence], AT, "Reuters", "2027-02-20").roles(0);

describe("coalition support to the prison guards, cut", () => {
  it.each([
    "US support for the guard units of the Hasakah prisons was scaled back in March, an SDF official said.",
    "The coalition's training of the camp guard units in northeast Syria has been cut to two courses a year, officials said.",
  ])("is the SDF losing its backing: %s", (sentence) => {
    const r = roles("coalition-withdrawal", sentence);
    expect(r).toContain("driver:sdf-exposure");
    expect(r.some((x) => x.startsWith("mitigator:"))).toBe(false);
  });

  it("is no coalition support to the guards in the prison theme", () => {
    const r = roles(
      "isis-prison-escape",
      "The coalition's training of the camp guard units in northeast Syria has been cut to two courses a year, officials said.",
    );
    expect(r).not.toContain("mitigator:coalition-support");
  });

  it("but support that goes on is still a presence kept", () => {
    expect(
      roles(
        "coalition-withdrawal",
        "US advisers continue to train and equip the guard units of the Hasakah prisons, an SDF official said.",
      ),
    ).toContain("mitigator:residual-presence");
  });
});
