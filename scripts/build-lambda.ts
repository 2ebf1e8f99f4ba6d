/**
 * `npm run build`: the Lambda bundles and the Chromium layer that `infra/` deploys.
 *
 *   dist/lambda/http/   index.mjs and its chunks (+ .map where they hold src/ code),
 *                       templates/ (+ precompiled.json, themes.parsed.json),
 *                       assets/{fonts.css,countries-50m.json,countries-50m.bounds.json,
 *                       countries-50m.layers.json (every theme's map frame drawn), swagger-ui/}
 *   dist/lambda/job/    the same layout around the scheduled-job handler
 *   dist/layer/chromium/nodejs/node_modules/@sparticuz/chromium and its runtime dependencies
 *   dist/layer/chromium/chromium/   Chromium already unpacked (/opt/chromium on Lambda, found
 *                                   through CHROMIUM_UNPACKED_DIR): no unpack at cold start
 *   dist/lambda/http/compile-cache/ the V8 code cache of one cold start on Lambda's Node 22
 *                                   (scripts/build/compile-cache.ts)
 *   dist/lambda/job/compile-cache/  the same for the job function (a poller invocation)
 *
 * Prints each artifact's size and fails when a function's zip would pass 5 MB.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { EXEC_WRAPPER_FILE, execWrapperScript, lambdaNodeCommand } from "../infra/lib/lambda-node.js";
import { hashKey } from "../src/adapters/http/middleware/api-keys.js";
import { startEmbeddedDynamoDb } from "../src/adapters/local/embedded-dynamodb.js";
import { startEmbeddedS3 } from "../src/adapters/local/embedded-s3.js";
import { loadEmbeddedFonts } from "../src/adapters/templates/embedded-fonts.js";
import {
  BOUNDS_FILE,
  baseLayersFileFor,
  boundsFileFor,
  LAYERS_FILE,
} from "../src/adapters/templates/geography.js";
import { PRECOMPILED_FILE, precompileTemplates } from "../src/adapters/templates/precompiled-templates.js";
import { loadThemes, PARSED_THEMES_FILE, parsedThemesJson } from "../src/adapters/templates/theme-folder.js";
import { node22 } from "../tests/lambda/support/node22.js";
import { shipCompileCache } from "./build/compile-cache.js";
import { ESM_BANNER } from "./build/esm-banner.js";
import { copyPackages, runtimeClosure } from "./build/layer-packages.js";
import { lexiconKeysDefine } from "./build/lexicon-patterns.js";
import { PREPARED_CHROMIUM_DIR, prepareChromium } from "./build/prepared-chromium.js";
import { type DirSize, formatBytes, measureDir, sizeProblems } from "./build/zip-size.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface BuildOptions {
  /** Repository root: where `src/handlers`, `templates` and `node_modules` are. */
  root: string;
  /** Output folder, `dist` by default. */
  outDir: string;
  /** Handler entry per function folder name. */
  functions: Record<string, string>;
}

export const DEFAULT_FUNCTIONS: Record<string, string> = {
  http: "src/handlers/lambda-http.ts",
  job: "src/handlers/lambda-scheduled.ts",
};

/** Comes from the layer at /opt/nodejs/node_modules, so it is never bundled. */
const CHROMIUM_PACKAGE = "@sparticuz/chromium";

/**
 * Packages the bundle imports but can never use on Lambda, replaced by modules that throw if
 * reached. Each is about 0.5 MB zipped that every cold start would otherwise load and parse.
 */
export const LAMBDA_STUBS: Record<string, string> = {
  // The embedded S3 server is for `npm start` and tests; on Lambda, config always picks Amazon S3.
  s3rver: `export default class S3rver { constructor() { throw new Error("The embedded S3 server is not part of the Lambda bundle; set S3_BUCKET to use Amazon S3."); } }`,
  // The embedded DynamoDB (and its LevelDB) is for `npm start` and tests; on Lambda the index is a DynamoDB table.
  dynalite: `export default function dynalite() { throw new Error("The embedded DynamoDB server is not part of the Lambda bundle; set SB_ARTICLE_INDEX_TABLE to use DynamoDB."); }`,
  // puppeteer's browser downloader needs it; on Lambda, Chromium comes from the layer.
  "proxy-agent": `export class ProxyAgent { constructor() { throw new Error("Downloading browsers is not part of the Lambda bundle; Chromium comes from the layer."); } }`,
};

