import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { importCommand } from "../../src/cli-import.js";

function io() {
  const out = { stdout: "", stderr: "" };
  const cli = {
    stdout: (t: string) => {
      out.stdout += t;
    },
    stderr: (t: string) => {
      out.stderr += t;
    },
  };
  return { out, io: cli };
}

describe("scenario-brief import", () => {
  it("posts the URL and tags to the service, with the API key, and says what was stored", async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const fake = (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(
        JSON.stringify({ id: "3f9a0c1d2b4e5f60", title: "Border", url: "https://a.example/x" }),
        { status: 201 },
      );
    }) as unknown as typeof fetch;
    const { out, io: cli } = io();
    const code = await importCommand(
      ["https://a.example/x", "--tag", "syria", "--tag=iraq"],
      cli,
      { SCENARIO_BRIEF_URL: "http://svc:1/", SCENARIO_BRIEF_KEY: "sb_k" },
      fake,
    );
    expect(code).toBe(0);
    expect(sent).toEqual([
      {
        url: "http://svc:1/v1/articles/import",
        init: {
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer sb_k" },
          body: JSON.stringify({ url: "https://a.example/x", tags: ["syria", "iraq"] }),
        },
      },
    ]);
    expect(out.stdout).toBe("imported 3f9a0c1d2b4e5f60: Border\n  https://a.example/x\n");
  });

  it("reports the service's refusal and exits 1", async () => {
    const fake = (async () =>
      new Response(
        JSON.stringify({ title: "The URL cannot be taken in", detail: "paywall", reason: "too-little-text" }),
        { status: 422 },
      )) as unknown as typeof fetch;
    const { out, io: cli } = io();
    expect(await importCommand(["https://a.example/x"], cli, {}, fake)).toBe(1);
    expect(out.stderr).toContain("422 The URL cannot be taken in: paywall (too-little-text)");
  });

  it("is a command of the CLI; bad usage exits 2", async () => {
    const { out, io: cli } = io();
    expect(await main(["import"], cli)).toBe(2);
    expect(out.stderr).toMatch(/import needs a URL/);
    expect(await main(["import", "ftp://x", "--tag", "a"], cli)).toBe(2);
    expect(await main(["import", "https://x", "--nope", "a"], cli)).toBe(2);
  });
});
