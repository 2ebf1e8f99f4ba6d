import { describe, expect, it } from "vitest";
import { collectEvidence, type SourceDocument } from "../../../src/core/briefings/evidence.js";
import type { Reliability } from "../../../src/core/sources/admiralty.js";
import { assess } from "../../../src/core/themes/assess.js";
import { buildFacts, type DocSpec } from "../../support/facts-builder.js";
import { themeFixture } from "../../support/themes.js";

const theme = themeFixture();

function doc(spec: DocSpec, reliability: Reliability = "F"): SourceDocument {
  return { ...buildFacts(spec), reliability };
}

const attack: DocSpec = {
  title: "Turkish strikes hit SDF positions",
  source: "Wire A",
  text: "Turkish strikes hit SDF positions near Hasakah on Monday. Guards were moved from the prisons to the front.",
  facts: [
    { kind: "event", span: "Turkish strikes hit SDF positions near Hasakah", tags: ["cross-border-attack"] },
  ],
};

const judgment = (a: ReturnType<typeof assess>, id: string) => {
  const j = a.judgments.find((x) => x.rule.id === id);
  if (!j) throw new Error(`no judgment ${id}`);
  return j;
};

describe("assess", () => {
  it("falls back to the baseline, with low confidence and every factor a gap, when nothing is reported", () => {
    const quiet = doc({ title: "Weather", text: "It rained in Erbil on Tuesday. Markets were calm." });
    const a = assess(theme, collectEvidence([quiet]));
    const j = judgment(a, "mass-escape");
    expect(j.likelihood.probability).toBeCloseTo(0.15, 5);
    expect(j.likelihood.term).toBe("very unlikely");
    expect(j.gaps).toHaveLength(j.factors.length);
    expect(j.confidence.level).toBe("low");
    expect(j.confidence.reasons[0]).toMatch(/no source reports on any factor/);
  });

  it("raises the likelihood when a driver is reported, and raises it more when two sources agree", () => {
    const one = judgment(assess(theme, collectEvidence([doc(attack)])), "mass-escape");
    const second = doc({ ...attack, source: "Outlet B", title: "SDF under fire" });
    const two = judgment(assess(theme, collectEvidence([doc(attack), second])), "mass-escape");
    expect(one.likelihood.probability).toBeGreaterThan(0.15);
    expect(two.likelihood.probability).toBeGreaterThan(one.likelihood.probability);
    const factor = two.factors.find((f) => f.factor.id === "sdf-under-pressure");
    expect(factor).toMatchObject({ independentSources: 2, corroborated: true });
    expect(two.sources).toBe(2);
  });

  it("does not count two articles of one outlet as corroboration", () => {
    const sameOutlet = doc({ ...attack, title: "Follow-up", text: `${attack.text} More strikes followed.` });
    const j = judgment(assess(theme, collectEvidence([doc(attack), sameOutlet])), "mass-escape");
    expect(j.factors.find((f) => f.factor.id === "sdf-under-pressure")?.corroborated).toBe(false);
  });

  it("weighs a possibility less than a reported fact, and a reliable source more than an unknown one", () => {
    const could = doc({
      ...attack,
      facts: [
        {
          kind: "threat",
          span: "Turkish strikes hit SDF positions near Hasakah",
          tags: ["cross-border-attack"],
          modality: "hypothetical",
        },
      ],
    });
    const hypothetical = judgment(assess(theme, collectEvidence([could])), "mass-escape");
    const asserted = judgment(assess(theme, collectEvidence([doc(attack)])), "mass-escape");
    const reliable = judgment(assess(theme, collectEvidence([doc(attack, "A")])), "mass-escape");
    expect(hypothetical.likelihood.probability).toBeLessThan(asserted.likelihood.probability);
    expect(reliable.likelihood.probability).toBeGreaterThan(asserted.likelihood.probability);
  });

  it("flags a factor as contested when one source reports it and another denies it", () => {
    const escaped = doc({
      title: "Detainees escape",
      source: "Outlet A",
      text: "Dozens of detainees escaped from the Ghwayran prison overnight.",
      facts: [
        { kind: "event", span: "Dozens of detainees escaped from the Ghwayran prison", tags: ["escape"] },
      ],
    });
    const denied = doc({
      title: "SDF denies escape",
      source: "Outlet B",
      text: "The SDF said no detainees escaped from the Ghwayran prison.",
      facts: [
        {
          kind: "event",
          span: "no detainees escaped from the Ghwayran prison",
          tags: ["escape"],
          modality: "negated",
        },
      ],
    });
    const a = assess(theme, collectEvidence([escaped, denied]));
    const factor = a.factors.find((f) => f.factor.id === "escape-reported");
    expect(factor).toMatchObject({ contested: true });
    expect(factor?.support).toHaveLength(1);
    expect(factor?.against).toHaveLength(1);
    expect(judgment(a, "mass-escape").confidence.reasons.join(" ")).toMatch(/contradict/);
  });

  it("gives the same judgments for the same facts", () => {
    const run = () => assess(theme, collectEvidence([doc(attack)])).judgments.map((j) => j.likelihood);
    expect(run()).toEqual(run());
  });

  it("weighs old reporting less than recent reporting", () => {
    const fresh = doc({ ...attack, publishedAt: "2025-03-01" });
    const old = doc({ ...attack, source: "Archive", title: "Old strikes", publishedAt: "2022-01-01" });
    const newer = doc({ ...attack, source: "Archive", title: "New strikes", publishedAt: "2025-02-01" });
    // The same report, once two months and once three years older than the newest source.
    const quiet = doc({
      title: "Quiet",
      source: "Desk",
      text: "Markets were calm.",
      publishedAt: "2025-03-01",
    });
    const withOld = judgment(assess(theme, collectEvidence([quiet, old])), "mass-escape");
    const withNew = judgment(assess(theme, collectEvidence([quiet, newer])), "mass-escape");
    expect(withOld.likelihood.probability).toBeLessThan(withNew.likelihood.probability);
    expect(
      judgment(assess(theme, collectEvidence([fresh, old])), "mass-escape").likelihood.probability,
    ).toBeGreaterThan(withOld.likelihood.probability);
    expect(withOld.confidence.reasons.join("; ")).toMatch(
      /1 source predates the newest by more than six months/,
    );
  });

  it("keeps confidence below high while no source can be graded reliable", () => {
    const many = ["A", "B", "C"].map((o) => doc({ ...attack, source: `Outlet ${o}`, title: `Report ${o}` }));
    const ungraded = judgment(assess(theme, collectEvidence(many)), "mass-escape");
    expect(ungraded.confidence.level).not.toBe("high");
    expect(ungraded.confidence.reasons[0]).toMatch(
      /3 independent sources, none of them of known reliability/,
    );
    const graded = many.map((d) => ({ ...d, reliability: "B" as const }));
    expect(judgment(assess(theme, collectEvidence(graded)), "mass-escape").confidence.reasons[0]).toMatch(
      /3 of them of known reliability/,
    );
  });
});
