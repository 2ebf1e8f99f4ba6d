import { type GeoPermissibleObjects, geoBounds, geoConicConformal, geoGraticule, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiLineString } from "geojson";

/**
 * The locations map, drawn offline as SVG: country shapes and borders from Natural Earth
 * (world-atlas), the places and facilities of the facts marked and labelled. Pure: the
 * geography comes in as data, the SVG goes out as a string.
 */
export interface Geography {
  countries: FeatureCollection<Geometry, { name: string }>;
  /** Borders between countries, drawn once each. */
  borders: MultiLineString;
  /**
   * The bounds of each country and border line, by index, when computed ahead (the build does:
   * geography.ts); otherwise each is computed on the first map that needs it.
   */
  bounds?: GeographyBounds;
  /**
   * Base layers drawn ahead (the build draws every theme's region: geography.ts), by
   * baseLayerKey; a map whose frame is among them draws only its markers.
   */
  layers?: ReadonlyMap<string, StoredBaseLayer>;
}

/**
 * A base layer as the build stores it: the drawn strings and what the markers keep clear of,
 * without the projection (a function, and cheap to make again from the frame).
 */
export interface StoredBaseLayer {
  graticule: string;
  countries: string;
  borders: string;
  countryLabels: string;
  placed: Box[];
  inFrame: string[];
}

export type Bounds = [[number, number], [number, number]];

export interface GeographyBounds {
  countries: Bounds[];
  borders: Bounds[];
}

export interface MapMarker {
  name: string;
  /** An area ("northeast Syria") has no dot: its name is set in italics about its representative point. */
  kind: "place" | "facility" | "area";
  coordinates: [number, number];
}

export interface MapInput {
  geography: Geography;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  markers: MapMarker[];
  /** Countries drawn as the subject of the briefing. */
  focus: string[];
  width?: number;
  height?: number;
}

export interface DrawnMap {
  svg: string;
  /** Markers inside the frame, numbered as on the map. */
  shown: MapMarker[];
  /** Markers whose coordinates fall outside the frame. */
  outside: MapMarker[];
  /** The number each marker without room for its name carries instead, by name (the table gives the name). */
  numbered: ReadonlyMap<string, number>;
  /** Whether a position falls inside the frame. */
  contains(coordinates: [number, number]): boolean;
  /** The countries some part of which the frame shows. */
  countriesShown: ReadonlySet<string>;
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

const r1 = (n: number) => Math.round(n * 10) / 10;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Rough width of a label in the map's sans face, enough to keep labels apart. */
const textWidth = (text: string, size: number) => text.length * size * 0.55;

/** Advance widths (1/1000 em) of IBM Plex Sans Medium, U+0020 to U+007E, read from its hmtx. */
const PLEX_MEDIUM = [
  236, 299, 451, 678, 599, 947, 706, 253, 336, 336, 514, 600, 288, 401, 288, 416, 600, 600, 600, 600, 600,
  600, 600, 600, 600, 600, 308, 308, 600, 600, 600, 487, 896, 660, 659, 634, 682, 593, 570, 705, 714, 414,
  531, 660, 513, 815, 714, 711, 627, 711, 655, 599, 577, 685, 627, 926, 639, 617, 592, 324, 416, 324, 600,
  561, 600, 549, 592, 509, 592, 555, 340, 538, 580, 265, 265, 548, 285, 882, 580, 562, 592, 592, 383, 494,
  365, 580, 512, 799, 530, 514, 487, 355, 352, 355, 600,
];

/** Width of a marker label as set (kerning aside), to fit the plate behind it. */
const labelWidth = (text: string, size: number) =>
  ([...text].reduce((sum, c) => sum + (PLEX_MEDIUM[(c.codePointAt(0) ?? 0) - 32] ?? 560), 0) * size) / 1000;

/**
 * A white plate behind a marker label keeps it legible over borders and land. A stroked halo
 * (paint-order: stroke) looked alike, but Chromium prints stroked text as a Type 3 font of
 * outlined glyphs: 70 KB for a dozen labels.
 */
function plate(x: number, baseline: number, anchor: "start" | "end" | "middle", text: string, size: number) {
  const w = labelWidth(text, size) + 3;
  const left = anchor === "start" ? x - 1.5 : anchor === "end" ? x - w + 1.5 : x - w / 2;
  return `<rect class="plate" x="${r1(left)}" y="${r1(baseline - size * 0.85)}" width="${r1(w)}" height="${r1(size * 1.12)}" rx="1.5"/>`;
}

function frameOf(bbox: MapInput["bbox"]): GeoPermissibleObjects {
  const [w, s, e, n] = bbox;
  const steps = 8;
  const points: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const x = w + ((e - w) * i) / steps;
    const y = s + ((n - s) * i) / steps;
    points.push([x, s], [x, n], [w, y], [e, y]);
  }
  return { type: "MultiPoint", coordinates: points };
}

