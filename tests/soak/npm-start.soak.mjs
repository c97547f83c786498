// Soak: `npm start` on a data directory of its own, under HTTP load, with its Neo4j killed (SIGKILL) — npm start
// restarts it; every answer must be 200 or a 503 with a reason, no request may hang, and service must come back by
// itself — then everything killed at once (an unclean stop) and `npm start` again: nothing lost (count check).
// Run by `npm run soak`; SOAK_LOAD_SECONDS sets the load phase (default 60).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { findFreePort } from "../../scripts/support/neo4j-local.mjs";
import { ROOT } from "../../scripts/support/setup.mjs";

const LOAD_SECONDS = Number(process.env.SOAK_LOAD_SECONDS ?? 60);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanad-soak-"));
const port = await findFreePort();
const neo4jPort = await findFreePort();
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, SANAD_DATA_DIR: dataDir, PORT: String(port), NEO4J_PORT: String(neo4jPort), NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "128m" };
for (const k of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "DATABASE_URL", "SANAD_NEO4J_PASSWORD_FILE", "NODE_OPTIONS"]) delete env[k];
const failures = [];
const check = (ok, what) => {
  console.log(`soak: ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

/** Starts `npm start` (scripts/start.mjs) and resolves once it says it is running; `log` keeps its output. */
function npmStart() {
  const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const state = { child, log: "" };
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not get ready in 20 minutes:\n${state.log.slice(-3000)}`)), 20 * 60_000);
    const onData = (d) => {
      state.log += d;
      if (state.log.includes("Sanad is running")) {
        clearTimeout(timer);
        resolve(state);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`npm start exited (${code}):\n${state.log.slice(-3000)}`))));
  });
  return { state, ready };
}

/** Pids of this soak's Neo4j JVM (found by the data directory in its environment) and of its app server. */
function pidsOf(predicate) {
  const out = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (predicate(fs.readFileSync(`/proc/${entry}/environ`, "latin1").split("\0"), fs.readFileSync(`/proc/${entry}/cmdline`, "latin1"))) out.push(Number(entry));
    } catch {}
  }
  return out;
}
const jvmPids = () => pidsOf((environ, cmd) => cmd.startsWith("java") && environ.includes(`SANAD_NEO4J_HOME=${path.join(dataDir, "neo4j")}`));
const appPids = () => pidsOf((environ, cmd) => !cmd.startsWith("java") && environ.includes(`SANAD_DATA_DIR=${dataDir}`));

async function counts() {
  const graph = await (await fetch(`${base}/api/graph?limit=5000`)).json();
  const docs = await (await fetch(`${base}/api/documents`)).json();
  return {
    nodes: graph.total.nodes,
    edges: graph.total.edges,
    documents: docs.documents.map((d) => `${d.id}:${d.sentences}:${d.mentions}:${d.relations}`).sort(),
    queries: (await (await fetch(`${base}/api/queries`)).json()).queries.length,
  };
}

const ENTITIES = ["china", "russia", "taiwan", "xi-jinping", "vladimir-putin", "france", "germany"];
const requests = ENTITIES.flatMap((id) => [
  { method: "GET", path: `/api/graph?focus=${id}&depth=1` },
  { method: "GET", path: `/api/search?q=${id.slice(0, 5)}` },
  { method: "POST", path: "/api/queries/neighbourhood/run", headers: { "content-type": "application/json" }, body: JSON.stringify({ params: { entity: id } }) },
]);

let first;
try {
  console.log(`soak: npm start on ${dataDir} (app :${port}, Neo4j :${neo4jPort}) …`);
  first = npmStart();
  await first.ready;
  const added = await fetch(`${base}/api/documents`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: "France and Germany signed a trade deal in Berlin. Germany said France supports Germany on trade.", title: "Soak article" }),
  });
  check(added.status === 201, `an article added through the API (${added.status})`);
  const before = await counts();
  console.log(`soak: ${JSON.stringify({ ...before, documents: before.documents.length })}`);

  // Phase 1: load, and the JVM killed in the middle of it; npm start restarts it.
  const statuses = new Map();
  const timeline = [];
  const loadDone = new Promise((resolve, reject) => {
    const instance = autocannon({ url: base, connections: 20, duration: LOAD_SECONDS, requests, timeout: 20 }, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on("response", (_c, status) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      timeline.push([Date.now(), status]);
    });
  });
  await new Promise((r) => setTimeout(r, Math.min(10_000, (LOAD_SECONDS * 1000) / 4)));
  const jvm = jvmPids();
  check(jvm.length === 1, `found this soak's Neo4j JVM (${jvm.join(",")})`);
  const killedAt = Date.now();
  for (const pid of jvm) process.kill(pid, "SIGKILL");
  const backAt = await new Promise((resolve) => {
    const poll = setInterval(() => {
      if (!first.state.log.includes("Neo4j is back")) return;
      clearInterval(poll);
      resolve(Date.now());
    }, 200);
    setTimeout(() => (clearInterval(poll), resolve(null)), 180_000);
  });
  check(backAt !== null, `npm start restarted Neo4j after the kill (${backAt ? ((backAt - killedAt) / 1000).toFixed(1) : "-"} s)`);
  const result = await loadDone;
  const codes = Object.fromEntries(statuses);
  console.log(`soak: ${result.requests.total} requests under load: status codes ${JSON.stringify(codes)}, timeouts ${result.timeouts}, errors ${result.errors}`);
  check([...statuses.keys()].every((s) => s === 200 || s === 503 || s === 422), "every answer was 200 or 503 (or a saved query's 422 timeout): no 500");
  check(result.timeouts === 0 && result.errors === 0, "no request hung or failed to connect");
  check((statuses.get(503) ?? 0) > 0, "requests while Neo4j was down answered 503");
  const afterBack = timeline.filter(([t]) => backAt && t > backAt + 5_000);
  check(afterBack.length > 0 && afterBack.slice(-50).every(([, s]) => s === 200), `service came back by itself (last ${Math.min(50, afterBack.length)} answers 200)`);
  check(JSON.stringify(await counts()) === JSON.stringify(before), "nothing lost after the JVM was killed");

  // Phase 2: everything killed at once (power cut), then npm start again.
  for (const pid of [...jvmPids(), ...appPids(), first.state.child.pid]) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
  await new Promise((r) => setTimeout(r, 2_000));
  check(jvmPids().length === 0, "the unclean stop left no JVM behind");
  const second = npmStart();
  await second.ready;
  const after = await counts();
  check(JSON.stringify(after) === JSON.stringify(before), `npm start after an unclean stop: every node, edge, document and saved query is there (${after.nodes} nodes, ${after.edges} edges)`);
  second.state.child.kill("SIGTERM");
  await new Promise((r) => second.state.child.once("exit", r));
  check(jvmPids().length === 0 && appPids().length === 0, "Ctrl-C (SIGTERM) then stops everything");
} catch (err) {
  check(false, `the soak could not finish: ${err.message}`);
} finally {
  for (const pid of [...jvmPids(), ...appPids()]) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(`soak npm-start: ${failures.length ? `${failures.length} check(s) failed` : "all checks passed"}`);
process.exit(failures.length ? 1 : 0);
