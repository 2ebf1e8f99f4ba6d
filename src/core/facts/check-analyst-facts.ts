import { type Article, textFault } from "../articles/article.js";
import { type FieldIssue, ValidationError } from "../errors.js";
import { everyEntity, type FactsDocument } from "./schema.js";

/**
 * An analyst's version of the facts must still point into the article it is about: sentence
 * indexes that exist, spans inside the text, entity references that resolve. It is stored
 * marked as the analyst's, whatever the client said.
 */
export function checkAnalystFacts(article: Article, given: FactsDocument): FactsDocument {
  const issues: FieldIssue[] = [];
  const doc = cleanStrings(given, "", issues) as FactsDocument;
  if (doc.article.id !== article.id) {
    issues.push({ path: "article.id", message: `must be '${article.id}', the article this is saved under` });
  }
  const length = article.text.length;
  const entityIds = new Set(everyEntity(doc).map((e) => e.id));
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
    const first = issues[0] as FieldIssue;
    throw new ValidationError(
      `The facts do not fit the article they are saved under (${first.path}: ${first.message}${issues.length > 1 ? `, and ${issues.length - 1} more` : ""}).`,
      issues,
    );
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

/**
 * Every string an analyst sent (names, roles, quotes, fact texts, tags...) in NFC, and an issue
 * for each that holds a NUL, an unpaired surrogate or a control character.
 */
function cleanStrings(value: unknown, path: string, issues: FieldIssue[]): unknown {
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (typeof value === "string") {
    const fault = textFault(value);
    if (fault) issues.push({ path: path || "(body)", message: fault });
    return value.normalize("NFC");
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanStrings(v, at(i), issues));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v, at(k), issues)]));
  }
  return value;
}
