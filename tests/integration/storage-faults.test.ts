import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Objects, type StorageCallLimits, s3CallOptions } from "../../src/adapters/storage/s3-objects.js";
import { createDeadline, withDeadline } from "../../src/core/deadline.js";
import { RenderTimeoutError, StorageUnavailableError } from "../../src/core/errors.js";

// An S3 endpoint that stops answering (the process stopped, not gone) must cost a call its
// timeouts or the request's deadline, never a hang.

/** Accepts connections, reads what comes, answers nothing: a stopped S3 behind a live socket. */
class Silent {
  readonly requests: string[] = [];
  private readonly sockets = new Set<net.Socket>();
  private readonly server = net.createServer((socket) => {
    this.sockets.add(socket);
    socket.once("data", (chunk) => this.requests.push(chunk.toString("latin1").split("\r\n")[0] ?? ""));
    socket.on("error", () => undefined);
    socket.on("close", () => this.sockets.delete(socket));
  });
  port = 0;

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async close() {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/**
 * A server in a child process that is SIGSTOPped with its accept queue full: connections are
 * not even accepted, so only the connection timeout ends a call.
 */
async function stoppedServer(): Promise<{ port: number; fillers: net.Socket[]; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      "const s=require('net').createServer(()=>{}).listen({port:0,host:'127.0.0.1',backlog:1},()=>console.log(s.address().port))",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once("data", (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once("error", reject);
  });
  child.kill("SIGSTOP");
  // Fill the accept queue (backlog 1 holds about two); later connection attempts hang.
  const fillers = Array.from({ length: 4 }, () => {
    const s = net.connect(port, "127.0.0.1");
    s.on("error", () => undefined);
    return s;
  });
  await new Promise((r) => setTimeout(r, 200));
  return { port, fillers, child };
}

const clients: S3Client[] = [];
function objectsAt(port: number, limits: StorageCallLimits) {
  const client = new S3Client({
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    ...s3CallOptions(limits),
  });
  clients.push(client);
  return new S3Objects(client, "bucket");
}

async function timed<T>(task: () => Promise<T>): Promise<{ error: unknown; ms: number }> {
  const start = performance.now();
  try {
    await task();
    return { error: undefined, ms: performance.now() - start };
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
}

let silent: Silent;
beforeAll(async () => {
  silent = new Silent();
  await silent.start();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await silent.close();
});

describe("S3 calls against a store that does not answer", () => {
  it("fail with StorageUnavailableError after the request timeout, retries included", async () => {
    const objects = objectsAt(silent.port, { connectTimeoutMs: 500, requestTimeoutMs: 300, maxAttempts: 2 });
    const before = silent.requests.length;
    const { error, ms } = await timed(() => objects.getJson("articles/x/article.json"));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(ms).toBeGreaterThanOrEqual(2 * 300 - 20);
    expect(ms).toBeLessThan(2 * 300 + 1000);
    expect(silent.requests.length - before).toBe(2);
  });

  it("fail within the request's deadline, however long the timeouts, and retry no further", async () => {
    const objects = objectsAt(silent.port, {
      connectTimeoutMs: 5000,
      requestTimeoutMs: 5000,
      maxAttempts: 5,
    });
    const before = silent.requests.length;
    const { error, ms } = await timed(() =>
      withDeadline(createDeadline(400), () => objects.putJson("briefings/x.json", { a: 1 })),
    );
    // The request's own time ran out first: a timeout (504), not the store's failure (503).
    expect(error).toBeInstanceOf(RenderTimeoutError);
    expect(ms).toBeLessThan(400 + 300);
    expect(silent.requests.length - before).toBe(1);
  });

  it("retries only while the deadline leaves time for it", async () => {
    const objects = objectsAt(silent.port, { connectTimeoutMs: 500, requestTimeoutMs: 150, maxAttempts: 10 });
    const before = silent.requests.length;
    const { error, ms } = await timed(() => withDeadline(createDeadline(500), () => objects.exists("k")));
    // The last attempt ends on the store's timeout or on the deadline, whichever comes first.
    expect(error instanceof StorageUnavailableError || error instanceof RenderTimeoutError).toBe(true);
    expect(ms).toBeLessThan(500 + 300);
    const attempts = silent.requests.length - before;
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(3);
  });

  it("do not start when the deadline is (nearly) spent", async () => {
    const objects = objectsAt(silent.port, { connectTimeoutMs: 500, requestTimeoutMs: 300, maxAttempts: 3 });
    const before = silent.requests.length;
    const { error, ms } = await timed(() =>
      withDeadline(createDeadline(20), () => objects.list("articles/", 10)),
    );
    expect(error).toBeInstanceOf(RenderTimeoutError);
    expect(ms).toBeLessThan(50);
    await new Promise((r) => setTimeout(r, 50));
    expect(silent.requests.length).toBe(before);
  });

  it("probe health with one HeadBucket, not a listing", async () => {
    const objects = objectsAt(silent.port, { connectTimeoutMs: 500, requestTimeoutMs: 200, maxAttempts: 1 });
    const before = silent.requests.length;
    const { error } = await timed(() => objects.ping());
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(silent.requests.slice(before)).toEqual([expect.stringMatching(/^HEAD \/bucket\/? HTTP\/1\.1$/)]);
  });

  it("fail after the connection timeout when the server does not even accept", async () => {
    const stopped = await stoppedServer();
    try {
      const objects = objectsAt(stopped.port, {
        connectTimeoutMs: 200,
        requestTimeoutMs: 60_000,
        maxAttempts: 2,
      });
      const { error, ms } = await timed(() => objects.getJson("k"));
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expect((error as Error).cause).toMatchObject({ name: "TimeoutError" });
      expect(ms).toBeGreaterThanOrEqual(2 * 200 - 20);
      expect(ms).toBeLessThan(2 * 200 + 1000);
      const withDeadlineToo = await timed(() =>
        withDeadline(createDeadline(150), () => objects.getJson("k")),
      );
      expect(withDeadlineToo.error).toBeInstanceOf(RenderTimeoutError);
      expect(withDeadlineToo.ms).toBeLessThan(150 + 200);
    } finally {
      for (const s of stopped.fillers) s.destroy();
      stopped.child.kill("SIGKILL");
    }
  });
});
