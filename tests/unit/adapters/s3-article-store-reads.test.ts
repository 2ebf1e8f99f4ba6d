import { describe, expect, it } from "vitest";
import { S3ArticleStore } from "../../../src/adapters/storage/s3-article-store.js";
import type { S3Objects } from "../../../src/adapters/storage/s3-objects.js";

const ID = "01JHF3Q9V6X8E2N4R5T7Y9B1C3";

/**
 * S3 objects in memory whose listing answers a tick after it is asked, logging each call and
 * each answer: which read waited for which.
 */
function objectsWith(stored: Record<string, string>) {
  const log: string[] = [];
  const objects = {
    getText: async (key: string) => {
      log.push(`get ${key}`);
      return stored[key] ?? null;
    },
    getJson: async (key: string) => {
      log.push(`get ${key}`);
      const text = stored[key];
      return text === undefined ? null : JSON.parse(text);
    },
    listObjects: async (prefix: string) => {
      log.push(`list ${prefix}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push("listed");
      const keys = Object.keys(stored).filter((k) => k.startsWith(prefix));
      return { objects: keys.sort().map((key) => ({ key, lastModified: new Date() })), more: false };
    },
  };
  return { objects: objects as unknown as S3Objects, log };
}

const machineKey = `articles/${ID}/facts.json`;
const analystKey = `articles/${ID}/facts/analyst-000001.json`;

describe("S3ArticleStore reads of facts", () => {
  it("asks for the machine's facts before the listing of analyst versions has answered", async () => {
    const { objects, log } = objectsWith({ [machineKey]: '{"machine":true}' });
    expect(await new S3ArticleStore(objects).getCurrentFactsText(ID)).toBe('{"machine":true}');
    expect(log.indexOf(`get ${machineKey}`)).toBeGreaterThanOrEqual(0);
    expect(log.indexOf(`get ${machineKey}`)).toBeLessThan(log.indexOf("listed"));
  });

  it("still answers with the newest analyst version when there is one", async () => {
    const { objects, log } = objectsWith({ [machineKey]: '{"machine":true}', [analystKey]: '{"analyst":1}' });
    expect(await new S3ArticleStore(objects).getCurrentFactsText(ID)).toBe('{"analyst":1}');
    expect(log.indexOf(`get ${analystKey}`)).toBeGreaterThan(log.indexOf("listed"));
  });

  it("has no facts for an article whose machine facts are missing, whichever read answers first", async () => {
    const { objects } = objectsWith({});
    const store = new S3ArticleStore(objects);
    expect(await store.getCurrentFactsText(ID)).toBeNull();
    expect(await store.getFacts(ID)).toBeNull();
  });

  it("reads the machine's facts and the versions of getFacts together", async () => {
    const { objects, log } = objectsWith({ [machineKey]: "{}" });
    await new S3ArticleStore(objects).getFacts(ID).catch(() => undefined);
    expect(log.indexOf(`get ${machineKey}`)).toBeLessThan(log.indexOf("listed"));
    expect(log.indexOf(`list articles/${ID}/facts/`)).toBeLessThan(log.indexOf("listed"));
  });

  it("reads an article's machine facts from S3 once: they are never replaced", async () => {
    const { objects, log } = objectsWith({ [machineKey]: '{"machine":true}' });
    const store = new S3ArticleStore(objects);
    for (let i = 0; i < 3; i++) expect(await store.getCurrentFactsText(ID)).toBe('{"machine":true}');
    expect(log.filter((l) => l === `get ${machineKey}`)).toHaveLength(1);
    // The versions are listed every time: an analyst may have saved one since.
    expect(log.filter((l) => l.startsWith("list "))).toHaveLength(3);
  });

  it("does not remember that an article had no facts", async () => {
    const stored: Record<string, string> = {};
    const { objects } = objectsWith(stored);
    const store = new S3ArticleStore(objects);
    expect(await store.getCurrentFactsText(ID)).toBeNull();
    stored[machineKey] = '{"machine":true}';
    expect(await store.getCurrentFactsText(ID)).toBe('{"machine":true}');
  });
});
