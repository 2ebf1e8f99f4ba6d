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
  };
}
