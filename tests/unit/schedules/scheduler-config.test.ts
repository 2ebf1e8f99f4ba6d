import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config.js";

const KEY = `${"ab".repeat(32)}:write:ingest`;
const EVENTBRIDGE = {
  SCHEDULER_TARGET_ARN: "arn:aws:lambda:eu-west-1:123456789012:function:scenario-brief-jobs",
  SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/scenario-brief-scheduler",
  SCHEDULER_DLQ_ARN: "arn:aws:sqs:eu-west-1:123456789012:scenario-brief-jobs-dlq",
};

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
};

describe("scheduler settings", () => {
  it("fires schedules in-process by default, running runs missed in the last hour", () => {
    expect(loadConfig({}).scheduler).toEqual({ kind: "local", graceMinutes: 60 });
    expect(loadConfig({ SCHEDULE_GRACE_MINUTES: "0" }).scheduler).toEqual({ kind: "local", graceMinutes: 0 });
  });

  it("uses EventBridge Scheduler on Lambda or when asked, with its ARNs", () => {
    const onLambda = loadConfig({
      AWS_LAMBDA_FUNCTION_NAME: "fn",
      AWS_REGION: "eu-west-1",
      API_KEYS: KEY,
      ...EVENTBRIDGE,
    });
    expect(onLambda.scheduler).toEqual({
      kind: "eventbridge",
      region: "eu-west-1",
      group: "scenario-brief",
      targetArn: EVENTBRIDGE.SCHEDULER_TARGET_ARN,
      roleArn: EVENTBRIDGE.SCHEDULER_ROLE_ARN,
      deadLetterArn: EVENTBRIDGE.SCHEDULER_DLQ_ARN,
      maxRetries: 3,
      maxEventAgeSeconds: 3600,
    });
    const asked = loadConfig({
      SCHEDULER: "eventbridge",
      SCHEDULE_GROUP: "briefs",
      SCHEDULER_MAX_RETRIES: "0",
      ...EVENTBRIDGE,
    });
    expect(asked.scheduler).toMatchObject({ kind: "eventbridge", group: "briefs", maxRetries: 0 });
  });

  it("says what is missing or wrong, all at once", () => {
    expect(problemsOf({ SCHEDULER: "eventbridge" })).toEqual([
      "SCHEDULER_TARGET_ARN: required with SCHEDULER=eventbridge (the job Lambda that runs a schedule)",
      "SCHEDULER_ROLE_ARN: required with SCHEDULER=eventbridge (the role EventBridge Scheduler assumes to invoke it)",
      "SCHEDULER_DLQ_ARN: required with SCHEDULER=eventbridge (the SQS queue for deliveries that failed every retry)",
    ]);
    expect(
      problemsOf({
        SCHEDULER: "eventbridge",
        ...EVENTBRIDGE,
        SCHEDULER_ROLE_ARN: "scheduler-role",
        SCHEDULE_GROUP: "a b",
      }),
    ).toEqual([
      "SCHEDULE_GROUP=\"a b\": 1-64 letters, digits, '-', '_' or '.'",
      'SCHEDULER_ROLE_ARN="scheduler-role": not an ARN (the role EventBridge Scheduler assumes to invoke it)',
    ]);
    expect(problemsOf({ SCHEDULER: "cron" })).toEqual(['SCHEDULER="cron": expected local or eventbridge']);
    expect(problemsOf({ SCHEDULE_GRACE_MINUTES: "-1" })).toEqual([
      'SCHEDULE_GRACE_MINUTES="-1": expected a whole number from 0 to 10080',
    ]);
  });
});
