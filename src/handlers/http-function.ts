/**
 * The HTTP function's app, loaded by the entry (lambda-http.ts) once the Chromium unpack is under
 * way: everything here is the bulk of the bundle's code.
 */
import { handle, type LambdaContext, type LambdaEvent } from "hono/aws-lambda";
import { createApp } from "../adapters/http/app.js";
import { stagePrefix } from "../adapters/http/stage-prefix.js";
import { metricsForAnswer } from "../adapters/metrics/emf.js";
import { lambdaObservability } from "../adapters/observability/powertools.js";
import type { Container } from "../container.js";
import { logLevelFrom } from "../logger.js";
import { coldStart } from "./cold-start.js";
import { closeEarlyBrowser, launchAdoptingEarly, launchBrowserEarly, warmUpPrinter } from "./prewarm.js";

performance.mark("sb:appEvaluated");
type Handler = ReturnType<typeof handle>;

// One app per execution environment: the browser launched by the first render serves the rest.
let ready: Promise<Handler> | undefined;
/** The container the app was built on, for shutdown. */
let built: Container | undefined;
// Powertools' Logger and Metrics, one per execution environment.
const observability = lambdaObservability(logLevelFrom(process.env.LOG_LEVEL, "info"));

const init = async (): Promise<Handler> => {
  const { container, keys } = await coldStart(process.env, {
    servesHttp: true,
    logger: observability.logger,
    // The browser the entry launched (lambda-http.ts), when it did.
    launchBrowser: launchAdoptingEarly,
  });
  performance.mark("sb:containerReady");
  built = container;
  launchBrowserEarly(container, observability.logger);
  void warmUpPrinter(container.components, observability.logger);
  const deps = {
    ...container.http,
    ...(keys ? { currentApiKeys: () => keys.current() } : {}),
    onRender: (render: { durationMs: number }) => observability.recordRender(render.durationMs),
  };
  return handle(createApp(deps), {
    isContentTypeBinary: (type) => /^(application\/pdf|image\/|font\/)/.test(type),
  });
};

/** The problem type of a 5xx answer (problem+json bodies are text, never base64). */
function problemType(body: string | undefined): string | undefined {
  try {
    return (JSON.parse(body ?? "") as { type?: string }).type;
  } catch {
    return undefined;
  }
}

/** Puts the stage back in front of a `Location` the app answered (the desk's pages carry it already: adapters/desk/base-path.ts). */
function withStage<
  R extends { headers?: Record<string, unknown>; multiValueHeaders?: Record<string, unknown> },
>(res: R, prefix: string): R {
  if (!prefix) return res;
  const fix = (v: unknown) =>
    typeof v === "string" && v.startsWith("/") && !v.startsWith("//") ? `${prefix}${v}` : v;
  for (const bag of [res.headers, res.multiValueHeaders]) {
    if (!bag) continue;
    for (const name of Object.keys(bag)) {
      if (name.toLowerCase() !== "location") continue;
      const value = bag[name];
      bag[name] = Array.isArray(value) ? value.map(fix) : fix(value);
    }
  }
  return res;
}

/** API Gateway REST API Lambda proxy (payload 1.0) entry point; hono also takes payload 2.0 (HTTP API, Function URL). */
export const handler = async (event: LambdaEvent, context: LambdaContext) => {
  observability.startInvocation(context);
  try {
    ready ??= init().catch((e: unknown) => {
      ready = undefined;
      throw e;
    });
    const res = withStage(await (await ready)(event, context), stagePrefix(event));
    if (res.statusCode >= 500)
      observability.recordFailures(metricsForAnswer(res.statusCode, problemType(res.body)));
    return res;
  } finally {
    observability.flush();
  }
};

/**
 * Closes what this execution environment opened: the container (its browser, S3 and index
 * clients) and a browser the entry launched that no render adopted. Lambda freezes and kills a
 * sandbox without it; a process that runs the handler in-process (the tests) calls it before it
 * exits, or the browsers would outlive it.
 */
export async function shutdown(): Promise<void> {
  await ready?.catch(() => undefined);
  ready = undefined;
  const container = built;
  built = undefined;
  await Promise.all([container?.close(), closeEarlyBrowser()]);
}
