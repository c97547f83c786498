// Hostile and broken input for the fuzz tests: strings, JSON values, bodies and ids that have broken web apps before.
import fc from "fast-check";

/** Strings worth trying anywhere a string goes: traversal, injection, markup, odd Unicode, control characters. */
export const NASTY_STRINGS = [
  "",
  " ",
  "../../../../etc/passwd",
  "..%2F..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "....//....//etc/passwd",
  "/etc/passwd",
  "C:\\Windows\\win.ini",
  "file:///etc/passwd",
  "' OR 1=1 --",
  '" OR ""="',
  "china'}) DETACH DELETE n //",
  "china` DETACH DELETE n //",
  "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  "MATCH (n) DETACH DELETE n",
  "CALL dbms.shutdown()",
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  "$entity",
  "{entity}",
  "${7*7}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "javascript:alert(1)",
  "\u0000",
  "china\u0000",
  "\u202e\u0645\u0635\u0631", // RIGHT-TO-LEFT OVERRIDE
  "\u200f\u0631\u0648\u0633\u064a\u0627\u200f", // RTL marks around روسيا
  "\u200d\u200c\u200b", // ZWJ, ZWNJ, zero-width space
  "\ufeffchina", // BOM
  "\ud800", // lone high surrogate
  "\udfff", // lone low surrogate
  "a\ud83dz", // half an emoji
  "👨‍👩‍👧‍👦",
  "\u0627\u0644\u0635\u064a\u0646", // الصين
  "ـــــ", // tatweel only
  "\u0301\u0301\u0301", // combining marks alone
  "%",
  "%%%",
  "%E0%A4%A",
  "\\",
  "\\u0000",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "9007199254740993",
  "true",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "toString",
  "x".repeat(5_000),
  "\u0627".repeat(1_000),
  "\r\n\r\n",
  "\t",
];

/** Any code unit, lone surrogates included (fast-check's own units never produce those). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 10 }), fc.constantFrom(...NASTY_STRINGS)).map((parts) => parts.join("")) },
);

/** JSON values of every type, hostile strings included (deep nesting is tried separately, on purpose). */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -1, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, true, false, null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileString, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A body text that is not JSON at all, or JSON cut short. */
export const malformedJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("{", "}", "[", "{text:", "{'a': 1}", '{"a": 1,}', "undefined", "NaN", '{"a": 01}', '"\\ud800"', "\u0000", "{\"a\":\"\u0000\"", '{"__proto__": {"polluted": 1}}', "{}{}"),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.tuple(hostileJson, fc.nat()).map(([v, cut]) => {
    const s = JSON.stringify({ v });
    return s.slice(0, Math.max(1, cut % s.length));
  }),
);

/** A JSON text nested `depth` levels deep (arrays, objects, or both). */
export function deeplyNested(depth: number, kind: "array" | "object" | "mixed"): string {
  let open = "";
  let close = "";
  for (let i = 0; i < depth; i++) {
    const array = kind === "array" || (kind === "mixed" && i % 2 === 0);
    open += array ? "[" : '{"a":';
    close = (array ? "]" : "}") + close;
  }
  return `${open}1${close}`;
}

export const deepJson: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 40, max: 20_000 }), fc.constantFrom("array" as const, "object" as const, "mixed" as const)).map(([d, k]) => deeplyNested(d, k));

/** Mutations that make a valid object invalid: a field of the wrong type, a missing required field, an unknown field. */
export function brokenObject(valid: Record<string, unknown>, required: string[]): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  const wrongType = fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(hostileJson, { maxLength: 2 }), fc.dictionary(fc.string(), hostileJson, { maxKeys: 2 })))
    .filter(([k, v]) => typeof v !== typeof valid[k] || Array.isArray(v) !== Array.isArray(valid[k]) || (v === null) !== (valid[k] === null))
    .map(([k, v]) => ({ ...valid, [k]: v }));
  const missing = required.length ? fc.constantFrom(...required).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))) : null;
  const unknown = fc.tuple(hostileString.filter((k) => !(k in valid)), hostileJson).map(([k, v]) => ({ ...valid, [k]: v }));
  return fc.oneof(wrongType, unknown, ...(missing ? [missing] : []));
}

const CYPHER_PARTS = [
  "MATCH (n)", "MATCH (e:Entity {id: $id})", "MATCH (a)-[r]->(b)", "OPTIONAL MATCH (n)--(m)", "WHERE n.id = $id", "WITH n", "WITH *",
  "RETURN n", "RETURN count(*)", "RETURN e.name", "RETURN 1", "LIMIT 5", "UNWIND range(1, 3) AS x", "UNWIND $list AS x",
  "CREATE (x:Hack)", "MERGE (x:Entity {id: 'hack'})", "SET n.hacked = true", "REMOVE n.name", "DELETE n", "DETACH DELETE n",
  "FOREACH (i IN [1] | CREATE (:Hack))", "FOREACH (x IN [n] | SET x.hacked = 1)", "CALL { CREATE (:Hack) }", "CALL () { MATCH (z) DETACH DELETE z } IN TRANSACTIONS",
  "CALL db.labels() YIELD label", "CALL db.createLabel('Hack')", "CALL dbms.components()", "CALL apoc.create.node(['Hack'], {})",
  "LOAD CSV FROM 'file:///etc/passwd' AS line", "USE system", "SHOW USERS", "CREATE INDEX hack FOR (n:Hack) ON (n.x)",
  "DROP CONSTRAINT entity_id", "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "//", "/*", "*/", ";", "'", "`", "{", "}", "(", ")", "[", "]", "$", "|", ",", "-->", "<--",
];

/** Cypher-looking text: reads, writes, procedures, administration and broken syntax, in any order. */
export const cypherish: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...CYPHER_PARTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(" ")),
  fc.tuple(fc.array(fc.constantFrom(...CYPHER_PARTS), { minLength: 1, maxLength: 3 }), hostileString).map(([parts, s]) => `${parts.join(" ")} ${s}`),
  hostileString,
);
