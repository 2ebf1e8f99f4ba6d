import { NotFoundError } from "../errors.js";
import type { Clock } from "../ports.js";
import { type PollDeps, pollSource } from "./poll-source.js";
import type { SourceStore } from "./ports.js";
import {
  isDue,
  newSource,
  type PollRecord,
  patchedSource,
  type Source,
  type SourceInput,
  type SourcePatch,
} from "./source.js";

export interface SourceDeps {
  sources: SourceStore;
  clock: Clock;
  sourceIds: { sourceId(at: Date): string };
}

export async function createSource(deps: SourceDeps, input: SourceInput): Promise<Source> {
  const now = deps.clock.now();
  const source = newSource(input, deps.sourceIds.sourceId(now), now);
  await deps.sources.put(source);
  return source;
}

export async function getSource(deps: Pick<SourceDeps, "sources">, id: string): Promise<Source> {
  const source = await deps.sources.get(id);
  if (!source) throw new NotFoundError("Source", id);
  return source;
}

export async function updateSource(deps: SourceDeps, id: string, patch: SourcePatch): Promise<Source> {
  const next = patchedSource(await getSource(deps, id), patch, deps.clock.now());
  await deps.sources.put(next);
  return next;
}

export async function deleteSource(deps: Pick<SourceDeps, "sources">, id: string): Promise<void> {
  await getSource(deps, id);
  // Its articles stay: they are reporting that was taken in, cited by briefings.
  await deps.sources.delete(id);
}

/**
 * Polls now whatever is due, one source after another (a feed poll is a few requests; running
 * them in turn keeps the outbound load on publishers and on the function predictable).
 * `busy` holds sources being polled in this process, so an overlapping tick skips them.
 */
export async function pollDueSources(deps: PollDeps, busy: Set<string> = new Set()): Promise<PollRecord[]> {
  const done: PollRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.sources.list({ limit: 100, cursor });
    for (const source of page.items) {
      if (busy.has(source.id)) continue;
      const state = await deps.sources.getState(source.id);
      if (!isDue(source, state, deps.clock.now())) continue;
      busy.add(source.id);
      try {
        done.push(await pollSource(deps, source, "schedule"));
      } catch (error) {
        deps.logger?.error("source poll failed", { sourceId: source.id, error });
      } finally {
        busy.delete(source.id);
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return done;
}
