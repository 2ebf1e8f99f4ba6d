import { Duration } from "aws-cdk-lib";
import { type CfnStage, HttpApi, HttpMethod, type HttpStage } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";

export interface FrontDoorProps {
  readonly handler: IFunction;
  /** Steady requests per second the whole API accepts; above it API Gateway answers 429 itself. */
  readonly rateLimit: number;
  /** Requests accepted at once above the steady rate. */
  readonly burstLimit: number;
  /** Steady requests per second for POST /v1/briefings: each is a Chromium render. */
  readonly renderRateLimit: number;
  readonly logRetention: RetentionDays;
  readonly alarmTopic: ITopic;
}

/**
 * The only way in: an API Gateway HTTP API whose stage throttles before Lambda is invoked, so a
 * flood is answered 429 by API Gateway at $1 per million requests and never reaches the function's
 * reserved concurrency (nor its 2 GB bill). The function has no Function URL. Renders get their
 * own, lower limit. Access is logged; 5xx answers (the app's 503/504 included) raise an alarm.
 */
export class FrontDoor extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: FrontDoorProps) {
    super(scope, id);
    // API Gateway waits at most 29 s for an HTTP API integration; the function's timeout is below
    // that, so the app's own deadline answers first (504 with a problem document), not API
    // Gateway's bare 503.
    const integration = new HttpLambdaIntegration("Function", props.handler, {
      timeout: Duration.seconds(29),
    });
    this.api = new HttpApi(this, "HttpApi", {
      description: "scenario-brief HTTP API",
      defaultIntegration: integration,
      createDefaultStage: false,
    });
    const logs = new LogGroup(this, "AccessLogs", { retention: props.logRetention });
    this.stage = this.api.addStage("Stage", {
      stageName: "$default",
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
    });
    const cfnStage = this.stage.node.defaultChild as CfnStage;
    cfnStage.accessLogSettings = {
      destinationArn: logs.logGroupArn,
      format: JSON.stringify({
        requestId: "$context.requestId",
        ip: "$context.identity.sourceIp",
        time: "$context.requestTime",
        method: "$context.httpMethod",
        route: "$context.routeKey",
        path: "$context.path",
        status: "$context.status",
        length: "$context.responseLength",
        latency: "$context.integrationLatency",
        integrationError: "$context.integrationErrorMessage",
      }),
    };
    // Renders get a route of their own so that they can have a lower limit (per-route throttling
    // is set on the CloudFormation stage; the L2 construct has no option for it).
    this.api.addRoutes({ path: "/v1/briefings", methods: [HttpMethod.POST], integration });
    // A map typed `any` in the L1: CloudFormation's own property names, as written here.
    cfnStage.routeSettings = {
      "POST /v1/briefings": {
        ThrottlingRateLimit: props.renderRateLimit,
        ThrottlingBurstLimit: Math.max(1, props.renderRateLimit * 2),
      },
    };

    new Alarm(this, "ServerErrorsAlarm", {
      alarmDescription:
        "scenario-brief API: 5xx answers in the last 5 minutes (S3 or Chromium failures, deadline hits, a full render queue, or the function failing)",
      metric: this.api.metricServerError({ period: Duration.minutes(5), statistic: "Sum" }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(props.alarmTopic));
  }

  /** The base URL, ending in `/`. */
  get url(): string {
    return this.api.apiEndpoint.concat("/");
  }
}
