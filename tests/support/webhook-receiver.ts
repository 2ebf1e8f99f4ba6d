import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
}

/**
 * A webhook receiver on loopback: records every request, answers each path from a script (the
 * next answer in its list, the last one repeated), and keeps what a careful receiver keeps, the
 * messages it processed, one per webhook-id.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  /** webhook-id → the body first processed under it; repeats are acknowledged and not processed again. */
  readonly processed = new Map<string, string>();
  private readonly scripts = new Map<string, Answer[]>();
  private server: Server | null = null;

  script(path: string, answers: (number | Answer)[]): this {
    this.scripts.set(
      path,
      answers.map((a) => (typeof a === "number" ? { status: a } : a)),
    );
    return this;
  }

  async start(): Promise<number> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const path = req.url ?? "/";
        const body = Buffer.concat(chunks).toString("utf8");
        this.received.push({ path, headers: req.headers, body });
        const script = this.scripts.get(path) ?? [{ status: 404 }];
        const answer = (script.length > 1 ? script.shift() : script[0]) as Answer;
        const id = req.headers["webhook-id"];
        if (answer.status < 300 && typeof id === "string" && !this.processed.has(id))
          this.processed.set(id, body);
        res.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers });
        res.end("ok");
      });
    });
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    return (this.server.address() as AddressInfo).port;
  }

  to(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
