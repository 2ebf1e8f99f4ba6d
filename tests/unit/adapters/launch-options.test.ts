import chromium from "@sparticuz/chromium";
import { describe, expect, it } from "vitest";
import { chromiumArgs, SERVERLESS_ARGS } from "../../../src/adapters/browser/launch-options.js";

describe("Chromium's flags", () => {
  it("are the installed @sparticuz/chromium's own, with its graphics stack off, without loading it at run time", () => {
    chromium.setGraphicsMode = false;
    expect([...SERVERLESS_ARGS]).toEqual(chromium.args);
  });

  it("run one process for the single model, and renderers of their own with the network service in the browser for multi", () => {
    expect(chromiumArgs("single")).toContain("--single-process");
    const multi = chromiumArgs("multi");
    expect(multi).not.toContain("--single-process");
    expect(multi).toContain("--enable-features=SharedArrayBuffer,NetworkServiceInProcess2");
    expect(multi).toContain("--disable-dev-shm-usage");
  });
});
