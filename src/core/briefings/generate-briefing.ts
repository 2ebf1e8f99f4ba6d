import { createHash } from "node:crypto";
import { z } from "zod";
import { ArticleId, CalendarDay } from "../articles/article.js";
import type { PreparedArticle } from "../articles/ingest-article.js";
import { createDeadline, currentDeadline, type Deadline, withDeadline } from "../deadline.js";
import { NotFoundError, RenderTimeoutError, ValidationError } from "../errors.js";
import type {
  Admission,
  ArticleStore,
  BriefingComposer,
  BriefingStore,
  Clock,
  IdGenerator,
  PdfFinisher,
  PdfPrinter,
  ThemeCatalog,
} from "../ports.js";
import { gradeSource, type SourceReliabilities } from "../sources/outlets.js";
import type { Assessment } from "../themes/assessment.js";
import { BriefingOverrides, hasOverrides } from "../themes/overrides.js";
import { ThemeId } from "../themes/theme.js";
import { snapshotOf } from "./changes.js";
import type { RunPoint, SourceText } from "./compose-briefing.js";
import { type BriefingManifest, briefingFileName } from "./manifest.js";

export const MAX_ARTICLES_PER_BRIEFING = 25;

export const BriefingRequest = z.object({
  theme: ThemeId,
  articleIds: z.array(ArticleId).min(1).max(MAX_ARTICLES_PER_BRIEFING),
  /** An analyst's steering: exclusions, moves, grades and judgment overrides. */
  overrides: BriefingOverrides.optional(),
  /**
   * The day the briefing is as of, for a briefing made again for an earlier date: evidence is
   * aged and the horizon starts from it. Today when absent; never a day to come, and no article
   * may be published after it.
   */
  asOf: CalendarDay.optional(),
});
export type BriefingRequest = z.infer<typeof BriefingRequest>;

/**
 * The moment a briefing is assessed at: now, or noon (UTC) of its `asOf` day, as the analytic
 * evaluation dates its cases. A day after today is refused: nothing can yet be known of it.
 */
export function briefingMoment(asOf: string | undefined, now: Date): Date {
  const today = now.toISOString().slice(0, 10);
  if (asOf === undefined || asOf === today) return now;
  if (asOf > today)
    throw new ValidationError("A briefing cannot be as of a day to come.", [
      { path: "asOf", message: `${asOf} is after today (${today})` },
    ]);
  return new Date(`${asOf}T12:00:00Z`);
}

/** When a briefing as of an earlier day is made: set only when that is a later day. */
function madeLater(at: Date, now: Date): { madeAt?: Date } {
  return at.toISOString().slice(0, 10) < now.toISOString().slice(0, 10) ? { madeAt: now } : {};
}

/**
 * Refuses sources published after the day a briefing is as of: its analyst could not have read them.
 * A briefing as of today allows a day ahead (an article dated in a time zone east of UTC), no more:
 * an article dated weeks ahead is a wrong date, and a briefing built on it would print reporting
 * later than its own date.
 */
function checkPublishedBy(asOf: string | undefined, sources: readonly SourceText[], now: Date): void {
  const limit = asOf ?? new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const late = sources.flatMap((s, i) =>
    s.article.publishedAt && s.article.publishedAt.slice(0, 10) > limit
      ? [
          {
            path: `articleIds.${i}`,
            message: `${s.article.id} was published ${s.article.publishedAt}, after ${asOf ?? "today"}`,
          },
        ]
      : [],
  );
  if (late.length > 0)
    throw new ValidationError(
      asOf === undefined
        ? "An article was published after today."
        : "An article was published after the day the briefing is as of.",
      late,
    );
}

/** What assessing needs: the articles, the themes and the deployment's source grades. */
export interface AssessDeps {
  articles: ArticleStore;
  themes: ThemeCatalog;
  reliabilities: SourceReliabilities;
}

/** What making a stored briefing needs besides. */
export interface BriefingDeps extends AssessDeps {
  briefings: BriefingStore;
  composer: BriefingComposer;
  /** Decides, before any expensive work, whether this briefing may start now. */
  admission: Admission;
  printer: PdfPrinter;
  finisher: PdfFinisher;
  clock: Clock;
  ids: IdGenerator;
  version: string;
}

