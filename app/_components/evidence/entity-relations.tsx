"use client";
// An entity's relations in its panel, grouped by type and direction ("supports →", "← led by"), with counts; each opens
// its evidence in one click. Co-mentions come last, folded: they only say two names share a sentence.
import type { EntityRelation } from "@/lib/types";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import { useTranslations } from "next-intl";
import { EntityName, displayName, useInterfaceLocale } from "@/app/_components/shared/entity-name";

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

export function EntityRelations({ name, relations, selected, onSelectRelation }: { name: string; relations: EntityRelation[]; selected?: string | null; onSelectRelation?: (id: string) => void }) {
  const t = useTranslations("entityRelations");
  const wording = useRelationWording();
  const locale = useInterfaceLocale();
  const pieces = (count: number) => t("sentences", { count });
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
        aria-label={t("openEvidence", { name, phrase, other: displayName(locale, r.other.name, r.other.nameAr).text, sentences: pieces(r.evidenceCount) })}
        onClick={() => onSelectRelation?.(r.id)}
        disabled={!onSelectRelation}
      >
        <EntityName name={r.other.name} nameAr={r.other.nameAr} />
      </button>
      {r.other.nameAr && " "}
      {r.other.nameAr &&
        (wording.rtl ? (
          <span className="other-name" lang="en" dir="ltr">
            {r.other.name}
          </span>
        ) : (
          <span className="ar" lang="ar" dir="rtl">
            {r.other.nameAr}
          </span>
        ))}
      <span className="count" title={t("evidenceTitle", { sentences: pieces(r.evidenceCount) })}>
        {r.evidenceCount}
      </span>
    </li>
  );
  return (
    <section className="entity-relations" aria-label={t("label", { name })} data-testid="entity-relations">
      <h3>
        {coMentions.length ? t("headingWithCo", { count: typedCount, co: coMentions.length }) : t("heading", { count: typedCount })}
      </h3>
      {typedCount === 0 && <p className="meta">{t.rich("noTyped", { name: () => <bdi>{name}</bdi> })}</p>}
      <ul className="relation-groups">
        {typed.map((g) => {
          const phrase = wording.phrase(g.type, g.direction);
          return (
            <li key={g.key} data-testid="relation-group" data-type={g.type} data-direction={g.direction}>
              <span className="phrase" title={wording.typeName(g.type)}>
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
            {t("coSummary", { count: coMentions.length })}
          </summary>
          <p className="meta">{t("coNote")}</p>
          <ul>{coMentions.map((r) => item(r, wording.words("CO_MENTIONED", "both")))}</ul>
        </details>
      )}
    </section>
  );
}
