// Names the gazetteer lacks, where the text marks them: a title before a name ("وزير الخارجية …", "Foreign Minister …")
// or a run of capitalised words in English. They become low-confidence entities so an unseen article is not empty.
import { slugify, type GazetteerRecord } from "./gazetteer";
import { normalizeForMatching, normalizeText } from "./normalize-arabic";
import { sentenceHolding } from "./split-sentences";
import type { EntityType, Mention, Sentence } from "./types";
import { CONFIDENCE, tokenize } from "./find-mentions";

export interface Discovered {
  entry: GazetteerRecord;
  mentions: Mention[];
}

const EN_STOP = new Set(
  "the a an in on at he she it they we i but and or this that these those his her its their our my mr mrs ms dr president minister foreign prime chief executive spokesman spokeswoman both two after before when while if as by for from with however meanwhile also according monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(" "),
);
const EN_TITLES = /\b(?:minister|president|premier|chancellor|secretary|ambassador|spokes(?:man|woman|person)|chief executive|ceo|chairman|chairwoman|director|governor|mayor|general|senator|mr|mrs|ms|dr)\.?\s*$/i;
const EN_ORG = /\b(?:fund|bank|energy|company|corporation|corp|inc|ltd|group|ministry|agency|university|council|organi[sz]ation|union|party|association|institute|committee|commission|parliament|court|federation|alliance|foundation|department|government|administration|authority|news|times|post|airlines?)\b/i;
// A name ending in a geographic word is a region, whatever stands before it ("the Korean Peninsula", "Gulf of Aden").
const EN_REGION = /\b(?:peninsula|islands?|sea|ocean|strait|straits|gulf|bay|river|lake|mountains|desert|valley|coast|basin|plateau|canal|region|province)\b/i;
const EN_PLACE_BEFORE = /\b(?:in|near|at|from|to|outside)\s*$/i;
// Before a longer name, only these say it is a place ("in Rio de Janeiro"; "to Prabowo Subianto" is a person).
const EN_IN_BEFORE = /\b(?:in|near|outside)\s*$/i;
// A word after these names a company or outlet ("state energy company Pertamina", "the newspaper Kompas").
const EN_COMPANY_BEFORE = /\b(?:company|firm|giant|operator|carrier|lender|producer|conglomerate|newspaper|broadcaster|daily|insurer|maker)\s*$/i;
// A building or site is neither a person nor a city ("Planalto Palace", "Blue House").
const EN_BUILDING = /\b(?:palace|house|hall|square|airport|stadium|hotel|building|tower|embassy|base|port|dam|field)\b/i;
// Capitals everyone writes that name no organisation.
const EN_ACRONYM_STOP = new Set("GDP LNG CEO CFO COO AI TV OK AM PM LLC DC BC AD NGO NGOS COVID SUV EV EVS UN US UK EU ID PR VAT IPO HIV AIDS".split(" "));
// Name particles may sit between capitalised words ("Ursula von der Leyen", "Bank of England").
const CAPITALISED = /[A-Z][\p{L}'’-]*(?:\s+(?:(?:of|and|the|for|de|der|den|da|di|du|la|le|al|bin|van|von)\s+)*[A-Z][\p{L}'’-]*)*/gu;
// A title word inside a run ("European Commission President Ursula von der Leyen") separates an organisation or
// nationality before it from the person after it.
const EN_TITLE_WORD = /^(?:president|minister|premier|chancellor|secretary|ambassador|spokes(?:man|woman|person)|chairman|chairwoman|director|governor|mayor|general|senator|prime|foreign|chief|ceo)$/i;
// A dateline opens an article: "NEW DELHI (AP) —", "MOSCOW, March 3 (Reuters) -".
const DATELINE = /^\s*([A-Z][A-Z'’. -]*[A-Z])(?=\s*(?:,|\(|—|–|-))/u;

// Arabic titles that introduce a person's name: a ministry or office, optionally a nationality adjective.
const AR_TITLES = ["وزير", "وزيرة", "رئيس الوزراء", "رئيسة الوزراء", "المتحدث باسم", "المتحدثة باسم", "السفير", "السفيرة", "الامين العام", "مستشار", "مستشارة", "حاكم", "محافظ", "الرئيس", "الرئيسة", "ولي العهد", "الامير", "الاميرة", "الملك", "الملكة", "الشيخ"].map(normalizeText);
// Inside a name, these take the next word with them ("عبد الله", "محمد بن سلمان", "أبو مازن").
const AR_NAME_LINKS = new Set(["عبد", "بن", "بنت", "ابن", "ابو"].map(normalizeText));
// An Arabic dateline: "الرياض (رويترز) -", "بكين - ".
const AR_DATELINE = /^\s*(\p{Script=Arabic}+(?: \p{Script=Arabic}+)?)\s*(?:\(|-|–|—)/u;
// Words ending in a possessive pronoun («ولايته», «بهزيمته», «بلادها») are no part of a name.
const AR_POSSESSED = /\p{L}{2,}(?:ته|تها|تهم|ها|هم|هما)$/u;
// Institutions a title may name before the person («المتحدث باسم وزارة الخارجية …»).
const AR_INSTITUTIONS = new Set(["وزارة", "مجلس", "هيئة", "مفوضية", "رئاسة", "حكومة", "مكتب", "ادارة", "دائرة", "بنك", "شركة", "منظمة", "وكالة"].map(normalizeText));
const isInstitution = (word: string) => AR_INSTITUTIONS.has(word) || AR_INSTITUTIONS.has(word.replace(/^[وفلب]/, ""));
// Regnal numbers: the name ends with them.
const AR_ORDINALS = new Set(["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"].map(normalizeText));
// Kinds of organisation an Arabic text names one by: «شركة», «مجموعة», «حركة»…
const AR_ORG_KINDS = new Set(["شركة", "مجموعة", "مؤسسة", "منظمة", "حركة", "حزب", "وكالة", "مصرف", "بنك", "صحيفة", "قناة"].map(normalizeText));
const AR_STOP = new Set(["في", "ان", "إن", "أن", "على", "من", "عن", "خلال", "الى", "إلى", "الي", "مع", "قال", "قالت", "اكد", "اكدت", "ان", "بان", "لدى", "امس", "اليوم", "يوم", "الذي", "التي", "هذا", "هذه", "كما", "حيث", "بعد", "قبل", "عن", "بذلك", "كذلك", "لذلك", "ايضا", "فقط", "حاليا", "امس", "ابدى", "ابدت", "ابعد", "اكثر", "اقل", "اعرب", "اعربت", "اشار", "اشارت", "اوضح", "اوضحت", "اضاف", "اضافت", "اعلن", "اعلنت", "اكدت", "ذلك", "تلك", "هولاء", "اليه", "عليه", "انه", "انها"].map(normalizeText));

interface Run {
  text: string;
  /** Offset of the run inside its sentence. */
  index: number;
  s: Sentence;
}

/** English runs of capitalised words in each sentence, cut at a title word inside them. */
function capitalisedRuns(sentences: Sentence[]): Run[] {
  const runs: Run[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(CAPITALISED)) {
      const words = m[0].split(/(\s+)/);
      let from = 0;
      let pos = 0;
      for (let k = 0; k < words.length; k += 2) {
        if (EN_TITLE_WORD.test(words[k]!)) {
          if (k > from) runs.push({ text: words.slice(from, k).join("").trim(), index: m.index! + pos - words.slice(from, k).join("").length, s });
          from = k + 2;
        }
        pos += words[k]!.length + (words[k + 1]?.length ?? 0);
      }
      const rest = words.slice(from).join("");
      if (rest.trim()) runs.push({ text: rest, index: m.index! + m[0].length - rest.length, s });
    }
  }
  return runs;
}

// The head words that make a run one name even when a known name stands inside it ("Gulf of Guinea", "Bank of
// China", "Kenya Ports Authority", "US State Department"). Not "government" or "administration": "the Trump
// administration" is still Trump's.
const EN_HEAD = new RegExp(`^(?:${[EN_ORG, EN_REGION].map((r) => r.source.replace(/^\\b\(\?:|\)\\b$/g, "")).join("|")}|navy|army|forces|guard|police|shoal|reef|palace|summit|conference|forum|games|olympics|expo|congress|festival)$`, "i");
const NOT_HEAD = /^(?:government|administration)$/i;

/**
 * Known mentions that are only part of a longer English name: a capitalised run with a head word of its own, outside
 * every known mention in it ("Gulf of Guinea" holds Guinea; "South China Sea" holds China). A possessive owner
 * ("China's Ministry of Commerce") stays itself. Discovery then reads the whole run as one name.
 */
export function insideLongerNames(sentences: Sentence[], known: Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  // Each part of a run joined by "and" is its own name ("Narendra Modi and Kenya Ports Authority").
  const parts = capitalisedRuns(sentences).flatMap((r) => [...r.text.matchAll(/(?:(?!\s+and\s+).)+/gu)].map((p) => ({ ...r, text: p[0], index: r.index + p.index! })));
  for (const r of parts) {
    const start = r.s.start + r.index;
    const end = start + r.text.trimEnd().length;
    const inside = known.filter((k) => k.start >= start && k.end <= end && !/^['’]s\b/.test(r.s.text.slice(k.end - r.s.start)));
    if (!inside.length) continue;
    const words = [...r.text.matchAll(/[\p{L}'’-]+/gu)].map((w) => ({ w: w[0], at: start + w.index! }));
    const head = words.some(({ w, at }) => EN_HEAD.test(w) && !NOT_HEAD.test(w) && !known.some((k) => k.start <= at && at < k.end));
    if (head) for (const k of inside) out.add(k);
  }
  return out;
}

function overlaps(start: number, end: number, taken: Mention[]) {
  return taken.some((m) => m.start < end && start < m.end);
}

export function discoverNames(text: string, sentences: Sentence[], known: Mention[], types: ReadonlyMap<string, EntityType> = new Map()): Discovered[] {
  const isPerson = (id: string) => types.get(id) === "person";
  const found = new Map<string, Discovered>();
  const add = (surface: string, start: number, type: EntityType, arabic: boolean, canonical?: string) => {
    const end = start + surface.length;
    const sentence = sentenceHolding(sentences, start, end);
    if (sentence < 0 || overlaps(start, end, known) || overlaps(start, end, [...found.values()].flatMap((d) => d.mentions))) return;
    const name = canonical ?? surface.replace(/\s+/g, " ");
    const id = slugify(name);
    // No real name runs to a hundred characters; an id past 200 would be refused by the API (found by the fuzzer).
    if (!id || name.length > 100) return;
    const d = found.get(id) ?? { entry: { id, type, name, ...(arabic ? { nameAr: name } : {}), aliases: [] }, mentions: [] };
    if (d.mentions.some((m) => m.start === start)) return;
    d.mentions.push({ entityId: id, sentence, start, end, surface, rule: "discovered", confidence: CONFIDENCE.discovered });
    found.set(id, d);
  };

  const { text: norm, map } = normalizeForMatching(text);
  /** Adds every further mention of `name` (normalised Arabic, one or more words) to `d`, with a clitic or not. */
  const remention = (d: Discovered, name: string) => {
    const re = new RegExp(`(?<![\\p{L}])(?:[وفبل]|لل|ول|وب)?(${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})(?![\\p{L}])`, "gu");
    for (const m of norm.matchAll(re)) {
      const from = m.index! + m[0].length - m[1]!.length;
      const start = map[from]!;
      const end = map[from + m[1]!.length]!;
      const sentence = sentenceHolding(sentences, start, end);
      const taken = [...known, ...[...found.values()].flatMap((x) => x.mentions)];
      if (sentence < 0 || overlaps(start, end, taken)) continue;
      d.mentions.push({ entityId: d.entry.id, sentence, start, end, surface: text.slice(start, end), rule: "discovered", confidence: CONFIDENCE.discovered });
    }
    d.mentions.sort((a, b) => a.start - b.start);
  };

  // English dateline: the place the article was filed from.
  const dateline = text.match(DATELINE);
  if (dateline && /[A-Z]{3}/.test(dateline[1]!)) {
    const start = text.indexOf(dateline[1]!);
    const surface = dateline[1]!.trim();
    add(surface, start, "city", false, titleCase(surface));
  }

  const datelineEnd = dateline ? text.indexOf(dateline[1]!) + dateline[1]!.length : -1;

  // English: runs of capitalised words, cut at a title word inside them.
  const runs = capitalisedRuns(sentences);
  // Known names inside a run cut it too ("Narendra Modi and European Commission" leaves "European Commission").
  const pieces: typeof runs = [];
  for (const r of runs) {
    let from = 0;
    const inside = known.filter((k) => k.start < r.s.start + r.index + r.text.length && r.s.start + r.index < k.end).sort((a, b) => a.start - b.start);
    for (const k of inside) {
      const cut = k.start - r.s.start - r.index;
      if (cut > from) pieces.push({ ...r, text: r.text.slice(from, cut), index: r.index + from });
      from = Math.max(from, k.end - r.s.start - r.index);
    }
    if (from < r.text.length) pieces.push({ ...r, text: r.text.slice(from), index: r.index + from });
  }
  // "Scarborough Shoal and Second Thomas Shoal" are two names; "Ministry of Trade and Industry" is one (an
  // organisation's head word before the "and" keeps it whole).
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    const and = p.text.search(/\s+and\s+/);
    if (and < 0 || EN_ORG.test(p.text.slice(0, and))) continue;
    const rest = p.text.slice(and).match(/^\s+and\s+/)![0].length + and;
    pieces.splice(i, 1, { ...p, text: p.text.slice(0, and) }, { ...p, text: p.text.slice(rest), index: p.index + rest });
  }
  for (const piece of pieces) {
    // Trim the joining words a cut leaves at either end ("and European Commission").
    const lead = piece.text.match(/^(?:['’]s\b)?[\s'’]*(?:(?:and|of|the|for|de|von|van)\s+)*/)![0].length;
    piece.text = piece.text.slice(lead).replace(/(?:\s+(?:and|of|the|for))+\s*$|\s+$/, "");
    piece.index += lead;
  }
  for (const { text: run, index, s } of pieces.filter((p) => /[A-Z]/.test(p.text[0] ?? ""))) {
    {
      let words = run.split(/\s+/);
      let offset = s.start + index;
      while (words.length && EN_STOP.has(words[0]!.toLowerCase().replace(/['’]s$/, ""))) {
        offset = text.indexOf(words[1] ?? "", offset + words[0]!.length);
        words = words.slice(1);
      }
      while (words.length && EN_STOP.has(words[words.length - 1]!.toLowerCase())) words = words.slice(0, -1);
      if (words.length === 0) continue;
      const surface = words.join(" ").replace(/['’]s$/, "");
      const start = text.indexOf(words[0]!, offset);
      // All capitals is a dateline or an acronym, not a person's name: an acronym of two to six letters past the
      // dateline names an organisation ("IGAD", "Sonatrach's parent SNH"), unless it is an everyday one (GDP, CEO).
      if (words.every((w) => w === w.toUpperCase())) {
        if (words.length === 1 && /^[A-Z]{2,6}$/.test(surface) && !EN_ACRONYM_STOP.has(surface) && start > datelineEnd) add(surface, start, "organization", false);
        continue;
      }
      const atSentenceStart = start === s.start;
      const before = text.slice(Math.max(s.start, start - 40), start);
      const titled = EN_TITLES.test(before);
      const place = EN_PLACE_BEFORE.test(before);
      const company = EN_COMPANY_BEFORE.test(before);
      if (words.length === 1 && (atSentenceStart || (!titled && !place && !company))) continue;
      // A name right before a known person's name is the start of it ("Luiz Inacio" before "Lula da Silva").
      if (known.some((k) => k.rule !== "adjective" && /^\s+$/.test(text.slice(start + surface.length, k.start)) && k.start - start - surface.length < 3 && isPerson(k.entityId))) continue;
      const type: EntityType = EN_ORG.test(surface) || company ? "organization" : EN_REGION.test(surface) ? "region" : EN_BUILDING.test(surface) ? "other" : titled ? "person" : (words.length === 1 ? place : EN_IN_BEFORE.test(before)) ? "city" : words.length <= 3 ? "person" : "other";
      add(text.slice(start, start + surface.length), start, type, false);
    }
  }

  // Arabic: a title, an optional qualifier (the ministry, a nationality), then a two-word name.
  const tokens = tokenize(norm);
  // Arabic organisations the text introduces by kind: «شركة سوناطراك», «مجموعة إيني الإيطالية» (the name is the
  // indefinite word after the kind; a definite one is an adjective: «الشركة الوطنية»).
  for (let i = 0; i + 1 < tokens.length; i++) {
    const kind = tokens[i]!.text.replace(/^[وفلب]/, "");
    if (!AR_ORG_KINDS.has(kind)) continue;
    const name = tokens[i + 1]!;
    if (!name.arabic || !/^\s+$/.test(norm.slice(tokens[i]!.end, name.start)) || name.text.startsWith("ال") || AR_STOP.has(name.text) || name.text.length < 3) continue;
    const start = map[name.start]!;
    const end = map[name.end]!;
    if (overlaps(start, end, known)) continue;
    add(text.slice(start, end), start, "organization", true);
  }
  // Named again, with a clitic or not («لسوناطراك», «إيني الموجودة»).
  for (const d of [...found.values()]) if (d.entry.type === "organization" && d.entry.nameAr) remention(d, normalizeText(d.entry.name));

  for (let i = 0; i < tokens.length; i++) {
    const title = AR_TITLES.find((t) => {
      const words = t.split(" ");
      return words.every((w, k) => tokens[i + k]?.text === w || (k === 0 && tokens[i + k]?.text.replace(/^(و|ف|ل|ب)/, "") === w));
    });
    if (!title) continue;
    let j = i + title.split(" ").length;
    // Skip qualifiers: definite words ("الخارجية", "الروسي") and "ل/لـ" phrases.
    // An institution after the title is its qualifier with its adjectives («المتحدث باسم وزارة الخارجية الإيرانية»).
    while (j < tokens.length && isInstitution(tokens[j]!.text) && j - i < 5) j++;
    // A word with a possessive suffix qualifies the title too («المنتهية ولايته»: whose term is ending).
    while (
      j < tokens.length &&
      j - i < 5 &&
      tokens[j]!.arabic &&
      (tokens[j]!.text.startsWith("ال") || AR_POSSESSED.test(tokens[j]!.text)) &&
      // A country's adjective or a topic («وزير الطاقة») qualifies the title; another name ends it.
      !overlaps(map[tokens[j]!.start]!, map[tokens[j]!.end]!, known.filter((m) => m.rule !== "adjective" && types.get(m.entityId) !== "topic"))
    )
      j++;
    const first = tokens[j];
    const second = tokens[j + 1];
    if (!first || !second || !first.arabic || !second.arabic) continue;
    // The name follows its title directly: a comma ends the title's phrase («الرئيس المنتخب، متمنيا له»).
    if (j > 0 && !/^\s+$/.test(norm.slice(tokens[j - 1]!.end, first.start))) continue;
    if (AR_STOP.has(first.text) || AR_STOP.has(second.text) || first.text.startsWith("ال") || isInstitution(first.text)) continue;
    if (!/^\s+$/.test(norm.slice(first.end, second.start))) continue;
    // Two words at least; a third or fourth belongs to the name ("وانغ وين بين") unless it reads as the next word of
    // the sentence: a particle, a definite word, or a verb (imperfect prefixes ي ت ن س). A word after a link ("عبد",
    // "بن") always belongs ("حسين أمير عبد اللهيان").
    let last = j + 1;
    while (last - j < 3 && !AR_ORDINALS.has(tokens[last]!.text)) {
      const next = tokens[last + 1];
      if (!next || !next.arabic || !/^\s+$/.test(norm.slice(tokens[last]!.end, next.start)) || overlaps(map[next.start]!, map[next.end]!, known)) break;
      const linked = AR_NAME_LINKS.has(tokens[last]!.text);
      // A regnal number ends the name («محمد السادس», «عبد الله الثاني»).
      if (AR_ORDINALS.has(next.text)) {
        last++;
        break;
      }
      if (AR_TITLES.some((t) => [next.text, next.text.replace(/^[وفلب]/, "")].includes(t.split(" ")[0]!))) break; // the next person's title
      // After a compound first name («عبد المجيد») the family name follows, whatever letter it starts with («تبون»).
      const compound = last === j + 1 && AR_NAME_LINKS.has(first.text);
      if (!linked && (AR_STOP.has(next.text) || (compound ? /^(?:ال|لل|وال|بال)/ : /^(?:ال|لل|وال|بال|ي|ت|ن|س)/).test(next.text) || next.text.length < 2)) break;
      // A word with a possessive suffix is the sentence going on («أمادو با بهزيمته»: conceded his defeat).
      if (!linked && AR_POSSESSED.test(next.text)) break;
      last++;
    }
    // A name that runs into a known person's name is the start of it («بولا أحمد تينوبو» with «تينوبو» known).
    const after = tokens[last + 1];
    if (after && /^\s+$/.test(norm.slice(tokens[last]!.end, after.start)) && known.some((m) => isPerson(m.entityId) && m.start <= map[after.start]! && map[after.start]! < m.end)) continue;
    if (AR_NAME_LINKS.has(tokens[last]!.text)) continue; // a name cut after "عبد" is no name
    const start = map[first.start]!;
    const end = map[tokens[last]!.end]!;
    add(text.slice(start, end), start, "person", true);
  }

  // Arabic dateline: the place the article was filed from.
  const arDateline = text.match(AR_DATELINE);
  if (arDateline) add(arDateline[1]!, text.indexOf(arDateline[1]!), "city", true);

  // A discovered Arabic person named again by the family name ("وقال عبد اللهيان"): the last word, or the last two
  // when a link joins them; with a clitic or not.
  for (const d of [...found.values()]) {
    if (d.entry.type !== "person" || !d.entry.nameAr) continue;
    const words = normalizeText(d.entry.name).split(" ");
    if (words.length < 2) continue;
    const family = AR_NAME_LINKS.has(words[words.length - 2]!) ? words.slice(-2).join(" ") : words[words.length - 1]!;
    if (family.length < 4) continue;
    remention(d, family);
  }
  // A discovered English person named again by the surname ("Lars Holm … Holm said", "Von der Leyen said"), or by
  // the given name where that is the custom ("Prabowo Subianto … Prabowo told reporters"): a given name that no
  // other person of the article shares.
  const people = [...found.values()].filter((d) => d.entry.type === "person" && !d.entry.nameAr);
  const given = (d: Discovered) => d.entry.name.split(" ")[0]!;
  for (const d of people) {
    const first = given(d);
    if (first === d.entry.name || first.length < 4 || EN_STOP.has(first.toLowerCase()) || people.some((o) => o !== d && given(o) === first)) continue;
    const re = new RegExp(`(?<![\\p{L}])${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}'’-]*\\s+[A-Z])(?![\\p{L}])`, "gu");
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const sentence = sentenceHolding(sentences, start, end);
      const taken = [...known, ...[...found.values()].flatMap((x) => x.mentions)];
      if (sentence < 0 || overlaps(start, end, taken)) continue;
      d.mentions.push({ entityId: d.entry.id, sentence, start, end, surface: m[0], rule: "discovered", confidence: CONFIDENCE.discovered });
    }
  }
  for (const d of [...found.values()]) {
    if (d.entry.type !== "person" || d.entry.nameAr || !found.has(d.entry.id)) continue;
    const surname = d.entry.name.replace(/^\S+\s+/, "");
    if (surname === d.entry.name || surname.length < 3) continue;
    // The surname found on its own as a run (at a sentence start) is this person too.
    for (const [id, other] of found) {
      if (other !== d && other.entry.name.toLowerCase() === surname.toLowerCase()) {
        for (const m of other.mentions) d.mentions.push({ ...m, entityId: d.entry.id });
        found.delete(id);
      }
    }
    const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "giu");
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const sentence = sentenceHolding(sentences, start, end);
      const taken = [...known, ...[...found.values()].flatMap((x) => x.mentions)];
      if (sentence < 0 || overlaps(start, end, taken) || m[0][0] !== m[0][0]!.toUpperCase()) continue;
      d.mentions.push({ entityId: d.entry.id, sentence, start, end, surface: m[0], rule: "discovered", confidence: CONFIDENCE.discovered });
    }
    d.mentions.sort((a, b) => a.start - b.start);
  }
  return [...found.values()].sort((a, b) => a.entry.id.localeCompare(b.entry.id));
}

function titleCase(name: string) {
  return name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}
