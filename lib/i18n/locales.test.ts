import { describe, expect, it } from "vitest";
import { acceptedLanguages, baseLocale, direction, formattingLocale, resolveDigits, resolveLocale } from "./locales";

describe("resolveLocale", () => {
  it("follows Accept-Language on a first visit", () => {
    expect(resolveLocale({ acceptLanguage: "ar" })).toBe("ar");
    expect(resolveLocale({ acceptLanguage: "ar-EG,ar;q=0.9,en;q=0.8" })).toBe("ar");
    expect(resolveLocale({ acceptLanguage: "en-US,en;q=0.9" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "fr-FR, ar;q=0.5" })).toBe("ar");
    expect(resolveLocale({ acceptLanguage: "en;q=0.4, ar;q=0.8" })).toBe("ar");
  });

  it("falls back to English for no, unknown or malformed headers", () => {
    expect(resolveLocale({})).toBe("en");
    expect(resolveLocale({ acceptLanguage: "fr-FR,de" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "*" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: ";;;,,q=x" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "ar;q=0" })).toBe("en");
  });

  it("lets the saved choice win over a link's ?lang=, and ?lang= over the browser", () => {
    expect(resolveLocale({ cookie: "en", query: "ar", acceptLanguage: "ar" })).toBe("en");
    expect(resolveLocale({ query: "ar", acceptLanguage: "en" })).toBe("ar");
    expect(resolveLocale({ cookie: "xx", query: "yy", acceptLanguage: "ar" })).toBe("ar");
  });
});

describe("acceptedLanguages", () => {
  it("orders by quality, then by position", () => {
    expect(acceptedLanguages("en;q=0.5, ar, fr;q=0.5")).toEqual(["ar", "en", "fr"]);
  });
});

describe("formatting", () => {
  it("Western digits by default, Arabic-Indic on request", () => {
    expect(resolveDigits(undefined)).toBe("latn");
    expect(resolveDigits("nonsense")).toBe("latn");
    const western = new Intl.NumberFormat(formattingLocale("ar", resolveDigits(undefined))).format(1234);
    const eastern = new Intl.NumberFormat(formattingLocale("ar", resolveDigits("arab"))).format(1234);
    expect(western).toMatch(/^1.234$/);
    expect(eastern).toBe("١٬٢٣٤");
    expect(baseLocale("ar-u-nu-arab")).toBe("ar");
    expect(direction("ar")).toBe("rtl");
    expect(direction(baseLocale("en-u-nu-latn"))).toBe("ltr");
  });
});
