import { RELIABILITY } from "../sources/admiralty.js";
import { fold } from "../text/fold.js";
import type { Assessment, FactorAssessment } from "../themes/assess.js";
import { ICD_203_SCALE } from "../themes/estimative-scale.js";
import type { ChangeSummary } from "./changes.js";
import { CitationIndex, type EvidenceEntry } from "./citations.js";
import { type ActorRow, actorRows, type LocationRow, locationRows } from "./compose-entities.js";
import {
  citeIn,
  type FactorView,
  factorView,
  type JudgmentView,
  judgmentView,
  MAX_QUOTES,
  MAX_TIMELINE,
} from "./compose-factors.js";
import { type SourceDocument, sentenceKey } from "./evidence.js";
import { capitalize, formatDate, plural } from "./format.js";
import { drawMap, type Geography } from "./map.js";

export type { FactorView, JudgmentView };

export interface BriefingView {
  meta: {
    id: string;
    themeId: string;
    title: string;
    keyQuestion: string;
    summary: string;
    date: string;
    horizon: string;
    dissemination: Dissemination;
    sourceCount: string;
    reportingPeriod: string;
  };
  bluf: string[];
  /** Set when the briefing is compared with an earlier one (scheduled runs). */
  changes: ChangeSummary | null;
  keyJudgments: JudgmentView[];
  drivers: FactorView[];
  mitigators: FactorView[];
  actors: ActorRow[];
  locations: LocationRow[];
  map: { svg: string; legend: { n: number; name: string; kind: string }[]; outside: string } | null;
  timeline: { date: string; sortKey: string; text: string; cite: number }[];
  quotes: { speaker: string; text: string; cite: number }[];
  scenarios: { name: string; description: string; signposts: string[] }[];
  indicators: string[];
  gaps: string[];
  assumptions: string[];
  evidence: EvidenceEntry[];
  sources: {
    n: number;
    title: string;
    source: string;
    published: string;
    url: string | null;
    grade: string;
  }[];
  method: { scale: { term: string; range: string }[]; factors: MethodRow[] };
}

interface MethodRow {
  factor: string;
  role: string;
  weight: string;
  effect: string;
  cited: string;
}

export interface ComposeInput {
  id: string;
  assessment: Assessment;
  docs: readonly SourceDocument[];
  generatedAt: Date;
  dissemination: Dissemination;
  geography: Geography;
}

/** The marking printed on every page and the handling line under the title. */
export interface Dissemination {
  marking: string;
  handling: string;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

/** Lower-cases a leading word only when it is not a name or an acronym ("A drawdown", not "SDF"). */
const lowerFirst = (s: string) =>
  /^(A|An|[A-Z][a-z]+)\b/.test(s) && !/^(Iraq|Syria|Turk|Kurd|Israel|Iran|Russia|Jordan|ISIS|Islamic)/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;

/** Ends a sentence with exactly one full stop. */
const sentence = (s: string) => `${s.replace(/[.\s]+$/, "")}.`;

function gapText(f: FactorAssessment): string {
  return f.factor.gap ?? `No reporting in the sources on ${lowerFirst(f.factor.label)}.`;
}

function blufOf(a: Assessment, first: JudgmentView | undefined, docs: readonly SourceDocument[]): string[] {
  const top = (role: FactorAssessment["role"]) =>
    a.factors
      .filter((f) => f.role === role && f.support.length > 0)
      .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))[0];
  const driver = top("driver");
  const mitigator = top("mitigator");
  const lines = [first ? sentence(first.statement.replace(/^We judge it/, "It is")) : a.theme.summary];
  if (driver) lines.push(`The strongest driver in the reporting: ${lowerFirst(driver.factor.label)}.`);
  if (mitigator) lines.push(`The main mitigating factor: ${lowerFirst(mitigator.factor.label)}.`);
  if (!driver && !mitigator)
    lines.push(`No reporting in the ${plural(docs.length, "source")} bears on this question.`);
  return lines;
}

function mapOf(a: Assessment, locations: LocationRow[], geography: Geography): BriefingView["map"] {
  // Countries are drawn and named as shapes; a dot at their centre would only add clutter.
  const countries = new Set(geography.countries.features.map((f) => fold(f.properties.name)));
  const markers = locations.flatMap((l) =>
    l.coordinates && !countries.has(fold(l.name))
      ? [
          {
            name: l.name,
            kind: l.kind === "Facility" ? ("facility" as const) : ("place" as const),
            coordinates: l.coordinates,
          },
        ]
      : [],
  );
  if (markers.length === 0) return null;
  const drawn = drawMap({ geography, bbox: a.theme.region.bbox, focus: a.theme.region.focus, markers });
  return {
    svg: drawn.svg,
    legend: drawn.shown.map((m, i) => ({ n: i + 1, name: m.name, kind: m.kind })),
    outside: drawn.outside.map((m) => m.name).join(", "),
  };
}

