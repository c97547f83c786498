// The health of the two stores behind the app.
import "server-only";
import { getDb } from "./db";
import { countDocuments } from "./graph/documents";
import { serverInfo } from "./neo4j";
import type { Health } from "./types";

export async function checkHealth(): Promise<Health> {
  const [neo4j, database] = await Promise.all([
    serverInfo().then(
      (info) => ({ up: true, version: info.version }),
      () => ({ up: false }),
    ),
    getDb()
      .$queryRawUnsafe("SELECT 1")
      .then(
        () => ({ up: true }),
        () => ({ up: false }),
      ),
  ]);
  const documents = neo4j.up ? await countDocuments().catch(() => null) : null;
  const status = !neo4j.up ? "down" : database.up ? "ok" : "degraded";
  return { status, neo4j, database, documents };
}
