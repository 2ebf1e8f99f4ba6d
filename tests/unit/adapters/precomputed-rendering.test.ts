import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Feature, Geometry, MultiLineString } from "geojson";
import { feature, mesh } from "topojson-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  BOUNDS_FILE,
  baseLayersFileFor,
  boundsFileFor,
  LAYERS_FILE,
  loadGeography,
} from "../../../src/adapters/templates/geography.js";
import {
  HandlebarsRenderer,
  loadCompilerIfNeeded,
} from "../../../src/adapters/templates/handlebars-renderer.js";
import {
  COMPILE_OPTIONS,
  PRECOMPILED_FILE,
  type PrecompiledTemplates,
  precompileTemplates,
  sourceHash,
} from "../../../src/adapters/templates/precompiled-templates.js";
import {
  loadThemes,
  PARSED_THEMES_FILE,
  parsedThemesJson,
  ThemeDefinitionError,
} from "../../../src/adapters/templates/theme-folder.js";
import type { Geography } from "../../../src/adapters/templates/view/map.js";
import { baseLayerKey, drawMap } from "../../../src/adapters/templates/view/map.js";
import type { BriefingDocument, ThemeCatalog } from "../../../src/core/ports.js";
import { assess } from "../../../src/core/themes/assess.js";
import { Theme } from "../../../src/core/themes/theme.js";
import { corpusText } from "../../support/corpus.js";
import { sourceDocument } from "../../support/themes.js";

/**
 * What `npm run build` computes ahead for a cold start (scripts/build-lambda.ts): the templates
 * compiled to JavaScript and the atlas's bounds. Used, they must print exactly what the work done
 * at start-up prints; stale, they must be ignored.
 */
const TEMPLATES = path.resolve(import.meta.dirname, "../../../templates");
const ATLAS = createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");
const AT = new Date("2025-01-15T00:00:00Z");

let work: string;
let themes: ThemeCatalog;
let geography: Geography;
const reference = () =>
  sourceDocument("Iraq fortifies its Syrian border", corpusText(), "Reuters", "2025-01-14");

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "precomputed-"));
  themes = await loadThemes(TEMPLATES);
  geography = await loadGeography();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function docFor(themeId: string): BriefingDocument {
  const theme = themes.get(themeId);
  if (!theme) throw new Error(`no theme ${themeId}`);
  const sources = [reference()];
  return {
    id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
    theme,
    assessment: assess(theme, sources, AT),
    sources,
    generatedAt: AT,
    changes: null,
  };
}

const rendererAt = (root: string, geo = geography) =>
  HandlebarsRenderer.load(
    root,
    themes.list().map((t) => t.id),
    "/* fonts */",
    { dissemination: { marking: "UNCLASSIFIED", handling: "Test." }, geography: geo },
  );

/** A copy of the shipped templates with the build's precompiled file beside them. */
async function builtTemplates(name: string): Promise<{ root: string; file: PrecompiledTemplates }> {
  const root = path.join(work, name);
  await cp(TEMPLATES, root, { recursive: true });
  const file = await precompileTemplates(root);
  await writeFile(path.join(root, PRECOMPILED_FILE), JSON.stringify(file));
  return { root, file };
}

