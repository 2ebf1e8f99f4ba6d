import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { liveEntry } from "../../../src/core/themes/conflicts-claims.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

const at = new Date("2026-03-14T12:00:00Z");
const valuesOf = (c: { claims: { value?: number | null }[] }) =>
  c.claims.map((x) => x.value ?? null).sort((x, y) => (x ?? 0) - (y ?? 0));

describe("conflicts: a live blog's stamped entry is of the day it covers", () => {
  it("reads an entry stamped with its hour as of the blog's day, a video's chapter mark not", () => {
    const blog =
      "Our reporters are following the riot at the central jail as it unfolds, newest entries last.";
    expect(liveEntry("14:20 Police said two guards were killed in the riot.", blog)).toBe(true);
    expect(liveEntry("Police said two guards were killed in the riot.", blog)).toBe(false);
    expect(liveEntry("Breaking news alerts from the channel on the jail riot.", "")).toBe(false);
    expect(
      liveEntry(
        "03:10 Walking through the old souk at noon.",
        "In this episode I walk through the old city and meet the people who stayed.",
      ),
    ).toBe(false);
  });

  it("sets the live blog's toll of guards against another outlet's toll of the same attack", () => {
    const blog = paragraphsDocument(
      "LIVE: gunmen storm Tal Hamra prison",
      [
        "Hawar News is following the assault on Tal Hamra prison near Hasakah as it unfolds.",
        "09:05 Residents said gunmen attacked the gate of Tal Hamra prison with a truck bomb at first light.",
        "12:30 The prison administration said the outer wall was sealed again by noon.",
        "15:45 The Internal Security Forces said two guards were killed and five wounded in the attack.",
      ],
      "Hawar News",
      "2026-03-10",
    );
    const release = paragraphsDocument(
      "Red Crescent: hospital gives the toll of the prison attack",
      [
        "The Red Crescent said its teams took the wounded of the attack on the prison in Hasakah to hospital on 10 March.",
        "According to the hospital, 13 people were killed, among them seven members of the guard force.",
      ],
      "Syrian Arab Red Crescent press release",
      "2026-03-11",
    );
    const a = assess(themeFixture("isis-prison-escape"), [blog, release], at);
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 7));
    expect(box && valuesOf(box)).toEqual([2, 7]);
  });
});

describe("conflicts: a party's own count set against the figure told before it", () => {
  const snapshot = (second: string) =>
    paragraphsDocument(
      "Monitoring note: Roj camp, February 2026",
      [
        "This note summarises monitoring in Roj camp between 2 and 26 February 2026, from 300 household visits.",
        "PROTECTION: some 2,600 residents remain in Roj camp, most of them women and children.",
        "PROTECTION: 12 residents, including three boys held in the rehabilitation centre, were said to have left the camp with smugglers through a cut in the fence.",
        second,
      ],
      "Norwegian Refugee Council",
      "2026-03-02",
    );

  it("reads 'departures without authorisation' as those who left, and the camp's own count as another account", () => {
    const a = assess(
      themeFixture("isis-prison-escape"),
      [
        snapshot(
          "PROTECTION: the camp security office's own count, shared with partners, recorded four departures without authorisation in the same period.",
        ),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 12));
    expect(box && valuesOf(box)).toEqual([4, 12]);
  });

  it("keeps a later figure from the same voice, not named as another's own, a revision", () => {
    const a = assess(
      themeFixture("isis-prison-escape"),
      [
        snapshot(
          "PROTECTION: later checks found that four residents had left the camp without authorisation.",
        ),
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 12 || x.value === 4))).toBeUndefined();
  });
});
