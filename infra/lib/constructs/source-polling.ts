import { CfnSchedule } from "aws-cdk-lib/aws-scheduler";
import { Construct } from "constructs";
import type { JobScheduling } from "./job-scheduling.js";

export interface SourcePollingProps {
  readonly scheduling: JobScheduling;
  /** The job function, which polls the feeds that are due when this schedule fires. */
  readonly jobFunctionArn: string;
  /** How often the poller looks for due feeds; each feed's own interval is at least 15 minutes. */
  readonly everyMinutes?: number;
}

/** What the poller schedule delivers; src/adapters/scheduling/source-poller.ts reads it. */
export const POLL_SOURCES_INPUT = JSON.stringify({ job: "poll-sources" });

/**
 * One poller schedule, not one schedule per source: it fires every few minutes and the job
 * function polls whichever registered feeds are due. Sources then need no scheduler calls when
 * they are registered, changed or removed (the HTTP function keeps no second copy of their timing
 * to drift), a thousand feeds cost one schedule rather than a thousand against the account's
 * quota, and the feeds due at once are polled in turn by one invocation, which keeps the load on
 * publishers and on the function even. The schedule lives in the service's group, so the
 * scheduler role, its confused-deputy guard and the dead-letter queue apply as for briefings.
 */
export class SourcePolling extends Construct {
  readonly schedule: CfnSchedule;

  constructor(scope: Construct, id: string, props: SourcePollingProps) {
    super(scope, id);
    const every = props.everyMinutes ?? 5;
    this.schedule = new CfnSchedule(this, "Poller", {
      name: "poll-sources",
      groupName: props.scheduling.groupName,
      description: "scenario-brief: polls the registered feeds that are due",
      scheduleExpression: `rate(${every} minutes)`,
      flexibleTimeWindow: { mode: "OFF" },
      state: "ENABLED",
      target: {
        arn: props.jobFunctionArn,
        roleArn: props.scheduling.role.roleArn,
        input: POLL_SOURCES_INPUT,
        deadLetterConfig: { arn: props.scheduling.deadLetterQueue.queueArn },
        // A missed tick is made up by the next one: retrying an old tick only doubles the work.
        retryPolicy: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: 60 * every },
      },
    });
    this.schedule.addDependency(props.scheduling.group);
  }
}
