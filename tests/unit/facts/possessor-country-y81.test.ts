import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session y81: a country's possessive before its own body ("Jordan's interior ministry") names the
 * country as a party (ANNOTATION.md rule 8), also where the gazetteer spells the body with the
 * possessive. Sentences written for these tests.
 */

const entities = (text: string) => extract(text, "2026-03-10T00:00:00Z").entities.map((e) => e.name);
const quotes = (text: string) => extract(text, "2026-03-10T00:00:00Z").quotes;

describe("a country's possessive before its own body", () => {
  it("lists Jordan beside the ministry in 'Jordan's interior ministry said ...'", () => {
    const names = entities(
      "Smugglers fired on a patrol near Ruwaished on Sunday. Jordan's interior ministry said three of them were arrested.",
    );
    expect(names).toContain("Jordan");
    expect(names.some((n) => /Ministry of Interior/i.test(n))).toBe(true);
  });

  it("lists Iraq for 'Iraq’s foreign ministry' with a curly apostrophe, the ministry still the speaker", () => {
    const text =
      "A drone struck a depot outside Sinjar on Friday. Iraq’s foreign ministry said the strike was “a violation”.";
    expect(entities(text)).toContain("Iraq");
    expect(quotes(text).map((q) => q.speaker.name)).not.toContain("Iraq");
  });

  it("adds no country for a ministry named without a possessive (guard)", () => {
    expect(
      entities(
        "A drone struck a depot outside Sinjar on Friday. The Iraqi foreign ministry condemned the strike.",
      ),
    ).not.toContain("Iraq");
  });
});
