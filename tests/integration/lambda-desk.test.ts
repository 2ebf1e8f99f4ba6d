import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LambdaContext, LambdaEvent } from "hono/aws-lambda";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type EmbeddedDynamoDb, startEmbeddedDynamoDb } from "../../src/adapters/local/embedded-dynamodb.js";
import { type EmbeddedS3, startEmbeddedS3 } from "../../src/adapters/local/embedded-s3.js";
import { S3Objects } from "../../src/adapters/storage/s3-objects.js";
import { S3ScheduleStore } from "../../src/adapters/storage/s3-schedule-store.js";
import { proxyResponse, restApiEvent } from "../lambda/support/events.js";
import { SsmServer } from "../lambda/support/ssm-server.js";
import { corpusText } from "../support/corpus.js";
import { DESK_KEYS, type DeskServer, deskApiKeys, startDeskServer } from "../support/desk.js";
import { morningBriefSchedule } from "../support/schedules.js";

/**
 * The desk on AWS: through the API's own domain (`https://<id>.execute-api.../prod/desk/...`) every
 * URL a page writes carries the stage, and the session key comes from an SSM SecureString read at
 * cold start (a local SSM endpoint answers the SDK's real GetParameter requests). Locally nothing
 * is prefixed.
 */

const BUCKET = "scenario-brief-lambda-desk";
const PARAM = "/scenario-brief/desk-session-key";
const API = "abc123.execute-api.eu-west-1.amazonaws.com";
let s3: EmbeddedS3;
let ssm: SsmServer;
let dynamo: EmbeddedDynamoDb;
let dataDir: string;
type Http = typeof import("../../src/handlers/lambda-http.js").handler;
/** Each loaded handler's shutdown: its browsers would otherwise outlive this worker. */
const shutdowns: (() => Promise<void>)[] = [];
let http: Http;

const context = () =>
  ({
    getRemainingTimeInMillis: () => 120_000,
    functionName: "scenario-brief-http",
    awsRequestId: "req-desk",
  }) as unknown as LambdaContext;

/** A REST API proxy event on the `prod` stage, as a browser's request arrives through the front door. */
function browserEvent(
  method: string,
  rawPath: string,
  options: { body?: string; query?: string; headers?: Record<string, string>; domain?: string } = {},
) {
  const event = restApiEvent(method, rawPath, options);
  if (options.domain) {
    event.requestContext.domainName = options.domain;
    event.headers.Host = options.domain;
    event.multiValueHeaders.Host = [options.domain];
  }
  return event as unknown as LambdaEvent;
}

async function call(event: LambdaEvent) {
  return proxyResponse(await http(event, context()));
}

/** Each Set-Cookie of an answer (API Gateway joins repeated values with ", " in proxyResponse: split them back). */
function setCookies(res: { headers: Record<string, string> }): string[] {
  const raw = res.headers["set-cookie"];
  return raw ? raw.split(/, (?=[^;=]+=)/) : [];
}

const cookieValue = (cookies: string[], name: string) =>
  cookies
    .find((c) => c.startsWith(`${name}=`))
    ?.split(";")[0]
    ?.slice(name.length + 1);

/** Every URL an `href`, `src`, `action` or `formaction` attribute of a page holds. */
function urlsIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action|formaction)="([^"]*)"/g)].map((m) => m[1] as string);
}

/** The URLs that point into the app (not another site, not a fragment). */
const appUrls = (html: string) => urlsIn(html).filter((u) => u.startsWith("/") && !u.startsWith("//"));

function expectAllUnder(html: string, prefix: string) {
  const urls = appUrls(html);
  expect(urls.length).toBeGreaterThanOrEqual(3);
  for (const url of urls) {
    expect(url, `${url} in the page`).toMatch(new RegExp(`^${prefix}/desk(/|$|\\?)`));
    expect(url).not.toMatch(/^\/prod\/prod\//);
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "scenario-brief-lambda-desk-"));
  s3 = await startEmbeddedS3({ directory: dataDir, bucket: BUCKET });
  // The article index's table, as the stack gives the function one (the app creates it at an endpoint).
  dynamo = await startEmbeddedDynamoDb({});
  ssm = new SsmServer();
  await ssm.start();
  ssm.parameters.set(PARAM, "desk-session-key-".padEnd(48, "x"));
  Object.assign(process.env, {
    AWS_LAMBDA_FUNCTION_NAME: "scenario-brief-http",
    AWS_REGION: "eu-west-1",
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_SSM: ssm.endpoint,
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: BUCKET,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    API_KEYS: deskApiKeys(),
    DESK_SESSION_KEY_PARAMETER: PARAM,
    SCHEDULE_GROUP: "scenario-brief",
    SCHEDULER_TARGET_ARN: "arn:aws:lambda:eu-west-1:123456789012:function:scenario-brief-job",
    SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/scenario-brief-scheduler",
    SCHEDULER_DLQ_ARN: "arn:aws:sqs:eu-west-1:123456789012:scenario-brief-dlq",
    LOG_LEVEL: "silent",
  });
  delete process.env.DESK_SESSION_SECRET;
  const entry = await import("../../src/handlers/lambda-http.js");
  ({ handler: http } = entry);
  shutdowns.push(entry.shutdown);
});

