import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { prepareArticle } from "../../../core/articles/ingest-article.js";
import {
  admitted,
  type BriefingDeps,
  BriefingRequest,
  briefingHtml,
  briefingMoment,
  generateBriefing,
  MAX_ARTICLES_PER_BRIEFING,
  previewAssessment,
} from "../../../core/briefings/generate-briefing.js";
import { startDeliveries } from "../../../core/deliveries/deliver-briefing.js";
import { type DeliveryTarget, DeliveryTargets, hasEmail } from "../../../core/deliveries/delivery.js";
import type { DeliveryDeps } from "../../../core/deliveries/ports.js";
import { NotFoundError, ValidationError } from "../../../core/errors.js";
import type { FactExtractor } from "../../../core/ports.js";
import { type Asset, inlineAssets } from "../../templates/font-assets.js";
import { AssessmentSchema } from "../assessment-schema.js";
import { CACHE } from "../cache-policy.js";
import { contentTag, entityTag, IfNoneMatchHeader, ifNoneMatchHits, notModified } from "../conditional.js";
import type { AppEnv } from "../env.js";
import {
  ArticleInputSchema,
  BriefingIdParam,
  BriefingOverridesSchema,
  commonProblems,
  json,
  ManifestSchema,
  PageQuery,
  pageOf,
  problem,
} from "../schemas.js";
import { DeliveryRecordSchema } from "./deliveries.js";

const AsOf = BriefingRequest.shape.asOf
  .unwrap()
  .clone()
  .openapi({
    description:
      "The day the briefing is as of (YYYY-MM-DD), to make it again for an earlier day: evidence is aged and the " +
      "horizon starts from that day. Today when absent. A day to come, or an article published after it (as of today: more than a day after today), is a 400.",
    example: "2026-06-30",
  });

const CreateBriefing = z
  .object({
    theme: BriefingRequest.shape.theme.clone().openapi({ example: "isis-prison-escape" }),
    articleIds: BriefingRequest.shape.articleIds.optional(),
    article: ArticleInputSchema.optional(),
    /** Where the finished briefing goes (webhooks; e-mail needs a schedule). */
    deliveries: DeliveryTargets.optional(),
    overrides: BriefingOverridesSchema.optional(),
    asOf: AsOf.optional(),
  })
  .strict()
  .refine((b) => (b.articleIds === undefined) !== (b.article === undefined), {
    message: `give either articleIds (1 to ${MAX_ARTICLES_PER_BRIEFING} stored articles) or one inline article, not both`,
    path: ["articleIds"],
  })
  .openapi("CreateBriefing");

const createBriefing = createRoute({
  method: "post",
  operationId: "createBriefing",
  path: "/v1/briefings",
  tags: ["briefings"],
  summary: "Render a briefing for a theme from stored articles or one inline article",
  request: { body: { required: true, content: { "application/json": { schema: CreateBriefing } } } },
  responses: {
    201: json(
      ManifestSchema.extend({ deliveries: z.array(DeliveryRecordSchema).optional() }).openapi(
        "CreatedBriefing",
      ),
      "The briefing is rendered and stored; with deliveries, each after its first attempt",
    ),
    404: problem("Unknown theme or article"),
    413: problem("Body too large"),
    415: problem("Body not JSON"),
    504: problem("The briefing passed its deadline (reads, composition, printing and storage)"),
    ...commonProblems,
  },
});

const listBriefings = createRoute({
  method: "get",
  operationId: "listBriefings",
  path: "/v1/briefings",
  tags: ["briefings"],
  summary: "Briefing manifests, newest first",
  request: { query: PageQuery },
  responses: { 200: json(pageOf(ManifestSchema, "BriefingPage"), "A page of manifests"), ...commonProblems },
});

/** The validators and caching of a briefing's stored parts (see cache-policy.ts). */
const TaggedHeaders = {
  ETag: {
    description: "Strong tag of this content; send it in If-None-Match",
    schema: { type: "string" as const },
  },
  "Cache-Control": { description: "How long the answer may be kept", schema: { type: "string" as const } },
};

const getBriefing = createRoute({
  method: "get",
  operationId: "getBriefing",
  path: "/v1/briefings/{id}",
  tags: ["briefings"],
  summary: "A briefing's manifest",
  request: { params: BriefingIdParam, headers: IfNoneMatchHeader },
  responses: {
    200: { ...json(ManifestSchema, "The manifest"), headers: TaggedHeaders },
    ...notModified,
    404: problem("No such briefing"),
    ...commonProblems,
  },
});

const getPdf = createRoute({
  method: "get",
  operationId: "getBriefingPdf",
  path: "/v1/briefings/{id}/pdf",
  tags: ["briefings"],
  summary: "Download the PDF, streamed from storage",
  request: { params: BriefingIdParam, headers: IfNoneMatchHeader },
  responses: {
    200: {
      description: "The PDF",
      headers: TaggedHeaders,
      content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
    },
    303: { description: "A large PDF: a short-lived S3 URL to download it from" },
    ...notModified,
    404: problem("No such briefing"),
    ...commonProblems,
  },
});

