import { Annotations, ArnFormat, Stack } from "aws-cdk-lib";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";

export interface AlarmTopicProps {
  /** Subscribed to every alarm when given; anyone can subscribe to the topic later. */
  readonly email?: string;
}

export const NO_SUBSCRIBER_WARNING =
  "THE ALARM TOPIC HAS NO SUBSCRIBER: every alarm of this stack (5xx answers, render failures, deadline hits, queue rejections, failed jobs) will change state and notify no one. Deploy with -c alarmEmail=you@example.org, or subscribe to the AlarmTopicArn output.";

/** Where every alarm of the service goes. */
export class AlarmTopic extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlarmTopicProps = {}) {
    super(scope, id);
    // Not KMS-encrypted: it carries only alarm state changes (names, metric values), never article
    // or briefing content, and CloudWatch cannot publish to a topic under the AWS-managed aws/sns
    // key; a customer-managed key would cost more than the notifications are worth protecting.
    this.topic = new Topic(this, "Topic", {
      displayName: "scenario-brief alarms",
      enforceSSL: true,
    });
    // The topic policy CDK writes (for enforceSSL) replaces SNS's default one, which is what let
    // CloudWatch publish; without this statement alarms would change state and notify no one.
    const stack = Stack.of(this);
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal("cloudwatch.amazonaws.com")],
        actions: ["sns:Publish"],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { "aws:SourceAccount": stack.account },
          ArnLike: {
            "aws:SourceArn": stack.formatArn({
              service: "cloudwatch",
              resource: "alarm",
              resourceName: "*",
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    else {
      // Alarms that notify no one are alarms no one sees: say so on every synth and deploy.
      Annotations.of(this).addWarningV2(
        "scenario-brief:alarm-topic-has-no-subscriber",
        NO_SUBSCRIBER_WARNING,
      );
    }
  }
}
