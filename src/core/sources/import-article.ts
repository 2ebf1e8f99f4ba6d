import type { WebIntake } from "./ports.js";
import { type TakeInDeps, type TakenIn, takeIn } from "./take-in.js";

export interface ImportDeps extends TakeInDeps {
  intake: WebIntake;
}

/**
 * Imports the article at a URL: fetched through the outbound door, its text pulled out of the
 * page, then stored like any other (or found stored, or linked as a copy of a stored one).
 * A refused or failed fetch, or a page with no article, stores nothing.
 */
export async function importArticle(
  deps: ImportDeps,
  request: { url: string; tags?: readonly string[] },
): Promise<TakenIn> {
  const fetched = await deps.intake.fetchArticle(request.url);
  return takeIn(deps, fetched, { outlet: fetched.siteName, tags: request.tags ?? [] });
}
