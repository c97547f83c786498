// The baseline of bench/load.bench.ts: a bare Node HTTP server running the same Cypher as the app's routes through the
// driver, with nothing else (no framework, no validation, no shaping beyond ids). `node --import tsx bench/bare-server.ts`
// with NEO4J_* and BARE_PORT set; prints "listening" when ready.
import http from "node:http";
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { toLuceneQuery } from "../lib/graph/search";
import { STARTER_QUERIES } from "../lib/queries/starter-queries";

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD!));
const session = () => driver.session({ defaultAccessMode: neo4j.session.READ });

// The same statements as lib/graph/queries.ts getGraph (focus, depth 1) and lib/graph/search.ts searchEntities.
const NEIGHBOURHOOD = `MATCH (f:Entity {id: $id})
         OPTIONAL MATCH (f) ((:Entity)-[]-(:Entity)){1,1} (n:Entity)
         WITH f, collect(DISTINCT n) AS around
         WITH [f] + [x IN around WHERE x <> f] AS members
         UNWIND range(0, size(members) - 1) AS i
         WITH members[i] AS e, i, size(members) AS total
         WITH e, total, COUNT { (e)-[]-(:Entity) } AS degree, CASE WHEN i = 0 THEN 0 ELSE 1 END AS rank
         ORDER BY rank, degree DESC, e.id
         LIMIT $limit
         RETURN e, degree, total`;
const EDGES = `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE a.id IN $ids AND b.id IN $ids
       RETURN r, a.id AS source, b.id AS target
       ORDER BY r.id`;
const SEARCH = `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
       YIELD node, score
       RETURN node.id AS id, node.name AS name, node.nameAr AS nameAr, node.type AS type, score
       ORDER BY score DESC, id`;
const RUN = STARTER_QUERIES.find((q) => q.slug === "neighbourhood")!.cypher;

async function graph(id: string) {
  const s = session();
  try {
    return await s.executeRead(async (tx) => {
      const found = await tx.run("MATCH (f:Entity {id: $id}) RETURN f", { id });
      if (!found.records.length) return null;
      const res = await tx.run(NEIGHBOURHOOD, { id, limit: neo4j.int(300) });
      const nodes = res.records.map((r) => (r.get("e") as Node).properties.id as string);
      const edges = await tx.run(EDGES, { ids: nodes });
      return { nodes, edges: edges.records.map((r) => (r.get("r") as Relationship).properties.id as string) };
    });
  } finally {
    await s.close();
  }
}

async function search(q: string) {
  const query = toLuceneQuery(q);
  if (!query) return { hits: [] };
  const s = session();
  try {
    const res = await s.executeRead((tx) => tx.run(SEARCH, { query, limit: neo4j.int(10) }));
    return { hits: res.records.map((r) => r.get("id") as string) };
  } finally {
    await s.close();
  }
}

async function run(entity: string, limit: number) {
  const s = session();
  try {
    const res = await s.executeRead((tx) => tx.run(RUN, { entity, limit: neo4j.int(limit) }));
    return { rows: res.records.length };
  } finally {
    await s.close();
  }
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url!, "http://bare");
    let body: unknown;
    if (url.pathname === "/graph") body = await graph(url.searchParams.get("focus") ?? "");
    else if (url.pathname === "/search") body = await search(url.searchParams.get("q") ?? "");
    else if (url.pathname === "/run") {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const { params } = JSON.parse(raw) as { params: { entity: string; limit?: number } };
      body = await run(params.entity, params.limit ?? 50);
    }
    res.writeHead(body === undefined || body === null ? 404 : 200, { "content-type": "application/json" });
    res.end(JSON.stringify(body ?? null));
  } catch (err) {
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: String(err) }));
  }
});

server.listen(Number(process.env.BARE_PORT), "127.0.0.1", () => console.log("listening"));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => void driver.close().then(() => process.exit(0))));
