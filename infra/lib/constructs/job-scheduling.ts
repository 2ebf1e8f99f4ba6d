import { Duration, Stack } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { type IGrantable, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { CfnScheduleGroup } from "aws-cdk-lib/aws-scheduler";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface JobSchedulingProps {
  /** Name of the EventBridge Scheduler group the service's schedules live in. */
  readonly groupName: string;
  readonly alarmTopic: ITopic;
}

/**
 * What EventBridge Scheduler needs to run the service's schedules: the group they are created in
 * (by the HTTP function, one per schedule record), the role the scheduler assumes to invoke the job
 * function, and a dead-letter queue for invocations that never got through, with an alarm on it.
 */
export class JobScheduling extends Construct {
  readonly group: CfnScheduleGroup;
  readonly groupName: string;
  readonly role: Role;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: JobSchedulingProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.group = new CfnScheduleGroup(this, "Group", { name: props.groupName });
    this.groupName = props.groupName;

    this.deadLetterQueue = new Queue(this, "DeadLetters", {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    // The scheduler may assume this role only on behalf of this account's schedules in this group
    // (confused-deputy guard). The guide names the schedule group's ARN as aws:SourceArn; the
    // pattern of its schedules is listed too, so either form of the claim stays inside the group.
    this.role = new Role(this, "InvokeRole", {
      description: "Assumed by EventBridge Scheduler to invoke the scenario-brief job function",
      assumedBy: new ServicePrincipal("scheduler.amazonaws.com", {
        conditions: {
          StringEquals: { "aws:SourceAccount": stack.account },
          ArnLike: { "aws:SourceArn": [this.group.attrArn, this.schedulesArn] },
        },
      }),
    });
    // EventBridge Scheduler delivers dead letters with the schedule's role, so it needs this too.
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ["sqs:SendMessage"], resources: [this.deadLetterQueue.queueArn] }),
    );

    new Alarm(this, "DeadLettersAlarm", {
      alarmDescription:
        "scenario-brief: a scheduled briefing could not be delivered to, or failed in, the job function; see the dead-letter queue",
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: "Maximum",
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(props.alarmTopic));
  }

  /** ARN pattern of the schedules in this group. */
  get schedulesArn(): string {
    return Stack.of(this).formatArn({
      service: "scheduler",
      resource: "schedule",
      resourceName: `${this.groupName}/*`,
    });
  }

  /** The scheduler role may invoke this function and nothing else. */
  allowInvoke(functionArn: string): void {
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ["lambda:InvokeFunction"], resources: [functionArn] }),
    );
  }

  /** Managing the group's schedules, and handing them this role (and only this role). */
  grantManageSchedules(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [
          "scheduler:CreateSchedule",
          "scheduler:UpdateSchedule",
          "scheduler:DeleteSchedule",
          "scheduler:GetSchedule",
        ],
        resources: [this.schedulesArn],
      }),
    );
    this.grantPassRole(grantee);
  }

  /** Handing the scheduler this role (and only this role), for schedules created elsewhere too. */
  grantPassRole(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["iam:PassRole"],
        resources: [this.role.roleArn],
        conditions: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
      }),
    );
  }
}
