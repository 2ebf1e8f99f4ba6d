import { describe, expect, it } from "vitest";
import { tagsOf } from "./helpers.js";

describe("a foreign force of advisers", () => {
  it("counted, is a force where it stands", () => {
    expect(
      tagsOf(
        "Fewer than 1,000 American advisers remain, all of them in Erbil and Harir in the Kurdistan Region.",
        "quantity",
      ),
    ).toContain("troop-deployment");
  });
  it("is not any advisers counted", () => {
    expect(tagsOf("The minister brought 12 advisers to the talks in Baghdad.", "quantity")).not.toContain(
      "troop-deployment",
    );
  });
  it("told to leave from where it is, is a withdrawal", () => {
    expect(
      tagsOf(
        "One of the officials said Washington had informed Baghdad that the last combat advisers in Erbil would leave in the first half of 2027.",
        "event",
      ),
    ).toContain("troop-withdrawal");
  });
});

describe("a backer's payments for another force's guards", () => {
  it("told to end, are support cut", () => {
    expect(
      tagsOf(
        "An official said the coalition had told the SDF that its payments for the guards of the detention sites would end in March.",
        "event",
      ),
    ).toContain("troop-withdrawal");
  });
  it("told to go on, are not", () => {
    expect(
      tagsOf(
        "An official said the coalition had told the SDF that its payments for the guards of the detention sites would continue until March.",
        "event",
      ),
    ).not.toContain("troop-withdrawal");
  });
});
