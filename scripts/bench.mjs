// `npm run bench [-- NAME]`: runs bench/NAME.bench.ts (all when no name) against a throw-away Neo4j.
// Never against NEO4J_URI: benchmarks empty the graph they run on.
import fs from "node:fs";
import path from "node:path";
import { bin, checkNode, ensureDependencies, ROOT, run, SetupError } from "./support/setup.mjs";
import { startThrowawayStack } from "./support/throwaway-stack.mjs";

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const all = fs.readdirSync(path.join(ROOT, "bench")).filter((f) => f.endsWith(".bench.ts")).map((f) => f.replace(/\.bench\.ts$/, "")).sort();
const names = wanted.length ? wanted : all;
const unknown = names.filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`error: no benchmark named ${unknown.join(", ")} (have: ${all.join(", ")})`);
  process.exit(2);
}

let stack;
try {
  checkNode();
  await ensureDependencies();
  stack = await startThrowawayStack({ prefix: "sanad-bench-", heap: "1g", pageCache: "512m" });
  for (const name of names) {
    console.log(`\n▸ bench ${name}`);
    // react-server: benchmarks import route handlers and lib modules marked "server-only".
    await run(process.execPath, [bin("tsx"), path.join("bench", `${name}.bench.ts`)], { env: { ...stack.env, NODE_OPTIONS: "--conditions=react-server" }, inherit: true });
  }
} catch (err) {
  console.error(`error: ${err instanceof SetupError ? err.message : err?.stack || err}`);
  process.exitCode = 1;
} finally {
  await stack?.stop();
}
