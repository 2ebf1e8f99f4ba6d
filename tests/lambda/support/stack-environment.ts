import { rmSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { ScenarioBriefStack } from "../../../infra/lib/scenario-brief-stack.js";
import { FEATURE_FLAGS } from "../../../infra/lib/settings.js";
import { fakeCode } from "../../../infra/test/fixtures.js";

export interface StackFunction {
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
  tmpMb: number;
}

/**
 * Each function's configuration as the stack synthesizes it, so the harness runs the bundles with
 * what a deploy gives them. References to resources are replaced by `resolve` (by variable name);
 * a reference it does not know fails, so a new setting cannot slip past the harness.
 */
export function stackFunctions(resolve: Record<string, string>): { http: StackFunction; job: StackFunction } {
  const code = fakeCode();
  try {
    const app = new App({ outdir: `${code.root}/cdk.out`, context: FEATURE_FLAGS });
    const stack = new ScenarioBriefStack(app, "ScenarioBrief", { code });
    const functions = Template.fromStack(stack).findResources("AWS::Lambda::Function");
    const read = (prefix: string): StackFunction => {
      const entry = Object.entries(functions).find(([id]) => id.startsWith(prefix));
      if (!entry) throw new Error(`the stack has no ${prefix}`);
      const p = entry[1].Properties as {
        Environment: { Variables: Record<string, unknown> };
        Timeout: number;
        MemorySize: number;
        EphemeralStorage: { Size: number };
      };
      const environment: Record<string, string> = {};
      for (const [name, value] of Object.entries(p.Environment.Variables)) {
        if (typeof value === "string") environment[name] = value;
        else if (resolve[name] !== undefined) environment[name] = resolve[name];
        else
          throw new Error(`${prefix}: ${name} is ${JSON.stringify(value)}; give the harness a value for it`);
      }
      return {
        environment,
        timeoutSeconds: p.Timeout,
        memoryMb: p.MemorySize,
        tmpMb: p.EphemeralStorage.Size,
      };
    };
    return { http: read("HttpFunction"), job: read("JobFunction") };
  } finally {
    rmSync(code.root, { recursive: true, force: true });
  }
}