const stubs: Plugin = {
  name: "lambda-stubs",
  setup(b) {
    const names = Object.keys(LAMBDA_STUBS).map((n) => n.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"));
    b.onResolve({ filter: new RegExp(`^(${names.join("|")})$`) }, (args) => ({
      path: args.path,
      namespace: "lambda-stub",
    }));
    b.onLoad({ filter: /.*/, namespace: "lambda-stub" }, (args) => ({
      contents: LAMBDA_STUBS[args.path] ?? "",
      loader: "js",
    }));
  },
};

/**
 * One handler, bundled to `<fnDir>/index.mjs` (+ source map) and the chunks its dynamic imports
 * split off (`chunk-*.mjs`, beside it so `import.meta.url` and `__dirname` name the same folder):
 * a chunk is read and compiled only when the code first needs it, and the entry can start the
 * Chromium unpack before the bulk of the code loads (src/handlers/lambda-http.ts).
 */
export async function bundleHandler(root: string, entry: string, fnDir: string): Promise<void> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outdir: fnDir,
    entryNames: "index",
    chunkNames: "chunk-[hash]",
    outExtension: { ".js": ".mjs" },
    splitting: true,
    // Packages' ES module builds first (the AWS SDK's dist-es rather than dist-cjs): a split chunk
    // reached by a dynamic import of a CommonJS build exports only `default`, so
    // `const { SSMClient } = await import("@aws-sdk/client-ssm")` found no constructor.
    mainFields: ["module", "main"],
    bundle: true,
    platform: "node",
    target: "node22",
    format: "esm",
    minify: true,
    // Logged stack traces map back to src/ through these (src/source-stack.ts); the sources
    // themselves stay out of the map to keep the zip small.
    sourcemap: true,
    sourcesContent: false,
    banner: { js: ESM_BANNER },
    define: lexiconKeysDefine(),
    // The AWS SDK v3 is bundled, not taken from the runtime: the Node.js 22 runtime ships an
    // SDK v3 version AWS picks and updates on its own schedule, while the bundle pins the one
    // the tests ran against (S3 conditional writes, presigned URLs, Scheduler, SSM). It costs
    // about 0.9 MB minified, 0.5 MB of the zip with its source map: well inside the 5 MB budget.
    external: [CHROMIUM_PACKAGE],
    plugins: [stubs],
    logLevel: "warning",
  });
  if (result.errors.length) throw new Error(`esbuild failed for ${entry}`);
  await dropVendorMaps(fnDir);
  // A parse check: a banner name clashing with a bundled declaration fails here, not on Lambda.
  for (const file of (await readdir(fnDir)).filter((f) => f.endsWith(".mjs"))) {
    const check = spawnSync(process.execPath, ["--check", path.join(fnDir, file)], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`${entry}: ${file} does not parse:\n${check.stderr}`);
  }
}

/**
 * Source maps are shipped for the chunks that hold code of src/ only: a logged stack maps back to
 * the sources through them (src/source-stack.ts), while a chunk made only of packages (the AWS
 * SDK, Puppeteer, Hono, zod) keeps its frames in the chunk's coordinates. Those maps were about
 * half a megabyte of each function's zip, which must stay under 5 MB.
 */
