/** A minimal HTML page around `body`, for printing tests. */
export const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

/** A print job for `html` with empty running header and footer. */
export const job = (html: string, deadlineMs = 30_000) => ({
  html,
  headerHtml: "<span></span>",
  footerHtml: "<span></span>",
  deadlineMs,
});
