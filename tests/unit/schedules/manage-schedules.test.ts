import { describe, expect, it } from "vitest";
import { EventBridgeJobScheduler } from "../../../src/adapters/scheduling/eventbridge-scheduler.js";
import { newArticle } from "../../../src/core/articles/article.js";
import { NotFoundError, StorageUnavailableError, ValidationError } from "../../../src/core/errors.js";
import { SchedulerUnavailableError } from "../../../src/core/schedules/errors.js";
import {
  createSchedule,
  deleteSchedule,
  updateSchedule,
  viewOf,
} from "../../../src/core/schedules/manage-schedules.js";
import { ScheduleInput } from "../../../src/core/schedules/schedule.js";
import { themeFixture } from "../../support/themes.js";
import {
  EVENTBRIDGE_SETTINGS,
  fixedClock,
  MemoryRunStore,
  MemoryScheduleStore,
  RecordingSchedulerClient,
} from "./fakes.js";

const ID = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";
const article = newArticle({ title: "t", text: "Iraq closed the border." }, new Date("2025-01-14T00:00:00Z"));

function setup() {
  const client = new RecordingSchedulerClient();
  const clock = fixedClock("2025-01-14T08:00:00.000Z");
  const logged: { message: string; fields?: Record<string, unknown> }[] = [];
  const theme = themeFixture();
  const deps = {
    schedules: new MemoryScheduleStore(),
    scheduleRuns: new MemoryRunStore(),
    jobs: new EventBridgeJobScheduler(client, EVENTBRIDGE_SETTINGS, clock),
    scheduleIds: { scheduleId: () => ID },
    themes: { list: () => [theme], get: (id: string) => (id === theme.id ? theme : undefined) },
    articles: { get: async (id: string) => (id === article.id ? article : null) },
    clock,
    logger: {
      error: (message: string, fields?: Record<string, unknown>) => logged.push({ message, fields }),
      warn: (message: string, fields?: Record<string, unknown>) => logged.push({ message, fields }),
    },
  };
  return { deps, client, clock, logged };
}

const input = (over: Record<string, unknown> = {}) =>
  ScheduleInput.parse({
    name: "Morning brief",
    theme: "isis-prison-escape",
    articles: { ids: [article.id] },
    cron: "0 6 * * *",
    timezone: "asia/baghdad",
    ...over,
  });

const commands = (client: RecordingSchedulerClient) => client.sent.map((s) => s.command);

describe("creating a schedule", () => {
  it("creates the EventBridge schedule, then the record, and shows the next fire times", async () => {
    const { deps, client } = setup();
    const schedule = await createSchedule(deps, input());
    expect(schedule).toMatchObject({
      id: ID,
      timezone: "Asia/Baghdad",
      cron: "0 6 * * *",
      rate: null,
      enabled: true,
    });
    expect(commands(client)).toEqual(["CreateSchedule"]);
    expect(deps.schedules.records.get(ID)).toEqual(schedule);
    expect(viewOf(schedule, deps.clock.now()).nextFireTimes).toEqual([
      "2025-01-15T03:00:00.000Z",
      "2025-01-16T03:00:00.000Z",
      "2025-01-17T03:00:00.000Z",
    ]);
    expect(viewOf({ ...schedule, enabled: false }, deps.clock.now()).nextFireTimes).toEqual([]);
  });

  it("a rate starts one interval after it was set, on a whole minute", async () => {
    const { deps, clock } = setup();
    clock.at = new Date("2025-01-14T08:00:42.123Z");
    const schedule = await createSchedule(deps, input({ cron: undefined, rate: "every 6 hours" }));
    expect(schedule).toMatchObject({
      cron: null,
      rate: "every 6 hours",
      rateStartsAt: "2025-01-14T14:00:00.000Z",
    });
  });

  it("an unknown theme or article changes nothing anywhere", async () => {
    const { deps, client } = setup();
    await expect(createSchedule(deps, input({ theme: "no-such-theme" }))).rejects.toThrow(NotFoundError);
    await expect(createSchedule(deps, input({ articles: { ids: ["0000000000000000"] } }))).rejects.toThrow(
      /Article '0000000000000000' does not exist/,
    );
    expect(client.sent).toEqual([]);
    expect(deps.schedules.records.size).toBe(0);
  });

  it("if EventBridge refuses or fails, no record is written", async () => {
    const { deps, client } = setup();
    client.failNext("CreateSchedule", "ValidationException", "bad expression");
    await expect(createSchedule(deps, input())).rejects.toThrow(ValidationError);
    client.failNext("CreateSchedule", "ThrottlingException");
    await expect(createSchedule(deps, input())).rejects.toThrow(SchedulerUnavailableError);
    expect(deps.schedules.records.size).toBe(0);
  });

  it("if the record cannot be written, the EventBridge schedule is deleted again", async () => {
    const { deps, client } = setup();
    deps.schedules.failNext("put", new StorageUnavailableError("put schedules/x.json"));
    await expect(createSchedule(deps, input())).rejects.toThrow(StorageUnavailableError);
    expect(client.sent).toEqual([
      { command: "CreateSchedule", input: expect.objectContaining({ Name: ID }) },
      { command: "DeleteSchedule", input: { Name: ID, GroupName: "scenario-brief" } },
    ]);
    expect(deps.schedules.records.size).toBe(0);
  });

  it("if even the undo fails, the orphan is logged (its runs find no record and do nothing)", async () => {
    const { deps, client, logged } = setup();
    deps.schedules.failNext("put", new StorageUnavailableError("put"));
    client.failNext("DeleteSchedule", "InternalServerException");
    await expect(createSchedule(deps, input())).rejects.toThrow(StorageUnavailableError);
    expect(logged).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/could not undo/),
        fields: expect.objectContaining({ scheduleId: ID }),
      }),
    ]);
  });
});

