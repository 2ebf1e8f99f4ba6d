import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { hasEmail } from "../../../core/deliveries/delivery.js";
import type { DeliveryStore } from "../../../core/deliveries/ports.js";
import { NotFoundError, ValidationError } from "../../../core/errors.js";
import {
  createSchedule,
  deleteSchedule,
  getRevisedSchedule,
  getSchedule,
  reviseSchedule,
  type ScheduleDeps,
  viewOf,
} from "../../../core/schedules/manage-schedules.js";
import { ScheduleRun } from "../../../core/schedules/run.js";
import { type RunDeps, runSchedule } from "../../../core/schedules/run-schedule.js";
import {
  SCHEDULE_ID_PATTERN,
  Schedule,
  ScheduleInput,
  SchedulePatch,
} from "../../../core/schedules/schedule.js";
import { ETagHeader, entityTag, IfMatchHeader, parseIfMatch } from "../conditional.js";
import type { AppEnv } from "../env.js";
import { commonProblems, json, PageQuery, pageOf, problem } from "../schemas.js";
import { DeliveryRecordSchema } from "./deliveries.js";

// Clones: a core schema made before @hono/zod-openapi extended zod lacks .openapi of its own.
const ScheduleInputSchema = ScheduleInput.clone().openapi("ScheduleInput", {
  example: {
    name: "Morning brief on ISIS detention",
    theme: "isis-prison-escape",
    articles: { tag: "syria", latest: 5, sinceDays: 7 },
    cron: "0 6 * * *",
    timezone: "Asia/Baghdad",
    enabled: true,
  },
});
const SchedulePatchSchema = SchedulePatch.clone().openapi("SchedulePatch", { example: { enabled: false } });
const ScheduleSchema = Schedule.extend({
  nextFireTimes: z.array(z.string()).describe("The next 3 fire times (ISO 8601, UTC); none while paused"),
}).openapi("Schedule");
const ScheduleRunSchema = ScheduleRun.extend({
  deliveries: z.array(DeliveryRecordSchema).optional().describe("The run's briefing's deliveries, by n"),
}).openapi("ScheduleRun");

const ScheduleIdParam = z.object({
  id: z
    .string()
    .regex(SCHEDULE_ID_PATTERN, "must be a schedule id: a 26-character ULID")
    .openapi({ param: { name: "id", in: "path" }, example: "01JHF3Q9V6X8E2N4R5T7Y9B1C3" }),
});

const bodyOf = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

const bodyProblems = {
  404: problem("Unknown schedule, theme or article"),
  413: problem("Body too large"),
  415: problem("Body not JSON"),
  ...commonProblems,
} as const;

const createScheduleRoute = createRoute({
  method: "post",
  operationId: "createSchedule",
  path: "/v1/schedules",
  tags: ["schedules"],
  summary: "Schedule a briefing to be generated again and again",
  description:
    'cron is 5 fields (minute hour day-of-month month day-of-week) in the given IANA time zone; rate is "every N minutes|hours|days". Neither may fire more often than every 5 minutes, and a cron may restrict day-of-month or day-of-week but not both.',
  request: { body: bodyOf(ScheduleInputSchema) },
  responses: { 201: json(ScheduleSchema, "The schedule, with its next fire times"), ...bodyProblems },
});

const listSchedulesRoute = createRoute({
  method: "get",
  operationId: "listSchedules",
  path: "/v1/schedules",
  tags: ["schedules"],
  summary: "Schedules, in the order they were created",
  request: { query: PageQuery },
  responses: { 200: json(pageOf(ScheduleSchema, "SchedulePage"), "A page of schedules"), ...commonProblems },
});

const getScheduleRoute = createRoute({
  method: "get",
  operationId: "getSchedule",
  path: "/v1/schedules/{id}",
  tags: ["schedules"],
  summary: "One schedule, with its next 3 fire times",
  request: { params: ScheduleIdParam },
  responses: {
    200: { ...json(ScheduleSchema, "The schedule"), headers: ETagHeader },
    404: problem("No such schedule"),
    ...commonProblems,
  },
});

const patchScheduleRoute = createRoute({
  method: "patch",
  operationId: "updateSchedule",
  path: "/v1/schedules/{id}",
  tags: ["schedules"],
  summary: "Change a schedule; { enabled: false } pauses it, { enabled: true } resumes it",
  description:
    "The change is written only over the schedule as this request read it: of concurrent changes one wins, the others get 409 and change nothing. With If-Match (the ETag of a read), it is written only if the schedule is still as the client read it (412 otherwise).",
  request: { params: ScheduleIdParam, headers: IfMatchHeader, body: bodyOf(SchedulePatchSchema) },
  responses: {
    200: { ...json(ScheduleSchema, "The changed schedule"), headers: ETagHeader },
    409: problem("A concurrent change was written first; nothing was changed"),
    412: problem("The schedule is no longer the version If-Match names; nothing was changed"),
    ...bodyProblems,
  },
});

