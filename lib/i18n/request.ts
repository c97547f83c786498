// next-intl's per-request configuration: the language (lib/i18n/locales.ts), its digits, and the catalogue (messages/).
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DIGITS_COOKIE, LOCALE_COOKIE, QUERY_LOCALE_HEADER, formattingLocale, resolveDigits, resolveLocale } from "./locales";
import { catalogue } from "./catalogues";

export default getRequestConfig(async () => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({
    cookie: jar.get(LOCALE_COOKIE)?.value,
    query: head.get(QUERY_LOCALE_HEADER),
    acceptLanguage: head.get("accept-language"),
  });
  const digits = resolveDigits(jar.get(DIGITS_COOKIE)?.value);
  return {
    // The formatting tag carries the digits; <html lang> and the catalogue use the bare language (baseLocale).
    locale: formattingLocale(locale, digits),
    messages: catalogue(locale),
    timeZone: "UTC",
  };
});
