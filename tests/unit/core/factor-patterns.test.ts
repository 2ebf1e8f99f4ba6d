import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/** Factor patterns reviewed against held-out misses, on real extraction of short texts. */

const source = (title: string, text: string, outlet: string, publishedAt = "2026-10-04") =>
  sourceDocument(title, text, outlet, publishedAt);
const AT = new Date("2026-10-20T12:00:00Z");
const cited = (a: Assessment, articleId: string, sentence: number) =>
  a.factors
    .filter((f) => f.evidence.some((e) => e.articleId === articleId && e.sentence === sentence))
    .map((f) => `${f.role}:${f.id}`);

describe("prison theme: what the guards of a camp do, and what gets out of it", () => {
  const theme = themeFixture("isis-prison-escape");
  const weekly = source(
    "Guards at al-Hol camp",
    "Guards at al-Hol camp have been cut by a third since the summer, camp officials told the weekly. The camp's guards foiled four attempts to leave the camp in September, with women and children hiding in water tankers. A smuggler from the town of Al-Hol told the weekly that smugglers still get families out of the camp every month.",
    "Xwebun",
  );
  const a = assess(theme, [weekly], AT);

  it("counts attempts the guards foiled at a camp as the SDF keeping control, with no force named", () => {
    expect(cited(a, weekly.article.id, 1)).toEqual(["mitigator:sdf-control"]);
  });

  it("counts smugglers getting families out of a camp as escapes", () => {
    expect(cited(a, weekly.article.id, 2)).toEqual(["driver:escape-reported"]);
  });

  it("reads the Internal Security Forces (the Asayish) imposing a curfew after a prison attack as the SDF keeping control", () => {
    const monitor = source(
      "Attack on Hasakah prison",
      "ISIS cells attacked al-Sina'a prison in the Ghwayran neighbourhood of Hasakah shortly after midnight on Monday. The Internal Security Forces imposed a curfew on Ghwayran and began house-to-house searches.",
      "Syrian Observatory for Human Rights",
    );
    expect(cited(assess(theme, [monitor], AT), monitor.article.id, 1)).toEqual(["mitigator:sdf-control"]);
  });
});

describe("border theme: watching the wall", () => {
  it("counts drone images of the border wall watched from a room in Al-Qaim as surveillance", () => {
    const tv = source(
      "Minister tours the border wall",
      "The Minister of Interior toured the concrete wall on the border with Syria on Tuesday. The Border Forces opened a new operations room in Al-Qaim, where images from drones flying along the border are watched around the clock.",
      "Al Iraqiya",
    );
    expect(cited(assess(themeFixture("border-fortification"), [tv], AT), tv.article.id, 1)).toEqual([
      "mitigator:surveillance",
    ]);
  });
});

describe("gaps come from the same matching as the evidence", () => {
  it("prints no gap for ISIS cells in the Badia over reporting of cells whose sentences count as attacks", () => {
    const monitor = source(
      "ISIS cells attack in the Badia",
      "ISIS cells ambushed a patrol of government forces near Al-Sukhnah in the Syrian desert at dawn on Friday, killing four soldiers. The cells have been active in the desert south of Palmyra for months, SOHR said.",
      "Syrian Observatory for Human Rights",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor], AT);
    const cells = a.factors.find((f) => f.id === "cells-active");
    const fits = a.factors.some((f) => f.evidence.length > 0);
    expect(fits).toBe(true);
    expect(cells?.gap).toBeNull();
    // A factor nothing fits still has its gap.
    expect(a.factors.find((f) => f.id === "detainee-reinforcement")?.gap).toMatch(/No reporting/);
  });
});

describe("signposts observed by the evidence cited under their factor", () => {
  const agency = source(
    "Army repels attack near Palmyra",
    "Army units repelled an ISIS attack on a checkpoint east of Palmyra on Friday, a military source said. The Ministry of Defence announced on Monday that three new brigades had been deployed to the central Badia to guard the road between Palmyra and Deir Ezzor.",
    "SANA",
  );
  const a = assess(themeFixture("isis-badia-insurgency"), [agency], AT);

  it("marks 'deployments of new government forces' observed by the sentence counted as new forces", () => {
    const counted = a.factors.find((f) => f.id === "new-forces")?.evidence.map((e) => e.key) ?? [];
    expect(counted.length).toBeGreaterThan(0);
    const signpost = a.signposts.find((s) => s.text.startsWith("Deployments of new government forces"));
    expect(signpost?.observed).toEqual(expect.arrayContaining(counted));
  });

  it("rejects a signpost that names a factor the theme does not define", async () => {
    const { Theme } = await import("../../../src/core/themes/theme.js");
    const raw = JSON.parse(JSON.stringify(themeFixture("isis-badia-insurgency")));
    raw.indicators[0].factors = ["no-such-factor"];
    expect(Theme.safeParse(raw).success).toBe(false);
  });
});

describe("Badia theme: whose withdrawal leaves the desert empty", () => {
  it("does not count the attackers withdrawing with their loot as no regular forces holding the desert", () => {
    const monitor = source(
      "ISIS attack on a desert post",
      "ISIS cells attacked a post of the Syrian army in the desert of Maadan at dawn on Thursday, SOHR said. The attackers held the post for about five hours, and they withdrew with weapons and ammunition before reinforcements arrived from Raqqa.",
      "Syrian Observatory for Human Rights",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor], AT);
    expect(cited(a, monitor.article.id, 1)).not.toContain("driver:security-vacuum");
  });
});
