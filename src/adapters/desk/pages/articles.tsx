import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import { ArticleInput, type ArticleSummary } from "../../../core/articles/article.js";
import { ingestArticle } from "../../../core/articles/ingest-article.js";
import type { DeskDeps } from "../deps.js";
import { deskHandler, formOf } from "../handler.js";
import { type Flash, Page, PostForm, renderPage } from "../layout.js";
import type { DeskEnv, DeskSession } from "../session.js";

const PAGE_SIZE = 25;

/** What the new-article form holds, as typed (kept when the form comes back with problems). */
interface ArticleForm {
  title: string;
  publishedAt: string;
  source: string;
  url: string;
  tags: string;
  text: string;
}
const EMPTY: ArticleForm = { title: "", publishedAt: "", source: "", url: "", tags: "", text: "" };

/** Flash lines named by a query parameter: fixed words, never text taken from the URL. */
export const NOTICES: Record<string, Flash> = {
  stored: { kind: "ok", message: "The article is stored and its facts extracted." },
  existing: { kind: "info", message: "This article was already stored; nothing new was saved." },
  saved: { kind: "ok", message: "Saved as a new analyst version. The machine's version stays." },
};

export function articlePages(app: Hono<DeskEnv>, deps: DeskDeps): void {
  app.get(
    "/desk/articles",
    deskHandler(deps, async (c) => {
      const cursor = c.req.query("cursor") || undefined;
      const page = await deps.ingest.articles.list({ limit: PAGE_SIZE, cursor });
      return renderPage(
        c,
        <ArticleList
          session={c.get("desk")}
          items={page.items}
          nextCursor={page.nextCursor}
          first={!cursor}
          flash={NOTICES[c.req.query("notice") ?? ""]}
        />,
      );
    }),
  );

  app.get(
    "/desk/articles/new",
    deskHandler(deps, (c) => renderPage(c, <NewArticle session={c.get("desk")} form={EMPTY} />)),
  );

  app.post(
    "/desk/articles",
    deskHandler(deps, async (c) => {
      const session = c.get("desk");
      const body = await formOf(c);
      const field = (name: keyof ArticleForm) =>
        typeof body[name] === "string" ? (body[name] as string) : "";
      const form: ArticleForm = {
        title: field("title"),
        publishedAt: field("publishedAt"),
        source: field("source"),
        url: field("url"),
        tags: field("tags"),
        text: field("text"),
      };
      const file = body.file;
      // An uploaded file wins over the text box: it is what the analyst chose last.
      if (file instanceof File && file.size > 0) form.text = await file.text();
      const input = {
        title: form.title,
        text: form.text,
        ...(form.publishedAt.trim() ? { publishedAt: form.publishedAt.trim() } : {}),
        ...(form.source.trim() ? { source: form.source.trim() } : {}),
        ...(form.url.trim() ? { url: form.url.trim() } : {}),
        tags: form.tags
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      };
      const parsed = ArticleInput.safeParse(input);
      if (!parsed.success) {
        const details = parsed.error.issues.map(
          (i) => `${LABELS[String(i.path[0])] ?? i.path.join(".")}: ${i.message}`,
        );
        return renderPage(
          c,
          <NewArticle
            session={session}
            form={form}
            flash={{ kind: "error", message: "The article was not stored.", details }}
          />,
          400,
        );
      }
      const { created, article } = await ingestArticle(deps.ingest, parsed.data);
      return c.redirect(`/desk/articles/${article.id}?notice=${created ? "stored" : "existing"}`, 303);
    }),
  );
}

const LABELS: Record<string, string> = {
  title: "Title",
  text: "Text",
  publishedAt: "Date",
  source: "Outlet",
  url: "URL",
  tags: "Tags",
};

const ArticleList: FC<{
  session: DeskSession;
  items: ArticleSummary[];
  nextCursor: string | null;
  first: boolean;
  flash: Flash | undefined;
}> = ({ session, items, nextCursor, first, flash }) => (
  <Page title="Articles" session={session} nav="articles" flash={flash}>
    <div class="toolbar">
      <h1>Articles</h1>
      <span class="spacer" />
      {session.canWrite && (
        <a class="button secondary" href="/desk/import">
          Import a link
        </a>
      )}
      {session.canWrite && (
        <a class="button" href="/desk/articles/new">
          Add an article
        </a>
      )}
    </div>
    {items.length === 0 ? (
      <p class="empty">No articles stored yet.</p>
    ) : (
      <table>
        <caption class="meta">Newest first; open one to review its facts.</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Date</th>
            <th scope="col">Outlet</th>
            <th scope="col">Tags</th>
            <th scope="col" class="num">
              Characters
            </th>
            <th scope="col">Stored</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr>
              <td>
                <a href={`/desk/articles/${a.id}`}>{a.title}</a>
              </td>
              <td class="num">{a.publishedAt ?? "—"}</td>
              <td>{a.source ?? "—"}</td>
              <td>{a.tags.length ? a.tags.join(", ") : "—"}</td>
              <td class="num">{a.characters.toLocaleString("en-US")}</td>
              <td class="num meta">{a.createdAt.slice(0, 16).replace("T", " ")} UTC</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    <nav class="pager" aria-label="Pages">
      {!first && <a href="/desk/articles">Newest</a>}
      {nextCursor && <a href={`/desk/articles?cursor=${encodeURIComponent(nextCursor)}`}>Older articles</a>}
    </nav>
  </Page>
);

const NewArticle: FC<{ session: DeskSession; form: ArticleForm; flash?: Flash }> = ({
  session,
  form,
  flash,
}) => (
  <Page
    title="Add an article"
    session={session}
    nav="articles"
    flash={flash}
    crumbs={[["/desk/articles", "Articles"]]}
  >
    <h1>Add an article</h1>
    <p class="lede">Paste the text or choose a plain-text file. Facts are extracted when it is stored.</p>
    {session.canWrite ? (
      <PostForm action="/desk/articles" session={session} class="stack panel" multipart label="New article">
        <div>
          <label for="title">Title</label>
          <input type="text" id="title" name="title" required maxlength={500} value={form.title} />
        </div>
        <div class="row">
          <div>
            <label for="publishedAt">
              Date <span class="hint">(optional; YYYY-MM-DD)</span>
            </label>
            <input type="date" id="publishedAt" name="publishedAt" value={form.publishedAt} />
          </div>
          <div>
            <label for="source">
              Outlet <span class="hint">(optional)</span>
            </label>
            <input type="text" id="source" name="source" maxlength={200} value={form.source} />
          </div>
          <div>
            <label for="tags">
              Tags <span class="hint">(comma-separated)</span>
            </label>
            <input type="text" id="tags" name="tags" value={form.tags} />
          </div>
        </div>
        <div>
          <label for="url">
            URL <span class="hint">(optional)</span>
          </label>
          <input type="url" id="url" name="url" maxlength={2000} value={form.url} />
        </div>
        <div>
          <label for="file">
            File <span class="hint">(plain text, UTF-8; replaces the text below)</span>
          </label>
          <input type="file" id="file" name="file" accept=".txt,text/plain" data-fills="text" />
        </div>
        <div>
          <label for="text">Text</label>
          <textarea id="text" name="text" rows={16}>
            {form.text}
          </textarea>
        </div>
        <div>
          <button type="submit">Store and extract facts</button>
        </div>
      </PostForm>
    ) : (
      <p class="flash">Your key may only read; adding articles needs a write key.</p>
    )}
  </Page>
);
