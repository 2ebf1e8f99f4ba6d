/**
 * A worktree's server started for a bench over HTTP: `src/server.ts` under tsx with the flags and
 * environment the tests use, on a free port, over a fresh data directory, rate limits off, with
 * `concurrency` renders at once. `log.text` gathers what the server prints (a bench may read and
 * clear it); `stop` ends the server and its Chromium and removes the data directory.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { descendants, startEnv, startFlags } from "../tests/support/server-process.js";

export async function startBenchServer(cwd: string, concurrency: number) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-server-"));
  const proc = spawn(process.execPath, [...startFlags(), "--import", "tsx", "src/server.ts"], {
    cwd,
    env: {
      ...process.env,
      ...startEnv(),
      PORT: "0",
      DATA_DIR: dataDir,
      RENDER_CONCURRENCY: String(concurrency),
      RENDER_QUEUE_LIMIT: "16",
      RATE_LIMIT_PER_KEY: "off",
      RATE_LIMIT_PER_ADDRESS: "off",
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = { text: "" };
  const base = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.text += chunk.toString();
      const m = /(?:listening on|endpoint) (http:\/\/[^\s]+)/.exec(log.text);
      if (m?.[1]) resolve(m[1]);
    };
    proc.stdout?.on("data", onData);
    proc.stderr?.on("data", onData);
    proc.once("exit", (code) => reject(new Error(`${cwd}: server exited with ${code}:\n${log.text}`)));
  });
  const stop = async () => {
    const pids = descendants(proc.pid ?? 0);
    const gone = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGTERM");
    await gone;
    for (const p of pids) {
      try {
        process.kill(p, "SIGKILL");
      } catch {
        // already gone with the server
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  return { pid: proc.pid ?? 0, base, log, stop };
}
