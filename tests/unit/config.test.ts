import os from "node:os";
import { describe, expect, it } from "vitest";
import { ConfigError, LAMBDA_MAX_BINARY_BODY_BYTES, loadConfig } from "../../src/config.js";

const KEY = `${"ab".repeat(32)}:write:ingest`;
/** On Lambda schedules go to EventBridge Scheduler, which needs these. */
const EVENTBRIDGE = {
  SCHEDULER_TARGET_ARN: "arn:aws:lambda:eu-west-1:123456789012:function:scenario-brief-jobs",
  SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/scenario-brief-scheduler",
  SCHEDULER_DLQ_ARN: "arn:aws:sqs:eu-west-1:123456789012:scenario-brief-jobs-dlq",
};

describe("loadConfig", () => {
  it("serves loopback on 8787 with an embedded S3 under .data by default", () => {
    const config = loadConfig({}, "/srv/app");
    expect(config.http).toEqual({
      host: "127.0.0.1",
      port: 8787,
      maxBodyBytes: 1024 * 1024,
      pdfRedirectBytes: 2 ** 31,
    });
    expect(config.storage).toEqual({
      kind: "embedded",
      bucket: "scenario-brief",
      directory: "/srv/app/.data/s3",
      port: 0,
    });
    expect(config.browser).toMatchObject({ concurrency: 2, queueLimit: 8, renderTimeoutMs: 30_000 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("uses the given S3 endpoint, or real AWS credentials, and starts nothing then", () => {
    const withEndpoint = loadConfig({ S3_ENDPOINT: "http://127.0.0.1:9000", S3_BUCKET: "briefs" });
    expect(withEndpoint.storage).toMatchObject({
      kind: "external",
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
    });
    const onAws = loadConfig({
      AWS_LAMBDA_FUNCTION_NAME: "fn",
      AWS_REGION: "eu-west-1",
      API_KEYS: KEY,
      ...EVENTBRIDGE,
    });
    expect(onAws.http.pdfRedirectBytes).toBe(4_000_000);
    expect(onAws.storage).toMatchObject({
      kind: "external",
      endpoint: undefined,
      region: "eu-west-1",
      forcePathStyle: false,
    });
  });

  it("keeps the article index in an embedded DynamoDB under .data unless one is given", () => {
    expect(loadConfig({}, "/srv/app").articleIndex).toEqual({
      kind: "embedded",
      table: "scenario-brief-articles",
      directory: "/srv/app/.data/dynamodb",
      port: 0,
    });
    expect(
      loadConfig({ DATA_DIR: "/var/sb", EMBEDDED_DYNAMODB_PORT: "8000" }, "/srv/app").articleIndex,
    ).toMatchObject({ kind: "embedded", directory: "/var/sb/dynamodb", port: 8000 });
    expect(
      loadConfig({ DYNAMODB_ENDPOINT: "http://127.0.0.1:8000", SB_ARTICLE_INDEX_TABLE: "idx" }).articleIndex,
    ).toEqual({ kind: "external", table: "idx", endpoint: "http://127.0.0.1:8000", region: "us-east-1" });
    const onAws = loadConfig({
      AWS_LAMBDA_FUNCTION_NAME: "fn",
      AWS_REGION: "eu-west-1",
      API_KEYS: KEY,
      SB_ARTICLE_INDEX_TABLE: "Stack-ArticleIndex-1A2B",
      ...EVENTBRIDGE,
    });
    expect(onAws.articleIndex).toEqual({
      kind: "external",
      table: "Stack-ArticleIndex-1A2B",
      endpoint: undefined,
      region: "eu-west-1",
    });
  });

  it("refuses a bad article index table name or endpoint, saying what is expected", () => {
    expect(() => loadConfig({ SB_ARTICLE_INDEX_TABLE: "a b", DYNAMODB_ENDPOINT: "localhost:8000" })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ SB_ARTICLE_INDEX_TABLE: "a b", DYNAMODB_ENDPOINT: "localhost:8000" });
    } catch (e) {
      const text = (e as ConfigError).problems.join("\n");
      expect(text).toMatch(/SB_ARTICLE_INDEX_TABLE="a b": not a valid DynamoDB table name/);
      expect(text).toMatch(/DYNAMODB_ENDPOINT="localhost:8000": expected a URL/);
    }
  });

  it("reports every wrong value at once, each with what was expected", () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: "http",
        RENDER_CONCURRENCY: "0",
        S3_BUCKET: "Bad_Bucket",
        SOURCE_RELIABILITY: "Reuters=Z",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/PORT="http": expected a whole number from 0 to 65535/);
    expect(problems.join("\n")).toMatch(/RENDER_CONCURRENCY="0": expected a whole number from 1 to 16/);
    expect(problems.join("\n")).toMatch(/S3_BUCKET="Bad_Bucket": not a valid S3 bucket name/);
    expect(problems.join("\n")).toMatch(/SOURCE_RELIABILITY: 'Reuters=Z' is not NAME=LETTER/);
  });

  it("bounds prints apart from briefings: PRINT_CONCURRENCY defaults to the cores, at most RENDER_CONCURRENCY", () => {
    const cores = Math.max(1, os.availableParallelism());
    expect(loadConfig({}).browser).toMatchObject({
      concurrency: 2,
      printConcurrency: Math.min(2, cores),
      maxPrintsPerPage: 50,
    });
    expect(loadConfig({ RENDER_CONCURRENCY: "16" }).browser.printConcurrency).toBe(Math.min(16, cores));
    expect(
      loadConfig({ RENDER_CONCURRENCY: "4", PRINT_CONCURRENCY: "3", PAGE_MAX_PRINTS: "7" }).browser,
    ).toMatchObject({ concurrency: 4, printConcurrency: 3, maxPrintsPerPage: 7 });
    expect(loadConfig({}).cpu.threads).toBe(Math.min(2, Math.max(1, cores - 1)));
    expect(() => loadConfig({ PRINT_CONCURRENCY: "0", PAGE_MAX_PRINTS: "x" })).toThrow(
      /PRINT_CONCURRENCY="0": expected a whole number from 1 to 16[\s\S]*PAGE_MAX_PRINTS="x"/,
    );
  });

  it("runs Chromium multi-process off Lambda and single-process on it unless CHROMIUM_PROCESS_MODEL says", () => {
    expect(loadConfig({}).browser.processModel).toBe("multi");
    expect(loadConfig({ CHROMIUM_PROCESS_MODEL: " single " }).browser.processModel).toBe("single");
    const lambda = { AWS_LAMBDA_FUNCTION_NAME: "fn", ...EVENTBRIDGE };
    expect(loadConfig(lambda, "/var/task", { servesHttp: false }).browser.processModel).toBe("single");
    expect(
      loadConfig({ ...lambda, CHROMIUM_PROCESS_MODEL: "multi" }, "/var/task", { servesHttp: false }).browser
        .processModel,
    ).toBe("multi");
    expect(() => loadConfig({ CHROMIUM_PROCESS_MODEL: "zygote" })).toThrow(
      /CHROMIUM_PROCESS_MODEL="zygote": expected single or multi/,
    );
  });

  it("reads source reliabilities case-insensitively", () => {
    const config = loadConfig({ SOURCE_RELIABILITY: "Reuters=A, Al-Hurra=c" });
    expect([...config.sourceReliability]).toEqual([
      ["reuters", "A"],
      ["al-hurra", "C"],
    ]);
  });

  it("fails closed: on Lambda without API keys, and off loopback without them", () => {
    expect(() => loadConfig({ AWS_LAMBDA_FUNCTION_NAME: "fn" })).toThrow(
      /API_KEYS: no API keys are configured; on Lambda/,
    );
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(
      /without API_KEYS the server only binds to loopback/,
    );
    const keyed = loadConfig({ HOST: "0.0.0.0", API_KEYS: KEY });
    expect(keyed.apiKeys).toEqual([
      { hash: Buffer.from("ab".repeat(32), "hex"), scope: "write", name: "ingest" },
    ]);
  });

  it("lets the job function run on Lambda without API keys: it serves no HTTP", () => {
    const job = loadConfig({ AWS_LAMBDA_FUNCTION_NAME: "fn", ...EVENTBRIDGE }, "/var/task", {
      servesHttp: false,
    });
    expect(job.apiKeys).toEqual([]);
  });

  it("refuses on Lambda what a 6 MB payload cannot carry, naming the limit", () => {
    const lambda = { AWS_LAMBDA_FUNCTION_NAME: "fn", API_KEYS: KEY, ...EVENTBRIDGE };
    expect(
      loadConfig({ ...lambda, PDF_REDIRECT_BYTES: String(LAMBDA_MAX_BINARY_BODY_BYTES) }).http
        .pdfRedirectBytes,
    ).toBe(LAMBDA_MAX_BINARY_BODY_BYTES);
    let error: unknown;
    try {
      loadConfig({ ...lambda, PDF_REDIRECT_BYTES: "6000000", MAX_BODY_BYTES: "8000000" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(
        /^PDF_REDIRECT_BYTES=6000000: above 4669440, the largest PDF a Lambda response can carry; a Lambda payload carries at most 6 MB/,
      ),
      expect.stringMatching(
        /^MAX_BODY_BYTES=8000000: above 4669440, the largest body a Lambda request can carry/,
      ),
    ]);
    // Off Lambda nothing carries the limit: a local server streams any size.
    expect(loadConfig({ PDF_REDIRECT_BYTES: "6000000" }).http.pdfRedirectBytes).toBe(6_000_000);
  });

  it("lets the outbound door reach nothing blocked by default; SB_OUTBOUND_ALLOW names exact host:port pairs", () => {
    expect(loadConfig({}).outbound).toEqual({ allow: [] });
    const config = loadConfig({
      SB_OUTBOUND_ALLOW: " 127.0.0.1:8080, [::1]:9000,fixture.test:443 ,127.1:80",
    });
    expect(config.outbound.allow).toEqual([
      "127.0.0.1:8080",
      "[::1]:9000",
      "fixture.test:443",
      "127.0.0.1:80",
    ]);
    expect(Object.isFrozen(config)).toBe(true);
    for (const bad of ["127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", "http://127.0.0.1:80", "a b:80"]) {
      expect(() => loadConfig({ SB_OUTBOUND_ALLOW: bad }), bad).toThrow(
        /SB_OUTBOUND_ALLOW: .* \(expected host:port entries, comma-separated\)/,
      );
    }
  });
});
