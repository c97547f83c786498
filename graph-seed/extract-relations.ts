// Step 5, relations: typed, directed where the text is, each with its evidence span, rule, modality and speaker.
// Rules read cue words (normalised like the mentions) around the mentions of one sentence; nothing is article-specific.
import { clauseAround } from "./clause-relations";
import { normalizeForMatching, normalizeText } from "./normalize-arabic";
import type { LeaderRole } from "./gazetteer";
import type { EntityType, Evidence, Mention, Modality, Relation, Sentence } from "./types";

type Kind = EntityType;
/** What the rules know of an entity: its type, and for a capital the country it can stand for. */
export type EntityInfo = Map<string, { type: Kind; capitalOf?: string; leaderOf?: string; role?: LeaderRole }>;

interface Cue {
  start: number; // original offsets
  end: number;
  text: string; // the cue as matched, normalised (with its clitics)
}

/** A sentence as the rules see it: its mentions in order and a cue finder over its normalised text. */
interface SentenceView {
  sentence: Sentence;
  mentions: Mention[];
  find(words: string[]): Cue | null;
  findAll(words: string[]): Cue[];
}

/** An Arabic future verb ("سيستقبل", "ستعقد"): the cue word as written starts with س + an imperfect prefix. */
function isFuture(cue: Cue) {
  return /^[وف]?س[يتن]/.test(cue.text);
}

function view(text: string, sentence: Sentence, mentions: Mention[]): SentenceView {
  const { text: norm, map } = normalizeForMatching(text.slice(sentence.start, sentence.end));
  return {
    sentence,
    mentions,
    find(words) {
      return this.findAll(words)[0] ?? null;
    },
    findAll(words) {
      return [...norm.matchAll(cuePattern(words))].map((m) => ({
        start: sentence.start + map[m.index + m[1]!.length]!,
        end: sentence.start + map[m.index + m[0].length]!,
        text: m[0].slice(m[1]!.length),
      }));
    },
  };
}

const cuePatterns = new Map<string, RegExp>();

