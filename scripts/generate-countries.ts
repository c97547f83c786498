// `npx tsx scripts/generate-countries.ts`: writes graph-seed/countries.generated.ts, every sovereign country with its
// English and Arabic names, aliases, adjectives (English demonyms, Arabic nisba forms) and capital, from the npm
// packages world-countries and i18n-iso-countries (dev dependencies: the pipeline never loads them at run time).
import fs from "node:fs";
import path from "node:path";
import i18nAr from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import i18nEn from "i18n-iso-countries/langs/en.json" with { type: "json" };
import worldCountries from "world-countries/countries.json" with { type: "json" };
import { arabicNisba } from "../graph-seed/arabic-nisba";

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  independent?: boolean | null;
  unMember: boolean;
  translations: Record<string, { common: string; official: string }>;
  demonyms?: { eng?: { m: string; f: string } };
}

const OUT = path.join(path.dirname(new URL(import.meta.url).pathname), "../graph-seed/countries.generated.ts");

// Not independent in the data, but news treats them as countries.
const ALSO = new Set(["PS", "TW", "XK", "EH"]);
// Canonical English names the gazetteer already used as ids (ids are slugs of the name and must not change).
const NAME: Record<string, string> = { TR: "Turkey", CD: "DR Congo", CV: "Cape Verde", CZ: "Czech Republic", VA: "Vatican City" };
// Extra names the packages lack.
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ["US", "U.S.", "America", "أمريكا", "أميركا", "الولايات المتحدة الأميركية"],
  GB: ["UK", "Britain", "بريطانيا"],
  AE: ["UAE", "Emirates", "الامارات"],
  KR: ["كوريا الجنوبية"],
  PS: ["الأراضي الفلسطينية"],
};
// Arabic adjectives the nisba rule cannot derive (several words, or irregular).
const AR_ADJECTIVES: Record<string, string[]> = {
  US: ["أمريكي", "أميركي"], GB: ["بريطاني"], AE: ["إماراتي"], SA: ["سعودي"], AT: ["نمساوي"], AF: ["أفغاني"], KR: ["كوري جنوبي"],
  KP: ["كوري شمالي"], ZA: ["جنوب أفريقي", "جنوب إفريقي"], NZ: ["نيوزيلندي"], CD: ["كونغولي"], CG: ["كونغولي"], CI: ["إيفواري"],
};
// Forms that are everyday words as well: "مالي" is "financial", "مجري" a "course" ("مجرى التحقيق").
const AR_BLOCKED = new Set(["مالي", "مجري", "عماني"]);
// Arabic names that are everyday words too ("مالي": "financial"): kept as the display name, never matched.
const AR_UNMATCHED: Record<string, string[]> = { ML: ["مالي"] };
// Capitals that are common words or contested as capitals are left out of the capital list.
const CAPITAL_BLOCKED = new Set(["Male", "Victoria", "Kingston", "Jerusalem", "Ramallah", "Washington D.C.", "City of Victoria", "Sucre", "Praia"]);
// Wikidata ids we are sure of; the rest stay empty rather than guessed.
const WIKIDATA: Record<string, string> = {
  AE: "Q878", AF: "Q889", AR: "Q414", AT: "Q40", AU: "Q408", BE: "Q31", BH: "Q398", BR: "Q155", CA: "Q16", CH: "Q39", CN: "Q148",
  DE: "Q183", DK: "Q35", DZ: "Q262", EG: "Q79", ES: "Q29", ET: "Q115", FI: "Q33", FR: "Q142", GB: "Q145", GH: "Q117", GR: "Q41",
  ID: "Q252", IL: "Q801", IN: "Q668", IQ: "Q796", IR: "Q794", IT: "Q38", JO: "Q810", JP: "Q17", KE: "Q114", KW: "Q817", LB: "Q822",
  LY: "Q1016", MA: "Q1028", MX: "Q96", NG: "Q1033", NL: "Q55", NO: "Q20", OM: "Q842", PK: "Q843", PL: "Q36", PS: "Q219060",
  QA: "Q846", RU: "Q159", SA: "Q851", SD: "Q1049", SE: "Q34", SY: "Q858", TN: "Q948", TR: "Q43", TW: "Q865", UA: "Q212", US: "Q30",
  YE: "Q805", ZA: "Q258", KR: "Q884", KP: "Q423", VN: "Q881", TZ: "Q924", UG: "Q1036", RW: "Q1037", SN: "Q1041", BY: "Q184",
  KZ: "Q232", MN: "Q711",
};

