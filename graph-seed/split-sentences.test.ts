import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

describe("splitSentences", () => {
  it("splits on terminators and line breaks, with offsets into the text", () => {
    const text = "الصين قوية. هل روسيا مستعدة؟ نعم!\nسطر جديد";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["الصين قوية.", "هل روسيا مستعدة؟", "نعم!", "سطر جديد"]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3]);
  });
  it("never splits inside numbers, abbreviations or hyphenated terms", () => {
    const text = "Trade grew 3.5 percent, Dr. Li said in the U.S. capital. كوفيد-19 انتشر. Next one.";
    expect(splitSentences(text).map((x) => x.text)).toEqual(["Trade grew 3.5 percent, Dr. Li said in the U.S. capital.", "كوفيد-19 انتشر.", "Next one."]);
  });
  it("keeps a closing quote with its sentence", () => {
    const text = "قال إن “الفشل محتوم.” ثم غادر.";
    expect(splitSentences(text).map((x) => x.text)).toEqual(["قال إن “الفشل محتوم.”", "ثم غادر."]);
  });
  it("ignores blank lines and punctuation-only runs", () => {
    expect(splitSentences("\n\n...\n  One.  \n")).toEqual([{ index: 0, start: 8, end: 12, text: "One." }]);
  });
});
