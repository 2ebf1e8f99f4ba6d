import { S3Client } from "@aws-sdk/client-s3";
import { type ConnectedIndex, connectArticleIndex } from "./adapters/article-index/connect-article-index.js";
import { IndexedArticleStore } from "./adapters/article-index/indexed-article-store.js";
import { BrowserSupervisor, type SupervisorOptions } from "./adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "./adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "./adapters/browser/launch-options.js";
import { RenderLimiter } from "./adapters/browser/render-limiter.js";
import { buildDeliveries, type Deliveries } from "./adapters/delivery/build-deliveries.js";
import type { DeskDeps } from "./adapters/desk/deps.js";
import { deskSessionKey } from "./adapters/desk/session-key.js";
import type { AppDeps } from "./adapters/http/app.js";
import type { ApiKey } from "./adapters/http/middleware/api-keys.js";
import type { RateLimits } from "./adapters/http/middleware/rate-limit.js";
import type { HealthProbes } from "./adapters/http/routes/health.js";
import { WebIntakeAdapter } from "./adapters/intake/web-intake.js";
import { ssmParameterReader } from "./adapters/keys/ssm-parameter-reader.js";
import { type EmbeddedS3, startEmbeddedS3 } from "./adapters/local/embedded-s3.js";
import { createSafeFetch, type SafeFetch } from "./adapters/net/safe-fetch.js";
import { CompactFinisher } from "./adapters/pdf/compact-finisher.js";
import { buildScheduling, type Scheduling } from "./adapters/scheduling/build-scheduling.js";
import { SourcePoller } from "./adapters/scheduling/source-poller.js";
import { S3ArticleStore } from "./adapters/storage/s3-article-store.js";
import { S3BriefingStore } from "./adapters/storage/s3-briefing-store.js";
import { S3CopyIndex, S3CopyLinks } from "./adapters/storage/s3-copy-index.js";
import { S3DeliveryStore } from "./adapters/storage/s3-delivery-store.js";
import { S3Objects, s3CallOptions } from "./adapters/storage/s3-objects.js";
import { S3ScheduleStore } from "./adapters/storage/s3-schedule-store.js";
import { S3SourceStore } from "./adapters/storage/s3-source-store.js";
import type { FontAssets } from "./adapters/templates/font-assets.js";
import { loadRendering } from "./adapters/templates/load-rendering.js";
import type { Config } from "./config.js";
import type { IngestDeps } from "./core/articles/ingest-article.js";
import { inlineComposer } from "./core/briefings/compose-briefing.js";
import type { BriefingDeps } from "./core/briefings/generate-briefing.js";
import { startDeliveries } from "./core/deliveries/deliver-briefing.js";
import { EXTRACTOR_VERSION, extractFacts } from "./core/facts/extract-facts.js";
import type { ArticleIndex, Clock, FactExtractor } from "./core/ports.js";
import type { ScheduleDeps } from "./core/schedules/manage-schedules.js";
import { type RunDeps, staleAfterMs } from "./core/schedules/run-schedule.js";
import type { PollDeps } from "./core/sources/poll-source.js";
import type { CopyIndex, CopyLinks, SourceStore, WebIntake } from "./core/sources/ports.js";
import { newUlid } from "./ids.js";
import { createLogger, type Logger } from "./logger.js";
import { VERSION } from "./version.js";

/**
 * Everything the composition root builds once: the ports' implementations and the settings the
 * use cases read. Only this file and the test wiring see it whole; each use case, route group
 * and the job handler receive their own slice (ingestDeps, briefingDeps, runDeps, appDeps).
 */
/** Feeds and URL import: the source records, the web (through the outbound door), near-duplicates. */
export interface SourceParts {
  sources: SourceStore;
  sourceIds: { sourceId(at: Date): string };
  intake: WebIntake;
  copyIndex: CopyIndex;
  copyLinks: CopyLinks;
}

