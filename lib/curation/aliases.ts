// The local alias list: what merges and edits teach the pipeline, as changes to its gazetteer for the next article.
import type { GazetteerRecord } from "../../graph-seed/gazetteer";
import type { EntityType } from "../../graph-seed/types";
import { distinctNames } from "./combine";
import type { CurationRecord, EntitySnapshot } from "./types";

const fromSnapshot = (e: EntitySnapshot): GazetteerRecord => ({
  id: e.id,
  type: e.type as EntityType,
  name: e.name,
  ...(e.nameAr ? { nameAr: e.nameAr } : {}),
  aliases: [...e.aliases],
  ...(e.wikidata ? { wikidata: e.wikidata } : {}),
});

/**
 * The gazetteer with every active merge and edit applied in order: a merged entity's names become aliases of the one
 * that remains (and the merged entry goes, so its names find the survivor); an edit's names, type, aliases and Wikidata
 * id replace the entry's (a renamed entity keeps its old name as an alias). Entities the pipeline discovered get an entry.
 */
export function curatedGazetteer(records: CurationRecord[], base: GazetteerRecord[]): GazetteerRecord[] {
  const entries = new Map(base.map((e) => [e.id, e]));
  let changed = false;
  for (const r of records) {
    const p = r.payload;
    if (p.kind === "merge") {
      const source = entries.get(p.source.id);
      const target = entries.get(r.target) ?? fromSnapshot(p.target);
      // Every name either was known or read by: a discovered entity's own spellings ("Safadi" for "Ayman Safadi") too.
      const names = [
        p.source.name,
        p.source.nameAr,
        ...p.source.aliases,
        ...(p.source.surfaces ?? []),
        ...(p.target.surfaces ?? []),
        ...(source ? [source.name, source.nameAr, ...source.aliases] : []),
      ];
      entries.set(r.target, {
        ...target,
        aliases: distinctNames([...target.aliases, ...names], [target.name, target.nameAr]),
        ...(source?.adjectives?.length || target.adjectives?.length ? { adjectives: distinctNames([...(target.adjectives ?? []), ...(source?.adjectives ?? [])]) } : {}),
      });
      entries.delete(p.source.id);
      // Capitals and leaders that pointed at the merged entity now point at the survivor.
      for (const [id, e] of entries)
        if (e.capitalOf === p.source.id || e.leaderOf === p.source.id)
          entries.set(id, { ...e, ...(e.capitalOf === p.source.id ? { capitalOf: r.target } : {}), ...(e.leaderOf === p.source.id ? { leaderOf: r.target } : {}) });
      changed = true;
    } else if (p.kind === "edit") {
      const current = entries.get(r.target) ?? fromSnapshot(p.before);
      const after = p.after;
      entries.set(r.target, {
        ...current,
        name: after.name,
        type: after.type as EntityType,
        ...(after.nameAr ? { nameAr: after.nameAr } : { nameAr: undefined }),
        aliases: distinctNames([...after.aliases, ...(p.before.surfaces ?? []), ...(p.fields.name && p.fields.name !== current.name ? [current.name] : [])], [after.name, after.nameAr]),
        ...(after.wikidata ? { wikidata: after.wikidata } : { wikidata: undefined }),
      });
      changed = true;
    }
  }
  return changed ? [...entries.values()] : base;
}

export interface AliasListEntry {
  id: string;
  name: string;
  type: string;
  /** Names the pipeline now reads as this entity beyond the built-in gazetteer's. */
  added: string[];
  /** Built-in entries folded into this one. */
  replaces: string[];
}

/** What curation added to the gazetteer, entity by entity (GET /api/curation/aliases). */
export function aliasList(curated: GazetteerRecord[], base: GazetteerRecord[]): AliasListEntry[] {
  const builtIn = new Map(base.map((e) => [e.id, e]));
  const kept = new Set(curated.map((e) => e.id));
  const out: AliasListEntry[] = [];
  for (const e of curated) {
    const b = builtIn.get(e.id);
    const before = b ? [b.name, b.nameAr, ...b.aliases] : [];
    const added = distinctNames([e.name, e.nameAr, ...e.aliases], before);
    const replaces = base.filter((x) => !kept.has(x.id) && [x.name, x.nameAr, ...x.aliases].some((n) => n && e.aliases.includes(n))).map((x) => x.id);
    if (added.length || replaces.length || (b && (b.type !== e.type || b.wikidata !== e.wikidata))) out.push({ id: e.id, name: e.name, type: e.type, added, replaces });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
