import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { FeatureCollection, Geometry, MultiLineString } from "geojson";
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
}

const atlasHash = (text: string) => createHash("sha256").update(text).digest("hex");

function parseAtlas(text: string): Omit<Geography, "bounds"> {
  const topology = JSON.parse(text) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString;
  return { countries, borders };
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

async function readBounds(
  assetsDir: string,
  atlas: string,
  geography: Omit<Geography, "bounds">,
): Promise<GeographyBounds | undefined> {
  const file = await readBuilt<BoundsFile>(assetsDir, BOUNDS_FILE, atlas);
  const fits =
    file?.countries?.length === geography.countries.features.length &&
    file.borders?.length === geography.borders.coordinates.length;
  return fits ? { countries: file.countries, borders: file.borders } : undefined;
}

async function readLayers(
  assetsDir: string,
  atlas: string,
): Promise<ReadonlyMap<string, StoredBaseLayer> | undefined> {
  const file = await readBuilt<LayersFile>(assetsDir, LAYERS_FILE, atlas);
  if (typeof file?.layers !== "object" || !file.layers) return undefined;
  return new Map(Object.entries(file.layers));
}

/** Natural Earth 1:50m countries (world-atlas), as GeoJSON country shapes and shared borders. */
export async function loadGeography(assetsDir?: string): Promise<Geography> {
  // A bundle without node_modules (Lambda) ships the file in its assets folder.
  const file = assetsDir ? path.join(assetsDir, ATLAS_FILE) : require.resolve(`world-atlas/${ATLAS_FILE}`);
  const text = await readFile(file, "utf8");
  const geography = parseAtlas(text);
  if (!assetsDir) return geography;
  // The atlas is hashed once for both files the build wrote beside it.
  const atlas = atlasHash(text);
  const [bounds, layers] = await Promise.all([
    readBounds(assetsDir, atlas, geography),
    readLayers(assetsDir, atlas),
  ]);
  return { ...geography, ...(bounds ? { bounds } : {}), ...(layers ? { layers } : {}) };
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
  const file: BoundsFile = { atlas: atlasHash(text), ...geographyBounds(parseAtlas(text)) };
  return JSON.stringify(file);
}
