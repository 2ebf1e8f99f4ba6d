import { describe, expect, it } from "vitest";
import {
  applyStep,
  asOfOf,
  decodeOverrides,
  EMPTY_OVERRIDES,
  workbenchUrl,
} from "../../../../src/adapters/desk/workbench-state.js";

describe("the workbench's state in its URL", () => {
  it("carries the theme, the articles, the overrides and the day it is as of", () => {
    const o = applyStep(EMPTY_OVERRIDES, {
      op: "exclude",
      sentence: "a1b2c3d4e5f60718#3",
      factor: "sdf-control",
    });
    if ("error" in o) throw new Error(o.error);
    const url = new URL(
      workbenchUrl("isis-prison-escape", ["a1b2c3d4e5f60718"], o, "2026-03-01"),
      "http://x",
    );
    expect(url.searchParams.get("theme")).toBe("isis-prison-escape");
    expect(url.searchParams.getAll("articles")).toEqual(["a1b2c3d4e5f60718"]);
    expect(url.searchParams.get("asOf")).toBe("2026-03-01");
    expect(decodeOverrides(url.searchParams.get("o") ?? undefined).exclude).toEqual([
      { sentence: "a1b2c3d4e5f60718#3", factor: "sdf-control" },
    ]);
  });
  it("leaves the day out when there is none", () => {
    expect(workbenchUrl("t", [], EMPTY_OVERRIDES)).toBe("/desk/workbench?theme=t");
  });
});

describe("the day a preview is as of, from the form", () => {
  it("is today when absent or empty", () => {
    expect(asOfOf(undefined)).toEqual({});
    expect(asOfOf("")).toEqual({});
  });
  it("is a real calendar day", () => {
    expect(asOfOf("2026-02-28")).toEqual({ asOf: "2026-02-28" });
  });
  it("refuses a day that is no date, with the API's message", () => {
    expect(asOfOf("2026-02-30")).toEqual({ error: "As of: is not a real calendar date" });
    expect(asOfOf("01/03/2026")).toEqual({ error: "As of: must be a date as YYYY-MM-DD" });
  });
});
