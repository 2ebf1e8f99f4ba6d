const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2025-01-14" -> "14 January 2025"; partial dates keep their precision ("December 2024"). */
export function formatDate(iso: string): string {
  if (iso === "ongoing") return "ongoing";
  const [range, until] = iso.split("/");
  if (until) return `${formatDate(range ?? "")} – ${formatDate(until)}`;
  const [y, m, d] = (range ?? "").split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
