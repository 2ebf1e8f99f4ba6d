/**
 * The bench's peer (jsreport chrome-pdf) pulls in full `puppeteer`, whose install would download
 * a browser. Nothing here may download one: every use runs the Chromium of @sparticuz/chromium.
 */
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  "chrome-headless-shell": { skipDownload: true },
  firefox: { skipDownload: true },
};