const getAssessment = createRoute({
  method: "get",
  operationId: "getBriefingAssessment",
  path: "/v1/briefings/{id}/assessment",
  tags: ["briefings"],
  summary: "The briefing as data: judgments, factors with their evidence, conflicts, unused articles",
  request: { params: BriefingIdParam, headers: IfNoneMatchHeader },
  responses: {
    200: { ...json(AssessmentSchema, "The stored assessment"), headers: TaggedHeaders },
    ...notModified,
    404: problem("No such briefing"),
    ...commonProblems,
  },
});

const html = (description: string) => ({
  description,
  content: { "text/html": { schema: z.string() } },
});

const getHtml = createRoute({
  method: "get",
  operationId: "getBriefingHtml",
  path: "/v1/briefings/{id}/html",
  tags: ["briefings"],
  summary: "A stored briefing's HTML, rendered again from its manifest (for template work)",
  request: { params: BriefingIdParam },
  responses: { 200: html("The briefing as HTML"), 404: problem("No such briefing"), ...commonProblems },
});

const PreviewBriefing = z
  .object({
    theme: BriefingRequest.shape.theme,
    articleIds: BriefingRequest.shape.articleIds,
    overrides: BriefingOverridesSchema.optional(),
    asOf: AsOf.optional(),
  })
  .strict()
  .openapi("PreviewBriefing");

const previewAssessmentRoute = createRoute({
  method: "post",
  path: "/v1/assessments/preview",
  tags: ["briefings"],
  operationId: "previewAssessment",
  summary:
    "The assessment a briefing would have, with its overrides applied, without rendering or storing anything",
  request: { body: { required: true, content: { "application/json": { schema: PreviewBriefing } } } },
  responses: {
    200: json(AssessmentSchema, "The assessment: judgments, factors with cited sentences, conflicts"),
    404: problem("Unknown theme or article"),
    415: problem("Body not JSON"),
    ...commonProblems,
  },
});

const previewBriefing = createRoute({
  method: "post",
  operationId: "previewBriefing",
  path: "/v1/briefings/preview",
  tags: ["briefings"],
  summary: "The HTML a briefing would have, without printing or storing anything",
  request: { body: { required: true, content: { "application/json": { schema: PreviewBriefing } } } },
  responses: {
    200: html("The briefing as HTML"),
    404: problem("Unknown theme or article"),
    415: problem("Body not JSON"),
    ...commonProblems,
  },
});

// The HTML carries article text; a browser opening it must not run or fetch anything either.
const HTML_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:",
  "x-content-type-options": "nosniff",
};

/** Time kept back from a Lambda invocation's remaining time to store and answer. */
const LAMBDA_MARGIN_MS = 5000;

/** On Lambda a render must end before the invocation does: its deadline is what remains, less a margin. */
export function renderDeadline(configured: number, lambda?: { getRemainingTimeInMillis(): number }): number {
  if (!lambda) return configured;
  return Math.max(1, Math.min(configured, lambda.getRemainingTimeInMillis() - LAMBDA_MARGIN_MS));
}

/**
 * Making and reading briefings. `renderTimeoutMs` is configuration: each request's deadline is
 * worked out from it (and on Lambda from the time left) and passed down as an argument.
 */
export interface BriefingRouteDeps extends BriefingDeps {
  /** For an inline article, extracted before its briefing is made. */
  extractor: FactExtractor;
  /** PDFs larger than this are answered with a redirect to a presigned S3 URL. */
  pdfRedirectBytes: number;
  /** How long one render may take unless the runtime allows less. */
  renderTimeoutMs: number;
  /** What the printer serves the page from memory (fonts), put back inline for a reader's browser. */
  htmlAssets?: ReadonlyMap<string, Asset>;
  /** Sends a briefing to the deliveries its request names; absent, a request naming any is refused. */
  delivery?: DeliveryDeps;
}

/** Deliveries are checked before anything is rendered or stored. */
function checkDeliveries(targets: readonly DeliveryTarget[] | undefined, available: boolean): void {
  if (!targets?.length) return;
  if (!available) throw new ValidationError("Deliveries are not available in this service.");
  if (hasEmail(targets)) {
    // SNS mails only confirmed subscribers of a schedule's topic: a one-off has no topic.
    throw new ValidationError("E-mail deliveries go to a schedule's subscribers; put them on a schedule.", [
      { path: "deliveries", message: "e-mail is available on schedules only (AWS)" },
    ]);
  }
}

