import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { type Theme, Watch } from "../../../src/core/themes/theme.js";
import { opposed } from "../../../src/core/themes/watch.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2025-03-05T12:00:00Z");
const watchOf = (a: Assessment, text: RegExp) => {
  const w = [...a.signposts, ...a.indicators].find((x) => text.test(x.text));
  if (!w) throw new Error(`no watch ${text}`);
  return w;
};

describe("watch: a signpost is observed only by a report that carries its direction", () => {
  it("a reduction of US troops shows a withdrawal, never a coalition presence unchanged", () => {
    const theme = themeFixture("isis-prison-escape");
    const doc = sourceDocument(
      "US cuts troops in Syria",
      "The US military has reduced the number of its troops in Syria to about 900 this year and handed over two bases in Deir ez-Zor province, a Pentagon spokesman said.",
      "Associated Press",
      "2025-03-01",
    );
    const a = assess(theme, [doc], AT);
    const presence = watchOf(a, /presence in northeast Syria unchanged/);
    expect([...presence.observed, ...presence.contested]).toEqual([]);
  });

  it("ISIS ambushing army checkpoints is no ISIS checkpoint on a desert road", () => {
    const theme = themeFixture("isis-badia-insurgency");
    const doc = sourceDocument(
      "Attacks in the Badia",
      "ISIS cells ambushed army convoys and checkpoints between Palmyra and Al-Sukhnah on Monday, killing four soldiers, a monitor said.",
      "Syrian Observatory for Human Rights",
      "2025-03-01",
    );
    const a = assess(theme, [doc], AT);
    expect(watchOf(a, /ISIS checkpoints reported/).observed).toEqual([]);
  });

  it("an SDF patrol shot at near a camp is no redeployment of guards away from it", () => {
    const theme = themeFixture("isis-prison-escape");
    const doc = sourceDocument(
      "Shooting at Roj camp",
      "On Sunday, gunmen fired on an SDF patrol near the perimeter of Roj camp, wounding one guard, the Asayish said.",
      "North Press Agency",
      "2025-03-01",
    );
    const a = assess(theme, [doc], AT);
    expect(watchOf(a, /SDF redeploys guard units away/).observed).toEqual([]);
  });
});

describe("watch: opposed signposts", () => {
  const theme = themeFixture("isis-prison-escape");
  const signpost = (text: RegExp) => {
    const w = theme.scenarios.flatMap((s) => s.signposts).find((x) => text.test(x.text));
    if (!w) throw new Error(`no signpost ${text}`);
    return w;
  };

  it("knows a withdrawal and a presence kept as opposed, but not an SDF redeployment and a coalition presence", () => {
    expect(opposed(signpost(/Announcement of a US withdrawal/), signpost(/presence .* unchanged/))).toBe(
      true,
    );
    expect(opposed(signpost(/presence .* unchanged/), signpost(/SDF redeploys/))).toBe(false);
  });

  it("lets one sentence show at most one of two opposed signposts", () => {
    const mk = (text: string, noneTags: string[], anyTags: string[]): Watch =>
      Watch.parse({
        text,
        shownBy: [
          {
            kinds: ["event", "countermeasure"],
            anyTags,
            noneTags,
            actors: ["org/us-forces", "country/united-states", "org/pentagon"],
          },
        ],
      });
    const leave = mk("US forces leave", [], ["troop-withdrawal", "troop-deployment"]);
    const stay = mk("US forces stay", ["troop-withdrawal"], ["troop-deployment"]);
    expect(opposed(leave, stay)).toBe(true);
    const withSignposts = (...ws: Watch[]): Theme => ({
      ...theme,
      scenarios: ws.map((w) => ({ name: w.text, description: "One way the forces may go.", signposts: [w] })),
    });
    const doc = sourceDocument(
      "US troops in Syria",
      "US forces deployed to Hasakah province in Syria on Sunday, the Pentagon said.",
      "Associated Press",
      "2025-03-01",
    );
    // Each alone is shown by the sentence: it fits both patterns.
    expect(assess(withSignposts(leave), [doc], AT).signposts[0]?.observed).toHaveLength(1);
    expect(assess(withSignposts(stay), [doc], AT).signposts[0]?.observed).toHaveLength(1);
    const both = assess(withSignposts(leave, stay), [doc], AT);
    expect(both.signposts.filter((w) => w.observed.length > 0).length).toBeLessThanOrEqual(1);
  });
});

describe("watch: a signpost that names places is shown by its factor's evidence only at those places", () => {
  const theme = themeFixture("coalition-withdrawal");
  const residual = (a: Assessment) => a.factors.find((f) => f.id === "residual-presence")?.evidence ?? [];
  const atTanf = (a: Assessment) =>
    watchOf(a, /US or coalition forces remain in the Kurdistan Region and at Al-Tanf/);

  it("troops staying at bases in Hasakah count for a residual presence but show no presence at Al-Tanf", () => {
    const doc = sourceDocument(
      "US posture in Syria",
      "About 900 US troops remain in Syria, most of them at bases in Hasakah and Deir ez-Zor provinces, a Pentagon official said on Monday.",
      "Associated Press",
      "2025-03-01",
    );
    const a = assess(theme, [doc], AT);
    expect(residual(a).length).toBeGreaterThan(0);
    expect([...atTanf(a).observed, ...atTanf(a).contested]).toEqual([]);
  });

  it("troops staying at Al-Tanf show it", () => {
    const doc = sourceDocument(
      "US posture in Syria",
      "About 200 US troops remain at the Al-Tanf garrison near the Jordanian border, a Pentagon official said on Monday.",
      "Associated Press",
      "2025-03-01",
    );
    const a = assess(theme, [doc], AT);
    expect(residual(a).length).toBeGreaterThan(0);
    expect(atTanf(a).observed.length).toBe(1);
  });
});
