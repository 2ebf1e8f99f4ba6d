import "@hono/zod-openapi";
import {
  CreateTopicCommand,
  DeleteTopicCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
  SubscribeCommand,
  UnsubscribeCommand,
} from "@aws-sdk/client-sns";
import { describe, expect, it } from "vitest";
import { SnsEmailTopics, type SnsSender, withEmailTopics } from "../../../src/adapters/delivery/sns-email.js";
import type { DeliveryRecord } from "../../../src/core/deliveries/delivery.js";
import type { BriefingMessage } from "../../../src/core/deliveries/message.js";
import { newSchedule } from "../../../src/core/schedules/manage-schedules.js";
import type { JobScheduler } from "../../../src/core/schedules/ports.js";

const PREFIX = "arn:aws:sns:eu-west-1:123456789012:scenario-brief-email-";
const ID = "01JHF3Q9V6X8E2N4R5T7Y9B1C4";
const TOPIC = `${PREFIX}${ID}`;

const COMMANDS = [
  CreateTopicCommand,
  DeleteTopicCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
  SubscribeCommand,
  UnsubscribeCommand,
] as const;

/** An SNS client stand-in: records each command's name and exact input; answers from `answers`. */
class RecordingSns implements SnsSender {
  readonly sent: { command: string; input: unknown }[] = [];
  subscriptions: { Protocol: string; Endpoint: string; SubscriptionArn: string }[] = [];
  failPublish: string | null = null;

  async send(command: Parameters<SnsSender["send"]>[0]): Promise<unknown> {
    const name = COMMANDS.find((c) => command instanceof c)?.name.replace(/Command$/, "") ?? "?";
    this.sent.push({ command: name, input: structuredClone(command.input) });
    if (name === "CreateTopic") return { TopicArn: TOPIC };
    if (name === "ListSubscriptionsByTopic") return { Subscriptions: this.subscriptions };
    if (name === "Publish" && this.failPublish) {
      const e = new Error("from the fake");
      e.name = this.failPublish;
      throw e;
    }
    return {};
  }
}

const schedule = (to: string[] | null) =>
  newSchedule(
    {
      name: "Morning brief",
      theme: "isis-prison-escape",
      articles: { tag: "syria", latest: 5 },
      cron: "0 6 * * *",
      timezone: "UTC",
      enabled: true,
      deliveries: to ? [{ webhook: { url: "https://example.org/hook" } }, { email: { to } }] : [],
    },
    ID,
    new Date("2026-11-24T00:00:00Z"),
  );

describe("e-mail through SNS: the exact requests", () => {
  it("creates the schedule's topic and subscribes each recipient", async () => {
    const sns = new RecordingSns();
    await new SnsEmailTopics(sns, PREFIX).sync(schedule(["a@example.org", "B@Example.org"]));
    expect(sns.sent).toEqual([
      {
        command: "CreateTopic",
        input: {
          Name: `scenario-brief-email-${ID}`,
          Attributes: { DisplayName: "scenario-brief" },
          Tags: [{ Key: "scenario-brief:schedule", Value: ID }],
        },
      },
      { command: "ListSubscriptionsByTopic", input: { TopicArn: TOPIC, NextToken: undefined } },
      { command: "Subscribe", input: { TopicArn: TOPIC, Protocol: "email", Endpoint: "a@example.org" } },
      { command: "Subscribe", input: { TopicArn: TOPIC, Protocol: "email", Endpoint: "b@example.org" } },
    ]);
  });

  it("on a change, subscribes the new, unsubscribes the removed, leaves the kept and the unconfirmed", async () => {
    const sns = new RecordingSns();
    sns.subscriptions = [
      { Protocol: "email", Endpoint: "kept@example.org", SubscriptionArn: `${TOPIC}:1111` },
      { Protocol: "email", Endpoint: "gone@example.org", SubscriptionArn: `${TOPIC}:2222` },
      { Protocol: "email", Endpoint: "waiting@example.org", SubscriptionArn: "PendingConfirmation" },
    ];
    await new SnsEmailTopics(sns, PREFIX).sync(schedule(["kept@example.org", "new@example.org"]));
    expect(sns.sent.slice(2)).toEqual([
      { command: "Subscribe", input: { TopicArn: TOPIC, Protocol: "email", Endpoint: "new@example.org" } },
      { command: "Unsubscribe", input: { SubscriptionArn: `${TOPIC}:2222` } },
    ]);
  });

  it("no recipients left, or the schedule deleted: the topic is deleted", async () => {
    const sns = new RecordingSns();
    const jobs: string[] = [];
    const fakeJobs: JobScheduler = {
      create: async (s) => void jobs.push(`create ${s.id}`),
      update: async (s) => void jobs.push(`update ${s.id}`),
      remove: async (id) => void jobs.push(`remove ${id}`),
    };
    const scheduler = withEmailTopics(fakeJobs, new SnsEmailTopics(sns, PREFIX));
    await scheduler.update(schedule(null));
    await scheduler.remove(ID);
    expect(sns.sent).toEqual([
      { command: "DeleteTopic", input: { TopicArn: TOPIC } },
      { command: "DeleteTopic", input: { TopicArn: TOPIC } },
    ]);
    expect(jobs).toEqual([`update ${ID}`, `remove ${ID}`]);
  });

  it("publishes the BLUF, the judgments and the link to the schedule's topic", async () => {
    const sns = new RecordingSns();
    const channel = new SnsEmailTopics(sns, PREFIX).channel();
    const message = {
      type: "briefing.ready",
      bluf: "Risk of ISIS prison escapes: escape within 90 days: unlikely (30%).",
      briefing: { title: "Risk of ISIS prison escapes — Syria" },
      judgments: [
        {
          id: "escape-90d",
          statement: "A mass escape within 90 days",
          likelihood: "unlikely",
          probability: 0.3,
          confidence: "moderate",
          change: null,
        },
      ],
      changes: null,
      download: {
        url: "https://briefs.example.org/v1/download?briefing=X&token=t",
        expiresAt: "2026-12-07T00:00:00.000Z",
      },
    } as unknown as BriefingMessage;
    const record = { scheduleId: ID, target: { email: { to: ["a@example.org"] } } } as DeliveryRecord;
    expect(await channel(record, message)).toEqual({ outcome: "delivered", status: null, error: null });
    expect(sns.sent).toEqual([
      {
        command: "Publish",
        input: {
          TopicArn: TOPIC,
          Subject: "Briefing: Risk of ISIS prison escapes  Syria",
          Message: [
            "BLUF: Risk of ISIS prison escapes: escape within 90 days: unlikely (30%).",
            "",
            "Key judgments:",
            "- A mass escape within 90 days: unlikely (30%); moderate confidence",
            "",
            "Download the PDF (link valid until 2026-12-07T00:00:00.000Z):",
            "https://briefs.example.org/v1/download?briefing=X&token=t",
          ].join("\n"),
        },
      },
    ]);
    sns.failPublish = "ThrottledException";
    expect((await channel(record, message)).outcome).toBe("retry");
    sns.failPublish = "NotFoundException";
    expect((await channel(record, message)).outcome).toBe("failed");
  });
});
