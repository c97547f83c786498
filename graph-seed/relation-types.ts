// The relationship types the pipeline writes, with what each means (docs/relations.md says the same for people).
export const RELATION_TYPES = {
  CO_MENTIONED: "both entities are named in the same sentence (undirected; weight = number of such sentences)",
  LEADER_OF: "a person heads a country (a title with the country's adjective next to the name: «الرئيس الصيني شي جينبينغ», «Chinese President Xi»)",
  MET_WITH: "two people met or talked (undirected)",
  SUPPORTS: "an actor supports another's position; `topic` names what about",
  HAS_POSITION_ON: "an actor holds a position on a topic or territory",
  OPPOSES: "an actor opposes a topic, policy or organisation",
  COOPERATES_WITH: "two actors or initiatives cooperate, coordinate or work in synergy (undirected)",
  TRADES_WITH: "two countries trade (undirected); `amount` and `period` when the text gives them",
  PLANS_TO_ATTEND: "a person is expected to attend an event",
  PLANS_TO_VISIT: "a person is expected to visit a place",
} as const;

export type RelationType = keyof typeof RELATION_TYPES;

/** Types whose direction means nothing: stored with source < target, so one pair has one id. */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(["CO_MENTIONED", "MET_WITH", "COOPERATES_WITH", "TRADES_WITH"]);

/** A relation's id, derived from what it connects (the pipeline's rule): `supports:russia:china`. */
export function relationIdOf(type: string, source: string, target: string): { id: string; source: string; target: string } {
  if (SYMMETRIC_TYPES.has(type) && target < source) [source, target] = [target, source];
  return { id: `${type.toLowerCase()}:${source}:${target}`, source, target };
}
