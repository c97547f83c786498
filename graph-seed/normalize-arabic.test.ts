import { describe, expect, it } from "vitest";
import { normalizeForMatching, normalizeText } from "./normalize-arabic";

describe("normalizeForMatching", () => {
  it("folds letter variants, drops diacritics and tatweel, unifies quotes, dashes and digits", () => {
    expect(normalizeText("أإآٱ ؤ ئ ى ة")).toBe("اااا و ي ي ه");
    expect(normalizeText("الصِّينُ")).toBe("الصين");
    expect(normalizeText("روســيا")).toBe("روسيا");
    expect(normalizeText("“x” – ٢٠٢١ ۱")).toBe('"x" - 2021 1');
    expect(normalizeText("China")).toBe("china");
  });
  it("maps every normalised position back to the original offset", () => {
    const original = "قال الصِّينُ — ١٠٠";
    const { text, map } = normalizeForMatching(original);
    expect(map).toHaveLength(text.length + 1);
    const at = text.indexOf("الصين");
    expect(original.slice(map[at], map[at + "الصين".length - 1]! + 1)).toBe("الصِّين");
    expect(map[text.length]).toBe(original.length);
    for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThan(map[i - 1]!);
  });
});
