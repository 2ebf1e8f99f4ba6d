import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TLSSocket } from "node:tls";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSafeFetch,
  OutboundRefused,
  type SafeFetchOptions,
} from "../../src/adapters/net/safe-fetch.js";

/**
 * The outbound door against real loopback servers. The fixture server is allow-listed by its
 * exact host:port, as the test suites of feeds and webhooks do; a second server on another port is
 * not, and stands for anything on this machine the door must never reach.
 */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

class LoopbackServer {
  readonly seen: Seen[] = [];
  private readonly server: http.Server;
  port = 0;

  constructor(private readonly routes: Record<string, Route>) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        this.seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
        const path = (req.url ?? "/").split("?")[0] ?? "/";
        const route = this.routes[path];
        if (route) route(req, res, body);
        else res.writeHead(404, { "content-type": "text/plain" }).end("no such fixture");
      });
    });
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
  }
}

const redirect =
  (status: number, location: () => string): Route =>
  (_req, res) =>
    res.writeHead(status, { location: location() }).end();

const text =
  (body: string | Buffer, type = "text/plain; charset=utf-8", extra: Record<string, string> = {}): Route =>
  (_req, res) =>
    res.writeHead(200, { "content-type": type, ...extra }).end(body);

let fixture: LoopbackServer;
let other: LoopbackServer;
let closedPort: number;
const pending: ServerResponse[] = [];

const routes: Record<string, Route> = {
  "/hello": text("héllo from the fixture"),
  "/echo": (req, res, body) =>
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ method: req.method, body, type: req.headers["content-type"] ?? null })),
  "/to-other-port": redirect(302, () => `${other.origin}/hello`),
  "/to-metadata": redirect(302, () => "http://169.254.169.254/latest/meta-data/"),
  "/to-mapped": redirect(302, () => `http://[::ffff:127.0.0.1]:${fixture.port}/hello`),
  "/to-localhost": redirect(301, () => `http://localhost:${fixture.port}/hello`),
  "/to-decimal": redirect(307, () => `http://2130706433:${other.port}/hello`),
  "/to-file": redirect(302, () => "file:///etc/passwd"),
  "/to-gopher": redirect(302, () => `gopher://127.0.0.1:${fixture.port}/_INFO`),
  "/to-credentials": redirect(302, () => `http://user:pw@127.0.0.1:${fixture.port}/hello`),
  "/to-protocol-relative": redirect(302, () => "//169.254.169.254/latest/meta-data/"),
  "/to-backslashes": redirect(302, () => "/\\169.254.169.254/latest/meta-data/"),
  "/to-tab": redirect(302, () => "http://169.254.169\t.254/latest/"),
  "/to-metadata-name": redirect(302, () => "https://metadata.google.internal/computeMetadata/v1/"),
  "/to-private-name": redirect(302, () => `http://intranet.test:${fixture.port}/hello`),
  "/to-ipv6-loopback": redirect(308, () => `http://[::1]:${fixture.port}/hello`),
  "/to-unspecified": redirect(302, () => `http://0.0.0.0:${fixture.port}/hello`),
  "/loop": redirect(302, () => "/loop"),
  "/no-location": (_req, res) => res.writeHead(302).end(),
  "/bad-location": redirect(302, () => "http://[::1/"),
  "/relative/start": redirect(301, () => "../hello-again?x=1"),
  "/hello-again": text("followed"),
  "/chain/1": redirect(302, () => "/chain/2"),
  "/chain/2": redirect(302, () => "/chain/3"),
  "/chain/3": text("end of chain"),
  "/post-303": redirect(303, () => "/echo"),
  "/post-302": redirect(302, () => "/echo"),
  "/post-307": redirect(307, () => "/echo"),
  "/post-308": redirect(308, () => "/echo"),
  "/to-second-origin": redirect(302, () => `${secondOrigin()}/headers`),
  "/headers": (req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(req.headers)),
  "/big": text(Buffer.alloc(5000, 97)),
  "/big-chunked": (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    for (let i = 0; i < 50; i++) res.write(Buffer.alloc(100, 98));
    res.end();
  },
  "/exact": text(Buffer.alloc(1000, 99)),
  "/lying-length": (req, res) => {
    // Claims 10 bytes and sends more: the parser must not hand over what the length did not cover.
    res.writeHead(200, { "content-type": "text/plain", "content-length": "10" });
    res.flushHeaders();
    res.socket?.write(Buffer.alloc(2000, 100));
    res.socket?.end();
    void req;
  },
  "/truncated": (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain", "content-length": "1000" });
    res.write(Buffer.alloc(10, 101));
    setImmediate(() => res.socket?.destroy());
  },
  "/gzip": text(zlib.gzipSync("compressed text"), "text/plain", { "content-encoding": "gzip" }),
  "/br": text(zlib.brotliCompressSync("brotli text"), "text/plain", { "content-encoding": "br" }),
  "/deflate": text(zlib.deflateSync("deflated text"), "text/plain", { "content-encoding": "deflate" }),
  "/bomb": text(zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024)), "text/plain", { "content-encoding": "gzip" }),
  "/unknown-encoding": text("x", "text/plain", { "content-encoding": "compress" }),
  "/raw-deflate": text(zlib.deflateRawSync("raw deflate"), "text/plain", { "content-encoding": "deflate" }),
  "/empty-gzip": text("", "text/plain", { "content-encoding": "gzip" }),
  "/corrupt-gzip": text("this is not gzip", "text/plain", { "content-encoding": "gzip" }),
  "/cut-gzip": (_req, res) => {
    const whole = zlib.gzipSync("a whole article that must not be stored in part");
    res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
    res.end(whole.subarray(0, whole.length - 8));
  },
  "/never-answers": (_req, res) => {
    pending.push(res);
  },
  "/trickle": (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.write("a");
    pending.push(res);
  },
  "/html": text("<p>page</p>", "text/html; charset=utf-8"),
  "/no-type": (_req, res) => res.writeHead(200).end("untyped"),
  "/latin1": text(Buffer.from([0x63, 0x61, 0x66, 0xe9]), "text/plain; charset=iso-8859-1"),
  "/conditional": (req, res) => {
    if (req.headers["if-none-match"] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
    else res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end("<rss/>");
  },
  "/missing": (_req, res) => res.writeHead(404, { "content-type": "text/html" }).end("<h1>gone</h1>"),
  "/error": (_req, res) =>
    res.writeHead(503, { "content-type": "text/plain", "retry-after": "30" }).end("busy"),
};

