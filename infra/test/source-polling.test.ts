import { rmSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { afterAll, describe, expect, it } from "vitest";
import { isPollSourcesEvent } from "../../src/adapters/scheduling/source-poller.js";
import { POLL_SOURCES_INPUT } from "../lib/constructs/source-polling.js";
import { ScenarioBriefStack } from "../lib/scenario-brief-stack.js";
import { FEATURE_FLAGS } from "../lib/settings.js";
import { fakeCode } from "./fixtures.js";

const code = fakeCode();
const app = new App({ context: FEATURE_FLAGS });
const stack = new ScenarioBriefStack(app, "ScenarioBrief", { code });
const template = Template.fromStack(stack);
afterAll(() => rmSync(code.root, { recursive: true, force: true }));

describe("feed polling on AWS", () => {
  it("is one poller schedule in the service's group, invoking the job function with the poll event", () => {
    template.resourceCountIs("AWS::Scheduler::Schedule", 1);
    template.hasResourceProperties("AWS::Scheduler::Schedule", {
      Name: "poll-sources",
      GroupName: "ScenarioBrief",
      ScheduleExpression: "rate(5 minutes)",
      FlexibleTimeWindow: { Mode: "OFF" },
      State: "ENABLED",
      Target: {
        Arn: Match.objectLike({
          "Fn::Join": Match.arrayWith([Match.arrayWith([":function:ScenarioBrief-job"])]),
        }),
        RoleArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^SchedulingInvokeRole"), "Arn"] },
        Input: POLL_SOURCES_INPUT,
        DeadLetterConfig: {
          Arn: { "Fn::GetAtt": [Match.stringLikeRegexp("^SchedulingDeadLetters"), "Arn"] },
        },
        RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 300 },
      },
    });
    // The event the schedule sends is the one the job function dispatches on.
    expect(isPollSourcesEvent(JSON.parse(POLL_SOURCES_INPUT))).toBe(true);
    expect(isPollSourcesEvent({ scheduleId: "01JHF3Q9V6X8E2N4R5T7Y9B1C3", scheduledTime: "x" })).toBe(false);
  });

  it("gives the job function storage under the sources and near-duplicate prefixes, and no scheduler access", () => {
    const policies = Object.values(template.findResources("AWS::IAM::Policy")).filter((p) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref.startsWith("JobRole")),
    );
    const text = JSON.stringify(policies);
    expect(text).toContain("/sources/*");
    expect(text).toContain("/near-duplicates/*");
    expect(text).not.toMatch(/s3:DeleteObject/);
    // Polling needs no scheduler access: the job role's only scheduler rights are the delivery
    // retries' one-time schedules (and passing the scheduler role to them).
    const statements = policies.flatMap(
      (p) =>
        (p.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] })
          .Statement,
    );
    const actions = (st: { Action: string | string[] }) => [st.Action].flat();
    const scheduler = statements.filter((st) => actions(st).some((a) => a.startsWith("scheduler:")));
    expect(scheduler.flatMap(actions).sort()).toEqual(["scheduler:CreateSchedule"]);
    for (const st of scheduler) expect(JSON.stringify(st.Resource)).toContain("/delivery-*");
    // Outside a VPC the function reaches the internet directly; no NAT or VPC is added for feeds.
    template.resourceCountIs("AWS::EC2::VPC", 0);
  });
});
