import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { App, Validations } from "aws-cdk-lib";
import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESK_PREFIX as APP_DESK_PREFIX } from "../../src/adapters/desk/routes.js";
import { OPEN_PATHS as APP_OPEN_PATHS } from "../../src/adapters/http/app.js";
import { DESK_PREFIX, OPEN_PATHS, STAGE_NAME, WAF_RULES } from "../lib/constructs/front-door.js";
import { ScenarioBriefStack } from "../lib/scenario-brief-stack.js";
import { FEATURE_FLAGS } from "../lib/settings.js";
import { fakeCode } from "./fixtures.js";

// One synth for the whole file, with cdk-nag's AWS Solutions pack as CDK runs it on `cdk synth`.
const code = fakeCode();
const outdir = path.join(code.root, "cdk.out");
const app = new App({ outdir, context: FEATURE_FLAGS });
const stack = new ScenarioBriefStack(app, "ScenarioBrief", { code, briefingRetentionDays: 45 });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

interface Violation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
}

let template: Template | undefined;
let synthError: unknown;
let violations: Violation[] = [];

beforeAll(() => {
  try {
    const assembly = app.synth();
    template = Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);
  } catch (e) {
    synthError = e;
    const report = JSON.parse(readFileSync(path.join(outdir, "validation-report.json"), "utf8")) as {
      pluginReports: { violations: Violation[] }[];
    };
    violations = report.pluginReports.flatMap((r) => r.violations);
  }
});
afterAll(() => rmSync(code.root, { recursive: true, force: true }));

/** The synthesized template; when cdk-nag stopped the synth, every test says so. */
function t(): Template {
  if (!template)
    throw new Error(`synth failed: ${synthError instanceof Error ? synthError.message : synthError}`);
  return template;
}

const ref = (logicalIdPrefix: string) =>
  Match.objectLike({ "Fn::GetAtt": [Match.stringLikeRegexp(`^${logicalIdPrefix}`), "Arn"] });
const objectsUnder = (prefix: string) =>
  Match.objectLike({ "Fn::Join": ["", [ref("StorageData"), `/${prefix}/*`]] });

/** The IAM policy statements attached to the role whose logical id starts with `rolePrefix`. */
function statementsOf(rolePrefix: string): Record<string, unknown>[] {
  const policies = t().findResources("AWS::IAM::Policy");
  return Object.values(policies)
    .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref.startsWith(rolePrefix)))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Record<string, unknown>[]);
}

describe("cdk-nag AWS Solutions", () => {
  it("reports no finding the stack has not acknowledged", () => {
    const list = violations.map(
      (v) => `${v.severity} ${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(", ")}`,
    );
    expect(list).toEqual([]);
    expect(synthError).toBeUndefined();
  });

  it("acknowledges only known findings, each with a reason written for this stack", () => {
    const acknowledged = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    const ids = acknowledged.map(([id]) => id.replace(/<StorageData[0-9A-F]+\.Arn>/, "<bucket>"));
    expect(new Set(ids)).toEqual(
      new Set([
        "AwsSolutions::AwsSolutions-L1",
        ...["articles", "briefings", "schedules", "index", "sources", "near-duplicates"].map(
          (p) => `AwsSolutions::AwsSolutions-IAM5[Resource::<bucket>/${p}/*]`,
        ),
        "AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/ScenarioBrief/*]",
        "AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/ScenarioBrief/delivery-*]",
        "AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:ScenarioBrief-email-*]",
        "AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ssm:<AWS::Region>:<AWS::AccountId>:parameter/scenario-brief/webhook-secrets/*]",
        "AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:*]",
        "AwsSolutions::AwsSolutions-APIG2",
        "AwsSolutions::AwsSolutions-APIG4",
        "AwsSolutions::AwsSolutions-COG4",
        "AwsSolutions::AwsSolutions-SQS3",
      ]),
    );
    for (const [id, reason] of acknowledged) {
      expect(reason.length, id).toBeGreaterThan(80);
    }
  });
});

describe("the briefings bucket", () => {
  it("blocks public access, encrypts, versions and logs to the access-log bucket", () => {
    t().hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      VersioningConfiguration: { Status: "Enabled" },
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp("^StorageAccessLogs") } },
    });
    t().resourceCountIs("AWS::S3::Bucket", 2);
  });

  it("expires briefings (and their index entries) after the configured days, old versions and stale uploads", () => {
    t().hasResourceProperties("AWS::S3::Bucket", {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: "briefings/", ExpirationInDays: 45, Status: "Enabled" }),
          Match.objectLike({ Prefix: "index/briefings/", ExpirationInDays: 45 }),
          Match.objectLike({
            NoncurrentVersionExpiration: { NoncurrentDays: 30 },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          }),
          Match.objectLike({ ExpiredObjectDeleteMarker: true }),
        ]),
      },
    });
  });

  it("refuses every request not made over TLS, on both buckets", () => {
    const policies = t().findResources("AWS::S3::BucketPolicy", {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: "Deny",
              Action: "s3:*",
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            }),
          ]),
        },
      },
    });
    expect(Object.keys(policies)).toHaveLength(2);
  });
});

