// Step 4b, titles that refer back: a title with a country adjective ("المستشار الألماني", "the Kenyan president",
// "الوزير الإماراتي") names the person the document introduced with that title, else that country's leader in the
// gazetteer when the document names them. Runs after discovery, so a discovered minister can be referred back to.
import type { GazetteerRecord, LeaderRole } from "./gazetteer";
import { CONFIDENCE, tokenize, variants } from "./find-mentions";
import { normalizeForMatching, normalizeText } from "./normalize-arabic";
import type { Mention, Sentence } from "./types";

type Role = LeaderRole | "minister" | "leader";
const LEADER_ROLES: ReadonlySet<Role> = new Set(["president", "prime minister", "chancellor", "king", "emir", "leader"]);

// Arabic titles, normalised and without the article (variants() strips clitics and the article).
const AR_TITLES: Record<string, Role> = Object.fromEntries(
  Object.entries({ رئيس: "president", مستشار: "chancellor", ملك: "king", وزير: "minister", وزيرة: "minister", زعيم: "leader", نظير: "leader", نظيره: "leader", نظيرها: "leader" } as Record<string, Role>).map(([k, v]) => [normalizeText(k), v]),
);
// "رئيس الوزراء", "رئيس الحكومة": the word after "رئيس" makes it the head of government.
const AR_HEAD_OF_GOVERNMENT = new Set(["الوزراء", "الحكومة"].map(normalizeText));
const EN_TITLES: Record<string, Role> = { president: "president", chancellor: "chancellor", premier: "prime minister", king: "king", emir: "emir", leader: "leader", counterpart: "leader", head: "leader", minister: "minister" };
// Honorifics between a title and a name ("ولي العهد السعودي الأمير محمد بن سلمان").
const HONORIFICS = /^[\s"'«»]*(?:(?:ال)?(?:امير|أمير|شيخ)\s+)?$/u;

interface Phrase {
  start: number; // original offsets of the whole title phrase
  end: number;
  role: Role;
  country: string;
}

const key = (role: Role, country: string) => `${role}:${country}`;

export function resolveTitles(original: string, sentences: Sentence[], mentions: Mention[], gazetteer: Map<string, GazetteerRecord>): Mention[] {
  const { text, map } = normalizeForMatching(original);
  const tokens = tokenize(text).map((t) => ({ ...t, from: map[t.start]!, to: map[t.end]! }));
  const isCountry = (m: Mention) => gazetteer.get(m.entityId)?.type === "country";
  const adjectiveAt = (from: number, to: number) => mentions.find((m) => m.rule === "adjective" && isCountry(m) && m.start >= from && m.end <= to);

  const phrases: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.arabic) {
      const title = variants(t.text, true).map((v) => AR_TITLES[v.key]).find((r) => r);
      if (!title) continue;
      let role = title;
      let j = i + 1;
      if (title === "president" && tokens[j] && AR_HEAD_OF_GOVERNMENT.has(tokens[j]!.text)) [role, j] = ["prime minister", j + 1];
      // A minister's portfolio may sit between the title and the adjective ("وزير الخارجية الإماراتي").
      const last = role === "minister" ? j + 2 : j;
      for (; j <= last && tokens[j]; j++) {
        const adjective = adjectiveAt(tokens[j]!.from, tokens[j]!.to);
        if (adjective) {
          phrases.push({ start: t.from, end: adjective.end, role, country: adjective.entityId });
          break;
        }
        if (!tokens[j]!.text.startsWith("ال")) break;
      }
    } else {
      const role = EN_TITLES[t.text];
      if (!role) continue;
      // "German Chancellor", "Kenya's Foreign Minister", "US President", "the Indian prime minister".
      let k = i - 1;
      if (role === "minister" && tokens[k] && /^(?:prime|foreign|defence|defense|finance|interior|trade|energy)$/.test(tokens[k]!.text)) k--;
      const countryWord = tokens[k];
      const country = countryWord && mentions.find((m) => isCountry(m) && m.start <= countryWord.from && m.end >= countryWord.to && m.rule !== "coreference");
      if (!country || (country.rule !== "adjective" && !/^[A-Z]/.test(country.surface))) continue;
      const prime = tokens[i - 1]?.text === "prime";
      phrases.push({ start: country.start, end: t.to, role: prime ? "prime minister" : role, country: country.entityId });
    }
  }

  const persons = mentions.filter((m) => gazetteer.get(m.entityId)?.type === "person").sort((a, b) => a.start - b.start);
  // Leaders of the gazetteer the document names; a title may refer back to them.
  const named = new Set(persons.filter((m) => m.rule !== "coreference").map((m) => m.entityId));
  const antecedents = new Map<string, string>();
  const out: Mention[] = [];
  for (const p of phrases.sort((a, b) => a.start - b.start)) {
    const person = persons.find((m) => m.start >= p.end && HONORIFICS.test(normalizeForMatching(original.slice(p.end, m.start)).text));
    if (person) {
      // The title introduces this person: later, the title alone is them.
      antecedents.set(key(p.role, p.country), person.entityId);
      if (LEADER_ROLES.has(p.role)) antecedents.set(key("leader", p.country), person.entityId);
      continue;
    }
    const leaders = [...named].filter((id) => {
      const e = gazetteer.get(id);
      return e?.leaderOf === p.country && (p.role === "leader" || e.role === p.role);
    });
    const referent = antecedents.get(key(p.role, p.country)) ?? (leaders.length === 1 ? leaders[0] : undefined);
    if (!referent || mentions.some((m) => m.entityId === referent && m.start < p.end && p.start < m.end)) continue;
    const sentence = sentences.findIndex((s) => p.start >= s.start && p.start < s.end);
    if (sentence < 0) continue;
    out.push({ entityId: referent, sentence, start: p.start, end: p.end, surface: original.slice(p.start, p.end), rule: "coreference", confidence: CONFIDENCE.coreference });
  }
  return out;
}
