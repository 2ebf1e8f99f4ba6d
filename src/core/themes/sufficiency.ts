import type { Report } from "./reports.js";
import type { JudgmentRule, Pattern } from "./theme.js";

type Group = JudgmentRule["requires"]["groups"][number];
type Optional = "addressedBy" | "notAddressedBy";

/** A judgment's `requires` (theme.ts), with the patterns that address a group optional. */
type Requires = Omit<JudgmentRule["requires"], "groups"> & {
  groups: readonly (Omit<Group, Optional> & Partial<Pick<Group, Optional>>)[];
};

/**
 * A sentence that compares two periods: "up from 40 in 2023", "twice as many as last year". "Against"
 * compares only when a count or a period follows it ("14 attacks, against six", "against last
 * year"); "strikes against ISIS", "raids against the cells" name a target, not a term of comparison.
 */
const COMPARES =
  /\b(compared (with|to)|up from|down from|against (?=(?:only |just |some |about |around |nearly |roughly )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens|a hundred|hundreds)\b|(?:last|the (?:previous|preceding|prior|same|last|year|first|second|third|fourth)|a year|(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|november|december)\b))|than (in|during|the|last|a year)|twice as many|doubled|tripled|halved|rose|fell|increase[ds]?|decrease[ds]?|drop(ped)?)\b/i;
const PERIOD =
  /\b((?:19|20)\d{2}|january|february|march|april|june|july|august|september|october|november|december|(?:first|second) half|(?:first|second|third|fourth) quarter|last year|previous year|same period|same year|a year earlier|the year before)\b/gi;

/** Years before the year of its article within which a year a sentence names is a recent period. */
const RECENT_YEARS = 1;

/**
 * Whether a report's sentence compares two periods, one of them recent. A trend runs up to the
 * time of the reporting: a sentence that names only years long before its article ("In 2015 and
 * again in 2016 the town fell to ISIS", read in 2026) recalls history, and gives no term of the
 * comparison a trend judgment needs. Periods named without a year ("last year", "March", "the
 * first half") are read as recent; the year of reference is that of the article, else the report's.
 */
function comparesPeriods(r: Pick<Report, "sentenceText" | "date" | "publishedAt">): boolean {
  const sentence = r.sentenceText;
  if (!COMPARES.test(sentence)) return false;
  const periods = new Set((sentence.match(PERIOD) ?? []).map((p) => p.toLowerCase()));
  if (periods.size < 2) return false;
  const ref = Number((r.publishedAt ?? r.date ?? "").slice(0, 4));
  if (!ref) return true;
  return [...periods].some((p) => !/^\d{4}$/.test(p) || Number(p) >= ref - RECENT_YEARS);
}

