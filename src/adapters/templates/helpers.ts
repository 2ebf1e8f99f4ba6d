import type { HelperDelegate } from "handlebars";
// The runtime alone: SafeString and escaping need no compiler (see handlebars-renderer.ts).
import Handlebars from "handlebars/runtime";

/** Runs of three or more consecutive numbers as ranges: [1, 2, 3, 5] → [[1, 3], [5, 5]]. */
function citationRuns(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else if (!last || n !== last[1]) runs.push([n, n]);
  }
  // A run of two stays two numbers ("4, 5"), as a reader writes it.
  return runs.flatMap(([a, b]): [number, number][] =>
    b === a + 1
      ? [
          [a, a],
          [b, b],
        ]
      : [[a, b]],
  );
}

/** Citation markers: [3], [3, 5] or [1–4, 7] (runs of three or more as ranges); the numbers are ours, so the markup is safe. */
const cites: HelperDelegate = (numbers: unknown) => {
  const list = (Array.isArray(numbers) ? numbers : [numbers]).filter(
    (n): n is number => typeof n === "number",
  );
  if (list.length === 0) return "";
  const link = (n: number) => `<a class="cite" href="#ev-${n}">${n}</a>`;
  const sorted = [...new Set(list)].sort((a, b) => a - b);
  const links = citationRuns(sorted)
    .map(([a, b]) => (a === b ? link(a) : `${link(a)}–${link(b)}`))
    .join(", ");
  return new Handlebars.SafeString(`<sup class="cites">[${links}]</sup>`);
};

/**
 * The explicit bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). In
 * user text they could reverse or reorder the service's own text printed after them; nothing we
 * print needs them (the marks U+200E/U+200F stay: they only nudge neutral characters).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const stripBidiControls = (text: string) => text.replace(BIDI_CONTROLS, "");

/** Every string in a view model without bidi controls; other values as they are. */
export function withoutBidiControls<T>(value: T): T {
  if (typeof value === "string") return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutBidiControls) as T;
  if (value instanceof Handlebars.SafeString) {
    return new Handlebars.SafeString(stripBidiControls(value.toString())) as T;
  }
  if (value !== null && typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBidiControls(v)])) as T;
    }
  }
  return value;
}

/** Runs of more than this many characters without a space get break opportunities... */
const LONG_RUN = 32;
/** ...every this many characters (grapheme clusters, so no letter loses its marks). */
const RUN_PIECE = 16;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** After these a long run (a URL, a path) breaks where a reader expects it: "2026/11/20", not "2026/1 1/20". */
const NATURAL_BREAK = /(?<=[/?&=#_.-])(?=[^/?&=#_.-])/u;

/** Cuts a piece longer than RUN_PIECE graphemes every RUN_PIECE graphemes. */
function chunks(part: string): string[] {
  const pieces: string[] = [];
  let piece = "";
  let count = 0;
  for (const { segment } of graphemes.segment(part)) {
    piece += segment;
    if (++count % RUN_PIECE === 0) {
      pieces.push(piece);
      piece = "";
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Escaped text, with `<wbr>` inside runs too long to fit a table column unbroken: after a URL's
 * slashes and other separators first, and inside a piece only when it is still too long.
 */
function breakable(text: string): string {
  return text
    .split(/(\s+)/)
    .map((part) => {
      if (part.length <= LONG_RUN || /^\s/.test(part)) return Handlebars.escapeExpression(part);
      return part
        .split(NATURAL_BREAK)
        .flatMap((piece) => (piece.length > RUN_PIECE ? chunks(piece) : [piece]))
        .map((piece) => Handlebars.escapeExpression(piece))
        .join("<wbr>");
    })
    .join("");
}

/**
 * User text (titles, outlets, names, quotes): escaped, without bidi controls, isolated in
 * `<bdi>` so its direction cannot reorder the text around it, and breakable inside very long
 * words so it wraps instead of widening a table. `{{user name 300}}` also cuts it to 300
 * characters with an ellipsis, for a table that lists it beside others.
 */
const user: HelperDelegate = (...args: unknown[]) => {
  const [value, max] = args.length > 2 ? args : [args[0], undefined];
  if (value === null || value === undefined || value === "") return "";
  let text = stripBidiControls(String(value));
  if (typeof max === "number" && max > 0 && text.length > max) {
    const kept = [...graphemes.segment(text)].map((g) => g.segment);
    if (kept.length > max) text = `${kept.slice(0, max).join("")}…`;
  }
  return new Handlebars.SafeString(`<bdi>${breakable(text)}</bdi>`);
};

/**
 * Its arguments joined as one quoted CSS string, for `content:` in the page's margin boxes: every
 * character but letters, digits, spaces and a few marks is written as a hexadecimal escape, so
 * no text can close the string, the rule or the `<style>` element (`<` is never written as is).
 */
const cssString: HelperDelegate = (...args: unknown[]) => {
  // The last argument is Handlebars' options object.
  const parts = args.slice(0, -1).filter((v) => v !== null && v !== undefined);
  const text = stripBidiControls(parts.map(String).join(""));
  const escaped = [...text]
    .map((ch) => (/^[A-Za-z0-9 .,:;!?()'-]$/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0).toString(16)} `))
    .join("");
  return new Handlebars.SafeString(`"${escaped}"`);
};

export const HELPERS: Record<string, HelperDelegate> = {
  cites,
  user,
  cssString,
  eq: (a: unknown, b: unknown) => a === b,
  join: (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : "",
  count: (list: unknown) => (Array.isArray(list) ? list.length : 0),
  lonlat: (c: unknown) =>
    Array.isArray(c) && c.length === 2
      ? `${Math.abs(Number(c[1])).toFixed(2)}°${Number(c[1]) >= 0 ? "N" : "S"} ${Math.abs(Number(c[0])).toFixed(2)}°${Number(c[0]) >= 0 ? "E" : "W"}`
      : "—",
};
