// `npm test`: set up (dependencies, Neo4j jars, chromium), start a throw-away Neo4j and SQLite, then run
// typecheck, lint, unit, integration and Playwright suites; ends with one "N passed, N failed" line.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bin, buildIsFresh, checkNode, ensureDependencies, phase, ROOT, run, SetupError, waitForHttp } from "./support/setup.mjs";
import { serveCommand } from "./support/serve.mjs";
import { startThrowawayStack } from "./support/throwaway-stack.mjs";

const CHROMIUM = "/usr/bin/chromium";
// `npm test -- --only vitest|playwright|checks|bench` runs one part (for development; CI runs everything).
const only = process.argv.find((a, i) => process.argv[i - 1] === "--only");
// `npm test -- --only playwright e2e/explore.spec.ts` runs only the named spec files.
const specs = process.argv.slice(2).filter((a) => /\.spec\.ts(:\d+)?$/.test(a));
// `npm test -- --only vitest tests/integration/curation-edits.test.ts` runs only the named test files.
const testFiles = process.argv.slice(2).filter((a) => /\.test\.ts$/.test(a));
const TEST_DIST = ".next-test";
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const cleanups = [];

function count(suite, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  if (failed) failures.push(`${suite}: ${failed} failed`);
  process.stdout.write(`  ${suite}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
}

async function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) throw new SetupError(`chromium is missing: run  sudo apt-get update && sudo apt-get install -y chromium`);
  await phase("install chromium (apt-get)", async () => {
    await run("apt-get", ["update"]);
    await run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  });
}

/** A check that is one command: counts as one passed or failed test. */
async function check(name, args, env) {
  try {
    await run(process.execPath, args, { env, inherit: true });
    count(name, 1, 0);
  } catch {
    count(name, 0, 1);
  }
}

async function vitest(env, tmp) {
  const report = path.join(tmp, "vitest.json");
  await run(process.execPath, [bin("vitest"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...testFiles], { env, inherit: true }).catch(() => {});
  try {
    const r = JSON.parse(fs.readFileSync(report, "utf8"));
    const failedSuites = (r.testResults ?? []).filter((s) => s.status === "failed" && (s.assertionResults ?? []).length === 0).length;
    count("vitest (unit + integration)", r.numPassedTests, r.numFailedTests + failedSuites, r.numPendingTests + r.numTodoTests);
  } catch {
    count("vitest (unit + integration)", 0, 1);
  }
}

// The test build is made with these in place of real secrets; e2e/security.spec.ts searches the built files for them.
const BUILD_CANARIES = { NEO4J_PASSWORD: "canary-neo4j-password-7f3c1a9e", SANAD_ADMIN_TOKEN: "canary-admin-token-52d8e0b4" };

async function playwright(env, tmp) {
  const report = path.join(tmp, "playwright.json");
  const buildEnv = { ...env, SANAD_DIST_DIR: TEST_DIST, NEXT_PUBLIC_SANAD_TEST: "1" };
  try {
    if (!buildIsFresh(TEST_DIST)) await phase("build the app for tests", () => run(process.execPath, [bin("next"), "build"], { env: { ...buildEnv, ...BUILD_CANARIES } }));
  } catch (err) {
    console.error(err.message);
    return count("playwright", 0, 1);
  }
  const port = await (await import("./support/neo4j-local.mjs")).findFreePort();
  // Served as `npm start` serves it: the same address rules (loopback unless SANAD_HOST says otherwise).
  const serve = serveCommand({ nextBin: bin("next"), port, env: { ...buildEnv, SANAD_HOST: "" }, dataDir: tmp });
  const server = spawn(process.execPath, serve.args, { cwd: ROOT, env: serve.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let serverLog = "";
  server.stdout.on("data", (d) => (serverLog += d));
  server.stderr.on("data", (d) => (serverLog += d));
  const stopServer = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
  };
  cleanups.push(stopServer);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, { timeoutMs: 60_000 });
    await run(process.execPath, [bin("playwright"), "test", "--reporter=list,json", ...specs], {
      env: { ...buildEnv, SANAD_BASE_URL: `http://127.0.0.1:${port}`, PLAYWRIGHT_JSON_OUTPUT_NAME: report, SANAD_BUILD_SECRETS: Object.values(BUILD_CANARIES).join(",") },
      inherit: true,
    }).catch(() => {});
    const r = JSON.parse(fs.readFileSync(report, "utf8"));
    const s = r.stats ?? {};
    const errors = (r.errors ?? []).length;
    count("playwright", (s.expected ?? 0) + (s.flaky ?? 0), (s.unexpected ?? 0) + errors, s.skipped ?? 0);
  } catch (err) {
    console.error(err.message);
    if (serverLog) console.error(serverLog.split("\n").slice(-30).join("\n"));
    count("playwright", 0, 1);
  } finally {
    stopServer();
  }
}

