import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import { z } from "zod";
import { ArticleTags } from "../../../core/articles/article.js";
import { AppError, NotFoundError } from "../../../core/errors.js";
import { type ImportDeps, importArticle } from "../../../core/sources/import-article.js";
import {
  createSource,
  deleteSource,
  getSource,
  type SourceDeps,
  updateSource,
} from "../../../core/sources/manage-sources.js";
import { type PollDeps, pollSource } from "../../../core/sources/poll-source.js";
import {
  MIN_POLL_MINUTES,
  type PollRecord,
  SOURCE_ID_PATTERN,
  type Source,
  SourceInput,
  SourcePatch,
} from "../../../core/sources/source.js";
import type { DeskDeps } from "../deps.js";
import { deskHandler, formOf } from "../handler.js";
import { type Flash, Page, PostForm, renderPage } from "../layout.js";
import type { DeskEnv, DeskSession } from "../session.js";

/** The same deps the API's source routes use. */
export type SourcePageDeps = SourceDeps & PollDeps & ImportDeps;

const PAGE_SIZE = 25;
const POLLS_SHOWN = 50;
const GRADES = ["A", "B", "C", "D", "E", "F"] as const;

/** What the source forms hold, as typed (kept when the form comes back with problems). */
interface SourceForm {
  url: string;
  outlet: string;
  reliability: string;
  tags: string;
  pollIntervalMinutes: string;
  enabled: boolean;
}
const EMPTY: SourceForm = {
  url: "",
  outlet: "",
  reliability: "",
  tags: "",
  pollIntervalMinutes: "60",
  enabled: true,
};

/** Flash lines named by a query parameter: fixed words, never text taken from the URL. */
const NOTICES: Record<string, Flash> = {
  registered: {
    kind: "ok",
    message: "The source is registered. Poll it now, or wait for its first scheduled poll.",
  },
  saved: { kind: "ok", message: "The source is changed." },
  polled: { kind: "ok", message: "Polled: the result is the first line of the history below." },
  deleted: { kind: "ok", message: "The source and its poll history are removed; its articles stay." },
};

const LABELS: Record<string, string> = {
  url: "Feed URL",
  outlet: "Outlet",
  reliability: "Reliability",
  tags: "Tags",
  pollIntervalMinutes: "Poll interval",
  enabled: "Enabled",
};

const str = (body: Record<string, string | File>, name: string) =>
  typeof body[name] === "string" ? (body[name] as string) : "";

function sourceFormOf(body: Record<string, string | File>): SourceForm {
  return {
    url: str(body, "url"),
    outlet: str(body, "outlet"),
    reliability: str(body, "reliability"),
    tags: str(body, "tags"),
    pollIntervalMinutes: str(body, "pollIntervalMinutes"),
    enabled: str(body, "enabled") === "on",
  };
}

const tagsOf = (text: string) =>
  text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

/** The form as the API's JSON body: empty optional fields left out, numbers as numbers. */
function inputOf(form: SourceForm) {
  const minutes = form.pollIntervalMinutes.trim();
  return {
    url: form.url.trim(),
    outlet: form.outlet,
    ...(form.reliability ? { reliability: form.reliability } : {}),
    tags: tagsOf(form.tags),
    ...(minutes ? { pollIntervalMinutes: /^-?\d+$/.test(minutes) ? Number(minutes) : minutes } : {}),
    enabled: form.enabled,
  };
}

/** As POST /v1/articles/import takes it. */
const ImportInput = z.object({
  url: z.url({ protocol: /^https?$/, error: "must be an http or https URL" }).max(2000),
  tags: ArticleTags,
});

const problemsOf = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((i) =>
    i.path.length ? `${LABELS[String(i.path[0])] ?? i.path.join(".")}: ${i.message}` : i.message,
  );

function sourceIdOf(id: string | undefined): string {
  if (!id || !SOURCE_ID_PATTERN.test(id)) throw new NotFoundError("Source", id ?? "");
  return id;
}

const when = (iso: string | null | undefined) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "—");

