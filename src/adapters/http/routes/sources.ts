import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ArticleTags } from "../../../core/articles/article.js";
import { type ImportDeps, importArticle } from "../../../core/sources/import-article.js";
import {
  createSource,
  deleteSource,
  getSource,
  type SourceDeps,
  updateSource,
} from "../../../core/sources/manage-sources.js";
import { type PollDeps, pollSource } from "../../../core/sources/poll-source.js";
import {
  PollRecord,
  SOURCE_ID_PATTERN,
  Source,
  SourceInput,
  SourcePatch,
} from "../../../core/sources/source.js";
import type { AppEnv } from "../env.js";
import { ArticleSchema, commonProblems, json, PageQuery, pageOf, problem } from "../schemas.js";

// Clones: a core schema made before @hono/zod-openapi extended zod lacks .openapi of its own.
const SourceInputSchema = SourceInput.clone().openapi("SourceInput", {
  example: {
    url: "https://www.example.com/world/middle-east/rss.xml",
    outlet: "Reuters",
    tags: ["syria", "iraq"],
    pollIntervalMinutes: 60,
  },
});
const SourcePatchSchema = SourcePatch.clone().openapi("SourcePatch", { example: { enabled: false } });
const SourceSchema = Source.clone().openapi("Source");
const PollRecordSchema = PollRecord.clone().openapi("SourcePoll");

const SourceIdParam = z.object({
  id: z
    .string()
    .regex(SOURCE_ID_PATTERN, "must be a source id: a 26-character ULID")
    .openapi({ param: { name: "id", in: "path" }, example: "01JHF3Q9V6X8E2N4R5T7Y9B1C3" }),
});

const ImportInputSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .openapi({ example: "https://www.example.com/world/2025/01/14/iraq-border" }),
    tags: ArticleTags.optional(),
  })
  .strict()
  .openapi("ArticleImport");

const bodyOf = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

const bodyProblems = {
  413: problem("Body too large"),
  415: problem("Body not JSON"),
  ...commonProblems,
} as const;

const createSourceRoute = createRoute({
  method: "post",
  path: "/v1/sources",
  operationId: "createSource",
  tags: ["sources"],
  summary: "Register a feed (RSS 2.0, Atom or JSON Feed) to poll",
  description:
    "reliability defaults to the outlet registry's grade for the outlet, else F (cannot be judged). pollIntervalMinutes is at least 15 (default 60). The feed is not fetched here: the first poll (scheduled, or POST /v1/sources/{id}/poll) reads it.",
  request: { body: bodyOf(SourceInputSchema) },
  responses: { 201: json(SourceSchema, "The source"), ...bodyProblems },
});

const listSourcesRoute = createRoute({
  method: "get",
  path: "/v1/sources",
  operationId: "listSources",
  tags: ["sources"],
  summary: "Sources, in the order they were registered",
  request: { query: PageQuery },
  responses: { 200: json(pageOf(SourceSchema, "SourcePage"), "A page of sources"), ...commonProblems },
});

const getSourceRoute = createRoute({
  method: "get",
  path: "/v1/sources/{id}",
  operationId: "getSource",
  tags: ["sources"],
  summary: "One source",
  request: { params: SourceIdParam },
  responses: { 200: json(SourceSchema, "The source"), 404: problem("No such source"), ...commonProblems },
});

const patchSourceRoute = createRoute({
  method: "patch",
  path: "/v1/sources/{id}",
  operationId: "updateSource",
  tags: ["sources"],
  summary: "Change a source; { enabled: false } stops its polls",
  request: { params: SourceIdParam, body: bodyOf(SourcePatchSchema) },
  responses: {
    200: json(SourceSchema, "The changed source"),
    404: problem("No such source"),
    ...bodyProblems,
  },
});

const deleteSourceRoute = createRoute({
  method: "delete",
  path: "/v1/sources/{id}",
  operationId: "deleteSource",
  tags: ["sources"],
  summary: "Remove a source and its poll history (the articles taken in stay)",
  request: { params: SourceIdParam },
  responses: { 204: { description: "Removed" }, 404: problem("No such source"), ...commonProblems },
});

