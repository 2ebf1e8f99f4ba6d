import os from "node:os";
import path from "node:path";
import { PROCESS_MODELS, type ProcessModel } from "./adapters/browser/process-model.js";
import { type DeliveryConfig, parseDeliveryConfig } from "./adapters/delivery/delivery-config.js";
import { type ApiKey, parseApiKeys } from "./adapters/http/middleware/api-keys.js";
import {
  DEFAULT_RATE_LIMITS,
  parseRateLimit,
  type RateLimits,
} from "./adapters/http/middleware/rate-limit.js";
import { parseOutboundAllow } from "./adapters/net/outbound-allow.js";
import { parseSchedulerConfig, type SchedulerConfig } from "./adapters/scheduling/scheduler-config.js";
import { parseSourceReliabilities, type Reliability } from "./core/sources/admiralty.js";

/**
 * Settings, read once at start from the environment. Every wrong value is reported at once,
 * each with what was expected, and start-up stops: a half-configured service is worse than none.
 */
export interface Config {
  readonly http: { host: string; port: number; maxBodyBytes: number; pdfRedirectBytes: number };
  readonly storage:
    | { kind: "embedded"; bucket: string; directory: string; port: number }
    | {
        kind: "external";
        bucket: string;
        endpoint: string | undefined;
        region: string;
        forcePathStyle: boolean;
      };
  /**
   * The article index (selection by source, tag and time): a DynamoDB table, on AWS or at
   * DYNAMODB_ENDPOINT; else an embedded dynalite server with its data under DATA_DIR.
   */
  readonly articleIndex:
    | { kind: "embedded"; table: string; directory: string; port: number }
    | { kind: "external"; table: string; endpoint: string | undefined; region: string };
  /** Every S3 call: connection and answer timeouts, and attempts (the first included). */
  readonly storageCalls: { connectTimeoutMs: number; requestTimeoutMs: number; maxAttempts: number };
  readonly browser: {
    executablePath: string | undefined;
    concurrency: number;
    queueLimit: number;
    renderTimeoutMs: number;
    maxRendersPerBrowser: number;
    /**
     * Prints at once, each on its own warm page (PRINT_CONCURRENCY; default: the cores available,
     * at most RENDER_CONCURRENCY). Admitted briefings beyond it wait for a page, so Chromium's
     * memory is bounded by this, not by how many briefings run.
     */
    printConcurrency: number;
    /** A warm page prints this many times, then is closed and a new one opened (PAGE_MAX_PRINTS). */
    maxPrintsPerPage: number;
    /**
     * Relaunch the browser once its memory (PSS summed over its process tree) passes this
     * (BROWSER_MAX_RSS_MB; 0: never).
     */
    maxRssMb: number;
    /**
     * Chromium's process model (CHROMIUM_PROCESS_MODEL): `multi`, a renderer per page so prints
     * run in parallel (the default off Lambda), or `single`, one process (the default on Lambda,
     * one request per sandbox).
     */
    processModel: ProcessModel;
  };
  /**
   * Worker threads for extraction and composition (0: inline, as on Lambda), how many tasks may
   * wait for one, and the most one task may take.
   */
  readonly cpu: { threads: number; queueLimit: number; taskBudgetMs: number };
  /** On SIGTERM, how long in-flight briefings may take to finish before the process exits. */
  readonly shutdownGraceMs: number;
  readonly templatesDir: string;
  /** Prebuilt fonts.css and countries-50m.json, for bundles without node_modules. */
  readonly assetsDir: string | undefined;
  readonly sourceReliability: ReadonlyMap<string, Reliability>;
  /** Empty means authentication is off, which only a loopback-bound local server allows. */
  readonly apiKeys: readonly ApiKey[];
  /** Token buckets per API key and per client address (RATE_LIMIT_PER_KEY, RATE_LIMIT_PER_ADDRESS). */
  readonly rateLimits: RateLimits;
  readonly onLambda: boolean;
  readonly dissemination: { marking: string; handling: string };
  /** How schedules fire: SCHEDULER=local (in-process) or eventbridge (the default on Lambda). */
  readonly scheduler: SchedulerConfig;
  /** Webhooks and e-mail for finished briefings: secrets, retries, download links (SB_WEBHOOK_*, SB_DOWNLOAD_*, SB_EMAIL_*). */
  readonly deliveries: DeliveryConfig;
  /**
   * The browser desk: DESK_SESSION_SECRET signs its session cookies, or the SSM SecureString named
   * by DESK_SESSION_KEY_PARAMETER (Lambda; read at cold start); random per process if neither is set.
   */
  readonly desk: { sessionSecret: string | undefined; sessionKeyParameter?: string | undefined };
  /**
   * The outbound door (feeds, pages, webhooks): "host:port" entries it may reach although they
   * resolve to a blocked address (SB_OUTBOUND_ALLOW; test fixture servers on loopback). Empty by default.
   */
  readonly outbound: { allow: readonly string[] };
}

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

