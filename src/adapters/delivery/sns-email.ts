import {
  CreateTopicCommand,
  DeleteTopicCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
  SubscribeCommand,
  UnsubscribeCommand,
} from "@aws-sdk/client-sns";
import type { DeliveryRecord } from "../../core/deliveries/delivery.js";
import { type BriefingMessage, messageText } from "../../core/deliveries/message.js";
import type { DeliveryChannel } from "../../core/deliveries/ports.js";
import type { JobScheduler } from "../../core/schedules/ports.js";
import type { Schedule } from "../../core/schedules/schedule.js";

type SnsCommand =
  | CreateTopicCommand
  | DeleteTopicCommand
  | ListSubscriptionsByTopicCommand
  | SubscribeCommand
  | UnsubscribeCommand
  | PublishCommand;

/** The part of SNSClient used here; tests hand in a recording fake. */
export interface SnsSender {
  send(command: SnsCommand): Promise<unknown>;
}

/**
 * E-mail through SNS: one topic per schedule with e-mail recipients, named `<prefix><scheduleId>`,
 * each recipient an `email` subscription (SNS sends each a confirmation first, and only confirmed
 * addresses receive anything; that is SNS's guard against mailing strangers). SES would allow
 * HTML mail and one-off recipients, but needs a verified sending domain and production access per
 * account; SNS needs nothing outside the stack.
 */
export class SnsEmailTopics {
  /** `arnPrefix`: `arn:aws:sns:<region>:<account>:<prefix>`; the topic name prefix is its last part. */
  constructor(
    private readonly client: SnsSender,
    private readonly arnPrefix: string,
  ) {}

  private get namePrefix(): string {
    return this.arnPrefix.slice(this.arnPrefix.lastIndexOf(":") + 1);
  }

  topicArn(scheduleId: string): string {
    return `${this.arnPrefix}${scheduleId}`;
  }

  /** Makes the topic's subscriptions the schedule's recipients; no recipients, no topic. */
  async sync(schedule: Schedule): Promise<void> {
    const wanted = new Set(
      (schedule.deliveries ?? []).flatMap((d) =>
        "email" in d ? d.email.to.map((a) => a.toLowerCase()) : [],
      ),
    );
    if (wanted.size === 0) return this.remove(schedule.id);
    // CreateTopic is idempotent: it answers the existing topic's ARN.
    const created = (await this.client.send(
      new CreateTopicCommand({
        Name: `${this.namePrefix}${schedule.id}`,
        Attributes: { DisplayName: "scenario-brief" },
        Tags: [{ Key: "scenario-brief:schedule", Value: schedule.id }],
      }),
    )) as { TopicArn?: string };
    const topicArn = created.TopicArn ?? this.topicArn(schedule.id);
    const existing = await this.subscriptions(topicArn);
    for (const address of wanted) {
      if (existing.some((s) => s.endpoint === address)) continue;
      await this.client.send(
        new SubscribeCommand({ TopicArn: topicArn, Protocol: "email", Endpoint: address }),
      );
    }
    for (const s of existing) {
      // A subscription still awaiting confirmation has no ARN yet and cannot be removed; SNS drops
      // it after three days unconfirmed.
      if (!wanted.has(s.endpoint) && s.arn.startsWith("arn:"))
        await this.client.send(new UnsubscribeCommand({ SubscriptionArn: s.arn }));
    }
  }

  /** Deleting a topic deletes its subscriptions; deleting a missing topic succeeds. */
  async remove(scheduleId: string): Promise<void> {
    await this.client.send(new DeleteTopicCommand({ TopicArn: this.topicArn(scheduleId) }));
  }

  private async subscriptions(topicArn: string): Promise<{ endpoint: string; arn: string }[]> {
    const found: { endpoint: string; arn: string }[] = [];
    let token: string | undefined;
    do {
      const page = (await this.client.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: token }),
      )) as {
        Subscriptions?: { Endpoint?: string; SubscriptionArn?: string; Protocol?: string }[];
        NextToken?: string;
      };
      for (const s of page.Subscriptions ?? []) {
        if (s.Protocol === "email" && s.Endpoint)
          found.push({ endpoint: s.Endpoint.toLowerCase(), arn: s.SubscriptionArn ?? "" });
      }
      token = page.NextToken;
    } while (token);
    return found;
  }

  /** The delivery channel: publishes the message's text to the schedule's topic. */
  channel(): DeliveryChannel {
    return async (record: DeliveryRecord, message: BriefingMessage) => {
      if (!record.scheduleId)
        return {
          outcome: "failed",
          status: null,
          error: "e-mail goes to a schedule's subscribers; this briefing has no schedule",
        };
      try {
        await this.client.send(
          new PublishCommand({
            TopicArn: this.topicArn(record.scheduleId),
            // SNS takes a subject of printable ASCII under 100 characters.
            Subject: `Briefing: ${message.briefing.title}`.replace(/[^\x20-\x7E]/g, "").slice(0, 99),
            Message: messageText(message),
          }),
        );
        return { outcome: "delivered", status: null, error: null };
      } catch (e) {
        const name = (e as { name?: string }).name ?? "Error";
        // A topic that is gone will not come back by itself; throttling and outages pass.
        const final =
          name === "NotFoundException" || name === "NotFound" || name === "AuthorizationErrorException";
        return {
          outcome: final ? "failed" : "retry",
          status: null,
          error: `SNS refused the message (${name})`,
        };
      }
    };
  }
}

/**
 * Keeps each schedule's topic in step wherever its job is: created, updated, removed and undone by
 * the same use cases (manage-schedules.ts), in the same order.
 */
export function withEmailTopics(jobs: JobScheduler, topics: SnsEmailTopics): JobScheduler {
  return {
    async create(schedule) {
      await topics.sync(schedule);
      await jobs.create(schedule);
    },
    async update(schedule) {
      await topics.sync(schedule);
      await jobs.update(schedule);
    },
    async remove(scheduleId) {
      await jobs.remove(scheduleId);
      await topics.remove(scheduleId);
    },
  };
}
