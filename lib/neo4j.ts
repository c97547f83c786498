// The process's one Neo4j driver, and the translation of connection failures into GraphUnavailableError.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Session } from "neo4j-driver";
import { env } from "./env";

export class GraphUnavailableError extends Error {
  override name = "GraphUnavailableError";
  constructor(message = "the graph database is unreachable") {
    super(message);
  }
}

const globalForNeo4j = globalThis as unknown as { sanadDriver?: Driver };

// Timeouts sized so that every request answers (503 with a reason) within ~READ_TIMEOUT_MS + a few seconds, whether
// Neo4j is down (connection refused: retried for MAX_RETRY_MS, then 503), hung (connect/handshake: CONNECT_MS),
// or overloaded (a pool slot: ACQUIRE_MS). Measured under load in bench/load.bench.ts and tests/integration/faults-neo4j.test.ts.
export const CONNECT_MS = 3_000;
export const ACQUIRE_MS = 5_000;
export const MAX_RETRY_MS = 3_000;
/** Server-side timeout of the app's own reads; past it the read is stopped and the request answers 503. */
export const READ_TIMEOUT_MS = Number(process.env.SANAD_READ_TIMEOUT_MS ?? 10_000);
/** Extra time the client waits past the server-side timeout before giving up on a server that does not answer at all. */
const DEADLINE_MARGIN_MS = 2_000;

/** The shared driver; kept on globalThis so dev hot reload does not leak connection pools. */
export function getDriver(): Driver {
  if (!globalForNeo4j.sanadDriver) {
    const { uri, user, password } = env().neo4j;
    globalForNeo4j.sanadDriver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionTimeout: CONNECT_MS,
      connectionAcquisitionTimeout: ACQUIRE_MS,
      maxTransactionRetryTime: MAX_RETRY_MS,
      disableLosslessIntegers: false,
      userAgent: "sanad/0.1",
    });
  }
  return globalForNeo4j.sanadDriver;
}

export async function closeDriver(): Promise<void> {
  const driver = globalForNeo4j.sanadDriver;
  globalForNeo4j.sanadDriver = undefined;
  await driver?.close();
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

const UNAVAILABLE_MESSAGE = /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|EPIPE|Connection acquisition timed out|Pool is closed|Connection was closed|Failed to connect|connection timed out|socket hang up/i;

/** True when an error means the server cannot be used at all (down, unreachable, restarting, wrong credentials). */
export function isUnavailable(err: unknown): boolean {
  // Transient errors (a database starting or stopping, leader switches) reach us only once the driver's retries are spent.
  if (err instanceof Neo4jError) return UNAVAILABLE_CODES.has(err.code) || err.code.startsWith("Neo.TransientError.") || UNAVAILABLE_MESSAGE.test(err.message);
  return err instanceof Error && UNAVAILABLE_MESSAGE.test(err.message);
}

/** True when the server stopped a transaction that ran past its timeout. */
export function isTimedOut(err: unknown): boolean {
  return err instanceof Neo4jError && /TransactionTimedOut|Transaction\.Terminated/.test(err.code);
}

function translate(err: unknown): never {
  if (err instanceof GraphUnavailableError) throw err;
  if (isTimedOut(err)) throw new GraphUnavailableError(`the graph database did not answer within ${READ_TIMEOUT_MS / 1000} s`);
  if (isUnavailable(err)) {
    const detail = err instanceof Neo4jError && err.code.includes("Security") ? "authentication failed" : "unreachable";
    throw new GraphUnavailableError(`the graph database is ${detail}`);
  }
  throw err;
}

function sessionConfig(mode: "READ" | "WRITE") {
  const database = env().neo4j.database;
  return { defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE, ...(database ? { database } : {}) };
}

/**
 * Runs `work` in a managed read transaction, stopped by the server after `timeoutMs`; a server that does not answer at
 * all (hung, unreachable mid-request) is given up on shortly after, so a request never waits forever.
 */
export async function readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, { timeoutMs = READ_TIMEOUT_MS } = {}): Promise<T> {
  return readSession((session) => session.executeRead(work, { timeout: timeoutMs }), { timeoutMs });
}

/**
 * One read statement as an auto-commit transaction: one message pair and one round trip where a managed transaction
 * takes BEGIN, RUN and COMMIT (what a cheap, frequent read such as search spends most of its driver time on).
 * Not retried: a failure answers at once (503 when the server is unavailable), and the caller may ask again.
 */
export async function readOnce(cypher: string, params: Record<string, unknown>, { timeoutMs = READ_TIMEOUT_MS } = {}) {
  return readSession(async (session) => await session.run(cypher, params, { timeout: timeoutMs }), { timeoutMs });
}

/**
 * Runs `work` on a read session under readTx's deadline and error translation, for reads of more than one
 * transaction (view-cache.ts: the graph's revision, then the view). Each transaction should pass `{timeout: timeoutMs}`.
 */
export async function readSession<T>(work: (session: Session) => Promise<T>, { timeoutMs = READ_TIMEOUT_MS } = {}): Promise<T> {
  const session = getDriver().session(sessionConfig("READ"));
  try {
    return await withDeadline(session, work(session), timeoutMs + DEADLINE_MARGIN_MS);
  } catch (err) {
    return translate(err);
  }
}

/**
 * Waits for `reading` (work on `session`) at most `deadlineMs`, then rejects with GraphUnavailableError; closes the
 * session either way — in the background when its server stopped answering, since close() would wait for it too.
 */
export async function withDeadline<T>(session: Session, reading: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      gaveUp = true;
      reject(new GraphUnavailableError(`the graph database did not answer within ${Math.round(deadlineMs / 1000)} s`));
    }, deadlineMs);
  });
  reading.catch(() => {}); // it may settle after the deadline has answered
  try {
    return await Promise.race([reading, deadline]);
  } finally {
    clearTimeout(timer);
    if (gaveUp) void session.close().catch(() => {});
    else await session.close();
  }
}

/** Runs `work` in a managed write transaction: all or nothing. */
export async function writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = getDriver().session(sessionConfig("WRITE"));
  try {
    return await session.executeWrite(work);
  } catch (err) {
    return translate(err);
  } finally {
    await session.close();
  }
}

/** Runs one schema or administrative statement outside an explicit transaction (DDL needs its own). */
export async function runAuto(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = getDriver().session(sessionConfig("WRITE"));
  try {
    await session.run(cypher, params);
  } catch (err) {
    translate(err);
  } finally {
    await session.close();
  }
}

/** Server version, or GraphUnavailableError. */
export async function serverInfo(): Promise<{ version: string }> {
  try {
    const info = await getDriver().getServerInfo();
    return { version: (info.agent ?? "").replace(/^Neo4j\//, "") || "unknown" };
  } catch (err) {
    return translate(err);
  }
}
