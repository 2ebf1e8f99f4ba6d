import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DeskSessions } from "../../../src/adapters/desk/session.js";
import { deskSessionKey } from "../../../src/adapters/desk/session-key.js";
import { type ApiKey, hashKey } from "../../../src/adapters/http/middleware/api-keys.js";

const writer: ApiKey = { hash: hashKey("w-key"), scope: "write", name: "writer" };
const reader: ApiKey = { hash: hashKey("r-key"), scope: "read", name: "reader" };

function sessions(keys: ApiKey[], at: { now: number }, key = randomBytes(32)) {
  return new DeskSessions({
    key,
    keys: async () => keys,
    authOff: false,
    now: () => at.now,
    ttlSeconds: 3600,
  });
}

describe("desk session cookies", () => {
  it("hold for their lifetime and not a second longer", async () => {
    const at = { now: Date.parse("2026-01-01T00:00:00Z") };
    const s = sessions([writer], at);
    const { value } = s.issue(s.keyIdOf(writer));
    expect(await s.read(value)).toMatchObject({ keyName: "writer", canWrite: true });
    at.now += 3599_000;
    expect(await s.read(value)).not.toBeNull();
    at.now += 1000;
    expect(await s.read(value)).toBeNull();
  });

  it("end when their key is revoked, and follow the key's current scope", async () => {
    const at = { now: Date.now() };
    const keys = [writer, reader];
    const key = randomBytes(32);
    const s = sessions(keys, at, key);
    const w = s.issue(s.keyIdOf(writer)).value;
    const r = s.issue(s.keyIdOf(reader)).value;
    expect((await s.read(r))?.canWrite).toBe(false);
    keys.splice(0, 1);
    expect(await s.read(w)).toBeNull();
    // Another process with another key does not accept them.
    expect(await sessions([writer, reader], at).read(r)).toBeNull();
  });

  it("bind the CSRF token to the session, so another session's token does not pass", async () => {
    const at = { now: Date.now() };
    const s = sessions([writer], at);
    const a = await s.read(s.issue(s.keyIdOf(writer)).value);
    const b = await s.read(s.issue(s.keyIdOf(writer)).value);
    expect(a?.csrfToken).toBeTruthy();
    expect(a?.csrfToken).not.toBe(b?.csrfToken);
    expect(DeskSessions.sameToken(a?.csrfToken as string, b?.csrfToken)).toBe(false);
  });
});

describe("the session signing key", () => {
  it("comes from DESK_SESSION_SECRET, else (on Lambda) from the API keys, else is random per process", () => {
    const secret = "s".repeat(40);
    const a = deskSessionKey({ desk: { sessionSecret: secret }, onLambda: true, apiKeys: [writer] });
    expect(deskSessionKey({ desk: { sessionSecret: secret }, onLambda: false, apiKeys: [] })).toEqual(a);
    const lambda = { desk: { sessionSecret: undefined }, onLambda: true, apiKeys: [writer, reader] };
    expect(deskSessionKey(lambda)).toEqual(deskSessionKey({ ...lambda, apiKeys: [reader, writer] }));
    expect(deskSessionKey(lambda)).not.toEqual(deskSessionKey({ ...lambda, apiKeys: [reader] }));
    const local = { desk: { sessionSecret: undefined }, onLambda: false, apiKeys: [writer] };
    expect(deskSessionKey(local)).not.toEqual(deskSessionKey(local));
  });
});
