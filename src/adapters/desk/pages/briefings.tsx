import type { Hono } from "hono";
import type { FC } from "hono/jsx";
import { BRIEFING_ID_PATTERN, type BriefingManifest } from "../../../core/briefings/manifest.js";
import { NotFoundError } from "../../../core/errors.js";
import type { Assessment, FactorResult, JudgmentResult } from "../../../core/themes/assessment.js";
import type { DeskDeps } from "../deps.js";
import { deskHandler } from "../handler.js";
import { Page, renderPage } from "../layout.js";
import type { DeskEnv, DeskSession } from "../session.js";

const PAGE_SIZE = 25;

const pct = (p: number) => `${Math.round(p * 100)}%`;
const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

export function briefingPages(app: Hono<DeskEnv>, deps: DeskDeps): void {
  app.get(
    "/desk/briefings",
    deskHandler(deps, async (c) => {
      const cursor = c.req.query("cursor") || undefined;
      const page = await deps.briefings.list({ limit: PAGE_SIZE, cursor });
      return renderPage(
        c,
        <BriefingList
          session={c.get("desk")}
          items={page.items}
          nextCursor={page.nextCursor}
          first={!cursor}
        />,
      );
    }),
  );

  app.get(
    "/desk/briefings/:id",
    deskHandler(deps, async (c) => {
      const id = c.req.param("id") ?? "";
      if (!BRIEFING_ID_PATTERN.test(id)) throw new NotFoundError("Briefing", id);
      const [manifest, assessment] = await Promise.all([
        deps.briefings.getManifest(id),
        deps.briefings.getAssessment(id),
      ]);
      if (!manifest || !assessment) throw new NotFoundError("Briefing", id);
      const theme = deps.themes.get(manifest.theme);
      return renderPage(
        c,
        <BriefingPage
          session={c.get("desk")}
          manifest={manifest}
          assessment={assessment}
          themeTitle={theme?.title ?? manifest.theme}
        />,
      );
    }),
  );

  // The PDF for a browser with a session (the API's route wants a bearer key).
  app.get(
    "/desk/briefings/:id/pdf",
    deskHandler(deps, async (c) => {
      const id = c.req.param("id") ?? "";
      if (!BRIEFING_ID_PATTERN.test(id)) throw new NotFoundError("Briefing", id);
      const manifest = await deps.briefings.getManifest(id);
      if (manifest && manifest.pdf.bytes > deps.pdfRedirectBytes) {
        c.header("cache-control", "no-store");
        return c.redirect(await deps.briefings.pdfDownloadUrl(id, manifest.pdf.fileName, 300), 303);
      }
      const stored = manifest ? await deps.briefings.openPdf(id) : null;
      if (!manifest || !stored) throw new NotFoundError("Briefing", id);
      return c.body(stored.body, 200, {
        "content-type": "application/pdf",
        "content-length": String(stored.bytes),
        "content-disposition": `inline; filename="${manifest.pdf.fileName}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      });
    }),
  );
}

const BriefingList: FC<{
  session: DeskSession;
  items: BriefingManifest[];
  nextCursor: string | null;
  first: boolean;
}> = ({ session, items, nextCursor, first }) => (
  <Page title="Briefings" session={session} nav="briefings">
    <h1>Briefings</h1>
    <p class="lede">
      Newest first. Open one for its judgments, factors and conflicts; the PDF is one click away.
    </p>
    {items.length === 0 ? (
      <p class="empty">No briefings yet.</p>
    ) : (
      <table>
        <thead>
          <tr>
            <th scope="col">Briefing</th>
            <th scope="col">Theme</th>
            <th scope="col">Judgments</th>
            <th scope="col" class="num">
              Articles
            </th>
            <th scope="col">Created</th>
            <th scope="col">PDF</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr>
              <td>
                <a href={`/desk/briefings/${m.id}`}>{m.title}</a>
              </td>
              <td class="mono">{m.theme}</td>
              <td>
                {m.judgments
                  .map((j) =>
                    j.probability === null ? "no judgment" : `${j.likelihood} (${pct(j.probability)})`,
                  )
                  .join("; ")}
              </td>
              <td class="num">{m.articleIds.length}</td>
              <td class="num meta">{when(m.createdAt)}</td>
              <td>
                <a href={`/desk/briefings/${m.id}/pdf`}>PDF, {m.pdf.pages} pages</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    {(!first || nextCursor) && (
      <nav class="pager" aria-label="Pages">
        {!first && <a href="/desk/briefings">Newest</a>}
        {nextCursor && (
          <a href={`/desk/briefings?cursor=${encodeURIComponent(nextCursor)}`}>Older briefings</a>
        )}
      </nav>
    )}
  </Page>
);

const Judgment: FC<{ j: JudgmentResult; factors: Map<string, FactorResult> }> = ({ j, factors }) => (
  <div class="judgment">
    <p class="statement">{j.statement.charAt(0).toUpperCase() + j.statement.slice(1)}</p>
    {j.probability === null ? (
      <p class="gap">No judgment: the reporting does not address this question.</p>
    ) : (
      <p class="estimate">
        <span class="likelihood">{j.likelihood}</span>
        <span class="prob">{pct(j.probability)}</span>
        {j.range && <span class="meta">({j.range})</span>}
        {j.confidence && <span class="confidence">· {j.confidence.level} confidence</span>}
        <span class="meta">
          · {j.sources} source{j.sources === 1 ? "" : "s"}
          {j.newest ? `, newest ${j.newest}` : ""}
          {j.stale ? ", stale" : ""}
        </span>
      </p>
    )}
    {j.reasons.length > 0 && (
      <ul class="reasons">
        {j.reasons.map((r) => (
          <li>{r}</li>
        ))}
      </ul>
    )}
    {j.confidence && j.confidence.reasons.length > 0 && (
      <p class="meta">Confidence: {j.confidence.reasons.join("; ")}</p>
    )}
    {j.factors.some((f) => Math.abs(f.effect) >= 0.005) && (
      <p class="meta">
        Factors that moved it:{" "}
        {j.factors
          .filter((f) => Math.abs(f.effect) >= 0.005)
          .map(
            (f) => `${factors.get(f.id)?.label ?? f.id} (${f.effect >= 0 ? "+" : ""}${f.effect.toFixed(2)})`,
          )
          .join(", ")}
      </p>
    )}
  </div>
);

const BriefingPage: FC<{
  session: DeskSession;
  manifest: BriefingManifest;
  assessment: Assessment;
  themeTitle: string;
}> = ({ session, manifest, assessment, themeTitle }) => {
  const factors = new Map(assessment.factors.map((f) => [f.id, f]));
  const titles = new Map(assessment.sources.map((s) => [s.articleId, s.title]));
  return (
    <Page
      title={manifest.title}
      session={session}
      nav="briefings"
      crumbs={[["/desk/briefings", "Briefings"]]}
    >
      <div class="toolbar">
        <div>
          <h1>{manifest.title}</h1>
          <p class="meta">
            {themeTitle === manifest.title ? manifest.theme : themeTitle} · as of {assessment.briefingDate} ·
            horizon {assessment.horizonDays} days · created {when(manifest.createdAt)}
            {assessment.stale ? " · the newest relevant reporting is older than the horizon" : ""}
          </p>
        </div>
        <span class="spacer" />
        <a class="button" href={`/desk/briefings/${manifest.id}/pdf`}>
          Open the PDF ({manifest.pdf.pages} pages)
        </a>
      </div>

      <section class="panel" aria-labelledby="judgments-h">
        <h2 id="judgments-h">Key judgments</h2>
        {assessment.judgments.map((j) => (
          <Judgment j={j} factors={factors} />
        ))}
      </section>

      <div class="cols">
        <section class="panel" aria-labelledby="factors-h">
          <h2 id="factors-h">Factors and their evidence</h2>
          {assessment.factors.map((f) => (
            <div class="factor">
              <h3>
                <span class={`role role-${f.role}`}>{f.role}</span>
                {f.label}
                <span class="meta num">
                  effect {f.effect >= 0 ? "+" : ""}
                  {f.effect.toFixed(2)} · {f.sources} source{f.sources === 1 ? "" : "s"}
                  {f.corroborated ? " · corroborated" : ""}
                </span>
              </h3>
              {f.gap && <p class="gap">{f.gap}</p>}
              {f.evidence.map((e) => (
                <blockquote class="cite">
                  {e.sentenceText}
                  <footer>
                    {e.source} {e.grade} · {e.date ?? "undated"} · pushes {e.pushes}
                    {e.modality !== "asserted" ? ` · ${e.modality}` : ""} · weight {e.weight.toFixed(2)} ·{" "}
                    <a href={`/desk/articles/${e.articleId}`}>{titles.get(e.articleId) ?? e.articleId}</a>,
                    sentence {e.sentence + 1}
                  </footer>
                </blockquote>
              ))}
            </div>
          ))}
        </section>

        <div>
          <section class="panel" aria-labelledby="conflicts-h">
            <h2 id="conflicts-h">Conflicts ({assessment.conflicts.length})</h2>
            {assessment.conflicts.length === 0 ? (
              <p class="empty">The sources do not contradict each other on any point the theme weighs.</p>
            ) : (
              assessment.conflicts.map((k) => (
                <div class="factor">
                  <h3>
                    {k.topic} <span class="meta">({k.kind})</span>
                  </h3>
                  {k.claims.map((cl) => (
                    <blockquote class="cite">
                      {cl.text}
                      <footer>
                        {cl.source} {cl.grade} · {cl.date ?? "undated"} · {cl.stance}
                        {cl.value !== undefined ? ` ${cl.value}` : ""}
                      </footer>
                    </blockquote>
                  ))}
                  <p>{k.analysis}</p>
                </div>
              ))
            )}
          </section>

          <section class="panel" aria-labelledby="sources-h">
            <h2 id="sources-h">Sources</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Grade</th>
                  <th scope="col">Used</th>
                </tr>
              </thead>
              <tbody>
                {assessment.sources.map((s) => (
                  <tr>
                    <td>
                      <a href={`/desk/articles/${s.articleId}`}>{s.title}</a>
                      <div class="meta">{s.publishedAt ?? "undated"}</div>
                    </td>
                    <td>{s.source}</td>
                    <td title={s.reason}>{s.reliability}</td>
                    <td>{s.used ? "yes" : "no"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {assessment.unused.length > 0 && (
              <ul class="reasons">
                {assessment.unused.map((u) => (
                  <li>
                    {titles.get(u.articleId) ?? u.articleId}: {u.reason}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </Page>
  );
};
