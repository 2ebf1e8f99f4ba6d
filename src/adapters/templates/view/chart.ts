/** Small SVG charts for the briefing: they are our own markup, built from numbers only. */

export interface EffectBar {
  label: string;
  /** Signed shift in log-odds: drivers positive, mitigators negative. */
  effect: number;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** A label in at most two lines of `width` characters, broken between words; the rest shortened. */
export function wrapLabel(label: string, width: number): string[] {
  if (label.length <= width) return [label];
  const words = label.split(/\s+/);
  let first = "";
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= width)
    first = `${first} ${words.shift()}`.trim();
  if (!first) return [shorten(label, width)];
  return [first, shorten(words.join(" "), width)];
}

/**
 * One judgment's factor effects as a diverging bar chart: mitigators to the left of the axis,
 * drivers to the right, in the log-odds units of the method table, so the reader sees at a glance
 * what moved the judgment. Factors with no effect are left out.
 */
export function effectChart(bars: EffectBar[], scale = 1.5): string | null {
  const shown = bars.filter((b) => Math.abs(b.effect) >= 0.005);
  if (shown.length === 0) return null;
  const lineH = 10;
  const labelW = 210;
  const plotW = 180;
  const top = 14;
  const labels = shown.map((b) => wrapLabel(b.label, 44));
  // A row is one bar high, taller when its label takes two lines.
  const rowHs = labels.map((l) => 15 + (l.length - 1) * lineH);
  const height = top + rowHs.reduce((a, h) => a + h, 0) + 14;
  const width = labelW + plotW + 34;
  const axis = labelW + plotW / 2;
  const max = Math.max(scale, ...shown.map((b) => Math.abs(b.effect)));
  const px = (v: number) => (Math.abs(v) / max) * (plotW / 2);
  let y = top;
  const rows = shown.map((b, i) => {
    const rowH = rowHs[i] ?? 15;
    const lines = labels[i] ?? [b.label];
    const w = Math.max(1, px(b.effect));
    const x = b.effect >= 0 ? axis : axis - w;
    const cls = b.effect >= 0 ? "up" : "down";
    const value = `${b.effect >= 0 ? "+" : "−"}${Math.abs(b.effect).toFixed(2)}`;
    const vx = b.effect >= 0 ? axis + w + 3 : axis - w - 3;
    const mid = y + rowH / 2;
    const label = lines
      .map(
        (l, k) =>
          `<tspan x="${labelW - 6}" y="${(mid + 3.5 + (k - (lines.length - 1) / 2) * lineH).toFixed(1)}">${escapeXml(l)}</tspan>`,
      )
      .join("");
    const row = [
      `<text class="lbl" text-anchor="end">${label}</text>`,
      `<rect class="${cls}" x="${x.toFixed(1)}" y="${(mid - 5).toFixed(1)}" width="${w.toFixed(1)}" height="10"/>`,
      `<text class="val" x="${vx.toFixed(1)}" y="${(mid + 3.5).toFixed(1)}" text-anchor="${b.effect >= 0 ? "start" : "end"}">${value}</text>`,
    ].join("");
    y += rowH;
    return row;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="effect-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Factor effects in log-odds: mitigators left, drivers right">`,
    `<text class="hd" x="${axis - 4}" y="9" text-anchor="end">← lowers</text>`,
    `<text class="hd" x="${axis + 4}" y="9">raises →</text>`,
    ...rows,
    `<line class="axis" x1="${axis}" y1="${top - 2}" x2="${axis}" y2="${height - 12}"/>`,
    `<text class="hd" x="${axis}" y="${height - 2}" text-anchor="middle">log-odds shift from the base rate</text>`,
    "</svg>",
  ].join("");
}
