import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleIdFor } from "../../src/core/articles/article.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * What text the service takes: NUL, unpaired surrogates and control characters are refused with
 * a 400 naming the field; everything taken is stored in Unicode NFC. Bodies are written by hand
 * where it matters: JSON.parse accepts "\ud800" and "\u0000" escapes.
 */

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const postRaw = (body: string, path = "/v1/articles", contentType = "application/json") =>
  stack.app.request(path, { method: "POST", headers: { "content-type": contentType }, body });

const TEXT = "Militants attacked a checkpoint near Al-Qaim on Sunday, the border guard said.";

async function expectRefused(res: Response, path: string, message: RegExp) {
  expect(res.status).toBe(400);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const problem = (await res.json()) as { detail: string; errors: { path: string; message: string }[] };
  expect(problem.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  expect(problem.detail).toContain(path);
  return problem;
}

describe("input rules for article text", () => {
  it("refuses NUL in the title, source and text, naming the field", async () => {
    await expectRefused(
      await postRaw(`{"title":"Border\\u0000 report","text":${JSON.stringify(TEXT)}}`),
      "title",
      /^contains a NUL character$/,
    );
    await expectRefused(
      await postRaw(`{"title":"Border report","source":"Reu\\u0000ters","text":${JSON.stringify(TEXT)}}`),
      "source",
      /^contains a NUL character$/,
    );
    await expectRefused(
      await postRaw(`{"title":"Border report","text":"Militants\\u0000 attacked"}`),
      "text",
      /^contains a NUL character/,
    );
  });

  it("refuses unpaired surrogates (high or low, anywhere) and keeps real pairs", async () => {
    for (const title of ["\\ud800", "Camp \\udfff report", "ends high \\ud83d"]) {
      await expectRefused(
        await postRaw(`{"title":"${title}","text":${JSON.stringify(TEXT)}}`),
        "title",
        /^contains an unpaired surrogate$/,
      );
    }
    await expectRefused(
      await postRaw(`{"title":"Camp","text":"The camp \\udc00 was calm."}`),
      "text",
      /^contains an unpaired surrogate$/,
    );
    const ok = await postRaw(`{"title":"Camp \\ud83d\\udea8 alert","text":${JSON.stringify(TEXT)}}`);
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { title: string }).title).toBe("Camp \u{1F6A8} alert");
  });

  it("refuses other control characters in titles and sources too, but not tab and newline in text", async () => {
    await expectRefused(
      await postRaw(`{"title":"Bell \\u0007 report","text":${JSON.stringify(TEXT)}}`),
      "title",
      /control character/,
    );
    await expectRefused(
      await postRaw(`{"title":"Report","source":"Esc\\u001bape","text":${JSON.stringify(TEXT)}}`),
      "source",
      /control character/,
    );
    const ok = await postRaw(JSON.stringify({ title: "Tabbed report", text: `${TEXT}\n\tSecond line.\r\n` }));
    expect(ok.status).toBe(201);
  });

  it("refuses them in the title given in the query of a text/plain post", async () => {
    await expectRefused(
      await postRaw(TEXT, "/v1/articles?title=Border%00report", "text/plain"),
      "title",
      /^contains a NUL character$/,
    );
  });

  it("refuses them in an inline article of a briefing request, before any work", async () => {
    const before = await stack.keys();
    await expectRefused(
      await postRaw(
        `{"theme":"isis-prison-escape","article":{"title":"Camp \\ud800","text":${JSON.stringify(TEXT)}}}`,
        "/v1/briefings",
      ),
      "article.title",
      /^contains an unpaired surrogate$/,
    );
    expect(await stack.keys()).toEqual(before);
  });

  it("stores NFC, so an article sent in NFD and in NFC has one id", async () => {
    const nfc = {
      title: "Caf\u00e9 bombing in Qamishl\u012b",
      text: `The caf\u00e9 near the souk in Qamishl\u012b was hit on Monday, the Kurdish-led r\u00e9gime said.`,
      source: "Le Monde diplomatique \u00e9dition",
    };
    const nfd = {
      title: nfc.title.normalize("NFD"),
      text: nfc.text.normalize("NFD"),
      source: nfc.source.normalize("NFD"),
    };
    expect(nfd.title).not.toBe(nfc.title);

    const first = await postRaw(JSON.stringify(nfd));
    expect(first.status).toBe(201);
    const stored = (await first.json()) as { id: string; title: string; text: string; source: string };
    expect(stored.title).toBe(nfc.title);
    expect(stored.text).toBe(nfc.text);
    expect(stored.source).toBe(nfc.source);
    expect(stored.id).toBe(articleIdFor(nfc.title, nfc.text));
    expect(articleIdFor(nfd.title, nfd.text)).toBe(stored.id);

    const again = await postRaw(JSON.stringify(nfc));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(stored.id);
  });
});

describe("input rules for an analyst's facts", () => {
  it("refuses NUL and unpaired surrogates in names, naming the field, and stores names in NFC", async () => {
    const created = (await (
      await postRaw(
        JSON.stringify({
          title: "Raid near Deir ez-Zor",
          text: "Commander Jos\u00e9 Haddad said the raid near Deir ez-Zor ended on Sunday.",
        }),
      )
    ).json()) as { id: string };
    const machine = (
      (await (await stack.app.request(`/v1/articles/${created.id}/facts`)).json()) as {
        facts: { entities: { name: string; aliases: string[] }[]; [k: string]: unknown };
      }
    ).facts;
    expect(machine.entities.length).toBeGreaterThan(0);
    const put = (body: string) =>
      stack.app.request(`/v1/articles/${created.id}/facts`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body,
      });
    const withName = (name: string) => ({
      ...machine,
      entities: machine.entities.map((e, i) => (i === 0 ? { ...e, name } : e)),
    });

    const before = await stack.keys();
    const nul = JSON.stringify(withName("Jos\u00e9 NUL_HERE")).replace("NUL_HERE", "\\u0000");
    await expectRefused(await put(nul), "entities.0.name", /^contains a NUL character$/);
    const lone = JSON.stringify(withName("Jos\u00e9 LONE_HERE")).replace("LONE_HERE", "\\udbff");
    await expectRefused(await put(lone), "entities.0.name", /^contains an unpaired surrogate$/);
    expect(await stack.keys()).toEqual(before);

    const nfd = await put(JSON.stringify(withName("Jose\u0301 Haddad")));
    expect(nfd.status).toBe(200);
    const saved = (await nfd.json()) as { facts: { entities: { name: string }[] } };
    expect(saved.facts.entities[0]?.name).toBe("Jos\u00e9 Haddad");
  });
});
