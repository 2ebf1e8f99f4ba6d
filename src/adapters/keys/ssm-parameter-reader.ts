import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import type { ParameterReader } from "./refreshing-api-keys.js";

/**
 * GetParameter with decryption, bounded in time: a refresh happens on a request's path, so a slow
 * SSM must cost it at most `timeoutMs`. The endpoint comes from the SDK's own settings
 * (AWS_ENDPOINT_URL_SSM when set).
 */
export function ssmParameterReader(options: { timeoutMs: number; maxAttempts?: number }): ParameterReader {
  const client = new SSMClient({ maxAttempts: options.maxAttempts ?? 2 });
  return async (name) => {
    try {
      const out = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }), {
        abortSignal: AbortSignal.timeout(options.timeoutMs),
      });
      return out.Parameter?.Value ?? "";
    } catch (e) {
      if (e instanceof Error && e.name === "ParameterNotFound") return null;
      throw e;
    }
  };
}
