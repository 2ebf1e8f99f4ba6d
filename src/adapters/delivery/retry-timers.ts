import { CreateScheduleCommand } from "@aws-sdk/client-scheduler";
import { z } from "zod";
import type { RetryJob, RetryTimer } from "../../core/deliveries/ports.js";
import type { Clock } from "../../core/ports.js";
import type { EventBridgeSettings } from "../scheduling/eventbridge-scheduler.js";

/** The job-function event that brings a delivery retry back (on AWS). */
export const DeliveryRetryEvent = z.object({
  deliveryRetry: z.object({
    briefingId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
    n: z.number().int().min(0).max(99),
    after: z.number().int().min(1),
  }),
});

/**
 * Locally: a timer per retry, in this process. Retries do not survive a restart; a delivery left
 * pending by one can be sent again with POST /v1/briefings/{id}/deliveries/{n}/retry.
 */
export class LocalRetryTimer implements RetryTimer {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly fire: (job: RetryJob) => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  async schedule(job: RetryJob, at: Date): Promise<void> {
    if (this.stopped) throw new Error("the retry timers are stopped");
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        this.fire(job).catch(this.onError);
      },
      Math.max(0, at.getTime() - this.clock.now().getTime()),
    );
    // Pending retries do not keep a finished process alive.
    timer.unref();
    this.timers.add(timer);
  }

  /** How many retries are waiting. */
  get pending(): number {
    return this.timers.size;
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

export interface OneTimeScheduleSender {
  send(command: CreateScheduleCommand): Promise<unknown>;
}

/** EventBridge `at()` expressions are to the second, in the given time zone (UTC here). */
const MIN_LEAD_MS = 60_000;
const atExpression = (at: Date) => `at(${at.toISOString().slice(0, 19)})`;

/**
 * On AWS: each retry is a one-time EventBridge Scheduler schedule (`at(…)`, deleted after it
 * fires) that invokes the job function with `{ deliveryRetry }`. It outlives the function that
 * arranged it, takes any delay (an SQS message waits at most 15 minutes), and reuses the
 * scheduler's role, retries and dead-letter queue. Names start with `delivery-` so the grant to
 * create them can be limited to that prefix.
 */
export class EventBridgeRetryTimer implements RetryTimer {
  constructor(
    private readonly client: OneTimeScheduleSender,
    private readonly settings: EventBridgeSettings,
    private readonly clock: Clock,
  ) {}

  async schedule(job: RetryJob, due: Date): Promise<void> {
    const s = this.settings;
    // A one-time schedule must lie ahead of its creation: a minute at least, rounded up to the second.
    const soonest = Math.ceil((this.clock.now().getTime() + MIN_LEAD_MS) / 1000) * 1000;
    const at = new Date(Math.max(due.getTime(), soonest));
    await this.client.send(
      new CreateScheduleCommand({
        Name: `delivery-${job.briefingId}-${job.n}-${job.after}`,
        GroupName: s.group,
        Description: `retry of delivery ${job.n} of briefing ${job.briefingId}`,
        ScheduleExpression: atExpression(at),
        ScheduleExpressionTimezone: "UTC",
        FlexibleTimeWindow: { Mode: "OFF" },
        ActionAfterCompletion: "DELETE",
        Target: {
          Arn: s.targetArn,
          RoleArn: s.roleArn,
          Input: JSON.stringify({ deliveryRetry: job }),
          RetryPolicy: { MaximumRetryAttempts: s.maxRetries, MaximumEventAgeInSeconds: s.maxEventAgeSeconds },
          DeadLetterConfig: { Arn: s.deadLetterArn },
        },
      }),
    );
  }
}
