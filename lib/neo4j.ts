// The process's one Neo4j driver, and the translation of connection failures into GraphUnavailableError.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from "neo4j-driver";
import { env } from "./env";

export class GraphUnavailableError extends Error {
  override name = "GraphUnavailableError";
  constructor(message = "the graph database is unreachable") {
    super(message);
  }
}

const globalForNeo4j = globalThis as unknown as { sanadDriver?: Driver };

/** The shared driver; kept on globalThis so dev hot reload does not leak connection pools. */
export function getDriver(): Driver {
  if (!globalForNeo4j.sanadDriver) {
    const { uri, user, password } = env().neo4j;
    globalForNeo4j.sanadDriver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 3_000,
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

/** True when an error means the server cannot be used at all (down, unreachable, wrong credentials). */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof Neo4jError) return UNAVAILABLE_CODES.has(err.code);
  return err instanceof Error && /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|Connection acquisition timed out|Pool is closed/i.test(err.message);
}

function translate(err: unknown): never {
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

/** Runs `work` in a managed read transaction. */
export async function readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = getDriver().session(sessionConfig("READ"));
  try {
    return await session.executeRead(work);
  } catch (err) {
    return translate(err);
  } finally {
    await session.close();
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
