// A deterministic synthetic graph with precomputed positions, for the UI benchmark: clusters of entities of every
// type (a third with Arabic names), edges mostly inside a cluster, typed relations and co-mentions.
import { ENTITY_TYPES } from "./entity-types";
import type { EntityNames, GraphEdge, GraphNode, GraphView } from "./types";

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES = Object.keys(ENTITY_TYPES);
const RELATIONS = ["SUPPORTS", "OPPOSES", "MET_WITH", "COOPERATES_WITH", "TRADES_WITH", "LEADER_OF"];
const AR = ["الصين", "روسيا", "بكين", "موسكو", "التجارة", "الطاقة", "الهيمنة", "التعددية", "تايوان", "الفضاء"];

export interface SyntheticGraph {
  graph: GraphView;
  positions: Record<string, { x: number; y: number }>;
}

export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 7): SyntheticGraph {
  const rnd = prng(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2));
  const side = Math.ceil(Math.sqrt(clusters));
  const spread = 60 * Math.sqrt(nodeCount / clusters);
  const centres = Array.from({ length: clusters }, (_, c) => ({ x: (c % side) * spread * 2.4, y: Math.floor(c / side) * spread * 2.4 }));
  const nodes: GraphNode[] = [];
  const positions: Record<string, { x: number; y: number }> = {};
  const members: string[][] = centres.map(() => []);
  for (let i = 0; i < nodeCount; i++) {
    const c = i % clusters;
    const id = `n${i}`;
    const angle = rnd() * 2 * Math.PI;
    const r = spread * Math.sqrt(rnd());
    positions[id] = { x: centres[c]!.x + r * Math.cos(angle), y: centres[c]!.y + r * Math.sin(angle) };
    nodes.push({ id, label: `Entity ${i}`, ...(i % 3 === 0 ? { labelAr: `${AR[i % AR.length]} ${i}` } : {}), type: TYPES[i % TYPES.length]!, degree: 0 });
    members[c]!.push(id);
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const degree = new Map<string, number>();
  while (edges.length < edgeCount) {
    const c = Math.floor(rnd() * clusters);
    const pool = members[c]!;
    const a = pool[Math.floor(rnd() * pool.length)]!;
    // One edge in ten crosses to another cluster.
    const other = rnd() < 0.1 ? members[Math.floor(rnd() * clusters)]! : pool;
    const b = other[Math.floor(rnd() * other.length)]!;
    const type = rnd() < 0.7 ? "CO_MENTIONED" : RELATIONS[Math.floor(rnd() * RELATIONS.length)]!;
    const id = `${type.toLowerCase()}:${a}:${b}`;
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    const evidenceCount = 1 + Math.floor(rnd() * 4);
    edges.push({ id, source: a, target: b, type, weight: evidenceCount, evidenceCount, confidence: 0.5 + rnd() / 2 });
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  for (const n of nodes) n.degree = degree.get(n.id) ?? 0;
  return { graph: { nodes, edges, truncated: false, total: { nodes: nodes.length, edges: edges.length } }, positions };
}

// ---------------------------------------------------------------------------------------------------------------------
// A large synthetic corpus graph for the corpus benchmark: the gazetteer's entities plus made-up ones, relations with
// a few hubs and many small entities, dated and undated documents, and duplicate pairs planted on purpose (the answer
// key the duplicate review is scored against).

export type CorpusEntity = EntityNames;

export interface CorpusRelation {
  id: string;
  type: string;
  source: string;
  target: string;
  evidenceCount: number;
  confidence: number;
}

export interface CorpusDocument {
  id: string;
  title: string;
  text: string;
  lang: "ar" | "en";
  publishedAt?: string;
}

/** How a planted duplicate differs from its original. */
export type PlantedKind = "transliteration" | "initials" | "alias" | "wikidata" | "typo";

export interface CorpusGraph {
  entities: CorpusEntity[];
  documents: CorpusDocument[];
  /** Pairs of ids that are one thing: the duplicates planted. */
  planted: { a: string; b: string; kind: PlantedKind }[];
  /** The relations, generated a batch at a time (a million do not sit in memory at once). */
  relations(batch: number): Generator<CorpusRelation[]>;
  relationCount: number;
}

const SYLLABLES = [
  "ka", "ri", "mo", "ta", "sen", "lu", "vor", "an", "del", "mi", "zo", "bar", "ne", "ko", "sa", "tir", "el", "pa", "gun", "ho", "ve", "li", "dra", "us", "fen", "ro", "qa", "bi", "ston", "ja", "wen", "ly", "om", "ter", "cas", "nu",
  "har", "mel", "tov", "rin", "gar", "shi", "pol", "den", "vik", "sor", "tam", "bel", "kur", "nis", "dor", "fal", "gre", "hol", "jun", "kel", "lom", "mar", "nor", "pri",
];

function madeUpWord(rnd: () => number, syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");

/**
 * `entityCount` entities (at least the gazetteer's), `relationCount` relations, `documentCount` documents (one in ten
 * undated), and about one entity in fifty planted as a duplicate of another. Deterministic for a seed.
 */
export function syntheticCorpusGraph(
  gazetteer: readonly CorpusEntity[],
  opts: { entities: number; relations: number; documents: number; seed?: number },
): CorpusGraph {
  const rnd = prng(opts.seed ?? 11);
  const entities: CorpusEntity[] = gazetteer.map((e) => ({ id: e.id, name: e.name, ...(e.nameAr ? { nameAr: e.nameAr } : {}), type: e.type, aliases: [...e.aliases], ...(e.wikidata ? { wikidata: e.wikidata } : {}) }));
  const ids = new Set(entities.map((e) => e.id));
  const names = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase())));
  const planted: CorpusGraph["planted"] = [];
  const add = (e: CorpusEntity) => {
    ids.add(e.id);
    for (const n of [e.name, ...e.aliases]) names.add(n.toLowerCase());
    entities.push(e);
  };
  const plantTarget = Math.max(5, Math.round(opts.entities / 50));
  // Transliterations: an Arabic-only twin of a gazetteer person or city, as the pipeline makes of a name it discovers
  // in Arabic (countries are all in the gazetteer with their Arabic names, so they are never discovered twice).
  const arabicTwins = gazetteer.filter((e) => e.nameAr && (e.type === "person" || e.type === "city") && !ids.has(slug(e.nameAr)));
  for (const e of arabicTwins.slice(0, Math.ceil(plantTarget / 5))) {
    add({ id: slug(e.nameAr!), name: e.nameAr!, nameAr: e.nameAr!, type: e.type, aliases: [] });
    planted.push({ a: e.id, b: slug(e.nameAr!), kind: "transliteration" });
  }
  // Made-up entities, unique by name; some become the originals of the other kinds of plant.
  const fillerTypes = ["person", "person", "organization", "city", "topic", "event", "person", "organization"];
  let serial = 0;
  const kinds: PlantedKind[] = ["initials", "alias", "wikidata", "typo"];
  while (entities.length < opts.entities) {
    const type = fillerTypes[serial % fillerTypes.length]!;
    const name = type === "person" ? `${madeUpWord(rnd, 2)} ${madeUpWord(rnd, 2 + Math.floor(rnd() * 2))}` : `${madeUpWord(rnd, 2 + Math.floor(rnd() * 2))} ${type === "organization" ? "Institute" : type === "city" ? "Springs" : type === "event" ? "Summit" : "Policy"} ${madeUpWord(rnd, 1)}`;
    serial++;
    const id = slug(name);
    if (ids.has(id) || names.has(name.toLowerCase())) continue;
    const original: CorpusEntity = { id, name, type, aliases: [] };
    const plant = planted.length < plantTarget && entities.length + 2 <= opts.entities && rnd() < 0.05;
    add(original);
    if (!plant) continue;
    const kind = kinds[planted.length % kinds.length]!;
    let twin: CorpusEntity | null = null;
    const words = name.split(" ");
    if (kind === "initials" && type === "person") twin = { id: `${id}-i`, name: `${words[0]![0]}. ${words.slice(1).join(" ")}`, type, aliases: [] };
    else if (kind === "alias") {
      const short = `${words[0]} ${madeUpWord(rnd, 1)}x`;
      original.aliases.push(short);
      twin = { id: slug(short), name: short, type, aliases: [] };
    } else if (kind === "wikidata") {
      original.wikidata = `Q${90_000_000 + serial}`;
      twin = { id: `${id}-w`, name: `${words.map((w) => w[0]).join("")} ${madeUpWord(rnd, 2)}`, type, aliases: [], wikidata: original.wikidata };
    } else if (kind === "typo") {
      const w = words.reduce((a, b) => (b.length > a.length ? b : a));
      const at = 1 + Math.floor(rnd() * (w.length - 2));
      twin = { id: `${id}-t`, name: name.replace(w, w.slice(0, at) + w.slice(at + 1)), type, aliases: [] };
    }
    if (!twin || ids.has(twin.id) || names.has(twin.name.toLowerCase())) continue;
    add(twin);
    planted.push({ a: original.id, b: twin.id, kind });
  }
  // Documents: dated over ten years, one in ten undated.
  const documents: CorpusDocument[] = [];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < opts.documents; i++) {
    const lang = i % 2 ? "en" : "ar";
    const a = entities[Math.floor(rnd() * entities.length)]!;
    const b = entities[Math.floor(rnd() * entities.length)]!;
    const day = new Date(start + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
    documents.push({
      id: `doc-${(0x10000000 + i).toString(16)}${Math.floor(rnd() * 0xffffffff).toString(16).padStart(8, "0")}`,
      title: lang === "ar" ? `${a.nameAr ?? a.name} و${b.nameAr ?? b.name} (${i})` : `${a.name} and ${b.name} (${i})`,
      text: lang === "ar" ? `التقى ${a.nameAr ?? a.name} مع ${b.nameAr ?? b.name} لبحث التعاون. رقم ${i}.` : `${a.name} met ${b.name} to discuss cooperation. No. ${i}.`,
      lang,
      ...(i % 10 === 9 ? {} : { publishedAt: day }),
    });
  }
  // Relations: ends drawn with a skew (a few entities in many relations, most in few), no self-loops, no repeats.
  const n = entities.length;
  const relationCount = opts.relations;
  const seed = (opts.seed ?? 11) + 1;
  function* relations(batch: number): Generator<CorpusRelation[]> {
    const r = prng(seed);
    const seen = new Set<string>();
    let made = 0;
    let rows: CorpusRelation[] = [];
    while (made < relationCount) {
      const i = Math.floor(n * Math.pow(r(), 2.2));
      const j = r() < 0.5 ? Math.floor(n * Math.pow(r(), 2.2)) : Math.floor(r() * n);
      if (i === j) continue;
      const type = r() < 0.7 ? "CO_MENTIONED" : RELATIONS[Math.floor(r() * RELATIONS.length)]!;
      const [s, t] = type === "CO_MENTIONED" && entities[i]!.id > entities[j]!.id ? [j, i] : [i, j];
      const id = `${type.toLowerCase()}:${entities[s]!.id}:${entities[t]!.id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push({ id, type, source: entities[s]!.id, target: entities[t]!.id, evidenceCount: 1 + Math.floor(r() * 4), confidence: 0.5 + r() / 2 });
      made++;
      if (rows.length === batch) {
        yield rows;
        rows = [];
      }
    }
    if (rows.length) yield rows;
  }
  return { entities, documents, planted, relations, relationCount };
}
