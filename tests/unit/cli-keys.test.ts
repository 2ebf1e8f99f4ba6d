import { describe, expect, it } from "vitest";
import { hashKey, parseApiKeys } from "../../src/adapters/http/middleware/api-keys.js";
import { main } from "../../src/cli.js";

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe("scenario-brief keys create", () => {
  it("prints a new key once and the API_KEYS entry that admits it with its scope", async () => {
    const { code, stdout } = await run("keys", "create", "--scope", "write", "--name", "ingest");
    expect(code).toBe(0);
    const key = /\n {2}(sb_[A-Za-z0-9_-]{43})\n/.exec(stdout)?.[1];
    const entry = /\n {2}([0-9a-f]{64}:write:ingest)\n/.exec(stdout)?.[1];
    expect(key).toBeDefined();
    expect(entry).toBeDefined();
    const [configured] = parseApiKeys(entry ?? "");
    expect(configured?.hash.equals(hashKey(key ?? ""))).toBe(true);
    expect(configured).toMatchObject({ scope: "write", name: "ingest" });
    // A second key is a different key.
    const again = await run("keys", "create", "--scope", "write", "--name", "ingest");
    expect(again.stdout).not.toContain(key);
  });

  it("refuses bad scopes and names with usage and exit code 2", async () => {
    expect(await run("keys", "create", "--scope", "root", "--name", "x")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--scope must be one of read, write, admin/),
    });
    expect((await run("keys", "create", "--scope", "read", "--name", "a:b")).code).toBe(2);
    expect((await run("keys", "create", "--scope", "read")).stderr).toMatch(/--name is required/);
    expect((await run("keys", "delete")).stderr).toMatch(/unknown keys action "delete"/);
  });
});
