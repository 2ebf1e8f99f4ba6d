import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const arrestTags = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-06T00:00:00Z" })
    .facts.filter((f) => (f.tags ?? []).includes("arrest"))
    .flatMap((f) => f.tags ?? []);

describe("an unlawful entry into a country is made over its border", () => {
  it("tags the arrest of people entering a country illegally as border security", () => {
    expect(
      arrestTags("It says 34 people trying to enter Iraq illegally were detained by the police."),
    ).toContain("border-security");
    expect(arrestTags("Police arrested 12 men for illegal entry into Jordan.")).toContain("border-security");
  });

  it("does not tag an arrest for entering a building unlawfully", () => {
    expect(arrestTags("Police arrested two men who entered the ministry illegally.")).not.toContain(
      "border-security",
    );
  });
});

const deployments = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-06T00:00:00Z" }).facts.filter(
    (f) => f.kind === "countermeasure" && (f.tags ?? []).includes("troop-deployment"),
  );

describe("a force that sets up checkpoints is deployed on the road", () => {
  it("reads checkpoints set up by named forces as a deployment", () => {
    expect(
      deployments(
        "Iraqi security forces have set up additional checkpoints on the highway from Ramadi to Al-Qaim.",
      ),
    ).not.toHaveLength(0);
  });

  it("does not read checkpoints nobody is said to set up, or a checkpoint that was attacked", () => {
    expect(
      deployments("Drivers complained about long queues at the checkpoints on the highway."),
    ).toHaveLength(0);
  });
});
