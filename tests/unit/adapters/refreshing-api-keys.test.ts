import { describe, expect, it } from "vitest";
import { hashKey } from "../../../src/adapters/http/middleware/api-keys.js";
import { RefreshingApiKeys } from "../../../src/adapters/keys/refreshing-api-keys.js";

const entry = (key: string, scope = "read") => `${hashKey(key).toString("hex")}:${scope}:${key}`;

/** A parameter store that answers from `value`, or fails while `down`; every read is counted. */
function store(initial: string | null) {
  const s = { value: initial, down: false, reads: 0 };
  const read = async () => {
    s.reads++;
    if (s.down) throw Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
    return s.value;
  };
  return { s, read };
}

function keysWith(initial: string | null, ttlMs = 1000) {
  const { s, read } = store(initial);
  let now = 0;
  const warnings: string[] = [];
  const keys = new RefreshingApiKeys({
    parameter: "/scenario-brief/api-keys",
    ttlMs,
    read,
    now: () => now,
    warn: (m) => warnings.push(m),
  });
  return { keys, s, warnings, advance: (ms: number) => (now += ms) };
}

const names = async (keys: RefreshingApiKeys) => (await keys.current()).map((k) => k.name);

describe("API keys refreshed from their parameter", () => {
  it("are read again only once older than the TTL, so a revoked key stops working within it", async () => {
    const { keys, s, advance } = keysWith(`${entry("a")},${entry("b")}`);
    await keys.load();
    expect(await names(keys)).toEqual(["a", "b"]);
    s.value = entry("a"); // b revoked
    advance(999);
    expect(await names(keys)).toEqual(["a", "b"]);
    expect(s.reads).toBe(1);
    advance(1);
    expect(await names(keys)).toEqual(["a"]);
    expect(s.reads).toBe(2);
  });

  it("keep the last good set while the parameter cannot be read, and try again on the next request", async () => {
    const { keys, s, warnings, advance } = keysWith(entry("a"));
    await keys.load();
    s.down = true;
    advance(5000);
    expect(await names(keys)).toEqual(["a"]);
    expect(await names(keys)).toEqual(["a"]);
    expect(s.reads).toBe(3);
    expect(warnings[0]).toMatch(/keeping the last good set/);
    s.down = false;
    s.value = entry("c");
    expect(await names(keys)).toEqual(["c"]);
  });

  it("keep the last good set when a rotation writes a value that does not parse", async () => {
    const { keys, s, warnings, advance } = keysWith(entry("a"));
    await keys.load();
    s.value = "not-a-hash:write";
    advance(1000);
    expect(await names(keys)).toEqual(["a"]);
    expect(warnings).toEqual(["API keys parameter does not parse; keeping the last good set"]);
  });

  it("are all revoked when the parameter is deleted", async () => {
    const { keys, s, advance } = keysWith(entry("a"));
    await keys.load();
    s.value = null;
    advance(1000);
    expect(await names(keys)).toEqual([]);
  });

  it("share one read among the requests that find them stale", async () => {
    const { keys, s, advance } = keysWith(entry("a"));
    await keys.load();
    advance(1000);
    await Promise.all([keys.current(), keys.current(), keys.current()]);
    expect(s.reads).toBe(2);
  });

  it("refuse to start, naming the parameter, when it is missing or cannot be read", async () => {
    await expect(keysWith(null).keys.load()).rejects.toThrow(
      "API_KEYS_PARAMETER=/scenario-brief/api-keys: the parameter does not exist",
    );
    const down = keysWith(entry("a"));
    down.s.down = true;
    await expect(down.keys.load()).rejects.toThrow(
      /API_KEYS_PARAMETER=\/scenario-brief\/api-keys: could not read the parameter \(ThrottlingException: Rate exceeded\)/,
    );
  });
});
