import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LambdaContext, LambdaEvent } from "hono/aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashKey } from "../../src/adapters/http/middleware/api-keys.js";
import { type EmbeddedDynamoDb, startEmbeddedDynamoDb } from "../../src/adapters/local/embedded-dynamodb.js";
import { type EmbeddedS3, startEmbeddedS3 } from "../../src/adapters/local/embedded-s3.js";
import { S3Objects } from "../../src/adapters/storage/s3-objects.js";
import { S3ScheduleStore } from "../../src/adapters/storage/s3-schedule-store.js";
import { proxyResponse, restApiEvent } from "../lambda/support/events.js";
import { corpusText } from "../support/corpus.js";
import { readPdf } from "../support/pdf.js";
import { morningBriefSchedule } from "../support/schedules.js";

const KEY = "sb_test_lambda_key";
const BUCKET = "scenario-brief-lambda";
let s3: EmbeddedS3;
let dynamo: EmbeddedDynamoDb;
let dataDir: string;
let http: typeof import("../../src/handlers/lambda-http.js").handler;
let scheduled: typeof import("../../src/handlers/lambda-scheduled.js").handler;
/** The handlers' own shutdowns: their browsers would otherwise outlive this worker. */
const shutdowns: (() => Promise<void>)[] = [];

/** What Lambda hands a handler: only the remaining time matters here. */
const context = (remainingMs = 120_000) =>
  ({
    getRemainingTimeInMillis: () => remainingMs,
    functionName: "scenario-brief-http",
    awsRequestId: "req-1",
  }) as unknown as LambdaContext;

/** A REST API proxy event (payload 1.0) as the front door sends it, with this test's key. */
function urlEvent(
  method: string,
  rawPath: string,
  options: { body?: string; query?: string; headers?: Record<string, string> } = {},
) {
  const headers = { authorization: `Bearer ${KEY}`, ...options.headers };
  // The front door sends no authorizer, which hono's type insists on.
  return restApiEvent(method, rawPath, { ...options, headers }) as unknown as LambdaEvent;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "scenario-brief-lambda-"));
  s3 = await startEmbeddedS3({ directory: dataDir, bucket: BUCKET });
  dynamo = await startEmbeddedDynamoDb({});
  // The environment the CDK stack gives the functions, with S3 pointed at the embedded server.
  Object.assign(process.env, {
    AWS_LAMBDA_FUNCTION_NAME: "scenario-brief-http",
    AWS_REGION: "eu-west-1",
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: BUCKET,
    // The article index's table, on a DynamoDB-protocol server as the stack's table would be.
    SB_ARTICLE_INDEX_TABLE: "scenario-brief-article-index",
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    API_KEYS: `${hashKey(KEY).toString("hex")}:admin:ci`,
    SCHEDULE_GROUP: "scenario-brief",
    SCHEDULER_TARGET_ARN: "arn:aws:lambda:eu-west-1:123456789012:function:scenario-brief-job",
    SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/scenario-brief-scheduler",
    SCHEDULER_DLQ_ARN: "arn:aws:sqs:eu-west-1:123456789012:scenario-brief-dlq",
    LOG_LEVEL: "silent",
  });
  const httpEntry = await import("../../src/handlers/lambda-http.js");
  const jobEntry = await import("../../src/handlers/lambda-scheduled.js");
  ({ handler: http } = httpEntry);
  ({ handler: scheduled } = jobEntry);
  shutdowns.push(httpEntry.shutdown, jobEntry.shutdown);
});

