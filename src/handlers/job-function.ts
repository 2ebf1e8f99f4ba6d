/** The job function, loaded by its entry (lambda-scheduled.ts) once the Chromium unpack is under way. */
import type { LambdaContext } from "hono/aws-lambda";
import { DeliveryRetryEvent } from "../adapters/delivery/retry-timers.js";
import { lambdaObservability } from "../adapters/observability/powertools.js";
import { isPollSourcesEvent } from "../adapters/scheduling/source-poller.js";
import type { Container } from "../container.js";
import { logLevelFrom } from "../logger.js";
import { coldStart } from "./cold-start.js";

// One container per execution environment, as for the HTTP function.
let ready: Promise<Container> | undefined;
const observability = lambdaObservability(logLevelFrom(process.env.LOG_LEVEL, "info"));

/** Time kept back from the invocation to record the run's outcome. */
const MARGIN_MS = 10_000;

/**
 * Invoked by EventBridge Scheduler with `{ scheduleId, scheduledTime }`, `{ deliveryRetry }`
 * when a delivery's retry comes due, or `{ job: "poll-sources" }` by the one poller. A run that fails for a
 * passing reason throws after recording itself, so Lambda's retry (and then the dead-letter
 * queue) takes over; duplicates of one fire time produce no second briefing.
 */
export const handler = async (event: unknown, context: LambdaContext) => {
  observability.startInvocation(context);
  try {
    return await runJob(event, context);
  } finally {
    observability.flush();
  }
};

async function runJob(event: unknown, context: LambdaContext) {
  // No API keys: the job serves no HTTP, and its role may not read the keys parameter.
  ready ??= coldStart(process.env, { servesHttp: false, logger: observability.logger })
    .then((started) => started.container)
    .catch((e: unknown) => {
      ready = undefined;
      throw e;
    });
  const container = await ready;
  // A one-time schedule bringing back a delivery retry (src/adapters/delivery/retry-timers.ts).
  const retry = DeliveryRetryEvent.safeParse(event);
  if (retry.success) return container.components.deliveries.resume(retry.data.deliveryRetry);
  // The one poller schedule: polls every registered feed that is due.
  if (isPollSourcesEvent(event)) {
    const polls = await container.sourcePoller.tick();
    return {
      kind: "polled",
      polls: polls.length,
      failed: polls.filter((p) => p.outcome === "failed").length,
    };
  }
  // This invocation's deadline: what remains of it, less the margin.
  const remaining = context.getRemainingTimeInMillis() - MARGIN_MS;
  const deadlineMs = Math.max(1, Math.min(container.config.browser.renderTimeoutMs, remaining));
  const outcome = await container.scheduling.handleJob(event, deadlineMs);
  // A run that failed for good returns normally (retrying would fail again), so Lambda's Errors
  // metric misses it; this metric does not.
  if (outcome.kind === "ran" && outcome.run.status === "failed")
    observability.recordFailures(["JobRunFailures"]);
  return outcome;
}

/** Closes the container this execution environment built, if any (see http-function.ts shutdown). */
export async function shutdown(): Promise<void> {
  const container = await ready?.catch(() => undefined);
  ready = undefined;
  await container?.close();
}
