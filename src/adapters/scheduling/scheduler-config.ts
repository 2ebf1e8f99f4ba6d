import type { EventBridgeSettings } from "./eventbridge-scheduler.js";

/** How schedules fire: in-process for `npm start`, EventBridge Scheduler on AWS. */
export type SchedulerConfig =
  | { kind: "local"; graceMinutes: number }
  | ({ kind: "eventbridge"; region: string } & EventBridgeSettings);

type Env = Record<string, string | undefined>;

const ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\S+$/;
const GROUP = /^[0-9A-Za-z_.-]{1,64}$/;

/**
 * Reads SCHEDULER and its settings, pushing one message per wrong or missing value onto
 * `problems` (config.ts reports them all together).
 */
export function parseSchedulerConfig(env: Env, onLambda: boolean, problems: string[]): SchedulerConfig {
  const text = (name: string) => env[name]?.trim() || undefined;
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
    return fallback;
  };

  const kind = text("SCHEDULER") ?? (onLambda ? "eventbridge" : "local");
  if (kind === "local") return { kind, graceMinutes: int("SCHEDULE_GRACE_MINUTES", 60, 0, 7 * 24 * 60) };
  if (kind !== "eventbridge") {
    problems.push(`SCHEDULER=${JSON.stringify(kind)}: expected local or eventbridge`);
    return { kind: "local", graceMinutes: 60 };
  }

  const arn = (name: string, what: string): string => {
    const value = text(name);
    if (!value) problems.push(`${name}: required with SCHEDULER=eventbridge (${what})`);
    else if (!ARN.test(value)) problems.push(`${name}=${JSON.stringify(value)}: not an ARN (${what})`);
    return value ?? "";
  };
  const group = text("SCHEDULE_GROUP") ?? "scenario-brief";
  if (!GROUP.test(group)) {
    problems.push(`SCHEDULE_GROUP=${JSON.stringify(group)}: 1-64 letters, digits, '-', '_' or '.'`);
  }
  return {
    kind,
    region: text("AWS_REGION") ?? text("AWS_DEFAULT_REGION") ?? "us-east-1",
    group,
    targetArn: arn("SCHEDULER_TARGET_ARN", "the job Lambda that runs a schedule"),
    roleArn: arn("SCHEDULER_ROLE_ARN", "the role EventBridge Scheduler assumes to invoke it"),
    deadLetterArn: arn("SCHEDULER_DLQ_ARN", "the SQS queue for deliveries that failed every retry"),
    maxRetries: int("SCHEDULER_MAX_RETRIES", 3, 0, 185),
    maxEventAgeSeconds: int("SCHEDULER_MAX_EVENT_AGE_SECONDS", 3600, 60, 86_400),
  };
}
