// An entity's name in the interface language: the Arabic name first in Arabic, the English one first in English; a
// name in the other language is marked with its own lang (and isolated, so it cannot reorder the sentence around it).
import { useLocale } from "next-intl";
import { baseLocale, type Locale } from "@/lib/i18n/locales";

export function useInterfaceLocale(): Locale {
  return baseLocale(useLocale());
}

/** The name to show and its language. */
export function displayName(locale: Locale, name: string, nameAr?: string | null): { text: string; lang: Locale } {
  if (locale === "ar" && nameAr) return { text: nameAr, lang: "ar" };
  return { text: name, lang: /[\u0600-\u06FF]/.test(name) ? "ar" : "en" };
}

/** The name as an isolated span, with `lang` when it differs from the page's. */
export function EntityName({ name, nameAr, className }: { name: string; nameAr?: string | null; className?: string }) {
  const locale = useInterfaceLocale();
  const shown = displayName(locale, name, nameAr);
  return (
    <bdi className={className} lang={shown.lang === locale ? undefined : shown.lang}>
      {shown.text}
    </bdi>
  );
}
