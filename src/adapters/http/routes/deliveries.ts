import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { BRIEFING_ID_PATTERN } from "../../../core/briefings/manifest.js";
import { retryDelivery } from "../../../core/deliveries/deliver-briefing.js";
import { DeliveryRecord, MAX_DELIVERIES } from "../../../core/deliveries/delivery.js";
import type { DeliveryDeps } from "../../../core/deliveries/ports.js";
import { NotFoundError } from "../../../core/errors.js";
import type { BriefingStore } from "../../../core/ports.js";
import { checkDownloadToken, DOWNLOAD_PATH, type DownloadKey } from "../../delivery/download-token.js";
import type { AppEnv } from "../env.js";
import { BriefingIdParam, commonProblems, json, problem } from "../schemas.js";

export const DeliveryRecordSchema = DeliveryRecord.clone().openapi("DeliveryRecord");

const DeliveryParams = BriefingIdParam.extend({
  n: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_DELIVERIES - 1)
    .openapi({ param: { name: "n", in: "path" }, example: 0 }),
});

const listDeliveries = createRoute({
  method: "get",
  path: "/v1/briefings/{id}/deliveries",
  tags: ["deliveries"],
  summary: "A briefing's deliveries: attempts, status, last error, next attempt",
  request: { params: BriefingIdParam },
  responses: {
    200: json(z.object({ items: z.array(DeliveryRecordSchema) }).openapi("DeliveryList"), "The deliveries"),
    404: problem("No such briefing"),
    ...commonProblems,
  },
});

const retryRoute = createRoute({
  method: "post",
  path: "/v1/briefings/{id}/deliveries/{n}/retry",
  tags: ["deliveries"],
  summary: "Send one delivery again now (same webhook-id, fresh link and retry window)",
  request: { params: DeliveryParams },
  responses: {
    200: json(DeliveryRecordSchema, "The delivery after this attempt (and any retry it arranged)"),
    404: problem("No such briefing or delivery"),
    ...commonProblems,
  },
});

const TokenQuery = z.object({
  briefing: z
    .string()
    .regex(BRIEFING_ID_PATTERN, "must be a briefing id: a 26-character ULID")
    .openapi({ example: "01JHF3Q9V6X8E2N4R5T7Y9B1C3" }),
  token: z.string().min(1).max(400).openapi({ description: "The signed token from a delivery's link" }),
});

const downloadRoute = createRoute({
  method: "get",
  path: DOWNLOAD_PATH,
  tags: ["deliveries"],
  summary: "Download a briefing's PDF with a delivery's signed, expiring link (no API key)",
  security: [],
  request: { query: TokenQuery },
  responses: {
    200: {
      description: "The PDF",
      content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
    },
    303: { description: "A large PDF: a fresh, short-lived S3 URL to download it from" },
    ...commonProblems,
    401: problem("The token is not valid or has expired"),
    403: problem("The token is for another briefing"),
    404: problem("No such briefing"),
  },
});

export interface DeliveryRouteDeps {
  delivery: DeliveryDeps;
  downloadKey: DownloadKey;
  briefings: BriefingStore;
  /** PDFs larger than this are answered with a redirect to a presigned S3 URL. */
  pdfRedirectBytes: number;
}

export function deliveryRoutes(app: OpenAPIHono<AppEnv>, deps: DeliveryRouteDeps) {
  const manifestOf = async (id: string) => {
    const manifest = await deps.briefings.getManifest(id);
    if (!manifest) throw new NotFoundError("Briefing", id);
    return manifest;
  };

  app.openapi(listDeliveries, async (c) => {
    const { id } = c.req.valid("param");
    await manifestOf(id);
    return c.json({ items: await deps.delivery.deliveries.list(id) }, 200);
  });

  app.openapi(retryRoute, async (c) => {
    const { id, n } = c.req.valid("param");
    await manifestOf(id);
    return c.json(await retryDelivery(deps.delivery, id, n), 200);
  });

  app.openapi(downloadRoute, async (c) => {
    const { briefing: id, token } = c.req.valid("query");
    checkDownloadToken(await deps.downloadKey(), token, id, deps.delivery.clock.now());
    const manifest = await manifestOf(id);
    c.header("cache-control", "no-store");
    c.header("referrer-policy", "no-referrer");
    if (manifest.pdf.bytes > deps.pdfRedirectBytes) {
      // Made now, with this function's credentials: it works for the next five minutes.
      return c.redirect(await deps.briefings.pdfDownloadUrl(id, manifest.pdf.fileName, 300), 303);
    }
    const stored = await deps.briefings.openPdf(id);
    if (!stored) throw new NotFoundError("Briefing", id);
    return c.body(stored.body, 200, {
      "content-type": "application/pdf",
      "content-length": String(stored.bytes),
      "content-disposition": `attachment; filename="${manifest.pdf.fileName}"`,
    });
  });
}
