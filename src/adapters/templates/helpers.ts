import type { HelperDelegate } from "handlebars";
import Handlebars from "handlebars";

/** Citation markers: [3] or [3, 5]; the numbers are ours, so the markup is safe. */
const cites: HelperDelegate = (numbers: unknown) => {
  const list = (Array.isArray(numbers) ? numbers : [numbers]).filter(
    (n): n is number => typeof n === "number",
  );
  if (list.length === 0) return "";
  const links = list.map((n) => `<a class="cite" href="#ev-${n}">${n}</a>`).join(", ");
  return new Handlebars.SafeString(`<sup class="cites">[${links}]</sup>`);
};

export const HELPERS: Record<string, HelperDelegate> = {
  cites,
  eq: (a: unknown, b: unknown) => a === b,
  join: (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : "",
  count: (list: unknown) => (Array.isArray(list) ? list.length : 0),
  lonlat: (c: unknown) =>
    Array.isArray(c) && c.length === 2
      ? `${Math.abs(Number(c[1])).toFixed(2)}°${Number(c[1]) >= 0 ? "N" : "S"} ${Math.abs(Number(c[0])).toFixed(2)}°${Number(c[0]) >= 0 ? "E" : "W"}`
      : "—",
};