afterAll(async () => {
  await Promise.all(shutdowns.map((shutdown) => shutdown()));
  await s3.close();
  await dynamo.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("Lambda handlers, in-process, with real event shapes", () => {
  let articleId: string;

  it("refuses requests without a valid API key", async () => {
    const res = await http(
      urlEvent("GET", "/v1/articles", { headers: { authorization: "Bearer nope" } }),
      context(),
    );
    expect(res.statusCode).toBe(401);
    expect(proxyResponse(res).headers["content-type"]).toBe("application/problem+json");
    const open = await http(urlEvent("GET", "/healthz", { headers: { authorization: "" } }), context());
    expect(open.statusCode).toBe(200);
  });

  it("renders a briefing through the front door (REST API proxy) and returns the PDF base64-encoded", async () => {
    const posted = await http(
      urlEvent("POST", "/v1/articles", {
        body: JSON.stringify({
          title: "Iraq fortifies its Syrian border",
          text: corpusText(),
          tags: ["syria"],
        }),
        headers: { "content-type": "application/json" },
      }),
      context(),
    );
    expect(posted.statusCode).toBe(201);
    articleId = (JSON.parse(posted.body) as { id: string }).id;
    // Through the API's own domain the stage is part of every URL: a Location a client follows keeps it.
    expect(proxyResponse(posted).headers.location).toBe(`/prod/v1/articles/${articleId}`);

    const created = await http(
      urlEvent("POST", "/v1/briefings", {
        body: JSON.stringify({ theme: "isis-prison-escape", articleIds: [articleId] }),
        headers: { "content-type": "application/json" },
      }),
      context(),
    );
    expect(created.statusCode).toBe(201);
    const manifest = JSON.parse(created.body) as {
      id: string;
      pdf: { url: string; sha256: string; pages: number; fileName: string };
    };

    const pdf = await http(urlEvent("GET", manifest.pdf.url), context());
    expect(pdf.statusCode).toBe(200);
    expect(pdf.isBase64Encoded).toBe(true);
    expect(proxyResponse(pdf).headers["content-type"]).toBe("application/pdf");
    expect(proxyResponse(pdf).headers["content-disposition"]).toBe(
      `attachment; filename="${manifest.pdf.fileName}"`,
    );
    const bytes = Buffer.from(pdf.body, "base64");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(manifest.pdf.sha256);
    expect((await readPdf(new Uint8Array(bytes))).pages).toBe(manifest.pdf.pages);
  });

  it("gives a render only the invocation's remaining time", async () => {
    const res = await http(
      urlEvent("POST", "/v1/briefings", {
        body: JSON.stringify({ theme: "isis-prison-escape", articleIds: [articleId] }),
        headers: { "content-type": "application/json" },
      }),
      context(5_050),
    );
    expect(res.statusCode).toBe(504);
  });

  it("runs a scheduled job from an EventBridge Scheduler invocation and stores its briefing", async () => {
    // The record as POST /v1/schedules would have stored it (creating it here would call EventBridge).
    const store = new S3ScheduleStore(
      new S3Objects(
        new (await import("@aws-sdk/client-s3")).S3Client({
          region: "us-east-1",
          endpoint: s3.endpoint,
          forcePathStyle: true,
          credentials: s3.credentials,
        }),
        BUCKET,
      ),
    );
    const schedule = morningBriefSchedule();
    await store.put(schedule);

    const event = { scheduleId: schedule.id, scheduledTime: "2026-11-25T03:00:00Z" };
    const outcome = (await scheduled(event, context())) as {
      kind: string;
      run?: { status: string; briefingId?: string };
    };
    expect(outcome).toMatchObject({
      kind: "ran",
      run: { status: "succeeded", briefingId: expect.any(String) },
    });

    const manifest = await http(urlEvent("GET", `/v1/briefings/${outcome.run?.briefingId}`), context());
    expect(manifest.statusCode).toBe(200);
    expect(JSON.parse(manifest.body)).toMatchObject({ theme: "isis-prison-escape", articleIds: [articleId] });

    // The assessment behind it is stored too, and served as data.
    const assessment = await http(
      urlEvent("GET", `/v1/briefings/${outcome.run?.briefingId}/assessment`),
      context(),
    );
    expect(assessment.statusCode).toBe(200);
    expect(JSON.parse(assessment.body)).toMatchObject({
      themeId: "isis-prison-escape",
      judgments: expect.arrayContaining([expect.objectContaining({ id: "mass-escape" })]),
    });

    // At-least-once delivery: the same fire time again makes no second briefing.
    const again = (await scheduled(event, context())) as { kind: string };
    expect(again.kind).toBe("duplicate");
  });

  it("gives a scheduled render only the invocation's remaining time", async () => {
    // 10 001 ms left, less the 10 s kept to record the run, is a 1 ms render: it times out, the
    // run is recorded as retryable, and the invocation throws so that Lambda retries it.
    const late = { scheduleId: "01JHF3Q9V6X8E2N4R5T7Y9B1C4", scheduledTime: "2026-11-26T03:00:00Z" };
    await expect(scheduled(late, context(10_001))).rejects.toThrow(/deadline of 1 ms/);
  });
});