async function main() {
  checkNode();
  await ensureDependencies();
  if (!only || only === "playwright" || only === "bench") await ensureChromium();
  const stack = await startThrowawayStack();
  cleanups.unshift(stack.stop);
  const { env, tmp } = stack;

  if (!only || only === "checks") {
    process.stdout.write("\n▸ typecheck and lint\n");
    await check("typecheck (tsc)", [bin("tsc"), "--noEmit", "-p", "."], env);
    await check("lint (eslint)", [bin("eslint"), "."], env);
  }
  if (!only || only === "vitest") {
    process.stdout.write("\n▸ unit and integration tests (vitest)\n");
    await vitest(env, tmp);
  }
  if (!only || only === "playwright") {
    process.stdout.write("\n▸ browser tests (Playwright, chromium)\n");
    await run(process.execPath, [bin("tsx"), "scripts/seed.ts", "--reset"], { env, inherit: true }).catch((err) => console.error(err.message));
    await run(process.execPath, [bin("tsx"), "scripts/install-starters.ts"], { env: { ...env, NODE_OPTIONS: "--conditions=react-server" }, inherit: true }).catch((err) => console.error(err.message));
    await playwright(env, tmp);
  }
  if (!only || only === "bench") {
    process.stdout.write("\n▸ benchmarks at a tiny size (they must run; no figure is judged)\n");
    await benchmarks(env, tmp);
  }
}

// Each benchmark once on a few articles and iterations, so a broken one fails the suite instead of rotting unseen.
// Figures go to a temporary directory: bench/results/ holds only full runs (`npm run bench`).
const TINY = { BENCH_TINY: "1", BENCH_ARTICLES: "4", BENCH_ITERATIONS: "3", BENCH_LOAD_SECONDS: "1", BENCH_LOAD_ROUNDS: "1", BENCH_LOAD_CONNECTIONS: "2", BENCH_RUNS: "1", BENCH_FRAMES: "5" };
async function benchmarks(env, tmp) {
  const names = fs.readdirSync(path.join(ROOT, "bench")).filter((f) => f.endsWith(".bench.ts")).map((f) => f.replace(/\.bench\.ts$/, "")).sort();
  for (const name of names) {
    const benchEnv = { ...env, ...TINY, BENCH_RESULTS_DIR: path.join(tmp, "bench-results"), BENCH_DIST: TEST_DIST, SANAD_DIST_DIR: TEST_DIST, NEXT_PUBLIC_SANAD_TEST: "1", NODE_OPTIONS: "--conditions=react-server" };
    await check(`bench ${name} (tiny)`, [bin("tsx"), path.join("bench", `${name}.bench.ts`)], benchEnv);
  }
}

let exitCode = 0;
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = true;
    process.stdout.write(`\n${signal}: stopping the test servers …\n`);
    for (const cleanup of cleanups) await Promise.resolve().then(cleanup).catch(() => {});
    process.exit(130);
  });
}
try {
  await main();
} catch (err) {
  console.error(`\nerror: ${err instanceof SetupError ? err.message : err?.stack || err}`);
  totals.failed += 1;
  failures.push("set-up");
} finally {
  for (const cleanup of cleanups) await Promise.resolve().then(cleanup).catch(() => {});
}
if (totals.failed || failures.length) exitCode = 1;
if (failures.length) process.stdout.write(`\nfailed: ${failures.join("; ")}\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}\n`);
process.exit(exitCode);
