import type { Context, Hono } from "hono";
import type { FC } from "hono/jsx";
import type { ArticleSummary } from "../../../core/articles/article.js";
import { type ChangeSummary, changesSince } from "../../../core/briefings/changes.js";
import type { BriefingManifest } from "../../../core/briefings/manifest.js";
import { NotFoundError } from "../../../core/errors.js";
import {
  createSchedule,
  getSchedule,
  reviseSchedule,
  type ScheduleView,
  viewOf,
} from "../../../core/schedules/manage-schedules.js";
import type { ScheduleRun } from "../../../core/schedules/run.js";
import { runHistory } from "../../../core/schedules/run-history.js";
import { runSchedule } from "../../../core/schedules/run-schedule.js";
import { type Schedule, ScheduleInput, SchedulePatch } from "../../../core/schedules/schedule.js";
import type { Theme } from "../../../core/themes/theme.js";
import type { ScheduleRouteDeps } from "../../http/routes/schedules.js";
import { probabilityChart } from "../../templates/probability-chart.js";
import type { DeskDeps } from "../deps.js";
import { deskHandler, formOf } from "../handler.js";
import { type Flash, Page, PostForm, renderPage } from "../layout.js";
import type { DeskEnv, DeskSession } from "../session.js";

const RUNS_SHOWN = 20;
const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const pct = (p: number | null) => (p === null ? "no judgment" : `${Math.round(p * 100)}%`);
const when = (iso: string) => iso.replace("T", " ").slice(0, 16);

const NOTICES: Record<string, Flash> = {
  created: { kind: "ok", message: "The schedule is created." },
  saved: { kind: "ok", message: "The schedule is saved." },
  paused: { kind: "ok", message: "The schedule is paused: it will not fire until resumed." },
  resumed: { kind: "ok", message: "The schedule is resumed." },
  ran: { kind: "ok", message: "The schedule ran; the run is at the top of the history." },
};

/** The schedule form as typed, kept when it comes back with problems. */
interface ScheduleForm {
  name: string;
  theme: string;
  ids: string[];
  tag: string;
  latest: string;
  sinceDays: string;
  cron: string;
  rate: string;
  timezone: string;
  enabled: boolean;
}

const formFromSchedule = (s: Schedule): ScheduleForm => ({
  name: s.name,
  theme: s.theme,
  ids: s.articles.ids ?? [],
  tag: s.articles.tag ?? "",
  latest: s.articles.latest ? String(s.articles.latest) : "",
  sinceDays: s.articles.sinceDays ? String(s.articles.sinceDays) : "",
  cron: s.cron ?? "",
  rate: s.rate ?? "",
  timezone: s.timezone,
  enabled: s.enabled,
});
const BLANK: ScheduleForm = {
  name: "",
  theme: "",
  ids: [],
  tag: "",
  latest: "",
  sinceDays: "",
  cron: "0 6 * * *",
  rate: "",
  timezone: "UTC",
  enabled: true,
};

async function readForm(c: Context): Promise<ScheduleForm> {
  const body = await formOf(c);
  const all = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
  const text = (n: string) => (typeof body[n] === "string" ? (body[n] as string).trim() : "");
  const ids = all.ids === undefined ? [] : ([] as unknown[]).concat(all.ids).map(String);
  return {
    name: text("name"),
    theme: text("theme"),
    ids,
    tag: text("tag"),
    latest: text("latest"),
    sinceDays: text("sinceDays"),
    cron: text("cron"),
    rate: text("rate"),
    timezone: text("timezone") || "UTC",
    enabled: body.enabled === "on",
  };
}

/** The form as the API's schedule input: ids when any are ticked, else the tag selection. */
function inputOf(f: ScheduleForm) {
  const num = (s: string) => (s ? Number(s) : undefined);
  const articles =
    f.ids.length > 0
      ? { ids: f.ids }
      : {
          ...(f.tag ? { tag: f.tag } : {}),
          ...(f.latest ? { latest: num(f.latest) } : {}),
          ...(f.sinceDays ? { sinceDays: num(f.sinceDays) } : {}),
        };
  return {
    name: f.name,
    theme: f.theme,
    articles,
    ...(f.cron ? { cron: f.cron } : {}),
    ...(f.rate ? { rate: f.rate } : {}),
    timezone: f.timezone,
    enabled: f.enabled,
  };
}

