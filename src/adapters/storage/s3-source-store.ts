import type { Page, PageRequest } from "../../core/ports.js";
import type { ItemRecord, SourceStore } from "../../core/sources/ports.js";
import { FeedState, PollRecord, Source } from "../../core/sources/source.js";
import { decodeCursor, encodeCursor } from "./key-cursor.js";
import type { S3Objects } from "./s3-objects.js";

const recordKey = (id: string) => `sources/${id}.json`;
// ULIDs sort by creation time, so the index lists sources in the order they were registered.
const INDEX = "index/sources/";
const stateKey = (id: string) => `sources/${id}/state.json`;
const itemKey = (id: string, key: string) => `sources/${id}/items/${key}.json`;
const pollsPrefix = (id: string) => `sources/${id}/polls/`;
// S3 lists ascending only: an inverted time first makes the latest poll come first.
const MAX_MS = 9_999_999_999_999;
const pollKey = (id: string, at: Date) =>
  `${pollsPrefix(id)}${String(MAX_MS - at.getTime()).padStart(13, "0")}-${at.toISOString().replace(/[-:.]/g, "")}.json`;
const POLL_NAME = /^\d{13}-\d{8}T\d{9}Z\.json$/;
const ID = /^[0-9A-Z]{26}$/;
const DELETE_BATCH = 25;

/**
 * Sources in S3 as schedules are: `sources/<id>.json` listed through `index/sources/<id>`; beside
 * each, what polling remembers (`state.json`, `items/<hash>.json`) and its poll history
 * (`polls/…`, latest first).
 */
export class S3SourceStore implements SourceStore {
  constructor(private readonly objects: S3Objects) {}

  async get(id: string): Promise<Source | null> {
    const raw = await this.objects.getJson(recordKey(id));
    return raw === null ? null : Source.parse(raw);
  }

  // The index entry first: list skips entries without a record, so whatever is listed exists.
  async put(source: Source): Promise<void> {
    await this.objects.put(`${INDEX}${source.id}`, "", "text/plain");
    await this.objects.putJson(recordKey(source.id), source);
  }

  // The record first: a failure after it leaves objects nothing lists, never a hidden source.
  async delete(id: string): Promise<void> {
    await this.objects.delete(recordKey(id));
    await this.objects.delete(`${INDEX}${id}`).catch(() => undefined);
    await this.deletePrefix(`sources/${id}/`);
  }

  async list(request: PageRequest): Promise<Page<Source>> {
    const startAfter = request.cursor ? decodeCursor(request.cursor, INDEX, ID) : undefined;
    const { keys, more } = await this.objects.list(INDEX, request.limit, startAfter);
    const sources = await Promise.all(keys.map((k) => this.get(k.slice(INDEX.length))));
    const last = keys[keys.length - 1];
    return {
      items: sources.filter((s): s is Source => s !== null),
      nextCursor: more && last ? encodeCursor(last) : null,
    };
  }

  async getState(id: string): Promise<FeedState | null> {
    const raw = await this.objects.getJson(stateKey(id));
    return raw === null ? null : FeedState.parse(raw);
  }

  putState(id: string, state: FeedState): Promise<void> {
    return this.objects.putJson(stateKey(id), state);
  }

  async getItem(sourceId: string, key: string): Promise<ItemRecord | null> {
    return (await this.objects.getJson(itemKey(sourceId, key))) as ItemRecord | null;
  }

  putItem(sourceId: string, key: string, record: ItemRecord): Promise<void> {
    return this.objects.putJson(itemKey(sourceId, key), record);
  }

  putPoll(record: PollRecord): Promise<void> {
    return this.objects.putJson(pollKey(record.sourceId, new Date(record.at)), record);
  }

  async listPolls(sourceId: string, request: PageRequest): Promise<Page<PollRecord>> {
    const prefix = pollsPrefix(sourceId);
    const startAfter = request.cursor ? decodeCursor(request.cursor, prefix, POLL_NAME) : undefined;
    const { keys, more } = await this.objects.list(prefix, request.limit, startAfter);
    const polls = await Promise.all(keys.map((k) => this.objects.getJson(k)));
    const last = keys[keys.length - 1];
    return {
      items: polls.filter((p) => p !== null).map((p) => PollRecord.parse(p)),
      nextCursor: more && last ? encodeCursor(last) : null,
    };
  }

  private async deletePrefix(prefix: string): Promise<void> {
    for (;;) {
      const { keys } = await this.objects.list(prefix, 1000);
      if (!keys.length) return;
      for (let i = 0; i < keys.length; i += DELETE_BATCH) {
        await Promise.all(keys.slice(i, i + DELETE_BATCH).map((k) => this.objects.delete(k)));
      }
    }
  }
}
