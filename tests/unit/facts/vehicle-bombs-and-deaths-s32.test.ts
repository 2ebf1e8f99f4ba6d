import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A vehicle bomb told by what the vehicle carried ("a truck packed with explosives"), and deaths
 * told as lives lost or given. Sentences written for these tests.
 */

const bombing = (text: string) =>
  extract(text, "2026-11-20").facts.filter((f) => f.kind === "event" && f.tags?.includes("explosive-device"));

describe("a vehicle bomb named by what it carried", () => {
  it.each([
    "A truck packed with explosives hit the checkpoint at the entrance of the town before dawn, police said.",
    "A car loaded with explosives blew a hole in the outer wall of the barracks on Tuesday.",
    "An explosives-laden van struck the gate of the governorate building in the morning.",
    "A booby-trapped motorcycle went off near the market in the afternoon, witnesses said.",
  ])("reads a bombing: %s", (text) => {
    expect(bombing(text)).not.toHaveLength(0);
  });

  it.each([
    "Police seized a truck packed with explosives at a checkpoint south of the city on Tuesday.",
    "A car loaded with explosives was intercepted at the checkpoint before it reached the town, police said.",
  ])("reads no bombing where the vehicle was stopped: %s", (text) => {
    expect(bombing(text)).toHaveLength(0);
  });
});

describe("deaths told as lives lost or given", () => {
  it.each([
    "Two policemen lost their lives in the clash at the checkpoint on Sunday night.",
    "Four volunteers gave their lives defending the village against the attackers.",
  ])("reads a casualty event: %s", (text) => {
    const doc = extract(text, "2026-11-20");
    expect(doc.facts.some((f) => f.kind === "event" && f.tags?.includes("casualties"))).toBe(true);
  });

  it("does not read a death in the lives of those still living", () => {
    const doc = extract(
      "The farmers said the new road had changed their lives since the summer.",
      "2026-11-20",
    );
    expect(doc.facts.some((f) => f.tags?.includes("casualties"))).toBe(false);
  });
});
