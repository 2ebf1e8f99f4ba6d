import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";

const meta = (text: string) => segment(text, tokenize(text)).metadata;

describe("segment: publication dates of wire wrap-ups, factboxes and caption packages", () => {
  it("reads a two-bureau dateline, the second bureau after the first's country", () => {
    const text =
      "WRAPUP 1-Shelling on two fronts\n\nQAMISHLI, Syria/ANKARA, July 18 (Levant Wire) - Shelling on two front lines killed five people on Friday, officials said.";
    const m = meta(text);
    expect(m.source).toBe("Levant Wire");
    expect(m.dateline?.date).toBe("--07-18");
    expect(text.slice(m.dateline?.start, m.dateline?.end)).toBe(
      "QAMISHLI, Syria/ANKARA, July 18 (Levant Wire) - ",
    );
  });

  it("dates a caption package by its filing stamp", () => {
    const text =
      'LEVANT WIRE PICTURES · CAPTIONS FOR TRANSMISSION\nPackage: "Desert patrol" · 6 of 8 frames · Filed Tuesday 11 August 2026, 09:40 Baghdad time\n\nFRAME 1: Soldiers search a valley on Sunday.';
    expect(meta(text).publishedAt).toBe("2026-08-11");
  });

  it("gives a yearless dateline the latest year the story places anything in", () => {
    const text =
      "FACTBOX-Captagon on the border\n\nAMMAN, April 13 (Levant Wire) - Jordan's army said on Sunday it had seized pills on its border. Officials say the army foiled 87 attempts in the first quarter of 2026, and has reported drones since 2022.";
    const m = meta(text);
    // The guess is the publication date's; the dateline stays month-day for a known one to fill.
    expect(m.dateline?.date).toBe("--04-13");
    expect(m.publishedAt).toBe("2026-04-13");
    // Relative days of the story now count from the dateline's day.
    const doc = extractFacts({ id: "t", title: "t", text });
    expect(doc.article.publishedAt).toBe("2026-04-13");
  });

  it("takes no year from a period that only runs since it", () => {
    const text =
      "Iraq halves truck traffic\n\nBAGHDAD, Jan 13 (Levant Wire) - Guards have seized more than 600 rifles at the crossing since the start of 2025, and more since 2022, officials said.";
    const m = meta(text);
    expect(m.dateline?.date).toBe("--01-13");
    expect(m.publishedAt).toBeNull();
  });

  it("leaves a yearless dateline to the publication line when the story has one", () => {
    const text =
      "Headline here\nNovember 4, 2025 6:12 AM GMT+3\n\nBAGHDAD, Nov 4 (Reuters) - Guards killed two smugglers on Monday, officials said, the worst clash since early 2024 and in 2026 plans.";
    const m = meta(text);
    expect(m.publishedAt).toBe("2025-11-04");
    expect(m.dateline?.date).toBe("--11-04");
  });
});
