import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Config } from "../../config.js";
import { type EmbeddedDynamoDb, startEmbeddedDynamoDb } from "../local/embedded-dynamodb.js";
import { s3CallOptions } from "../storage/s3-objects.js";
import { DynamoArticleIndex, ensureIndexTable } from "./dynamo-article-index.js";

export interface ConnectedIndex {
  index: DynamoArticleIndex;
  client: DynamoDBClient;
  /** Set when this process started its own DynamoDB server. */
  embedded: EmbeddedDynamoDb | null;
  close(): Promise<void>;
}

/**
 * The article index as configured: the DynamoDB table on AWS (or at DYNAMODB_ENDPOINT), else an
 * embedded dynalite server on loopback with its table created at start.
 */
export async function connectArticleIndex(config: Pick<Config, "articleIndex" | "storageCalls">) {
  const settings = config.articleIndex;
  // The same bounds as every S3 call: timeouts and a deadline-aware retry budget.
  const bounded = s3CallOptions(config.storageCalls);
  const embedded =
    settings.kind === "embedded"
      ? await startEmbeddedDynamoDb({ directory: settings.directory, port: settings.port })
      : null;
  const client = new DynamoDBClient({
    region: settings.kind === "external" ? settings.region : "us-east-1",
    ...(embedded
      ? { endpoint: embedded.endpoint, credentials: embedded.credentials }
      : settings.kind === "external" && settings.endpoint
        ? { endpoint: settings.endpoint }
        : {}),
    ...bounded,
  });
  try {
    // On AWS the stack owns the table; locally (or at an endpoint) it is made if missing.
    if (embedded || (settings.kind === "external" && settings.endpoint)) {
      await ensureIndexTable(client, settings.table);
    }
  } catch (e) {
    client.destroy();
    await embedded?.close();
    throw e;
  }
  const connected: ConnectedIndex = {
    index: new DynamoArticleIndex(client, settings.table),
    client,
    embedded,
    async close() {
      client.destroy();
      await embedded?.close();
    },
  };
  return connected;
}
