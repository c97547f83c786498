// How a relation reads in the interface: its type's name, its words from either end, and the one arrow convention for
// text. The arrow points from the relation's source to its target, drawn in the reading direction of the interface
// (English: left to right, "supports →"; Arabic: right to left, "يدعم ←"); symmetric types (and co-mentions) get no
// arrow. The words are data: messages/<lang>.json, `relationTypes` and `relationWords`.
import { useLocale, useMessages } from "next-intl";
import { SYMMETRIC_TYPES } from "@/lib/graph/model";
import { baseLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalogues";

export type Direction = "out" | "in" | "both";
type Words = Messages["relationWords"];

/** Which way a relation runs as seen from `from`: away from it, towards it, or either way (a symmetric type). */
export function directionFrom(edge: { type: string; source: string }, from: string): Direction {
  if (SYMMETRIC_TYPES.has(edge.type)) return "both";
  return edge.source === from ? "out" : "in";
}

const fallback = (type: string) => type.toLowerCase().replace(/_/g, " ");
const lookup = (table: Record<string, string>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

/** The type in words, as read from one end: "supports", "led by", "met with" (or «يدعم», «يقوده», «التقى»). */
export function relationWords(words: Words, type: string, direction: Direction): string {
  if (direction === "both" || SYMMETRIC_TYPES.has(type)) return lookup(words.both, type) ?? fallback(type);
  const found = lookup(words[direction], type);
  if (found) return found;
  return (direction === "out" ? words.unknownOut : words.unknownIn).replace("{type}", fallback(type));
}

/**
 * A relation read from one end, with its arrow on the side of the target: "Russia · supports → · China" and
 * "Xi Jinping · ← led by · China" in English; in Arabic the arrows are drawn right to left: «روسيا · يدعم ← · الصين».
 */
export function relationPhrase(words: Words, type: string, direction: Direction, rtl = false): string {
  const text = relationWords(words, type, direction);
  const forward = rtl ? "←" : "→";
  const backward = rtl ? "→" : "←";
  return direction === "out" ? `${text} ${forward}` : direction === "in" ? `${backward} ${text}` : text;
}

/** One step of a path as text between its two entities: "— SUPPORTS →", "← LEADER_OF —" (mirrored in Arabic). */
export function stepConnector(type: string, direction: Direction, rtl = false): { before: string; after: string } {
  const forward = rtl ? "←" : "→";
  const backward = rtl ? "→" : "←";
  if (direction === "out") return { before: "—", after: forward };
  if (direction === "in") return { before: backward, after: "—" };
  return { before: "—", after: "—" };
}

/** The type's name in the interface language (`SUPPORTS` in English, «يدعم» in Arabic); an unknown type keeps its code. */
export function relationTypeName(messages: Pick<Messages, "relationTypes">, type: string): { text: string; known: boolean } {
  const name = lookup(messages.relationTypes, type);
  return name ? { text: name, known: true } : { text: type, known: false };
}

/** The relation wording of the interface language, for client components. */
export function useRelationWording() {
  const messages = useMessages() as Messages;
  const rtl = baseLocale(useLocale()) === "ar";
  return {
    rtl,
    words: (type: string, direction: Direction) => relationWords(messages.relationWords, type, direction),
    phrase: (type: string, direction: Direction) => relationPhrase(messages.relationWords, type, direction, rtl),
    connector: (type: string, direction: Direction) => stepConnector(type, direction, rtl),
    typeName: (type: string) => relationTypeName(messages, type).text,
    entityType: (type: string) => lookup(messages.entityTypes, type) ?? messages.entityTypes.other,
  };
}
