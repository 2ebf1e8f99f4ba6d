import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/articles/article.js";
import { articleIdFor } from "../../../src/core/articles/article.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import {
  bandKeys,
  nearDuplicate,
  resemblance,
  signatureOf,
} from "../../../src/core/sources/near-duplicates.js";
import { gradeSource } from "../../../src/core/sources/outlets.js";
import { type SourceDocument, sourceKeys } from "../../../src/core/themes/reports.js";
import { labelledPairs } from "../../support/near-duplicate-pairs.js";

const pairs = labelledPairs();

describe("near-duplicate detection", () => {
  it("signatures are deterministic, and identical texts resemble fully", () => {
    const a = signatureOf("Islamic State militants attacked the prison on Thursday night, officials said.");
    expect(
      signatureOf("Islamic State militants attacked the prison on Thursday night, officials said."),
    ).toEqual(a);
    expect(resemblance(a, a)).toBe(1);
    expect(signatureOf("").shingles).toBe(0);
    expect(nearDuplicate(signatureOf(""), signatureOf("")).copy).toBe(false);
  });

  it.each(pairs.filter((p) => p.copy).map((p) => [p.name, p] as const))(
    "recognises the copy: %s",
    (_, pair) => {
      const a = signatureOf(pair.a);
      const b = signatureOf(pair.b);
      expect(nearDuplicate(a, b).copy).toBe(true);
      // The LSH bands make it a candidate, so the index finds it.
      expect(bandKeys(b).some((k) => bandKeys(a).includes(k))).toBe(true);
    },
  );

  it.each(pairs.filter((p) => !p.copy).map((p) => [p.name, p] as const))(
    "tells different stories apart: %s",
    (_, pair) => {
      expect(nearDuplicate(signatureOf(pair.a), signatureOf(pair.b)).copy).toBe(false);
    },
  );
});

function doc(title: string, text: string, source: string): SourceDocument {
  const id = articleIdFor(title, text);
  const article: Article = {
    id,
    title,
    text,
    publishedAt: "2025-03-17",
    source,
    url: null,
    tags: [],
    createdAt: "2025-03-17T10:00:00.000Z",
    characters: text.length,
  };
  return { article, facts: extractFacts(article), grade: gradeSource(source, new Map()) };
}

describe("copies in corroboration", () => {
  it.each(pairs.filter((p) => p.copy).map((p) => [p.name, p] as const))(
    "an original and its copy under another outlet are one source: %s",
    (_, pair) => {
      const docs = [doc("Original", pair.a, "Reuters"), doc("Copy", pair.b, "Levant Daily")];
      const keys = sourceKeys(docs);
      expect(keys.get(docs[0]?.article.id ?? "")).toBe(keys.get(docs[1]?.article.id ?? ""));
    },
  );

  it("different stories from two outlets stay two sources", () => {
    const pair = pairs.find((p) => !p.copy);
    const docs = [doc("One", pair?.a ?? "", "Reuters"), doc("Two", pair?.b ?? "", "Levant Daily")];
    const keys = sourceKeys(docs);
    expect(new Set(keys.values()).size).toBe(2);
  });
});
