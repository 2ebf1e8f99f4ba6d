import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import type { IGrantable } from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";

/**
 * The article index (src/adapters/article-index): one item per article in each partition it is
 * selected by (`all`, `tag#…`, `source#…`), sorted by `<date>#<id>`. Derived from the articles
 * in S3 and rebuildable from them (`scenario-brief index rebuild`), yet kept like the bucket:
 * retained when the stack goes, with point-in-time recovery, so selections keep working
 * without a rebuild after a mistake.
 */
export class ArticleIndexTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, "Table", {
      partitionKey: { name: "pk", type: AttributeType.STRING },
      sortKey: { name: "sk", type: AttributeType.STRING },
      // Feeds arrive in bursts and selections run a few times a day: pay per request.
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * What the index adapter does, and nothing else: Query to select and count, BatchWriteItem to
   * put an article's entries. No Scan, no delete, no table management (the stack owns the table).
   */
  grantSelectAndPut(grantee: IGrantable): void {
    this.table.grant(grantee, "dynamodb:Query", "dynamodb:BatchWriteItem");
  }
}
