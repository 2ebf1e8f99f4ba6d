import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashKey } from "../../src/adapters/http/middleware/api-keys.js";
import { startNodeServer } from "../../src/adapters/http/node-server.js";
import { corpusText } from "../support/corpus.js";
import { readPdf } from "../support/pdf.js";
import { startStack, type TestStack } from "../support/stack.js";

/** `scenario-brief` as a user runs it: a separate process, its output and its exit code. */

// Each case starts Node processes, and the offline render a browser: slow on a loaded machine.
vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

const BIN = path.resolve(import.meta.dirname, "../../bin/scenario-brief.js");
let dir: string;

function cli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: dir,
      env: { ...process.env, SCENARIO_BRIEF_URL: "", SCENARIO_BRIEF_KEY: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "sb-cli-"));
  await writeFile(
    path.join(dir, "reference.txt"),
    `Iraq fortifies its Syrian border after the fall of Assad\n\n${corpusText()}`,
  );
  await writeFile(path.join(dir, "binary.txt"), Buffer.from([0x25, 0x50, 0x00, 0x01]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("help and usage", () => {
  it("--help lists every command and the exit codes; each command has its own --help", async () => {
    const top = await cli(["--help"]);
    expect(top.code).toBe(0);
    for (const name of [
      "render",
      "extract",
      "themes",
      "serve",
      "keys",
      "briefings list",
      "briefings download",
    ])
      expect(top.stdout).toContain(`  ${name}`);
    expect(top.stdout).toContain("0 done, 1 failure");
    expect(top.stdout).toContain("2 bad usage");
    const render = await cli(["render", "--help"]);
    expect(render.code).toBe(0);
    expect(render.stdout).toMatch(/^usage: scenario-brief render FILE… --theme ID -o OUT\.pdf/);
    expect(render.stdout).toContain("exit codes: 0 done");
    const list = await cli(["briefings", "list", "--help"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("SCENARIO_BRIEF_KEY");
  });

  it("bad usage exits 2 and says what is wrong, on stderr", async () => {
    const cases: [string[], RegExp][] = [
      [[], /usage: scenario-brief <command>/],
      [["nope"], /unknown command "nope"/],
      [["render", "reference.txt", "-o", "x.pdf"], /--theme is required/],
      [["render", "reference.txt", "--theme", "isis-prison-escape"], /-o OUT\.pdf is required/],
      [
        ["render", "missing.txt", "--theme", "isis-prison-escape", "-o", "x.pdf"],
        /no such file: missing\.txt/,
      ],
      [["render", "binary.txt", "--theme", "isis-prison-escape", "-o", "x.pdf"], /not a text file/],
      [
        ["render", "reference.txt", "--theme", "no-such-theme", "-o", "x.pdf"],
        /unknown theme "no-such-theme"; themes: .*isis-prison-escape/,
      ],
      [
        ["render", "reference.txt", "--theme", "isis-prison-escape", "-o", "x.pdf", "--as-of", "2025-13-01"],
        /--as-of must be a date as YYYY-MM-DD/,
      ],
      [
        ["render", "reference.txt", "--theme", "isis-prison-escape", "-o", "x.pdf"].concat([
          "--published",
          "2025-02-01",
          "--as-of",
          "2025-01-20",
        ]),
        /--published 2025-02-01 is after --as-of 2025-01-20/,
      ],
      [["themes", "--colour"], /unknown option --colour/],
      [["briefings", "list", "--limit", "0"], /--limit must be a whole number/],
    ];
    const runs = await Promise.all(cases.map(([args]) => cli(args)));
    for (const [i, [args, message]] of cases.entries()) {
      const run = runs[i] as Awaited<ReturnType<typeof cli>>;
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(message);
      expect(run.stdout, args.join(" ")).toBe("");
    }
  });
});

describe("offline", () => {
  it("themes --json lists the installed themes", async () => {
    const run = await cli(["themes", "--json"]);
    expect(run.code).toBe(0);
    const themes = JSON.parse(run.stdout) as { id: string; keyQuestion: string }[];
    expect(themes.map((t) => t.id)).toContain("isis-prison-escape");
    expect(themes.every((t) => t.keyQuestion.endsWith("?"))).toBe(true);
  });

  it("render prints a briefing PDF with no server, progress as lines when piped", async () => {
    const run = await cli([
      "render",
      "reference.txt",
      "--theme",
      "isis-prison-escape",
      "-o",
      "brief.pdf",
      "--published",
      "2025-01-06",
      "--as-of",
      "2025-01-20",
      "--json",
    ]);
    expect(run.stderr).toContain("scenario-brief: printing with Chromium\n");
    expect(run.code).toBe(0);
    const manifest = JSON.parse(run.stdout) as {
      theme: string;
      pdf: { pages: number; bytes: number; sha256: string };
      file: string;
    };
    expect(manifest.file).toBe(path.join(dir, "brief.pdf"));
    const bytes = await readFile(path.join(dir, "brief.pdf"));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.byteLength).toBe(manifest.pdf.bytes);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(manifest.pdf.sha256);
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(manifest.pdf.pages);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    // The briefing is about the article: its title, the camp it names, the judgment words.
    expect(pdf.text).toContain("Iraq fortifies its Syrian border");
    expect(pdf.text).toContain("Al-Hol");
    expect(pdf.text).toMatch(/Key judgments/i);
    // Dated as of the day asked for, not the day it was printed.
    expect(pdf.text).toContain("20 January 2025");
  });
});

describe("against a running service, through the typed client", () => {
  const KEY = "sb_cli-test-key-abcdefghijklmnopqrstuvwxyz0123456789";
  let stack: TestStack;
  let server: Server;
  let url: string;
  let briefing: { id: string; pdf: { sha256: string } };

  beforeAll(async () => {
    stack = await startStack({ API_KEYS: `${hashKey(KEY).toString("hex")}:read:cli` });
    const app = stack.app;
    const auth = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };
    const writer = stack.appWith({
      apiKeys: [{ hash: hashKey(KEY), scope: "write", name: "cli-writer" }],
    });
    const article = await writer.request("/v1/articles", {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ title: "Border", text: corpusText() }),
    });
    const articleId = ((await article.json()) as { id: string }).id;
    const made = await writer.request("/v1/briefings", {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ theme: "isis-prison-escape", articleIds: [articleId] }),
    });
    briefing = (await made.json()) as typeof briefing;
    await new Promise<void>((resolve) => {
      server = startNodeServer(
        { fetch: app.fetch, hostname: "127.0.0.1", port: 0, maxBodyBytes: 1 << 20 },
        (info) => {
          url = `http://127.0.0.1:${info.port}`;
          resolve();
        },
      );
    });
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await stack?.close();
  });

  it("briefings list, get and download", async () => {
    const env = { SCENARIO_BRIEF_URL: url, SCENARIO_BRIEF_KEY: KEY };
    const list = await cli(["briefings", "list", "--json"], env);
    expect(list.code, list.stderr).toBe(0);
    const page = JSON.parse(list.stdout) as { items: { id: string }[]; nextCursor: string | null };
    expect(page.items.map((b) => b.id)).toEqual([briefing.id]);
    expect(page.nextCursor).toBeNull();

    const get = await cli(["briefings", "get", briefing.id], env);
    expect(get.code).toBe(0);
    expect(get.stdout).toContain(`${briefing.id}  isis-prison-escape`);

    const download = await cli(["briefings", "download", briefing.id, "-o", "got.pdf", "--json"], env);
    expect(download.code, download.stderr).toBe(0);
    const bytes = await readFile(path.join(dir, "got.pdf"));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(briefing.pdf.sha256);
  });

  it("fails with exit 1 and the service's problem, or why it cannot be reached", async () => {
    const wrongKey = await cli(["briefings", "list"], {
      SCENARIO_BRIEF_URL: url,
      SCENARIO_BRIEF_KEY: "sb_wrong",
    });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/401 .*The API key is not valid/);
    const missing = await cli(["briefings", "get", "01JHF3Q9V6X8E2N4R5T7Y9B1C3"], {
      SCENARIO_BRIEF_URL: url,
      SCENARIO_BRIEF_KEY: KEY,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/404/);
    // A port that was just free: nothing listens there now.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const closed = await cli(["briefings", "list", "--server", `http://127.0.0.1:${port}`]);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/cannot reach the service \(ECONNREFUSED\)/);
  });
});