afterAll(async () => {
  await Promise.all(shutdowns.map((shutdown) => shutdown()));
  await ssm.stop();
  await s3.close();
  await dynamo.close();
  await rm(dataDir, { recursive: true, force: true });
  for (const name of ["AWS_ENDPOINT_URL_SSM", "DESK_SESSION_KEY_PARAMETER", "DYNAMODB_ENDPOINT"])
    delete process.env[name];
});

describe("the desk through API Gateway's own domain (stage prod)", () => {
  let cookie = "";
  let articleId = "";
  const pages: Record<string, string> = {};

  it("reads its session key from the SSM SecureString at cold start, and signs in with every URL under /prod", async () => {
    // An unsigned browser is sent to sign-in: the Location gets the stage once (withStage), not twice.
    const away = await call(browserEvent("GET", "/desk/articles"));
    expect(away.statusCode).toBe(303);
    expect(away.headers.location).toBe("/prod/desk/sign-in?next=%2Fdesk%2Farticles");
    // The key was read once, decrypted, by name.
    const asked = ssm.requests.filter((r) => r.body.Name === PARAM);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      target: "AmazonSSM.GetParameter",
      body: { Name: PARAM, WithDecryption: true },
    });

    const page = await call(browserEvent("GET", "/desk/sign-in", { query: "next=/desk/articles" }));
    expect(page.statusCode).toBe(200);
    pages.signIn = page.body;
    expectAllUnder(page.body, "/prod");
    expect(page.body).toContain('action="/prod/desk/sign-in"');
    // The form's `next` is where the app sends the browser (a Location, prefixed on the way out).
    expect(page.body).toContain('name="next" value="/desk/articles"');
    const pre = setCookies(page).find((c) => c.startsWith("desk_pre="));
    // The browser asks for /prod/desk/sign-in: a cookie scoped to /desk/sign-in would never come back.
    expect(pre).toMatch(/; Path=\/prod\/desk\/sign-in(;|$)/);
    const nonce = cookieValue(setCookies(page), "desk_pre");
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];

    const signedIn = await call(
      browserEvent("POST", "/desk/sign-in", {
        body: new URLSearchParams({
          _csrf: token ?? "",
          key: DESK_KEYS.write,
          next: "/desk/articles",
        }).toString(),
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: `https://${API}`,
          cookie: `desk_pre=${nonce}`,
        },
      }),
    );
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe("/prod/desk/articles");
    const session = setCookies(signedIn).find((c) => c.startsWith("__Host-desk="));
    // __Host- cookies must have Path=/ (and Secure): the stage changes nothing there.
    expect(session).toMatch(/; Path=\/(;|$)/);
    expect(session).toMatch(/; Secure/);
    cookie = `__Host-desk=${cookieValue(setCookies(signedIn), "__Host-desk")}`;
  });

  it("writes /prod into every link, form and asset URL of the articles, fact review, briefings, workbench, schedules and sources pages", async () => {
    const posted = await call(
      browserEvent("POST", "/v1/articles", {
        body: JSON.stringify({
          title: "Iraq fortifies its Syrian border",
          text: corpusText(),
          tags: ["syria"],
        }),
        headers: { "content-type": "application/json", authorization: `Bearer ${DESK_KEYS.write}` },
      }),
    );
    expect(posted.statusCode, posted.body).toBe(201);
    articleId = (JSON.parse(posted.body) as { id: string }).id;
    // A schedule as POST /v1/schedules would have stored it (creating it here would call EventBridge).
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

    const paths = {
      articles: "/desk/articles",
      newArticle: "/desk/articles/new",
      facts: `/desk/articles/${articleId}`,
      briefings: "/desk/briefings",
      workbench: "/desk/workbench",
      schedules: "/desk/schedules",
      sources: "/desk/sources",
    };
    for (const [name, p] of Object.entries(paths)) {
      const res = await call(browserEvent("GET", p, { headers: { cookie } }));
      expect(res.statusCode, p).toBe(200);
      pages[name] = res.body;
      expectAllUnder(res.body, "/prod");
    }
    const assets = /<link rel="stylesheet" href="([^"]+)"/.exec(pages.articles as string)?.[1];
    expect(assets).toMatch(/^\/prod\/desk\/assets\/desk\.[0-9a-f]{12}\.css$/);
    expect(pages.articles).toMatch(/<script src="\/prod\/desk\/assets\/desk\.[0-9a-f]{12}\.js"/);
    expect(pages.articles).toContain(`href="/prod/desk/articles/${articleId}"`);
    expect(pages.facts).toMatch(new RegExp(`action="/prod/desk/articles/${articleId}/facts/`));
    expect(pages.schedules).toContain(schedule.id);
    expect(appUrls(pages.schedules as string).some((u) => u.includes(schedule.id))).toBe(true);
    // The asset the page names is the one API Gateway forwards (without the stage) to the app.
    const css = await call(browserEvent("GET", (assets as string).replace(/^\/prod/, "")));
    expect(css.statusCode).toBe(200);
    expect(css.headers["content-type"]).toMatch(/^text\/css/);
  });

  it("ignores a base path a client sends in a header", async () => {
    const spoofed = await call(
      browserEvent("GET", "/desk/articles", {
        headers: { cookie, "x-sb-base-path": "/evil", "x-forwarded-prefix": "/evil" },
      }),
    );
    expect(spoofed.statusCode).toBe(200);
    expect(spoofed.body).not.toContain("/evil");
    expectAllUnder(spoofed.body, "/prod");
  });

  it("writes no prefix through a custom domain mapped at its root", async () => {
    const res = await call(browserEvent("GET", "/desk/sign-in", { domain: "desk.example.org" }));
    expect(res.statusCode).toBe(200);
    expectAllUnder(res.body, "");
    expect(res.body).not.toContain("/prod/");
  });
});

