import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-11-26T12:00:00Z");

describe("an interview told in labelled turns is set where its introduction says, once its first answers bear on the theme", () => {
  const theme = themeFixture("border-fortification");
  const interview = (labels: boolean) =>
    sourceDocument(
      "Interview with the Rabia sector commander",
      [
        "Colonel Hadi Kareem commands the regiment that holds the sector north of Sinjar, and he spoke to us at his headquarters.",
        `${labels ? "Q: " : ""}What happened on Friday night, when the channels spoke of an infiltration in your sector?`,
        `${labels ? "A: " : ""}A group of six smugglers approached the wall before dawn, and our cameras picked them up.`,
        `${labels ? "A: " : ""}Our men opened fire from the towers, and the group fled back across the line.`,
        `${labels ? "Q: " : ""}How long is the barrier now?`,
        `${labels ? "A: " : ""}The concrete wall now stretches for 40 kilometres along my sector, with a ditch in front of it.`,
      ].join("\n\n"),
      "Defence Monthly",
      "2026-11-25",
    );

  it("keeps the setting the introduction names once an answer, past the question, bears on the theme", () => {
    const doc = interview(true);
    const a = assess(theme, [doc], AT);
    expect(cited(a, doc.article.id, 5)).toEqual(["mitigator:physical-barrier"]);
  });

  it("leaves prose without turn labels to its first two sentences", () => {
    const doc = interview(false);
    const a = assess(theme, [doc], AT);
    expect(cited(a, doc.article.id, 5)).toEqual([]);
  });
});
