import { describe, expect, it } from "vitest";
import { CronSyntaxError, parseCron } from "../../../src/core/schedules/cron.js";
import { cronToEventBridge } from "../../../src/core/schedules/eventbridge-expression.js";
import { eventBridgeRate, formatRate, parseRate } from "../../../src/core/schedules/rate.js";

describe("5-field cron to EventBridge Scheduler's cron(min hour dom month dow year)", () => {
  const cases: [cron: string, eventBridge: string, why: string][] = [
    ["0 6 * * *", "cron(0 6 * * ? *)", "every day: day-of-week becomes ?"],
    ["30 2 1 * *", "cron(30 2 1 * ? *)", "a day of the month keeps it, ? for the weekday"],
    ["0 9 * * 1-5", "cron(0 9 ? * MON-FRI *)", "weekdays: ? for the day of month, days by name"],
    ["0 9 * * 0", "cron(0 9 ? * SUN *)", "cron's 0 is Sunday"],
    ["0 9 * * 7", "cron(0 9 ? * SUN *)", "and so is 7"],
    ["0 9 * * 5-7", "cron(0 9 ? * SUN,FRI,SAT *)", "a range through 7 wraps to Sunday"],
    ["0 9 * * 6,0", "cron(0 9 ? * SUN,SAT *)", "weekend as a list"],
    ["0 9 * * 1,3,5", "cron(0 9 ? * MON,WED,FRI *)", "a list of weekdays"],
    ["0 9 * * */2", "cron(0 9 ? * SUN,TUE,THU,SAT *)", "a weekday step spelled out"],
    ["0 9 * * mon-fri", "cron(0 9 ? * MON-FRI *)", "names in any case"],
    ["0 9 * * 0-6", "cron(0 9 * * ? *)", "all seven days is no restriction"],
    ["*/15 * * * *", "cron(0/15 * * * ? *)", "a step from * becomes start/step"],
    ["5-59/15 * * * *", "cron(5/15 * * * ? *)", "a stepped range to the end"],
    ["0 */6 * * *", "cron(0 0/6 * * ? *)", "every six hours"],
    ["0 8-18 * * 1-5", "cron(0 8-18 ? * MON-FRI *)", "office hours"],
    ["0,30 8,9,10,14 * * *", "cron(0,30 8-10,14 * * ? *)", "lists with a run become ranges"],
    ["0 0 1 1,4,7,10 *", "cron(0 0 1 1/3 ? *)", "quarterly months as a step"],
    ["0 0 1 jan,jul *", "cron(0 0 1 1,7 ? *)", "month names become numbers"],
    ["0 0 1-7 * *", "cron(0 0 1-7 * ? *)", "a range of days of the month"],
  ];

  for (const [cron, eventBridge, why] of cases) {
    it(`${cron} → ${eventBridge} (${why})`, () => {
      expect(cronToEventBridge(cron)).toBe(eventBridge);
    });
  }
});

describe("crons the service refuses, each with a reason a user can act on", () => {
  const rejected: [cron: string, message: RegExp][] = [
    ["0 6 1 * 1", /restricts both day-of-month and day-of-week.*use \* in one of them/],
    ["0 6 1-15 * mon-fri", /restricts both day-of-month and day-of-week/],
    ["* * * * *", /fires every 1 minute; schedules may fire at most every 5 minutes/],
    ["*/2 * * * *", /fires every 2 minutes/],
    ["0,3 6 * * *", /fires every 3 minutes/],
    ["0 6 * *", /expected 5 fields .* got 4/],
    ["0 0 6 * * *", /expected 5 fields .* got 6/],
    ["", /expected 5 fields/],
    ["60 6 * * *", /minute 60 is outside 0-59/],
    ["0 24 * * *", /hour 24 is outside 0-23/],
    ["0 6 0 * *", /day-of-month 0 is outside 1-31/],
    ["0 6 * 13 *", /month 13 is outside 1-12/],
    ["0 6 * * 8", /day-of-week 8 is outside 0-7/],
    ["0 6 * * funday", /day-of-week 'funday' is not a number or a name such as MON/],
    ["0 6 ? * 1", /'\?' is EventBridge syntax/],
    ["0 0 L * *", /day-of-month 'L' is not a number/],
    ["0 6 * * 1#2", /not a number/],
    ["0 6 10-5 * *", /range '10-5' runs backwards/],
    ["0 6 1,,2 * *", /empty list item/],
    ["*/0 6 * * *", /step .* must be 1 or more/],
    ["0 0 31 2 *", /never fires/],
    ["0 0 30,31 2 *", /never fires/],
  ];

  for (const [cron, message] of rejected) {
    it(JSON.stringify(cron), () => {
      let error: unknown;
      try {
        parseCron(cron);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CronSyntaxError);
      expect((error as Error).message).toMatch(message);
    });
  }

  it("accepts patterns whose fires are 5 minutes or more apart, and 29 February", () => {
    expect(() => parseCron("55 * * * *")).not.toThrow();
    expect(() => parseCron("0,55 * * * *")).not.toThrow();
    expect(() => parseCron("58 5,6 * * *")).not.toThrow();
    expect(() => parseCron("58 * * * *")).not.toThrow();
    expect(() => parseCron("0 0 29 2 *")).not.toThrow();
  });
});

describe("rates", () => {
  const cases: [text: string, stored: string, eventBridge: string][] = [
    ["every 6 hours", "every 6 hours", "rate(6 hours)"],
    ["every hour", "every hour", "rate(1 hour)"],
    ["every 1 hours", "every hour", "rate(1 hour)"],
    ["Every 30 Minutes", "every 30 minutes", "rate(30 minutes)"],
    ["every 5 minutes", "every 5 minutes", "rate(5 minutes)"],
    ["every day", "every day", "rate(1 day)"],
    ["every 7 days", "every 7 days", "rate(7 days)"],
  ];
  for (const [text, stored, eventBridge] of cases) {
    it(`${text} → ${eventBridge}`, () => {
      const rate = parseRate(text);
      expect(formatRate(rate)).toBe(stored);
      expect(eventBridgeRate(rate)).toBe(eventBridge);
    });
  }

  it("refuses rates faster than every 5 minutes, and what is not a rate", () => {
    expect(() => parseRate("every 4 minutes")).toThrow(/at most every 5 minutes/);
    expect(() => parseRate("every minute")).toThrow(/at most every 5 minutes/);
    expect(() => parseRate("every 0 hours")).toThrow(/1 or more|at most every 5 minutes/);
    expect(() => parseRate("every 400 days")).toThrow(/at most 366 days/);
    expect(() => parseRate("6 hours")).toThrow(/not a rate such as "every 6 hours"/);
    expect(() => parseRate("rate(6 hours)")).toThrow(/not a rate/);
    expect(() => parseRate("every 2 weeks")).toThrow(/not a rate/);
  });
});