export interface Components extends BriefingDeps, IngestDeps, ScheduleDeps, SourceParts {
  logger: Logger;
  /** Selection by source, tag and time window; kept current by the article store's saves. */
  articleIndex: ArticleIndex;
  /** The configured deadline of one render; each call is given its own deadline from it. */
  renderTimeoutMs: number;
  maxBodyBytes: number;
  pdfRedirectBytes: number;
  apiKeys: readonly ApiKey[];
  rateLimits: RateLimits;
  health: HealthProbes;
  /** What the printer serves the page from memory; the HTML routes inline it again. */
  htmlAssets: FontAssets["files"];
  /** Signs the desk's session cookies and CSRF tokens. */
  /** Null on Lambda when no key is configured: the desk answers 503 (adapters/desk/session-key.ts). */
  deskSessionKey: Buffer | null;
  /** The only outbound door: feeds, imported pages and webhooks fetch through it. */
  outbound: SafeFetch;
  /** Webhooks and e-mail for finished briefings, their records, retries and download links. */
  deliveries: Deliveries;
}

export const ingestDeps = (c: Components): IngestDeps => ({
  articles: c.articles,
  extractor: c.extractor,
  clock: c.clock,
  index: c.articleIndex,
});

export const briefingDeps = (c: Components): BriefingDeps => ({
  articles: c.articles,
  themes: c.themes,
  reliabilities: c.reliabilities,
  briefings: c.briefings,
  composer: c.composer,
  admission: c.admission,
  printer: c.printer,
  finisher: c.finisher,
  clock: c.clock,
  ids: c.ids,
  version: c.version,
});

/** What a scheduled run takes: no HTTP settings, no API keys, no extractor, no job scheduler. */
export const runDeps = (c: Components): RunDeps & { logger: Logger } => ({
  ...briefingDeps(c),
  schedules: c.schedules,
  scheduleRuns: c.scheduleRuns,
  articleIndex: c.articleIndex,
  logger: c.logger,
  staleRunMs: staleAfterMs(c.renderTimeoutMs),
  deliver: (manifest, targets, scheduleId) =>
    startDeliveries(c.deliveries.deps, manifest, targets, scheduleId),
});

/** What polling and importing take. */
export const sourceDeps = (c: Components): PollDeps & SourceParts => ({
  ...ingestDeps(c),
  sources: c.sources,
  sourceIds: c.sourceIds,
  intake: c.intake,
  copyIndex: c.copyIndex,
  copyLinks: c.copyLinks,
  logger: c.logger,
});

export const deskDeps = (c: Components): DeskDeps => ({
  sessionKey: c.deskSessionKey,
  maxBodyBytes: c.maxBodyBytes,
  pdfRedirectBytes: c.pdfRedirectBytes,
  ingest: ingestDeps(c),
  briefings: c.briefings,
  themes: c.themes,
  clock: c.clock,
  logger: c.logger,
});

export function appDeps(c: Components): AppDeps {
  return {
    version: c.version,
    maxBodyBytes: c.maxBodyBytes,
    apiKeys: c.apiKeys,
    rateLimits: c.rateLimits,
    health: c.health,
    logger: c.logger,
    routes: {
      themes: { themes: c.themes },
      articles: ingestDeps(c),
      briefings: {
        ...briefingDeps(c),
        extractor: c.extractor,
        pdfRedirectBytes: c.pdfRedirectBytes,
        renderTimeoutMs: c.renderTimeoutMs,
        htmlAssets: c.htmlAssets,
        delivery: c.deliveries.deps,
      },
      schedules: {
        ...runDeps(c),
        jobs: c.jobs,
        scheduleIds: c.scheduleIds,
        renderTimeoutMs: c.renderTimeoutMs,
        deliveryRecords: c.deliveries.deps.deliveries,
        emailDeliveries: c.deliveries.email,
      },
      deliveries: {
        delivery: c.deliveries.deps,
        downloadKey: c.deliveries.downloadKey,
        briefings: c.briefings,
        pdfRedirectBytes: c.pdfRedirectBytes,
      },
      sources: sourceDeps(c),
    },
    desk: deskDeps(c),
  };
}

