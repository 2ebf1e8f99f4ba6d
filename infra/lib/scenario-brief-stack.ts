import { ArnFormat, CfnOutput, Duration, Stack, type StackProps, Validations } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Architecture, Code, LayerVersion, Runtime } from "aws-cdk-lib/aws-lambda";
import { RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { AlarmTopic } from "./constructs/alarm-topic.js";
import { ArticleIndexTable } from "./constructs/article-index-table.js";
import { BriefingStorage, SERVICE_PREFIXES } from "./constructs/briefing-storage.js";
import { Deliveries } from "./constructs/deliveries.js";
import { FailureAlarms } from "./constructs/failure-alarms.js";
import { FrontDoor, STAGE_NAME } from "./constructs/front-door.js";
import { JobScheduling } from "./constructs/job-scheduling.js";
import { ServiceFunction } from "./constructs/service-function.js";
import { SourcePolling } from "./constructs/source-polling.js";
import { EXEC_WRAPPER_PATH, FUNCTION_MEMORY_MB } from "./lambda-node.js";
import { nagRule, wildcardResourceFinding } from "./nag.js";

export interface ScenarioBriefCode {
  /** `dist/lambda/http`: the HTTP handler with its templates/ and assets/. */
  readonly httpDir: string;
  /** `dist/lambda/job`: the scheduled-job handler, same layout. */
  readonly jobDir: string;
  /** `dist/layer/chromium`: nodejs/node_modules/@sparticuz/chromium and its dependencies. */
  readonly chromiumLayerDir: string;
}

export interface ScenarioBriefStackProps extends StackProps {
  /** Folders written by `npm run build` (tests pass small stand-ins). */
  readonly code: ScenarioBriefCode;
  /** Days a briefing is kept in S3. Default 90. */
  readonly briefingRetentionDays?: number;
  /** Days an overwritten or deleted object's previous version is kept. Default 30. */
  readonly noncurrentVersionRetentionDays?: number;
  /** SSM SecureString parameter holding API_KEYS (created outside the stack). Default /scenario-brief/api-keys. */
  readonly apiKeysParameterName?: string;
  /** Cap on concurrent HTTP invocations, each a possible Chromium render. 0 leaves it unreserved. Default 10. */
  readonly httpReservedConcurrency?: number;
  readonly logRetention?: RetentionDays;
  readonly logLevel?: "debug" | "info" | "warn" | "error" | "silent";
  /** Receives every alarm. */
  readonly alarmEmail?: string;
  /** Steady requests per second each API method accepts before API Gateway answers 429 itself. Default 20. */
  readonly apiRateLimit?: number;
  /** Requests accepted at once above the steady rate. Default 40. */
  readonly apiBurstLimit?: number;
  /** Steady briefing renders (POST /v1/briefings) per second, for all clients together. Default 2. */
  readonly renderRateLimit?: number;
  /** Requests one client address may make in 5 minutes before AWS WAF answers 429. Default 600. */
  readonly clientRateLimit?: number;
  /** Renders (POST /v1/briefings) one client address may ask for in 5 minutes. Default 30. */
  readonly clientRenderRateLimit?: number;
  /** EventBridge Scheduler group name. Default: the stack name. */
  readonly scheduleGroupName?: string;
  /** SSM path of the webhook signing secrets, one SecureString per secretRef. Default /scenario-brief/webhook-secrets/. */
  readonly webhookSecretsPrefix?: string;
  /** SSM SecureString holding the download links' HMAC key (32+ characters, created outside the stack). Default /scenario-brief/download-key. */
  readonly downloadKeyParameterName?: string;
  /** SSM SecureString holding the desk's session-signing key (32+ characters, created outside the stack). Default /scenario-brief/desk-session-key. */
  readonly deskSessionKeyParameterName?: string;
}

export const DEFAULT_API_KEYS_PARAMETER = "/scenario-brief/api-keys";
export const DEFAULT_WEBHOOK_SECRETS_PREFIX = "/scenario-brief/webhook-secrets/";
export const DEFAULT_DOWNLOAD_KEY_PARAMETER = "/scenario-brief/download-key";
export const DEFAULT_DESK_SESSION_KEY_PARAMETER = "/scenario-brief/desk-session-key";

/** The whole service: storage, the HTTP and job functions, the Chromium layer, schedules, alarms. */
export class ScenarioBriefStack extends Stack {
  readonly storage: BriefingStorage;
  readonly http: ServiceFunction;
  readonly job: ServiceFunction;
  readonly scheduling: JobScheduling;
  readonly deliveries: Deliveries;
  readonly articleIndex: ArticleIndexTable;

  constructor(scope: Construct, id: string, props: ScenarioBriefStackProps) {
    super(scope, id, props);
    const apiKeysParameter = props.apiKeysParameterName ?? DEFAULT_API_KEYS_PARAMETER;
    const deskSessionKeyParameter = props.deskSessionKeyParameterName ?? DEFAULT_DESK_SESSION_KEY_PARAMETER;
    const logRetention = props.logRetention ?? RetentionDays.ONE_MONTH;
    const reserved = props.httpReservedConcurrency ?? 10;

    const alarms = new AlarmTopic(this, "Alarms", { email: props.alarmEmail });
    this.storage = new BriefingStorage(this, "Storage", {
      briefingRetentionDays: props.briefingRetentionDays ?? 90,
      noncurrentVersionRetentionDays: props.noncurrentVersionRetentionDays ?? 30,
    });
    this.articleIndex = new ArticleIndexTable(this, "ArticleIndex");
    this.scheduling = new JobScheduling(this, "Scheduling", {
      groupName: props.scheduleGroupName ?? this.stackName,
      alarmTopic: alarms.topic,
    });

    this.deliveries = new Deliveries(this, "Deliveries", {
      topicNamePrefix: `${this.stackName.slice(0, 200)}-email-`,
      webhookSecretsPrefix: props.webhookSecretsPrefix ?? DEFAULT_WEBHOOK_SECRETS_PREFIX,
      downloadKeyParameter: props.downloadKeyParameterName ?? DEFAULT_DOWNLOAD_KEY_PARAMETER,
      scheduling: this.scheduling,
    });

    const chromium = new LayerVersion(this, "ChromiumLayer", {
      description:
        "Chromium for Lambda (@sparticuz/chromium): its code at /opt/nodejs/node_modules, the browser already unpacked at /opt/chromium",
      code: Code.fromAsset(props.code.chromiumLayerDir),
      compatibleRuntimes: [Runtime.NODEJS_22_X],
      compatibleArchitectures: [Architecture.X86_64],
    });

    // The job function's name is fixed so that its ARN can be written into its own environment:
    // config.ts requires the scheduler settings on Lambda, and a function cannot reference its own
    // generated ARN without a circular dependency.
    const jobFunctionName = `${this.stackName.slice(0, 59)}-job`;
    const jobFunctionArn = this.formatArn({
      service: "lambda",
      resource: "function",
      resourceName: jobFunctionName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    const environment = {
      S3_BUCKET: this.storage.bucket.bucketName,
      SB_ARTICLE_INDEX_TABLE: this.articleIndex.table.tableName,
      ASSETS_DIR: "/var/task/assets",
      TEMPLATES_DIR: "/var/task/templates",
      // No NODE_OPTIONS: stacks are mapped to src/ when logged (src/source-stack.ts), where
      // --enable-source-maps read every map at each cold start.
      // The V8 flags NODE_OPTIONS refuses, added by a wrapper the build puts in each function's code.
      AWS_LAMBDA_EXEC_WRAPPER: EXEC_WRAPPER_PATH,
      // The layer's Chromium, unpacked at build time (scripts/build/prepared-chromium.ts): a new
      // sandbox launches it at once instead of inflating Brotli archives into /tmp first.
      CHROMIUM_UNPACKED_DIR: "/opt/chromium",
      LOG_LEVEL: props.logLevel ?? "info",
      SCHEDULER: "eventbridge",
      SCHEDULE_GROUP: this.scheduling.groupName,
      SCHEDULER_TARGET_ARN: jobFunctionArn,
      SCHEDULER_ROLE_ARN: this.scheduling.role.roleArn,
      SCHEDULER_DLQ_ARN: this.scheduling.deadLetterQueue.queueArn,
      ...this.deliveries.environment,
    };
    const shared = {
      layers: [chromium],
      memorySize: FUNCTION_MEMORY_MB,
      logRetention,
      environment,
      alarmTopic: alarms.topic,
    };

    this.job = new ServiceFunction(this, "Job", {
      ...shared,
      functionName: jobFunctionName,
      description: "scenario-brief: renders a scheduled briefing (invoked by EventBridge Scheduler)",
      codeDir: props.code.jobDir,
      // A run may select many articles; the margin over a single render is for them.
      timeout: Duration.minutes(3),
      // After Lambda's own two retries of an asynchronous invocation, the event and its error land
      // here, where the alarm on the queue sees them.
      onFailure: this.scheduling.deadLetterQueue,
    });
    this.scheduling.allowInvoke(jobFunctionArn);
    // Registered feeds are polled by the job function, on one poller schedule.
    new SourcePolling(this, "SourcePolling", { scheduling: this.scheduling, jobFunctionArn });

    this.http = new ServiceFunction(this, "Http", {
      ...shared,
      description:
        "scenario-brief: the HTTP API behind API Gateway and AWS WAF, renders briefings on request",
      codeDir: props.code.httpDir,
      environment: {
        ...environment,
        // The name only: the function reads the keys at cold start and again once they are a
        // minute old (src/handlers/cold-start.ts), so a revoked key stops working within a minute.
        API_KEYS_PARAMETER: apiKeysParameter,
        // The desk's cookie-signing key, read once at cold start; without it the desk answers 503.
        DESK_SESSION_KEY_PARAMETER: deskSessionKeyParameter,
      },
      // A cold render: Chromium launches from the layer, prints; the app's own deadline is this
      // less a margin, so a render that cannot finish answers 504 rather than being cut off. Below
      // API Gateway's 29 s integration limit, so that the app's answer is the one the client gets.
      timeout: Duration.seconds(28),
      reservedConcurrentExecutions: reserved > 0 ? reserved : undefined,
    });

    // Least privilege: object access under the service's prefixes; deleting only for the HTTP
    // API (admin-scoped deletes, schedule removal); the job reads and writes.
    this.storage.grantPrefixes(this.http.role, ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]);
    this.storage.grantPrefixes(this.job.role, ["s3:GetObject", "s3:PutObject"]);
    this.scheduling.grantManageSchedules(this.http.role);
    // Both functions select (a schedule runs in the job function, or now over HTTP) and put
    // (articles are saved on ingest over HTTP, and by a briefing or a feed poll in either).
    this.articleIndex.grantSelectAndPut(this.http.role);
    this.articleIndex.grantSelectAndPut(this.job.role);
    const readKeys = new PolicyStatement({
      actions: ["ssm:GetParameter"],
      resources: [
        this.formatArn({
          service: "ssm",
          resource: "parameter",
          resourceName: apiKeysParameter.replace(/^\//, ""),
        }),
      ],
    });
    // Only the HTTP function: the job function serves no requests and never sees a key.
    this.http.role.addToPrincipalPolicy(readKeys);
    // The desk's session key, that one parameter, for the one function that serves the desk.
    this.http.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ["ssm:GetParameter"],
        resources: [
          this.formatArn({
            service: "ssm",
            resource: "parameter",
            resourceName: deskSessionKeyParameter.replace(/^\//, ""),
          }),
        ],
      }),
    );
    // Both send deliveries (the job after a run, the HTTP function for one-off briefings and
    // manual retries); only the HTTP function changes schedules, and so their e-mail topics.
    this.deliveries.grantSend(this.job.role);
    this.deliveries.grantSend(this.http.role);
    this.deliveries.grantManageTopics(this.http.role);

    // The front door: the function has no Function URL, so every request passes AWS WAF (per-client
    // rate limits, no key no compute, managed rules) and then API Gateway's throttle (README,
    // "Front door"). The bearer API keys themselves are still checked by the app.
    const front = new FrontDoor(this, "FrontDoor", {
      handler: this.http.fn,
      rateLimit: props.apiRateLimit ?? 20,
      burstLimit: props.apiBurstLimit ?? 40,
      renderRateLimit: props.renderRateLimit ?? 2,
      clientRateLimit: props.clientRateLimit ?? 600,
      clientRenderRateLimit: props.clientRenderRateLimit ?? 30,
      logRetention,
      alarmTopic: alarms.topic,
    });
    // Links in deliveries point at the API itself. Built from the REST API's id, not front.url: the
    // stage depends on the function, so the function cannot name the stage without a cycle.
    const publicUrl = `https://${front.api.restApiId}.execute-api.${this.region}.${this.urlSuffix}/${STAGE_NAME}/`;
    for (const fn of [this.http, this.job]) fn.fn.addEnvironment("SB_PUBLIC_URL", publicUrl);
    new FailureAlarms(this, "HttpFailures", {
      fn: this.http.fn,
      alarmTopic: alarms.topic,
      metrics: {
        RenderFailures: "briefings whose render failed (Chromium crashed or could not start)",
        DeadlineHits: "renders that ran out of their deadline (answered 504)",
        QueueRejections: "briefings refused because the render queue was full (answered 503)",
      },
    });
    new FailureAlarms(this, "JobFailures", {
      fn: this.job.fn,
      alarmTopic: alarms.topic,
      metrics: { JobRunFailures: "scheduled runs that failed for good (recorded as failed, not retried)" },
    });

    this.acknowledgeFindings(front);

    new CfnOutput(this, "ApiUrl", {
      value: front.url,
      description: "Base URL of the API (its stage, ending in /prod/); join the API's paths to it",
    });
    new CfnOutput(this, "BucketName", { value: this.storage.bucket.bucketName });
    new CfnOutput(this, "ArticleIndexTableName", { value: this.articleIndex.table.tableName });
    new CfnOutput(this, "ScheduleGroupName", { value: this.scheduling.groupName });
    new CfnOutput(this, "ApiKeysParameterName", {
      value: apiKeysParameter,
      description:
        "Create this SSM SecureString (hashes from `scenario-brief keys create`) before the first call",
    });
    new CfnOutput(this, "DeskSessionKeyParameterName", {
      value: deskSessionKeyParameter,
      description: "Create this SSM SecureString (32+ random characters) before opening the desk",
    });
    new CfnOutput(this, "AlarmTopicArn", { value: alarms.topic.topicArn });
    new CfnOutput(this, "DeadLetterQueueUrl", { value: this.scheduling.deadLetterQueue.queueUrl });
  }

  /** Each cdk-nag finding on the functions that is by design, with why. */
  private acknowledgeFindings(front: FrontDoor): void {
    // Every method of the REST API (ANY and {proxy+} at /, /v1 and /v1/briefings, and POST
    // /v1/briefings) passes every request to the function.
    for (const method of front.api.methods) {
      Validations.of(method).acknowledge(
        {
          id: nagRule("APIG4"),
          reason:
            "Every route but /healthz, /openapi.json and /v1/download (which checks a signed, expiring single-briefing token instead) requires a bearer API key. AWS WAF refuses a request without one (401) before API Gateway or Lambda spends anything, and the app checks the key itself against SHA-256 hashes read from SSM (constant-time compare, refreshed each minute). An API Gateway authorizer would be a second function to run on every request for the same check.",
        },
        {
          id: nagRule("COG4"),
          reason:
            "Clients are programs holding API keys with scopes (read, write, admin), not people signing in: there is no user pool to authorize against. The key is required at the WAF and checked by the app (APIG4 above).",
        },
      );
    }
    Validations.of(front.api).acknowledge({
      id: nagRule("APIG2"),
      reason:
        "Every route is a Lambda proxy to one app that validates each request's path, query and body against its OpenAPI schemas (zod) and answers a problem document naming each field. An API Gateway request validator on the proxy resources would have no models to check, and a copy of the schemas there would be a second, drifting source of truth.",
    });
    Validations.of(front.cloudWatchRole).acknowledge({
      id: wildcardResourceFinding(this, front.cloudWatchLogsResource),
      reason:
        "This is the region's API Gateway CloudWatch role, an account setting shared by every REST API in the account and region; it writes to their access and execution log groups, whose names it cannot know. It may only create groups and streams and put events, in this account and region (AWS's own AmazonAPIGatewayPushToCloudWatchLogs grants the same on every resource, and reading besides).",
    });
    Validations.of(this.scheduling.deadLetterQueue).acknowledge({
      id: nagRule("SQS3"),
      reason:
        "This queue is itself the end of the line: the dead-letter queue of EventBridge Scheduler deliveries and the on-failure destination of the job function, alarmed on when anything arrives. A queue behind it would only move the same messages further from the alarm.",
    });
    for (const fn of [this.http, this.job]) {
      Validations.of(fn.fn).acknowledge({
        id: nagRule("L1"),
        reason:
          "Node.js 22 is the runtime the bundle is built for (esbuild target node22) and the @sparticuz/chromium layer is tested on, and it is in upstream LTS until April 2027. Moving to Node.js 24 means rebuilding and retesting bundle and layer together, a deliberate upgrade rather than a drift.",
      });
      for (const prefix of SERVICE_PREFIXES) {
        Validations.of(fn.role).acknowledge({
          id: wildcardResourceFinding(this, this.storage.bucket.arnForObjects(`${prefix}*`)),
          reason: `Object keys under ${prefix} carry ids made at run time, so access is granted to that prefix of this stack's one bucket, not to the whole bucket or any other.`,
        });
      }
    }
    Validations.of(this.http.role).acknowledge({
      id: wildcardResourceFinding(this, this.scheduling.schedulesArn),
      reason:
        "The HTTP API creates one EventBridge schedule per schedule record, named by the record's id at run time; access is limited to schedules in this stack's own group.",
    });
  }
}