/** Borders: 3 units drawn, 1.5 left out, as `stroke-dasharray: 3 1.5` drew them. */
const BORDER_DASH: [number, number] = [3, 1.5];

/**
 * A line drawn as its dashes, each a short open subpath stroked plainly. Chromium prints an SVG
 * dash pattern as the outline of every dash, filled (a closed shape of four corners or more per
 * dash): the borders of one map were 500 such shapes, most of the map's bytes.
 */
function dashed(
  path: ReturnType<typeof geoPath>,
  shape: GeoPermissibleObjects,
  [on, off]: [number, number],
): string {
  const lines: [number, number][][] = [];
  path.context({
    moveTo: (x: number, y: number) => {
      lines.push([[x, y]]);
    },
    lineTo: (x: number, y: number) => {
      lines.at(-1)?.push([x, y]);
    },
    closePath: () => {
      const line = lines.at(-1);
      if (line?.[0]) line.push(line[0]);
    },
    arc: () => {},
  } as unknown as CanvasRenderingContext2D)(shape);
  const out: string[] = [];
  for (const line of lines) {
    // Where in the pattern the line is: [0, on) drawing, [on, on + off) a gap.
    let phase = 0;
    let dash: string[] = [];
    const flush = () => {
      if (dash.length > 1) out.push(`M${dash.join("L")}`);
      dash = [];
    };
    const at = (x: number, y: number) => `${r2(x)},${r2(y)}`;
    for (let i = 1; i < line.length; i++) {
      const [x0, y0] = line[i - 1] as [number, number];
      const [x1, y1] = line[i] as [number, number];
      const length = Math.hypot(x1 - x0, y1 - y0);
      let t = 0;
      if (phase < on && dash.length === 0) dash.push(at(x0, y0));
      while (t < length) {
        const inDash = phase < on;
        const step = Math.min((inDash ? on : on + off) - phase, length - t);
        t += step;
        phase += step;
        const x = x0 + ((x1 - x0) * t) / length;
        const y = y0 + ((y1 - y0) * t) / length;
        if (inDash) {
          dash.push(at(x, y));
          if (phase >= on) flush();
        } else if (phase >= on + off) {
          phase = 0;
          dash.push(at(x, y));
        }
      }
    }
    flush();
  }
  return out.join("");
}

const r2 = (n: number) => Math.round(n * 100) / 100;

const boundsCache = new WeakMap<object, Bounds>();

/** Bounds of a shape, computed once per shape: the geography is shared by every render. */
function boundsOf(key: object, shape: () => GeoPermissibleObjects): Bounds {
  let b = boundsCache.get(key);
  if (!b) {
    b = geoBounds(shape()) as Bounds;
    boundsCache.set(key, b);
  }
  return b;
}

const lineString = (line: [number, number][] | number[][]): GeoPermissibleObjects => ({
  type: "LineString",
  coordinates: line,
});

/**
 * Every country's and border line's bounds, as drawMap computes them: what the build writes so
 * that a cold start skips the spherical bounds of 240 coastlines (a quarter of a second).
 */
export function geographyBounds(geography: Omit<Geography, "bounds">): GeographyBounds {
  return {
    countries: geography.countries.features.map((f) => geoBounds(f) as Bounds),
    borders: geography.borders.coordinates.map((line) => geoBounds(lineString(line)) as Bounds),
  };
}

