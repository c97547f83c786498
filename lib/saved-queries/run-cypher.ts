// Runs user-supplied Cypher safely: refused unless EXPLAIN says it only reads, then in a read transaction with a
// server-side timeout and a row cap. The graph cannot be changed through here.
import "server-only";
import { createHash } from "node:crypto";
import neo4j, { Neo4jError, type Record as Neo4jRecord } from "neo4j-driver";
import { env } from "../env";
import { getDriver, GraphUnavailableError, isUnavailable, withDeadline } from "../neo4j";
import type { GraphEdge, GraphNode } from "../types";
import { collectGraph, toCell, type Cell } from "./result-graph";
import { explainRefusal, textRefusal } from "./refusals";

export class QueryRefusedError extends Error {
  override name = "QueryRefusedError";
}
export class QuerySyntaxError extends Error {
  override name = "QuerySyntaxError";
  constructor(
    message: string,
    readonly position?: { line: number; column: number; offset: number },
  ) {
    super(message);
  }
}
export class QueryTimeoutError extends Error {
  override name = "QueryTimeoutError";
}
/** The caller cancelled the run (closed its request) before it finished. */
export class QueryCancelledError extends Error {
  override name = "QueryCancelledError";
  constructor() {
    super("the query was cancelled");
  }
}
/** Neo4j could not run a user statement (unknown procedure, type or arithmetic error, memory limit …). */
export class QueryFailedError extends Error {
  override name = "QueryFailedError";
}

export interface QueryResult {
  columns: string[];
  rows: Cell[][];
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  summary: { durationMs: number; rowCount: number; truncated: boolean };
}

export const QUERY_TIMEOUT_MS = Number(process.env.SANAD_QUERY_TIMEOUT_MS ?? 5_000);
export const QUERY_ROW_CAP = Number(process.env.SANAD_QUERY_ROW_CAP ?? 1_000);
/** Past the server-side timeout, how long a run still waits for a server that does not answer at all (retries, reconnects). */
const DEADLINE_MARGIN_MS = 3_000;

// Statement → refusal reason (null: read-only), cached per distinct text; bounded, so that a stream of distinct
// statements (a client generating them) cannot grow the server without end.
const verdicts = new Map<string, string | null>();
const VERDICTS_MAX = 2_000;

export const cypherHash = (cypher: string) => createHash("sha256").update(cypher).digest("hex").slice(0, 16);

function sessionFor() {
  const database = env().neo4j.database;
  return getDriver().session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
}

function translate(err: unknown): never {
  if (err instanceof Neo4jError) {
    if (err.code === "Neo.ClientError.Statement.SyntaxError" || err.code === "Neo.ClientError.Statement.ArgumentError" || err.code.startsWith("Neo.ClientError.Statement.ParameterMissing")) {
      const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(err.message);
      throw new QuerySyntaxError(firstLine(err.message), m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined);
    }
    if (/TransactionTimedOut|Terminated|TransactionMarkedAsFailed/.test(err.code)) throw new QueryTimeoutError(`the query ran longer than ${QUERY_TIMEOUT_MS} ms and was stopped`);
    if (err.code === "Neo.ClientError.Statement.AccessMode" || (err.code.startsWith("Neo.ClientError.Security.") && !isUnavailable(err))) throw new QueryRefusedError(`refused by the server: ${firstLine(err.message)}`);
  }
  if (isUnavailable(err)) throw new GraphUnavailableError();
  // Anything else the server says about a user's statement (an unknown procedure, a type error, a division by zero, a
  // memory limit) is about that statement, not about the service: 422 with Neo4j's first line, never a 500.
  if (err instanceof Neo4jError && /^Neo\.(ClientError|DatabaseError)\./.test(err.code)) throw new QueryFailedError(`the query failed: ${firstLine(err.message)}`);
  throw err;
}

const firstLine = (message: string) => (message.split("\n")[0] ?? message).slice(0, 500);

/** The refusal its text alone earns (no Neo4j asked): files, databases, administration, procedures, batches. */
export function assertTextAllowed(cypher: string): void {
  const reason = textRefusal(cypher);
  if (reason) throw new QueryRefusedError(reason);
}

