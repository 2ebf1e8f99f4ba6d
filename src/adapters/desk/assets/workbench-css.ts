/** The workbench and schedule pages' additions to the desk's stylesheet (served with it, one file). */
export const WORKBENCH_CSS = `
/* Workbench */
.field { margin-bottom: 10px; }
.field label { display: block; }
.fields3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; }
@media (max-width: 760px) { .fields3 { grid-template-columns: 1fr; } }
fieldset { border: 1px solid var(--line); border-radius: 4px; padding: 8px 12px 10px; margin: 0; }
legend { font-size: 13px; font-weight: 600; padding: 0 4px; }
ul.checklist { list-style: none; margin: 0; padding: 0; max-height: 260px; overflow: auto; }
ul.checklist li { padding: 3px 0; }
ul.checklist label { font-weight: 400; font-size: 14px; display: inline; }
.inline-form { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; margin-top: 8px; }
.inline-form label, .steer label { margin: 0; font-size: 12.5px; }
.inline-form input[type="number"] { width: 5.5em; font: inherit; font-size: 14px; padding: 4px 6px; border: 1px solid #8a949e; border-radius: 3px; }
.inline-form input[type="text"] { width: auto; flex: 1 1 220px; }
.inline-form select, .steer select { width: auto; max-width: 320px; }
ul.evidence { list-style: none; margin: 6px 0 0; padding: 0; }
ul.evidence > li { padding: 8px 0; border-top: 1px dashed var(--line-soft); font-size: 14px; }
ul.evidence q { font-family: "Source Serif 4", Georgia, serif; font-size: 15px; }
ul.evidence q strong { background: #fdf0c2; font-weight: 600; }
.steer { display: flex; flex-wrap: wrap; gap: 6px 18px; margin-top: 6px; }
.steer form { display: flex; gap: 6px; align-items: center; }
.badge.analyst { color: #7a4a00; background: #fff6db; margin-left: 6px; }
.override-note { border-left: 3px solid #b8860b; background: #fffaf0; padding: 4px 10px; margin: 6px 0; font-size: 14px; }
.excluded { font-size: 13px; color: var(--muted); }
a.undo { font-size: 13px; margin-left: 4px; }
.conflict h3 { font-size: 15px; margin: 10px 0 4px; }
.conflict ul { margin: 0; padding-left: 18px; font-size: 14px; }

/* Schedules */
figure.probability-chart { margin: 0; overflow-x: auto; }
figure.probability-chart svg { width: 100%; max-width: 900px; height: auto; }
details.run-changes { margin-top: 10px; }
details.run-changes summary { cursor: pointer; font-weight: 600; font-size: 14px; }
table.changes caption { text-align: left; font-weight: 600; padding: 6px 0; }
.toolbar form { display: inline-block; margin-right: 8px; }
`;
