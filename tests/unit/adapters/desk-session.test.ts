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
  const quiet = { error: (_m: string) => {} };
  /** A hand-written SSM reader: records the names asked for, answers from a map (null: not found). */
  function reader(parameters: Record<string, string>) {
    const asked: string[] = [];
    const read = async (name: string) => {
      asked.push(name);
      return parameters[name] ?? null;
    };
    return { read, asked };
  }
  const PARAM = "/scenario-brief/desk-session-key";

  it("comes from DESK_SESSION_SECRET first, without reading SSM", async () => {
    const secret = "s".repeat(40);
    const ssm = reader({ [PARAM]: "p".repeat(40) });
    const a = await deskSessionKey(
      { desk: { sessionSecret: secret, sessionKeyParameter: PARAM }, onLambda: true },
      ssm.read,
      quiet,
    );
    const b = await deskSessionKey({ desk: { sessionSecret: secret }, onLambda: false }, ssm.read, quiet);
    expect(a).toEqual(b);
    expect(ssm.asked).toEqual([]);
  });

  it("on Lambda, comes from the SSM parameter: every environment agrees, another value gives another key", async () => {
    const config = { desk: { sessionSecret: undefined, sessionKeyParameter: PARAM }, onLambda: true };
    const ssm = reader({ [PARAM]: "k".repeat(48) });
    const a = await deskSessionKey(config, ssm.read, quiet);
    const b = await deskSessionKey(config, ssm.read, quiet);
    expect(a).toBeInstanceOf(Buffer);
    expect(a).toEqual(b);
    expect(ssm.asked).toEqual([PARAM, PARAM]);
    expect(await deskSessionKey(config, reader({ [PARAM]: "j".repeat(48) }).read, quiet)).not.toEqual(a);
  });

  it("is none (the desk answers 503) when the parameter is missing or too short, and is never derived from the API keys", async () => {
    const logged: string[] = [];
    const log = { error: (m: string) => logged.push(m) };
    const config = { desk: { sessionSecret: undefined, sessionKeyParameter: PARAM }, onLambda: true };
    expect(await deskSessionKey(config, reader({}).read, log)).toBeNull();
    expect(await deskSessionKey(config, reader({ [PARAM]: "short" }).read, log)).toBeNull();
    expect(logged).toHaveLength(2);
    expect(logged[0]).toContain(PARAM);
    // On Lambda with neither setting: no key either (the job function serves no desk).
    expect(
      await deskSessionKey({ desk: { sessionSecret: undefined }, onLambda: true }, reader({}).read, log),
    ).toBeNull();
  });

  it("a failing SSM read (not a missing parameter) fails the cold start", async () => {
    const config = { desk: { sessionSecret: undefined, sessionKeyParameter: PARAM }, onLambda: true };
    const failing = async () => {
      throw Object.assign(new Error("throttled"), { name: "ThrottlingException" });
    };
    await expect(deskSessionKey(config, failing, quiet)).rejects.toThrow("throttled");
  });

  it("locally without settings, is random per process", async () => {
    const local = { desk: { sessionSecret: undefined }, onLambda: false };
    const ssm = reader({});
    expect(await deskSessionKey(local, ssm.read, quiet)).not.toEqual(
      await deskSessionKey(local, ssm.read, quiet),
    );
    expect(ssm.asked).toEqual([]);
  });
});