function reportingPeriod(docs: readonly SourceDocument[]): string {
  const dates = docs
    .map((d) => d.article.publishedAt)
    .filter((d): d is string => Boolean(d))
    .sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return "publication dates not given";
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

export function composeBriefing(input: ComposeInput): BriefingView {
  const { assessment: a, docs } = input;
  const byArticle = new Map(docs.map((d) => [d.article.id, d]));
  const cite = new CitationIndex(byArticle);
  const keyJudgments = a.judgments.map((j, i) => judgmentView(j, i + 1, cite));
  const reported = (f: FactorAssessment) => f.support.length + f.against.length > 0;
  const drivers = a.factors.filter((f) => f.role === "driver" && reported(f)).map((f) => factorView(f, cite));
  const mitigators = a.factors
    .filter((f) => f.role === "mitigator" && reported(f))
    .map((f) => factorView(f, cite));

  // Quotes and dated events that bear on the theme come first; the rest fill what room is left.
  const relevant = new Set(a.factors.flatMap((f) => f.support.map(sentenceKey)));
  const byRelevance = <T extends { key: string }>(xs: T[], max: number) =>
    [...xs].sort((x, y) => Number(relevant.has(y.key)) - Number(relevant.has(x.key))).slice(0, max);
  const sentenceOf = (facts: SourceDocument["facts"], i: number) => facts.sentences[i]?.text ?? "";
  const citeSentence = (articleId: string, facts: SourceDocument["facts"], sentence: number) =>
    cite.cite({ articleId, sentence, sentenceText: sentenceOf(facts, sentence) });

  const quoteCandidates = docs.flatMap(({ article, facts }) =>
    facts.quotes.map((q) => ({
      key: sentenceKey({ articleId: article.id, sentence: q.sentence }),
      q,
      article,
      facts,
    })),
  );
  const quotes = byRelevance(quoteCandidates, MAX_QUOTES).map(({ q, article, facts }) => ({
    speaker: q.speaker.name,
    text: q.text,
    cite: citeSentence(article.id, facts, q.sentence),
  }));

  const eventCandidates = docs.flatMap(({ article, facts }) =>
    facts.facts
      .filter((f) => f.kind === "event" && f.date)
      .map((f) => ({ key: sentenceKey({ articleId: article.id, sentence: f.sentence }), f, article, facts })),
  );
  const timeline = byRelevance(eventCandidates, MAX_TIMELINE)
    .map(({ f, article, facts }) => ({
      date: formatDate(f.date?.value ?? ""),
      sortKey: f.date?.value === "ongoing" ? "9999" : (f.date?.value ?? ""),
      text: capitalize(f.text),
      cite: citeSentence(article.id, facts, f.sentence),
    }))
    .sort((x, y) => x.sortKey.localeCompare(y.sortKey));

  const locations = locationRows(docs);
  const weighedGaps = a.factors.filter((f) => f.support.length === 0 && f.against.length === 0);
  const sourceCount = plural(docs.length, "source");
  return {
    meta: {
      id: input.id,
      themeId: a.theme.id,
      title: a.theme.title,
      keyQuestion: a.theme.keyQuestion,
      summary: a.theme.summary,
      date: formatDate(input.generatedAt.toISOString().slice(0, 10)),
      horizon: a.theme.horizon,
      dissemination: input.dissemination,
      sourceCount,
      reportingPeriod: reportingPeriod(docs),
    },
    bluf: blufOf(a, keyJudgments[0], docs),
    changes: null,
    keyJudgments,
    drivers,
    mitigators,
    actors: actorRows(docs),
    locations,
    map: mapOf(a, locations, input.geography),
    timeline,
    quotes,
    scenarios: a.theme.scenarios,
    indicators: a.theme.indicators,
    gaps: weighedGaps.map(gapText),
    assumptions: a.theme.assumptions,
    evidence: cite.list(),
    sources: docs.map((d, i) => ({
      n: i + 1,
      title: d.article.title,
      source: d.article.source ?? "Unattributed",
      published: d.article.publishedAt ? formatDate(d.article.publishedAt) : "date unknown",
      url: d.article.url,
      grade: `${d.reliability} (${RELIABILITY[d.reliability]})`,
    })),
    method: {
      scale: ICD_203_SCALE.map((b) => ({ term: b.term, range: `${pct(b.min)}–${pct(b.max)}` })),
      factors: a.factors.map((f) => ({
        factor: f.factor.label,
        role: f.role === "driver" ? "Driver" : "Mitigator",
        weight: f.factor.weight.toFixed(2),
        effect:
          f.contribution === 0
            ? "0"
            : `${f.contribution > 0 ? "+" : "−"}${Math.abs(f.contribution).toFixed(2)}`,
        cited: f.support.length ? f.support.map((i) => citeIn(cite, i, f)).join(", ") : "—",
      })),
    },
  };
}