const problems = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues.map((i) => `${i.path.map(String).join(".") || "schedule"}: ${i.message}`);

export function schedulePages(
  app: Hono<DeskEnv>,
  deps: { desk: DeskDeps; schedules: ScheduleRouteDeps },
): void {
  const d = deps.schedules;
  const now = () => d.clock.now();
  const choices = async () => ({
    themes: deps.desk.themes.list(),
    articles: (await deps.desk.ingest.articles.list({ limit: 50 })).items,
  });

  app.get(
    "/desk/schedules",
    deskHandler(deps.desk, async (c) => {
      const page = await d.schedules.list({ limit: 100 });
      return renderPage(
        c,
        <ScheduleList
          session={c.get("desk")}
          items={page.items.map((s) => viewOf(s, now()))}
          {...(await choices())}
          form={BLANK}
          flash={null}
        />,
      );
    }),
  );

  app.post(
    "/desk/schedules",
    deskHandler(deps.desk, async (c) => {
      const form = await readForm(c);
      const parsed = ScheduleInput.safeParse(inputOf(form));
      if (!parsed.success) {
        const page = await d.schedules.list({ limit: 100 });
        return renderPage(
          c,
          <ScheduleList
            session={c.get("desk")}
            items={page.items.map((s) => viewOf(s, now()))}
            {...(await choices())}
            form={form}
            flash={{
              kind: "error",
              message: "The schedule was not created.",
              details: problems(parsed.error.issues),
            }}
          />,
          400,
        );
      }
      const schedule = await createSchedule(d, parsed.data);
      return c.redirect(`/desk/schedules/${schedule.id}?notice=created`, 303);
    }),
  );

  app.get(
    "/desk/schedules/:id",
    deskHandler(deps.desk, async (c) => {
      const id = c.req.param("id") ?? "";
      if (!ID.test(id)) throw new NotFoundError("Schedule", id);
      return renderPage(c, await detail(c, id, null, null));
    }),
  );

  const detail = async (c: Context<DeskEnv>, id: string, form: ScheduleForm | null, flash: Flash | null) => {
    const schedule = await getSchedule(d, id);
    const theme = deps.desk.themes.get(schedule.theme) ?? null;
    const runs = (await d.scheduleRuns.list(id, { limit: RUNS_SHOWN })).items;
    const manifests = new Map<string, BriefingManifest>();
    const ids = new Set(
      runs.flatMap((r) => [r.briefingId, r.previousBriefingId]).filter((x): x is string => !!x),
    );
    await Promise.all(
      [...ids].map(async (b) => {
        const m = await d.briefings.getManifest(b);
        if (m) manifests.set(b, m);
      }),
    );
    const history = await runHistory(d, id);
    const chart =
      theme && history.length >= 2
        ? probabilityChart({
            title: `Probability of each judgment across the last ${history.length} runs, on the ICD 203 scale`,
            runs: history.map((p) => ({ label: when(p.at).slice(5) })),
            series: theme.judgments.map((j) => ({
              id: j.id,
              label: j.statement.replace(/\.$/, ""),
              values: history.map((p) => p.judgments.find((x) => x.id === j.id)?.probability ?? null),
            })),
          })
        : null;
    return (
      <ScheduleDetail
        session={c.get("desk")}
        schedule={viewOf(schedule, now())}
        theme={theme}
        runs={runs}
        manifests={manifests}
        chart={chart}
        runsCharted={history.length}
        {...(await choices())}
        form={form ?? formFromSchedule(schedule)}
        flash={flash ?? NOTICES[c.req.query("notice") ?? ""] ?? null}
      />
    );
  };

  app.post(
    "/desk/schedules/:id/edit",
    deskHandler(deps.desk, async (c) => {
      const id = c.req.param("id") ?? "";
      if (!ID.test(id)) throw new NotFoundError("Schedule", id);
      const form = await readForm(c);
      const input = inputOf(form);
      const parsed = SchedulePatch.safeParse(input);
      if (!parsed.success) {
        const flash: Flash = {
          kind: "error",
          message: "The schedule was not saved.",
          details: problems(parsed.error.issues),
        };
        return renderPage(c, await detail(c, id, form, flash), 400);
      }
      await reviseSchedule(d, id, parsed.data);
      return c.redirect(`/desk/schedules/${id}?notice=saved`, 303);
    }),
  );

  for (const [action, enabled] of [
    ["pause", false],
    ["resume", true],
  ] as const) {
    app.post(
      `/desk/schedules/:id/${action}`,
      deskHandler(deps.desk, async (c) => {
        const id = c.req.param("id") ?? "";
        if (!ID.test(id)) throw new NotFoundError("Schedule", id);
        await reviseSchedule(d, id, { enabled });
        return c.redirect(`/desk/schedules/${id}?notice=${enabled ? "resumed" : "paused"}`, 303);
      }),
    );
  }

  app.post(
    "/desk/schedules/:id/run",
    deskHandler(deps.desk, async (c) => {
      const id = c.req.param("id") ?? "";
      if (!ID.test(id)) throw new NotFoundError("Schedule", id);
      await getSchedule(d, id);
      await runSchedule(d, {
        scheduleId: id,
        scheduledTime: now(),
        trigger: "manual",
        deadlineMs: d.renderTimeoutMs,
      });
      return c.redirect(`/desk/schedules/${id}?notice=ran`, 303);
    }),
  );
}

