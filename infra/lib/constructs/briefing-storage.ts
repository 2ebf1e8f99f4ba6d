import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type { IGrantable } from "aws-cdk-lib/aws-iam";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

/** The key prefixes the service writes (README, "Storage layout"); nothing else in the bucket is its. */
export const SERVICE_PREFIXES = [
  "articles/",
  "briefings/",
  "schedules/",
  "index/",
  "sources/",
  "near-duplicates/",
] as const;

export interface BriefingStorageProps {
  /** Days a briefing (PDF and manifest) is kept before S3 deletes it. */
  readonly briefingRetentionDays: number;
  /** Days an overwritten or deleted object's old version is kept. */
  readonly noncurrentVersionRetentionDays: number;
}

/** The service's bucket, and the bucket its access logs go to. */
export class BriefingStorage extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;

  constructor(scope: Construct, id: string, props: BriefingStorageProps) {
    super(scope, id);

    // It does not log its own access: that would log log deliveries without end (cdk-nag's S1
    // knows a log destination for what it is).
    this.logBucket = new Bucket(this, "AccessLogs", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // S3 server access logging delivers only to SSE-S3 buckets, not SSE-KMS.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: "expire-access-logs", expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new Bucket(this, "Data", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: "briefings-bucket/",
      lifecycleRules: [
        {
          id: "expire-briefings",
          prefix: "briefings/",
          expiration: Duration.days(props.briefingRetentionDays),
        },
        {
          // The newest-first listing of briefings; an entry outliving its briefing would list a 404.
          id: "expire-briefing-index",
          prefix: "index/briefings/",
          expiration: Duration.days(props.briefingRetentionDays),
        },
        {
          id: "expire-old-versions",
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionRetentionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        // Once old versions are gone, the delete markers the expirations left behind go too.
        { id: "remove-expired-delete-markers", expiredObjectDeleteMarker: true },
      ],
      // Articles, analysts' corrections and run history are the users' work: keep them if the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Object-level access under the service's prefixes only, and listing of the bucket. */
  grantPrefixes(grantee: IGrantable, actions: readonly string[]): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...actions],
        resources: SERVICE_PREFIXES.map((prefix) => this.bucket.arnForObjects(`${prefix}*`)),
      }),
    );
    // Listing is a bucket-level action. It is not narrowed by s3:prefix because HeadBucket (the
    // health probe) carries no prefix, and without ListBucket S3 answers 403 instead of 404 for a
    // missing key, which the service turns into "not found" for unknown ids.
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ["s3:ListBucket"], resources: [this.bucket.bucketArn] }),
    );
  }
}
