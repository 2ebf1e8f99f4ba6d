import { tollOfAnother, withOutcome } from "../../../core/facts/timeline.js";
import type { BriefingDocument } from "../../../core/ports.js";
import { RELIABILITY } from "../../../core/sources/admiralty.js";
import { fold } from "../../../core/text/fold.js";
import { lowerFirst } from "../../../core/themes/assess.js";
import type { EvidenceRef } from "../../../core/themes/assessment.js";
import { ICD_203_SCALE } from "../../../core/themes/estimative-scale.js";
import { articleOfKey, reportKey } from "../../../core/themes/reports.js";
import { CitationIndex, type EvidenceEntry } from "./citations.js";
import { type ActorRow, actorRows, type LocationRow, locationRows } from "./compose-entities.js";
import {
  changesView,
  conflictView,
  type FactorView,
  factorView,
  type JudgmentView,
  judgedAs,
  judgmentView,
  labelOf,
  signed,
} from "./compose-factors.js";
import { outcomeLines } from "./compose-outcome.js";
import { adjustmentOf, adjustmentsView, historyChart, methodResult } from "./compose-overrides.js";
import { capitalize, clip, formatDate, plural } from "./format.js";
import { drawMap, type Geography, type MapMarker } from "./map.js";

export type { FactorView, JudgmentView };

/** The marking printed on every page and the handling line under the title. */
export interface Dissemination {
  marking: string;
  handling: string;
}

export interface PresentationSettings {
  dissemination: Dissemination;
  geography: Geography;
}

const MAX_QUOTES = 8;
const MAX_TIMELINE = 14;
/**
 * Rows of the actors and of the locations table (the most mentioned first), and citations per
 * factor in the method table: far above what real reporting fills, so a hostile article of
 * thousands of names or facts cannot make the document grow without bound.
 */
const MAX_TABLE_ROWS = 100;
const MAX_METHOD_CITES = 20;
const MAX_CONFLICTS = 20;
const pct = (p: number) => `${Math.round(p * 100)}%`;
const months = (days: number) => Math.max(1, Math.round(days / 30.4));

/** Ends a sentence with exactly one full stop. */
const sentence = (s: string) => `${s.replace(/[.\s]+$/, "")}.`;

