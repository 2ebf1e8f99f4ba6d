import type { CreateScheduleCommand } from "@aws-sdk/client-scheduler";
import { describe, expect, it } from "vitest";
import { DeliveryRetryEvent, EventBridgeRetryTimer } from "../../../src/adapters/delivery/retry-timers.js";
import { EVENTBRIDGE_SETTINGS, fixedClock } from "../schedules/fakes.js";

const BRIEFING = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";

describe("retries on AWS: one-time EventBridge schedules", () => {
  it("creates an at() schedule in the group, deleted after it fires, invoking the job function with the retry", async () => {
    const sent: unknown[] = [];
    const clock = fixedClock("2026-11-30T12:00:00.000Z");
    const timer = new EventBridgeRetryTimer(
      { send: async (c: CreateScheduleCommand) => void sent.push(structuredClone(c.input)) },
      EVENTBRIDGE_SETTINGS,
      clock,
    );
    await timer.schedule({ briefingId: BRIEFING, n: 2, after: 3 }, new Date("2026-11-30T12:07:30.250Z"));
    // Due sooner than a minute ahead: moved to a minute ahead (a one-time schedule must lie ahead).
    await timer.schedule({ briefingId: BRIEFING, n: 2, after: 1 }, new Date("2026-11-30T12:00:05.000Z"));
    const input = (after: number, at: string) => ({
      Name: `delivery-${BRIEFING}-2-${after}`,
      GroupName: "scenario-brief",
      Description: `retry of delivery 2 of briefing ${BRIEFING}`,
      ScheduleExpression: `at(${at})`,
      ScheduleExpressionTimezone: "UTC",
      FlexibleTimeWindow: { Mode: "OFF" },
      ActionAfterCompletion: "DELETE",
      Target: {
        Arn: EVENTBRIDGE_SETTINGS.targetArn,
        RoleArn: EVENTBRIDGE_SETTINGS.roleArn,
        Input: JSON.stringify({ deliveryRetry: { briefingId: BRIEFING, n: 2, after } }),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: EVENTBRIDGE_SETTINGS.deadLetterArn },
      },
    });
    expect(sent).toEqual([input(3, "2026-11-30T12:07:30"), input(1, "2026-11-30T12:01:00")]);
    // What the job function receives parses as a retry, and nothing else does.
    const event = JSON.parse((sent[0] as { Target: { Input: string } }).Target.Input);
    expect(DeliveryRetryEvent.safeParse(event).success).toBe(true);
    expect(
      DeliveryRetryEvent.safeParse({ scheduleId: BRIEFING, scheduledTime: "2026-11-30T12:00:00Z" }).success,
    ).toBe(false);
  });
});
