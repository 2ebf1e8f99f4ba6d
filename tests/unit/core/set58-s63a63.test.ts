import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { patternFit } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 63 (helper a63): readings behind the misses of analytic set 58 (tests/fixtures/analysis/
 * ANNOTATION.md), on short texts written for these tests.
 */
const AT = new Date("2027-01-10T12:00:00Z");

describe("a village the lexicon does not know is placed by another article of the story", () => {
  const monitor = sourceDocument(
    "Monitor",
    "Gunmen of ISIS stormed the village of Umm Dahl in the southern Raqqa countryside on Tuesday evening, a local monitor said.",
    "Deir ez-Zor 24",
    "2026-12-30",
  );
  const statement = sourceDocument(
    "Statement",
    "Terrorists of the ISIS organisation attacked an army post at the edge of Umm Dahl on Tuesday evening.",
    "Syrian Ministry of Defence",
    "2026-12-30",
  );

  it("reads the statement's attack in Syria when the monitor places the village there", () => {
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor, statement], AT);
    expect(cited(a, statement.article.id, 0)).toEqual(["driver:attacks-reported"]);
  });

  it("places nothing when no article of the story locates the village", () => {
    const a = assess(themeFixture("isis-badia-insurgency"), [statement], AT);
    expect(cited(a, statement.article.id, 0)).toEqual([]);
  });
});

describe("a village placed by another sentence of the story lies in that sentence's region", () => {
  it("reads a sweep of the hills by a village the monitor places in the Homs desert as a strike on the cells", () => {
    const monitor = sourceDocument(
      "Monitor",
      "ISIS gunmen raided the village of Umm Dahl in the Homs desert on Monday, a monitor said.",
      "Deir ez-Zor 24",
      "2026-12-30",
    );
    const statement = sourceDocument(
      "Statement",
      "A military source said ISIS gunmen attacked a post near Umm Dahl on Monday.\n\nSoldiers later swept the valleys around Umm Dahl and destroyed four hideouts.",
      "Syrian Ministry of Defence",
      "2026-12-30",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor, statement], AT);
    expect(cited(a, statement.article.id, 1)).toEqual(["mitigator:counter-terrorism-strikes"]);
  });
});

describe("a coalition member's own withdrawal from Iraq is the coalition's drawdown", () => {
  it("cites Germany planning to withdraw all of its soldiers from Iraq as withdrawal intent", () => {
    const doc = sourceDocument(
      "Report",
      "Germany intends to withdraw all of its remaining soldiers from Iraq before the summer, two officials told the newspaper.",
      "Der Spiegel",
      "2026-12-28",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["driver:withdrawal-intent"]);
  });
});

describe("a lorry told as stopped on a track with drugs is a stop, not the trade", () => {
  it("fits the fourth truck of a haulier stopped on a desert road with pills hidden best to seizures", () => {
    const doc = sourceDocument(
      "Letter",
      "The Jordanian army seized a lorry near the Jaber crossing on 3 December.\n\nIt is the fourth truck of the same haulier stopped on the desert road this year, and three of the earlier ones also carried pills hidden in their tanks.",
      "Arab Bank insurance",
      "2026-12-20",
    );
    const theme = themeFixture("cross-border-smuggling");
    const report = collectReports([doc]).find((r) => r.sentence === 1 && r.kind === "threat");
    if (!report) throw new Error("no threat read in the second sentence");
    const best = (factors: typeof theme.drivers) =>
      Math.max(0, ...factors.flatMap((f) => f.evidence.map((p) => patternFit(p, report, AT))));
    const seizures = theme.mitigators.filter((f) => f.id === "seizures");
    const trade = theme.drivers.filter((f) => f.id === "smuggling-reported");
    expect(best(seizures)).toBeGreaterThan(best(trade));
  });
});

describe("the border force's stop and the trade through the barrier's gaps (rule 1)", () => {
  it("cites soldiers who forced infiltrators from Syria to retreat as an interdiction", () => {
    const doc = sourceDocument(
      "Statement",
      "Iraqi soldiers detected an armed group attempting to infiltrate from Syria near Rabia on Tuesday and forced them to retreat after a brief firefight.",
      "Iraqi Border Guards Command",
      "2026-12-30",
    );
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["mitigator:interdictions"]);
  });

  it("cites smugglers carrying fuel through the gaps where only a trench runs as the pressure, not the trench", () => {
    const doc = sourceDocument(
      "Report",
      "Smugglers still carry fuel through the gaps, on foot and by mule, in the sectors north of Rabia where only the trench runs, he said.",
      "Shafaq News",
      "2026-12-30",
    );
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["driver:smuggling-networks"]);
  });
});

describe("a second speaker's figure told as a dispute of the first, in one article", () => {
  const lede =
    "Iraqi Border Guards have finished 380 kilometres of fence along the border with Syria to stop infiltration by ISIS, their commander told Shafaq News on Monday.";

  it("shows the fence's two lengths as a conflict when the second is told as disputing the first", () => {
    const doc = sourceDocument(
      "Report",
      `${lede}\n\nAn Anbar lawmaker, Omar al-Dulaimi, challenged the figure, saying only 200 kilometres of fence had really been put up.`,
      "Shafaq News",
      "2026-12-29",
    );
    const topics = assess(themeFixture("border-fortification"), [doc], AT).conflicts.map((c) => c.topic);
    expect(topics.some((t) => /fence runs/.test(t))).toBe(true);
  });

  it("shows none when the second figure is told on by the same account, no dispute told", () => {
    const doc = sourceDocument(
      "Report",
      `${lede}\n\nThe commander said 200 kilometres of that fence had been put up in Anbar alone.`,
      "Shafaq News",
      "2026-12-29",
    );
    const topics = assess(themeFixture("border-fortification"), [doc], AT).conflicts.map((c) => c.topic);
    expect(topics.some((t) => /fence runs/.test(t))).toBe(false);
  });
});

describe("units that arrive in a town and begin searching around it are deployed there", () => {
  it("cites a brigade's battalions that reached a desert town and started sweeping around it as new forces", () => {
    const doc = sourceDocument(
      "Statement",
      "Gunmen of ISIS attacked an army post near Sukhnah on Thursday.\n\nTwo battalions of the 25th Brigade arrived in Sukhnah on Friday and started sweeping the nearby hills.",
      "Syrian Ministry of Defence",
      "2026-12-30",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("mitigator:new-forces");
  });
});
