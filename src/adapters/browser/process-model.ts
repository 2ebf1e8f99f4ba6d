/**
 * How Chromium lays out its processes (CHROMIUM_PROCESS_MODEL):
 * - `single`: @sparticuz/chromium's default, browser and renderers in one process. One renderer
 *   main thread serves every page, so two prints at once barely go faster than one; and the
 *   process keeps about 10 MB of every print until it exits. It is what Lambda runs (one request
 *   per sandbox), where @sparticuz/chromium restored it after launches failed without it.
 * - `multi`: a renderer process per page, so prints run in parallel on several cores, and a
 *   page's memory is returned when its renderer exits. Still no zygote and no GPU process.
 *
 * Its own module, free of Chromium, so the settings can name it without loading the browser.
 */
export type ProcessModel = "single" | "multi";

export const PROCESS_MODELS: readonly ProcessModel[] = ["single", "multi"];
