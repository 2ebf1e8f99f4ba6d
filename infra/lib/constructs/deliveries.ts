import { Stack, Validations } from "aws-cdk-lib";
import { type IRole, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";
import { wildcardResourceFinding } from "../nag.js";
import type { JobScheduling } from "./job-scheduling.js";

export interface DeliveriesProps {
  /** SNS topic names start with this; one topic per schedule with e-mail recipients. */
  readonly topicNamePrefix: string;
  /** SSM path under which webhook signing secrets live, one SecureString per `secretRef`. */
  readonly webhookSecretsPrefix: string;
  /** SSM SecureString holding the download tokens' HMAC key (created outside the stack). */
  readonly downloadKeyParameter: string;
  readonly scheduling: JobScheduling;
}

/** Schedules named like this are delivery retries (src/adapters/delivery/retry-timers.ts). */
const RETRY_SCHEDULE_PREFIX = "delivery-";

/**
 * What delivering briefings needs on AWS, as grants and settings; the resources themselves are
 * made at run time: an SNS topic per schedule with e-mail (by the HTTP function, with the
 * schedule), and a one-time EventBridge schedule per delivery retry (in the stack's schedule
 * group, invoking the job function with the scheduler's role and dead-letter queue). Retries
 * use the scheduler rather than an SQS queue: a delivery may wait hours between attempts (SQS
 * holds a message back at most 15 minutes), and the role, the target and the dead-letter queue
 * with its alarm exist already.
 */
export class Deliveries extends Construct {
  readonly topicArnPattern: string;
  readonly secretsArnPattern: string;
  readonly retrySchedulesArn: string;
  private readonly downloadKeyArn: string;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: DeliveriesProps,
  ) {
    super(scope, id);
    const stack = Stack.of(this);
    this.topicArnPattern = stack.formatArn({ service: "sns", resource: `${props.topicNamePrefix}*` });
    this.secretsArnPattern = stack.formatArn({
      service: "ssm",
      resource: "parameter",
      resourceName: `${props.webhookSecretsPrefix.replace(/^\/|\/$/g, "")}/*`,
    });
    this.downloadKeyArn = stack.formatArn({
      service: "ssm",
      resource: "parameter",
      resourceName: props.downloadKeyParameter.replace(/^\//, ""),
    });
    this.retrySchedulesArn = stack.formatArn({
      service: "scheduler",
      resource: "schedule",
      resourceName: `${props.scheduling.groupName}/${RETRY_SCHEDULE_PREFIX}*`,
    });
  }

  /** The functions' settings: where secrets, the download key and topics are (never their values). */
  get environment(): Record<string, string> {
    const stack = Stack.of(this);
    return {
      SB_WEBHOOK_SECRETS_PREFIX: this.props.webhookSecretsPrefix,
      SB_DOWNLOAD_KEY_PARAMETER: this.props.downloadKeyParameter,
      SB_EMAIL_TOPIC_ARN_PREFIX: stack.formatArn({ service: "sns", resource: this.props.topicNamePrefix }),
    };
  }

  /**
   * Sending: reading the webhook secrets and the download key, publishing to the service's topics,
   * and arranging retries (one-time schedules named delivery-*, handed the scheduler's one role).
   */
  grantSend(role: IRole): void {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["ssm:GetParameter"],
        resources: [this.secretsArnPattern, this.downloadKeyArn],
      }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ["sns:Publish"], resources: [this.topicArnPattern] }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ["scheduler:CreateSchedule"], resources: [this.retrySchedulesArn] }),
    );
    this.props.scheduling.grantPassRole(role);
    this.acknowledge(role, [this.secretsArnPattern, this.topicArnPattern, this.retrySchedulesArn]);
  }

  /** Managing the schedules' topics and their e-mail subscriptions (the HTTP function, with the schedules). */
  grantManageTopics(role: IRole): void {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [
          "sns:CreateTopic",
          "sns:DeleteTopic",
          "sns:TagResource",
          "sns:Subscribe",
          "sns:Unsubscribe",
          "sns:ListSubscriptionsByTopic",
        ],
        resources: [this.topicArnPattern],
      }),
    );
  }

  private acknowledge(role: IRole, patterns: string[]): void {
    const reasons: Record<string, string> = {
      [this.secretsArnPattern]:
        "Webhook secrets are named by each delivery's secretRef, chosen by the operator at run time; read access is limited to SecureStrings under the service's own secrets path.",
      [this.topicArnPattern]:
        "One SNS topic per schedule with e-mail recipients, named by the schedule's id at run time; access is limited to topics whose names carry this stack's prefix.",
      [this.retrySchedulesArn]:
        "Each delivery retry is a one-time schedule named by its briefing and attempt at run time; creation is limited to schedules named delivery-* in this stack's own group.",
    };
    for (const pattern of patterns) {
      Validations.of(role).acknowledge({
        id: wildcardResourceFinding(this, pattern),
        reason: reasons[pattern] ?? "",
      });
    }
  }
}
