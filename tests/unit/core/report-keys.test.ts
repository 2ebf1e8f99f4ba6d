import { describe, expect, it } from "vitest";
import { articleOfKey, parseReportKey, reportKey } from "../../../src/core/themes/reports.js";

describe("report keys", () => {
  it("reads back the article and sentence a key was made from", () => {
    const key = reportKey({ articleId: "3f9a0c1d2b4e5f60", sentence: 7 });
    expect(parseReportKey(key)).toEqual({ articleId: "3f9a0c1d2b4e5f60", sentence: 7 });
    expect(articleOfKey(key)).toBe("3f9a0c1d2b4e5f60");
  });

  it("splits at the last '#', so an article id holding one stays whole", () => {
    expect(parseReportKey("a#b#12")).toEqual({ articleId: "a#b", sentence: 12 });
  });

  it("gives no sentence for a key without one", () => {
    const parsed = parseReportKey("3f9a0c1d2b4e5f60");
    expect(parsed.articleId).toBe("3f9a0c1d2b4e5f60");
    expect(Number.isNaN(parsed.sentence)).toBe(true);
  });
});