const deleteScheduleRoute = createRoute({
  method: "delete",
  operationId: "deleteSchedule",
  path: "/v1/schedules/{id}",
  tags: ["schedules"],
  summary: "Remove a schedule and its run history (its briefings stay)",
  description: "With If-Match, only if the schedule is still the version the client read (412 otherwise).",
  request: { params: ScheduleIdParam, headers: IfMatchHeader },
  responses: {
    204: { description: "Removed" },
    404: problem("No such schedule"),
    412: problem("The schedule is no longer the version If-Match names; nothing was removed"),
    ...commonProblems,
  },
});

const runNowRoute = createRoute({
  method: "post",
  operationId: "runSchedule",
  path: "/v1/schedules/{id}/run",
  tags: ["schedules"],
  summary: "Run a schedule now, paused or not",
  description:
    "Renders synchronously and answers with the run record, whatever its status: succeeded (with the briefing id), no-articles (with the reason) or failed (with the error).",
  request: { params: ScheduleIdParam },
  responses: { 201: json(ScheduleRunSchema, "The run"), 404: problem("No such schedule"), ...commonProblems },
});

const listRunsRoute = createRoute({
  method: "get",
  operationId: "listScheduleRuns",
  path: "/v1/schedules/{id}/runs",
  tags: ["schedules"],
  summary: "A schedule's runs, latest scheduled time first",
  request: { params: ScheduleIdParam, query: PageQuery },
  responses: {
    200: json(pageOf(ScheduleRunSchema, "ScheduleRunPage"), "A page of runs"),
    404: problem("No such schedule"),
    ...commonProblems,
  },
});

/** Managing schedules, and running one now; `renderTimeoutMs` is the deadline of a run asked for here. */
export type ScheduleRouteDeps = ScheduleDeps &
  RunDeps & {
    renderTimeoutMs: number;
    /** Where runs' deliveries are recorded, shown with the runs. */
    deliveryRecords?: DeliveryStore;
    /** Whether e-mail deliveries can be sent here (AWS); if not, a schedule asking for them is refused. */
    emailDeliveries?: boolean;
  };

/** E-mail goes through SNS, which only the AWS deployment has: refused, with why, before anything changes. */
function checkEmail(deps: ScheduleRouteDeps, body: { deliveries?: Parameters<typeof hasEmail>[0] }): void {
  if (hasEmail(body.deliveries) && !deps.emailDeliveries) {
    throw new ValidationError("E-mail deliveries are available on AWS only (through SNS).", [
      { path: "deliveries", message: "e-mail is not available in this deployment; use a webhook" },
    ]);
  }
}

export function scheduleRoutes(app: OpenAPIHono<AppEnv>, deps: ScheduleRouteDeps) {
  const now = () => deps.clock.now();

  app.openapi(createScheduleRoute, async (c) => {
    checkEmail(deps, c.req.valid("json"));
    const schedule = await createSchedule(deps, c.req.valid("json"));
    c.header("location", `/v1/schedules/${schedule.id}`);
    return c.json(viewOf(schedule, now()), 201);
  });

  app.openapi(listSchedulesRoute, async (c) => {
    const page = await deps.schedules.list(c.req.valid("query"));
    const at = now();
    return c.json({ items: page.items.map((s) => viewOf(s, at)), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(getScheduleRoute, async (c) => {
    const { schedule, revision } = await getRevisedSchedule(deps, c.req.valid("param").id);
    if (revision !== undefined) c.header("etag", entityTag(revision));
    return c.json(viewOf(schedule, now()), 200);
  });

  app.openapi(patchScheduleRoute, async (c) => {
    checkEmail(deps, c.req.valid("json"));
    const ifMatch = parseIfMatch(c.req.valid("header")["if-match"]);
    const { schedule, revision } = await reviseSchedule(
      deps,
      c.req.valid("param").id,
      c.req.valid("json"),
      ifMatch,
    );
    if (revision !== undefined) c.header("etag", entityTag(revision));
    return c.json(viewOf(schedule, now()), 200);
  });

  app.openapi(deleteScheduleRoute, async (c) => {
    await deleteSchedule(deps, c.req.valid("param").id, parseIfMatch(c.req.valid("header")["if-match"]));
    return c.body(null, 204);
  });

  app.openapi(runNowRoute, async (c) => {
    const { id } = c.req.valid("param");
    await getSchedule(deps, id);
    const outcome = await runSchedule(deps, {
      scheduleId: id,
      scheduledTime: now(),
      trigger: "manual",
      deadlineMs: deps.renderTimeoutMs,
    });
    // Gone between the look-up and the run: deleted meanwhile.
    if (outcome.kind === "skipped") throw new NotFoundError("Schedule", id);
    c.header("location", `/v1/schedules/${id}/runs`);
    return c.json(outcome.run, 201);
  });

  app.openapi(listRunsRoute, async (c) => {
    const { id } = c.req.valid("param");
    await getSchedule(deps, id);
    const page = await deps.scheduleRuns.list(id, c.req.valid("query"));
    const records = deps.deliveryRecords;
    if (!records) return c.json(page, 200);
    const items = await Promise.all(
      page.items.map(async (run) => {
        // Runs whose briefing went nowhere look as they always did.
        const deliveries = run.briefingId ? await records.list(run.briefingId) : [];
        return deliveries.length ? { ...run, deliveries } : run;
      }),
    );
    return c.json({ items, nextCursor: page.nextCursor }, 200);
  });
}
