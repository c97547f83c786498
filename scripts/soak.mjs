// `npm run soak`: the long reliability runs — the fuzz and fault suites with ten times the cases (FUZZ_RUNS, default
// 1000 per property) on a throw-away Neo4j and SQLite, then `npm start` under load with its Neo4j killed, and an
// unclean stop of everything (tests/soak/npm-start.soak.mjs). Ends with one "N passed, N failed" line.
import path from "node:path";
import { bin, checkNode, ensureDependencies, ROOT, run, SetupError } from "./support/setup.mjs";
import { startThrowawayStack } from "./support/throwaway-stack.mjs";

const FUZZ_RUNS = process.env.FUZZ_RUNS ?? "1000";
const suites = ["tests/integration/fuzz-routes.test.ts", "tests/integration/fuzz-seed.test.ts", "tests/integration/faults-neo4j.test.ts", "tests/integration/faults-seed.test.ts", "tests/integration/faults-sqlite.test.ts"];
let passed = 0;
let failed = 0;

async function step(name, work) {
  process.stdout.write(`\n▸ ${name}\n`);
  try {
    await work();
    passed++;
    process.stdout.write(`  ${name}: passed\n`);
  } catch (err) {
    failed++;
    process.stdout.write(`  ${name}: FAILED${err?.message ? ` (${err.message.split("\n")[0]})` : ""}\n`);
  }
}

let stack;
try {
  checkNode();
  await ensureDependencies();
  stack = await startThrowawayStack({ prefix: "sanad-soak-" });
  for (const suite of suites) {
    await step(`${path.basename(suite)} (FUZZ_RUNS=${FUZZ_RUNS})`, () => run(process.execPath, [bin("vitest"), "run", suite], { env: { ...stack.env, FUZZ_RUNS }, inherit: true }));
  }
  await stack.stop();
  stack = undefined;
  await step("npm start: Neo4j killed under load, then an unclean stop", () => run(process.execPath, [path.join(ROOT, "tests/soak/npm-start.soak.mjs")], { inherit: true }));
} catch (err) {
  console.error(`error: ${err instanceof SetupError ? err.message : err?.stack || err}`);
  failed++;
} finally {
  await stack?.stop();
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
