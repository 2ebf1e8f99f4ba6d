/** A Function URL request (payload format 2.0), as AWS sends it to the HTTP function. */
export function functionUrlEvent(
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
      host: "abc123.lambda-url.eu-west-1.on.aws",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.7",
      "x-amzn-trace-id": "Root=1-6744d2f0-0123456789abcdef01234567",
      ...options.headers,
    },
    requestContext: {
      accountId: "anonymous",
      apiId: "abc123",
      domainName: "abc123.lambda-url.eu-west-1.on.aws",
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
