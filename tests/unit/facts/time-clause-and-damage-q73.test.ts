import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const facts = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-11T00:00:00Z" }).facts;

describe("a modal inside a closed clause of time does not hedge the main clause", () => {
  it("keeps shots on a minibus an event when a 'before ... could' clause stands ahead", () => {
    const found = facts(
      "Late on Tuesday, before firefighters could get to the depot, masked men fired on a minibus taking nine nurses to the clinic, wounding two of them.",
    ).filter((f) => f.kind === "event" || f.kind === "threat");
    expect(found.map((f) => [f.kind, f.date?.value])).toEqual([["event", "2026-12-08"]]);
  });

  it("still reads a modal in the main clause as a supposition", () => {
    const found = facts("Before the army could react, raiders would fire on the convoy.").filter(
      (f) => f.kind === "event",
    );
    expect(found).toEqual([]);
  });

  it("reads shots on a single bus as an attack", () => {
    const found = facts("On 3 May unknown men fired on a bus near the market.").filter(
      (f) => f.kind === "event",
    );
    expect(found.map((f) => f.date?.value)).toEqual(["2026-05-03"]);
  });
});

describe("a rocket that damaged something is an attack of its day", () => {
  it("dates a missile that damaged a building in a 'most recently on' clause", () => {
    const found = facts(
      "The depot has been targeted three times since 2024, most recently on 4 September, when a missile damaged the control room.",
    ).filter((f) => f.kind === "event" && f.date?.value === "2026-09-04");
    expect(found).toHaveLength(1);
  });
});

describe("a single mine found is a find of its day", () => {
  it("dates a farmer's find of one anti-personnel mine in a list of days", () => {
    const found = facts(
      "On Monday a lorry was shot at near the bridge; on Wednesday a farmer found an anti-personnel mine beside the pumping station; and on Thursday a cook was robbed.",
    ).filter((f) => f.kind === "countermeasure" || f.kind === "event");
    expect(found.map((f) => f.date?.value)).toEqual(["2026-12-07", "2026-12-09", "2026-12-10"]);
  });

  it("leaves a mine that is only a place out of it", () => {
    const found = facts("On Monday the workers were found at the mine.").filter(
      (f) => f.kind === "countermeasure",
    );
    expect(found).toEqual([]);
  });
});

describe("a device told by what it did is a blast", () => {
  it("dates a device that damaged a water pump", () => {
    const found = facts(
      "On 2 June a device damaged a water pump near the orchard; no one was injured.",
    ).filter((f) => f.kind === "event" && f.date?.value === "2026-06-02");
    expect(found).toHaveLength(1);
  });

  it("leaves the device named back ('the device') out of it", () => {
    const found = facts("On 2 June the device destroyed the data on his phone.").filter(
      (f) => f.kind === "event",
    );
    expect(found).toEqual([]);
  });
});
