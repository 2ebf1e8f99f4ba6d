import { type ApiKey, parseApiKeys } from "../http/middleware/api-keys.js";

/** Reads a parameter's value; `null` when the parameter does not exist. */
export type ParameterReader = (name: string) => Promise<string | null>;

export class ApiKeysParameterError extends Error {
  override name = "ApiKeysParameterError";
}

export interface RefreshingApiKeysOptions {
  /** The SSM parameter holding API_KEYS. */
  parameter: string;
  /** How long a set read from the parameter is used before it is read again. */
  ttlMs: number;
  read: ParameterReader;
  now?: () => number;
  warn?: (message: string, extra?: Record<string, unknown>) => void;
}

/**
 * The API keys of a long-lived process (a warm Lambda environment), read from the parameter and
 * read again once they are older than the TTL, so a revoked key stops working within it.
 *
 * - A parameter that cannot be read (SSM throttled, unreachable) keeps the last good set: a
 *   brief outage must not lock every client out. It is tried again on the next request.
 * - A parameter that no longer exists means no keys: deleting it revokes them all.
 * - A value that does not parse keeps the last good set and says so: a typo in a rotation must
 *   not open the service or close it.
 * At start (`load`) there is no last good set, so every failure is fatal, naming the parameter.
 */
export class RefreshingApiKeys {
  private keys: readonly ApiKey[] = [];
  private readAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<readonly ApiKey[]> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: RefreshingApiKeysOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The first read: the raw value, for config to validate, or an error that names the parameter. */
  async load(): Promise<string> {
    const name = this.options.parameter;
    let value: string | null;
    try {
      value = await this.options.read(name);
    } catch (e) {
      throw new ApiKeysParameterError(
        `API_KEYS_PARAMETER=${name}: could not read the parameter (${describe(e)}); the function needs ssm:GetParameter on it`,
        { cause: e },
      );
    }
    if (value === null) {
      throw new ApiKeysParameterError(
        `API_KEYS_PARAMETER=${name}: the parameter does not exist; create it (README, "Deploy to AWS") before the first call`,
      );
    }
    this.keys = parseApiKeys(value);
    this.readAt = this.now();
    return value;
  }

  /** The keys to check a request against, read again when older than the TTL. */
  current(): Promise<readonly ApiKey[]> {
    if (this.now() - this.readAt < this.options.ttlMs) return Promise.resolve(this.keys);
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async refresh(): Promise<readonly ApiKey[]> {
    const name = this.options.parameter;
    let value: string | null;
    try {
      value = await this.options.read(name);
    } catch (e) {
      this.options.warn?.("API keys could not be refreshed; keeping the last good set", {
        parameter: name,
        error: describe(e),
      });
      return this.keys;
    }
    try {
      this.keys = value === null ? [] : parseApiKeys(value);
    } catch (e) {
      this.options.warn?.("API keys parameter does not parse; keeping the last good set", {
        parameter: name,
        error: describe(e),
      });
    }
    this.readAt = this.now();
    return this.keys;
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
