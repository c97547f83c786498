// A throw-away Neo4j (spare port, temporary directory) and SQLite file for tests and benchmarks; never touches .data/.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { childEnv, migrate, phase, ROOT } from "./setup.mjs";

/** Starts the stack; returns the environment to hand to child processes and a stop() that removes everything. */
export async function startThrowawayStack({ prefix = "sanad-test-", heap = "512m", pageCache = "128m" } = {}) {
  const lib = await import("./neo4j-local.mjs");
  lib.checkJava();
  const build = await phase("build local Neo4j (Maven)", () => lib.buildNeo4j({ root: ROOT, log: (l) => process.stdout.write(`  ${l}\n`) }));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  let neo4j;
  const stop = async () => {
    await neo4j?.stop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    neo4j = await phase("start a throw-away Neo4j", async () =>
      lib.startNeo4j({
        root: ROOT,
        classpath: build.classpath,
        dataDir: path.join(tmp, "neo4j"),
        port: await lib.findFreePort(),
        heap,
        pageCache,
        passwordFile: path.join(tmp, "neo4j-password"),
        log: (l) => process.stdout.write(`  ${l}\n`),
      }),
    );
    const env = childEnv({
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      DATABASE_URL: `file:${path.join(tmp, "sanad-test.db")}`,
      SANAD_TEST_TMP: tmp,
    });
    await phase("migrate the throw-away SQLite database", () => migrate(env));
    return { env, tmp, neo4j, lib, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