function reportingPeriod(dates: (string | null)[]): string {
  const sorted = dates.filter((d): d is string => Boolean(d)).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "publication dates not given";
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

/**
 * A facility is a square, a point place a dot, and a region ("northeast Syria"), a river or a part
 * of a place ("eastern Homs") a name in italics (a governorate is drawn as its capital; see
 * compose-entities.ts).
 */
function markerKind(l: LocationRow): MapMarker["kind"] {
  if (l.kind === "Facility") return "facility";
  return l.area === "region" || l.area === "river" || l.area === "part" ? "area" : "place";
}

function mapOf(
  bbox: [number, number, number, number],
  focus: string[],
  locations: LocationRow[],
  geography: Geography,
) {
  // Countries are drawn and named as shapes; a dot at their centre would only add clutter.
  const countries = new Set(geography.countries.features.map((f) => fold(f.properties.name)));
  const markers = locations.flatMap((l) =>
    l.coordinates && !countries.has(fold(l.name))
      ? [
          {
            name: l.name,
            kind: markerKind(l),
            coordinates: l.coordinates,
          },
        ]
      : [],
  );
  if (markers.length === 0) return null;
  const drawn = drawMap({ geography, bbox, focus, markers });
  // A place beyond the frame ("US", "United Kingdom" in a briefing on the Syrian border) is no
  // place of the events the map shows: it is named under the map, not given a row of the table.
  // A country is in the frame when some part of it shows (Turkey's centre lies north of it).
  const shownCountries = new Set([...drawn.countriesShown].map(fold));
  const away = locations
    .filter((l) =>
      countries.has(fold(l.name))
        ? !shownCountries.has(fold(l.name))
        : l.coordinates !== null && !drawn.contains(l.coordinates),
    )
    .map((l) => l.name);
  return {
    svg: drawn.svg,
    legend: drawn.shown.map((m, i) => ({ n: i + 1, name: m.name, kind: m.kind })),
    numbered: drawn.numbered,
    areas: drawn.shown.some((m) => m.kind === "area"),
    outside: [...new Set([...drawn.outside.map((m) => m.name), ...away])].join(", "),
    away: new Set(away),
  };
}

/**
 * The view model of a briefing: the assessment in words, citations, tables, charts and the map.
 * Presentation only: every number and every choice of evidence comes from the core's assessment.
 */
export function composeBriefing(doc: BriefingDocument, settings: PresentationSettings) {
  const { assessment: a, theme } = doc;
  const docs = new Map(doc.sources.map((d) => [d.article.id, d]));
  const used = doc.sources.filter((d) => !a.unused.some((u) => u.articleId === d.article.id));
  const cite = new CitationIndex(docs);
  const byKey = new Map<string, EvidenceRef>(
    a.factors.flatMap((f) => f.evidence.map((e) => [e.key, e] as const)),
  );
  const label = labelOf(theme);

  const keyJudgments = a.judgments.map((j, i) => ({
    ...judgmentView(j, i + 1, theme, byKey, cite),
    adjusted: adjustmentOf(j),
  }));
  const judged = keyJudgments.filter((j) => j.judged);
  const reported = a.factors.filter((f) => f.evidence.length > 0);
  const drivers = reported.filter((f) => f.role === "driver").map((f) => factorView(f, cite));
  const mitigators = reported.filter((f) => f.role === "mitigator").map((f) => factorView(f, cite));
  const conflicts = a.conflicts.slice(0, MAX_CONFLICTS).map((c) => conflictView(c, docs, cite));
  const changes = changesView(doc.changes, theme, byKey, cite);
  const adjustments = adjustmentsView(a, theme, docs, cite);

  const relevant = new Set(byKey.keys());
  const byRelevance = <T extends { key: string }>(xs: T[], max: number) =>
    [...xs].sort((x, y) => Number(relevant.has(y.key)) - Number(relevant.has(x.key))).slice(0, max);
  const citeSentence = (articleId: string, i: number) =>
    cite.cite({ articleId, sentence: i, sentenceText: docs.get(articleId)?.facts.sentences[i]?.text ?? "" });

  const quotes = byRelevance(
    used.flatMap(({ article, facts }) =>
      outermostQuotes(facts.quotes).map((q) => ({
        key: reportKey({ articleId: article.id, sentence: q.sentence }),
        q,
        article,
      })),
    ),
    MAX_QUOTES,
  ).map(({ q, article }) => ({
    speaker: q.speaker.name,
    text: clip(q.text),
    // Only the speaker's own words go between quotation marks; reported speech is the writer's.
    direct: q.kind === "direct",
    cite: citeSentence(article.id, q.sentence),
  }));

  const timeline = byRelevance(
    used.flatMap(({ article, facts }) =>
      facts.facts
        // Closures, arrests and seizures happen on a day as much as attacks do.
        .filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
        // A toll printed with its happening ("… attacked. Two soldiers were killed.") is no row of its own.
        .filter((f) => !tollOfAnother(f, facts.facts))
        .map((f) => ({ key: reportKey({ articleId: article.id, sentence: f.sentence }), f, article })),
    ),
    MAX_TIMELINE,
  )
    .map(({ f, article }, _, all) => {
      const sentence = docs.get(article.id)?.facts.sentences[f.sentence]?.text;
      // Two facts of one sentence on one date are one row: the sentence that tells both.
      const shared = all.some(
        (o) =>
          o.f !== f &&
          o.article.id === article.id &&
          o.f.sentence === f.sentence &&
          o.f.date?.value === f.date?.value,
      );
      return {
        date: formatDate(f.date?.value ?? ""),
        ahead: laterThanReport(f.date?.value ?? "", article.publishedAt),
        sortKey: f.date?.value === "ongoing" ? "9999" : (f.date?.value ?? ""),
        text: capitalize(
          clip(withOutcome(shared && sentence ? sentence.trim() : timelineText(f.text, sentence), f)),
        ),
        cite: citeSentence(article.id, f.sentence),
      };
    })
    .filter((row, i, rows) => rows.findIndex((r) => r.text === row.text && r.date === row.date) === i)
    .sort((x, y) => x.sortKey.localeCompare(y.sortKey));

  const citeKeys = (keys: string[]) => cite.citeKeys(keys.slice(0, 3));
  const published = new Map(doc.sources.map((d) => [d.article.id, d.article.publishedAt]));
  /**
   * When the newest report that shows a watch is older than the horizon, the month it dates from:
   * "observed" on reporting from last year is not a signpost seen now.
   */
  const seenLongAgo = (keys: string[]): string | null => {
    const dates = keys
      .map((k) => published.get(articleOfKey(k)))
      .filter((d): d is string => Boolean(d))
      .sort();
    const newest = dates[dates.length - 1];
    if (!newest) return null;
    const age = (Date.parse(a.briefingDate) - Date.parse(newest)) / 86_400_000;
    return age > a.horizonDays ? formatDate(newest.slice(0, 7)) : null;
  };
  const watch = (w: { text: string; observed: string[]; contested: string[] }) => ({
    text: w.text,
    observed: w.observed.length > 0,
    contested: w.observed.length === 0 && w.contested.length > 0,
    seenIn: seenLongAgo(w.observed.length > 0 ? w.observed : w.contested),
    cites: citeKeys(w.observed.length > 0 ? w.observed : w.contested),
  });
  const signposts = new Map<string, ReturnType<typeof watch>[]>();
  for (const s of a.signposts) {
    const list = signposts.get(s.scenario ?? "") ?? [];
    list.push(watch(s));
    signposts.set(s.scenario ?? "", list);
  }

  const named = locationRows(used);
  const map = mapOf(
    theme.region.bbox,
    theme.region.focus,
    named.slice(0, MAX_TABLE_ROWS),
    settings.geography,
  );
  const locations = named
    .filter((l) => !map?.away.has(l.name))
    .slice(0, MAX_TABLE_ROWS)
    .map((l) => ({ ...l, mapNumber: map?.numbered.get(l.name) ?? null }));
  const unused = a.unused.map((u) => {
    const d = docs.get(u.articleId);
    return {
      title: d?.article.title ?? u.articleId,
      source: d?.article.source ?? "Unattributed",
      reason: u.reason,
    };
  });
  const newestAge = a.newestRelevant
    ? Math.round((Date.parse(a.briefingDate) - Date.parse(a.newestRelevant)) / 86_400_000)
    : null;
  const staleLine =
    a.stale && a.newestRelevant && newestAge !== null
      ? `The newest relevant reporting dates from ${formatDate(a.newestRelevant)}, ${months(newestAge)} months before this briefing and older than its horizon; the judgments below rest on dated evidence and carry lower confidence.`
      : null;

  const bluf: string[] = [];
  if (judged.length === 0) {
    bluf.push(
      `No judgment: the reporting does not address this question. ${doc.sources.length === 1 ? "The one article supplied does not bear" : `None of the ${plural(doc.sources.length, "article")} supplied bears`} on the evidence the judgments need.`,
    );
  } else {
    for (const j of judged)
      bluf.push(
        sentence(
          `${judgedAs(j.term, `about ${j.percent}`).it} that ${a.judgments.find((x) => x.id === j.id)?.statement ?? ""}`,
        ),
      );
    bluf.push(...outcomeLines(a, theme));
    const top = (role: "driver" | "mitigator") =>
      reported.filter((f) => f.role === role).sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect))[0];
    const driver = top("driver");
    const mitigator = top("mitigator");
    if (driver) bluf.push(`The strongest driver in the reporting: ${lowerFirst(driver.label)}.`);
    if (mitigator) bluf.push(`The main mitigating factor: ${lowerFirst(mitigator.label)}.`);
    if (a.conflicts.length)
      bluf.push(`The sources conflict on ${plural(a.conflicts.length, "point")}; each is set out below.`);
  }
  if (staleLine) bluf.push(staleLine);

  return {
    meta: {
      id: doc.id,
      themeId: theme.id,
      title: theme.title,
      keyQuestion: theme.keyQuestion,
      summary: theme.summary,
      date: formatDate(doc.generatedAt.toISOString().slice(0, 10)),
      made: doc.madeAt ? formatDate(doc.madeAt.toISOString().slice(0, 10)) : null,
      horizon: theme.horizon,
      dissemination: settings.dissemination,
      sourceCount: plural(doc.sources.length, "source"),
      reportingPeriod: reportingPeriod(doc.sources.map((d) => d.article.publishedAt)),
    },
    /** Nothing bears on the question: the briefing is one short page that says so. */
    noJudgment: judged.length === 0,
    stale: staleLine,
    bluf,
    changes,
    history: historyChart(doc.history, a, theme, doc.generatedAt),
    adjustments,
    keyJudgments,
    drivers,
    mitigators,
    conflicts,
    unused,
    actors: actorRows(used).slice(0, MAX_TABLE_ROWS) as ActorRow[],
    locations,
    map: map && {
      svg: map.svg,
      legend: map.legend,
      outside: map.outside,
      numbered: map.numbered.size > 0,
      areas: map.areas,
    },
    timeline,
    quotes,
    scenarios: theme.scenarios.map((s) => ({
      name: s.name,
      description: s.description,
      signposts: signposts.get(s.name) ?? [],
    })),
    indicators: a.indicators.map(watch),
    gaps: a.factors
      .filter(
        (f) =>
          f.gap && a.judgments.some((j) => j.probability !== null && j.factors.some((x) => x.id === f.id)),
      )
      .map((f) => f.gap ?? ""),
    assumptions: theme.assumptions,
    sources: doc.sources.map((d, i) => ({
      n: i + 1,
      title: d.article.title,
      source: d.article.source ?? "Unattributed",
      published: d.article.publishedAt ? formatDate(d.article.publishedAt) : "date unknown",
      url: d.article.url,
      grade: `${d.grade.reliability} (${RELIABILITY[d.grade.reliability]})`,
      machineGrade: (() => {
        const m = a.sources.find((s) => s.articleId === d.article.id)?.override;
        return m ? `${m.reliability} (${RELIABILITY[m.reliability]})` : null;
      })(),
      gradeReason: d.grade.reason,
      used: !a.unused.some((u) => u.articleId === d.article.id),
      /** The one-page "No judgment" briefing folds each reason into its source row, where the
       * full briefing lists the reasons apart under "Articles not used". */
      notUsed:
        judged.length === 0
          ? (a.unused.find((u) => u.articleId === d.article.id)?.reason ?? "bears on no factor")
          : "bears on no factor",
    })),
    method: {
      scale: ICD_203_SCALE.map((b) => ({ term: b.term, range: `${pct(b.min)}–${pct(b.max)}` })),
      judgments: a.judgments.map((j) => ({
        statement: capitalize(j.statement),
        baseRate: pct(j.baseRate),
        ...methodResult(j),
        factors: j.factors.map((f) => ({
          factor: label(f.id),
          role: f.role === "driver" ? "Driver" : "Mitigator",
          effect: signed(f.effect),
          cited: f.evidence.length
            ? f.evidence
                .slice(0, MAX_METHOD_CITES)
                .map((k) => {
                  const ref = byKey.get(k);
                  return ref ? cite.cite(ref, ref.grade) : null;
                })
                .filter((n) => n !== null)
                .join(", ")
            : "—",
        })),
      })),
    },
    // Last: every citation above has been numbered by now.
    evidence: cite.list() as EvidenceEntry[],
  };
}

