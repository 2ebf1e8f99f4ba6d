import type { SSMClient } from "@aws-sdk/client-ssm";
import type { ParameterReader } from "./refreshing-api-keys.js";

/**
 * GetParameter with decryption, bounded in time: a refresh happens on a request's path, so a slow
 * SSM must cost it at most `timeoutMs`. The endpoint comes from the SDK's own settings
 * (AWS_ENDPOINT_URL_SSM when set). The SSM client is loaded on the first read: most cold starts
 * read no parameter at all.
 */
export function ssmParameterReader(options: { timeoutMs: number; maxAttempts?: number }): ParameterReader {
  let client: SSMClient | undefined;
  return async (name) => {
    const { GetParameterCommand, SSMClient } = await import("@aws-sdk/client-ssm");
    client ??= new SSMClient({ maxAttempts: options.maxAttempts ?? 2 });
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
