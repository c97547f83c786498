// How each entity type looks on the canvas and in the legend (shared by server and client code).
export interface TypeStyle {
  label: string;
  color: string;
  shape: "ellipse" | "round-rectangle" | "diamond" | "hexagon" | "triangle" | "star" | "barrel" | "octagon" | "tag";
}

export const ENTITY_TYPES: Record<string, TypeStyle> = {
  country: { label: "Country", color: "#2563eb", shape: "round-rectangle" },
  person: { label: "Person", color: "#ea580c", shape: "ellipse" },
  city: { label: "City", color: "#16a34a", shape: "triangle" },
  region: { label: "Region", color: "#65a30d", shape: "barrel" },
  organization: { label: "Organization", color: "#7c3aed", shape: "hexagon" },
  initiative: { label: "Initiative", color: "#0d9488", shape: "diamond" },
  event: { label: "Event", color: "#dc2626", shape: "star" },
  topic: { label: "Topic", color: "#64748b", shape: "tag" },
  other: { label: "Other", color: "#a1a1aa", shape: "octagon" },
};

export function typeStyle(type: string): TypeStyle {
  return ENTITY_TYPES[type] ?? ENTITY_TYPES.other!;
}
