import { describe, expect, it } from "vitest";
import { effectChart, wrapLabel } from "../../../src/adapters/templates/view/chart.js";

describe("effect chart labels", () => {
  it("breaks a long factor label between words over two lines instead of cutting it", () => {
    const label = "New government or allied forces taking over the desert posts";
    const lines = wrapLabel(label, 44);
    expect(lines).toEqual(["New government or allied forces taking over", "the desert posts"]);
    const svg = effectChart([
      { label, effect: -0.21 },
      { label: "ISIS attacks and ambushes in the desert", effect: 0.77 },
    ]);
    expect(svg).toContain(">New government or allied forces taking over</tspan>");
    expect(svg).toContain(">the desert posts</tspan>");
    expect(svg).not.toContain("…");
    // Two rows, the first two lines high: 14 + 25 + 15 + 14.
    expect(svg).toMatch(/height="68"/);
  });

  it("shortens only what does not fit in two lines", () => {
    const lines = wrapLabel("a ".repeat(60).trim(), 20);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    expect(wrapLabel("Short label", 44)).toEqual(["Short label"]);
  });
});
