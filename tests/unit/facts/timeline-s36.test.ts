import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const timeline = (text: string, publishedAt = "2026-03-01") =>
  extractFacts({ id: "t", title: "t", text, publishedAt })
    .facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
    .map((f) => f.text);

describe("timeline entries (s36)", () => {
  it("tells a device found and defused by its clause, not as the device's own attack", () => {
    const t = timeline(
      "Early on Saturday, an army engineering unit found and defused a roadside bomb on the same road, 20 kilometres east of the town.",
    );
    expect(t.some((x) => /^a roadside bomb on the same road$/.test(x))).toBe(false);
    expect(t.some((x) => /army engineering unit found and defused a roadside bomb/.test(x))).toBe(true);
  });

  it("keeps the noun phrase of a bomb that acted", () => {
    const t = timeline("On Saturday a roadside bomb on the same road wounded two soldiers.");
    expect(t.some((x) => /roadside bomb/.test(x))).toBe(true);
  });
});

describe("timeline entries tell how a happening ended (s36)", () => {
  it("runs on over a semicolon that tells the outcome", () => {
    const t = timeline(
      "On Thursday, one of our rented cars was stopped at a false checkpoint on the road to Hajin; the driver was released unharmed after two hours, but the car was kept.",
    );
    expect(
      t.some((x) =>
        /false checkpoint.*; the driver was released unharmed after two hours, but the car was kept$/.test(x),
      ),
    ).toBe(true);
  });

  it("runs on over a colon that tells what was found", () => {
    const t = timeline(
      "Last Friday the guards foiled an escape attempt at the camp: two women and four children were found hidden in a water tanker at the gate.",
      "2026-11-19",
    );
    expect(
      t.some((x) => /escape attempt at the camp: two women and four children were found hidden/.test(x)),
    ).toBe(true);
  });

  it("does not run on over a statement in the present", () => {
    const t = timeline(
      "On Monday a bomb was found near the pipeline; this is the fifth device found on the company's sites since August.",
    );
    expect(t.some((x) => /fifth device/.test(x))).toBe(false);
  });

  it("dates a break-in told in the passive with an irregular participle", () => {
    const t = timeline(
      "On the night of 12 April, our warehouse in al-Busayrah was broken into and 140 food baskets were taken.",
      "2026-04-22",
    );
    expect(
      t.some((x) => /warehouse in al-Busayrah was broken into and 140 food baskets were taken/.test(x)),
    ).toBe(true);
  });
});

describe("timeline entries start at a word (s36)", () => {
  it("drops the comma that closes a reporting aside before the fact", () => {
    const t = timeline(
      "Last Friday, she says, the guards foiled an escape attempt at the camp: two women were found hidden in a water tanker at the gate.",
      "2026-11-19",
    );
    expect(t.some((x) => x.startsWith("the guards foiled an escape attempt"))).toBe(true);
    expect(t.some((x) => x.startsWith(","))).toBe(false);
  });
});