describe("templates precompiled at build time", () => {
  it("render every theme's briefing, header and footer exactly as templates compiled at start-up", async () => {
    const { root, file } = await builtTemplates("same");
    // Every layout, partial and theme briefing has its spec.
    const bluf = await readFile(path.join(TEMPLATES, "partials/bluf.hbs"), "utf8");
    expect(Object.keys(file.specs)).toContain(sourceHash(bluf));
    // The options as the renderer states them, not as Handlebars filled them in while compiling:
    // a cold start, which has compiled nothing, compares them with its own.
    expect(file.options).toEqual({ strict: true, noEscape: false });
    expect(JSON.parse(await readFile(path.join(root, PRECOMPILED_FILE), "utf8")).options).toEqual(
      COMPILE_OPTIONS,
    );
    const atStartUp = await rendererAt(TEMPLATES);
    const precompiled = await rendererAt(root);
    for (const theme of themes.list()) {
      const doc = docFor(theme.id);
      const expected = atStartUp.render(doc);
      expect(expected.html.length, theme.id).toBeGreaterThan(10_000);
      expect(precompiled.render(doc), theme.id).toEqual(expected);
    }
  });

  it("are what the renderer runs: a spec in the file is the template that prints", async () => {
    const { root, file } = await builtTemplates("used");
    const bluf = await readFile(path.join(root, "partials/bluf.hbs"), "utf8");
    // The file's spec for the BLUF partial swapped for one that prints a marker instead.
    const swapped = (await precompileTemplates(await markerTemplates())).specs;
    file.specs[sourceHash(bluf)] = Object.values(swapped).find((s) => s.includes("PRECOMPILED-MARKER")) ?? "";
    await writeFile(path.join(root, PRECOMPILED_FILE), JSON.stringify(file));
    const { html } = (await rendererAt(root)).render(docFor("isis-prison-escape"));
    expect(html).toContain("PRECOMPILED-MARKER");
  });

  it("are ignored for a template edited after the build, and when another Handlebars compiled them", async () => {
    const { root, file } = await builtTemplates("stale");
    const blufFile = path.join(root, "partials/bluf.hbs");
    await writeFile(blufFile, `${await readFile(blufFile, "utf8")}<p>EDITED-AFTER-BUILD</p>`);
    expect((await rendererAt(root)).render(docFor("isis-prison-escape")).html).toContain(
      "EDITED-AFTER-BUILD",
    );

    // Every spec replaced by a marker, but the file says another Handlebars made them.
    const marker = Object.values((await precompileTemplates(await markerTemplates())).specs).find((s) =>
      s.includes("PRECOMPILED-MARKER"),
    );
    const foreign = {
      ...file,
      handlebars: "0.0.1",
      specs: Object.fromEntries(Object.keys(file.specs).map((k) => [k, marker])),
    };
    await writeFile(path.join(root, PRECOMPILED_FILE), JSON.stringify(foreign));
    expect((await rendererAt(root)).render(docFor("isis-prison-escape")).html).not.toContain(
      "PRECOMPILED-MARKER",
    );
  });
});

describe("themes validated at build time", () => {
  it("are taken as the build parsed them while their files are unchanged, and validated again once edited", async () => {
    const root = path.join(work, "themes-built");
    await cp(TEMPLATES, root, { recursive: true });
    await writeFile(path.join(root, PARSED_THEMES_FILE), await parsedThemesJson(root));
    const validate = vi.spyOn(Theme, "safeParse");
    try {
      const built = await loadThemes(root);
      expect(validate).not.toHaveBeenCalled();
      expect(built.list()).toEqual(themes.list());
      expect(built.list().length).toBeGreaterThanOrEqual(5);

      // One definition edited after the build: that one is parsed and validated, the others not.
      const file = path.join(root, "themes/isis-prison-escape/theme.json");
      const edited = JSON.parse(await readFile(file, "utf8")) as { title: string };
      edited.title = `${edited.title} (edited after the build)`;
      await writeFile(file, JSON.stringify(edited));
      const again = await loadThemes(root);
      expect(validate).toHaveBeenCalledTimes(1);
      expect(again.get("isis-prison-escape")?.title).toContain("(edited after the build)");

      // An edit that breaks the definition stops the start, whatever the build had parsed.
      await writeFile(file, JSON.stringify({ ...edited, judgments: "none" }));
      await expect(loadThemes(root)).rejects.toBeInstanceOf(ThemeDefinitionError);
    } finally {
      validate.mockRestore();
    }
  });
});

