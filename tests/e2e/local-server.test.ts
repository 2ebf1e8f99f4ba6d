import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusText } from "../support/corpus.js";
import { readPdf } from "../support/pdf.js";
import { type ServerProcess, startBuiltServer } from "../support/server-process.js";

let server: ServerProcess;
let base: string;
let dataDir: string;

/** Builds and starts the server exactly as `npm start` does, on a free port, and waits for its URL. */
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "scenario-brief-e2e-"));
  server = await startBuiltServer({ PORT: "0", DATA_DIR: dataDir });
  base = server.base;
});

afterAll(async () => {
  await server?.stop("SIGTERM");
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start, driven over real HTTP", () => {
  it("serves loopback and keeps its S3 data under DATA_DIR", async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.output()).toContain(`data in ${path.join(dataDir, "s3")}`);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
  });

  it("takes the reference article, renders a briefing, and serves the PDF the manifest describes", async () => {
    const posted = await fetch(
      `${base}/v1/articles?title=${encodeURIComponent("Iraq fortifies its Syrian border")}`,
      {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: corpusText(),
      },
    );
    expect(posted.status).toBe(201);
    const { id } = (await posted.json()) as { id: string };

    const created = await fetch(`${base}/v1/briefings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ theme: "isis-prison-escape", articleIds: [id] }),
    });
    expect(created.status).toBe(201);
    const manifest = (await created.json()) as { pdf: { url: string; sha256: string; pages: number } };

    const download = await fetch(`${base}${manifest.pdf.url}`);
    expect(download.status).toBe(200);
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(manifest.pdf.sha256);
    expect((await readPdf(bytes)).pages).toBe(manifest.pdf.pages);

    // The bytes really live in the embedded S3's folder.
    const buckets = await readdir(path.join(dataDir, "s3"));
    expect(buckets).toContain("scenario-brief");
  });
});
