import { withSourceStack } from "./source-stack.js";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

function serializeError(e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  withSourceStack(e);
  return {
    name: e.name,
    message: e.message,
    stack: e.stack,
    cause: e.cause ? serializeError(e.cause) : undefined,
  };
}

/** One JSON object per line, as CloudWatch and `jq` like them. */
export function createLogger(
  level: LogLevel = "info",
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const at =
    (l: Exclude<LogLevel, "silent">) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (ORDER[l] < ORDER[level]) return;
      const entries = Object.entries(fields).map(([k, v]) => [k, serializeError(v)]);
      write(
        JSON.stringify({ time: new Date().toISOString(), level: l, message, ...Object.fromEntries(entries) }),
      );
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export function logLevelFrom(value: string | undefined, fallback: LogLevel): LogLevel {
  return value && value in ORDER ? (value as LogLevel) : fallback;
}
