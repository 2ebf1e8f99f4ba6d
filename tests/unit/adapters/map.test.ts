import { geoConicConformal } from "d3-geo";
import { describe, expect, it } from "vitest";
import { loadGeography } from "../../../src/adapters/templates/geography.js";
import { cutRing, drawMap, type MapInput, windowOf } from "../../../src/adapters/templates/view/map.js";

const geography = await loadGeography();
const syria: MapInput = {
  geography,
  bbox: [36, 31, 46, 38],
  focus: ["Syria", "Iraq"],
  markers: [
    { name: "Al-Hol", kind: "facility", coordinates: [41.1, 36.4] },
    { name: "Hasakah", kind: "place", coordinates: [40.7, 36.5] },
    { name: "Kabul", kind: "place", coordinates: [69.2, 34.5] },
  ],
};

describe("drawMap", () => {
  it("draws a map of an extent it drew before from its cached base layer, with this map's own markers", () => {
    const first = drawMap(syria);
    expect(first.shown.map((m) => m.name)).toEqual(["Al-Hol", "Hasakah"]);
    expect(first.outside.map((m) => m.name)).toEqual(["Kabul"]);
    // The focus is a set: naming it in another order is the same extent.
    const again = drawMap({ ...syria, focus: ["Iraq", "Syria"] });
    expect(again.svg).toBe(first.svg);
    const fewer = drawMap({ ...syria, markers: syria.markers.slice(0, 1) });
    expect(fewer.svg).not.toContain("Hasakah");
    expect(fewer.svg).toContain("Al-Hol");
    // The land and borders are the same drawing; only the markers differ.
    const land = (svg: string) => svg.slice(0, svg.indexOf('<rect class="marker'));
    expect(land(fewer.svg)).toBe(land(first.svg));
  });

  it("numbers a marker with no room for its name, and says which, so the table can name it", () => {
    // Five places within a few kilometres of one another: not every name fits beside its marker.
    const crowded = drawMap({
      ...syria,
      markers: ["Ghwayran prison", "Hasakah", "Al-Zuhur", "Ghwayran", "Nashwa"].map((name, i) => ({
        name,
        kind: "place" as const,
        coordinates: [40.74 + i * 0.005, 36.49 + i * 0.003] as [number, number],
      })),
    });
    expect(crowded.numbered.size).toBeGreaterThan(0);
    for (const [name, n] of crowded.numbered) {
      expect(crowded.shown[n - 1]?.name).toBe(name);
      expect(crowded.svg).toContain(`>${n}</text>`);
    }
    expect(drawMap(syria).numbered.size).toBe(0);
  });

  it("names an area in italics with no marker, after the points, and leaves it to the table when there is no room", () => {
    const withArea = drawMap({
      ...syria,
      markers: [...syria.markers, { name: "Northeast Syria", kind: "area", coordinates: [40.5, 36.3] }],
    });
    expect(withArea.shown.map((m) => m.name)).toEqual(["Al-Hol", "Hasakah", "Northeast Syria"]);
    // Two markers (Al-Hol's square, Hasakah's dot), none for the area; its name has the area's class.
    expect(withArea.svg.match(/class="marker /g)).toHaveLength(2);
    expect(withArea.svg).toMatch(/<text class="label area"[^>]*>Northeast Syria<\/text>/);
    // The points keep the places they had without the area.
    const labelOf = (svg: string, name: string) =>
      new RegExp(`<text class="label"[^>]*>${name}</text>`).exec(svg)?.[0];
    expect(labelOf(withArea.svg, "Hasakah")).toBe(labelOf(drawMap(syria).svg, "Hasakah"));
    // Crowded out: no name and no number; a number with no dot would mark nothing.
    const crowded = drawMap({
      ...syria,
      markers: [
        ...["Ghwayran prison", "Hasakah", "Al-Zuhur", "Ghwayran", "Nashwa", "Al-Nashwa"].map((name, i) => ({
          name,
          kind: "place" as const,
          coordinates: [40.74 + (i % 3) * 0.03, 36.49 + Math.floor(i / 3) * 0.03] as [number, number],
        })),
        { name: "Hasakah countryside with a long name", kind: "area" as const, coordinates: [40.77, 36.505] },
      ],
    });
    expect(crowded.svg).not.toContain("Hasakah countryside with a long name");
    expect(crowded.numbered.has("Hasakah countryside with a long name")).toBe(false);
  });

  it("tells which positions and which countries the frame shows", () => {
    const drawn = drawMap(syria);
    expect(drawn.contains([41.1, 36.4])).toBe(true);
    expect(drawn.contains([-0.1, 51.5])).toBe(false);
    // Turkey's centre lies north of the frame, yet part of it shows; Britain does not.
    expect(drawn.countriesShown).toContain("Turkey");
    expect(drawn.countriesShown).toContain("Iraq");
    expect(drawn.countriesShown).not.toContain("United Kingdom");
  });

  it("draws another extent afresh", () => {
    const other = drawMap({ ...syria, bbox: [38, 33, 44, 37] });
    expect(other.svg).not.toBe(drawMap(syria).svg);
  });

  it("draws borders as their dashes and sets a plate behind each label, with no stroked text or dash pattern", () => {
    const { svg } = drawMap(syria);
    // Chromium prints an SVG dash pattern as a filled outline per dash, and stroked text as a
    // Type 3 font of outlined glyphs: neither is left for it to do.
    expect(svg).not.toMatch(/dasharray|paint-order/);
    const borders = /class="borders" d="([^"]+)"/.exec(svg)?.[1] ?? "";
    const dashes = borders.split("M").filter(Boolean);
    expect(dashes.length).toBeGreaterThan(50);
    for (const dash of dashes) {
      const points = dash.split("L").map((p) => p.split(",").map(Number) as [number, number]);
      let length = 0;
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1] as [number, number], points[i] as [number, number]];
        length += Math.hypot(b[0] - a[0], b[1] - a[1]);
      }
      // Every dash is at most the 3 units of the pattern (to the rounding of its points).
      expect(length).toBeLessThanOrEqual(3.05);
    }
    const labels = [...svg.matchAll(/<text class="label[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]+)</g)];
    const plates = [
      ...svg.matchAll(/<rect class="plate" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g),
    ];
    // Each shown marker has its label (its name, or its number where the name has no room).
    expect(labels).toHaveLength(2);
    expect(plates).toHaveLength(labels.length);
    labels.forEach((label, i) => {
      const [x, y] = [Number(label[1]), Number(label[2])];
      const [px, py, pw, ph] = (plates[i] ?? []).slice(1).map(Number) as [number, number, number, number];
      // The plate covers the baseline, the cap height and a label-width box from its start.
      expect(py).toBeLessThan(y - 6);
      expect(py + ph).toBeGreaterThan(y);
      expect(pw).toBeGreaterThan(20);
      expect(px).toBeLessThanOrEqual(x + 1);
    });
  });
});

