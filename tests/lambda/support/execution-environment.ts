import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { runtimeNodeArgs } from "../../../infra/lib/lambda-node.js";

/** What a Lambda invocation came back with. */
export type Outcome =
  | { kind: "response"; payload: unknown }
  | { kind: "error"; error: LambdaError }
  | { kind: "init-error"; error: LambdaError }
  | { kind: "exited"; code: number | null; logs: string };

export interface LambdaError {
  errorType: string;
  errorMessage: string;
  trace?: string[];
}

export interface EnvironmentOptions {
  /** A built function folder (dist/lambda/<name>), mounted read-only at /var/task. */
  codeDir: string;
  /** The built layer (dist/layer/chromium), mounted read-only at /opt, as Lambda extracts layers. */
  layerDir: string;
  /** The folder with bin/node: Node 22, mounted read-only at /var/lang. */
  nodeDir: string;
  functionName: string;
  /** The function's own environment (the stack's, with local endpoints). */
  environment: Record<string, string>;
  memoryMb?: number;
  /** /tmp size: the stack's ephemeral storage. */
  tmpMb?: number;
}

const RUNTIME_DIR = path.join(import.meta.dirname, "runtime");

/**
 * The command Lambda's Node.js bootstrap runs its runtime with: node and the arguments it derives
 * from the function's memory, after the exec wrapper the function names in AWS_LAMBDA_EXEC_WRAPPER.
 */
function runtimeCommand(env: Record<string, string>): string[] {
  const node = ["/var/lang/bin/node", ...runtimeNodeArgs(Number(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE))];
  const wrapper = env.AWS_LAMBDA_EXEC_WRAPPER;
  return wrapper ? [wrapper, ...node] : node;
}
// Lambda runs function code as an unprivileged user (sbx_user1051); any non-root id will do.
const SANDBOX_UID = 993;
/**
 * The user's entry in the sandbox's /etc/passwd, as Lambda's image has one for sbx_user1051: with
 * no HOME set, the AWS SDK asks the system for the user's home folder (os.homedir), and a user id
 * the host does not list makes that throw.
 */
const SANDBOX_PASSWD_LINE = `sbx_user1051:x:${SANDBOX_UID}:${SANDBOX_UID}::/home/sbx_user1051:/sbin/nologin`;

/**
 * One Lambda execution environment, reproduced: a private mount namespace in which the function
 * code is /var/task and the layer /opt (both read-only), the runtime is /var/runtime and Node is
 * /var/lang, /var itself is a read-only tmpfs, and /tmp a fresh tmpfs, the only place the
 * unprivileged process can write. Lambda's reserved variables are set and nothing of the host's
 * environment passes. The runtime inside talks to the Runtime API served here.
 */
export class ExecutionEnvironment {
  private server: Server | undefined;
  private child: ChildProcess | undefined;
  private readonly queue: { id: string; event: unknown; deadlineMs: number }[] = [];
  private readonly waiting: ServerResponse[] = [];
  private readonly inflight = new Map<string, (o: Outcome) => void>();
  private initError: LambdaError | undefined;
  private exit: { code: number | null } | undefined;
  /** Everything the function wrote to stdout and stderr (its "CloudWatch Logs"). */
  logs = "";

  constructor(private readonly options: EnvironmentOptions) {}

