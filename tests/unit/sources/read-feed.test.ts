import { describe, expect, it } from "vitest";
import { feedDay } from "../../../src/adapters/intake/feed-dates.js";
import { FeedError, readFeed } from "../../../src/adapters/intake/read-feed.js";

describe("feed dates", () => {
  it.each([
    ["Tue, 14 Jan 2025 09:30:00 +0300", "2025-01-14"],
    ["14 Jan 2025 09:30 GMT", "2025-01-14"],
    ["Tue, 14 Jan 25 09:30:00 EST", "2025-01-14"],
    ["Tuesday, 14-Jan-2025 09:30:00 GMT", "2025-01-14"],
    ["14 January 2025", "2025-01-14"],
    ["Sat, 1 Feb 2025 00:00:00 Z", "2025-02-01"],
    ["January 14, 2025 9:30 AM", "2025-01-14"],
    ["2025-01-14T23:30:00-05:00", "2025-01-14"],
    ["2025-01-14", "2025-01-14"],
    ["31 Feb 2025", null],
    ["not a date", null],
    ["", null],
    [undefined, null],
  ])("%s → %s", (raw, day) => {
    expect(feedDay(raw)).toBe(day);
  });
});

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>${items}</channel></rss>`;

describe("readFeed", () => {
  it("reads RSS 2.0: GUID or link as key, CDATA, content:encoded, entities decoded, missing dates", () => {
    const feed = readFeed(
      rss(`<item><title>Iraq &amp; Syria &#8217;border&#x2019;</title><link>https://a.example/1</link><guid isPermaLink="false">g-1</guid>
      <pubDate>14 Jan 25 09:30 +0300</pubDate><description><![CDATA[<p>Teaser & more</p>]]></description>
      <content:encoded><![CDATA[<p>Full <b>text</b></p>]]></content:encoded><dc:creator>Jane Doe</dc:creator></item>
      <item><title>No date</title><link>https://a.example/2</link></item>
      <item><title>No link or guid</title></item>`),
    );
    expect(feed.format).toBe("rss");
    expect(feed.items).toEqual([
      {
        key: "g-1",
        url: "https://a.example/1",
        title: "Iraq & Syria ’border’",
        content: "<p>Full <b>text</b></p>",
        fullContent: true,
        publishedAt: "2025-01-14",
        byline: "Jane Doe",
      },
      {
        key: "https://a.example/2",
        url: "https://a.example/2",
        title: "No date",
        content: "",
        fullContent: false,
        publishedAt: null,
        byline: null,
      },
    ]);
  });

  it("reads Atom: the alternate link, id as key, content over summary, author", () => {
    const feed = readFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
      <entry><id>urn:1</id><title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title>
      <link rel="self" href="https://a.example/self"/><link rel="alternate" type="text/html" href="https://a.example/story"/>
      <published>2025-03-01T23:00:00-05:00</published><summary>short</summary><author><name>Bob</name></author></entry></feed>`);
    expect(feed.format).toBe("atom");
    expect(feed.items[0]).toMatchObject({
      key: "urn:1",
      url: "https://a.example/story",
      title: "A <b>bold</b> title",
      content: "short",
      fullContent: false,
      publishedAt: "2025-03-01",
      byline: "Bob",
    });
  });

  it("reads JSON Feed 1.1", () => {
    const feed = readFeed(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "J",
        items: [
          {
            id: 7,
            url: "https://a.example/7",
            title: "Seven",
            content_html: "<p>x</p>",
            date_published: "2025-05-05T10:00:00Z",
            authors: [{ name: "Ann" }],
          },
          { id: "no-url", content_text: "plain" },
          "junk",
        ],
      }),
      "application/feed+json",
    );
    expect(feed.items).toEqual([
      {
        key: "7",
        url: "https://a.example/7",
        title: "Seven",
        content: "<p>x</p>",
        fullContent: true,
        publishedAt: "2025-05-05",
        byline: "Ann",
      },
      {
        key: "no-url",
        url: null,
        title: "",
        content: "plain",
        fullContent: true,
        publishedAt: null,
        byline: null,
      },
    ]);
  });

  it.each([
    ["<rss><channel><item><title>Half</title></channel>", /well-formed/],
    [
      `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "xxxxxxxx"><!ENTITY y "&x;&x;&x;&x;">]><rss><channel><title>&y;</title></channel></rss>`,
      /entities/,
    ],
    ["<html><body>not a feed</body></html>", /neither/],
    ['{"title":"x"}', /not a JSON Feed/],
    ["{broken", /not valid JSON/],
  ])("refuses %s", (body, message) => {
    expect(() => readFeed(body)).toThrow(FeedError);
    expect(() => readFeed(body)).toThrow(message);
  });

  it("leaves unknown entities unexpanded and runs nothing", () => {
    const feed = readFeed(
      rss(
        `<item><title>&unknown; &lt;script&gt;alert(1)&lt;/script&gt;</title><link>https://a.example/x</link></item>`,
      ),
    );
    expect(feed.items[0]?.title).toBe("&unknown; <script>alert(1)</script>");
  });
});