export async function dropVendorMaps(fnDir: string): Promise<void> {
  for (const file of (await readdir(fnDir)).filter((f) => f.endsWith(".mjs.map"))) {
    const map = JSON.parse(await readFile(path.join(fnDir, file), "utf8")) as { sources: string[] };
    if (map.sources.some((s) => !s.includes("node_modules/") && /(^|\/)src\//.test(s))) continue;
    await rm(path.join(fnDir, file));
    const chunk = path.join(fnDir, file.replace(/\.map$/, ""));
    const code = await readFile(chunk, "utf8");
    await writeFile(chunk, code.replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, "\n"));
  }
}

/** Work done once at build time rather than at every cold start. */
interface Precomputed {
  fontsCss: string;
  /** The templates compiled to JavaScript (src/adapters/templates/precompiled-templates.ts). */
  templates: string;
  /** The atlas's country and border bounds (src/adapters/templates/geography.ts). */
  bounds: string;
  /** Every theme's map frame drawn over the atlas (src/adapters/templates/geography.ts). */
  layers: string;
  /** The themes validated, with their files' checksums (src/adapters/templates/theme-folder.ts). */
  themes: string;
}

/** What the code reads from disk at cold start, since the bundle has no node_modules beside it. */
async function writeRuntimeFiles(root: string, fnDir: string, pre: Precomputed, name: string): Promise<void> {
  // Lambda runs the function's Node through it (AWS_LAMBDA_EXEC_WRAPPER): executable by any user.
  await writeFile(path.join(fnDir, EXEC_WRAPPER_FILE), execWrapperScript(), { mode: 0o755 });
  await cp(path.join(root, "templates"), path.join(fnDir, "templates"), {
    recursive: true,
    dereference: true,
  });
  await writeFile(path.join(fnDir, "templates", PRECOMPILED_FILE), pre.templates);
  await writeFile(path.join(fnDir, "templates", PARSED_THEMES_FILE), pre.themes);
  const assets = path.join(fnDir, "assets");
  await mkdir(assets, { recursive: true });
  await writeFile(path.join(assets, "fonts.css"), pre.fontsCss);
  await cp(
    path.join(root, "node_modules", "world-atlas", "countries-50m.json"),
    path.join(assets, "countries-50m.json"),
  );
  await writeFile(path.join(assets, BOUNDS_FILE), pre.bounds);
  await writeFile(path.join(assets, LAYERS_FILE), pre.layers);
  // /docs serves these (src/adapters/http/routes/docs.ts); only the HTTP function has routes.
  if (name === "http") {
    await mkdir(path.join(assets, "swagger-ui"), { recursive: true });
    for (const file of ["swagger-ui.css", "swagger-ui-bundle.js"]) {
      await cp(
        path.join(root, "node_modules", "swagger-ui-dist", file),
        path.join(assets, "swagger-ui", file),
      );
    }
  }
}

async function buildChromiumLayer(root: string, layerDir: string): Promise<string[]> {
  const packages = await runtimeClosure(CHROMIUM_PACKAGE, path.join(root, "node_modules"));
  // Of the Chromium package itself only its code (the launch flags): the binaries go in unpacked
  // beside it, so its Brotli archives (66 MB) would only count against the 250 MB.
  await copyPackages(packages, layerDir, { [CHROMIUM_PACKAGE]: ["package.json", "LICENSE", "build"] });
  await prepareChromium(
    path.join(root, "node_modules", CHROMIUM_PACKAGE, "bin"),
    path.join(layerDir, PREPARED_CHROMIUM_DIR),
  );
  return packages.map((p) => p.relative);
}

/**
 * Trains a function's compile cache: one cold start of its bundle on the Node of Lambda's runtime
 * (the harness's pinned Node 22, fetched once), run by `script` against local S3 and DynamoDB
 * servers started for it, with the environment the function is deployed with.
 */
async function trainCompileCache(
  root: string,
  fnDir: string,
  script: string,
  functionName: string,
  env: Record<string, string>,
): Promise<string[]> {
  const node = path.join(await node22(root), "bin", "node");
  const command = lambdaNodeCommand(node, path.join(fnDir, EXEC_WRAPPER_FILE));
  const data = await mkdtemp(path.join(tmpdir(), "sb-build-s3-"));
  const s3 = await startEmbeddedS3({ directory: data, bucket: "build" });
  const dynamo = await startEmbeddedDynamoDb({});
  try {
    return await shipCompileCache(fnDir, {
      command,
      script,
      env: {
        PATH: process.env.PATH,
        AWS_LAMBDA_FUNCTION_NAME: functionName,
        AWS_REGION: "us-east-1",
        AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: "build",
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        SCHEDULER_TARGET_ARN: "arn:aws:lambda:us-east-1:123456789012:function:build-job",
        SCHEDULER_ROLE_ARN: "arn:aws:iam::123456789012:role/build",
        SCHEDULER_DLQ_ARN: "arn:aws:sqs:us-east-1:123456789012:build",
        ASSETS_DIR: path.join(fnDir, "assets"),
        TEMPLATES_DIR: path.join(fnDir, "templates"),
        LOG_LEVEL: "silent",
        ...env,
      },
    });
  } finally {
    await s3.close();
    await dynamo.close();
    await rm(data, { recursive: true, force: true });
  }
}

/**
 * The HTTP function's compile cache: the reference article posted and its briefing rendered with
 * the layer's Chromium.
 */
function trainHttpCompileCache(root: string, fnDir: string, layerDir: string): Promise<string[]> {
  const key = "build-key";
  return trainCompileCache(root, fnDir, path.join(root, "bench", "cold-start-bundle-child.mjs"), "build", {
    API_KEYS: `${hashKey(key).toString("hex")}:write:build`,
    BENCH_KEY: key,
    CHROMIUM_UNPACKED_DIR: path.join(layerDir, PREPARED_CHROMIUM_DIR),
  });
}

/**
 * The job function's compile cache, from its bundle invoked as the poller schedule invokes it
 * (scripts/build/train-job-child.mjs): the module top levels and the container, most of what a
 * job's cold start compiles. Without it every job cold start compiled the whole bundle again.
 */
function trainJobCompileCache(root: string, fnDir: string): Promise<string[]> {
  return trainCompileCache(
    root,
    fnDir,
    path.join(root, "scripts", "build", "train-job-child.mjs"),
    "build-job",
    {
      // No browser: polling renders nothing.
      BROWSER_PREWARM: "off",
    },
  );
}

export interface BuildReport {
  functions: Record<string, DirSize>;
  layer: DirSize;
  layerPackages: string[];
  problems: string[];
}

export async function buildLambda(options: BuildOptions): Promise<BuildReport> {
  const { root, outDir, functions } = options;
  const lambdaDir = path.join(outDir, "lambda");
  const layerDir = path.join(outDir, "layer", "chromium");
  await rm(lambdaDir, { recursive: true, force: true });
  await rm(layerDir, { recursive: true, force: true });

  const atlas = path.join(root, "node_modules", "world-atlas", "countries-50m.json");
  const pre: Precomputed = {
    fontsCss: await loadEmbeddedFonts(),
    templates: JSON.stringify(await precompileTemplates(path.join(root, "templates"))),
    bounds: await boundsFileFor(atlas),
    themes: await parsedThemesJson(path.join(root, "templates")),
    layers: await baseLayersFileFor(
      atlas,
      (await loadThemes(path.join(root, "templates"))).list().map((t) => t.region),
    ),
  };
  await Promise.all(
    Object.entries(functions).map(async ([name, entry]) => {
      const fnDir = path.join(lambdaDir, name);
      await bundleHandler(root, entry, fnDir);
      await writeRuntimeFiles(root, fnDir, pre, name);
    }),
  );
  const layerPackages = await buildChromiumLayer(root, layerDir);
  if (functions.http) await trainHttpCompileCache(root, path.join(lambdaDir, "http"), layerDir);
  if (functions.job) await trainJobCompileCache(root, path.join(lambdaDir, "job"));

  const sizes: Record<string, DirSize> = {};
  for (const name of Object.keys(functions)) sizes[name] = await measureDir(path.join(lambdaDir, name));
  const layer = await measureDir(layerDir);
  return { functions: sizes, layer, layerPackages, problems: sizeProblems(sizes, layer) };
}

function printReport(report: BuildReport, outDir: string): void {
  const rows = [
    ...Object.entries(report.functions).map(([name, s]) => [`lambda/${name}`, s] as const),
    ["layer/chromium", report.layer] as const,
  ];
  console.log("artifact          files        raw     zipped");
  for (const [name, s] of rows) {
    console.log(
      `${name.padEnd(16)} ${String(s.files).padStart(6)} ${formatBytes(s.raw).padStart(10)} ${formatBytes(s.zipped).padStart(10)}`,
    );
  }
  console.log(`layer packages: ${report.layerPackages.join(", ")}`);
  console.log(`written to ${path.relative(process.cwd(), outDir) || "."}/`);
}

async function main(): Promise<void> {
  const outDir = path.join(ROOT, "dist");
  const report = await buildLambda({ root: ROOT, outDir, functions: DEFAULT_FUNCTIONS });
  printReport(report, outDir);
  if (report.problems.length) {
    console.error(`build failed:\n${report.problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
