// The message catalogues, one JSON file per language in messages/ (ICU message syntax). docs/i18n.md.
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

const CATALOGUES: Record<Locale, Messages> = { en, ar };

export function catalogue(locale: Locale): Messages {
  return CATALOGUES[locale];
}
