import { describe, expect, it } from "vitest";
import { chromiumArgs, processModelFromEnv } from "../../src/adapters/browser/launch-options.js";

describe("chromiumArgs", () => {
  it("keeps @sparticuz/chromium's single process by default", () => {
    const args = chromiumArgs();
    expect(args).toContain("--single-process");
    expect(args).toEqual(chromiumArgs("single"));
  });

  it("drops the single process in the multi model, keeping no zygote and no GPU process, and /dev/shm unused", () => {
    const args = chromiumArgs("multi");
    expect(args).not.toContain("--single-process");
    expect(args).toEqual(
      expect.arrayContaining(["--no-zygote", "--in-process-gpu", "--disable-dev-shm-usage"]),
    );
    // Everything else is the single model's flags, unchanged.
    expect(args.filter((a) => a !== "--disable-dev-shm-usage")).toEqual(
      chromiumArgs("single").filter((a) => a !== "--single-process"),
    );
  });

  it("reads the model from CHROMIUM_PROCESS_MODEL for callers without settings, single otherwise", () => {
    expect(processModelFromEnv({ CHROMIUM_PROCESS_MODEL: "multi" })).toBe("multi");
    expect(processModelFromEnv({ CHROMIUM_PROCESS_MODEL: "single" })).toBe("single");
    expect(processModelFromEnv({})).toBe("single");
  });
});
