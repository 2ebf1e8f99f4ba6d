import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  EXEC_WRAPPER_FILE,
  EXEC_WRAPPER_PATH,
  execWrapperScript,
  FUNCTION_V8_FLAGS,
  lambdaNodeCommand,
  runtimeNodeArgs,
} from "../lib/lambda-node.js";

const scratch = mkdtempSync(path.join(tmpdir(), "lambda-node-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("how Lambda starts a function's Node", () => {
  it("sizes V8's heap from the memory as the runtime's bootstrap does", () => {
    // A tenth for the young generation (two semi-spaces), the rest for the old one.
    expect(runtimeNodeArgs(2048)).toEqual([
      "--expose-gc",
      "--max-http-header-size",
      "81920",
      "--max-semi-space-size=102",
      "--max-old-space-size=1844",
    ]);
    expect(runtimeNodeArgs(1024)).toContain("--max-semi-space-size=51");
    expect(runtimeNodeArgs(1024)).toContain("--max-old-space-size=922");
  });

  it("puts the exec wrapper first, then node and the runtime's arguments", () => {
    const [wrapper, node, ...args] = lambdaNodeCommand("/var/lang/bin/node", EXEC_WRAPPER_PATH, 2048);
    expect(wrapper).toBe(`/var/task/${EXEC_WRAPPER_FILE}`);
    expect(node).toBe("/var/lang/bin/node");
    expect(args).toEqual(runtimeNodeArgs(2048));
  });

  it("the wrapper runs node with the function's V8 flags and every argument it was given, in order", () => {
    const wrapper = path.join(scratch, EXEC_WRAPPER_FILE);
    writeFileSync(wrapper, execWrapperScript(), { mode: 0o755 });
    const run = spawnSync(
      wrapper,
      [
        process.execPath,
        "--max-semi-space-size=8",
        "-e",
        "console.log(JSON.stringify({ execArgv: process.execArgv, argv: process.argv.slice(1) }))",
        "a b",
        "--c",
      ],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    const seen = JSON.parse(run.stdout) as { execArgv: string[]; argv: string[] };
    expect(seen.execArgv.slice(0, FUNCTION_V8_FLAGS.length)).toEqual([...FUNCTION_V8_FLAGS]);
    expect(seen.execArgv).toContain("--max-semi-space-size=8");
    // Arguments with spaces reach the program whole.
    expect(seen.argv).toEqual(["a b", "--c"]);
  });

  it("the flags it adds are ones Node accepts on its command line but NODE_OPTIONS refuses", () => {
    for (const flag of FUNCTION_V8_FLAGS) {
      const direct = spawnSync(process.execPath, [flag, "-e", "0"], { encoding: "utf8" });
      expect(direct.status).toBe(0);
      const viaOptions = spawnSync(process.execPath, ["-e", "0"], {
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: flag },
      });
      expect(viaOptions.status).not.toBe(0);
      expect(viaOptions.stderr).toContain("is not allowed in NODE_OPTIONS");
    }
  });
});