export type BriefingView = ReturnType<typeof composeBriefing>;

/**
 * The quotes a reader needs once each: a quote that lies inside another one of the same article
 * (a fragment quoted within reported speech, a quotation nested in a longer one) is already shown
 * by the quote that holds it.
 */
export function outermostQuotes<Q extends { start: number; end: number }>(quotes: readonly Q[]): Q[] {
  return quotes.filter(
    (q) =>
      !quotes.some(
        (o) => o !== q && o.start <= q.start && o.end >= q.end && o.end - o.start > q.end - q.start,
      ),
  );
}

/** Words that open a fragment, not a self-standing account: "That one of the attackers…", "It had…". */
// A clause cut from its subject ("are still holding it this morning after the army pulled out",
// "and was repelled after a clash") leans on its sentence as a pronoun does.
const FRAGMENT_START =
  /^(?:that|it|its|they|their|he|his|she|her|this|these|those|which|who|are|is|was|were|has|have|had|and|but|then)\b/i;

/**
 * Whether a dated happening lies after the day its source was published ("US funding will end in
 * March", told in December): what the source expects or announces, which the timeline marks so
 * that it is not read as a thing that happened. Compared at the date's own precision: "2026-12"
 * in a story of 12 December 2026 is not later.
 */
export function laterThanReport(value: string, publishedAt: string | null | undefined): boolean {
  const start = value.split("/")[0] ?? "";
  if (!/^\d{4}/.test(start) || !publishedAt) return false;
  return start > publishedAt.slice(0, start.length);
}

/**
 * What a timeline row says: the event's own words when they stand alone as an account, else the
 * sentence that reports it (a label like "The Sukhna checkpoint" or "That one of the attackers had
 * been captured alive" says too little on its own, and is not shown out of its sentence).
 */
export function timelineText(label: string, sentence: string | undefined): string {
  const words = label.trim().split(/\s+/).length;
  if (!sentence || (words >= 6 && !FRAGMENT_START.test(label.trim()))) return label;
  return sentence.trim();
}
