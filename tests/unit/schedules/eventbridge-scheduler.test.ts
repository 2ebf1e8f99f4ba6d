import { describe, expect, it } from "vitest";
import { EventBridgeJobScheduler } from "../../../src/adapters/scheduling/eventbridge-scheduler.js";
import { ValidationError } from "../../../src/core/errors.js";
import { SchedulerUnavailableError } from "../../../src/core/schedules/errors.js";
import type { Schedule } from "../../../src/core/schedules/schedule.js";
import { fixedClock, RecordingSchedulerClient } from "./fakes.js";

const SETTINGS = {
  group: "scenario-brief",
  targetArn: "arn:aws:lambda:eu-west-1:123456789012:function:scenario-brief-jobs",
  roleArn: "arn:aws:iam::123456789012:role/scenario-brief-scheduler",
  deadLetterArn: "arn:aws:sqs:eu-west-1:123456789012:scenario-brief-jobs-dlq",
  maxRetries: 3,
  maxEventAgeSeconds: 3600,
};

const ID = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";
const morning: Schedule = {
  id: ID,
  name: "Morning brief: ISIS detention",
  theme: "isis-prison-escape",
  articles: { tag: "syria", latest: 5, sinceDays: 7 },
  cron: "0 6 * * 0-4",
  rate: null,
  timezone: "Asia/Baghdad",
  enabled: true,
  rateStartsAt: null,
  createdAt: "2025-01-14T08:00:00.000Z",
  updatedAt: "2025-01-14T08:00:00.000Z",
};

const TARGET = {
  Arn: SETTINGS.targetArn,
  RoleArn: SETTINGS.roleArn,
  Input: `{"scheduleId":"${ID}","scheduledTime":"<aws.scheduler.scheduled-time>"}`,
  RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
  DeadLetterConfig: { Arn: SETTINGS.deadLetterArn },
};

function setup() {
  const client = new RecordingSchedulerClient();
  const clock = fixedClock("2025-01-14T08:00:00.000Z");
  return { client, clock, scheduler: new EventBridgeJobScheduler(client, SETTINGS, clock) };
}

describe("EventBridge Scheduler adapter: the exact commands", () => {
  it("creates a cron schedule in the service's group, with timezone, retries and a dead-letter queue", async () => {
    const { client, scheduler } = setup();
    await scheduler.create(morning);
    expect(client.sent).toEqual([
      {
        command: "CreateSchedule",
        input: {
          Name: ID,
          GroupName: "scenario-brief",
          Description: "Morning brief: ISIS detention",
          ScheduleExpression: "cron(0 6 ? * SUN-THU *)",
          ScheduleExpressionTimezone: "Asia/Baghdad",
          FlexibleTimeWindow: { Mode: "OFF" },
          State: "ENABLED",
          Target: TARGET,
        },
      },
    ]);
  });

  it("updates with the whole definition, DISABLED when paused", async () => {
    const { client, scheduler } = setup();
    await scheduler.update({ ...morning, enabled: false, cron: "15 18 1 * *", name: "Monthly" });
    expect(client.sent).toEqual([
      {
        command: "UpdateSchedule",
        input: {
          Name: ID,
          GroupName: "scenario-brief",
          Description: "Monthly",
          ScheduleExpression: "cron(15 18 1 * ? *)",
          ScheduleExpressionTimezone: "Asia/Baghdad",
          FlexibleTimeWindow: { Mode: "OFF" },
          State: "DISABLED",
          Target: TARGET,
        },
      },
    ]);
  });

  it("sends a rate with the start date that keeps the record's phase", async () => {
    const { client, clock, scheduler } = setup();
    const sixHourly = {
      ...morning,
      cron: null,
      rate: "every 6 hours",
      rateStartsAt: "2025-01-14T14:00:00.000Z",
    };
    await scheduler.create(sixHourly);
    clock.at = new Date("2025-01-15T01:30:00.000Z");
    await scheduler.update(sixHourly);
    expect(client.sent.map((s) => s.input)).toEqual([
      expect.objectContaining({
        ScheduleExpression: "rate(6 hours)",
        StartDate: new Date("2025-01-14T14:00:00.000Z"),
      }),
      // EventBridge refuses start dates in the past: the next fire on the same phase.
      expect.objectContaining({
        ScheduleExpression: "rate(6 hours)",
        StartDate: new Date("2025-01-15T02:00:00.000Z"),
      }),
    ]);
  });

  it("deletes by name in the group", async () => {
    const { client, scheduler } = setup();
    await scheduler.remove(ID);
    expect(client.sent).toEqual([
      { command: "DeleteSchedule", input: { Name: ID, GroupName: "scenario-brief" } },
    ]);
  });
});

describe("EventBridge Scheduler adapter: safe to repeat, typed errors", () => {
  it("creating a schedule that exists (left by an earlier attempt) updates it", async () => {
    const { client, scheduler } = setup();
    client.failNext("CreateSchedule", "ConflictException");
    await scheduler.create(morning);
    expect(client.sent.map((s) => s.command)).toEqual(["CreateSchedule", "UpdateSchedule"]);
    expect(client.sent[1]?.input).toEqual(client.sent[0]?.input);
  });

  it("updating a schedule that has gone missing creates it again", async () => {
    const { client, scheduler } = setup();
    client.failNext("UpdateSchedule", "ResourceNotFoundException");
    await scheduler.update(morning);
    expect(client.sent.map((s) => s.command)).toEqual(["UpdateSchedule", "CreateSchedule"]);
  });

  it("deleting a schedule that is not there succeeds", async () => {
    const { client, scheduler } = setup();
    client.failNext("DeleteSchedule", "ResourceNotFoundException");
    await expect(scheduler.remove(ID)).resolves.toBeUndefined();
  });

  it("a refusal by EventBridge is a 400 ValidationError; an outage a 503 with nothing changed", async () => {
    const { client, scheduler } = setup();
    client.failNext("CreateSchedule", "ValidationException", "Invalid Schedule Expression");
    await expect(scheduler.create(morning)).rejects.toThrow(ValidationError);
    client.failNext("CreateSchedule", "ValidationException", "Invalid Schedule Expression");
    await expect(scheduler.create(morning)).rejects.toThrow(
      /EventBridge Scheduler refused the schedule: Invalid Schedule Expression/,
    );
    client.failNext("UpdateSchedule", "ThrottlingException");
    await expect(scheduler.update(morning)).rejects.toThrow(SchedulerUnavailableError);
    client.failNext("DeleteSchedule", "InternalServerException");
    const error = await scheduler.remove(ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchedulerUnavailableError);
    expect((error as SchedulerUnavailableError).retryAfterSeconds).toBe(5);
    expect((error as Error).cause).toMatchObject({ name: "InternalServerException" });
    // A missing group is not "already exists": no update follows it.
    client.sent.length = 0;
    client.failNext(
      "CreateSchedule",
      "ResourceNotFoundException",
      "Schedule group scenario-brief does not exist.",
    );
    await expect(scheduler.create(morning)).rejects.toThrow(SchedulerUnavailableError);
    expect(client.sent.map((s) => s.command)).toEqual(["CreateSchedule"]);
  });
});
