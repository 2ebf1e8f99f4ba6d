import { RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Node } from "constructs";
import type { ScenarioBriefStackProps } from "./scenario-brief-stack.js";

/**
 * Feature flags the stack is written for, set on the App so that tests and `cdk synth` agree
 * without a cdk.json context block. With it, S3 access logs are delivered through a bucket policy
 * on the log bucket rather than an ACL (ACLs are disabled on both buckets).
 */
export const FEATURE_FLAGS: Record<string, boolean> = {
  "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy": true,
};

export type StackSettings = Omit<ScenarioBriefStackProps, "code"> & { stackName: string };

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

export class SettingsError extends Error {
  override name = "SettingsError";
  constructor(readonly problems: string[]) {
    super(`Invalid context values:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/**
 * The stack's settings from CDK context (`cdk.json` or `-c key=value`), every wrong value reported
 * at once. Absent keys keep the stack's defaults.
 */
export function settingsFromContext(node: Pick<Node, "tryGetContext">): StackSettings {
  const problems: string[] = [];
  const raw = (key: string): string | undefined => {
    const v: unknown = node.tryGetContext(key);
    return v === undefined || v === null || v === "" ? undefined : String(v);
  };
  const int = (key: string, min: number, max: number): number | undefined => {
    const v = raw(key);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${key}=${JSON.stringify(v)}: expected a whole number from ${min} to ${max}`);
      return undefined;
    }
    return n;
  };
  const matching = (key: string, pattern: RegExp, expected: string): string | undefined => {
    const v = raw(key);
    if (v !== undefined && !pattern.test(v)) {
      problems.push(`${key}=${JSON.stringify(v)}: expected ${expected}`);
      return undefined;
    }
    return v;
  };

  const retentionDays = int("logRetentionDays", 1, 3653);
  const allowed = Object.values(RetentionDays).filter((d): d is number => typeof d === "number");
  if (retentionDays !== undefined && !allowed.includes(retentionDays)) {
    problems.push(`logRetentionDays=${retentionDays}: CloudWatch accepts only ${allowed.join(", ")}`);
  }
  const logLevel = raw("logLevel");
  if (logLevel !== undefined && !(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`logLevel=${JSON.stringify(logLevel)}: expected one of ${LOG_LEVELS.join(", ")}`);
  }

  const settings: StackSettings = {
    stackName:
      matching("stackName", /^[A-Za-z][A-Za-z0-9-]{0,127}$/, "a CloudFormation stack name") ??
      "ScenarioBrief",
    briefingRetentionDays: int("briefingRetentionDays", 1, 36500),
    noncurrentVersionRetentionDays: int("noncurrentVersionRetentionDays", 1, 36500),
    apiKeysParameterName: matching(
      "apiKeysParameterName",
      /^\/?[A-Za-z0-9_.\-/]{1,1000}$/,
      "an SSM parameter name such as /scenario-brief/api-keys",
    ),
    httpReservedConcurrency: int("httpReservedConcurrency", 0, 1000),
    apiRateLimit: int("apiRateLimit", 1, 10_000),
    apiBurstLimit: int("apiBurstLimit", 1, 5_000),
    renderRateLimit: int("renderRateLimit", 1, 1_000),
    // AWS WAF's rate-based rules take 10 to 2,000,000,000 requests per evaluation window.
    clientRateLimit: int("clientRateLimit", 10, 2_000_000_000),
    clientRenderRateLimit: int("clientRenderRateLimit", 10, 2_000_000_000),
    logRetention: allowed.includes(retentionDays ?? -1) ? (retentionDays as RetentionDays) : undefined,
    logLevel: logLevel as StackSettings["logLevel"],
    alarmEmail: matching("alarmEmail", /^[^@\s]+@[^@\s]+\.[^@\s]+$/, "an e-mail address"),
    scheduleGroupName: matching("scheduleGroupName", /^[0-9A-Za-z_.-]{1,64}$/, "1-64 letters, digits, - _ ."),
    webhookSecretsPrefix: matching(
      "webhookSecretsPrefix",
      /^\/[A-Za-z0-9_.\-/]{0,900}\/$/,
      "an SSM path ending in /, such as /scenario-brief/webhook-secrets/",
    ),
    downloadKeyParameterName: matching(
      "downloadKeyParameterName",
      /^\/[A-Za-z0-9_.\-/]{1,1000}$/,
      "an SSM parameter name such as /scenario-brief/download-key",
    ),
    deskSessionKeyParameterName: matching(
      "deskSessionKeyParameterName",
      /^\/[A-Za-z0-9_.\-/]{1,1000}$/,
      "an SSM parameter name such as /scenario-brief/desk-session-key",
    ),
  };
  if (problems.length) throw new SettingsError(problems);
  return settings;
}
