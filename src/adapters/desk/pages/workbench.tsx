import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import type { ArticleSummary } from "../../../core/articles/article.js";
import { admitted, generateBriefing, previewAssessment } from "../../../core/briefings/generate-briefing.js";
import { AppError, NotFoundError, ValidationError } from "../../../core/errors.js";
import { RELIABILITY, type Reliability } from "../../../core/sources/admiralty.js";
import type { Assessment, EvidenceRef, JudgmentResult } from "../../../core/themes/assessment.js";
import { type BriefingOverrides, hasOverrides } from "../../../core/themes/overrides.js";
import { parseReportKey } from "../../../core/themes/reports.js";
import type { Theme } from "../../../core/themes/theme.js";
import { type BriefingRouteDeps, renderDeadline } from "../../http/routes/briefings.js";
import { excerpt } from "../../templates/view/excerpt.js";
import type { DeskDeps } from "../deps.js";
import { deskHandler, formOf } from "../handler.js";
import { type Flash, Page, PostForm, renderPage } from "../layout.js";
import type { DeskEnv, DeskSession } from "../session.js";
import {
  applyStep,
  asOfOf,
  decodeOverrides,
  encodeOverrides,
  stepOf,
  workbenchUrl,
} from "../workbench-state.js";

export interface WorkbenchDeps {
  desk: DeskDeps;
  briefings: BriefingRouteDeps;
}

const ARTICLE_CHOICES = 50;
const pct = (p: number | null) => (p === null ? "no judgment" : `${Math.round(p * 100)}%`);
const GRADES = Object.keys(RELIABILITY) as Reliability[];

