import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ArticleInput } from "../../../core/articles/article.js";
import { type IngestDeps, ingestArticle } from "../../../core/articles/ingest-article.js";
import { NotFoundError, PreconditionFailedError } from "../../../core/errors.js";
import { checkAnalystFacts } from "../../../core/facts/check-analyst-facts.js";
import { ETagHeader, entityTag, IfMatchHeader, parseIfMatch } from "../conditional.js";
import type { AppEnv } from "../env.js";
import {
  ArticleIdParam,
  ArticleInputSchema,
  ArticleSchema,
  ArticleSummarySchema,
  commonProblems,
  FactsDocumentSchema,
  json,
  PageQuery,
  pageOf,
  problem,
} from "../schemas.js";
import { parseOrThrow } from "../validation.js";

const PlainTextQuery = z.object({
  title: z.string().optional().openapi({ description: "Title, when the body is text/plain" }),
  publishedAt: z.string().optional().openapi({ description: "YYYY-MM-DD, when the body is text/plain" }),
  source: z.string().optional(),
  url: z.string().optional(),
  tags: z.string().optional().openapi({ description: "Comma-separated tags, when the body is text/plain" }),
});

const postArticle = createRoute({
  method: "post",
  operationId: "createArticle",
  path: "/v1/articles",
  tags: ["articles"],
  summary: "Store an article and extract its facts",
  description:
    "The id is derived from title and text, so posting the same article again returns the stored record (200) and stores nothing.",
  request: {
    query: PlainTextQuery,
    body: {
      // Not `required`: that would make the JSON validator reject text/plain bodies as missing.
      required: false,
      content: {
        "application/json": { schema: ArticleInputSchema },
        "text/plain": { schema: z.string().openapi({ description: "The article text; title in ?title=" }) },
      },
    },
  },
  responses: {
    200: json(ArticleSchema, "The article was already stored"),
    201: json(ArticleSchema, "The article was stored"),
    413: problem("Body over the request limit, or article text over 200 KiB"),
    415: problem("Body neither JSON nor plain text"),
    ...commonProblems,
  },
});

const listArticles = createRoute({
  method: "get",
  operationId: "listArticles",
  path: "/v1/articles",
  tags: ["articles"],
  summary: "Articles, newest first",
  request: { query: PageQuery },
  responses: {
    200: json(pageOf(ArticleSummarySchema, "ArticlePage"), "A page of articles"),
    ...commonProblems,
  },
});

const getArticle = createRoute({
  method: "get",
  operationId: "getArticle",
  path: "/v1/articles/{id}",
  tags: ["articles"],
  summary: "One article",
  request: { params: ArticleIdParam },
  responses: { 200: json(ArticleSchema, "The article"), 404: problem("No such article"), ...commonProblems },
});

const FactsEnvelope = z
  .object({
    articleId: z.string(),
    origin: z.enum(["machine", "analyst"]),
    version: z.number().int().describe("0 for the machine's facts, else the analyst version"),
    versions: z.array(z.object({ version: z.number().int(), savedAt: z.string() })),
    facts: FactsDocumentSchema,
  })
  .openapi("ArticleFacts");

const getFacts = createRoute({
  method: "get",
  operationId: "getArticleFacts",
  path: "/v1/articles/{id}/facts",
  tags: ["articles"],
  summary: "The facts in force for an article (the newest analyst version, else the machine's)",
  request: {
    params: ArticleIdParam,
    query: z.object({ origin: z.enum(["current", "machine"]).default("current") }),
  },
  responses: {
    200: { ...json(FactsEnvelope, "The facts"), headers: ETagHeader },
    404: problem("No such article"),
    ...commonProblems,
  },
});

