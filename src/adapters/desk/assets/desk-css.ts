/**
 * The desk's one stylesheet, served by the app at /desk/assets/desk.<hash>.css (no build step, no
 * CDN). A TypeScript string so the Lambda bundle carries it without copying files.
 */
export const DESK_CSS = `
:root {
  --ink: #1b1f24;
  --muted: #4f5862;
  --line: #d4d9de;
  --line-soft: #e7eaee;
  --paper: #ffffff;
  --ground: #f5f6f8;
  --accent: #1d4e89;
  --accent-ink: #ffffff;
  --danger: #9b1c1c;
  --ok: #1f6b3a;
  --warn-bg: #fff6db;
  --focus: #d97706;
  --person: #dbe9ff;
  --organization: #e6dcff;
  --place: #d8f3e3;
  --facility: #ffe4cc;
  --event: #2160b0;
  --threat: #b42318;
  --countermeasure: #1f7a45;
  --quantity: #7a3db8;
  --quote: #fdf0c2;
  font-size: 15px;
}
* { box-sizing: border-box; }
html { background: var(--ground); color: var(--ink); }
body {
  margin: 0;
  font-family: "IBM Plex Sans", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.45;
}
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 6px 10px; }
.skip:focus { left: 8px; z-index: 10; }

.masthead {
  display: flex; align-items: center; gap: 28px;
  background: #14212f; color: #f2f4f7; padding: 0 24px; height: 48px;
  border-bottom: 3px solid var(--accent);
}
.masthead .brand { font-weight: 600; letter-spacing: .02em; color: #f2f4f7; text-decoration: none; }
.masthead .brand small { font-weight: 400; color: #b9c3cf; margin-left: 6px; }
.masthead nav ul { display: flex; gap: 4px; list-style: none; margin: 0; padding: 0; }
.masthead nav a {
  display: block; padding: 13px 12px 11px; color: #dfe5ec; text-decoration: none;
  border-bottom: 3px solid transparent; margin-bottom: -3px;
}
.masthead nav a:hover { color: #fff; background: #1d2d3f; }
.masthead nav a[aria-current="page"] { color: #fff; border-bottom-color: #f2f4f7; }
.masthead .who { margin-left: auto; display: flex; align-items: center; gap: 12px; color: #c6cfd9; font-size: 13px; }
.masthead .who form { margin: 0; }
.masthead .who button { background: transparent; color: #e6ebf1; border: 1px solid #52637a; padding: 3px 10px; font-size: 13px; }
.masthead .who button:hover { background: #24364b; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 3px; font-size: 12px; border: 1px solid currentColor; }

main { max-width: 1280px; margin: 0 auto; padding: 20px 24px 48px; }
h1 { font-size: 22px; font-weight: 600; margin: 4px 0 4px; letter-spacing: -.005em; }
h2 { font-size: 16px; font-weight: 600; margin: 24px 0 8px; text-transform: none; }
h3 { font-size: 14px; font-weight: 600; margin: 16px 0 6px; }
.lede { color: var(--muted); margin: 0 0 16px; }
.crumbs { font-size: 13px; color: var(--muted); margin: 0 0 2px; }
.crumbs a { color: var(--muted); }
.meta { color: var(--muted); font-size: 13px; }
.num { font-variant-numeric: tabular-nums; }
.mono { font-family: "IBM Plex Mono", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }

.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 4px; padding: 16px 18px; margin-bottom: 16px; overflow-x: auto; }
.panel:has(.article-text) { overflow: visible; }
.panel > h2:first-child, .panel > h3:first-child { margin-top: 0; }
.cols { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr); gap: 16px; align-items: start; }
.cols.even { grid-template-columns: 1fr 1fr; }
@media (max-width: 980px) { .cols, .cols.even { grid-template-columns: 1fr; } }

table { border-collapse: collapse; width: 100%; background: var(--paper); font-size: 14px; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line-soft); vertical-align: top; }
thead th { font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; border-bottom: 1px solid var(--line); background: #fafbfc; }
tbody tr:hover { background: #f7f9fb; }
td.actions { white-space: nowrap; width: 1%; }
td.actions form { display: inline-flex; gap: 4px; align-items: center; margin: 0 4px 0 0; }
caption { text-align: left; font-weight: 600; padding: 0 0 6px; }

form.stack { display: grid; gap: 12px; max-width: 760px; }
.row { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; }
label { display: block; font-size: 13px; font-weight: 600; margin-bottom: 3px; }
.hint { font-weight: 400; color: var(--muted); font-size: 12.5px; }
input[type="text"], input[type="password"], input[type="date"], input[type="url"], input[type="search"], select, textarea {
  width: 100%; font: inherit; font-size: 14px; color: var(--ink); background: #fff;
  border: 1px solid #8a949e; border-radius: 3px; padding: 5px 8px;
}
textarea { min-height: 220px; resize: vertical; line-height: 1.5; }
input[type="file"] { font: inherit; font-size: 13px; }
td input[type="text"], td select { width: auto; min-width: 0; max-width: 16em; padding: 2px 4px; font-size: 13px; }
button, .button {
  display: inline-block; font: inherit; font-size: 14px; font-weight: 600; line-height: 1.3;
  border-radius: 3px; padding: 6px 14px; cursor: pointer; text-decoration: none;
  background: var(--accent); color: var(--accent-ink); border: 1px solid var(--accent);
}
button:hover, .button:hover { background: #163d6c; }
button.secondary, .button.secondary { background: #fff; color: var(--accent); border-color: #8aa1bd; }
button.secondary:hover, .button.secondary:hover { background: #eef3f9; }
button.small, .button.small { font-size: 12.5px; padding: 2px 9px; font-weight: 500; }
button.danger { background: #fff; color: var(--danger); border-color: #d9a3a3; }
button.danger:hover { background: #fbeeee; }
.toolbar { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; margin: 8px 0 14px; }
.toolbar .spacer { flex: 1; }

.flash { border-left: 4px solid var(--accent); background: #eef3f9; padding: 8px 12px; margin: 0 0 14px; }
.flash.error { border-left-color: var(--danger); background: #fbeeee; }
.flash.ok { border-left-color: var(--ok); background: #eaf5ee; }
.flash ul { margin: 4px 0 0; padding-left: 18px; }
.empty { color: var(--muted); font-style: italic; }
.pager { display: flex; gap: 12px; margin-top: 12px; }

/* Sign-in */
.signin { max-width: 420px; margin: 64px auto; }
.signin h1 { margin-bottom: 4px; }

/* Article text with its facts */
.article-text { white-space: pre-wrap; font-family: "Source Serif 4", Georgia, "Times New Roman", serif; font-size: 16.5px; line-height: 1.75; max-width: 72ch; }
.article-text p { margin: 0 0 .9em; }
.article-text .s { scroll-margin-top: 60px; }
mark { background: transparent; color: inherit; position: relative; border-radius: 2px; }
mark[tabindex] { cursor: help; }
mark.ent { padding: 0 1px; }
mark.ent-person { background: var(--person); }
mark.ent-organization { background: var(--organization); }
mark.ent-place { background: var(--place); }
mark.ent-facility { background: var(--facility); }
mark.quote { background: var(--quote); }
mark.fact { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 4px; }
mark.fact-event { text-decoration-color: var(--event); }
mark.fact-threat { text-decoration-color: var(--threat); text-decoration-style: wavy; text-decoration-thickness: 1.5px; }
mark.fact-countermeasure { text-decoration-color: var(--countermeasure); text-decoration-style: double; }
mark.fact-quantity { text-decoration-color: var(--quantity); text-decoration-style: dotted; text-decoration-thickness: 3px; }
mark .tip {
  display: none; position: absolute; left: 0; top: calc(100% + 6px); z-index: 20; width: 340px;
  background: #14212f; color: #f2f4f7; border-radius: 4px; padding: 8px 10px;
  font-family: "IBM Plex Sans", "Segoe UI", system-ui, sans-serif; font-size: 13px; line-height: 1.4;
  font-style: normal; text-decoration: none; box-shadow: 0 4px 14px rgba(0, 0, 0, .25); white-space: normal;
}
mark:focus > .tip, mark:hover:not(:has(mark:hover)) > .tip { display: block; }
mark:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
.tip b { color: #fff; }
.tip dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 4px 0 0; }
.tip dt { color: #b9c3cf; }
.tip dd { margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 12.5px; color: var(--muted); margin: 0 0 12px; padding: 0; list-style: none; }
.legend mark { padding: 0 4px; color: var(--ink); }
.swatch-count { color: var(--muted); }

/* Diff */
.diff td.before { color: var(--danger); }
.diff td.after { color: var(--ok); }
.diff .op { font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
.op-added { color: var(--ok); }
.op-removed { color: var(--danger); }
.op-changed { color: #8a5a00; }

/* Briefings */
.judgment { border-top: 1px solid var(--line-soft); padding: 12px 0; }
.judgment:first-of-type { border-top: 0; padding-top: 0; }
.judgment p.statement { font-weight: 600; margin: 0 0 6px; }
.estimate { display: flex; gap: 10px; flex-wrap: wrap; align-items: baseline; font-size: 14px; }
.likelihood { font-weight: 600; color: var(--accent); }
.prob { font-variant-numeric: tabular-nums; font-weight: 600; }
.scale { position: relative; height: 10px; width: 260px; border-radius: 2px; background: linear-gradient(90deg, #e6eaef, #c7d3e3); border: 1px solid var(--line); }
.confidence { color: var(--muted); }
.reasons { margin: 6px 0 0; padding-left: 18px; color: var(--ink); font-size: 14px; }
.factor { border-top: 1px solid var(--line-soft); padding: 10px 0; }
.factor h3 { margin: 0 0 4px; display: flex; gap: 8px; align-items: baseline; }
.role { font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; padding: 1px 6px; border-radius: 3px; }
.role-driver { background: #fbeeee; color: var(--danger); }
.role-mitigator { background: #eaf5ee; color: var(--ok); }
blockquote.cite { margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--line); font-family: "Source Serif 4", Georgia, serif; font-size: 15px; }
blockquote.cite footer { font-family: "IBM Plex Sans", system-ui, sans-serif; font-size: 12.5px; color: var(--muted); }
.gap { color: var(--muted); font-style: italic; }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0; font-size: 14px; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; }
`;
