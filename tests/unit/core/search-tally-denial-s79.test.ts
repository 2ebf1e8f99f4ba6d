import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 79 (set 64, case 933): "no one has been caught so far", told of a search after an
 * escape, denies no arrest made days before, nor guards added: another measure, another day.
 */

const AT = new Date("2027-01-12T12:00:00Z");
const post = sourceDocument(
  "Post",
  [
    "Breaking: four ISIS detainees escaped from the SDF prison on the northern edge of Tabqa before dawn, according to two guards I spoke to.",
    "They climbed the wall of the kitchen yard while the cameras were down for two hours.",
    "SDF patrols have closed every road out of the town since the morning, and no one has been caught so far.",
  ].join(" "),
  "X (post by a local news account)",
  "2027-01-05",
);
const statement = sourceDocument(
  "Statement",
  [
    "Reports on social media about an escape of detainees from a facility in Tabqa are false and aim to sow fear.",
    "All detainees were present at the evening count on Monday, and none of them is missing.",
    "A storm cut the power to the facility for two hours on Monday night, and the guards were tripled until it came back.",
    "Our forces arrested three men near the prison wall on 29 December who were carrying drugs meant for detainees.",
  ].join(" "),
  "SDF Media Center (statement)",
  "2027-01-06",
);

describe("a search's running tally against other measures", () => {
  const boxes = assess(themeFixture("isis-prison-escape"), [post, statement], AT).conflicts;

  it("sets no box between 'no one has been caught so far' and an earlier arrest or guards added", () => {
    expect(boxes.filter((c) => c.factor === "sdf-control")).toEqual([]);
  });

  it("still sets the escape against its denial", () => {
    expect(boxes.filter((c) => c.factor === "escape-reported")).toHaveLength(1);
  });
});
