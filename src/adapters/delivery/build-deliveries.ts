import { randomBytes } from "node:crypto";
import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SNSClient } from "@aws-sdk/client-sns";
import { resumeDelivery } from "../../core/deliveries/deliver-briefing.js";
import type { DeliveryDeps, DeliveryStore, RetryJob, RetryTimer } from "../../core/deliveries/ports.js";
import type { BriefingStore, Clock } from "../../core/ports.js";
import type { JobScheduler } from "../../core/schedules/ports.js";
import type { Logger } from "../../logger.js";
import { ssmParameterReader } from "../keys/ssm-parameter-reader.js";
import type { SchedulerConfig } from "../scheduling/scheduler-config.js";
import type { DeliveryConfig } from "./delivery-config.js";
import { type DownloadKey, linkIssuer, onceKey } from "./download-token.js";
import type { SafeFetch } from "./outbound.js";
import { EventBridgeRetryTimer, LocalRetryTimer } from "./retry-timers.js";
import { SnsEmailTopics, withEmailTopics } from "./sns-email.js";
import { webhookChannel } from "./webhook-channel.js";
import { configSecrets, ssmSecrets } from "./webhook-secrets.js";

export interface Deliveries {
  deps: DeliveryDeps;
  /** The download tokens' key, for the route that checks them. */
  downloadKey: DownloadKey;
  /** True where e-mail deliveries can be sent (AWS with SB_EMAIL_TOPIC_ARN_PREFIX). */
  email: boolean;
  /** The job scheduler, keeping e-mail topics in step with schedules where e-mail is on. */
  jobs: JobScheduler;
  /** The in-process retry timers (locally); stopped on close. */
  local: LocalRetryTimer | null;
  /** The job function's entry for `{ deliveryRetry }` events. */
  resume(job: RetryJob): Promise<unknown>;
}

/** How long an SSM-read webhook secret is used before it is read again. */
const SECRET_TTL_MS = 5 * 60_000;

/** Wires deliveries for the container: channels, secrets, links, retries, e-mail topics. */
export function buildDeliveries(
  config: DeliveryConfig,
  parts: {
    scheduler: SchedulerConfig;
    store: DeliveryStore;
    briefings: Pick<BriefingStore, "getManifest" | "getAssessment">;
    jobs: JobScheduler;
    fetch: SafeFetch;
    clock: Clock;
    logger: Logger;
  },
): Deliveries {
  const ssm = () => ssmParameterReader({ timeoutMs: 2000 });
  const secrets =
    config.secrets.kind === "ssm"
      ? ssmSecrets(ssm(), config.secrets.prefix, SECRET_TTL_MS)
      : configSecrets(config.secrets.secrets);
  const keySetting = config.download.key;
  const downloadKey = onceKey(async () => {
    if (keySetting.kind === "config") return Buffer.from(keySetting.value, "utf8");
    if (keySetting.kind === "ephemeral") return randomBytes(32);
    const value = await ssm()(keySetting.parameter);
    if (!value || value.length < 32)
      throw new Error(
        `the download key parameter ${keySetting.parameter} is missing or shorter than 32 characters`,
      );
    return Buffer.from(value, "utf8");
  });

  const topics = config.emailTopicArnPrefix
    ? new SnsEmailTopics(new SNSClient({}), config.emailTopicArnPrefix)
    : null;

  // The local timers call back into deps, which holds them: declared first, assigned below.
  let deps: DeliveryDeps;
  const resume = (job: RetryJob) => resumeDelivery(deps, job);
  let local: LocalRetryTimer | null = null;
  let retries: RetryTimer;
  if (parts.scheduler.kind === "eventbridge") {
    retries = new EventBridgeRetryTimer(
      new SchedulerClient({ region: parts.scheduler.region }),
      parts.scheduler,
      parts.clock,
    );
  } else {
    local = new LocalRetryTimer(parts.clock, resume, (error) =>
      parts.logger.error("a delivery retry failed", { error }),
    );
    retries = local;
  }
  deps = {
    deliveries: parts.store,
    channels: {
      webhook: webhookChannel({
        fetch: parts.fetch,
        secrets,
        clock: parts.clock,
        timeoutMs: config.webhookTimeoutMs,
      }),
      email: topics?.channel() ?? null,
    },
    retries,
    links: linkIssuer({
      key: downloadKey,
      publicUrl: config.download.publicUrl,
      ttlSeconds: config.download.ttlSeconds,
    }),
    briefings: parts.briefings,
    clock: parts.clock,
    random: Math.random,
    policy: config.retry,
    logger: parts.logger,
  };
  return {
    deps,
    downloadKey,
    email: topics !== null,
    jobs: topics ? withEmailTopics(parts.jobs, topics) : parts.jobs,
    local,
    resume,
  };
}
