// Relations from the clause around a cue (graph-seed/cue-lexicon.ts): the clause is cut at punctuation, reporting
// verbs and subordinators; the cue's subject and object are the actors (or coordinated lists of actors) where the cue
// says they stand; a negated cue says nothing. Rules stay in this file, words stay in the lexicon.
import { CLAUSE_CUES, type ClauseCue } from "./cue-lexicon";
import type { EntityInfo } from "./extract-relations";
import { normalizeForMatching, normalizeText } from "./normalize-arabic";
import { relationIdOf } from "./relation-types";
import type { EntityType, Evidence, Mention, Modality, Relation, Sentence } from "./types";

const ACTOR: EntityType[] = ["country", "person", "organization"];
// What each type may join (docs/relations.md, "Annotation conventions").
const ROLES: Record<ClauseCue["type"], { subject: EntityType[]; object: EntityType[] }> = {
  MET_WITH: { subject: ["person"], object: ["person"] },
  COOPERATES_WITH: { subject: ["country", "organization", "initiative"], object: ["country", "organization", "initiative"] },
  OPPOSES: { subject: ACTOR, object: [...ACTOR, "topic", "event", "initiative"] },
  SUPPORTS: { subject: ACTOR, object: [...ACTOR, "topic", "event", "initiative"] },
  HAS_POSITION_ON: { subject: ACTOR, object: ["topic", "event", "initiative", "country", "region"] },
  PLANS_TO_ATTEND: { subject: ["person"], object: ["event"] },
  PLANS_TO_VISIT: { subject: ["person"], object: ["country", "city"] },
};

