// `npm run restore FILE [--replace]`: a backup into an empty installation; checks the counts and checksums it reproduces.
import { restoreBackup } from "../lib/backup";
import { runCli } from "./support/run-cli";

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

runCli(main, USAGE);
