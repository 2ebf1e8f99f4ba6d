import "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { parseDeliveryConfig } from "../../../src/adapters/delivery/delivery-config.js";
import { checkDownloadToken, signDownloadToken } from "../../../src/adapters/delivery/download-token.js";
import { nextDelayMs, parseRetryAfter, type RetryPolicy } from "../../../src/core/deliveries/backoff.js";
import { DeliveryTarget } from "../../../src/core/deliveries/delivery.js";

const POLICY: RetryPolicy = { baseMs: 1000, capMs: 10_000, windowMs: 60_000, maxAttempts: 6 };

describe("backoff: exponential, full jitter, bounded", () => {
  it("the ceiling doubles from the base up to the cap; the delay is drawn below it", () => {
    const top = (attempts: number) => nextDelayMs(POLICY, attempts, () => 0.999_999);
    expect([1, 2, 3, 4, 5].map(top)).toEqual([999, 1999, 3999, 7999, 9999]);
    expect(nextDelayMs(POLICY, 3, () => 0)).toBe(0);
    expect(nextDelayMs(POLICY, 3, () => 0.5)).toBe(2000);
  });

  it("no delay after the last attempt", () => {
    expect(nextDelayMs(POLICY, 6, () => 0.5)).toBeNull();
  });

  it("Retry-After is honoured up to the cap, and never shortens the drawn delay", () => {
    expect(nextDelayMs(POLICY, 1, () => 0, 4000)).toBe(4000);
    expect(nextDelayMs(POLICY, 1, () => 0, 3_600_000)).toBe(10_000);
    expect(nextDelayMs(POLICY, 4, () => 0.5, 0)).toBe(4000);
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Mon, 30 Nov 2026 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe("download tokens", () => {
  const key = Buffer.from("k".repeat(32));
  const id = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";
  const now = new Date("2026-11-30T12:00:00Z");
  const token = signDownloadToken(key, id, new Date("2026-12-07T12:00:00Z"));
  const refusal = (t: string, briefing = id, at = now) => {
    try {
      checkDownloadToken(key, t, briefing, at);
      return "accepted";
    } catch (e) {
      return (e as { code: string }).code;
    }
  };

  it("accepts a genuine token for its briefing until it expires", () => {
    expect(refusal(token)).toBe("accepted");
    expect(refusal(token, id, new Date("2026-12-07T11:59:59Z"))).toBe("accepted");
    expect(refusal(token, id, new Date("2026-12-07T12:00:00Z"))).toBe("unauthorized");
  });

  it("refuses a token for another briefing (403), a tampered or foreign-key one (401)", () => {
    expect(refusal(token, "01JHF3Q9V6X8E2N4R5T7Y9B1C4")).toBe("forbidden");
    const [payload, mac] = token.split(".");
    const later = Buffer.from(`${id}.9999999999`).toString("base64url");
    expect(refusal(`${later}.${mac}`)).toBe("unauthorized");
    expect(refusal(`${payload}.${mac?.slice(1)}A`)).toBe("unauthorized");
    expect(refusal(signDownloadToken(Buffer.from("x".repeat(32)), id, new Date("2027-01-01")))).toBe(
      "unauthorized",
    );
    expect(refusal(`${token}.extra`)).toBe("unauthorized");
  });
});

describe("delivery targets and settings", () => {
  it("accepts http(s) webhooks and e-mail; refuses other schemes, credentials, both kinds at once", () => {
    const ok = (t: unknown) => DeliveryTarget.safeParse(t).success;
    expect(ok({ webhook: { url: "https://example.org/h", secretRef: "team-a" } })).toBe(true);
    expect(ok({ email: { to: ["a@example.org"] } })).toBe(true);
    expect(ok({ webhook: { url: "file:///etc/passwd" } })).toBe(false);
    expect(ok({ webhook: { url: "gopher://example.org/" } })).toBe(false);
    expect(ok({ webhook: { url: "https://u:p@example.org/" } })).toBe(false);
    expect(ok({ webhook: { url: "https://example.org/" }, email: { to: ["a@example.org"] } })).toBe(false);
    expect(ok({ email: { to: ["not an address"] } })).toBe(false);
  });

  it("SB_WEBHOOK_SECRETS: a bad secret is reported by name, never repeated", () => {
    const problems: string[] = [];
    const secret = "whsec_c2hvcnQ=";
    parseDeliveryConfig(
      {
        SB_WEBHOOK_SECRETS: JSON.stringify({
          good: `whsec_${Buffer.alloc(32, 7).toString("base64")}`,
          bad: secret,
        }),
      },
      { publicUrl: "http://127.0.0.1:8787" },
      problems,
    );
    expect(problems).toEqual([
      "SB_WEBHOOK_SECRETS: the secret 'bad' is not usable: a webhook secret's key must be 24 to 64 bytes",
    ]);
    expect(problems.join()).not.toContain("c2hvcnQ");
  });
});