export interface Container {
  /** The built parts, for wiring; hand out slices of it, never the whole. */
  components: Components;
  /** What createApp takes. */
  http: AppDeps;
  config: Config;
  supervisor: BrowserSupervisor;
  /** The gate every briefing passes; drained on shutdown. */
  admission: RenderLimiter;
  objects: S3Objects;
  /** Set when this process started its own S3 server. */
  embeddedS3: EmbeddedS3 | null;
  /** The article index's DynamoDB client, and the embedded server if this process started one. */
  articleIndex: ConnectedIndex;
  /** Schedules: the job scheduler, the local one when in-process, and the job entry point. */
  scheduling: Scheduling;
  /** Polls due sources: server.ts starts it locally, the job function ticks it on AWS. */
  sourcePoller: SourcePoller;
  close(): Promise<void>;
}

export interface ContainerOverrides {
  clock?: Clock;
  logger?: Logger;
  /** The outbound door deliveries use (tests allow-list their loopback receiver in their own). */
  outbound?: SafeFetch;
  /** How the supervisor starts a browser: a Lambda cold start hands over the one it launched early. */
  launchBrowser?: SupervisorOptions["launch"];
}

/** What the service calls itself on every outbound request. */
export const outboundUserAgent = (version: string): string =>
  `scenario-brief/${version} (scenario briefings; fetches feeds and pages, delivers webhooks)`;

export const systemClock: Clock = { now: () => new Date() };

export const machineExtractor: FactExtractor = {
  version: EXTRACTOR_VERSION,
  extract: async (article) => extractFacts(article),
};

export async function connectStorage(
  config: Config,
): Promise<{ client: S3Client; embedded: EmbeddedS3 | null }> {
  const s = config.storage;
  // Timeouts and a deadline-aware retry budget: a store that stops answering costs a request
  // its deadline, not a hang.
  const bounded = s3CallOptions(config.storageCalls);
  if (s.kind === "external") {
    const client = new S3Client({
      region: s.region,
      ...(s.endpoint ? { endpoint: s.endpoint } : {}),
      forcePathStyle: s.forcePathStyle,
      ...bounded,
    });
    return { client, embedded: null };
  }
  const embedded = await startEmbeddedS3({ directory: s.directory, bucket: s.bucket, port: s.port });
  const client = new S3Client({
    region: "us-east-1",
    endpoint: embedded.endpoint,
    forcePathStyle: true,
    credentials: embedded.credentials,
    ...bounded,
  });
  return { client, embedded };
}

