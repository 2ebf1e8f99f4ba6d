import { RetentionDays } from "aws-cdk-lib/aws-logs";
import { describe, expect, it } from "vitest";
import { SettingsError, settingsFromContext } from "../lib/settings.js";

const context = (values: Record<string, unknown>) => ({ tryGetContext: (key: string) => values[key] });

describe("settings from CDK context", () => {
  it("leaves the stack's defaults when nothing is set", () => {
    expect(settingsFromContext(context({}))).toEqual({
      stackName: "ScenarioBrief",
      briefingRetentionDays: undefined,
      noncurrentVersionRetentionDays: undefined,
      apiKeysParameterName: undefined,
      httpReservedConcurrency: undefined,
      logRetention: undefined,
      logLevel: undefined,
      alarmEmail: undefined,
      scheduleGroupName: undefined,
    });
  });

  it("reads numbers given as strings on the command line (-c key=value) or as JSON numbers", () => {
    const s = settingsFromContext(
      context({
        briefingRetentionDays: "30",
        httpReservedConcurrency: 0,
        logRetentionDays: "90",
        logLevel: "debug",
        alarmEmail: "ops@example.org",
        apiKeysParameterName: "/prod/scenario-brief/api-keys",
        stackName: "ScenarioBriefProd",
      }),
    );
    expect(s).toMatchObject({
      briefingRetentionDays: 30,
      httpReservedConcurrency: 0,
      logRetention: RetentionDays.THREE_MONTHS,
      logLevel: "debug",
      alarmEmail: "ops@example.org",
      apiKeysParameterName: "/prod/scenario-brief/api-keys",
      stackName: "ScenarioBriefProd",
    });
  });

  it("names the SSM homes of webhook secrets and the download key", () => {
    expect(
      settingsFromContext(
        context({ webhookSecretsPrefix: "/prod/hooks/", downloadKeyParameterName: "/prod/download-key" }),
      ),
    ).toMatchObject({ webhookSecretsPrefix: "/prod/hooks/", downloadKeyParameterName: "/prod/download-key" });
    expect(() => settingsFromContext(context({ webhookSecretsPrefix: "/prod/hooks" }))).toThrow(
      /webhookSecretsPrefix="\/prod\/hooks": expected an SSM path ending in \//,
    );
  });

  it("names the desk's session key parameter, and refuses a name that is none", () => {
    expect(
      settingsFromContext(context({ deskSessionKeyParameterName: "/prod/desk-session-key" })),
    ).toMatchObject({ deskSessionKeyParameterName: "/prod/desk-session-key" });
    expect(settingsFromContext(context({}))).not.toHaveProperty(
      "deskSessionKeyParameterName",
      expect.anything(),
    );
    expect(() => settingsFromContext(context({ deskSessionKeyParameterName: "desk key" }))).toThrow(
      /deskSessionKeyParameterName="desk key": expected an SSM parameter name/,
    );
  });

  it("reports every wrong value at once", () => {
    let error: unknown;
    try {
      settingsFromContext(
        context({ briefingRetentionDays: "0", logRetentionDays: "45", logLevel: "loud", alarmEmail: "ops" }),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toEqual([
      expect.stringMatching(/^logRetentionDays=45: CloudWatch accepts only 1, 3, 5/),
      expect.stringMatching(/^logLevel="loud": expected one of debug, info/),
      expect.stringMatching(/^briefingRetentionDays="0": expected a whole number from 1/),
      expect.stringMatching(/^alarmEmail="ops": expected an e-mail address/),
    ]);
  });

  it("takes the per-client WAF limits (requests per 5 minutes) only from AWS WAF's range, 10 and up", () => {
    expect(settingsFromContext(context({ clientRateLimit: "300", clientRenderRateLimit: 10 }))).toMatchObject(
      {
        clientRateLimit: 300,
        clientRenderRateLimit: 10,
      },
    );
    expect(() => settingsFromContext(context({ clientRenderRateLimit: "5" }))).toThrow(
      /clientRenderRateLimit="5": expected a whole number from 10/,
    );
  });
});
