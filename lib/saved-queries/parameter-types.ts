// The parameter types of saved queries, their names for people, and the `$names` a Cypher text uses. Client-safe.

/** Stored type names (kept from the first five; `string` and `float` are shown as "text" and "number"). */
export const PARAM_TYPES = ["entity", "string", "integer", "float", "boolean", "relationType", "list"] as const;

export type ParamType = (typeof PARAM_TYPES)[number];

export const PARAM_TYPE_LABELS: Record<ParamType, string> = {
  entity: "entity",
  string: "text",
  integer: "integer",
  float: "number",
  boolean: "boolean",
  relationType: "relation type",
  list: "list",
};

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

/**
 * The parameter names a statement uses (`$who` → "who"), once each, in order of first use. String literals, comments
 * and backquoted names are skipped, so `'$5'` or `// $x` name no parameter.
 */
export function parameterNames(cypher: string): string[] {
  const names: string[] = [];
  let i = 0;
  const n = cypher.length;
  while (i < n) {
    const c = cypher[i]!;
    if (c === "'" || c === '"' || c === "`") {
      // A literal or a quoted name: up to the same quote not escaped (a doubled backquote stays inside).
      i++;
      while (i < n) {
        if (cypher[i] === "\\" && c !== "`") i += 2;
        else if (cypher[i] === c) {
          if (c === "`" && cypher[i + 1] === "`") i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (c === "/" && cypher[i + 1] === "/") {
      while (i < n && cypher[i] !== "\n") i++;
    } else if (c === "/" && cypher[i + 1] === "*") {
      const end = cypher.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "$" && i + 1 < n && NAME_START.test(cypher[i + 1]!)) {
      let j = i + 1;
      while (j < n && NAME_PART.test(cypher[j]!)) j++;
      const name = cypher.slice(i + 1, j);
      if (!names.includes(name)) names.push(name);
      i = j;
    } else i++;
  }
  return names;
}

/** Splits what a person typed into a list: commas or new lines between items, spaces around them dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,،]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
