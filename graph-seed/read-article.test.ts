import { describe, expect, it } from "vitest";
import { ArticleError, decodeArticle, detectLang } from "./read-article";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeArticle", () => {
  it("decodes UTF-8 and drops a leading BOM", () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("الصين")]))).toBe("الصين");
  });
  it("rejects invalid UTF-8 with a clear message", () => {
    expect(() => decodeArticle(new Uint8Array([0x61, 0xff, 0xfe, 0x62]))).toThrow(/not valid UTF-8/);
  });
  it("rejects empty and binary input", () => {
    expect(() => decodeArticle(bytes("  \n "))).toThrow(ArticleError);
    expect(() => decodeArticle(bytes("a\u0000b"))).toThrow(/binary/);
  });
  it("enforces the size cap", () => {
    expect(() => decodeArticle(bytes("x".repeat(11)), { maxBytes: 10 })).toThrow(/limit is 10 bytes/);
  });
});

describe("detectLang", () => {
  it("tells Arabic from English", () => {
    expect(detectLang("قال بوتين إن روسيا (Russia) مستعدة")).toBe("ar");
    expect(detectLang("Putin said Russia (روسيا) was ready")).toBe("en");
  });
});
