// Before any core module: zod schemas made before @hono/zod-openapi extends zod have no .openapi.
import "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventBridgeJobScheduler } from "../../src/adapters/scheduling/eventbridge-scheduler.js";
import { StorageUnavailableError } from "../../src/core/errors.js";
import type { ScheduleStore } from "../../src/core/schedules/ports.js";
import type { ScheduleRun } from "../../src/core/schedules/run.js";
import { corpusText } from "../support/corpus.js";
import { startStack, type TestStack } from "../support/stack.js";
import { EVENTBRIDGE_SETTINGS, RecordingSchedulerClient } from "../unit/schedules/fakes.js";

let stack: TestStack;
let articleId: string;

const send = (app: TestStack["app"], method: string, path: string, body?: unknown) =>
  app.request(path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

async function expectProblem(res: Response, status: number, detail: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = (await res.json()) as { status: number; detail: string; type: string };
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//) });
  expect(body.detail).toMatch(detail);
}

/** Jobs go to EventBridge through a recording client: nothing reaches AWS, every command is seen. */
function withEventBridge(overrides: { schedules?: ScheduleStore } = {}) {
  const client = new RecordingSchedulerClient();
  const jobs = new EventBridgeJobScheduler(client, EVENTBRIDGE_SETTINGS, stack.container.components.clock);
  return { client, app: stack.appWith({ jobs, ...overrides }) };
}

const morning = {
  name: "Morning brief: ISIS detention",
  theme: "isis-prison-escape",
  articles: { tag: "syria", latest: 2 },
  cron: "0 6 * * *",
  timezone: "Asia/Baghdad",
};

beforeAll(async () => {
  stack = await startStack();
  const res = await send(stack.app, "POST", "/v1/articles", {
    title: "Iraq fortifies its Syrian border after the fall of Assad",
    text: corpusText(),
    tags: ["syria"],
  });
  articleId = ((await res.json()) as { id: string }).id;
});
afterAll(() => stack.close());

interface ScheduleBody {
  id: string;
  enabled: boolean;
  cron: string | null;
  rate: string | null;
  nextFireTimes: string[];
}

describe("schedules over HTTP, stored in S3", () => {
  let id: string;

  it("creates a schedule: 201 with the record and its next 3 fire times", async () => {
    const res = await send(stack.app, "POST", "/v1/schedules", morning);
    expect(res.status).toBe(201);
    const body = (await res.json()) as ScheduleBody;
    id = body.id;
    expect(body).toMatchObject({ ...morning, rate: null, enabled: true, rateStartsAt: null });
    expect(res.headers.get("location")).toBe(`/v1/schedules/${id}`);
    expect(body.nextFireTimes).toHaveLength(3);
    for (const t of body.nextFireTimes) expect(t).toMatch(/T03:00:00\.000Z$/);
    expect(await stack.keys()).toEqual(
      expect.arrayContaining([`schedules/${id}.json`, `index/schedules/${id}`]),
    );
    expect(await (await stack.app.request(`/v1/schedules/${id}`)).json()).toEqual(body);
    const list = (await (await stack.app.request("/v1/schedules")).json()) as { items: ScheduleBody[] };
    expect(list.items.map((s) => s.id)).toEqual([id]);
  });

  it("pauses, resumes and changes its timing with PATCH", async () => {
    const paused = (await (
      await send(stack.app, "PATCH", `/v1/schedules/${id}`, { enabled: false })
    ).json()) as ScheduleBody;
    expect(paused).toMatchObject({ enabled: false, nextFireTimes: [] });
    const resumed = (await (
      await send(stack.app, "PATCH", `/v1/schedules/${id}`, { enabled: true })
    ).json()) as ScheduleBody;
    expect(resumed.nextFireTimes).toHaveLength(3);
    const rated = await send(stack.app, "PATCH", `/v1/schedules/${id}`, { rate: "every 12 hours" });
    expect(rated.status).toBe(200);
    expect(await rated.json()).toMatchObject({ cron: null, rate: "every 12 hours" });
    const back = await send(stack.app, "PATCH", `/v1/schedules/${id}`, { cron: "0 6 * * *" });
    expect(await back.json()).toMatchObject({ cron: "0 6 * * *", rate: null, rateStartsAt: null });
  });

  it("runs it now: a real briefing, recorded in the run history", async () => {
    const res = await send(stack.app, "POST", `/v1/schedules/${id}/run`);
    expect(res.status).toBe(201);
    const run = (await res.json()) as ScheduleRun;
    expect(run).toMatchObject({
      scheduleId: id,
      trigger: "manual",
      status: "succeeded",
      articleIds: [articleId],
      briefingId: expect.stringMatching(/^[0-9A-Z]{26}$/),
      error: null,
    });
    expect((await stack.app.request(`/v1/briefings/${run.briefingId}`)).status).toBe(200);
    const runs = (await (await stack.app.request(`/v1/schedules/${id}/runs`)).json()) as {
      items: ScheduleRun[];
    };
    expect(runs.items).toEqual([run]);
  });

  it("deletes it with its run history; its briefings stay", async () => {
    const runs = (await (await stack.app.request(`/v1/schedules/${id}/runs`)).json()) as {
      items: ScheduleRun[];
    };
    const briefingId = runs.items[0]?.briefingId;
    expect((await send(stack.app, "DELETE", `/v1/schedules/${id}`)).status).toBe(204);
    const keys = await stack.keys();
    expect(keys.filter((k) => k.includes(id))).toEqual([]);
    expect((await stack.app.request(`/v1/schedules/${id}`)).status).toBe(404);
    expect((await stack.app.request(`/v1/briefings/${briefingId}`)).status).toBe(200);
  });
});

describe("bad input: a problem document, and nothing stored in S3 or sent to EventBridge", () => {
  const cases: [body: unknown, status: number, detail: RegExp][] = [
    [{ ...morning, cron: "61 6 * * *" }, 400, /cron: is not a valid cron: minute 61 is outside 0-59/],
    [{ ...morning, cron: "0 0 6 * * *" }, 400, /expected 5 fields/],
    [{ ...morning, cron: "0 6 1 * 1" }, 400, /both day-of-month and day-of-week.*EventBridge/],
    [{ ...morning, cron: "*/2 * * * *" }, 400, /at most every 5 minutes/],
    [{ ...morning, timezone: "Mars/Olympus_Mons" }, 400, /timezone: is not a known IANA time zone/],
    [{ ...morning, timezone: "+03:00" }, 400, /timezone/],
    [{ ...morning, theme: "no-such-theme" }, 404, /Theme 'no-such-theme' does not exist/],
    [
      { ...morning, cron: undefined, rate: "every 2 minutes" },
      400,
      /rate: is not a valid rate: .*at most every 5 minutes/,
    ],
    [{ ...morning, cron: undefined, rate: "hourly" }, 400, /rate: is not a valid rate/],
    [{ ...morning, rate: "every 6 hours" }, 400, /cron or rate, not both/],
    [{ ...morning, cron: undefined }, 400, /give cron .* or rate/],
    [
      { ...morning, articles: { ids: ["0000000000000000"] } },
      404,
      /Article '0000000000000000' does not exist/,
    ],
    [{ ...morning, articles: { ids: ["../../etc/passwd"] } }, 400, /article id/],
    [{ ...morning, articles: { ids: ["0123456789abcdef"], tag: "syria", latest: 1 } }, 400, /either \{ ids/],
    [{ ...morning, articles: { tag: "syria" } }, 400, /articles.latest: a selection by tag needs latest/],
    [{ ...morning, articles: { tag: "syria", latest: 100 } }, 400, /articles.latest/],
    [{ ...morning, articles: {} }, 400, /either \{ ids/],
    [{ ...morning, name: " " }, 400, /name: must not be empty/],
    [{ ...morning, name: "Morning\u0000brief" }, 400, /name: contains a NUL character/],
    [{ ...morning, name: "Morning \ud800 brief" }, 400, /name: contains an unpaired surrogate/],
    [{ ...morning, owner: "me" }, 400, /owner|Unrecognized/i],
    ["{not json", 400, /./],
  ];

  it("creating", async () => {
    const { client, app } = withEventBridge();
    const before = await stack.keys();
    for (const [body, status, detail] of cases) {
      await expectProblem(await send(app, "POST", "/v1/schedules", body), status, detail);
    }
    const text = await app.request("/v1/schedules", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "x",
    });
    expect(text.status).toBe(415);
    expect(client.sent).toEqual([]);
    expect(await stack.keys()).toEqual(before);
  });

  it("changing, and addressing schedules that do not exist", async () => {
    const { client, app } = withEventBridge();
    const created = (await (await send(app, "POST", "/v1/schedules", morning)).json()) as ScheduleBody;
    const before = await stack.keys();
    client.sent.length = 0;
    const patches: [body: unknown, status: number, detail: RegExp][] = [
      [{}, 400, /at least one field/],
      [{ cron: "0 6 * * *", rate: "every hour" }, 400, /not both/],
      [{ cron: "0 6 31 2 *" }, 400, /never fires/],
      [{ timezone: "Nowhere/City" }, 400, /timezone/],
      [{ theme: "no-such-theme" }, 404, /Theme/],
      [{ enabled: "no" }, 400, /enabled/],
    ];
    for (const [body, status, detail] of patches) {
      await expectProblem(await send(app, "PATCH", `/v1/schedules/${created.id}`, body), status, detail);
    }
    const unknown = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";
    await expectProblem(
      await app.request(`/v1/schedules/${unknown}`),
      404,
      /Schedule '01JHF3Q9V6X8E2N4R5T7Y9B1C3'/,
    );
    await expectProblem(
      await send(app, "PATCH", `/v1/schedules/${unknown}`, { enabled: false }),
      404,
      /Schedule/,
    );
    await expectProblem(await send(app, "DELETE", `/v1/schedules/${unknown}`), 404, /Schedule/);
    await expectProblem(await send(app, "POST", `/v1/schedules/${unknown}/run`), 404, /Schedule/);
    await expectProblem(await app.request(`/v1/schedules/${unknown}/runs`), 404, /Schedule/);
    await expectProblem(await app.request("/v1/schedules/..%2F..%2Fetc"), 400, /schedule id/);
    await expectProblem(await app.request("/v1/schedules?cursor=bm9wZQ"), 400, /cursor/);
    await expectProblem(await app.request(`/v1/schedules/${created.id}/runs?cursor=bm9wZQ`), 400, /cursor/);
    expect(client.sent).toEqual([]);
    expect(await stack.keys()).toEqual(before);
    await send(app, "DELETE", `/v1/schedules/${created.id}`);
  });
});

describe("EventBridge and the records stay in step when either side fails", () => {
  const failing = (op: "put" | "delete"): ScheduleStore => {
    const real = stack.container.components.schedules;
    return {
      get: (id) => real.get(id),
      list: (p) => real.list(p),
      put: (s) =>
        op === "put"
          ? Promise.reject(new StorageUnavailableError(`put schedules/${s.id}.json`))
          : real.put(s),
      delete: (id) =>
        op === "delete" ? Promise.reject(new StorageUnavailableError(`delete ${id}`)) : real.delete(id),
    };
  };

  it("creates the EventBridge schedule with the exact definition, then the record", async () => {
    const { client, app } = withEventBridge();
    const res = await send(app, "POST", "/v1/schedules", { ...morning, cron: "0 6 * * 0-4" });
    const id = ((await res.json()) as ScheduleBody).id;
    expect(client.sent).toEqual([
      {
        command: "CreateSchedule",
        input: {
          Name: id,
          GroupName: "scenario-brief",
          Description: morning.name,
          ScheduleExpression: "cron(0 6 ? * SUN-THU *)",
          ScheduleExpressionTimezone: "Asia/Baghdad",
          FlexibleTimeWindow: { Mode: "OFF" },
          State: "ENABLED",
          Target: {
            Arn: "arn:aws:lambda:eu-west-1:123456789012:function:jobs",
            RoleArn: "arn:aws:iam::123456789012:role/scheduler",
            Input: JSON.stringify({ scheduleId: id, scheduledTime: "<aws.scheduler.scheduled-time>" }),
            RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
            DeadLetterConfig: { Arn: "arn:aws:sqs:eu-west-1:123456789012:dlq" },
          },
        },
      },
    ]);
    await send(app, "DELETE", `/v1/schedules/${id}`);
    expect(client.sent.map((s) => s.command)).toEqual(["CreateSchedule", "DeleteSchedule"]);
  });

  it("an S3 failure while creating the record deletes the EventBridge schedule: 503, nothing left", async () => {
    const { client, app } = withEventBridge({ schedules: failing("put") });
    const before = await stack.keys();
    const res = await send(app, "POST", "/v1/schedules", morning);
    await expectProblem(res, 503, /object store/);
    expect(client.sent.map((s) => s.command)).toEqual(["CreateSchedule", "DeleteSchedule"]);
    expect(client.sent[1]?.input).toEqual({ Name: client.sent[0]?.input.Name, GroupName: "scenario-brief" });
    expect(await stack.keys()).toEqual(before);
  });

  it("an EventBridge failure stores nothing; a failed record delete puts the schedule back", async () => {
    const { client, app } = withEventBridge();
    client.failNext("CreateSchedule", "ThrottlingException");
    const before = await stack.keys();
    const res = await send(app, "POST", "/v1/schedules", morning);
    await expectProblem(res, 503, /job scheduler did not answer/);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await stack.keys()).toEqual(before);

    const created = (await (await send(app, "POST", "/v1/schedules", morning)).json()) as ScheduleBody;
    const stuck = withEventBridge({ schedules: failing("delete") });
    await expectProblem(await send(stuck.app, "DELETE", `/v1/schedules/${created.id}`), 503, /object store/);
    expect(stuck.client.sent.map((s) => s.command)).toEqual(["DeleteSchedule", "CreateSchedule"]);
    expect((await stack.app.request(`/v1/schedules/${created.id}`)).status).toBe(200);
    expect((await send(app, "DELETE", `/v1/schedules/${created.id}`)).status).toBe(204);
  });
});
