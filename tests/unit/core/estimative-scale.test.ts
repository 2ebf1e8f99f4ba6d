import { describe, expect, it } from "vitest";
import { ICD_203_SCALE, likelihoodOf } from "../../../src/core/themes/estimative-scale.js";

describe("ICD 203 likelihood", () => {
  it.each([
    [0.0, "almost no chance", "1–5%"],
    [0.03, "almost no chance", "1–5%"],
    [0.1, "very unlikely", "5–20%"],
    [0.3, "unlikely", "20–45%"],
    [0.5, "roughly even chance", "45–55%"],
    [0.6, "likely", "55–80%"],
    [0.9, "very likely", "80–95%"],
    [0.97, "almost certain", "95–99%"],
    [1, "almost certain", "95–99%"],
  ])("maps %f to %s (%s)", (p, term, range) => {
    expect(likelihoodOf(p)).toMatchObject({ term, range });
  });

  // A briefing prints the probability to the whole percent; the term must agree with that figure.
  it.each([
    [0.199, "unlikely"],
    [0.1949, "very unlikely"],
    [0.549, "likely"],
    [0.0449, "almost no chance"],
  ])("reads %f at the printed whole percent: %s", (p, term) => {
    expect(likelihoodOf(p).term).toBe(term);
  });

  it("uses one row of seven bands that tile 1-99% without gaps", () => {
    expect(ICD_203_SCALE).toHaveLength(7);
    for (const [i, band] of ICD_203_SCALE.slice(1).entries()) expect(band.min).toBe(ICD_203_SCALE[i]?.max);
  });
});
