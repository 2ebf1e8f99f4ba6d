import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Document structure as a layer of attribution (posts of a thread), on sentences written for these tests. */

const quotes = (text: string) => extract(text).quotes.map((q) => [q.kind, q.speaker.name, q.text]);

const thread = [
  "RIVER DESK · LIVE THREAD",
  "",
  "Posts as published.",
  "",
  "@MosulWatcher (Mosul Watcher) · Tue 3 Jun · 21:05",
  "Gunfire near the old bridge. Shops closing early.",
  "",
  "@LaylaKarim (Layla Karim, reporter) · Tue 3 Jun · 21:30",
  'A nurse at the clinic just told me: "They came in two cars and fired at the checkpoint." He says nobody was hurt. Checking.',
  "",
  "@NinewaPolice (Nineveh Police Command) · Tue 3 Jun · 22:10",
  "Two suspects were arrested after an exchange of fire at the bridge checkpoint. The situation is under control.",
  "",
  "@LaylaKarim (Layla Karim, reporter) · Tue 3 Jun · 22:15",
  'Reposted @NinewaPolice: "The situation is under control." Colleague @MosulWatcher at the bridge says the road is open again.',
].join("\n");

describe("posts of a compiled thread", () => {
  it("reads each post's own words as a direct quote of the account named in its header", () => {
    const found = quotes(thread);
    expect(found).toContainEqual([
      "direct",
      "Mosul Watcher",
      "Gunfire near the old bridge. Shops closing early",
    ]);
    expect(found).toContainEqual([
      "direct",
      "Nineveh Police Command",
      "Two suspects were arrested after an exchange of fire at the bridge checkpoint. The situation is under control",
    ]);
  });

  it("keeps what a post reports from others as their quotes, beside the post", () => {
    const found = quotes(thread);
    expect(found).toContainEqual([
      "direct",
      "A nurse at the clinic",
      "They came in two cars and fired at the checkpoint",
    ]);
    expect(found).toContainEqual(["indirect", "A nurse at the clinic", "nobody was hurt"]);
    expect(
      found.some(
        ([kind, who, text]) => kind === "direct" && who === "Layla Karim" && text?.endsWith("Checking"),
      ),
    ).toBe(true);
  });

  it("reads a handle in a subject as its account, and a repost's quotation as the shared post, kept once", () => {
    const found = quotes(thread);
    expect(found).toContainEqual(["indirect", "Mosul Watcher", "the road is open again"]);
    expect(found.filter(([, , text]) => text === "The situation is under control")).toEqual([]);
  });

  it("needs two headers: a lone handle line is no thread", () => {
    const found = quotes("@MosulWatcher · 21:05\nGunfire near the old bridge. Shops closing early.");
    expect(found).toEqual([]);
  });

  it("ends a post at a blank line: the desk's note after the thread is its own narration", () => {
    const found = quotes(`${thread}\n\nOur note: the bridge reopened at midnight.`);
    expect(found.some(([, , text]) => text?.includes("reopened"))).toBe(false);
  });
});
