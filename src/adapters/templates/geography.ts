import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Feature, FeatureCollection, Geometry, MultiLineString } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import {
  type Geography,
  type GeographyBounds,
  geographyBounds,
  type MapInput,
  type StoredBaseLayer,
  storedBaseLayers,
} from "./view/map.js";

const require = createRequire(import.meta.url);

const ATLAS_FILE = "countries-50m.json";
/** The atlas's bounds computed by the build (`npm run build`), beside the atlas in the assets folder. */
export const BOUNDS_FILE = "countries-50m.bounds.json";

/**
 * The base layers of every theme's map frame, drawn by the build beside the atlas: a cold start's
 * first map of a region draws only its markers instead of projecting and clipping coastlines.
 */
export const LAYERS_FILE = "countries-50m.layers.json";

interface LayersFile {
  /** sha256 of the atlas the layers were drawn from: another atlas ignores them. */
  atlas: string;
  layers: Record<string, StoredBaseLayer>;
}

interface BoundsFile extends GeographyBounds {
  /** sha256 of the atlas the bounds were computed from: another atlas ignores them. */
  atlas: string;
  /** The countries' names in the atlas's order: a cold start needs no more of the atlas for a built frame. */
  names?: string[];
}

const atlasHash = (text: string) => createHash("sha256").update(text).digest("hex");

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function parseAtlas(text: string): Omit<Geography, "bounds"> {
  const topology = JSON.parse(text) as Atlas;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString;
  return { countries, borders };
}

type CountryFeature = Feature<Geometry, { name: string }>;

/**
 * The atlas as parseAtlas gives it, decoded only as far as it is used: a country's shape when its
 * geometry is first read, the shared borders when they are first read, and the atlas's JSON only
 * when either is (given its country names, as the build's bounds file has them; otherwise they
 * are read from the atlas at once). A map whose frame the build drew (the base layers) reads only
 * the names: decoding every country and meshing the borders was a tenth of a second of a cold
 * start spent on shapes no briefing of a built frame draws.
 */
export function lazyAtlas(text: string, knownNames?: readonly string[]): Omit<Geography, "bounds"> {
  let topology: Atlas | undefined;
  const atlas = () => {
    topology ??= JSON.parse(text) as Atlas;
    return topology;
  };
  const geometries = () => atlas().objects.countries.geometries;
  const nameOf = (g: { properties?: { name: string } | object } | undefined) =>
    g?.properties && "name" in g.properties ? g.properties.name : undefined;
  const names = knownNames ?? geometries().map((g) => nameOf(g) ?? "");
  const features = names.map((name, i): CountryFeature => {
    let decoded: CountryFeature | undefined;
    const shape = () => {
      const g = geometries()[i];
      if (!g || nameOf(g) !== name) throw new Error(`the atlas has no country ${i} named ${name}`);
      decoded ??= feature(atlas(), g) as CountryFeature;
      return decoded;
    };
    return {
      type: "Feature",
      properties: { name },
      get id() {
        return shape().id;
      },
      get geometry() {
        return shape().geometry;
      },
    };
  });
  let borders: MultiLineString | undefined;
  return {
    countries: { type: "FeatureCollection", features },
    get borders() {
      borders ??= mesh(atlas(), atlas().objects.countries, (a, b) => a !== b) as MultiLineString;
      return borders;
    },
  };
}

/**
 * A file the build wrote beside the atlas, when it was made from this atlas (`atlas`, its sha256);
 * undefined when it is missing, unreadable or from another atlas.
 */
async function readBuilt<T extends { atlas: string }>(
  assetsDir: string,
  name: string,
  atlas: string,
): Promise<T | undefined> {
  try {
    const file = JSON.parse(await readFile(path.join(assetsDir, name), "utf8")) as T;
    return file.atlas === atlas ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The country names of a bounds file, when it has one for each country it bounds. */
function namesOf(file: BoundsFile | undefined): string[] | undefined {
  const names = file?.names;
  const fits =
    Array.isArray(names) &&
    names.length === file?.countries?.length &&
    names.every((n) => typeof n === "string");
  return fits ? names : undefined;
}

/**
 * The geography with the build's bounds and base layers. The bounds are checked against the
 * atlas (one per country and border line) when first read, which decodes the borders: only a map
 * of a frame the build did not draw reads them.
 */
function withBuilt(
  geography: Omit<Geography, "bounds">,
  file: BoundsFile | undefined,
  layers: ReadonlyMap<string, StoredBaseLayer> | undefined,
): Geography {
  let bounds: GeographyBounds | undefined;
  let checked = !file;
  const built: Geography = {
    countries: geography.countries,
    get borders() {
      return geography.borders;
    },
    get bounds() {
      if (!checked && file) {
        checked = true;
        const fits =
          file.countries?.length === geography.countries.features.length &&
          file.borders?.length === geography.borders.coordinates.length;
        bounds = fits ? { countries: file.countries, borders: file.borders } : undefined;
      }
      return bounds;
    },
  };
  if (layers) built.layers = layers;
  return built;
}

async function readLayers(
  assetsDir: string,
  atlas: string,
): Promise<ReadonlyMap<string, StoredBaseLayer> | undefined> {
  const file = await readBuilt<LayersFile>(assetsDir, LAYERS_FILE, atlas);
  if (typeof file?.layers !== "object" || !file.layers) return undefined;
  return new Map(Object.entries(file.layers));
}

/**
 * Natural Earth 1:50m countries (world-atlas), as GeoJSON country shapes and shared borders,
 * decoded as far as they are used (lazyAtlas).
 */
export async function loadGeography(assetsDir?: string): Promise<Geography> {
  // A bundle without node_modules (Lambda) ships the file in its assets folder.
  const file = assetsDir ? path.join(assetsDir, ATLAS_FILE) : require.resolve(`world-atlas/${ATLAS_FILE}`);
  const text = await readFile(file, "utf8");
  if (!assetsDir) return withBuilt(lazyAtlas(text), undefined, undefined);
  // The atlas is hashed once for both files the build wrote beside it.
  const atlas = atlasHash(text);
  const [bounds, layers] = await Promise.all([
    readBuilt<BoundsFile>(assetsDir, BOUNDS_FILE, atlas),
    readLayers(assetsDir, atlas),
  ]);
  return withBuilt(lazyAtlas(text, namesOf(bounds)), bounds, layers);
}

/**
 * The build's step: the base layers of these map frames (every theme's region) drawn over the
 * atlas at `atlasFile`, as JSON. They are drawn by the code they ship with, so they are the same
 * strings a first map would draw; a frame not among them is drawn at its first map as before.
 */
export async function baseLayersFileFor(
  atlasFile: string,
  frames: readonly { bbox: MapInput["bbox"]; focus: readonly string[] }[],
): Promise<string> {
  const text = await readFile(atlasFile, "utf8");
  const geography = parseAtlas(text);
  const file: LayersFile = {
    atlas: atlasHash(text),
    layers: storedBaseLayers({ ...geography, bounds: geographyBounds(geography) }, frames),
  };
  return JSON.stringify(file);
}

/** The build's step: the bounds file for the atlas at `atlasFile`, as JSON. */
export async function boundsFileFor(atlasFile: string): Promise<string> {
  const text = await readFile(atlasFile, "utf8");
  const geography = parseAtlas(text);
  const file: BoundsFile = {
    atlas: atlasHash(text),
    ...geographyBounds(geography),
    names: geography.countries.features.map((f) => f.properties.name),
  };
  return JSON.stringify(file);
}
