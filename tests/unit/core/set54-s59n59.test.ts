import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { citedRoles as cited, conflictsOf, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 59 (helper n59): readings behind the sign and judgment errors of analytic set 54
 * (tests/fixtures/analysis/ANNOTATION.md rules 1 and 6), on short texts written for these tests.
 */
const AT = new Date("2026-12-20T12:00:00Z");
const roles = (theme: string, text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-12");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};
const judged = (theme: string, text: string, judgment: string) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-12");
  return assess(themeFixture(theme), [doc], AT).judgments.find((j) => j.id === judgment);
};

describe("gunmen killed as they crossed are a stop (rule 1; a deadly stop stays interdictions)", () => {
  it("cites troops who killed gunmen who crossed from Syria at the border as interdictions", () => {
    const text =
      "Iraqi troops killed six gunmen who crossed from Syria near the Rutba border post on Friday night, an Iraqi officer said.";
    expect(roles("border-fortification", text, 0)).toEqual(["mitigator:interdictions"]);
  });

  it("keeps gunmen who crossed from Syria and killed guards as the pressure", () => {
    const text =
      "Six gunmen who crossed from Syria near the Rutba border post killed two Iraqi border guards on Friday night, an Iraqi officer said.";
    expect(roles("border-fortification", text, 0)).not.toContain("mitigator:interdictions");
  });
});

describe("a departure that would leave the SDF without its partner exposes it", () => {
  const LEDE =
    "Britain plans to pull its last soldiers out of northeast Syria by the summer, officials said.";

  it("cites the partner the SDF would be left without as SDF exposure, not as a presence", () => {
    const text = `${LEDE}\n\nSDF officers said the departure of the British would leave them without the only foreign partner that still patrols with them near the camps at Qamishli.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["driver:sdf-exposure"]);
  });

  it("keeps an arrival that would leave the SDF with a partner as a presence", () => {
    const text = `${LEDE}\n\nSDF officers said the arrival of the British would leave them with a foreign partner that patrols with them near the camps at Qamishli.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["mitigator:residual-presence"]);
  });
});

describe("a shooting by a smuggling band named back is a clash with smugglers (rule 6)", () => {
  const LEDE =
    "Iraqi border police arrested nine members of a network smuggling cigarettes from Syria near Sinjar on 10 December.";

  it("cites members of the network who fired on a raid as armed groups in the trade", () => {
    const text = `${LEDE}\n\nWhen the police raided their warehouse, members of the network opened fire, wounding three policemen.`;
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:armed-group-involvement"]);
    expect(judged("cross-border-smuggling", text, "violent-clashes")?.probability).not.toBeNull();
  });

  it("lends nothing to a shooting by a network that the story tells as recruiting fighters", () => {
    const lede =
      "Iraqi police arrested nine members of a network recruiting fighters for ISIS near Sinjar on 10 December.";
    const text = `${lede}\n\nWhen the police raided their warehouse, members of the network opened fire, wounding three policemen.`;
    expect(roles("cross-border-smuggling", text, 1)).not.toContain("driver:armed-group-involvement");
  });
});

describe("a trade's new route and a side left unchecked are the pressure on the border", () => {
  const TAIL = "\n\nJordanian soldiers seized 900,000 pills near Ruwaished in November, the army said.";

  it("cites a drug trade shifted across the border as smuggling reported", () => {
    const text = `Much of the Captagon trade has shifted west, from the Syrian desert and across the Jordanian border near Ruwaished, traders say.${TAIL}`;
    expect(roles("cross-border-smuggling", text, 0)).toEqual(["driver:smuggling-reported"]);
  });

  it("cites a Syrian side with too few police and no customs posts as a security vacuum", () => {
    const text = `On the Syrian side of the border, farmers say there are too few police and no customs posts.${TAIL}`;
    expect(roles("cross-border-smuggling", text, 0)).toEqual(["driver:security-vacuum"]);
  });

  it("cites neither for a trade moved to ports or too few police records", () => {
    const text = `Much of the Captagon trade has shifted to the ports of the Red Sea, traders say.\n\nOn the Syrian side of the border, there are too few police records to trace the men.${TAIL}`;
    expect(roles("cross-border-smuggling", text, 0)).not.toContain("driver:smuggling-reported");
    expect(roles("cross-border-smuggling", text, 1)).not.toContain("driver:security-vacuum");
  });
});

