/** Typed `c.var` for every route. */
export interface AppEnv {
  /** On Lambda, hono/aws-lambda passes the invocation context here. */
  Bindings: { lambdaContext?: { getRemainingTimeInMillis(): number } };
  Variables: {
    requestId: string;
    /** Name of the API key that authenticated the request, when keys are enforced. */
    apiKeyName?: string;
  };
}
