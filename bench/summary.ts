/** The headline table of `npm run bench`: each figure, its ratio to the floor and to the peer, and the target. */
type Results = Record<string, unknown>;

const get = (o: unknown, ...keys: string[]): number | undefined => {
  let v: unknown = o;
  for (const k of keys) v = v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
};
const fmt = (n: number | undefined, unit = "") => (n === undefined ? "–" : `${Math.round(n)}${unit}`);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? "–" : `${(a / b).toFixed(2)}×`;

export function summaryTable(r: Results): string[] {
  const floor = get(r.print, "medianMs", "floor");
  const peer = get(r.print, "medianMs", "peer");
  const row = (name: string, ms: number | undefined, target: string) =>
    `| ${name} | ${fmt(ms, " ms")} | ${ratio(ms, floor)} | ${ratio(ms, peer)} | ${target} |`;
  const c1 = get(r.http, "c1", "perSecond");
  const c2 = get(r.http, "c2", "perSecond");
  const lines = [
    "| variant | median | vs floor | vs peer | target |",
    "| --- | --- | --- | --- | --- |",
    row("floor: warm browser, page per print (`newPage`, `setContent`, `pdf`, `close`)", floor, "1.00×"),
    row("naive: a browser launched per print", get(r.print, "medianMs", "naive"), "≥ 4× ours over HTTP"),
    row(
      "naive as tutorials write it: @sparticuz/chromium's README launch, `setContent` to `networkidle0`",
      get(r.print, "medianMs", "naiveTutorial"),
      "",
    ),
    row("peer: jsreport chrome-pdf, chrome-pool", peer, ""),
    row(
      "ours, print step alone (warm page, fonts from memory)",
      get(r.print, "medianMs", "oursPrint"),
      "≤ 0.55× floor",
    ),
    row("ours, in-process (facts to stored PDF)", get(r.inProcess, "medianMs"), "≤ 0.65× floor"),
    row("ours over HTTP, c=1 p50", get(r.http, "c1", "p50Ms"), "≤ 0.75× floor, ≤ 0.6× peer"),
    row("ours over HTTP, c=2 p50", get(r.http, "c2", "p50Ms"), ""),
    row("ours over HTTP, c=4 p50", get(r.http, "c4", "p50Ms"), ""),
    "",
    "| figure | value | target |",
    "| --- | --- | --- |",
    `| naive / ours over HTTP (c=1) | ${ratio(get(r.print, "medianMs", "naive"), get(r.http, "c1", "p50Ms"))} | ≥ 4× |`,
    `| naive as tutorials write it / ours over HTTP (c=1) | ${ratio(get(r.print, "medianMs", "naiveTutorial"), get(r.http, "c1", "p50Ms"))} | |`,
    `| throughput c=2 / c=1 | ${ratio(c2, c1)} (${c1 ?? "–"} → ${c2 ?? "–"} /s) | ≥ 1.7× |`,
    `| p95 at c=1, 2, 4 | ${["c1", "c2", "c4"].map((c) => fmt(get(r.http, c, "p95Ms"), " ms")).join(", ")} | bounded |`,
    `| peak RSS, server + Chromium, c=4 | ${fmt(get(r.http, "c4", "peakRssMb"), " MB")} | < 700 MB |`,
    `| peak PSS, server + Chromium, c=4 (shared pages split, not summed per process) | ${fmt(get(r.http, "c4", "peakPssMb"), " MB")} | |`,
    `| cold start of the bundle, Chromium unpacked | ${fmt(get(r.coldStart, "bundle", "chromiumUnpacked", "firstPdfStoredMs"), " ms")} | ≤ 1200 ms |`,
    `| the same, the function's CPU time to the first stored PDF (steadier than wall time on a shared machine) | ${fmt(get(r.coldStart, "bundle", "chromiumUnpacked", "firstPdfStoredCpuMs"), " ms")} | |`,
    `| cold start of the bundle, new sandbox (Chromium shipped unpacked in the layer; --brotli measures the old unpack) | ${fmt(get(r.coldStart, "bundle", "chromiumUnpackedFirst", "firstPdfStoredMs"), " ms")} | ≤ 2200 ms |`,
    `| composition CPU (worker task): reference article briefed again (texts' readings kept, as the HTTP bench repeats it) / corpus articles' first briefing / their second | ${fmt(get(r.compose, "warmMs"), " ms")} / ${fmt(get(r.compose, "corpusColdMs"), " ms")} / ${fmt(get(r.compose, "corpusAgainMs"), " ms")} | |`,
    `| PDF bytes (stored) | ${fmt(get(r.inProcess, "pdfBytes") ?? get(r.http, "pdfBytes"))} | ≤ 250000 |`,
    `| HTML bytes: inlined fonts → ours | ${fmt(get(r.print, "htmlBytes", "inlineFonts"))} → ${fmt(get(r.print, "htmlBytes", "ours"))} | |`,
    "",
  ];
  return lines;
}
