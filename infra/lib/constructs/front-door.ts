import { ArnFormat, Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import {
  AccessLogFormat,
  CfnAccount,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RestApi,
  type Stage,
} from "aws-cdk-lib/aws-apigateway";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import { CfnWebACL, CfnWebACLAssociation } from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";

export interface FrontDoorProps {
  readonly handler: IFunction;
  /** Steady requests per second each API method accepts; above it API Gateway answers 429 itself. */
  readonly rateLimit: number;
  /** Requests accepted at once above the steady rate. */
  readonly burstLimit: number;
  /** Steady requests per second for POST /v1/briefings: each is a Chromium render. */
  readonly renderRateLimit: number;
  /** Requests one client address may make in 5 minutes before AWS WAF blocks it (429). */
  readonly clientRateLimit: number;
  /** Renders (POST /v1/briefings) one client address may ask for in 5 minutes. */
  readonly clientRenderRateLimit: number;
  readonly logRetention: RetentionDays;
  readonly alarmTopic: ITopic;
}

/** The REST API's one stage; its name is the first segment of every path on the execute-api URL. */
export const STAGE_NAME = "prod";

/**
 * Paths the app serves without an API key (`OPEN_PATHS` in src/adapters/http/app.ts; a stack test
 * holds the two lists equal). Every other path needs `Authorization: Bearer <key>`. /v1/download
 * carries a delivery's signed, expiring token in its query instead, which the app checks.
 */
export const OPEN_PATHS = [
  "/healthz",
  "/openapi.json",
  "/v1/download",
  "/docs",
  "/docs/swagger-ui.css",
  "/docs/swagger-ui-bundle.js",
  "/docs/init.js",
] as const;

/**
 * The browser desk (`DESK_PREFIX` in src/adapters/desk/routes.tsx; the stack test holds them
 * equal): a browser carries a session cookie, not a bearer key, so `/desk` and everything under
 * it reach the function, which checks the session itself. The per-client rate rule still applies.
 */
export const DESK_PREFIX = "/desk";

/** The WAF rules, by name (also their CloudWatch metric names, after the web ACL's prefix). */
export const WAF_RULES = {
  perClientRate: "PerClientRate",
  perClientRenderRate: "PerClientRenderRate",
  requireBearerKey: "RequireBearerKey",
  ipReputation: "AmazonIpReputationList",
  knownBadInputs: "KnownBadInputs",
  common: "CommonRuleSet",
} as const;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A path as WAF sees it: the client's URI, which on the execute-api URL starts with the stage
 * (`/prod/v1/...`) and on a custom domain mapped at its root does not (`/v1/...`).
 */
const pathRegex = (paths: readonly string[]) => `^(/${STAGE_NAME})?(${paths.map(escapeRegex).join("|")})$`;

/** What may come without a bearer key: the open paths exactly, and the desk's prefix and below. */
const keylessRegex = () =>
  `^(/${STAGE_NAME})?(${[...OPEN_PATHS.map(escapeRegex), `${escapeRegex(DESK_PREFIX)}(/.*)?`].join("|")})$`;

/**
 * The only way in: an API Gateway REST API (regional) whose stage has an AWS WAF web ACL. WAF runs
 * before API Gateway's throttle and before Lambda, so:
 * - a request to any path but the open ones (OPEN_PATHS) without `Authorization: Bearer ...` is
 *   answered 401 by WAF, and the function never runs;
 * - one client address above `clientRateLimit` requests (or `clientRenderRateLimit` renders) in
 *   5 minutes is answered 429 by WAF, so it cannot use up the limits everyone shares;
 * - AWS's managed rules (IP reputation, known bad inputs, the common rule set) block the rest of
 *   what they know, with the 8 KB body-size rule only counted: an article may be 1 MB.
 * The stage's throttle stays as the backstop (per method, renders lower), and reserved concurrency
 * behind it. The function has no Function URL and may be invoked only by this API's stage.
 */
export class FrontDoor extends Construct {
  readonly api: RestApi;
  readonly stage: Stage;
  readonly webAcl: CfnWebACL;
  /** The account-wide role API Gateway writes REST API logs with (README, "Front door"). */
  readonly cloudWatchRole: Role;
  readonly cloudWatchLogsResource: string;

  constructor(scope: Construct, id: string, props: FrontDoorProps) {
    super(scope, id);
    const stack = Stack.of(this);

    // API Gateway waits at most 29 s for an integration; the function's timeout is below that, so
    // the app's own deadline answers first (504 with a problem document), not API Gateway's 504.
    // Permissions are per method and for the deployed stage only (no console test-invoke).
    const integration = new LambdaIntegration(props.handler, {
      timeout: Duration.seconds(29),
      allowTestInvoke: false,
    });
    const accessLogs = new LogGroup(this, "AccessLogs", { retention: props.logRetention });
    const renderThrottle = {
      throttlingRateLimit: props.renderRateLimit,
      throttlingBurstLimit: Math.max(1, props.renderRateLimit * 2),
      loggingLevel: MethodLoggingLevel.ERROR,
    };
    this.api = new RestApi(this, "RestApi", {
      restApiName: `${stack.stackName}-api`,
      description: "scenario-brief REST API, behind an AWS WAF web ACL",
      endpointConfiguration: { types: [EndpointType.REGIONAL] },
      // Lambda proxy responses are base64 (PDFs); API Gateway decodes them only when the client's
      // first Accept type is a binary media type, and clients send `*/*` or nothing.
      binaryMediaTypes: ["*/*"],
      // The account's CloudWatch role is set below, with an inline policy (no AWS-managed policy).
      cloudWatchRole: false,
      defaultIntegration: integration,
      deployOptions: {
        stageName: STAGE_NAME,
        // The backstop behind WAF: API Gateway applies a stage's limits to each method.
        throttlingRateLimit: props.rateLimit,
        throttlingBurstLimit: props.burstLimit,
        // Errors only (integration failures, timeouts), never bodies or headers: keys stay out.
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: false,
        methodOptions: { "/v1/briefings/POST": renderThrottle },
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.custom(
          JSON.stringify({
            requestId: "$context.requestId",
            ip: "$context.identity.sourceIp",
            time: "$context.requestTime",
            method: "$context.httpMethod",
            resource: "$context.resourcePath",
            path: "$context.path",
            status: "$context.status",
            length: "$context.responseLength",
            latency: "$context.integrationLatency",
            integrationError: "$context.integration.error",
            waf: "$context.wafResponseCode",
          }),
        ),
      },
    });
    this.stage = this.api.deploymentStage;

    // Routes: everything goes to the function, whose router answers 404 for what it does not
    // know. API Gateway matches the most specific resource and does not fall back to a parent's
    // {proxy+}, so each explicit resource carries ANY and a {proxy+} of its own. POST
    // /v1/briefings is a method of its own so that its throttle can be lower.
    this.api.root.addMethod("ANY");
    this.api.root.addProxy();
    const v1 = this.api.root.addResource("v1");
    v1.addMethod("ANY");
    v1.addProxy();
    const briefings = v1.addResource("briefings");
    briefings.addMethod("ANY");
    briefings.addMethod("POST");
    briefings.addProxy();

    // Execution logs (errors only) go to a group API Gateway names itself; made here so that it
    // expires like the others instead of being created on first use and kept forever.
    const executionLogs = new LogGroup(this, "ExecutionLogs", {
      logGroupName: `API-Gateway-Execution-Logs_${this.api.restApiId}/${STAGE_NAME}`,
      retention: props.logRetention,
    });
    this.stage.node.addDependency(executionLogs);

    // REST APIs write logs with the role set in the region's API Gateway account settings. That
    // setting is shared by every REST API in the account and region, so the role may write to any
    // log group there (what AWS's AmazonAPIGatewayPushToCloudWatchLogs allows, less reading), and
    // it is kept when the stack is destroyed so that other APIs' logging does not break.
    this.cloudWatchLogsResource = stack.formatArn({
      service: "logs",
      resource: "log-group",
      resourceName: "*",
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.cloudWatchRole = new Role(this, "CloudWatchRole", {
      description: "API Gateway (account setting): writes REST API access and execution logs",
      assumedBy: new ServicePrincipal("apigateway.amazonaws.com"),
      inlinePolicies: {
        PushLogs: new PolicyDocument({
          statements: [
            new PolicyStatement({
              actions: [
                "logs:CreateLogGroup",
                "logs:CreateLogStream",
                "logs:DescribeLogGroups",
                "logs:DescribeLogStreams",
                "logs:PutLogEvents",
              ],
              resources: [this.cloudWatchLogsResource],
            }),
          ],
        }),
      },
    });
    this.cloudWatchRole.applyRemovalPolicy(RemovalPolicy.RETAIN);
    const account = new CfnAccount(this, "Account", { cloudWatchRoleArn: this.cloudWatchRole.roleArn });
    this.stage.node.addDependency(account);

    this.webAcl = this.createWebAcl(props);
    new CfnWebACLAssociation(this, "WebAclAssociation", {
      resourceArn: this.stage.stageArn,
      webAclArn: this.webAcl.attrArn,
    });

    new Alarm(this, "ServerErrorsAlarm", {
      alarmDescription:
        "scenario-brief API: 5xx answers in the last 5 minutes (S3 or Chromium failures, deadline hits, a full render queue, or the function failing)",
      metric: this.stage.metricServerError({ period: Duration.minutes(5), statistic: "Sum" }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(props.alarmTopic));
  }

  private createWebAcl(props: FrontDoorProps): CfnWebACL {
    const prefix = `${Stack.of(this).stackName}-front-door`;
    const visibility = (name: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${prefix}-${name}`,
    });
    const problem = (status: number, title: string, code: string, detail: string) =>
      JSON.stringify({ type: `/problems/${code}`, title, status, detail });
    const tooMany: CfnWebACL.RuleActionProperty = {
      block: {
        customResponse: {
          responseCode: 429,
          customResponseBodyKey: "rate-limited",
          responseHeaders: [{ name: "retry-after", value: "60" }],
        },
      },
    };
    const uriPath = (regex: string): CfnWebACL.StatementProperty => ({
      regexMatchStatement: {
        fieldToMatch: { uriPath: {} },
        regexString: regex,
        textTransformations: [{ priority: 0, type: "NONE" }],
      },
    });
    const managed = (
      name: string,
      group: string,
      priority: number,
      ruleActionOverrides?: string[],
    ): CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: "AWS",
          name: group,
          ruleActionOverrides: ruleActionOverrides?.map((rule) => ({
            name: rule,
            actionToUse: { count: {} },
          })),
        },
      },
      visibilityConfig: visibility(name),
    });

    return new CfnWebACL(this, "WebAcl", {
      name: prefix,
      description: "scenario-brief front door: per-client rate limits, API key required, AWS managed rules",
      scope: "REGIONAL",
      defaultAction: { allow: {} },
      visibilityConfig: visibility("all"),
      customResponseBodies: {
        "rate-limited": {
          contentType: "APPLICATION_JSON",
          content: problem(
            429,
            "Too many requests",
            "rate-limited",
            "Too many requests from this client address; try again in a minute.",
          ),
        },
        "missing-key": {
          contentType: "APPLICATION_JSON",
          content: problem(
            401,
            "Authentication required",
            "unauthorized",
            "Send an API key: Authorization: Bearer <key>.",
          ),
        },
      },
      rules: [
        // First, so that every request a client makes counts towards its limit, refused or not.
        {
          name: WAF_RULES.perClientRate,
          priority: 0,
          action: tooMany,
          statement: {
            rateBasedStatement: {
              limit: props.clientRateLimit,
              evaluationWindowSec: 300,
              aggregateKeyType: "IP",
            },
          },
          visibilityConfig: visibility(WAF_RULES.perClientRate),
        },
        {
          name: WAF_RULES.perClientRenderRate,
          priority: 1,
          action: tooMany,
          statement: {
            rateBasedStatement: {
              limit: props.clientRenderRateLimit,
              evaluationWindowSec: 300,
              aggregateKeyType: "IP",
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    {
                      byteMatchStatement: {
                        fieldToMatch: { method: {} },
                        searchString: "POST",
                        positionalConstraint: "EXACTLY",
                        textTransformations: [{ priority: 0, type: "NONE" }],
                      },
                    },
                    uriPath(pathRegex(["/v1/briefings"])),
                  ],
                },
              },
            },
          },
          visibilityConfig: visibility(WAF_RULES.perClientRenderRate),
        },
        // No key, no compute: the app would answer these 401 too, after a Lambda invocation. Open
        // paths are matched exactly and without transformation, so an odd spelling of one is not
        // open; the header check is the app's own (`Bearer` in any case, then a token).
        {
          name: WAF_RULES.requireBearerKey,
          priority: 2,
          action: {
            block: {
              customResponse: {
                responseCode: 401,
                customResponseBodyKey: "missing-key",
                responseHeaders: [{ name: "www-authenticate", value: 'Bearer realm="scenario-brief"' }],
              },
            },
          },
          statement: {
            andStatement: {
              statements: [
                { notStatement: { statement: uriPath(keylessRegex()) } },
                {
                  notStatement: {
                    statement: {
                      regexMatchStatement: {
                        fieldToMatch: { singleHeader: { Name: "authorization" } },
                        regexString: "^bearer\\s+\\S+\\s*$",
                        textTransformations: [{ priority: 0, type: "LOWERCASE" }],
                      },
                    },
                  },
                },
              ],
            },
          },
          visibilityConfig: visibility(WAF_RULES.requireBearerKey),
        },
        managed(WAF_RULES.ipReputation, "AWSManagedRulesAmazonIpReputationList", 3),
        managed(WAF_RULES.knownBadInputs, "AWSManagedRulesKnownBadInputsRuleSet", 4),
        // SizeRestrictions_BODY blocks bodies over 8 KB; articles are up to MAX_BODY_BYTES (1 MB by
        // default), which the app enforces itself. Counted, so its metric still shows them.
        managed(WAF_RULES.common, "AWSManagedRulesCommonRuleSet", 5, ["SizeRestrictions_BODY"]),
      ],
    });
  }

  /** The base URL, ending in `/` (the stage's: `https://<id>.execute-api.<region>.amazonaws.com/prod/`). */
  get url(): string {
    return this.api.url;
  }
}
