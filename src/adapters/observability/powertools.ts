import { Logger as PowertoolsLogger } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import type { Logger, LogLevel } from "../../logger.js";
import { withSourceStack } from "../../source-stack.js";
import { type FailureMetric, METRICS_NAMESPACE } from "../metrics/emf.js";

/**
 * Powertools for AWS Lambda on the functions: the Logger (each line carries cold_start and the
 * invocation's function_request_id once `startInvocation` has its context) and Metrics (EMF lines
 * CloudWatch turns into metrics, no API call). Metrics keep the one dimension the stack's alarms
 * read (FunctionName, infra/lib/constructs/failure-alarms.ts): Powertools' `service` dimension
 * is cleared, the service name stays in the log lines.
 */
export const SERVICE_NAME = "scenario-brief";

const LEVELS: Record<Exclude<LogLevel, "silent">, "DEBUG" | "INFO" | "WARN" | "ERROR"> = {
  debug: "DEBUG",
  info: "INFO",
  warn: "WARN",
  error: "ERROR",
};

export interface LambdaObservability {
  /** The app's Logger, written through Powertools. */
  logger: Logger;
  powertools: PowertoolsLogger;
  metrics: Metrics;
  /** At the start of each invocation: its context goes on every line; the first counts a cold start. */
  startInvocation(context: { awsRequestId: string; functionName: string }): void;
  recordRender(durationMs: number): void;
  recordFailures(metrics: readonly FailureMetric[]): void;
  /** At the end of each invocation: writes what was recorded as one EMF line. */
  flush(): void;
}

export function lambdaObservability(
  level: LogLevel,
  env: NodeJS.ProcessEnv = process.env,
): LambdaObservability {
  const powertools = new PowertoolsLogger({
    serviceName: SERVICE_NAME,
    logLevel: level === "silent" ? "SILENT" : LEVELS[level],
  });
  const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
  metrics.clearDefaultDimensions();
  metrics.setDefaultDimensions({ FunctionName: env.AWS_LAMBDA_FUNCTION_NAME ?? "local" });
  let recorded = false;
  const at =
    (l: Exclude<LogLevel, "silent">) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      // Stacks are mapped to src/ here, only for what is logged (see source-stack.ts).
      for (const value of Object.values(fields)) withSourceStack(value);
      powertools[l](message, fields);
    };
  return {
    logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") },
    powertools,
    metrics,
    startInvocation(context) {
      powertools.addContext(context as never);
      metrics.captureColdStartMetric(context.functionName);
    },
    recordRender(durationMs) {
      metrics.addMetric("RenderDuration", MetricUnit.Milliseconds, durationMs);
      recorded = true;
    },
    recordFailures(names) {
      for (const name of names) metrics.addMetric(name, MetricUnit.Count, 1);
      if (names.length > 0) recorded = true;
    },
    flush() {
      if (recorded) metrics.publishStoredMetrics();
      recorded = false;
    },
  };
}
