import type { Article } from "../articles/article.js";
import { type FieldIssue, ValidationError } from "../errors.js";
import type { FactsDocument } from "./schema.js";

/**
 * An analyst's version of the facts must still point into the article it is about: sentence
 * indexes that exist, spans inside the text, entity references that resolve. It is stored
 * marked as the analyst's, whatever the client said.
 */
export function checkAnalystFacts(article: Article, doc: FactsDocument): FactsDocument {
  const issues: FieldIssue[] = [];
  if (doc.article.id !== article.id) {
    issues.push({ path: "article.id", message: `must be '${article.id}', the article this is saved under` });
  }
  const length = article.text.length;
  const entityIds = new Set(doc.entities.map((e) => e.id));
  const checkSpan = (path: string, s: { sentence: number; start: number; end: number }) => {
    if (s.sentence >= doc.sentences.length)
      issues.push({ path: `${path}.sentence`, message: "no such sentence" });
    if (s.start > s.end || s.end > length) {
      issues.push({
        path,
        message: `span ${s.start}-${s.end} lies outside the article's ${length} characters`,
      });
    }
  };
  doc.sentences.forEach((s, i) => {
    if (s.index !== i) issues.push({ path: `sentences.${i}.index`, message: `must be ${i}` });
    if (s.start > s.end || s.end > length)
      issues.push({ path: `sentences.${i}`, message: "span outside the text" });
  });
  doc.entities.forEach((e, i) => {
    for (const [k, m] of e.mentions.entries()) checkSpan(`entities.${i}.mentions.${k}`, m);
  });
  doc.quotes.forEach((q, i) => {
    checkSpan(`quotes.${i}`, q);
    if (q.speaker.entityId !== null && !entityIds.has(q.speaker.entityId)) {
      issues.push({ path: `quotes.${i}.speaker.entityId`, message: `no entity '${q.speaker.entityId}'` });
    }
  });
  doc.facts.forEach((f, i) => {
    checkSpan(`facts.${i}`, f);
    f.entities.forEach((id, k) => {
      if (!entityIds.has(id)) issues.push({ path: `facts.${i}.entities.${k}`, message: `no entity '${id}'` });
    });
  });
  if (issues.length) {
    throw new ValidationError("The facts do not fit the article they are saved under.", issues);
  }
  return {
    ...doc,
    origin: "analyst",
    article: {
      id: article.id,
      title: article.title,
      publishedAt: article.publishedAt,
      ...(article.source ? { source: article.source } : {}),
    },
  };
}
