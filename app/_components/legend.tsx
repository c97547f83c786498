// The colour and shape key of the entity types on the canvas.
import { ENTITY_TYPES, typeStyle } from "@/lib/entity-types";

export function Legend({ types }: { types: string[] }) {
  const shown = Object.keys(ENTITY_TYPES).filter((t) => types.includes(t));
  return (
    <aside className="legend" aria-label="Legend">
      <h2>Entity types</h2>
      <ul>
        {shown.map((t) => (
          <li key={t}>
            <span className="swatch" style={{ background: typeStyle(t).color }} aria-hidden />
            {typeStyle(t).label}
          </li>
        ))}
      </ul>
    </aside>
  );
}
