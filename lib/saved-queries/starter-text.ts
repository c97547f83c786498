// A starter query's name, description and parameter labels in the interface language, from the catalogues
// (messages/<lang>.json: starterQueries, starterParams). Only what nobody edited is translated: an edited name is the
// user's own text and shows as written. The stored query never changes (saving writes the stored text back).
import type { Messages } from "@/lib/i18n/catalogues";
import type { SavedQueryView } from "./saved-queries";
import { STARTER_QUERIES } from "./starter-queries";

export interface QueryText {
  name: string;
  description: string;
  /** The language of name and description: the interface's when translated, else that of the stored text. */
  lang: string;
  /** Parameter labels by parameter name. */
  labels: Record<string, string>;
}

const arabic = (s: string) => /[\u0600-\u06FF]/.test(s);

export function starterText(query: Pick<SavedQueryView, "slug" | "name" | "description" | "parameters" | "starter">, messages: Pick<Messages, "starterQueries" | "starterParams">, locale: string): QueryText {
  const starter = query.starter ? STARTER_QUERIES.find((s) => s.slug === query.slug) : undefined;
  const words = starter && Object.hasOwn(messages.starterQueries, starter.slug) ? messages.starterQueries[starter.slug as keyof Messages["starterQueries"]] : undefined;
  const untouched = !!starter && !!words && query.name === starter.name && query.description === starter.description;
  const labels: Record<string, string> = {};
  for (const p of query.parameters) {
    const original = starter?.parameters.find((s) => s.name === p.name);
    const translated = Object.hasOwn(messages.starterParams, p.name) ? messages.starterParams[p.name as keyof Messages["starterParams"]] : undefined;
    if (original && translated && p.label === original.label) labels[p.name] = translated;
    else if (p.label) labels[p.name] = p.label;
  }
  if (untouched) return { name: words.name, description: words.description, lang: locale, labels };
  return { name: query.name, description: query.description, lang: arabic(query.name + query.description) ? "ar" : "en", labels };
}
