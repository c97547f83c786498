// The fuzz harness: finds every route handler under app/api, calls it in process with a Request, and checks what
// must hold for any input (no 5xx, one error body, no stack trace, path or credential) and that stored data is unchanged.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { readTx } from "@/lib/neo4j";
import { graphCounts } from "../helpers";
import type { Method } from "./route-table";

export interface Handler {
  /** "/api/queries/[id]/run" */
  route: string;
  method: Method;
  segments: string[];
  fn: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
}

const METHODS: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every exported method of every app/api/**\/route.ts. */
export async function discoverHandlers(root = path.join(process.cwd(), "app", "api")): Promise<Handler[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) files.push(p);
    }
  };
  walk(root);
  const handlers: Handler[] = [];
  for (const file of files.sort()) {
    const route = "/" + path.relative(path.dirname(root), path.dirname(file)).split(path.sep).join("/");
    const segments = [...route.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof mod[method] === "function") handlers.push({ route, method, segments, fn: mod[method] as Handler["fn"] });
  }
  return handlers;
}

export interface Call {
  segments?: Record<string, string>;
  query?: [string, string][];
  body?: BodyInit;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  text: string;
}

export let requestsMade = 0;

export async function call(h: Handler, c: Call = {}): Promise<Answer> {
  const segments = c.segments ?? {};
  const pathname = h.route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => encodeURIComponent(wellFormed(segments[name] ?? "x")));
  const url = new URL(`http://fuzz.test${pathname}`);
  for (const [k, v] of c.query ?? []) url.searchParams.append(k, v);
  const init: RequestInit & { duplex?: "half" } = { method: h.method, headers: c.headers };
  if (c.body !== undefined && h.method !== "GET") init.body = c.body;
  if (c.body instanceof ReadableStream) init.duplex = "half";
  requestsMade++;
  const res = await h.fn(new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]), { params: Promise.resolve(segments) });
  return { status: res.status, text: await res.text() };
}

/** Lone surrogates replaced, so the text can go into a URL (the handler still gets the raw value as its param). */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

const STACK_FRAME = /\n\s+at \S.*[(:]\d+|\bat (async )?[\w$.<>]+ \([^)]*:\d+:\d+\)/;

/** What must hold for any answer to any input. Throws an Error saying what did not. */
export function checkAnswer(a: Answer, what: string) {
  const fail = (why: string) => {
    throw new Error(`${what}: ${why} (status ${a.status}): ${a.text.slice(0, 300)}`);
  };
  if (a.status >= 500) fail("a server error");
  if (a.status >= 400) {
    let body: { error?: { code?: unknown; message?: unknown; fields?: unknown } };
    try {
      body = JSON.parse(a.text);
    } catch {
      return fail("an error that is not the JSON error body");
    }
    if (typeof body.error?.code !== "string" || typeof body.error.message !== "string") fail("an error without {error: {code, message}}");
    if (body.error!.fields !== undefined && (typeof body.error!.fields !== "object" || body.error!.fields === null)) fail("fields that are not an object");
  }
  if (STACK_FRAME.test(a.text)) fail("a stack trace in the body");
  for (const secret of secrets()) if (a.text.includes(secret)) fail("a credential or an internal path in the body");
}

function secrets(): string[] {
  const tmp = process.env.SANAD_TEST_TMP;
  return [process.env.NEO4J_PASSWORD, process.env.SANAD_ADMIN_TOKEN, tmp, process.cwd(), "node_modules", "/lib/generated/"].filter((s): s is string => !!s && s.length >= 6);
}

/** Counts and a checksum of everything stored that a request must not change: the graph, saved queries, ingest runs. */
export async function fingerprint() {
  const graph = await graphCounts();
  const graphSum = await readTx(async (tx) => {
    const nodes = await tx.run("MATCH (n) WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS all");
    const rels = await tx.run("MATCH ()-[r]->() WITH r ORDER BY elementId(r) RETURN collect([type(r), properties(r)]) AS all");
    return hash([nodes.records[0]?.get("all"), rels.records[0]?.get("all")]);
  });
  const db = getDb();
  const queries = await db.savedQuery.findMany({ orderBy: { id: "asc" } });
  const ingestRuns = await db.ingestRun.findMany({ orderBy: { id: "asc" }, select: { id: true } });
  return { graph, graphSum, savedQueries: queries.length, savedQueriesSum: hash(queries), ingestRuns: ingestRuns.length };
}

function hash(value: unknown) {
  return createHash("sha256")
    .update(JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)))
    .digest("hex");
}