/** Whether a shape can show in the frame: projecting and clipping the world costs ~0.3 s a map. */
function near(b: Bounds, bbox: MapInput["bbox"], margin = 5): boolean {
  const [[w, s], [e, n]] = b;
  if (w > e) return true; // crosses the antimeridian; keep it rather than reason about it
  return w <= bbox[2] + margin && e >= bbox[0] - margin && s <= bbox[3] + margin && n >= bbox[1] - margin;
}

/** [west, south, east, north] in degrees: the part of the world a frame can show, with a margin. */
type Window = [number, number, number, number];

/**
 * The longitudes and latitudes a frame shows: its edges carried back through the projection,
 * widened by a margin that also covers the bulge of a great-circle edge between two cut points.
 */
export function windowOf(
  projection: ReturnType<typeof geoConicConformal>,
  width: number,
  height: number,
): Window | undefined {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    for (const [x, y] of [
      [(width * i) / steps, 0],
      [(width * i) / steps, height],
      [0, (height * i) / steps],
      [width, (height * i) / steps],
    ] as const) {
      const p = projection.invert?.([x, y]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return undefined;
      w = Math.min(w, p[0]);
      e = Math.max(e, p[0]);
      s = Math.min(s, p[1]);
      n = Math.max(n, p[1]);
    }
  }
  const margin = Math.max(2, (e - w) * 0.15, (n - s) * 0.15);
  if (w - margin < -180 || e + margin > 180 || s - margin < -85 || n + margin > 85) return undefined;
  return [w - margin, s - margin, e + margin, n + margin];
}

type Ring = number[][];

