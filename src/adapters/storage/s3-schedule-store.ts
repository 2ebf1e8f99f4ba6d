import { ConflictError } from "../../core/errors.js";
import type { Page, PageRequest } from "../../core/ports.js";
import type { Revised, ScheduleRunStore, ScheduleStore } from "../../core/schedules/ports.js";
import { ScheduleRun } from "../../core/schedules/run.js";
import { Schedule } from "../../core/schedules/schedule.js";
import { decodeCursor, encodeCursor } from "./key-cursor.js";
import type { S3Objects } from "./s3-objects.js";

const recordKey = (id: string) => `schedules/${id}.json`;
// ULIDs sort by creation time, so the index lists schedules in the order they were made.
const INDEX = "index/schedules/";
const runsPrefix = (id: string) => `schedules/${id}/runs/`;
// S3 lists ascending only: an inverted time first makes the latest run come first. The readable
// time after it is for people browsing the bucket.
const MAX_MS = 9_999_999_999_999;
const runKey = (id: string, at: Date) =>
  `${runsPrefix(id)}${String(MAX_MS - at.getTime()).padStart(13, "0")}-${at.toISOString().replace(/[-:.]/g, "")}.json`;
const RUN_NAME = /^\d{13}-\d{8}T\d{9}Z\.json$/;
const ID = /^[0-9A-Z]{26}$/;
const DELETE_BATCH = 25;

const unquote = (etag: string) => etag.replace(/^(W\/)?"(.*)"$/, "$2");

/**
 * Schedules in S3, `schedules/<id>.json` listed through `index/schedules/<id>`, and their runs,
 * `schedules/<id>/runs/…`, behind `runs`.
 */
export class S3ScheduleStore implements ScheduleStore {
  readonly runs: ScheduleRunStore = {
    claim: (run) => this.claimRun(run),
    put: (run) => this.objects.putJson(runKey(run.scheduleId, new Date(run.scheduledTime)), run),
    get: (id, at) => this.getRun(id, at),
    list: (id, page) => this.listRuns(id, page),
    deleteAll: (id) => this.deleteRuns(id),
  };

  constructor(private readonly objects: S3Objects) {}

  async get(id: string): Promise<Schedule | null> {
    const raw = await this.objects.getJson(recordKey(id));
    return raw === null ? null : Schedule.parse(raw);
  }

  /** The revision is the record's S3 ETag, unquoted. */
  async getRevised(id: string): Promise<Revised<Schedule> | null> {
    const found = await this.objects.getJsonTagged(recordKey(id));
    return found === null ? null : { value: Schedule.parse(found.value), revision: unquote(found.etag) };
  }

  // The index entry first: list skips entries without a record, so whatever is listed exists.
  // A replacement (ifRevision) is of a record that was listed already; it is written only if it
  // is as it was read (S3 conditional write), so two edits never silently overwrite each other.
  async put(schedule: Schedule, options: { ifRevision?: string } = {}): Promise<string> {
    const key = recordKey(schedule.id);
    const body = JSON.stringify(schedule);
    if (options.ifRevision === undefined) {
      await this.objects.put(`${INDEX}${schedule.id}`, "", "text/plain");
      return unquote(await this.objects.putTagged(key, body, "application/json"));
    }
    const etag = await this.objects.putIfMatch(key, body, "application/json", `"${options.ifRevision}"`);
    if (etag === null) {
      throw new ConflictError(
        `Schedule '${schedule.id}' was changed or removed since it was read; nothing was stored. Read it again and retry.`,
      );
    }
    return unquote(etag);
  }

  // The record first, and then the index entry. A failure between the two leaves an entry that
  // list skips, rather than a record that is hidden from it (and from the local scheduler).
  async delete(id: string): Promise<void> {
    await this.objects.delete(recordKey(id));
    await this.objects.delete(`${INDEX}${id}`).catch(() => undefined);
  }

  async list(request: PageRequest): Promise<Page<Schedule>> {
    const startAfter = request.cursor ? decodeCursor(request.cursor, INDEX, ID) : undefined;
    const { keys, more } = await this.objects.list(INDEX, request.limit, startAfter);
    const schedules = await Promise.all(keys.map((k) => this.get(k.slice(INDEX.length))));
    const last = keys[keys.length - 1];
    return {
      items: schedules.filter((s): s is Schedule => s !== null),
      nextCursor: more && last ? encodeCursor(last) : null,
    };
  }

  private async claimRun(run: ScheduleRun): Promise<ScheduleRun | null> {
    const at = new Date(run.scheduledTime);
    // Look first: not every S3-compatible server honours If-None-Match on a write.
    const existing = await this.getRun(run.scheduleId, at);
    if (existing) return existing;
    if (await this.objects.putJsonIfAbsent(runKey(run.scheduleId, at), run)) return null;
    return (await this.getRun(run.scheduleId, at)) ?? run;
  }

  private async getRun(id: string, at: Date): Promise<ScheduleRun | null> {
    const raw = await this.objects.getJson(runKey(id, at));
    return raw === null ? null : ScheduleRun.parse(raw);
  }

  private async listRuns(id: string, request: PageRequest): Promise<Page<ScheduleRun>> {
    const prefix = runsPrefix(id);
    const startAfter = request.cursor ? decodeCursor(request.cursor, prefix, RUN_NAME) : undefined;
    const { keys, more } = await this.objects.list(prefix, request.limit, startAfter);
    const runs = await Promise.all(keys.map((k) => this.objects.getJson(k)));
    const last = keys[keys.length - 1];
    return {
      items: runs.filter((r) => r !== null).map((r) => ScheduleRun.parse(r)),
      nextCursor: more && last ? encodeCursor(last) : null,
    };
  }

  private async deleteRuns(id: string): Promise<void> {
    for (;;) {
      const { keys } = await this.objects.list(runsPrefix(id), 1000);
      if (!keys.length) return;
      for (let i = 0; i < keys.length; i += DELETE_BATCH) {
        await Promise.all(keys.slice(i, i + DELETE_BATCH).map((k) => this.objects.delete(k)));
      }
    }
  }
}
