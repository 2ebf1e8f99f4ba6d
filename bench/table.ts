/**
 * Prints a plain-text table: the header, a rule, the rows, and a rule before the last `footer`
 * rows (an overall line, a target line).
 */
export function printTable(header: string[], rows: string[][], footer = 1): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const rule = line(widths.map((w) => "-".repeat(w)));
  console.log(line(header));
  console.log(rule);
  for (const r of rows.slice(0, rows.length - footer)) console.log(line(r));
  if (footer > 0) {
    console.log(rule);
    for (const r of rows.slice(rows.length - footer)) console.log(line(r));
  }
}