/** The sources with their facts as stored text: the composer parses them, off the event loop. */
async function loadSources(
  deps: AssessDeps,
  articleIds: readonly string[],
  pending: readonly PreparedArticle[] = [],
): Promise<SourceText[]> {
  const unique = [...new Set(articleIds)];
  return Promise.all(
    unique.map(async (id) => {
      const waiting = pending.find((p) => p.article.id === id);
      const [article, factsJson] = waiting
        ? [waiting.article, JSON.stringify(waiting.facts)]
        : await Promise.all([deps.articles.get(id), deps.articles.getCurrentFactsText(id)]);
      if (!article || factsJson === null) throw new NotFoundError("Article", id);
      return {
        article,
        factsJson,
        grade: gradeSource(article.source, deps.reliabilities, article.reliability ?? null),
      };
    }),
  );
}

/** The request's deadline, or a new one of `budgetMs` when none is set or it is due later. */
function deadlineWithin(budgetMs: number): Deadline {
  const own = createDeadline(budgetMs);
  const outer = currentDeadline();
  return outer && outer.dueAt <= own.dueAt ? outer : own;
}

/**
 * Runs `task` once admitted, within one deadline that starts now, before the wait for a slot:
 * time queued counts against it. Every briefing, asked for over HTTP or by a schedule, runs so.
 */
export function admitted<T>(
  admission: Admission,
  budgetMs: number,
  task: (deadline: Deadline) => Promise<T>,
): Promise<T> {
  const deadline = createDeadline(budgetMs);
  return withDeadline(deadline, () => admission.run(() => task(deadline)));
}

/** Throws once the deadline has passed, so no further step starts after it. */
function checkDeadline(deadline: Deadline): void {
  if (deadline.remainingMs() <= 0) throw new RenderTimeoutError(deadline.budgetMs);
}

/** The HTML of a briefing: a preview of a new one, or a stored one rendered again from its manifest. */
export async function briefingHtml(
  deps: AssessDeps & Pick<BriefingDeps, "composer" | "briefings" | "ids" | "clock">,
  source: { request: BriefingRequest } | { manifest: BriefingManifest },
): Promise<string> {
  if ("request" in source) {
    const now = deps.clock.now();
    const { theme, articleIds, overrides, asOf } = source.request;
    const at = briefingMoment(asOf, now);
    if (!deps.themes.get(theme)) throw new NotFoundError("Theme", theme);
    const sources = await loadSources(deps, articleIds);
    checkPublishedBy(asOf, sources, now);
    const id = deps.ids.briefingId(now);
    return (
      await deps.composer.compose({
        themeId: theme,
        id,
        at,
        ...madeLater(at, now),
        sources,
        previous: null,
        ...(hasOverrides(overrides) ? { overrides } : {}),
      })
    ).rendered.html;
  }
  const m = source.manifest;
  // The stored assessment is what the PDF said: render it again rather than assess anew, so a
  // theme edited since, or new extraction, cannot make the HTML disagree with the PDF.
  const [previous, stored, sources] = await Promise.all([
    m.previousId ? deps.briefings.getManifest(m.previousId) : null,
    deps.briefings.getAssessment(m.id),
    loadSources(deps, m.articleIds),
  ]);
  const made = new Date(m.createdAt);
  const at = m.asOf ? briefingMoment(m.asOf, made) : made;
  const composed = await deps.composer.compose({
    themeId: m.theme,
    id: m.id,
    at,
    ...madeLater(at, made),
    sources,
    previous,
    ...(stored ? { stored: { assessment: stored, snapshot: m.snapshot } } : {}),
  });
  return composed.rendered.html;
}

/**
 * The assessment a briefing would have, with its overrides applied: nothing rendered, nothing
 * stored. What a workbench shows before an analyst asks for the PDF.
 */
export async function previewAssessment(
  deps: AssessDeps & Pick<BriefingDeps, "composer" | "ids" | "clock">,
  request: BriefingRequest,
): Promise<Assessment> {
  const now = deps.clock.now();
  const at = briefingMoment(request.asOf, now);
  if (!deps.themes.get(request.theme)) throw new NotFoundError("Theme", request.theme);
  const sources = await loadSources(deps, request.articleIds);
  checkPublishedBy(request.asOf, sources, now);
  return deps.composer.assess({
    themeId: request.theme,
    id: deps.ids.briefingId(now),
    at,
    ...madeLater(at, now),
    sources,
    previous: null,
    ...(hasOverrides(request.overrides) ? { overrides: request.overrides } : {}),
  });
}