describe("the functions", () => {
  const functions = () => t().findResources("AWS::Lambda::Function");
  const fn = (prefix: string) => {
    const entry = Object.entries(functions()).find(([id]) => id.startsWith(prefix));
    if (!entry) throw new Error(`no function ${prefix}`);
    return entry[1].Properties as Record<string, unknown> & {
      Environment: { Variables: Record<string, unknown> };
    };
  };

  it("run Node.js 22 on x86_64 with 2 GB, the Chromium layer and their own log group", () => {
    expect(Object.keys(functions())).toHaveLength(2);
    for (const prefix of ["HttpFunction", "JobFunction"]) {
      expect(fn(prefix)).toMatchObject({
        Runtime: "nodejs22.x",
        Architectures: ["x86_64"],
        MemorySize: 2048,
        Handler: "index.handler",
        Layers: [{ Ref: expect.stringMatching(/^ChromiumLayer/) }],
        LoggingConfig: { LogGroup: { Ref: expect.stringMatching(/Logs/) } },
      });
    }
    t().hasResourceProperties("AWS::Lambda::LayerVersion", {
      CompatibleRuntimes: ["nodejs22.x"],
      CompatibleArchitectures: ["x86_64"],
    });
  });

  it("give the HTTP function time for a cold render and cap its concurrency", () => {
    // Below API Gateway's 29 s integration limit, so the app's own 504 reaches the client.
    expect(fn("HttpFunction")).toMatchObject({ Timeout: 28, ReservedConcurrentExecutions: 10 });
    expect(fn("JobFunction").Timeout).toBe(180);
  });

  it("configure storage, schedules, assets and the API keys parameter by name, never the keys", () => {
    for (const prefix of ["HttpFunction", "JobFunction"]) {
      const env = fn(prefix).Environment.Variables;
      expect(env).toMatchObject({
        S3_BUCKET: { Ref: expect.stringMatching(/^StorageData/) },
        SCHEDULER: "eventbridge",
        SCHEDULE_GROUP: "ScenarioBrief",
        SCHEDULER_ROLE_ARN: { "Fn::GetAtt": [expect.stringMatching(/^SchedulingInvokeRole/), "Arn"] },
        SCHEDULER_DLQ_ARN: { "Fn::GetAtt": [expect.stringMatching(/^SchedulingDeadLetters/), "Arn"] },
        ASSETS_DIR: "/var/task/assets",
        TEMPLATES_DIR: "/var/task/templates",
        // V8 flags NODE_OPTIONS refuses, added by the wrapper the build writes into the code.
        AWS_LAMBDA_EXEC_WRAPPER: "/var/task/node-flags",
        // The layer's Chromium, unpacked at build time: no unpack at cold start.
        CHROMIUM_UNPACKED_DIR: "/opt/chromium",
        LOG_LEVEL: "info",
      });
      expect(JSON.stringify(env.SCHEDULER_TARGET_ARN)).toContain(":function:ScenarioBrief-job");
      expect(env).not.toHaveProperty("API_KEYS");
      // Stacks are mapped to src/ when logged; --enable-source-maps would read every map at start.
      expect(env).not.toHaveProperty("NODE_OPTIONS");
    }
    expect(fn("HttpFunction").Environment.Variables.API_KEYS_PARAMETER).toBe("/scenario-brief/api-keys");
    // The job serves no requests: it is not even told where the keys are.
    expect(fn("JobFunction").Environment.Variables).not.toHaveProperty("API_KEYS_PARAMETER");
    // Only the HTTP function serves the desk, so only it is told where its session key is.
    expect(fn("HttpFunction").Environment.Variables.DESK_SESSION_KEY_PARAMETER).toBe(
      "/scenario-brief/desk-session-key",
    );
    expect(fn("JobFunction").Environment.Variables).not.toHaveProperty("DESK_SESSION_KEY_PARAMETER");
    expect(fn("HttpFunction").Environment.Variables).not.toHaveProperty("DESK_SESSION_SECRET");
    expect(fn("JobFunction").FunctionName).toBe("ScenarioBrief-job");
  });

  it("tell both where webhook secrets, the download key and e-mail topics are, and the API's own URL for links", () => {
    for (const prefix of ["HttpFunction", "JobFunction"]) {
      const env = fn(prefix).Environment.Variables;
      expect(env).toMatchObject({
        SB_WEBHOOK_SECRETS_PREFIX: "/scenario-brief/webhook-secrets/",
        SB_DOWNLOAD_KEY_PARAMETER: "/scenario-brief/download-key",
      });
      expect(JSON.stringify(env.SB_EMAIL_TOPIC_ARN_PREFIX)).toMatch(/:sns:.*:ScenarioBrief-email-"\]\]\}$/);
      const url = JSON.stringify(env.SB_PUBLIC_URL);
      expect(url).toMatch(
        /^\{"Fn::Join":\["",\["https:\/\/",\{"Ref":"FrontDoorRestApi[0-9A-F]+"\},".execute-api."/,
      );
      expect(url).toMatch(/"\/prod\/"\]\]\}$/);
      expect(env).not.toHaveProperty("SB_DOWNLOAD_KEY");
      expect(env).not.toHaveProperty("SB_WEBHOOK_SECRETS");
    }
  });

  it("have no Function URL: the HTTP function may be invoked only by the REST API's deployed stage", () => {
    t().resourceCountIs("AWS::Lambda::Url", 0);
    const permissions = Object.values(t().findResources("AWS::Lambda::Permission")).filter((p) =>
      JSON.stringify(p.Properties.FunctionName).includes("HttpFunction"),
    );
    // One per API Gateway method (ANY and {proxy+} at /, /v1 and /v1/briefings; POST /v1/briefings).
    expect(permissions).toHaveLength(7);
    for (const p of permissions) {
      expect(p.Properties.Action).toBe("lambda:InvokeFunction");
      expect(p.Properties.Principal).toBe("apigateway.amazonaws.com");
      // arn:...:execute-api:<region>:<account>:<this API>/<its stage>/<method>/<path>: no other
      // API, stage or the console's test-invoke-stage.
      const [, parts] = p.Properties.SourceArn["Fn::Join"] as [string, unknown[]];
      expect(parts.slice(0, 8)).toEqual([
        "arn:",
        { Ref: "AWS::Partition" },
        ":execute-api:",
        { Ref: "AWS::Region" },
        ":",
        { Ref: "AWS::AccountId" },
        ":",
        { Ref: expect.stringMatching(/^FrontDoorRestApi[0-9A-F]+$/) },
      ]);
      expect(parts[8]).toBe("/");
      expect(parts[9]).toEqual({ Ref: expect.stringMatching(/^FrontDoorRestApiDeploymentStageprod/) });
      expect(JSON.stringify(parts)).not.toContain("test-invoke-stage");
    }
  });

  it("keep logs for a month and alarm on errors and throttles", () => {
    // Each function's, and the front door's access and execution logs.
    t().resourcePropertiesCountIs("AWS::Logs::LogGroup", { RetentionInDays: 30 }, 4);
    for (const metric of ["Errors", "Throttles"]) {
      t().resourcePropertiesCountIs(
        "AWS::CloudWatch::Alarm",
        {
          Namespace: "AWS/Lambda",
          MetricName: metric,
          Threshold: 1,
          AlarmActions: [{ Ref: Match.stringLikeRegexp("^AlarmsTopic") }],
        },
        2,
      );
    }
  });
});

describe("least privilege", () => {
  it("lets each function reach only the service's prefixes of its bucket", () => {
    const prefixes = ["articles", "briefings", "schedules", "index", "sources", "near-duplicates"].map(
      objectsUnder,
    );
    for (const [role, actions] of [
      ["HttpRole", ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]],
      ["JobRole", ["s3:GetObject", "s3:PutObject"]],
    ] as const) {
      const s3 = statementsOf(role).filter((s) => JSON.stringify(s.Action).includes("s3:"));
      expect(s3).toEqual([
        expect.objectContaining({ Action: actions, Resource: expect.any(Array) }),
        expect.objectContaining({ Action: "s3:ListBucket", Resource: expect.objectContaining({}) }),
      ]);
      t().hasResourceProperties("AWS::IAM::Policy", {
        Roles: [{ Ref: Match.stringLikeRegexp(`^${role}`) }],
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Action: actions, Resource: prefixes })]),
        },
      });
    }
  });

  it("lets only the HTTP function manage the group's schedules (the job only creates delivery retries), passing that one role", () => {
    const schedulerActions = [
      "scheduler:CreateSchedule",
      "scheduler:UpdateSchedule",
      "scheduler:DeleteSchedule",
      "scheduler:GetSchedule",
    ];
    const http = statementsOf("HttpRole");
    const manage = http.find((s) => JSON.stringify(s.Action).includes("scheduler:"));
    expect(manage?.Action).toEqual(schedulerActions);
    expect(JSON.stringify(manage?.Resource)).toContain(":schedule/ScenarioBrief/*");
    const pass = http.filter((s) => JSON.stringify(s.Action).includes("iam:"));
    expect(pass).toEqual([
      {
        Action: "iam:PassRole",
        Effect: "Allow",
        Resource: { "Fn::GetAtt": [expect.stringMatching(/^SchedulingInvokeRole/), "Arn"] },
        Condition: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
      },
    ]);
    const job = statementsOf("JobRole").filter((s) => JSON.stringify(s.Action).match(/scheduler:|iam:/));
    expect(job.map((s) => s.Action)).toEqual(["scheduler:CreateSchedule", "iam:PassRole"]);
    expect(JSON.stringify(job[0]?.Resource)).toMatch(/:schedule\/ScenarioBrief\/delivery-\*"\]\]\}$/);
    expect(job[1]).toEqual(pass[0]);
  });

  it("lets the scheduler's role invoke the job function and reach its dead-letter queue, nothing else", () => {
    t().hasResourceProperties("AWS::IAM::Role", {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: "sts:AssumeRole",
            Principal: { Service: "scheduler.amazonaws.com" },
            Condition: {
              StringEquals: { "aws:SourceAccount": { Ref: "AWS::AccountId" } },
              ArnLike: {
                "aws:SourceArn": Match.arrayWith([
                  { "Fn::GetAtt": [Match.stringLikeRegexp("^SchedulingGroup"), "Arn"] },
                ]),
              },
            },
          }),
        ],
      },
    });
    const statements = statementsOf("SchedulingInvokeRole");
    expect(statements.map((s) => s.Action)).toEqual(["sqs:SendMessage", "lambda:InvokeFunction"]);
    expect(statements[0]?.Resource).toEqual({
      "Fn::GetAtt": [expect.stringMatching(/^SchedulingDeadLetters/), "Arn"],
    });
    expect(JSON.stringify(statements[1]?.Resource)).toContain(":function:ScenarioBrief-job");
  });

  it("lets the HTTP function read the API keys parameter, and only it; both read the webhook secrets and download key only", () => {
    const ssmOf = (role: string) =>
      statementsOf(role).filter((s) => JSON.stringify(s.Action).includes("ssm:"));
    const http = ssmOf("HttpRole");
    expect(http.map((s) => s.Action)).toEqual(["ssm:GetParameter", "ssm:GetParameter", "ssm:GetParameter"]);
    expect(JSON.stringify(http[0]?.Resource)).toContain(":parameter/scenario-brief/api-keys");
    const job = ssmOf("JobRole");
    expect(job).toEqual([http[2]]);
    const resources = ((job[0]?.Resource ?? []) as unknown[]).map((r) => JSON.stringify(r));
    expect(resources).toHaveLength(2);
    expect(resources[0]).toMatch(/:parameter\/scenario-brief\/webhook-secrets\/\*"\]\]\}$/);
    expect(resources[1]).toMatch(/:parameter\/scenario-brief\/download-key"\]\]\}$/);
    expect(JSON.stringify(statementsOf("JobRole"))).not.toMatch(/api-keys|kms:/);
  });

  it("lets the HTTP function, and only it, read the desk's session key: that one parameter, nothing else", () => {
    const ssmOf = (role: string) =>
      statementsOf(role).filter((s) => JSON.stringify(s.Action).includes("ssm:"));
    const desk = ssmOf("HttpRole").filter((s) => JSON.stringify(s.Resource).includes("desk-session-key"));
    expect(desk).toHaveLength(1);
    expect(desk[0]?.Action).toBe("ssm:GetParameter");
    expect(desk[0]?.Effect).toBe("Allow");
    // One parameter ARN, by its exact name: no wildcard, no path.
    const resource = desk[0]?.Resource as { "Fn::Join": [string, unknown[]] };
    expect(Array.isArray(resource)).toBe(false);
    const arn = JSON.stringify(resource);
    expect(arn).toMatch(/:parameter\/scenario-brief\/desk-session-key"\]\]\}$/);
    expect(arn).not.toContain("*");
    expect(JSON.stringify(statementsOf("JobRole"))).not.toContain("desk-session-key");
  });

  it("lets both functions publish to the service's e-mail topics, and only the HTTP function manage them", () => {
    const topics = (role: string) =>
      statementsOf(role).filter((s) => JSON.stringify(s.Action).includes("sns:"));
    const pattern =
      /:sns:",\{"Ref":"AWS::Region"\},":",\{"Ref":"AWS::AccountId"\},":ScenarioBrief-email-\*"\]\]\}$/;
    const http = topics("HttpRole");
    expect(http.map((s) => s.Action)).toEqual([
      "sns:Publish",
      [
        "sns:CreateTopic",
        "sns:DeleteTopic",
        "sns:TagResource",
        "sns:Subscribe",
        "sns:Unsubscribe",
        "sns:ListSubscriptionsByTopic",
      ],
    ]);
    for (const s of http) expect(JSON.stringify(s.Resource)).toMatch(pattern);
    expect(topics("JobRole")).toEqual([http[0]]);
    // E-mail topics are made per schedule through the SNS API; the stack itself has only the alarm topic.
    t().resourceCountIs("AWS::SNS::Topic", 1);
    t().resourceCountIs("AWS::SNS::Subscription", 0);
  });

  it("uses no AWS-managed policies", () => {
    const roles = t().findResources("AWS::IAM::Role");
    for (const role of Object.values(roles)) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe("schedules", () => {
  it("live in the stack's own schedule group", () => {
    t().hasResourceProperties("AWS::Scheduler::ScheduleGroup", { Name: "ScenarioBrief" });
  });

  it("fail into an encrypted, TLS-only dead-letter queue that raises an alarm", () => {
    t().hasResourceProperties("AWS::SQS::Queue", { SqsManagedSseEnabled: true });
    t().hasResourceProperties("AWS::SQS::QueuePolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
    t().hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Dimensions: [
        {
          Name: "QueueName",
          Value: { "Fn::GetAtt": [Match.stringLikeRegexp("^SchedulingDeadLetters"), "QueueName"] },
        },
      ],
      AlarmActions: [{ Ref: Match.stringLikeRegexp("^AlarmsTopic") }],
    });
  });

  it("also receive the job function's failed asynchronous invocations, with their error, as an on-failure destination", () => {
    t().hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
      FunctionName: { Ref: Match.stringLikeRegexp("^JobFunction") },
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: {
          Destination: { "Fn::GetAtt": [Match.stringLikeRegexp("^SchedulingDeadLetters"), "Arn"] },
        },
      },
    });
    t().resourceCountIs("AWS::Lambda::EventInvokeConfig", 1);
    // A destination, not a bare dead-letter queue (which would carry the event without its error).
    expect(JSON.stringify(t().findResources("AWS::Lambda::Function"))).not.toContain("DeadLetterConfig");
    const job = statementsOf("JobRole").find((s) => JSON.stringify(s.Action).includes("sqs:SendMessage"));
    expect(job?.Resource).toEqual({ "Fn::GetAtt": [expect.stringMatching(/^SchedulingDeadLetters/), "Arn"] });
  });
});

describe("outputs", () => {
  it("give the API URL, bucket, schedule group and API keys parameter", () => {
    const url = JSON.stringify(t().toJSON().Outputs.ApiUrl.Value);
    expect(url).toMatch(/"https:\/\/",\{"Ref":"FrontDoorRestApi[0-9A-F]+"\},".execute-api."/);
    expect(url).toMatch(/\{"Ref":"FrontDoorRestApiDeploymentStageprod[0-9A-F]+"\},"\/"\]/);
    t().hasOutput("BucketName", { Value: { Ref: Match.stringLikeRegexp("^StorageData") } });
    t().hasOutput("ScheduleGroupName", { Value: "ScenarioBrief" });
    t().hasOutput("ApiKeysParameterName", { Value: "/scenario-brief/api-keys" });
    t().hasOutput("DeskSessionKeyParameterName", { Value: "/scenario-brief/desk-session-key" });
  });

  it("let CloudWatch publish alarms to the TLS-only topic", () => {
    t().hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
          }),
        ]),
      },
    });
  });
});