type Env = Record<string, string | undefined>;

const DEFAULT_HANDLING =
  "Prepared from open-source reporting by machine-assisted analysis. Verify against the cited sources before onward use.";

/** AWS settings that mean "use real S3", so no embedded server is started. */
const AWS_CREDENTIAL_HINTS = [
  "AWS_ACCESS_KEY_ID",
  "AWS_PROFILE",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_LAMBDA_FUNCTION_NAME",
];

/** Lambda's limit on a synchronous invocation's request and response payloads. */
export const LAMBDA_PAYLOAD_BYTES = 6 * 1024 * 1024;
/**
 * The largest body that fits one such payload base64-encoded (as binary bodies travel), with 64 KiB
 * kept for the headers and the rest of the event or response around it.
 */
export const LAMBDA_MAX_BINARY_BODY_BYTES = Math.floor(((LAMBDA_PAYLOAD_BYTES - 64 * 1024) * 3) / 4);

export interface LoadOptions {
  /**
   * Whether this process serves HTTP. The scheduled-job function does not: it needs no API keys,
   * and is not refused on Lambda for having none.
   */
  servesHttp?: boolean;
}

export function loadConfig(env: Env = process.env, cwd = process.cwd(), options: LoadOptions = {}): Config {
  const servesHttp = options.servesHttp ?? true;
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const str = (name: string, fallback: string) =>
    env[name]?.trim() ? (env[name] as string).trim() : fallback;
  const processModel = (): ProcessModel => {
    const raw = str("CHROMIUM_PROCESS_MODEL", onLambda ? "single" : "multi");
    if ((PROCESS_MODELS as readonly string[]).includes(raw)) return raw as ProcessModel;
    problems.push(`CHROMIUM_PROCESS_MODEL=${JSON.stringify(raw)}: expected ${PROCESS_MODELS.join(" or ")}`);
    return onLambda ? "single" : "multi";
  };

  const bucket = str("S3_BUCKET", "scenario-brief");
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    problems.push(
      `S3_BUCKET=${JSON.stringify(bucket)}: not a valid S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)`,
    );
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined;
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    problems.push(`S3_ENDPOINT=${JSON.stringify(endpoint)}: expected a URL such as http://127.0.0.1:4569`);
  }
  const external = Boolean(endpoint) || AWS_CREDENTIAL_HINTS.some((k) => env[k]);
  const storage: Config["storage"] = external
    ? {
        kind: "external",
        bucket,
        endpoint,
        region: str("AWS_REGION", str("AWS_DEFAULT_REGION", "us-east-1")),
        forcePathStyle: str("S3_FORCE_PATH_STYLE", endpoint ? "true" : "false") === "true",
      }
    : {
        kind: "embedded",
        bucket,
        directory: path.resolve(cwd, str("DATA_DIR", ".data"), "s3"),
        port: int("EMBEDDED_S3_PORT", 0, 0, 65535),
      };

  const articleIndex = loadArticleIndex(env, cwd, problems, int, str);

  let sourceReliability = new Map<string, Reliability>();
  try {
    sourceReliability = parseSourceReliabilities(env.SOURCE_RELIABILITY ?? "");
  } catch (e) {
    problems.push(
      `SOURCE_RELIABILITY: ${e instanceof Error ? e.message : e} (expected e.g. "Reuters=A,Al-Hurra=C")`,
    );
  }

  let apiKeys: ApiKey[] = [];
  try {
    apiKeys = parseApiKeys(env.API_KEYS ?? "");
  } catch (e) {
    problems.push(
      `API_KEYS: ${e instanceof Error ? e.message : e} (expected <sha256-hex>:<read|write|admin>[:<name>], comma-separated)`,
    );
  }
  const rateLimit = (name: string, fallback: RateLimits["perKey"]) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    try {
      return parseRateLimit(raw);
    } catch (e) {
      problems.push(`${name}=${JSON.stringify(raw)}: ${e instanceof Error ? e.message : e}`);
      return fallback;
    }
  };
  const rateLimits: RateLimits = {
    ...DEFAULT_RATE_LIMITS,
    perKey: rateLimit("RATE_LIMIT_PER_KEY", DEFAULT_RATE_LIMITS.perKey),
    perAddress: rateLimit("RATE_LIMIT_PER_ADDRESS", DEFAULT_RATE_LIMITS.perAddress),
  };
  let outboundAllow: string[] = [];
  try {
    outboundAllow = parseOutboundAllow(env.SB_OUTBOUND_ALLOW ?? "");
  } catch (e) {
    problems.push(
      `SB_OUTBOUND_ALLOW: ${e instanceof Error ? e.message : e} (expected host:port entries, comma-separated)`,
    );
  }
  const onLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const host = str("HOST", "127.0.0.1");
  if (servesHttp && apiKeys.length === 0 && !problems.some((p) => p.startsWith("API_KEYS"))) {
    // Fail closed: without keys the service is open, which is acceptable on loopback only.
    if (onLambda)
      problems.push("API_KEYS: no API keys are configured; on Lambda the service refuses to run open");
    else if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
      problems.push(
        `HOST=${JSON.stringify(host)}: without API_KEYS the server only binds to loopback (127.0.0.1)`,
      );
    }
  }

  const sessionSecret = env.DESK_SESSION_SECRET?.trim() || undefined;
  if (sessionSecret && sessionSecret.length < 32) {
    problems.push("DESK_SESSION_SECRET: too short; expected at least 32 random characters");
  }
  const sessionKeyParameter = env.DESK_SESSION_KEY_PARAMETER?.trim() || undefined;
  if (sessionKeyParameter && !/^\/[A-Za-z0-9_.\-/]{1,1000}$/.test(sessionKeyParameter)) {
    problems.push(
      `DESK_SESSION_KEY_PARAMETER=${JSON.stringify(sessionKeyParameter)}: expected an SSM parameter name`,
    );
  }

  const renderConcurrency = int("RENDER_CONCURRENCY", 2, 1, 16);
  const config: Config = {
    http: {
      host,
      port: int("PORT", 8787, 0, 65535),
      maxBodyBytes: int("MAX_BODY_BYTES", 1024 * 1024, 1024, 10 * 1024 * 1024),
      // A Lambda response carries at most 6 MB, and base64 grows a PDF by a third.
      pdfRedirectBytes: int("PDF_REDIRECT_BYTES", onLambda ? 4_000_000 : 2 ** 31, 0, 2 ** 31),
    },
    storage,
    articleIndex,
    storageCalls: {
      connectTimeoutMs: int("S3_CONNECT_TIMEOUT_MS", 1000, 10, 60_000),
      requestTimeoutMs: int("S3_REQUEST_TIMEOUT_MS", 5000, 10, 600_000),
      maxAttempts: int("S3_MAX_ATTEMPTS", 3, 1, 10),
    },
    browser: {
      executablePath: env.CHROMIUM_PATH?.trim() || undefined,
      concurrency: renderConcurrency,
      queueLimit: int("RENDER_QUEUE_LIMIT", 8, 0, 1000),
      renderTimeoutMs: int("RENDER_TIMEOUT_MS", 30_000, 1000, 900_000),
      maxRendersPerBrowser: int("BROWSER_MAX_RENDERS", 200, 1, 100_000),
      printConcurrency: int(
        "PRINT_CONCURRENCY",
        Math.min(renderConcurrency, Math.max(1, os.availableParallelism())),
        1,
        16,
      ),
      maxPrintsPerPage: int("PAGE_MAX_PRINTS", 50, 1, 100_000),
      maxRssMb: int("BROWSER_MAX_RSS_MB", 450, 0, 100_000),
      processModel: processModel(),
    },
    cpu: {
      // One thread per core beyond the one the event loop and Chromium share, at most two: each
      // thread holds its own copy of the code, themes and fonts (about 100 MB under tsx).
      threads: int(
        "CPU_WORKERS",
        onLambda ? 0 : Math.min(2, Math.max(1, os.availableParallelism() - 1)),
        0,
        32,
      ),
      queueLimit: int("CPU_QUEUE_LIMIT", 32, 0, 10_000),
      taskBudgetMs: int("CPU_TASK_BUDGET_MS", 20_000, 100, 900_000),
    },
    shutdownGraceMs: int("SHUTDOWN_GRACE_MS", 25_000, 0, 600_000),
    templatesDir: path.resolve(cwd, str("TEMPLATES_DIR", "templates")),
    assetsDir: env.ASSETS_DIR?.trim() ? path.resolve(cwd, env.ASSETS_DIR.trim()) : undefined,
    sourceReliability,
    apiKeys,
    rateLimits,
    onLambda,
    dissemination: {
      marking: str("DISSEMINATION_MARKING", "UNCLASSIFIED // OPEN SOURCE"),
      handling: str("DISSEMINATION_HANDLING", DEFAULT_HANDLING),
    },
    scheduler: parseSchedulerConfig(env, onLambda, problems),
    deliveries: parseDeliveryConfig(
      env,
      { publicUrl: `http://${host}:${env.PORT?.trim() || 8787}` },
      problems,
    ),
    desk: { sessionSecret, sessionKeyParameter },
    outbound: { allow: outboundAllow },
  };
  if (onLambda) problems.push(...lambdaLimits(config));
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze(config);
}

