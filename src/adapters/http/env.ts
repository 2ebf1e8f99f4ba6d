/** Typed `c.var` for every route. */
export interface AppEnv {
  Variables: {
    requestId: string;
  };
}
