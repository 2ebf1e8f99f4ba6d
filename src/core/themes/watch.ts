import type { WatchResult } from "./assessment.js";
import { atPatternPlace, patternFit } from "./relevance.js";
import type { Report } from "./reports.js";
import type { Pattern, Theme, Watch } from "./theme.js";

/** What a signpost or indicator needs of a report: the tags it requires, and those it rules out. */
const needs = (p: Pattern) => new Set([...p.anyTags, ...p.allTags]);

/**
 * Two watches that state opposite directions of one thing: what one needs, the other rules out
 * ("Announcement of a US withdrawal" needs a withdrawal; "Coalition presence unchanged" rules one
 * out), or they look for the same kind of fact, one asserted and the other denied ("Mass escape"
 * against "No reported breach"). One sentence cannot show both: it tells of one direction.
 */
export function opposed(a: Watch, b: Watch): boolean {
  // Of one actor: an SDF withdrawal does not oppose a coalition presence kept.
  const sameActors = (x: Pattern, y: Pattern) =>
    x.actors.length === 0 || y.actors.length === 0 || x.actors.some((s) => y.actors.includes(s));
  const excludes = (x: Pattern, y: Pattern) => [...needs(y)].some((t) => x.noneTags.includes(t));
  const denied = (x: Pattern, y: Pattern) =>
    x.modality.every((m) => m === "negated") !== y.modality.every((m) => m === "negated") &&
    [...needs(x)].some((t) => needs(y).has(t));
  return a.shownBy.some((x) =>
    b.shownBy.some((y) => sameActors(x, y) && (excludes(x, y) || excludes(y, x) || denied(x, y))),
  );
}

/** How well a sentence shows a watch: the best fit of its reports to any of the watch's patterns. */
function fitOf(w: Watch, reports: readonly Report[], at: Date): number {
  let best = 0;
  for (const r of reports) for (const p of w.shownBy) best = Math.max(best, patternFit(p, r, at));
  return best;
}

export interface WatchContext {
  theme: Theme;
  reports: readonly Report[];
  at: Date;
  /** Sentences the briefing counts for a factor (pushing for it, not negated). */
  counted: (factorId: string) => string[];
  /** Sentences another source disputes: they make a watch contested, not observed. */
  disputed: ReadonlySet<string>;
}

/**
 * The signposts and indicators of a theme, each with the sentences that show it. A sentence
 * shows a watch when one of its reports fits a `shownBy` pattern (which states the direction:
 * withdrawal against presence kept, ISIS holding a checkpoint against ISIS attacking one) or
 * when the briefing counts it for one of the watch's factors. A sentence that would show two
 * opposed signposts is kept for the one it fits better, and for neither when it fits both alike.
 */
export function watchResults(ctx: WatchContext): { signposts: WatchResult[]; indicators: WatchResult[] } {
  const { theme, reports, at } = ctx;
  const bySentence = new Map<string, Report[]>();
  for (const r of reports) {
    const list = bySentence.get(r.key);
    if (list) list.push(r);
    else bySentence.set(r.key, [r]);
  }
  const showing = (w: Watch) => {
    const fits = new Map<string, number>();
    for (const [key, list] of bySentence) {
      const fit = fitOf(w, list, at);
      if (fit > 0) fits.set(key, fit);
    }
    // Counted for a factor the watch names: as good a fit as any pattern gives, at a place the
    // watch names when every pattern of it names some ("US forces remain at Al-Tanf" is not
    // shown by troops staying at bases in Hasakah, though both count for a residual presence).
    const placed = (key: string) =>
      w.shownBy.length === 0 ||
      w.shownBy.some((p) => (bySentence.get(key) ?? []).some((r) => atPatternPlace(p, r)));
    for (const id of w.factors)
      for (const key of ctx.counted(id)) if (placed(key)) fits.set(key, Math.max(fits.get(key) ?? 0, 1));
    return fits;
  };
  const all = [
    ...theme.scenarios.flatMap((s) => s.signposts.map((w) => ({ w, scenario: s.name as string | null }))),
    ...theme.indicators.map((w) => ({ w, scenario: null })),
  ].map((x) => ({ ...x, fits: showing(x.w) }));
  const signposts = all.filter((x) => x.scenario !== null);
  const result = (x: (typeof all)[number]): WatchResult => {
    const rivals = x.scenario === null ? [] : signposts.filter((o) => o !== x && opposed(x.w, o.w));
    const shown = [...x.fits]
      .filter(([key, fit]) => rivals.every((o) => (o.fits.get(key) ?? 0) < fit))
      .map(([k]) => k);
    return {
      scenario: x.scenario,
      text: x.w.text,
      observed: shown.filter((k) => !ctx.disputed.has(k)),
      contested: shown.filter((k) => ctx.disputed.has(k)),
    };
  };
  return {
    signposts: all.filter((x) => x.scenario !== null).map(result),
    indicators: all.filter((x) => x.scenario === null).map(result),
  };
}
