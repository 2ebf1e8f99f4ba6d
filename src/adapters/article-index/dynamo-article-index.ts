import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { IndexedArticle, IndexPage, IndexQuery } from "../../core/articles/article-index.js";
import { StorageUnavailableError } from "../../core/errors.js";
import type { ArticleIndex } from "../../core/ports.js";
import { encodeCursor, type IndexItem, itemsOf, planQuery, type QueryPlan } from "./index-keys.js";

const MAX_BATCH = 25;
const UNPROCESSED_RETRIES = 5;

/** The article index on a DynamoDB table (DynamoDB on AWS, dynalite locally); keys in index-keys.ts. */
export class DynamoArticleIndex implements ArticleIndex {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly table: string,
  ) {
    this.doc = DynamoDBDocumentClient.from(client);
  }

  /** Every call: a failure to answer is the typed storage error, with the SDK's as its cause. */
  private async send<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (e) {
      if (e instanceof StorageUnavailableError) throw e;
      throw new StorageUnavailableError(`article index ${operation}`, e);
    }
  }

  async put(entry: IndexedArticle): Promise<void> {
    await this.putMany([entry]);
  }

  /** Many articles' items in as few BatchWriteItem calls as fit (25 items each): for backfills. */
  async putMany(entries: readonly IndexedArticle[]): Promise<void> {
    const items = entries.flatMap(itemsOf);
    for (let i = 0; i < items.length; i += MAX_BATCH) {
      let requests = items.slice(i, i + MAX_BATCH).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length; attempt++) {
        if (attempt > UNPROCESSED_RETRIES) {
          throw new StorageUnavailableError("article index BatchWriteItem: items left unprocessed");
        }
        if (attempt) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        const out = await this.send("BatchWriteItem", () =>
          this.doc.send(new BatchWriteCommand({ RequestItems: { [this.table]: requests } })),
        );
        requests = (out.UnprocessedItems?.[this.table] ?? []) as typeof requests;
      }
    }
  }

  private input(plan: QueryPlan, pk: string): QueryCommandInput {
    const values: Record<string, unknown> = { ":pk": pk, ":lo": plan.lo, ":hi": plan.hi };
    plan.filterTags?.forEach((t, i) => {
      values[`:t${i}`] = t;
    });
    return {
      TableName: this.table,
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :lo AND :hi",
      ...(plan.filterTags
        ? { FilterExpression: plan.filterTags.map((_, i) => `contains(tags, :t${i})`).join(" OR ") }
        : {}),
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
    };
  }

  /** The newest `want` matching sort keys of one partition (fewer if it has no more). */
  private async newest(plan: QueryPlan, pk: string, want: number): Promise<string[]> {
    const found: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.send("Query", () =>
        this.doc.send(
          new QueryCommand({
            ...this.input(plan, pk),
            ProjectionExpression: "sk",
            // A filter drops items after the limit is applied, so ask for what is still missing.
            Limit: want - found.length + (plan.exclude ? 1 : 0),
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        ),
      );
      for (const item of (out.Items ?? []) as Pick<IndexItem, "sk">[]) {
        if (item.sk !== plan.exclude && found.length < want) found.push(item.sk);
      }
      start = out.LastEvaluatedKey;
    } while (start && found.length < want);
    return found;
  }

  async select(query: IndexQuery): Promise<IndexPage> {
    const plan = planQuery(query);
    // Each partition's newest limit+1: the merged newest `limit` are among them, and a partition
    // that gives limit+1 proves there are more.
    const perPartition = await Promise.all(
      plan.partitions.map((pk) => this.newest(plan, pk, query.limit + 1)),
    );
    const merged = [...new Set(perPartition.flat())].sort().reverse();
    const page = merged.slice(0, query.limit);
    const more = merged.length > query.limit;
    const last = page[page.length - 1];
    return {
      ids: page.map((sk) => sk.slice(sk.indexOf("#") + 1)),
      more,
      nextCursor: more && last ? encodeCursor(last) : null,
    };
  }

  async count(query: IndexQuery): Promise<number> {
    const plan = planQuery({ ...query, cursor: undefined });
    if (!plan.overlapping) {
      const counts = await Promise.all(plan.partitions.map((pk) => this.countPartition(plan, pk)));
      return counts.reduce((a, b) => a + b, 0);
    }
    // Tags overlap (an article may carry two of them): count distinct ids.
    const ids = new Set<string>();
    for (const pk of plan.partitions)
      for await (const out of this.pages(plan, pk, { ProjectionExpression: "id" }))
        for (const item of (out.Items ?? []) as Pick<IndexItem, "id">[]) ids.add(item.id);
    return ids.size;
  }

  private async countPartition(plan: QueryPlan, pk: string): Promise<number> {
    let total = 0;
    for await (const out of this.pages(plan, pk, { Select: "COUNT" })) total += out.Count ?? 0;
    return total;
  }

  /** Every page of one partition's query, each read after the last. */
  private async *pages(plan: QueryPlan, pk: string, extra: Partial<QueryCommandInput>) {
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.send("Query", () =>
        this.doc.send(
          new QueryCommand({
            ...this.input(plan, pk),
            ...extra,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        ),
      );
      yield out;
      start = out.LastEvaluatedKey;
    } while (start);
  }
}

/**
 * Creates the table if it is missing (locally, at start; on AWS the stack owns it and this only
 * describes it), and waits until it is active.
 */
export async function ensureIndexTable(client: DynamoDBClient, table: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: table }));
    return;
  } catch (e) {
    if (!(e instanceof ResourceNotFoundException)) throw e;
  }
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "sk", AttributeType: "S" },
      ],
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
    }),
  );
  for (let i = 0; i < 100; i++) {
    const out = await client.send(new DescribeTableCommand({ TableName: table }));
    if (out.Table?.TableStatus === "ACTIVE") return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The article index table ${table} did not become active.`);
}