/** The composition root: built once per process (or Lambda execution environment). */
export async function buildContainer(config: Config, overrides: ContainerOverrides = {}): Promise<Container> {
  const logger = overrides.logger ?? createLogger();
  const rendering = {
    templatesDir: config.templatesDir,
    assetsDir: config.assetsDir,
    dissemination: config.dissemination,
  };
  const { themes, renderer, fonts } = await loadRendering(rendering);
  // Extraction and composition run on worker threads, off the event loop; on Lambda (one
  // request per instance) they run inline. The pool's module (and Piscina) is imported only when
  // used: the Lambda bundle splits it off, so a cold start neither reads nor evaluates it.
  const pool =
    config.cpu.threads > 0
      ? new (await import("./adapters/cpu/cpu-pool.js")).CpuPool({
          threads: config.cpu.threads,
          queueLimit: config.cpu.queueLimit,
          taskBudgetMs: config.cpu.taskBudgetMs,
          extractorVersion: EXTRACTOR_VERSION,
          rendering,
        })
      : null;
  const { client, embedded } = await connectStorage(config);
  const objects = new S3Objects(client, config.storage.bucket);
  const articleIndex = await connectArticleIndex(config);

  const supervisor = new BrowserSupervisor({
    launchOptions: () =>
      chromiumLaunchOptions(config.browser.executablePath, { processModel: config.browser.processModel }),
    ...(overrides.launchBrowser ? { launch: overrides.launchBrowser } : {}),
    maxRendersPerBrowser: config.browser.maxRendersPerBrowser,
    // The single-process Chromium keeps ~10 MB of every print: relaunched past this budget
    // (measured over the whole process tree in the multi-process model).
    ...(config.browser.maxRssMb > 0 ? { maxRssMb: config.browser.maxRssMb } : {}),
    // A browser that misses two pings in a row (1.5 s each, every 2 s) is killed and replaced.
    pingIntervalMs: 2000,
    pingTimeoutMs: 1500,
    maxMissedPings: 2,
    log: (message, extra) => logger.warn(message, extra),
  });
  // Admission is decided before any expensive work; the printer keeps its own limiter as a
  // safety net for callers that print without passing admission.
  const admission = new RenderLimiter(config.browser.concurrency, config.browser.queueLimit);
  // Prints are bounded apart from briefings: admitted briefings beyond the warm pages wait for
  // one, so Chromium holds at most `printConcurrency` documents however many briefings run.
  const printLimiter = new RenderLimiter(
    config.browser.printConcurrency,
    config.browser.concurrency + config.browser.queueLimit,
  );

  const scheduleStore = new S3ScheduleStore(objects);
  const scheduling = buildScheduling(config.scheduler, {
    store: scheduleStore,
    clock: overrides.clock ?? systemClock,
    logger,
    renderTimeoutMs: config.browser.renderTimeoutMs,
    runDeps: () => runDeps(components),
  });

  // The one outbound door of the process (a test may hand in its own, allow-listing its fixtures).
  const outbound =
    overrides.outbound ??
    createSafeFetch({ userAgent: outboundUserAgent(VERSION), allow: config.outbound.allow });
  const briefings = new S3BriefingStore(objects);
  const deliveries = buildDeliveries(config.deliveries, {
    scheduler: config.scheduler,
    store: new S3DeliveryStore(objects),
    briefings,
    jobs: scheduling.jobs,
    fetch: outbound,
    clock: overrides.clock ?? systemClock,
    logger,
  });

  const components: Components = {
    articles: new IndexedArticleStore(new S3ArticleStore(objects), articleIndex.index),
    articleIndex: articleIndex.index,
    briefings,
    themes,
    composer: pool ?? inlineComposer(themes, renderer),
    admission,
    printer: new ChromiumPrinter(supervisor, printLimiter, {
      assets: fonts.files,
      maxPrintsPerPage: config.browser.maxPrintsPerPage,
    }),
    htmlAssets: fonts.files,
    finisher: new CompactFinisher(),
    extractor: pool ?? machineExtractor,
    clock: overrides.clock ?? systemClock,
    ids: { briefingId: (at) => newUlid(at.getTime()) },
    reliabilities: config.sourceReliability,
    renderTimeoutMs: config.browser.renderTimeoutMs,
    version: VERSION,
    outbound,
    maxBodyBytes: config.http.maxBodyBytes,
    pdfRedirectBytes: config.http.pdfRedirectBytes,
    apiKeys: config.apiKeys,
    rateLimits: config.rateLimits,
    deskSessionKey: await deskSessionKey(config, ssmParameterReader({ timeoutMs: 2000 }), logger),
    schedules: scheduleStore,
    scheduleRuns: scheduleStore.runs,
    jobs: deliveries.jobs,
    deliveries,
    scheduleIds: { scheduleId: (at) => newUlid(at.getTime()) },
    sources: new S3SourceStore(objects),
    sourceIds: { sourceId: (at) => newUlid(at.getTime()) },
    intake: new WebIntakeAdapter(outbound, overrides.clock ?? systemClock),
    copyIndex: new S3CopyIndex(objects),
    copyLinks: new S3CopyLinks(objects),
    logger,
    health: {
      version: VERSION,
      store: () => objects.ping(),
      browser: () => supervisor.health(),
      // /readyz probes the store (HeadBucket) and the browser at most once per window.
      readyCacheMs: 3000,
      storeTimeoutMs: 2000,
      renderer: () => admission.stats,
    },
  };

  const sourcePoller = new SourcePoller(() => sourceDeps(components), logger);

  return {
    components,
    http: appDeps(components),
    sourcePoller,
    config,
    supervisor,
    admission,
    objects,
    embeddedS3: embedded,
    articleIndex,
    scheduling,
    async close() {
      await scheduling.local?.stop();
      deliveries.local?.stop();
      await sourcePoller.stop();
      await supervisor.close();
      await pool?.close();
      client.destroy();
      await embedded?.close();
      await articleIndex.close();
    },
  };
}