const pollNowRoute = createRoute({
  method: "post",
  path: "/v1/sources/{id}/poll",
  operationId: "pollSource",
  tags: ["sources"],
  summary: "Poll a source now, enabled or not",
  description:
    "Fetches the feed (a conditional GET), takes in each item not taken in before, and answers with the poll record: HTTP status, items new, seen, copies and failed, each failure with its reason. A feed that fails is a poll with outcome failed, not an error.",
  request: { params: SourceIdParam },
  responses: { 201: json(PollRecordSchema, "The poll"), 404: problem("No such source"), ...commonProblems },
});

const listPollsRoute = createRoute({
  method: "get",
  path: "/v1/sources/{id}/polls",
  operationId: "listSourcePolls",
  tags: ["sources"],
  summary: "A source's poll history, latest first",
  request: { params: SourceIdParam, query: PageQuery },
  responses: {
    200: json(pageOf(PollRecordSchema, "SourcePollPage"), "A page of polls"),
    404: problem("No such source"),
    ...commonProblems,
  },
});

const importRoute = createRoute({
  method: "post",
  path: "/v1/articles/import",
  operationId: "importArticle",
  tags: ["articles"],
  summary: "Import the article at a URL: fetch the page, pull out the article, store it",
  description:
    "The page is fetched through the service's outbound door (http and https only, public addresses only, limits on size, time and redirects) and its article pulled out with Readability; no script on it runs. The stored article keeps its URL (canonical or final), outlet, byline, published date and fetchedAt. An article already stored answers 200 with it; a near-duplicate of a stored article (another outlet's copy of the same wire story) is linked to that article as a copy and answers 200 with it. Nothing is stored when the URL is refused or the page has no article (422), or the fetch fails (502).",
  request: { body: bodyOf(ImportInputSchema) },
  responses: {
    200: json(ArticleSchema, "The article was already stored, or the page is a copy of it"),
    201: json(ArticleSchema, "The article was stored"),
    422: problem(
      "The URL is refused (scheme, credentials, blocked address, unknown host) or its page is no article (not HTML, too large, no or too little text)",
    ),
    502: problem(
      "The page could not be fetched (network failure, timeout, too many redirects, an error status)",
    ),
    ...bodyProblems,
  },
});

export type SourceRouteDeps = SourceDeps & PollDeps & ImportDeps;

export function sourceRoutes(app: OpenAPIHono<AppEnv>, deps: SourceRouteDeps) {
  app.openapi(createSourceRoute, async (c) => {
    const source = await createSource(deps, c.req.valid("json"));
    c.header("location", `/v1/sources/${source.id}`);
    return c.json(source, 201);
  });

  app.openapi(listSourcesRoute, async (c) => c.json(await deps.sources.list(c.req.valid("query")), 200));

  app.openapi(getSourceRoute, async (c) => c.json(await getSource(deps, c.req.valid("param").id), 200));

  app.openapi(patchSourceRoute, async (c) =>
    c.json(await updateSource(deps, c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(deleteSourceRoute, async (c) => {
    await deleteSource(deps, c.req.valid("param").id);
    return c.body(null, 204);
  });

  app.openapi(pollNowRoute, async (c) => {
    const { id } = c.req.valid("param");
    const record = await pollSource(deps, await getSource(deps, id), "manual");
    c.header("location", `/v1/sources/${id}/polls`);
    return c.json(record, 201);
  });

  app.openapi(listPollsRoute, async (c) => {
    const { id } = c.req.valid("param");
    await getSource(deps, id);
    return c.json(await deps.sources.listPolls(id, c.req.valid("query")), 200);
  });

  app.openapi(importRoute, async (c) => {
    const taken = await importArticle(deps, c.req.valid("json"));
    c.header("location", `/v1/articles/${taken.article.id}`);
    return c.json(taken.article, taken.kind === "new" ? 201 : 200);
  });
}
