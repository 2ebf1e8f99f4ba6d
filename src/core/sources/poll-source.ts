import { createHash } from "node:crypto";
import type { Clock } from "../ports.js";
import { IntakeError } from "./intake-errors.js";
import type { FeedEntry, SourceStore, WebIntake } from "./ports.js";
import type { PollFailure, PollRecord, Source } from "./source.js";
import { type TakeInDeps, takeIn } from "./take-in.js";

export interface PollDeps extends TakeInDeps {
  sources: SourceStore;
  intake: WebIntake;
  clock: Clock;
  logger?: { error(message: string, fields?: Record<string, unknown>): void };
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
/** The item's key as stored: a hash, so any GUID is a safe object name. */
export const itemKeyOf = (entry: FeedEntry) => sha(entry.key).slice(0, 32);
const contentHashOf = (e: FeedEntry) =>
  sha(JSON.stringify([e.title, e.url, e.content, e.publishedAt])).slice(0, 32);

function failureOf(entry: FeedEntry | null, error: unknown): PollFailure {
  const reason = error instanceof IntakeError ? error.reason : "storage";
  const detail = error instanceof Error ? error.message : String(error);
  return { item: entry?.key ?? "feed", url: entry?.url ?? null, reason, detail };
}

/**
 * Polls one feed: a conditional GET (the ETag and Last-Modified of the last poll), then each
 * item not taken in before, in turn. An item that fails is recorded with its reason and the rest
 * of the feed is still taken in; an item is remembered only once its article is stored or linked,
 * so nothing half-done is ever taken for done. The poll is recorded in the source's history.
 */
export async function pollSource(
  deps: PollDeps,
  source: Source,
  trigger: PollRecord["trigger"],
): Promise<PollRecord> {
  const at = deps.clock.now();
  const state = await deps.sources.getState(source.id);
  const record: PollRecord = {
    sourceId: source.id,
    at: at.toISOString(),
    trigger,
    httpStatus: null,
    outcome: "ok",
    items: { new: 0, seen: 0, copies: 0, failed: 0 },
    failures: [],
    articleIds: [],
  };
  let validators = { etag: state?.etag ?? null, lastModified: state?.lastModified ?? null };
  try {
    const fetched = await deps.intake.fetchFeed(source.url, validators);
    record.httpStatus = fetched.status;
    if (fetched.kind === "not-modified") record.outcome = "not-modified";
    else {
      for (const entry of fetched.items) await pollEntry(deps, source, entry, record);
      validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    }
  } catch (error) {
    if (!(error instanceof IntakeError))
      deps.logger?.error("feed poll failed", { sourceId: source.id, error });
    record.outcome = "failed";
    record.httpStatus = error instanceof IntakeError ? error.httpStatus : null;
    record.failures.push(failureOf(null, error));
  }
  await deps.sources.putState(source.id, { ...validators, lastPolledAt: at.toISOString() });
  await deps.sources.putPoll(record);
  return record;
}

async function pollEntry(deps: PollDeps, source: Source, entry: FeedEntry, record: PollRecord) {
  const key = itemKeyOf(entry);
  const contentHash = contentHashOf(entry);
  try {
    const known = await deps.sources.getItem(source.id, key);
    if (known?.contentHash === contentHash) {
      record.items.seen++;
      return;
    }
    const fetched = await deps.intake.readEntry(entry);
    const taken = await takeIn(deps, fetched, {
      outlet: source.outlet,
      sourceId: source.id,
      tags: source.tags,
      ...(source.reliabilityFrom === "client" ? { reliability: source.reliability } : {}),
      fallbackDate: entry.publishedAt,
    });
    if (taken.kind === "new") {
      record.items.new++;
      record.articleIds.push(taken.article.id);
    } else if (taken.kind === "copy") record.items.copies++;
    else record.items.seen++;
    await deps.sources.putItem(source.id, key, {
      key: entry.key,
      url: entry.url,
      contentHash,
      articleId: taken.article.id,
      ...(taken.kind === "copy" ? { copyOf: taken.article.id } : {}),
      at: record.at,
    });
  } catch (error) {
    if (!(error instanceof IntakeError))
      deps.logger?.error("feed item failed", { sourceId: source.id, item: entry.key, error });
    record.items.failed++;
    record.failures.push(failureOf(entry, error));
  }
}