const EXPLAIN = "EXPLAIN ";

/** A syntax error of `EXPLAIN <cypher>`, placed in the statement the user wrote. */
function withoutPrefix(err: unknown): never {
  if (err instanceof QuerySyntaxError && err.position) {
    const { line, column, offset } = err.position;
    const at = { line, column: line === 1 ? Math.max(1, column - EXPLAIN.length) : column, offset: Math.max(0, offset - EXPLAIN.length) };
    throw new QuerySyntaxError(err.message.replace(/line (\d+), column (\d+) \(offset: (\d+)\)/, `line ${at.line}, column ${at.column} (offset: ${at.offset})`), at);
  }
  throw err;
}

/** Throws QueryRefusedError unless the statement only reads (checked once per distinct statement). */
export async function assertReadOnly(cypher: string): Promise<void> {
  if (!verdicts.has(cypher)) {
    let reason: string | null = textRefusal(cypher);
    if (!reason) {
      const session = sessionFor();
      try {
        const summary = (await session.run(`${EXPLAIN}${cypher}`)).summary;
        const type = summary.queryType;
        if (type !== "r") reason = explainRefusal(cypher, type);
      } catch (err) {
        try {
          translate(err);
        } catch (translated) {
          withoutPrefix(translated);
        }
      } finally {
        await session.close();
      }
    }
    if (verdicts.size >= VERDICTS_MAX) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(cypher, reason);
  }
  const reason = verdicts.get(cypher);
  if (reason) throw new QueryRefusedError(reason);
}

/** Runs a read-only statement: timeout on the server, rows capped, nodes/relationships/paths gathered as a graph. */
export async function runReadOnly(cypher: string, params: Record<string, unknown>, opts: { timeoutMs?: number; rowCap?: number; signal?: AbortSignal } = {}): Promise<QueryResult> {
  const timeoutMs = opts.timeoutMs ?? QUERY_TIMEOUT_MS;
  const rowCap = opts.rowCap ?? QUERY_ROW_CAP;
  await assertReadOnly(cypher);
  if (opts.signal?.aborted) throw new QueryCancelledError();
  const session = sessionFor();
  // The caller went away (Escape in the workbench closes the request): closing the session stops the query on the server.
  const cancel = () => void session.close();
  opts.signal?.addEventListener("abort", cancel, { once: true });
  const t0 = performance.now();
  try {
    // One auto-commit transaction in a READ session: the server refuses any write in it ("Writing in read access mode
    // not allowed", as in a managed read transaction), and it takes one round trip where BEGIN/RUN/COMMIT take more —
    // a third of the driver's work for a short query. Not retried: a failure answers at once.
    const reading = (async () => {
      // Subscribing (not awaiting each record) keeps the per-row cost low; rows past the cap are dropped as they come.
      const kept: Neo4jRecord[] = [];
      let more = false;
      let keys: PropertyKey[] = [];
      await new Promise<void>((resolve, reject) =>
        session.run(cypher, params, { timeout: timeoutMs }).subscribe({
          onKeys: (k) => {
            keys = k;
          },
          onNext: (record) => {
            if (kept.length < rowCap) kept.push(record);
            else more = true;
          },
          onCompleted: () => resolve(),
          onError: reject,
        }),
      );
      return { records: kept, columns: keys.map(String), truncated: more };
    })();
    // As for the app's own reads (lib/neo4j.ts readTx): a server that stops answering altogether is given up on.
    const { records, columns, truncated } = await withDeadline(session, reading, timeoutMs + DEADLINE_MARGIN_MS);
    return {
      columns,
      rows: records.map((r) => columns.map((c) => toCell(r.get(c)))),
      graph: collectGraph(records),
      summary: { durationMs: Math.round(performance.now() - t0), rowCount: records.length, truncated },
    };
  } catch (err) {
    if (opts.signal?.aborted) throw new QueryCancelledError();
    return translate(err);
  } finally {
    opts.signal?.removeEventListener("abort", cancel);
  }
}
