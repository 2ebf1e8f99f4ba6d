import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESK_ASSETS } from "../../src/adapters/desk/assets.js";
import { corpusText } from "../support/corpus.js";
import { DESK_KEYS, deskApiKeys } from "../support/desk.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * The desk's sign-in, session and CSRF rules, over the real app and store (requests go to the
 * app in process, addressed to a loopback origin as a browser on the same machine would send them).
 */
let stack: TestStack;
let open: TestStack;
const ORIGIN = "http://127.0.0.1:8787";

beforeAll(async () => {
  [stack, open] = await Promise.all([startStack({ API_KEYS: deskApiKeys() }), startStack()]);
});
afterAll(async () => {
  await Promise.all([stack?.close(), open?.close()]);
});

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] as string)
    .find((c) => c.startsWith(`${name}=`));
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
const form = (fields: Record<string, string>) => ({
  "content-type": "application/x-www-form-urlencoded",
  body: new URLSearchParams(fields).toString(),
});

async function signIn(s: TestStack, key: string): Promise<{ cookie: string; csrf: string }> {
  const page = await s.app.request(`${ORIGIN}/desk/sign-in`);
  const pre = cookieOf(page, "desk_pre") as string;
  const { body, ...type } = form({ _csrf: csrfIn(await page.text()), key, next: "/desk/articles" });
  const res = await s.app.request(`${ORIGIN}/desk/sign-in`, {
    method: "POST",
    headers: { ...type, origin: ORIGIN, cookie: pre },
    body,
  });
  expect(res.status).toBe(303);
  const cookie = cookieOf(res, "desk") as string;
  const articles = await s.app.request(`${ORIGIN}/desk/articles`, { headers: { cookie } });
  return { cookie, csrf: csrfIn(await articles.text()) };
}

function post(s: TestStack, path: string, fields: Record<string, string>, headers: Record<string, string>) {
  const { body, ...type } = form(fields);
  return s.app.request(`${ORIGIN}${path}`, { method: "POST", headers: { ...type, ...headers }, body });
}

const reference = {
  title: "Iraq fortifies its Syrian border after the fall of Assad",
  text: corpusText(),
  source: "Al-Hurra",
  tags: "iraq, syria",
};

