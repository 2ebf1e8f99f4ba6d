import { Duration } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";

/** The namespace and metric names the functions write as EMF (src/adapters/metrics/emf.ts). */
export const METRICS_NAMESPACE = "ScenarioBrief";

export interface FailureAlarmsProps {
  readonly fn: IFunction;
  readonly alarmTopic: ITopic;
  /** Metric name -> what a breach means. */
  readonly metrics: Record<string, string>;
}

/**
 * Alarms on the failures the app answers rather than throws (render failures, deadline hits,
 * queue rejections, job runs that failed for good), counted from the functions' EMF log lines.
 */
export class FailureAlarms extends Construct {
  constructor(scope: Construct, id: string, props: FailureAlarmsProps) {
    super(scope, id);
    const action = new SnsAction(props.alarmTopic);
    for (const [name, meaning] of Object.entries(props.metrics)) {
      new Alarm(this, name, {
        alarmDescription: `scenario-brief: ${meaning} in the last 5 minutes`,
        metric: new Metric({
          namespace: METRICS_NAMESPACE,
          metricName: name,
          dimensionsMap: { FunctionName: props.fn.functionName },
          period: Duration.minutes(5),
          statistic: "Sum",
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(action);
    }
  }
}
