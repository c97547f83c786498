// The baseline of bench/load.bench.ts: a bare Node HTTP server running the same Cypher as the app's routes through the
// driver, with nothing else (no framework, no validation, no shaping beyond ids). `node --import tsx bench/bare-server.ts`
// with NEO4J_* and BARE_PORT set; prints "listening" when ready.
import http from "node:http";
import neo4j from "neo4j-driver";
import { FOCUS_LIMIT_DEFAULT, GRAPH_EDGES_DEFAULT } from "../lib/graph/limits";
import { edgeParams, GRAPH_STATEMENTS } from "../lib/graph/views";
import { SEARCH_STATEMENT as SEARCH, toLuceneQuery } from "../lib/graph/search";
import { STARTER_QUERIES } from "../lib/saved-queries/starter-queries";

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD!));
const session = () => driver.session({ defaultAccessMode: neo4j.session.READ });

// The app's own statements (lib/graph/queries.ts getGraph: focus, depth 1, default caps; lib/graph/search.ts).
const NEIGHBOURHOOD = GRAPH_STATEMENTS.focus(1);
const EDGES = GRAPH_STATEMENTS.edges;
const RUN = STARTER_QUERIES.find((q) => q.slug === "neighbourhood")!.cypher;

async function graph(id: string) {
  const s = session();
  try {
    return await s.executeRead(async (tx) => {
      const res = await tx.run(NEIGHBOURHOOD, { id, limit: neo4j.int(FOCUS_LIMIT_DEFAULT), document: null, rejected: false, docs: null });
      if (!res.records.length) return null;
      const rows = res.records.map((r) => ({ id: (r.get("e") as { id: string }).id, key: r.get("key") as string }));
      const edges = await tx.run(EDGES, { ...edgeParams(rows, true), edges: neo4j.int(GRAPH_EDGES_DEFAULT), document: null, rejected: false, docs: null });
      return { nodes: rows.map((r) => r.id), edges: edges.records.map((r) => (r.get("edge") as { id: string }).id) };
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
    return { hits: res.records.map((r) => (r.get("entity") as { id: string }).id) };
  } finally {
    await s.close();
  }
}

async function run(entity: string, limit: number) {
  const s = session();
  try {
    const res = await s.executeRead((tx) => tx.run(RUN, { entity, limit: neo4j.int(limit), rejected: false }));
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
