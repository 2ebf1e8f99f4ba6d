import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { EXEC_WRAPPER_FILE, lambdaNodeCommand } from "../infra/lib/lambda-node.js";
import { hashKey } from "../src/adapters/http/middleware/api-keys.js";
import { startEmbeddedDynamoDb } from "../src/adapters/local/embedded-dynamodb.js";
import { startEmbeddedS3 } from "../src/adapters/local/embedded-s3.js";
import { NODE_VERSION as NODE22_VERSION } from "../tests/lambda/support/node22.js";

interface ColdStart {
  wallMs: number;
  marks: Record<string, number>;
}

const ROOT = path.resolve(import.meta.dirname, "..");

/** Which Node runs the bundle, and with which flags (`--cpu-prof` to profile a cold start). */
export interface BundleRuntime {
  /** A Node binary; Lambda's runtime is Node 22 (tests/lambda/support/node22.ts fetches one). */
  node?: string;
  nodeArgs?: string[];
  /** The built HTTP function to start, `dist/lambda/http` by default (another build, to compare). */
  bundleDir?: string;
  /**
   * Where Chromium comes from. `layer` (the default, what the stack deploys): the build's layer
   * folder stands for /opt, its Chromium already unpacked (CHROMIUM_UNPACKED_DIR). `brotli`:
   * @sparticuz/chromium inflates its archives into the temporary folder on first use, as before.
   */
  chromium?: "layer" | "brotli";
}

