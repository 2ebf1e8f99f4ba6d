import { describe, expect, it } from "vitest";
import { emfLine, metricsForAnswer } from "../../../src/adapters/metrics/emf.js";

describe("failure metrics (EMF)", () => {
  it("count each 5xx answer, and what kind of failure it was from its problem type", () => {
    expect(metricsForAnswer(200, undefined)).toEqual([]);
    expect(metricsForAnswer(429, "/problems/rate-limited")).toEqual([]);
    expect(metricsForAnswer(504, "/problems/render-timeout")).toEqual(["ServerErrors", "DeadlineHits"]);
    expect(metricsForAnswer(503, "/problems/overloaded")).toEqual(["ServerErrors", "QueueRejections"]);
    expect(metricsForAnswer(500, "/problems/render-failed")).toEqual(["ServerErrors", "RenderFailures"]);
    expect(metricsForAnswer(503, "/problems/browser-unavailable")).toEqual([
      "ServerErrors",
      "RenderFailures",
    ]);
    expect(metricsForAnswer(503, "/problems/storage-unavailable")).toEqual(["ServerErrors"]);
    expect(metricsForAnswer(500, undefined)).toEqual(["ServerErrors"]);
  });

  it("write one line CloudWatch turns into metrics in the ScenarioBrief namespace, per function", () => {
    const line = JSON.parse(emfLine("ScenarioBrief-http", ["ServerErrors", "DeadlineHits"], new Date(1_000)));
    expect(line).toEqual({
      _aws: {
        Timestamp: 1000,
        CloudWatchMetrics: [
          {
            Namespace: "ScenarioBrief",
            Dimensions: [["FunctionName"]],
            Metrics: [
              { Name: "ServerErrors", Unit: "Count" },
              { Name: "DeadlineHits", Unit: "Count" },
            ],
          },
        ],
      },
      FunctionName: "ScenarioBrief-http",
      ServerErrors: 1,
      DeadlineHits: 1,
    });
  });
});