const timing = (s: Schedule) => (s.cron ? `cron ${s.cron} (${s.timezone})` : `${s.rate ?? ""}`);
const selection = (s: Schedule) =>
  s.articles.ids
    ? `${s.articles.ids.length} chosen article${s.articles.ids.length === 1 ? "" : "s"}`
    : `newest ${s.articles.latest ?? "?"} tagged “${s.articles.tag ?? ""}”${s.articles.sinceDays ? ` within ${s.articles.sinceDays} days` : ""}`;

const ScheduleList: FC<{
  session: DeskSession;
  items: ScheduleView[];
  themes: Theme[];
  articles: ArticleSummary[];
  form: ScheduleForm;
  flash: Flash | null;
}> = (p) => (
  <Page title="Schedules" session={p.session} nav="schedules" flash={p.flash}>
    <h1>Schedules</h1>
    <p class="lede">Briefings made on a timetable, each compared with the run before it.</p>
    {p.items.length === 0 ? (
      <p class="empty">No schedules yet.</p>
    ) : (
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Theme</th>
            <th scope="col">Articles</th>
            <th scope="col">Timing</th>
            <th scope="col">State</th>
            <th scope="col">Next run (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((s) => (
            <tr>
              <td>
                <a href={`/desk/schedules/${s.id}`}>{s.name}</a>
              </td>
              <td>{s.theme}</td>
              <td>{selection(s)}</td>
              <td class="mono">{timing(s)}</td>
              <td>{s.enabled ? "active" : "paused"}</td>
              <td>{s.nextFireTimes[0] ? when(s.nextFireTimes[0]) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    {p.session.canWrite && (
      <ScheduleFormPanel
        session={p.session}
        action="/desk/schedules"
        heading="New schedule"
        submit="Create the schedule"
        themes={p.themes}
        articles={p.articles}
        form={p.form}
      />
    )}
  </Page>
);

const ScheduleFormPanel: FC<{
  session: DeskSession;
  action: string;
  heading: string;
  submit: string;
  themes: Theme[];
  articles: ArticleSummary[];
  form: ScheduleForm;
}> = ({ session, action, heading, submit, themes, articles, form }) => (
  <PostForm action={action} session={session} class="panel stack" label={heading}>
    <h2>{heading}</h2>
    <div class="field">
      <label for="sc-name">Name</label>
      <input type="text" id="sc-name" name="name" value={form.name} required maxlength={200} />
    </div>
    <div class="field">
      <label for="sc-theme">Theme</label>
      <select id="sc-theme" name="theme" required>
        <option value="">Choose a theme…</option>
        {themes.map((t) => (
          <option value={t.id} selected={t.id === form.theme}>
            {t.title}
          </option>
        ))}
      </select>
    </div>
    <fieldset>
      <legend>Articles: tick some, or select the newest by tag</legend>
      <ul class="checklist">
        {articles.map((a) => (
          <li>
            <label>
              <input type="checkbox" name="ids" value={a.id} checked={form.ids.includes(a.id)} /> {a.title}
            </label>
          </li>
        ))}
      </ul>
      <div class="fields3">
        <div class="field">
          <label for="sc-tag">Tag</label>
          <input type="text" id="sc-tag" name="tag" value={form.tag} />
        </div>
        <div class="field">
          <label for="sc-latest">Newest how many</label>
          <input type="text" inputmode="numeric" id="sc-latest" name="latest" value={form.latest} />
        </div>
        <div class="field">
          <label for="sc-since">Within days</label>
          <input type="text" inputmode="numeric" id="sc-since" name="sinceDays" value={form.sinceDays} />
        </div>
      </div>
    </fieldset>
    <div class="fields3">
      <div class="field">
        <label for="sc-cron">Cron (5 fields)</label>
        <input type="text" id="sc-cron" name="cron" value={form.cron} aria-describedby="sc-timing-hint" />
      </div>
      <div class="field">
        <label for="sc-rate">or rate</label>
        <input type="text" id="sc-rate" name="rate" value={form.rate} aria-describedby="sc-timing-hint" />
      </div>
      <div class="field">
        <label for="sc-tz">Time zone</label>
        <input type="text" id="sc-tz" name="timezone" value={form.timezone} />
      </div>
    </div>
    <p class="hint" id="sc-timing-hint">
      Give a cron expression such as “0 6 * * *” or a rate such as “every 6 hours”, not both.
    </p>
    <div class="field">
      <label>
        <input type="checkbox" name="enabled" checked={form.enabled} /> Active (fires on its timetable)
      </label>
    </div>
    <button type="submit">{submit}</button>
  </PostForm>
);

const Changes: FC<{ changes: ChangeSummary; theme: Theme | null }> = ({ changes, theme }) => {
  const statement = (id: string) => theme?.judgments.find((j) => j.id === id)?.statement ?? id;
  const label = (id: string) =>
    [...(theme?.drivers ?? []), ...(theme?.mitigators ?? [])].find((f) => f.id === id)?.label ?? id;
  return (
    <table class="changes">
      <caption>
        What changed since {changes.since}
        {changes.nothingChanged ? ": nothing material" : ""}
      </caption>
      <thead>
        <tr>
          <th scope="col">Judgment</th>
          <th scope="col" class="num">
            Previous
          </th>
          <th scope="col" class="num">
            Now
          </th>
          <th scope="col" class="num">
            Change
          </th>
          <th scope="col">Factors that moved it</th>
        </tr>
      </thead>
      <tbody>
        {changes.judgments.map((j) => (
          <tr>
            <td>{statement(j.id)}</td>
            <td class="num">{pct(j.from)}</td>
            <td class="num">{pct(j.to)}</td>
            <td class="num">
              {j.change === null ? "—" : `${j.change > 0 ? "+" : ""}${j.change.toFixed(1)} pts`}
            </td>
            <td>
              {j.factors.length === 0
                ? "—"
                : j.factors
                    .slice(0, 3)
                    .map((f) => `${label(f.id)} (${f.from.toFixed(2)} → ${f.to.toFixed(2)})`)
                    .join("; ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

const ScheduleDetail: FC<{
  session: DeskSession;
  schedule: ScheduleView;
  theme: Theme | null;
  runs: ScheduleRun[];
  manifests: Map<string, BriefingManifest>;
  chart: string | null;
  runsCharted: number;
  themes: Theme[];
  articles: ArticleSummary[];
  form: ScheduleForm;
  flash: Flash | null;
}> = (p) => {
  const s = p.schedule;
  return (
    <Page
      title={s.name}
      session={p.session}
      nav="schedules"
      flash={p.flash}
      crumbs={[["/desk/schedules", "Schedules"]]}
    >
      <h1>{s.name}</h1>
      <dl class="kv">
        <dt>Theme</dt>
        <dd>{p.theme?.title ?? s.theme}</dd>
        <dt>Articles</dt>
        <dd>{selection(s)}</dd>
        <dt>Timing</dt>
        <dd class="mono">{timing(s)}</dd>
        <dt>State</dt>
        <dd>{s.enabled ? "active" : "paused"}</dd>
        <dt>Next runs (UTC)</dt>
        <dd>{s.nextFireTimes.length ? s.nextFireTimes.map(when).join(", ") : "none while paused"}</dd>
      </dl>
      {p.session.canWrite && (
        <div class="toolbar">
          <PostForm action={`/desk/schedules/${s.id}/run`} session={p.session} label="Run now">
            <button type="submit">Run now</button>
          </PostForm>
          <PostForm
            action={`/desk/schedules/${s.id}/${s.enabled ? "pause" : "resume"}`}
            session={p.session}
            label={s.enabled ? "Pause" : "Resume"}
          >
            <button type="submit" class="secondary">
              {s.enabled ? "Pause" : "Resume"}
            </button>
          </PostForm>
        </div>
      )}
      <section class="panel" aria-labelledby="sc-chart">
        <h2 id="sc-chart">Judgments across runs</h2>
        {p.chart ? (
          // Our own markup, built from numbers; labels are escaped by probabilityChart.
          <figure class="probability-chart" dangerouslySetInnerHTML={{ __html: p.chart }} />
        ) : (
          <p class="empty">
            The chart appears once the schedule has made two briefings ({p.runsCharted} so far).
          </p>
        )}
      </section>
      <section class="panel" aria-labelledby="sc-runs">
        <h2 id="sc-runs">Run history</h2>
        {p.runs.length === 0 ? (
          <p class="empty">No runs yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Scheduled (UTC)</th>
                <th scope="col">Trigger</th>
                <th scope="col">Status</th>
                <th scope="col">Judgments</th>
                <th scope="col">Briefing</th>
              </tr>
            </thead>
            <tbody>
              {p.runs.map((r) => {
                const m = r.briefingId ? p.manifests.get(r.briefingId) : undefined;
                return (
                  <tr>
                    <td>{when(r.scheduledTime)}</td>
                    <td>{r.trigger}</td>
                    <td>
                      {r.status}
                      {r.reason && <span class="meta"> — {r.reason}</span>}
                      {r.error && <span class="meta"> — {r.error.message}</span>}
                    </td>
                    <td>{m ? m.judgments.map((j) => pct(j.probability)).join(" · ") : "—"}</td>
                    <td>
                      {r.briefingId ? (
                        <>
                          <a href={`/desk/briefings/${r.briefingId}`}>Assessment</a> ·{" "}
                          <a href={`/desk/briefings/${r.briefingId}/pdf`}>PDF</a>
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {p.runs.map((r) => {
          const m = r.briefingId ? p.manifests.get(r.briefingId) : undefined;
          const prev = r.previousBriefingId ? p.manifests.get(r.previousBriefingId) : undefined;
          if (!m || !prev) return null;
          return (
            <details class="run-changes">
              <summary>What changed in the run of {when(r.scheduledTime)}</summary>
              <Changes changes={changesSince(prev, m.snapshot)} theme={p.theme} />
            </details>
          );
        })}
      </section>
      {p.session.canWrite && (
        <ScheduleFormPanel
          session={p.session}
          action={`/desk/schedules/${s.id}/edit`}
          heading="Edit the schedule"
          submit="Save"
          themes={p.themes}
          articles={p.articles}
          form={p.form}
        />
      )}
    </Page>
  );
};