function once(
  args: string[],
  env: NodeJS.ProcessEnv,
  tmp: string,
  node = process.execPath,
): Promise<ColdStart> {
  const started = performance.now();
  // @sparticuz/chromium unpacks under os.tmpdir(): a private TMPDIR keeps the shared /tmp copy,
  // which a server or test may be running at this moment, out of reach (spawn ETXTBSY).
  env = { ...env, TMPDIR: tmp };
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("exit", (code) => {
      const wallMs = Math.round(performance.now() - started);
      if (code !== 0) return reject(new Error(`cold start exited with ${code}: ${out}${err}`));
      const line = out.trim().split("\n").pop() ?? "";
      resolve({ wallMs, ...(JSON.parse(line) as { marks: Record<string, number> }) });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function summary(xs: ColdStart[]) {
  const keys = [...new Set(xs.flatMap((x) => Object.keys(x.marks)))];
  return {
    wallMs: median(xs.map((x) => x.wallMs)),
    ...Object.fromEntries(keys.map((k) => [`${k}Ms`, median(xs.map((x) => x.marks[k] ?? Number.NaN))])),
  };
}

/**
 * Each variant in a reused sandbox (its temporary folder kept from the run before: with the
 * `brotli` route, Chromium already unpacked there) and in a new one (the temporary folder empty,
 * as Lambda gives a new sandbox), in a private temporary directory.
 */
async function measure(start: (tmp: string) => Promise<ColdStart>, runs: number) {
  const tmp = await mkdtemp(path.join(tmpdir(), "cold-start-tmp-"));
  const run = () => start(tmp);
  const unpacked: ColdStart[] = [];
  const unpackFirst: ColdStart[] = [];
  try {
    await run(); // leaves Chromium unpacked and the disk cache warm
    for (let i = 0; i < runs; i++) {
      unpacked.push(await run());
      // A new sandbox: nothing left in /tmp (with the `brotli` route, Chromium, SwiftShader and
      // the fonts all unpack again; with the layer's Chromium, only the profile and caches go).
      await rm(tmp, { recursive: true, force: true });
      await mkdir(tmp);
      unpackFirst.push(await run());
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const a = summary(unpacked);
  const b = summary(unpackFirst);
  return {
    chromiumUnpacked: a,
    chromiumUnpackedFirst: b,
    unpackCostRatio: Number((b.wallMs / a.wallMs).toFixed(2)),
  };
}

/**
 * Process start to first PDF stored, each time in a new process: the local server's code run
 * through tsx, and the built Lambda bundle (`npm run build`) in plain Node against an S3 server.
 */
export async function runColdStartBench(runs = 3, options: { source?: boolean } & BundleRuntime = {}) {
  const source =
    options.source === false
      ? "skipped"
      : await measure(
          (tmp) => once(["--import", "tsx", path.join(ROOT, "bench/cold-start-child.ts")], process.env, tmp),
          runs,
        );
  const bundleDir = path.resolve(ROOT, options.bundleDir ?? "dist/lambda/http");
  if (!existsSync(path.join(bundleDir, "index.mjs"))) {
    return { runs, source, bundle: "not built: run `npm run build` first" };
  }
  // The layer's Chromium, as /opt/chromium is on Lambda (CHROMIUM_UNPACKED_DIR in the stack).
  const prepared = path.join(ROOT, "dist/layer/chromium/chromium");
  const chromium = options.chromium ?? "layer";
  if (chromium === "layer" && !existsSync(path.join(prepared, "chromium"))) {
    return { runs, source, bundle: "no Chromium in dist/layer/chromium: run `npm run build` first" };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "cold-start-s3-"));
  const s3 = await startEmbeddedS3({ directory: dir, bucket: "bench" });
  // The article index: a DynamoDB-protocol server, as the table is on AWS.
  const dynamo = await startEmbeddedDynamoDb({});
  const key = "bench-key";
  const env = {
    ...process.env,
    AWS_LAMBDA_FUNCTION_NAME: "bench",
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: "bench",
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    API_KEYS: `${hashKey(key).toString("hex")}:write:bench`,
    BENCH_KEY: key,
    SCHEDULER_TARGET_ARN: "arn:aws:lambda:us-east-1:123456789012:function:bench-job",
    SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/bench",
    SCHEDULER_DLQ_ARN: "arn:aws:sqs:us-east-1:123456789012:bench",
    BUNDLE_DIR: bundleDir,
    ASSETS_DIR: path.join(bundleDir, "assets"),
    TEMPLATES_DIR: path.join(bundleDir, "templates"),
    LOG_LEVEL: "silent",
    // As the stack: none (stacks are mapped when logged, src/source-stack.ts).
    NODE_OPTIONS: "",
    ...(chromium === "layer" ? { CHROMIUM_UNPACKED_DIR: prepared } : {}),
  };
  try {
    // Started as Lambda starts it: through the function's exec wrapper, with the runtime's flags.
    const [wrapper = "", ...nodeAndFlags] = lambdaNodeCommand(
      options.node ?? process.execPath,
      path.join(bundleDir, EXEC_WRAPPER_FILE),
    );
    const bundle = await measure(
      (tmp) =>
        once(
          [
            ...nodeAndFlags,
            ...(options.nodeArgs ?? []),
            path.join(ROOT, "bench/cold-start-bundle-child.mjs"),
          ],
          env,
          tmp,
          wrapper,
        ),
      runs,
    );
    const node = spawnSync(options.node ?? process.execPath, ["--version"], {
      encoding: "utf8",
    }).stdout.trim();
    return { runs, source, chromium, node, bundle };
  } finally {
    await s3.close();
    await dynamo.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `npx tsx bench/cold-start.ts [runs] [--node22] [--cpu-prof DIR] [--bundle DIR] [--brotli]` (after
 * `npm run build`): the bundle's cold start alone. `--brotli` takes Chromium from
 * @sparticuz/chromium's archives instead of the layer's unpacked copy (the route before). `--node22` runs it on the Node 22 of Lambda's
 * runtime (the harness's copy under node_modules/.cache, `npm run test:lambda` fetches it),
 * `--cpu-prof` writes each start's V8 profile to DIR, `--bundle` starts another build.
 */
async function main(argv: string[]): Promise<void> {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(argv.find((a) => /^\d+$/.test(a)) ?? 3);
  const node22 = path.join(ROOT, "node_modules/.cache/lambda-node", NODE22_VERSION, "bin/node");
  if (argv.includes("--node22") && !existsSync(node22))
    throw new Error(`${node22} is missing: run npm run test:lambda once`);
  const profileDir = value("--cpu-prof");
  const bundleDir = value("--bundle");
  const result = await runColdStartBench(runs, {
    source: false,
    ...(argv.includes("--node22") ? { node: node22 } : {}),
    ...(profileDir ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] } : {}),
    ...(bundleDir ? { bundleDir } : {}),
    ...(argv.includes("--brotli") ? { chromium: "brotli" as const } : {}),
  });
  console.log(JSON.stringify(result, null, 1));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, "bench/cold-start.ts")) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
