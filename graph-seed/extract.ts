// The pure part of the pipeline: text → sentences → mentions → entities → relations (no I/O).
import { createHash } from "node:crypto";
import { describedThings } from "./described-things";
import { discoverNames, insideLongerNames } from "./discover-names";
import { clauseRelations } from "./clause-relations";
import { extractRelations } from "./extract-relations";
import { buildMatcher, CONFIDENCE, findMentions, type Matcher } from "./find-mentions";
import { GAZETTEER, type GazetteerRecord } from "./gazetteer";
import { referBack } from "./refer-back";
import { resolveTitles } from "./resolve-titles";
import { splitSentences } from "./split-sentences";
import type { DocumentInput, Evidence, ExtractedEntity, Extraction, Mention, Relation } from "./types";

let defaultMatcher: Matcher | undefined;
// A curated gazetteer is one array per set of curation records: its matcher is built once.
const matchers = new WeakMap<GazetteerRecord[], Matcher>();

function matcherFor(gazetteer: GazetteerRecord[]): Matcher {
  let m = matchers.get(gazetteer);
  if (!m) matchers.set(gazetteer, (m = buildMatcher(gazetteer)));
  return m;
}

/** Entities in the same sentence: one undirected CO_MENTIONED relation per pair, one evidence per sentence. */
export function coMentions(mentions: Mention[], sentences: { index: number; start: number; end: number }[]): Relation[] {
  const bySentence = new Map<number, Map<string, number>>();
  for (const m of mentions) {
    const inSentence = bySentence.get(m.sentence) ?? new Map<string, number>();
    inSentence.set(m.entityId, Math.max(inSentence.get(m.entityId) ?? 0, m.confidence));
    bySentence.set(m.sentence, inSentence);
  }
  const relations = new Map<string, Relation>();
  for (const [index, entities] of bySentence) {
    const sentence = sentences[index]!;
    const ids = [...entities.keys()].sort();
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const source = ids[a]!;
        const target = ids[b]!;
        const id = `co_mentioned:${source}:${target}`;
        const evidence: Evidence = { sentence: index, start: sentence.start, end: sentence.end, rule: "co-mention", confidence: Math.min(entities.get(source)!, entities.get(target)!) };
        const r = relations.get(id) ?? { id, type: "CO_MENTIONED", source, target, confidence: 0, modality: "fact" as const, properties: { weight: 0 }, evidence: [] };
        r.evidence.push(evidence);
        r.confidence = Math.max(r.confidence, evidence.confidence);
        r.properties = { weight: r.evidence.length };
        relations.set(id, r);
      }
    }
  }
  for (const r of relations.values()) r.evidence.sort((x, y) => x.sentence - y.sentence);
  return [...relations.values()];
}

/**
 * A capital acting in a typed relation stands for its country ("Moscow backs Beijing" → Russia SUPPORTS China). When
 * the text never names that country, the capital's own span in the relation's evidence is the country's mention
 * (rule "metonymy"), so every relation joins entities the document mentions, with offsets from the text. The city keeps
 * its mention too; co-mentions are counted on the text's own mentions only.
 */
export function metonyms(relations: Relation[], mentions: Mention[], info: Map<string, { capitalOf?: string }>): Mention[] {
  const named = new Set(mentions.map((m) => m.entityId));
  const out = new Map<string, Mention>();
  for (const r of relations) {
    for (const country of [r.source, r.target]) {
      if (named.has(country)) continue;
      for (const e of r.evidence) {
        for (const m of mentions) {
          if (m.sentence !== e.sentence || m.start < e.start || m.end > e.end || info.get(m.entityId)?.capitalOf !== country) continue;
          out.set(`${country}:${m.start}`, { ...m, entityId: country, rule: "metonymy", confidence: Math.min(m.confidence, CONFIDENCE.metonymy) });
        }
      }
    }
  }
  return [...out.values()];
}