/** One ring cut to the window (Sutherland–Hodgman, edge by edge), closed again; [] when nothing is left. */
export function cutRing(ring: Ring, [w, s, e, n]: Window): Ring {
  const edges: [(p: number[]) => boolean, (a: number[], b: number[]) => number[]][] = [
    [(p) => (p[0] ?? 0) >= w, (a, b) => at(a, b, 0, w)],
    [(p) => (p[0] ?? 0) <= e, (a, b) => at(a, b, 0, e)],
    [(p) => (p[1] ?? 0) >= s, (a, b) => at(a, b, 1, s)],
    [(p) => (p[1] ?? 0) <= n, (a, b) => at(a, b, 1, n)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    if (points.length === 0) break;
    const out: number[][] = [];
    for (let i = 0; i < points.length; i++) {
      const cur = points[i] as number[];
      const prev = points[(i + points.length - 1) % points.length] as number[];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    }
    points = out;
  }
  return points.length >= 3 ? [...points, points[0] as number[]] : [];
}

/** Where segment a–b meets the line where coordinate `axis` equals `v`. */
function at(a: number[], b: number[], axis: 0 | 1, v: number): number[] {
  const a0 = a[axis] ?? 0;
  const t = (v - a0) / ((b[axis] ?? 0) - a0);
  const other = axis === 0 ? 1 : 0;
  const o = (a[other] ?? 0) + t * ((b[other] ?? 0) - (a[other] ?? 0));
  return axis === 0 ? [v, o] : [o, v];
}

/**
 * A country's shape cut to the part of the world the frame shows, before it is projected:
 * projecting, resampling and clipping the whole coastline of every neighbour was most of the
 * cost of a new map. What the frame shows is unchanged: the cut runs outside it, in the margin.
 */
function cutToWindow(f: Feature<Geometry, { name: string }>, window: Window | undefined) {
  if (!window) return f;
  const polygons =
    f.geometry.type === "Polygon"
      ? [f.geometry.coordinates]
      : f.geometry.type === "MultiPolygon"
        ? f.geometry.coordinates
        : undefined;
  if (!polygons) return f;
  const kept: Ring[][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map((ring) => cutRing(ring, window));
    if (!outer || outer.length === 0) continue;
    kept.push([outer, ...holes.filter((h) => h.length > 0)]);
  }
  return { ...f, geometry: { type: "MultiPolygon" as const, coordinates: kept } };
}

function niceDistance(km: number): number {
  const steps = [25, 50, 100, 150, 200, 250, 300, 500];
  return steps.reduce((best, s) => (s <= km ? s : best), steps[0] ?? 100);
}

/** What a map of one extent draws whatever its markers: projection, land, borders, graticule, country names. */
interface BaseLayer {
  projection: ReturnType<typeof geoConicConformal>;
  graticule: string;
  countries: string;
  borders: string;
  countryLabels: string;
  /** Where the country names sit, so marker labels keep clear of them. */
  placed: readonly Box[];
  /** The countries some part of which the frame shows. */
  inFrame: ReadonlySet<string>;
}

/** Base layers per geography and extent: projecting and clipping the coastlines is most of a map's cost. */
const baseLayers = new WeakMap<Geography, Map<string, BaseLayer>>();
const MAX_EXTENTS = 32;

/** A map's size unless its input says otherwise (the briefing's map). */
export const MAP_WIDTH = 680;
export const MAP_HEIGHT = 400;

/** What a base layer depends on besides its geography: the frame, the focus and the size. */
export function baseLayerKey(
  bbox: MapInput["bbox"],
  focus: readonly string[],
  width = MAP_WIDTH,
  height = MAP_HEIGHT,
): string {
  return JSON.stringify([bbox, [...focus].sort(), width, height]);
}

function baseLayer(input: MapInput, width: number, height: number): BaseLayer {
  const key = baseLayerKey(input.bbox, input.focus, width, height);
  let cache = baseLayers.get(input.geography);
  if (!cache) {
    cache = new Map();
    baseLayers.set(input.geography, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const stored = input.geography.layers?.get(key);
  const layer: BaseLayer = stored
    ? { ...stored, projection: projectionOf(input.bbox, width, height), inFrame: new Set(stored.inFrame) }
    : drawBaseLayer(input, width, height);
  // Oldest first out: a Map iterates in insertion order.
  if (cache.size >= MAX_EXTENTS) cache.delete(cache.keys().next().value as string);
  cache.set(key, layer);
  return layer;
}

/** The frame's projection: a conic fitted to the box, clipped to the map. */
function projectionOf(bbox: MapInput["bbox"], width: number, height: number) {
  const [west, south, east, north] = bbox;
  return geoConicConformal()
    .parallels([south + (north - south) / 4, north - (north - south) / 4])
    .rotate([-(west + east) / 2, 0])
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      frameOf(bbox),
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

function drawBaseLayer(input: MapInput, width: number, height: number): BaseLayer {
  const [west, south, east, north] = input.bbox;
  const projection = projectionOf(input.bbox, width, height);
  const path = geoPath(projection);
  const focus = new Set(input.focus);

  const known = input.geography.bounds;
  const window = windowOf(projection, width, height);
  const features = input.geography.countries.features
    .filter((f, i) => near(known?.countries[i] ?? boundsOf(f, () => f), input.bbox))
    .map((f) => cutToWindow(f, window));
  const inFrame = new Set<string>();
  const countries = features
    .map((f: Feature<Geometry, { name: string }>) => {
      const d = path(f);
      if (!d) return "";
      inFrame.add(f.properties.name);
      return `<path class="${focus.has(f.properties.name) ? "land focus" : "land"}" d="${d}"/>`;
    })
    .join("");
  const borders = dashed(
    geoPath(projection),
    {
      type: "MultiLineString",
      coordinates: input.geography.borders.coordinates.filter((line, i) =>
        near(known?.borders[i] ?? boundsOf(line, () => lineString(line)), input.bbox),
      ),
    },
    BORDER_DASH,
  );
  const graticule =
    path(
      geoGraticule()
        .extent([
          [west - 10, south - 10],
          [east + 10, north + 10],
        ])
        .step([2, 2])(),
    ) ?? "";

  const placed: Box[] = [];
  const countryLabels = features
    .map((f) => {
      const [x, y] = path.centroid(f);
      const area = path.area(f);
      if (!Number.isFinite(x) || !Number.isFinite(y) || area < 2500) return "";
      const size = focus.has(f.properties.name) ? 13 : 10;
      const label = f.properties.name.toUpperCase();
      const w = textWidth(label, size) * 1.25;
      const box = { x: x - w / 2, y: y - size, w, h: size * 1.2 };
      if (box.x < 4 || box.x + box.w > width - 4 || box.y < 4 || box.y + box.h > height - 4) return "";
      placed.push(box);
      return `<text class="country${focus.has(f.properties.name) ? " focus" : ""}" x="${r1(x)}" y="${r1(y)}" font-size="${size}">${escapeXml(label)}</text>`;
    })
    .join("");

  return { projection, graticule, countries, borders, countryLabels, placed, inFrame };
}

/**
 * The base layers of these frames (the build's step, geography.ts), drawn at the map's default
 * size, keyed as a map looks them up.
 */
export function storedBaseLayers(
  geography: Omit<Geography, "layers">,
  frames: readonly { bbox: MapInput["bbox"]; focus: readonly string[] }[],
): Record<string, StoredBaseLayer> {
  const out: Record<string, StoredBaseLayer> = {};
  for (const { bbox, focus } of frames) {
    const input = { geography, bbox, focus: [...focus], markers: [] };
    const drawn = drawBaseLayer(input, MAP_WIDTH, MAP_HEIGHT);
    out[baseLayerKey(bbox, focus)] = {
      graticule: drawn.graticule,
      countries: drawn.countries,
      borders: drawn.borders,
      countryLabels: drawn.countryLabels,
      placed: [...drawn.placed],
      inFrame: [...drawn.inFrame],
    };
  }
  return out;
}

export function drawMap(input: MapInput): DrawnMap {
  const width = input.width ?? MAP_WIDTH;
  const height = input.height ?? MAP_HEIGHT;
  const [west, south, east, north] = input.bbox;
  const base = baseLayer(input, width, height);
  const { projection, graticule, countries, borders, countryLabels } = base;
  const placed: Box[] = [...base.placed];
  const shown: MapMarker[] = [];
  const outside: MapMarker[] = [];
  const markers: string[] = [];
  const labels: string[] = [];
  const numbered = new Map<string, number>();
  const contains = (c: [number, number]) => {
    const p = projection(c);
    return Boolean(p && p[0] >= 3 && p[0] <= width - 3 && p[1] >= 3 && p[1] <= height - 3);
  };
  for (const m of input.markers) {
    const p = projection(m.coordinates);
    if (!p || !contains(m.coordinates)) {
      outside.push(m);
      continue;
    }
    shown.push(m);
    if (m.kind === "area") continue;
    const [x, y] = p;
    markers.push(
      m.kind === "facility"
        ? `<rect class="marker facility" x="${r1(x - 4)}" y="${r1(y - 4)}" width="8" height="8"/>`
        : `<circle class="marker place" cx="${r1(x)}" cy="${r1(y)}" r="3.6"/>`,
    );
    placed.push({ x: x - 5, y: y - 5, w: 10, h: 10 });
  }
  // Points are named first, then areas, whose names may move about their point.
  const order = [...shown.keys()].sort(
    (a, b) => Number(shown[a]?.kind === "area") - Number(shown[b]?.kind === "area"),
  );
  for (const i of order) {
    const m = shown[i];
    const p = m && projection(m.coordinates);
    if (!m || !p) continue;
    const [x, y] = p;
    const area = m.kind === "area";
    const size = 9.5;
    const w = textWidth(m.name, size);
    const candidates: [number, number, "start" | "end" | "middle"][] = area
      ? [
          [x, y + 3.5, "middle"],
          [x, y - 8, "middle"],
          [x, y + 15, "middle"],
          [x + w / 3, y + 3.5, "middle"],
          [x - w / 3, y + 3.5, "middle"],
        ]
      : [
          [x + 7, y + 3.5, "start"],
          [x - 7, y + 3.5, "end"],
          [x, y - 8, "middle"],
          [x, y + 15, "middle"],
          [x + 6, y - 6, "start"],
          [x - 6, y + 12, "end"],
        ];
    const boxFor = ([lx, ly, anchor]: (typeof candidates)[number]): Box => ({
      x: anchor === "start" ? lx : anchor === "end" ? lx - w : lx - w / 2,
      y: ly - size,
      w,
      h: size * 1.25,
    });
    const fits = (b: Box) => b.x >= 2 && b.x + b.w <= width - 2 && b.y >= 2 && b.y + b.h <= height - 2;
    const choice = candidates.find((c) => fits(boxFor(c)) && !placed.some((b) => overlaps(b, boxFor(c))));
    // An area with no room for its name is left to the table: a number with no dot marks nothing.
    if (!choice && area) continue;
    if (!choice) {
      // No room for the name: the number ties the marker to its row of the locations table.
      numbered.set(m.name, i + 1);
      labels.push(
        plate(x + 6, y - 5, "start", String(i + 1), size),
        `<text class="label num" x="${r1(x + 6)}" y="${r1(y - 5)}">${i + 1}</text>`,
      );
      continue;
    }
    placed.push(boxFor(choice));
    labels.push(
      plate(choice[0], choice[1], choice[2], m.name, size),
      `<text class="label${area ? " area" : ""}" x="${r1(choice[0])}" y="${r1(choice[1])}" text-anchor="${choice[2]}">${escapeXml(m.name)}</text>`,
    );
  }

  // Scale bar at the map's middle latitude.
  const midLat = (south + north) / 2;
  const a = projection([(west + east) / 2, midLat]);
  const b = projection([(west + east) / 2 + 1, midLat]);
  let scale = "";
  if (a && b) {
    const kmPerDegree = 111.32 * Math.cos((midLat * Math.PI) / 180);
    const pxPerKm = Math.hypot(b[0] - a[0], b[1] - a[1]) / kmPerDegree;
    const km = niceDistance((width * 0.18) / pxPerKm);
    const len = km * pxPerKm;
    const y0 = height - 14;
    scale = `<g class="scale"><rect x="12" y="${r1(y0 - 12)}" width="${r1(len + 16)}" height="22" class="scale-bg"/><line x1="20" y1="${y0}" x2="${r1(20 + len)}" y2="${y0}"/><line x1="20" y1="${y0 - 4}" x2="20" y2="${y0}"/><line x1="${r1(20 + len)}" y1="${y0 - 4}" x2="${r1(20 + len)}" y2="${y0}"/><text x="${r1(20 + len / 2)}" y="${y0 - 3}" text-anchor="middle">${km} km</text></g>`;
  }

  const style = `
    .sea{fill:#e8eef5}.grat{fill:none;stroke:#d3dce7;stroke-width:.5}
    .land{fill:#f4f1ea;stroke:none}.land.focus{fill:#e6dfcf}
    .borders{fill:none;stroke:#8c8576;stroke-width:.8}
    .country{font-family:'IBM Plex Sans',sans-serif;fill:#9a927f;letter-spacing:.18em;text-anchor:middle;font-weight:500}
    .country.focus{fill:#7a715c;font-weight:600}
    .marker{stroke:#fff;stroke-width:1.2}.place{fill:#1c2b45}.facility{fill:#8a1c1c}
    .label{font-family:'IBM Plex Sans',sans-serif;font-size:9.5px;fill:#1b1f27;font-weight:500}.label.area{font-family:'Source Serif 4',serif;font-style:italic;font-weight:400;font-size:10.5px;fill:#3d4a60;letter-spacing:.03em}.plate{fill:#fff;fill-opacity:.82}
    .scale line{stroke:#1b1f27;stroke-width:1}.scale text{font-family:'IBM Plex Sans',sans-serif;font-size:8px;fill:#1b1f27}
    .scale-bg{fill:#fff;fill-opacity:.75}.frame{fill:none;stroke:#1c2b45;stroke-width:1}`;

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="Map of the places in the reporting"><style>${style}</style><rect class="sea" width="${width}" height="${height}"/><path class="grat" d="${graticule}"/>${countries}<path class="borders" d="${borders}"/>${countryLabels}${markers.join("")}${labels.join("")}${scale}<rect class="frame" x=".5" y=".5" width="${width - 1}" height="${height - 1}"/></svg>`;
  return { svg, shown, outside, numbered, contains, countriesShown: base.inFrame };
}