describe("the front door", () => {
  type Rule = {
    Name: string;
    Priority: number;
    Action?: Record<string, unknown>;
    OverrideAction?: Record<string, unknown>;
    Statement: Record<string, unknown>;
  };
  const webAcl = () => {
    const acls = Object.values(t().findResources("AWS::WAFv2::WebACL"));
    expect(acls).toHaveLength(1);
    return acls[0]?.Properties as { Rules: Rule[] } & Record<string, unknown>;
  };
  const rule = (name: string): Rule => {
    const found = webAcl().Rules.find((r) => r.Name === name);
    if (!found) throw new Error(`no WAF rule ${name}`);
    return found;
  };
  /** WAF's regexes here use nothing JavaScript reads differently. */
  const matches = (regex: string, value: string) => new RegExp(regex).test(value);

  it("is a regional REST API, every route a Lambda proxy, that hands PDFs back as binary", () => {
    t().resourceCountIs("AWS::ApiGatewayV2::Api", 0);
    t().resourceCountIs("AWS::ApiGateway::RestApi", 1);
    t().hasResourceProperties("AWS::ApiGateway::RestApi", {
      EndpointConfiguration: { Types: ["REGIONAL"] },
      BinaryMediaTypes: ["*/*"],
    });
    const methods = Object.values(t().findResources("AWS::ApiGateway::Method")).map(
      (m) =>
        m.Properties as {
          HttpMethod: string;
          AuthorizationType: string;
          Integration: Record<string, unknown>;
        },
    );
    expect(methods.map((m) => m.HttpMethod).sort()).toEqual([
      "ANY",
      "ANY",
      "ANY",
      "ANY",
      "ANY",
      "ANY",
      "POST",
    ]);
    for (const m of methods) {
      expect(m.Integration).toMatchObject({
        Type: "AWS_PROXY",
        IntegrationHttpMethod: "POST",
        TimeoutInMillis: 29_000,
      });
      expect(JSON.stringify(m.Integration.Uri)).toContain("HttpFunction");
    }
    const paths = Object.values(t().findResources("AWS::ApiGateway::Resource")).map(
      (r) => r.Properties.PathPart as string,
    );
    expect(paths.sort()).toEqual(["briefings", "v1", "{proxy+}", "{proxy+}", "{proxy+}"]);
  });

  it("throttles each method of its stage, and the renders lower, as the backstop behind WAF", () => {
    t().hasResourceProperties("AWS::ApiGateway::Stage", {
      StageName: STAGE_NAME,
      MethodSettings: Match.arrayWith([
        Match.objectLike({
          HttpMethod: "*",
          ResourcePath: "/*",
          ThrottlingRateLimit: 20,
          ThrottlingBurstLimit: 40,
          LoggingLevel: "ERROR",
          DataTraceEnabled: false,
        }),
        Match.objectLike({
          HttpMethod: "POST",
          ResourcePath: "/~1v1~1briefings",
          ThrottlingRateLimit: 2,
          ThrottlingBurstLimit: 4,
        }),
      ]),
      AccessLogSetting: {
        DestinationArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^FrontDoorAccessLogs"), "Arn"] },
        Format: Match.stringLikeRegexp("wafResponseCode"),
      },
    });
  });

  it("has a regional WAF web ACL associated with the API's stage", () => {
    expect(webAcl()).toMatchObject({ Scope: "REGIONAL", DefaultAction: { Allow: {} } });
    const associations = Object.values(t().findResources("AWS::WAFv2::WebACLAssociation"));
    expect(associations).toHaveLength(1);
    const association = associations[0]?.Properties as { ResourceArn: unknown; WebACLArn: unknown };
    expect(association.WebACLArn).toEqual({
      "Fn::GetAtt": [expect.stringMatching(/^FrontDoorWebAcl/), "Arn"],
    });
    // arn:<partition>:apigateway:<region>::/restapis/<this API>/stages/<its stage>
    expect(association.ResourceArn).toEqual({
      "Fn::Join": [
        "",
        [
          "arn:",
          { Ref: "AWS::Partition" },
          ":apigateway:",
          { Ref: "AWS::Region" },
          "::/restapis/",
          { Ref: expect.stringMatching(/^FrontDoorRestApi[0-9A-F]+$/) },
          "/stages/",
          { Ref: expect.stringMatching(/^FrontDoorRestApiDeploymentStageprod/) },
        ],
      ],
    });
  });

  it("blocks one client address above its limit (rate-based, per IP) with a 429, before any other rule", () => {
    const perClient = rule(WAF_RULES.perClientRate);
    expect(perClient.Priority).toBe(Math.min(...webAcl().Rules.map((r) => r.Priority)));
    expect(perClient.Statement).toEqual({
      RateBasedStatement: { Limit: 600, AggregateKeyType: "IP", EvaluationWindowSec: 300 },
    });
    expect(perClient.Action).toEqual({
      Block: {
        CustomResponse: {
          ResponseCode: 429,
          CustomResponseBodyKey: "rate-limited",
          ResponseHeaders: [{ Name: "retry-after", Value: "60" }],
        },
      },
    });
  });

  it("blocks one client address above its own limit of renders, POST /v1/briefings only", () => {
    const renders = rule(WAF_RULES.perClientRenderRate);
    expect(renders.Action).toEqual(rule(WAF_RULES.perClientRate).Action);
    const statement = renders.Statement.RateBasedStatement as {
      Limit: number;
      AggregateKeyType: string;
      ScopeDownStatement: { AndStatement: { Statements: Record<string, Record<string, unknown>>[] } };
    };
    expect(statement).toMatchObject({ Limit: 30, AggregateKeyType: "IP", EvaluationWindowSec: 300 });
    const [method, path] = statement.ScopeDownStatement.AndStatement.Statements;
    expect(method?.ByteMatchStatement).toMatchObject({
      FieldToMatch: { Method: {} },
      SearchString: "POST",
      PositionalConstraint: "EXACTLY",
    });
    const regex = path?.RegexMatchStatement?.RegexString as string;
    expect(matches(regex, "/prod/v1/briefings")).toBe(true);
    expect(matches(regex, "/v1/briefings")).toBe(true);
    expect(matches(regex, "/prod/v1/briefings/preview")).toBe(false);
    expect(matches(regex, "/prod/v1/articles")).toBe(false);
  });

  it("refuses /v1/ (and every path but the open ones) without a bearer key, before the function runs", () => {
    expect([...OPEN_PATHS]).toEqual(APP_OPEN_PATHS);
    expect(DESK_PREFIX).toBe(APP_DESK_PREFIX);
    const requireKey = rule(WAF_RULES.requireBearerKey);
    // Before the managed groups, so that a keyless request is answered as the app would answer it.
    expect(requireKey.Priority).toBeLessThan(rule(WAF_RULES.ipReputation).Priority);
    expect(requireKey.Action).toEqual({
      Block: {
        CustomResponse: {
          ResponseCode: 401,
          CustomResponseBodyKey: "missing-key",
          ResponseHeaders: [{ Name: "www-authenticate", Value: 'Bearer realm="scenario-brief"' }],
        },
      },
    });
    type Regex = { FieldToMatch: unknown; RegexString: string; TextTransformations: unknown };
    const [notOpen, noBearer] = (
      requireKey.Statement.AndStatement as {
        Statements: { NotStatement: { Statement: { RegexMatchStatement: Regex } } }[];
      }
    ).Statements;
    const path = notOpen?.NotStatement.Statement.RegexMatchStatement as Regex;
    expect(path.FieldToMatch).toEqual({ UriPath: {} });
    expect(path.TextTransformations).toEqual([{ Priority: 0, Type: "NONE" }]);
    const open = (p: string) => matches(path.RegexString, p);
    for (const p of [
      "/prod/v1/articles",
      "/v1/articles",
      "/prod/v1/briefings",
      "/prod/v1/",
      "/prod/",
      "/prod/readyz",
    ]) {
      expect(open(p), p).toBe(false);
    }
    for (const p of ["/prod/healthz", "/prod/openapi.json", "/healthz", "/openapi.json"]) {
      expect(open(p), p).toBe(true);
    }
    expect(open("/prod/healthz/x")).toBe(false);
    // The desk's pages check their own session cookie; a browser has no bearer key.
    for (const p of ["/prod/desk", "/prod/desk/sign-in", "/desk/articles/0123456789abcdef"]) {
      expect(open(p), p).toBe(true);
    }
    expect(open("/prod/desktop")).toBe(false);
    expect(open("/prod/v1/desk")).toBe(false);
    expect(open("/prod/openapi.jsonx")).toBe(false);
    const header = noBearer?.NotStatement.Statement.RegexMatchStatement as Regex;
    expect(header.FieldToMatch).toEqual({ SingleHeader: { Name: "authorization" } });
    expect(header.TextTransformations).toEqual([{ Priority: 0, Type: "LOWERCASE" }]);
    const bearer = (value: string) => matches(header.RegexString, value.toLowerCase());
    expect(bearer("Bearer sb_0123456789abcdef")).toBe(true);
    expect(bearer("bearer   sb_key ")).toBe(true);
    expect(bearer("Basic dXNlcjpwYXNz")).toBe(false);
    expect(bearer("Bearer ")).toBe(false);
    expect(bearer("Bearer two words")).toBe(false);
    expect(webAcl().CustomResponseBodies).toMatchObject({
      "missing-key": { ContentType: "APPLICATION_JSON", Content: expect.stringContaining('"status":401') },
      "rate-limited": { ContentType: "APPLICATION_JSON", Content: expect.stringContaining('"status":429') },
    });
  });

  it("runs AWS's managed rule groups, counting (not blocking) the common set's 8 KB body rule", () => {
    const groups = webAcl()
      .Rules.filter((r) => r.Statement.ManagedRuleGroupStatement)
      .map((r) => ({ override: r.OverrideAction, ...(r.Statement.ManagedRuleGroupStatement as object) }));
    expect(groups).toEqual([
      { override: { None: {} }, VendorName: "AWS", Name: "AWSManagedRulesAmazonIpReputationList" },
      { override: { None: {} }, VendorName: "AWS", Name: "AWSManagedRulesKnownBadInputsRuleSet" },
      {
        override: { None: {} },
        VendorName: "AWS",
        Name: "AWSManagedRulesCommonRuleSet",
        // Articles are up to MAX_BODY_BYTES (1 MB), which the app enforces.
        RuleActionOverrides: [{ Name: "SizeRestrictions_BODY", ActionToUse: { Count: {} } }],
      },
    ]);
    // No body rule reads past the default 16 KB that API Gateway sends (more is billed extra).
    expect(webAcl().AssociationConfig).toBeUndefined();
  });

  it("lets API Gateway log through the account's CloudWatch role: an inline policy, kept on destroy", () => {
    const account = Object.values(t().findResources("AWS::ApiGateway::Account"));
    expect(account).toHaveLength(1);
    expect(account[0]?.Properties.CloudWatchRoleArn).toEqual({
      "Fn::GetAtt": [expect.stringMatching(/^FrontDoorCloudWatchRole/), "Arn"],
    });
    const roles = Object.entries(t().findResources("AWS::IAM::Role")).filter(([id]) =>
      id.startsWith("FrontDoorCloudWatchRole"),
    );
    expect(roles).toHaveLength(1);
    const [, role] = roles[0] as [
      string,
      {
        DeletionPolicy: string;
        Properties: {
          AssumeRolePolicyDocument: { Statement: { Principal: unknown }[] };
          Policies: { PolicyDocument: { Statement: { Action: unknown; Resource: unknown }[] } }[];
        };
      },
    ];
    expect(role.DeletionPolicy).toBe("Retain");
    expect(role.Properties.AssumeRolePolicyDocument.Statement[0]?.Principal).toEqual({
      Service: "apigateway.amazonaws.com",
    });
    expect(role.Properties.Policies[0]?.PolicyDocument.Statement[0]?.Action).toEqual([
      "logs:CreateLogGroup",
      "logs:CreateLogStream",
      "logs:DescribeLogGroups",
      "logs:DescribeLogStreams",
      "logs:PutLogEvents",
    ]);
    // The stage's logs expire with the rest, execution logs included.
    t().hasResourceProperties("AWS::Logs::LogGroup", {
      LogGroupName: {
        "Fn::Join": [
          "",
          ["API-Gateway-Execution-Logs_", { Ref: Match.stringLikeRegexp("^FrontDoorRestApi") }, "/prod"],
        ],
      },
      RetentionInDays: 30,
    });
  });
});

