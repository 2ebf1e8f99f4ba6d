/** Typed `c.var` for every route. */
export interface AppEnv {
  /** On Lambda, hono/aws-lambda passes the invocation context here. */
  Bindings: {
    lambdaContext?: { getRemainingTimeInMillis(): number };
    /** On Lambda: who called, as AWS saw the connection (REST API: identity; payload 2.0: http). */
    requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } };
    /** On Node, @hono/node-server passes the request; its socket's peer is the client. */
    incoming?: { socket?: { remoteAddress?: string } };
  };
  Variables: {
    requestId: string;
    /** Name of the API key that authenticated the request, when keys are enforced. */
    apiKeyName?: string;
    /** Set by a route that rendered a PDF; logged as its own line (middleware/request-log.ts). */
    render?: RenderLog;
  };
}

/** What the render line says: no text, no title. */
export interface RenderLog {
  briefingId: string;
  theme: string;
  articles: number;
  pages: number;
  bytes: number;
  durationMs: number;
}
