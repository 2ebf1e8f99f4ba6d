/**
 * The stage a client addressed through the API's own domain (`https://<id>.execute-api.../prod/`):
 * the app answers paths without it, so a `Location` it sends, and every link the desk writes, must
 * get it back to be followed. Through a custom domain mapped at its root there is none. Read from
 * the event's `requestContext`, which API Gateway writes and a client cannot set.
 */
export function stagePrefix(event: unknown): string {
  const ctx = (event as { requestContext?: { stage?: unknown; domainName?: unknown } } | undefined)
    ?.requestContext;
  const stage = ctx?.stage;
  const domain = ctx?.domainName;
  if (typeof stage !== "string" || typeof domain !== "string") return "";
  if (stage === "$default" || !domain.includes(".execute-api.")) return "";
  // A stage name is [A-Za-z0-9_-]; anything else is not a stage API Gateway would send.
  return /^[A-Za-z0-9_-]{1,128}$/.test(stage) ? `/${stage}` : "";
}