/** Relations with the same id become one: evidence of every sentence (the first found in a sentence kept), the best confidence, fact over other modalities. */
export function mergeRelations(relations: Relation[]): Relation[] {
  const byId = new Map<string, Relation>();
  for (const r of relations) {
    const known = byId.get(r.id);
    if (!known) {
      byId.set(r.id, { ...r, evidence: [...r.evidence] });
      continue;
    }
    for (const e of r.evidence) if (!known.evidence.some((k) => k.sentence === e.sentence)) known.evidence.push(e);
    known.evidence.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
    known.confidence = Math.max(known.confidence, r.confidence);
    if (r.modality === "fact") known.modality = "fact";
    if (r.properties) known.properties = { ...r.properties, ...(known.properties ?? {}) };
  }
  return [...byId.values()];
}

export function documentId(sha256: string): string {
  return `doc-${sha256.slice(0, 16)}`;
}

export function extract(input: DocumentInput, gazetteer?: GazetteerRecord[]): Extraction {
  const matcher = gazetteer && gazetteer !== GAZETTEER ? matcherFor(gazetteer) : (defaultMatcher ??= buildMatcher(GAZETTEER));
  const entries = new Map<string, GazetteerRecord>((gazetteer ?? GAZETTEER).map((e) => [e.id, e]));
  const sha256 = createHash("sha256").update(input.text, "utf8").digest("hex");
  const sentences = splitSentences(input.text);
  const matched = findMentions(input.text, sentences, matcher);
  // "the Gulf of Guinea" is no mention of Guinea: a known name inside a longer one gives way to it.
  const inside = input.lang === "en" ? insideLongerNames(sentences, matched) : new Set<Mention>();
  const known = matched.filter((m) => !inside.has(m));
  const discovered = discoverNames(input.text, sentences, known, new Map([...entries.values()].map((e) => [e.id, e.type])));
  for (const d of discovered) if (!entries.has(d.entry.id)) entries.set(d.entry.id, d.entry);
  const named = [...known, ...discovered.flatMap((d) => d.mentions)];
  // Agreements, pipelines, elections the text describes rather than names; a topic word inside one gives way to it.
  const described = describedThings(input.text, sentences, input.lang, named, (id) => entries.get(id)?.type === "topic");
  for (const d of described.things) if (!entries.has(d.entry.id)) entries.set(d.entry.id, d.entry);
  const found = [...named.filter((m) => !described.inside.has(m)), ...described.things.flatMap((d) => d.mentions)];
  const titled = [...found, ...resolveTitles(input.text, sentences, found, entries)];
  const mentions = [...titled, ...referBack(input.text, sentences, input.lang, titled, entries)].sort((a, b) => a.start - b.start || a.end - b.end);

  // A seat of an organisation the article names acts for it ("Brussels" for the European Union), else a capital for
  // its country.
  const present = new Set(mentions.map((m) => m.entityId));
  const actsFor = (e: GazetteerRecord) => (e.seatOf && present.has(e.seatOf) ? e.seatOf : e.capitalOf);
  const info = new Map([...entries.values()].map((e) => [e.id, { type: e.type, capitalOf: actsFor(e), leaderOf: e.leaderOf, role: e.role }]));
  // The cue rules of v6 and the clause cues of v7; a relation both find is one relation with its evidence merged.
  const typed = mergeRelations([...extractRelations(input.text, sentences, mentions, info), ...clauseRelations(input.text, sentences, mentions, info)]);
  const grouped = new Map<string, Mention[]>();
  for (const m of [...mentions, ...metonyms(typed, mentions, info)]) grouped.set(m.entityId, [...(grouped.get(m.entityId) ?? []), m]);
  const entities: ExtractedEntity[] = [...grouped.entries()]
    .map(([id, list]) => {
      const { adjectives: _adjectives, leaderOf: _leaderOf, capitalOf: _capitalOf, ...entry } = entries.get(id)!;
      return { ...entry, mentions: list.sort((a, b) => a.start - b.start || a.end - b.end) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  // A relation joins entities of this document or it is not kept (the writer would find no node to join).
  const relations = [...typed, ...coMentions(mentions, sentences)]
    .filter((r) => grouped.has(r.source) && grouped.has(r.target))
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    document: {
      id: documentId(sha256),
      lang: input.lang,
      title: input.title,
      sha256,
      text: input.text,
      ...(input.source ? { source: input.source } : {}),
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    },
    sentences,
    entities,
    relations,
  };
}
