import type { Server } from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer } from "../../src/adapters/http/node-server.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * The Node server over raw sockets, as a client on the wire sees it: what exactly is written
 * back, and whether the connection ends cleanly (FIN) or is reset.
 */

const LIMIT = 1024;
let stack: TestStack;
let server: Server;
let port: number;

beforeAll(async () => {
  stack = await startStack();
  const app = stack.appWith({ maxBodyBytes: LIMIT });
  await new Promise<void>((resolve) => {
    server = startNodeServer(
      { fetch: app.fetch, hostname: "127.0.0.1", port: 0, maxBodyBytes: LIMIT, lingerMs: 3_000 },
      (info) => {
        port = info.port;
        resolve();
      },
    );
  });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await stack.close();
});

interface Exchange {
  /** Everything the server wrote, as Latin-1. */
  data: string;
  /** The server ended the connection with FIN. */
  ended: boolean;
  error?: string;
}

/**
 * Opens a connection, lets `drive` write to it, and collects the answer until the connection
 * closes. `allowHalfOpen` keeps the client's side open after the server's FIN, as a client
 * still sending a body would.
 */
function exchange(
  drive: (socket: net.Socket) => void,
  options: { allowHalfOpen?: boolean; timeoutMs?: number } = {},
): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1", allowHalfOpen: options.allowHalfOpen ?? false });
    const result: Exchange = { data: "", ended: false };
    socket.on("data", (d) => {
      result.data += d.toString("latin1");
    });
    socket.on("end", () => {
      result.ended = true;
    });
    socket.on("error", (e: NodeJS.ErrnoException) => {
      result.error = e.code ?? e.message;
    });
    socket.on("close", () => resolve(result));
    const timer = setTimeout(() => socket.destroy(), options.timeoutMs ?? 8_000);
    socket.on("close", () => clearTimeout(timer));
    socket.on("connect", () => drive(socket));
  });
}

/** The responses in what the server wrote: status, headers (lower-cased names) and body. */
function responses(data: string) {
  const out: { status: number; headers: Record<string, string>; body: string }[] = [];
  let rest = data;
  while (rest.startsWith("HTTP/1.1 ")) {
    const end = rest.indexOf("\r\n\r\n");
    if (end < 0) break;
    const [statusLine = "", ...lines] = rest.slice(0, end).split("\r\n");
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const i = line.indexOf(":");
      headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const status = Number(statusLine.split(" ")[1]);
    rest = rest.slice(end + 4);
    let body = "";
    if (status >= 200 && headers["content-length"] !== undefined) {
      const n = Number(headers["content-length"]);
      body = rest.slice(0, n);
      rest = rest.slice(n);
    } else if (headers["transfer-encoding"] === "chunked") {
      for (;;) {
        const eol = rest.indexOf("\r\n");
        const size = Number.parseInt(rest.slice(0, eol), 16);
        body += rest.slice(eol + 2, eol + 2 + size);
        rest = rest.slice(eol + 2 + size + 2);
        if (size === 0 || Number.isNaN(size)) break;
      }
    }
    out.push({ status, headers, body });
  }
  return out;
}

const articlePost = (length: number, extra = "") =>
  `POST /v1/articles HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n${extra}\r\n`;

const smallArticle = JSON.stringify({
  title: "Checkpoint attack",
  text: "Militants attacked a checkpoint near Al-Qaim on Sunday.",
  publishedAt: "2025-02-02",
});

function expectPayloadTooLarge(r: { status: number; headers: Record<string, string>; body: string }) {
  expect(r.status).toBe(413);
  expect(r.headers["content-type"]).toBe("application/problem+json");
  expect(r.headers.connection).toBe("close");
  expect(JSON.parse(r.body)).toMatchObject({
    type: "/problems/payload-too-large",
    title: "Payload too large",
    status: 413,
    instance: "/v1/articles",
    limitBytes: LIMIT,
    requestId: expect.any(String),
  });
}