describe("the Handlebars compiler at start-up", () => {
  it("is not loaded when every template has its spec, and compiles the one that has none", async () => {
    const sources = ["<p>{{a}}</p>", "<b>{{b}}</b>"];
    const all = new Map(sources.map((s) => [sourceHash(s), "{}"]));
    expect(await loadCompilerIfNeeded(sources, all)).toBeUndefined();
    const precompile = await loadCompilerIfNeeded(sources, new Map([[sourceHash(sources[0] ?? ""), "{}"]]));
    expect(precompile).toBeTypeOf("function");
    const spec = precompile?.("<b>{{b}}</b>", COMPILE_OPTIONS) ?? "";
    expect(spec).toContain("compiler");
    const Handlebars = (await import("handlebars/runtime")).default;
    const template = Handlebars.template(new Function(`return ${spec}`)());
    expect(template({ b: "<x>" })).toBe("<b>&lt;x&gt;</b>");
  });
});

/** A template folder whose one partial prints a marker, to take a spec from. */
async function markerTemplates(): Promise<string> {
  const root = await mkdtemp(path.join(work, "marker-"));
  await cp(TEMPLATES, root, { recursive: true });
  await writeFile(path.join(root, "partials/bluf.hbs"), "<p>PRECOMPILED-MARKER</p>");
  return root;
}

describe("the atlas's bounds computed at build time", () => {
  it("draw the same map as bounds computed on the first map, and are read only beside their own atlas", async () => {
    const assets = path.join(work, "assets");
    await cp(ATLAS, path.join(assets, "countries-50m.json"), { recursive: true });
    await writeFile(path.join(assets, BOUNDS_FILE), await boundsFileFor(ATLAS));
    const built = await loadGeography(assets);
    expect(built.bounds?.countries).toHaveLength(geography.countries.features.length);
    expect(built.bounds?.borders).toHaveLength(geography.borders.coordinates.length);
    expect(geography.bounds).toBeUndefined();
    const map = {
      bbox: [36, 31, 46, 38] as [number, number, number, number],
      focus: ["Syria", "Iraq"],
      markers: [],
    };
    expect(drawMap({ ...map, geography: built }).svg).toBe(drawMap({ ...map, geography }).svg);
    // And the whole briefing prints the same with them.
    const doc = docFor("isis-prison-escape");
    expect((await rendererAt(TEMPLATES, built)).render(doc)).toEqual(
      (await rendererAt(TEMPLATES)).render(doc),
    );

    // Bounds of another atlas (here: one country fewer) are not used.
    const atlas = JSON.parse(await readFile(ATLAS, "utf8"));
    atlas.objects.countries.geometries.pop();
    await writeFile(path.join(assets, "countries-50m.json"), JSON.stringify(atlas));
    expect((await loadGeography(assets)).bounds).toBeUndefined();
  });
});

describe("the map frames drawn at build time", () => {
  const frames = () => themes.list().map((t) => t.region);

  it("hold every theme's frame, and print every theme's briefing as a map drawn at its first use", async () => {
    const assets = path.join(work, "layers-assets");
    await cp(ATLAS, path.join(assets, "countries-50m.json"), { recursive: true });
    await writeFile(path.join(assets, LAYERS_FILE), await baseLayersFileFor(ATLAS, frames()));
    const built = await loadGeography(assets);
    expect([...(built.layers?.keys() ?? [])].sort()).toEqual(
      [...new Set(frames().map((f) => baseLayerKey(f.bbox, f.focus)))].sort(),
    );
    expect(geography.layers).toBeUndefined();
    for (const theme of themes.list()) {
      // A fresh copy of the atlas each time: base layers are cached per geography object.
      const drawnAtFirstUse = await loadGeography();
      const doc = docFor(theme.id);
      expect((await rendererAt(TEMPLATES, built)).render(doc)).toEqual(
        (await rendererAt(TEMPLATES, drawnAtFirstUse)).render(doc),
      );
    }
    // Markers are drawn over a stored layer as over a drawn one, clear of its country names.
    const map = firstFrameMap({ corner: true });
    const fresh = await loadGeography();
    expect(drawMap({ ...map, geography: built }).svg).toBe(drawMap({ ...map, geography: fresh }).svg);
  });

  it("are what the map prints, and are read only beside their own atlas", async () => {
    const assets = path.join(work, "layers-stale");
    await cp(ATLAS, path.join(assets, "countries-50m.json"), { recursive: true });
    const region = themes.list()[0]?.region;
    if (!region) throw new Error("no theme");
    const file = JSON.parse(await baseLayersFileFor(ATLAS, [region]));
    const key = baseLayerKey(region.bbox, region.focus);
    // A stored layer marked as such shows in the map: the map took it rather than drawing its own.
    file.layers[key].graticule = '<path class="stored-marker"/>';
    await writeFile(path.join(assets, LAYERS_FILE), JSON.stringify(file));
    const map = { bbox: region.bbox, focus: region.focus, markers: [] };
    expect(drawMap({ ...map, geography: await loadGeography(assets) }).svg).toContain("stored-marker");

    // Layers of another atlas (here: one country fewer) are not used.
    const atlas = JSON.parse(await readFile(ATLAS, "utf8"));
    atlas.objects.countries.geometries.pop();
    await writeFile(path.join(assets, "countries-50m.json"), JSON.stringify(atlas));
    const other = await loadGeography(assets);
    expect(other.layers).toBeUndefined();
    expect(drawMap({ ...map, geography: other }).svg).not.toContain("stored-marker");
  });
});