/** The briefing workbench: pick a theme and articles, preview, steer, generate, download. */
export function workbenchPages(app: Hono<DeskEnv>, deps: WorkbenchDeps): void {
  app.get(
    "/desk/workbench",
    deskHandler(deps.desk, async (c) => {
      const session = c.get("desk");
      const theme = c.req.query("theme") ?? "";
      const articleIds = (c.req.queries("articles") ?? [])
        .filter((a) => /^[0-9a-f]{16}$/.test(a))
        .slice(0, 25);
      let overrides = decodeOverrides(c.req.query("o"));
      const day = asOfOf(c.req.query("asOf"));
      let asOf = "asOf" in day ? day.asOf : undefined;
      let flash: Flash | null = "error" in day ? { kind: "error", message: day.error } : null;
      const step = stepOf((n) => c.req.query(n));
      if (step) {
        const next = applyStep(overrides, step);
        if (!("error" in next)) return c.redirect(workbenchUrl(theme, articleIds, next, asOf), 303);
        flash = { kind: "error", message: next.error };
      }
      const [articles, themes] = [
        await deps.desk.ingest.articles.list({ limit: ARTICLE_CHOICES }),
        deps.desk.themes.list(),
      ];
      const chosenTheme = deps.desk.themes.get(theme);
      let assessment: Assessment | null = null;
      if (chosenTheme && articleIds.length > 0) {
        const preview = (o: BriefingOverrides, day: string | undefined) =>
          admitted(deps.briefings.admission, deps.briefings.renderTimeoutMs, () =>
            previewAssessment(deps.briefings, {
              theme,
              articleIds,
              ...(hasOverrides(o) ? { overrides: o } : {}),
              ...(day ? { asOf: day } : {}),
            }),
          );
        try {
          assessment = await preview(overrides, asOf);
        } catch (e) {
          if (!(e instanceof AppError) || (e.code !== "validation" && e.code !== "not-found")) throw e;
          const issues = (e.details.errors as { path: string; message: string }[] | undefined) ?? [];
          // A day to come, or an article published after the day: the preview is made as of today.
          if (asOf && issues.some((i) => i.path === "asOf" || i.message.endsWith(`after ${asOf}`))) {
            flash = {
              kind: "error",
              message: `The preview cannot be as of ${asOf}, so it is as of today: ${e.message}`,
              details: issues.map((i) => i.message),
            };
            asOf = undefined;
            assessment = await preview(overrides, undefined);
          } else {
            flash = {
              kind: "error",
              message: `The preview could not use these overrides, so they are cleared: ${e.message}`,
              details: issues.map((i) => `${i.path}: ${i.message}`),
            };
            overrides = decodeOverrides(undefined);
            if (e.code === "validation") assessment = await preview(overrides, asOf);
          }
        }
      }
      return renderPage(
        c,
        <Workbench
          session={session}
          themes={themes}
          theme={chosenTheme ?? null}
          articles={articles.items}
          articleIds={articleIds}
          overrides={overrides}
          asOf={asOf}
          assessment={assessment}
          flash={flash}
        />,
        flash?.kind === "error" && !assessment ? 400 : 200,
      );
    }),
  );

  app.post(
    "/desk/workbench/generate",
    deskHandler(deps.desk, async (c) => {
      const form = await formOf(c);
      const theme = typeof form.theme === "string" ? form.theme : "";
      const articleIds = String(form.articles ?? "")
        .split(",")
        .filter((a) => /^[0-9a-f]{16}$/.test(a));
      const overrides = decodeOverrides(typeof form.o === "string" ? form.o : undefined);
      if (!deps.desk.themes.get(theme)) throw new NotFoundError("Theme", theme);
      const day = asOfOf(form.asOf);
      if ("error" in day) throw new ValidationError(day.error, [{ path: "asOf", message: day.error }]);
      const b = deps.briefings;
      const manifest = await admitted(
        b.admission,
        renderDeadline(b.renderTimeoutMs, c.env?.lambdaContext),
        (deadline) =>
          generateBriefing(
            b,
            { theme, articleIds, ...(hasOverrides(overrides) ? { overrides } : {}), ...day },
            { deadlineMs: deadline.remainingMs() },
          ),
      );
      return c.redirect(`/desk/workbench/briefings/${manifest.id}`, 303);
    }),
  );

  app.get(
    "/desk/workbench/briefings/:id",
    deskHandler(deps.desk, async (c) => {
      const id = c.req.param("id") ?? "";
      const manifest = /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id) ? await deps.desk.briefings.getManifest(id) : null;
      if (!manifest) throw new NotFoundError("Briefing", id);
      const assessment = await deps.desk.briefings.getAssessment(id);
      const session = c.get("desk");
      return renderPage(
        c,
        <Page
          title="Briefing generated"
          session={session}
          nav="workbench"
          crumbs={[["/desk/workbench", "Workbench"]]}
          flash={{ kind: "ok", message: "The briefing is rendered and stored." }}
        >
          <h1>{manifest.title}</h1>
          <p class="meta">
            Briefing <span class="mono">{manifest.id}</span> · {manifest.pdf.pages} pages ·{" "}
            {Math.round(manifest.pdf.bytes / 1024)} KB
          </p>
          <p class="toolbar">
            <a class="button" href={`/desk/briefings/${manifest.id}/pdf`} download={manifest.pdf.fileName}>
              Download the PDF
            </a>
            <a class="button secondary" href={`/desk/briefings/${manifest.id}`}>
              Open the assessment page
            </a>
          </p>
          {assessment && <Judgments assessment={assessment} steer={null} />}
        </Page>,
      );
    }),
  );
}

interface SteerContext {
  theme: Theme;
  articleIds: string[];
  overrides: BriefingOverrides;
  /** The day the preview is as of; today when absent. */
  asOf?: string | undefined;
}

/** The hidden fields that carry the workbench's state through a steering form. */
const State: FC<{ s: SteerContext }> = ({ s }) => (
  <>
    <input type="hidden" name="theme" value={s.theme.id} />
    {s.articleIds.map((id) => (
      <input type="hidden" name="articles" value={id} />
    ))}
    {encodeOverrides(s.overrides) && <input type="hidden" name="o" value={encodeOverrides(s.overrides)} />}
    {s.asOf && <input type="hidden" name="asOf" value={s.asOf} />}
  </>
);

