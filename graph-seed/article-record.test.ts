import { describe, expect, it } from "vitest";
import { parseArticleFile, parseArticleLine } from "./article-record";
import { contentHash } from "./content-hash";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("parseArticleLine", () => {
  it("reads the known fields and ignores others", () => {
    const r = parseArticleLine(JSON.stringify({ title: "T", text: "Putin met Xi.", lang: "en", source: "https://a.example/x", publishedAt: "2024-05-01", outlet: "Wire", extra: 1 }));
    expect(r).toEqual({ title: "T", text: "Putin met Xi.", lang: "en", source: "https://a.example/x", publishedAt: "2024-05-01", outlet: "Wire" });
  });

  it.each([
    ["not json", /not valid JSON/],
    ["[1, 2]", /one JSON object/],
    ['{"title": "x"}', /text is missing/],
    ['{"text": "   "}', /empty/],
    ['{"text": "a\\u0000b"}', /NUL/],
    ['{"text": "x", "lang": "fr"}', /lang must be ar or en/],
    ['{"text": "x", "source": "ftp://x"}', /source must be an http\(s\) URL/],
    ['{"text": "x", "publishedAt": "soon"}', /publishedAt must be a date/],
  ])("%s is refused", (line, message) => {
    expect(() => parseArticleLine(line)).toThrow(message);
  });

  it("applies the size limit to the text", () => {
    expect(() => parseArticleLine(JSON.stringify({ text: "x".repeat(200) }), { maxBytes: 100 })).toThrow(/limit is 100 bytes/);
  });
});

describe("parseArticleFile", () => {
  it("splits front matter from the text", () => {
    const r = parseArticleFile(bytes("---\ntitle: \"Talks\"\noutlet: Wire\ntags: a, b\n---\nPutin met Xi.\n"));
    expect(r).toEqual({ title: "Talks", outlet: "Wire", text: "Putin met Xi.\n" });
  });

  it("leaves a file without front matter whole", () => {
    expect(parseArticleFile(bytes("Putin met Xi.\n---\nmore"))).toEqual({ text: "Putin met Xi.\n---\nmore" });
  });

  it("titles Markdown by its first heading when the front matter has none", () => {
    expect(parseArticleFile(bytes("# Gulf talks\n\nQatar hosted talks."), { markdown: true }).title).toBe("Gulf talks");
    expect(parseArticleFile(bytes("# Gulf talks\n\nQatar hosted talks.")).title).toBeUndefined();
  });

  it.each([
    ["---\ntitle Talks\n---\ntext", /not a key: value line/],
    ["---\nlang: de\n---\ntext", /front matter: lang must be ar or en/],
    ["---\ntitle: T\n---\n   ", /empty/],
  ])("%j is refused", (text, message) => {
    expect(() => parseArticleFile(bytes(text))).toThrow(message);
  });
});

describe("contentHash", () => {
  it("changes with the text, any field and the pipeline version, and only then", () => {
    const base = { text: "Putin met Xi.", title: "T" };
    const h = contentHash(base, "8");
    expect(contentHash({ ...base }, "8")).toBe(h);
    expect(contentHash({ ...base, text: "Putin met Xi!" }, "8")).not.toBe(h);
    expect(contentHash({ ...base, outlet: "Wire" }, "8")).not.toBe(h);
    expect(contentHash(base, "9")).not.toBe(h);
  });
});
