import type { z } from "@hono/zod-openapi";
import { type FieldIssue, ValidationError } from "../../core/errors.js";

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(body)", message: i.message }));
}

export function validationError(where: string, error: z.ZodError): ValidationError {
  const issues = issuesOf(error);
  const first = issues[0];
  const summary = first ? `${first.path}: ${first.message}` : "invalid";
  return new ValidationError(
    `The ${where} is not valid (${summary}${issues.length > 1 ? `, and ${issues.length - 1} more` : ""}).`,
    issues,
    error,
  );
}

/** Validates with a zod schema and throws a ValidationError naming each bad field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}
