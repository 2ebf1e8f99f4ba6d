import { describe, expect, it } from "vitest";
import { withOutcome } from "../../../src/core/facts/timeline.js";
import { dated, extract } from "./helpers.js";

/**
 * Session 77 (helper x95): timeline readings from set 75's first sight, in families over every
 * held-out set. Sentences written for these tests.
 */

/** The timeline rows (label with its outcome) of the dated events and countermeasures. */
const rows = (text: string, publishedAt: string) =>
  dated(extract(text, publishedAt)).map((f) => `${f.date?.value} ${withOutcome(f.text, f)}`);

describe("army aviation, the army's air arm, striking", () => {
  it("is an air strike on the timeline, as an air force's strike is", () => {
    const r = rows(
      "On Thursday, army aviation pounded a hideout near Mutaibijah, killing four gunmen, the Joint Operations Command said.",
      "2026-05-09",
    );
    expect(r.some((x) => /^2026-05-07 .*army aviation pounded a hideout/.test(x))).toBe(true);
  });

  it("is not an air strike when aviation is only named, striking nothing", () => {
    const r = rows(
      "On Thursday, the minister said army aviation would receive six new helicopters next year.",
      "2026-05-09",
    );
    expect(r.some((x) => /aviation/.test(x) && /bomb|strike/i.test(x))).toBe(false);
    expect(r).toHaveLength(0);
  });
});
