// A deterministic synthetic news corpus in Arabic and English, built from templates over gazetteer names.
import { GAZETTEER } from "../graph-seed/gazetteer";

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const byType = (t: string) => GAZETTEER.filter((e) => e.type === t);
const AR_TEMPLATES = [
  "قال {person} إن {country} تدعم موقف {country2} من قضية {topic}.",
  "التقى الرئيس {person} نظيره {person2} في {city} لبحث {topic}.",
  "ودعا إلى التعاون بين {org} و{org2} في مجال {topic}.",
  "وأشار إلى أن التجارة الثنائية بين {country} و{country2} بلغت {n} مليار دولار.",
  "وأكد أن {country} تعارض {topic} وتسعى إلى تعزيز {topic2}.",
  "كما أعرب {person} عن تطلعه لحضور {event} في {city}.",
];
const EN_TEMPLATES = [
  "{person} said {country} supports {country2}'s position on {topic}.",
  "{person} met {person2} in {city} to discuss {topic}.",
  "Officials called for cooperation between the {org} and the {org2}.",
  "Trade between {country} and {country2} reached ${n} billion this year.",
  "{country} opposes {topic} and wants more {topic2}.",
  "{person} will attend the {event} in {city}.",
];

export interface SyntheticArticle {
  text: string;
  lang: "ar" | "en";
}

export function syntheticCorpus(articles: number, sentencesPerArticle = 20, seed = 42): SyntheticArticle[] {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const pools = { person: byType("person"), country: byType("country"), city: byType("city"), org: [...byType("organization"), ...byType("initiative")], topic: byType("topic"), event: byType("event") };
  const out: SyntheticArticle[] = [];
  for (let a = 0; a < articles; a++) {
    const lang = a % 2 === 0 ? "ar" : "en";
    const sentences: string[] = [];
    for (let i = 0; i < sentencesPerArticle; i++) {
      const template = pick(lang === "ar" ? AR_TEMPLATES : EN_TEMPLATES);
      sentences.push(
        template.replace(/\{(person|country|city|org|topic|event)2?\}|\{n\}/g, (match, kind?: keyof typeof pools) => {
          if (!kind) return String(10 + Math.floor(rnd() * 200));
          const e = pick(pools[kind]);
          return lang === "ar" ? (e.nameAr ?? e.name) : e.name;
        }),
      );
    }
    // A unique line keeps every article a distinct document (ids come from the content hash).
    out.push({ text: `${sentences.join(lang === "ar" ? "\n" : " ")}\n${lang === "ar" ? "رقم" : "No."} ${a}`, lang });
  }
  return out;
}