export function sourcePages(app: Hono<DeskEnv>, deps: { desk: DeskDeps; sources: SourcePageDeps }): void {
  const { desk, sources } = deps;

  const listPage = async (session: DeskSession, cursor: string | undefined) => {
    const page = await sources.sources.list({ limit: PAGE_SIZE, cursor });
    const rows = await Promise.all(
      page.items.map(async (source) => ({
        source,
        last: (await sources.sources.listPolls(source.id, { limit: 1 })).items[0] ?? null,
      })),
    );
    return { rows, nextCursor: page.nextCursor, first: !cursor, session };
  };

  app.get(
    "/desk/sources",
    deskHandler(desk, async (c) => {
      const listed = await listPage(c.get("desk"), c.req.query("cursor") || undefined);
      return renderPage(
        c,
        <SourceList {...listed} form={EMPTY} flash={NOTICES[c.req.query("notice") ?? ""]} />,
      );
    }),
  );

  app.post(
    "/desk/sources",
    deskHandler(desk, async (c) => {
      const form = sourceFormOf(await formOf(c));
      // A new source is enabled; the checkbox is only on the edit form.
      form.enabled = true;
      const parsed = SourceInput.safeParse(inputOf(form));
      if (!parsed.success) {
        const listed = await listPage(c.get("desk"), undefined);
        return renderPage(
          c,
          <SourceList
            {...listed}
            form={form}
            flash={{
              kind: "error",
              message: "The source was not registered.",
              details: problemsOf(parsed.error.issues),
            }}
          />,
          400,
        );
      }
      const source = await createSource(sources, parsed.data);
      return c.redirect(`/desk/sources/${source.id}?notice=registered`, 303);
    }),
  );

  const detailPage = async (session: DeskSession, source: Source, form: SourceForm, flash?: Flash) => {
    const polls = await sources.sources.listPolls(source.id, { limit: POLLS_SHOWN });
    return <SourceDetail session={session} source={source} polls={polls.items} form={form} flash={flash} />;
  };

  app.get(
    "/desk/sources/:id",
    deskHandler(desk, async (c) => {
      const source = await getSource(sources, sourceIdOf(c.req.param("id")));
      return renderPage(
        c,
        await detailPage(c.get("desk"), source, formFrom(source), NOTICES[c.req.query("notice") ?? ""]),
      );
    }),
  );

  app.post(
    "/desk/sources/:id",
    deskHandler(desk, async (c) => {
      const source = await getSource(sources, sourceIdOf(c.req.param("id")));
      const form = sourceFormOf(await formOf(c));
      const parsed = SourcePatch.safeParse(inputOf(form));
      if (!parsed.success) {
        return renderPage(
          c,
          await detailPage(c.get("desk"), source, form, {
            kind: "error",
            message: "The source was not changed.",
            details: problemsOf(parsed.error.issues),
          }),
          400,
        );
      }
      await updateSource(sources, source.id, parsed.data);
      return c.redirect(`/desk/sources/${source.id}?notice=saved`, 303);
    }),
  );

  app.post(
    "/desk/sources/:id/poll",
    deskHandler(desk, async (c) => {
      const source = await getSource(sources, sourceIdOf(c.req.param("id")));
      await pollSource(sources, source, "manual");
      return c.redirect(`/desk/sources/${source.id}?notice=polled#polls`, 303);
    }),
  );

  app.post(
    "/desk/sources/:id/delete",
    deskHandler(desk, async (c) => {
      await deleteSource(sources, sourceIdOf(c.req.param("id")));
      return c.redirect("/desk/sources?notice=deleted", 303);
    }),
  );

  app.get(
    "/desk/import",
    deskHandler(desk, (c) => renderPage(c, <ImportPage session={c.get("desk")} url="" tags="" />)),
  );

  app.post(
    "/desk/import",
    deskHandler(desk, async (c) => {
      const session = c.get("desk");
      const body = await formOf(c);
      const url = str(body, "url").trim();
      const tags = str(body, "tags");
      const refuse = (message: string, details?: string[], status: 400 | 422 = 400) =>
        renderPage(
          c,
          <ImportPage session={session} url={url} tags={tags} flash={{ kind: "error", message, details }} />,
          status,
        );
      const input = { url, tags: tagsOf(tags) };
      const parsed = ImportInput.safeParse(input);
      if (!parsed.success) return refuse("Nothing was imported.", problemsOf(parsed.error.issues));
      try {
        const taken = await importArticle(sources, parsed.data);
        const notice = taken.kind === "new" ? "stored" : "existing";
        return c.redirect(`/desk/articles/${taken.article.id}?notice=${notice}`, 303);
      } catch (error) {
        if (error instanceof AppError && (error.code === "fetch-refused" || error.code === "fetch-failed")) {
          return refuse(
            error.code === "fetch-refused"
              ? "Nothing was imported: the link was refused or its page holds no article."
              : "Nothing was imported: the page could not be fetched.",
            [error.message],
            422,
          );
        }
        throw error;
      }
    }),
  );
}

function formFrom(source: Source): SourceForm {
  return {
    url: source.url,
    outlet: source.outlet,
    reliability: source.reliabilityFrom === "client" ? source.reliability : "",
    tags: source.tags.join(", "),
    pollIntervalMinutes: String(source.pollIntervalMinutes),
    enabled: source.enabled,
  };
}

