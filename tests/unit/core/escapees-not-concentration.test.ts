import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * "Eleven ISIS detainees escaped from the prison": the figure counts those who got out, not those
 * held, so the sentence is an escape reported and never a large concentration of detainees (the
 * factor survey, bench/analysis/factor-survey.ts, found 42 annotated escapes filed as
 * concentrations across the sets). A figure of those still held stays a concentration.
 */

const AT = new Date("2027-04-20T12:00:00Z");
const roles = (first: string) =>
  assessStory(
    "isis-prison-escape",
    [first, "Asayish units searched the villages around the prison the next morning."],
    AT,
    "Reuters",
    "2027-04-12",
  ).roles(0);

describe("a count of detainees who escaped", () => {
  it("is an escape reported, not a concentration of detainees", () => {
    const cited = roles(
      "Eleven ISIS detainees escaped from Sina'a prison in Hasakah on the night of 10 April.",
    );
    expect(cited).toContain("driver:escape-reported");
    expect(cited).not.toContain("driver:detainee-concentration");
    const fled = roles(
      "About 40 ISIS prisoners broke out of the Ghweiran prison in Hasakah before dawn on 11 April.",
    );
    expect(fled).not.toContain("driver:detainee-concentration");
  });
  it("while a count of detainees still held stays a concentration", () => {
    expect(
      roles(
        "More than 4,000 ISIS detainees are held in Sina'a prison in Hasakah, the Asayish said on 10 April.",
      ),
    ).toContain("driver:detainee-concentration");
  });
});