describe("alarms that see failures", () => {
  const alarmOn = (namespace: string, metric: string) =>
    t().hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: namespace,
      MetricName: metric,
      Threshold: 1,
      AlarmActions: [{ Ref: Match.stringLikeRegexp("^AlarmsTopic") }],
    });

  it("alarm on 5xx answers at the front door, which Lambda's Errors metric never counts", () => {
    alarmOn("AWS/ApiGateway", "5XXError");
    t().hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "5XXError",
      Dimensions: Match.arrayWith([
        { Name: "ApiName", Value: "ScenarioBrief-api" },
        { Name: "Stage", Value: { Ref: Match.stringLikeRegexp("^FrontDoorRestApiDeploymentStageprod") } },
      ]),
    });
  });

  it("alarm on render failures, deadline hits, queue rejections and failed job runs from the app's EMF metrics", () => {
    for (const metric of ["RenderFailures", "DeadlineHits", "QueueRejections"]) {
      t().hasResourceProperties("AWS::CloudWatch::Alarm", {
        Namespace: "ScenarioBrief",
        MetricName: metric,
        Dimensions: [{ Name: "FunctionName", Value: { Ref: Match.stringLikeRegexp("^HttpFunction") } }],
      });
    }
    t().hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "ScenarioBrief",
      MetricName: "JobRunFailures",
      Dimensions: [{ Name: "FunctionName", Value: { Ref: Match.stringLikeRegexp("^JobFunction") } }],
    });
  });

  it("warn loudly on synth when the alarm topic has no subscriber, and not when it has one", () => {
    const warnings = Annotations.fromStack(stack).findWarning("*", Match.stringLikeRegexp("NO SUBSCRIBER"));
    expect(warnings).toHaveLength(1);
    const other = new App({ context: FEATURE_FLAGS });
    const subscribed = new ScenarioBriefStack(other, "Subscribed", { code, alarmEmail: "ops@example.org" });
    expect(
      Annotations.fromStack(subscribed).findWarning("*", Match.stringLikeRegexp("NO SUBSCRIBER")),
    ).toEqual([]);
    Template.fromStack(subscribed).hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "ops@example.org",
    });
  });
});