describe("the desk without its session key on Lambda", () => {
  it("answers 503 'not configured' instead of deriving a key, and issues no cookie; the API is unaffected", async () => {
    ssm.parameters.delete(PARAM);
    ssm.requests.length = 0;
    vi.resetModules();
    const freshEntry = await import("../../src/handlers/lambda-http.js");
    shutdowns.push(freshEntry.shutdown);
    const fresh = freshEntry.handler;
    for (const p of ["/desk/sign-in", "/desk/articles", "/desk"]) {
      const res = proxyResponse(await fresh(browserEvent("GET", p), context()));
      expect(res.statusCode, p).toBe(503);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.body).toContain("The desk is not configured");
      expect(res.body).toContain("DESK_SESSION_KEY_PARAMETER");
      expect(res.headers["set-cookie"]).toBeUndefined();
      expectAllUnder(res.body, "/prod");
    }
    const post = proxyResponse(
      await fresh(
        browserEvent("POST", "/desk/sign-in", {
          body: `key=${DESK_KEYS.write}`,
          headers: { "content-type": "application/x-www-form-urlencoded", origin: `https://${API}` },
        }),
        context(),
      ),
    );
    expect(post.statusCode).toBe(503);
    expect(post.headers["set-cookie"]).toBeUndefined();
    expect(ssm.requests.filter((r) => r.body.Name === PARAM)).toHaveLength(1);
    const api = proxyResponse(
      await fresh(
        browserEvent("GET", "/v1/articles", { headers: { authorization: `Bearer ${DESK_KEYS.read}` } }),
        context(),
      ),
    );
    expect(api.statusCode).toBe(200);
  });
});

describe("the desk served locally", () => {
  let server: DeskServer;
  beforeAll(async () => {
    // The local server is no Lambda: it must not take the AWS settings this file set.
    const saved = { ...process.env };
    for (const name of [
      "AWS_LAMBDA_FUNCTION_NAME",
      "DESK_SESSION_KEY_PARAMETER",
      "S3_ENDPOINT",
      "S3_BUCKET",
      "DYNAMODB_ENDPOINT",
    ])
      delete process.env[name];
    try {
      server = await startDeskServer();
    } finally {
      Object.assign(process.env, saved);
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it("writes no prefix, whatever header a client sends", async () => {
    const page = await fetch(`${server.base}/desk/sign-in`, { headers: { "x-sb-base-path": "/evil" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expectAllUnder(html, "");
    expect(html).not.toContain("/evil");
    expect(html).not.toContain("/prod/");
    expect(page.headers.get("set-cookie")).toMatch(/desk_pre=[^;]+;.*Path=\/desk\/sign-in/);
  });
});
