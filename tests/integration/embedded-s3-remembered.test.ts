import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteBucketCorsCommand,
  DeleteObjectCommand,
  GetBucketCorsCommand,
  GetObjectCommand,
  PutBucketCorsCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedS3, startEmbeddedS3 } from "../../src/adapters/local/embedded-s3.js";

// The embedded S3 remembers, between requests, whether a bucket exists and its CORS and website
// configurations, instead of reading them from disk for every request: every change of them
// goes through the same server, and is seen by the next request.

let dir: string;
let s3: EmbeddedS3;
let client: S3Client;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "scenario-brief-s3-remembered-"));
  s3 = await startEmbeddedS3({ directory: dir, bucket: "first" });
  client = new S3Client({
    region: "us-east-1",
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: s3.credentials,
  });
});
afterAll(async () => {
  client.destroy();
  await s3.close();
  await rm(dir, { recursive: true, force: true });
});

const codeOf = (e: unknown) => (e as { name?: string; Code?: string }).Code ?? (e as { name?: string }).name;

describe("what the embedded S3 remembers between requests", () => {
  it("sees a bucket made after a request found it missing, and forgets one deleted", async () => {
    const put = () => client.send(new PutObjectCommand({ Bucket: "later", Key: "a.txt", Body: "a" }));
    await expect(put()).rejects.toSatisfy((e) => codeOf(e) === "NoSuchBucket");
    await client.send(new CreateBucketCommand({ Bucket: "later" }));
    await put();
    const got = await client.send(new GetObjectCommand({ Bucket: "later", Key: "a.txt" }));
    expect(await got.Body?.transformToString()).toBe("a");
    await client.send(new DeleteObjectCommand({ Bucket: "later", Key: "a.txt" }));
    await client.send(new DeleteBucketCommand({ Bucket: "later" }));
    await expect(put()).rejects.toSatisfy((e) => codeOf(e) === "NoSuchBucket");
  });

  it("reads back a CORS configuration put or deleted after an earlier request read none", async () => {
    await client.send(new PutObjectCommand({ Bucket: "first", Key: "b.txt", Body: "b" }));
    await expect(client.send(new GetBucketCorsCommand({ Bucket: "first" }))).rejects.toSatisfy(
      (e) => codeOf(e) === "NoSuchCORSConfiguration",
    );
    const rule = { AllowedMethods: ["GET"], AllowedOrigins: ["https://reader.example"] };
    await client.send(
      new PutBucketCorsCommand({ Bucket: "first", CORSConfiguration: { CORSRules: [rule] } }),
    );
    // Read through the same remembered configuration as the CORS middleware of every request.
    const cors = await client.send(new GetBucketCorsCommand({ Bucket: "first" }));
    expect(cors.CORSRules?.[0]?.AllowedOrigins).toEqual(["https://reader.example"]);
    await client.send(new DeleteBucketCorsCommand({ Bucket: "first" }));
    await expect(client.send(new GetBucketCorsCommand({ Bucket: "first" }))).rejects.toSatisfy(
      (e) => codeOf(e) === "NoSuchCORSConfiguration",
    );
  });
});
