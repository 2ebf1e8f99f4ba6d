import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-11-26T12:00:00Z");

describe("an interview that says so in its opening is set where it says, though its turns carry no labels", () => {
  const theme = themeFixture("border-fortification");
  const interview = (opening: string) =>
    sourceDocument(
      "Interview with the Rabia sector commander",
      [
        opening,
        "What happened on Friday night, when the channels spoke of an infiltration in your sector?",
        "A group of six smugglers approached the wall before dawn, and our cameras picked them up.",
        "Our men opened fire from the towers, and the group fled back across the line.",
        "How long is the barrier now?",
        "The concrete wall now stretches for 40 kilometres along my sector, with a ditch in front of it.",
      ].join("\n\n"),
      "Defence Monthly",
      "2026-11-25",
    );

  it("reads the answers as the lede when the opening says the piece is an interview", () => {
    const doc = interview(
      "Defence Monthly spoke by telephone with Colonel Hadi Kareem, who commands the regiment north of Sinjar, two days after the night in question.",
    );
    expect(cited(assess(theme, [doc], AT), doc.article.id, 5)).toEqual(["mitigator:physical-barrier"]);
  });

  it("leaves a piece whose opening names no interview to its first two sentences", () => {
    const doc = interview(
      "Colonel Hadi Kareem commands the regiment north of Sinjar, and he met us at his headquarters two days after the night in question.",
    );
    expect(cited(assess(theme, [doc], AT), doc.article.id, 5)).toEqual([]);
  });
});
