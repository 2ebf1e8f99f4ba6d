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
  it("named by what the money pays, told to stop, are support cut", () => {
    for (const text of [
      "Washington has warned the Kurdish-led force that the money which pays most of its camp guards will stop next summer.",
      "Diplomats say the funds that cover the salaries of the jail guards are due to run out when the mission closes.",
    ])
      expect(tagsOf(text, "event"), text).toContain("troop-withdrawal");
  });
  it("named by what it pays, told to go on, or money that pays something else, are not", () => {
    for (const text of [
      "Washington has told the Kurdish-led force that the money which pays most of its camp guards will continue next year.",
      "The ministry said the money that pays the teachers will stop if the strike goes on.",
    ])
      expect(tagsOf(text, "event"), text).not.toContain("troop-withdrawal");
  });
});