describe("the atlas at a cold start", () => {
  it("is not decoded for a map of a frame the build drew, and decodes as before when a shape is read", async () => {
    const assets = path.join(work, "lazy-assets");
    await cp(ATLAS, path.join(assets, "countries-50m.json"), { recursive: true });
    const frames = themes.list().map((t) => t.region);
    await writeFile(path.join(assets, BOUNDS_FILE), await boundsFileFor(ATLAS));
    await writeFile(path.join(assets, LAYERS_FILE), await baseLayersFileFor(ATLAS, frames));
    const map = firstFrameMap({ corner: false });
    const text = await readFile(ATLAS, "utf8");
    const parse = vi.spyOn(JSON, "parse");
    let svg: string;
    let names: string[];
    try {
      const built = await loadGeography(assets);
      svg = drawMap({ ...map, geography: built }).svg;
      names = built.countries.features.map((f) => f.properties.name);
      // Neither the atlas's JSON was parsed nor a shape decoded for the names and the built frame.
      expect(parse.mock.calls.filter(([t]) => t === text)).toHaveLength(0);
    } finally {
      parse.mockRestore();
    }
    // The same map, the same names, as from the atlas decoded whole.
    expect(svg).toBe(drawMap({ ...map, geography: await loadGeography() }).svg);
    const topology = JSON.parse(text);
    const whole = feature(topology, topology.objects.countries) as unknown as {
      features: Feature<Geometry, { name: string }>[];
    };
    expect(names).toEqual(whole.features.map((f) => f.properties.name));
    // A shape read is the shape the atlas holds, as are the borders and the bounds.
    const built = await loadGeography(assets);
    const i = names.indexOf("Syria");
    expect(built.countries.features[i]?.geometry).toEqual(whole.features[i]?.geometry);
    expect(built.countries.features[i]?.id).toEqual(whole.features[i]?.id);
    const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString;
    expect(built.borders).toEqual(borders);
    expect(built.bounds?.borders).toHaveLength(borders.coordinates.length);
  });
});

/**
 * The first theme's frame with a place marker in its middle and, with `corner`, a facility marker
 * just inside its north-west corner.
 */
function firstFrameMap({ corner }: { corner: boolean }) {
  const region = themes.list()[0]?.region;
  if (!region) throw new Error("no theme");
  const [w, s, e, n] = region.bbox;
  const middle = {
    name: "Middle",
    kind: "place" as const,
    coordinates: [(w + e) / 2, (s + n) / 2] as [number, number],
  };
  const nearCorner = {
    name: "Corner",
    kind: "facility" as const,
    coordinates: [w + 0.5, n - 0.5] as [number, number],
  };
  return { bbox: region.bbox, focus: region.focus, markers: corner ? [middle, nearCorner] : [middle] };
}
