import { describe, expect, it } from "vitest";
import { arabicNisba } from "./arabic-nisba";

describe("arabicNisba", () => {
  it("derives the adjective of a one-word country name", () => {
    expect(["السويد", "ألمانيا", "فرنسا", "اليابان", "السعودية", "مصر", "كينيا", "الإمارات"].map(arabicNisba)).toEqual(["سويدي", "ألماني", "فرنسي", "ياباني", "سعودي", "مصري", "كيني", "إماراتي"]);
  });

  it("gives nothing for several words or a name that already ends like an adjective", () => {
    expect(arabicNisba("كوريا الجنوبية")).toBeUndefined();
    expect(arabicNisba("مالي")).toBeUndefined();
  });
});
