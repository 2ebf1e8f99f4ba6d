import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedS3, startEmbeddedS3 } from "../../src/adapters/local/embedded-s3.js";

// The embedded S3 server answers only requests signed with the key pair it made at start:
// another local process can neither read nor write the store without it.

const BUCKET = "auth-test";
let dir: string;
let s3: EmbeddedS3;
const clients: S3Client[] = [];

const clientWith = (credentials: { accessKeyId: string; secretAccessKey: string }) => {
  const client = new S3Client({
    region: "us-east-1",
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials,
  });
  clients.push(client);
  return client;
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "scenario-brief-s3-auth-"));
  s3 = await startEmbeddedS3({ directory: dir, bucket: BUCKET });
  await clientWith(s3.credentials).send(
    new PutObjectCommand({ Bucket: BUCKET, Key: "secret/a b+c.json", Body: '{"ok":true}' }),
  );
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s3.close();
  await rm(dir, { recursive: true, force: true });
});

const statusOf = (e: unknown) => (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

describe("the embedded S3 server's door", () => {
  it("makes fresh random credentials at every start", async () => {
    expect(s3.credentials.accessKeyId).not.toBe("S3RVER");
    expect(s3.credentials.secretAccessKey.length).toBeGreaterThanOrEqual(32);
    const other = await startEmbeddedS3({ directory: dir, bucket: BUCKET });
    try {
      expect(other.credentials.accessKeyId).not.toBe(s3.credentials.accessKeyId);
      expect(other.credentials.secretAccessKey).not.toBe(s3.credentials.secretAccessKey);
    } finally {
      await other.close();
    }
  });

  it("refuses unsigned requests with 403 and an S3 error document", async () => {
    for (const [method, url] of [
      ["GET", `${s3.endpoint}/${BUCKET}/secret/a%20b%2Bc.json`],
      ["GET", `${s3.endpoint}/${BUCKET}?list-type=2`],
      ["GET", `${s3.endpoint}/`],
      ["PUT", `${s3.endpoint}/${BUCKET}/planted.json`],
      ["DELETE", `${s3.endpoint}/${BUCKET}/secret/a%20b%2Bc.json`],
    ] as const) {
      const res = await fetch(url, { method, ...(method === "PUT" ? { body: "{}" } : {}) });
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(await res.text()).toMatch(/<Code>AccessDenied<\/Code>/);
    }
    const list = await clientWith(s3.credentials).send(new ListObjectsCommand({ Bucket: BUCKET }));
    expect((list.Contents ?? []).map((o) => o.Key)).toEqual(["secret/a b+c.json"]);
  });

  it("refuses the old fixed key pair, a wrong secret and an unknown key with 403", async () => {
    const attempts = [
      { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      { accessKeyId: s3.credentials.accessKeyId, secretAccessKey: "not-the-secret" },
      { accessKeyId: "AKIAEXAMPLE", secretAccessKey: s3.credentials.secretAccessKey },
    ];
    for (const credentials of attempts) {
      const client = clientWith(credentials);
      const read = await client
        .send(new GetObjectCommand({ Bucket: BUCKET, Key: "secret/a b+c.json" }))
        .catch((e: unknown) => e);
      expect(statusOf(read)).toBe(403);
      const write = await client
        .send(new PutObjectCommand({ Bucket: BUCKET, Key: "planted.json", Body: "{}" }))
        .catch((e: unknown) => e);
      expect(statusOf(write)).toBe(403);
    }
  });

  it("refuses a signed request whose signed parts were changed on the way", async () => {
    const url = await getSignedUrl(
      clientWith(s3.credentials),
      new GetObjectCommand({ Bucket: BUCKET, Key: "secret/a b+c.json" }),
      { expiresIn: 60 },
    );
    const otherKey = url.replace("/secret/a%20b%2Bc.json", "/secret/other.json");
    expect((await fetch(otherKey)).status).toBe(403);
    const longer = url.replace(/X-Amz-Expires=\d+/, "X-Amz-Expires=604800");
    expect((await fetch(longer)).status).toBe(403);
  });

  it("serves the right credentials, and presigned URLs with their response overrides", async () => {
    const client = clientWith(s3.credentials);
    const got = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: "secret/a b+c.json" }));
    expect(await got.Body?.transformToString()).toBe('{"ok":true}');
    const url = await getSignedUrl(
      client,
      new GetObjectCommand({
        Bucket: BUCKET,
        Key: "secret/a b+c.json",
        ResponseContentDisposition: 'attachment; filename="brief 1.pdf"',
      }),
      { expiresIn: 60 },
    );
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="brief 1.pdf"');
    expect(await res.text()).toBe('{"ok":true}');
  });
});
