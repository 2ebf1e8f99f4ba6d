import { createHash } from "node:crypto";
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashKey } from "../../src/adapters/http/middleware/api-keys.js";
import { type EmbeddedDynamoDb, startEmbeddedDynamoDb } from "../../src/adapters/local/embedded-dynamodb.js";
import { type EmbeddedS3, startEmbeddedS3 } from "../../src/adapters/local/embedded-s3.js";
import {
  EventBridgeJobScheduler,
  SCHEDULED_TIME,
} from "../../src/adapters/scheduling/eventbridge-scheduler.js";
import { S3Objects } from "../../src/adapters/storage/s3-objects.js";
import { S3ScheduleStore } from "../../src/adapters/storage/s3-schedule-store.js";
import { corpusText } from "../support/corpus.js";
import { readPdf } from "../support/pdf.js";
import { morningBriefSchedule } from "../support/schedules.js";
import { type ProxyResponse, proxyResponse, restApiEvent } from "./support/events.js";
import { ExecutionEnvironment, type Outcome } from "./support/execution-environment.js";
import { node22 } from "./support/node22.js";
import { SsmServer } from "./support/ssm-server.js";
import { type StackFunction, stackFunctions } from "./support/stack-environment.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIST = path.join(ROOT, "dist");
const BUCKET = "scenario-brief-lambda-harness";
const KEY = "sb_harness_admin_key";
const SECOND_KEY = "sb_harness_second_key";
const PARAMETER = "/scenario-brief/api-keys";
const ARN = "arn:aws:lambda:eu-west-1:123456789012";

let s3: EmbeddedS3;
let dynamo: EmbeddedDynamoDb;
let ssm: SsmServer;
let dataDir: string;
let nodeDir: string;
let fns: { http: StackFunction; job: StackFunction };
const environments: ExecutionEnvironment[] = [];

const entry = (key: string, scope: string, name: string) =>
  `${hashKey(key).toString("hex")}:${scope}:${name}`;

/** A fresh execution environment of a built function, with the stack's configuration. */
async function launch(
  name: "http" | "job",
  overrides: Record<string, string> = {},
  layerDir = path.join(DIST, "layer/chromium"),
): Promise<ExecutionEnvironment> {
  const fn = fns[name];
  const env = new ExecutionEnvironment({
    codeDir: path.join(DIST, "lambda", name),
    layerDir,
    nodeDir,
    functionName: `ScenarioBrief-${name}`,
    memoryMb: fn.memoryMb,
    tmpMb: fn.tmpMb,
    environment: {
      ...fn.environment,
      AWS_REGION: "eu-west-1",
      AWS_DEFAULT_REGION: "eu-west-1",
      // The role's temporary credentials, as Lambda sets them; the local S3 server checks them.
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_SESSION_TOKEN: "harness-session-token",
      S3_ENDPOINT: s3.endpoint,
      // The article index's table, on a DynamoDB-protocol server as the stack's table would be.
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      AWS_ENDPOINT_URL_SSM: ssm.endpoint,
      LOG_LEVEL: "warn",
      ...overrides,
    },
  });
  environments.push(env);
  await env.start();
  return env;
}

const s3Client = () =>
  new S3Client({
    region: "us-east-1",
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: s3.credentials,
  });

function response(outcome: Outcome): ProxyResponse {
  if (outcome.kind !== "response") throw new Error(`the invocation failed: ${JSON.stringify(outcome)}`);
  return proxyResponse(outcome.payload);
}

