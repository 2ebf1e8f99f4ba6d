import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { FeatureCollection, Geometry, MultiLineString } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Geography } from "./view/map.js";

const require = createRequire(import.meta.url);

/** Natural Earth 1:50m countries (world-atlas), as GeoJSON country shapes and shared borders. */
export async function loadGeography(assetsDir?: string): Promise<Geography> {
  // A bundle without node_modules (Lambda) ships the file in its assets folder.
  const file = assetsDir
    ? path.join(assetsDir, "countries-50m.json")
    : require.resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(await readFile(file, "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString;
  return { countries, borders };
}
