import { ICD_203_SCALE } from "../../core/themes/estimative-scale.js";

/**
 * Each judgment's probability across a schedule's runs, drawn on the server as SVG with the bands
 * of the ICD 203 scale behind it. Pure: numbers in, markup out. Presentation attributes only (no
 * <style>, no inline style), so it passes a strict Content-Security-Policy in the desk and prints
 * the same in the PDF.
 */

export interface ChartRun {
  /** Shown under the x axis, e.g. "14 Jan". */
  label: string;
}

export interface ChartSeries {
  id: string;
  label: string;
  /** One value per run, 0–1; null where that run made no judgment. */
  values: (number | null)[];
}

export interface ProbabilityChartInput {
  runs: ChartRun[];
  series: ChartSeries[];
  /** The accessible name, also drawn as the <title>. */
  title?: string;
  width?: number;
}

const COLOURS = ["#1f4e79", "#b3470c", "#2e6b30", "#6a1b9a", "#8a1c2b", "#005f73"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2"];
const MARKERS = ["circle", "square", "diamond", "triangle", "circle", "square"] as const;

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);
const f1 = (x: number) => x.toFixed(1);
const pct = (p: number) => `${Math.round(p * 100)}%`;

function marker(kind: (typeof MARKERS)[number], x: number, y: number, colour: string): string {
  const r = 3.2;
  if (kind === "circle") return `<circle cx="${f1(x)}" cy="${f1(y)}" r="${r}" fill="${colour}"/>`;
  if (kind === "square")
    return `<rect x="${f1(x - r)}" y="${f1(y - r)}" width="${2 * r}" height="${2 * r}" fill="${colour}"/>`;
  if (kind === "diamond")
    return `<path d="M${f1(x)} ${f1(y - r - 1)}L${f1(x + r + 1)} ${f1(y)}L${f1(x)} ${f1(y + r + 1)}L${f1(x - r - 1)} ${f1(y)}Z" fill="${colour}"/>`;
  return `<path d="M${f1(x)} ${f1(y - r - 1)}L${f1(x + r + 1)} ${f1(y + r)}L${f1(x - r - 1)} ${f1(y + r)}Z" fill="${colour}"/>`;
}

/** The chart as an SVG string; null when there is nothing to draw (no runs or no series). */
export function probabilityChart(input: ProbabilityChartInput): string | null {
  const { runs, series } = input;
  if (runs.length === 0 || series.length === 0) return null;
  const width = input.width ?? 640;
  const left = 44;
  const bandLabelW = 118;
  const right = width - bandLabelW;
  const top = 12;
  const plotH = 180;
  const bottom = top + plotH;
  const legendTop = bottom + 34;
  const legendRow = 16;
  const height = legendTop + series.length * legendRow + 4;
  const x = (i: number) =>
    runs.length === 1 ? (left + right) / 2 : left + 14 + (i * (right - left - 28)) / (runs.length - 1);
  const y = (p: number) => bottom - Math.min(1, Math.max(0, p)) * plotH;
  const title = input.title ?? "Probability of each judgment across runs";

  const bands = ICD_203_SCALE.map((b, i) => {
    const lo = i === 0 ? 0 : b.min;
    const hi = i === ICD_203_SCALE.length - 1 ? 1 : b.max;
    const y1 = y(hi);
    const h = y(lo) - y1;
    const fill = i % 2 === 0 ? "#eef2f7" : "#f8f9fb";
    const labelY = y1 + h / 2 + 3.5;
    // The narrow bands (5-point) have no room for their name beside every other band's.
    return [
      `<rect x="${left}" y="${f1(y1)}" width="${f1(right - left)}" height="${f1(h)}" fill="${fill}"/>`,
      `<text x="${right + 6}" y="${f1(labelY)}" font-size="9" fill="#3d4650">${esc(b.term)}</text>`,
    ].join("");
  });
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map(
    (p) =>
      `<line x1="${left - 4}" y1="${f1(y(p))}" x2="${left}" y2="${f1(y(p))}" stroke="#5b6570"/>` +
      `<text x="${left - 7}" y="${f1(y(p) + 3.5)}" font-size="9" fill="#3d4650" text-anchor="end">${pct(p)}</text>`,
  );
  const every = Math.max(1, Math.ceil(runs.length / 10));
  const xLabels = runs.map((r, i) =>
    i % every === 0 || i === runs.length - 1
      ? `<line x1="${f1(x(i))}" y1="${bottom}" x2="${f1(x(i))}" y2="${bottom + 4}" stroke="#5b6570"/>` +
        `<text x="${f1(x(i))}" y="${bottom + 15}" font-size="9" fill="#3d4650" text-anchor="middle">${esc(shorten(r.label, 14))}</text>`
      : "",
  );
  const lines = series.map((s, k) => {
    const colour = COLOURS[k % COLOURS.length] ?? "#1f4e79";
    const dash = DASHES[k % DASHES.length] ?? "";
    const kind = MARKERS[k % MARKERS.length] ?? "circle";
    // A run without a judgment breaks the line rather than joining across it.
    const segments: string[] = [];
    let open = false;
    s.values.slice(0, runs.length).forEach((v, i) => {
      if (v === null) {
        open = false;
        return;
      }
      segments.push(`${open ? "L" : "M"}${f1(x(i))} ${f1(y(v))}`);
      open = true;
    });
    const points = s.values
      .slice(0, runs.length)
      .map((v, i) =>
        v === null
          ? ""
          : `<g>${marker(kind, x(i), y(v), colour)}<title>${esc(`${s.label}: ${pct(v)} (${runs[i]?.label ?? ""})`)}</title></g>`,
      );
    return [
      segments.length > 1
        ? `<path d="${segments.join("")}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`
        : "",
      ...points,
    ].join("");
  });
  const legend = series.map((s, k) => {
    const colour = COLOURS[k % COLOURS.length] ?? "#1f4e79";
    const dash = DASHES[k % DASHES.length] ?? "";
    const kind = MARKERS[k % MARKERS.length] ?? "circle";
    const ly = legendTop + k * legendRow;
    const last = [...s.values].reverse().find((v) => v !== null);
    return (
      `<line x1="${left}" y1="${ly}" x2="${left + 22}" y2="${ly}" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>` +
      marker(kind, left + 11, ly, colour) +
      `<text x="${left + 30}" y="${ly + 3.5}" font-size="9.5" fill="#1d232a">${esc(shorten(s.label, 92))}${last != null ? ` — now ${pct(last)}` : " — no judgment"}</text>`
    );
  });
  const summary = series
    .map((s) => `${s.label}: ${s.values.map((v) => (v === null ? "no judgment" : pct(v))).join(", ")}`)
    .join("; ");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="probability-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}" font-family="IBM Plex Sans, sans-serif">`,
    `<title>${esc(title)}</title>`,
    `<desc>${esc(`Runs: ${runs.map((r) => r.label).join(", ")}. ${summary}. Bands: the ICD 203 likelihood scale.`)}</desc>`,
    ...bands,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#5b6570"/>`,
    `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#5b6570"/>`,
    ...ticks,
    ...xLabels,
    `<text x="12" y="${f1(top + plotH / 2)}" font-size="9.5" fill="#1d232a" text-anchor="middle" transform="rotate(-90 12 ${f1(top + plotH / 2)})">Probability</text>`,
    `<text x="${f1((left + right) / 2)}" y="${bottom + 28}" font-size="9.5" fill="#1d232a" text-anchor="middle">Run (scheduled time)</text>`,
    ...lines,
    ...legend,
    "</svg>",
  ].join("");
}