describe("desk sign-in and sessions", () => {
  it("sends a browser without a session to sign-in, and refuses a wrong key", async () => {
    const res = await stack.app.request(`${ORIGIN}/desk/articles`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/desk/sign-in?next=%2Fdesk%2Farticles");

    const page = await stack.app.request(`${ORIGIN}/desk/sign-in`);
    const pre = cookieOf(page, "desk_pre") as string;
    const wrong = await post(
      stack,
      "/desk/sign-in",
      { _csrf: csrfIn(await page.text()), key: "not-a-key" },
      { origin: ORIGIN, cookie: pre },
    );
    expect(wrong.status).toBe(401);
    expect(cookieOf(wrong, "desk")).toBeUndefined();
  });

  it("refuses a sign-in posted from another site or without the form's token", async () => {
    const page = await stack.app.request(`${ORIGIN}/desk/sign-in`);
    const pre = cookieOf(page, "desk_pre") as string;
    const token = csrfIn(await page.text());
    const elsewhere = await post(
      stack,
      "/desk/sign-in",
      { _csrf: token, key: DESK_KEYS.write },
      { origin: "https://evil.example", cookie: pre },
    );
    expect(elsewhere.status).toBe(403);
    const noToken = await post(
      stack,
      "/desk/sign-in",
      { key: DESK_KEYS.write },
      { origin: ORIGIN, cookie: pre },
    );
    expect(noToken.status).toBe(403);
    expect(cookieOf(noToken, "desk")).toBeUndefined();
  });

  it("issues an HttpOnly, SameSite=Strict, expiring cookie (Secure off loopback) that opens the desk but no API route", async () => {
    const page = await stack.app.request(`${ORIGIN}/desk/sign-in`);
    const pre = cookieOf(page, "desk_pre") as string;
    const { body, ...type } = form({ _csrf: csrfIn(await page.text()), key: DESK_KEYS.write });
    const res = await stack.app.request(`${ORIGIN}/desk/sign-in`, {
      method: "POST",
      headers: { ...type, origin: ORIGIN, cookie: pre },
      body,
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith("desk=")) as string;
    expect(set).toMatch(/; HttpOnly/);
    expect(set).toMatch(/; SameSite=Strict/);
    expect(set).toMatch(/; Max-Age=28800/);
    expect(set).not.toMatch(/Secure/);
    expect(set).not.toContain(DESK_KEYS.write);
    const cookie = set.split(";")[0] as string;

    const desk = await stack.app.request(`${ORIGIN}/desk/articles`, { headers: { cookie } });
    expect(desk.status).toBe(200);
    const api = await stack.app.request(`${ORIGIN}/v1/articles`, { headers: { cookie } });
    expect(api.status).toBe(401);

    // Off loopback (as behind the AWS front door), the cookie is Secure and __Host- prefixed.
    const remote = "https://desk.example.org";
    const rpage = await stack.app.request(`${remote}/desk/sign-in`);
    const rpre = cookieOf(rpage, "desk_pre") as string;
    const { body: rbody, ...rtype } = form({ _csrf: csrfIn(await rpage.text()), key: DESK_KEYS.write });
    const secure = await stack.app.request(`${remote}/desk/sign-in`, {
      method: "POST",
      headers: { ...rtype, origin: remote, cookie: rpre },
      body: rbody,
    });
    const secureCookie = secure.headers.getSetCookie().find((c) => c.startsWith("__Host-desk=")) as string;
    expect(secureCookie).toMatch(/; Secure/);
    expect(secureCookie).toMatch(/; Path=\//);
  });

  it("refuses a forged or tampered cookie", async () => {
    const { cookie } = await signIn(stack, DESK_KEYS.read);
    const [name, value] = cookie.split("=") as [string, string];
    const [body, sig] = value.split(".") as [string, string];
    const payload = JSON.parse(Buffer.from(body, "base64url").toString()) as Record<string, unknown>;
    const longer = Buffer.from(JSON.stringify({ ...payload, exp: (payload.exp as number) + 86400 })).toString(
      "base64url",
    );
    for (const forged of [
      `${name}=${longer}.${sig}`,
      `${name}=${body}.${"A".repeat(sig.length)}`,
      `${name}=x`,
    ]) {
      const res = await stack.app.request(`${ORIGIN}/desk/articles`, { headers: { cookie: forged } });
      expect(res.status, forged).toBe(303);
    }
  });
});

describe("desk writes", () => {
  it("stores an article from the form, with CSRF token and same origin, and refuses it without either (storing nothing)", async () => {
    const { cookie, csrf } = await signIn(stack, DESK_KEYS.write);
    const before = await stack.keys();
    const noToken = await post(stack, "/desk/articles", reference, { origin: ORIGIN, cookie });
    expect(noToken.status).toBe(403);
    const wrongToken = await post(
      stack,
      "/desk/articles",
      { ...reference, _csrf: `${csrf.slice(1)}A` },
      { origin: ORIGIN, cookie },
    );
    expect(wrongToken.status).toBe(403);
    const crossSite = await post(
      stack,
      "/desk/articles",
      { ...reference, _csrf: csrf },
      { origin: "https://evil.example", cookie },
    );
    expect(crossSite.status).toBe(403);
    const noOrigin = await post(stack, "/desk/articles", { ...reference, _csrf: csrf }, { cookie });
    expect(noOrigin.status).toBe(403);
    expect(await stack.keys()).toEqual(before);

    const bad = await post(
      stack,
      "/desk/articles",
      { ...reference, title: "", tags: "Not A Tag!", _csrf: csrf },
      { origin: ORIGIN, cookie },
    );
    expect(bad.status).toBe(400);
    const badPage = await bad.text();
    expect(badPage).toContain("Title:");
    expect(badPage).toContain("Tags:");
    // The text typed is given back, escaped, so nothing is lost.
    expect(badPage).toContain("Many defense lines");
    expect(await stack.keys()).toEqual(before);

    const ok = await post(stack, "/desk/articles", { ...reference, _csrf: csrf }, { origin: ORIGIN, cookie });
    expect(ok.status).toBe(303);
    const id = /\/desk\/articles\/([0-9a-f]{16})\?notice=stored/.exec(ok.headers.get("location") ?? "")?.[1];
    expect(id).toBeDefined();
    expect(await stack.keys()).toEqual(
      expect.arrayContaining([`articles/${id}/article.json`, `articles/${id}/facts.json`]),
    );
  });

  it("refuses a read key's correction even with a valid token, and shows it no write controls", async () => {
    const writer = await signIn(stack, DESK_KEYS.write);
    const stored = await post(
      stack,
      "/desk/articles",
      { ...reference, _csrf: writer.csrf },
      { origin: ORIGIN, cookie: writer.cookie },
    );
    const id = /\/desk\/articles\/([0-9a-f]{16})/.exec(stored.headers.get("location") ?? "")?.[1] as string;

    const reader = await signIn(stack, DESK_KEYS.read);
    const page = await (
      await stack.app.request(`${ORIGIN}/desk/articles/${id}`, { headers: { cookie: reader.cookie } })
    ).text();
    expect(page).toContain("read only");
    expect(page).not.toContain("/facts/set-date");
    expect(page).not.toContain('href="/desk/articles/new"');
    const before = await stack.keys();
    const res = await post(
      stack,
      `/desk/articles/${id}/facts/set-date`,
      { _csrf: reader.csrf, base: "0", fact: "f1", date: "2025-01-01" },
      { origin: ORIGIN, cookie: reader.cookie },
    );
    expect(res.status).toBe(403);
    expect(await stack.keys()).toEqual(before);
  });

  it("refuses a correction made on a version that is no longer the newest, and stores nothing", async () => {
    const { cookie, csrf } = await signIn(stack, DESK_KEYS.write);
    const stored = await post(
      stack,
      "/desk/articles",
      { ...reference, _csrf: csrf },
      { origin: ORIGIN, cookie },
    );
    const id = /\/desk\/articles\/([0-9a-f]{16})/.exec(stored.headers.get("location") ?? "")?.[1] as string;
    const facts = (await (
      await stack.app.request(`/v1/articles/${id}/facts`, {
        headers: { authorization: `Bearer ${DESK_KEYS.write}` },
      })
    ).json()) as { version: number; facts: { facts: { id: string }[] } };
    const fact = facts.facts.facts[0]?.id as string;
    const base = String(facts.version);
    const first = await post(
      stack,
      `/desk/articles/${id}/facts/set-date`,
      { _csrf: csrf, base, fact, date: "2025-01-09" },
      { origin: ORIGIN, cookie },
    );
    expect(first.status).toBe(303);
    const before = await stack.keys();
    const stale = await post(
      stack,
      `/desk/articles/${id}/facts/set-date`,
      { _csrf: csrf, base, fact, date: "2025-01-08" },
      { origin: ORIGIN, cookie },
    );
    expect(stale.status).toBe(412);
    expect(await stack.keys()).toEqual(before);
  });
});

describe("desk pages", () => {
  it("carry a strict CSP and no inline script or style; assets are the app's own, cached by content hash", async () => {
    const { cookie } = await signIn(stack, DESK_KEYS.write);
    for (const path of ["/desk/sign-in", "/desk/articles", "/desk/articles/new", "/desk/briefings"]) {
      // Sign-in is seen without a session (with one, it sends the browser on).
      const headers: Record<string, string> = path === "/desk/sign-in" ? {} : { cookie };
      const res = await stack.app.request(`${ORIGIN}${path}`, { headers });
      expect(res.status, path).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      for (const directive of [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
      ]) {
        expect(csp, path).toContain(directive);
      }
      const html = await res.text();
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).not.toMatch(/\sstyle=|<style\b|\son[a-z]+=/i);
      expect(html, path).not.toMatch(/https?:\/\//);
    }
    for (const asset of Object.values(DESK_ASSETS)) {
      const res = await stack.app.request(`${ORIGIN}${asset.url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("content-type")).toBe(asset.type);
    }
    expect(
      (await stack.app.request(`${ORIGIN}/desk/assets/desk.000000000000.css`, { headers: { cookie } }))
        .status,
    ).toBe(404);
  });

  it("open without sign-in when the service has no keys (loopback only)", async () => {
    const res = await open.app.request(`${ORIGIN}/desk/articles`);
    expect(res.status).toBe(200);
    expect(cookieOf(res, "desk")).toBeDefined();
    expect(await res.text()).toContain('href="/desk/articles/new"');
    const signIn = await open.app.request(`${ORIGIN}/desk/sign-in`);
    expect(signIn.status).toBe(303);
  });
});
