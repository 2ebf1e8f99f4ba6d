import { describe, expect, it } from "vitest";
import { BriefingSnapshot, changesSince, snapshotOf } from "../../../src/core/briefings/changes.js";
import type {
  Assessment,
  EvidenceRef,
  FactorResult,
  JudgmentResult,
} from "../../../src/core/themes/assessment.js";
import { likelihoodOf } from "../../../src/core/themes/estimative-scale.js";

/**
 * "What changed" compares the snapshot a briefing stored with the next one's. These tests fail if
 * changesSince reports no new evidence, always the same direction, or hides a move within a band.
 */

const PREVIOUS = { id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3", createdAt: "2025-01-14T06:00:05.000Z" };

const evidence = (key: string): EvidenceRef => {
  const [articleId = "", sentence = "0"] = key.split("#");
  return {
    key,
    articleId,
    sentence: Number(sentence),
    factId: "f1",
    text: `the words of ${key}`,
    sentenceText: `The sentence of ${key}.`,
    source: "Reuters",
    grade: "B2",
    reliability: "B",
    corroboration: 1,
    modality: "asserted",
    pushes: "for",
    date: "2025-01-10",
    ageDays: 4,
    weight: 0.8,
  };
};

const factor = (
  id: string,
  role: FactorResult["role"],
  effect: number,
  keys: string[] = [],
): FactorResult => ({
  id,
  label: `Label of ${id}`,
  role,
  weight: 0.6,
  effect,
  evidence: keys.map(evidence),
  sources: keys.length ? 1 : 0,
  corroborated: false,
  gap: keys.length ? null : `No reporting on ${id}.`,
});

const judgment = (
  id: string,
  probability: number | null,
  factors: { id: string; effect: number }[] = [],
): JudgmentResult => ({
  id,
  statement: `Statement of ${id}, as the theme words it.`,
  baseRate: 0.3,
  probability,
  likelihood: probability === null ? null : likelihoodOf(probability).term,
  range: probability === null ? null : likelihoodOf(probability).range,
  confidence: probability === null ? null : { level: "moderate", reasons: ["two sources"] },
  reasons: [],
  factors: factors.map((f) => ({ ...f, role: f.effect >= 0 ? "driver" : "mitigator", evidence: [] })),
  sources: 1,
  newest: "2025-01-10",
  stale: false,
});

function assessment(over: Partial<Assessment>): Assessment {
  return {
    themeId: "isis-prison-escape",
    briefingDate: "2025-01-15",
    horizonDays: 183,
    judgments: [],
    factors: [],
    conflicts: [],
    unused: [],
    signposts: [],
    indicators: [],
    sources: [],
    newestRelevant: "2025-01-10",
    stale: false,
    ...over,
  };
}

const snapshot = (over: Partial<BriefingSnapshot>): BriefingSnapshot => ({
  version: 2,
  judgments: [],
  evidence: [],
  conflicts: [],
  ...over,
});

const since = (previous: BriefingSnapshot, current: BriefingSnapshot) =>
  changesSince(
    { ...PREVIOUS, snapshot: BriefingSnapshot.parse(JSON.parse(JSON.stringify(previous))) },
    current,
  );

describe("snapshotOf: what a briefing stores for the next one to compare", () => {
  const a = assessment({
    judgments: [
      judgment("mass-escape", 0.42, [
        { id: "escape-reported", effect: 0.5 },
        { id: "sdf-control", effect: -0.2 },
      ]),
      judgment("reach-iraq", null),
    ],
    factors: [
      factor("escape-reported", "driver", 0.5, ["aaaaaaaaaaaaaaaa#1", "bbbbbbbbbbbbbbbb#0"]),
      factor("sdf-control", "mitigator", -0.2, ["aaaaaaaaaaaaaaaa#1"]),
      factor("repatriation", "mitigator", 0),
    ],
    conflicts: [
      {
        id: "denial:escape-reported:ghwayran",
        kind: "denial",
        topic: "Escapes from the Ghwayran prison",
        factor: "escape-reported",
        claims: [],
        analysis: "The denial comes from a party to the events.",
      },
    ],
  });

  it("holds ids and numbers only: no statement, label, term or quoted text", () => {
    const snap = snapshotOf(a);
    expect(snap).toEqual({
      version: 2,
      judgments: [
        {
          id: "mass-escape",
          probability: 0.42,
          factors: [
            { id: "escape-reported", effect: 0.5 },
            { id: "sdf-control", effect: -0.2 },
          ],
        },
        { id: "reach-iraq", probability: null, factors: [] },
      ],
      evidence: ["aaaaaaaaaaaaaaaa#1", "bbbbbbbbbbbbbbbb#0"],
      conflicts: ["denial:escape-reported:ghwayran"],
    });
    const stored = JSON.stringify(snap);
    for (const words of [
      "Statement of",
      "Label of",
      "the words of",
      "The sentence of",
      "Ghwayran prison",
      "likely",
    ]) {
      expect(stored).not.toContain(words);
    }
  });

  it("survives the manifest round trip: what is stored parses back to the same snapshot", () => {
    const snap = snapshotOf(a);
    expect(BriefingSnapshot.parse(JSON.parse(JSON.stringify(snap)))).toEqual(snap);
  });

  it("does not change when a template or theme rewords a statement or a label", () => {
    const reworded = assessment({
      ...a,
      judgments: a.judgments.map((j) => ({ ...j, statement: "Reworded entirely." })),
      factors: a.factors.map((f) => ({ ...f, label: "Another label" })),
    });
    expect(snapshotOf(reworded)).toEqual(snapshotOf(a));
    expect(since(snapshotOf(a), snapshotOf(reworded)).nothingChanged).toBe(true);
  });
});

describe("changesSince: what changed since the previous briefing", () => {
  it("gives each judgment's previous and current probability and the change in points, up and down", () => {
    const summary = since(
      snapshot({
        judgments: [
          { id: "mass-escape", probability: 0.3, factors: [] },
          { id: "reach-iraq", probability: 0.6, factors: [] },
        ],
      }),
      snapshot({
        judgments: [
          { id: "mass-escape", probability: 0.45, factors: [] },
          { id: "reach-iraq", probability: 0.4, factors: [] },
        ],
      }),
    );
    expect(summary).toMatchObject({ previousId: PREVIOUS.id, since: "2025-01-14", nothingChanged: false });
    expect(summary.judgments).toEqual([
      { id: "mass-escape", from: 0.3, to: 0.45, change: 15, factors: [] },
      { id: "reach-iraq", from: 0.6, to: 0.4, change: -20, factors: [] },
    ]);
  });

  it("reports a move within one ICD 203 band, which the term alone would hide", () => {
    const [from, to] = [0.58, 0.66];
    expect(likelihoodOf(from).term).toBe(likelihoodOf(to).term);
    const summary = since(
      snapshot({ judgments: [{ id: "mass-escape", probability: from, factors: [] }] }),
      snapshot({ judgments: [{ id: "mass-escape", probability: to, factors: [] }] }),
    );
    expect(summary.judgments[0]).toMatchObject({ from, to, change: 8 });
    expect(summary.nothingChanged).toBe(false);
  });

  it("names the factors whose effect moved, largest move first, and not those that held", () => {
    const summary = since(
      snapshot({
        judgments: [
          {
            id: "mass-escape",
            probability: 0.4,
            factors: [
              { id: "held", effect: 0.3 },
              { id: "weakened", effect: 0.5 },
              { id: "gone", effect: -0.2 },
            ],
          },
        ],
      }),
      snapshot({
        judgments: [
          {
            id: "mass-escape",
            probability: 0.35,
            factors: [
              { id: "held", effect: 0.3 },
              { id: "weakened", effect: 0.1 },
              { id: "gone", effect: 0 },
              { id: "new", effect: 0.25 },
            ],
          },
        ],
      }),
    );
    expect(summary.judgments[0]?.change).toBe(-5);
    expect(summary.judgments[0]?.factors).toEqual([
      { id: "weakened", from: 0.5, to: 0.1 },
      { id: "new", from: 0, to: 0.25 },
      { id: "gone", from: -0.2, to: 0 },
    ]);
  });

  it("lists the evidence and conflicts that are new, and only those", () => {
    const judgments = [{ id: "mass-escape", probability: 0.4, factors: [] }];
    const summary = since(
      snapshot({ judgments, evidence: ["aaaaaaaaaaaaaaaa#1", "aaaaaaaaaaaaaaaa#2"], conflicts: ["c1"] }),
      snapshot({
        judgments,
        evidence: ["aaaaaaaaaaaaaaaa#2", "bbbbbbbbbbbbbbbb#0", "aaaaaaaaaaaaaaaa#1", "bbbbbbbbbbbbbbbb#3"],
        conflicts: ["c1", "c2"],
      }),
    );
    expect(summary.newEvidence).toEqual(["bbbbbbbbbbbbbbbb#0", "bbbbbbbbbbbbbbbb#3"]);
    expect(summary.newConflicts).toEqual(["c2"]);
    // No judgment moved, but new reporting is a change.
    expect(summary.judgments[0]?.change).toBe(0);
    expect(summary.nothingChanged).toBe(false);
  });

  it("says nothing changed only when no judgment moved and nothing is new", () => {
    const base = snapshot({
      judgments: [{ id: "mass-escape", probability: 0.4, factors: [{ id: "escape-reported", effect: 0.5 }] }],
      evidence: ["aaaaaaaaaaaaaaaa#1"],
      conflicts: ["c1"],
    });
    expect(since(base, base)).toMatchObject({ nothingChanged: true, newEvidence: [], newConflicts: [] });
    expect(since(base, { ...base, evidence: [...base.evidence, "aaaaaaaaaaaaaaaa#4"] }).nothingChanged).toBe(
      false,
    );
    expect(since(base, { ...base, conflicts: ["c1", "c9"] }).nothingChanged).toBe(false);
    expect(
      since(base, { ...base, judgments: [{ id: "mass-escape", probability: 0.3, factors: [] }] })
        .nothingChanged,
    ).toBe(false);
    // Evidence that dropped out is not new evidence.
    expect(since(base, { ...base, evidence: [] })).toMatchObject({ newEvidence: [], nothingChanged: true });
  });

  it("shows a judgment made or withdrawn, with no change in points, as a change", () => {
    const made = since(
      snapshot({ judgments: [{ id: "reach-iraq", probability: null, factors: [] }] }),
      snapshot({ judgments: [{ id: "reach-iraq", probability: 0.25, factors: [] }] }),
    );
    expect(made.judgments).toEqual([{ id: "reach-iraq", from: null, to: 0.25, change: null, factors: [] }]);
    expect(made.nothingChanged).toBe(false);
    const withdrawn = since(
      snapshot({ judgments: [{ id: "reach-iraq", probability: 0.25, factors: [] }] }),
      snapshot({ judgments: [{ id: "reach-iraq", probability: null, factors: [] }] }),
    );
    expect(withdrawn.judgments[0]).toMatchObject({ from: 0.25, to: null, change: null });
    expect(withdrawn.nothingChanged).toBe(false);
  });

  it("treats a judgment the previous briefing did not have as having no previous probability", () => {
    const summary = since(
      snapshot({ judgments: [] }),
      snapshot({
        judgments: [{ id: "new-judgment", probability: 0.5, factors: [{ id: "f", effect: 0.2 }] }],
      }),
    );
    expect(summary.judgments).toEqual([
      { id: "new-judgment", from: null, to: 0.5, change: null, factors: [{ id: "f", from: 0, to: 0.2 }] },
    ]);
    expect(summary.nothingChanged).toBe(false);
  });
});

describe("snapshots stored before version 2", () => {
  /** As manifests written before the assessment was typed stored it: display text included. */
  const v1 = {
    judgments: [
      {
        id: "mass-escape",
        statement: "a mass escape will occur.",
        likelihood: "unlikely",
        probability: 0.25,
      },
      { id: "reach-iraq", statement: "escapees would reach Iraq.", likelihood: "likely", probability: 0.6 },
    ],
    actors: ["Syrian Democratic Forces"],
    places: ["Al-Hol"],
    facts: ["aaaaaaaaaaaaaaaa#1: Several detainees escaped."],
  };

  it("still parse, keeping the judgments' numbers and dropping the display text", () => {
    expect(BriefingSnapshot.parse(v1)).toEqual({
      version: 2,
      judgments: [
        { id: "mass-escape", probability: 0.25, factors: [] },
        { id: "reach-iraq", probability: 0.6, factors: [] },
      ],
      evidence: [],
      conflicts: [],
    });
  });

  it("compare with a new briefing: probabilities move both ways, and its evidence counts as new", () => {
    const summary = changesSince(
      { ...PREVIOUS, snapshot: BriefingSnapshot.parse(v1) },
      snapshot({
        judgments: [
          { id: "mass-escape", probability: 0.3, factors: [{ id: "escape-reported", effect: 0.4 }] },
          { id: "reach-iraq", probability: 0.45, factors: [] },
        ],
        evidence: ["aaaaaaaaaaaaaaaa#1"],
      }),
    );
    expect(summary.judgments).toEqual([
      {
        id: "mass-escape",
        from: 0.25,
        to: 0.3,
        change: 5,
        factors: [{ id: "escape-reported", from: 0, to: 0.4 }],
      },
      { id: "reach-iraq", from: 0.6, to: 0.45, change: -15, factors: [] },
    ]);
    // The old snapshot cited text, not keys: nothing in it can match a key now.
    expect(summary.newEvidence).toEqual(["aaaaaaaaaaaaaaaa#1"]);
    expect(summary.nothingChanged).toBe(false);
  });
});
