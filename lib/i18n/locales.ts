// The interface languages and how a request picks one: the reader's saved choice, a shared link's ?lang=, the browser.
import { match } from "@formatjs/intl-localematcher";

export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers the reader's language (set by the switch). */
export const LOCALE_COOKIE = "sanad-lang";
/** The cookie that asks for Arabic-Indic digits ("arab") instead of Western ones (absent or "latn"). */
export const DIGITS_COOKIE = "sanad-digits";
/** The request header proxy.ts fills with the page's ?lang= value (server components cannot read the URL). */
export const QUERY_LOCALE_HEADER = "x-sanad-query-lang";
/** A year, in seconds: how long the language and digits choices are remembered. */
export const CHOICE_MAX_AGE = 60 * 60 * 24 * 365;

export type Digits = "latn" | "arab";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The languages an Accept-Language header asks for, best first (q-values honoured, `*` and malformed tags dropped). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((l) => l.tag && l.tag !== "*" && l.quality > 0 && /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i.test(l.tag))
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((l) => l.tag);
}

/**
 * The interface language of a request: the saved choice (cookie) wins, so a shared view opens in the reader's own
 * language; a link's ?lang= speaks for a reader who has not chosen; then the browser's Accept-Language; then English.
 */
export function resolveLocale(input: { cookie?: string | null; query?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  if (isLocale(input.query)) return input.query;
  const accepted = acceptedLanguages(input.acceptLanguage);
  if (accepted.length === 0) return DEFAULT_LOCALE;
  try {
    const found = match(accepted, [...LOCALES], DEFAULT_LOCALE);
    return isLocale(found) ? found : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function resolveDigits(cookie: string | null | undefined): Digits {
  return cookie === "arab" ? "arab" : "latn";
}

/** The BCP 47 tag Intl formats with: the language plus its digits (`ar-u-nu-latn` gives 1,234; `ar-u-nu-arab` ١٬٢٣٤). */
export function formattingLocale(locale: Locale, digits: Digits): string {
  return `${locale}-u-nu-${digits}`;
}

/** The interface language of a formatting tag (`ar-u-nu-arab` → `ar`). */
export function baseLocale(tag: string): Locale {
  const language = tag.split("-")[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

export function direction(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}
