// Load: autocannon against the production build (next start) on the seed article plus a synthetic graph — the
// neighbourhood graph route, entity search and a saved-query run, at 10 and 50 connections — beside a bare Node HTTP
// server running the same Cypher through the driver, in the same run. Requests/s, p50/p95/p99, errors and non-2xx,
// and the server's RSS across rounds. Loopback only; bounded in time (BENCH_LOAD_SECONDS per route, default 30).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { extract } from "../graph-seed/extract";
import { ingest } from "../lib/documents/ingest";
import { PIPELINE_VERSION } from "../graph-seed/version";
import { writeExtraction } from "../lib/graph/write";
import { closeDb } from "../lib/db";
import { ensureSchema } from "../lib/graph/schema";
import { closeDriver, runAuto } from "../lib/neo4j";
import { flushRuns, installStarterQueries } from "../lib/saved-queries/saved-queries";
import { report, type Figure } from "./report";
import { syntheticCorpus } from "./synthetic";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 3);
const CONNECTIONS = (process.env.BENCH_LOAD_CONNECTIONS ?? "10,50").split(",").map(Number);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 300);
const DIST = process.env.BENCH_DIST ?? ".next-bench";
const ROOT = process.cwd();
const setup = (await import(path.join(ROOT, "scripts/support/setup.mjs"))) as {
  bin(name: string): string;
  buildIsFresh(dist: string): boolean;
  run(cmd: string, args: string[], o?: { env?: NodeJS.ProcessEnv }): Promise<string>;
  waitForHttp(url: string, o?: { timeoutMs?: number }): Promise<unknown>;
};
const { findFreePort } = (await import(path.join(ROOT, "scripts/support/neo4j-local.mjs"))) as { findFreePort(): Promise<number> };

const ENTITIES = ["china", "russia", "taiwan", "xi-jinping", "vladimir-putin", "united-states", "india"];
const SEARCHES = ["روسيا", "putin", "وروسيا", "China", "Rusia", "الهند", "Kazakh"];

type Route = "graph" | "search" | "run";
const json = { "content-type": "application/json" };
const runBody = (entity: string) => JSON.stringify({ params: { entity, limit: 50 } });
const REQUESTS: Record<Route, { ours: autocannon.Request[]; bare: autocannon.Request[] }> = {
  graph: {
    ours: ENTITIES.map((id) => ({ method: "GET", path: `/api/graph?focus=${id}&depth=1` })),
    bare: ENTITIES.map((id) => ({ method: "GET", path: `/graph?focus=${id}` })),
  },
  search: {
    ours: SEARCHES.map((q) => ({ method: "GET", path: `/api/search?q=${encodeURIComponent(q)}` })),
    bare: SEARCHES.map((q) => ({ method: "GET", path: `/search?q=${encodeURIComponent(q)}` })),
  },
  run: {
    ours: ENTITIES.map((id) => ({ method: "POST", path: "/api/queries/neighbourhood/run", headers: json, body: runBody(id) })),
    bare: ENTITIES.map((id) => ({ method: "POST", path: "/run", headers: json, body: runBody(id) })),
  },
};

