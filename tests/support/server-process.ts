import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { buildServer } from "../../scripts/build-server.js";
import { processTree } from "../../src/adapters/browser/process-memory.js";

export interface ServerProcess {
  proc: ChildProcess;
  /** The first URL the process printed, e.g. http://127.0.0.1:4567. */
  base: string;
  /** Everything the process wrote so far. */
  output(): string;
  /** Sends `signal` and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/**
 * Starts an entry point as its own Node process (a TypeScript one under tsx, a built `.js` one as
 * it is) and waits until it prints the URL it listens on (`listening on <url>` or `endpoint <url>`).
 */
export async function startProcess(
  entry: string,
  env: Record<string, string>,
  args: string[] = [],
  nodeFlags: string[] = [],
): Promise<ServerProcess> {
  const loader = entry.endsWith(".ts") ? ["--import", "tsx"] : [];
  const proc = spawn(process.execPath, [...nodeFlags, ...loader, entry, ...args], {
    env: { ...process.env, LOG_LEVEL: "warn", ...startEnv(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(?:listening on|endpoint) (http:\/\/[^\s]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout?.on("data", onData);
    proc.stderr?.on("data", onData);
    void exited.then((code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
  return {
    proc,
    base,
    output: () => output,
    exited,
    /**
     * Stops the process. SIGKILL gives it no chance to close its own children, so the
     * descendants read before the kill (Chromium, its helpers) are killed with it; otherwise
     * they would outlive the test, reparented to init.
     */
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (proc.exitCode === null && proc.signalCode === null) {
        const orphans = signal === "SIGKILL" && proc.pid !== undefined ? descendants(proc.pid) : [];
        proc.kill(signal);
        for (const pid of orphans) {
          try {
            process.kill(pid, "SIGKILL");
          } catch {
            // already gone
          }
        }
      }
      return exited;
    },
  };
}

/** The local server from its sources, under tsx (quicker to start than a build for most tests). */
export const startServer = (env: Record<string, string>) => startProcess("src/server.ts", env);

const ROOT = path.resolve(import.meta.dirname, "../..");

function startScript(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/);
}

/**
 * The Node flags `npm start` gives the server (package.json's start script), so that a bench or a
 * test runs the server as it is run, young generation size included.
 */
export function startFlags(): string[] {
  return startScript().filter((a) => a.startsWith("--"));
}

/** The environment `npm start` sets before `node` (its leading NAME=value words: MALLOC_ARENA_MAX). */
export function startEnv(): Record<string, string> {
  const words = startScript();
  const env: Record<string, string> = {};
  for (const w of words.slice(0, words.indexOf("node"))) {
    const at = w.indexOf("=");
    if (at > 0) env[w.slice(0, at)] = w.slice(at + 1);
  }
  return env;
}

let builds = 0;

/**
 * The local server as `npm start` runs it: bundled (scripts/build-server.ts, the start script's
 * `prestart`) and started with the start script's Node flags, plus `extraFlags`. Each call builds
 * into a folder of its own under node_modules/.cache (inside the project, so that the packages
 * the bundle leaves out resolve), removed when the server stops.
 */
export async function startBuiltServer(
  env: Record<string, string>,
  extraFlags: string[] = [],
): Promise<ServerProcess> {
  const dir = path.join(ROOT, "node_modules", ".cache", "sb-server", `${process.pid}-${builds++}`);
  await mkdir(path.dirname(dir), { recursive: true });
  const entry = await buildServer(ROOT, dir);
  let server: ServerProcess;
  try {
    server = await startProcess(entry, env, [], [...startFlags(), ...extraFlags]);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  // The build goes with the process, however it ends.
  const removed = server.exited.then(() => rm(dir, { recursive: true, force: true }));
  const stop = server.stop;
  return {
    ...server,
    stop: async (signal) => {
      const code = await stop(signal);
      await removed;
      return code;
    },
  };
}

/** Every process descended from `pid`, read from /proc (Linux). */
export function descendants(pid: number): number[] {
  return processTree(pid).slice(1);
}

/** The main Chromium process under `pid`: the one whose own parent is not Chromium. */
export function chromiumOf(pid: number): number | undefined {
  const cmd = (p: number) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, "utf8");
    } catch {
      return "";
    }
  };
  return descendants(pid).find((p) => /chromium|chrome/.test(cmd(p)) && !/--type=/.test(cmd(p)));
}
