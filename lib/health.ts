// The health of the two stores behind the app.
import "server-only";
import { getDb } from "./db";
import { countDocuments } from "./graph/document-reads";
import { serverInfo } from "./neo4j";
import type { Health } from "./types";

/** A health check answers within this, whatever the stores do. */
const CHECK_MS = 2_000;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("no answer in time")), ms)))]).finally(() => clearTimeout(timer));
}

export async function checkHealth(): Promise<Health> {
  const [neo4j, database] = await Promise.all([
    within(serverInfo(), CHECK_MS + 1_000).then(
      (info) => ({ up: true, version: info.version }),
      () => ({ up: false }),
    ),
    // A real table read: `SELECT 1` answers even while another process holds the file locked or when it is not a database.
    within(getDb().savedQuery.findFirst({ select: { id: true } }), CHECK_MS).then(
      () => ({ up: true }),
      () => ({ up: false }),
    ),
  ]);
  const documents = neo4j.up ? await within(countDocuments(), CHECK_MS).catch(() => null) : null;
  const status = !neo4j.up ? "down" : database.up ? "ok" : "degraded";
  return { status, neo4j, database, documents };
}
