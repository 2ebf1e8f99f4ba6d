import type { Context } from "hono";
import { AppError } from "../../core/errors.js";
import type { DeskDeps } from "./deps.js";
import { Page, renderPage } from "./layout.js";
import type { DeskEnv } from "./session.js";

/** A form body as strings and files (urlencoded or multipart). */
export async function formOf(c: Context): Promise<Record<string, string | File>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
    throw new AppError("unsupported-media-type", "Send the form as a web form.");
  }
  return (await c.req.parseBody()) as Record<string, string | File>;
}

const STATUS: Partial<Record<AppError["code"], 400 | 404 | 409 | 412 | 413 | 422>> = {
  validation: 400,
  "not-found": 404,
  conflict: 409,
  "precondition-failed": 412,
  "payload-too-large": 413,
  "unsupported-media-type": 400,
};

/**
 * Wraps a desk handler so its failures become desk pages, not problem documents: a bad form is
 * told what was wrong on a page with the masthead, an unknown failure is logged and shown as such.
 */
export function deskHandler<E extends DeskEnv>(
  deps: Pick<DeskDeps, "logger">,
  handler: (c: Context<E>) => Response | Promise<Response>,
) {
  return async (c: Context<E>) => {
    try {
      return await handler(c);
    } catch (error) {
      return deskErrorPage(c as unknown as Context<DeskEnv>, error as Error, deps);
    }
  };
}

function deskErrorPage(c: Context<DeskEnv>, error: Error, deps: Pick<DeskDeps, "logger">) {
  const known = error instanceof AppError ? STATUS[error.code] : undefined;
  if (!known) deps.logger.error("desk page failed", { error, path: c.req.path });
  const issues =
    error instanceof AppError
      ? (error.details.errors as { path: string; message: string }[] | undefined)
      : undefined;
  return renderPage(
    c,
    <Page
      title={known === 404 ? "Not found" : "Something went wrong"}
      session={c.get("desk") ?? null}
      flash={{
        kind: "error",
        message: known ? error.message : "The desk could not do that. The failure is logged.",
        details: issues?.map((i) => `${i.path}: ${i.message}`),
      }}
    >
      <h1>{known === 404 ? "Not found" : "That did not work"}</h1>
      <p>
        <a href="/desk/articles">Back to the articles</a>
      </p>
    </Page>,
    (known ?? 500) as 400,
  );
}
