// `npm run restore FILE [--replace]`: a backup into an empty installation; checks the counts and checksums it reproduces.
import { restoreBackup } from "../lib/backup";
import { closeDb } from "../lib/db";
import { closeDriver } from "../lib/neo4j";

const USAGE = "usage: npm run restore -- FILE [--replace]   (--replace deletes the graph and the SQLite data there first)";

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const replace = args.includes("--replace");
  const files = args.filter((a) => a !== "--replace");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    process.stderr.write(`error: name one backup file\n${USAGE}\n`);
    return 2;
  }
  const t0 = performance.now();
  const s = await restoreBackup(files[0]!, { replace, progress: (line) => process.stderr.write(`  ${line}\n`) });
  const tables = Object.entries(s.counts.tables).map(([t, n]) => `${n} ${t}`).join(", ");
  process.stderr.write(`restored: ${s.counts.nodes} nodes, ${s.counts.relationships} relationships, ${tables}; counts and checksums match (${Math.round(performance.now() - t0)} ms)\n`);
  return 0;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await Promise.allSettled([closeDriver(), closeDb()]);
  });