interface Sample {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

function cannon(url: string, requests: autocannon.Request[], connections: number, duration: number): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections, duration, requests, timeout: 30 }, (err, result) => {
      if (err) return reject(err);
      latencies.sort((a, b) => a - b);
      resolve({ rps: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors: result.errors, non2xx: result.non2xx });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** RSS of a process and all its descendants, in MB (Linux /proc). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return kb / 1024;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function start(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  child.on("exit", (code, signal) => {
    if (!stopping) console.error(`! ${args.slice(0, 2).join(" ")} exited (${signal ?? code}):\n${out.split("\n").slice(-20).join("\n")}`);
  });
  return child;
}
let stopping = false;
const stop = (child?: ChildProcess) => {
  try {
    if (child?.pid) process.kill(-child.pid, "SIGTERM");
  } catch {}
};

// 1. The graph: the seed article and a synthetic corpus, and the starter queries.
let t0 = performance.now();
await ensureSchema();
await runAuto("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
await ingest(fs.readFileSync(path.join(ROOT, "graph-seed/articles/article-ar.txt")));
for (const [i, a] of syntheticCorpus(ARTICLES, 20).entries()) await writeExtraction(extract({ text: a.text, lang: a.lang, title: `synthetic ${i}` }), PIPELINE_VERSION);
await installStarterQueries();
await flushRuns();
await closeDriver();
await closeDb();
console.log(`  graph: seed article + ${ARTICLES} synthetic articles (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// 2. The production build (its own dist directory) and the two servers.
const appEnv = { ...process.env, SANAD_DIST_DIR: DIST, NODE_OPTIONS: "" };
if (!setup.buildIsFresh(DIST)) {
  t0 = performance.now();
  await setup.run(process.execPath, [setup.bin("next"), "build"], { env: appEnv });
  console.log(`  next build (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
const appPort = await findFreePort();
const barePort = await findFreePort();
const uncachedPort = await findFreePort();
const app = start([setup.bin("next"), "start", "-p", String(appPort), "-H", "127.0.0.1"], appEnv);
// The same build with the view cache off: what a graph view costs when it must be read (a view not asked for since
// the graph last changed) — the figure the statements themselves are judged by.
const uncachedApp = start([setup.bin("next"), "start", "-p", String(uncachedPort), "-H", "127.0.0.1"], { ...appEnv, SANAD_GRAPH_CACHE: "off" });
const bare = start(["--import", "tsx", "bench/bare-server.ts"], { ...process.env, BARE_PORT: String(barePort) });
const ours = `http://127.0.0.1:${appPort}`;
const oursUncached = `http://127.0.0.1:${uncachedPort}`;
const base = `http://127.0.0.1:${barePort}`;
const figures: Figure[] = [];
try {
  await setup.waitForHttp(`${ours}/api/health`, { timeoutMs: 120_000 });
  await setup.waitForHttp(`${oursUncached}/api/health`, { timeoutMs: 120_000 });
  await setup.waitForHttp(`${base}/graph?focus=china`, { timeoutMs: 60_000 });

  // 3. Both servers answer the same thing (a check that the baseline runs the same statements).
  const g1 = (await (await fetch(`${ours}/api/graph?focus=china&depth=1`)).json()) as { nodes: { id: string }[]; edges: { id: string }[] };
  const g0 = (await (await fetch(`${oursUncached}/api/graph?focus=china&depth=1`)).json()) as typeof g1;
  if (JSON.stringify(g0) !== JSON.stringify(g1)) throw new Error("the app with and without its view cache disagree on a graph view");
  const g2 = (await (await fetch(`${base}/graph?focus=china`)).json()) as { nodes: string[]; edges: string[] };
  const s1 = (await (await fetch(`${ours}/api/search?q=putin`)).json()) as { hits: { id: string }[] };
  const s2 = (await (await fetch(`${base}/search?q=putin`)).json()) as { hits: string[] };
  const r1 = (await (await fetch(`${ours}/api/queries/neighbourhood/run`, { method: "POST", headers: json, body: runBody("china") })).json()) as { rows: unknown[] };
  const r2 = (await (await fetch(`${base}/run`, { method: "POST", headers: json, body: runBody("china") })).json()) as { rows: number };
  if (!Array.isArray(r1.rows) || r1.rows.length !== r2.rows || r2.rows === 0) throw new Error(`the app and the bare server disagree on the saved-query run (${r1.rows?.length} and ${r2.rows} rows)`);
  if (JSON.stringify(g1.nodes.map((n) => n.id)) !== JSON.stringify(g2.nodes) || JSON.stringify(g1.edges.map((e) => e.id)) !== JSON.stringify(g2.edges) || JSON.stringify(s1.hits.map((h) => h.id)) !== JSON.stringify(s2.hits)) {
    throw new Error("the app and the bare server disagree: the baseline no longer runs the app's statements");
  }

  // 4. Warm both (JIT, plans, pools), then the rounds.
  for (const route of Object.keys(REQUESTS) as Route[]) {
    await cannon(ours, REQUESTS[route].ours, 10, 3);
    await cannon(base, REQUESTS[route].bare, 10, 3);
  }
  await cannon(oursUncached, REQUESTS.graph.ours, 10, 3);
  const rss: number[] = [treeRss(app.pid!)];
  const samples = new Map<string, { ours: Sample[]; bare: Sample[]; uncached: Sample[] }>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const route of Object.keys(REQUESTS) as Route[]) {
      for (const c of CONNECTIONS) {
        const key = `${route} @${c}`;
        const s = samples.get(key) ?? { ours: [], bare: [], uncached: [] };
        s.ours.push(await cannon(ours, REQUESTS[route].ours, c, SECONDS));
        if (route === "graph") s.uncached.push(await cannon(oursUncached, REQUESTS[route].ours, c, SECONDS));
        s.bare.push(await cannon(base, REQUESTS[route].bare, c, SECONDS));
        samples.set(key, s);
        const o = s.ours.at(-1)!;
        const b = s.bare.at(-1)!;
        const u = route === "graph" ? s.uncached.at(-1)! : undefined;
        console.log(
          `  round ${round} ${key}: ${o.rps.toFixed(0)} req/s (bare ${b.rps.toFixed(0)}), p95 ${o.p95.toFixed(0)} ms (bare ${b.p95.toFixed(0)}), errors ${o.errors}, non-2xx ${o.non2xx}` +
            (u ? `; uncached ${u.rps.toFixed(0)} req/s, p95 ${u.p95.toFixed(0)} ms, errors ${u.errors}, non-2xx ${u.non2xx}` : ""),
        );
      }
    }
    rss.push(treeRss(app.pid!));
    console.log(`  round ${round}: server RSS ${rss.at(-1)!.toFixed(0)} MB`);
  }

  // 5. Figures: medians over the rounds; errors summed.
  const names: Record<Route, string> = { graph: "neighbourhood graph route", search: "entity search route", run: "saved-query run" };
  for (const route of Object.keys(REQUESTS) as Route[]) {
    for (const c of CONNECTIONS) {
      const s = samples.get(`${route} @${c}`)!;
      const m = (side: "ours" | "bare" | "uncached", k: keyof Sample) => median(s[side].map((x) => x[k]));
      const sum = (side: "ours" | "bare" | "uncached") => s[side].reduce((n, x) => n + x.errors + x.non2xx, 0);
      const label = `${names[route]}, ${c} connections`;
      figures.push({ name: `${label}: throughput`, unit: "req/s", value: m("ours", "rps"), baseline: m("bare", "rps"), better: "higher", goal: "ratio >= 0.5 (baseline: bare Node HTTP server, same Cypher, same run)" });
      for (const p of ["p50", "p95", "p99"] as const) {
        const goal = route === "graph" && c === 10 && p === "p95" ? "value <= 100 ms" : "informative (baseline: bare server)";
        figures.push({ name: `${label}: latency ${p}`, unit: "ms", value: m("ours", p), baseline: m("bare", p), better: "lower", goal });
      }
      figures.push({ name: `${label}: errors + non-2xx`, unit: "responses", value: sum("ours"), baseline: sum("bare"), better: "lower", goal: c >= 50 ? "value = 0" : "informative" });
      if (route === "graph") {
        const uncached = `${names[route]} with the view cache off (SANAD_GRAPH_CACHE=off), ${c} connections`;
        figures.push({ name: `${uncached}: throughput`, unit: "req/s", value: m("uncached", "rps"), baseline: m("bare", "rps"), better: "higher", goal: "ratio >= 0.5 (baseline: bare Node HTTP server, same Cypher, same run)" });
        for (const p of ["p50", "p95", "p99"] as const) figures.push({ name: `${uncached}: latency ${p}`, unit: "ms", value: m("uncached", p), baseline: m("bare", p), better: "lower", goal: "informative (baseline: bare server)" });
        figures.push({ name: `${uncached}: errors + non-2xx`, unit: "responses", value: sum("uncached"), baseline: sum("bare"), better: "lower", goal: c >= 50 ? "value = 0" : "informative" });
      }
    }
  }
  figures.push({ name: "server RSS after the last round vs after the first", unit: "MB", value: rss.at(-1)!, baseline: rss[1]!, better: "lower", goal: `ratio <= 1.1 over ${ROUNDS} rounds (no growth beyond noise)` });
  figures.push({ name: "server RSS after the first round vs before any load", unit: "MB", value: rss[1]!, baseline: rss[0]!, better: "lower", goal: "informative (warm-up: JIT, caches, pools)" });
} finally {
  stopping = true;
  stop(app);
  stop(uncachedApp);
  stop(bare);
}
console.log(`  ${ROUNDS} rounds × ${Object.keys(REQUESTS).length} routes × ${CONNECTIONS.join("/")} connections × ${SECONDS} s, each beside the bare server`);
report("load", figures);
