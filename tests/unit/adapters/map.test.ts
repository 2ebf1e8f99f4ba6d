import { describe, expect, it } from "vitest";
import { loadGeography } from "../../../src/adapters/templates/geography.js";
import { drawMap, type MapInput } from "../../../src/adapters/templates/view/map.js";

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

  it("draws another extent afresh", () => {
    const other = drawMap({ ...syria, bbox: [38, 33, 44, 37] });
    expect(other.svg).not.toBe(drawMap(syria).svg);
  });
});
