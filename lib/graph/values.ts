// Converts Neo4j values (Integer and friends) into plain JSON-safe values; nothing driver-shaped leaves lib/graph.
// Recognised by shape, not by importing the driver, so the graph model built on it stays usable in the browser.

/** A Neo4j Integer (or number) as a JS number. */
export function toNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (value !== null && typeof value === "object" && (value as { __isInteger__?: unknown }).__isInteger__ === true) return (value as { toNumber(): number }).toNumber();
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
  if (value !== null && typeof value === "object" && typeof (value as { toStandardDate?: unknown }).toStandardDate === "function") return (value as { toStandardDate(): Date }).toStandardDate().toISOString();
  return typeof value === "string" ? value : "";
}
