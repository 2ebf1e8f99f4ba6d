// A Lambda runtime interface client, enough of one to run a handler the way nodejs22.x does:
// it loads LAMBDA_TASK_ROOT/<module> named by _HANDLER with import(), then loops on the Runtime
// API (GET next, POST response or error) and reports a failed start to /init/error. The context
// carries the invocation's deadline from the Lambda-Runtime-Deadline-Ms header.
import { existsSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

register("./layer-resolve.mjs", import.meta.url);

const env = process.env;
const api = `http://${env.AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime`;

const errorOf = (error, type) => ({
  errorType: type ?? error?.name ?? "Error",
  errorMessage: error instanceof Error ? error.message : String(error),
  trace: String(error?.stack ?? "").split("\n"),
});

async function post(route, body, errorType) {
  const headers = { "content-type": "application/json" };
  if (errorType) headers["lambda-runtime-function-error-type"] = errorType;
  const res = await fetch(`${api}${route}`, { method: "POST", headers, body: JSON.stringify(body ?? null) });
  await res.arrayBuffer();
}

async function loadHandler() {
  const spec = env._HANDLER ?? "";
  const dot = spec.lastIndexOf(".");
  const [moduleName, name] = [spec.slice(0, dot), spec.slice(dot + 1)];
  const root = env.LAMBDA_TASK_ROOT ?? "/var/task";
  const file = [".js", ".mjs", ".cjs"].map((ext) => path.join(root, moduleName + ext)).find(existsSync);
  if (!file)
    throw Object.assign(new Error(`Cannot find module '${moduleName}'`), {
      lambdaType: "Runtime.ImportModuleError",
    });
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (error) {
    error.lambdaType =
      error instanceof SyntaxError ? "Runtime.UserCodeSyntaxError" : "Runtime.ImportModuleError";
    throw error;
  }
  const handler = mod[name];
  if (typeof handler !== "function") {
    throw Object.assign(new Error(`${spec} is undefined or not exported`), {
      lambdaType: "Runtime.HandlerNotFound",
    });
  }
  return handler;
}

let handler;
try {
  handler = await loadHandler();
} catch (error) {
  const body = errorOf(error, error?.lambdaType);
  console.error(`INIT_REPORT ${body.errorType}: ${body.errorMessage}`);
  await post("/init/error", body, body.errorType);
  process.exit(1);
}

let current;
for (const event of ["uncaughtException", "unhandledRejection"]) {
  process.on(event, async (error) => {
    console.error(`Uncaught ${event}`, error);
    if (current)
      await post(`/invocation/${current}/error`, errorOf(error), "Runtime.ExitError").catch(() => {});
    process.exit(128);
  });
}

for (;;) {
  const next = await fetch(`${api}/invocation/next`);
  const id = next.headers.get("lambda-runtime-aws-request-id");
  const deadline = Number(next.headers.get("lambda-runtime-deadline-ms"));
  const event = await next.json();
  current = id;
  const context = {
    awsRequestId: id,
    invokedFunctionArn: next.headers.get("lambda-runtime-invoked-function-arn"),
    functionName: env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  try {
    const result = await handler(event, context);
    await post(`/invocation/${id}/response`, result);
  } catch (error) {
    const body = errorOf(error);
    await post(`/invocation/${id}/error`, body, body.errorType);
  }
  current = undefined;
}
