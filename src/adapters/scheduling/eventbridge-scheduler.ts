import {
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import { ValidationError } from "../../core/errors.js";
import type { Clock } from "../../core/ports.js";
import { SchedulerUnavailableError } from "../../core/schedules/errors.js";
import { eventBridgeExpression } from "../../core/schedules/eventbridge-expression.js";
import { nextFireTimes, triggerOf } from "../../core/schedules/fire-times.js";
import type { JobScheduler } from "../../core/schedules/ports.js";
import type { Schedule } from "../../core/schedules/schedule.js";

/** The part of SchedulerClient this adapter uses; tests hand in a recording fake. */
export interface SchedulerSender {
  send(command: CreateScheduleCommand | UpdateScheduleCommand | DeleteScheduleCommand): Promise<unknown>;
}

export interface EventBridgeSettings {
  /** The service's schedule group: every schedule of ours lives there, named by its id. */
  group: string;
  /** The job Lambda. */
  targetArn: string;
  /** The role EventBridge Scheduler assumes to invoke it. */
  roleArn: string;
  /** Where EventBridge puts a delivery it could not make after its retries. */
  deadLetterArn: string;
  maxRetries: number;
  maxEventAgeSeconds: number;
}

/** EventBridge fills this in with the fire time; the job handler keys the run by it. */
export const SCHEDULED_TIME = "<aws.scheduler.scheduled-time>";

const errorName = (e: unknown) => (e as { name?: unknown })?.name;

/**
 * One EventBridge Scheduler schedule per record. Create, update and delete are made safe to
 * repeat, so a use case can retry or undo a half-done change: creating an existing schedule
 * updates it, updating a missing one creates it, deleting a missing one succeeds.
 */
export class EventBridgeJobScheduler implements JobScheduler {
  constructor(
    private readonly client: SchedulerSender,
    private readonly settings: EventBridgeSettings,
    private readonly clock: Clock,
  ) {}

  /** The full definition; UpdateSchedule replaces every field, so both commands send this. */
  definition(schedule: Schedule): CreateScheduleCommandInput {
    const trigger = triggerOf(schedule);
    const s = this.settings;
    return {
      Name: schedule.id,
      GroupName: s.group,
      Description: schedule.name.slice(0, 512),
      ScheduleExpression: eventBridgeExpression(trigger),
      ScheduleExpressionTimezone: schedule.timezone,
      // A rate counts from its start date; the next fire keeps the phase the record states
      // (EventBridge refuses start dates in the past).
      ...(trigger.kind === "rate" ? { StartDate: nextFireTimes(trigger, this.clock.now(), 1)[0] } : {}),
      FlexibleTimeWindow: { Mode: "OFF" },
      State: schedule.enabled ? "ENABLED" : "DISABLED",
      Target: {
        Arn: s.targetArn,
        RoleArn: s.roleArn,
        Input: JSON.stringify({ scheduleId: schedule.id, scheduledTime: SCHEDULED_TIME }),
        RetryPolicy: { MaximumRetryAttempts: s.maxRetries, MaximumEventAgeInSeconds: s.maxEventAgeSeconds },
        DeadLetterConfig: { Arn: s.deadLetterArn },
      },
    };
  }

  /** Sends; errors named in `handled` reach the caller as they are, the rest become typed errors. */
  private async send(
    operation: string,
    command: CreateScheduleCommand | UpdateScheduleCommand | DeleteScheduleCommand,
    handled?: string,
  ): Promise<void> {
    try {
      await this.client.send(command);
    } catch (e) {
      const name = errorName(e);
      if (handled && name === handled) throw e;
      if (name === "ValidationException") {
        const detail = e instanceof Error ? e.message : "invalid schedule";
        throw new ValidationError(`EventBridge Scheduler refused the schedule: ${detail}`, [], e);
      }
      throw new SchedulerUnavailableError(`${operation} in EventBridge Scheduler`, e);
    }
  }

  async create(schedule: Schedule): Promise<void> {
    const definition = this.definition(schedule);
    try {
      await this.send("create schedule", new CreateScheduleCommand(definition), "ConflictException");
    } catch (e) {
      // Left by an earlier attempt whose record was never written: it is ours, make it current.
      if (errorName(e) !== "ConflictException") throw e;
      await this.send("update schedule", new UpdateScheduleCommand(definition));
    }
  }

  async update(schedule: Schedule): Promise<void> {
    const definition = this.definition(schedule);
    try {
      await this.send("update schedule", new UpdateScheduleCommand(definition), "ResourceNotFoundException");
    } catch (e) {
      // Lost to a half-done delete: the record is the truth, so the schedule comes back.
      if (errorName(e) !== "ResourceNotFoundException") throw e;
      await this.send("create schedule", new CreateScheduleCommand(definition));
    }
  }

  async remove(scheduleId: string): Promise<void> {
    try {
      const command = new DeleteScheduleCommand({ Name: scheduleId, GroupName: this.settings.group });
      await this.send("delete schedule", command, "ResourceNotFoundException");
    } catch (e) {
      if (errorName(e) !== "ResourceNotFoundException") throw e;
    }
  }
}
