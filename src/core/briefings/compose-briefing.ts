import { NotFoundError } from "../errors.js";
import { FactsDocument } from "../facts/schema.js";
import type { BriefingDocument, BriefingRenderer, RenderedBriefing, ThemeCatalog } from "../ports.js";
import { assess } from "../themes/assess.js";
import type { Assessment } from "../themes/assessment.js";
import { type BriefingOverrides, checkOverrides, hasOverrides, regrade } from "../themes/overrides.js";
import type { SourceDocument } from "../themes/reports.js";
import { type ChangeSummary, changesSince, snapshotOf } from "./changes.js";
import type { BriefingManifest } from "./manifest.js";

/**
 * A source as composition receives it: the facts still as their stored JSON text, parsed and
 * checked by the composer (on a worker thread, where parsing a large document costs nothing).
 */
export type SourceText = Omit<SourceDocument, "facts"> & { factsJson: string };

/**
 * Everything composition needs, as plain data: it crosses into a worker thread by structured
 * clone, so it carries ids rather than objects with behaviour.
 */
export interface ComposeRequest {
  themeId: string;
  id: string;
  at: Date;
  /** When the briefing is made, set when that is a later day than `at` (a briefing as of an earlier day). */
  madeAt?: Date;
  sources: SourceText[];
  /** The earlier briefing to compare with (scheduled runs). */
  previous: BriefingManifest | null;
  /** A stored briefing rendered again: its assessment and snapshot are used as they are. */
  stored?: { assessment: Assessment; snapshot: BriefingManifest["snapshot"] };
  /** An analyst's steering of this briefing, checked against the theme and the sources. */
  overrides?: BriefingOverrides;
  /** Earlier runs of the schedule behind this briefing, oldest first: the probability chart's points. */
  history?: RunPoint[];
}

/** One earlier run's judgments, as numbers: a point of the probability chart. */
export interface RunPoint {
  briefingId: string;
  at: string;
  judgments: { id: string; probability: number | null }[];
}

export interface ComposedBriefing {
  assessment: Assessment;
  changes: ChangeSummary | null;
  rendered: RenderedBriefing;
  /** The extractor version behind the first source's facts ("none" without sources). */
  extractor: string;
}

function parsed(themes: ThemeCatalog, request: ComposeRequest) {
  const theme = themes.get(request.themeId);
  if (!theme) throw new NotFoundError("Theme", request.themeId);
  const sources: SourceDocument[] = request.sources.map(({ factsJson, ...source }) => ({
    ...source,
    facts: FactsDocument.parse(JSON.parse(factsJson)),
  }));
  const overrides = hasOverrides(request.overrides) ? request.overrides : undefined;
  if (overrides && !request.stored) checkOverrides(theme, sources, overrides);
  return { theme, sources, overrides };
}

/** The assessment alone, with the analyst's overrides applied: what a workbench previews. */
export function assessSources(themes: ThemeCatalog, request: ComposeRequest): Assessment {
  const { theme, sources, overrides } = parsed(themes, request);
  return assess(theme, sources, request.at, overrides);
}

/** Assesses (unless the assessment is stored) and renders the briefing's HTML. */
export function composeBriefing(
  themes: ThemeCatalog,
  renderer: BriefingRenderer,
  request: ComposeRequest,
): ComposedBriefing {
  const { theme, sources, overrides } = parsed(themes, request);
  const assessment = request.stored?.assessment ?? assess(theme, sources, request.at, overrides);
  const snapshot = request.stored?.snapshot ?? snapshotOf(assessment);
  const changes = request.previous ? changesSince(request.previous, snapshot) : null;
  const doc: BriefingDocument = {
    id: request.id,
    theme,
    assessment,
    // The briefing lists each source with the grade it was weighed by: the analyst's, if set.
    sources: regrade(sources, assessment.overrides).sources,
    generatedAt: request.at,
    ...(request.madeAt ? { madeAt: request.madeAt } : {}),
    changes,
    ...(request.history && request.history.length > 0 ? { history: request.history } : {}),
  };
  const extractor = sources[0]?.facts.extractor.version ?? "none";
  return { assessment, changes, rendered: renderer.render(doc), extractor };
}

/** Composition on the calling thread: for Lambda (one request per instance) and tests. */
export function inlineComposer(themes: ThemeCatalog, renderer: BriefingRenderer) {
  return {
    compose: async (request: ComposeRequest) => composeBriefing(themes, renderer, request),
    assess: async (request: ComposeRequest) => assessSources(themes, request),
  };
}
