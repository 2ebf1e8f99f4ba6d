import { describe, expect, it } from "vitest";
import { S3BriefingStore } from "../../../src/adapters/storage/s3-briefing-store.js";
import type { S3Objects } from "../../../src/adapters/storage/s3-objects.js";
import type { BriefingManifest } from "../../../src/core/briefings/manifest.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";

const ID = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";

/** S3 objects in memory whose writes answer a few milliseconds after they are asked, logging both. */
function slowObjects() {
  const stored = new Map<string, string>();
  const log: string[] = [];
  const write = async (key: string, body: string) => {
    log.push(`put ${key}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    stored.set(key, body);
    log.push(`stored ${key}`);
  };
  const objects = {
    put: (key: string, body: string) => write(key, body),
    putJson: (key: string, value: unknown) => write(key, JSON.stringify(value)),
    delete: async (key: string) => {
      log.push(`delete ${key}`);
      stored.delete(key);
    },
    getJson: async (key: string) => {
      const text = stored.get(key);
      return text === undefined ? null : JSON.parse(text);
    },
    list: async (prefix: string) => ({
      keys: [...stored.keys()].filter((k) => k.startsWith(prefix)).sort(),
      more: false,
    }),
  };
  return { objects: objects as unknown as S3Objects, log, stored };
}

const manifest = {
  id: ID,
  theme: "isis-prison-escape",
  title: "Prison escape",
  articleIds: [],
  status: "ready",
  createdAt: "2025-01-14T06:00:05.000Z",
  generator: { version: "test", extractor: "test" },
  snapshot: { version: 2, judgments: [], evidence: [], conflicts: [] },
  previousId: null,
  judgments: [],
  pdf: { bytes: 4, sha256: "0".repeat(64), pages: 1, url: `/v1/briefings/${ID}/pdf`, fileName: "b.pdf" },
} as unknown as BriefingManifest;

const assessment = { judgments: [] } as unknown as Assessment;
const createdAt = new Date(manifest.createdAt);

describe("S3BriefingStore writes of a briefing", () => {
  it("stages the assessment and the index entry together, not one round trip after the other", async () => {
    const { objects, log } = slowObjects();
    await new S3BriefingStore(objects).stage(ID, createdAt, assessment);
    const puts = log.filter((l) => l.startsWith("put "));
    expect(puts.map((l) => l.replace(/\d{13}/, "<ts>"))).toEqual([
      `put briefings/${ID}/assessment.json`,
      `put index/briefings/<ts>-${ID}`,
    ]);
    // Both writes were asked for before either had answered.
    expect(log.slice(0, 2).every((l) => l.startsWith("put "))).toBe(true);
  });

  it("writes the manifest alone, as one object, once the rest is staged", async () => {
    const { objects, log } = slowObjects();
    const store = new S3BriefingStore(objects);
    await store.stage(ID, createdAt, assessment);
    log.length = 0;
    await store.putManifest(manifest);
    expect(log).toEqual([`put briefings/${ID}/manifest.json`, `stored briefings/${ID}/manifest.json`]);
  });

  it("lists a staged briefing only once its manifest is there", async () => {
    const { objects, stored } = slowObjects();
    const store = new S3BriefingStore(objects);
    await store.stage(ID, createdAt, assessment);
    expect((await store.list({ limit: 10 })).items).toEqual([]);
    await store.putManifest(manifest);
    expect((await store.list({ limit: 10 })).items.map((m) => m.id)).toEqual([ID]);
    stored.delete(`briefings/${ID}/manifest.json`);
    expect((await store.list({ limit: 10 })).items).toEqual([]);
  });

  it("discarding a staged briefing removes its assessment and its index entry", async () => {
    const { objects, stored } = slowObjects();
    const store = new S3BriefingStore(objects);
    await store.stage(ID, createdAt, assessment);
    expect(stored.size).toBe(2);
    await store.discardStaged(ID, createdAt);
    expect([...stored.keys()]).toEqual([]);
  });
});
