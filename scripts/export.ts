// `npm run export -- --format graphml|cypher [--scope entities|full] [--rejected] [FILE]`: the graph for Gephi, yEd or another Neo4j.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { exportGraph } from "../lib/exchange/export";
import { exportQuery } from "../lib/validation";
import { runCli } from "./support/run-cli";

const USAGE = `usage: npm run export -- --format graphml|cypher [--scope entities|full] [--rejected] [FILE]
  graphml     entities and their relations, for Gephi or yEd
  cypher      a script for another Neo4j (cypher-shell -f FILE); --scope full adds documents, sentences, mentions, evidence
  --rejected  include relations a person rejected (flagged rejected)
  FILE        where to write (default: stdout)`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: "string" }, scope: { type: "string" }, rejected: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
  });
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const parsed = exportQuery.safeParse({ format: values.format, ...(values.scope ? { scope: values.scope } : {}), rejected: values.rejected ? "1" : "0" });
  if (!parsed.success || positionals.length > 1) {
    const problem = parsed.success ? "at most one FILE" : parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ");
    process.stderr.write(`error: ${problem}\n${USAGE}\n`);
    return 2;
  }
  const text = await exportGraph(parsed.data);
  if (positionals[0]) {
    fs.writeFileSync(positionals[0], text);
    process.stderr.write(`wrote ${positionals[0]} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)\n`);
  } else process.stdout.write(text);
  return 0;
}

runCli(main, USAGE);
