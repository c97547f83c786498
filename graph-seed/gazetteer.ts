// Knowledge the matcher starts from: entities with their names in English and Arabic, aliases and adjective forms.
// Mentions, offsets and relations always come from the text; this only says what a name refers to.
import type { GazetteerEntry } from "./types";

export interface GazetteerRecord extends GazetteerEntry {
  /** For a capital: the country it stands for when a text says "Moscow backs Beijing". */
  capitalOf?: string;
  /** For a head of state or government: the country they lead (lets "the Chinese president" refer back to them). */
  leaderOf?: string;
  /** Adjective / demonym forms ("الصيني", "Chinese", "Sino"); Arabic ones inflect (ـة, ـون, ـين) automatically. */
  adjectives?: string[];
}

/** The longest id the API accepts (lib/validation.ts entityId); a run-on "name" longer than that is cut. */
const ID_MAX = 200;

/**
 * A URL-safe slug of a canonical name: "Xi Jinping" → "xi-jinping". Only what an entity id may hold survives
 * (lib/validation.ts: lowercase and caseless letters, digits, hyphens); modifier letters such as the tatweel (ـ) are
 * dropped, so "Xi Jinpingـأكد" cannot make an id the API refuses.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\p{M}\p{Lm}]/gu, "")
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, "-")
    .replace(/^-+/, "")
    .slice(0, ID_MAX)
    .replace(/-+$/, "");
}

type Row = [type: GazetteerEntry["type"], name: string, nameAr: string | undefined, aliases: string[], wikidata?: string, adjectives?: string[], leaderOf?: string];

const ROWS: Row[] = [
  // Countries
  ["country", "China", "الصين", ["People's Republic of China", "PRC", "جمهورية الصين الشعبية"], "Q148", ["صيني", "Chinese", "Sino"]],
  ["country", "Russia", "روسيا", ["Russian Federation", "روسيا الاتحادية", "الاتحاد الروسي"], "Q159", ["روسي", "Russian", "Russo"]],
  ["country", "Taiwan", "تايوان", ["Republic of China", "Formosa"], "Q865", ["تايواني", "Taiwanese"]],
  ["country", "United States", "الولايات المتحدة", ["USA", "U.S.", "United States of America", "America", "أمريكا", "أميركا"], "Q30", ["أمريكي", "أميركي", "American"]],
  ["country", "Ukraine", "أوكرانيا", [], "Q212", ["أوكراني", "Ukrainian"]],
  ["country", "India", "الهند", [], "Q668", ["هندي", "Indian"]],
  ["country", "Japan", "اليابان", [], "Q17", ["ياباني", "Japanese"]],
  ["country", "Iran", "إيران", [], "Q794", ["إيراني", "Iranian"]],
  ["country", "Turkey", "تركيا", ["Türkiye"], "Q43", ["تركي", "Turkish"]],
  ["country", "Egypt", "مصر", [], "Q79", ["مصري", "Egyptian"]],
  ["country", "Saudi Arabia", "السعودية", ["المملكة العربية السعودية"], "Q851", ["سعودي", "Saudi"]],
  ["country", "United Kingdom", "المملكة المتحدة", ["UK", "Britain", "Great Britain", "بريطانيا"], "Q145", ["بريطاني", "British"]],
  ["country", "France", "فرنسا", [], "Q142", ["فرنسي", "French"]],
  ["country", "Germany", "ألمانيا", [], "Q183", ["ألماني", "German"]],
  ["country", "Kazakhstan", "كازاخستان", [], "Q232", ["كازاخستاني", "Kazakh"]],
  ["country", "Belarus", "بيلاروسيا", ["روسيا البيضاء"], "Q184", ["بيلاروسي", "Belarusian"]],
  ["country", "Syria", "سوريا", ["سورية"], "Q858", ["سوري", "Syrian"]],
  ["country", "Israel", "إسرائيل", [], "Q801", ["إسرائيلي", "Israeli"]],
  ["country", "Pakistan", "باكستان", [], "Q843", ["باكستاني", "Pakistani"]],
  ["country", "Mongolia", "منغوليا", [], "Q711", ["منغولي", "Mongolian"]],
  ["country", "Yemen", "اليمن", [], "Q805", ["يمني", "Yemeni"]],
  ["country", "North Korea", "كوريا الشمالية", ["DPRK"], "Q423", []],
  ["country", "South Korea", "كوريا الجنوبية", [], "Q884", []],
  // People
  ["person", "Xi Jinping", "شي جينبينغ", ["Xi", "شي", "شي جين بينغ", "شي جين بينج", "جينبينغ"], "Q15031", [], "china"],
  ["person", "Vladimir Putin", "فلاديمير بوتين", ["Putin", "بوتين"], "Q7747", [], "russia"],
  ["person", "Joe Biden", "جو بايدن", ["Biden", "بايدن"], "Q6279", [], "united-states"],
  ["person", "Volodymyr Zelensky", "فولوديمير زيلينسكي", ["Zelensky", "Zelenskyy", "زيلينسكي"], "Q3874799", [], "ukraine"],
  ["person", "Wang Yi", "وانغ يي", [], undefined],
  ["person", "Sergey Lavrov", "سيرغي لافروف", ["Lavrov", "لافروف", "سيرجي لافروف"], "Q163566"],
  ["person", "Dmitry Peskov", "دميتري بيسكوف", ["Peskov", "بيسكوف"], undefined],
  ["person", "Li Keqiang", "لي كه تشيانغ", [], undefined],
  ["person", "Narendra Modi", "ناريندرا مودي", ["Modi", "مودي"], "Q1058", [], "india"],
  // Cities
  ["city", "Beijing", "بكين", ["Peking", "بيجين"], "Q956"],
  ["city", "Moscow", "موسكو", [], "Q649"],
  ["city", "Shanghai", "شانغهاي", [], "Q8686"],
  ["city", "Washington", "واشنطن", ["Washington, D.C."], "Q61"],
  ["city", "Kyiv", "كييف", ["Kiev"], "Q1899"],
  ["city", "Saint Petersburg", "سانت بطرسبرغ", ["St. Petersburg", "بطرسبورغ"], "Q656"],
  ["city", "Taipei", "تايبيه", [], "Q1867"],
  ["region", "Siberia", "سيبيريا", [], "Q5428"],
  ["city", "Riyadh", "الرياض", [], "Q3692"],
  ["city", "Tehran", "طهران", [], "Q3616"],
  ["city", "Cairo", "القاهرة", [], "Q85"],
  ["city", "New Delhi", "نيودلهي", ["نيو دلهي"], "Q987"],
  ["city", "Brussels", "بروكسل", [], "Q239"],
  ["city", "Hong Kong", "هونغ كونغ", ["هونج كونج"], "Q8646"],
  // Organisations, initiatives
  ["initiative", "Belt and Road Initiative", "مبادرة الحزام والطريق", ["BRI", "Belt and Road", "One Belt One Road", "الحزام والطريق", "مبادرة الحزام و الطريق"], undefined],
  ["organization", "Eurasian Economic Union", "الاتحاد الاقتصادي الأوراسي", ["EAEU", "EEU", "Eurasian Union", "الاتحاد الأوراسي"], "Q17052"],
  ["organization", "Shanghai Cooperation Organisation", "منظمة شانغهاي للتعاون", ["SCO", "Shanghai Cooperation Organization"], "Q485207"],
  ["organization", "BRICS", "بريكس", ["مجموعة بريكس"], "Q135208"],
  ["organization", "NATO", "حلف شمال الأطلسي", ["North Atlantic Treaty Organization", "الناتو", "حلف الناتو"], "Q7184"],
  ["organization", "United Nations", "الأمم المتحدة", ["UN", "U.N."], "Q1065"],
  ["organization", "UN Security Council", "مجلس الأمن الدولي", ["Security Council", "مجلس الأمن"], "Q37470"],
  ["organization", "European Union", "الاتحاد الأوروبي", ["EU"], "Q458"],
  ["organization", "World Health Organization", "منظمة الصحة العالمية", ["WHO"], "Q7817"],
  ["organization", "World Trade Organization", "منظمة التجارة العالمية", ["WTO"], "Q7825"],
  ["organization", "Gazprom", "غازبروم", [], "Q102673"],
  // Seats of government: they speak and act for their country ("the Kremlin said", "أكد الكرملين").
  ["organization", "Kremlin", "الكرملين", ["the Kremlin", "Moscow Kremlin"], undefined],
  ["organization", "White House", "البيت الأبيض", ["the White House"], undefined],
  ["organization", "Xinhua", "شينخوا", ["Xinhua News Agency", "وكالة شينخوا", "وكالة أنباء شينخوا"], "Q204839"],
  // Events
  ["event", "Beijing 2022 Winter Olympics", "أولمبياد بكين الشتوي 2022", ["2022 Winter Olympics", "Beijing Winter Olympics", "Beijing 2022", "الألعاب الأولمبية الشتوية", "دورة الألعاب الأولمبية الشتوية", "أولمبياد بكين الشتوي", "الأولمبياد الشتوي"], "Q115108"],
  ["event", "COVID-19 pandemic", "جائحة كوفيد-19", ["COVID-19", "COVID", "coronavirus", "the pandemic", "كوفيد-19", "كوفيد", "كورونا", "فيروس كورونا", "الجائحة"], "Q81068910"],
  ["event", "Cold War", "الحرب الباردة", [], "Q8683"],
  // Topics
  ["topic", "Multilateralism", "التعددية", ["multilateralism", "التعددية الحقيقية", "true multilateralism"], undefined],
  ["topic", "Hegemony", "الهيمنة", ["hegemonism"], undefined],
  ["topic", "Cold War mentality", "عقلية الحرب الباردة", ["Cold War thinking"], undefined],
  ["topic", "Bilateral trade", "التجارة الثنائية", [], undefined],
  ["topic", "Trade", "التجارة", [], "Q601401"],
  ["topic", "Oil", "النفط", ["crude oil"], "Q22656"],
  ["topic", "Natural gas", "الغاز", ["gas", "الغاز الطبيعي"], "Q40858"],
  ["topic", "Finance", "المالية", ["التمويل"], "Q43015"],
  ["topic", "Space", "الفضاء", ["space exploration"], undefined],
  ["topic", "Aviation", "الطيران", [], "Q765633"],
  ["topic", "International justice", "العدالة الدولية", ["العدالة"], undefined],
  ["topic", "Equity", "الإنصاف", ["fairness"], undefined],
  ["topic", "Strategic trust", "الثقة الاستراتيجية", ["الثقة الاستراتيجية المتبادلة", "mutual strategic trust"], undefined],
  ["topic", "Mutual benefit", "المنفعة المتبادلة", [], undefined],
  ["topic", "International relations", "العلاقات الدولية", [], "Q166542"],
  ["topic", "Core interests", "المصالح الجوهرية", ["core interests"], undefined],
  ["topic", "Politicization of sport", "تسييس الرياضة", ["politicizing sport", "politicization of sports"], undefined],
  ["topic", "Sanctions", "العقوبات", [], undefined],
  ["topic", "Energy", "الطاقة", [], "Q11379"],
  ["topic", "Security", "الأمن", [], undefined],
];

// Capitals and seats of government stand for their country inside relations ("Moscow backs Beijing").
const CAPITALS: Record<string, string> = { beijing: "china", moscow: "russia", washington: "united-states", kyiv: "ukraine", taipei: "taiwan", riyadh: "saudi-arabia", tehran: "iran", cairo: "egypt", "new-delhi": "india", kremlin: "russia", "white-house": "united-states" };

export const GAZETTEER: GazetteerRecord[] = ROWS.map(([type, name, nameAr, aliases, wikidata, adjectives, leaderOf]) => ({
  id: slugify(name),
  type,
  name,
  ...(nameAr ? { nameAr } : {}),
  aliases,
  ...(wikidata ? { wikidata } : {}),
  ...(adjectives?.length ? { adjectives } : {}),
  ...(leaderOf ? { leaderOf } : {}),
  ...(CAPITALS[slugify(name)] ? { capitalOf: CAPITALS[slugify(name)] } : {}),
}));