export function briefingRoutes(app: OpenAPIHono<AppEnv>, deps: BriefingRouteDeps) {
  const forReader = (html: string) => (deps.htmlAssets ? inlineAssets(html, deps.htmlAssets) : html);
  app.openapi(createBriefing, async (c) => {
    const body = c.req.valid("json");
    if (!deps.themes.get(body.theme)) throw new NotFoundError("Theme", body.theme);
    checkDeliveries(body.deliveries, deps.delivery !== undefined);
    briefingMoment(body.asOf, deps.clock.now()); // a day to come is refused before any work
    const budget = renderDeadline(deps.renderTimeoutMs, c.env?.lambdaContext);
    const started = performance.now();
    const manifest = await admitted(deps.admission, budget, async (deadline) => {
      // An inline article is stored with its briefing, so a briefing that fails leaves none behind.
      const found = body.article ? await prepareArticle(deps, body.article) : null;
      const pending = found && "prepared" in found ? [found.prepared] : [];
      const articleIds = found
        ? ["existing" in found ? found.existing.id : found.prepared.article.id]
        : (body.articleIds ?? []);
      return generateBriefing(
        deps,
        {
          theme: body.theme,
          articleIds,
          ...(body.overrides ? { overrides: body.overrides } : {}),
          ...(body.asOf ? { asOf: body.asOf } : {}),
        },
        { deadlineMs: deadline.remainingMs(), pending },
      );
    });
    c.set("render", {
      briefingId: manifest.id,
      theme: manifest.theme,
      articles: manifest.articleIds.length,
      pages: manifest.pdf.pages,
      bytes: manifest.pdf.bytes,
      durationMs: Math.round(performance.now() - started),
    });
    c.header("location", `/v1/briefings/${manifest.id}`);
    if (deps.delivery && body.deliveries?.length) {
      // The first attempt of each is made before answering; retries follow on their own.
      const deliveries = await startDeliveries(deps.delivery, manifest, body.deliveries, null);
      return c.json({ ...manifest, deliveries }, 201);
    }
    return c.json(manifest, 201);
  });

  app.openapi(listBriefings, async (c) => c.json(await deps.briefings.list(c.req.valid("query")), 200));

  app.openapi(getBriefing, async (c) => {
    const { id } = c.req.valid("param");
    const manifest = await deps.briefings.getManifest(id);
    if (!manifest) throw new NotFoundError("Briefing", id);
    const etag = contentTag(manifest);
    c.header("etag", etag);
    c.header("cache-control", CACHE.revalidate);
    if (ifNoneMatchHits(c.req.valid("header")["if-none-match"], etag)) return c.body(null, 304);
    return c.json(manifest, 200);
  });

  app.openapi(getAssessment, async (c) => {
    const { id } = c.req.valid("param");
    // The manifest vouches for the briefing; an assessment without one is a failed run's leftover.
    const manifest = await deps.briefings.getManifest(id);
    const assessment = manifest ? await deps.briefings.getAssessment(id) : null;
    if (!assessment) throw new NotFoundError("Briefing", id);
    const etag = contentTag(assessment);
    c.header("etag", etag);
    c.header("cache-control", CACHE.immutable);
    if (ifNoneMatchHits(c.req.valid("header")["if-none-match"], etag)) return c.body(null, 304);
    return c.json(assessment, 200);
  });

  app.openapi(getHtml, async (c) => {
    const { id } = c.req.valid("param");
    const manifest = await deps.briefings.getManifest(id);
    if (!manifest) throw new NotFoundError("Briefing", id);
    const html = await admitted(deps.admission, deps.renderTimeoutMs, () => briefingHtml(deps, { manifest }));
    return c.body(forReader(html), 200, HTML_HEADERS);
  });

  app.openapi(previewBriefing, async (c) => {
    const request = c.req.valid("json");
    const html = await admitted(deps.admission, deps.renderTimeoutMs, () => briefingHtml(deps, { request }));
    return c.body(forReader(html), 200, HTML_HEADERS);
  });

  app.openapi(previewAssessmentRoute, async (c) => {
    const request = c.req.valid("json");
    const assessment = await admitted(deps.admission, deps.renderTimeoutMs, () =>
      previewAssessment(deps, request),
    );
    return c.json(assessment, 200);
  });

  app.openapi(getPdf, async (c) => {
    const { id } = c.req.valid("param");
    // Only a manifest proves the PDF is complete; a PDF without one is a failed run's leftover.
    const manifest = await deps.briefings.getManifest(id);
    if (manifest && manifest.pdf.bytes > deps.pdfRedirectBytes) {
      // Lambda responses are capped at 6 MB (base64 included): large PDFs come straight from S3.
      const url = await deps.briefings.pdfDownloadUrl(id, manifest.pdf.fileName, 300);
      c.header("cache-control", CACHE.noStore);
      return c.redirect(url, 303);
    }
    // The PDF's own digest, recorded in the manifest: a client holding it costs no S3 read.
    const etag = manifest ? entityTag(manifest.pdf.sha256) : "";
    if (manifest && ifNoneMatchHits(c.req.valid("header")["if-none-match"], etag)) {
      c.header("etag", etag);
      c.header("cache-control", CACHE.immutable);
      return c.body(null, 304);
    }
    const stored = manifest ? await deps.briefings.openPdf(id) : null;
    if (!manifest || !stored) throw new NotFoundError("Briefing", id);
    return c.body(stored.body, 200, {
      "content-type": "application/pdf",
      "content-length": String(stored.bytes),
      "content-disposition": `attachment; filename="${manifest.pdf.fileName}"`,
      etag,
      "cache-control": CACHE.immutable,
    });
  });
}
