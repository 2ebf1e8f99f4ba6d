import { describe, expect, it } from "vitest";
import { earlyProcessModel, prewarmWanted } from "../../src/handlers/prewarm.js";

describe("prewarmWanted", () => {
  it("readies Chromium early on Lambda, unless told not to or given a browser of its own", () => {
    expect(prewarmWanted({ AWS_LAMBDA_FUNCTION_NAME: "fn" })).toBe(true);
    expect(prewarmWanted({ AWS_LAMBDA_FUNCTION_NAME: "fn", BROWSER_PREWARM: "off" })).toBe(false);
    expect(prewarmWanted({ AWS_LAMBDA_FUNCTION_NAME: "fn", CHROMIUM_PATH: "/usr/bin/chromium" })).toBe(false);
  });

  it("stays off elsewhere unless BROWSER_PREWARM=on", () => {
    expect(prewarmWanted({})).toBe(false);
    expect(prewarmWanted({ BROWSER_PREWARM: "on" })).toBe(true);
    expect(prewarmWanted({ BROWSER_PREWARM: "ON" })).toBe(true);
  });
});

describe("earlyProcessModel", () => {
  it("is the model config picks: CHROMIUM_PROCESS_MODEL, else single on Lambda and multi elsewhere", () => {
    expect(earlyProcessModel({ AWS_LAMBDA_FUNCTION_NAME: "fn" })).toBe("single");
    expect(earlyProcessModel({ AWS_LAMBDA_FUNCTION_NAME: "fn", CHROMIUM_PROCESS_MODEL: "multi" })).toBe(
      "multi",
    );
    expect(earlyProcessModel({})).toBe("multi");
    expect(earlyProcessModel({ CHROMIUM_PROCESS_MODEL: " single " })).toBe("single");
  });
});
