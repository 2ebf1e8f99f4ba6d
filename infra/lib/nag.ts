import { Stack } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/** cdk-nag v3 reports (and acknowledges) each rule under its pack's name. */
const PACK = "AwsSolutions";

// cdk-nag names a wildcard resource by flattening the CloudFormation it resolves to:
// { Ref: X } -> <X>, { Fn::GetAtt: [X, Y] } -> <X.Y>, Fn::Join -> its parts joined.
function flatten(node: unknown): string {
  if (node === undefined) return "";
  if (typeof node === "string") return node.replace(/\$\{/g, "<").replace(/\}/g, ">");
  const n = node as Record<string, unknown>;
  if (Array.isArray(n["Fn::Join"])) {
    const [delimiter, items] = n["Fn::Join"] as [string, unknown[]];
    return items.map(flatten).join(delimiter);
  }
  if (Array.isArray(n["Fn::GetAtt"])) {
    const [resource, attribute] = n["Fn::GetAtt"] as [unknown, unknown];
    return `<${flatten(resource)}.${flatten(attribute)}>`;
  }
  if (n.Ref !== undefined) return `<${flatten(n.Ref)}>`;
  return JSON.stringify(node);
}

/** The id of a rule finding, as `Validations.of(x).acknowledge({ id })` expects it. */
export function nagRule(rule: string): string {
  return `${PACK}::${PACK}-${rule}`;
}

/** The id of the IAM5 finding for one wildcard resource ARN (a string, tokens allowed). */
export function wildcardResourceFinding(scope: IConstruct, arn: string): string {
  return nagRule(`IAM5[Resource::${flatten(Stack.of(scope).resolve(arn))}]`);
}
