// The catalogues are data with tests: the same keys in both languages, valid ICU, and Arabic plurals with all six forms.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const EN = leaves(en as Tree);
const AR = leaves(ar as Tree);

describe("message catalogues", () => {
  it("hold the same keys in English and Arabic", () => {
    expect([...AR.keys()].filter((k) => !EN.has(k))).toEqual([]);
    expect([...EN.keys()].filter((k) => !AR.has(k))).toEqual([]);
  });

  it("leave no Arabic message untranslated (no Latin letters outside {arguments}, tags and format names)", () => {
    // Messages allowed to carry Latin script: the other language's name, the product's Latin name, Cypher keywords.
    const latin = [...AR.entries()].filter(([k, v]) => {
      const text = v
        .replace(/\{\s*\w+\s*,\s*(plural|selectordinal|select|number|date|time)\s*(,\s*[\w-]*)?/g, "") // {count, plural,
        .replace(/(=\d+|\w+)\s*\{/g, "") // a case's key: one {, =0 {, ar {
        .replace(/\{\s*\w+\s*\}/g, "") // {name}
        .replace(/<(\w+)>.*?<\/\1>/g, "") // <code>…</code>, <ltr>…</ltr> and other tags carry their own language
        .replace(/\b[A-Z][A-Z0-9-]*[A-Z0-9]\b/g, ""); // format names in attributes: PNG, JSON, CSV
      return /[A-Za-z]/.test(text) && !LATIN_ALLOWED.has(k);
    });
    expect(latin.map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });

  it("format every message in both languages (valid ICU)", () => {
    for (const [locale, messages, keys] of [["en", en, EN], ["ar", ar, AR]] as const) {
      const t = createTranslator({ locale, messages: messages as Tree, onError: (e) => { throw e; } });
      for (const [key, message] of keys) {
        // Every argument gets a number (fits plurals, numbers and plain text) and every tag a function.
        const args: Record<string, unknown> = {};
        for (const [, name] of message.matchAll(/\{\s*(\w+)/g)) args[name!] = 3;
        for (const [, tag] of message.matchAll(/<(\w+)>/g)) args[tag!] = (chunks: string) => chunks;
        const markup = (t as unknown as { markup: (k: string, a: unknown) => string }).markup;
        expect(() => markup(key, args), key).not.toThrow();
      }
    }
  });

  it("word Arabic counts with their six plural forms", () => {
    const t = createTranslator({ locale: "ar-u-nu-latn", messages: ar });
    expect([0, 1, 2, 3, 11, 100].map((count) => t("counts.relations", { count }))).toEqual([
      "لا علاقات",
      "علاقة واحدة",
      "علاقتان",
      "3 علاقات",
      "11 علاقة",
      "100 علاقة",
    ]);
    const arab = createTranslator({ locale: "ar-u-nu-arab", messages: ar });
    expect(arab("counts.relations", { count: 11 })).toBe("١١ علاقة");
  });
});

const LATIN_ALLOWED = new Set(["language.switchTo", "language.switchToLang", "brand.en"]);
