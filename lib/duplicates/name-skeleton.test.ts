import { describe, expect, it } from "vitest";
import { GAZETTEER } from "../../graph-seed/gazetteer";
import { nameSkeleton, scriptOf, skeletonSimilarity } from "./name-skeleton";

describe("nameSkeleton", () => {
  it("reads an Arabic spelling and its transliteration alike", () => {
    expect(nameSkeleton("بوتين")).toBe(nameSkeleton("Putin"));
    expect(nameSkeleton("شي جين بينغ")).toBe(nameSkeleton("Xi Jinping"));
    expect(nameSkeleton("أيمن الصفدي")).toBe(nameSkeleton("Ayman Safadi"));
    expect(nameSkeleton("جمال")).toBe(nameSkeleton("Gamal"));
  });

  it("tells different names apart", () => {
    expect(nameSkeleton("بوتين")).not.toBe(nameSkeleton("Biden"));
    expect(nameSkeleton("موسكو")).not.toBe(nameSkeleton("Mexico"));
  });

  it("matches most of the gazetteer's people and cities across scripts (a figure to keep, not a promise for each)", () => {
    const pairs = GAZETTEER.filter((e) => (e.type === "person" || e.type === "city") && e.nameAr);
    const same = pairs.filter((e) => skeletonSimilarity(nameSkeleton(e.name), nameSkeleton(e.nameAr!)) >= 0.75).length;
    expect(same / pairs.length).toBeGreaterThan(0.8);
  });

  it("names the script", () => {
    expect(scriptOf("بوتين")).toBe("arabic");
    expect(scriptOf("Putin")).toBe("latin");
    expect(scriptOf("123")).toBe("other");
  });
});
