import { Duration, RemovalPolicy, Size } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import {
  Architecture,
  Code,
  type ILayerVersion,
  Function as LambdaFunction,
  Runtime,
} from "aws-cdk-lib/aws-lambda";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface ServiceFunctionProps {
  readonly description: string;
  /** A fixed name, for a function whose ARN must be known before it exists. Default: generated. */
  readonly functionName?: string;
  /** A folder written by `npm run build`: index.mjs, templates/, assets/. */
  readonly codeDir: string;
  readonly layers: ILayerVersion[];
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment: Record<string, string>;
  readonly logRetention: RetentionDays;
  readonly alarmTopic: ITopic;
  readonly reservedConcurrentExecutions?: number;
  /**
   * Where asynchronous invocations go after Lambda's own retries fail: an on-failure destination,
   * whose record carries the event, the error type and message, and the attempt count (a bare
   * dead-letter queue would carry only the event).
   */
  readonly onFailure?: IQueue;
}

/**
 * One of the service's functions: its own role (no AWS-managed policy, logs only to its own
 * group), a log group with a retention, and alarms on errors and throttles.
 */
export class ServiceFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, "Logs", {
      retention: props.logRetention,
      // Kept if the stack goes, for whoever investigates why; the retention still ages them out.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `Runs the ${id} function of scenario-brief`,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new LambdaFunction(this, "Function", {
      description: props.description,
      functionName: props.functionName,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.X86_64,
      handler: "index.handler",
      code: Code.fromAsset(props.codeDir),
      layers: props.layers,
      memorySize: props.memorySize,
      timeout: props.timeout,
      // Chromium unpacks to /tmp (about 200 MB); the default 512 MB leaves little room for the rest.
      ephemeralStorageSize: Size.mebibytes(1024),
      environment: props.environment,
      role: this.role,
      logGroup: this.logGroup,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      ...(props.onFailure ? { onFailure: new SqsDestination(props.onFailure), retryAttempts: 2 } : {}),
    });

    const action = new SnsAction(props.alarmTopic);
    const alarm = (name: string, metric: ReturnType<LambdaFunction["metricErrors"]>, what: string) => {
      new Alarm(this, name, {
        alarmDescription: `scenario-brief ${id} function: ${what}`,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(action);
    };
    alarm(
      "ErrorsAlarm",
      this.fn.metricErrors({ period: Duration.minutes(5), statistic: "Sum" }),
      "invocations failed (unhandled errors or timeouts) in the last 5 minutes",
    );
    alarm(
      "ThrottlesAlarm",
      this.fn.metricThrottles({ period: Duration.minutes(5), statistic: "Sum" }),
      "invocations were throttled (concurrency limit reached) in the last 5 minutes",
    );
  }
}
