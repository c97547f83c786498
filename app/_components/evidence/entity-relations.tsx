"use client";
// An entity's relations in its panel, grouped by type and direction ("supports →", "← led by"), with counts; each opens
// its evidence in one click. Co-mentions come last, folded: they only say two names share a sentence.
import type { EntityRelation } from "@/lib/types";
import { relationPhrase } from "@/app/_components/shared/relation-words";

interface Group {
  key: string;
  type: string;
  direction: EntityRelation["direction"];
  relations: EntityRelation[];
}

/** Typed relations grouped by type and direction, in the order the API gives them (typed first, by type, out before in). */
export function groupRelations(relations: EntityRelation[]): { typed: Group[]; coMentions: EntityRelation[] } {
  const groups = new Map<string, Group>();
  const coMentions: EntityRelation[] = [];
  for (const r of relations) {
    if (r.type === "CO_MENTIONED") {
      coMentions.push(r);
      continue;
    }
    const key = `${r.type}:${r.direction}`;
    const group = groups.get(key) ?? { key, type: r.type, direction: r.direction, relations: [] };
    group.relations.push(r);
    groups.set(key, group);
  }
  return { typed: [...groups.values()], coMentions };
}

const pieces = (n: number) => `${n} sentence${n === 1 ? "" : "s"}`;

export function EntityRelations({ name, relations, selected, onSelectRelation }: { name: string; relations: EntityRelation[]; selected?: string | null; onSelectRelation?: (id: string) => void }) {
  const { typed, coMentions } = groupRelations(relations);
  const typedCount = typed.reduce((n, g) => n + g.relations.length, 0);
  const item = (r: EntityRelation, phrase: string) => (
    <li key={r.id}>
      <button
        type="button"
        className="link"
        data-testid="entity-relation"
        data-relation={r.id}
        aria-current={selected === r.id ? "true" : undefined}
        aria-label={`${name} ${phrase} ${r.other.name}: open its evidence (${pieces(r.evidenceCount)})`}
        onClick={() => onSelectRelation?.(r.id)}
        disabled={!onSelectRelation}
      >
        {r.other.name}
      </button>
      {r.other.nameAr && " "}
      {r.other.nameAr && (
        <span className="ar" lang="ar" dir="rtl">
          {r.other.nameAr}
        </span>
      )}
      <span className="count" title={`${pieces(r.evidenceCount)} of evidence`}>
        {r.evidenceCount}
      </span>
    </li>
  );
  return (
    <section className="entity-relations" aria-label={`Relations of ${name}`} data-testid="entity-relations">
      <h3>
        Relations · {typedCount}
        {coMentions.length ? ` typed, ${coMentions.length} co-mentions` : ""}
      </h3>
      {typedCount === 0 && <p className="meta">No typed relation: the text names {name} beside others (co-mentions) but says nothing more about how they relate.</p>}
      <ul className="relation-groups">
        {typed.map((g) => {
          const phrase = relationPhrase(g.type, g.direction);
          return (
            <li key={g.key} data-testid="relation-group" data-type={g.type} data-direction={g.direction}>
              <span className="phrase" title={g.type}>
                {phrase}
              </span>{" "}
              <span className="count">{g.relations.length}</span>
              <ul>{g.relations.map((r) => item(r, phrase))}</ul>
            </li>
          );
        })}
      </ul>
      {coMentions.length > 0 && (
        <details className="co-mentions">
          <summary>
            Named in the same sentences as · {coMentions.length} {coMentions.length === 1 ? "entity" : "entities"}
          </summary>
          <p className="meta">A co-mention only says two names share a sentence; it has no direction. The number is how many sentences.</p>
          <ul>{coMentions.map((r) => item(r, "named in the same sentences as"))}</ul>
        </details>
      )}
    </section>
  );
}
