// How a relation reads in the interface: its type as words from either end, and the one arrow convention for text.
// The arrow points from the relation's source to its target, drawn in the reading direction of the interface (English:
// left to right); symmetric types (and co-mentions) get no arrow.
import { SYMMETRIC_TYPES } from "@/lib/graph/model";

/** Words for a directed type, read from its source (`out`) and from its target (`in`). */
const DIRECTED: Record<string, { out: string; in: string }> = {
  LEADER_OF: { out: "leader of", in: "led by" },
  SUPPORTS: { out: "supports", in: "supported by" },
  HAS_POSITION_ON: { out: "has a position on", in: "position held by" },
  OPPOSES: { out: "opposes", in: "opposed by" },
  PLANS_TO_ATTEND: { out: "plans to attend", in: "to be attended by" },
  PLANS_TO_VISIT: { out: "plans to visit", in: "to be visited by" },
};

const SYMMETRIC: Record<string, string> = {
  CO_MENTIONED: "named in the same sentences as",
  MET_WITH: "met with",
  COOPERATES_WITH: "cooperates with",
  TRADES_WITH: "trades with",
};

export type Direction = "out" | "in" | "both";

/** Which way a relation runs as seen from `from`: away from it, towards it, or either way (a symmetric type). */
export function directionFrom(edge: { type: string; source: string }, from: string): Direction {
  if (SYMMETRIC_TYPES.has(edge.type)) return "both";
  return edge.source === from ? "out" : "in";
}

const fallback = (type: string) => type.toLowerCase().replace(/_/g, " ");

/** The type in words, as read from one end: "supports", "led by", "met with". */
export function relationWords(type: string, direction: Direction): string {
  if (direction === "both" || SYMMETRIC_TYPES.has(type)) return SYMMETRIC[type] ?? fallback(type);
  const words = DIRECTED[type];
  if (!words) return direction === "out" ? fallback(type) : `${fallback(type)} (by)`;
  return words[direction];
}

/**
 * A relation read from one end, with its arrow: "supports →", "← led by", "met with". The arrow sits on the side of the
 * target, so "Russia · supports → · China" and "Xi Jinping · ← led by · China" both point from source to target.
 */
export function relationPhrase(type: string, direction: Direction): string {
  const words = relationWords(type, direction);
  return direction === "out" ? `${words} →` : direction === "in" ? `← ${words}` : words;
}

/** One step of a path as text between its two entities: "— SUPPORTS →", "← LEADER_OF —", "— MET_WITH —". */
export function stepConnector(type: string, direction: Direction): { before: string; after: string } {
  if (direction === "out") return { before: "—", after: "→" };
  if (direction === "in") return { before: "←", after: "—" };
  return { before: "—", after: "—" };
}
