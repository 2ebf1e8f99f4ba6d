/**
 * Prints a plain-text table: the header, a rule, the rows, and, when `totalRow` is set, a rule
 * before the last row (an overall line).
 */
export function printTable(header: string[], rows: string[][], totalRow = true): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const rule = line(widths.map((w) => "-".repeat(w)));
  console.log(line(header));
  console.log(rule);
  const body = totalRow ? rows.slice(0, -1) : rows;
  for (const r of body) console.log(line(r));
  if (totalRow) {
    console.log(rule);
    console.log(line(rows[rows.length - 1] ?? []));
  }
}
