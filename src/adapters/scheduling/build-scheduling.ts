import { SchedulerClient } from "@aws-sdk/client-scheduler";
import type { Clock } from "../../core/ports.js";
import type { JobScheduler, ScheduleStore } from "../../core/schedules/ports.js";
import type { RunDeps } from "../../core/schedules/run-schedule.js";
import type { Logger } from "../../logger.js";
import { EventBridgeJobScheduler } from "./eventbridge-scheduler.js";
import { createJobHandler, type JobHandler } from "./job-handler.js";
import { LocalScheduler } from "./local-scheduler.js";
import type { SchedulerConfig } from "./scheduler-config.js";

export interface Scheduling {
  /** What the schedule use cases keep in step with the records. */
  jobs: JobScheduler;
  /** The in-process scheduler, when schedules fire locally; server.ts starts and stops it. */
  local: LocalScheduler | null;
  /** The entry point of a scheduled run: `{ scheduleId, scheduledTime }`. */
  handleJob: JobHandler;
}

/**
 * Wires the scheduling side for the container. `runDeps` is read on the first job, so the
 * container can build its dependencies (the schedule routes' include `jobs`) after calling this.
 * `renderTimeoutMs` is the deadline of a run fired in-process; the job Lambda passes its own.
 */
export function buildScheduling(
  config: SchedulerConfig,
  parts: {
    store: ScheduleStore;
    clock: Clock;
    logger: Logger;
    renderTimeoutMs: number;
    runDeps: () => RunDeps & { logger: Logger };
  },
): Scheduling {
  let handler: JobHandler | undefined;
  const handleJob: JobHandler = (event, deadlineMs) => {
    handler ??= createJobHandler(parts.runDeps());
    return handler(event, deadlineMs);
  };
  if (config.kind === "eventbridge") {
    const client = new SchedulerClient({ region: config.region });
    return { jobs: new EventBridgeJobScheduler(client, config, parts.clock), local: null, handleJob };
  }
  const local = new LocalScheduler({
    store: parts.store,
    fire: (event) => handleJob(event, parts.renderTimeoutMs),
    clock: parts.clock,
    graceMs: config.graceMinutes * 60_000,
    logger: parts.logger,
  });
  return { jobs: local, local, handleJob };
}
