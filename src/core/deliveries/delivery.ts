import { z } from "zod";

/** How many deliveries one schedule or briefing may ask for. */
export const MAX_DELIVERIES = 10;
export const MAX_EMAIL_RECIPIENTS = 20;
/** A secret's name: `secretRef` names it; the secret itself never travels through the API. */
export const SECRET_REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** http(s) only, no user:password@ (a credential in a URL ends up in logs and responses). */
export const WebhookUrl = z
  .string()
  .trim()
  .max(2000)
  .superRefine((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "is not a URL (expected https://host/path)" });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({ code: "custom", message: `scheme ${url.protocol} is not allowed: use http or https` });
    } else if (url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "must not carry a user name or password; use secretRef" });
    }
  });

const Webhook = z
  .object({
    url: WebhookUrl,
    /** Names the signing secret (`whsec_…`): an SSM parameter on AWS, SB_WEBHOOK_SECRETS locally. */
    secretRef: z
      .string()
      .regex(SECRET_REF_PATTERN, "must be a secret name: letters, digits, _ . -")
      .optional(),
  })
  .strict();

const Email = z.object({ to: z.array(z.email().max(254)).min(1).max(MAX_EMAIL_RECIPIENTS) }).strict();

/** One place a finished briefing goes: `{ webhook: { url, secretRef? } }` or `{ email: { to } }`. */
export const DeliveryTarget = z.union([
  z.object({ webhook: Webhook }).strict(),
  z.object({ email: Email }).strict(),
]);
export type DeliveryTarget = z.infer<typeof DeliveryTarget>;

export const DeliveryTargets = z.array(DeliveryTarget).max(MAX_DELIVERIES);

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;

const Attempt = z.object({
  at: z.string(),
  /** The receiver's HTTP status, when it answered. */
  status: z.number().int().nullable(),
  /** Why the attempt did not deliver; null when it did. */
  error: z.string().nullable(),
  manual: z.boolean(),
});

/**
 * One delivery of one briefing, `briefings/<id>/deliveries/<n>.json`. `n` is its place in the
 * request's deliveries; `webhookId` stays the same over every attempt, manual ones included, so a
 * receiver can tell a repeat from a new message.
 */
export const DeliveryRecord = z.object({
  briefingId: z.string(),
  n: z.number().int().min(0),
  scheduleId: z.string().nullable(),
  target: DeliveryTarget,
  webhookId: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int().min(0),
  /** The latest attempts (at most MAX_ATTEMPT_LOG), oldest first. */
  attemptLog: z.array(Attempt),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  /** Retries stop after this instant (createdAt, or the latest manual retry, plus the window). */
  retryUntil: z.string(),
  /** When the download link in the message was issued; it expires a configured time after. */
  linkIssuedAt: z.string(),
});
export type DeliveryRecord = z.infer<typeof DeliveryRecord>;
export type DeliveryAttempt = z.infer<typeof Attempt>;

export const MAX_ATTEMPT_LOG = 20;

export const webhookIdOf = (briefingId: string, n: number) => `msg_${briefingId}_${n}`;

/** What a target looks like in records and logs: the URL without query (it may carry tokens). */
export function describeTarget(target: DeliveryTarget): string {
  if ("email" in target) return `e-mail to ${target.email.to.length} recipient(s)`;
  const url = new URL(target.webhook.url);
  return `webhook ${url.origin}${url.pathname}`;
}

export const hasEmail = (targets: readonly DeliveryTarget[] | undefined) =>
  (targets ?? []).some((t) => "email" in t);