  /** A passwd file for the sandbox: the host's users and the sandbox user, unless the host lists that id. */
  private passwdFile(): string {
    const host = readFileSync("/etc/passwd", "utf8");
    const listed = host.split("\n").some((line) => line.split(":")[2] === String(SANDBOX_UID));
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lambda-passwd-")), "passwd");
    writeFileSync(file, listed ? host : `${host.replace(/\n?$/, "\n")}${SANDBOX_PASSWD_LINE}\n`);
    return file;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const port = (this.server.address() as AddressInfo).port;
    const o = this.options;
    const lambdaEnv: Record<string, string> = {
      ...o.environment,
      AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
      AWS_LAMBDA_FUNCTION_NAME: o.functionName,
      AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(o.memoryMb ?? 2048),
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${o.functionName}`,
      AWS_LAMBDA_LOG_STREAM_NAME: `2026/11/30/[$LATEST]${randomUUID().replace(/-/g, "")}`,
      AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
      AWS_LAMBDA_RUNTIME_API: `127.0.0.1:${port}`,
      LAMBDA_TASK_ROOT: "/var/task",
      LAMBDA_RUNTIME_DIR: "/var/runtime",
      _HANDLER: "index.handler",
      LANG: "en_US.UTF-8",
      TZ: ":UTC",
      PATH: "/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin",
      LD_LIBRARY_PATH:
        "/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib",
      NODE_PATH:
        "/opt/nodejs/node22/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task",
    };
    const script = [
      "set -e",
      "mount --make-rprivate /",
      "mount -t tmpfs -o size=1m,mode=755 tmpfs /var",
      "mkdir /var/task /var/runtime /var/lang",
      ...[
        ["$CODE", "/var/task"],
        ["$RUNTIME", "/var/runtime"],
        ["$NODE", "/var/lang"],
        ["$LAYER", "/opt"],
      ].flatMap(([from, to]) => [`mount --bind "${from}" ${to}`, `mount -o remount,bind,ro ${to}`]),
      "mount -o remount,ro /var",
      // The host's users plus the sandbox's, over /etc/passwd in this namespace only.
      `mount --bind "$PASSWD" /etc/passwd`,
      `mount -t tmpfs -o size=${o.tmpMb ?? 1024}m,mode=1777 tmpfs /tmp`,
      // As Lambda's bootstrap starts the runtime: node with the arguments it derives from the
      // memory size, through the function's exec wrapper when AWS_LAMBDA_EXEC_WRAPPER names one.
      `exec setpriv --reuid=${SANDBOX_UID} --regid=${SANDBOX_UID} --clear-groups env -i "$@" ${runtimeCommand(lambdaEnv).join(" ")} /var/runtime/bootstrap.mjs`,
    ].join("\n");
    const child = spawn(
      "unshare",
      // A PID namespace whose first process dies with unshare (--kill-child): stopping the sandbox
      // with SIGKILL then takes the whole tree with it, Chromium included, instead of leaving its
      // processes orphaned on the host.
      [
        "-m",
        "-p",
        "--fork",
        "--kill-child",
        "--mount-proc",
        "sh",
        "-c",
        script,
        "sh",
        ...Object.entries(lambdaEnv).map(([k, v]) => `${k}=${v}`),
      ],
      {
        env: {
          PATH: process.env.PATH,
          PASSWD: this.passwdFile(),
          CODE: o.codeDir,
          RUNTIME: RUNTIME_DIR,
          NODE: o.nodeDir,
          LAYER: o.layerDir,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    this.child = child;
    child.stdout?.on("data", (d: Buffer) => {
      this.logs += d.toString();
    });
    child.stderr?.on("data", (d: Buffer) => {
      this.logs += d.toString();
    });
    child.on("exit", (code) => {
      this.exit = { code };
      const outcome: Outcome = this.initError
        ? { kind: "init-error", error: this.initError }
        : { kind: "exited", code, logs: this.logs };
      for (const settle of this.inflight.values()) settle(outcome);
      this.inflight.clear();
    });
  }

  /** Invokes the function as Lambda would, with `timeoutMs` as the function's timeout. */
  invoke(event: unknown, timeoutMs = 60_000): Promise<Outcome> {
    const id = randomUUID();
    return new Promise<Outcome>((resolve) => {
      if (this.exit) {
        resolve(
          this.initError
            ? { kind: "init-error", error: this.initError }
            : { kind: "exited", code: this.exit.code, logs: this.logs },
        );
        return;
      }
      const timer = setTimeout(() => {
        this.inflight.delete(id);
        resolve({
          kind: "error",
          error: { errorType: "Sandbox.Timedout", errorMessage: `timed out after ${timeoutMs} ms` },
        });
      }, timeoutMs + 5_000);
      this.inflight.set(id, (o) => {
        clearTimeout(timer);
        resolve(o);
      });
      this.queue.push({ id, event, deadlineMs: Date.now() + timeoutMs });
      this.dispatch();
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && !this.exit) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await gone;
    }
    for (const res of this.waiting.splice(0)) res.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private dispatch(): void {
    while (this.queue.length && this.waiting.length) {
      const inv = this.queue.shift();
      const res = this.waiting.shift();
      if (!inv || !res) return;
      res.writeHead(200, {
        "content-type": "application/json",
        "lambda-runtime-aws-request-id": inv.id,
        "lambda-runtime-deadline-ms": String(inv.deadlineMs),
        "lambda-runtime-invoked-function-arn": `arn:aws:lambda:eu-west-1:123456789012:function:${this.options.functionName}`,
        "lambda-runtime-trace-id": `Root=1-${Date.now().toString(16)}-${randomUUID().replace(/-/g, "").slice(0, 24)}`,
      });
      res.end(JSON.stringify(inv.event));
    }
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const url = req.url ?? "";
    if (req.method === "GET" && url === "/2018-06-01/runtime/invocation/next") {
      this.waiting.push(res);
      this.dispatch();
      return;
    }
    const done = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/.exec(url);
    if (req.method === "POST" && done?.[1]) {
      const settle = this.inflight.get(done[1]);
      this.inflight.delete(done[1]);
      const parsed = JSON.parse(body || "null") as unknown;
      settle?.(
        done[2] === "response"
          ? { kind: "response", payload: parsed }
          : { kind: "error", error: parsed as LambdaError },
      );
      res.writeHead(202).end('{"status":"OK"}');
      return;
    }
    if (req.method === "POST" && url === "/2018-06-01/runtime/init/error") {
      this.initError = JSON.parse(body) as LambdaError;
      res.writeHead(202).end('{"status":"OK"}');
      return;
    }
    res.writeHead(404).end();
  }
}
