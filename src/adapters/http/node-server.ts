import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { PayloadTooLargeError } from "../../core/errors.js";
import { newUlid } from "../../ids.js";
import { problemDocument } from "./problem.js";

export interface NodeServerOptions {
  /** The app's fetch handler; it receives `{ incoming, outgoing }` as `c.env`. */
  fetch: (request: Request, env: { incoming: IncomingMessage; outgoing: ServerResponse }) => unknown;
  hostname: string;
  port: number;
  /** Bodies larger than this are refused; with `Expect: 100-continue`, before the client sends them. */
  maxBodyBytes: number;
  /**
   * After a response that refused a body it did not read, how long the server keeps reading (and
   * discarding) what the client still sends before it closes the connection. Closing at once
   * with unread bytes makes the kernel reset the connection, which can destroy the response.
   */
  lingerMs?: number;
  /** ...and at most this many bytes. */
  lingerBytes?: number;
}

const LINGERING = Symbol("lingering");
type LingeringSocket = Socket & { [LINGERING]?: true };

/** Whether the request declares a body (a Content-Length above zero, or any Transfer-Encoding). */
function hasBody(req: IncomingMessage): boolean {
  if (req.headers["transfer-encoding"] !== undefined) return true;
  const length = Number(req.headers["content-length"] ?? "0");
  return !Number.isFinite(length) || length > 0;
}

/**
 * Replaces the socket's `destroySoon` (which Node calls once a `Connection: close` response has
 * been written) by a lingering close: send FIN after the response, keep reading what the client
 * still sends until it closes its side, the time runs out or too many bytes came, then destroy.
 * Pipelined requests arriving meanwhile are not served (see `serveOrIgnore`).
 */
function lingerOnClose(socket: LingeringSocket, ms: number, maxBytes: number) {
  socket.destroySoon = () => {
    if (socket[LINGERING]) return;
    socket[LINGERING] = true;
    const startBytes = socket.bytesRead;
    const stop = () => {
      clearInterval(poll);
      clearTimeout(timer);
      if (!socket.destroyed) socket.destroy();
    };
    const timer = setTimeout(stop, ms);
    const poll = setInterval(() => {
      if (socket.bytesRead - startBytes > maxBytes) stop();
    }, 50);
    timer.unref();
    poll.unref();
    socket.once("end", stop);
    socket.once("close", stop);
    socket.end();
    // The HTTP parser reads on: the unread request body is dumped, nothing is buffered.
    socket.resume();
  };
}

/**
 * Any response written while the request's body has not been read to its end says
 * `Connection: close` (a client must not send its next request on this connection), and the
 * connection then closes without a reset.
 */
function closeIfBodyUnread(req: IncomingMessage, res: ServerResponse, lingerMs: number, lingerBytes: number) {
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadClosingIfUnread(this: ServerResponse, ...args: unknown[]) {
    if (!req.complete && hasBody(req) && !res.headersSent) {
      res.setHeader("connection", "close");
      lingerOnClose(req.socket, lingerMs, lingerBytes);
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number) {
  const given = req.headers["x-request-id"];
  const requestId = typeof given === "string" && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : newUlid();
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const body = JSON.stringify(
    problemDocument(new PayloadTooLargeError("The request body", maxBodyBytes), path, requestId),
  );
  res.writeHead(413, {
    "content-type": "application/problem+json",
    "content-length": Buffer.byteLength(body),
    "x-request-id": requestId,
    connection: "close",
  });
  res.end(body);
}

/**
 * Starts the Node HTTP server for the app: @hono/node-server's adaptor, plus the HTTP hygiene
 * the adaptor leaves to us. `Expect: 100-continue` with a Content-Length over the limit gets a
 * 413 instead of `100 Continue`; a refusal of an unread body closes the connection cleanly
 * instead of advertising keep-alive and resetting it half a second later.
 */
export function startNodeServer(
  options: NodeServerOptions,
  onListening?: (info: AddressInfo) => void,
): Server {
  const lingerMs = options.lingerMs ?? 5_000;
  const lingerBytes = options.lingerBytes ?? Math.max(8 * 1024 * 1024, 4 * options.maxBodyBytes);
  let appListener: RequestListener | undefined;

  const serveOrIgnore = (req: IncomingMessage, res: ServerResponse) => {
    // A request pipelined behind a refused body, on a connection that is closing: not served.
    if ((req.socket as LingeringSocket)[LINGERING]) {
      req.resume();
      return;
    }
    closeIfBodyUnread(req, res, lingerMs, lingerBytes);
    appListener?.(req, res);
  };

  const server = createAdaptorServer({
    fetch: options.fetch as Parameters<typeof createAdaptorServer>[0]["fetch"],
    hostname: options.hostname,
    // Hono's listener is wrapped, so every request passes through the checks above.
    createServer: ((serverOptions: ServerOptions, listener: RequestListener) => {
      appListener = listener;
      return createServer(serverOptions, serveOrIgnore);
    }) as unknown as typeof createServer,
  }) as Server;

  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
      // The client has not sent the body and, told to close, need not send it.
      lingerOnClose(req.socket, lingerMs, lingerBytes);
      refuseTooLarge(req, res, options.maxBodyBytes);
      return;
    }
    res.writeContinue();
    serveOrIgnore(req, res);
  });

  server.listen(options.port, options.hostname, () => {
    onListening?.(server.address() as AddressInfo);
  });
  return server;
}