const putFacts = createRoute({
  method: "put",
  operationId: "saveArticleFacts",
  path: "/v1/articles/{id}/facts",
  tags: ["articles"],
  summary: "Save an analyst's corrected facts as a new version; the machine's version stays",
  description:
    'Versions are numbered 1, 2, 3… and each number is saved once. With If-Match (the ETag of a read, "v3"), the save happens only if that version is still the newest (412 otherwise). Of concurrent saves, one takes the next number; the others get 409 (412 with If-Match) and store nothing.',
  request: {
    params: ArticleIdParam,
    headers: IfMatchHeader,
    body: { required: true, content: { "application/json": { schema: FactsDocumentSchema } } },
  },
  responses: {
    200: { ...json(FactsEnvelope, "The saved version"), headers: ETagHeader },
    404: problem("No such article"),
    409: problem("A concurrent save took the next version first; nothing was stored"),
    412: problem("If-Match does not name the newest version; nothing was stored"),
    413: problem("Body over the request limit"),
    415: problem("Body not JSON"),
    ...commonProblems,
  },
});

/** The ETag of an article's facts: the newest analyst version, v0 while there is none. */
const factsTag = (version: number) => entityTag(`v${version}`);

/** The versions an If-Match names ("v3" → 3); undefined for none or "*" (any version will do). */
function versionsOf(ifMatch: string | undefined): number[] | undefined {
  const tags = parseIfMatch(ifMatch);
  if (tags === undefined || tags === "*") return undefined;
  return tags.flatMap((t) => (/^v\d{1,9}$/.test(t) ? [Number(t.slice(1))] : []));
}

function plainTextInput(text: string, query: z.infer<typeof PlainTextQuery>): unknown {
  const tags = query.tags
    ?.split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  return { ...query, text, tags, title: query.title ?? "" };
}

export function articleRoutes(app: OpenAPIHono<AppEnv>, deps: IngestDeps) {
  app.openapi(postArticle, async (c) => {
    const isText = (c.req.header("content-type") ?? "").toLowerCase().startsWith("text/plain");
    const input = isText
      ? parseOrThrow(ArticleInput, plainTextInput(await c.req.text(), c.req.valid("query")), "article")
      : // Not text, so JSON: the route's validator has checked it against ArticleInput.
        (c.req.valid("json") as ArticleInput);
    const { created, article } = await ingestArticle(deps, input);
    c.header("location", `/v1/articles/${article.id}`);
    return c.json(article, created ? 201 : 200);
  });

  app.openapi(listArticles, async (c) => c.json(await deps.articles.list(c.req.valid("query")), 200));

  app.openapi(getArticle, async (c) => {
    const { id } = c.req.valid("param");
    const article = await deps.articles.get(id);
    if (!article) throw new NotFoundError("Article", id);
    return c.json(article, 200);
  });

  app.openapi(getFacts, async (c) => {
    const { id } = c.req.valid("param");
    const stored = await deps.articles.getFacts(id);
    if (!stored) throw new NotFoundError("Article", id);
    const machine = c.req.valid("query").origin === "machine";
    const latest = stored.versions[stored.versions.length - 1];
    const facts = machine ? stored.machine : stored.current;
    c.header("etag", factsTag(latest?.version ?? 0));
    return c.json(
      {
        articleId: id,
        origin: facts.origin,
        version: machine ? 0 : (latest?.version ?? 0),
        versions: stored.versions,
        facts,
      },
      200,
    );
  });

  app.openapi(putFacts, async (c) => {
    const { id } = c.req.valid("param");
    const article = await deps.articles.get(id);
    if (!article) throw new NotFoundError("Article", id);
    const ifVersion = versionsOf(c.req.valid("header")["if-match"]);
    if (ifVersion?.length === 0) {
      throw new PreconditionFailedError(
        'If-Match names no version of these facts (their ETags look like "v3").',
      );
    }
    const facts = checkAnalystFacts(article, c.req.valid("json"));
    const version = await deps.articles.putAnalystFacts(id, facts, deps.clock.now(), ifVersion);
    const stored = await deps.articles.getFacts(id);
    c.header("etag", factsTag(version));
    return c.json(
      { articleId: id, origin: "analyst" as const, version, versions: stored?.versions ?? [], facts },
      200,
    );
  });
}
