import type { IndexPage } from "../../../src/core/articles/article-index.js";
import type { ArticleIndex } from "../../../src/core/ports.js";
import { type RunDeps, staleAfterMs } from "../../../src/core/schedules/run-schedule.js";
import type { Schedule } from "../../../src/core/schedules/schedule.js";
import { themeFixture } from "../../support/themes.js";
import { fixedClock, MemoryRunStore, MemoryScheduleStore } from "./fakes.js";

const never = (what: string) => () => {
  throw new Error(`${what} is not expected in this test`);
};

export const SCHEDULE_ID = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";
/** The render deadline these tests give a run. */
export const DEADLINE_MS = 1000;

export const taggedSchedule = (over: Partial<Schedule> = {}): Schedule => ({
  id: SCHEDULE_ID,
  name: "Morning brief",
  theme: "isis-prison-escape",
  articles: { tag: "syria", latest: 3 },
  cron: "0 6 * * *",
  rate: null,
  timezone: "UTC",
  enabled: true,
  rateStartsAt: null,
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-01-01T00:00:00.000Z",
  ...over,
});

/**
 * Run dependencies for paths that never render (no articles, failures before rendering): the
 * composer, printer and briefing store throw if reached.
 */
export function runDeps(
  select: ArticleIndex["select"] = async (): Promise<IndexPage> => ({
    ids: [],
    more: false,
    nextCursor: null,
  }),
) {
  const theme = themeFixture();
  const logged: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    logged.push({ level, message, fields });
  const logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
  const deps = {
    schedules: new MemoryScheduleStore(),
    scheduleRuns: new MemoryRunStore(),
    articleIndex: { select, count: never("count") },
    articles: {
      // A run selects through the index: listing the stored articles would scan them.
      list: never("list"),
      get: async () => null,
      save: never("save"),
      getFacts: async () => null,
      getCurrentFactsText: async () => null,
      putAnalystFacts: never("putAnalystFacts"),
    },
    briefings: {
      putPdf: never("putPdf"),
      putManifest: never("putManifest"),
      stage: never("stage"),
      discardStaged: never("discardStaged"),
      getAssessment: async () => null,
      getManifest: async () => null,
      openPdf: never("openPdf"),
      list: never("list"),
      pdfDownloadUrl: never("pdfDownloadUrl"),
    },
    themes: { list: () => [theme], get: (id: string) => (id === theme.id ? theme : undefined) },
    composer: { compose: never("compose"), assess: never("assess") },
    admission: { run: <T>(task: () => Promise<T>) => task() },
    printer: { print: never("print") },
    finisher: { finish: never("finish") },
    clock: fixedClock("2025-01-14T06:00:05.000Z"),
    ids: { briefingId: () => "01JHF3Q9V6X8E2N4R5T7Y9B1C4" },
    reliabilities: new Map(),
    staleRunMs: staleAfterMs(DEADLINE_MS),
    version: "test",
    logger,
  } satisfies RunDeps;
  return { deps, logged };
}
