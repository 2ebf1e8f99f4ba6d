import { handle, type LambdaContext, type LambdaEvent } from "hono/aws-lambda";
import { createApp } from "../adapters/http/app.js";
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

/** Function URL / API Gateway HTTP API (payload 2.0) entry point. */
export const handler = async (event: LambdaEvent, context: LambdaContext) => {
  ready ??= init().catch((e: unknown) => {
    ready = undefined;
    throw e;
  });
  return (await ready)(event, context);
};
