import { afterEach, describe, expect, it, vi } from "vitest";
import { lambdaObservability } from "../../../src/adapters/observability/powertools.js";

/** What the functions write through Powertools, as CloudWatch Logs receives it. */
describe("Powertools on Lambda", () => {
  afterEach(() => vi.restoreAllMocks());

  it("logs JSON with the invocation id and service, and writes metrics as one EMF line per invocation", () => {
    const lines: string[] = [];
    const capture = (chunk: unknown) => {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      return true;
    };
    vi.spyOn(process.stdout, "write").mockImplementation(capture);
    vi.spyOn(process.stderr, "write").mockImplementation(capture);
    const o = lambdaObservability("info", { AWS_LAMBDA_FUNCTION_NAME: "ScenarioBrief-http" });
    o.startInvocation({ awsRequestId: "inv-1", functionName: "ScenarioBrief-http" });
    o.logger.info("request", { requestId: "r-1", status: 201 });
    o.logger.debug("not at info");
    o.recordRender(1234);
    o.recordFailures(["ServerErrors", "QueueRejections"]);
    o.flush();
    o.flush(); // nothing recorded since: no second line
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.filter((l) => l.message === "request")).toEqual([
      expect.objectContaining({
        level: "INFO",
        service: "scenario-brief",
        function_request_id: "inv-1",
        cold_start: expect.any(Boolean),
        requestId: "r-1",
        status: 201,
      }),
    ]);
    expect(parsed.some((l) => l.message === "not at info")).toBe(false);
    const emf = parsed.filter((l) => "_aws" in l && "RenderDuration" in l);
    expect(emf).toEqual([
      expect.objectContaining({
        FunctionName: "ScenarioBrief-http",
        RenderDuration: 1234,
        ServerErrors: 1,
        QueueRejections: 1,
        _aws: expect.objectContaining({
          CloudWatchMetrics: [
            expect.objectContaining({ Namespace: "ScenarioBrief", Dimensions: [["FunctionName"]] }),
          ],
        }),
      }),
    ]);
  });
});