describe("the article index table", () => {
  it("is on-demand, recoverable to a point in time, encrypted, and kept like the bucket", () => {
    t().resourceCountIs("AWS::DynamoDB::Table", 1);
    t().hasResource("AWS::DynamoDB::Table", {
      Properties: {
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        AttributeDefinitions: [
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "sk", AttributeType: "S" },
        ],
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
      },
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
  });

  it("is named to both functions, which may only Query it and BatchWriteItem to it", () => {
    const tableRef = { Ref: expect.stringMatching(/^ArticleIndexTable/) };
    const fns = t().findResources("AWS::Lambda::Function");
    const named = Object.values(fns).filter(
      (f) => f.Properties.Environment?.Variables?.SB_ARTICLE_INDEX_TABLE,
    );
    expect(named).toHaveLength(2);
    for (const f of named)
      expect(f.Properties.Environment.Variables.SB_ARTICLE_INDEX_TABLE).toEqual(tableRef);
    for (const role of ["HttpRole", "JobRole"]) {
      const dynamo = statementsOf(role).filter((s) => JSON.stringify(s.Action).includes("dynamodb:"));
      expect(dynamo).toEqual([
        {
          Action: ["dynamodb:Query", "dynamodb:BatchWriteItem"],
          Effect: "Allow",
          // The table alone: no index ARNs (it has none), no other table.
          Resource: [{ "Fn::GetAtt": [expect.stringMatching(/^ArticleIndexTable/), "Arn"] }],
        },
      ]);
    }
  });

  it("is an output", () => {
    t().hasOutput("ArticleIndexTableName", { Value: { Ref: Match.stringLikeRegexp("^ArticleIndexTable") } });
  });
});
