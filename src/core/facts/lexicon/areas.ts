import type { LexiconEntry } from "./types.js";

/**
 * Extents of places that are areas, [west, south, east, north] in degrees (WGS 84), rounded:
 * enough to place "western Anbar" or "eastern Homs" in the right part of the map, not a
 * boundary. A city that names a governorate (Homs, Aleppo, Erbil) is given the governorate's
 * extent, since "eastern Homs" means the governorate's desert, not the city's east side.
 */

export type BBox = [number, number, number, number];

export const EXTENTS: Readonly<Record<string, BBox>> = {
  // Syria
  "place/hasakah": [39.9, 35.6, 42.4, 37.35],
  "place/deir-ez-zor": [39.0, 34.3, 41.4, 36.0],
  "place/raqqa": [38.0, 35.1, 40.0, 36.75],
  "place/aleppo": [36.5, 35.6, 38.8, 36.85],
  "place/idlib": [36.15, 35.4, 36.95, 36.3],
  "place/hama": [36.2, 34.8, 38.4, 35.6],
  "place/homs": [36.3, 33.3, 40.6, 35.2],
  "place/latakia": [35.7, 35.25, 36.25, 35.95],
  "place/tartus": [35.85, 34.6, 36.35, 35.2],
  "place/rif-dimashq": [35.9, 32.9, 38.8, 34.3],
  "place/daraa": [35.95, 32.3, 36.55, 33.15],
  "place/sweida": [36.3, 32.3, 37.3, 33.1],
  "place/quneitra": [35.7, 32.75, 36.0, 33.35],
  // Iraq
  "place/anbar": [38.8, 31.0, 44.0, 35.0],
  "place/nineveh": [41.2, 35.0, 44.2, 37.1],
  "place/salahuddin": [42.6, 33.6, 44.9, 35.6],
  "place/kirkuk": [43.3, 34.8, 44.9, 35.9],
  "place/diyala": [44.3, 33.0, 46.1, 35.1],
  "place/baghdad": [43.9, 32.9, 44.9, 33.75],
  "place/babil": [44.0, 32.1, 45.0, 33.1],
  "place/wasit": [44.5, 31.9, 46.6, 33.5],
  "place/erbil": [43.3, 35.6, 45.1, 37.3],
  "place/duhok": [42.4, 36.4, 44.3, 37.4],
  "place/sulaymaniyah": [44.6, 34.6, 46.3, 36.5],
  "place/basra": [46.4, 29.1, 48.6, 31.3],
  "place/karbala": [42.9, 32.3, 44.3, 33.0],
  "place/najaf": [42.3, 29.9, 44.8, 32.3],
  // Regions
  "place/syrian-desert": [36.8, 32.3, 41.0, 35.6],
  "place/northeast-syria": [38.0, 34.4, 42.4, 37.35],
  "place/southern-syria": [35.7, 32.3, 37.3, 33.4],
  "place/northern-iraq": [41.5, 34.5, 46.3, 37.4],
  "place/southern-iraq": [44.0, 29.0, 48.6, 32.5],
  "place/kurdistan-region": [42.4, 34.6, 46.4, 37.4],
  "place/anbar-desert": [38.8, 31.0, 43.0, 34.0],
  "place/hamrin": [43.8, 34.0, 45.2, 35.0],
  "place/jabal-al-bishri": [38.4, 35.1, 39.5, 35.8],
  "place/abu-rajmin": [38.2, 34.6, 38.9, 35.0],
  "place/qara-chokh": [43.3, 35.6, 43.8, 36.1],
  "place/homs-desert": [37.0, 33.8, 39.5, 35.0],
  "place/qalamoun": [36.2, 33.6, 37.0, 34.4],
  "place/golan": [35.6, 32.65, 35.95, 33.35],
  "place/garmiyan": [44.5, 34.2, 45.6, 35.2],
  "place/wadi-hauran": [39.5, 33.1, 42.8, 34.1],
  "place/qarachogh": [43.3, 35.6, 43.6, 36.1],
};

export const DIRECTIONS = [
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "central",
] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** "eastern", "north-eastern", "northeast", "central" → the direction; anything else → null. */
export function directionOf(word: string): Direction | null {
  const w = word.toLowerCase().replace(/-/g, "").replace(/ern$/, "");
  return (DIRECTIONS as readonly string[]).includes(w) ? (w as Direction) : null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The part of an extent a direction names: the half (or centre) of the box on that side. */
export function partOf(box: BBox, direction: Direction): BBox {
  const [w, s, e, n] = box;
  const midX = (w + e) / 2;
  const midY = (s + n) / 2;
  let [pw, ps, pe, pn] = box;
  if (direction.includes("north")) ps = midY;
  if (direction.includes("south")) pn = midY;
  if (direction.includes("east")) pw = midX;
  if (direction.includes("west")) pe = midX;
  if (direction === "central")
    [pw, ps, pe, pn] = [(w + midX) / 2, (s + midY) / 2, (e + midX) / 2, (n + midY) / 2];
  return [round(pw), round(ps), round(pe), round(pn)];
}

export const centreOf = (b: BBox): [number, number] => [round((b[0] + b[2]) / 2), round((b[1] + b[3]) / 2)];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ADJECTIVE: Record<Direction, string> = {
  north: "northern",
  south: "southern",
  east: "eastern",
  west: "western",
  northeast: "northeastern",
  northwest: "northwestern",
  southeast: "southeastern",
  southwest: "southwestern",
  central: "central",
};

/**
 * The entry for a part of a place ("eastern Homs"): a region of its own, with the id
 * `<place id>/<direction>`, a point at the centre of that part, and the place's country.
 */
export function partEntry(entry: LexiconEntry, direction: Direction): LexiconEntry {
  const box = EXTENTS[entry.id];
  const coordinates = box ? centreOf(partOf(box, direction)) : entry.coordinates;
  const affiliation = entry.kind === "country" ? entry.name : entry.affiliation;
  return {
    id: `${entry.id}/${direction}`,
    type: "place",
    kind: "region",
    name: `${capitalize(ADJECTIVE[direction])} ${entry.name}`,
    aliases: [],
    ...(coordinates ? { coordinates } : {}),
    ...(affiliation ? { affiliation } : {}),
  };
}

/** The extent of a part entry, or of an entry itself. */
export function extentOf(id: string): BBox | undefined {
  const slash = id.lastIndexOf("/");
  const direction = directionOf(id.slice(slash + 1));
  const base = direction ? EXTENTS[id.slice(0, slash)] : undefined;
  return base && direction ? partOf(base, direction) : EXTENTS[id];
}