/** Half-years in which dated reports fall: "2025-H1". */
const halfYear = (date: string) => `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;

/** Days in the year before the newest report within which a dated report gives a period of its trend. */
const TREND_SPAN_DAYS = 366;

/**
 * The half-years a trend can compare: those of the reports dated within a year before the newest.
 * A trend runs from the period before the latest one; an event an article recalls from years
 * earlier ("IS lost its last territory in 2019", "last year's truffle-season killings") is its
 * background, and a period so far back is no term of the comparison.
 */
function recentPeriods(dates: readonly string[]): Set<string> {
  const at = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);
  const newest = Math.max(...dates.map(at).filter((t) => !Number.isNaN(t)));
  return new Set(dates.filter((d) => newest - at(d) <= TREND_SPAN_DAYS * 86_400_000).map((d) => halfYear(d)));
}

/**
 * Whether a sentence of an article a counted report comes from gives the trend's two terms for the
 * kind of event counted: it compares two periods, and one of its facts is an event of the counted
 * report's kind (its ACLED type or one of its tags). A notice that reports the latest attack and,
 * in the next sentence, "14 attacks between June and November, against six in the six months
 * before" compares the very events the judgment counts, although a tally is no single event to cite.
 */
function comparesCountedKind(r: Report, counted: readonly Report[]): boolean {
  if (r.kind !== "event" || !comparesPeriods(r)) return false;
  const type = r.codes?.acled?.eventType;
  const sameKind = (c: Report) =>
    (type !== undefined && c.codes?.acled?.eventType === type) || c.tags.some((t) => r.tags.includes(t));
  return counted.some((c) => c.articleId === r.articleId && c.kind === "event" && sameKind(c));
}

/** A report read over its whole sentence, not only its own clause. */
const wholeSentence = (r: Report): Report => ({ ...r, text: r.sentenceText });

/**
 * What a judgment still lacks: for each required group with no relevant report, what the
 * reporting does not address; for trends, a second period. Empty when the judgment can be made.
 *
 * `alsoFits` holds, per factor, the reports the judgment counts under another of its factors
 * that fit this one too. Such a report addresses this factor's question even though it is weighed
 * once, where it fits best: "smuggling continues through the valleys the wall has not reached"
 * counts as the wall's gaps, and still tells that smuggling goes on. A trend's periods are taken
 * from the reports counted under the group's own factors only, or from a sentence beside one of
 * them, among `companions` (the reports of the articles used), that compares two periods of the
 * counted kind of event. A group is addressed, too, by a report among `companions` that one of
 * its `addressedBy` patterns fits (`addresses`); a report one of its `notAddressedBy` patterns fits
 * does not address it, whatever factor it is counted under, unless another clause of its sentence
 * tells what the pattern's `notWords` exempt and its article does not report, negated, an event
 * of the group's factors (`deniedEvent`).
 */
export function meetsRequirement(
  requires: Requires,
  assigned: ReadonlyMap<string, readonly { report: Report }[]>,
  alsoFits: ReadonlyMap<string, readonly { report: Report }[]> = new Map(),
  companions: readonly Report[] = [],
  addresses: (p: Pattern, r: Report) => boolean = () => false,
  deniedEvent: (factors: readonly string[], r: Report) => boolean = () => false,
): string[] {
  const unmet: string[] = [];
  const reportsOf = (ids: string[]) => ids.flatMap((id) => (assigned.get(id) ?? []).map((c) => c.report));
  for (const g of requires.groups) {
    const answers = (r: Report) => {
      const aside = (g.notAddressedBy ?? []).filter((p) => addresses(p, r));
      if (aside.length === 0) return true;
      // The words that exempt a report from a pattern may stand in another clause of its
      // sentence: "armed groups charge a fee at each checkpoint, and some of them escort the
      // convoys" tells of armed escorts, a threat of a clash, in its second clause.
      if (aside.some((p) => addresses(p, wholeSentence(r)))) return false;
      // Unless its own article reports the event the group asks about as not having happened:
      // beside "no clashes between traffickers and border forces were reported", escorts named
      // by a sentence about fees tell how the trade is protected, not a clash feared.
      return !companions.some((c) => c.articleId === r.articleId && deniedEvent(g.factors, c));
    };
    const addressed =
      reportsOf(g.factors).some(answers) ||
      g.factors.some((id) => (alsoFits.get(id) ?? []).some((c) => answers(c.report)));
    const told = (g.addressedBy ?? []).some((p) => companions.some((r) => addresses(p, r)));
    if (!addressed && !told) unmet.push(`the reporting does not address ${g.about}`);
  }
  if (requires.periods && unmet.length === 0) {
    const { basis, periods } = trendBasis(requires, assigned, companions);
    if (basis.length === 0)
      unmet.push(
        `a trend needs reporting from ${requires.periods} periods to compare, and the sources give ${periods === 0 ? "no dated period" : "one"}`,
      );
  }
  return unmet;
}

/**
 * The reports a trend judgment's comparison rests on: the sentences that compare two periods of
 * the counted kind of event ("31 operations in December, against 18 in November"), else the dated
 * reports whose half-years give the periods. Empty when the reporting gives no comparison;
 * `periods` is how many recent dated periods the counted reports cover. The basis, not every
 * report counted, tells how far the change over time can be trusted: a tally over two months in a
 * group's own newsletter is the group's word, however well the latest attack is sourced.
 */
export function trendBasis(
  requires: Pick<Requires, "groups" | "periods">,
  assigned: ReadonlyMap<string, readonly { report: Report }[]>,
  companions: readonly Report[] = [],
): { basis: Report[]; periods: number } {
  const reports = requires.groups
    .flatMap((g) => g.factors)
    .flatMap((id) => (assigned.get(id) ?? []).map((c) => c.report));
  // A tally to date ("more than 200 attacks since January") counts from its start to now: its
  // start is no period of its own, and it gives no earlier term to set the latest events against.
  const dated = reports.filter((r) => r.ownDate && r.date && !r.toDate);
  const periods = recentPeriods(dated.map((r) => r.date ?? ""));
  const comparing = [
    ...reports.filter((r) => comparesPeriods(r)),
    ...companions.filter((r) => comparesCountedKind(r, reports)),
  ];
  if (comparing.length > 0) return { basis: comparing, periods: periods.size };
  const needed = requires.periods ?? 2;
  if (periods.size < needed) return { basis: [], periods: periods.size };
  return { basis: dated.filter((r) => periods.has(halfYear(r.date ?? ""))), periods: periods.size };
}
