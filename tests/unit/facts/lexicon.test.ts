import { describe, expect, it } from "vitest";
import { LEXICON } from "../../../src/core/facts/lexicon/index.js";
import { matchLexicon } from "../../../src/core/facts/lexicon/matcher.js";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";

function matches(text: string) {
  const tokens = tokenize(text);
  segment(text, tokens);
  return matchLexicon(tokens).map((m) => ({
    id: m.entry.id,
    text: text.slice(tokens[m.first]?.start, tokens[m.last]?.end),
  }));
}

describe("lexicon", () => {
  it("has unique ids, and coordinates on every place and facility that is not a country-sized region", () => {
    const ids = LEXICON.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of LEXICON.filter((x) => x.type === "place" || x.type === "facility")) {
      expect(e.coordinates, e.id).toBeDefined();
      const [lon, lat] = e.coordinates ?? [0, 0];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });

  it("matches names whatever their case, diacritics and hyphens", () => {
    expect(matches("the camp known as Al Ḩawl")).toEqual([{ id: "facility/al-hol-camp", text: "Al Ḩawl" }]);
    expect(matches("in Tadmur and as-Sukhnah")).toEqual([
      { id: "place/palmyra", text: "Tadmur" },
      { id: "place/sukhnah", text: "as-Sukhnah" },
    ]);
    expect(matches("the Syrian desert")[0]?.id).toBe("place/syrian-desert");
  });

  it("knows the aliases and acronyms of armed groups", () => {
    const ids = (t: string) => matches(t).map((m) => m.id);
    expect(ids("Daesh")).toEqual(["org/isis"]);
    expect(ids("ISIL fighters")).toEqual(["org/isis"]);
    expect(ids("the Popular Mobilization Forces")).toEqual(["org/pmf"]);
    expect(ids("al-Hashd al-Shaabi")).toEqual(["org/pmf"]);
    expect(ids("Hay'at Tahrir al-Sham")).toEqual(["org/hts"]);
    expect(ids("the U.S.-led coalition")).toEqual(["org/coalition"]);
  });

  it("matches short acronyms only in capitals", () => {
    expect(matches("It is what IS wants").map((m) => m.text)).toEqual(["IS"]);
    expect(matches("tell us about the US").map((m) => m.text)).toEqual(["US"]);
  });

  it("prefers the longest name and takes in a head word", () => {
    expect(matches("the Al-Qaim border crossing")).toEqual([
      { id: "facility/qaim-crossing", text: "Al-Qaim border crossing" },
    ]);
    expect(matches("near Al-Qaim")).toEqual([{ id: "place/qaim", text: "Al-Qaim" }]);
    expect(matches("the al-Hol camp")[0]?.text).toBe("al-Hol camp");
    expect(matches("in Anbar province")[0]?.text).toBe("Anbar province");
  });

  it("marks country adjectives as demonyms", () => {
    const tokens = tokenize("a Turkish drone");
    segment("a Turkish drone", tokens);
    expect(matchLexicon(tokens)).toMatchObject([{ entry: { id: "country/turkey" }, demonym: true }]);
  });
});
