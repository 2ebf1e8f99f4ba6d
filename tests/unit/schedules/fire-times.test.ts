import { describe, expect, it } from "vitest";
import { latestFireTime, nextFireTimes, triggerOf } from "../../../src/core/schedules/fire-times.js";
import { canonicalTimezone } from "../../../src/core/schedules/timezone.js";

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const cron = (expr: string, timezone = "UTC") =>
  triggerOf({ cron: expr, rate: null, timezone, rateStartsAt: null });
const rate = (text: string, startsAt: string) =>
  triggerOf({ cron: null, rate: text, timezone: "UTC", rateStartsAt: startsAt });

describe("fire times", () => {
  it("reads a cron in its time zone: 06:00 in Baghdad is 03:00 UTC", () => {
    const t = cron("0 6 * * *", "Asia/Baghdad");
    expect(iso(nextFireTimes(t, new Date("2025-01-14T03:00:00Z"), 3))).toEqual([
      "2025-01-15T03:00:00.000Z",
      "2025-01-16T03:00:00.000Z",
      "2025-01-17T03:00:00.000Z",
    ]);
  });

  it("follows daylight saving time: 09:00 in New York is 14:00 UTC in winter, 13:00 in summer", () => {
    const t = cron("0 9 * * 1-5", "America/New_York");
    expect(iso(nextFireTimes(t, new Date("2025-03-07T15:00:00Z"), 2))).toEqual([
      "2025-03-10T13:00:00.000Z",
      "2025-03-11T13:00:00.000Z",
    ]);
    expect(iso(nextFireTimes(t, new Date("2025-03-06T15:00:00Z"), 1))).toEqual(["2025-03-07T14:00:00.000Z"]);
  });

  it("steps a rate from its start", () => {
    const t = rate("every 6 hours", "2025-01-14T14:00:00.000Z");
    expect(iso(nextFireTimes(t, new Date("2025-01-14T08:00:00Z"), 2))).toEqual([
      "2025-01-14T14:00:00.000Z",
      "2025-01-14T20:00:00.000Z",
    ]);
    expect(iso(nextFireTimes(t, new Date("2025-01-14T14:00:00Z"), 1))).toEqual(["2025-01-14T20:00:00.000Z"]);
  });

  it("finds the latest fire time in a window, and how many it stands for", () => {
    const daily = cron("0 6 * * *");
    const at = (s: string) => new Date(s);
    expect(latestFireTime(daily, at("2025-01-14T05:59:00Z"), at("2025-01-14T06:00:00Z"))).toEqual({
      at: at("2025-01-14T06:00:00Z"),
      skipped: 0,
    });
    expect(latestFireTime(daily, at("2025-01-14T06:00:00Z"), at("2025-01-14T06:30:00Z"))).toBeNull();
    expect(latestFireTime(daily, at("2025-01-11T07:00:00Z"), at("2025-01-14T07:00:00Z"))).toEqual({
      at: at("2025-01-14T06:00:00Z"),
      skipped: 2,
    });
    const sixHourly = rate("every 6 hours", "2025-01-14T14:00:00.000Z");
    expect(latestFireTime(sixHourly, at("2025-01-14T00:00:00Z"), at("2025-01-14T13:59:00Z"))).toBeNull();
    expect(latestFireTime(sixHourly, at("2025-01-14T00:00:00Z"), at("2025-01-15T03:00:00Z"))).toEqual({
      at: at("2025-01-15T02:00:00Z"),
      skipped: 2,
    });
  });

  it("knows IANA time zones, corrects their case, refuses offsets and inventions", () => {
    expect(canonicalTimezone("asia/baghdad")).toBe("Asia/Baghdad");
    expect(canonicalTimezone("UTC")).toBe("UTC");
    expect(canonicalTimezone("Europe/Kyiv")).toBe("Europe/Kyiv");
    expect(canonicalTimezone("Mars/Olympus_Mons")).toBeNull();
    expect(canonicalTimezone("+03:00")).toBeNull();
    expect(canonicalTimezone("")).toBeNull();
  });
});