/** SB_ARTICLE_INDEX_TABLE, DYNAMODB_ENDPOINT, EMBEDDED_DYNAMODB_PORT: as the S3 settings, for DynamoDB. */
function loadArticleIndex(
  env: Env,
  cwd: string,
  problems: string[],
  int: (name: string, fallback: number, min: number, max: number) => number,
  str: (name: string, fallback: string) => string,
): Config["articleIndex"] {
  const table = str("SB_ARTICLE_INDEX_TABLE", "scenario-brief-articles");
  if (!/^[A-Za-z0-9_.-]{3,255}$/.test(table)) {
    problems.push(
      `SB_ARTICLE_INDEX_TABLE=${JSON.stringify(table)}: not a valid DynamoDB table name (3-255 letters, digits, underscores, dots, hyphens)`,
    );
  }
  const endpoint = env.DYNAMODB_ENDPOINT?.trim() || undefined;
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    problems.push(
      `DYNAMODB_ENDPOINT=${JSON.stringify(endpoint)}: expected a URL such as http://127.0.0.1:8000`,
    );
  }
  if (endpoint || AWS_CREDENTIAL_HINTS.some((k) => env[k])) {
    return {
      kind: "external",
      table,
      endpoint,
      region: str("AWS_REGION", str("AWS_DEFAULT_REGION", "us-east-1")),
    };
  }
  return {
    kind: "embedded",
    table,
    directory: path.resolve(cwd, str("DATA_DIR", ".data"), "dynamodb"),
    port: int("EMBEDDED_DYNAMODB_PORT", 0, 0, 65535),
  };
}

/** Settings Lambda cannot honour, each with the limit it runs into. */
function lambdaLimits(config: Config): string[] {
  const problems: string[] = [];
  const limit = LAMBDA_MAX_BINARY_BODY_BYTES;
  const payload =
    "a Lambda payload carries at most 6 MB (6,291,456 bytes), and base64 grows a body by a third";
  if (config.http.pdfRedirectBytes > limit) {
    problems.push(
      `PDF_REDIRECT_BYTES=${config.http.pdfRedirectBytes}: above ${limit}, the largest PDF a Lambda response can carry; ${payload}. Larger PDFs must be answered with a redirect to S3`,
    );
  }
  if (config.http.maxBodyBytes > limit) {
    problems.push(
      `MAX_BODY_BYTES=${config.http.maxBodyBytes}: above ${limit}, the largest body a Lambda request can carry; ${payload}`,
    );
  }
  return problems;
}
