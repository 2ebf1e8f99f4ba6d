/**
 * Failure counts as CloudWatch Embedded Metric Format (written by Powertools Metrics on the functions,
 * adapters/observability/powertools.ts): one JSON log line that CloudWatch Logs turns
 * into metrics, with no API call on the request's path. The app answers S3 outages, Chromium
 * failures and deadline hits with ordinary 5xx responses, so Lambda's Errors metric never sees
 * them; these metrics do, and the stack alarms on them (infra/lib/constructs/service-alarms.ts).
 */
export const METRICS_NAMESPACE = "ScenarioBrief";

export const FAILURE_METRICS = [
  "ServerErrors",
  "RenderFailures",
  "DeadlineHits",
  "QueueRejections",
  "JobRunFailures",
] as const;
export type FailureMetric = (typeof FAILURE_METRICS)[number];

/** Which metrics a 5xx answer counts in, from its problem type (`.../problems/<code>`). */
export function metricsForAnswer(status: number, problemType: string | undefined): FailureMetric[] {
  if (status < 500) return [];
  const code = problemType?.split("/").pop();
  const metrics: FailureMetric[] = ["ServerErrors"];
  if (code === "render-timeout") metrics.push("DeadlineHits");
  if (code === "overloaded") metrics.push("QueueRejections");
  if (code === "render-failed" || code === "browser-unavailable") metrics.push("RenderFailures");
  return metrics;
}

/** The EMF line counting each metric once, dimensioned by the function's name. */
export function emfLine(functionName: string, metrics: readonly FailureMetric[], at: Date): string {
  return JSON.stringify({
    _aws: {
      Timestamp: at.getTime(),
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [["FunctionName"]],
          Metrics: metrics.map((name) => ({ Name: name, Unit: "Count" })),
        },
      ],
    },
    FunctionName: functionName,
    ...Object.fromEntries(metrics.map((m) => [m, 1])),
  });
}