// A clause ends at strong punctuation, a dash, a subordinator, or a reporting verb (what follows "said" is its own clause).
const CLAUSE_BREAK =
  /[;؛:!?؟"“”«»]|\s[—–-]\s|,\s*(?:which|who|while|whereas|but|after|before|as)\b|،\s*(?:فيما|بينما|في حين|حيث|لكن|بعد)|\b(?:said|says|told|added|stressed|noted)\b(?:\s+that)?|(?:^|\s)(?:و)?(?:قال|قالت|اكد|اكدت|اشار|اشارت|اوضح|اوضحت|اعلن|اعلنت|اضاف|اضافت)\s+(?:ان|انه|انها)?/giu;
const NEGATION = /(?:\b(?:not|never|no)\b|n't|(?:^|\s)(?:لم|لن|لا|ليس|ليست|غير)\s)[^.]{0,14}$/iu;
const FUTURE = /(?:\bwill\b|\bto\b|expected|plans?\b|scheduled|(?:^|\s)سوف|من المقرر|من المتوقع|من المنتظر)[^.]{0,24}$/iu;
// Only separators between two members of a list ("A and B", "A, B and C", "أ وب", "أ و ب").
const LIST_GAP = /^\s*(?:,|،)?\s*(?:and\s+|&\s*|و\s*)?(?:the\s+)?$/iu;
// A preposition before a mention: it is a complement, not a subject ("in Cairo", "of Egypt", "في القاهرة").
const PREPOSITION = /(?:\b(?:of|in|to|from|at|for|on|with|by|against|between|into|over|about)\s+(?:the\s+)?|(?:^|\s)(?:في|من|الى|إلى|على|عن|مع|بين)\s+)$/iu;

interface Match {
  cue: ClauseCue;
  start: number; // document offsets
  end: number;
}

const patterns = new WeakMap<ClauseCue[], { re: RegExp; byText: Map<string, ClauseCue> }>();

function compile(cues: ClauseCue[]) {
  let p = patterns.get(cues);
  if (!p) {
    const byText = new Map<string, ClauseCue>();
    for (const c of cues) byText.set(normalizeText(c.cue), c);
    const alternatives = [...byText.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    // A cue starts a word (after Arabic clitics); an English cue also ends one, an Arabic one may carry suffixes.
    p = { re: new RegExp(`(^|[^\\p{L}])(?:وال|بال|لل|ال|[وفبل])?(${alternatives.join("|")})(?=[^a-z]|$)`, "gu"), byText };
    patterns.set(cues, p);
  }
  return p;
}

function findCues(text: string, sentence: Sentence, cues: ClauseCue[]): Match[] {
  const { re, byText } = compile(cues);
  const { text: norm, map } = normalizeForMatching(text.slice(sentence.start, sentence.end));
  const out: Match[] = [];
  for (const m of norm.matchAll(re)) {
    const from = m.index + m[0].length - m[2]!.length;
    const cue = byText.get(m[2]!)!;
    out.push({ cue, start: sentence.start + map[from]!, end: sentence.start + map[from + m[2]!.length]! });
  }
  return out;
}

/** The clause of a sentence around `at`: between the nearest breaks before and after it. */
export function clauseAround(text: string, sentence: Sentence, at: { start: number; end: number }) {
  let start = sentence.start;
  let end = sentence.end;
  for (const b of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    const bStart = sentence.start + b.index;
    const bEnd = bStart + b[0].length;
    if (bEnd <= at.start) start = Math.max(start, bEnd);
    else if (bStart >= at.end) {
      end = Math.min(end, bStart);
      break;
    }
  }
  return { start, end };
}

export function clauseRelations(text: string, sentences: Sentence[], mentions: Mention[], info: EntityInfo, cues: ClauseCue[] = CLAUSE_CUES): Relation[] {
  const typeOf = (m: Mention): EntityType | undefined => (info.get(m.entityId)?.capitalOf ? "country" : info.get(m.entityId)?.type);
  const actor = (m: Mention) => info.get(m.entityId)?.capitalOf ?? m.entityId;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const found = new Map<string, Relation>();

  const add = (type: string, source: Mention, target: Mention, match: Match, sentence: Sentence, modality: Modality) => {
    // A capital acting stands for its country; a capital visited is the city.
    const ends = [actor(source), type === "PLANS_TO_VISIT" ? target.entityId : actor(target)] as const;
    if (ends[0] === ends[1]) return;
    const { id, source: s, target: t } = relationIdOf(type, ...ends);
    const evidence: Evidence = {
      sentence: sentence.index,
      start: Math.min(match.start, source.start, target.start),
      end: Math.max(match.end, source.end, target.end),
      rule: `clause:${type.toLowerCase()}`,
      confidence: Math.round(Math.min(source.confidence, target.confidence) * 0.8 * 100) / 100,
      cue: { start: match.start, end: match.end },
    };
    const r = found.get(id) ?? { id, type, source: s, target: t, confidence: 0, modality, evidence: [] };
    if (!r.evidence.some((e) => e.sentence === evidence.sentence)) r.evidence.push(evidence);
    r.confidence = Math.max(r.confidence, evidence.confidence);
    if (modality === "fact") r.modality = "fact";
    found.set(id, r);
  };

  for (const sentence of sentences) {
    const all = (bySentence.get(sentence.index) ?? []).sort((a, b) => a.start - b.start);
    const matches = findCues(text, sentence, cues);
    for (const match of matches) {
      // A longer cue at the same place wins ("imposed sanctions on" over "sanctions on").
      if (matches.some((o) => o !== match && o.start <= match.start && o.end >= match.end && o.end - o.start > match.end - match.start)) continue;
      if (NEGATION.test(text.slice(Math.max(sentence.start, match.start - 24), match.start))) continue;
      const clause = clauseAround(text, sentence, match);
      const roles = ROLES[match.cue.type];
      // A country adjective right before a person ("Kenyan President William Ruto") is the title, not an actor.
      const ms = all.filter((m) => m.start >= clause.start && m.end <= clause.end && !(m.rule === "adjective" && all.some((p) => typeOf(p) === "person" && p.start > m.end && p.start - m.end < 30)));
      const allowed = (m: Mention, types: EntityType[]) => types.includes(typeOf(m) ?? "other");
      const list = (from: Mention, pool: Mention[], dir: 1 | -1) => {
        const out = [from];
        for (let i = pool.indexOf(from) + dir; i >= 0 && i < pool.length; i += dir) {
          const [a, b] = dir === 1 ? [out[out.length - 1]!, pool[i]!] : [pool[i]!, out[0]!];
          if (b.start < a.end) continue;
          if (!LIST_GAP.test(text.slice(a.end, b.start))) break;
          if (dir === 1) out.push(pool[i]!);
          else out.unshift(pool[i]!);
        }
        return out;
      };
      const future = match.cue.modality ?? (/^[وف]?س[يتن]/.test(normalizeText(text.slice(match.start, match.end))) || FUTURE.test(text.slice(clause.start, match.start)) ? "plan" : "fact");

      let subjects: Mention[] = [];
      if (match.cue.subject === "before") {
        const pool = ms.filter((m) => m.end <= match.start && allowed(m, roles.subject) && !PREPOSITION.test(text.slice(Math.max(clause.start, m.start - 12), m.start)));
        const nearest = pool[pool.length - 1];
        if (nearest) subjects = list(nearest, pool, -1);
      } else {
        const pool = ms.filter((m) => m.start >= match.end && allowed(m, roles.subject));
        // Parties may be a list right after a verb-first cue («وقعت الجزائر وإيطاليا», «اتفقت تونس وليبيا»).
        if (pool[0] && pool[0].start - match.end < 40) subjects = match.cue.object === "parties" ? list(pool[0], pool, 1) : [pool[0]];
      }
      if (!subjects.length) continue;
      const past = Math.max(match.end, ...subjects.map((s) => s.end));
      const objectPool = (from: number) => ms.filter((m) => m.start >= from && allowed(m, roles.object) && !subjects.some((s) => actor(s) === actor(m)));
      const after = (word: RegExp) => {
        const rest = text.slice(match.start, clause.end);
        const w = word.exec(rest);
        return w ? match.start + w.index + w[0].length : null;
      };
      let objects: Mention[] = [];
      let pairs: [Mention, Mention][] = [];
      const kind = match.cue.object;
      // Parties named after "between" inside the object are not the object ("backs a settlement between Russia and
      // Ukraine" backs neither).
      const nested = kind === "after" ? after(/(?:\bbetween\b|(?:^|\s)بين\s)/iu) : null;
      if (kind === "after") {
        const from = match.cue.prep ? after(new RegExp(`(?:^|\\s)[وف]?(?:${match.cue.prep.join("|")})\\s`, "u")) : past;
        const pool = from === null ? [] : objectPool(Math.max(from, past)).filter((m) => nested === null || m.start < nested);
        // A comma right after the cue leaves it without an object here: "France voted against, along with Poland".
        const bare = !match.cue.prep && /^\s*[,،]/.test(text.slice(match.end, pool[0]?.start ?? match.end));
        if (pool[0] && !bare && pool[0].start - Math.max(from ?? past, past) < 60) objects = list(pool[0], pool, 1);
      } else if (kind === "with" || kind === "parties") {
        const at = after(/(?:\bwith\b|(?:^|\s)مع\s)/iu);
        const pool = at !== null ? objectPool(at) : [];
        if (pool[0] && pool[0].start - at! < 40) objects = list(pool[0], pool, 1);
      } else if (kind === "between") {
        const at = after(/(?:\bbetween\b|(?:^|\s)بين\s)/iu);
        const pool = at !== null ? objectPool(at) : [];
        if (pool[0] && pool[0].start - at! < 40) {
          const group = list(pool[0], pool, 1);
          for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) pairs.push([group[i]!, group[j]!]);
        }
      }
      if (kind === "parties") {
        const parties = [...subjects, ...objects];
        for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) pairs.push([parties[i]!, parties[j]!]);
      } else if (kind !== "between") pairs = subjects.flatMap((s) => objects.map((o): [Mention, Mention] => [s, o]));
      for (const [s, o] of pairs) add(match.cue.type, s, o, match, sentence, future);
    }
  }
  return [...found.values()];
}
