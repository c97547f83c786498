// `npm start`: install what is missing, start Neo4j (unless NEO4J_URI is set), migrate, seed, build and serve; Ctrl-C stops it all.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { browseUrl, exposureNotice, serveCommand } from "./support/serve.mjs";
import { bin, buildIsFresh, checkNode, childEnv, ensureDependencies, migrate, phase, portFree, ROOT, run, SetupError, waitForHttp } from "./support/setup.mjs";

const dev = process.argv.includes("--dev");
const PORT = Number(process.env.PORT || 3000);
const DATA_DIR = path.resolve(ROOT, process.env.SANAD_DATA_DIR || ".data");
const MAX_NEO4J_RESTARTS = 3;

let neo4j; // the local server, when we run one
let app; // the Next.js server process
let stopping = false;

async function startLocalNeo4j(lib, build) {
  const passwordFile = process.env.SANAD_NEO4J_PASSWORD_FILE || path.join(DATA_DIR, "neo4j-password");
  return lib.startNeo4j({
    root: ROOT,
    classpath: build.classpath,
    dataDir: path.join(DATA_DIR, "neo4j"),
    host: process.env.NEO4J_HOST || "127.0.0.1",
    port: Number(process.env.NEO4J_PORT || 7687),
    heap: process.env.NEO4J_HEAP || "1g",
    pageCache: process.env.NEO4J_PAGECACHE || "512m",
    passwordFile,
    log: (line) => process.stdout.write(`  ${line}\n`),
    onExit: (code, signal) => onNeo4jExit(lib, build, code, signal),
  });
}

let restarts = 0;
async function onNeo4jExit(lib, build, code, signal) {
  if (stopping) return;
  restarts += 1;
  console.error(`! Neo4j exited unexpectedly (${signal ?? `exit ${code}`}); ${restarts <= MAX_NEO4J_RESTARTS ? `restarting (attempt ${restarts}/${MAX_NEO4J_RESTARTS})` : "giving up"}`);
  if (restarts > MAX_NEO4J_RESTARTS) return shutdown(1);
  try {
    neo4j = await startLocalNeo4j(lib, build);
    console.error("  Neo4j is back");
  } catch (err) {
    console.error(`! could not restart Neo4j: ${err.message}`);
    await shutdown(1);
  }
}

/** Connection settings for the app and the seed: an external server from the environment, else our local one. */
async function graphEnv() {
  if (process.env.NEO4J_URI) {
    process.stdout.write(`  using the Neo4j server at ${process.env.NEO4J_URI} (NEO4J_URI is set; no local server started)\n`);
    return {};
  }
  const lib = await import("./support/neo4j-local.mjs");
  const build = await phase("build local Neo4j (Maven)", async () => {
    lib.checkJava();
    return lib.buildNeo4j({ root: ROOT, log: (line) => process.stdout.write(`  ${line}\n`) });
  });
  neo4j = await phase("start Neo4j", () => startLocalNeo4j(lib, build));
  return { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.user, NEO4J_PASSWORD: neo4j.password };
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  process.stdout.write("\n▸ stopping …\n");
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((r) => app.once("exit", r));
    try {
      process.kill(-app.pid, "SIGTERM");
    } catch {}
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    try {
      process.kill(-app.pid, "SIGKILL");
    } catch {}
    process.stdout.write("  app stopped\n");
  }
  if (neo4j) {
    await neo4j.stop();
    process.stdout.write("  Neo4j stopped\n");
  }
  process.exit(code);
}

async function main() {
  checkNode();
  if (!(await portFree(PORT))) throw new SetupError(`port ${PORT} is already in use: stop what listens there or set PORT`);
  fs.mkdirSync(DATA_DIR, { recursive: true });
  await ensureDependencies();
  const graph = await graphEnv();
  if (stopping) return;
  const env = childEnv({ ...graph, DATABASE_URL: process.env.DATABASE_URL || `file:${path.join(DATA_DIR, "sanad.db")}` });
  await phase("migrate SQLite (prisma migrate deploy)", () => migrate(env));
  await phase("starter saved queries", () => run(process.execPath, [bin("tsx"), "scripts/install-starters.ts"], { env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim() }, inherit: true }));
  await phase("graph schema and seed", () => run(process.execPath, [bin("tsx"), "scripts/seed.ts", "--if-needed"], { env, inherit: true }));
  if (!dev && !buildIsFresh(".next")) await phase("build the app (next build)", () => run(process.execPath, [bin("next"), "build"], { env }));
  const serve = serveCommand({ nextBin: bin("next"), port: PORT, dev, env, dataDir: DATA_DIR });
  await phase(dev ? "start the dev server" : "start the app", async () => {
    app = spawn(process.execPath, serve.args, { cwd: ROOT, env: serve.env, stdio: ["ignore", "inherit", "inherit"], detached: true });
    app.on("exit", (code, signal) => {
      if (!stopping) {
        console.error(`! the app exited (${signal ?? `exit ${code}`})`);
        shutdown(1);
      }
    });
    const probe = serve.host === "0.0.0.0" || serve.host === "::" ? "127.0.0.1" : serve.host.includes(":") ? `[${serve.host}]` : serve.host;
    await waitForHttp(`http://${probe}:${PORT}/api/health`, { timeoutMs: 120_000, isDone: () => stopping });
  });
  const url = browseUrl(serve.host, PORT);
  process.stdout.write(`\n✔ Sanad is running on ${url}  (Ctrl-C to stop)\n`);
  // Reachable from other machines without a token of one's own: every change needs this one (docs/security.md).
  process.stdout.write(exposureNotice(serve, url));
}

process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

main().catch(async (err) => {
  console.error(`\nerror: ${err instanceof SetupError ? err.message : err?.stack || err}`);
  await shutdown(1);
});
