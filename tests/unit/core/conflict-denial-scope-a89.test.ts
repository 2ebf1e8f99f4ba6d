import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { otherQuarter } from "../../../src/core/themes/conflicts.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Two denials that answer less than their factor does (set 42's 636 once the desert's Resafa is
 * read as Syria's, in wording of its own): a ministry's "rumours that the terrorists held the town
 * overnight are false" denies that the town fell, not the ambush nor a count of attacks; a
 * network's "the government has still not deployed a regular unit east of the town" denies nothing
 * of reinforcements on the road west of it. Real extractor output of short texts.
 */

const AT = new Date("2026-11-20T12:00:00Z");
const ministry = (third: string) =>
  sourceDocument(
    "Ministry statement",
    `The Ministry of Interior mourns three members of the internal security forces who were killed when ISIS terrorists ambushed their patrol on the Palmyra-Sukhnah road in the eastern Homs desert on Tuesday.\n\nOur units pursued the attackers and killed one of them near the Arak gas field.\n\n${third}\n\nRumours on social media that the terrorists held the town of Al-Sukhnah overnight are false.`,
    "Syrian Ministry of Interior (Telegram)",
    "2026-11-12",
  );
const network = sourceDocument(
  "Network count",
  "Our monthly count covers 1 to 12 November 2026.\n\nWe recorded 31 ISIS attacks in the Badia in that period, against 22 in the previous month.\n\nThe deadliest attack was the ambush on the Palmyra-Sukhnah road on 10 November, in which seven members of the security forces were killed, according to our sources in Homs.\n\nThe government has still not deployed a regular unit east of Al-Sukhnah, leaving the desert roads to local militias.",
  "Palmyra News Network (local network)",
  "2026-11-14",
);
const ON_THE_ROAD =
  "Reinforcements from the 25th Division have taken over the checkpoints on the road that the ambushed patrol held.";

describe("conflicts: a denial answers only what it denies", () => {
  it("keeps the two tolls of the ambush, and sets no denial box against attacks or the reinforcements", () => {
    const a = assess(themeFixture("isis-badia-insurgency"), [ministry(ON_THE_ROAD), network], AT);
    expect(a.conflicts.map((c) => c.kind)).toEqual(["figures"]);
  });

  it("still sets the rumour's denial against an account that the town was taken", () => {
    const taken = sourceDocument(
      "Town taken",
      "ISIS fighters took control of the town of Al-Sukhnah on Tuesday night and held it until dawn, our correspondent said.",
      "Palmyra News Network (local network)",
      "2026-11-13",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [ministry(ON_THE_ROAD), taken], AT);
    expect(a.conflicts.some((c) => c.claims.some((x) => x.articleId === taken.article.id))).toBe(true);
  });
});

describe("a denial bounded to one side of a place", () => {
  const denial = collectReports([network]).find((r) => r.sentence === 3 && r.modality === "negated");
  const account = (third: string) =>
    collectReports([ministry(third)]).find((r) => r.sentence === 2 && r.kind === "countermeasure");

  it("does not answer an account placed on the other side of it", () => {
    const a = account("Reinforcements from the 25th Division have taken over the checkpoints near Palmyra.");
    expect(denial && a && otherQuarter(a, denial)).toBe(true);
  });

  it("answers an account placed on its side", () => {
    const a = account(
      "Reinforcements from the 25th Division have taken over the checkpoints near Deir ez-Zor.",
    );
    expect(denial && a && otherQuarter(a, denial)).toBe(false);
  });
});
