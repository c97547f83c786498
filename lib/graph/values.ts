// Converts Neo4j values (Integer and friends) into plain JSON-safe values; nothing driver-shaped leaves lib/graph.
import neo4j from "neo4j-driver";

/** A Neo4j Integer (or number) as a JS number. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === "number") return value;
  return 0;
}

export function toStringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

export function toStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** A Neo4j temporal value (or a string) as an ISO 8601 string in UTC, to the millisecond. */
export function toIsoString(value: unknown): string {
  if (neo4j.isDateTime(value)) return (value as unknown as { toStandardDate(): Date }).toStandardDate().toISOString();
  return typeof value === "string" ? value : "";
}