let second: LoopbackServer;
const secondOrigin = () => second.origin;

function door(extra: Partial<SafeFetchOptions> = {}) {
  return createSafeFetch({
    userAgent: "scenario-brief/test (+https://example.org/bot)",
    allow: [`127.0.0.1:${fixture.port}`, `127.0.0.1:${second.port}`],
    ...extra,
  });
}

async function refusal(promise: Promise<unknown>): Promise<OutboundRefused> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof OutboundRefused) return e;
    throw e;
  }
  throw new Error("the request was not refused");
}

beforeAll(async () => {
  fixture = await new LoopbackServer(routes).start();
  second = await new LoopbackServer(routes).start();
  other = await new LoopbackServer(routes).start();
  const closed = await new LoopbackServer({}).start();
  closedPort = closed.port;
  await closed.stop();
});

afterAll(async () => {
  for (const res of pending) res.destroy();
  await Promise.all([fixture.stop(), second.stop(), other.stop()]);
});

describe("safe fetch: the allow-listed fixture", () => {
  it("fetches, sends its User-Agent and decodes the text", async () => {
    const res = await door()(`${fixture.origin}/hello`);
    expect(res.status).toBe(200);
    expect(res.text()).toBe("héllo from the fixture");
    expect(res.url).toBe(`${fixture.origin}/hello`);
    expect(res.redirects).toEqual([]);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const seen = fixture.seen.at(-1);
    expect(seen?.headers["user-agent"]).toBe("scenario-brief/test (+https://example.org/bot)");
    expect(seen?.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("refuses the same server when it is not on the allow-list, before connecting", async () => {
    const before = fixture.seen.length;
    const refused = await refusal(createSafeFetch({ userAgent: "t" })(`${fixture.origin}/hello`));
    expect(refused.reason).toBe("blocked-address");
    expect(fixture.seen.length).toBe(before);
  });

  it("connects to the checked address: the socket follows the injected answer, not system DNS", async () => {
    const asked: string[] = [];
    const fetch = door({
      allow: [`fixture.test:${fixture.port}`],
      lookup: async (host) => {
        asked.push(host);
        return [{ address: "127.0.0.1", family: 4 }];
      },
    });
    // fixture.test exists in no DNS: only the checked answer can have led the socket here.
    const res = await fetch(`http://fixture.test:${fixture.port}/hello`);
    expect(res.status).toBe(200);
    expect(fixture.seen.at(-1)?.headers.host).toBe(`fixture.test:${fixture.port}`);
    expect(asked).toEqual(["fixture.test"]);
  });

  it("refuses a name when any one of its answers is private, and sends nothing", async () => {
    const before = fixture.seen.length;
    const fetch = door({
      lookup: async () => [
        { address: "127.0.0.1", family: 4 },
        { address: "93.184.216.34", family: 4 },
      ],
    });
    const refused = await refusal(fetch(`http://fixture.test:${fixture.port}/hello`));
    expect(refused.reason).toBe("blocked-address");
    expect(fixture.seen.length).toBe(before);
  });

  it("returns non-2xx statuses with their bodies instead of throwing", async () => {
    const fetch = door();
    const missing = await fetch(`${fixture.origin}/missing`, { accept: ["application/json"] });
    expect([missing.status, missing.text()]).toEqual([404, "<h1>gone</h1>"]);
    const busy = await fetch(`${fixture.origin}/error`);
    expect([busy.status, busy.headers.get("retry-after"), busy.text()]).toEqual([503, "30", "busy"]);
  });

  it("passes 304 through with an empty body, the caller's conditional headers sent", async () => {
    const fetch = door();
    const first = await fetch(`${fixture.origin}/conditional`);
    expect([first.status, first.text(), first.headers.get("etag")]).toEqual([200, "<rss/>", '"v1"']);
    const again = await fetch(`${fixture.origin}/conditional`, {
      headers: { "If-None-Match": '"v1"' },
      accept: ["application/rss+xml"],
    });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    expect(again.headers.get("etag")).toBe('"v1"');
  });

  it("sends HEAD and POST with their bodies", async () => {
    const fetch = door();
    const head = await fetch(`${fixture.origin}/hello`, { method: "HEAD" });
    expect([head.status, head.body.byteLength]).toEqual([200, 0]);
    const post = await fetch(`${fixture.origin}/echo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"event":"briefing.ready"}',
    });
    expect(JSON.parse(post.text())).toEqual({
      method: "POST",
      body: '{"event":"briefing.ready"}',
      type: "application/json",
    });
    const bytes = await fetch(`${fixture.origin}/echo`, { method: "POST", body: new Uint8Array([104, 105]) });
    expect(JSON.parse(bytes.text()).body).toBe("hi");
  });

  it("reports a refused connection and a cut-off body as network failures", async () => {
    const fetch = door({ allow: [`127.0.0.1:${closedPort}`, `127.0.0.1:${fixture.port}`] });
    expect((await refusal(fetch(`http://127.0.0.1:${closedPort}/`))).reason).toBe("network");
    expect((await refusal(fetch(`${fixture.origin}/truncated`))).reason).toBe("network");
  });
});

describe("safe fetch: redirects are checked again at every hop", () => {
  it.each([
    ["/to-other-port", "blocked-address"],
    ["/to-metadata", "blocked-address"],
    ["/to-mapped", "blocked-address"],
    ["/to-localhost", "blocked-address"],
    ["/to-decimal", "blocked-address"],
    ["/to-protocol-relative", "blocked-address"],
    ["/to-backslashes", "blocked-address"],
    ["/to-tab", "blocked-address"],
    ["/to-metadata-name", "blocked-address"],
    ["/to-private-name", "blocked-address"],
    ["/to-ipv6-loopback", "blocked-address"],
    ["/to-unspecified", "blocked-address"],
    ["/to-file", "scheme"],
    ["/to-gopher", "scheme"],
    ["/to-credentials", "credentials"],
    ["/loop", "redirects"],
    ["/no-location", "redirects"],
    ["/bad-location", "redirects"],
  ] as const)("refuses %s (%s)", async (path, reason) => {
    const before = other.seen.length;
    const fetch = door({
      // Only the name a redirect may point at resolves, and to a private address.
      lookup: async (host) => {
        if (host === "intranet.test") return [{ address: "10.1.2.3", family: 4 }];
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
      },
    });
    const refused = await refusal(fetch(`${fixture.origin}${path}`));
    expect(refused.reason).toBe(reason);
    expect(other.seen.length).toBe(before);
  });

  it("names the hop it refused, not the URL it started from", async () => {
    const refused = await refusal(door()(`${fixture.origin}/to-metadata`));
    expect(refused.url).toBe("http://169.254.169.254/latest/meta-data/");
    expect(refused.message).toBe(
      "Outbound request refused (blocked-address): http://169.254.169.254 is a metadata address",
    );
  });

  it("stops a loop after maxRedirects hops", async () => {
    const before = fixture.seen.length;
    const refused = await refusal(door()(`${fixture.origin}/loop`, { maxRedirects: 3 }));
    expect(refused.message).toBe(
      `Outbound request refused (redirects): ${fixture.origin} redirected more than 3 times`,
    );
    expect(fixture.seen.length - before).toBe(4);
  });

  it("follows relative redirects and lists each hop", async () => {
    const res = await door()(`${fixture.origin}/relative/start`);
    expect(res.text()).toBe("followed");
    expect(res.url).toBe(`${fixture.origin}/hello-again?x=1`);
    expect(res.redirects).toEqual([`${fixture.origin}/hello-again?x=1`]);
    const chain = await door()(`${fixture.origin}/chain/1`, { maxRedirects: 2 });
    expect(chain.redirects).toEqual([`${fixture.origin}/chain/2`, `${fixture.origin}/chain/3`]);
    expect((await refusal(door()(`${fixture.origin}/chain/1`, { maxRedirects: 1 }))).reason).toBe(
      "redirects",
    );
  });

  it("returns the 3xx itself when maxRedirects is 0", async () => {
    const res = await door()(`${fixture.origin}/to-metadata`, { maxRedirects: 0 });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://169.254.169.254/latest/meta-data/");
    expect(res.redirects).toEqual([]);
  });

  it.each([
    ["/post-303", { method: "GET", body: "", type: null }],
    ["/post-302", { method: "GET", body: "", type: null }],
    ["/post-307", { method: "POST", body: "payload", type: "text/plain" }],
    ["/post-308", { method: "POST", body: "payload", type: "text/plain" }],
  ])("POST through %s arrives as %j", async (path, expected) => {
    const res = await door()(`${fixture.origin}${path}`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "payload",
    });
    expect(JSON.parse(res.text())).toEqual(expected);
  });

  it("drops Authorization and Cookie when a redirect leaves the origin, keeps other headers", async () => {
    const res = await door()(`${fixture.origin}/to-second-origin`, {
      headers: { Authorization: "Bearer secret", Cookie: "a=b", "X-Trace": "t1" },
    });
    const headers = JSON.parse(res.text());
    expect(headers.authorization).toBeUndefined();
    expect(headers.cookie).toBeUndefined();
    expect(headers["x-trace"]).toBe("t1");
    expect(headers.host).toBe(`127.0.0.1:${second.port}`);
  });
});

describe("safe fetch: limits", () => {
  it("refuses a body over maxBytes, by Content-Length and while streaming", async () => {
    const fetch = door();
    expect((await refusal(fetch(`${fixture.origin}/big`, { maxBytes: 1000 }))).reason).toBe("too-large");
    expect((await refusal(fetch(`${fixture.origin}/big-chunked`, { maxBytes: 1000 }))).reason).toBe(
      "too-large",
    );
    expect((await fetch(`${fixture.origin}/exact`, { maxBytes: 1000 })).body.byteLength).toBe(1000);
    expect((await fetch(`${fixture.origin}/big-chunked`, { maxBytes: 5000 })).body.byteLength).toBe(5000);
  });

  it("never hands over more than Content-Length declared", async () => {
    const res = await door()(`${fixture.origin}/lying-length`);
    expect(res.text()).toBe("d".repeat(10));
  });

  it("decodes gzip, deflate and br, and bounds the decoded bytes", async () => {
    const fetch = door();
    const gzip = await fetch(`${fixture.origin}/gzip`);
    expect(gzip.text()).toBe("compressed text");
    expect(gzip.headers.get("content-encoding")).toBeNull();
    expect((await fetch(`${fixture.origin}/deflate`)).text()).toBe("deflated text");
    expect((await fetch(`${fixture.origin}/br`)).text()).toBe("brotli text");
    // 10 MiB of zeros in about 10 KiB of gzip: refused on the decoded size.
    const bomb = await refusal(fetch(`${fixture.origin}/bomb`, { maxBytes: 1024 * 1024 }));
    expect(bomb.reason).toBe("too-large");
    expect((await refusal(fetch(`${fixture.origin}/unknown-encoding`))).reason).toBe("network");
  });

  it("reads raw deflate and an empty compressed body, and refuses a corrupt or cut-off one", async () => {
    const fetch = door();
    expect((await fetch(`${fixture.origin}/raw-deflate`)).text()).toBe("raw deflate");
    const empty = await fetch(`${fixture.origin}/empty-gzip`);
    expect([empty.status, empty.body.byteLength, empty.headers.get("content-encoding")]).toEqual([
      200,
      0,
      null,
    ]);
    const corrupt = await refusal(fetch(`${fixture.origin}/corrupt-gzip`));
    expect([corrupt.reason, corrupt.message]).toEqual([
      "network",
      `Outbound request refused (network): ${fixture.origin} failed (Z_DATA_ERROR)`,
    ]);
    // A gzip stream without its end is part of an article: refused, never stored as the whole.
    expect((await refusal(fetch(`${fixture.origin}/cut-gzip`))).reason).toBe("network");
  });

  it("refuses a server that answers too slowly, headers or body", async () => {
    const fetch = door();
    expect((await refusal(fetch(`${fixture.origin}/never-answers`, { timeoutMs: 300 }))).reason).toBe(
      "timeout",
    );
    expect((await refusal(fetch(`${fixture.origin}/trickle`, { timeoutMs: 300 }))).reason).toBe("timeout");
  });

  it("checks the media type of 2xx answers against accept", async () => {
    const fetch = door();
    const wrong = await refusal(fetch(`${fixture.origin}/html`, { accept: ["application/rss+xml"] }));
    expect(wrong.reason).toBe("content-type");
    expect(wrong.message).toMatch(/answered text\/html, expected application\/rss\+xml/);
    expect((await refusal(fetch(`${fixture.origin}/no-type`, { accept: ["text/plain"] }))).reason).toBe(
      "content-type",
    );
    expect((await fetch(`${fixture.origin}/html`, { accept: ["TEXT/HTML"] })).status).toBe(200);
    expect((await fetch(`${fixture.origin}/html`, { accept: ["text/*"] })).status).toBe(200);
  });

  it("decodes text with the charset of Content-Type", async () => {
    expect((await door()(`${fixture.origin}/latin1`)).text()).toBe("café");
  });
});

describe("safe fetch: caller headers and options", () => {
  it("writes Host, User-Agent and Accept-Encoding itself, whatever the caller passes", async () => {
    const res = await door()(`${fixture.origin}/headers`, {
      headers: { Host: "169.254.169.254", "User-Agent": "curl/8", "Accept-Encoding": "zstd", "X-Ok": "1" },
    });
    const headers = JSON.parse(res.text());
    expect(headers.host).toBe(`127.0.0.1:${fixture.port}`);
    expect(headers["user-agent"]).toBe("scenario-brief/test (+https://example.org/bot)");
    expect(headers["accept-encoding"]).toBe("gzip, deflate, br");
    expect(headers["x-ok"]).toBe("1");
  });

  it("counts a lookup that never answers against the deadline", async () => {
    const fetch = door({ lookup: () => new Promise(() => {}) });
    const refused = await refusal(fetch("http://stuck.test/", { timeoutMs: 200 }));
    expect(refused.reason).toBe("timeout");
  });

  it("rejects limits that would mean no limit", async () => {
    await expect(door()(`${fixture.origin}/hello`, { maxBytes: Number.NaN })).rejects.toThrow(RangeError);
    await expect(door()(`${fixture.origin}/hello`, { timeoutMs: -1 })).rejects.toThrow(RangeError);
    await expect(door()(`${fixture.origin}/hello`, { timeoutMs: 2 ** 31 })).rejects.toThrow(RangeError);
    await expect(door()(`${fixture.origin}/hello`, { maxRedirects: 1.5 })).rejects.toThrow(RangeError);
    // A deadline computed from a clock may carry a fraction.
    expect((await door()(`${fixture.origin}/hello`, { timeoutMs: 5000.5 })).status).toBe(200);
  });

  it("reaches an allow-listed IPv6 loopback fixture by its bracketed host:port, and nothing else there", async () => {
    const v6 = http.createServer((_req, res) =>
      res.writeHead(200, { "content-type": "text/plain" }).end("v6"),
    );
    v6.listen(0, "::1");
    await once(v6, "listening");
    const port = (v6.address() as AddressInfo).port;
    try {
      const allowed = createSafeFetch({ userAgent: "t", allow: [`[::1]:${port}`] });
      expect((await allowed(`http://[::1]:${port}/`)).text()).toBe("v6");
      expect((await refusal(allowed(`http://[::1]:${port + 1}/`))).reason).toBe("blocked-address");
      // The URL parser writes every form of ::1 alike, so the entry covers them all.
      expect((await allowed(`http://[0:0:0::1]:${port}/`)).text()).toBe("v6");
      expect((await refusal(createSafeFetch({ userAgent: "t" })(`http://[::1]:${port}/`))).reason).toBe(
        "blocked-address",
      );
    } finally {
      v6.closeAllConnections();
      v6.close();
    }
  });
});

describe("safe fetch: https to the checked address", () => {
  let dir: string;
  let server: https.Server;
  let port: number;
  let cert: string;
  const sni: (string | false | null)[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "safe-fetch-tls-"));
    execFileSync(
      "openssl",
      [
        ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
        ...["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem"), "-days", "1"],
        ...["-subj", "/CN=fixture.test", "-addext", "subjectAltName=DNS:fixture.test"],
      ],
      { stdio: "ignore" },
    );
    cert = readFileSync(path.join(dir, "cert.pem"), "utf8");
    server = https.createServer({ key: readFileSync(path.join(dir, "key.pem")), cert }, (req, res) => {
      sni.push((req.socket as TLSSocket).servername);
      res.writeHead(200, { "content-type": "text/plain" }).end(`tls to ${req.headers.host}`);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pinned = (extra: Partial<SafeFetchOptions> = {}) =>
    createSafeFetch({
      userAgent: "t",
      allow: [`fixture.test:${port}`, `wrong.test:${port}`, `127.0.0.1:${port}`],
      lookup: async () => [{ address: "127.0.0.1", family: 4 }],
      ...extra,
    });

  it("verifies the certificate against the host name while the socket goes to the checked address", async () => {
    const res = await pinned({ ca: [cert] })(`https://fixture.test:${port}/`);
    expect(res.text()).toBe(`tls to fixture.test:${port}`);
    expect(sni.at(-1)).toBe("fixture.test");
  });

  it("refuses a certificate it cannot trust, or one for another name", async () => {
    const untrusted = await refusal(pinned()(`https://fixture.test:${port}/`));
    expect(untrusted.reason).toBe("network");
    expect(untrusted.message).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/);
    const misnamed = await refusal(pinned({ ca: [cert] })(`https://wrong.test:${port}/`));
    expect(misnamed.reason).toBe("network");
    expect(misnamed.message).toMatch(/ERR_TLS_CERT_ALTNAME_INVALID/);
    const byAddress = await refusal(pinned({ ca: [cert] })(`https://127.0.0.1:${port}/`));
    expect(byAddress.reason).toBe("network");
  });
});