describe("HTTP hygiene of the Node server", () => {
  it("refuses an over-limit Content-Length with Expect: 100-continue without sending 100 Continue", async () => {
    const got = await exchange((s) => s.write(articlePost(50 * LIMIT, "Expect: 100-continue\r\n")));
    expect(got.data).not.toMatch(/100 Continue/);
    const [answer, ...more] = responses(got.data);
    expect(more).toEqual([]);
    expectPayloadTooLarge(answer as NonNullable<typeof answer>);
    expect(got.ended).toBe(true);
    expect(got.error).toBeUndefined();
  });

  it("sends 100 Continue for a body within the limit, and serves it", async () => {
    const got = await exchange(
      (s) => {
        s.write(
          articlePost(Buffer.byteLength(smallArticle), "Expect: 100-continue\r\nConnection: close\r\n"),
        );
        s.once("data", () => s.write(smallArticle));
      },
      { timeoutMs: 30_000 },
    );
    expect(got.data.startsWith("HTTP/1.1 100 Continue\r\n\r\n")).toBe(true);
    const [answer] = responses(got.data.slice("HTTP/1.1 100 Continue\r\n\r\n".length));
    expect(answer?.status).toBe(201);
    expect(got.error).toBeUndefined();
  });

  it("after a 413 on a body sent whole with a request behind it: Connection: close, then a clean end", async () => {
    const body = "x".repeat(300 * LIMIT);
    const got = await exchange((s) =>
      s.write(`${articlePost(body.length)}${body}GET /openapi.json HTTP/1.1\r\nHost: test\r\n\r\n`),
    );
    const [answer, ...more] = responses(got.data);
    expectPayloadTooLarge(answer as NonNullable<typeof answer>);
    // The request behind it is not served on a connection that said it closes.
    expect(more).toEqual([]);
    expect(got.ended).toBe(true);
    expect(got.error).toBeUndefined();
  });

  it("after a 413, a client still sending its body slowly gets FIN, not a reset", async () => {
    const started = Date.now();
    let endedAt = 0;
    const got = await exchange(
      (s) => {
        s.write(articlePost(40 * 16 * LIMIT));
        s.on("end", () => {
          endedAt = Date.now() - started;
        });
        let sent = 0;
        const timer = setInterval(() => {
          // Keeps sending past the server's FIN (for ~1.2 s, well inside the linger time), then
          // closes its own side, as a well-behaved client finishing its write would.
          if (sent++ === 40 || s.destroyed) {
            clearInterval(timer);
            if (!s.destroyed) s.end();
            return;
          }
          s.write("y".repeat(16 * LIMIT));
        }, 30);
      },
      { allowHalfOpen: true },
    );
    const [answer, ...more] = responses(got.data);
    expectPayloadTooLarge(answer as NonNullable<typeof answer>);
    expect(more).toEqual([]);
    // The answer and the FIN came at once, not after a drain timeout.
    expect(endedAt).toBeLessThan(500);
    expect(got.ended).toBe(true);
    expect(got.error).toBeUndefined();
  });

  it("answers requests normally after a 413, on a new connection, with keep-alive", async () => {
    await exchange((s) => s.write(articlePost(10 * LIMIT, "Expect: 100-continue\r\n")));
    const article = JSON.stringify({ ...JSON.parse(smallArticle), title: "Checkpoint attack, again" });
    const bytes = Buffer.byteLength(article);
    const got = await exchange((s) => {
      s.write(`${articlePost(bytes)}${article}`);
      let answered = 0;
      s.on("data", () => {
        if (++answered === 1) s.write(`${articlePost(bytes, "Connection: close\r\n")}${article}`);
      });
    });
    const [first, second] = responses(got.data);
    expect(first?.status).toBe(201);
    expect(first?.headers.connection).toBe("keep-alive");
    expect(second?.status).toBe(200);
    expect(got.ended).toBe(true);
    expect(got.error).toBeUndefined();
  });
});