describe("changing a schedule", () => {
  it("pauses and resumes: EventBridge first, then the record", async () => {
    const { deps, client, clock } = setup();
    await createSchedule(deps, input());
    clock.at = new Date("2025-01-14T09:00:00.000Z");
    const paused = await updateSchedule(deps, ID, { enabled: false });
    expect(paused).toMatchObject({ enabled: false, updatedAt: "2025-01-14T09:00:00.000Z" });
    expect(client.sent[1]).toMatchObject({ command: "UpdateSchedule", input: { State: "DISABLED" } });
    expect(deps.schedules.records.get(ID)?.enabled).toBe(false);
    await updateSchedule(deps, ID, { enabled: true });
    expect(client.sent[2]).toMatchObject({ command: "UpdateSchedule", input: { State: "ENABLED" } });
  });

  it("cron replaces rate and rate replaces cron; an unchanged rate keeps its phase", async () => {
    const { deps, clock } = setup();
    await createSchedule(deps, input());
    const sixHourly = await updateSchedule(deps, ID, { rate: "every 6 hours" });
    expect(sixHourly).toMatchObject({
      cron: null,
      rate: "every 6 hours",
      rateStartsAt: "2025-01-14T14:00:00.000Z",
    });
    clock.at = new Date("2025-01-15T10:00:00.000Z");
    const same = await updateSchedule(deps, ID, { rate: "every 6 hours", name: "Renamed" });
    expect(same.rateStartsAt).toBe("2025-01-14T14:00:00.000Z");
    const daily = await updateSchedule(deps, ID, { cron: "30 7 * * *" });
    expect(daily).toMatchObject({ cron: "30 7 * * *", rate: null, rateStartsAt: null });
  });

  it("if the record cannot be written, EventBridge gets the old definition back", async () => {
    const { deps, client } = setup();
    await createSchedule(deps, input());
    const before = deps.schedules.records.get(ID);
    deps.schedules.failNext("put", new StorageUnavailableError("put"));
    await expect(updateSchedule(deps, ID, { cron: "0 18 * * *", enabled: false })).rejects.toThrow(
      StorageUnavailableError,
    );
    expect(client.sent.slice(1)).toEqual([
      {
        command: "UpdateSchedule",
        input: expect.objectContaining({ ScheduleExpression: "cron(0 18 * * ? *)", State: "DISABLED" }),
      },
      { command: "UpdateSchedule", input: client.sent[0]?.input },
    ]);
    expect(deps.schedules.records.get(ID)).toEqual(before);
  });

  it("an unknown schedule, theme or article is refused before anything changes", async () => {
    const { deps, client } = setup();
    await expect(updateSchedule(deps, ID, { enabled: false })).rejects.toThrow(
      /Schedule '.*' does not exist/,
    );
    await createSchedule(deps, input());
    await expect(updateSchedule(deps, ID, { theme: "nope" })).rejects.toThrow(/Theme 'nope'/);
    expect(commands(client)).toEqual(["CreateSchedule"]);
  });
});

describe("deleting a schedule", () => {
  it("deletes the EventBridge schedule, then the record, then the run history", async () => {
    const { deps, client } = setup();
    await createSchedule(deps, input());
    await deleteSchedule(deps, ID);
    expect(commands(client)).toEqual(["CreateSchedule", "DeleteSchedule"]);
    expect(deps.schedules.records.size).toBe(0);
    await expect(deleteSchedule(deps, ID)).rejects.toThrow(NotFoundError);
  });

  it("if EventBridge fails, the record stays; if the record cannot be removed, the schedule comes back", async () => {
    const { deps, client } = setup();
    await createSchedule(deps, input());
    client.failNext("DeleteSchedule", "InternalServerException");
    await expect(deleteSchedule(deps, ID)).rejects.toThrow(SchedulerUnavailableError);
    expect(deps.schedules.records.has(ID)).toBe(true);

    client.sent.length = 0;
    deps.schedules.failNext("delete", new StorageUnavailableError("delete"));
    await expect(deleteSchedule(deps, ID)).rejects.toThrow(StorageUnavailableError);
    expect(commands(client)).toEqual(["DeleteSchedule", "CreateSchedule"]);
    expect(deps.schedules.records.has(ID)).toBe(true);

    // And the client's retry completes it.
    await deleteSchedule(deps, ID);
    expect(deps.schedules.records.has(ID)).toBe(false);
  });
});
