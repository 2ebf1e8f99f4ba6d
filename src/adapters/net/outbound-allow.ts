/**
 * The outbound allow-list (SB_OUTBOUND_ALLOW): "host:port" entries that may be reached even though
 * they resolve to a blocked address, for the test suite's own fixture servers on loopback. An entry
 * names one host exactly as the URL parser writes it and one port; nothing wider.
 */

/** The allow-list key of a URL: its hostname as the URL parser writes it, and its port. */
export function allowKey(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname}:${port}`;
}

/** One entry, normalised the way allowKey writes a URL ("127.1:80" → "127.0.0.1:80"); throws when malformed. */
export function normalizeAllowEntry(entry: string): string {
  const text = entry.trim();
  const match = /^(.+):(\d{1,5})$/.exec(text);
  const port = match ? Number(match[2]) : Number.NaN;
  if (!match || port < 1 || port > 65535) {
    throw new Error(`'${text}' is not host:port (e.g. 127.0.0.1:8080 or [::1]:8080)`);
  }
  let url: URL;
  try {
    url = new URL(`http://${match[1]}:${port}/`);
  } catch {
    throw new Error(`'${text}' does not name a host`);
  }
  if (url.username || url.password || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(`'${text}' is not host:port`);
  }
  return `${url.hostname}:${port}`;
}

/** A comma-separated list of entries, as the setting holds it; empty means none. */
export function parseOutboundAllow(raw: string): string[] {
  return raw
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)
    .map(normalizeAllowEntry);
}
