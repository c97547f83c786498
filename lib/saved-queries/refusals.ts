// Why a statement is refused, in the user's words: what was refused ("writes are not allowed: CREATE") and why.
// Pure text checks, run before EXPLAIN; what they cannot see, EXPLAIN's query type catches (run-cypher.ts).

/** Blanks string literals, comments and backquoted names (same length), so keywords are found only where they act. */
export function codeOnly(cypher: string): string {
  return cypher.replace(/'(?:\\.|[^'\\])*'?|"(?:\\.|[^"\\])*"?|`(?:``|[^`])*`?|\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n]*/g, (m) => m.replace(/[^\n]/g, " "));
}

const words = (m: string) => m.trim().replace(/\s+/g, " ").toUpperCase();

// Procedure families, by what they do; each named as it was written.
const PROCEDURES: [RegExp, string][] = [
  [/\bapoc\.(load|import|export|log)[\w.]*/i, "procedures that read or write files and URLs are not allowed"],
  [/\bapoc\.(periodic|cypher|do|trigger|custom)[\w.]*/i, "procedures that run other statements are not allowed"],
  [/\bapoc\.(create|merge|refactor|atomic|lock|nodes\.(delete|link|collapse)|schema|uuid|ttl)[\w.]*/i, "procedures that write are not allowed"],
  [/\bapoc\.systemdb[\w.]*/i, "procedures that reach the system database are not allowed"],
  [/\bdb\.create\w*|\bdb\.index\.fulltext\.(create|drop)\w*/i, "procedures that write are not allowed"],
  [/\bdbms\.[\w.]*/i, "procedures that change the server are not allowed"],
  [/\bgds\.[\w.]*/i, "graph data science procedures are not allowed"],
];

// The first word of a schema or administration command, and the words after it that say what it is.
const COMMAND = /^\s*(?:(?:CYPHER|EXPLAIN)\b[^\n(]*?\s+)?(SHOW|CREATE|ALTER|DROP|GRANT|DENY|REVOKE|START|STOP|TERMINATE|RENAME|ENABLE|DISABLE)\b(\s+[A-Za-z]+){0,3}/i;
const SCHEMA = /^(CREATE|DROP)( OR REPLACE)?( (RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE))? (INDEX|CONSTRAINT)/;

/**
 * The reason a statement is refused by its text alone, or null when the text shows nothing forbidden (EXPLAIN then
 * decides). Checked on the text as given and without comments, so a comment hides nothing.
 */
export function textRefusal(cypher: string): string | null {
  const bare = cypher.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, " ");
  const code = codeOnly(cypher);
  const find = (re: RegExp) => re.exec(code) ?? re.exec(bare) ?? re.exec(cypher);

  if (find(/\bLOAD\s+CSV\b/i)) return "reading files and URLs is not allowed: LOAD CSV";
  const use = find(/^\s*USE\b|\bUSE\s+[A-Za-z`]/i);
  if (use) return "switching databases is not allowed: USE";
  const command = COMMAND.exec(code) ?? COMMAND.exec(bare);
  if (command) {
    const keyword = command[1]!.toUpperCase();
    const rest = code.slice(command.index + command[0].indexOf(command[1]!) + keyword.length);
    // CREATE followed by a pattern is a write, not a command.
    if (keyword === "CREATE" && /^\s*\(/.test(rest)) return "writes are not allowed: CREATE";
    const said = words(command[0].slice(command[0].toUpperCase().indexOf(keyword)));
    if (SCHEMA.test(said)) return `schema changes are not allowed: ${said.split(" ").slice(0, said.includes("OR REPLACE") ? 4 : 2).join(" ")}`;
    return `administration commands are not allowed: ${said.split(" ").slice(0, 2).join(" ")}`;
  }
  for (const [re, reason] of PROCEDURES) {
    const m = find(re);
    if (m) return `${reason}: ${m[0]}`;
  }
  if (find(/\bIN\s+(CONCURRENT\s+)?TRANSACTIONS\b/i)) return "writing in batches is not allowed: CALL … IN TRANSACTIONS";
  return null;
}

const WRITE_CLAUSES = /\b(DETACH\s+DELETE|NODETACH\s+DELETE|CREATE|MERGE|SET|DELETE|REMOVE|INSERT)\b/i;

/** The reason for a statement EXPLAIN calls a write ("w", "rw") or a schema change ("s"), naming the clause or procedure. */
export function explainRefusal(cypher: string, queryType: string): string {
  const code = codeOnly(cypher);
  if (queryType === "s") return "schema changes are not allowed";
  const clause = WRITE_CLAUSES.exec(code);
  if (clause) return `writes are not allowed: ${words(clause[1]!)}`;
  const call = /\bCALL\s+([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+)/i.exec(code);
  if (call) return `procedures that write are not allowed: ${call[1]}`;
  return "writes are not allowed: saved queries only read";
}
