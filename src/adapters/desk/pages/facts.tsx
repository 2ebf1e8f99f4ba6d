import type { Hono } from "hono";
import { raw } from "hono/html";
import type { FC } from "hono/jsx";
import { type Article, ArticleId } from "../../../core/articles/article.js";
import { NotFoundError, ValidationError } from "../../../core/errors.js";
import { checkAnalystFacts } from "../../../core/facts/check-analyst-facts.js";
import { ENTITY_TYPES, FACT_KINDS, type FactsDocument } from "../../../core/facts/schema.js";
import type { StoredFacts } from "../../../core/ports.js";
import type { DeskDeps } from "../deps.js";
import { diffFacts, type FactChange } from "../fact-diff.js";
import {
  addEntity,
  mergeEntities,
  removeEntity,
  retypeEntity,
  setFactDate,
  setSpeaker,
} from "../fact-edits.js";
import { deskHandler, formOf } from "../handler.js";
import { highlightText, markId } from "../highlight.js";
import { type Flash, Page, PostForm, renderPage } from "../layout.js";
import type { DeskEnv, DeskSession } from "../session.js";
import { NOTICES } from "./articles.js";

type Edit = (doc: FactsDocument, form: Record<string, string>, article: Article) => FactsDocument;

/** The corrections a form can make, by the last segment of its action. */
const EDITS: Record<string, Edit> = {
  "add-entity": (doc, f, article) => addEntity(doc, article.text, { name: f.name ?? "", type: f.type ?? "" }),
  "remove-entity": (doc, f) => removeEntity(doc, f.entity ?? ""),
  "retype-entity": (doc, f) => retypeEntity(doc, f.entity ?? "", f.type ?? ""),
  "merge-entities": (doc, f) => mergeEntities(doc, f.keep ?? "", f.merge ?? ""),
  "set-speaker": (doc, f) => setSpeaker(doc, f.quote ?? "", f.speaker ?? ""),
  "set-date": (doc, f) => setFactDate(doc, f.fact ?? "", f.date ?? ""),
};

async function load(deps: DeskDeps, id: string): Promise<{ article: Article; stored: StoredFacts }> {
  if (!ArticleId.safeParse(id).success) throw new NotFoundError("Article", id);
  const [article, stored] = await Promise.all([
    deps.ingest.articles.get(id),
    deps.ingest.articles.getFacts(id),
  ]);
  if (!article || !stored) throw new NotFoundError("Article", id);
  return { article, stored };
}

const latestVersion = (stored: StoredFacts) => stored.versions[stored.versions.length - 1]?.version ?? 0;

export function factPages(app: Hono<DeskEnv>, deps: DeskDeps): void {
  app.get(
    "/desk/articles/:id",
    deskHandler(deps, async (c) => {
      const { article, stored } = await load(deps, c.req.param("id") ?? "");
      return renderPage(
        c,
        <FactReview
          session={c.get("desk")}
          article={article}
          stored={stored}
          flash={NOTICES[c.req.query("notice") ?? ""]}
        />,
      );
    }),
  );

  app.post(
    "/desk/articles/:id/facts/:op",
    deskHandler(deps, async (c) => {
      const edit = EDITS[c.req.param("op") ?? ""];
      if (!edit) throw new NotFoundError("Correction", c.req.param("op") ?? "");
      const { article, stored } = await load(deps, c.req.param("id") ?? "");
      const body = await formOf(c);
      const form = Object.fromEntries(
        Object.entries(body).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
      ) as Record<string, string>;
      // The version the page was showing: a save over a newer one is refused, not silently merged.
      const base = Number(form.base);
      if (!Number.isInteger(base) || base < 0)
        throw new ValidationError("The form lacks the version it was made from.");
      let edited: FactsDocument;
      try {
        edited = edit(stored.current, form, article);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        return renderPage(
          c,
          <FactReview
            session={c.get("desk")}
            article={article}
            stored={stored}
            flash={{ kind: "error", message: `Not saved: ${e.message}` }}
          />,
          400,
        );
      }
      // The same checks and store call as PUT /v1/articles/:id/facts: a new analyst version.
      const facts = checkAnalystFacts(article, edited);
      await deps.ingest.articles.putAnalystFacts(article.id, facts, deps.clock.now(), [base]);
      return c.redirect(`/desk/articles/${article.id}?notice=saved#changes`, 303);
    }),
  );
}

const KIND_LABEL: Record<string, string> = {
  person: "Person",
  organization: "Organization",
  place: "Place",
  facility: "Facility",
  event: "Event",
  threat: "Threat",
  countermeasure: "Countermeasure",
  quantity: "Quantity",
};

const Legend: FC<{ doc: FactsDocument }> = ({ doc }) => (
  <ul class="legend" aria-label="Highlight key">
    {ENTITY_TYPES.map((t) => (
      <li>
        <mark class={`ent ent-${t}`}>{KIND_LABEL[t]}</mark>{" "}
        <span class="swatch-count">{doc.entities.filter((e) => e.type === t).length}</span>
      </li>
    ))}
    <li>
      <mark class="quote">Quote</mark> <span class="swatch-count">{doc.quotes.length}</span>
    </li>
    {FACT_KINDS.map((k) => (
      <li>
        <mark class={`fact fact-${k}`}>{KIND_LABEL[k]}</mark>{" "}
        <span class="swatch-count">{doc.facts.filter((f) => f.kind === k).length}</span>
      </li>
    ))}
  </ul>
);

