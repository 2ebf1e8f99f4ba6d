import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Session 44, blind set 37: posts told empty after a clause about who held them, and posts held by
 * a handful of men. The tests use other wordings of the same kinds.
 */
const vacuum = (doc: FactsDocument) => doc.facts.filter((f) => f.tags?.includes("security-vacuum"));

describe("posts told empty or thinly staffed", () => {
  it("reads posts whose words run on for a clause before 'have been empty' as unheld ground", () => {
    for (const text of [
      "Across the river, the checkpoints north of Albukamal that the army used to man have been empty since the summer, a trader said.",
      "The guard posts along the canal that the regiment used to hold have been abandoned since October.",
    ])
      expect(vacuum(extract(text)).length, text).toBeGreaterThan(0);
  });

  it("reads a crossing's posts staffed by a handful of officers as unheld ground", () => {
    for (const text of [
      "The border posts on the Jordanian side are manned by a handful of conscripts, the smugglers say.",
      "The checkpoints on the desert road are staffed by only a few policemen who are rarely paid.",
    ])
      expect(vacuum(extract(text)).length, text).toBeGreaterThan(0);
  });

  it("does not read posts staffed by a full battalion, or a handful of anything else, as unheld", () => {
    for (const text of [
      "The border posts are staffed by a full battalion of the 8th Division.",
      "A handful of officers attended the ceremony at the crossing.",
    ])
      expect(vacuum(extract(text)), text).toEqual([]);
  });
});

describe("a camp named only as the mark of a bearing", () => {
  const detention = (text: string) =>
    extract(text).facts.filter((f) => f.tags?.includes("detention-facility")).length;

  it("does not make posts 'south of Al-Hol' a fact about the camp", () => {
    const doc = extract(
      "On the Syrian side, the posts south of Al-Hol that the SDF used to hold have been empty since October.",
    );
    expect(vacuum(doc).length).toBeGreaterThan(0);
    expect(vacuum(doc).filter((f) => f.tags?.includes("detention-facility"))).toEqual([]);
  });

  it("keeps the camp when it is named as the site, or not as a bearing", () => {
    expect(detention("The posts south of Al-Hol camp have been empty since October.")).toBeGreaterThan(0);
    expect(detention("The guard posts at Al-Hol have been empty since October.")).toBeGreaterThan(0);
  });
});

describe("a backer paying to build the sites a partner guards", () => {
  const support = (text: string) => extract(text).facts.filter((f) => f.tags?.includes("partner-support"));

  it("reads a US-funded programme to build a prison as partner support", () => {
    for (const text of [
      "Officials said a US-funded programme to build a new high-security prison near Al-Shaddadi would continue.",
      "A British-funded project to expand the detention facility at Hasakah began in March.",
    ])
      expect(support(text).length, text).toBeGreaterThan(0);
  });

  it("does not read a funded programme to build schools, or a prison built by nobody's money, as support", () => {
    for (const text of [
      "A US-funded programme to build new schools in Raqqa will continue.",
      "The ministry plans to build a new prison near Baghdad.",
    ])
      expect(support(text), text).toEqual([]);
  });
});
