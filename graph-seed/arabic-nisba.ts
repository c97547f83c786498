// The Arabic relational adjective (nisba) of a country name, used by scripts/generate-countries.ts.

/** السويد → سويدي, ألمانيا → ألماني, فرنسا → فرنسي, اليابان → ياباني, السعودية → سعودي; undefined for several words. */
export function arabicNisba(name: string): string | undefined {
  if (/\s/.test(name)) return undefined;
  let stem = name.replace(/^ال/, "");
  if (stem.endsWith("ي") || stem.endsWith("ى")) return undefined; // فيجي, مالي: the name is already the adjective
  if (stem.endsWith("ة")) stem = stem.replace(/ي?ة$/, "");
  else if (stem.endsWith("يا")) stem = stem.slice(0, -2);
  else if (stem.endsWith("ا")) stem = stem.slice(0, -1);
  return stem.length >= 2 ? stem + "ي" : undefined;
}