const call = async (
  env: ExecutionEnvironment,
  method: string,
  rawPath: string,
  options: { body?: unknown; key?: string | null } = {},
) => {
  const headers: Record<string, string> = {};
  if (options.key !== null) headers.authorization = `Bearer ${options.key ?? KEY}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return response(
    await env.invoke(restApiEvent(method, rawPath, { headers, body }), fns.http.timeoutSeconds * 1000),
  );
};

beforeAll(async () => {
  nodeDir = await node22(ROOT);
  dataDir = await mkdtemp(path.join(tmpdir(), "scenario-brief-harness-"));
  s3 = await startEmbeddedS3({ directory: path.join(dataDir, "s3"), bucket: BUCKET });
  dynamo = await startEmbeddedDynamoDb({});
  ssm = new SsmServer();
  await ssm.start();
  ssm.parameters.set(PARAMETER, `${entry(KEY, "admin", "ci")},${entry(SECOND_KEY, "read", "second")}`);
  fns = stackFunctions({
    S3_BUCKET: BUCKET,
    SCHEDULER_TARGET_ARN: `${ARN}:function:ScenarioBrief-job`,
    SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/ScenarioBrief-scheduler",
    SCHEDULER_DLQ_ARN: "arn:aws:sqs:eu-west-1:123456789012:ScenarioBrief-dead-letters",
    SB_EMAIL_TOPIC_ARN_PREFIX: "arn:aws:sns:eu-west-1:123456789012:ScenarioBrief-email-",
    SB_PUBLIC_URL: "https://abcdef1234.execute-api.eu-west-1.amazonaws.com/prod/",
    SB_ARTICLE_INDEX_TABLE: "ScenarioBrief-article-index",
  });
});

afterAll(async () => {
  await Promise.all(environments.map((e) => e.stop()));
  await ssm?.stop();
  await s3?.close();
  await dynamo?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the built HTTP function, in a Lambda execution environment", () => {
  let http: ExecutionEnvironment;
  let articleId: string;
  const TTL_MS = 2000;
  beforeAll(async () => {
    // A short key TTL, so that a revocation shows within the test (the stack's default is 60 s).
    http = await launch("http", { API_KEYS_TTL_MS: String(TTL_MS) });
  });

  it("reads its keys from SSM over the SDK's real request path, and refuses requests without one", async () => {
    const denied = await call(http, "GET", "/v1/articles", { key: "not-a-key" });
    expect(denied.statusCode).toBe(401);
    expect(denied.headers["content-type"]).toBe("application/problem+json");
    expect((await call(http, "GET", "/healthz", { key: null })).statusCode).toBe(200);

    const first = ssm.requests[0];
    expect(first?.target).toBe("AmazonSSM.GetParameter");
    expect(first?.body).toEqual({ Name: PARAMETER, WithDecryption: true });
    expect(first?.authorization).toMatch(
      new RegExp(
        `^AWS4-HMAC-SHA256 Credential=${s3.credentials.accessKeyId}/\\d{8}/eu-west-1/ssm/aws4_request`,
      ),
    );
  });

  it("stores an article, renders a briefing with the layer's Chromium and serves the PDF", async () => {
    const posted = await call(http, "POST", "/v1/articles", {
      body: { title: "Iraq fortifies its Syrian border", text: corpusText(), tags: ["syria"] },
    });
    expect(posted.statusCode).toBe(201);
    articleId = (JSON.parse(posted.body) as { id: string }).id;

    const created = await call(http, "POST", "/v1/briefings", {
      body: { theme: "isis-prison-escape", articleIds: [articleId] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const manifest = JSON.parse(created.body) as {
      id: string;
      pdf: { url: string; sha256: string; pages: number; fileName: string };
    };

    const pdf = await call(http, "GET", manifest.pdf.url);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.isBase64Encoded).toBe(true);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const bytes = Buffer.from(pdf.body, "base64");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(manifest.pdf.sha256);
    const read = await readPdf(new Uint8Array(bytes));
    expect(read.pages).toBe(manifest.pdf.pages);
    expect(read.text).toMatch(/ISIS/);

    // What the function stored, read back from the bucket over the S3 protocol.
    const client = s3Client();
    const stored = await client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: `briefings/${manifest.id}/briefing.pdf` }),
    );
    const storedBytes = await stored.Body?.transformToByteArray();
    expect(storedBytes && createHash("sha256").update(storedBytes).digest("hex")).toBe(manifest.pdf.sha256);
    const storedManifest = await client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: `briefings/${manifest.id}/manifest.json` }),
    );
    expect(JSON.parse((await storedManifest.Body?.transformToString()) ?? "")).toMatchObject({
      id: manifest.id,
      articleIds: [articleId],
    });
  });
});

describe("failures the app answers rather than throws", () => {
  it("are counted as EMF metrics in the function's log: a render out of time is a deadline hit", async () => {
    const http = environments[0] as ExecutionEnvironment;
    // Posting the same article again answers with its id.
    const posted = await call(http, "POST", "/v1/articles", {
      body: { title: "Iraq fortifies its Syrian border", text: corpusText(), tags: ["syria"] },
    });
    const articleId = (JSON.parse(posted.body) as { id: string }).id;
    // 5 s left in the invocation: less the app's margin, too little for a render.
    const outcome = await http.invoke(
      restApiEvent("POST", "/v1/briefings", {
        headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
        body: JSON.stringify({ theme: "isis-prison-escape", articleIds: [articleId] }),
      }),
      5_050,
    );
    expect(response(outcome).statusCode).toBe(504);
    const emf = http.logs
      .split("\n")
      .filter((l) => l.startsWith('{"_aws"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(emf.at(-1)).toMatchObject({
      FunctionName: "ScenarioBrief-http",
      ServerErrors: 1,
      DeadlineHits: 1,
      _aws: { CloudWatchMetrics: [{ Namespace: "ScenarioBrief", Dimensions: [["FunctionName"]] }] },
    });
  });
});

describe("keys rotated in SSM while the HTTP function is warm", () => {
  it("keep the last good set while SSM fails, and stop a revoked key within the TTL", async () => {
    const http = await launch("http", { API_KEYS_TTL_MS: "2000" });
    const themes = (key: string) => call(http, "GET", "/v1/themes", { key });
    expect((await themes(SECOND_KEY)).statusCode).toBe(200);

    ssm.failing = true;
    const before = ssm.requests.length;
    await new Promise((r) => setTimeout(r, 2100));
    expect((await themes(SECOND_KEY)).statusCode).toBe(200);
    expect(ssm.requests.length).toBeGreaterThan(before); // it did ask, and SSM answered 503
    expect(http.logs).toMatch(/API keys could not be refreshed; keeping the last good set/);
    ssm.failing = false;

    ssm.parameters.set(PARAMETER, entry(KEY, "admin", "ci")); // the second key revoked
    const revokedAt = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - revokedAt < 10_000) {
      status = (await themes(SECOND_KEY)).statusCode;
      if (status === 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThan(2000 + 1000);
    expect((await themes(KEY)).statusCode).toBe(200);
    ssm.parameters.set(PARAMETER, `${entry(KEY, "admin", "ci")},${entry(SECOND_KEY, "read", "second")}`);
  });
});

describe("the built job function, invoked as EventBridge Scheduler invokes it", () => {
  it("runs the schedule named by the exact input the stack's schedules send, and stores its briefing", async () => {
    const objects = new S3Objects(s3Client(), BUCKET);
    const store = new S3ScheduleStore(objects);
    const schedule = morningBriefSchedule();
    await store.put(schedule);
    // The schedule's target input exactly as the HTTP function writes it to EventBridge Scheduler,
    // with the fire time filled in as the scheduler does.
    const definition = new EventBridgeJobScheduler(
      { send: async () => ({}) },
      {
        group: fns.http.environment.SCHEDULE_GROUP ?? "",
        targetArn: fns.http.environment.SCHEDULER_TARGET_ARN ?? "",
        roleArn: fns.http.environment.SCHEDULER_ROLE_ARN ?? "",
        deadLetterArn: fns.http.environment.SCHEDULER_DLQ_ARN ?? "",
        maxRetries: 2,
        maxEventAgeSeconds: 3600,
      },
      { now: () => new Date("2026-11-24T00:00:00Z") },
    ).definition(schedule);
    expect(definition.Target?.Arn).toBe(fns.job.environment.SCHEDULER_TARGET_ARN);
    const input = JSON.parse(
      (definition.Target?.Input ?? "").replace(SCHEDULED_TIME, "2026-11-30T03:00:00Z"),
    ) as unknown;

    const job = await launch("job");
    const outcome = await job.invoke(input, fns.job.timeoutSeconds * 1000);
    expect(outcome).toMatchObject({
      kind: "response",
      payload: { kind: "ran", run: { status: "succeeded", briefingId: expect.any(String) } },
    });
    const briefingId = (outcome as { payload: { run: { briefingId: string } } }).payload.run.briefingId;
    expect(await objects.exists(`briefings/${briefingId}/briefing.pdf`)).toBe(true);
    expect(await objects.getJson(`briefings/${briefingId}/manifest.json`)).toMatchObject({
      id: briefingId,
      theme: "isis-prison-escape",
    });
    // At-least-once delivery: the same fire time again makes no second briefing.
    expect(await job.invoke(input, fns.job.timeoutSeconds * 1000)).toMatchObject({
      kind: "response",
      payload: { kind: "duplicate" },
    });
  });
});

describe("refusals", () => {
  it("refuses to serve when the API keys parameter is missing, naming it", async () => {
    // Nothing answers: every invocation fails until the parameter exists.
    const http = await launch("http", { API_KEYS_PARAMETER: "/scenario-brief/not-there" });
    const outcome = await http.invoke(restApiEvent("GET", "/healthz"), 30_000);
    expect(outcome).toMatchObject({
      kind: "error",
      error: { errorMessage: expect.stringContaining("/scenario-brief/not-there") },
    });
    expect(ssm.requests.at(-1)?.body).toEqual({ Name: "/scenario-brief/not-there", WithDecryption: true });
  });

  it("compiles its chunks from the code cache the build shipped, read-only under /var/task", async () => {
    // Node says, for each module, whether it took the cache entry it found.
    const http = await launch("http", { NODE_DEBUG_NATIVE: "COMPILE_CACHE" });
    const outcome = await http.invoke(restApiEvent("GET", "/healthz"), 30_000);
    expect(outcome).toMatchObject({ kind: "response" });
    const accepted = [...http.logs.matchAll(/cache for file:\/\/\/var\/task\/(\S+\.mjs) was accepted/g)].map(
      (m) => m[1],
    );
    // The app's chunk, the bulk of the code, among them; none refused.
    expect(accepted.length).toBeGreaterThan(5);
    expect(http.logs).not.toMatch(/for ESM file:\/\/\/var\/task\/\S+\.\.\. permission denied/);
    expect(http.logs).not.toMatch(/file:\/\/\/var\/task\/\S+ (was rejected|mismatch)/);
  });

  it("the job function too: its entry turns on the cache its build trained, before the bulk loads", async () => {
    const job = await launch("job", { NODE_DEBUG_NATIVE: "COMPILE_CACHE" });
    const outcome = await job.invoke({ job: "poll-sources" }, 30_000);
    expect(outcome).toMatchObject({ kind: "response", payload: { kind: "polled" } });
    const accepted = [...job.logs.matchAll(/cache for file:\/\/\/var\/task\/(\S+\.mjs) was accepted/g)].map(
      (m) => m[1],
    );
    expect(accepted.length).toBeGreaterThan(5);
    expect(job.logs).not.toMatch(/file:\/\/\/var\/task\/\S+ (was rejected|mismatch)/);
  });

  it("loads no worker-thread pool on Lambda: its chunks are none of those a cold start compiles", async () => {
    // The shipped cache holds an entry for each chunk the training cold start loaded.
    const codeDir = path.join(DIST, "lambda", "http");
    const [tag] = await readdir(path.join(codeDir, "compile-cache"));
    const loaded = await readdir(path.join(codeDir, "compile-cache", tag ?? ""));
    expect(loaded.length).toBeGreaterThan(5);
    const sources = await Promise.all(
      loaded.map(async (chunk) => {
        // A chunk made of packages only ships without its map (build-lambda.ts): its code is
        // searched for Piscina's own strings instead.
        const map = await readFile(path.join(codeDir, `${chunk}.map`), "utf8").catch(() => null);
        if (map === null) {
          const code = await readFile(path.join(codeDir, chunk), "utf8");
          return /["']Piscina\./.test(code) ? ["node_modules/piscina/ (by its strings)"] : [];
        }
        return (JSON.parse(map) as { sources: string[] }).sources;
      }),
    );
    expect(sources.flat().filter((s) => /node_modules\/piscina\/|adapters\/cpu\//.test(s))).toEqual([]);
  });

  it("fails when the layer does not hold Chromium where the bundle looks for it", async () => {
    const emptyLayer = await mkdtemp(path.join(tmpdir(), "scenario-brief-layer-"));
    await chmod(emptyLayer, 0o755);
    // The layer without its unpacked Chromium nor @sparticuz/chromium's archives: what a layer built
    // or mounted wrong looks like. (With the unpacked Chromium there, the package is never loaded.)
    await cp(path.join(DIST, "layer/chromium"), emptyLayer, {
      recursive: true,
      filter: (src) =>
        !src.includes(`${path.sep}@sparticuz`) && src !== path.join(DIST, "layer/chromium/chromium/chromium"),
    });
    try {
      const http = await launch("http", {}, emptyLayer);
      const outcome = await http.invoke(restApiEvent("GET", "/healthz"), 30_000);
      // The init fails, naming the setting and the folder, rather than serving without a browser.
      expect(outcome).toMatchObject({
        kind: "init-error",
        error: { errorMessage: expect.stringContaining("holds no chromium executable") },
      });
    } finally {
      await rm(emptyLayer, { recursive: true, force: true });
    }
  });
});

describe("the harness itself", () => {
  it("gives the code Lambda's view: read-only code and layer, /tmp the only writable place", async () => {
    const probeDir = await mkdtemp(path.join(tmpdir(), "scenario-brief-probe-"));
    await chmod(probeDir, 0o755); // a deployment package is readable by the function's user
    await writeFile(
      path.join(probeDir, "index.mjs"),
      `import { writeFileSync } from "node:fs";
export const handler = async () => {
  const tries = {};
  for (const dir of ["/var/task", "/opt/nodejs", "/var", "/", "/tmp"]) {
    try { writeFileSync(dir + "/probe", "x"); tries[dir] = "written"; } catch (e) { tries[dir] = e.code; }
  }
  return { tries, uid: process.getuid(), node: process.version, env: process.env.AWS_EXECUTION_ENV };
};
`,
    );
    const probe = new ExecutionEnvironment({
      codeDir: probeDir,
      layerDir: path.join(DIST, "layer/chromium"),
      nodeDir,
      functionName: "probe",
      environment: {},
    });
    environments.push(probe);
    await probe.start();
    const outcome = await probe.invoke({});
    await rm(probeDir, { recursive: true, force: true });
    expect(outcome).toEqual({
      kind: "response",
      payload: {
        tries: {
          "/var/task": "EROFS",
          "/opt/nodejs": "EROFS",
          "/var": "EROFS",
          "/": "EACCES",
          "/tmp": "written",
        },
        uid: expect.any(Number),
        node: expect.stringMatching(/^v22\./),
        env: "AWS_Lambda_nodejs22.x",
      },
    });
    expect((outcome as { payload: { uid: number } }).payload.uid).not.toBe(0);
  });
});