describe("a division sent to a desert town and a push to expel advisers (rule 12; withdrawal pressed)", () => {
  it("cites a division the army sent to a desert town as new forces", () => {
    const text =
      "ISIS cells attacked two army posts near Tadmur in November, a monitor said.\n\nThe army sent a division to Tadmur in December and set up posts on the road to Homs.";
    expect(roles("isis-badia-insurgency", text, 1)).toEqual(["mitigator:new-forces"]);
  });

  it("cites factions pressing to expel the remaining advisers as withdrawal intent, not an ambassador", () => {
    const lede = "About 300 US advisers remain at Ain al-Asad in a training role, officials said.";
    const push = `${lede}\n\nSeveral blocs in parliament are pressing the cabinet to expel the remaining advisers before the vote.`;
    const envoy = `${lede}\n\nSeveral blocs in parliament are pressing the cabinet to expel the Turkish ambassador before the vote.`;
    expect(roles("coalition-withdrawal", push, 1)).toEqual(["driver:withdrawal-intent"]);
    expect(roles("coalition-withdrawal", envoy, 1)).toEqual([]);
  });
});

describe("two counts of the same equipment at work in one month (conflict claims)", () => {
  const supplier = () =>
    sourceDocument(
      "Radars online",
      "The supplier said today that 30 of its coastal radars are now operating along the Rabia border sector.",
      "Example Systems (press release)",
      "2026-11-10",
    );
  const audit = (month: string) =>
    sourceDocument(
      "Audit",
      `Of the 30 radars installed in the Rabia sector, only 12 were working for most of ${month}, border officers said.`,
      "Federal Board of Supreme Audit",
      "2026-11-29",
    );
  const working = (c: { claims: { value?: number }[] }) =>
    c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0));

  it("reads a count said to operate as a count at work, never as none out of service", () => {
    const kinds = claimsOf(collectReports([supplier()])).map((f) => [f.kind, f.value]);
    expect(kinds).toContainEqual(["working:radars", 30]);
    expect(kinds.filter(([k]) => String(k).startsWith("out-of-service"))).toEqual([]);
  });

  it("sets 30 operating against only 12 working for most of the same month", () => {
    const found = conflictsOf([supplier(), audit("November")], new Date("2026-12-05T12:00:00Z"));
    expect(found.filter((c) => c.kind === "figures").map(working)).toContainEqual([12, 30]);
  });

  it("does not set them against each other when the audit's month is another", () => {
    const found = conflictsOf([supplier(), audit("October")], new Date("2026-12-05T12:00:00Z"));
    expect(found.filter((c) => c.kind === "figures").map(working)).not.toContainEqual([12, 30]);
  });
});

describe("a coalition state withdrawing its own forces is the coalition's withdrawal", () => {
  it("cites Britain's plan to withdraw its trainers from Iraq as withdrawal intent", () => {
    const text =
      "Britain plans to withdraw its trainers from Iraq and its special forces from northeast Syria by March, officials said.";
    expect(roles("coalition-withdrawal", text, 0)).toEqual(["driver:withdrawal-intent"]);
  });

  it("cites neither Britain withdrawing its ambassador nor Turkey withdrawing its troops", () => {
    for (const text of [
      "Britain plans to withdraw its ambassador from Iraq by March, officials said.",
      "Turkey plans to withdraw its troops from northern Iraq by March, officials said.",
    ])
      expect(roles("coalition-withdrawal", text, 0), text).not.toContain("driver:withdrawal-intent");
  });
});
