// Pure rules of curation: how two entities' names combine in a merge, and how an edit changes an entity.
import type { EntityFields, EntitySnapshot } from "./types";

const fold = (s: string) => s.normalize("NFKC").trim().toLocaleLowerCase();

/** Distinct non-empty strings, first spelling kept, compared without case; `exclude` are left out. */
export function distinctNames(names: (string | undefined | null)[], exclude: (string | undefined | null)[] = []): string[] {
  const seen = new Set(exclude.filter((x): x is string => !!x).map(fold));
  const out: string[] = [];
  for (const n of names) {
    const trimmed = n?.trim();
    if (!trimmed || seen.has(fold(trimmed))) continue;
    seen.add(fold(trimmed));
    out.push(trimmed);
  }
  return out;
}

/** The target of a merge after it has taken in the source: every name, alias and Wikidata id of both, once. */
export function combineEntities(source: EntitySnapshot, target: EntitySnapshot): EntitySnapshot {
  const nameAr = target.nameAr ?? source.nameAr;
  const wikidata = target.wikidata ?? source.wikidata;
  return {
    id: target.id,
    name: target.name,
    ...(nameAr ? { nameAr } : {}),
    type: target.type,
    // The spellings the texts used for a discovered entity ("Safadi") are names of it too.
    aliases: distinctNames([...target.aliases, source.name, source.nameAr, ...source.aliases, ...(source.surfaces ?? []), ...(target.surfaces ?? [])], [target.name, nameAr]),
    ...(wikidata ? { wikidata } : {}),
    otherWikidata: distinctNames([...target.otherWikidata, source.wikidata, ...source.otherWikidata], [wikidata]),
    mergedFrom: distinctNames([...target.mergedFrom, source.id, ...source.mergedFrom], [target.id]),
  };
}

/** An entity after an edit; a renamed entity keeps its old name as an alias, so the old spelling still finds it. */
export function applyEdit(entity: EntitySnapshot, fields: EntityFields): EntitySnapshot {
  const name = fields.name ?? entity.name;
  const nameAr = fields.nameAr === undefined ? entity.nameAr : (fields.nameAr ?? undefined);
  const wikidata = fields.wikidata === undefined ? entity.wikidata : (fields.wikidata ?? undefined);
  const kept = [...(fields.aliases ?? entity.aliases), ...(fields.name && fields.name !== entity.name && fields.aliases === undefined ? [entity.name] : [])];
  return {
    ...entity,
    name,
    ...(nameAr ? { nameAr } : { nameAr: undefined }),
    type: fields.type ?? entity.type,
    aliases: distinctNames(kept, [name, nameAr]),
    ...(wikidata ? { wikidata } : { wikidata: undefined }),
    otherWikidata: distinctNames(entity.otherWikidata, [wikidata]),
  };
}