/** One pattern for a list of cue words: each starts a word (after optional clitics و ف ب ل and the article) and may carry suffixes. */
function cuePattern(words: string[]): RegExp {
  const key = words.join("|");
  let re = cuePatterns.get(key);
  if (!re) {
    const needles = words.map((w) => normalizeText(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).sort((a, b) => b.length - a.length);
    re = new RegExp(`(^|[^\\p{L}])(?:وال|بال|لل|ال|[وفبل])?(?:${needles.join("|")})`, "gu");
    cuePatterns.set(key, re);
  }
  return re;
}

const SPEECH = ["قال", "اكد", "اشار", "ذكر", "دعا", "اعرب", "اوضح", "شدد", "لفت", "said", "says", "stated", "added", "stressed", "noted", "called", "urged", "told", "expressed"];
const CALL = ["دعا الى", "دعت الى", "يدعو", "called for", "urged", "calls for"];
// Arabic future verbs ("سيستقبل", "ستعقد") are planned too: the future prefix is checked on the cue itself (isFuture).
const PLAN = ["تطلع", "يتطلع", "مستعد", "ستسعى", "سيسعى", "سوف", "من المنتظر", "من المقرر", "من المتوقع", "looks forward", "looking forward", "ready to", "will ", "plans to", "intends", "expected to", "is to ", "are to ", "scheduled to"];
const MEETING = ["اجتماع", "لقاء", "التقى", "يلتقي", "سيلتقي", "قمة", "محادثات", "استقبل", "يستقبل", "سيستقبل", "meeting", "met", "meet", "summit", "talks", "hosted", "hosts", "host", "received", "receive", "welcomed", "spoke by phone", "phone call", "telephone call", "call with", "اتصالا هاتفيا", "اتصال هاتفي", "اتصالا هاتفي", "مكالمه هاتفيه", "محادثه هاتفيه"];
const SUPPORT = ["تاييد", "يؤيد", "يويد", "تؤيد", "تويد", "تدعم", "يدعم", "دعم", "دعمه", "دعمها", "مسانده", "يساند", "تساند", "support", "supports", "supported", "supporting", "backs", "backed", "backing", "stands by", "stand by"];
const OPPOSE = ["معارضه", "معارضتها", "معارضته", "يعارض", "يعارضان", "تعارض", "رفض", "يرفض", "يرفضان", "ترفض", "نرفض", "oppose", "opposes", "opposed", "opposing", "opposition to", "against", "reject", "rejects", "rejected", "rejecting", "لن تقبل", "لن يقبل", "لن نقبل", "لا تقبل", "لا نقبل", "will not accept", "won't accept", "will not tolerate", "won't tolerate", "not accept"];
const COOPERATE = ["التازر", "تازر", "التعاون", "تعاون", "التنسيق", "الربط", "المواءمه", "synergy", "cooperation", "cooperate", "coordination", "alignment", "links with", "linking", "integration"];
// "التبادل التجاري" (trade exchange) names trade with the adjective.
const TRADE = ["التجاره", "تجاره", "التجاري", "تجاري", "trade"];
const ATTEND = ["حضور", "يحضر", "سيحضر", "attend", "attending", "attendance"];
const VISIT = ["زيارته", "زيارتها", "زياره", "يزور", "سيزور", "visit", "visits", "visiting", "travel to", "travels to", "trip to", "fly to", "يسافر الى", "سيسافر الى"];
// A head of state's counterpart ("نظيره الروسي") is one too.
const LEADER_TITLES = ["الرئيس", "رئيس", "الرئيسه", "رئيسه", "نظيره", "نظيرها", "president", "leader", "counterpart", "prime minister", "premier", "رئيس الوزراء", "رئيسه الوزراء", "chairman", "chancellor", "المستشار", "الملك", "الملكه", "king", "queen", "emir", "sultan", "السلطان"];
// Which titles name which role, for a leader the gazetteer knows: "Prime Minister Meloni" says Meloni leads Italy.
const ROLE_TITLES: Record<LeaderRole, Set<string>> = Object.fromEntries(
  Object.entries({
    president: ["president", "الرئيس", "رئيس"],
    "prime minister": ["prime minister", "premier", "رئيس الوزراء", "رئيسة الوزراء"],
    chancellor: ["chancellor", "المستشار"],
    king: ["king", "الملك"],
    emir: ["emir"],
  }).map(([role, titles]) => [role, new Set(titles.map(normalizeText))]),
) as Record<LeaderRole, Set<string>>;

const isAgent = (t?: Kind) => t === "country" || t === "person" || t === "organization";

function relationId(type: string, source: string, target: string) {
  return `${type.toLowerCase()}:${source}:${target}`;
}

class RelationSet {
  private byId = new Map<string, Relation>();
  add(type: string, source: string, target: string, ev: Evidence, modality: Modality, symmetric: boolean, properties?: Record<string, string | number | boolean>) {
    if (source === target) return;
    if (symmetric && target < source) [source, target] = [target, source];
    const id = relationId(type, source, target);
    const r = this.byId.get(id) ?? { id, type, source, target, confidence: 0, modality, evidence: [] };
    // One piece of evidence per sentence: two cues in one sentence widen its span.
    const same = r.evidence.find((e) => e.sentence === ev.sentence);
    if (same) {
      same.start = Math.min(same.start, ev.start);
      same.end = Math.max(same.end, ev.end);
      same.confidence = Math.max(same.confidence, ev.confidence);
    } else r.evidence.push(ev);
    r.confidence = Math.max(r.confidence, ev.confidence);
    // Once stated as fact anywhere, the relation is a fact; otherwise the first modality seen stays.
    if (modality === "fact") r.modality = "fact";
    if (properties) r.properties = { ...(r.properties ?? {}), ...properties };
    this.byId.set(id, r);
  }
  all() {
    return [...this.byId.values()].map((r) => ({ ...r, evidence: r.evidence.sort((a, b) => a.sentence - b.sentence || a.start - b.start) }));
  }
}

/** Evidence spanning the given mentions and cue, inside the sentence; the first part is the cue (its words are kept). */
function span(v: SentenceView, parts: ({ start: number; end: number } | null | undefined)[], rule: string, confidence: number, speaker?: string): Evidence {
  const present = parts.filter((p): p is { start: number; end: number } => !!p);
  const cue = parts[0];
  return {
    sentence: v.sentence.index,
    start: Math.max(v.sentence.start, Math.min(...present.map((p) => p.start))),
    end: Math.min(v.sentence.end, Math.max(...present.map((p) => p.end))),
    rule,
    confidence,
    ...(speaker ? { speaker } : {}),
    ...(cue ? { cue: { start: cue.start, end: cue.end } } : {}),
  };
}

const minConfidence = (...ms: (Mention | undefined)[]) => Math.min(...ms.filter((m): m is Mention => !!m).map((m) => m.confidence));

function parseAmount(text: string): { amount?: string; period?: string } {
  const n = normalizeText(text);
  const out: { amount?: string; period?: string } = {};
  const ar = n.match(/(\d[\d,.]*)\s*(مليار|مليون|الف|مليارات|ملايين|الاف)\s*(دولار|يورو|يوان|روبل)/u);
  const en = n.match(/(?:\$|us\$)\s?(\d[\d,.]*)\s*(billion|million|trillion)|(\d[\d,.]*)\s*(billion|million|trillion)\s*(dollars|usd)/u);
  const euro = n.match(/€\s?(\d[\d,.]*)\s*(billion|million|trillion)|(\d[\d,.]*)\s*(billion|million|trillion)\s*(euros|eur)/u);
  const scale: Record<string, string> = { مليار: "billion", مليون: "million", الف: "thousand", مليارات: "billion", ملايين: "million", الاف: "thousand" };
  const currency: Record<string, string> = { دولار: "USD", يورو: "EUR", يوان: "CNY", روبل: "RUB" };
  if (ar) out.amount = `${ar[1]} ${scale[ar[2]!]} ${currency[ar[3]!]}`;
  else if (en) out.amount = `${en[1] ?? en[3]} ${en[2] ?? en[4]} USD`;
  else if (euro) out.amount = `${euro[1] ?? euro[3]} ${euro[2] ?? euro[4]} EUR`;
  const quarters = n.match(/(الفصول|الارباع) (الثلاثه|الثلاث) الاولي|first three quarters|first (?:nine|9) months/u);
  if (quarters) out.period = "first three quarters";
  const halfYear = n.match(/النصف الاول|first half/u);
  if (!out.period && halfYear) out.period = "first half";
  return out;
}

export function extractRelations(text: string, sentences: Sentence[], mentions: Mention[], info: EntityInfo): Relation[] {
  // A capital as an actor ("Moscow backs Beijing") stands for its country: its mention stays the city.
  const actor = (m: Mention) => info.get(m.entityId)?.capitalOf ?? m.entityId;
  const set = new RelationSet();
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  let speaker: string | undefined;
  // "The two countries in play": the two most mentioned so far (the latest breaking ties).
  const countryCounts = new Map<string, number>();
  const inPlay = () => [...countryCounts.entries()].reverse().sort((a, b) => b[1] - a[1]).slice(0, 2).map(([id]) => id);

  const countriesNamed = new Set(mentions.map((m) => actor(m)).filter((id) => info.get(id)?.type === "country"));
  for (const sentence of sentences) {
    const ms = bySentence.get(sentence.index) ?? [];
    const v = view(text, sentence, ms);
    const typeOf = (m: Mention) => info.get(m.entityId)?.type;
    const actorType = (m: Mention) => (info.get(m.entityId)?.capitalOf ? "country" : typeOf(m));
    const after = (pos: number, pred: (m: Mention) => boolean) => ms.filter((m) => m.start >= pos && pred(m));
    const before = (pos: number, pred: (m: Mention) => boolean) => ms.filter((m) => m.end <= pos && pred(m));

    // Reported speech: a speech verb opening the sentence names its speaker, or carries the last one over ("ودعا", "وأشار").
    const speech = v.find(SPEECH);
    const opening = speech !== null && speech.start - sentence.start < 25;
    if (opening) {
      // Arabic puts the speaker after the verb ("قال بوتين"), English before it ("Putin said").
      const named =
        ms.find((m) => typeOf(m) === "person" && m.end <= speech!.start && speech!.start - m.end < 4) ??
        // English subject opening the sentence, an aside before its verb ("Xi, for his part, called for").
        ms.find((m) => typeOf(m) === "person" && m.end <= speech!.start && m.start - sentence.start < 4) ??
        ms.find((m) => typeOf(m) === "person" && m.start >= speech!.start && m.start - speech!.end < 25);
      if (named) speaker = named.entityId;
    } else if (speech) {
      // A speech verb later in the sentence: its subject right before it ('"…," Erdogan told reporters'), the
      // sentence's subject across "and" ("Scholz thanked Ankara … and said"), or an unnamed one ("…, the ministry said").
      const lead = text.slice(sentence.start, speech.start);
      const named =
        ms.find((m) => typeOf(m) === "person" && m.end <= speech.start && speech.start - m.end < 4) ??
        (/(?:\band|،|,|\sو)\s*$/u.test(lead) ? ms.find((m) => typeOf(m) === "person" && m.start - sentence.start < 4) : undefined);
      if (named) speaker = named.entityId;
      else if (/,\s*(?:the\s+)?[\p{L}\s]+$/u.test(lead) && !/(?:\band)\s*$/u.test(lead)) speaker = undefined;
    } else {
      const first = ms.find((m) => typeOf(m) === "person");
      if (first && first.start - sentence.start < 40) speaker = first.entityId;
    }
    const sayer = opening || speech ? speaker : undefined;
    const call = v.find(CALL);
    // "will not accept" refuses; it plans nothing.
    const plan = v.findAll(PLAN).find((c) => !/^will not\b/i.test(text.slice(c.start, c.start + 9))) ?? null;
    const modality: Modality = call ? "call" : plan ? "plan" : sayer ? "attributed" : "fact";

    // LEADER_OF: a title with a country adjective next to a person ("الرئيس الصيني شي جينبينغ", "Chinese President Xi").
    const titles = v.findAll(LEADER_TITLES);
    for (const person of ms.filter((m) => typeOf(m) === "person")) {
      const title = titles.find((t) => Math.abs(t.start - person.end) < 20 || Math.abs(person.start - t.end) < 20);
      if (!title) continue;
      // Arabic puts the adjective after the title ("الرئيس الصيني"), English before it ("Chinese President").
      // English may name the country itself before the title ("US President Joe Biden", "Kenya's President").
      const adjective =
        ms.find((m) => typeOf(m) === "country" && m.rule === "adjective" && (Math.abs(m.start - title.end) < 3 || Math.abs(title.start - m.end) < 3)) ??
        ms.find((m) => typeOf(m) === "country" && m.end <= title.start && /^(?:['’]s)?\s(?:(?:new|incoming|interim|acting)\s)?$/.test(text.slice(m.end, title.start)) && /^[A-Za-z]/.test(m.surface));
      if (!adjective) {
        // A title right before a leader the gazetteer knows, whose country the article names: "Prime Minister Giorgia
        // Meloni", «الرئيس عبد الفتاح السيسي».
        const known = info.get(person.entityId);
        const role = known?.role;
        // The title may be part of the name the text uses ("King Mohammed VI", «الملك محمد السادس»).
        const titled = (title.end <= person.start && person.start - title.end < 3) || (title.start >= person.start && title.end <= person.end);
        if (known?.leaderOf && role && countriesNamed.has(known.leaderOf) && titled && ROLE_TITLES[role].has(title.text.replace(/^[وفل]/, "").toLowerCase()))
          set.add("LEADER_OF", person.entityId, known.leaderOf, span(v, [title, person], "leader-title-known", minConfidence(person)), "fact", false);
        continue;
      }
      const near = person.rule === "coreference" ? person.start <= title.start && person.end >= adjective.end : Math.min(Math.abs(person.start - Math.max(adjective.end, title.end)), Math.abs(Math.min(adjective.start, title.start) - person.end)) < 4;
      if (near) set.add("LEADER_OF", person.entityId, adjective.entityId, span(v, [title, adjective, person], person.rule === "coreference" ? "leader-title-reference" : "leader-title", minConfidence(person, adjective)), "fact", false);
    }

    // MET_WITH: a meeting cue with two people (or the speaker and one person). One person before the first cue meets
    // every person named after a cue in its clause: "Modi will hold talks with Ruto … before flying to Abuja for
    // meetings with Tinubu", "Sisi hosted King Abdullah II and Prime Minister al-Sudani"; whoever reports it is no guest.
    const meetings = v.findAll(MEETING);
    const meeting = meetings[0];
    if (meeting) {
      const meetingModality = isFuture(meeting) || (plan && plan.start < meeting.start) ? "plan" : modality === "attributed" ? "fact" : modality;
      const persons = ms.filter((m) => typeOf(m) === "person");
      const host = [...new Set(persons.filter((m) => m.end <= meeting.start).map((m) => m.entityId))];
      const guests = new Map<string, { cue: Cue; part: Mention }>();
      for (const cue of meetings) {
        const clause = clauseAround(text, sentence, cue);
        for (const m of persons) if (m.start >= cue.end && m.end <= clause.end && !guests.has(m.entityId) && !host.includes(m.entityId) && m.entityId !== sayer) guests.set(m.entityId, { cue, part: m });
      }
      if (host.length === 1 && guests.size) {
        const part = persons.find((m) => m.entityId === host[0])!;
        for (const [guest, g] of guests) set.add("MET_WITH", host[0]!, guest, span(v, [g.cue, part, g.part], "meeting-cue", 0.8, sayer), meetingModality, true);
      } else {
        const people = [...new Set(persons.map((m) => m.entityId))];
        if (sayer && !people.includes(sayer) && people.length === 1) people.unshift(sayer);
        if (people.length >= 2) {
          const [a, b] = people;
          const parts = ms.filter((m) => m.entityId === a || m.entityId === b);
          set.add("MET_WITH", a!, b!, span(v, [meeting, ...parts.slice(0, 2)], "meeting-cue", 0.8, sayer), meetingModality, true);
        }
      }
    }

    // SUPPORTS: "<cue> A … <B>'s position on <C>" → A SUPPORTS B {topic: C}; B HAS_POSITION_ON C.
    const support = v.find(SUPPORT);
    if (support) {
      // "Russia supports China…": the supporter right before the cue; "تأييد روسيا … لموقف الصين": right after it.
      const agentOk = (m: Mention) => isAgent(actorType(m)) && m.rule !== "adjective" && typeOf(m) !== "person";
      // The subject may sit a word or two before the cue ("Moscow firmly supports", "روسيا ستواصل دعم"), not across a clause.
      const close = before(support.start, agentOk).filter((m) => support.start - m.end < 22 && !/[،,;:؛.]/.test(text.slice(m.end, support.start)));
      const previous = close.pop();
      // "تبادلا الدعم" / "exchanged support" / "mutual support": the support runs both ways.
      const mutual = v.findAll(["تبادل", "تبادلا", "exchanged", "mutual"]).some((c) => c.end <= support.start && support.start - c.end < 6);
      // "البلدين تبادلا الدعم": one span naming both countries is the pair.
      const twin = mutual && previous ? close.filter((m) => m.start === previous.start && actor(m) !== actor(previous)).pop() : undefined;
      // Whose position is supported: the agent after "موقف"/"position" when the sentence says so.
      const position = v.find(["موقف", "position", "stance"]);
      // What is supported follows the cue in the same clause, and is not a place where something happens
      // ("تدعم جهود المملكة لإحلال السلام في اليمن" does not back Yemen).
      // Nor is a party named after "between" inside the object ("backs a settlement between Russia and Ukraine",
      // "تدعم تسوية بين روسيا وأوكرانيا"): the settlement is supported, not either side.
      const betweenCue = v.findAll(["بين", "between"]).find((b) => b.start >= support.end && !/[،,;:؛.]/.test(text.slice(support.end, b.start)));
      const following = after(support.end, agentOk).filter((m) => !/[،,;:؛.]/.test(text.slice(support.end, m.start)) && !/(?:^|\s)(?:في|in|at)\s+$/u.test(text.slice(Math.max(support.end, m.start - 6), m.start)) && !(betweenCue && m.start >= betweenCue.end));
      // Arabic names the owner after the word ("موقف بكين"), English before it ("Beijing's position").
      const owner =
        position && position.start >= support.end
          ? (after(support.end, agentOk).filter((m) => m.end <= position.start && position.start - m.end < 4).pop() ??
            after(position.end, agentOk).find((m) => m.start - position.end < 8))
          : undefined;
      const [a, b] = twin ? [twin, previous] : previous ? [previous, owner ?? following[0]] : [following[0], owner && owner !== following[0] ? owner : following[1]];
      const source = a && actor(a);
      if (b && source) {
        const target = actor(b);
        const topic = after(b.end, (m) => actor(m) !== source && actor(m) !== target && !(betweenCue && m.start >= betweenCue.end))[0];
        const supportModality: Modality = modality === "call" ? "call" : sayer ? "attributed" : "fact";
        set.add("SUPPORTS", source, target, span(v, [support, a, b, topic], "support-cue", minConfidence(a, b) * 0.9, sayer), supportModality, false, topic ? { topic: topic.entityId } : undefined);
        if (mutual) set.add("SUPPORTS", target, source, span(v, [support, a, b, topic], "mutual-support-cue", minConfidence(a, b) * 0.9, sayer), supportModality, false, topic ? { topic: topic.entityId } : undefined);
        if (topic && position) set.add("HAS_POSITION_ON", target, topic.entityId, span(v, [position, b, topic], "position-cue", minConfidence(b, topic) * 0.9, sayer), sayer ? "attributed" : "fact", false);
      }
    }

    // OPPOSES: subjects are the sentence's first-named countries (or the speaker), objects the topics after the cue.
    const oppose = v.find(OPPOSE);
    if (oppose) {
      // The opposed things follow the cue as one list ("الهيمنة وعقلية الحرب الباردة"); a new clause ends it.
      const objects: Mention[] = [];
      for (const m of after(oppose.end, (x) => ["topic", "event", "organization"].includes(typeOf(x) ?? ""))) {
        const from = objects.length ? objects[objects.length - 1]!.end : oppose.end;
        if (m.start - from > (objects.length ? 6 : 20)) break;
        objects.push(m);
      }
      const actors = ms.filter((m) => actorType(m) === "country" && m.rule !== "adjective" && m.start < oppose.start);
      const first = actors[0];
      const subjects = first ? actors.filter((m) => m.start === first.start) : [];
      const subjectIds = subjects.length ? subjects.map(actor) : sayer ? [sayer] : [];
      for (const s of subjectIds) {
        for (const o of objects.slice(0, 3)) {
          const sm = subjects.find((m) => actor(m) === s);
          set.add("OPPOSES", s, o.entityId, span(v, [oppose, o], "oppose-cue", minConfidence(sm, o) * 0.85, sayer), modality, false);
        }
      }
    }

    // COOPERATES_WITH: "<cue> between A and B", or "A … <cue> with B".
    for (const cooperate of v.findAll(COOPERATE)) {
      const between = v.findAll(["بين", "between"]).find((b) => b.start >= cooperate.end && b.start - cooperate.end < 30);
      let pair: Mention[] = [];
      if (between) {
        // "بين البلدين" is one span naming both countries.
        pair = after(between.end, (m) => isAgent(actorType(m)) || typeOf(m) === "initiative").slice(0, 2);
      } else {
        const withCue = v.findAll(["مع", "with"]).find((w) => w.start > cooperate.start && w.start - cooperate.end < 15);
        const partner = (withCue ?? (/with$/.test(text.slice(cooperate.start, cooperate.end)) ? cooperate : undefined)) && after((withCue ?? cooperate).end, (m) => isAgent(actorType(m)) || typeOf(m) === "initiative")[0];
        // The nearest actor before the cue ("Scholz thanked Ankara … and said Germany wants cooperation with Turkey").
        const subject = before(cooperate.start, (m) => (isAgent(actorType(m)) || typeOf(m) === "initiative") && typeOf(m) !== "person" && m.rule !== "adjective" && actor(m) !== (partner && actor(partner))).pop();
        if (partner && subject) pair = [subject, partner];
      }
      if (pair.length === 2) set.add("COOPERATES_WITH", actor(pair[0]!), actor(pair[1]!), span(v, [cooperate, ...pair], "cooperation-cue", minConfidence(...pair) * 0.9, sayer), modality, true);
    }

    // TRADES_WITH: bilateral trade figures between the two countries in play.
    const trade = v.find(TRADE);
    if (trade && (/\d/.test(sentence.text) || v.find(["الثنائيه", "bilateral"]))) {
      const named = [...new Set(ms.filter((m) => actorType(m) === "country" && m.rule !== "adjective" && m.rule !== "coreference").map(actor))];
      // "Trade between the EU and India": the two parties after "between" (a bloc can trade too).
      const between = v.findAll(["بين", "between"]).find((b) => b.start >= trade.end && b.start - trade.end < 30);
      const parties = between ? [...new Set(after(between.end, (m) => (actorType(m) === "country" || typeOf(m) === "organization") && m.rule !== "adjective").map(actor))].slice(0, 2) : [];
      const pair = parties.length === 2 ? parties : named.length >= 2 ? named.slice(0, 2) : inPlay();
      const figures = parseAmount(sentence.text);
      if (pair.length === 2 && (figures.amount || v.find(["الثنائيه", "bilateral"]))) {
        set.add("TRADES_WITH", pair[0]!, pair[1]!, span(v, [trade, { start: trade.start, end: Math.min(sentence.end, trade.end + 80) }], "trade-cue", 0.75, sayer), modality === "attributed" ? "attributed" : modality, true, figures.amount ? { ...figures } : undefined);
      }
    }

    // PLANS_TO_ATTEND / PLANS_TO_VISIT: the person other than the speaker (or the speaker) attends an event / visits a place.
    const attend = v.find(ATTEND);
    const visit = v.find(VISIT);
    const people = ms.filter((m) => typeOf(m) === "person" && m.entityId !== sayer);
    const visitor = people[0]?.entityId ?? sayer;
    if (attend && visitor) {
      const event = after(attend.start, (m) => typeOf(m) === "event")[0];
      if (event) set.add("PLANS_TO_ATTEND", visitor, event.entityId, span(v, [attend, event, people[0]], "attend-cue", event.confidence * 0.8, sayer), plan ? "plan" : modality, false);
    }
    if (visit && visitor) {
      // A place is named, not an adjective ("يزور المستشار الألماني واشنطن" visits Washington, not Germany).
      const places = after(visit.start, (m) => (typeOf(m) === "country" || typeOf(m) === "city") && m.rule !== "adjective");
      const place = places[0];
      // Arabic may name the visitor between the verb and the place ("أن يزور المستشار الألماني واشنطن").
      const between = place ? text.slice(visit.end, place.start) : "";
      const visitorBetween = place !== undefined && ms.some((m) => m.entityId === visitor && m.start >= visit.end && m.end <= place.start) && !/[،,;:؛.]/.test(between) && between.length < 40;
      if (place && (place.start - visit.end < 6 || visitorBetween)) {
        // "visit Nairobi and Mombasa": every place of the list.
        const list = [place];
        for (const next of places.slice(1)) {
          if (!/^(?:\s*,)?\s*(?:and\s+|و)$/u.test(text.slice(list[list.length - 1]!.end, next.start))) break;
          list.push(next);
        }
        for (const p of list) set.add("PLANS_TO_VISIT", visitor, p.entityId, span(v, [visit, p, people[0]], "visit-cue", p.confidence * 0.8, sayer), plan ? "plan" : modality, false);
      }
    }

    for (const m of ms.filter((x) => actorType(x) === "country" && x.rule !== "coreference")) countryCounts.set(actor(m), (countryCounts.get(actor(m)) ?? 0) + 1);
  }
  return set.all();
}
