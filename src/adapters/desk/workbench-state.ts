import { CalendarDay } from "../../core/articles/article.js";
import { BriefingOverrides, type BriefingOverridesInput, hasOverrides } from "../../core/themes/overrides.js";

/**
 * The workbench's state travels in its URL: theme, articles and the overrides so far (base64url
 * JSON in `o`). Steering a preview changes nothing stored, so it is a GET that works without
 * JavaScript and can be bookmarked; only generating a briefing is a POST with CSRF.
 */

export const EMPTY_OVERRIDES: BriefingOverrides = { exclude: [], move: [], grades: [], judgments: [] };
const MAX_STATE_CHARS = 16_000;

export function decodeOverrides(o: string | undefined): BriefingOverrides {
  if (!o || o.length > MAX_STATE_CHARS) return EMPTY_OVERRIDES;
  try {
    const parsed = BriefingOverrides.safeParse(JSON.parse(Buffer.from(o, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : EMPTY_OVERRIDES;
  } catch {
    return EMPTY_OVERRIDES;
  }
}

export const encodeOverrides = (o: BriefingOverrides): string =>
  hasOverrides(o) ? Buffer.from(JSON.stringify(o)).toString("base64url") : "";

export function workbenchUrl(
  theme: string,
  articleIds: readonly string[],
  o: BriefingOverrides,
  asOf?: string,
): string {
  const q = new URLSearchParams();
  if (theme) q.set("theme", theme);
  for (const id of articleIds) q.append("articles", id);
  const encoded = encodeOverrides(o);
  if (encoded) q.set("o", encoded);
  if (asOf) q.set("asOf", asOf);
  return `/desk/workbench?${q.toString()}`;
}

/**
 * The day a preview or a briefing is as of, from the form: absent or empty is today; a day that
 * is not a real calendar date is refused with the message the API gives for it.
 */
export function asOfOf(value: unknown): { asOf?: string } | { error: string } {
  if (value === undefined || value === null || value === "") return {};
  const parsed = CalendarDay.safeParse(value);
  return parsed.success ? { asOf: parsed.data } : { error: `As of: ${parsed.error.issues[0]?.message}` };
}

/** One steering step from the workbench's forms; a step it cannot read leaves the overrides as they were. */
export type Step =
  | { op: "exclude"; sentence: string; factor: string }
  | { op: "move"; sentence: string; to: string }
  | { op: "grade"; articleId: string; reliability: string; reason: string }
  | { op: "judge"; id: string; percent: string; reason: string }
  | { op: "undo"; kind: keyof BriefingOverrides; index: number };

/** Applies a step; returns the new overrides, or a message saying what is wrong with the step. */
export function applyStep(o: BriefingOverrides, step: Step): BriefingOverrides | { error: string } {
  const next: BriefingOverridesInput = {
    exclude: [...o.exclude],
    move: [...o.move],
    grades: [...o.grades],
    judgments: [...o.judgments],
  };
  switch (step.op) {
    case "exclude":
      next.exclude = [
        ...o.exclude.filter((x) => !(x.sentence === step.sentence && x.factor === step.factor)),
        { sentence: step.sentence, factor: step.factor },
      ];
      next.move = o.move.filter((m) => !(m.sentence === step.sentence && m.to === step.factor));
      break;
    case "move":
      next.move = [
        ...o.move.filter((m) => m.sentence !== step.sentence),
        { sentence: step.sentence, to: step.to },
      ];
      break;
    case "grade":
      next.grades = [
        ...o.grades.filter((g) => g.articleId !== step.articleId),
        {
          articleId: step.articleId,
          reliability: step.reliability as "A",
          ...(step.reason.trim() ? { reason: step.reason.trim() } : {}),
        },
      ];
      break;
    case "judge": {
      const percent = Number(step.percent);
      if (!Number.isFinite(percent) || percent < 1 || percent > 99)
        return { error: "Give the probability as a whole percentage from 1 to 99." };
      if (!step.reason.trim()) return { error: "Say why: a judgment override needs a reason." };
      next.judgments = [
        ...o.judgments.filter((j) => j.id !== step.id),
        { id: step.id, probability: Math.round(percent) / 100, reason: step.reason.trim() },
      ];
      break;
    }
    case "undo": {
      const list = o[step.kind] as unknown[];
      (next as Record<string, unknown[]>)[step.kind] = list.filter((_, i) => i !== step.index);
      break;
    }
  }
  const parsed = BriefingOverrides.safeParse(next);
  if (!parsed.success)
    return { error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  return parsed.data;
}

/** Reads a step from the query of a steering form. */
export function stepOf(q: (name: string) => string | undefined): Step | null {
  const s = (n: string) => q(n) ?? "";
  switch (q("op")) {
    case "exclude":
      return { op: "exclude", sentence: s("sentence"), factor: s("factor") };
    case "move":
      return { op: "move", sentence: s("sentence"), to: s("to") };
    case "grade":
      return { op: "grade", articleId: s("articleId"), reliability: s("reliability"), reason: s("reason") };
    case "judge":
      return { op: "judge", id: s("id"), percent: s("percent"), reason: s("reason") };
    case "undo": {
      const kind = s("kind");
      if (!["exclude", "move", "grades", "judgments"].includes(kind)) return null;
      return { op: "undo", kind: kind as keyof BriefingOverrides, index: Number(s("index")) };
    }
    default:
      return null;
  }
}
