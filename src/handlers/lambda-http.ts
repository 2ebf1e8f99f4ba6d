import { handle, type LambdaContext, type LambdaEvent } from "hono/aws-lambda";
import { createApp } from "../adapters/http/app.js";
import { emitFailures, metricsForAnswer } from "../adapters/metrics/emf.js";
import { coldStart } from "./cold-start.js";

type Handler = ReturnType<typeof handle>;

// One app per execution environment: the browser launched by the first render serves the rest.
let ready: Promise<Handler> | undefined;

const init = async (): Promise<Handler> => {
  const { container, keys } = await coldStart();
  const deps = keys ? { ...container.http, currentApiKeys: () => keys.current() } : container.http;
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

/** API Gateway REST API Lambda proxy (payload 1.0) entry point; hono also takes payload 2.0 (HTTP API, Function URL). */
export const handler = async (event: LambdaEvent, context: LambdaContext) => {
  ready ??= init().catch((e: unknown) => {
    ready = undefined;
    throw e;
  });
  const res = await (await ready)(event, context);
  if (res.statusCode >= 500) emitFailures(metricsForAnswer(res.statusCode, problemType(res.body)));
  return res;
};
