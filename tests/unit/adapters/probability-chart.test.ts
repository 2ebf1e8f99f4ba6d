import { describe, expect, it } from "vitest";
import { probabilityChart } from "../../../src/adapters/templates/probability-chart.js";
import { ICD_203_SCALE } from "../../../src/core/themes/estimative-scale.js";

const runs = [{ label: "1 Jan" }, { label: "8 Jan" }, { label: "15 Jan" }];

describe("probability chart: each judgment across runs on the ICD 203 bands", () => {
  const svg =
    probabilityChart({
      title: "Judgments <across> runs",
      runs,
      series: [
        { id: "a", label: "A mass escape & more", values: [0.18, 0.4, 0.62] },
        { id: "b", label: "Reach Iraq", values: [null, 0.3, 0.35] },
      ],
    }) ?? "";

  it("is an accessible image: role, aria-label, <title> and a <desc> with every value", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Judgments &lt;across&gt; runs"/);
    expect(svg).toContain("<title>Judgments &lt;across&gt; runs</title>");
    expect(svg).toContain("A mass escape &amp; more: 18%, 40%, 62%");
    expect(svg).toContain("Reach Iraq: no judgment, 30%, 35%");
  });

  it("draws one band per ICD 203 term, labelled, behind the lines", () => {
    for (const b of ICD_203_SCALE) expect(svg).toContain(`>${b.term}</text>`);
    expect(svg.lastIndexOf("almost certain")).toBeLessThan(svg.indexOf("<path"));
  });

  it("places points by probability: higher values sit higher on the plot", () => {
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    // The first series' three markers (circles); the legend's circle comes after them.
    expect(ys.slice(0, 3)).toEqual([...ys.slice(0, 3)].sort((a, b) => b - a));
    expect(new Set(ys.slice(0, 3)).size).toBe(3);
  });

  it("breaks a series' line where a run made no judgment, and labels the axes", () => {
    const paths = [...svg.matchAll(/<path d="(M[^"]+)" fill="none"/g)].map((m) => m[1] ?? "");
    expect(paths).toHaveLength(2);
    expect(paths[1]?.match(/M/g)).toHaveLength(1);
    expect(paths[1]?.match(/L/g)).toHaveLength(1);
    expect(svg).toContain(">Probability</text>");
    expect(svg).toContain(">Run (scheduled time)</text>");
    for (const r of runs) expect(svg).toContain(`>${r.label}</text>`);
  });

  it("carries no script, style element or inline style (strict CSP), and draws nothing without runs", () => {
    expect(svg).not.toMatch(/<script|<style|style=/);
    expect(probabilityChart({ runs: [], series: [{ id: "a", label: "A", values: [] }] })).toBeNull();
  });
});
