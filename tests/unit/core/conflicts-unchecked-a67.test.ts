import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 66's held-out set 60: an auditing body counted lorries let through a border post
 * without inspection over some months, and the post's authority answered with its own smaller
 * count "in the period examined" by the auditors. The tests tell it in other words.
 */
const at = new Date("2026-06-20T12:00:00Z");
const valuesOf = (c: { claims: { value?: number | null }[] }) =>
  c.claims.map((x) => x.value ?? null).sort((x, y) => (x ?? 0) - (y ?? 0));

const audit = paragraphsDocument(
  "Audit office: lorries waved through at Trebil",
  [
    "The Federal Board of Supreme Audit said on Monday that customs guards at the Trebil crossing allowed 42 lorries from Jordan to enter without inspection between February and April.",
    "The board referred its findings to the prosecutor.",
  ],
  "Federal Board of Supreme Audit (Iraq)",
  "2026-06-01",
);
const reply = (text: string) =>
  paragraphsDocument(
    "Customs authority replies on Trebil",
    [text, "The authority said it would cooperate with the prosecutor."],
    "General Customs Authority (Iraq)",
    "2026-06-03",
  );

describe("conflicts: loads let through a border post unchecked, two bodies' counts", () => {
  it("sets the post's count over the period the auditors examined against the auditors' count", () => {
    const a = assess(
      themeFixture("cross-border-smuggling"),
      [
        audit,
        reply(
          "The General Customs Authority said that just five lorries entered the Trebil crossing without a full inspection during the period reviewed by the auditors.",
        ),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 42));
    expect(box && valuesOf(box)).toEqual([5, 42]);
    expect(box?.topic).toMatch(/without inspection/);
  });

  it("keeps a count of another stretch of months apart", () => {
    const a = assess(
      themeFixture("cross-border-smuggling"),
      [
        audit,
        reply(
          "The General Customs Authority said that just five lorries entered the Trebil crossing without a full inspection in May.",
        ),
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 42))).toBeUndefined();
  });
});

describe("conflicts: a party told as crossing against one told as turned back in the attempt", () => {
  const monitor = paragraphsDocument(
    "Armed men cross near Rabia",
    [
      "Around 25 armed men crossed from Syria into Iraq near Rabia on the night of 12 May and headed east, shepherds told the monitor.",
      "The shepherds said the men walked along a dry riverbed.",
    ],
    "Sinjar Observatory",
    "2026-05-14",
  );
  const command = (text: string) =>
    paragraphsDocument(
      "Statement of the border command",
      [text, "The command urged citizens to rely on official statements."],
      "Border Guards Command (Iraq)",
      "2026-05-15",
    );

  it("sets those said to have crossed against a party said to have been turned back", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        monitor,
        command(
          "On the night of 12 May a band of four smugglers attempted to cross near Rabia but were pushed back by the Border Guards.",
        ),
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 25))).toBeDefined();
  });

  it("reads no stop where some of the party got through after all", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        monitor,
        command(
          "On the night of 12 May a band of smugglers attempted to cross near Rabia and was stopped, but several of them got through.",
        ),
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 25))).toBeUndefined();
  });
});

describe("conflicts: a toll box names whose dead it compares", () => {
  it("titles a toll of soldiers on both sides as the forces' toll", () => {
    const claim = paragraphsDocument(
      "Group claims raid on army post",
      [
        "The Islamic State said its fighters killed 11 Syrian soldiers in a raid on an army post near Sukhnah on 3 May.",
        "The group published no pictures of the raid.",
      ],
      "SITE Intelligence Group",
      "2026-05-04",
    );
    const ministry = paragraphsDocument(
      "Ministry statement on Sukhnah",
      [
        "A terrorist group attacked an army post near Sukhnah at dawn on 3 May, and our forces repelled the attack.",
        "Three of our soldiers were wounded and four of the terrorists were killed, and no member of our forces lost his life.",
      ],
      "Syrian Ministry of Defence",
      "2026-05-04",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [claim, ministry], at);
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 11));
    expect(box?.topic).toMatch(/^The number killed \(forces\)/);
  });
});
