// `npm run backup [FILE]`: the whole graph and the SQLite data in one file (default .data/backups/sanad-<time>.jsonl.gz).
import fs from "node:fs";
import path from "node:path";
import { writeBackup } from "../lib/backup";
import { env } from "../lib/env";
import { runCli } from "./support/run-cli";

const USAGE = "usage: npm run backup [-- FILE]   (FILE ending in .gz is compressed; default: $SANAD_DATA_DIR/backups/sanad-<time>.jsonl.gz)";

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (args.length > 1 || args.some((a) => a.startsWith("-"))) {
    process.stderr.write(`error: unexpected arguments\n${USAGE}\n`);
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").replace("T", "_").slice(0, 19);
  const file = path.resolve(args[0] ?? path.join(env().dataDir, "backups", `sanad-${stamp}.jsonl.gz`));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const t0 = performance.now();
  const s = await writeBackup(file);
  const tables = Object.entries(s.counts.tables).map(([t, n]) => `${n} ${t}`).join(", ");
  process.stderr.write(`backup: ${s.counts.nodes} nodes, ${s.counts.relationships} relationships, ${tables} (${(s.bytes / 1024).toFixed(0)} KiB, ${Math.round(performance.now() - t0)} ms)\n`);
  process.stderr.write(`graph checksum ${s.checksums.graph.slice(0, 16)}…\n`);
  process.stdout.write(file + "\n");
  return 0;
}

runCli(main, USAGE);