const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

interface Row {
  cca2: string;
  name: string;
  nameAr: string;
  aliases: string[];
  adjectives: string[];
  capital?: string;
  wikidata?: string;
  unmatched?: string[];
}

const rows: Row[] = [];
for (const c of worldCountries as unknown as WorldCountry[]) {
  if (!(c.independent || c.unMember || ALSO.has(c.cca2))) continue;
  const name = NAME[c.cca2] ?? c.name.common;
  const nameAr = c.translations.ara?.common ?? asList((i18nAr.countries as Record<string, string | string[]>)[c.cca2])[0]!;
  const english = [c.name.common, c.name.official, ...asList((i18nEn.countries as Record<string, string | string[]>)[c.cca2]), ...c.altSpellings.filter((a) => /^[A-Z][A-Za-z .'’-]{3,}$/.test(a))];
  const arabic = [c.translations.ara?.official, ...asList((i18nAr.countries as Record<string, string | string[]>)[c.cca2])].filter((a): a is string => !!a);
  const aliases = [...new Set([...english, ...arabic, ...(EXTRA_ALIASES[c.cca2] ?? [])])].filter((a) => a !== name && a !== nameAr && !a.includes(","));
  const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && d !== name);
  const nisba = AR_ADJECTIVES[c.cca2] ?? [arabicNisba(nameAr)].filter((a): a is string => !!a);
  const capital = c.capital?.[0];
  rows.push({
    cca2: c.cca2,
    name,
    nameAr,
    aliases,
    adjectives: [...new Set([...demonyms, ...nisba])].filter((a) => !AR_BLOCKED.has(a)),
    ...(capital && !CAPITAL_BLOCKED.has(capital) ? { capital } : {}),
    ...(WIKIDATA[c.cca2] ? { wikidata: WIKIDATA[c.cca2] } : {}),
    ...(AR_UNMATCHED[c.cca2] ? { unmatched: AR_UNMATCHED[c.cca2] } : {}),
  });
}

// A demonym is an adjective, never a name ("Togolese" in Togo's alternative spellings would let "Congolese" read as a
// typo of it).
const demonymSet = new Set(rows.flatMap((r) => r.adjectives.map((a) => a.toLowerCase())));
for (const r of rows) r.aliases = r.aliases.filter((a) => !demonymSet.has(a.toLowerCase()));
// A name or adjective two countries share ("Congolese", "الكونغو") says neither: it is left out of both.
const count = new Map<string, number>();
for (const r of rows) for (const w of new Set([...r.aliases, ...r.adjectives].map((x) => x.toLowerCase()))) count.set(w, (count.get(w) ?? 0) + 1);
for (const r of rows) {
  r.aliases = r.aliases.filter((a) => count.get(a.toLowerCase()) === 1);
  r.adjectives = r.adjectives.filter((a) => count.get(a.toLowerCase()) === 1 || AR_ADJECTIVES[r.cca2]?.includes(a));
}
for (const cca2 of ["CD", "CG"]) rows.find((r) => r.cca2 === cca2)!.adjectives = rows.find((r) => r.cca2 === cca2)!.adjectives.filter((a) => a !== "كونغولي");
rows.sort((a, b) => a.name.localeCompare(b.name));

const body = `// Generated by scripts/generate-countries.ts from world-countries and i18n-iso-countries: do not edit by hand.
// Every sovereign country (and Palestine, Taiwan, Kosovo, Western Sahara): names in English and Arabic, aliases,
// adjectives (English demonyms, Arabic nisba forms) and capital. gazetteer.ts merges hand-kept knowledge over it.
export interface GeneratedCountry {
  cca2: string;
  name: string;
  nameAr: string;
  aliases: string[];
  adjectives: string[];
  capital?: string;
  wikidata?: string;
  unmatched?: string[]; // names that are everyday words as well: displayed, never matched
}

export const COUNTRIES: GeneratedCountry[] = ${JSON.stringify(rows, null, 0).replace(/\},\{/g, "},\n  {").replace(/^\[\{/, "[\n  {").replace(/\}\]$/, "},\n]")};
`;
fs.writeFileSync(OUT, body);
console.log(`wrote ${rows.length} countries to ${path.relative(process.cwd(), OUT)}`);