const Workbench: FC<{
  session: DeskSession;
  themes: Theme[];
  theme: Theme | null;
  articles: ArticleSummary[];
  articleIds: string[];
  overrides: BriefingOverrides;
  asOf: string | undefined;
  assessment: Assessment | null;
  flash: Flash | null;
}> = (p) => {
  const s: SteerContext | null = p.theme
    ? { theme: p.theme, articleIds: p.articleIds, overrides: p.overrides, asOf: p.asOf }
    : null;
  return (
    <Page title="Workbench" session={p.session} nav="workbench" flash={p.flash}>
      <h1>Briefing workbench</h1>
      <p class="lede">
        Pick a theme and articles and preview the assessment. Steer it where the machine is wrong, then
        generate the PDF.
      </p>
      <form method="get" action="/desk/workbench" class="panel stack" aria-label="Theme and articles">
        <h2>Theme and articles</h2>
        <div class="field">
          <label for="wb-theme">Theme</label>
          <select id="wb-theme" name="theme" required>
            <option value="">Choose a theme…</option>
            {p.themes.map((t) => (
              <option value={t.id} selected={t.id === p.theme?.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Articles (newest first)</legend>
          {p.articles.length === 0 && (
            <p class="empty">
              No articles yet. <a href="/desk/articles/new">Add one</a>.
            </p>
          )}
          <ul class="checklist">
            {p.articles.map((a) => (
              <li>
                <label>
                  <input type="checkbox" name="articles" value={a.id} checked={p.articleIds.includes(a.id)} />{" "}
                  {a.title} <span class="meta">{[a.source, a.publishedAt].filter(Boolean).join(" · ")}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div class="field">
          <label for="wb-as-of">As of (optional)</label>
          <input
            type="date"
            id="wb-as-of"
            name="asOf"
            value={p.asOf ?? ""}
            aria-describedby="wb-as-of-help"
          />
          <p class="meta" id="wb-as-of-help">
            The day the briefing is as of: evidence is aged and the horizon starts from it. Today when empty;
            no article may be published after it.
          </p>
        </div>
        {encodeOverrides(p.overrides) && (
          <input type="hidden" name="o" value={encodeOverrides(p.overrides)} />
        )}
        <button type="submit">Preview</button>
      </form>
      {p.assessment && s && (
        <>
          <Judgments assessment={p.assessment} steer={s} />
          <Factors assessment={p.assessment} s={s} />
          <Conflicts assessment={p.assessment} />
          <Sources assessment={p.assessment} s={s} />
          <Summary session={p.session} s={s} />
        </>
      )}
    </Page>
  );
};

const Judgments: FC<{ assessment: Assessment; steer: SteerContext | null }> = ({ assessment, steer }) => (
  <section class="panel" aria-labelledby="wb-judgments">
    <h2 id="wb-judgments">Judgments</h2>
    {assessment.judgments.map((j, i) => (
      <Judgment j={j} n={i} steer={steer} />
    ))}
  </section>
);

const Judgment: FC<{ j: JudgmentResult; n: number; steer: SteerContext | null }> = ({ j, n, steer }) => {
  const at = steer?.overrides.judgments.findIndex((x) => x.id === j.id) ?? -1;
  return (
    <article class="judgment" id={`judgment-${j.id}`}>
      <p class="estimate">
        <span class="likelihood">{j.likelihood ?? "No judgment"}</span>{" "}
        {j.probability !== null && <span class="prob">{pct(j.probability)}</span>}
        {j.range && <span class="meta"> ({j.range})</span>}
        {j.confidence && <span class="confidence"> · confidence {j.confidence.level}</span>}
        {j.override && <span class="badge analyst">analyst-adjusted</span>}
      </p>
      <p class="statement">{j.statement}</p>
      {j.override && (
        <p class="override-note">
          Machine: {pct(j.override.machine.probability)}
          {j.override.machine.likelihood ? ` (${j.override.machine.likelihood})` : ""}. Analyst:{" "}
          {pct(j.probability)}. Reason: <em>{j.override.reason}</em>
        </p>
      )}
      {j.reasons.length > 0 && <p class="reasons">{j.reasons.join("; ")}.</p>}
      {steer && (
        <form
          method="get"
          action="/desk/workbench"
          class="inline-form"
          aria-label={`Override judgment ${n + 1}`}
        >
          <State s={steer} />
          <input type="hidden" name="op" value="judge" />
          <input type="hidden" name="id" value={j.id} />
          <label for={`pct-${j.id}`}>Analyst probability (%)</label>
          <input type="number" id={`pct-${j.id}`} name="percent" min="1" max="99" step="1" required />
          <label for={`why-${j.id}`}>Reason</label>
          <input type="text" id={`why-${j.id}`} name="reason" required maxlength={1000} />
          <button type="submit" class="secondary small">
            Override
          </button>
          {at >= 0 && <UndoLink s={steer} kind="judgments" index={at} label="Restore the machine's value" />}
        </form>
      )}
    </article>
  );
};

const UndoLink: FC<{ s: SteerContext; kind: keyof BriefingOverrides; index: number; label: string }> = (
  p,
) => {
  const q = new URLSearchParams(
    workbenchUrl(p.s.theme.id, p.s.articleIds, p.s.overrides, p.s.asOf).split("?")[1] ?? "",
  );
  q.set("op", "undo");
  q.set("kind", p.kind);
  q.set("index", String(p.index));
  return (
    <a class="undo" href={`/desk/workbench?${q.toString()}`}>
      {p.label}
    </a>
  );
};

const Sentence: FC<{ e: EvidenceRef }> = ({ e }) => {
  const x = excerpt(e.sentenceText, e.text);
  return (
    <q>
      {x.before}
      {x.emphasis && <strong>{x.emphasis}</strong>}
      {x.after}
    </q>
  );
};

const Factors: FC<{ assessment: Assessment; s: SteerContext }> = ({ assessment, s }) => {
  const all = [...s.theme.drivers, ...s.theme.mitigators];
  return (
    <section class="panel" aria-labelledby="wb-factors">
      <h2 id="wb-factors">Factors and their cited sentences</h2>
      {assessment.factors.map((f) => (
        <div class="factor" id={`factor-${f.id}`}>
          <h3>
            {f.label} <span class={`role role-${f.role}`}>{f.role}</span>{" "}
            <span class="meta">
              effect {f.effect > 0 ? "+" : ""}
              {f.effect.toFixed(2)}
            </span>
          </h3>
          {f.evidence.length === 0 && <p class="gap">{f.gap ?? "No reporting bears on this factor."}</p>}
          <ul class="evidence">
            {f.evidence.map((e) => (
              <li>
                <Sentence e={e} />{" "}
                <span class="meta">
                  {e.source} · {e.grade}
                </span>
                {e.movedFrom !== undefined && <span class="badge analyst">moved here by an analyst</span>}
                <div class="steer">
                  <form
                    method="get"
                    action="/desk/workbench"
                    aria-label={`Exclude sentence ${e.key} from ${f.label}`}
                  >
                    <State s={s} />
                    <input type="hidden" name="op" value="exclude" />
                    <input type="hidden" name="sentence" value={e.key} />
                    <input type="hidden" name="factor" value={f.id} />
                    <button type="submit" class="secondary small" data-exclude={e.key}>
                      Exclude from this factor
                    </button>
                  </form>
                  <form method="get" action="/desk/workbench" aria-label={`Move sentence ${e.key}`}>
                    <State s={s} />
                    <input type="hidden" name="op" value="move" />
                    <input type="hidden" name="sentence" value={e.key} />
                    <label for={`to-${f.id}-${e.key}`}>Move to</label>
                    <select id={`to-${f.id}-${e.key}`} name="to">
                      {all
                        .filter((x) => x.id !== f.id)
                        .map((x) => (
                          <option value={x.id}>{x.label}</option>
                        ))}
                    </select>
                    <button type="submit" class="secondary small">
                      Move
                    </button>
                  </form>
                </div>
              </li>
            ))}
          </ul>
          {(f.excluded ?? []).length > 0 && (
            <p class="excluded">
              Excluded by an analyst:{" "}
              {(f.excluded ?? []).map((k) => (
                <>
                  <span>{describeKey(k, assessment)}</span>{" "}
                  <UndoLink
                    s={s}
                    kind="exclude"
                    index={s.overrides.exclude.findIndex((x) => x.sentence === k && x.factor === f.id)}
                    label="restore"
                  />{" "}
                </>
              ))}
            </p>
          )}
        </div>
      ))}
    </section>
  );
};

/** "sentence 10 of “title”" for an evidence key (sentences counted from 1, as a reader does). */
function describeKey(key: string, a: Assessment): string {
  const { articleId, sentence } = parseReportKey(key);
  const title = a.sources.find((x) => x.articleId === articleId)?.title ?? articleId;
  return `sentence ${sentence + 1} of “${title}”`;
}

const Conflicts: FC<{ assessment: Assessment }> = ({ assessment }) => (
  <section class="panel" aria-labelledby="wb-conflicts">
    <h2 id="wb-conflicts">Conflicts</h2>
    {assessment.conflicts.length === 0 && <p class="empty">The sources do not conflict.</p>}
    {assessment.conflicts.map((cf) => (
      <div class="conflict">
        <h3>{cf.topic}</h3>
        <ul>
          {cf.claims.map((cl) => (
            <li>
              {cl.source} ({cl.grade}, {cl.date ?? "undated"}) {cl.stance}: <q>{cl.text}</q>
            </li>
          ))}
        </ul>
        <p>{cf.analysis}</p>
      </div>
    ))}
  </section>
);

const Sources: FC<{ assessment: Assessment; s: SteerContext }> = ({ assessment, s }) => (
  <section class="panel" aria-labelledby="wb-sources">
    <h2 id="wb-sources">Sources and their grades</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">Article</th>
          <th scope="col">Grade</th>
          <th scope="col">Change the grade for this briefing</th>
        </tr>
      </thead>
      <tbody>
        {assessment.sources.map((src) => {
          const at = s.overrides.grades.findIndex((g) => g.articleId === src.articleId);
          return (
            <tr>
              <td>
                {src.title} <span class="meta">{src.source}</span>
              </td>
              <td>
                {src.reliability} ({RELIABILITY[src.reliability]})
                {src.override && (
                  <>
                    {" "}
                    <span class="badge analyst">analyst</span>
                    <br />
                    <span class="meta">machine: {src.override.reliability}</span>
                  </>
                )}
              </td>
              <td>
                <form
                  method="get"
                  action="/desk/workbench"
                  class="inline-form"
                  aria-label={`Grade ${src.title}`}
                >
                  <State s={s} />
                  <input type="hidden" name="op" value="grade" />
                  <input type="hidden" name="articleId" value={src.articleId} />
                  <label for={`grade-${src.articleId}`}>Reliability</label>
                  <select id={`grade-${src.articleId}`} name="reliability">
                    {GRADES.map((g) => (
                      <option value={g} selected={g === src.reliability}>
                        {g} — {RELIABILITY[g]}
                      </option>
                    ))}
                  </select>
                  <label for={`grade-why-${src.articleId}`}>Reason</label>
                  <input type="text" id={`grade-why-${src.articleId}`} name="reason" maxlength={1000} />
                  <button type="submit" class="secondary small">
                    Regrade
                  </button>
                  {at >= 0 && <UndoLink s={s} kind="grades" index={at} label="restore" />}
                </form>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </section>
);

const Summary: FC<{ session: DeskSession; s: SteerContext }> = ({ session, s }) => {
  const o = s.overrides;
  const count = o.exclude.length + o.move.length + o.grades.length + o.judgments.length;
  return (
    <section class="panel" aria-labelledby="wb-generate">
      <h2 id="wb-generate">Generate</h2>
      <p>
        {count === 0
          ? "No overrides: the briefing will be the machine's assessment."
          : `${count} override${count === 1 ? "" : "s"} will be stored with the briefing and shown in its PDF.`}
        {s.asOf && ` The briefing will be as of ${s.asOf}, and its cover will say when it was made.`}
      </p>
      {o.move.length > 0 && (
        <ul>
          {o.move.map((m, i) => (
            <li>
              {m.sentence} moved to{" "}
              {s.theme.drivers.concat(s.theme.mitigators).find((f) => f.id === m.to)?.label ?? m.to}{" "}
              <UndoLink s={s} kind="move" index={i} label="undo" />
            </li>
          ))}
        </ul>
      )}
      {session.canWrite ? (
        <PostForm action="/desk/workbench/generate" session={session} label="Generate the briefing">
          <input type="hidden" name="theme" value={s.theme.id} />
          <input type="hidden" name="articles" value={s.articleIds.join(",")} />
          <input type="hidden" name="o" value={encodeOverrides(o)} />
          {s.asOf && <input type="hidden" name="asOf" value={s.asOf} />}
          <button type="submit">Generate the PDF</button>
        </PostForm>
      ) : (
        <p class="meta">Your key may read only: generating a briefing needs a key that may write.</p>
      )}
    </section>
  );
};
