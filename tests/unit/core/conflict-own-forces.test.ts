import { describe, expect, it } from "vitest";
import { ownForces } from "../../../src/core/themes/conflicts.js";
import type { Report } from "../../../src/core/themes/reports.js";

/**
 * A speaker telling of its own forces in the first person is no account of what another party a
 * denial names did or did not deploy.
 */
const report = (sentenceText: string, sourceKey: string, entities: { name: string; type: string }[] = []) =>
  ({
    sentenceText,
    sourceKey,
    entities: entities.map((e) => ({ ...e, kind: "actor" })),
  }) as unknown as Report;

describe("ownForces", () => {
  const denial = report(
    "Azzaman also reports that the Syrian authorities have not yet deployed a regular force on their side of the border.",
    "source:shafaq news",
    [{ name: "Syrian government", type: "organization" }],
  );

  it("keeps an Iraqi commander's 'we have a tower every 800 metres' apart from a Syrian force denied", () => {
    const ours = report(
      "A: We have a tower every 800 metres, each with a thermal camera.",
      "source:iraqi ministry of defence magazine",
    );
    expect(ownForces(ours, denial)).toBe(true);
  });

  it("sets the party's own first-person account against a denial naming that party", () => {
    const theirs = report(
      "We have deployed two brigades on the border.",
      "source:syrian government statement",
    );
    expect(ownForces(theirs, denial)).toBe(false);
  });

  it("leaves an account in the third person to the other rules", () => {
    const third = report(
      "Two brigades were deployed on the border.",
      "source:iraqi ministry of defence magazine",
    );
    expect(ownForces(third, denial)).toBe(false);
  });
});
