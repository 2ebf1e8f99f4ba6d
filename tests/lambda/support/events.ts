/**
 * A request in payload format 2.0, as an API Gateway HTTP API or a Function URL sends it. The stack
 * no longer uses either (its front door is a REST API: `restApiEvent`), but the handler still takes
 * this format, and some tests keep it.
 */
export function httpApiEvent(
  method: string,
  rawPath: string,
  options: { body?: string; query?: string; headers?: Record<string, string> } = {},
) {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath,
    rawQueryString: options.query ?? "",
    headers: {
      host: "abc123.execute-api.eu-west-1.amazonaws.com",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.7",
      "x-amzn-trace-id": "Root=1-6744d2f0-0123456789abcdef01234567",
      ...options.headers,
    },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.eu-west-1.amazonaws.com",
      domainPrefix: "abc123",
      http: { method, path: rawPath, protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "curl/8" },
      requestId: crypto.randomUUID(),
      routeKey: "$default",
      stage: "$default",
      time: "30/Nov/2026:07:00:00 +0000",
      timeEpoch: Date.now(),
    },
    body: options.body ?? null,
    isBase64Encoded: false,
  };
}

/** The stack's REST API stage (infra/lib/constructs/front-door.ts, STAGE_NAME). */
const STAGE = "prod";

/**
 * A request as the stack's front door sends it to the HTTP function: an API Gateway REST API Lambda
 * proxy integration (payload format 1.0) on the `prod` stage, after AWS WAF. `path` is the path
 * without the stage (the client asked for `/prod/v1/...`); headers come both single- and
 * multi-valued; and since the API's binary media types are `*\/*`, every body arrives base64.
 */
export function restApiEvent(
  method: string,
  path: string,
  options: { body?: string; query?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    Host: "abc123.execute-api.eu-west-1.amazonaws.com",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-For": "203.0.113.7",
    "X-Forwarded-Port": "443",
    "X-Amzn-Trace-Id": "Root=1-6744d2f0-0123456789abcdef01234567",
    ...options.headers,
  };
  const params = new URLSearchParams(options.query ?? "");
  const multiQuery: Record<string, string[]> = {};
  for (const [name, value] of params) multiQuery[name] = [...(multiQuery[name] ?? []), value];
  const hasQuery = Object.keys(multiQuery).length > 0;
  const requestId = crypto.randomUUID();
  return {
    resource: path === "/" ? "/" : "/{proxy+}",
    path,
    httpMethod: method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: hasQuery ? Object.fromEntries(params) : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: path === "/" ? null : { proxy: path.slice(1) },
    stageVariables: null,
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.eu-west-1.amazonaws.com",
      domainPrefix: "abc123",
      extendedRequestId: requestId.slice(0, 16),
      httpMethod: method,
      identity: { sourceIp: "203.0.113.7", userAgent: "curl/8" },
      path: `/${STAGE}${path}`,
      protocol: "HTTP/1.1",
      requestId,
      requestTime: "30/Nov/2026:07:00:00 +0000",
      requestTimeEpoch: Date.now(),
      resourceId: "abc123",
      resourcePath: path === "/" ? "/" : "/{proxy+}",
      stage: STAGE,
    },
    body: options.body === undefined ? null : Buffer.from(options.body).toString("base64"),
    isBase64Encoded: options.body !== undefined,
  };
}

/** What the handler answers, with its headers in one map whichever form they came in. */
export interface ProxyResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

/**
 * The handler's answer, headers merged: to a REST API (payload 1.0) event it answers with
 * `multiValueHeaders`, to a payload 2.0 event with `headers`. API Gateway joins repeated values.
 */
export function proxyResponse(payload: unknown): ProxyResponse {
  const p = payload as ProxyResponse & { multiValueHeaders?: Record<string, string[]> };
  const headers: Record<string, string> = { ...p.headers };
  for (const [name, values] of Object.entries(p.multiValueHeaders ?? {})) headers[name] = values.join(", ");
  return { statusCode: p.statusCode, headers, body: p.body, isBase64Encoded: p.isBase64Encoded };
}