const GRADE_FROM: Record<Source["reliabilityFrom"], string> = {
  client: "given",
  registry: "outlet registry",
  unknown: "unknown outlet",
};

const Outcome: FC<{ poll: PollRecord | null }> = ({ poll }) =>
  poll ? (
    <span>
      <span class="badge">{poll.outcome}</span>{" "}
      <span class="meta">
        {when(poll.at)}; {poll.items.new} new, {poll.items.failed} failed
      </span>
    </span>
  ) : (
    <span class="meta">never polled</span>
  );

const SourceFields: FC<{ form: SourceForm; idPrefix: string; edit: boolean }> = ({
  form,
  idPrefix,
  edit,
}) => {
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <div>
        <label for={id("url")}>
          Feed URL <span class="hint">(RSS 2.0, Atom or JSON Feed)</span>
        </label>
        <input type="url" id={id("url")} name="url" required maxlength={2000} value={form.url} />
      </div>
      <div class="row">
        <div>
          <label for={id("outlet")}>Outlet</label>
          <input type="text" id={id("outlet")} name="outlet" required maxlength={200} value={form.outlet} />
        </div>
        <div>
          <label for={id("reliability")}>
            Reliability <span class="hint">(optional)</span>
          </label>
          <select id={id("reliability")} name="reliability">
            <option value="" selected={form.reliability === ""}>
              {edit ? "Unchanged or registry" : "From the outlet registry"}
            </option>
            {GRADES.map((g) => (
              <option value={g} selected={form.reliability === g}>
                {g}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={id("pollIntervalMinutes")}>
            Poll every <span class="hint">(minutes, at least {MIN_POLL_MINUTES})</span>
          </label>
          <input
            type="text"
            inputmode="numeric"
            pattern="[0-9]+"
            id={id("pollIntervalMinutes")}
            name="pollIntervalMinutes"
            value={form.pollIntervalMinutes}
          />
        </div>
      </div>
      <div>
        <label for={id("tags")}>
          Tags <span class="hint">(comma-separated)</span>
        </label>
        <input type="text" id={id("tags")} name="tags" value={form.tags} />
      </div>
      {edit && (
        <div>
          <label for={id("enabled")}>
            <input type="checkbox" id={id("enabled")} name="enabled" checked={form.enabled} /> Enabled (polled
            on schedule)
          </label>
        </div>
      )}
    </>
  );
};

const SourceList: FC<{
  session: DeskSession;
  rows: { source: Source; last: PollRecord | null }[];
  nextCursor: string | null;
  first: boolean;
  form: SourceForm;
  flash: Flash | undefined;
}> = ({ session, rows, nextCursor, first, form, flash }) => (
  <Page title="Sources" session={session} nav="sources" flash={flash}>
    <div class="toolbar">
      <h1>Sources</h1>
      <span class="spacer" />
      {session.canWrite && (
        <a class="button secondary" href="/desk/import">
          Import a link
        </a>
      )}
    </div>
    {rows.length === 0 ? (
      <p class="empty">No sources registered yet.</p>
    ) : (
      <table>
        <caption class="meta">
          In the order they were registered; open one to poll, change or remove it.
        </caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Feed URL</th>
            <th scope="col">Grade</th>
            <th scope="col">Tags</th>
            <th scope="col" class="num">
              Interval
            </th>
            <th scope="col">Last poll</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ source, last }) => (
            <tr>
              <td>
                <a href={`/desk/sources/${source.id}`}>{source.outlet}</a>
                {!source.enabled && <span class="badge"> disabled</span>}
              </td>
              <td class="url">{source.url}</td>
              <td>
                {source.reliability} <span class="meta">({GRADE_FROM[source.reliabilityFrom]})</span>
              </td>
              <td>{source.tags.length ? source.tags.join(", ") : "—"}</td>
              <td class="num">{source.pollIntervalMinutes} min</td>
              <td>
                <Outcome poll={last} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    <nav class="pager" aria-label="Pages">
      {!first && <a href="/desk/sources">First sources</a>}
      {nextCursor && <a href={`/desk/sources?cursor=${encodeURIComponent(nextCursor)}`}>More sources</a>}
    </nav>
    <h2>Register a source</h2>
    {session.canWrite ? (
      <PostForm action="/desk/sources" session={session} class="stack panel" label="Register a source">
        <SourceFields form={form} idPrefix="new-" edit={false} />
        <div>
          <button type="submit">Register</button>
        </div>
      </PostForm>
    ) : (
      <p class="flash">Your key may only read; registering sources needs a write key.</p>
    )}
  </Page>
);

const SourceDetail: FC<{
  session: DeskSession;
  source: Source;
  polls: PollRecord[];
  form: SourceForm;
  flash: Flash | undefined;
}> = ({ session, source, polls, form, flash }) => (
  <Page
    title={source.outlet}
    session={session}
    nav="sources"
    flash={flash}
    crumbs={[["/desk/sources", "Sources"]]}
  >
    <div class="toolbar">
      <h1>{source.outlet}</h1>
      <span class="spacer" />
      {session.canWrite && (
        <PostForm action={`/desk/sources/${source.id}/poll`} session={session} label="Poll now">
          <button type="submit">Poll now</button>
        </PostForm>
      )}
    </div>
    <dl class="kv">
      <dt>Feed URL</dt>
      <dd class="url">{source.url}</dd>
      <dt>Reliability</dt>
      <dd>
        {source.reliability} ({GRADE_FROM[source.reliabilityFrom]})
      </dd>
      <dt>Tags</dt>
      <dd>{source.tags.length ? source.tags.join(", ") : "—"}</dd>
      <dt>Polled</dt>
      <dd>
        every {source.pollIntervalMinutes} minutes
        {source.enabled ? "" : " (disabled: only when polled by hand)"}
      </dd>
      <dt>Registered</dt>
      <dd>{when(source.createdAt)}</dd>
    </dl>

    <h2 id="polls">Poll history</h2>
    {polls.length === 0 ? (
      <p class="empty">Not polled yet.</p>
    ) : (
      <table>
        <caption class="meta">Latest first (the last {POLLS_SHOWN} at most).</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Trigger</th>
            <th scope="col" class="num">
              HTTP
            </th>
            <th scope="col">Outcome</th>
            <th scope="col" class="num">
              New
            </th>
            <th scope="col" class="num">
              Seen
            </th>
            <th scope="col" class="num">
              Copies
            </th>
            <th scope="col" class="num">
              Failed
            </th>
            <th scope="col">Failures</th>
          </tr>
        </thead>
        <tbody>
          {polls.map((p) => (
            <tr>
              <td class="num actions">{when(p.at)}</td>
              <td>{p.trigger}</td>
              <td class="num">{p.httpStatus ?? "—"}</td>
              <td>{p.outcome}</td>
              <td class="num">{p.items.new}</td>
              <td class="num">{p.items.seen}</td>
              <td class="num">{p.items.copies}</td>
              <td class="num">{p.items.failed}</td>
              <td>
                {p.failures.length === 0 ? (
                  "—"
                ) : (
                  <div class="failures">
                    {p.failures.map((f) => (
                      <div>
                        <strong>{f.reason}</strong>: {f.url ?? f.item}
                        {f.detail && <span class="meta"> ({f.detail})</span>}
                      </div>
                    ))}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}

    {session.canWrite && (
      <>
        <h2>Change the source</h2>
        <PostForm
          action={`/desk/sources/${source.id}`}
          session={session}
          class="stack panel"
          label="Change the source"
        >
          <SourceFields form={form} idPrefix="edit-" edit={true} />
          <div>
            <button type="submit">Save changes</button>
          </div>
        </PostForm>
        <h2>Remove</h2>
        <PostForm
          action={`/desk/sources/${source.id}/delete`}
          session={session}
          confirm="Delete this source and its poll history? Its articles stay."
          label="Delete the source"
        >
          <p class="meta">Removes the source and its poll history; the articles it took in stay.</p>
          <button type="submit" class="danger">
            Delete this source
          </button>
        </PostForm>
      </>
    )}
  </Page>
);

const ImportPage: FC<{ session: DeskSession; url: string; tags: string; flash?: Flash }> = ({
  session,
  url,
  tags,
  flash,
}) => (
  <Page
    title="Import a link"
    session={session}
    nav="articles"
    flash={flash}
    crumbs={[["/desk/articles", "Articles"]]}
  >
    <h1>Import a link</h1>
    <p class="lede">
      The page is fetched through the service's outbound door (public addresses only, no script runs), its
      article pulled out and stored, and its facts extracted.
    </p>
    {session.canWrite ? (
      <PostForm action="/desk/import" session={session} class="stack panel" label="Import a link">
        <div>
          <label for="url">Article URL</label>
          <input type="url" id="url" name="url" required maxlength={2000} value={url} />
        </div>
        <div>
          <label for="tags">
            Tags <span class="hint">(comma-separated)</span>
          </label>
          <input type="text" id="tags" name="tags" value={tags} />
        </div>
        <div>
          <button type="submit">Import</button>
        </div>
      </PostForm>
    ) : (
      <p class="flash">Your key may only read; importing needs a write key.</p>
    )}
  </Page>
);
