import {
  CreateScheduleCommand,
  type DeleteScheduleCommand,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import type { SchedulerSender } from "../../../src/adapters/scheduling/eventbridge-scheduler.js";
import type { Clock, Page, PageRequest } from "../../../src/core/ports.js";
import type { ScheduleRunStore, ScheduleStore } from "../../../src/core/schedules/ports.js";
import type { ScheduleRun } from "../../../src/core/schedules/run.js";
import type { Schedule } from "../../../src/core/schedules/schedule.js";

/** EventBridge settings for tests that go through the adapter without asserting its inputs. */
export const EVENTBRIDGE_SETTINGS = {
  group: "scenario-brief",
  targetArn: "arn:aws:lambda:eu-west-1:123456789012:function:jobs",
  roleArn: "arn:aws:iam::123456789012:role/scheduler",
  deadLetterArn: "arn:aws:sqs:eu-west-1:123456789012:dlq",
  maxRetries: 3,
  maxEventAgeSeconds: 3600,
};

type Command = CreateScheduleCommand | UpdateScheduleCommand | DeleteScheduleCommand;

export interface SentCommand {
  command: "CreateSchedule" | "UpdateSchedule" | "DeleteSchedule";
  input: Command["input"];
}

/** A SchedulerClient stand-in: records each command's exact input; fails the ones told to. */
export class RecordingSchedulerClient implements SchedulerSender {
  readonly sent: SentCommand[] = [];
  private readonly failures: { command: SentCommand["command"]; error: Error }[] = [];

  /** The next `command` sent fails with an error of this name (as the SDK names them). */
  failNext(command: SentCommand["command"], name: string, message = `${name} from the fake`) {
    const error = new Error(message);
    error.name = name;
    this.failures.push({ command, error });
  }

  async send(command: Command): Promise<unknown> {
    const name =
      command instanceof CreateScheduleCommand
        ? "CreateSchedule"
        : command instanceof UpdateScheduleCommand
          ? "UpdateSchedule"
          : "DeleteSchedule";
    this.sent.push({ command: name, input: structuredClone(command.input) });
    const i = this.failures.findIndex((f) => f.command === name);
    if (i >= 0) {
      const [failure] = this.failures.splice(i, 1);
      throw failure?.error;
    }
    return {};
  }
}

export const fixedClock = (iso: string) => {
  const clock = { at: new Date(iso), now: () => new Date(clock.at) };
  return clock satisfies Clock;
};

/** Records in memory; `failNext` makes the next put or delete throw, as an S3 outage would. */
export class MemoryScheduleStore implements ScheduleStore {
  readonly records = new Map<string, Schedule>();
  private failing: { op: "put" | "delete"; error: Error } | null = null;

  failNext(op: "put" | "delete", error: Error) {
    this.failing = { op, error };
  }

  private check(op: "put" | "delete") {
    if (this.failing?.op !== op) return;
    const { error } = this.failing;
    this.failing = null;
    throw error;
  }

  async get(id: string) {
    return structuredClone(this.records.get(id) ?? null);
  }
  async put(schedule: Schedule) {
    this.check("put");
    this.records.set(schedule.id, structuredClone(schedule));
  }
  async delete(id: string) {
    this.check("delete");
    this.records.delete(id);
  }
  async list(page: PageRequest): Promise<Page<Schedule>> {
    const all = [...this.records.values()].sort((a, b) => a.id.localeCompare(b.id));
    const start = page.cursor ? all.findIndex((s) => s.id === page.cursor) + 1 : 0;
    const items = all.slice(start, start + page.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: start + page.limit < all.length && last ? last.id : null };
  }
}

export class MemoryRunStore implements ScheduleRunStore {
  readonly runs = new Map<string, ScheduleRun>();
  private key = (id: string, at: string | Date) => `${id}@${new Date(at).toISOString()}`;

  async claim(run: ScheduleRun) {
    const existing = this.runs.get(this.key(run.scheduleId, run.scheduledTime));
    if (existing) return structuredClone(existing);
    this.runs.set(this.key(run.scheduleId, run.scheduledTime), structuredClone(run));
    return null;
  }
  async put(run: ScheduleRun) {
    this.runs.set(this.key(run.scheduleId, run.scheduledTime), structuredClone(run));
  }
  async get(id: string, at: Date) {
    return structuredClone(this.runs.get(this.key(id, at)) ?? null);
  }
  async list(id: string, page: PageRequest): Promise<Page<ScheduleRun>> {
    const items = [...this.runs.values()]
      .filter((r) => r.scheduleId === id)
      .sort((a, b) => b.scheduledTime.localeCompare(a.scheduledTime))
      .slice(0, page.limit);
    return { items, nextCursor: null };
  }
  async deleteAll(id: string) {
    for (const [k, r] of this.runs) if (r.scheduleId === id) this.runs.delete(k);
  }
}
