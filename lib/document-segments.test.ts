import { describe, expect, it } from "vitest";
import { segments } from "./document-segments";

describe("segments", () => {
  const text = "قال الرئيس الصيني إن الصين جاهزة";
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, id: s });

  it("covers the whole text exactly once, mentions in order", () => {
    const parts = segments(text, [at("الصين "), at("الرئيس الصيني")].map((m) => ({ ...m, end: m.id === "الصين " ? m.end - 1 : m.end })));
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(parts.filter((p) => "mention" in p).map((p) => p.text)).toEqual(["الرئيس الصيني", "الصين"]);
  });

  it("drops a mention inside a longer one that starts earlier", () => {
    const parts = segments(text, [at("الرئيس الصيني"), at("الصيني")]);
    expect(parts.filter((p) => "mention" in p).map((p) => p.text)).toEqual(["الرئيس الصيني"]);
  });
});
