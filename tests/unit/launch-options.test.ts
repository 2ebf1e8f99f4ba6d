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
    // The network service runs in the browser process: one --enable-features, naming it.
    const features = args.filter((a) => a.startsWith("--enable-features="));
    expect(features).toHaveLength(1);
    expect(features[0]?.split("=")[1]?.split(",")).toContain("NetworkServiceInProcess2");
    // Everything else is the single model's flags, unchanged.
    const rest = (list: string[]) =>
      list.filter((a) => !a.startsWith("--enable-features=") && a !== "--disable-dev-shm-usage");
    expect(rest(args)).toEqual(rest(chromiumArgs("single")).filter((a) => a !== "--single-process"));
  });

  it("reads the model from CHROMIUM_PROCESS_MODEL for callers without settings, single otherwise", () => {
    expect(processModelFromEnv({ CHROMIUM_PROCESS_MODEL: "multi" })).toBe("multi");
    expect(processModelFromEnv({ CHROMIUM_PROCESS_MODEL: "single" })).toBe("single");
    expect(processModelFromEnv({})).toBe("single");
  });
});
