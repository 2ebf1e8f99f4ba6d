import { OverloadedError } from "../errors.js";

/**
 * The job scheduler (EventBridge Scheduler) did not answer or refused for a reason the client
 * cannot fix. A 503 with Retry-After: whatever was being changed was left as it was.
 */
export class SchedulerUnavailableError extends OverloadedError {
  override name = "SchedulerUnavailableError";
  constructor(operation: string, cause?: unknown) {
    super(`The job scheduler did not answer (${operation}); nothing was changed, try again shortly.`, 5);
    this.cause = cause;
  }
}