/**
 * The use case: articles and a theme in, a stored PDF briefing out. One deadline covers every
 * step: reads, composition, printing and storage. The assessment (while the PDF prints) and the
 * PDF are stored first and the manifest last, once the PDF's digest is known, so a failure at any step leaves no manifest
 * pointing at a missing or partial PDF. A `pending` article (sent inline) is stored only once
 * its briefing is printed.
 */
export async function generateBriefing(
  deps: BriefingDeps,
  request: BriefingRequest,
  options: {
    deadlineMs: number;
    previous?: BriefingManifest | null;
    pending?: readonly PreparedArticle[];
    /** Earlier runs of the schedule, oldest first: drawn as the probability chart. */
    history?: RunPoint[];
  },
): Promise<BriefingManifest> {
  const deadline = deadlineWithin(options.deadlineMs);
  return withDeadline(deadline, async () => {
    const createdAt = deps.clock.now();
    const at = briefingMoment(request.asOf, createdAt);
    const id = deps.ids.briefingId(createdAt);
    const previous = options.previous ?? null;
    const theme = deps.themes.get(request.theme);
    if (!theme) throw new NotFoundError("Theme", request.theme);
    const sources = await loadSources(deps, request.articleIds, options.pending);
    checkPublishedBy(request.asOf, sources, createdAt);
    checkDeadline(deadline);
    const overrides = hasOverrides(request.overrides) ? request.overrides : undefined;
    const { assessment, rendered, extractor } = await deps.composer.compose({
      themeId: request.theme,
      id,
      at,
      ...madeLater(at, createdAt),
      sources,
      previous,
      ...(overrides ? { overrides } : {}),
      ...(options.history?.length ? { history: options.history } : {}),
    });
    checkDeadline(deadline);
    const printing = deps.printer.print({ ...rendered, deadlineMs: deadline.remainingMs() });
    // The assessment is final before the print: it and the briefing's index entry are written
    // while Chromium prints, when the event loop only waits, rather than after it, on the
    // response's path. They start once the print's own work on this thread is done, so
    // serialising the assessment does not hold the print back.
    const assessmentStored = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
      deps.briefings.stage(id, createdAt, assessment),
    );
    assessmentStored.catch(() => undefined); // awaited below, or by the clean-up of a failure
    let finished: { pdf: Uint8Array; pages: number };
    try {
      const printed = await printing;
      finished = await deps.finisher.finish(printed, {
        title: `${theme.title}: scenario briefing`,
        subject: theme.keyQuestion,
        keywords: ["scenario briefing", request.theme],
        author: "scenario-brief",
        createdAt,
      });
      checkDeadline(deadline);
      // The writes before the manifest do not depend on each other: they go out together.
      await Promise.all([
        ...(options.pending ?? []).map((p) => deps.articles.save(p.article, p.facts)),
        deps.briefings.putPdf(id, finished.pdf),
        assessmentStored,
      ]);
    } catch (e) {
      // A briefing that fails leaves nothing it wrote while printing (best effort: the failure is
      // the one reported, and no manifest ever vouches for a leftover).
      await assessmentStored.then(() => deps.briefings.discardStaged(id, createdAt)).catch(() => undefined);
      throw e;
    }
    const { pdf, pages } = finished;

    const manifest: BriefingManifest = {
      id,
      theme: request.theme,
      title: theme.title,
      articleIds: sources.map((d) => d.article.id),
      status: "ready",
      createdAt: createdAt.toISOString(),
      generator: { version: deps.version, extractor },
      snapshot: snapshotOf(assessment),
      previousId: previous?.id ?? null,
      ...(request.asOf ? { asOf: request.asOf } : {}),
      // Stored with the request that made the briefing, so it can be made again the same way.
      ...(overrides ? { overrides } : {}),
      judgments: assessment.judgments.map((j) => ({
        id: j.id,
        likelihood: j.likelihood,
        probability: j.probability,
        confidence: j.confidence?.level ?? null,
        ...(j.override ? { machineProbability: j.override.machine.probability } : {}),
      })),
      pdf: {
        bytes: pdf.byteLength,
        sha256: createHash("sha256").update(pdf).digest("hex"),
        pages,
        url: `/v1/briefings/${id}/pdf`,
        fileName: briefingFileName(request.theme, createdAt, id),
      },
    };
    await deps.briefings.putManifest(manifest);
    return manifest;
  });
}