const FactReview: FC<{
  session: DeskSession;
  article: Article;
  stored: StoredFacts;
  flash?: Flash | undefined;
}> = ({ session, article, stored, flash }) => {
  const doc = stored.current;
  const version = latestVersion(stored);
  const changes = version > 0 ? diffFacts(stored.machine, doc) : [];
  const entities = [...doc.entities].sort(
    (a, b) => a.type.localeCompare(b.type) || (a.surface ?? a.name).localeCompare(b.surface ?? b.name),
  );
  const speakers = entities.filter((e) => e.type === "person" || e.type === "organization");
  const write = session.canWrite;
  const action = (op: string) => `/desk/articles/${article.id}/facts/${op}`;
  const Base = () => <input type="hidden" name="base" value={String(version)} />;
  return (
    <Page
      title={article.title}
      session={session}
      nav="articles"
      flash={flash}
      crumbs={[["/desk/articles", "Articles"]]}
    >
      <h1>{article.title}</h1>
      <p class="meta">
        {[
          article.publishedAt ?? "undated",
          article.source ?? "outlet unknown",
          `${article.characters.toLocaleString("en-US")} characters`,
        ]
          .concat(article.tags.length ? [`tags: ${article.tags.join(", ")}`] : [])
          .join(" · ")}
        {article.url && (
          <>
            {" · "}
            <a href={article.url} rel="noreferrer noopener">
              original
            </a>
          </>
        )}
        {" · "}
        {version > 0
          ? `analyst version ${version} of the facts (the machine's stays)`
          : "the machine's facts"}
      </p>

      <section id="changes" class="panel" aria-labelledby="changes-h">
        <h2 id="changes-h">Machine and analyst versions</h2>
        {version === 0 ? (
          <p class="empty">
            No corrections yet: these are the machine's facts
            {write ? ". Corrections below save a new analyst version." : "."}
          </p>
        ) : (
          <ChangesTable changes={changes} versions={stored.versions} />
        )}
      </section>

      <div class="cols">
        <section class="panel" aria-labelledby="text-h">
          <h2 id="text-h">Text and facts</h2>
          <p class="meta">Focus or point at a highlight for its details; Tab moves from fact to fact.</p>
          <Legend doc={doc} />
          <div class="article-text">{raw(highlightText(article.text, doc))}</div>
        </section>

        <div>
          <section class="panel" aria-labelledby="entities-h">
            <h2 id="entities-h">Entities ({entities.length})</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col" class="num">
                    Mentions
                  </th>
                  <th scope="col">{write ? "Type (correct)" : "Type"}</th>
                </tr>
              </thead>
              <tbody>
                {entities.map((e) => (
                  <tr>
                    <td>
                      <a href={`#${markId(e.id)}`} data-show={markId(e.id)}>
                        {e.surface ?? e.name}
                      </a>
                    </td>
                    <td class="num">{e.mentions.length}</td>
                    {!write && <td>{e.type}</td>}
                    {write && (
                      <td class="actions">
                        <PostForm
                          action={action("retype-entity")}
                          session={session}
                          label={`Retype ${e.surface ?? e.name}`}
                        >
                          <Base />
                          <input type="hidden" name="entity" value={e.id} />
                          <select name="type" aria-label={`New type for ${e.surface ?? e.name}`}>
                            {ENTITY_TYPES.map((t) => (
                              <option value={t} selected={t === e.type}>
                                {t}
                              </option>
                            ))}
                          </select>
                          <button type="submit" class="small secondary">
                            Retype
                          </button>
                        </PostForm>
                        <PostForm
                          action={action("remove-entity")}
                          session={session}
                          confirm={`Remove ${e.surface ?? e.name} from the facts?`}
                          label={`Remove ${e.surface ?? e.name}`}
                        >
                          <Base />
                          <input type="hidden" name="entity" value={e.id} />
                          <button
                            type="submit"
                            class="small danger"
                            aria-label={`Remove ${e.surface ?? e.name}`}
                          >
                            Remove
                          </button>
                        </PostForm>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          {write && (
            <section class="panel" aria-labelledby="add-h">
              <h2 id="add-h">Add an entity</h2>
              <PostForm action={action("add-entity")} session={session} class="stack" label="Add an entity">
                <Base />
                <div class="row">
                  <div>
                    <label for="add-name">
                      Name <span class="hint">(as the article writes it)</span>
                    </label>
                    <input type="text" id="add-name" name="name" required maxlength={200} />
                  </div>
                  <div>
                    <label for="add-type">Type</label>
                    <select id="add-type" name="type">
                      {ENTITY_TYPES.map((t) => (
                        <option value={t}>{t}</option>
                      ))}
                    </select>
                  </div>
                </div>
                <div>
                  <button type="submit">Add entity</button>
                </div>
              </PostForm>
            </section>
          )}

          {write && entities.length > 1 && (
            <section class="panel" aria-labelledby="merge-h">
              <h2 id="merge-h">Merge two entities</h2>
              <PostForm
                action={action("merge-entities")}
                session={session}
                class="stack"
                label="Merge two entities"
              >
                <Base />
                <div class="row">
                  <div>
                    <label for="merge-keep">Keep</label>
                    <EntitySelect id="merge-keep" name="keep" entities={entities} />
                  </div>
                  <div>
                    <label for="merge-merge">Merge into it</label>
                    <EntitySelect id="merge-merge" name="merge" entities={entities} selected={1} />
                  </div>
                </div>
                <div>
                  <button type="submit">Merge</button>
                </div>
              </PostForm>
            </section>
          )}
        </div>
      </div>

      <section class="panel" aria-labelledby="quotes-h">
        <h2 id="quotes-h">Quotes ({doc.quotes.length})</h2>
        {doc.quotes.length === 0 ? (
          <p class="empty">No quotes found.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Quote</th>
                <th scope="col">Kind</th>
                <th scope="col">Speaker</th>
              </tr>
            </thead>
            <tbody>
              {doc.quotes.map((q) => (
                <tr>
                  <td>
                    <a href={`#${markId(q.id)}`} data-show={markId(q.id)}>
                      “{q.text.length > 140 ? `${q.text.slice(0, 139)}…` : q.text}”
                    </a>
                  </td>
                  <td>{q.kind}</td>
                  <td class="actions">
                    {write ? (
                      <PostForm
                        action={action("set-speaker")}
                        session={session}
                        label={`Speaker of quote ${q.id}`}
                      >
                        <Base />
                        <input type="hidden" name="quote" value={q.id} />
                        <select name="speaker" aria-label="Speaker">
                          <option value="" selected={q.speaker.entityId === null}>
                            unattributed ({q.speaker.entityId === null ? q.speaker.name : "none"})
                          </option>
                          {speakers.map((e) => (
                            <option value={e.id} selected={e.id === q.speaker.entityId}>
                              {e.surface ?? e.name}
                            </option>
                          ))}
                        </select>
                        <button type="submit" class="small secondary">
                          Set speaker
                        </button>
                      </PostForm>
                    ) : (
                      q.speaker.name
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section class="panel" aria-labelledby="facts-h">
        <h2 id="facts-h">Events, threats, countermeasures, quantities ({doc.facts.length})</h2>
        {doc.facts.length === 0 ? (
          <p class="empty">No facts found.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Fact</th>
                <th scope="col">Date</th>
              </tr>
            </thead>
            <tbody>
              {doc.facts.map((f) => (
                <tr>
                  <td>{f.kind}</td>
                  <td>
                    <a href={`#${markId(f.id)}`} data-show={markId(f.id)}>
                      {f.text}
                    </a>
                    {f.modality !== "asserted" && <span class="meta"> ({f.modality})</span>}
                  </td>
                  <td class="actions">
                    {write ? (
                      <PostForm action={action("set-date")} session={session} label={`Date of fact ${f.id}`}>
                        <Base />
                        <input type="hidden" name="fact" value={f.id} />
                        <input
                          type="text"
                          name="date"
                          value={f.date?.value ?? ""}
                          size={11}
                          placeholder="YYYY-MM-DD"
                          aria-label="Date"
                        />
                        <button type="submit" class="small secondary">
                          Set date
                        </button>
                      </PostForm>
                    ) : (
                      (f.date?.value ?? "—")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Page>
  );
};

const EntitySelect: FC<{
  id: string;
  name: string;
  entities: FactsDocument["entities"];
  selected?: number;
}> = ({ id, name, entities, selected = 0 }) => (
  <select id={id} name={name}>
    {entities.map((e, i) => (
      <option value={e.id} selected={i === selected}>
        {e.surface ?? e.name} ({e.type})
      </option>
    ))}
  </select>
);

const ChangesTable: FC<{ changes: FactChange[]; versions: StoredFacts["versions"] }> = ({
  changes,
  versions,
}) => {
  const last = versions[versions.length - 1];
  return (
    <>
      <p class="meta">
        {versions.length} analyst version{versions.length === 1 ? "" : "s"}; the newest saved{" "}
        {last ? `${last.savedAt.slice(0, 16).replace("T", " ")} UTC` : ""}. Compared with the machine's
        version:
      </p>
      {changes.length === 0 ? (
        <p class="empty">The analyst version says the same as the machine's.</p>
      ) : (
        <table class="diff">
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">What</th>
              <th scope="col">Machine</th>
              <th scope="col">Analyst</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((ch) => (
              <tr>
                <td>
                  <span class={`op op-${ch.op === "merged" ? "changed" : ch.op}`}>
                    {ch.section} {ch.op}
                  </span>
                </td>
                <td>{ch.subject}</td>
                <td class="before">{ch.before}</td>
                <td class="after">{ch.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
};