describe("the cut of the coastlines to the frame's window", () => {
  const window: [number, number, number, number] = [0, 0, 10, 10];

  it("keeps a ring inside the window as it is, and drops one wholly outside", () => {
    const inside = [
      [1, 1],
      [5, 1],
      [5, 5],
      [1, 1],
    ];
    expect(cutRing(inside, window)).toEqual(inside);
    expect(
      cutRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        window,
      ),
    ).toEqual([]);
  });

  it("cuts a ring that crosses the window along its edges and closes it again", () => {
    const cut = cutRing(
      [
        [-5, 5],
        [5, -5],
        [15, 5],
        [5, 15],
        [-5, 5],
      ],
      window,
    );
    expect(cut[0]).toEqual(cut[cut.length - 1]);
    for (const [x, y] of cut) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
    // The diamond's edges cross each side of the square: an octagon, closed.
    expect(cut).toHaveLength(9);
  });

  it("gives a frame's window around its extent with a margin, and none for a frame near the poles or the antimeridian", () => {
    const projection = geoConicConformal()
      .parallels([32.75, 36.25])
      .rotate([-41, 0])
      .fitExtent(
        [
          [0, 0],
          [680, 400],
        ],
        {
          type: "MultiPoint",
          coordinates: [
            [36, 31],
            [46, 38],
          ],
        },
      );
    const [w, s, e, n] = windowOf(projection, 680, 400) ?? [];
    expect(w).toBeLessThan(36 - 2);
    expect(e).toBeGreaterThan(46 + 2);
    expect(s).toBeLessThan(31 - 2);
    expect(n).toBeGreaterThan(38 + 2);
    const world = geoConicConformal().fitExtent(
      [
        [0, 0],
        [680, 400],
      ],
      {
        type: "MultiPoint",
        coordinates: [
          [-170, -60],
          [170, 80],
        ],
      },
    );
    expect(windowOf(world, 680, 400)).toBeUndefined();
  });
});
