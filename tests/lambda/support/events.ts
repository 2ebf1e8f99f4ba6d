/**
 * A request as the stack's front door (API Gateway HTTP API, payload format 2.0, `$default` stage)
 * sends it to the HTTP function. A Function URL sends the same format.
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

export interface UrlResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}
